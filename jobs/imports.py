"""The Import Invitations job: invite the valid rows of one run, batch by batch.

Safe to run twice and to be killed at any point: each batch claims its rows and commits its
invitations, their emails and the rows' outcomes together, so a re-run goes on with the rows
still "valid" and imports nothing twice. The rules live in services.invitation_import.
"""

from __future__ import annotations

import logging
import time

from rq import get_current_job

from jobs.queues import enqueue_email_batch
from prm.db import session_scope
from services import invitation_import as imports

log = logging.getLogger("prm.jobs.imports")


def import_invitations(run_id: int, batch_size: int = imports.BATCH_SIZE) -> str:
    job = get_current_job()
    job_id = job.id if job else "inline"
    started = time.monotonic()
    with session_scope() as session:
        if not imports.claim_run(session, run_id):
            log.info("[job %s] import run %s is not running (finished or cancelled); nothing to do",
                     job_id, run_id)
            return "skipped"
        log.info("[job %s] import run %s started", job_id, run_id)
        try:
            while True:
                if imports.cancel_requested(session, run_id):
                    _deliver(imports.finish_run(session, run_id, cancelled=True), run_id, "result")
                    log.info("[job %s] import run %s cancelled", job_id, run_id)
                    return "cancelled"
                handled, email_ids = imports.import_batch(session, run_id, batch_size=batch_size)
                if not handled:
                    break
                # After the commit: an email is only sent for an invitation that exists. Emails
                # recorded but not enqueued (a kill right here) go out when a worker starts.
                _deliver(email_ids, run_id, str(email_ids[0]) if email_ids else "")
                log.info("[job %s] import run %s: %s rows, %s invitations", job_id, run_id,
                         handled, len(email_ids))
            _deliver(imports.finish_run(session, run_id), run_id, "result")
        except Exception as exc:
            session.rollback()
            if job is None or not job.retries_left:
                # The last try: end the run with the error rather than leave it running.
                try:
                    error = f"{type(exc).__name__}: {exc}"[:500]
                    _deliver(imports.finish_run(session, run_id, error=error), run_id, "result")
                except Exception:
                    log.exception("[job %s] import run %s: could not record the failure", job_id, run_id)
            log.exception("[job %s] import run %s failed", job_id, run_id)
            raise
    log.info("[job %s] import run %s done in %.1fs", job_id, run_id, time.monotonic() - started)
    return "done"


def _deliver(email_ids: list[int], run_id: int, part: str) -> None:
    if email_ids:
        enqueue_email_batch(email_ids, job_id=f"import-{run_id}-emails-{part}")
