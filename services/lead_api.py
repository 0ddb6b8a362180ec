"""What the REST API does with leads (prm/api.py parses HTTP and calls these).

POST /api/v1/leads: one lead object, or {"leads": [...]} with at most MAX_BATCH. A batch is not
all-or-nothing: every valid item is created, every invalid one is reported by its index with
its field errors, all in one transaction (so a retry after a crash or a lost response never
half-applies it). The per-item work is services.leads.create_lead, the same rules as the admin
console's Create Lead. An Idempotency-Key (per API key) stores the response in that same
transaction: the same key and body replay it, the same key with another body is refused.

GET /api/v1/leads?updated_since=…: the leads changed since a time, oldest change first,
keyset-paged on (updated_at, id).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import and_, delete, or_
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from models._base import utcnow
from models.accounts import PartnerAccount, User
from models.integrations import ApiIdempotencyKey
from models.leads import Lead
from services.actors import Actor
from services.errors import InvalidInput, PermissionDenied
from services.leads import create_lead, notify_new_lead
from services.routing import route_leads
from services.validation import clean_text
from services.webhooks import lead_state, write_outbox

MAX_BATCH = 1000
MAX_PAGE = 1000
DEFAULT_PAGE = 100
LEAD_FIELDS = ("first_name", "last_name", "email", "phone", "company", "country", "notes",
               "source_campaign", "partner")
IDEMPOTENCY_KEY_MAX = 255
IDEMPOTENCY_DAYS = 7
# GET …?updated_since= serves changes at least this old: every change is stamped when its
# transaction commits (services.webhooks), and a change stamped a moment before a poll but
# committed a moment after it must not fall behind the poller's cursor.
SETTLE_SECONDS = 5


class ApiError(InvalidInput):
    """Refused input, with the HTTP status and a stable error code for the response."""

    def __init__(self, status: int, code: str, message: str, fields: dict | None = None):
        super().__init__(message, fields)
        self.status, self.code = status, code


@dataclass
class ApiResult:
    status: int
    body: dict
    replayed: bool = False
    headers: dict = field(default_factory=dict)


def _require_api(actor: Actor | None) -> Actor:
    if actor is None or not actor.is_api:
        raise PermissionDenied("Only an API key can do this.")
    return actor


# ---------------------------------------------------------------- POST /api/v1/leads


def _items(body: object) -> tuple[list, bool]:
    """(items, is_batch) from the parsed JSON body."""
    if isinstance(body, dict) and "leads" in body:
        if set(body) != {"leads"}:
            raise ApiError(422, "invalid_body",
                           'A batch is {"leads": [...]} with nothing beside "leads".')
        items = body["leads"]
        if not isinstance(items, list):
            raise ApiError(422, "invalid_body", '"leads" must be an array of lead objects.')
        if not items:
            raise ApiError(422, "invalid_body", '"leads" is empty: send at least one lead.')
        if len(items) > MAX_BATCH:
            raise ApiError(413, "batch_too_large",
                           f"A batch holds at most {MAX_BATCH} leads; this one has {len(items)}. "
                           "Send it in several requests.")
        return items, True
    if isinstance(body, dict):
        return [body], False
    raise ApiError(422, "invalid_body",
                   'Send one lead as a JSON object, or a batch as {"leads": [...]}.')


def _item_values(item: object) -> tuple[dict, dict]:
    """The item's values as strings, and the errors that stop it before create_lead."""
    if not isinstance(item, dict):
        return {}, {"lead": "Each lead must be a JSON object."}
    errors: dict[str, str] = {}
    values: dict[str, str] = {}
    for key, value in item.items():
        if key not in LEAD_FIELDS:
            errors[str(key)[:60]] = "Unknown field. Fields: " + ", ".join(LEAD_FIELDS) + "."
        elif value is None:
            values[key] = ""
        elif not isinstance(value, str):
            errors[key] = "Must be a string."
        else:
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:  # a lone surrogate from a \\ud800 escape
                errors[key] = "Remove the unusual characters from this field."
                continue
            values[key] = value
    return values, errors


def _partner_id(session: Session, tenant: str, cache: dict) -> tuple[int | None, str]:
    """The partner account of a tenant name, or an error message."""
    errors: dict[str, str] = {}
    tenant = clean_text(errors, "partner", tenant, max_len=63).lower()
    if errors:
        return None, errors["partner"]
    if not tenant:
        return None, ""
    if tenant not in cache:
        account = session.exec(select(PartnerAccount).where(PartnerAccount.tenant_name == tenant)).first()
        cache[tenant] = account.id if account is not None and account.status in ("active", "test") else None
    if cache[tenant] is None:
        return None, "No active partner has this tenant name."
    return cache[tenant], ""


def request_hash(body: object) -> str:
    """The body's fingerprint for Idempotency-Key checks: canonical JSON, so the same content
    with other whitespace or key order is the same request."""
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode()).hexdigest()


def check_idempotency_key(value: str | None) -> str:
    if value is None:
        return ""
    if not value or len(value) > IDEMPOTENCY_KEY_MAX or not all(32 < ord(c) < 127 for c in value):
        raise ApiError(400, "invalid_idempotency_key",
                       f"Idempotency-Key must be 1 to {IDEMPOTENCY_KEY_MAX} printable ASCII "
                       "characters without spaces, e.g. a UUID.")
    return value


def _stored(row: ApiIdempotencyKey, fingerprint: str) -> ApiResult:
    if row.request_hash != fingerprint:
        raise ApiError(422, "idempotency_key_reused",
                       "This Idempotency-Key was already used with a different request body. "
                       "Use a new key for a new request.")
    return ApiResult(row.status_code, json.loads(row.response), replayed=True)


def _claim_key(session: Session, api_key_id: int, key: str, fingerprint: str):
    """The stored response for this key, or a new (empty) row that this request fills. The
    unique constraint decides between two requests racing with one key: the loser waits for
    the winner's commit, then replays its response."""
    existing = session.exec(select(ApiIdempotencyKey).where(
        ApiIdempotencyKey.api_key_id == api_key_id, ApiIdempotencyKey.key == key)).first()
    if existing is not None:
        return _stored(existing, fingerprint)
    row = ApiIdempotencyKey(api_key_id=api_key_id, key=key, request_hash=fingerprint)
    session.add(row)
    try:
        session.flush()
    except IntegrityError:
        session.rollback()
        existing = session.exec(select(ApiIdempotencyKey).where(
            ApiIdempotencyKey.api_key_id == api_key_id, ApiIdempotencyKey.key == key)).one()
        return _stored(existing, fingerprint)
    return row


def post_leads(*, session: Session, actor: Actor, body: object, idempotency_key: str = "") -> ApiResult:
    """Create the posted leads. One lead: 201 with the lead, or 422 with its field errors.
    A batch: 200 when every item was created, 207 when some were refused; the body lists
    each item's outcome by index."""
    _require_api(actor)
    items, is_batch = _items(body)
    claim = None
    if idempotency_key:
        fingerprint = request_hash(body)
        claim = _claim_key(session, actor.api_key_id, idempotency_key, fingerprint)
        if isinstance(claim, ApiResult):
            return claim
    results: list[dict] = []
    created: list[dict] = []
    partners: dict[str, int | None] = {}
    for index, item in enumerate(items):
        values, errors = _item_values(item)
        partner_id, partner_error = _partner_id(session, values.get("partner", ""), partners)
        if partner_error:
            errors["partner"] = partner_error
        if not errors:
            try:
                lead = create_lead(session=session, actor=actor, values=values,
                                   partner_account_id=partner_id, commit=False)
            except InvalidInput as exc:
                errors = exc.fields or {"lead": str(exc)}
            else:
                created.append(lead)
                results.append({"index": index, "status": "created", "id": lead["id"]})
                continue
        results.append({"index": index, "status": "invalid", "errors": errors})
    write_outbox(session)  # the leads' updated_at, as the answer shows it
    if is_batch:
        refused = len(items) - len(created)
        status = 200 if refused == 0 else 207
        response = {"created": len(created), "invalid": refused, "results": results}
    elif created:
        status, response = 201, {"lead": lead_state(session, session.get(Lead, created[0]["id"]))}
    else:
        status, response = 422, {"error": "invalid_lead", "message": "Check the fields listed in errors.",
                                 "errors": results[0]["errors"]}
    if claim is not None:
        claim.status_code, claim.response = status, json.dumps(response)
    session.commit()
    for lead in created:
        if lead["partner_account_id"]:
            notify_new_lead(session=session, lead_id=lead["id"])
    unplaced = [lead["id"] for lead in created if not lead["partner_account_id"]]
    if unplaced:  # the routing rules place them, in batches (or they wait in Unassigned)
        route_leads(session=session, actor=actor, lead_ids=unplaced)
    return ApiResult(status, response)


def purge_idempotency_keys(*, session: Session, days: int = IDEMPOTENCY_DAYS) -> int:
    """Forget stored responses older than `days`: a retry comes within minutes, not weeks."""
    result = session.exec(delete(ApiIdempotencyKey).where(
        ApiIdempotencyKey.created_at < utcnow() - timedelta(days=days)))
    session.commit()
    return result.rowcount or 0


# ---------------------------------------------------------------- GET /api/v1/leads


def _encode_cursor(updated_at: datetime, lead_id: int) -> str:
    raw = f"{updated_at.astimezone(UTC).isoformat()}|{lead_id}"
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> tuple[datetime, int]:
    bad = ApiError(400, "invalid_cursor", "cursor is not one this API returned; start again "
                   "with updated_since.")
    if len(cursor) > 200:
        raise bad
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        when, _, lead_id = raw.rpartition("|")
        parsed, lead_id = datetime.fromisoformat(when), int(lead_id)
        if parsed.utcoffset() is None or not 0 < lead_id < 2**31:
            raise ValueError
        parsed = max(parsed.astimezone(UTC), datetime(1970, 1, 1, tzinfo=UTC))
    except (binascii.Error, UnicodeDecodeError, ValueError, OverflowError):
        raise bad from None
    return parsed, lead_id


def parse_time(value: str) -> datetime:
    """An ISO-8601 date-time (Z or an offset; without one it is taken as UTC) or a date."""
    try:
        parsed = datetime.fromisoformat(value.strip())
        parsed = (parsed if parsed.utcoffset() is not None else parsed.replace(tzinfo=UTC)).astimezone(UTC)
    except (ValueError, TypeError, OverflowError):
        raise ApiError(400, "invalid_updated_since",
                       "updated_since must be an ISO-8601 date-time, e.g. 2026-06-01T12:00:00Z.") from None
    # Outside what every database stores alike: before any lead, or after all of them.
    return max(parsed, datetime(1970, 1, 1, tzinfo=UTC))


def lead_changes(*, session: Session, actor: Actor, updated_since: str = "", limit=None,
                 cursor: str = "") -> dict:
    """The leads changed at or after updated_since (or after the cursor of a previous page),
    oldest change first, each in its current state. next_cursor continues from the last lead
    returned — also on the last page, so a poller can store it and ask again later."""
    _require_api(actor)
    if limit in (None, ""):
        limit = DEFAULT_PAGE
    try:
        limit = int(limit)
    except (TypeError, ValueError):
        limit = 0
    if not 1 <= limit <= MAX_PAGE:
        raise ApiError(400, "invalid_limit", f"limit must be a whole number from 1 to {MAX_PAGE}.")
    q = select(Lead).where(Lead.updated_at <= utcnow() - timedelta(seconds=SETTLE_SECONDS))
    if cursor:
        when, lead_id = _decode_cursor(cursor)
        q = q.where(or_(Lead.updated_at > when, and_(Lead.updated_at == when, Lead.id > lead_id)))
    elif updated_since:
        q = q.where(Lead.updated_at >= parse_time(updated_since))
    rows = session.exec(q.order_by(Lead.updated_at, Lead.id).limit(limit + 1)).all()
    page = rows[:limit]
    account_ids = {r.partner_account_id for r in page if r.partner_account_id}
    owner_ids = {r.owner_user_id for r in page if r.owner_user_id}
    accounts = {a.id: a for a in session.exec(
        select(PartnerAccount).where(PartnerAccount.id.in_(account_ids))).all()} if account_ids else {}
    owners = {u.id: u for u in session.exec(select(User).where(User.id.in_(owner_ids))).all()} \
        if owner_ids else {}
    next_cursor = _encode_cursor(page[-1].updated_at, page[-1].id) if page else (cursor or None)
    return {
        "leads": [lead_state(session, r, accounts, owners) for r in page],
        "has_more": len(rows) > limit,
        "next_cursor": next_cursor,
    }
