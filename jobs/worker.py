"""`make worker`: real RQ workers with the scheduler, on REDIS_URL.

`python -m jobs.worker [queue ...]` runs one worker; `--processes N` (or WORKER_PROCESSES=N)
runs a pool of N that replaces any worker that dies. A job whose worker died midway is given
back to the queue by the periodic recover_abandoned_jobs task and runs again (every job is safe
to run twice)."""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys

from rq import Worker
from rq.worker_pool import WorkerPool

from jobs.email import requeue_queued_emails
from jobs.queues import QUEUE_NAMES, get_connection, run_periodic_tasks
from prm.db import dispose_engines
from prm.settings import get_settings


def _log_jobs() -> None:
    """The app's job log lines (each carries its job id) beside RQ's own, on stderr."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s", "%H:%M:%S"))
    logger = logging.getLogger("prm")
    if not logger.handlers:
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False


class PrmWorker(Worker):
    """RQ's worker, quicker to notice a dead peer: with a shorter heartbeat a worker that died
    mid-job is seen about 70 s later instead of 90 s (RQ adds a fixed minute), and with a
    30-second maintenance (RQ's default is 10 minutes) another worker takes over RQ's
    scheduler, which runs retries and delayed jobs, soon after the one holding it died."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("job_monitoring_interval", 10)
        kwargs.setdefault("maintenance_interval", 30)
        super().__init__(*args, **kwargs)


def _parse_args(argv: list[str]) -> tuple[list[str], int] | str:
    processes = os.environ.get("WORKER_PROCESSES", "1")
    queues: list[str] = []
    args = iter(argv)
    for arg in args:
        if arg == "--processes":
            processes = next(args, "")
        elif arg.startswith("--processes="):
            processes = arg.partition("=")[2]
        else:
            queues.append(arg)
    if not processes.isdigit() or not 1 <= int(processes) <= 64:
        return f"--processes wants a number from 1 to 64, not {processes!r}."
    unknown = [q for q in queues if q not in QUEUE_NAMES]
    if unknown:
        return f"Unknown queue(s): {', '.join(unknown)}. Queues: {', '.join(QUEUE_NAMES)}."
    return queues or list(QUEUE_NAMES), int(processes)


JOB_MODULES = ("jobs.email", "jobs.imports", "jobs.message_emails", "jobs.routing", "jobs.schedules",
               "jobs.webhooks")


def _preload_job_modules() -> None:
    from importlib import import_module

    for name in JOB_MODULES:
        import_module(name)


def main() -> int:
    if not get_settings().redis_url:
        print("REDIS_URL is not set: without it the app runs its jobs in-process "
              "(make run); a separate worker needs a Redis server.", file=sys.stderr)
        return 2
    parsed = _parse_args(sys.argv[1:])
    if isinstance(parsed, str):
        print(parsed, file=sys.stderr)
        return 2
    queues, processes = parsed
    _log_jobs()
    if "emails" in queues:
        requeue_queued_emails()
    if "default" in queues:
        from jobs.schedules import schedule_lead_workflows

        schedule_lead_workflows()
    # RQ forks a work horse per job: import the job modules once here, so a work horse starts
    # with them loaded instead of importing them for every job (≈ 0.3 s each, most of a
    # to-partner Email batch's own time), ...
    _preload_job_modules()
    # ... hand it no pooled connection of ours, and keep the
    # periodic tasks (the webhook sweep) in a process of their own, since a thread holding a
    # lock or a connection at fork time would leave the work horse stuck on it.
    dispose_engines()
    multiprocessing.Process(target=run_periodic_tasks, args=(os.getpid(),), name="prm-periodic",
                            daemon=True).start()
    if processes == 1:
        PrmWorker(queues, connection=get_connection()).work(with_scheduler=True)
    else:
        WorkerPool(queues, connection=get_connection(), num_workers=processes,
                   worker_class=PrmWorker).start()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
