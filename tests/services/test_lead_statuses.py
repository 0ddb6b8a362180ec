"""Leads > Lead Settings > Lead Statuses: the configured list, its categories, and what reads it
(partner status menu, filters, capacity, counts, the OpenAPI document)."""

from __future__ import annotations

import pytest
from sqlmodel import select

from models.leads import DEFAULT_LEAD_STATUSES, Lead, LeadStatus
from prm.openapi import openapi_document
from services import lead_statuses as ls
from services.accounts import partner_home
from services.errors import InvalidInput, PermissionDenied
from services.leads import accept_lead, create_lead, list_leads, update_lead_progress
from services.routing import Capacity
from tests.factories import personas


@pytest.fixture
def p(db):
    return personas(db)


def admin(db, p):
    return p.actor(db, p.admin)


def names(rows) -> list[str]:
    return [r["name"] for r in rows]


def row(rows, name) -> dict:
    return next(r for r in rows if r["name"] == name)


def accepted(db, p, company="Acme") -> dict:
    lead = create_lead(session=db, actor=admin(db, p), values={"company": company, "last_name": "Jones"},
                       partner_account_id=p.northwind.id)
    return accept_lead(session=db, actor=p.actor(db, p.alice), lead_id=lead["id"])


def test_the_defaults_in_order_with_their_categories(db, p):
    rows = ls.list_lead_statuses(session=db, actor=admin(db, p))
    assert names(rows) == [n for n, _ in DEFAULT_LEAD_STATUSES]
    assert {r["name"]: r["category"] for r in rows}["Closed Won"] == "won"
    assert {r["name"] for r in rows if r["is_workflow"]} == {
        "New", "Pending Approval", "Approved", "Accepted", "Rejected", "Recalled"}
    assert ls.working_status_names(db) == ["Contacted", "Qualified", "Converted to Opportunity",
                                           "Closed Won", "Closed Lost"]


def test_only_supplier_admins_edit_the_statuses(db, p):
    for call, kwargs in ((ls.list_lead_statuses, {}), (ls.add_lead_status, {"name": "X", "category": "open"}),
                         (ls.restore_default_lead_statuses, {})):
        with pytest.raises(PermissionDenied):
            call(session=db, actor=p.actor(db, p.alice), **kwargs)


def test_an_added_status_is_offered_to_partners_and_filters_leads(db, p):
    rows = ls.add_lead_status(session=db, actor=admin(db, p), name="  Meeting   Booked ", category="open")
    assert names(rows)[-1] == "Meeting Booked"
    assert "Meeting Booked" in ls.working_status_names(db)
    lead = accepted(db, p)
    assert update_lead_progress(session=db, actor=p.actor(db, p.alice), lead_id=lead["id"],
                                status="Meeting Booked")["status"] == "Meeting Booked"
    found = list_leads(session=db, actor=admin(db, p), status="Meeting Booked").rows
    assert [r["id"] for r in found] == [lead["id"]]
    assert "Meeting Booked" in openapi_document(ls.status_names(db))["components"]["schemas"]["Lead"][
        "properties"]["status"]["enum"]


@pytest.mark.parametrize("name, category, field", [
    ("", "open", "name"), ("x" * 33, "open", "name"), ("qualified", "open", "name"),
    ("Line\nbreak", "open", "name"), ("Fine", "maybe", "category")])
def test_bad_names_and_categories_are_refused_and_nothing_is_added(db, p, name, category, field):
    with pytest.raises(InvalidInput) as exc:
        ls.add_lead_status(session=db, actor=admin(db, p), name=name, category=category)
    assert field in exc.value.fields
    assert len(ls.list_lead_statuses(session=db, actor=admin(db, p))) == len(DEFAULT_LEAD_STATUSES)


def test_renaming_a_status_moves_the_leads_that_hold_it(db, p):
    lead = accepted(db, p)
    update_lead_progress(session=db, actor=p.actor(db, p.alice), lead_id=lead["id"], status="Contacted")
    contacted = row(ls.list_lead_statuses(session=db, actor=admin(db, p)), "Contacted")
    assert contacted["leads"] == 1
    rows = ls.update_lead_status(session=db, actor=admin(db, p), status_id=contacted["id"], name="Reached Out",
                                 category="open")
    assert "Contacted" not in names(rows) and row(rows, "Reached Out")["leads"] == 1
    db.expire_all()
    assert db.get(Lead, lead["id"]).status == "Reached Out"
    with pytest.raises(InvalidInput):  # the old name is gone from the partner's menu
        update_lead_progress(session=db, actor=p.actor(db, p.alice), lead_id=lead["id"], status="Contacted")
    with pytest.raises(InvalidInput):
        list_leads(session=db, actor=admin(db, p), status="Contacted")


def test_workflow_statuses_keep_their_name_and_cannot_be_deactivated_or_deleted(db, p):
    new = row(ls.list_lead_statuses(session=db, actor=admin(db, p)), "New")
    with pytest.raises(InvalidInput):
        ls.update_lead_status(session=db, actor=admin(db, p), status_id=new["id"], name="Fresh", category="open")
    with pytest.raises(InvalidInput):
        ls.set_lead_status_active(session=db, actor=admin(db, p), status_id=new["id"], active=False)
    with pytest.raises(InvalidInput):
        ls.delete_lead_status(session=db, actor=admin(db, p), status_id=new["id"])
    assert row(ls.list_lead_statuses(session=db, actor=admin(db, p)), "New")["is_active"]


def test_statuses_move_up_and_down(db, p):
    rows = ls.list_lead_statuses(session=db, actor=admin(db, p))
    won = row(rows, "Closed Won")
    rows = ls.move_lead_status(session=db, actor=admin(db, p), status_id=won["id"], direction="up")
    assert names(rows).index("Closed Won") == names(rows).index("Converted to Opportunity") - 1
    rows = ls.move_lead_status(session=db, actor=admin(db, p), status_id=won["id"], direction="down")
    assert names(rows) == [n for n, _ in DEFAULT_LEAD_STATUSES]
    first = rows[0]
    assert names(ls.move_lead_status(session=db, actor=admin(db, p), status_id=first["id"],
                                     direction="up")) == names(rows)  # the first stays first


def test_a_deactivated_status_is_not_offered_but_leads_keep_it(db, p):
    lead = accepted(db, p)
    update_lead_progress(session=db, actor=p.actor(db, p.alice), lead_id=lead["id"], status="Qualified")
    qualified = row(ls.list_lead_statuses(session=db, actor=admin(db, p)), "Qualified")
    ls.set_lead_status_active(session=db, actor=admin(db, p), status_id=qualified["id"], active=False)
    assert "Qualified" not in ls.working_status_names(db)
    assert "Qualified" in ls.status_names(db)  # still a filter: leads hold it
    # The lead keeps it, and its owner can still save the opportunity without changing it.
    assert update_lead_progress(session=db, actor=p.actor(db, p.alice), lead_id=lead["id"], status="Qualified",
                                opportunity_amount="100")["status"] == "Qualified"
    other = accepted(db, p, "Globex")
    with pytest.raises(InvalidInput):
        update_lead_progress(session=db, actor=p.actor(db, p.alice), lead_id=other["id"], status="Qualified")
    ls.set_lead_status_active(session=db, actor=admin(db, p), status_id=qualified["id"], active=True)
    assert "Qualified" in ls.working_status_names(db)


def test_a_status_in_use_cannot_be_deleted_an_unused_one_can(db, p):
    lead = accepted(db, p)
    update_lead_progress(session=db, actor=p.actor(db, p.alice), lead_id=lead["id"], status="Closed Lost")
    lost = row(ls.list_lead_statuses(session=db, actor=admin(db, p)), "Closed Lost")
    with pytest.raises(InvalidInput, match="deactivate it instead"):
        ls.delete_lead_status(session=db, actor=admin(db, p), status_id=lost["id"])
    won = row(ls.list_lead_statuses(session=db, actor=admin(db, p)), "Closed Won")
    assert "Closed Won" not in names(ls.delete_lead_status(session=db, actor=admin(db, p), status_id=won["id"]))


def test_categories_drive_open_and_won_counts_and_routing_capacity(db, p):
    ls.add_lead_status(session=db, actor=admin(db, p), name="Signed", category="won")
    ls.add_lead_status(session=db, actor=admin(db, p), name="Nurturing", category="open")
    first, second = accepted(db, p, "Acme"), accepted(db, p, "Globex")
    alice = p.actor(db, p.alice)
    update_lead_progress(session=db, actor=alice, lead_id=first["id"], status="Signed")
    update_lead_progress(session=db, actor=alice, lead_id=second["id"], status="Nurturing")
    home = partner_home(session=db, actor=alice)
    assert (home["open_leads"], home["won_leads"]) == (1, 1)
    assert Capacity(db, [p.northwind.id]).open[p.northwind.id] == 1
    # Nurturing moved to lost: no longer open anywhere.
    nurturing = row(ls.list_lead_statuses(session=db, actor=admin(db, p)), "Nurturing")
    ls.update_lead_status(session=db, actor=admin(db, p), status_id=nurturing["id"], name="Nurturing",
                          category="lost")
    assert partner_home(session=db, actor=alice)["open_leads"] == 0
    assert Capacity(db, [p.northwind.id]).open[p.northwind.id] == 0


def test_restore_defaults_undoes_the_changes_unless_leads_hold_a_custom_status(db, p):
    a = admin(db, p)
    ls.add_lead_status(session=db, actor=a, name="Meeting Booked", category="open")
    rows = ls.list_lead_statuses(session=db, actor=a)
    ls.move_lead_status(session=db, actor=a, status_id=row(rows, "Closed Won")["id"], direction="up")
    ls.set_lead_status_active(session=db, actor=a, status_id=row(rows, "Qualified")["id"], active=False)
    lead = accepted(db, p)
    update_lead_progress(session=db, actor=p.actor(db, p.alice), lead_id=lead["id"], status="Meeting Booked")
    with pytest.raises(InvalidInput):
        ls.restore_default_lead_statuses(session=db, actor=a)
    update_lead_progress(session=db, actor=p.actor(db, p.alice), lead_id=lead["id"], status="Contacted")
    rows = ls.restore_default_lead_statuses(session=db, actor=a)
    assert names(rows) == [n for n, _ in DEFAULT_LEAD_STATUSES] and all(r["is_active"] for r in rows)
    assert db.exec(select(LeadStatus).where(LeadStatus.name == "Meeting Booked")).first() is None
