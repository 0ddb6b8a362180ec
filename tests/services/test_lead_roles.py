"""Portal Settings > Lead Management: partner admins choose their Lead Owners and Sales Reps."""

from __future__ import annotations

import pytest
from sqlmodel import select

from models.audit import AuditLog
from models.leads import Lead
from services.errors import InvalidInput, NotFound, PermissionDenied
from services.leads import lead_roles, list_leads, set_lead_role
from tests.factories import personas


@pytest.fixture
def p(db):
    return personas(db)


def test_it_lists_only_the_account_users(db, p):
    rows = lead_roles(session=db, actor=p.actor(db, p.alice))
    assert {r["email"] for r in rows} == {"alice@northwind.example", "bob@northwind.example"}
    assert all(not r["is_lead_owner"] and not r["is_sales_rep"] for r in rows)


def test_a_partner_admin_names_a_lead_owner_who_then_sees_unowned_leads(db, p):
    db.add(Lead(company="Globex", first_name="Maria", partner_account_id=p.northwind.id))
    db.commit()
    assert list_leads(session=db, actor=p.actor(db, p.bob)).rows == []

    rows = set_lead_role(session=db, actor=p.actor(db, p.alice), user_id=p.bob.id,
                         role="is_lead_owner", on=True)
    assert next(r for r in rows if r["email"] == "bob@northwind.example")["is_lead_owner"] is True
    db.refresh(p.bob)
    assert [r["company"] for r in list_leads(session=db, actor=p.actor(db, p.bob)).rows] == ["Globex"]
    audit = db.exec(select(AuditLog).where(AuditLog.action == "is_lead_owner_on")).one()
    assert audit.actor_user_id == p.alice.id and audit.object_id == str(p.bob.id)


def test_it_refuses_partner_users_other_tenants_and_unknown_roles(db, p):
    with pytest.raises(PermissionDenied):
        set_lead_role(session=db, actor=p.actor(db, p.bob), user_id=p.bob.id, role="is_lead_owner", on=True)
    with pytest.raises(NotFound):
        set_lead_role(session=db, actor=p.actor(db, p.charlie), user_id=p.bob.id, role="is_sales_rep", on=True)
    with pytest.raises(NotFound):
        set_lead_role(session=db, actor=p.actor(db, p.alice), user_id=2**70, role="is_sales_rep", on=True)
    with pytest.raises(InvalidInput):
        set_lead_role(session=db, actor=p.actor(db, p.alice), user_id=p.bob.id, role="partner_role", on=True)
    with pytest.raises(PermissionDenied):
        lead_roles(session=db, actor=p.actor(db, p.admin))
    db.refresh(p.bob)
    assert (p.bob.is_lead_owner, p.bob.is_sales_rep, p.bob.partner_role) == (False, False, "partner_user")
