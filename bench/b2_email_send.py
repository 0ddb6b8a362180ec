"""2. Send a to-partner Email to 10k partner users the real way — "Send Now" (schedule_email,
which enqueues the start job on RQ), begin_sending's snapshot, jobs.message_emails batches on
real RQ workers (`python -m jobs.worker --processes N emails`) — into a real SMTP server
(aiosmtpd in its own process, counting), until the last recipient's row is committed 'sent';
÷ a plain smtplib loop over one connection sending the same 10k rendered messages.
Measured with 1 worker (target ≤ 1.2×) and with 4 (target ≤ 0.5×)."""

from __future__ import annotations

import os
import signal
import smtplib
import socket
import subprocess
import sys
import time
from pathlib import Path

from bench import env
from bench.harness import Row, interleave, seconds

NAME = "To-partner Email through RQ into SMTP"
EMAILS = int(os.environ.get("BENCH_B2_EMAILS", "10000"))
ROUNDS = int(os.environ.get("BENCH_B2_ROUNDS", "3"))
WORKER_COUNTS = [int(n) for n in os.environ.get("BENCH_B2_WORKERS", "1,4").split(",")]
TARGETS = {1: 1.2, 4: 0.5}
TIMEOUT = float(os.environ.get("BENCH_B2_TIMEOUT", "900"))
PIPELINING = os.environ.get("BENCH_B2_PIPELINING", "1") != "0"  # whether the SMTP server offers it
NETWORK_DELAY = 0.005  # 2c: seconds each way (a 10 ms round trip)
NETWORK_MESSAGES = int(os.environ.get("BENCH_B2C_MESSAGES", "200"))
ROOT = Path(__file__).resolve().parent.parent
BODY = ('<p>Dear partner,</p><p>Our <b>Partner Summit</b> is in Lisbon on 12 May: two days of roadmap, '
        'enablement and the new deal registration rules.</p>'
        '<p><a href="https://example.com/summit/agenda">See the agenda</a> and '
        '<a href="https://example.com/summit/register">register</a>.</p>')
NOTES = [
    f"2: {EMAILS:,} opted-in partner users in one partner group (database bench_prm_email, rebuilt each run). "
    "Measured: from schedule_email (the Send Now button's service call, which enqueues the start job) "
    "until the email is Sent (its last batch's finish, after its last recipient's row is committed "
    "'sent'), with the RQ worker pool already running; every run then checks that every recipient "
    "is 'sent' and that the SMTP server counted each one exactly once. Baseline: "
    "smtplib.sendmail of the same rendered messages (built from the outbox rows the product "
    "wrote) over one connection, in the bench process. The SMTP server is aiosmtpd in its own "
    "process; both share the machine's 2 cores with PostgreSQL and the workers. "
    + ("It offers PIPELINING (RFC 2920), as Postfix and Exim do: the product then sends a message's "
       "MAIL FROM, RCPT TO and DATA in one write; smtplib never pipelines "
       "(BENCH_B2_PIPELINING=0: a server that does not offer it)." if PIPELINING else
       "BENCH_B2_PIPELINING=0: it does not offer PIPELINING, so the product sends one command at a time."),
    f"2c: {NETWORK_MESSAGES} of those messages on one jobs.mailer.Connection (the batches' sender) through "
    f"bench.latency_relay, which holds every chunk {NETWORK_DELAY * 1000:g} ms each way (a "
    f"{NETWORK_DELAY * 2000:g} ms round trip, a relay across a network): pipelined ÷ the same with SMTP_URL's "
    "pipelining=off (one command at a time); the connection is opened before the clock starts. Report only: "
    "the issue sets no target for it.",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Sink:
    """The aiosmtpd server process (bench.smtp_sink) and its count."""

    def __init__(self) -> None:
        self.port = _free_port()
        self.proc = subprocess.Popen([sys.executable, "-m", "bench.smtp_sink", str(self.port),
                                      *([] if PIPELINING else ["--no-pipelining"])], cwd=ROOT,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                     start_new_session=True)
        if self.proc.stdout.readline().strip() != "ready":
            self.close()
            raise RuntimeError("the SMTP server did not start")

    def ask(self, command: str) -> int:
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        return int(self.proc.stdout.readline())

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.stdin.close()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()


class Workers:
    """`python -m jobs.worker --processes N emails`, as the Procfile's worker line runs it."""

    def __init__(self, n: int, environ: dict[str, str], log_path: Path) -> None:
        from rq import Worker

        from jobs.queues import get_connection

        self.log = open(log_path, "a")  # noqa: SIM115 - closed in close()
        self.proc = subprocess.Popen([sys.executable, "-m", "jobs.worker", "--processes", str(n), "emails"],
                                     cwd=ROOT, env=environ, stdout=self.log, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        deadline = time.monotonic() + 120
        while Worker.count(connection=get_connection()) < n:
            if time.monotonic() > deadline or self.proc.poll() is not None:
                self.close()
                raise RuntimeError(f"{n} RQ worker(s) did not start; see {log_path}")
            time.sleep(0.2)

    def close(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self.log.close()


def _build_audience(url: str, n: int):
    """A fresh schema: a supplier admin, one partner account with n opted-in partner users, a
    partner group holding it. Returns the admin's Actor and the group id."""
    from sqlalchemy import insert
    from sqlmodel import Session

    from models.accounts import USER_KIND_PARTNER, USER_KIND_SUPPLIER_ADMIN, PartnerAccount, User
    from prm.db import get_engine
    from services import messages
    from services.actors import Actor

    env.fresh_schema(url)
    with Session(get_engine(url)) as session:
        account = PartnerAccount(name="Northwind Traders", tenant_name="northwind", status="active", tier="Gold")
        admin = User(email="bench-admin@example.com", first_name="Bench", last_name="Admin",
                     kind=USER_KIND_SUPPLIER_ADMIN)
        session.add_all([account, admin])
        session.commit()
        session.exec(insert(User), params=[
            dict(email=f"partner{i}@northwind{i % 50}.example", first_name=f"First{i}", last_name=f"Last{i}",
                 kind=USER_KIND_PARTNER, partner_account_id=account.id, partner_role="partner_user",
                 supplier_emails_opt_in=True) for i in range(n)])
        session.commit()
        actor = Actor(user_id=admin.id, email=admin.email, name="Bench Admin", kind=USER_KIND_SUPPLIER_ADMIN)
        group = messages.save_group(session=session, actor=actor, name="Gold partners", account_ids=[account.id])
    return actor, group["id"]


def _outbox(url: str, message_id: int, limit: int | None = None) -> list:
    """The outbox rows the product wrote for message_id, in order, each with the headers it sent
    them with: [(EmailMessage, headers)]."""
    from sqlmodel import Session, select

    from models.messaging import EmailMessage
    from prm.db import get_engine
    from services import email_messages as svc

    with Session(get_engine(url)) as session:
        rows = session.exec(select(EmailMessage).where(
            EmailMessage.idempotency_key.like(f"message:{message_id}:user:%")).order_by(EmailMessage.id).limit(limit)).all()
        for row in rows:
            session.expunge(row)
    return [(row, svc.unsubscribe_headers(int(row.idempotency_key.rsplit(":", 1)[1]), message_id)) for row in rows]


def _rendered(url: str, message_id: int) -> list[tuple[str, str, bytes]]:
    """The messages the product sent for message_id, rendered as it renders them (from, to, bytes)."""
    from jobs import mailer
    from prm.settings import get_settings

    mail_from = get_settings().mail_from
    return [(mailer.envelope_sender(mail_from), row.to_email, mailer.render(row, mail_from, headers))
            for row, headers in _outbox(url, message_id)]


def run(log=print) -> list[Row]:
    problem = env.pg_problem() or env.redis_problem()
    if problem:
        return [Row("2", NAME, problem=problem, target="≤ 1.2× / ≤ 0.5×")]
    url = env.ensure_pg_database(env.pg_url(), "email")
    sink = Sink()
    saved = {k: os.environ.get(k) for k in ("DATABASE_URL", "REDIS_URL", "SMTP_URL")}
    os.environ.update(DATABASE_URL=url, REDIS_URL=env.redis_url(), SMTP_URL=f"smtp://127.0.0.1:{sink.port}?timeout=30")
    from jobs.queues import get_connection, reset_connection
    from prm.settings import reset_settings_cache

    reset_settings_cache()
    reset_connection()
    try:
        return _run(url, sink, log)
    finally:
        sink.close()
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        get_connection().close()
        reset_settings_cache()
        reset_connection()


def _run(url: str, sink: Sink, log) -> list[Row]:
    import psycopg
    from sqlmodel import Session

    from jobs.queues import get_connection
    from prm.db import get_engine
    from services import email_messages as svc

    log(f"  {EMAILS:,} partner users, fresh schema in bench_prm_email")
    actor, group_id = _build_audience(url, EMAILS)
    get_connection().flushdb()
    watch = psycopg.connect(env.libpq(url), autocommit=True)
    sent_message_ids: list[int] = []

    def product() -> float:
        with Session(get_engine(url)) as session:
            m = svc.create_email(session=session, actor=actor, title="Partner Summit in Lisbon", body_html=BODY,
                                 group_ids=[group_id])
        before = sink.ask("count")
        started = time.perf_counter()
        with Session(get_engine(url)) as session:  # the Send Now button's service call
            svc.schedule_email(session=session, actor=actor, message_id=m["id"])
        # Polled: the email's own status, which its last batch turns Sent once no recipient
        # is left queued or sending (one row by its key, every 20 ms: a count over the
        # recipients every few ms took a share of the 2 cores from the run it measured).
        while watch.execute("SELECT status FROM message WHERE id = %s", (m["id"],)).fetchone()[0] != svc.SENT:
            if time.perf_counter() - started > TIMEOUT:
                raise RuntimeError(f"not Sent after {time.perf_counter() - started:.0f} s")
            time.sleep(0.02)
        elapsed = time.perf_counter() - started
        sent = watch.execute("SELECT count(*) FROM message_recipient WHERE message_id = %s AND status = 'sent'",
                             (m["id"],)).fetchone()[0]
        if sent != EMAILS:
            raise RuntimeError(f"the email is Sent with {sent} of {EMAILS} recipients sent")
        got = sink.ask("count") - before
        if got != EMAILS:
            raise RuntimeError(f"the SMTP server received {got} messages for {EMAILS} recipients")
        sent_message_ids.append(m["id"])
        log(f"    product: {elapsed:.2f} s ({EMAILS / elapsed:.0f} emails/s)")
        return elapsed

    rendered: list[tuple[str, str, bytes]] = []

    def baseline() -> float:
        if not rendered:
            rendered.extend(_rendered(url, sent_message_ids[0]))
        before = sink.ask("count")
        started = time.perf_counter()
        client = smtplib.SMTP("127.0.0.1", sink.port, timeout=30)
        for mail_from, to, data in rendered:
            client.sendmail(mail_from, [to], data)
        client.quit()
        elapsed = time.perf_counter() - started
        if sink.ask("count") - before != len(rendered):
            raise RuntimeError("the SMTP server did not receive every baseline message")
        log(f"    smtplib loop: {elapsed:.2f} s ({len(rendered) / elapsed:.0f} emails/s)")
        return elapsed

    environ = {**os.environ, "APP_ENV": os.environ.get("APP_ENV", "development"), "PYTHONPATH": str(ROOT)}
    rows: list[Row] = []
    for n in WORKER_COUNTS:
        log(f"  {n} RQ worker(s)")
        workers = Workers(n, environ, env.TMP / "b2-workers.log")
        try:
            # The baseline needs the product's rendered messages: the product goes first.
            med = interleave({"product": product, "baseline": baseline}, ROUNDS)
        finally:
            workers.close()
        target = TARGETS.get(n, 1.2)
        r = med["product"] / med["baseline"]
        rows.append(Row(f"2{'ab'[WORKER_COUNTS.index(n)] if len(WORKER_COUNTS) > 1 else ''}",
                        f"{EMAILS:,} emails through RQ, {n} worker{'s' if n > 1 else ''} (÷ smtplib loop)",
                        seconds(med["product"]), seconds(med["baseline"]), r, f"≤ {target:g}×", r <= target))
    watch.close()
    rows.append(_over_a_network(url, sink, sent_message_ids[0], log))
    return rows


def _over_a_network(url: str, sink: Sink, message_id: int, log) -> Row:
    """2c: the batches' sender, one connection, across a 10 ms round trip: pipelined ÷ not."""
    from bench.latency_relay import DelayRelay
    from jobs import mailer
    from prm.settings import reset_settings_cache

    name = (f"{NETWORK_MESSAGES} emails on one SMTP connection across a {NETWORK_DELAY * 2000:g} ms round trip: "
            "pipelined (÷ one command at a time)")
    if not PIPELINING:
        return Row("2c", name, problem="BENCH_B2_PIPELINING=0: the server does not offer PIPELINING")
    mail = _outbox(url, message_id, NETWORK_MESSAGES + 1)
    relay = DelayRelay(sink.port, NETWORK_DELAY)
    saved = os.environ["SMTP_URL"]

    def sender(query: str):
        def sample() -> float:
            os.environ["SMTP_URL"] = f"smtp://127.0.0.1:{relay.port}?timeout=30{query}"
            reset_settings_cache()
            before = sink.ask("count")
            with mailer.Connection() as conn:
                conn.send(*mail[0])  # connected, greeted and one message sent: then the clock
                started = time.perf_counter()
                for row, headers in mail[1:]:
                    conn.send(row, headers)
                elapsed = time.perf_counter() - started
            if sink.ask("count") - before != len(mail):
                raise RuntimeError("the SMTP server did not receive every message sent across the relay")
            log(f"    across {NETWORK_DELAY * 2000:g} ms, {'one command at a time' if query else 'pipelined'}: "
                f"{elapsed / (len(mail) - 1) * 1000:.1f} ms a message")
            return elapsed / (len(mail) - 1)
        return sample

    try:
        med = interleave({"pipelined": sender(""), "one at a time": sender("&pipelining=off")}, ROUNDS)
    finally:
        relay.close()
        os.environ["SMTP_URL"] = saved
        reset_settings_cache()
    r = med["pipelined"] / med["one at a time"]
    return Row("2c", name, f"{med['pipelined'] * 1000:.1f} ms a message", f"{med['one at a time'] * 1000:.1f} ms a message",
               r, "report only", None)
