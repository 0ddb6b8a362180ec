"""The CSV import jobs (Import Invitations, Upload Leads): write the valid rows of one run,
batch by batch.

Safe to run twice and to be killed at any point: each batch claims its rows and commits what
it creates, their emails and the rows' outcomes together, so a re-run goes on with the rows
still "valid" and imports nothing twice. The rules live in services.csv_import and the kind's
module (services.invitation_import, services.lead_import).
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.connection
import os
import threading
import time

from rq import get_current_job
from sqlmodel import func, select

from jobs.forked import may_fork, start_child
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
    (batch_size row numbers each) with that many writers at once, each with its own connection,
    each range a batch of its own (claimed, written and committed as the one-connection loop
    does). A batch's Python work (checking its rows, rendering its emails) is most of an
    import's CPU: in threads it waits for the one interpreter lock, so where the job has its
    process to itself (an RQ work horse runs it on the main thread) the writers are processes
    forked from it, and that work runs on every core while PostgreSQL writes the other batches.
    A job run on another thread (the app's embedded worker, beside the web server's threads and
    its in-memory queue) writes with threads: a fork there would copy a server, and what a
    writer enqueued would stay in the copy. The emails of each batch are enqueued here, by the
    job, once that batch has committed. A cancel stops the ranges after the batches under way;
    the caller's loop then sees it and ends the run. A forked writer dies with the job's process
    (killed: its batch under way rolls back); an error in a writer stops the others after their
    batch and is raised here."""
    connections = get_settings().import_connections
    with session_scope() as session:
        if connections < 2 or session.connection().dialect.name != "postgresql":
            return
        top = session.exec(select(func.max(ImportRow.row_number)).where(
            ImportRow.run_id == run_id, ImportRow.status == "valid")).one()
    if not top:
        return
    forked = may_fork()
    ctx = multiprocessing.get_context("fork")
    next_start = ctx.Value("q", 0)  # the row number the next range starts after
    stop = ctx.Event()
    writers: list = []
    results: dict = {}
    for n in range(min(connections, -(-top // batch_size))):
        receive, send = ctx.Pipe(duplex=False)
        args = (kind, run_id, batch_size, top, next_start, stop, send, os.getpid() if forked else None)
        if forked:
            writer = ctx.Process(target=_range_writer, name=f"import-{run_id}-{n}", daemon=True, args=args)
            writer.start()
            send.close()  # the writer's now: its end closing is how the job hears it ended
        else:
            writer = threading.Thread(target=_range_writer, name=f"import-{run_id}-{n}", daemon=True, args=args)
            writer.start()
        writers.append(writer)
        results[receive] = writer
    failure: BaseException | None = None
    try:
        while results:
            for receive in multiprocessing.connection.wait(list(results)):
                try:
                    message = receive.recv()
                except EOFError:  # the writer ended (and said so before, if it failed)
                    results.pop(receive).join()
                    continue
                if message[0] == "batch":
                    if message[1]:
                        _batch_done(job_id, run_id, message[1], message[2])
                elif failure is None:
                    failure = message[1]
                    stop.set()
    finally:
        # The job itself failed or timed out: the batches under way end (commit or roll back) first.
        stop.set()
        for writer in writers:
            writer.join()
    if failure is not None:
        raise failure
    died = [w for w in writers if getattr(w, "exitcode", 0) != 0]  # a thread says why, or ends well
    if died:
        raise RuntimeError(f"an import writer process ended with exit code {died[0].exitcode}")


def _range_writer(kind: CsvImport, run_id: int, batch_size: int, top: int, next_start, stop, send,
                  parent: int | None) -> None:
    """One of _write_ranges' writers (a process forked from `parent`, or a thread when None):
    take the next range until none is left, a cancel is asked for, or another writer failed;
    report each batch (rows handled, emails to enqueue)."""
    if parent is not None:
        start_child(parent)
    try:
        with session_scope() as session:
            while not stop.is_set():
                with next_start.get_lock():
                    after = next_start.value
                    if after >= top:
                        return
                    next_start.value = after + batch_size
                if cancel_requested(session, run_id):
                    stop.set()
                    return
                handled, email_ids, _last = kind.import_batch(
                    session, run_id, batch_size=batch_size, after=after, upto=after + batch_size)
                send.send(("batch", handled, email_ids))
    except BaseException as exc:  # noqa: BLE001 - handed to the job, which raises it
        log.exception("import run %s: a writer failed", run_id)  # with its own traceback
        try:
            send.send(("failed", exc))
        except Exception:  # noqa: BLE001 - an error that cannot be pickled goes as its text
            send.send(("failed", RuntimeError(f"{type(exc).__name__}: {exc}")))
    finally:
        send.close()


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
