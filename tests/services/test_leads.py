"""services/leads.py: who sees which leads, filters and keyset paging."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from models._base import utcnow
from models.leads import Lead
from services.actors import Actor
from services.errors import InvalidInput, PermissionDenied
from services.leads import list_leads
from tests.factories import create_partner_user, create_random_partner, personas


@pytest.fixture
def p(db):
    return personas(db)


def add_lead(db, account=None, owner=None, status="New", created_at=None, name="Lead"):
    lead = Lead(first_name=name, last_name="Example", company=f"{name} Inc.", status=status,
                partner_account_id=account.id if account else None,
                owner_user_id=owner.id if owner else None,
                created_at=created_at or utcnow())
    db.add(lead)
    db.commit()
    return lead


@pytest.fixture
def leads(db, p):
    """Leads across both partners, owners and the unassigned pool."""
    return {
        "alice": add_lead(db, p.northwind, p.alice, name="ForAlice"),
        "bob": add_lead(db, p.northwind, p.bob, name="ForBob", status="Accepted"),
        "northwind": add_lead(db, p.northwind, None, name="ForNorthwind"),
        "charlie": add_lead(db, p.contoso, p.charlie, name="ForCharlie"),
        "unassigned": add_lead(db, None, None, name="Unassigned"),
    }


def ids(page) -> set[int]:
    return {r["id"] for r in page.rows}


def test_the_supplier_admin_sees_every_lead(db, p, leads):
    assert ids(list_leads(session=db, actor=p.actor(db, p.admin))) == {x.id for x in leads.values()}


def test_a_partner_admin_sees_all_leads_of_the_account(db, p, leads):
    page = list_leads(session=db, actor=p.actor(db, p.alice))
    assert ids(page) == {leads["alice"].id, leads["bob"].id, leads["northwind"].id}
    assert {r["partner"] for r in page.rows} == {"Northwind Traders"}


def test_a_partner_user_sees_only_own_leads(db, p, leads):
    page = list_leads(session=db, actor=p.actor(db, p.bob))
    assert ids(page) == {leads["bob"].id}
    assert page.rows[0]["owner"] == p.bob.full_name


def test_it_hides_other_tenants(db, p, leads):
    charlie = p.actor(db, p.charlie)
    page = list_leads(session=db, actor=charlie)
    assert ids(page) == {leads["charlie"].id}
    assert "Northwind Traders" not in {r["partner"] for r in page.rows}
    # Not even through a filter or a cursor pointing into Northwind's leads.
    assert ids(list_leads(session=db, actor=charlie, status="Accepted")) == set()
    later = (utcnow() + timedelta(days=1)).isoformat()
    assert ids(list_leads(session=db, actor=charlie, cursor=f"{later}|{leads['bob'].id}")) == {
        leads["charlie"].id}


def test_it_shows_nothing_to_a_partner_without_leads(db, p, leads):
    other = create_partner_user(db, create_random_partner(db), role="partner_admin")
    assert list_leads(session=db, actor=p.actor(db, other)).rows == []


def test_it_requires_login(db, p, leads):
    with pytest.raises(PermissionDenied):
        list_leads(session=db, actor=None)


def test_it_refuses_a_partner_without_an_account(db, p, leads):
    stranger = Actor(user_id=p.alice.id, email="x@example.com", name="X", kind="partner")
    with pytest.raises(PermissionDenied):
        list_leads(session=db, actor=stranger)


def test_it_filters_by_status(db, p, leads):
    admin = p.actor(db, p.admin)
    assert ids(list_leads(session=db, actor=admin, status="Accepted")) == {leads["bob"].id}
    assert ids(list_leads(session=db, actor=p.actor(db, p.alice), status="New")) == {
        leads["alice"].id, leads["northwind"].id}
    assert ids(list_leads(session=db, actor=admin, status="Closed Won")) == set()


@pytest.mark.parametrize("status", ["Bogus", "new"])
def test_it_refuses_an_unknown_status(db, p, leads, status):
    with pytest.raises(InvalidInput):
        list_leads(session=db, actor=p.actor(db, p.admin), status=status)


def test_it_pages_newest_first_returning_each_lead_once(db, p, frozen_clock):
    start = frozen_clock.now
    # Six leads, three sharing one timestamp across a page boundary: the id breaks the tie.
    offsets = [0, 5, 5, 5, 10, 20]
    for i, minutes in enumerate(offsets):
        add_lead(db, p.northwind, p.alice, name=f"L{i}", created_at=start + timedelta(minutes=minutes))
    alice = p.actor(db, p.alice)
    seen, cursor, pages = [], "", 0
    while True:
        page = list_leads(session=db, actor=alice, cursor=cursor, limit=2)
        seen.extend(page.rows)
        pages += 1
        cursor = page.next_cursor
        if not cursor:
            break
        assert pages < 10
    assert pages == 3
    all_leads = sorted(db.exec(select(Lead)).all(), key=lambda x: (x.created_at, x.id), reverse=True)
    assert [r["id"] for r in seen] == [x.id for x in all_leads]


def test_paging_keeps_the_actors_filter(db, p, frozen_clock):
    for i in range(5):
        add_lead(db, p.northwind, p.bob if i % 2 else p.alice, name=f"L{i}",
                 created_at=frozen_clock.now + timedelta(minutes=i))
    bob = p.actor(db, p.bob)
    first = list_leads(session=db, actor=bob, limit=1)
    second = list_leads(session=db, actor=bob, limit=1, cursor=first.next_cursor)
    assert second.next_cursor == ""
    assert [r["owner"] for r in first.rows + second.rows] == [p.bob.full_name] * 2


@pytest.mark.parametrize("cursor", ["nonsense", "2026-06-01T12:00:00|1",
                                    "2026-06-01T12:00:00+00:00|99999999999999999999",
                                    "yesterday|3"])
def test_a_malformed_cursor_gives_the_first_page(db, p, leads, cursor):
    admin = p.actor(db, p.admin)
    first = list_leads(session=db, actor=admin, limit=2)
    assert list_leads(session=db, actor=admin, limit=2, cursor=cursor).rows == first.rows


def test_it_shows_unassigned_leads_as_such(db, p, leads):
    rows = {r["id"]: r for r in list_leads(session=db, actor=p.actor(db, p.admin)).rows}
    assert rows[leads["unassigned"].id]["partner"] == "Unassigned"
    assert rows[leads["northwind"].id]["owner"] == "—"
