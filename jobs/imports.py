"""The CSV import jobs (Import Invitations, Upload Leads): write the valid rows of one run,
batch by batch.

Safe to run twice and to be killed at any point: each batch claims its rows and commits what
it creates, their emails and the rows' outcomes together, so a re-run goes on with the rows
still "valid" and imports nothing twice. The rules live in services.csv_import and the kind's
module (services.invitation_import, services.lead_import).
"""

from __future__ import annotations

import logging
import queue
import threading
import time

from rq import get_current_job
from sqlmodel import func, select

from jobs.queues import enqueue_email_batch
from models.recruitment import ImportRow
from prm.db import session_scope
from prm.settings import get_settings
from services.bulk import fewer_collections
from services.csv_import import CsvImport, cancel_requested
from services.invitation_import import INVITATIONS
from services.lead_import import LEADS

log = logging.getLogger("prm.jobs.imports")


def import_invitations(run_id: int, batch_size: int | None = None) -> str:
    return _import(INVITATIONS, run_id, batch_size or INVITATIONS.batch_size)


def import_leads(run_id: int, batch_size: int | None = None) -> str:
    return _import(LEADS, run_id, batch_size or LEADS.batch_size)


def _import(kind: CsvImport, run_id: int, batch_size: int) -> str:
    with fewer_collections():
        return _import_run(kind, run_id, batch_size)


def _import_run(kind: CsvImport, run_id: int, batch_size: int) -> str:
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
            _write_ranges(kind, run_id, batch_size, job_id)
            # One connection from the start of the file: what the ranges left (all of it on
            # SQLite, or with IMPORT_CONNECTIONS=1; otherwise nothing, or the rows of a range
            # another run of the job held). A cancel the ranges stopped for ends the run here.
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
                _batch_done(job_id, run_id, handled, email_ids)
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


def _write_ranges(kind: CsvImport, run_id: int, batch_size: int, job_id: str) -> None:
    """On PostgreSQL, with IMPORT_CONNECTIONS above 1: write the file's rows range by range
    (batch_size row numbers each), on that many connections at once, each range a batch of its
    own (claimed, written and committed as the one-connection loop does). A batch's Python work
    (checking its rows, rendering its emails) then runs while the database writes another's;
    one connection leaves one of them idle at a time. The emails of each batch are enqueued
    here, from the job's own thread, once that batch has committed. A cancel stops the ranges
    after the batches under way; the caller's loop then sees it and ends the run."""
    connections = get_settings().import_connections
    with session_scope() as session:
        if connections < 2 or session.connection().dialect.name != "postgresql":
            return
        top = session.exec(select(func.max(ImportRow.row_number)).where(
            ImportRow.run_id == run_id, ImportRow.status == "valid")).one()
    if not top:
        return
    starts = iter(range(0, top, batch_size))
    lock = threading.Lock()
    stop = threading.Event()
    failures: list[BaseException] = []
    done: queue.Queue = queue.Queue()

    def write() -> None:
        try:
            with session_scope() as session:
                while not stop.is_set():
                    with lock:
                        after = next(starts, None)
                    if after is None:
                        return
                    if cancel_requested(session, run_id):
                        stop.set()
                        return
                    handled, email_ids, _last = kind.import_batch(
                        session, run_id, batch_size=batch_size, after=after, upto=after + batch_size)
                    done.put((handled, email_ids))
        except BaseException as exc:  # noqa: BLE001 - handed to the job's thread, which raises it
            failures.append(exc)
            stop.set()

    threads = [threading.Thread(target=write, name=f"import-{run_id}-{n}", daemon=True)
               for n in range(min(connections, -(-top // batch_size)))]
    for t in threads:
        t.start()
    try:
        while any(t.is_alive() for t in threads) or not done.empty():
            try:
                handled, email_ids = done.get(timeout=0.2)
            except queue.Empty:
                continue
            if handled:
                _batch_done(job_id, run_id, handled, email_ids)
    finally:
        # The job itself failed or timed out: the batches under way end (commit or roll back) first.
        stop.set()
        for t in threads:
            t.join()
    if failures:
        raise failures[0]


def _batch_done(job_id: str, run_id: int, handled: int, email_ids: list[int]) -> None:
    """A batch has committed: enqueue its emails and say so in the log."""
    _deliver(email_ids, run_id, str(email_ids[0]) if email_ids else "")
    log.info("[job %s] import run %s: %s rows, %s emails", job_id, run_id, handled, len(email_ids))


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
