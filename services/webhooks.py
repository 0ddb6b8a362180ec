"""The closed loop to the supplier's CRM: every lead change becomes a signed webhook.

Outbox pattern. `services.leads._event` — the one place every lead change (created, status,
partner, owner, opportunity) is written — calls `track_lead_change`. When that session
commits, the same transaction

- stamps each changed lead's `updated_at` (what GET /api/v1/leads?updated_since= pages on)
  at commit time, so a long transaction cannot slip a change in behind a poller's cursor;
- writes one `webhook_delivery` row per change, with the payload (the change and the lead as
  the transaction left it), when a webhook endpoint is configured and enabled;

and once it has committed, the first new delivery of each lead is enqueued
(jobs.webhooks.deliver_webhook). Nothing here talks to the endpoint: a missing, slow or broken
endpoint never fails a lead change; a queue that is down only delays the delivery (the
periodic sweep enqueues what is due).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from datetime import UTC, datetime
from urllib.parse import urlsplit

from sqlalchemy import event as sa_event
from sqlalchemy import update
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, select

from models._base import utcnow
from models.accounts import PartnerAccount, User
from models.integrations import WEBHOOK_UNFINISHED, WebhookDelivery, WebhookEndpoint
from models.leads import LEAD_KINDS, Lead, LeadEvent
from services import audit
from services.actors import Actor, require_admin
from services.errors import InvalidInput, NotFound
from services.paging import MAX_ROW_ID, PageResult, after, decode_cursor, take_page

log = logging.getLogger("prm.webhooks")

SIGNATURE_HEADER = "X-PRM-Signature"
EVENT_ID_HEADER = "X-PRM-Event-Id"
SECRET_PREFIX = "whsec_"  # noqa: S105 - a label, not a secret
MAX_ATTEMPTS = 8
# Seconds to wait after attempt n (1-based) failed: 10 s, 30 s, 2 min, 10 min, 30 min, 1 h,
# 3 h — the 8th attempt comes about 5 hours after the first.
RETRY_DELAYS = (10, 30, 120, 600, 1800, 3600, 10800)
STATUS_LABELS = {"pending": "Pending", "delivering": "Delivering", "retrying": "Retrying",
                 "delivered": "Delivered", "failed": "Failed"}

_EVENTS = "prm_webhook_events"  # session.info: [(lead, LeadEvent)] of the open transaction
_TO_ENQUEUE = "prm_webhook_enqueue"  # session.info: delivery ids to enqueue after commit
_HOOKED = "prm_webhook_hooked"
_BULK = "prm_webhook_bulk"  # session.info: [(leads, events, accounts)] written in bulk


# ---------------------------------------------------------------- signatures


def sign(secret: str, timestamp: int, body: bytes) -> str:
    """The X-PRM-Signature header: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "t.body")>."""
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={digest}"


def new_signing_secret() -> str:
    return SECRET_PREFIX + secrets.token_urlsafe(32)


# ---------------------------------------------------------------- the lead as integrators see it


def iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:  # stored as UTC
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def lead_state(session: Session, lead: Lead, accounts: dict | None = None,
               owners: dict | None = None) -> dict:
    """A lead's current state, the same in webhook payloads and in GET /api/v1/leads.
    `accounts` / `owners` (id → row) let a page of leads be described without a query each."""
    account = (accounts.get(lead.partner_account_id) if accounts is not None
               else session.get(PartnerAccount, lead.partner_account_id)) if lead.partner_account_id else None
    owner = (owners.get(lead.owner_user_id) if owners is not None
             else session.get(User, lead.owner_user_id)) if lead.owner_user_id else None
    return {
        "id": lead.id,
        "type": LEAD_KINDS.get(lead.kind, lead.kind),
        "status": lead.status,
        "rejection_reason": lead.rejection_reason,
        "partner_tenant": account.tenant_name if account else None,
        "partner_name": account.name if account else None,
        "owner_email": owner.email if owner else None,
        "first_name": lead.first_name,
        "last_name": lead.last_name,
        "email": lead.email,
        "phone": lead.phone,
        "company": lead.company,
        "country": lead.country,
        "source_campaign": lead.source_campaign,
        "opportunity_amount": None if lead.opportunity_amount is None else f"{lead.opportunity_amount:.2f}",
        "opportunity_stage": lead.opportunity_stage,
        "close_date": lead.close_date.isoformat() if lead.close_date else None,
        "created_at": iso(lead.created_at),
        "updated_at": iso(lead.updated_at),
        "status_changed_at": iso(lead.status_changed_at),
    }


def event_payload(event: LeadEvent, state: dict) -> dict:
    return {
        "event_id": event.id,
        "lead_id": event.lead_id,
        "field": event.field,
        "old": event.old_value,
        "new": event.new_value,
        "note": event.note,
        "at": iso(event.at),
        "actor": {"kind": event.actor_kind, "name": event.actor_label},
        "lead": state,
    }


# ---------------------------------------------------------------- the outbox hook


def _hook(session: Session) -> None:
    info = session.info
    if not info.get(_HOOKED):
        sa_event.listen(session, "before_commit", _before_commit)
        sa_event.listen(session, "after_commit", _after_commit)
        sa_event.listen(session, "after_transaction_end", _after_transaction_end)
        info[_HOOKED] = True


def track_lead_change(session: Session, lead: Lead, event: LeadEvent) -> None:
    """Called for every LeadEvent (services.leads._event): remember it until this session
    commits, when the outbox rows are written in the same transaction."""
    _hook(session)
    session.info.setdefault(_EVENTS, []).append((lead, event))


def track_imported_leads(session: Session, leads: list, events: list[dict], accounts: dict) -> None:
    """Leads and timeline events written in bulk (the lead import, not through
    services.leads._event), handed over as they were written — the leads' column values
    (objects with the Lead's attributes), the events' rows with their ids, the partner
    accounts named (id → object with name and tenant_name) — so that at commit their deliveries
    are written set-based, in one multi-row INSERT. They are not stamped again: the caller
    wrote them with updated_at taken just before, in a transaction of one batch (well within
    services.lead_api.SETTLE_SECONDS), and rewriting every row of the batch to move that time
    by a fraction of a second doubled the cost of writing them."""
    if leads:
        _hook(session)
        session.info.setdefault(_BULK, []).append((leads, events, accounts))


def _before_commit(session: Session) -> None:
    write_outbox(session)


def _stamp(session: Session, lead_ids: list[int], now: datetime) -> None:
    from services.bulk import one_of

    for chunk in range(0, len(lead_ids), 1000):
        session.execute(update(Lead).where(one_of(session, Lead.id, lead_ids[chunk:chunk + 1000]))
                        .values(updated_at=now).execution_options(synchronize_session=False))


def write_outbox(session: Session) -> None:
    """Stamp the changed leads and write their deliveries now rather than at commit (a caller
    that answers with the lead's state before it commits). Commit does it otherwise."""
    tracked = session.info.pop(_EVENTS, None)
    bulk = session.info.pop(_BULK, None)
    if not tracked and not bulk:
        return
    now = utcnow()
    session.flush()  # the events' ids, and every lead written
    # One statement for all of them (an API batch changes up to 1000 leads at once).
    _stamp(session, list({lead.id for lead, _ in tracked or ()}), now)
    for lead, _ in tracked or ():
        set_committed_value(lead, "updated_at", now)
    endpoint = session.get(WebhookEndpoint, 1)
    if endpoint is None or not endpoint.enabled or not endpoint.url:
        return
    # The first new delivery of each lead; its job hands on to the next one when it is done.
    # A lead's deliveries go out in id order, so they are written in the order the changes
    # happened: the bulk-written creations first (an imported lead is created before the
    # routing in the same transaction places it), then the changes tracked one by one.
    first: dict[int, int] = {}
    for leads, events, accounts in bulk or ():
        for lead_id, delivery_id in _write_bulk_deliveries(session, leads, events, accounts, now):
            first.setdefault(lead_id, delivery_id)
    states: dict[int, dict] = {}
    deliveries = []
    for lead, ev in tracked or ():
        if lead.id not in states:
            states[lead.id] = lead_state(session, lead)
        delivery = WebhookDelivery(event_id=ev.id, lead_id=lead.id, field=ev.field,
                                   payload=event_payload(ev, states[lead.id]),
                                   next_attempt_at=now, created_at=now)
        session.add(delivery)
        deliveries.append(delivery)
    session.flush()
    for d in deliveries:
        first.setdefault(d.lead_id, d.id)
    session.info.setdefault(_TO_ENQUEUE, []).extend(first.values())


def _write_bulk_deliveries(session: Session, leads: list, events: list[dict], accounts: dict,
                           now: datetime) -> list[tuple[int, int]]:
    """The deliveries of bulk-written events in one multi-row INSERT; (lead id, delivery id) in
    the events' order."""
    from types import SimpleNamespace

    from services.bulk import new_ids

    blank = dict.fromkeys(Lead.__table__.columns.keys())  # the columns the rows left to the database
    by_id = {lead.id: SimpleNamespace(**(blank | vars(lead))) for lead in leads}
    states: dict[int, dict] = {}
    rows = []
    for ev in events:
        lead = by_id[ev["lead_id"]]
        state = states.get(lead.id)
        if state is None:
            state = states[lead.id] = lead_state(session, lead, accounts, {})
        rows.append({"event_id": ev["id"], "lead_id": lead.id, "field": ev["field"],
                     "payload": event_payload(SimpleNamespace(**ev), state), "next_attempt_at": now,
                     "created_at": now})
    ids = new_ids(session, WebhookDelivery.__table__, len(rows))
    for row, delivery_id in zip(rows, ids, strict=True):
        row["id"] = delivery_id
    from services.bulk import bulk_insert

    bulk_insert(session, WebhookDelivery.__table__, rows)
    return [(row["lead_id"], row["id"]) for row in rows]


def _after_commit(session: Session) -> None:
    ids = session.info.pop(_TO_ENQUEUE, None)
    if ids:
        enqueue_deliveries(ids)


def _after_transaction_end(session: Session, transaction) -> None:
    if transaction.parent is None:  # committed or rolled back: forget what it tracked
        session.info.pop(_EVENTS, None)
        session.info.pop(_BULK, None)
        session.info.pop(_TO_ENQUEUE, None)


def enqueue_deliveries(ids: list[int], *, delay_seconds: int = 0) -> None:
    """Hand deliveries to the webhooks queue. A queue that is down is logged, not raised: the
    rows are committed and the periodic sweep enqueues them."""
    try:
        from jobs.queues import enqueue_webhook_batch, enqueue_webhook_delivery

        if len(ids) == 1:
            enqueue_webhook_delivery(ids[0], delay_seconds=delay_seconds)
        else:  # an API batch or a sweep: a job per 50 (one each would be slow to enqueue)
            for start in range(0, len(ids), 50):
                enqueue_webhook_batch(ids[start:start + 50])
    except Exception:
        log.exception("could not enqueue webhook deliveries %s; the sweep will", ids[:20])


# ---------------------------------------------------------------- admin: the endpoint


def _check_url(url: str) -> str:
    errors: dict[str, str] = {}
    url = str(url or "").strip()
    message = None
    if not url:
        message = "Enter the endpoint URL, e.g. https://crm.example.com/hooks/partner-hub."
    elif len(url) > 2000:
        message = "Use at most 2000 characters."
    elif any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in url):
        message = "Remove the spaces and unusual characters from the URL."
    else:
        try:
            parts = urlsplit(url)
            port = parts.port  # raises for a bad port
        except ValueError:
            parts, port = None, None
        if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
            message = "Enter a URL that starts with https:// (or http://) and names a host."
        elif port == 0:
            message = "Enter a valid port."
        elif parts.username or parts.password:
            message = "Leave credentials out of the URL: deliveries are signed instead."
    if message:
        errors["url"] = message
        raise InvalidInput("Check the highlighted fields.", errors)
    return url


def _endpoint(session: Session) -> WebhookEndpoint:
    row = session.get(WebhookEndpoint, 1)
    if row is None:
        row = WebhookEndpoint(id=1)
        session.add(row)
    return row


def _endpoint_dict(row: WebhookEndpoint | None, new_secret: str = "") -> dict:
    secret = row.signing_secret if row else ""
    return {
        "url": row.url if row else "",
        "enabled": bool(row and row.enabled),
        "has_secret": bool(secret),
        # Shown in full right after it is made; afterwards only enough to recognise it.
        "secret_hint": (secret[:10] + "…") if secret else "",
        "new_secret": new_secret,
        "updated": row.updated_at.strftime("%Y-%m-%d %H:%M") if row and row.url else "",
    }


def get_webhook_endpoint(*, session: Session, actor: Actor) -> dict:
    require_admin(actor)
    return _endpoint_dict(session.get(WebhookEndpoint, 1))


def save_webhook_endpoint(*, session: Session, actor: Actor, url: str, enabled: bool) -> dict:
    """Set the endpoint and turn deliveries on or off. The first save makes the signing secret,
    returned once as "new_secret"."""
    require_admin(actor)
    url = _check_url(url)
    row = _endpoint(session)
    new_secret = ""
    if not row.signing_secret:
        row.signing_secret = new_secret = new_signing_secret()
    was_enabled = row.enabled
    row.url, row.enabled, row.updated_at = url, bool(enabled), utcnow()
    audit.record(session, actor, "webhook_endpoint_saved", "webhook_endpoint", 1, url=url,
                 enabled=bool(enabled))
    session.commit()
    if row.enabled and not was_enabled:
        enqueue_due_deliveries(session=session)
    return _endpoint_dict(row, new_secret)


def rotate_signing_secret(*, session: Session, actor: Actor) -> dict:
    """A new signing secret, returned once; deliveries from now on are signed with it."""
    require_admin(actor)
    row = _endpoint(session)
    row.signing_secret, row.updated_at = new_signing_secret(), utcnow()
    audit.record(session, actor, "webhook_secret_rotated", "webhook_endpoint", 1)
    session.commit()
    return _endpoint_dict(row, row.signing_secret)


# ---------------------------------------------------------------- admin: the delivery log


def list_deliveries(*, session: Session, actor: Actor, status: str = "", cursor: str = "",
                    limit: int = 25) -> PageResult:
    """The delivery log, newest first, keyset-paged in SQL, optionally one status."""
    require_admin(actor)
    limit = max(1, min(int(limit), 100))
    q = select(WebhookDelivery)
    if status:
        if status not in STATUS_LABELS:
            raise InvalidInput("Unknown status filter.")
        q = q.where(WebhookDelivery.status == status)
    cond = after(WebhookDelivery.created_at, WebhookDelivery.id, decode_cursor(cursor, datetime),
                 descending=True)
    if cond is not None:
        q = q.where(cond)
    rows = session.exec(q.order_by(WebhookDelivery.created_at.desc(), WebhookDelivery.id.desc())
                        .limit(limit + 1)).all()

    def to_dict(d: WebhookDelivery) -> dict:
        p = d.payload or {}
        lead = p.get("lead") or {}
        name = f"{lead.get('first_name', '')} {lead.get('last_name', '')}".strip()
        change = f"{p.get('old', '')} → {p.get('new', '')}" if p.get("old") else str(p.get("new", ""))
        unfinished = d.status in ("pending", "retrying")
        return {
            "id": d.id,
            "event_id": d.event_id,
            "field": d.field,
            "change": change,
            "lead_id": d.lead_id,
            "lead": name or lead.get("company", "") or f"Lead {d.lead_id}",
            "company": lead.get("company", ""),
            "status": STATUS_LABELS.get(d.status, d.status),
            "attempts": d.attempts,
            "response": (str(d.last_status_code) + (" · " if d.last_error else "") if d.last_status_code else "")
            + d.last_error,
            "next_attempt": d.next_attempt_at.strftime("%Y-%m-%d %H:%M:%S") if unfinished else "",
            "created": d.created_at.strftime("%Y-%m-%d %H:%M:%S"),
            "can_redeliver": "1" if d.status == "failed" else "",
        }

    return take_page(rows, limit, to_dict, lambda d: d.created_at)


def redeliver(*, session: Session, actor: Actor, delivery_id) -> dict:
    """Send a failed delivery again, with a fresh set of attempts."""
    require_admin(actor)
    try:
        delivery_id = int(delivery_id)
    except (TypeError, ValueError, OverflowError):
        delivery_id = 0
    row = session.get(WebhookDelivery, delivery_id) if 0 < delivery_id <= MAX_ROW_ID else None
    if row is None:
        raise NotFound("That delivery was not found.")
    if row.status != "failed":
        raise InvalidInput("Only a failed delivery can be redelivered.")
    row.status, row.attempts, row.next_attempt_at = "pending", 0, utcnow()
    audit.record(session, actor, "webhook_redelivered", "webhook_delivery", row.id,
                 event_id=row.event_id)
    session.commit()
    enqueue_deliveries([row.id])
    return {"id": row.id, "status": STATUS_LABELS["pending"]}


def enqueue_due_deliveries(*, session: Session, overdue_seconds: int = 0, limit: int = 500) -> int:
    """Enqueue the deliveries that are due and first in line for their lead (the sweep and
    re-enabling the endpoint use it). Running it twice is harmless: a job for a delivery that
    is already taken or done does nothing."""
    ids = due_deliveries(session=session, overdue_seconds=overdue_seconds, limit=limit)
    if ids:
        enqueue_deliveries(ids)
    return len(ids)


def due_deliveries(*, session: Session, overdue_seconds: int = 0, limit: int = 500) -> list[int]:
    """Deliveries due at least overdue_seconds ago, each the first unfinished one of its lead."""
    from datetime import timedelta

    from sqlalchemy import exists
    from sqlalchemy.orm import aliased

    cutoff = utcnow() - timedelta(seconds=overdue_seconds)
    earlier = aliased(WebhookDelivery)
    blocked = exists().where(earlier.lead_id == WebhookDelivery.lead_id,
                             earlier.id < WebhookDelivery.id,
                             earlier.status.in_(WEBHOOK_UNFINISHED))
    ids = session.exec(
        select(WebhookDelivery.id)
        .where(WebhookDelivery.status.in_(("pending", "retrying")),
               WebhookDelivery.next_attempt_at <= cutoff, ~blocked)
        .order_by(WebhookDelivery.next_attempt_at, WebhookDelivery.id).limit(limit)
    ).all()
    return list(ids)
