"""services/webhooks.py: every lead change writes its webhook delivery in the same
transaction (the outbox), the endpoint settings, the delivery log and Redeliver."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from models.audit import AuditLog
from models.integrations import WebhookDelivery, WebhookEndpoint
from models.leads import Lead, LeadEvent
from services import webhooks
from services.errors import InvalidInput, NotFound, PermissionDenied
from services.leads import (
    accept_lead,
    assign_lead,
    assign_lead_owner,
    create_lead,
    reject_lead,
    update_lead_progress,
)
from services.webhooks import (
    get_webhook_endpoint,
    list_deliveries,
    redeliver,
    rotate_signing_secret,
    save_webhook_endpoint,
    sign,
)
from tests.factories import personas

LEAD = {"first_name": "Pat", "last_name": "Jones", "email": "pat@acme.example", "company": "Acme"}


@pytest.fixture
def p(db):
    return personas(db)


@pytest.fixture
def enqueued(monkeypatch):
    """The delivery ids handed to the queue after each commit."""
    calls: list[int] = []
    monkeypatch.setattr(webhooks, "enqueue_deliveries", lambda ids, **kw: calls.extend(ids))
    return calls


@pytest.fixture
def hook(db, p):
    return save_webhook_endpoint(session=db, actor=p.actor(db, p.admin),
                                 url="https://crm.example.com/hooks/prm", enabled=True)


def deliveries(db) -> list[WebhookDelivery]:
    db.expire_all()
    return db.exec(select(WebhookDelivery).order_by(WebhookDelivery.id)).all()


def test_every_kind_of_lead_change_writes_a_delivery(db, p, hook, enqueued, frozen_clock):
    admin, alice = p.actor(db, p.admin), p.actor(db, p.alice)
    lead = create_lead(session=db, actor=admin, values=LEAD, partner_account_id=p.northwind.id)
    frozen_clock.advance(minutes=1)
    accept_lead(session=db, actor=alice, lead_id=lead["id"])
    update_lead_progress(session=db, actor=alice, lead_id=lead["id"], status="Qualified",
                         opportunity_amount="12500.5", opportunity_stage="Discovery",
                         close_date="2026-09-30")
    assign_lead_owner(session=db, actor=alice, lead_id=lead["id"], user_id=p.bob.id)

    rows = deliveries(db)
    events = db.exec(select(LeadEvent).order_by(LeadEvent.id)).all()
    assert [r.event_id for r in rows] == [e.id for e in events]
    assert [(r.field, r.payload["old"], r.payload["new"]) for r in rows] == [
        ("created", "", "New"), ("partner", "Unassigned", "Northwind Traders"),
        ("status", "New", "Accepted"), ("status", "Accepted", "Qualified"),
        ("opportunity", "—", "12500.50 · Discovery · 2026-09-30"),
        ("owner", p.alice.full_name, p.bob.full_name)]
    assert {r.status for r in rows} == {"pending"} and {r.attempts for r in rows} == {0}
    assert {r.lead_id for r in rows} == {lead["id"]}
    # The snapshot is the lead as the change's transaction left it.
    qualified = rows[3].payload
    assert qualified["actor"] == {"kind": "user", "name": f"{p.alice.full_name} (Northwind Traders)"}
    assert qualified["lead"]["status"] == "Qualified"
    assert qualified["lead"]["opportunity_amount"] == "12500.50"
    assert qualified["lead"]["close_date"] == "2026-09-30"
    assert qualified["lead"]["partner_tenant"] == "northwind"
    assert qualified["lead"]["owner_email"] == "alice@northwind.example"
    assert rows[5].payload["lead"]["owner_email"] == "bob@northwind.example"
    assert rows[0].payload["at"] == "2026-06-01T12:00:00Z"
    assert rows[0].payload["event_id"] == events[0].id and rows[0].payload["lead_id"] == lead["id"]
    # One job per lead and commit: a lead's later changes are handed on by the job before them.
    assert enqueued == [rows[0].id, rows[2].id, rows[3].id, rows[5].id]


def test_reject_and_reassign_are_delivered_too(db, p, hook, enqueued):
    lead = create_lead(session=db, actor=p.actor(db, p.admin), values=LEAD,
                       partner_account_id=p.contoso.id)
    reject_lead(session=db, actor=p.actor(db, p.charlie), lead_id=lead["id"], reason="Not our region")
    assign_lead(session=db, actor=p.actor(db, p.admin), lead_id=lead["id"],
                partner_account_id=p.northwind.id)
    assert [(r.field, r.payload["new"]) for r in deliveries(db)][2:] == [
        ("status", "Rejected"), ("partner", "Northwind Traders"), ("status", "New")]
    assert deliveries(db)[2].payload["note"] == "Not our region"


def test_no_delivery_is_written_while_the_webhook_is_off(db, p, enqueued):
    admin = p.actor(db, p.admin)
    create_lead(session=db, actor=admin, values=LEAD)
    save_webhook_endpoint(session=db, actor=admin, url="https://crm.example.com/h", enabled=False)
    create_lead(session=db, actor=admin, values=LEAD)
    assert deliveries(db) == [] and enqueued == []
    assert len(db.exec(select(LeadEvent)).all()) == 2


def test_a_change_that_is_rolled_back_delivers_nothing(db, p, hook, enqueued):
    lead = create_lead(session=db, actor=p.actor(db, p.admin), values=LEAD,
                       partner_account_id=p.northwind.id)
    before = len(deliveries(db))
    enqueued.clear()
    # Two partner users accept at once: the loser's change is rolled back.
    db.execute(Lead.__table__.update().where(Lead.id == lead["id"]).values(status="Accepted"))
    db.commit()
    with pytest.raises(InvalidInput):
        accept_lead(session=db, actor=p.actor(db, p.alice), lead_id=lead["id"])
    db.add(Lead(company="Unrelated"))
    db.commit()
    assert len(deliveries(db)) == before and enqueued == []


def test_updated_at_moves_with_every_change_even_an_assignment_that_keeps_the_status(
        db, p, hook, enqueued, frozen_clock):
    lead = create_lead(session=db, actor=p.actor(db, p.admin), values=LEAD)
    frozen_clock.advance(hours=1)
    assign_lead(session=db, actor=p.actor(db, p.admin), lead_id=lead["id"],
                partner_account_id=p.northwind.id)
    db.expire_all()
    assert db.get(Lead, lead["id"]).updated_at == frozen_clock.now
    assert deliveries(db)[-1].payload["lead"]["updated_at"] == "2026-06-01T13:00:00Z"


def test_a_lead_change_never_fails_because_the_queue_is_down(db, p, hook, monkeypatch):
    import jobs.queues

    def broken(*args, **kwargs):
        raise ConnectionError("Redis is down")

    monkeypatch.setattr(jobs.queues, "enqueue_webhook_delivery", broken)
    lead = create_lead(session=db, actor=p.actor(db, p.admin), values=LEAD)
    assert lead["status"] == "New"
    assert [r.status for r in deliveries(db)] == ["pending"]  # the sweep sends it later


# ---------------------------------------------------------------- the endpoint settings


def test_the_first_save_makes_a_signing_secret_shown_once(db, p):
    admin = p.actor(db, p.admin)
    assert get_webhook_endpoint(session=db, actor=admin)["url"] == ""

    saved = save_webhook_endpoint(session=db, actor=admin, url=" http://127.0.0.1:8080/in ",
                                  enabled=True)

    assert saved["url"] == "http://127.0.0.1:8080/in" and saved["enabled"] is True
    assert saved["new_secret"].startswith("whsec_") and len(saved["new_secret"]) > 40
    assert db.get(WebhookEndpoint, 1).signing_secret == saved["new_secret"]
    again = save_webhook_endpoint(session=db, actor=admin, url="https://crm.example.com/x",
                                  enabled=False)
    assert again["new_secret"] == "" and again["secret_hint"] == saved["new_secret"][:10] + "…"
    shown = get_webhook_endpoint(session=db, actor=admin)
    assert saved["new_secret"] not in str(shown) and shown["enabled"] is False
    rotated = rotate_signing_secret(session=db, actor=admin)
    assert rotated["new_secret"] not in ("", saved["new_secret"])
    actions = [a.action for a in db.exec(select(AuditLog).order_by(AuditLog.id)).all()]
    assert actions[-3:] == ["webhook_endpoint_saved", "webhook_endpoint_saved", "webhook_secret_rotated"]


@pytest.mark.parametrize("url", ["", "crm.example.com/hook", "ftp://crm.example.com/x",
                                 "javascript:alert(1)", "https://", "https://crm.example.com/a b",
                                 "https://user:pw@crm.example.com/", "https://crm.example.com:99999/",
                                 "https://crm.example.com/\x00", "https://x.example/" + "a" * 2000])
def test_a_bad_endpoint_url_is_refused(db, p, url):
    with pytest.raises(InvalidInput) as exc:
        save_webhook_endpoint(session=db, actor=p.actor(db, p.admin), url=url, enabled=True)
    assert exc.value.fields["url"]
    assert db.get(WebhookEndpoint, 1) is None


def test_only_supplier_admins_configure_webhooks(db, p):
    for actor in (p.actor(db, p.alice), p.actor(db, p.charlie), None):
        for call in (lambda a: get_webhook_endpoint(session=db, actor=a),
                     lambda a: save_webhook_endpoint(session=db, actor=a, url="https://x.example/",
                                                     enabled=True),
                     lambda a: rotate_signing_secret(session=db, actor=a),
                     lambda a: list_deliveries(session=db, actor=a),
                     lambda a: redeliver(session=db, actor=a, delivery_id=1)):
            with pytest.raises(PermissionDenied):
                call(actor)


def test_the_signature_is_hmac_sha256_of_timestamp_dot_body():
    import hashlib
    import hmac

    body = b'{"event_id":1}'
    expected = hmac.new(b"whsec_abc", b"1700000000." + body, hashlib.sha256).hexdigest()
    assert sign("whsec_abc", 1700000000, body) == f"t=1700000000,v1={expected}"


# ---------------------------------------------------------------- the delivery log


def test_the_delivery_log_pages_newest_first_and_filters_by_status(db, p, hook, enqueued, frozen_clock):
    admin = p.actor(db, p.admin)
    for i in range(5):
        create_lead(session=db, actor=admin, values={**LEAD, "company": f"Co {i}"})
        frozen_clock.advance(minutes=1)
    rows = deliveries(db)
    rows[0].status, rows[0].last_status_code, rows[0].last_error = "failed", 400, "HTTP 400: refused"
    db.commit()

    first = list_deliveries(session=db, actor=admin, limit=2)
    second = list_deliveries(session=db, actor=admin, limit=2, cursor=first.next_cursor)
    third = list_deliveries(session=db, actor=admin, limit=2, cursor=second.next_cursor)

    assert [r["company"] for r in first.rows + second.rows + third.rows] == [
        "Co 4", "Co 3", "Co 2", "Co 1", "Co 0"]
    assert third.next_cursor == ""
    assert first.rows[0]["status"] == "Pending" and first.rows[0]["next_attempt"]
    assert first.rows[0]["lead"] == "Pat Jones" and first.rows[0]["field"] == "created"
    failed = list_deliveries(session=db, actor=admin, status="failed")
    assert [(r["company"], r["status"], r["response"], r["can_redeliver"]) for r in failed.rows] == [
        ("Co 0", "Failed", "400 · HTTP 400: refused", "1")]
    with pytest.raises(InvalidInput):
        list_deliveries(session=db, actor=admin, status="bogus")


def test_redeliver_requeues_a_failed_delivery_with_fresh_attempts(db, p, hook, enqueued, frozen_clock):
    admin = p.actor(db, p.admin)
    create_lead(session=db, actor=admin, values=LEAD)
    row = deliveries(db)[0]
    with pytest.raises(InvalidInput, match="Only a failed delivery"):
        redeliver(session=db, actor=admin, delivery_id=row.id)
    row.status, row.attempts, row.next_attempt_at = "failed", 8, frozen_clock.now - timedelta(days=1)
    db.commit()
    enqueued.clear()

    redeliver(session=db, actor=admin, delivery_id=str(row.id))

    row = deliveries(db)[0]
    assert (row.status, row.attempts, row.next_attempt_at) == ("pending", 0, frozen_clock.now)
    assert enqueued == [row.id]
    assert db.exec(select(AuditLog).where(AuditLog.action == "webhook_redelivered")).one()
    for bad in ("x", "0", str(2**40), "12345"):
        with pytest.raises(NotFound):
            redeliver(session=db, actor=admin, delivery_id=bad)
