"""Edges of the onboarding rules: domains known only from users, invitations bound to their
email, and an activation that fails going back to Pending instead of vanishing."""

from __future__ import annotations

import pytest
from sqlmodel import select

from models.accounts import PartnerAccount, User
from models.recruitment import PartnerApplication
from services import recruitment
from services.errors import InvalidInput
from tests.factories import personas
from tests.services.recruitment_helpers import apply, invitation_token, invite, onboarding


@pytest.fixture
def p(db):
    return personas(db)


@pytest.fixture
def admin(db, p):
    return p.actor(db, p.admin)


def test_domain_matching_knows_a_partner_by_its_users_emails(db, p, admin):
    assert p.northwind.email_domain is None  # created without a domain
    onboarding(db, admin, domain=True)
    result = apply(db, email="nina@northwind.example", company_name="Northwind Traders EU")
    assert result["outcome"] == "pending"
    app = db.exec(select(PartnerApplication).where(PartnerApplication.email == "nina@northwind.example")).one()
    assert app.matched_partner_account_id == p.northwind.id


def test_an_invitation_registers_only_its_own_email(db, p, admin):
    invite(db, admin)
    token = invitation_token(db, "pat@acme.example")
    result = apply(db, token=token, email="someone.else@acme.example")
    assert result["email"] == "pat@acme.example"
    assert db.exec(select(PartnerApplication.email)).all() == ["pat@acme.example"]


def test_a_failed_approval_leaves_the_request_pending(db, p, admin, monkeypatch):
    apply(db, email="ann@newco.example", company_name="NewCo")
    app = db.exec(select(PartnerApplication)).one()

    def broken_create_user(**kwargs):
        raise InvalidInput("Check the highlighted fields.", {"email": "A user with this email already exists."})

    monkeypatch.setattr(recruitment, "create_user", broken_create_user)
    with pytest.raises(InvalidInput) as exc:
        recruitment.approve_application(session=db, actor=admin, application_id=app.id)
    assert "could not be activated" in str(exc.value)
    db.expire_all()
    assert db.get(PartnerApplication, app.id).status == "pending"
    assert recruitment.count_pending_applications(session=db, actor=admin) == 1
    assert db.exec(select(User).where(User.email == "ann@newco.example")).first() is None
    assert db.exec(select(PartnerAccount).where(PartnerAccount.name == "NewCo")).first() is None

    monkeypatch.undo()
    recruitment.approve_application(session=db, actor=admin, application_id=app.id)
    assert len(db.exec(select(PartnerAccount).where(PartnerAccount.name == "NewCo")).all()) == 1
