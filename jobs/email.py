"""The delivery job for one recorded email."""

from __future__ import annotations

import logging

from rq import get_current_job
from sqlalchemy import or_, update

from jobs import mailer
from models._base import utcnow
from models.messaging import EmailMessage
from prm.db import commit_through_outage, session_scope
from services.email_messages import stale_claim

log = logging.getLogger("prm.jobs.email")


def deliver_email(email_id: int) -> str:
    job = get_current_job()
    job_id = job.id if job else "inline"
    # On the last of RQ's retries a temporary failure is recorded as failed, not queued for ever.
    return _deliver(email_id, job_id, last_try=job is not None and job.retries_left == 0)


def deliver_emails(email_ids: list[int]) -> dict[str, int]:
    """Deliver a batch of recorded emails (an import's invitations: one job per batch instead
    of one per email). An email that fails temporarily gets its own deliver_email job, with
    the usual retries, starting a little later."""
    from jobs.queues import enqueue_email_delivery

    job = get_current_job()
    job_id = job.id if job else "inline"
    outcomes: dict[str, int] = {}
    for email_id in email_ids:
        try:
            outcome = _deliver(email_id, job_id, last_try=False, quiet=True)
        except mailer.TemporaryFailure:
            enqueue_email_delivery(email_id, delay_seconds=10)
            outcome = "retrying"
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    log.info("[job %s] delivered a batch of %s emails: %s", job_id, len(email_ids), outcomes)
    return outcomes


def _stale_claims():
    """Rows claimed ("sending") longer ago than STALE_CLAIM_SECONDS by a delivery that never
    recorded its outcome: its worker died. Such a row is sent again (its Message-ID unchanged);
    a claim without claimed_at (a to-partner Email's outbox copy, jobs.message_emails) is never
    one of them."""
    return (EmailMessage.status == "sending") & (EmailMessage.claimed_at < utcnow() - stale_claim())


def _deliver(email_id: int, job_id: str, *, last_try: bool, quiet: bool = False) -> str:
    with session_scope() as session:
        # Claim the row: only one run of this job (or of a duplicate) ever gets past here.
        claimed = session.exec(
            update(EmailMessage)
            .where(EmailMessage.id == email_id, or_(EmailMessage.status == "queued", _stale_claims()))
            .values(status="sending", claimed_at=utcnow(), attempts=EmailMessage.attempts + 1)
        )
        session.commit()
        if claimed.rowcount != 1:
            log.info("[job %s] email %s already claimed or delivered; nothing to do", job_id, email_id)
            return "skipped"
        row = session.get(EmailMessage, email_id)

        def record(**values) -> None:
            # The server has answered: the outcome is written through a database restart, or the
            # claim would go stale and a sent email be sent again.
            commit_through_outage(
                session, lambda s: s.exec(update(EmailMessage).where(EmailMessage.id == email_id).values(**values)),
                give_up_after=stale_claim().total_seconds() / 2, what=f"email {email_id} [job {job_id}]", log=log)

        try:
            transport = mailer.send(row)
        except mailer.TemporaryFailure as exc:
            if last_try:
                record(status="failed", error=f"gave up after retries: {exc}"[:1000])
                log.warning("[job %s] email %s failed after its last retry: %s", job_id, email_id, exc)
                return "failed"
            record(status="queued", error=str(exc)[:1000])
            log.warning("[job %s] email %s temporary failure, will retry: %s", job_id, email_id, exc)
            raise
        except mailer.PermanentFailure as exc:
            record(status="failed", error=str(exc)[:1000])
            log.warning("[job %s] email %s failed: %s", job_id, email_id, exc)
            return "failed"
        record(status="sent", transport=transport, sent_at=utcnow(), error="")
        # A batch logs its outcome once; one line per email of 100k would drown the rest.
        log.log(logging.DEBUG if quiet else logging.INFO, "[job %s] email %s sent via %s",
                job_id, email_id, transport)
        return "sent"


def requeue_queued_emails(limit: int = 10000) -> int:
    """Enqueue a delivery for every email still 'queued' (recorded while no queue was there to
    take it: Redis down, or written by another process in the embedded mode). Safe to run at
    any time: a delivery that runs twice is a no-op."""
    from sqlmodel import select

    from jobs.queues import enqueue_email_delivery

    with session_scope() as session:
        ids = session.exec(
            select(EmailMessage.id).where(EmailMessage.status == "queued")
            .order_by(EmailMessage.id).limit(limit)
        ).all()
    for email_id in ids:
        enqueue_email_delivery(email_id)
    if ids:
        log.info("re-enqueued %s queued emails", len(ids))
    return len(ids)


def sweep_emails(limit: int = 1000) -> int:
    """Periodic: enqueue a delivery for the emails whose job is gone — still queued a
    STALE_CLAIM_SECONDS after they were recorded with no delivery job of their own waiting
    (Redis restarted and lost it, or the worker was killed between recording and enqueueing),
    or claimed by a delivery whose worker died (a stale "sending"). The to-partner Email's
    copies are swept with their recipients (jobs.message_emails). Safe to run at any time: a
    delivery claims its row, so one that runs twice sends once."""
    from sqlmodel import select

    from jobs.queues import EMAILS, active_job_ids, enqueue_email_delivery

    old = utcnow() - stale_claim()
    with session_scope() as session:
        ids = session.exec(
            select(EmailMessage.id).where(
                or_((EmailMessage.status == "queued") & (EmailMessage.created_at < old), _stale_claims()),
                EmailMessage.template != "to_partner_email")
            .order_by(EmailMessage.id).limit(limit)
        ).all()
    if not ids:
        return 0
    active = active_job_ids(EMAILS, "email-")
    lost = [i for i in ids if f"email-{i}" not in active]
    for email_id in lost:
        enqueue_email_delivery(email_id)
    if lost:
        log.warning("enqueued again %s emails whose delivery job was lost", len(lost))
    return len(lost)
