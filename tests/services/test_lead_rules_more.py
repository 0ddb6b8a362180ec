"""Default Lead Owners' New Lead Notifications; the portal Home's counts and acting on a
colleague's lead under "Partner Users see: All of their account's leads"; the supplier told of a
registration; the conflict check's indexed columns; Route Unassigned Leads as a job."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlmodel import select

from jobs.queues import DEFAULT, get_queue
from jobs.routing import route_unassigned
from models.leads import Lead, LeadEvent
from models.messaging import EmailMessage
from models.routing import RoutingRun
from services.accounts import partner_home
from services.bulk import bulk_insert
from services.errors import InvalidInput, NotFound, PermissionDenied
from services.lead_registration import find_conflicts, register_lead, update_lead_settings
from services.leads import (
    accept_lead,
    create_lead,
    default_lead_owners,
    get_lead,
    reject_lead,
    set_default_lead_owner,
    update_lead_progress,
)
from services.mail import get_program
from services.routing import route_unassigned_batch, save_rule, start_routing_unassigned
from tests.factories import create_admin, create_partner_user, create_random_partner, personas


@pytest.fixture
def p(db):
    return personas(db)


def admin(db, p):
    return p.actor(db, p.admin)


def emails_to(db, template: str) -> list[str]:
    return sorted(db.exec(select(EmailMessage.to_email).where(EmailMessage.template == template)).all())


def new_lead(db, p, account=None, company="Acme", **values) -> dict:
    return create_lead(session=db, actor=admin(db, p), values={"company": company, "last_name": "Jones", **values},
                       partner_account_id=account.id if account else None)


def account_visibility(db, p, visibility="account") -> None:
    update_lead_settings(session=db, actor=admin(db, p), lead_registration_without_pii=False,
                         partner_user_lead_visibility=visibility)


# ---------------------------------------------------------------- Default Lead Owners


def test_default_lead_owners_get_new_lead_notifications_besides_the_lead_owners(db, p):
    p.alice.is_lead_owner = True
    db.add(p.alice)
    db.commit()
    rows = set_default_lead_owner(session=db, actor=admin(db, p), partner_account_id=p.northwind.id,
                                  user_id=p.bob.id, on=True)
    assert {r["email"]: r["is_default_lead_owner"] for r in rows} == {
        "alice@northwind.example": False, "bob@northwind.example": True}
    new_lead(db, p, p.northwind)
    assert emails_to(db, "new_lead") == ["alice@northwind.example", "bob@northwind.example"]
    new_lead(db, p, p.contoso, company="Globex")  # Contoso named none: its partner admin only
    assert emails_to(db, "new_lead").count("bob@northwind.example") == 1


def test_a_default_lead_owner_who_is_also_lead_owner_is_told_once(db, p):
    p.bob.is_lead_owner = True
    db.add(p.bob)
    db.commit()
    set_default_lead_owner(session=db, actor=admin(db, p), partner_account_id=p.northwind.id,
                           user_id=p.bob.id, on=True)
    new_lead(db, p, p.northwind)
    assert emails_to(db, "new_lead") == ["bob@northwind.example"]


def test_only_supplier_admins_name_default_lead_owners_of_the_account_named(db, p):
    with pytest.raises(PermissionDenied):
        set_default_lead_owner(session=db, actor=p.actor(db, p.alice), partner_account_id=p.northwind.id,
                               user_id=p.bob.id, on=True)
    with pytest.raises(NotFound):  # charlie is not a Northwind user
        set_default_lead_owner(session=db, actor=admin(db, p), partner_account_id=p.northwind.id,
                               user_id=p.charlie.id, on=True)
    with pytest.raises(NotFound):
        default_lead_owners(session=db, actor=admin(db, p), partner_account_id="2**70")
    db.refresh(p.charlie)
    assert not p.charlie.is_default_lead_owner


# ---------------------------------------------------------------- "Partner Users see" on Home and in actions


def test_home_lead_counts_follow_the_partner_users_visibility_setting(db, p):
    account_visibility(db, p)  # so that bob can take an unowned lead
    mine = new_lead(db, p, p.northwind, company="Mine")
    accept_lead(session=db, actor=p.actor(db, p.bob), lead_id=mine["id"])
    theirs = new_lead(db, p, p.northwind, company="Theirs")
    accept_lead(session=db, actor=p.actor(db, p.alice), lead_id=theirs["id"])
    new_lead(db, p, p.contoso, company="Other tenant")
    account_visibility(db, p, "assigned")
    assert partner_home(session=db, actor=p.actor(db, p.bob))["open_leads"] == 1
    account_visibility(db, p)
    assert partner_home(session=db, actor=p.actor(db, p.bob))["open_leads"] == 2
    assert partner_home(session=db, actor=p.actor(db, p.alice))["open_leads"] == 2


def test_a_partner_user_views_a_colleagues_lead_but_cannot_act_on_it(db, p):
    account_visibility(db, p)
    theirs = new_lead(db, p, p.northwind)
    accept_lead(session=db, actor=p.actor(db, p.alice), lead_id=theirs["id"])
    bob = p.actor(db, p.bob)
    seen = get_lead(session=db, actor=bob, lead_id=theirs["id"])
    assert seen["can_act"] == ""
    with pytest.raises(PermissionDenied, match="assigned to"):
        update_lead_progress(session=db, actor=bob, lead_id=theirs["id"], status="Contacted")
    # A New lead handed to alice by her admin: bob may neither accept nor reject it.
    handed = new_lead(db, p, p.northwind, company="Handed")
    db.get(Lead, handed["id"]).owner_user_id = p.alice.id
    db.commit()
    with pytest.raises(PermissionDenied):
        accept_lead(session=db, actor=bob, lead_id=handed["id"])
    with pytest.raises(PermissionDenied):
        reject_lead(session=db, actor=bob, lead_id=handed["id"], reason="Not ours")
    db.expire_all()
    assert db.get(Lead, handed["id"]).status == "New"


def test_unowned_leads_and_a_partner_admin_may_act(db, p):
    account_visibility(db, p)
    unowned = new_lead(db, p, p.northwind)
    bob = p.actor(db, p.bob)
    assert get_lead(session=db, actor=bob, lead_id=unowned["id"])["can_act"] == "1"
    assert accept_lead(session=db, actor=bob, lead_id=unowned["id"])["owner"] == p.bob.full_name
    # alice (partner admin) works bob's lead.
    assert update_lead_progress(session=db, actor=p.actor(db, p.alice), lead_id=unowned["id"],
                                status="Qualified")["status"] == "Qualified"


# ---------------------------------------------------------------- the supplier hears of a registration

REG = {"first_name": "Ann", "last_name": "Lee", "email": "ann@initech.example", "phone": "+1 555 0100",
       "company": "Initech"}


def test_supplier_admins_are_emailed_of_a_registration(db, p):
    second = create_admin(db, email="second@example.com")
    gone = create_admin(db, email="gone@example.com")
    gone.is_active = False
    db.add(gone)
    db.commit()
    lead = register_lead(session=db, actor=p.actor(db, p.bob), values=REG)
    assert emails_to(db, "lead_registration_notice") == ["admin@example.com", second.email]
    mail = db.exec(select(EmailMessage).where(EmailMessage.template == "lead_registration_notice")).first()
    assert "Initech" in mail.subject and "/admin/leads/registrations" in mail.text_body
    assert "Northwind Traders" in mail.text_body and lead["status"] == "Pending Approval"


def test_the_programs_notify_list_gets_it_instead_and_a_conflict_is_mentioned(db, p):
    program = get_program(db)
    program.pending_notify_emails = ["deals@supplier.example"]
    db.add(program)
    db.commit()
    new_lead(db, p, p.contoso, company="Initech Ltd")
    register_lead(session=db, actor=p.actor(db, p.bob), values=REG)
    assert emails_to(db, "lead_registration_notice") == ["deals@supplier.example"]
    mail = db.exec(select(EmailMessage).where(EmailMessage.template == "lead_registration_notice")).one()
    assert "may conflict" in mail.text_body and "Contoso" not in mail.text_body


# ---------------------------------------------------------------- the conflict check's columns


def test_every_way_in_fills_the_normalised_columns(db, p):
    new_lead(db, p, company="Globex Corp.", email="Dan@Globex.example")
    bulk_insert(db, Lead.__table__, [{"company": "ACME, Inc.", "email": "x@gmail.com", "last_name": "Y",
                                      "company_domain": "", "company_key": "acme"}])
    db.commit()
    register_lead(session=db, actor=p.actor(db, p.bob), values={**REG, "company": "The Initech Group"})
    rows = {r.company: (r.company_domain, r.company_key) for r in db.exec(select(Lead)).all()}
    assert rows["Globex Corp."] == ("globex.example", "globex")
    assert rows["The Initech Group"] == ("initech.example", "initech")
    assert [c["reason"] for c in find_conflicts(db, email="z@globex.example", company="Globex")] == ["domain,name"]


def test_the_conflict_check_is_an_index_lookup(db, p, database_url):
    query = "SELECT id FROM lead WHERE company_key = 'globex' ORDER BY id DESC LIMIT 20"
    if database_url.startswith("postgresql"):
        db.exec(text("SET enable_seqscan = off"))  # a tiny table: show what the planner can use
        plan = " ".join(r[0] for r in db.exec(text("EXPLAIN " + query)).all())
        db.exec(text("SET enable_seqscan = on"))
    else:
        plan = " ".join(str(r[-1]) for r in db.exec(text("EXPLAIN QUERY PLAN " + query)).all())
    assert "ix_lead_company_key" in plan


# ---------------------------------------------------------------- Route Unassigned Leads


def _unassigned(db, n: int) -> list[int]:
    first = db.exec(select(Lead.id).order_by(Lead.id.desc())).first() or 0
    bulk_insert(db, Lead.__table__, [{"company": f"Lead {i}", "last_name": "X"} for i in range(n)])
    db.commit()
    return list(db.exec(select(Lead.id).where(Lead.id > first).order_by(Lead.id)).all())


def test_route_unassigned_leads_routes_the_whole_queue_in_a_job(db, p):
    ids = _unassigned(db, 7)
    save_rule(session=db, actor=admin(db, p), values={"name": "Gold only", "partner_tiers": "Gold"})
    run = start_routing_unassigned(session=db, actor=admin(db, p))
    assert (run["status"], run["total"], run["processed"]) == ("running", 7, 0)
    assert f"route-unassigned-{run['id']}" in get_queue(DEFAULT).job_ids
    assert start_routing_unassigned(session=db, actor=admin(db, p))["id"] == run["id"]  # one at a time

    assert route_unassigned(run["id"]) == "done"
    db.expire_all()
    row = db.get(RoutingRun, run["id"])
    assert (row.status, row.processed, row.assigned, row.unassigned) == ("done", 7, 7, 0)
    assert {db.get(Lead, i).partner_account_id for i in ids} == {p.northwind.id}
    assert route_unassigned(run["id"]) == "done"  # run again: nothing more happens
    assert len(db.exec(select(LeadEvent).where(LeadEvent.field == "partner")).all()) == 7


def test_a_killed_run_resumes_where_its_last_batch_committed(db, p, frozen_clock):
    from datetime import timedelta

    ids = _unassigned(db, 5)
    save_rule(session=db, actor=admin(db, p), values={"name": "Everyone"})
    run = start_routing_unassigned(session=db, actor=admin(db, p))
    assert route_unassigned_batch(session=db, run_id=run["id"], batch_size=2)  # then the worker dies
    db.expire_all()
    assert db.get(RoutingRun, run["id"]).processed == 2
    assert start_routing_unassigned(session=db, actor=admin(db, p))["processed"] == 2  # still running: shown
    frozen_clock.set(frozen_clock.now + timedelta(minutes=11))  # no progress for 10 minutes: resumed
    resumed = start_routing_unassigned(session=db, actor=admin(db, p))
    assert resumed["id"] == run["id"]
    route_unassigned(run["id"])
    db.expire_all()
    row = db.get(RoutingRun, run["id"])
    assert (row.status, row.processed, row.assigned) == ("done", 5, 5)
    assert all(db.get(Lead, i).partner_account_id for i in ids)
    assert len(db.exec(select(LeadEvent).where(LeadEvent.field == "partner")).all()) == 5  # each once
    # Round robin went on from where it was: both partners got leads.
    assert {db.get(Lead, i).partner_account_id for i in ids} == {p.northwind.id, p.contoso.id}


def test_route_unassigned_leads_needs_an_admin_and_a_queue(db, p):
    with pytest.raises(PermissionDenied):
        start_routing_unassigned(session=db, actor=p.actor(db, p.alice))
    with pytest.raises(InvalidInput, match="empty"):
        start_routing_unassigned(session=db, actor=admin(db, p))
    create_partner_user(db, create_random_partner(db))  # unrelated: still nothing to route
    assert db.exec(select(RoutingRun)).first() is None
