"""The delivery job for one recorded email."""

from __future__ import annotations

import logging

from rq import get_current_job
from sqlalchemy import update

from jobs import mailer
from models._base import utcnow
from models.messaging import EmailMessage
from prm.db import session_scope

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


def _deliver(email_id: int, job_id: str, *, last_try: bool, quiet: bool = False) -> str:
    with session_scope() as session:
        # Claim the row: only one run of this job (or of a duplicate) ever gets past here.
        claimed = session.exec(
            update(EmailMessage)
            .where(EmailMessage.id == email_id, EmailMessage.status == "queued")
            .values(status="sending", claimed_at=utcnow(), attempts=EmailMessage.attempts + 1)
        )
        session.commit()
        if claimed.rowcount != 1:
            log.info("[job %s] email %s already claimed or delivered; nothing to do", job_id, email_id)
            return "skipped"
        row = session.get(EmailMessage, email_id)
        try:
            transport = mailer.send(row)
        except mailer.TemporaryFailure as exc:
            if last_try:
                row.status, row.error = "failed", f"gave up after retries: {exc}"[:1000]
                session.commit()
                log.warning("[job %s] email %s failed after its last retry: %s", job_id, email_id, exc)
                return "failed"
            row.status, row.error = "queued", str(exc)[:1000]
            session.commit()
            log.warning("[job %s] email %s temporary failure, will retry: %s", job_id, email_id, exc)
            raise
        except mailer.PermanentFailure as exc:
            row.status, row.error = "failed", str(exc)[:1000]
            session.commit()
            log.warning("[job %s] email %s failed: %s", job_id, email_id, exc)
            return "failed"
        row.status, row.transport, row.sent_at, row.error = "sent", transport, utcnow(), ""
        session.commit()
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
