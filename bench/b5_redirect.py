"""5. The click-tracking redirect at 200 requests/s for 30 s: p95 ÷ a static redirect route on
the same server (granian, one worker). Open-loop load: requests start on a fixed schedule
(asyncio + httpx), so a slow answer cannot slow the arrivals down and hide itself."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

from bench import env
from bench.harness import Row

NAME = "Click-tracking redirect at 200 req/s"
RATE = int(os.environ.get("BENCH_REDIRECT_RATE", "200"))
SECONDS = float(os.environ.get("BENCH_REDIRECT_SECONDS", "30"))
ROOT = Path(__file__).resolve().parent.parent


RECIPIENTS = int(os.environ.get("BENCH_REDIRECT_RECIPIENTS", "500"))


def tracking_urls(url: str, recipients: int = RECIPIENTS) -> list[str]:
    """The paths of real tracked links, made the way the product makes them: partner users
    opted in to supplier emails, a group, an Email with one link, scheduled and started
    (recipients snapshotted), each recipient's tracking token set (services.email_tracking) and
    the recipients marked sent an hour ago, so the clicks count as people's. The load goes
    round them, as a mail blast's clicks come from many recipients: nothing per token can be
    answered from memory."""
    from datetime import timedelta

    from sqlmodel import Session, select, update

    from models._base import utcnow
    from models.accounts import USER_KIND_PARTNER, USER_KIND_SUPPLIER_ADMIN, PartnerAccount, User
    from models.messaging import MessageRecipient
    from prm.db import get_engine
    from services import email_messages, email_tracking, messages
    from services.auth import actor_for_user

    with Session(get_engine(url), expire_on_commit=False) as session:
        account = PartnerAccount(name="Northwind", tenant_name="northwind", status="active")
        admin = User(email="bench-admin@example.com", first_name="Bench", last_name="Admin",
                     kind=USER_KIND_SUPPLIER_ADMIN)
        session.add_all([account, admin])
        session.commit()
        session.add_all([User(email=f"reader{n}@northwind.example", first_name="Rita", last_name=f"Reader {n}",
                              kind=USER_KIND_PARTNER, partner_account_id=account.id, partner_role="partner_user",
                              supplier_emails_opt_in=True) for n in range(recipients)])
        session.commit()
        actor = actor_for_user(session, admin)
        group = messages.save_group(session=session, actor=actor, name="Bench group", account_ids=[account.id])
        body = '<p>See the <a href="https://acme.example/agenda">Agenda</a>.</p>'
        m = email_messages.create_email(session=session, actor=actor, title="Partner Summit", body_html=body,
                                        group_ids=[group["id"]])
        email_messages.schedule_email(session=session, actor=actor, message_id=m["id"], enqueue=False)
        email_messages.begin_sending(session=session, message_id=int(m["id"]))
        ids = session.exec(select(MessageRecipient.id).where(MessageRecipient.message_id == int(m["id"]))).all()
        tokens = [email_tracking.tracking_token(session, rid) for rid in ids]
        session.exec(update(MessageRecipient).where(MessageRecipient.message_id == int(m["id"]))
                     .values(status="sent", sent_at=utcnow() - timedelta(hours=1)))
        session.commit()
    links = [email_tracking.click_url(token, int(m["id"]), 0) for token in tokens]
    assert len(links) == recipients
    return [link[link.index(email_tracking.CLICK_PATH):] for link in links]


def database_url() -> str:
    """PostgreSQL (the production shape) in its own bench database when reachable, else SQLite."""
    if env.pg_problem():
        return env.sqlite_url("redirect")
    return env.ensure_pg_database(env.pg_url(), "redirect")


def p95(latencies: list[float]) -> float:
    ordered = sorted(latencies)
    return ordered[min(len(ordered) - 1, int(round(0.95 * len(ordered))) - 1)]


AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36"


class _Connection:
    """One keep-alive HTTP/1.1 connection speaking just enough of the protocol for a GET and a
    response with Content-Length. The load generator must cost far less than the server it
    measures: a full client library (httpx) spent ~1 ms of CPU per request in this process and
    on a loaded 2-core machine became the bottleneck, timing its own queue instead of the server."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        self.reader, self.writer = reader, writer

    async def get(self, request: bytes) -> int:
        self.writer.write(request)
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        length = 0
        for line in lines[1:]:
            name, _, value = line.partition(":")
            if name.strip().lower() == "content-length":
                length = int(value)
        if length:
            await self.reader.readexactly(length)
        return status


async def _load(base: str, paths: list[str], rate: int, seconds: float) -> tuple[list[float], int]:
    """Open loop: request i (for paths[i % len(paths)]) starts at begin + i/rate whatever
    happened before; each takes an idle keep-alive connection or opens one (at most 200 at
    once), as a browser fleet would."""
    from urllib.parse import urlparse

    where = urlparse(base)
    requests = [(f"GET {path} HTTP/1.1\r\nHost: {where.netloc}\r\nUser-Agent: {AGENT}\r\n"
                 "Accept: */*\r\n\r\n").encode() for path in paths]
    latencies: list[float] = []
    errors = 0
    idle: list[_Connection] = []
    slots = asyncio.Semaphore(200)

    async def one(request: bytes):
        nonlocal errors
        started = time.perf_counter()  # from its scheduled start: waiting for a connection counts
        async with slots:
            conn = idle.pop() if idle else None
            try:
                if conn is None:
                    conn = _Connection(*await asyncio.open_connection(where.hostname, where.port))
                status = await asyncio.wait_for(conn.get(request), 10)
            except (TimeoutError, OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError, IndexError):
                errors += 1
                if conn is not None:
                    conn.writer.close()
                return
            latencies.append(time.perf_counter() - started)
            idle.append(conn)
            if status not in (302, 303, 307):
                errors += 1

    tasks = []
    begin = time.perf_counter()
    for i in range(int(rate * seconds)):
        delay = begin + i / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(requests[i % len(requests)])))
    await asyncio.gather(*tasks)
    for conn in idle:
        conn.writer.close()
    return latencies, errors


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(port: int) -> subprocess.Popen:
    proc = subprocess.Popen(
        [str(Path(sys.executable).with_name("granian")), "--interface", "asgi", "--host", "127.0.0.1",
         "--port", str(port), "--workers", "1", "--log-level", "warning", "bench.redirect_app:app"],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, start_new_session=True)
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), 0.5):
                return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("the bench server did not start")


def _clicks_recorded(url: str, expected: int) -> int:
    """The click events in the database once the server's writes after the answers have landed
    (each redirect must be recorded: the benchmark counts them)."""
    from sqlalchemy import func
    from sqlmodel import Session, select

    from models.messaging import EmailEvent
    from prm.db import get_engine

    deadline = time.time() + 10
    while True:
        with Session(get_engine(url)) as session:
            n = session.exec(select(func.count()).select_from(EmailEvent).where(EmailEvent.kind == "click")).one()
        if n >= expected or time.time() > deadline:
            return n
        time.sleep(0.2)


def run(log=print) -> list[Row]:
    from bench.redirect_app import STATIC_PATH

    url = database_url()
    env.fresh_schema(url)
    paths = tracking_urls(url)
    os.environ["DATABASE_URL"] = url  # the server's database (the bench's VAR_DIR: same SECRET_KEY)
    port = _free_port()
    proc = _serve(port)
    base = f"http://127.0.0.1:{port}"
    try:
        half = SECONDS / 2  # two rounds each, alternating: 30 s of load on each route
        got: dict[str, list[float]] = {"track": [], "static": []}
        errors = 0
        for order in (("track", "static"), ("static", "track")):
            for which in order:
                lat, err = asyncio.run(_load(base, paths if which == "track" else [STATIC_PATH], RATE, half))
                got[which] += lat
                errors += err
        t, s = p95(got["track"]), p95(got["static"])
        recorded = _clicks_recorded(url, expected=len(got["track"]))
        problems = [f"{errors} errors"] if errors else []
        if recorded != len(got["track"]):
            problems.append(f"{recorded} clicks recorded of {len(got['track'])} redirects")
        return [Row("5", NAME + f" for {SECONDS:.0f} s (p95 ÷ static redirect)", f"{t * 1000:.1f} ms",
                    f"{s * 1000:.1f} ms", t / s, "≤ 2×", t / s <= 2 and not problems, problem="; ".join(problems))]
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
