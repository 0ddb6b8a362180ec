"""jobs.webhooks: lead changes POSTed to a real local HTTP receiver that checks each
X-PRM-Signature, fails when told to, and records the order it got them in. Retries run on a
frozen clock that the tests move; one test runs the whole loop with a real RQ worker."""

from __future__ import annotations

from datetime import timedelta

import pytest
from rq.registry import ScheduledJobRegistry
from sqlmodel import Session, select

from jobs import webhooks as webhook_jobs
from jobs.queues import WEBHOOKS, get_queue
from jobs.webhooks import deliver_webhook, deliver_webhooks, sweep_webhook_deliveries
from models.integrations import WebhookDelivery
from prm.db import get_engine
from services import webhooks
from services.leads import accept_lead, assign_lead, create_lead
from services.webhooks import redeliver, save_webhook_endpoint
from tests.factories import personas
from tests.jobs.conftest import free_port, wait_for

LEAD = {"first_name": "Pat", "last_name": "Jones", "email": "pat@acme.example", "company": "Acme"}


@pytest.fixture
def p(db):
    return personas(db)


@pytest.fixture
def hooked(db, p, receiver):
    """The webhook on, pointing at the receiver, which knows the signing secret."""
    saved = save_webhook_endpoint(session=db, actor=p.actor(db, p.admin), url=receiver.url,
                                  enabled=True)
    receiver.secret = saved["new_secret"]
    return receiver


def rows() -> list[WebhookDelivery]:
    with Session(get_engine()) as session:
        return session.exec(select(WebhookDelivery).order_by(WebhookDelivery.id)).all()


def row(delivery_id: int) -> WebhookDelivery:
    with Session(get_engine()) as session:
        return session.get(WebhookDelivery, delivery_id)


def test_a_lead_change_reaches_the_receiver_signed(db, p, hooked, embedded_queue, frozen_clock):
    lead = create_lead(session=db, actor=p.actor(db, p.admin), values=LEAD)
    [delivery] = rows()
    assert get_queue(WEBHOOKS).job_ids == [f"webhook-{delivery.id}-1"]  # enqueued at commit

    assert deliver_webhook(delivery.id) == "delivered"

    [got] = hooked.received
    assert got.signature_ok and got.timestamp == int(frozen_clock.now.timestamp())
    assert got.event_id == delivery.event_id and got.attempt == 1
    assert got.headers["Content-Type"] == "application/json"
    assert got.payload["lead_id"] == lead["id"] and got.payload["field"] == "created"
    assert got.payload["new"] == "New" and got.payload["at"] == "2026-06-01T12:00:00Z"
    assert got.payload["actor"] == {"kind": "user", "name": "Ada Admin"}
    assert got.payload["lead"]["company"] == "Acme" and got.payload["lead"]["status"] == "New"
    done = row(delivery.id)
    assert (done.status, done.attempts, done.last_status_code, done.last_error) == ("delivered", 1, 200, "")
    assert done.delivered_at == frozen_clock.now


def test_delivering_twice_sends_once(db, p, hooked, embedded_queue):
    create_lead(session=db, actor=p.actor(db, p.admin), values=LEAD)
    [delivery] = rows()
    assert deliver_webhook(delivery.id) == "delivered"
    assert deliver_webhook(delivery.id) == "skipped"
    assert deliver_webhooks([delivery.id, delivery.id]) == {"skipped": 2}
    assert len(hooked.received) == 1


def test_a_rotated_secret_signs_the_next_delivery(db, p, hooked, embedded_queue):
    create_lead(session=db, actor=p.actor(db, p.admin), values=LEAD)
    hooked.secret = webhooks.rotate_signing_secret(session=db, actor=p.actor(db, p.admin))["new_secret"]
    deliver_webhook(rows()[0].id)
    assert hooked.received[0].signature_ok


def test_failures_are_retried_with_exponential_backoff(db, p, hooked, embedded_queue, frozen_clock):
    hooked.plan = [500, 503, 502]
    create_lead(session=db, actor=p.actor(db, p.admin), values=LEAD)
    delivery_id = rows()[0].id
    scheduled = ScheduledJobRegistry(queue=get_queue(WEBHOOKS))

    for attempt, (status, delay) in enumerate([(500, 10), (503, 30), (502, 120)], start=1):
        assert deliver_webhook(delivery_id) == "retrying"
        r = row(delivery_id)
        assert (r.status, r.attempts, r.last_status_code, r.last_error) == (
            "retrying", attempt, status, f"HTTP {status}")
        assert r.next_attempt_at == frozen_clock.now + timedelta(seconds=delay)
        assert f"webhook-{delivery_id}-{attempt + 1}" in scheduled.get_job_ids()
        # Not due yet: a run before its time does nothing.
        frozen_clock.advance(seconds=delay - 1)
        assert deliver_webhook(delivery_id) == "skipped"
        frozen_clock.advance(seconds=1)

    assert deliver_webhook(delivery_id) == "delivered"
    assert [r.attempt for r in hooked.received] == [1, 2, 3, 4]
    assert all(r.signature_ok for r in hooked.received)
    # Each attempt is signed at its own time.
    assert len({r.timestamp for r in hooked.received}) == 4
    assert (row(delivery_id).status, row(delivery_id).attempts) == ("delivered", 4)


def test_it_gives_up_after_eight_attempts_and_redeliver_sends_it_again(
        db, p, hooked, embedded_queue, frozen_clock):
    hooked.plan = [503] * 8
    create_lead(session=db, actor=p.actor(db, p.admin), values=LEAD)
    delivery_id = rows()[0].id

    outcomes = []
    for _ in range(8):
        outcomes.append(deliver_webhook(delivery_id))
        frozen_clock.set(row(delivery_id).next_attempt_at)

    assert outcomes == ["retrying"] * 7 + ["failed"]
    failed = row(delivery_id)
    assert failed.status == "failed" and failed.attempts == 8
    assert failed.last_error == "gave up after 8 attempts: HTTP 503"
    assert len(hooked.received) == 8
    # About five hours from the first attempt to the last.
    assert [r.timestamp - hooked.received[0].timestamp for r in hooked.received][-1] == sum(
        webhooks.RETRY_DELAYS)

    redeliver(session=db, actor=p.actor(db, p.admin), delivery_id=delivery_id)
    assert deliver_webhook(delivery_id) == "delivered"
    assert (row(delivery_id).attempts, len(hooked.received)) == (1, 9)


@pytest.mark.parametrize("status", [400, 401, 404, 410, 301])
def test_a_refusal_fails_at_once(db, p, hooked, embedded_queue, status):
    hooked.plan = [status]
    create_lead(session=db, actor=p.actor(db, p.admin), values=LEAD)
    assert deliver_webhook(rows()[0].id) == "failed"
    r = rows()[0]
    assert (r.attempts, r.last_status_code) == (1, status)
    assert r.last_error == f"HTTP {status}: refused, not retried"


@pytest.mark.parametrize("status", [408, 425, 429])
def test_try_later_answers_are_retried(db, p, hooked, embedded_queue, status):
    hooked.plan = [status]
    create_lead(session=db, actor=p.actor(db, p.admin), values=LEAD)
    assert deliver_webhook(rows()[0].id) == "retrying"


def test_a_receiver_that_is_down_is_retried(db, p, embedded_queue, frozen_clock):
    save_webhook_endpoint(session=db, actor=p.actor(db, p.admin),
                          url=f"http://127.0.0.1:{free_port()}/nobody-home", enabled=True)
    lead = create_lead(session=db, actor=p.actor(db, p.admin), values=LEAD)
    assert lead["status"] == "New"  # the change itself never waits for the endpoint

    assert deliver_webhook(rows()[0].id) == "retrying"
    r = rows()[0]
    assert r.last_status_code is None and "ConnectionRefusedError" in r.last_error


def test_a_receiver_that_hangs_times_out_and_is_retried(db, p, hooked, embedded_queue, monkeypatch):
    monkeypatch.setattr(webhook_jobs, "TIMEOUT_SECONDS", 0.3)
    monkeypatch.setattr(webhook_jobs.post, "__defaults__", (0.3,))
    hooked.delay = 1.5
    create_lead(session=db, actor=p.actor(db, p.admin), values=LEAD)

    assert deliver_webhook(rows()[0].id) == "retrying"
    assert "timed out" in rows()[0].last_error


def test_deliveries_fail_while_webhooks_are_turned_off(db, p, hooked, embedded_queue):
    create_lead(session=db, actor=p.actor(db, p.admin), values=LEAD)
    save_webhook_endpoint(session=db, actor=p.actor(db, p.admin), url=hooked.url, enabled=False)
    assert deliver_webhook(rows()[0].id) == "failed"
    assert rows()[0].last_error == "Webhooks are turned off." and hooked.received == []


def test_a_leads_changes_arrive_in_order_while_other_leads_go_ahead(
        db, p, hooked, embedded_queue, frozen_clock):
    admin = p.actor(db, p.admin)
    first = create_lead(session=db, actor=admin, values=LEAD)           # A: created
    other = create_lead(session=db, actor=admin, values={**LEAD, "company": "Beta"})  # B: created
    assign_lead(session=db, actor=admin, lead_id=first["id"], partner_account_id=p.northwind.id)
    accept_lead(session=db, actor=p.actor(db, p.alice), lead_id=first["id"])  # A: partner, status
    a_created, b_created, a_partner, a_accepted = [r.id for r in rows()]
    hooked.plan = [500]  # A's first change fails once

    # A worker takes whatever it is given, in any order.
    assert deliver_webhook(a_accepted) == "skipped"   # waits for A's earlier changes
    assert deliver_webhook(a_created) == "retrying"
    assert deliver_webhook(a_partner) == "skipped"
    assert deliver_webhook(b_created) == "delivered"  # another lead is not held up

    frozen_clock.advance(seconds=10)
    assert deliver_webhook(a_created) == "delivered"
    # Done, it handed on to the lead's next change.
    assert f"webhook-{a_partner}-1" in get_queue(WEBHOOKS).job_ids
    assert deliver_webhook(a_accepted) == "skipped"
    assert deliver_webhook(a_partner) == "delivered"
    assert deliver_webhook(a_accepted) == "delivered"

    events = {r.id: r.event_id for r in rows()}
    assert hooked.event_ids() == [events[a_created], events[b_created], events[a_created],
                                  events[a_partner], events[a_accepted]]
    assert other["id"] != first["id"]


def test_a_failed_delivery_lets_the_next_change_go(db, p, hooked, embedded_queue):
    admin = p.actor(db, p.admin)
    lead = create_lead(session=db, actor=admin, values=LEAD)
    assign_lead(session=db, actor=admin, lead_id=lead["id"], partner_account_id=p.northwind.id)
    created, assigned = [r.id for r in rows()]
    hooked.plan = [400]
    assert deliver_webhook(assigned) == "skipped"
    assert deliver_webhook(created) == "failed"
    assert deliver_webhook(assigned) == "delivered"


def test_the_sweep_retries_interrupted_attempts_and_enqueues_what_nobody_did(
        db, p, hooked, embedded_queue, frozen_clock, monkeypatch):
    admin = p.actor(db, p.admin)
    with monkeypatch.context() as m:  # a queue that was down
        m.setattr(webhooks, "enqueue_deliveries", lambda ids, **kw: None)
        create_lead(session=db, actor=admin, values=LEAD)
        create_lead(session=db, actor=admin, values={**LEAD, "company": "Beta"})
    first, second = [r.id for r in rows()]
    with Session(get_engine()) as session:  # a worker died holding the first one
        r = session.get(WebhookDelivery, first)
        r.status, r.claimed_at, r.attempts = "delivering", frozen_clock.now, 1
        session.commit()
    monkeypatch.setattr(webhook_jobs, "_swept_once", True)

    frozen_clock.advance(seconds=30)
    assert sweep_webhook_deliveries() == 0  # due for only 30 s: its job may be on the way
    frozen_clock.advance(minutes=5)
    assert sweep_webhook_deliveries() == 2
    assert row(first).status == "retrying" and "interrupted" in row(first).last_error
    queued = get_queue(WEBHOOKS).job_ids
    assert queued == [f"webhooks-{first}-2"]
    assert get_queue(WEBHOOKS).fetch_job(queued[0]).args == ([first, second],)


def test_a_batch_of_leads_is_delivered_by_batch_jobs(db, p, hooked, embedded_queue):
    from services.api_keys import authenticate_api_key, create_api_key
    from services.lead_api import post_leads

    key = create_api_key(session=db, actor=p.actor(db, p.admin), name="CRM")["key"]
    actor = authenticate_api_key(session=db, key=key)
    post_leads(session=db, actor=actor, body={"leads": [
        {**LEAD, "company": f"C{i}"} for i in range(120)]})

    queue = get_queue(WEBHOOKS)
    assert len(queue.job_ids) == 3  # 50 + 50 + 20
    for job_id in queue.job_ids:
        job = queue.fetch_job(job_id)
        assert deliver_webhooks(*job.args) == {"delivered": len(job.args[0])}
    assert len(hooked.received) == 120 and all(r.signature_ok for r in hooked.received)
    assert {r.payload["actor"]["kind"] for r in hooked.received} == {"api"}


# ---------------------------------------------------------------- a real RQ worker


def test_a_real_worker_delivers_in_order_and_retries(db, p, redis_queue, rq_worker, receiver):
    saved = save_webhook_endpoint(session=db, actor=p.actor(db, p.admin), url=receiver.url,
                                  enabled=True)
    receiver.secret = saved["new_secret"]
    receiver.plan = [503]  # the first attempt fails; the retry comes 10 s later
    admin = p.actor(db, p.admin)
    lead = create_lead(session=db, actor=admin, values=LEAD, partner_account_id=p.northwind.id)
    accept_lead(session=db, actor=p.actor(db, p.alice), lead_id=lead["id"])

    wait_for(lambda: all(r.status == "delivered" for r in rows()) and len(rows()) == 3,
             timeout=240, what="every delivery to be delivered")  # a bound, not a speed target

    events = [r.event_id for r in rows()]
    assert receiver.event_ids() == [events[0], *events]
    assert [r.attempt for r in receiver.received] == [1, 2, 1, 1]
    assert all(r.signature_ok for r in receiver.received)
    assert rows()[0].attempts == 2
