"""Periodic jobs. The lead workflows run every WORKFLOW_INTERVAL seconds: each run schedules
the next one for the next slot of the clock, with the slot in its job id, so however many
app processes and workers start the chain, each slot has one job (and a duplicate run would
be harmless: every step claims its lead with a conditional UPDATE)."""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime

from rq import get_current_job
from rq.job import Job

from jobs.queues import DEFAULT, get_connection, get_queue
from prm.db import session_scope

log = logging.getLogger("prm.jobs.schedules")

WORKFLOW_INTERVAL = 300


def schedule_lead_workflows(now: float | None = None) -> str:
    """Schedule the lead workflows for the next slot (unless that slot has its job already)."""
    slot = int((now if now is not None else time.time()) // WORKFLOW_INTERVAL) + 1
    job_id = f"lead-workflows-{slot}"
    if not Job.exists(job_id, connection=get_connection()):
        get_queue(DEFAULT).enqueue_at(
            datetime.fromtimestamp(slot * WORKFLOW_INTERVAL, UTC), "jobs.schedules.run_lead_workflows",
            job_id=job_id, job_timeout=1800, result_ttl=3600, failure_ttl=7 * 86400)
    return job_id


def run_lead_workflows(reschedule: bool = True) -> dict[str, int]:
    """Recall lapsed leads and send the due reminders (services.lead_workflows), then
    schedule the next run."""
    from services.lead_workflows import run_lead_workflows as run

    job = get_current_job()
    job_id = job.id if job else "inline"
    try:
        with session_scope() as session:
            done = run(session=session)
        if any(done.values()):
            log.info("[job %s] lead workflows: %s", job_id, done)
        return done
    finally:
        if reschedule:
            schedule_lead_workflows()
