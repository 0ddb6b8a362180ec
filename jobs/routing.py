"""Route Unassigned Leads: route the whole Unassigned queue, a batch at a time.

Safe to run twice and to be killed at any point: each batch routes its leads and moves the
run's cursor in one transaction (services.routing.route_unassigned_batch), so a re-run goes on
after the last batch committed and routes nothing twice."""

from __future__ import annotations

import logging

from rq import get_current_job

from prm.db import session_scope
from services.routing import fail_routing_run, route_unassigned_batch

log = logging.getLogger("prm.jobs.routing")


def route_unassigned(run_id: int) -> str:
    job = get_current_job()
    job_id = job.id if job else "inline"
    batches = 0
    with session_scope() as session:
        try:
            while route_unassigned_batch(session=session, run_id=run_id):
                batches += 1
                log.info("[job %s] routing run %s: batch %s done", job_id, run_id, batches)
        except Exception as exc:
            session.rollback()
            log.exception("[job %s] routing run %s failed", job_id, run_id)
            fail_routing_run(session=session, run_id=run_id, error=f"{type(exc).__name__}: {exc}")
            raise
    log.info("[job %s] routing run %s finished after %s batches", job_id, run_id, batches)
    return "done"
