"""services/routing.py (seed 004, Lead Routing Rules): rules tried in order pick partners by
their datapoints, share the leads round robin or by weight within each partner's capacity,
say why on the lead's timeline; leads no rule can place wait in the Unassigned queue."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import UTC, datetime

import pytest
from sqlalchemy import text
from sqlmodel import Session, select

from models.leads import Lead, LeadEvent
from models.messaging import EmailMessage
from models.recruitment import PartnerApplication
from models.routing import RoutingRule
from services.bulk import bulk_insert
from services.errors import InvalidInput, PermissionDenied
from services.leads import accept_lead, assign_lead, create_lead, update_lead_progress
from services.mail import get_program
from services.routing import (
    delete_rule,
    list_rules,
    move_rule,
    preview_routing,
    route_lead,
    route_leads,
    save_rule,
    set_rule_enabled,
    unassigned_lead_ids,
)
from tests.factories import create_random_partner, personas

LEAD = {"first_name": "Pat", "last_name": "Jones", "email": "pat@acme.example", "company": "Acme"}


@pytest.fixture
def p(db):
    return personas(db)


@pytest.fixture
def admin(db, p):
    return p.actor(db, p.admin)


def rule(db, admin, name="Everyone", **values):
    return save_rule(session=db, actor=admin, values={"name": name, **values})


def lead(db, admin, **values) -> dict:
    return create_lead(session=db, actor=admin, values={**LEAD, **values})


def partner_of(db, lead_id) -> int | None:
    with Session(db.get_bind()) as other:
        return other.get(Lead, lead_id).partner_account_id


def bulk_leads(db, n: int, **values) -> list[int]:
    """n unassigned leads written at once (as an import writes them)."""
    first = db.exec(select(Lead.id).order_by(Lead.id.desc())).first() or 0
    bulk_insert(db, Lead.__table__, [{"company": f"Lead {i}", "last_name": "X", **values} for i in range(n)])
    db.commit()
    return list(db.exec(select(Lead.id).where(Lead.id > first).order_by(Lead.id)).all())


def routing_events(db, lead_id) -> list[LeadEvent]:
    return list(db.exec(select(LeadEvent).where(LeadEvent.lead_id == lead_id,
                                                LeadEvent.field.in_(("partner", "routing")))
                        .order_by(LeadEvent.id)).all())


# ---------------------------------------------------------------- datapoints


def test_it_routes_by_partner_geography(db, p, admin):
    west = create_random_partner(db, geography="West")
    create_random_partner(db, geography="East")
    rule(db, admin, partner_geographies="west")  # any case
    for _ in range(3):
        assert partner_of(db, lead(db, admin)["id"]) == west.id


def test_it_routes_by_partner_tier(db, p, admin):
    rule(db, admin, partner_tiers="Silver")
    assert {partner_of(db, lead(db, admin)["id"]) for _ in range(3)} == {p.contoso.id}


def test_it_routes_by_partner_specialization(db, p, admin):
    cloud = create_random_partner(db, specializations=["Networking", "Cloud Security"])
    create_random_partner(db, specializations=["Networking"])
    rule(db, admin, partner_specializations="cloud security, Storage")
    assert {partner_of(db, lead(db, admin)["id"]) for _ in range(3)} == {cloud.id}


def test_it_routes_by_a_partner_custom_field(db, p, admin):
    program = get_program(db)
    program.custom_fields = [{"key": "industry", "label": "Industry", "required": False}]
    db.add(program)
    healthcare = create_random_partner(db)
    other = create_random_partner(db)
    for account, industry in ((healthcare, "Healthcare"), (other, "Retail")):
        db.add(PartnerApplication(company_name=account.name, email=f"x{account.id}@e.example", first_name="A",
                                  last_name="B", custom_fields={"industry": industry}, status="approved",
                                  partner_account_id=account.id))
    db.commit()
    rule(db, admin, partner_custom="Industry=healthcare")  # by the field's label
    assert {partner_of(db, lead(db, admin)["id"]) for _ in range(3)} == {healthcare.id}
    assert list_rules(session=db, actor=admin)[0]["partners_summary"] == "industry: healthcare"


def test_it_matches_leads_by_country_and_source_campaign(db, p, admin):
    rule(db, admin, "Germany", lead_countries="Germany, Austria", partner_tiers="Gold")
    rule(db, admin, "Expo", lead_campaigns="Spring Expo", partner_tiers="Silver")
    assert partner_of(db, lead(db, admin, country="austria")["id"]) == p.northwind.id
    assert partner_of(db, lead(db, admin, country="France", source_campaign="Spring Expo")["id"]) == p.contoso.id
    unmatched = lead(db, admin, country="France", source_campaign="Webinar")
    assert unmatched["partner"] == "Unassigned"


def test_only_active_partner_accounts_get_leads(db, p, admin):
    for status in ("test", "inactive", "pending"):
        create_random_partner(db, status=status, tier="Gold")
    rule(db, admin, partner_tiers="Gold")
    assert {partner_of(db, lead(db, admin)["id"]) for _ in range(4)} == {p.northwind.id}


# ---------------------------------------------------------------- order, enabled, no match


def test_rules_are_tried_in_order_and_can_be_moved(db, p, admin):
    gold = rule(db, admin, "Gold first", partner_tiers="Gold")
    silver = rule(db, admin, "Silver", partner_tiers="Silver")
    assert partner_of(db, lead(db, admin)["id"]) == p.northwind.id
    move_rule(session=db, actor=admin, rule_id=silver["id"], direction="up")
    assert [r["name"] for r in list_rules(session=db, actor=admin)] == ["Silver", "Gold first"]
    assert partner_of(db, lead(db, admin)["id"]) == p.contoso.id
    move_rule(session=db, actor=admin, rule_id=gold["id"], direction="up")
    assert partner_of(db, lead(db, admin)["id"]) == p.northwind.id


def test_a_disabled_rule_is_skipped(db, p, admin):
    gold = rule(db, admin, "Gold", partner_tiers="Gold")
    rule(db, admin, "Silver", partner_tiers="Silver")
    set_rule_enabled(session=db, actor=admin, rule_id=gold["id"], enabled=False)
    assert partner_of(db, lead(db, admin)["id"]) == p.contoso.id
    set_rule_enabled(session=db, actor=admin, rule_id=gold["id"], enabled=True)
    assert partner_of(db, lead(db, admin)["id"]) == p.northwind.id
    delete_rule(session=db, actor=admin, rule_id=gold["id"])
    assert partner_of(db, lead(db, admin)["id"]) == p.contoso.id


def test_a_lead_no_rule_matches_waits_unassigned_with_a_note_and_can_be_routed_again(db, p, admin):
    rule(db, admin, "Platinum", partner_tiers="Platinum")
    waiting = lead(db, admin)
    assert waiting["partner"] == "Unassigned" and waiting["status"] == "New"
    [event] = routing_events(db, waiting["id"])
    assert (event.actor_kind, event.new_value) == ("rule", "Unassigned")
    assert "no active partner with room" in event.note and "Platinum" in event.note
    assert unassigned_lead_ids(session=db, actor=admin) == [waiting["id"]]

    gold = create_random_partner(db, tier="Platinum", name="Platinum Partner")
    routed = route_lead(session=db, actor=admin, lead_id=waiting["id"])
    assert routed["partner"] == "Platinum Partner"
    assert partner_of(db, waiting["id"]) == gold.id
    assert unassigned_lead_ids(session=db, actor=admin) == []


def test_without_rules_a_lead_simply_waits_unassigned(db, p, admin):
    created = lead(db, admin)
    assert created["partner"] == "Unassigned"
    assert routing_events(db, created["id"]) == []


def test_the_timeline_says_which_rule_chose_the_partner_and_why(db, p, admin):
    create_random_partner(db, name="Full Partner", tier="Gold")
    rule(db, admin, "Gold partners", partner_tiers="Gold", max_open_leads="1")
    assert lead(db, admin)["partner"] == "Northwind Traders"
    second = lead(db, admin)
    assert second["partner"] == "Full Partner"
    [event] = routing_events(db, second["id"])
    assert event.actor_kind == "rule" and event.actor_label == "Rule: Gold partners"
    assert event.old_value == "Unassigned"
    assert "Routing rule “Gold partners” (Round robin) chose" in event.note
    assert "Partners considered: Northwind Traders, Full Partner." in event.note
    assert "At capacity: Northwind Traders." in event.note


def test_the_lead_owners_get_the_new_lead_notification(db, p, admin):
    rule(db, admin, partner_tiers="Silver")
    routed = lead(db, admin)
    [email] = db.exec(select(EmailMessage).where(EmailMessage.template == "new_lead")).all()
    assert email.to_email == "charlie@contoso.example"
    assert f"/portal/leads/view?id={routed['id']}" in email.text_body


def test_a_bulk_routing_notifies_each_lead_owner_once_per_lead(db, p, admin):
    rule(db, admin, partner_tiers="Silver")
    ids = bulk_leads(db, 5)
    assert route_leads(session=db, actor=admin, lead_ids=ids) == {"assigned": 5, "unassigned": 0}
    emails = db.exec(select(EmailMessage).where(EmailMessage.template == "new_lead")).all()
    assert sorted(e.to_email for e in emails) == ["charlie@contoso.example"] * 5
    assert route_leads(session=db, actor=admin, lead_ids=ids) == {"assigned": 0, "unassigned": 0}
    assert len(db.exec(select(EmailMessage)).all()) == 5


# ---------------------------------------------------------------- sharing out


def _partners(db, n, **fields):
    return [create_random_partner(db, **fields) for _ in range(n)]


def test_round_robin_takes_the_partners_in_turn(db, p, admin):
    trio = _partners(db, 3, geography="North")
    rule(db, admin, partner_geographies="North")
    got = [partner_of(db, lead(db, admin)["id"]) for _ in range(7)]
    ids = [a.id for a in trio]
    assert got == ids + ids + ids[:1]
    # The pointer survives a new partner joining the rule.
    extra = create_random_partner(db, geography="North")
    got = [partner_of(db, lead(db, admin)["id"]) for _ in range(4)]
    assert got == [ids[1], ids[2], extra.id, ids[0]]


@pytest.mark.parametrize("batch", [250, 10_000], ids=["arriving-in-batches", "one-bulk-import"])
def test_round_robin_is_fair_within_one_lead_over_10k_leads(db, p, admin, batch):
    seven = _partners(db, 7, geography="Fair")
    rule(db, admin, partner_geographies="Fair")
    ids = bulk_leads(db, 10_000)
    for start in range(0, len(ids), batch):
        route_leads(session=db, actor=None, lead_ids=ids[start:start + batch])
    counts = Counter(db.exec(select(Lead.partner_account_id).where(Lead.id.in_(ids))).all())
    assert set(counts) == {a.id for a in seven}
    assert max(counts.values()) - min(counts.values()) <= 1
    assert sum(counts.values()) == 10_000


def test_one_by_one_round_robin_is_fair_too(db, p, admin):
    five = _partners(db, 5, geography="Solo")
    rule(db, admin, partner_geographies="Solo")
    for lead_id in bulk_leads(db, 203):
        route_lead(session=db, actor=None, lead_id=lead_id)
    counts = Counter(db.exec(select(Lead.partner_account_id).where(Lead.partner_account_id.in_(
        [a.id for a in five]))).all())
    assert sorted(counts.values()) == [40, 40, 41, 41, 41]


def test_weighted_shares_follow_the_weights(db, p, admin):
    big, small = create_random_partner(db, name="Big", tier="W"), create_random_partner(db, name="Small", tier="W")
    zero = create_random_partner(db, name="Zero", tier="W")
    saved = rule(db, admin, method="weighted", partner_tiers="W", weights="big=3\nSmall=1\nZero=0")
    assert saved["weights_summary"] == "Big=3, Small=1, Zero=0"
    ids = bulk_leads(db, 4001)
    route_leads(session=db, actor=None, lead_ids=ids[:1500])
    route_leads(session=db, actor=None, lead_ids=ids[1500:])
    counts = Counter(db.exec(select(Lead.partner_account_id).where(Lead.id.in_(ids))).all())
    assert abs(counts[big.id] - 3000) <= 1 and abs(counts[small.id] - 1000) <= 1
    assert counts[zero.id] == 0


# ---------------------------------------------------------------- capacity


def test_capacity_of_open_leads_is_honoured(db, p, admin, frozen_clock):
    alice = p.actor(db, p.alice)
    rule(db, admin, "Capped", partner_tiers="Gold", max_open_leads="2")
    rule(db, admin, "Overflow", partner_tiers="Silver")
    first, second, third = (lead(db, admin) for _ in range(3))
    assert [partner_of(db, x["id"]) for x in (first, second, third)] == [p.northwind.id] * 2 + [p.contoso.id]
    # A closed lead frees room; an accepted one does not.
    accept_lead(session=db, actor=alice, lead_id=first["id"])
    assert partner_of(db, lead(db, admin)["id"]) == p.contoso.id
    update_lead_progress(session=db, actor=alice, lead_id=first["id"], status="Closed Lost")
    assert partner_of(db, lead(db, admin)["id"]) == p.northwind.id


def test_capacity_of_new_leads_per_day_is_honoured(db, p, admin, frozen_clock):
    frozen_clock.set(datetime(2026, 6, 1, 23, 0, tzinfo=UTC))
    rule(db, admin, "Daily", partner_tiers="Gold", max_new_per_day="3")
    ids = bulk_leads(db, 5)
    assert route_leads(session=db, actor=None, lead_ids=ids) == {"assigned": 3, "unassigned": 2}
    waiting = unassigned_lead_ids(session=db, actor=admin)
    assert len(waiting) == 2
    note = routing_events(db, waiting[0])[-1].note
    assert "no active partner with room" in note
    frozen_clock.set(datetime(2026, 6, 2, 0, 5, tzinfo=UTC))  # a new day (UTC)
    assert route_leads(session=db, actor=None, lead_ids=waiting) == {"assigned": 2, "unassigned": 0}


def test_a_lead_assigned_by_hand_counts_against_capacity(db, p, admin):
    by_hand = lead(db, admin)
    assign_lead(session=db, actor=admin, lead_id=by_hand["id"], partner_account_id=p.northwind.id)
    rule(db, admin, partner_tiers="Gold", max_open_leads="1")
    assert lead(db, admin)["partner"] == "Unassigned"


# ---------------------------------------------------------------- the admin's side


def test_preview_shows_where_a_sample_lead_would_go_and_changes_nothing(db, p, admin):
    rule(db, admin, "DE", lead_countries="Germany", partner_tiers="Gold, Silver")
    seen = preview_routing(session=db, actor=admin, country="Germany")
    assert seen["assigned"] and seen["rule"] == "DE" and seen["partner"] == "Northwind Traders"
    assert seen["considered"] == "Northwind Traders, Contoso"
    assert preview_routing(session=db, actor=admin, country="Germany")["partner"] == "Northwind Traders"
    nothing = preview_routing(session=db, actor=admin, country="France")
    assert not nothing["assigned"] and "no routing rule matches" in nothing["message"]
    assert db.exec(select(RoutingRule.last_partner_id)).one() is None


def test_rule_input_is_checked(db, p, admin):
    with pytest.raises(InvalidInput) as exc:
        save_rule(session=db, actor=admin, values={
            "name": "", "method": "weighted", "weights": "Nobody=2", "max_open_leads": "-1",
            "partner_custom": "Shoe size=42"})
    assert set(exc.value.fields) == {"name", "weights", "max_open_leads", "partner_custom"}
    assert db.exec(select(RoutingRule)).all() == []


def test_only_supplier_admins_manage_rules_and_route(db, p, admin):
    saved = rule(db, admin)
    created = lead(db, admin)
    for user in (p.alice, p.bob, p.charlie):
        actor = p.actor(db, user)
        for call in (lambda a: list_rules(session=db, actor=a),
                     lambda a: save_rule(session=db, actor=a, values={"name": "x"}),
                     lambda a: delete_rule(session=db, actor=a, rule_id=saved["id"]),
                     lambda a: move_rule(session=db, actor=a, rule_id=saved["id"], direction="up"),
                     lambda a: set_rule_enabled(session=db, actor=a, rule_id=saved["id"], enabled=False),
                     lambda a: route_lead(session=db, actor=a, lead_id=created["id"]),
                     lambda a: preview_routing(session=db, actor=a)):
            with pytest.raises(PermissionDenied):
                call(actor)
    assert len(list_rules(session=db, actor=admin)) == 1


def test_a_placed_lead_is_not_routed_again(db, p, admin):
    rule(db, admin, partner_tiers="Gold, Silver")
    placed = lead(db, admin)
    before = partner_of(db, placed["id"])
    route_lead(session=db, actor=admin, lead_id=placed["id"])
    assert partner_of(db, placed["id"]) == before
    assert len(routing_events(db, placed["id"])) == 1


# ---------------------------------------------------------------- concurrency


def test_two_routings_at_once_never_read_the_same_pointer(db, p, admin, database_url):
    """Session A holds the rules' lock (as a routing does until it commits); B's routing
    waits for it, then reads the pointer A moved, so the two leads go to different partners.
    PostgreSQL: B waits on the row lock (seen in pg_stat_activity); SQLite: on the write lock."""
    from services.routing import _locked_rules

    rule(db, admin, partner_tiers="Gold, Silver")
    first, second = bulk_leads(db, 2)
    engine = db.get_bind()
    result: dict = {}

    def run_b():
        with Session(engine, expire_on_commit=False) as b:
            result["b"] = route_leads(session=b, actor=None, lead_ids=[second])

    with Session(engine, expire_on_commit=False) as a:
        _locked_rules(a)  # A holds the lock
        thread = threading.Thread(target=run_b)
        thread.start()
        if database_url.startswith("postgresql"):
            with Session(engine) as watcher:  # B is blocked on A's row lock
                waiting = 0
                for _ in range(400):
                    waiting = watcher.exec(text(
                        "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                        "AND datname = current_database()")).one()[0]
                    if waiting:
                        break
                    threading.Event().wait(0.05)
                assert waiting == 1
        assert "b" not in result
        route_leads(session=a, actor=None, lead_ids=[first])  # commits: B goes on
    thread.join(60)
    assert result["b"] == {"assigned": 1, "unassigned": 0}
    assert {partner_of(db, first), partner_of(db, second)} == {p.northwind.id, p.contoso.id}
