"""services/api_keys.py: keys are shown once, stored as hashes, revoked for good, audited,
and only a supplier admin manages them."""

from __future__ import annotations

import hashlib

import pytest
from sqlmodel import select

from models.audit import AuditLog
from models.integrations import ApiKey
from services.api_keys import (
    authenticate_api_key,
    create_api_key,
    list_api_keys,
    revoke_api_key,
)
from services.errors import InvalidInput, NotFound, PermissionDenied
from tests.factories import personas


@pytest.fixture
def p(db):
    return personas(db)


def test_a_new_key_is_shown_once_and_only_its_hash_is_stored(db, p):
    admin = p.actor(db, p.admin)

    created = create_api_key(session=db, actor=admin, name="  Salesforce ")

    key = created["key"]
    assert key.startswith(created["prefix"] + "_") and created["prefix"].startswith("prm_")
    assert created["name"] == "Salesforce" and created["status"] == "Active"
    row = db.exec(select(ApiKey)).one()
    assert row.key_hash == hashlib.sha256(key.encode()).hexdigest()
    stored = " ".join(str(v) for v in row.model_dump().values())
    assert key not in stored and key.split("_", 2)[2] not in stored
    listed = list_api_keys(session=db, actor=admin)
    assert [k["name"] for k in listed] == ["Salesforce"]
    assert "key" not in listed[0] and listed[0]["last_used"] == "Never"
    assert listed[0]["created_by"] == "Ada Admin"
    audit = db.exec(select(AuditLog).where(AuditLog.action == "api_key_created")).one()
    assert audit.detail == {"name": "Salesforce", "prefix": created["prefix"]}
    assert key not in str(audit.detail)


def test_two_keys_differ(db, p):
    admin = p.actor(db, p.admin)
    a = create_api_key(session=db, actor=admin, name="A")
    b = create_api_key(session=db, actor=admin, name="B")
    assert a["key"] != b["key"] and a["prefix"] != b["prefix"]


def test_a_key_needs_a_name(db, p):
    with pytest.raises(InvalidInput) as exc:
        create_api_key(session=db, actor=p.actor(db, p.admin), name="  ")
    assert "name" in exc.value.fields
    with pytest.raises(InvalidInput):
        create_api_key(session=db, actor=p.actor(db, p.admin), name="x" * 101)
    assert db.exec(select(ApiKey)).all() == []


def test_partner_users_cannot_manage_keys(db, p):
    key = create_api_key(session=db, actor=p.actor(db, p.admin), name="CRM")
    for user in (p.alice, p.bob):
        with pytest.raises(PermissionDenied):
            create_api_key(session=db, actor=p.actor(db, user), name="Mine")
        with pytest.raises(PermissionDenied):
            list_api_keys(session=db, actor=p.actor(db, user))
        with pytest.raises(PermissionDenied):
            revoke_api_key(session=db, actor=p.actor(db, user), key_id=key["id"])
    with pytest.raises(PermissionDenied):
        create_api_key(session=db, actor=None, name="Nobody")


def test_a_key_authenticates_as_an_api_actor_and_records_its_use(db, p, frozen_clock):
    created = create_api_key(session=db, actor=p.actor(db, p.admin), name="HubSpot")

    actor = authenticate_api_key(session=db, key=created["key"])

    assert actor is not None and actor.is_api and actor.api_key_id == created["id"]
    assert actor.user_id is None and actor.name == f"API key HubSpot ({created['prefix']})"
    db.expire_all()
    assert db.get(ApiKey, created["id"]).last_used_at == frozen_clock.now
    # A poller does not turn every read into a write: once a minute at most.
    frozen_clock.advance(seconds=30)
    authenticate_api_key(session=db, key=created["key"])
    db.expire_all()
    assert db.get(ApiKey, created["id"]).last_used_at < frozen_clock.now
    frozen_clock.advance(seconds=31)
    authenticate_api_key(session=db, key=created["key"])
    db.expire_all()
    assert db.get(ApiKey, created["id"]).last_used_at == frozen_clock.now
    assert list_api_keys(session=db, actor=p.actor(db, p.admin))[0]["last_used"] != "Never"


@pytest.mark.parametrize("presented", [None, "", "prm_", "Bearer x", "a" * 5000, "prm_0000\x00",
                                       "prm_00000000_" + "A" * 43])
def test_anything_but_a_live_key_is_refused(db, p, presented):
    create_api_key(session=db, actor=p.actor(db, p.admin), name="CRM")
    assert authenticate_api_key(session=db, key=presented) is None


def test_a_revoked_key_is_refused_and_revoking_is_audited_once(db, p):
    admin = p.actor(db, p.admin)
    created = create_api_key(session=db, actor=admin, name="Old CRM")

    revoked = revoke_api_key(session=db, actor=admin, key_id=created["id"])
    revoke_api_key(session=db, actor=admin, key_id=str(created["id"]))  # twice is fine

    assert revoked["status"] == "Revoked"
    assert authenticate_api_key(session=db, key=created["key"]) is None
    assert list_api_keys(session=db, actor=admin)[0]["status"] == "Revoked"
    assert len(db.exec(select(AuditLog).where(AuditLog.action == "api_key_revoked")).all()) == 1


@pytest.mark.parametrize("key_id", ["nope", "0", "-1", str(2**40), "999"])
def test_revoking_an_unknown_key_says_so(db, p, key_id):
    with pytest.raises(NotFound):
        revoke_api_key(session=db, actor=p.actor(db, p.admin), key_id=key_id)


def test_an_api_key_cannot_manage_keys(db, p):
    created = create_api_key(session=db, actor=p.actor(db, p.admin), name="CRM")
    actor = authenticate_api_key(session=db, key=created["key"])
    with pytest.raises(InvalidInput):
        create_api_key(session=db, actor=actor, name="Another")
    with pytest.raises(InvalidInput):
        revoke_api_key(session=db, actor=actor, key_id=created["id"])


def test_active_keys_are_listed_before_revoked_ones(db, p):
    admin = p.actor(db, p.admin)
    old = create_api_key(session=db, actor=admin, name="Old")
    create_api_key(session=db, actor=admin, name="New")
    create_api_key(session=db, actor=admin, name="Newest")
    revoke_api_key(session=db, actor=admin, key_id=old["id"])
    assert [k["name"] for k in list_api_keys(session=db, actor=admin)] == ["Newest", "New", "Old"]
