"""The OpenAPI 3.1 document of /api/v1, served at GET /api/v1/openapi.json.

Written by hand next to the routes (prm/api.py) and checked by tests/api/test_openapi.py:
every route is documented, every $ref resolves, every error answer is described.
"""

from __future__ import annotations

from services.bounces import MAX_REPORT_BYTES
from services.lead_api import (
    DEFAULT_PAGE,
    IDEMPOTENCY_DAYS,
    IDEMPOTENCY_KEY_MAX,
    LEAD_FIELDS,
    MAX_BATCH,
    MAX_PAGE,
    SETTLE_SECONDS,
)
from services.webhooks import MAX_ATTEMPTS

_STR = {"type": "string"}
_NULLABLE_STR = {"type": ["string", "null"]}
_MAX_LENGTHS = {"first_name": 100, "last_name": 100, "email": 254, "phone": 40, "company": 200,
                "country": 80, "notes": 2000, "source_campaign": 200, "partner": 63}


def _error_response(description: str) -> dict:
    return {"description": description,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}


def openapi_document(statuses: list[str] | None = None) -> dict:
    """statuses: the program's lead statuses (Leads > Lead Settings), as the `status` enum."""
    from models.leads import DEFAULT_LEAD_STATUSES

    lead_input = {
        "type": "object",
        "additionalProperties": False,
        "description": "A lead to create. Give a name or an email, and the company. Unknown "
                       "fields are refused (so a misspelt field is not silently lost).",
        "properties": {
            name: {"type": ["string", "null"], "maxLength": _MAX_LENGTHS[name]} for name in LEAD_FIELDS
        },
        "required": ["company"],
    }
    lead_input["properties"]["email"]["format"] = "email"
    # The company is required and may not be blank (found by the schemathesis fuzzing).
    lead_input["properties"]["company"] = {"type": "string", "minLength": 1, "pattern": r"\S",
                                           "maxLength": _MAX_LENGTHS["company"]}
    lead_input["properties"]["partner"]["description"] = (
        "Tenant name of an active partner account: the lead is assigned to it at once and its "
        "Lead Owners are notified. Leave out for an unassigned lead.")
    lead = {
        "type": "object",
        "description": "A lead's current state (also the `lead` of every webhook payload).",
        "properties": {
            "id": {"type": "integer"},
            "type": {"type": "string", "enum": ["Distributed", "Registered"]},
            "status": {"type": "string", "description": "One of the program's lead statuses "
                       "(the supplier configures them; a renamed status is sent under its new name).",
                       "enum": list(statuses or [n for n, _ in DEFAULT_LEAD_STATUSES])},
            "rejection_reason": _STR,
            "partner_tenant": _NULLABLE_STR,
            "partner_name": _NULLABLE_STR,
            "owner_email": _NULLABLE_STR,
            "first_name": _STR, "last_name": _STR, "email": _STR, "phone": _STR,
            "company": _STR, "country": _STR, "source_campaign": _STR,
            "opportunity_amount": {"type": ["string", "null"], "pattern": r"^\d+\.\d{2}$",
                                   "description": "A decimal with two places, as a string."},
            "opportunity_stage": _STR,
            "close_date": {"type": ["string", "null"], "format": "date"},
            "created_at": {"type": "string", "format": "date-time"},
            "updated_at": {"type": "string", "format": "date-time"},
            "status_changed_at": {"type": "string", "format": "date-time"},
        },
        "required": ["id", "status", "partner_tenant", "owner_email", "opportunity_amount",
                     "opportunity_stage", "close_date", "updated_at"],
    }
    item_result = {
        "type": "object",
        "properties": {
            "index": {"type": "integer", "description": "The item's position in `leads`, from 0."},
            "status": {"type": "string", "enum": ["created", "invalid"]},
            "id": {"type": "integer", "description": "The new lead's id (created items)."},
            "errors": {"$ref": "#/components/schemas/FieldErrors"},
        },
        "required": ["index", "status"],
    }
    schemas = {
        "LeadInput": lead_input,
        "LeadBatch": {
            "type": "object",
            "additionalProperties": False,
            "properties": {"leads": {"type": "array", "minItems": 1, "maxItems": MAX_BATCH,
                                     "items": {"$ref": "#/components/schemas/LeadInput"}}},
            "required": ["leads"],
        },
        "Lead": lead,
        "LeadCreated": {"type": "object", "properties": {"lead": {"$ref": "#/components/schemas/Lead"}},
                        "required": ["lead"]},
        "BatchResult": {
            "type": "object",
            "properties": {
                "created": {"type": "integer"},
                "invalid": {"type": "integer"},
                "results": {"type": "array", "items": {"$ref": "#/components/schemas/ItemResult"}},
            },
            "required": ["created", "invalid", "results"],
        },
        "ItemResult": item_result,
        "FieldErrors": {"type": "object", "additionalProperties": {"type": "string"},
                        "description": "Field name → what is wrong with it."},
        "LeadPage": {
            "type": "object",
            "properties": {
                "leads": {"type": "array", "items": {"$ref": "#/components/schemas/Lead"}},
                "has_more": {"type": "boolean",
                             "description": "True: ask again at once with next_cursor."},
                "next_cursor": {"type": ["string", "null"],
                                "description": "Continues after the last lead returned. Store it "
                                               "and poll with it later to get only newer changes."},
            },
            "required": ["leads", "has_more", "next_cursor"],
        },
        "Error": {
            "type": "object",
            "properties": {
                "error": {"type": "string", "description": "A stable code, e.g. unauthorized, "
                          "invalid_json, batch_too_large, idempotency_key_reused, invalid_lead, "
                          "invalid_report."},
                "message": {"type": "string", "description": "What went wrong, for a person."},
                "errors": {"$ref": "#/components/schemas/FieldErrors"},
            },
            "required": ["error", "message"],
        },
        "BounceResult": {
            "type": "object",
            "description": "What the posted message was and what was done, per address.",
            "properties": {
                "report": {"type": "string", "enum": ["delivery-status", "feedback-report",
                                                      "auto-reply", "other"]},
                "ignored": {"type": "boolean", "description": "True: nothing was recorded (an "
                            "auto-reply, no report, a feedback report that is no complaint)."},
                "reason": {"type": "string", "description": "Why it was ignored."},
                "original_message_id": {"type": ["string", "null"],
                                        "description": "The Message-ID of the returned email."},
                "recipients": {"type": "array", "items": {"$ref": "#/components/schemas/BounceRecipient"}},
            },
            "required": ["report", "ignored", "reason", "original_message_id", "recipients"],
        },
        "BounceRecipient": {
            "type": "object",
            "properties": {
                "email": {"type": "string"},
                "outcome": {"type": "string", "enum": ["hard_bounce", "soft_bounce", "complaint",
                                                       "no_bounce"]},
                "detail": {"type": "string", "description": "DSN Status and Diagnostic-Code, or "
                           "the Feedback-Type."},
                "message_id": {"type": ["integer", "null"],
                               "description": "The Email it was about, when its Message-ID is ours."},
                "duplicate": {"type": "boolean", "description": "This report was processed "
                              "before: nothing was recorded again."},
                "suppressed": {"type": "boolean", "description": "The address is suppressed now."},
                "soft_bounces_in_window": {"type": "integer"},
            },
            "required": ["email", "outcome", "detail", "message_id", "duplicate", "suppressed"],
        },
        "WebhookEvent": {
            "type": "object",
            "description": "The body of every webhook POST (see the webhooks section).",
            "properties": {
                "event_id": {"type": "integer"},
                "lead_id": {"type": "integer"},
                "field": {"type": "string", "enum": ["created", "status", "partner", "owner",
                                                     "opportunity"]},
                "old": _STR, "new": _STR, "note": _STR,
                "at": {"type": "string", "format": "date-time"},
                "actor": {"type": "object", "properties": {
                    "kind": {"type": "string", "enum": ["user", "rule", "workflow", "api", "system"]},
                    "name": _STR}},
                "lead": {"$ref": "#/components/schemas/Lead"},
            },
            "required": ["event_id", "lead_id", "field", "old", "new", "at", "actor", "lead"],
        },
    }
    unauthorized = _error_response("No API key, or one that is wrong or revoked.")
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Partner Hub REST API",
            "version": "1.0.0",
            "description": (
                "Post leads from a CRM or marketing-automation system and read back what the "
                "partners did with them; let the mail server post bounces and complaints. "
                "Authenticate with an API key from Admin > "
                "Integrations: `Authorization: Bearer <key>`. Every answer is JSON.\n\n"
                "Lead changes are also pushed to the webhook endpoint set in Admin > "
                "Integrations: a POST with a `WebhookEvent` body, signed with `X-PRM-Signature: "
                "t=<unix time>,v1=<hex HMAC-SHA256(signing secret, \"<t>.<raw body>\")>` and "
                f"identified by `X-PRM-Event-Id`; answer 2xx. Other answers are retried with "
                f"backoff (up to {MAX_ATTEMPTS} attempts) on 408, 425, 429, 5xx and network "
                "errors; a lead's changes arrive in order; delivery is at least once."),
        },
        "servers": [{"url": "/"}],
        "security": [{"apiKey": []}],
        "paths": {
            "/api/v1/leads": {
                "post": {
                    "operationId": "createLeads",
                    "summary": "Create one lead or a batch of leads",
                    "description": (
                        f"One lead object, or `{{\"leads\": [...]}}` with 1 to {MAX_BATCH} leads. A "
                        "batch is not all-or-nothing: valid items are created, invalid ones are "
                        "reported by index with their field errors, in one transaction. With an "
                        "`Idempotency-Key`, repeating the request replays the first answer "
                        "(header `Idempotent-Replayed: true`) and creates nothing."),
                    "parameters": [{"$ref": "#/components/parameters/IdempotencyKey"}],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"oneOf": [
                            {"$ref": "#/components/schemas/LeadInput"},
                            {"$ref": "#/components/schemas/LeadBatch"}]}}},
                    },
                    "responses": {
                        "200": {"description": "A batch: every item created.",
                                "content": {"application/json": {"schema": {
                                    "$ref": "#/components/schemas/BatchResult"}}}},
                        "201": {"description": "One lead: created.",
                                "content": {"application/json": {"schema": {
                                    "$ref": "#/components/schemas/LeadCreated"}}}},
                        "207": {"description": "A batch: some items refused (see results); the "
                                               "others were created.",
                                "content": {"application/json": {"schema": {
                                    "$ref": "#/components/schemas/BatchResult"}}}},
                        "400": _error_response("The body is not JSON, or the Idempotency-Key is "
                                               "malformed."),
                        "401": unauthorized,
                        "413": _error_response(f"More than {MAX_BATCH} leads in a batch, or a body "
                                               "over 8 MiB."),
                        "422": _error_response("One lead with invalid fields (see errors), a body "
                                               "that is neither a lead nor a batch, or an "
                                               "Idempotency-Key used before with another body."),
                    },
                },
                "get": {
                    "operationId": "listLeadChanges",
                    "summary": "Leads changed since a time",
                    "description": (
                        "Leads whose status, partner, owner or opportunity changed (or that were "
                        "created) at or after `updated_since`, oldest change first, each in its "
                        "current state; keyset-paged on (updated_at, id). Page on with "
                        "`next_cursor` while `has_more`; later, poll with the last "
                        f"`next_cursor`. Changes show here {SETTLE_SECONDS} seconds after they "
                        "are made, so that none is ever skipped."),
                    "parameters": [
                        {"name": "updated_since", "in": "query", "required": False,
                         "description": "ISO-8601 date-time, e.g. 2026-06-01T12:00:00Z (without an "
                                        "offset: UTC). Left out: from the first lead.",
                         "schema": {"type": "string", "format": "date-time"}},
                        {"name": "limit", "in": "query", "required": False,
                         "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE,
                                    "default": DEFAULT_PAGE}},
                        {"name": "cursor", "in": "query", "required": False,
                         "description": "next_cursor of an earlier answer; takes the place of "
                                        "updated_since.",
                         "schema": {"type": "string"}},
                    ],
                    "responses": {
                        "200": {"description": "A page of leads.",
                                "content": {"application/json": {"schema": {
                                    "$ref": "#/components/schemas/LeadPage"}}}},
                        "400": _error_response("A malformed updated_since, limit or cursor."),
                        "401": unauthorized,
                    },
                },
            },
            "/api/v1/bounces": {
                "post": {
                    "operationId": "postBounce",
                    "summary": "Post a bounce, complaint or reply that reached the bounce address",
                    "description": (
                        "The raw email, as the mail server received it. RFC 3464 delivery "
                        "status notifications: a failed delivery (5.x.x) suppresses the "
                        "address at once; delays and 4.x.x failures are soft bounces, which "
                        "suppress it after SOFT_BOUNCE_LIMIT within SOFT_BOUNCE_WINDOW_DAYS. "
                        "RFC 5965 feedback reports (abuse, fraud, virus, other) are complaints "
                        "and suppress at once. Auto-replies and other mail are answered as "
                        "ignored. Posting the same report again records nothing new."),
                    "requestBody": {
                        "required": True,
                        "content": {"message/rfc822": {"schema": {
                            "type": "string", "format": "binary",
                            "maxLength": MAX_REPORT_BYTES}}},
                    },
                    "responses": {
                        "200": {"description": "Read; see what was done (or why it was ignored).",
                                "content": {"application/json": {"schema": {
                                    "$ref": "#/components/schemas/BounceResult"}}}},
                        "401": unauthorized,
                        "413": _error_response(f"A body over {MAX_REPORT_BYTES // 2**20} MiB."),
                        "415": _error_response("A Content-Type other than message/rfc822."),
                        "422": _error_response("Not an email message, or a report whose parts "
                                               "are missing or broken (error invalid_report). "
                                               "Nothing was recorded."),
                    },
                },
            },
            "/api/v1/openapi.json": {
                "get": {
                    "operationId": "getOpenApi",
                    "summary": "This document",
                    "security": [],
                    "responses": {"200": {"description": "The OpenAPI document.",
                                          "content": {"application/json": {"schema": {"type": "object"}}}}},
                },
            },
        },
        "components": {
            "securitySchemes": {
                "apiKey": {"type": "http", "scheme": "bearer",
                           "description": "An API key from Admin > Integrations (prm_…)."},
            },
            "parameters": {
                "IdempotencyKey": {
                    "name": "Idempotency-Key", "in": "header", "required": False,
                    "description": f"Any unique string per request (a UUID), kept {IDEMPOTENCY_DAYS} days per API "
                                   "key. The same key with the same body replays the stored "
                                   "answer; with another body it is refused (422).",
                    "schema": {"type": "string", "minLength": 1, "maxLength": IDEMPOTENCY_KEY_MAX},
                },
            },
            "schemas": schemas,
        },
        "webhooks": {
            "leadChanged": {
                "post": {
                    "summary": "A lead changed",
                    "parameters": [
                        {"name": "X-PRM-Signature", "in": "header", "required": True,
                         "schema": {"type": "string", "pattern": r"^t=\d+,v1=[0-9a-f]{64}$"}},
                        {"name": "X-PRM-Event-Id", "in": "header", "required": True,
                         "schema": {"type": "string"}},
                    ],
                    "requestBody": {"content": {"application/json": {"schema": {
                        "$ref": "#/components/schemas/WebhookEvent"}}}},
                    "responses": {"200": {"description": "Any 2xx: delivered."}},
                },
            },
        },
    }
