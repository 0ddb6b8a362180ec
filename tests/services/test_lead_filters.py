"""All leads: filters, search, sort and the CSV export, each limited to what the actor sees."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest

from models.leads import Lead
from services.errors import InvalidInput
from services.leads import export_leads_csv, list_leads
from tests.factories import personas


@pytest.fixture
def world(db):
    p = personas(db)
    base = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
    leads = [
        ("Globex", "Maria", "New", p.northwind.id, "distributed", 0),
        ("Initech", "Tom", "Qualified", p.northwind.id, "registered", 1),
        ("Umbrella 100%_Health", "Priya", "New", p.contoso.id, "distributed", 2),
        ("=HYPERLINK(\"http://evil\")", "Eve", "New", None, "distributed", 3),
        ("Hooli", "Kenji", "Closed Won", p.contoso.id, "registered", 4),
    ]
    for company, first, status, account, kind, day in leads:
        created = base + timedelta(days=day)
        db.add(Lead(company=company, first_name=first, status=status, partner_account_id=account,
                    kind=kind, email=f"{first.lower()}@example.com", created_at=created,
                    updated_at=created, status_changed_at=created))
    db.commit()
    return p


def companies(page):
    return [r["company"] for r in page.rows]


def test_filters_combine_in_sql(db, world):
    admin = world.actor(db, world.admin)
    assert companies(list_leads(session=db, actor=admin, status="New", kind="distributed",
                                partner_account_id=str(world.contoso.id))) == ["Umbrella 100%_Health"]
    assert companies(list_leads(session=db, actor=admin, partner_account_id="unassigned")) == [
        '=HYPERLINK("http://evil")']
    assert companies(list_leads(session=db, actor=admin, created_from="2026-03-11",
                                created_to="2026-03-12")) == ["Umbrella 100%_Health", "Initech"]


def test_search_is_literal_and_case_insensitive(db, world):
    admin = world.actor(db, world.admin)
    assert companies(list_leads(session=db, actor=admin, search="100%_h")) == ["Umbrella 100%_Health"]
    assert companies(list_leads(session=db, actor=admin, search="MARIA")) == ["Globex"]
    assert companies(list_leads(session=db, actor=admin, search="_")) == ["Umbrella 100%_Health"]


@pytest.mark.parametrize("sort,descending,expected", [
    ("company", False, ['=HYPERLINK("http://evil")', "Globex", "Hooli", "Initech", "Umbrella 100%_Health"]),
    ("created", False, ["Globex", "Initech", "Umbrella 100%_Health", '=HYPERLINK("http://evil")', "Hooli"]),
    ("status", True, ["Umbrella 100%_Health", '=HYPERLINK("http://evil")', "Globex", "Initech", "Hooli"]),
])
def test_every_sort_pages_each_row_once(db, world, sort, descending, expected):
    admin = world.actor(db, world.admin)
    seen, cursor = [], ""
    for _ in range(5):
        page = list_leads(session=db, actor=admin, sort=sort, descending=descending, cursor=cursor, limit=2)
        seen += companies(page)
        cursor = page.next_cursor
        if not cursor:
            break
    if sort == "status":  # Qualified, then the three New (ties broken by id), then Closed Won
        assert sorted(seen) == sorted(expected)
        assert seen[0] == "Initech" and seen[-1] == "Hooli"
        assert seen[1:4] == ['=HYPERLINK("http://evil")', "Umbrella 100%_Health", "Globex"]
    else:
        assert seen == expected


@pytest.mark.parametrize("bad", [{"status": "Won"}, {"kind": "imported"}, {"partner_account_id": "x"},
                                 {"created_from": "10/03/2026"}])
def test_bad_filters_are_refused(db, world, bad):
    with pytest.raises(InvalidInput):
        list_leads(session=db, actor=world.actor(db, world.admin), **bad)


def test_a_partner_filtering_for_another_partner_gets_nothing(db, world):
    alice = world.actor(db, world.alice)
    assert list_leads(session=db, actor=alice, partner_account_id=str(world.contoso.id)).rows == []
    assert sorted(companies(list_leads(session=db, actor=alice))) == ["Globex", "Initech"]


def test_the_export_neutralises_formulas_and_follows_the_filters(db, world):
    text, count = export_leads_csv(session=db, actor=world.actor(db, world.admin))
    rows = list(csv.DictReader(io.StringIO(text)))
    assert count == len(rows) == 5
    evil = next(r for r in rows if "HYPERLINK" in r["company"])
    assert evil["company"].startswith("'=")  # a spreadsheet shows it as text, never runs it
    assert evil["partner"] == "Unassigned"
    text, count = export_leads_csv(session=db, actor=world.actor(db, world.alice), status="New")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert count == 1 and rows[0]["company"] == "Globex" and rows[0]["partner"] == "Northwind Traders"


def test_search_matches_the_company_the_email_and_the_full_name(db, world):
    admin = world.actor(db, world.admin)
    assert companies(list_leads(session=db, actor=admin, search="kenji@example")) == ["Hooli"]
    db.add(Lead(company="Acme", first_name="Ada", last_name="Lovelace", email="ada@acme.example"))
    db.commit()
    assert companies(list_leads(session=db, actor=admin, search="ada lovelace")) == ["Acme"]
    assert companies(list_leads(session=db, actor=admin, search="lovelace ada")) == []


def test_the_search_is_an_index_lookup_on_postgresql(db, database_url):
    """At 1M leads a scan of every lead takes seconds: the search text has a trigram index."""
    from sqlalchemy import select, text

    from services.leads import lead_search_text

    if not database_url.startswith("postgresql"):
        pytest.skip("SQLite, the laptop default, has no trigram index: its search scans")
    query = select(Lead.id).where(lead_search_text().like("%globex%")).order_by(Lead.id.desc()).limit(25)
    sql = str(query.compile(db.get_bind(), compile_kwargs={"literal_binds": True}))
    db.exec(text("SET enable_seqscan = off"))  # a tiny table: show what the planner can use
    plan = " ".join(r[0] for r in db.exec(text("EXPLAIN " + sql)).all())
    db.exec(text("SET enable_seqscan = on"))
    assert "ix_lead_search_trgm" in plan, plan
