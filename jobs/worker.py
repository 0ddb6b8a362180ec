"""`make worker`: real RQ workers with the scheduler, on REDIS_URL."""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys

from rq import Worker

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


def main() -> int:
    if not get_settings().redis_url:
        print("REDIS_URL is not set: without it the app runs its jobs in-process "
              "(make run); a separate worker needs a Redis server.", file=sys.stderr)
        return 2
    queues = sys.argv[1:] or list(QUEUE_NAMES)
    unknown = [q for q in queues if q not in QUEUE_NAMES]
    if unknown:
        print(f"Unknown queue(s): {', '.join(unknown)}. Queues: {', '.join(QUEUE_NAMES)}.",
              file=sys.stderr)
        return 2
    _log_jobs()
    if "emails" in queues:
        requeue_queued_emails()
    if "default" in queues:
        from jobs.schedules import schedule_lead_workflows

        schedule_lead_workflows()
    # RQ forks a work horse per job: hand it no pooled connection of ours, and keep the
    # periodic tasks (the webhook sweep) in a process of their own, since a thread holding a
    # lock or a connection at fork time would leave the work horse stuck on it.
    dispose_engines()
    multiprocessing.Process(target=run_periodic_tasks, args=(os.getpid(),), name="prm-periodic",
                            daemon=True).start()
    Worker(queues, connection=get_connection()).work(with_scheduler=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
