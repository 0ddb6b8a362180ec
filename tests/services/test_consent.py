"""GDPR (seed 002): new partner users are opted out of Supplier Emails; every opt-in and
opt-out is recorded with time, source and wording; Terms & Conditions, when the admin sets
them up that way, opt the user in on acceptance."""

from __future__ import annotations

import pytest
from sqlmodel import select

from models.accounts import ConsentRecord, User
from services import consent
from services.accounts import set_supplier_emails
from services.errors import InvalidInput, PermissionDenied
from tests.factories import create_partner_user, personas


@pytest.fixture
def p(db):
    return personas(db)


def records(db, user):
    return db.exec(select(ConsentRecord).where(ConsentRecord.user_id == user.id).order_by(ConsentRecord.id)).all()


def test_new_partner_users_start_opted_out_and_every_change_is_recorded(db, p, frozen_clock):
    user = create_partner_user(db, p.northwind)
    assert user.supplier_emails_opt_in is False and records(db, user) == []
    a = p.actor(db, user)
    set_supplier_emails(session=db, actor=a, opt_in=True)
    set_supplier_emails(session=db, actor=a, opt_in=True)  # no change, no record
    set_supplier_emails(session=db, actor=a, opt_in=False)
    got = [(r.granted, r.source, r.wording_version, r.at) for r in records(db, user)]
    assert got == [(True, "portal_settings", consent.SUPPLIER_EMAILS_WORDING_VERSION, frozen_clock.now),
                   (False, "portal_settings", consent.SUPPLIER_EMAILS_WORDING_VERSION, frozen_clock.now)]
    history = consent.consent_history(session=db, actor=a)
    assert [h["choice"] for h in history] == ["Opted out", "Opted in"]


def test_accepting_terms_set_up_that_way_opts_the_user_in(db, p):
    consent.update_terms(session=db, actor=p.actor(db, p.admin), text="Be nice.", opt_in_emails=True)
    a = p.actor(db, p.bob)
    t = consent.terms_for_user(session=db, actor=a)
    assert t["needs_acceptance"] and t["version"] == 1
    consent.accept_terms(session=db, actor=a, version=1)
    db.refresh(p.bob)
    assert p.bob.supplier_emails_opt_in is True and p.bob.terms_accepted_version == 1
    [r] = records(db, p.bob)
    assert (r.granted, r.source, r.wording_version) == (True, "terms_acceptance", "terms-v1")
    assert not consent.terms_for_user(session=db, actor=a)["needs_acceptance"]


def test_terms_without_the_opt_in_leave_the_choice_alone(db, p):
    consent.update_terms(session=db, actor=p.actor(db, p.admin), text="Be nice.", opt_in_emails=False)
    consent.accept_terms(session=db, actor=p.actor(db, p.bob), version=1)
    db.refresh(p.bob)
    assert p.bob.supplier_emails_opt_in is False and records(db, p.bob) == []


def test_changed_terms_are_accepted_again_and_a_stale_version_is_refused(db, p):
    admin = p.actor(db, p.admin)
    consent.update_terms(session=db, actor=admin, text="v1", opt_in_emails=False)
    consent.accept_terms(session=db, actor=p.actor(db, p.bob), version=1)
    consent.update_terms(session=db, actor=admin, text="v1", opt_in_emails=True)  # same text: same version
    assert consent.get_terms(session=db, actor=admin)["version"] == 1
    consent.update_terms(session=db, actor=admin, text="v2", opt_in_emails=True)
    a = p.actor(db, p.bob)
    assert consent.terms_for_user(session=db, actor=a)["needs_acceptance"]
    with pytest.raises(InvalidInput, match="changed"):
        consent.accept_terms(session=db, actor=a, version=1)
    consent.update_terms(session=db, actor=admin, text="", opt_in_emails=False)
    assert not consent.terms_for_user(session=db, actor=a)["needs_acceptance"]


def test_only_admins_set_terms(db, p):
    with pytest.raises(PermissionDenied):
        consent.update_terms(session=db, actor=p.actor(db, p.alice), text="mine", opt_in_emails=True)
    assert db.exec(select(User).where(User.terms_accepted_version > 0)).all() == []
