"""The CSV import jobs (Import Invitations, Upload Leads): write the valid rows of one run,
batch by batch.

Safe to run twice and to be killed at any point: each batch claims its rows and commits what
it creates, their emails and the rows' outcomes together, so a re-run goes on with the rows
still "valid" and imports nothing twice. The rules live in services.csv_import and the kind's
module (services.invitation_import, services.lead_import).
"""

from __future__ import annotations

import logging
import time

from rq import get_current_job

from jobs.queues import enqueue_email_batch
from prm.db import session_scope
from services.csv_import import CsvImport, cancel_requested
from services.invitation_import import INVITATIONS
from services.lead_import import LEADS

log = logging.getLogger("prm.jobs.imports")


def import_invitations(run_id: int, batch_size: int | None = None) -> str:
    return _import(INVITATIONS, run_id, batch_size or INVITATIONS.batch_size)


def import_leads(run_id: int, batch_size: int | None = None) -> str:
    return _import(LEADS, run_id, batch_size or LEADS.batch_size)


def _import(kind: CsvImport, run_id: int, batch_size: int) -> str:
    job = get_current_job()
    job_id = job.id if job else "inline"
    started = time.monotonic()
    with session_scope() as session:
        if not kind.claim_run(session, run_id):
            log.info("[job %s] import run %s is not running (finished or cancelled); nothing to do",
                     job_id, run_id)
            return "skipped"
        log.info("[job %s] import run %s started", job_id, run_id)
        try:
            last_row = 0
            while True:
                if cancel_requested(session, run_id):
                    _deliver(kind.finish_run(session, run_id, cancelled=True), run_id, "result")
                    log.info("[job %s] import run %s cancelled", job_id, run_id)
                    return "cancelled"
                handled, email_ids, last_row = kind.import_batch(session, run_id, batch_size=batch_size,
                                                                 after=last_row)
                if not handled:
                    break
                # After the commit: an email is only sent for a record that exists. Emails
                # recorded but not enqueued (a kill right here) go out when a worker starts.
                _deliver(email_ids, run_id, str(email_ids[0]) if email_ids else "")
                log.info("[job %s] import run %s: %s rows, %s emails", job_id, run_id,
                         handled, len(email_ids))
            _deliver(kind.finish_run(session, run_id), run_id, "result")
        except Exception as exc:
            session.rollback()
            if job is None or not job.retries_left:
                # The last try: end the run with the error rather than leave it running.
                try:
                    error = f"{type(exc).__name__}: {exc}"[:500]
                    _deliver(kind.finish_run(session, run_id, error=error), run_id, "result")
                except Exception:
                    log.exception("[job %s] import run %s: could not record the failure", job_id, run_id)
            log.exception("[job %s] import run %s failed", job_id, run_id)
            raise
    log.info("[job %s] import run %s done in %.1fs", job_id, run_id, time.monotonic() - started)
    return "done"


def sweep_import_runs() -> int:
    """Periodic: enqueue again the runs still running whose job is gone — Redis restarted and
    lost its queues, or the job was given up after its worker died on every try. The job goes
    on with the rows still valid. Returns the runs enqueued."""
    from sqlmodel import select

    from jobs.queues import enqueue_import, job_is_active
    from models.recruitment import ImportRun

    jobs = {kind.kind: kind.job for kind in (INVITATIONS, LEADS)}
    with session_scope() as session:
        runs = session.exec(select(ImportRun.id, ImportRun.kind).where(
            ImportRun.status == "running", ImportRun.finished_at.is_(None))).all()
    n = 0
    for run_id, kind in runs:
        if kind in jobs and not job_is_active(f"import-{run_id}"):
            log.warning("import run %s is running without a job; enqueued again", run_id)
            enqueue_import(jobs[kind], run_id)
            n += 1
    return n


def _deliver(email_ids: list[int], run_id: int, part: str) -> None:
    if email_ids:
        enqueue_email_batch(email_ids, job_id=f"import-{run_id}-emails-{part}")
