"""services/bootstrap.py: the first supplier admin and the demo program."""

from __future__ import annotations

import pytest
from sqlalchemy import func
from sqlmodel import select

from models.accounts import (
    USER_KIND_PARTNER,
    USER_KIND_SUPPLIER_ADMIN,
    PartnerAccount,
    ProgramSettings,
    User,
)
from models.leads import Lead
from models.messaging import Message
from services import auth, bootstrap
from services.errors import InvalidCredentials, InvalidInput
from tests.factories import create_random_partner

DEMO_PASSWORD = "demo passphrase 2026"


def count(db, model) -> int:
    return db.exec(select(func.count()).select_from(model)).one()


def user(db, email) -> User:
    return db.exec(select(User).where(User.email == email)).one()


def test_it_creates_the_supplier_admin_once(db):
    assert bootstrap.is_new_database(db)
    login = bootstrap.ensure_supplier_admin(session=db, email=" Owner@Acme.Example ",
                                            password="owner passphrase 1")
    assert (login.email, login.where) == ("owner@acme.example", "/admin")
    admin = user(db, "owner@acme.example")
    assert admin.kind == USER_KIND_SUPPLIER_ADMIN
    assert not bootstrap.is_new_database(db)
    assert bootstrap.ensure_supplier_admin(session=db, email="owner@acme.example",
                                           password="another passphrase") is None
    assert count(db, User) == 1
    _, actor = auth.login(session=db, email="owner@acme.example", password="owner passphrase 1",
                          kind=USER_KIND_SUPPLIER_ADMIN)
    assert actor.user_id == admin.id


def test_it_generates_a_password_when_none_is_given(db):
    login = bootstrap.ensure_supplier_admin(session=db, email="owner@acme.example", password=None)
    assert len(login.password) >= 16
    _, actor = auth.login(session=db, email=login.email, password=login.password,
                          kind=USER_KIND_SUPPLIER_ADMIN)
    assert actor.is_supplier_admin
    second = bootstrap.ensure_supplier_admin(session=db, email="other@acme.example", password=None)
    assert second.password != login.password


def test_it_refuses_a_weak_admin_password(db):
    with pytest.raises(InvalidInput):
        bootstrap.ensure_supplier_admin(session=db, email="owner@acme.example", password="admin123")
    assert count(db, User) == 0
    with pytest.raises(InvalidInput):
        bootstrap.validate_demo_password("short")


@pytest.fixture
def demo(db):
    bootstrap.ensure_supplier_admin(session=db, email="owner@acme.example", password="owner passphrase 1")
    return bootstrap.load_demo(session=db, password=DEMO_PASSWORD)


def test_the_demo_has_northwind_with_alice_and_bob(db, demo):
    northwind = db.exec(select(PartnerAccount).where(PartnerAccount.tenant_name == "northwind")).one()
    assert (northwind.name, northwind.status) == ("Northwind Traders", "active")
    alice, bob = user(db, "alice@northwind.example"), user(db, "bob@northwind.example")
    assert (alice.partner_account_id, alice.kind, alice.partner_role) == (
        northwind.id, USER_KIND_PARTNER, "partner_admin")
    assert (bob.partner_account_id, bob.kind, bob.partner_role) == (
        northwind.id, USER_KIND_PARTNER, "partner_user")


def test_the_demo_has_contoso_with_charlie(db, demo):
    contoso = db.exec(select(PartnerAccount).where(PartnerAccount.tenant_name == "contoso")).one()
    assert user(db, "charlie@contoso.example").partner_account_id == contoso.id
    assert contoso.status == "active"


def test_the_demo_has_one_test_account_leads_and_a_message(db, demo):
    assert len(db.exec(select(PartnerAccount).where(PartnerAccount.status == "test")).all()) == 1
    leads = db.exec(select(Lead)).all()
    assert leads
    owners = {u.id: u for u in db.exec(select(User)).all()}
    for lead in leads:  # each owned lead belongs to its owner's partner account
        if lead.owner_user_id:
            assert owners[lead.owner_user_id].partner_account_id == lead.partner_account_id
    assert count(db, Message) == 1
    assert db.get(ProgramSettings, 1).program_name != ProgramSettings().program_name


def test_the_demo_password_logs_in(db, demo):
    assert {login.email for login in demo} >= {
        "alice@northwind.example", "bob@northwind.example", "charlie@contoso.example"}
    for login in demo:
        assert login.password == DEMO_PASSWORD
        _, actor = auth.login(session=db, email=login.email, password=login.password,
                              kind=USER_KIND_PARTNER)
        assert actor.email == login.email
    with pytest.raises(InvalidCredentials):
        auth.login(session=db, email="alice@northwind.example", password="not the demo password",
                   kind=USER_KIND_PARTNER)


def test_the_demo_users_are_opted_out_of_supplier_emails(db, demo):
    partners = db.exec(select(User).where(User.kind == USER_KIND_PARTNER)).all()
    assert partners and not any(u.supplier_emails_opt_in for u in partners)


def test_the_demo_is_loaded_only_into_an_empty_program(db, demo):
    before = (count(db, PartnerAccount), count(db, User), count(db, Lead), count(db, Message))
    assert bootstrap.load_demo(session=db, password=DEMO_PASSWORD) == []
    assert (count(db, PartnerAccount), count(db, User), count(db, Lead), count(db, Message)) == before


def test_the_demo_leaves_a_real_program_alone(db):
    create_random_partner(db, name="A Real Partner")
    assert bootstrap.load_demo(session=db, password=DEMO_PASSWORD) == []
    assert count(db, PartnerAccount) == 1
    assert count(db, User) == count(db, Lead) == count(db, Message) == 0
