"""Sending a to-partner Email (seed 002) as RQ jobs.

start_email_message: at the scheduled time, begin_sending snapshots the recipients (one
transaction with the Sending status), then its recipients are enqueued in batch jobs of at most
EMAIL_BATCH_SIZE, spread over the workers listening on the emails queue (batch_size).

deliver_message_batch: SEND_CONNECTIONS SMTP connections for the batch (on PostgreSQL, in a
work horse: each from a process forked for its consecutive share of the batch, dying with the
job's process; otherwise one, from the job's process). On each, recipients are claimed
PREPARE_SIZE at a time with a conditional UPDATE (queued → sending), committed with their
outbox rows before any of them goes, so a batch run twice, or two batches over the same
recipients, send nobody twice.

Killed midway (SIGKILL, a lost machine): the outcome "sent" is committed the moment the message's
final dot is written to the server (mailer's handed_over hook), before the server's answer is
read; a refusal read afterwards overwrites it. So a kill before the dot leaves the recipient
(and the rest of its claimed group) claimed but not sent (the server drops a message cut off
mid-DATA), and sweep_email_messages sends them again once the claim is older than
STALE_CLAIM_SECONDS; a kill after the COMMIT left the process leaves it sent. What remains is
the span between writing the dot and writing the COMMIT — two system calls (measured from
the dot's write to the statement's: median 19 µs, p90 45 µs, p99 0.5 ms when the 2-core
machine preempts the sender): a kill exactly there sends that recipient twice, with the same
Message-ID (fixed per message and recipient) and the same outbox row, so receiving servers and
mail clients that dedupe by Message-ID show it once. tests/chaos/ kills workers at random
mid-send and counts what the SMTP server received: nobody lost, and a second copy only of that
kind. If the database is away (restarted) when the outcome is to be
written, the worker retries until it is back. Nobody is lost: every recipient ends sent, failed
or skipped.

On PostgreSQL a "sent" does not wait for its WAL flush (EMAIL_SENT_SYNC_COMMIT=0, the default:
about 10% faster). A killed worker, or the database restarted, loses none of them: PostgreSQL
commits what it has received and flushes it before it stops. Only a crash of the database server
itself can forget the "sent" of the last moment (at most 3 × wal_writer_delay, 0.6 s by default);
those recipients are claimed but not sent afterwards, and go again, with the same Message-ID,
once the claim is stale. EMAIL_SENT_SYNC_COMMIT=1 makes every "sent" wait for the disk.

SMTP 4xx (or no answer): the recipient goes back to queued with next_attempt_at (backoff) and a
retry job is enqueued for then; after MAX_ATTEMPTS it is failed. 5xx: failed with the answer.
"""

from __future__ import annotations

import logging
import time
from datetime import timedelta
from select import select as wait_until_ready
from types import SimpleNamespace

from psycopg import pq
from rq import get_current_job
from sqlalchemy import bindparam, or_, update
from sqlmodel import select

from jobs import forked, mailer
from models._base import utcnow
from models.messaging import EmailMessage, Message, MessageRecipient
from prm.db import commit_through_outage, get_engine, rollback_even_if_lost, session_scope
from prm.settings import get_settings
from services import email_messages as svc
from services import email_tracking as tracking

log = logging.getLogger("prm.jobs.message_emails")
PREPARE_SIZE = 100  # recipients claimed, with their outbox rows, in one transaction


def _job_id() -> str:
    job = get_current_job()
    return job.id if job else "inline"


def start_email_message(message_id: int) -> int:
    """Begin sending (if its time has come and it is still Scheduled), then enqueue the
    batches. Safe to run twice: the second run only re-enqueues what is still queued."""
    with session_scope() as session:
        started = svc.begin_sending(session=session, message_id=message_id)
        if not started:
            # RQ's scheduler keeps times in whole seconds, so the job can run up to a second
            # before the email's time: wait for it (nothing else would start it until the sweep).
            # Its time may also have come in the moment since begin_sending read the clock.
            message = session.get(Message, message_id)
            if message is not None and message.status == svc.SCHEDULED and message.publish_at:
                early = (message.publish_at - utcnow()).total_seconds()
                if early <= 5:
                    # A little past it: the wall clock can run a little slower than the sleep's.
                    time.sleep(max(early, 0) + 0.05)
                    session.expire_all()
                    started = svc.begin_sending(session=session, message_id=message_id)
    batches = enqueue_due_batches(message_id)
    log.info("[job %s] email message %s: %s, %s batches enqueued", _job_id(), message_id,
             "started" if started else "not started now", batches)
    return batches


def enqueue_due_batches(message_id: int, *, overdue: timedelta = timedelta(0)) -> int:
    """Enqueue batch jobs (of batch_size) for the recipients that are queued and due (by
    `overdue` already: the sweep looks only for those whose job was lost), or whose 'sending'
    claim is stale. Job ids are deterministic (message, first recipient, attempts)."""
    from jobs.queues import EMAILS, enqueue_message_batch, workers_listening

    now = utcnow()
    due = now - overdue
    with session_scope() as session:
        rows = session.exec(select(MessageRecipient.id, MessageRecipient.attempts).where(
            MessageRecipient.message_id == message_id,
            or_((MessageRecipient.status == "queued") & (MessageRecipient.next_attempt_at <= due),
                (MessageRecipient.status == "sending") & (MessageRecipient.claimed_at < now - svc.stale_claim())),
        ).order_by(MessageRecipient.id)).all()
    ids = [r[0] for r in rows]
    if not ids:
        return 0
    size = batch_size(len(ids), workers_listening(EMAILS))
    for start in range(0, len(ids), size):
        chunk = ids[start:start + size]
        enqueue_message_batch(message_id, chunk, job_id=f"message-{message_id}-batch-{chunk[0]}-"
                              f"{max(a for _, a in rows[start:start + size])}")
    return (len(ids) + size - 1) // size


MIN_BATCH = 200  # a batch costs a job, a process per connection and their connections: ~0.1 s


def batch_size(recipients: int, workers: int) -> int:
    """Recipients per batch job: EMAIL_BATCH_SIZE at most, fewer where that spreads the email
    over more of the workers there are (down to MIN_BATCH), all batches about as large."""
    largest = get_settings().email_batch_size
    size = max(min(largest, MIN_BATCH), min(largest, -(-recipients // max(workers, 1))))
    batches = -(-recipients // size)
    return -(-recipients // batches)


class _Prepared:
    """A recipient claimed (status sending, attempts + 1, tracking nonce set once) with its outbox
    row: everything its send needs, written in a transaction that is committed before it goes."""

    __slots__ = ("rid", "attempts", "row", "headers")

    def __init__(self, rid: int, attempts: int, row, headers: dict) -> None:
        self.rid, self.attempts, self.row, self.headers = rid, attempts, row, headers


# What a copy needs to go (mailer.render), besides its row id.
_COPY_FIELDS = ("to_email", "to_name", "subject", "html_body", "text_body", "message_id", "attachments",
                "idempotency_key")
_OUTBOX_COLUMNS = (EmailMessage.id, EmailMessage.to_email, EmailMessage.to_name, EmailMessage.subject,
                   EmailMessage.html_body, EmailMessage.text_body, EmailMessage.message_id,
                   EmailMessage.attachments, EmailMessage.idempotency_key)
NOT_DELIVERABLE = "Opted out or suppressed before delivery"


class _Bodies:
    """A message's bodies as each recipient gets them (services.email_tracking.tracked_html, and
    its text part by services.email_messages.html_to_text), the text worked out once per message:
    a recipient's is the message's text with its own click links in place of a sample token's.
    If that would not give exactly what html_to_text gives (checked once, on a second sample),
    each recipient's text is worked out in full."""

    SAMPLE = "PRMsampletoken" + "A" * 29  # as long as a real token, and as plain

    def __init__(self, message: Message) -> None:
        self.message = message
        self.links = len(tracking.message_links(message.body_html or ""))
        self.template = svc.html_to_text(self.html(self.SAMPLE))
        other = "PRMothertoken" + "B" * 30
        if self.template.count(self.SAMPLE) != self.links or self._fill(other) != svc.html_to_text(self.html(other)):
            self.template = None

    def html(self, token: str) -> str:
        return tracking.tracked_html(self.message.body_html, token, self.message.id)

    def text(self, token: str, body_html: str) -> str:
        return self._fill(token) if self.template is not None else svc.html_to_text(body_html)

    def _fill(self, token: str) -> str:
        text = self.template
        for index in range(self.links):
            text = text.replace(tracking.click_url(self.SAMPLE, self.message.id, index),
                                tracking.click_url(token, self.message.id, index))
        return text


def _outbox_values(message: Message, bodies: _Bodies, domain: str, user_id: int, email: str, name: str,
                   nonce: str, now) -> dict:
    """The outbox record of one recipient's copy (one per message and user: Admin > Outbox shows
    it). Links go through the click redirect and the open pixel; the unsubscribe link stays
    direct. The Message-ID never changes between tries."""
    url = svc.unsubscribe_url(user_id, message.id)
    footer_html = (f'<hr><p style="font-size:12px;color:#666">You receive this because you turned on '
                   f'Supplier Emails. <a href="{url}">Unsubscribe</a></p>')
    footer_text = f"\n\n--\nYou receive this because you turned on Supplier Emails.\nUnsubscribe: {url}\n"
    token = tracking.token_for(nonce)
    body_html = bodies.html(token)
    return dict(idempotency_key=f"message:{message.id}:user:{user_id}", to_email=email, to_name=name,
                subject=message.title, template="to_partner_email", html_body=body_html + footer_html,
                text_body=bodies.text(token, body_html) + footer_text,
                message_id=f"<message-{message.id}-user-{user_id}@{domain}>", status="sending",
                transport="", attempts=0, error="", attachments=[], created_at=now)


def _prepare(conn, message: Message, bodies: _Bodies, domain: str, ids: list[int], now) -> tuple[list[_Prepared], dict]:
    """Claim these recipients (one conditional UPDATE: queued, or claimed so long ago that the
    claim is stale → sending; a tracking nonce where none is yet) and write their outbox rows,
    in the caller's open transaction: nothing here is irreversible, and the caller commits it
    before any of them goes. Returns the claimed recipients that can be sent, in the batch's
    order, and the outcomes of the others: 'skipped' (another run has it or had it) and 'not
    sent' (opted out or suppressed since sending started; recorded as skipped). The outcomes
    only count once the transaction is committed."""
    stale = now - svc.stale_claim()
    claimed = {r[0]: r for r in conn.execute(update(MessageRecipient).where(
        MessageRecipient.id.in_(ids),
        or_(MessageRecipient.status == "queued",
            (MessageRecipient.status == "sending") & (MessageRecipient.claimed_at < stale)),
    ).values(status="sending", claimed_at=now, attempts=MessageRecipient.attempts + 1)
        .returning(MessageRecipient.id, MessageRecipient.user_id, MessageRecipient.email, MessageRecipient.name,
                   MessageRecipient.attempts, MessageRecipient.track_nonce)).all()}
    counts = {"skipped": len(ids) - len(claimed)} if len(claimed) < len(ids) else {}
    gone = svc.undeliverable(conn, [(r.user_id, r.email) for r in claimed.values()])
    if gone:  # unsubscribed (or bounced) since sending started: not sent, and said why
        dropped = [rid for rid, r in claimed.items() if r.user_id in gone]
        conn.execute(update(MessageRecipient).where(MessageRecipient.id.in_(dropped)).values(
            status="skipped", last_error=NOT_DELIVERABLE))
        counts["not sent"] = len(dropped)
        claimed = {rid: r for rid, r in claimed.items() if r.user_id not in gone}
    if not claimed:
        return [], counts
    nonces = tracking.give_nonces(conn, [rid for rid, r in claimed.items() if not r.track_nonce])
    values = {rid: _outbox_values(message, bodies, domain, r.user_id, r.email, r.name,
                                  nonces.get(rid) or r.track_nonce, now)
              for rid, r in claimed.items()}
    # A first try writes the row; a later one keeps the row its first try wrote (a claim rolled
    # back took its row with it, so only a committed try left one). Either way what goes is the
    # copy the outbox holds: the values just written, or the row read back.
    written = _write_copies(conn, list(values.values()))
    kept = [v["idempotency_key"] for v in values.values() if v["idempotency_key"] not in written]
    outbox = {r.idempotency_key: r for r in conn.execute(select(*_OUTBOX_COLUMNS).where(
        EmailMessage.idempotency_key.in_(kept))).all()} if kept else {}
    prepared = []
    for rid in ids:
        if rid in claimed:
            key = values[rid]["idempotency_key"]
            row = (SimpleNamespace(id=written[key], **{c: values[rid][c] for c in _COPY_FIELDS})
                   if key in written else outbox[key])
            prepared.append(_Prepared(rid, claimed[rid].attempts, row,
                                      svc.unsubscribe_headers(claimed[rid].user_id, message.id)))
    return prepared, counts


_COPY_COLUMNS = ("idempotency_key", "to_email", "to_name", "subject", "template", "html_body", "text_body",
                 "message_id", "status", "transport", "attempts", "error", "created_at")
_PG_WRITE_COPY = ("INSERT INTO email_message (idempotency_key, to_email, to_name, subject, template, html_body, "
                  "text_body, message_id, status, transport, attempts, error, created_at) "
                  "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) "
                  "ON CONFLICT (idempotency_key) DO NOTHING RETURNING id, idempotency_key")


def _write_copies(conn, rows: list[dict]) -> dict[str, int]:
    """Insert these outbox rows where their idempotency key is new; returns the new rows' ids
    by key. On PostgreSQL one short statement runs once per row, all sent together (psycopg's
    executemany): one multi-row INSERT of a whole group is too long a statement for psycopg to
    keep parsed, and parsing it again cost more than the rows."""
    if conn.dialect.name != "postgresql":
        from sqlalchemy.dialects.sqlite import insert

        return {key: email_id for email_id, key in conn.execute(
            insert(EmailMessage).on_conflict_do_nothing(index_elements=["idempotency_key"])
            .returning(EmailMessage.id, EmailMessage.idempotency_key), rows).all()}
    written: dict[str, int] = {}
    with conn.connection.driver_connection.cursor() as cursor:
        cursor.executemany(_PG_WRITE_COPY, [tuple(row[c] for c in _COPY_COLUMNS) for row in rows],
                           returning=True)
        while True:
            for email_id, key in cursor.fetchall():
                written[key] = email_id
            if not cursor.nextset():
                break
    return written


def _prepared(session, message: Message, domain: str, groups: list[list[int]]):
    """Each group claimed and committed, just before it is sent. (Not on a thread ahead of the
    sends: a thread holding the GIL can keep the sender from recording "sent" for milliseconds
    after a message's final dot, and a kill in that span sends the recipient twice.)"""
    bodies = _Bodies(message)
    for group in groups:
        got = _prepare(session.connection(), message, bodies, domain, group, utcnow())
        session.commit()
        yield got


def _add(outcomes: dict, counts: dict) -> None:
    for k, v in counts.items():
        outcomes[k] = outcomes.get(k, 0) + v


class _Sent:
    """One recipient's "sent", to be committed when its message is handed over: the recipient's
    row and its outbox row. `values` gets the transport used once the send returns."""

    __slots__ = ("rid", "email_id", "at", "attempts", "values")

    def __init__(self, rid: int, email_id: int, at, attempts: int) -> None:
        self.rid, self.email_id, self.at, self.attempts = rid, email_id, at, attempts
        self.values = ({"status": "sent", "sent_at": at, "last_error": ""},
                       {"status": "sent", "transport": "smtp", "sent_at": at, "error": "", "attempts": attempts})


class _SentInSession:
    """Any database: "sent" is written in the session's transaction before the message goes and
    committed as the mailer's handed_over hook, on the driver's connection taken beforehand, so
    nothing but the COMMIT itself runs between the final dot and the database."""

    pipelined = False
    before_dot = None

    def __init__(self, session) -> None:
        self.session = session
        self.armed: _Sent | None = None
        self.called, self.error = False, None

    def arm(self, sent: _Sent):
        _write(self.session, sent.rid, sent.email_id, *sent.values)
        self.dbapi = self.session.connection().connection.dbapi_connection
        self.armed, self.called, self.error = sent, False, None
        return self._handed_over

    def _handed_over(self) -> None:
        self.called = True
        try:
            self.dbapi.commit()
        except Exception as exc:  # noqa: BLE001 - settle() reports it, and the caller records it again
            self.error = exc

    def settle(self) -> list[_Sent]:
        """The armed "sent" if it was not committed (no hook: the outbox; or the COMMIT failed)."""
        sent, self.armed = self.armed, None
        if sent is None:
            return []
        if self.called and self.error is None:
            self.session.commit()  # already committed by the hook; this ends SQLAlchemy's transaction
            return []
        rollback_even_if_lost(self.session)
        return [sent]

    def close(self) -> None:
        pass


class _SentPipelined:
    """PostgreSQL: at the final dot, "sent" (both rows, one statement, its own implicit
    transaction) is written to a connection of its own; its answer is read just before the next
    message's dot, so the COMMIT's WAL flush overlaps the mail server's reply and the next
    message, and the span between a dot and its "sent" stays two system calls. A kill after
    the statement left the process leaves it committed: the server runs what it has received.
    Nothing else waits on it — the recipients were claimed, and committed, beforehand."""

    pipelined = True
    SQL = (b"WITH r AS (UPDATE message_recipient SET status = 'sent', sent_at = $1::timestamptz, last_error = '' "
           b"WHERE id = $2::bigint) UPDATE email_message SET status = 'sent', transport = 'smtp', "
           b"sent_at = $1::timestamptz, error = '', attempts = $3::int WHERE id = $4::bigint")
    PREPARED = b"prm_message_sent"  # parsed and planned once per connection: 60-70 µs less a send

    def __init__(self, engine) -> None:
        self.engine = engine
        self.raw = self.pg = None
        self.params: list[bytes] = []
        self.armed: _Sent | None = None
        self.in_flight: _Sent | None = None
        self.unrecorded: list[_Sent] = []

    def arm(self, sent: _Sent):
        if self.armed is not None:  # the last one never reached its dot (the outbox, or it failed)
            self.unrecorded.append(self.armed)
        self.armed = sent
        self.params = [sent.at.isoformat().encode(), str(sent.rid).encode(), str(sent.attempts).encode(),
                       str(sent.email_id).encode()]
        return self._handed_over

    def before_dot(self) -> None:
        """Everything but the write itself happens here, outside the span between dot and "sent"."""
        self._collect()
        try:
            if self.raw is None:
                raw = self.raw = self.engine.raw_connection()
                self.pg = raw.driver_connection.pgconn
                if not raw.info.get(self.PREPARED):  # once per connection (its info lives as long)
                    _ok(self.pg.prepare(self.PREPARED, self.SQL))
                    raw.info[self.PREPARED] = True
        except Exception:  # noqa: BLE001 - the database is away: the hook records nothing
            self._broken()

    def _handed_over(self) -> None:
        sent, self.armed = self.armed, None
        try:
            if self.raw is None:
                raise RuntimeError("no database connection")
            self.pg.send_query_prepared(self.PREPARED, self.params)
            while self.pg.flush():
                wait_until_ready([], [self.pg.socket], [])
            self.in_flight = sent
        except Exception:  # noqa: BLE001 - recorded again by the caller through the session
            self._broken()
            self.unrecorded.append(sent)

    def _collect(self) -> None:
        """Read the answer of the "sent" in flight; keep it for recording again if it failed."""
        sent, self.in_flight = self.in_flight, None
        if sent is None:
            return
        try:
            pg, ok = self.pg, True
            while True:
                pg.consume_input()
                while pg.is_busy():
                    wait_until_ready([pg.socket], [], [])
                    pg.consume_input()
                result = pg.get_result()
                if result is None:
                    break
                ok = ok and result.status == pq.ExecStatus.COMMAND_OK
        except Exception:  # noqa: BLE001 - the connection is gone (the database restarted)
            self._broken()
            ok = False
        if not ok:
            self.unrecorded.append(sent)

    def _broken(self) -> None:
        if self.raw is not None:
            self.raw.invalidate()
            self.raw = None

    def settle(self) -> list[_Sent]:
        """Every "sent" not known to be committed: failed, or never handed over (armed)."""
        self._collect()
        out, self.unrecorded = self.unrecorded, []
        if self.armed is not None:
            out.append(self.armed)
            self.armed = None
        return out

    def close(self) -> None:
        """Back to the pool with no answer pending (the batch settles before it ends; a batch
        that raised may not have)."""
        self._collect()
        if self.raw is not None:
            self.raw.close()
            self.raw = None


def _ok(result) -> None:
    if result.status != pq.ExecStatus.COMMAND_OK:
        raise RuntimeError(result.get_error_message().decode(errors="replace"))


_SET_RECIPIENT = update(MessageRecipient).where(MessageRecipient.id == bindparam("recipient_id"))
_SET_EMAIL = update(EmailMessage).where(EmailMessage.id == bindparam("email_id"))


def _write(session, recipient_id: int, email_id: int, recipient: dict, email: dict) -> None:
    conn = session.connection()  # Core statements, built once: no ORM bookkeeping for two plain UPDATEs
    conn.execute(_SET_RECIPIENT, {"recipient_id": recipient_id, **recipient})
    conn.execute(_SET_EMAIL, {"email_id": email_id, **email})


def _record(session, recipient_id: int, email_id: int, recipient: dict, email: dict) -> None:
    """Write one recipient's outcome, retrying while the database is away (restarted): the
    message has been handed to the server or refused by it, and that must not be forgotten —
    forgotten, the claim would go stale and the recipient would be sent again. Gives up (and
    raises) after half the stale-claim time, before another worker could take the recipient."""
    commit_through_outage(session, lambda s: _write(s, recipient_id, email_id, recipient, email),
                          give_up_after=svc.stale_claim().total_seconds() / 2,
                          what=f"recipient {recipient_id} [job {_job_id()}]", log=log)


def _failure_values(exc: Exception, attempts: int, now) -> tuple[str, dict, dict, int | None]:
    """A refusal (5xx), or a temporary failure (4xx, no answer) after the last try → failed; an
    earlier temporary failure → queued again for after its backoff. Returns the outcome, the
    recipient's and the outbox row's values, and the retry delay (if any)."""
    error = str(exc)[:1000]
    if isinstance(exc, mailer.PermanentFailure):
        return "failed", {"status": "failed", "last_error": error}, {"status": "failed", "error": error}, None
    if attempts >= svc.MAX_ATTEMPTS:
        return ("failed", {"status": "failed", "last_error": f"gave up after retries: {error}"[:1000]},
                {"status": "failed", "error": error}, None)
    delay = svc.BACKOFF_SECONDS[attempts - 1]
    return ("retrying", {"status": "queued", "last_error": error, "next_attempt_at": now + timedelta(seconds=delay)},
            {"status": "sending", "error": error}, delay)


def deliver_message_batch(message_id: int, recipient_ids: list[int], stop_after: int | None = None) -> dict:
    """Deliver one batch: on SEND_CONNECTIONS SMTP connections at once (see _deliver), each
    from a process forked for its share of the batch, where the job has its process to itself
    on PostgreSQL (an RQ work horse); otherwise on one. stop_after (tests) ends the job after
    that many sends, as if it had been killed (on one connection).

    Then the recipients a server asked to try later get their retry job, and the email is
    Sent once no recipient is left. A share that failed (the database away for longer than
    _record waits) fails the job after the others' retries are enqueued: what was sent stays
    recorded, and the job's next run, or the sweep, sends the rest."""
    from jobs.queues import enqueue_message_batch

    job_id = _job_id()
    began = time.monotonic()
    shares = _shares(recipient_ids) if stop_after is None else [recipient_ids]
    failure: BaseException | None = None
    if len(shares) > 1:
        try:
            results = forked.run_parts(_deliver, [(message_id, share) for share in shares],
                                       f"message-{message_id}-send")
        except Exception as exc:  # noqa: BLE001 - raised below, once the retries are enqueued
            failure, results = exc, [r for r in getattr(exc, "results", []) if r is not None]
    else:
        results = [_deliver(message_id, recipient_ids, stop_after)]
    outcomes: dict[str, int] = {}
    for counts, retry in results:
        _add(outcomes, counts)
        for rid, delay in retry:
            enqueue_message_batch(message_id, [rid], job_id=f"message-{message_id}-retry-{rid}-{delay}",
                                  delay_seconds=delay)
    if failure is not None:
        raise failure
    with session_scope() as session:
        svc.finish_if_done(session=session, message_id=message_id)
    log.info("[job %s] email message %s batch of %s on %s connection%s in %.2f s: %s", job_id, message_id,
             len(recipient_ids), len(shares), "" if len(shares) == 1 else "s", time.monotonic() - began, outcomes)
    return outcomes


def _shares(recipient_ids: list[int]) -> list[list[int]]:
    """The batch cut into one consecutive share per sending connection (whole PREPARE_SIZE
    groups), or left whole where it is sent from this process alone."""
    n = min(get_settings().send_connections, -(-len(recipient_ids) // PREPARE_SIZE))
    if n < 2 or not forked.may_fork() or get_engine().dialect.name != "postgresql":
        return [recipient_ids]
    size = -(-len(recipient_ids) // n // PREPARE_SIZE) * PREPARE_SIZE
    return [recipient_ids[i:i + size] for i in range(0, len(recipient_ids), size)]


def _deliver(message_id: int, recipient_ids: list[int], stop_after: int | None = None) -> tuple[dict, list]:
    """Send these recipients over one SMTP connection. Returns the outcomes counted and the
    recipients to try again later, with their delays.

    They go PREPARE_SIZE recipients at a time: one transaction claims them and writes their
    outbox rows, committed before any of them goes (so a kill leaves at most PREPARE_SIZE
    claimed, unsent recipients per connection, sent again once their claim is stale). Then each
    recipient's "sent" is committed the moment its final dot is written (see the module
    docstring): in one round trip on PostgreSQL, whose answer is read at the next dot
    (_SentPipelined)."""
    job_id = _job_id()
    outcomes: dict[str, int] = {}
    retry: list[tuple[int, int]] = []  # (recipient id, delay)
    domain = get_settings().mail_from.rpartition("@")[2].strip(">") or "localhost"
    with session_scope() as session, mailer.Connection() as conn:
        message = session.get(Message, message_id)
        if message is None:
            return outcomes, retry
        session.expunge(message)
        engine = session.get_bind()
        # "sent" on a connection of its own, which by default does not wait for the WAL flush
        # (prm.db's lazy_flush engine; see the module docstring).
        writer = (_SentPipelined(get_engine(lazy_flush=not get_settings().email_sent_sync_commit))
                  if engine.dialect.name == "postgresql" else _SentInSession(session))

        def record_unsettled(but: int | None = None) -> None:
            for sent in writer.settle():
                if sent.rid != but:
                    _record(session, sent.rid, sent.email_id, *sent.values)

        groups = [recipient_ids[i:i + PREPARE_SIZE] for i in range(0, len(recipient_ids), PREPARE_SIZE)]
        try:
            for prepared, counts in _prepared(session, message, domain, groups):
                _add(outcomes, counts)
                for cur in prepared:
                    if stop_after is not None and outcomes.get("sent", 0) >= stop_after:
                        log.warning("[job %s] stopping after %s (as if killed)", job_id, stop_after)
                        record_unsettled()
                        return outcomes, retry
                    sent = _Sent(cur.rid, cur.row.id, utcnow(), cur.attempts)
                    hook = writer.arm(sent)
                    try:
                        sent.values[1]["transport"] = conn.send(cur.row, cur.headers, handed_over=hook,
                                                               before_dot=writer.before_dot)
                    except (mailer.TemporaryFailure, mailer.PermanentFailure) as exc:
                        # The answer was not success, whether or not "sent" was committed: a
                        # refusal read afterwards overwrites it.
                        record_unsettled(but=cur.rid)
                        outcome, *values, delay = _failure_values(exc, cur.attempts, sent.at)
                        if delay is not None:
                            retry.append((cur.rid, delay))
                        _record(session, cur.rid, cur.row.id, *values)
                    else:
                        outcome = "sent"
                        if not writer.pipelined:
                            record_unsettled()
                    outcomes[outcome] = outcomes.get(outcome, 0) + 1
                record_unsettled()
        finally:
            writer.close()
    return outcomes, retry


def sweep_email_messages() -> int:
    """Periodic: start Scheduled emails whose time passed but whose job was lost (Redis
    flushed), and re-enqueue Sending emails' due or stale recipients. Safe to run any time."""
    now = utcnow()
    with session_scope() as session:
        due = session.exec(select(Message.id).where(Message.kind == "email", Message.status == svc.SCHEDULED,
                                                     Message.publish_at <= now - timedelta(minutes=1))).all()
        sending = session.exec(select(Message.id).where(Message.kind == "email",
                                                        Message.status == svc.SENDING)).all()
    from jobs.queues import EMAILS, active_job_ids

    n = 0
    for mid in due:
        n += start_email_message(mid)
    for mid in sending:
        # While any job of the email is waiting or running, it will reach its recipients (or
        # its retry will); the sweep is for the recipients whose job is gone.
        if not active_job_ids(EMAILS, f"message-{mid}-"):
            n += enqueue_due_batches(mid, overdue=svc.stale_claim())
    return n
