"""Delivering lead changes to the supplier's CRM: one signed POST per webhook_delivery row.

A run claims its row with a conditional UPDATE (pending/retrying, due, and no earlier delivery
of the same lead still unfinished), so running a job twice, or two workers at once, sends
nothing twice, and a lead's changes arrive in order: a later change waits until the earlier
one is delivered or has failed for good. The job does one attempt; a temporary failure
(connection error, timeout, 408/425/429, 5xx) schedules the next attempt with exponential
backoff, up to MAX_ATTEMPTS; any other answer fails the delivery at once (Redeliver sends it
again). Delivery is at least once: a worker killed mid-POST retries it, and the receiver
tells duplicates apart by X-PRM-Event-Id.
"""

from __future__ import annotations

import http.client
import json
import logging
import ssl
from datetime import timedelta
from urllib.parse import urlsplit

from rq import get_current_job
from sqlalchemy import exists, update
from sqlalchemy.orm import aliased
from sqlmodel import select

from models._base import utcnow
from models.integrations import WEBHOOK_UNFINISHED, WebhookDelivery, WebhookEndpoint
from prm.db import session_scope
from services import lead_api, webhooks

log = logging.getLogger("prm.jobs.webhooks")

TIMEOUT_SECONDS = 10.0
# A delivery claimed longer ago than a job may run (job_timeout 60 s) was interrupted.
STALE_CLAIM = timedelta(minutes=5)
# The sweep only enqueues deliveries this overdue: ones due just now have a job on the way.
SWEEP_GRACE_SECONDS = 60
RETRYABLE_STATUSES = {408, 425, 429}
USER_AGENT = "PartnerHub-Webhooks/1"


class _Temporary(Exception):
    pass


def post(url: str, body: bytes, headers: dict, timeout: float = TIMEOUT_SECONDS) -> int:
    """POST and return the HTTP status. Redirects are not followed (an answer is an answer);
    network trouble raises _Temporary."""
    parts = urlsplit(url)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    try:
        if parts.scheme == "https":
            conn = http.client.HTTPSConnection(parts.hostname, parts.port, timeout=timeout,
                                               context=ssl.create_default_context())
        else:
            conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
        try:
            conn.request("POST", path, body=body, headers=headers)
            response = conn.getresponse()
            response.read(65536)
            return response.status
        finally:
            conn.close()
    except (OSError, http.client.HTTPException, ValueError) as exc:  # OSError: refused, timeout, TLS
        raise _Temporary(f"{type(exc).__name__}: {exc}"[:400] or type(exc).__name__) from None


def deliver_webhook(delivery_id: int) -> str:
    job = get_current_job()
    job_id = job.id if job else "inline"
    with session_scope() as session:
        now = utcnow()
        earlier = aliased(WebhookDelivery)
        blocked = exists().where(earlier.lead_id == WebhookDelivery.lead_id,
                                 earlier.id < WebhookDelivery.id,
                                 earlier.status.in_(WEBHOOK_UNFINISHED))
        claimed = session.exec(
            update(WebhookDelivery)
            .where(WebhookDelivery.id == delivery_id,
                   WebhookDelivery.status.in_(("pending", "retrying")),
                   WebhookDelivery.next_attempt_at <= now, ~blocked)
            .values(status="delivering", claimed_at=now, attempts=WebhookDelivery.attempts + 1)
            .execution_options(synchronize_session=False)
        )
        session.commit()
        if claimed.rowcount != 1:
            log.info("[job %s] webhook delivery %s is taken, done, not due or waits for an "
                     "earlier change of its lead; nothing to do", job_id, delivery_id)
            return "skipped"
        row = session.get(WebhookDelivery, delivery_id)
        endpoint = session.get(WebhookEndpoint, 1)
        if endpoint is None or not endpoint.enabled or not endpoint.url:
            return _finish(session, row, "failed", None, "Webhooks are turned off.", job_id)
        body = json.dumps(row.payload, separators=(",", ":"), ensure_ascii=False).encode()
        timestamp = int(utcnow().timestamp())
        headers = {
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
            webhooks.EVENT_ID_HEADER: str(row.event_id),
            webhooks.SIGNATURE_HEADER: webhooks.sign(endpoint.signing_secret, timestamp, body),
            "X-PRM-Delivery-Attempt": str(row.attempts),
        }
        try:
            code = post(endpoint.url, body, headers)
        except _Temporary as exc:
            return _retry_or_fail(session, row, None, str(exc), job_id)
        if 200 <= code < 300:
            return _finish(session, row, "delivered", code, "", job_id)
        if code >= 500 or code in RETRYABLE_STATUSES:
            return _retry_or_fail(session, row, code, f"HTTP {code}", job_id)
        return _finish(session, row, "failed", code, f"HTTP {code}: refused, not retried", job_id)


def deliver_webhooks(delivery_ids: list[int]) -> dict[str, int]:
    """deliver_webhook for each of many deliveries (an API batch: one change of each of many
    leads), one after the other."""
    outcomes: dict[str, int] = {}
    for delivery_id in delivery_ids:
        outcome = deliver_webhook(delivery_id)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    return outcomes


def _retry_or_fail(session, row: WebhookDelivery, code: int | None, error: str, job_id: str) -> str:
    if row.attempts >= webhooks.MAX_ATTEMPTS:
        return _finish(session, row, "failed", code,
                       f"gave up after {row.attempts} attempts: {error}", job_id)
    delay = webhooks.RETRY_DELAYS[min(row.attempts, len(webhooks.RETRY_DELAYS)) - 1]
    row.status, row.last_status_code, row.last_error = "retrying", code, error[:500]
    row.next_attempt_at = utcnow() + timedelta(seconds=delay)
    session.commit()
    log.warning("[job %s] webhook delivery %s attempt %s failed (%s); next in %s s",
                job_id, row.id, row.attempts, error, delay)
    _enqueue(row.id, attempt=row.attempts + 1, delay=delay)
    return "retrying"


def _finish(session, row: WebhookDelivery, status: str, code: int | None, error: str, job_id: str) -> str:
    row.status, row.last_status_code, row.last_error = status, code, error[:500]
    if status == "delivered":
        row.delivered_at = utcnow()
    session.commit()
    log.log(logging.INFO if status == "delivered" else logging.WARNING,
            "[job %s] webhook delivery %s %s after %s attempt(s)%s", job_id, row.id, status,
            row.attempts, f": {error}" if error else "")
    # The lead's next change was waiting for this one.
    following = session.exec(
        select(WebhookDelivery)
        .where(WebhookDelivery.lead_id == row.lead_id, WebhookDelivery.id > row.id,
               WebhookDelivery.status.in_(("pending", "retrying")))
        .order_by(WebhookDelivery.id).limit(1)
    ).first()
    if following is not None:
        wait = (following.next_attempt_at - utcnow()).total_seconds()
        _enqueue(following.id, attempt=following.attempts + 1, delay=max(0, int(wait) + 1) if wait > 0 else 0)
    return status


def _enqueue(delivery_id: int, *, attempt: int, delay: int) -> None:
    from jobs.queues import enqueue_webhook_delivery

    try:
        enqueue_webhook_delivery(delivery_id, attempt=attempt, delay_seconds=delay)
    except Exception:  # the sweep picks it up
        log.exception("could not enqueue webhook delivery %s", delivery_id)


_swept_once = False


def sweep_webhook_deliveries() -> int:
    """Every 30 s (jobs.queues.PERIODIC_TASKS): retry deliveries whose worker died mid-attempt,
    and enqueue due deliveries nobody enqueued (a queue that was down, the embedded queue of a
    restarted app). The first sweep of a process takes everything due."""
    global _swept_once
    grace = SWEEP_GRACE_SECONDS if _swept_once else 0
    _swept_once = True
    with session_scope() as session:
        now = utcnow()
        interrupted = session.exec(
            select(WebhookDelivery.id)
            .where(WebhookDelivery.status == "delivering", WebhookDelivery.claimed_at < now - STALE_CLAIM)
            .limit(500)
        ).all()
        if interrupted:
            session.exec(
                update(WebhookDelivery)
                .where(WebhookDelivery.id.in_(interrupted), WebhookDelivery.status == "delivering")
                .values(status="retrying", next_attempt_at=now,
                        last_error="The attempt was interrupted; sending again.")
                .execution_options(synchronize_session=False)
            )
            session.commit()
        due = webhooks.due_deliveries(session=session, overdue_seconds=grace)
    ids = sorted(set(interrupted) | set(due))
    if ids:
        webhooks.enqueue_deliveries(ids)
    return len(ids)


def purge_idempotency_keys() -> int:
    with session_scope() as session:
        return lead_api.purge_idempotency_keys(session=session)
