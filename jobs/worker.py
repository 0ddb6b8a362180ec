"""`make worker`: real RQ workers with the scheduler, on REDIS_URL.

`python -m jobs.worker [queue ...]` runs one worker; `--processes N` (or WORKER_PROCESSES=N)
runs N. Either way they run in a pool that replaces any worker that dies or quits. A job whose
worker died midway is given back to the queue by the periodic recover_abandoned_jobs task and
runs again (every job is safe to run twice)."""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys

from rq import Worker
from rq.worker_pool import WorkerPool

from jobs.email import requeue_queued_emails
from jobs.queues import QUEUE_NAMES, get_connection, retry_abandoned_at_once, run_periodic_tasks
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
    """RQ's worker, quicker to notice a dead peer: a job's heartbeat is renewed every 10 s and
    expires HEARTBEAT_GRACE seconds after it was due (RQ allows a fixed minute), so a job whose
    worker died mid-job is seen as abandoned about 30 s later instead of 90 s; and with a
    30-second maintenance (RQ's default is 10 minutes), run by busy and idle workers alike,
    another worker takes over RQ's scheduler, which runs retries and delayed jobs, soon after
    the one holding it died (its lock expires about a minute after its last refresh). A living
    worker late by more than the grace has its job run a second time, which every job allows."""

    HEARTBEAT_GRACE = 20

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("job_monitoring_interval", 10)
        kwargs.setdefault("maintenance_interval", 30)
        kwargs["exception_handlers"] = [retry_abandoned_at_once, *(kwargs.get("exception_handlers") or [])]
        super().__init__(*args, **kwargs)

    @property
    def dequeue_timeout(self) -> int:
        # An idle worker waits for a job at most this long before its maintenance runs again.
        # RQ waits 405 s: a scheduler lock left by a killed worker was then taken over only
        # minutes later, and retries and delayed jobs waited that long (tests/chaos).
        return max(1, min(self.worker_ttl - 15, self.maintenance_interval))

    def get_heartbeat_ttl(self, job, working_time: float = 0.0) -> int:
        return super().get_heartbeat_ttl(job, working_time) - 60 + self.HEARTBEAT_GRACE


def _import_job_modules() -> None:
    import jobs.bounces
    import jobs.email
    import jobs.imports
    import jobs.message_emails
    import jobs.routing
    import jobs.schedules
    import jobs.webhooks  # noqa: F401 - imported for the work horses forked from this process


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
    # RQ forks a work horse per job: import the job modules here, once, rather than in every
    # horse (an email batch's horse imported its modules itself: 12 ms a job; an import's,
    # pandas: 0.3 s); hand it no pooled connection of ours, and keep the
    # periodic tasks (the webhook sweep) in a process of their own, since a thread holding a
    # lock or a connection at fork time would leave the work horse stuck on it.
    _import_job_modules()
    dispose_engines()
    multiprocessing.Process(target=run_periodic_tasks, args=(os.getpid(),), name="prm-periodic",
                            daemon=True).start()
    # Even one worker runs in a pool: a worker quits on an error of its own (Redis restarted
    # under it, a lost connection while it held a job) and the pool starts another, which
    # connects again; the job it held comes back through recover_abandoned_jobs.
    WorkerPool(queues, connection=get_connection(), num_workers=processes, worker_class=PrmWorker).start()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
