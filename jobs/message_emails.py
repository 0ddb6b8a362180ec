"""Sending a to-partner Email (seed 002) as RQ jobs.

start_email_message: at the scheduled time, begin_sending snapshots the recipients (one
transaction with the Sending status), then batches of BATCH_SIZE recipients are enqueued.

deliver_message_batch: ONE SMTP connection for the batch. The batch's recipients are claimed
in one conditional UPDATE (queued → sending) committed before anything is sent, so a batch run
twice, or two batches over the same recipients, send nobody twice. Their copies are rendered
and stored in the outbox together; sends are recorded in one UPDATE per RECORD_EVERY answers
(or RECORD_SECONDS), not one commit per message. A job that stops midway (an error, its
timeout) records what was sent and gives the unattempted recipients back to the queue.

Killed midway (SIGKILL): recipients left 'sending' (claimed, answer not recorded) are reclaimed
by sweep_email_messages once their claim is older than STALE_CLAIM, and sent. That is the only
way a recipient can get two copies — when the process died between the server accepting the
message and the commit recording it (at most RECORD_EVERY recipients) — and both copies carry
the same Message-ID (fixed per message and recipient) and the same outbox row, so mail clients
and the receiving servers that dedupe by Message-ID show it once. Nobody is lost: every recipient ends sent, failed or skipped.

SMTP 4xx (or no answer): the recipient goes back to queued with next_attempt_at (backoff) and a
retry job is enqueued for then; after MAX_ATTEMPTS it is failed. 5xx: failed with the answer.
"""

from __future__ import annotations

import logging
import time
from datetime import timedelta

from rq import get_current_job
from sqlalchemy import or_, update
from sqlmodel import select

from jobs import mailer
from models._base import utcnow
from models.accounts import User
from models.messaging import EmailMessage, Message, MessageRecipient
from prm.db import session_scope
from prm.settings import get_settings
from services import email_messages as svc
from services import email_tracking as tracking

log = logging.getLogger("prm.jobs.message_emails")
BATCH_SIZE = 200
RECORD_EVERY = 50  # sends recorded in one commit (see _SentLog)
RECORD_SECONDS = 1.0  # ... or after this long, whichever comes first


def _job_id() -> str:
    job = get_current_job()
    return job.id if job else "inline"


def start_email_message(message_id: int) -> int:
    """Begin sending (if its time has come and it is still Scheduled), then enqueue the
    batches. Safe to run twice: the second run only re-enqueues what is still queued."""
    with session_scope() as session:
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
                (MessageRecipient.status == "sending") & (MessageRecipient.claimed_at < now - svc.STALE_CLAIM)),
        ).order_by(MessageRecipient.id)).all()
    ids = [r[0] for r in rows]
    for start in range(0, len(ids), BATCH_SIZE):
        chunk = ids[start:start + BATCH_SIZE]
        enqueue_message_batch(message_id, chunk, job_id=f"message-{message_id}-batch-{chunk[0]}-"
                              f"{max(a for _, a in rows[start:start + BATCH_SIZE])}")
    return (len(ids) + BATCH_SIZE - 1) // BATCH_SIZE


def _claim_batch(session, recipient_ids: list[int], now) -> list:
    """Claim the batch's recipients in ONE conditional UPDATE (queued, or 'sending' with a stale
    claim → sending), committed before anything is sent. Returns the claimed rows (id, user_id,
    email, name, attempts) in the batch's order; the others are someone else's or done."""
    t = MessageRecipient.__table__
    rows = session.execute(update(t).where(
        t.c.id.in_(recipient_ids),
        or_(t.c.status == "queued", (t.c.status == "sending") & (t.c.claimed_at < now - svc.STALE_CLAIM)),
    ).values(status="sending", claimed_at=now, attempts=t.c.attempts + 1)
        .returning(t.c.id, t.c.user_id, t.c.email, t.c.name, t.c.attempts)).all()
    session.commit()
    order = {rid: i for i, rid in enumerate(recipient_ids)}
    return sorted(rows, key=lambda r: order[r.id])


def _release(session, recipient_ids: list[int]) -> None:
    """Give claimed recipients that were never attempted back to the queue (a job stopping or
    failing midway), so the next run takes them at once instead of after STALE_CLAIM."""
    if recipient_ids:
        session.rollback()
        session.exec(update(MessageRecipient).where(
            MessageRecipient.id.in_(recipient_ids), MessageRecipient.status == "sending",
        ).values(status="queued", claimed_at=None, attempts=MessageRecipient.attempts - 1)
            .execution_options(synchronize_session=False))
        session.commit()


class _Renderer:
    """A recipient's copy of the message: the body's links through the click redirect with
    their token, the open pixel, the footer with their unsubscribe link. The plain-text part
    is derived once per batch (html_to_text of the body tracked with a placeholder token) and
    the recipient's links put in, instead of parsing the HTML again for every recipient."""

    PLACEHOLDER = "0" * 43

    def __init__(self, message: Message):
        self.message = message
        self.domain = get_settings().mail_from.rpartition("@")[2].strip(">") or "localhost"
        self.links = len(tracking.message_links(message.body_html))
        self.text = svc.html_to_text(tracking.tracked_html(message.body_html, self.PLACEHOLDER))

    def outbox_row(self, r, token: str) -> EmailMessage:
        url = svc.unsubscribe_url(r.user_id, self.message.id)
        footer_html = (f'<hr><p style="font-size:12px;color:#666">You receive this because you turned on '
                       f'Supplier Emails. <a href="{url}">Unsubscribe</a></p>')
        footer_text = f"\n\n--\nYou receive this because you turned on Supplier Emails.\nUnsubscribe: {url}\n"
        text = self.text
        for i in range(self.links):
            text = text.replace(tracking.click_url(self.PLACEHOLDER, i), tracking.click_url(token, i))
        return EmailMessage(idempotency_key=_outbox_key(self.message.id, r.user_id), to_email=r.email,
                            to_name=r.name, subject=self.message.title, template="to_partner_email",
                            html_body=tracking.tracked_html(self.message.body_html, token) + footer_html,
                            text_body=text + footer_text,
                            message_id=f"<message-{self.message.id}-user-{r.user_id}@{self.domain}>",
                            status="sending")


def _outbox_key(message_id: int, user_id: int) -> str:
    return f"message:{message_id}:user:{user_id}"


def _outbox_rows(session, message: Message, claimed: list) -> dict[int, EmailMessage]:
    """Each claimed recipient's outbox record (one per message and user: Admin > Outbox shows
    it), made once and reused by a later try, so the Message-ID never changes between tries.
    The batch's missing rows are inserted together in one commit."""
    keys = {r.id: _outbox_key(message.id, r.user_id) for r in claimed}
    existing = {row.idempotency_key: row for row in session.exec(
        select(EmailMessage).where(EmailMessage.idempotency_key.in_(list(keys.values())))).all()}
    missing = [r for r in claimed if keys[r.id] not in existing]
    if missing:
        tokens = tracking.tracking_tokens(session, [r.id for r in missing])
        renderer = _Renderer(message)
        fresh = [renderer.outbox_row(r, tokens[r.id]) for r in missing]
        session.add_all(fresh)
        session.commit()
        existing.update({row.idempotency_key: row for row in fresh})
    return {rid: existing[key] for rid, key in keys.items()}


class _SentLog:
    """Sends recorded together: one UPDATE of the recipients and one of their outbox rows per
    RECORD_EVERY sends (or RECORD_SECONDS), instead of a commit after every message. A process
    killed between the server's answer and that commit leaves those recipients claimed; the
    sweep sends them again once the claim is stale — with the same Message-ID (see above)."""

    def __init__(self, session):
        self.session = session
        self.pending: list[tuple[int, int, int, str]] = []  # (recipient id, outbox id, attempts, transport)
        self.since = 0.0

    def add(self, rid: int, row: EmailMessage, attempts: int, transport: str) -> None:
        if not self.pending:
            self.since = time.monotonic()
        self.pending.append((rid, row.id, attempts, transport))
        if len(self.pending) >= RECORD_EVERY or time.monotonic() - self.since >= RECORD_SECONDS:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        now = utcnow()
        quiet = {"synchronize_session": False}
        self.session.exec(update(MessageRecipient).where(MessageRecipient.id.in_([p[0] for p in self.pending]))
                          .values(status="sent", sent_at=now, last_error="").execution_options(**quiet))
        for attempts, transport in {(p[2], p[3]) for p in self.pending}:
            ids = [p[1] for p in self.pending if (p[2], p[3]) == (attempts, transport)]
            self.session.exec(update(EmailMessage).where(EmailMessage.id.in_(ids)).values(
                status="sent", transport=transport, sent_at=now, error="", attempts=attempts)
                .execution_options(**quiet))
        self.session.commit()
        self.pending.clear()


def _record_failure(session, rid: int, row: EmailMessage, values: dict, outbox: dict) -> None:
    quiet = {"synchronize_session": False}
    session.exec(update(MessageRecipient).where(MessageRecipient.id == rid).values(**values)
                 .execution_options(**quiet))
    session.exec(update(EmailMessage).where(EmailMessage.id == row.id).values(**outbox).execution_options(**quiet))
    session.commit()


def deliver_message_batch(message_id: int, recipient_ids: list[int], stop_after: int | None = None) -> dict:
    """Deliver one batch over one SMTP connection. stop_after (tests) ends the job after that
    many sends, as a job stopping midway does (the rest are given back to the queue)."""
    from jobs.queues import enqueue_message_batch

    job_id = _job_id()
    outcomes: dict[str, int] = {}
    retry: list[tuple[int, int]] = []  # (recipient id, delay)

    def count(outcome: str, n: int = 1) -> None:
        if n:
            outcomes[outcome] = outcomes.get(outcome, 0) + n

    with session_scope() as session, mailer.Connection() as conn:
        message = session.get(Message, message_id)
        if message is None:
            return {}
        claimed = _claim_batch(session, recipient_ids, utcnow())
        count("skipped", len(recipient_ids) - len(claimed))
        # Unsubscribed (or bounced) since sending started: not sent, and said why.
        opted_in = set(session.exec(select(User.id).where(User.id.in_([r.user_id for r in claimed]),
                                                          User.supplier_emails_opt_in.is_(True))).all())
        suppressed = svc.suppressed_among(session, [r.email for r in claimed])
        dropped = [r.id for r in claimed if r.user_id not in opted_in or r.email.strip().lower() in suppressed]
        if dropped:
            session.exec(update(MessageRecipient).where(MessageRecipient.id.in_(dropped)).values(
                status="skipped", last_error="Opted out or suppressed before delivery")
                .execution_options(synchronize_session=False))
            session.commit()
            count("not sent", len(dropped))
        claimed = [r for r in claimed if r.id not in set(dropped)]
        rows = _outbox_rows(session, message, claimed)
        headers_for = {r.id: svc.unsubscribe_headers(r.user_id, message_id) for r in claimed}
        sent = _SentLog(session)
        attempted = 0
        try:
            for r in claimed:
                if stop_after is not None and outcomes.get("sent", 0) >= stop_after:
                    log.warning("[job %s] stopping after %s", job_id, stop_after)
                    sent.flush()
                    _release(session, [c.id for c in claimed[attempted:]])
                    return outcomes
                attempted += 1
                row = rows[r.id]
                now = utcnow()
                try:
                    transport = conn.send(row, headers_for[r.id])
                except mailer.TemporaryFailure as exc:
                    error = str(exc)[:1000]
                    if r.attempts >= svc.MAX_ATTEMPTS:
                        _record_failure(session, r.id, row, dict(status="failed",
                                        last_error=f"gave up after retries: {error}"[:1000]),
                                        dict(status="failed", error=error, attempts=r.attempts))
                        count("failed")
                    else:
                        delay = svc.BACKOFF_SECONDS[r.attempts - 1]
                        _record_failure(session, r.id, row, dict(status="queued", last_error=error,
                                        next_attempt_at=now + timedelta(seconds=delay)),
                                        dict(error=error, attempts=r.attempts))
                        retry.append((r.id, delay))
                        count("retrying")
                except mailer.PermanentFailure as exc:
                    error = str(exc)[:1000]
                    _record_failure(session, r.id, row, dict(status="failed", last_error=error),
                                    dict(status="failed", error=error, attempts=r.attempts))
                    count("failed")
                else:
                    sent.add(r.id, row, r.attempts, transport)
                    count("sent")
            sent.flush()
        except BaseException:
            # Stopping midway (job timeout, an error): what was sent is recorded, the recipients
            # not yet attempted go back to the queue. (A SIGKILL runs none of this: the sweep.)
            try:
                sent.flush()
                _release(session, [c.id for c in claimed[attempted:]])
            except Exception:  # noqa: BLE001 - the original error matters more
                log.exception("[job %s] could not record the batch's state", job_id)
            raise
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
    n = 0
    for mid in due:
        n += start_email_message(mid)
    for mid in sending:
        n += enqueue_due_batches(mid, overdue=svc.STALE_CLAIM)
    return n
