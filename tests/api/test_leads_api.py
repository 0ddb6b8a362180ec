"""POST and GET /api/v1/leads: API keys, one lead and batches, per-item errors, Idempotency-Key
replays, keyset-paged changes, and JSON answers (never a 500) for whatever is sent."""

from __future__ import annotations

import json

import pytest
from sqlmodel import func, select

from models.integrations import ApiIdempotencyKey
from models.leads import Lead, LeadEvent
from models.messaging import EmailMessage
from services.api_keys import create_api_key, revoke_api_key
from services.auth import login
from services.leads import assign_lead, update_lead_progress
from services.webhooks import save_webhook_endpoint
from tests.factories import PASSWORD

LEAD = {"first_name": "Pat", "last_name": "Jones", "email": "Pat@Acme.example", "company": "Acme",
        "phone": "+1 555 0100", "country": "US", "notes": "Asked for a demo",
        "source_campaign": "Webinar"}


def lead_count(db) -> int:
    db.expire_all()
    return db.exec(select(func.count()).select_from(Lead)).one()


# ---------------------------------------------------------------- authentication


def test_it_requires_an_api_key(db, api_):
    for response in (api_.post(LEAD, key=None), api_.get(key=None)):
        assert response.status_code == 401
        assert response.json()["error"] == "unauthorized"
        assert response.headers["www-authenticate"].startswith("Bearer")
    assert lead_count(db) == 0


@pytest.mark.parametrize("header", ["Bearer nope", "Bearer ", "Basic dXNlcjpwYXNz", "prm_x",
                                    "Bearer prm_00000000_" + "A" * 43, "Token abc"])
def test_a_wrong_key_is_refused(db, api_, header):
    response = api_.post(LEAD, key=None, headers={"Authorization": header})
    assert response.status_code == 401 and response.json()["error"] == "unauthorized"
    assert lead_count(db) == 0


def test_a_revoked_key_is_refused(db, api_):
    assert api_.post(LEAD).status_code == 201
    revoke_api_key(session=db, actor=api_.p.actor(db, api_.p.admin), key_id=api_.key_id)

    assert api_.post(LEAD).status_code == 401
    assert api_.get().status_code == 401
    assert lead_count(db) == 1


def test_it_hides_other_tenants_a_login_session_is_no_api_key(db, api_, client):
    """There is one tenant behind the API (the supplier): a partner's (or an admin's) browser
    session does not get in, as a bearer token or as the cookie."""
    for email, kind in (("alice@northwind.example", "partner"), ("admin@example.com", "supplier_admin")):
        token, _actor = login(session=db, email=email, password=PASSWORD, kind=kind)
        for headers in ({"Authorization": f"Bearer {token}"}, {"Cookie": f"prm_session={token}"}):
            assert client.post("/api/v1/leads", json=LEAD, headers=headers).status_code == 401
            assert client.get("/api/v1/leads", headers=headers).status_code == 401
    assert lead_count(db) == 0


def test_an_api_key_reads_nothing_but_leads(db, api_):
    for path in ("/api/v1/partners", "/api/v1/users", "/api/v1/leads/1", "/api/v1/audit",
                 "/api/v1/webhooks", "/api/v1/api-keys"):
        response = api_.get(path)
        assert response.status_code == 404, path
        assert response.json()["error"] == "not_found"
    assert api_.client.delete("/api/v1/leads", headers=api_.auth).status_code == 405


# ---------------------------------------------------------------- one lead


def test_one_lead_is_created_by_the_api_actor(db, api_):
    response = api_.post(LEAD)

    assert response.status_code == 201
    lead = response.json()["lead"]
    assert lead["status"] == "New" and lead["email"] == "pat@acme.example"
    assert lead["partner_tenant"] is None and lead["owner_email"] is None
    assert lead["type"] == "Distributed" and lead["updated_at"].endswith("Z")
    row = db.get(Lead, lead["id"])
    assert (row.company, row.notes, row.source_campaign) == ("Acme", "Asked for a demo", "Webinar")
    event = db.exec(select(LeadEvent).where(LeadEvent.lead_id == row.id)).one()
    assert event.actor_kind == "api" and event.actor_user_id is None
    prefix = api_.key[:12]
    assert event.actor_label == f"API key Marketing Cloud ({prefix})"
    assert event.note == "Posted to the REST API"


def test_a_lead_for_a_partner_is_assigned_and_its_lead_owners_notified(db, api_):
    response = api_.post({**LEAD, "partner": "northwind"})

    assert response.status_code == 201
    lead = response.json()["lead"]
    assert (lead["partner_tenant"], lead["partner_name"]) == ("northwind", "Northwind Traders")
    emails = db.exec(select(EmailMessage).where(EmailMessage.template == "new_lead")).all()
    assert {e.to_email for e in emails} == {"alice@northwind.example"}
    fields = [e.field for e in db.exec(select(LeadEvent).where(LeadEvent.lead_id == lead["id"])
                                       .order_by(LeadEvent.id)).all()]
    assert fields == ["created", "partner"]


@pytest.mark.parametrize("body, field", [
    ({"first_name": "Pat"}, "company"),
    ({"company": "Acme"}, "last_name"),
    ({**LEAD, "email": "not-an-email"}, "email"),
    ({**LEAD, "phone": 5550100}, "phone"),
    ({**LEAD, "company": ["Acme"]}, "company"),
    ({**LEAD, "first_name": "x" * 101}, "first_name"),
    ({**LEAD, "notes": "a\x00b"}, "notes"),
    ({**LEAD, "last_name": "Jo\nnes"}, "last_name"),
    ({**LEAD, "company": "\ud800"}, "company"),
    ({**LEAD, "partner": "no-such-partner"}, "partner"),
    ({**LEAD, "partner": "x" * 5000}, "partner"),
    ({**LEAD, "firstname": "Pat"}, "firstname"),
])
def test_one_invalid_lead_gets_its_field_errors(db, api_, body, field):
    response = api_.post(body)

    assert response.status_code == 422
    assert response.json()["error"] == "invalid_lead"
    assert field in response.json()["errors"]
    assert lead_count(db) == 0


def test_a_lead_for_an_inactive_partner_is_refused(db, api_):
    api_.p.contoso.status = "inactive"
    db.commit()
    response = api_.post({**LEAD, "partner": "contoso"})
    assert response.status_code == 422 and "partner" in response.json()["errors"]


def test_null_fields_are_empty(db, api_):
    response = api_.post({**LEAD, "phone": None, "notes": None})
    assert response.status_code == 201 and response.json()["lead"]["phone"] == ""


# ---------------------------------------------------------------- batches


def test_a_batch_creates_the_valid_leads_and_reports_the_others_by_index(db, api_):
    response = api_.post({"leads": [
        LEAD,
        {"first_name": "No company"},
        {**LEAD, "company": "Beta", "partner": "contoso"},
        "not an object",
        {**LEAD, "email": "bad"},
    ]})

    assert response.status_code == 207
    body = response.json()
    assert (body["created"], body["invalid"]) == (2, 3)
    results = body["results"]
    assert [(r["index"], r["status"]) for r in results] == [
        (0, "created"), (1, "invalid"), (2, "created"), (3, "invalid"), (4, "invalid")]
    assert results[1]["errors"] == {"company": "Enter the company."}
    assert "lead" in results[3]["errors"] and "email" in results[4]["errors"]
    assert {db.get(Lead, r["id"]).company for r in results if r["status"] == "created"} == {"Acme", "Beta"}
    assert lead_count(db) == 2


def test_a_batch_of_1000_is_created_and_1001_refused(db, api_):
    leads = [{"first_name": f"Lead{i}", "last_name": "Bulk", "company": f"Bulk {i} Ltd"}
             for i in range(1001)]

    too_many = api_.post({"leads": leads})
    assert too_many.status_code == 413
    assert too_many.json()["error"] == "batch_too_large"
    assert "at most 1000" in too_many.json()["message"] and "1001" in too_many.json()["message"]
    assert lead_count(db) == 0

    response = api_.post({"leads": leads[:1000]})
    assert response.status_code == 200
    assert response.json()["created"] == 1000 and response.json()["invalid"] == 0
    assert [r["index"] for r in response.json()["results"]] == list(range(1000))
    assert lead_count(db) == 1000


@pytest.mark.parametrize("body", [{"leads": []}, {"leads": "x"}, {"leads": {"company": "A"}},
                                  {"leads": [LEAD], "extra": 1}, [LEAD], "lead", 42, None])
def test_a_body_that_is_neither_a_lead_nor_a_batch_is_refused(db, api_, body):
    response = api_.post(content=json.dumps(body).encode(), body=None)
    assert response.status_code == 422 and response.json()["error"] == "invalid_body"
    assert lead_count(db) == 0


def test_a_batch_of_leads_writes_one_webhook_delivery_per_change(db, api_):
    from models.integrations import WebhookDelivery

    save_webhook_endpoint(session=db, actor=api_.p.actor(db, api_.p.admin),
                          url="http://127.0.0.1:9/hook", enabled=True)
    api_.post({"leads": [LEAD, {**LEAD, "partner": "northwind"}]})
    rows = db.exec(select(WebhookDelivery).order_by(WebhookDelivery.id)).all()
    assert [(r.field, r.payload["actor"]["kind"]) for r in rows] == [
        ("created", "api"), ("created", "api"), ("partner", "api")]


# ---------------------------------------------------------------- Idempotency-Key


def test_the_same_idempotency_key_and_body_replay_the_answer_and_create_nothing(db, api_):
    body = {"leads": [LEAD, {"first_name": "x"}]}
    first = api_.post(body, idempotency_key="order-2026-0001")
    # The same content with other key order and spacing is the same request.
    again = api_.post(content=json.dumps({"leads": [dict(reversed(list(LEAD.items()))),
                                                    {"first_name": "x"}]}, indent=2).encode(),
                      idempotency_key="order-2026-0001")

    assert first.status_code == again.status_code == 207
    assert again.json() == first.json()
    assert again.headers["idempotent-replayed"] == "true"
    assert "idempotent-replayed" not in first.headers
    assert lead_count(db) == 1


def test_a_replayed_single_lead_answers_as_the_first_time(db, api_):
    first = api_.post(LEAD, idempotency_key="k-1")
    again = api_.post(LEAD, idempotency_key="k-1")
    assert (first.status_code, again.status_code) == (201, 201)
    assert first.json() == again.json()
    invalid = api_.post({"first_name": "x"}, idempotency_key="k-2")
    assert api_.post({"first_name": "x"}, idempotency_key="k-2").json() == invalid.json()
    assert lead_count(db) == 1


def test_the_same_idempotency_key_with_another_body_is_refused(db, api_):
    api_.post(LEAD, idempotency_key="k-1")
    response = api_.post({**LEAD, "company": "Other"}, idempotency_key="k-1")
    assert response.status_code == 422
    assert response.json()["error"] == "idempotency_key_reused"
    assert "different request body" in response.json()["message"]
    assert lead_count(db) == 1


def test_idempotency_keys_belong_to_one_api_key(db, api_):
    other = create_api_key(session=db, actor=api_.p.actor(db, api_.p.admin), name="Other system")
    assert api_.post(LEAD, idempotency_key="shared").status_code == 201
    assert api_.post(LEAD, idempotency_key="shared", key=other["key"]).status_code == 201
    assert lead_count(db) == 2


def test_without_an_idempotency_key_every_post_creates(db, api_):
    api_.post(LEAD)
    api_.post(LEAD)
    assert lead_count(db) == 2


@pytest.mark.parametrize("value", ["", "has space", "x" * 256, "naïve"])
def test_a_malformed_idempotency_key_is_refused(db, api_, value):
    response = api_.post(LEAD, headers={"Idempotency-Key": value.encode("utf-8")})
    assert response.status_code == 400 and response.json()["error"] == "invalid_idempotency_key"
    assert lead_count(db) == 0


def test_refused_requests_are_not_remembered(db, api_):
    assert api_.post({"leads": []}, idempotency_key="k").status_code == 422
    assert api_.post(LEAD, idempotency_key="k").status_code == 201


def test_old_idempotency_keys_are_purged(db, api_, frozen_clock):
    from services.lead_api import purge_idempotency_keys

    api_.post(LEAD, idempotency_key="old")
    frozen_clock.advance(days=8)
    api_.post(LEAD, idempotency_key="new")
    assert purge_idempotency_keys(session=db) == 1
    assert [r.key for r in db.exec(select(ApiIdempotencyKey)).all()] == ["new"]


# ---------------------------------------------------------------- never a 500


@pytest.mark.parametrize("content", [b"", b"{", b"not json", b"\xff\xfe", b'{"a":', b"[" * 100000,
                                     b'{"company": "A"} trailing', b"\x00"])
def test_malformed_json_is_a_400_and_saves_nothing(db, api_, content):
    response = api_.post(content=content, idempotency_key="k")
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_json"
    assert lead_count(db) == 0
    assert db.exec(select(ApiIdempotencyKey)).all() == []


@pytest.mark.parametrize("body", [
    {"company": {"nested": [1, 2]}}, {"company": 1e308}, {"company": True}, {"": ""},
    {"company": "NaN"}, {"leads": [None, [], {}, {"company": None}]}, {"x" * 10000: "y"},
    {"company": "Acme", "first_name": "\u202e\ufeff", "email": "a@b.c" * 100},
    {"leads": [{"partner": None, "company": "A", "last_name": "B"}]},
    {"company": "A", "last_name": "B", "partner": "\x00"},
])
def test_odd_input_never_causes_a_server_error(db, api_, body):
    response = api_.post(body)
    assert response.status_code in (200, 201, 207, 422), response.text
    assert response.headers["content-type"] == "application/json"


def test_a_body_over_the_size_limit_is_refused(db, api_, monkeypatch):
    import prm.api

    monkeypatch.setattr(prm.api, "MAX_BODY_BYTES", 1000)
    response = api_.post({"leads": [LEAD] * 20})
    assert response.status_code == 413 and response.json()["error"] == "body_too_large"


def test_a_failure_inside_is_a_json_500_and_leaves_nothing_behind(db, api_, monkeypatch):
    import services.lead_api

    def broken(**kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(services.lead_api, "notify_new_lead", broken)
    monkeypatch.setattr(services.lead_api, "create_lead", broken)
    response = api_.post(LEAD)
    assert response.status_code == 500 and response.json()["error"] == "server_error"
    assert lead_count(db) == 0


# ---------------------------------------------------------------- GET ?updated_since=


def test_changes_are_paged_oldest_first_with_a_cursor(db, api_, frozen_clock):
    ids = []
    for i in range(5):
        ids.append(api_.post({**LEAD, "company": f"Co {i}"}).json()["lead"]["id"])
        frozen_clock.advance(minutes=1)

    first = api_.get(updated_since="2026-06-01T12:00:00Z", limit="2").json()
    second = api_.get(cursor=first["next_cursor"], limit="2").json()
    third = api_.get(cursor=second["next_cursor"], limit="2").json()

    assert [lead["id"] for lead in first["leads"] + second["leads"] + third["leads"]] == ids
    assert (first["has_more"], second["has_more"], third["has_more"]) == (True, True, False)
    # The last page's cursor is where a poller starts next time: only newer changes come.
    assert api_.get(cursor=third["next_cursor"]).json() == {
        "leads": [], "has_more": False, "next_cursor": third["next_cursor"]}
    update_lead_progress  # noqa: B018 - (partners' changes are covered below)
    assign_lead(session=db, actor=api_.p.actor(db, api_.p.admin), lead_id=ids[1],
                partner_account_id=api_.p.northwind.id)
    frozen_clock.advance(minutes=1)
    later = api_.get(cursor=third["next_cursor"]).json()
    assert [(lead["id"], lead["partner_tenant"]) for lead in later["leads"]] == [(ids[1], "northwind")]


def test_updated_since_filters_and_each_lead_shows_its_current_state(db, api_, frozen_clock):
    old = api_.post({**LEAD, "company": "Old"}).json()["lead"]["id"]
    frozen_clock.advance(hours=1)
    new = api_.post({**LEAD, "company": "New", "partner": "northwind"}).json()["lead"]["id"]
    alice = api_.p.actor(db, api_.p.alice)
    from services.leads import accept_lead

    accept_lead(session=db, actor=alice, lead_id=new)
    update_lead_progress(session=db, actor=alice, lead_id=new, status="Qualified",
                         opportunity_amount="9,999.5", opportunity_stage="Proposal",
                         close_date="2026-12-31")
    frozen_clock.advance(minutes=1)

    page = api_.get(updated_since="2026-06-01T12:30:00+00:00").json()

    assert [lead["id"] for lead in page["leads"]] == [new]
    lead = page["leads"][0]
    assert (lead["status"], lead["partner_tenant"], lead["owner_email"]) == (
        "Qualified", "northwind", "alice@northwind.example")
    assert (lead["opportunity_amount"], lead["opportunity_stage"], lead["close_date"]) == (
        "9999.50", "Proposal", "2026-12-31")
    assert lead["updated_at"] == "2026-06-01T13:00:00Z"
    # No offset: UTC. Without updated_since: from the first lead.
    assert [x["id"] for x in api_.get(updated_since="2026-06-01T12:30:00").json()["leads"]] == [new]
    assert [x["id"] for x in api_.get().json()["leads"]] == [old, new]


def test_a_change_shows_after_a_few_seconds(db, api_, frozen_clock):
    """So that a change stamped just before a poll but committed just after it is not skipped."""
    api_.post(LEAD)
    assert api_.get().json()["leads"] == []
    frozen_clock.advance(seconds=5)
    assert len(api_.get().json()["leads"]) == 1


@pytest.mark.parametrize("params, code", [
    ({"updated_since": "yesterday"}, "invalid_updated_since"),
    ({"updated_since": "2026-13-01"}, "invalid_updated_since"),
    ({"updated_since": "9999-12-31T23:59:59-14:00"}, "invalid_updated_since"),
    ({"updated_since": "\x00"}, "invalid_updated_since"),
    ({"limit": "0"}, "invalid_limit"),
    ({"limit": "1001"}, "invalid_limit"),
    ({"limit": "ten"}, "invalid_limit"),
    ({"limit": "9" * 50}, "invalid_limit"),
    ({"cursor": "garbage!"}, "invalid_cursor"),
    ({"cursor": "MjAyNnwx"}, "invalid_cursor"),
    ({"cursor": "x" * 300}, "invalid_cursor"),
])
def test_bad_parameters_are_a_400(db, api_, params, code):
    response = api_.get(**params)
    assert response.status_code == 400 and response.json()["error"] == code


def test_the_far_past_and_a_date_alone_are_fine(db, api_, frozen_clock):
    api_.post(LEAD)
    frozen_clock.advance(minutes=1)
    for since in ("0001-01-01T00:00:00Z", "2026-06-01", "2026-06-01T12:00:00.000000+00:00"):
        response = api_.get(updated_since=since)
        assert response.status_code == 200 and len(response.json()["leads"]) == 1, since
    assert api_.get(updated_since="2030-01-01T00:00:00Z").json()["leads"] == []


def test_the_limit_caps_a_page(db, api_, frozen_clock):
    api_.post({"leads": [{**LEAD, "company": f"C{i}"} for i in range(30)]})
    frozen_clock.advance(minutes=1)
    page = api_.get(limit="25").json()
    assert len(page["leads"]) == 25 and page["has_more"] is True
    assert len(api_.get().json()["leads"]) == 30  # default 100


def test_two_requests_racing_with_one_idempotency_key_create_once(db, api_):
    from concurrent.futures import ThreadPoolExecutor

    from starlette.testclient import TestClient

    from prm.api import api

    body = json.dumps({"leads": [{**LEAD, "company": f"Race {i}"} for i in range(50)]}).encode()

    def post(_):
        with TestClient(api) as client:
            return client.post("/api/v1/leads", content=body, headers={
                **api_.auth, "Idempotency-Key": "race", "Content-Type": "application/json"})

    with ThreadPoolExecutor(4) as pool:
        responses = list(pool.map(post, range(4)))

    assert {r.status_code for r in responses} == {200}
    assert len({json.dumps(r.json(), sort_keys=True) for r in responses}) == 1
    assert sum(r.headers.get("idempotent-replayed") == "true" for r in responses) == 3
    assert lead_count(db) == 50
