"""API keys for the REST API: a supplier admin creates one per system (the CRM, the
marketing-automation tool), sees the secret once, and revokes it when it leaks or retires.

The database keeps a SHA-256 of the key, never the key. A key carries 256 random bits, so an
unkeyed hash is as strong as a keyed one here — and unlike the session tokens (keyed with
SECRET_KEY) the keys keep working when SECRET_KEY is rotated, which integrations need.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import timedelta

from sqlalchemy import or_, update
from sqlmodel import Session, select

from models._base import utcnow
from models.accounts import USER_KIND_SUPPLIER_ADMIN, User
from models.integrations import ApiKey
from services import audit
from services.actors import Actor, require_admin
from services.errors import InvalidInput, NotFound
from services.paging import MAX_ROW_ID
from services.validation import clean_text

KEY_PREFIX = "prm_"
# prm_<8 hex: the visible prefix>_<43 url-safe characters>
_KEY_RE = re.compile(r"^prm_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$")
MAX_KEYS_LISTED = 200
# last_used_at is written at most once a minute per key: a poller must not turn every read
# into a write.
LAST_USED_GRANULARITY = timedelta(minutes=1)


def _hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def create_api_key(*, session: Session, actor: Actor, name: str) -> dict:
    """A new key. The returned "key" is the only time the secret exists outside the caller:
    show it once and forget it."""
    require_admin(actor)
    if actor.is_api:
        raise InvalidInput("An API key cannot create API keys.")
    errors: dict[str, str] = {}
    name = clean_text(errors, "name", name, max_len=100,
                      required="Name the key after the system that uses it, e.g. Salesforce.")
    if errors:
        raise InvalidInput("Check the highlighted fields.", errors)
    visible = KEY_PREFIX + secrets.token_hex(4)
    key = f"{visible}_{secrets.token_urlsafe(32)}"
    row = ApiKey(name=name, prefix=visible, key_hash=_hash(key), created_by_user_id=actor.user_id)
    session.add(row)
    session.flush()
    audit.record(session, actor, "api_key_created", "api_key", row.id, name=name, prefix=visible)
    session.commit()
    return {**_key_dict(row, actor.name), "key": key}


def _key_dict(row: ApiKey, created_by: str) -> dict:
    return {
        "id": row.id,
        "name": row.name,
        "prefix": row.prefix,
        "created": row.created_at.strftime("%Y-%m-%d %H:%M"),
        "created_by": created_by or "—",
        "last_used": row.last_used_at.strftime("%Y-%m-%d %H:%M") if row.last_used_at else "Never",
        "revoked": row.revoked_at.strftime("%Y-%m-%d %H:%M") if row.revoked_at else "",
        "status": "Revoked" if row.revoked_at else "Active",
    }


def list_api_keys(*, session: Session, actor: Actor) -> list[dict]:
    """The keys, active ones first, newest first (a program has a handful; capped anyway)."""
    require_admin(actor)
    rows = session.exec(
        select(ApiKey, User.first_name, User.last_name)
        .join(User, User.id == ApiKey.created_by_user_id, isouter=True)
        .order_by(ApiKey.revoked_at.is_not(None), ApiKey.created_at.desc(), ApiKey.id.desc())
        .limit(MAX_KEYS_LISTED)
    ).all()
    return [_key_dict(k, f"{first or ''} {last or ''}".strip()) for k, first, last in rows]


def revoke_api_key(*, session: Session, actor: Actor, key_id) -> dict:
    """Revoke a key: every later request with it is refused (401). Revoking twice is fine."""
    require_admin(actor)
    if actor.is_api:
        raise InvalidInput("An API key cannot revoke API keys.")
    try:
        key_id = int(key_id)
    except (TypeError, ValueError, OverflowError):
        key_id = 0
    row = session.get(ApiKey, key_id) if 0 < key_id <= MAX_ROW_ID else None
    if row is None:
        raise NotFound("That API key was not found.")
    if row.revoked_at is None:
        row.revoked_at = utcnow()
        audit.record(session, actor, "api_key_revoked", "api_key", row.id, name=row.name,
                     prefix=row.prefix)
        session.commit()
    return _key_dict(row, "")


def authenticate_api_key(*, session: Session, key: str | None) -> Actor | None:
    """The actor behind a presented key, or None for a missing, malformed, unknown or revoked
    one (the caller answers 401 without saying which). Anything that is not shaped like one of
    our keys — a session token, a password — is refused before the database is asked."""
    if not key or not _KEY_RE.match(key):
        return None
    row = session.exec(select(ApiKey).where(ApiKey.key_hash == _hash(key),
                                            ApiKey.revoked_at.is_(None))).first()
    if row is None:
        return None
    now = utcnow()
    session.exec(
        update(ApiKey)
        .where(ApiKey.id == row.id,
               or_(ApiKey.last_used_at.is_(None), ApiKey.last_used_at < now - LAST_USED_GRANULARITY))
        .values(last_used_at=now)
        .execution_options(synchronize_session=False)
    )
    session.commit()
    return api_actor(row)


def api_actor(row: ApiKey) -> Actor:
    """A system acting with this key: supplier-wide on leads (the only thing the API serves),
    named on the lead timeline as the key."""
    return Actor(user_id=None, email=f"api-key:{row.prefix}", name=f"API key {row.name} ({row.prefix})",
                 kind=USER_KIND_SUPPLIER_ADMIN, api_key_id=row.id)
