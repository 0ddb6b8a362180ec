"""GET /api/v1/openapi.json: an OpenAPI 3.1 document that documents every /api/v1 route and
method, its auth, the Idempotency-Key header and every error the routes answer.
(openapi-spec-validator is not a dependency: the structure is checked here.)"""

from __future__ import annotations

import re

import pytest
from starlette.routing import Route
from starlette.testclient import TestClient

from prm.api import api

HTTP_METHODS = {"get", "post", "put", "patch", "delete"}


@pytest.fixture(autouse=True)
def _database(db):
    """The document lists the program's lead statuses: it reads them from the database."""
    return db


def _document() -> dict:
    with TestClient(api) as client:
        response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    return response.json()


def _refs(node, found=None) -> list[str]:
    found = [] if found is None else found
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                found.append(value)
            else:
                _refs(value, found)
    elif isinstance(node, list):
        for value in node:
            _refs(value, found)
    return found


def test_it_is_served_without_a_key_as_openapi_3_1():
    doc = _document()
    assert doc["openapi"] == "3.1.0"
    assert doc["info"]["title"] and doc["info"]["version"]
    assert doc["components"]["securitySchemes"]["apiKey"] == {
        "type": "http", "scheme": "bearer",
        "description": doc["components"]["securitySchemes"]["apiKey"]["description"]}
    assert doc["security"] == [{"apiKey": []}]


def test_every_api_route_and_method_is_documented():
    doc = _document()
    routes = {r.path: r.methods for r in api.routes
              if isinstance(r, Route) and r.path.startswith("/api/v1/") and "{" not in r.path}
    assert set(routes) == set(doc["paths"])
    assert set(doc["paths"]["/api/v1/leads"]) == {"get", "post"}
    for path, operations in doc["paths"].items():
        for method, operation in operations.items():
            assert method in HTTP_METHODS
            assert operation["responses"] and operation["summary"], (path, method)
            assert re.fullmatch(r"[a-zA-Z]+", operation["operationId"])
            for status in operation["responses"]:
                assert re.fullmatch(r"[1-5]\d\d", status)


def test_every_reference_resolves():
    doc = _document()
    refs = _refs(doc)
    assert refs
    for ref in refs:
        assert ref.startswith("#/")
        node = doc
        for part in ref[2:].split("/"):
            assert part in node, f"{ref} does not resolve"
            node = node[part]


def test_the_lead_routes_document_auth_idempotency_and_errors():
    doc = _document()
    post, get = doc["paths"]["/api/v1/leads"]["post"], doc["paths"]["/api/v1/leads"]["get"]
    assert {"200", "201", "207", "400", "401", "413", "422"} <= set(post["responses"])
    assert {"200", "400", "401"} <= set(get["responses"])
    assert post["parameters"] == [{"$ref": "#/components/parameters/IdempotencyKey"}]
    header = doc["components"]["parameters"]["IdempotencyKey"]
    assert (header["name"], header["in"]) == ("Idempotency-Key", "header")
    assert {p["name"] for p in get["parameters"]} == {"updated_since", "limit", "cursor"}
    schemas = doc["components"]["schemas"]
    assert schemas["LeadBatch"]["properties"]["leads"]["maxItems"] == 1000
    assert set(schemas["LeadInput"]["properties"]) == {
        "first_name", "last_name", "email", "phone", "company", "country", "notes",
        "source_campaign", "partner"}
    assert {"status", "partner_tenant", "owner_email", "opportunity_amount", "opportunity_stage",
            "close_date", "updated_at"} <= set(schemas["Lead"]["required"])
    assert set(schemas["Error"]["required"]) == {"error", "message"}
    assert doc["paths"]["/api/v1/openapi.json"]["get"]["security"] == []


def test_it_describes_the_webhooks_and_their_signature():
    doc = _document()
    hook = doc["webhooks"]["leadChanged"]["post"]
    assert {p["name"] for p in hook["parameters"]} == {"X-PRM-Signature", "X-PRM-Event-Id"}
    assert "HMAC-SHA256" in doc["info"]["description"]
    event = doc["components"]["schemas"]["WebhookEvent"]
    assert set(event["required"]) == {"event_id", "lead_id", "field", "old", "new", "at", "actor", "lead"}


def test_the_documented_lead_fields_match_what_the_api_answers(db):
    from services.leads import create_lead
    from services.webhooks import lead_state
    from tests.factories import personas

    p = personas(db)
    lead = create_lead(session=db, actor=p.actor(db, p.admin), values={"company": "Acme", "last_name": "X"})
    from models.leads import Lead

    state = lead_state(db, db.get(Lead, lead["id"]))
    assert set(state) == set(_document()["components"]["schemas"]["Lead"]["properties"])


def test_the_bounce_route_documents_its_raw_email_body_and_errors():
    post = _document()["paths"]["/api/v1/bounces"]["post"]
    assert set(post["requestBody"]["content"]) == {"message/rfc822"}
    assert {"200", "401", "413", "415", "422"} <= set(post["responses"])


def test_the_lead_status_enum_is_the_programs_list(db):
    from services.lead_statuses import add_lead_status
    from tests.factories import personas

    p = personas(db)
    add_lead_status(session=db, actor=p.actor(db, p.admin), name="Meeting Booked", category="open")
    enum = _document()["components"]["schemas"]["Lead"]["properties"]["status"]["enum"]
    assert enum[0] == "New" and enum[-1] == "Meeting Booked" and "Closed Won" in enum
