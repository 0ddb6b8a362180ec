"""Sending a to-partner Email (seed 002) as RQ jobs.

start_email_message: at the scheduled time, begin_sending snapshots the recipients (one
transaction with the Sending status), then batches of BATCH_SIZE recipients are enqueued.

deliver_message_batch: ONE SMTP connection for the batch. Each recipient is claimed with a
conditional UPDATE (queued → sending), so a batch run twice, or two batches over the same
recipients, send nobody twice.

Killed midway (SIGKILL, a lost machine): the outcome "sent" is written before the message goes,
in a transaction that is committed the moment the message's final dot is written to the server
(mailer's handed_over hook), before the server's answer is read; a refusal read afterwards
overwrites it. So a kill before the dot leaves the recipient claimed but not sent (the server
drops a message cut off mid-DATA), and sweep_email_messages sends it again once the claim is
older than STALE_CLAIM_SECONDS; a kill after the COMMIT left the process leaves it sent. What
remains is the span between writing the dot and writing the COMMIT — two system calls, a few
microseconds: a kill exactly there sends that recipient twice, with the same Message-ID (fixed
per message and recipient) and the same outbox row, so receiving servers and mail clients that
dedupe by Message-ID show it once. tests/chaos/ kills workers at random mid-send and counts what
the SMTP server received. If the database is away (restarted) when the outcome is to be
written, the worker retries until it is back. Nobody is lost: every recipient ends sent, failed
or skipped.

SMTP 4xx (or no answer): the recipient goes back to queued with next_attempt_at (backoff) and a
retry job is enqueued for then; after MAX_ATTEMPTS it is failed. 5xx: failed with the answer.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from datetime import timedelta

from rq import get_current_job
from sqlalchemy import or_, update
from sqlmodel import select

from jobs import mailer
from models._base import utcnow
from models.messaging import EmailMessage, Message, MessageRecipient
from prm.db import commit_through_outage, rollback_even_if_lost, session_scope
from prm.settings import get_settings
from services import email_messages as svc
from services import email_tracking as tracking

log = logging.getLogger("prm.jobs.message_emails")
BATCH_SIZE = 200


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
            message = session.get(Message, message_id)
            early = (message.publish_at - utcnow()).total_seconds() \
                if message is not None and message.status == svc.SCHEDULED and message.publish_at else 0
            if 0 < early <= 5:
                time.sleep(early)
                session.expire_all()
                started = svc.begin_sending(session=session, message_id=message_id)
    batches = enqueue_due_batches(message_id)
    log.info("[job %s] email message %s: %s, %s batches enqueued", _job_id(), message_id,
             "started" if started else "not started now", batches)
    return batches


def enqueue_due_batches(message_id: int, *, overdue: timedelta = timedelta(0)) -> int:
    """Enqueue a batch job for every BATCH_SIZE recipients that are queued and due (by
    `overdue` already: the sweep looks only for those whose job was lost), or whose 'sending'
    claim is stale. Job ids are deterministic (message, first recipient, attempts)."""
    from jobs.queues import enqueue_message_batch

    now = utcnow()
    due = now - overdue
    with session_scope() as session:
        rows = session.exec(select(MessageRecipient.id, MessageRecipient.attempts).where(
            MessageRecipient.message_id == message_id,
            or_((MessageRecipient.status == "queued") & (MessageRecipient.next_attempt_at <= due),
                (MessageRecipient.status == "sending") & (MessageRecipient.claimed_at < now - svc.stale_claim())),
        ).order_by(MessageRecipient.id)).all()
    ids = [r[0] for r in rows]
    for start in range(0, len(ids), BATCH_SIZE):
        chunk = ids[start:start + BATCH_SIZE]
        enqueue_message_batch(message_id, chunk, job_id=f"message-{message_id}-batch-{chunk[0]}-"
                              f"{max(a for _, a in rows[start:start + BATCH_SIZE])}")
    return (len(ids) + BATCH_SIZE - 1) // BATCH_SIZE


class _Prepared:
    """A recipient claimed (status sending, attempts + 1, tracking nonce set once) with its outbox
    row: everything its send needs, written in a transaction that is committed before it goes."""

    __slots__ = ("rid", "attempts", "row", "headers")

    def __init__(self, rid: int, attempts: int, row: EmailMessage, headers: dict) -> None:
        self.rid, self.attempts, self.row, self.headers = rid, attempts, row, headers


_OUTBOX_COLUMNS = (EmailMessage.id, EmailMessage.to_email, EmailMessage.to_name, EmailMessage.subject,
                   EmailMessage.html_body, EmailMessage.text_body, EmailMessage.message_id,
                   EmailMessage.attachments)


def _prepare(conn, message: Message, domain: str, rid: int, now) -> _Prepared | str:
    """Claim one recipient (a conditional UPDATE: queued, or its claim stale → sending) and make
    its outbox row, in the caller's open transaction: nothing here is irreversible, and the caller
    commits it before the message goes. Returns 'skipped' (another run has it or had it) or
    'not sent' (opted out or suppressed since sending started; recorded as skipped)."""
    stale = now - svc.stale_claim()
    claimed = conn.execute(update(MessageRecipient).where(
        MessageRecipient.id == rid,
        or_(MessageRecipient.status == "queued",
            (MessageRecipient.status == "sending") & (MessageRecipient.claimed_at < stale)),
    ).values(status="sending", claimed_at=now, attempts=MessageRecipient.attempts + 1,
             **tracking.nonce_once_values())
        .returning(MessageRecipient.user_id, MessageRecipient.email, MessageRecipient.name,
                   MessageRecipient.attempts, MessageRecipient.track_nonce)).first()
    if claimed is None:
        return "skipped"
    user_id, email, name, attempts, nonce = claimed
    if not svc.still_deliverable(conn, user_id, email):
        # Unsubscribed (or bounced) since sending started: not sent, and said why.
        conn.execute(update(MessageRecipient).where(MessageRecipient.id == rid).values(
            status="skipped", last_error="Opted out or suppressed before delivery"))
        return "not sent"
    key = f"message:{message.id}:user:{user_id}"
    # A first attempt has no outbox row yet (a claim rolled back took its row with it): no look-up.
    found = None if attempts == 1 else conn.execute(
        select(*_OUTBOX_COLUMNS).where(EmailMessage.idempotency_key == key)).first()
    if found is None:
        # The outbox record of this recipient's copy (one per message and user: Admin > Outbox
        # shows it). Links through the click redirect and the open pixel; the unsubscribe link
        # stays direct. The Message-ID never changes between tries.
        url = svc.unsubscribe_url(user_id, message.id)
        footer_html = (f'<hr><p style="font-size:12px;color:#666">You receive this because you turned on '
                       f'Supplier Emails. <a href="{url}">Unsubscribe</a></p>')
        footer_text = f"\n\n--\nYou receive this because you turned on Supplier Emails.\nUnsubscribe: {url}\n"
        body_html = tracking.tracked_html(message.body_html, tracking.token_for(nonce), message.id)
        values = dict(idempotency_key=key, to_email=email, to_name=name, subject=message.title,
                      template="to_partner_email", html_body=body_html + footer_html,
                      text_body=svc.html_to_text(body_html) + footer_text,
                      message_id=f"<message-{message.id}-user-{user_id}@{domain}>", status="sending",
                      transport="", attempts=0, error="", attachments=[], created_at=now)
        if conn.dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        row_id = conn.execute(insert(EmailMessage).values(**values).on_conflict_do_nothing(
            index_elements=["idempotency_key"]).returning(EmailMessage.id)).scalar()
        if row_id is None:  # written by an earlier attempt after all (data from before this rule)
            found = conn.execute(select(*_OUTBOX_COLUMNS).where(EmailMessage.idempotency_key == key)).one()
            row = EmailMessage(**found._asdict())
        else:
            row = EmailMessage(id=row_id, **values)
    else:
        row = EmailMessage(**found._asdict())
    return _Prepared(rid, attempts, row, svc.unsubscribe_headers(user_id, message.id))


def _prepare_next(conn, message: Message, domain: str, pending: deque, now) -> tuple[_Prepared | None, list, dict]:
    """Claim and prepare the next recipient that can be sent, in the open transaction. Returns it
    (None: the batch is done), the ids it consumed and their outcomes ('skipped', 'not sent'),
    which only count once the transaction is committed."""
    consumed: list[int] = []
    counts: dict[str, int] = {}
    while pending:
        rid = pending.popleft()
        consumed.append(rid)
        got = _prepare(conn, message, domain, rid, now)
        if isinstance(got, _Prepared):
            return got, consumed, counts
        counts[got] = counts.get(got, 0) + 1
    return None, consumed, counts


def _add(outcomes: dict, counts: dict) -> None:
    for k, v in counts.items():
        outcomes[k] = outcomes.get(k, 0) + v


class _CommitWhenHandedOver:
    """Commit the session's transaction (which holds "sent") as the mailer's handed_over hook: on
    the driver's connection, taken beforehand, so nothing but the COMMIT itself runs between the
    final dot and the database. A failure is kept for the caller, which records it again."""

    def __init__(self, session):
        self.dbapi = session.connection().connection.dbapi_connection
        self.called, self.error = False, None

    def __call__(self) -> None:
        self.called = True
        try:
            self.dbapi.commit()
        except Exception as exc:  # noqa: BLE001 - the caller records the outcome again
            self.error = exc


def _write(session, recipient_id: int, email_id: int, recipient: dict, email: dict) -> None:
    conn = session.connection()  # Core statements: no ORM bookkeeping for two plain UPDATEs
    conn.execute(update(MessageRecipient).where(MessageRecipient.id == recipient_id).values(**recipient))
    conn.execute(update(EmailMessage).where(EmailMessage.id == email_id).values(**email))


def _record(session, recipient_id: int, email_id: int, recipient: dict, email: dict) -> None:
    """Write one recipient's outcome, retrying while the database is away (restarted): the
    message has been handed to the server or refused by it, and that must not be forgotten —
    forgotten, the claim would go stale and the recipient would be sent again. Gives up (and
    raises) after half the stale-claim time, before another worker could take the recipient."""
    commit_through_outage(session, lambda s: _write(s, recipient_id, email_id, recipient, email),
                          give_up_after=svc.stale_claim().total_seconds() / 2,
                          what=f"recipient {recipient_id} [job {_job_id()}]", log=log)


def deliver_message_batch(message_id: int, recipient_ids: list[int], stop_after: int | None = None) -> dict:
    """Deliver one batch over one SMTP connection. stop_after (tests) ends the job after that
    many sends, as if it had been killed.

    One transaction (one COMMIT, one WAL flush) per recipient: the transaction that writes
    recipient i's "sent" — committed the moment i's final dot is written — also claims and
    prepares recipient i+1 (claim, tracking nonce, outbox row). So i+1's claim is committed
    before i+1 goes, as before; a kill leaves at most one claimed, unsent recipient, as before;
    and nothing irreversible waits on a later commit. If i's send fails before its dot, that
    transaction is rolled back (i+1's claim with it) and i+1 is prepared again."""
    from jobs.queues import enqueue_message_batch

    job_id = _job_id()
    outcomes: dict[str, int] = {}
    retry: list[tuple[int, int]] = []  # (recipient id, delay)
    domain = get_settings().mail_from.rpartition("@")[2].strip(">") or "localhost"
    pending = deque(recipient_ids)
    with session_scope() as session, mailer.Connection() as conn:
        message = session.get(Message, message_id)
        if message is None:
            return {}
        session.expunge(message)
        now = utcnow()
        nxt, consumed, counts = _prepare_next(session.connection(), message, domain, pending, now)
        session.commit()
        _add(outcomes, counts)
        while nxt is not None:
            if stop_after is not None and outcomes.get("sent", 0) >= stop_after:
                log.warning("[job %s] stopping after %s (as if killed)", job_id, stop_after)
                return outcomes
            cur = nxt
            rid, row_id, attempts = cur.rid, cur.row.id, cur.attempts
            # "Sent" is written before the message goes and committed the moment its final dot is
            # written (mailer's handed_over hook): see the module docstring. The same transaction
            # claims the next recipient.
            sent_at = utcnow()
            sent = ({"status": "sent", "sent_at": sent_at, "last_error": ""},
                    {"status": "sent", "transport": "smtp", "sent_at": sent_at, "error": "", "attempts": attempts})
            _write(session, rid, row_id, *sent)
            now = utcnow()
            nxt, consumed, counts = _prepare_next(session.connection(), message, domain, pending, now)
            hook = _CommitWhenHandedOver(session)
            try:
                transport = conn.send(cur.row, cur.headers, handed_over=hook)
            except (mailer.TemporaryFailure, mailer.PermanentFailure) as exc:
                rollback_even_if_lost(session)  # the answer was not success, whether or not "sent" was committed
                error = str(exc)[:1000]
                if isinstance(exc, mailer.PermanentFailure):
                    values = ({"status": "failed", "last_error": error}, {"status": "failed", "error": error})
                    outcome = "failed"
                elif attempts >= svc.MAX_ATTEMPTS:
                    values = ({"status": "failed", "last_error": f"gave up after retries: {error}"[:1000]},
                              {"status": "failed", "error": error})
                    outcome = "failed"
                else:
                    delay = svc.BACKOFF_SECONDS[attempts - 1]
                    values = ({"status": "queued", "last_error": error,
                               "next_attempt_at": sent_at + timedelta(seconds=delay)},
                              {"status": "sending", "error": error})
                    retry.append((rid, delay))
                    outcome = "retrying"
                _record(session, rid, row_id, *values)
                committed = hook.called and hook.error is None
            else:
                committed = hook.called and hook.error is None
                if committed:
                    session.commit()  # already committed by the hook; this ends SQLAlchemy's transaction
                else:  # the outbox (no hook), or the commit failed (the database restarted)
                    rollback_even_if_lost(session)
                    sent[1]["transport"] = transport
                    _record(session, rid, row_id, *sent)
                outcome = "sent"
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
            if committed:
                _add(outcomes, counts)
            else:  # the next recipient's claim was rolled back with it: claim it again
                pending.extendleft(reversed(consumed))
                nxt, consumed, counts = _prepare_next(session.connection(), message, domain, pending, utcnow())
                session.commit()
                _add(outcomes, counts)
    for rid, delay in retry:
        enqueue_message_batch(message_id, [rid], job_id=f"message-{message_id}-retry-{rid}-{delay}",
                              delay_seconds=delay)
    with session_scope() as session:
        svc.finish_if_done(session=session, message_id=message_id)
    log.info("[job %s] email message %s batch of %s: %s", job_id, message_id, len(recipient_ids), outcomes)
    return outcomes


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
