"""services/leads.py, one lead and its workflow (seed 004): the supplier creates and assigns
distributed leads, the partner's Lead Owners hear of them, accept or reject them and work
them; every change lands on the lead's timeline."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select

from models.leads import Lead, LeadEvent
from models.messaging import EmailMessage
from services import leads as leads_service
from services.errors import InvalidInput, NotFound, PermissionDenied
from services.leads import (
    WORKING_STATUSES,
    accept_lead,
    account_users,
    assign_lead,
    assign_lead_owner,
    assignable_partners,
    create_lead,
    get_lead,
    lead_timeline,
    list_leads,
    reject_lead,
    update_lead_progress,
)
from tests.factories import create_partner_user, create_random_partner, personas

LEAD = {"first_name": "Pat", "last_name": "Jones", "email": "pat@acme.example",
        "company": "Acme Widgets", "source_campaign": "Spring Expo"}


@pytest.fixture
def p(db):
    return personas(db)


def make_lead_owner(db, user):
    user.is_lead_owner = True
    db.add(user)
    db.commit()


def new_lead(db, p, account=None, **values) -> dict:
    return create_lead(session=db, actor=p.actor(db, p.admin), values={**LEAD, **values},
                       partner_account_id=account.id if account else None)


def accepted_lead(db, p) -> dict:
    lead = new_lead(db, p, p.northwind)
    return accept_lead(session=db, actor=p.actor(db, p.alice), lead_id=lead["id"])


def field_errors(call, *args, **kwargs) -> dict[str, str]:
    with pytest.raises(InvalidInput) as exc:
        call(*args, **kwargs)
    return exc.value.fields


def events(db, lead_id, field=None) -> list[LeadEvent]:
    q = select(LeadEvent).where(LeadEvent.lead_id == lead_id).order_by(LeadEvent.id)
    if field:
        q = q.where(LeadEvent.field == field)
    return list(db.exec(q).all())


def lead_emails(db) -> list[EmailMessage]:
    return list(db.exec(select(EmailMessage).where(EmailMessage.template == "new_lead")
                        .order_by(EmailMessage.id)).all())


def stored(db, lead_id) -> Lead:
    """The lead as committed, read through a separate session."""
    with Session(db.get_bind()) as other:
        return other.get(Lead, lead_id)


def visible_ids(db, actor) -> set[int]:
    return {r["id"] for r in list_leads(session=db, actor=actor).rows}


# ---------------------------------------------------------------- create_lead


def test_only_a_supplier_admin_creates_leads(db, p):
    for user in (p.alice, p.bob):
        with pytest.raises(PermissionDenied):
            create_lead(session=db, actor=p.actor(db, user), values=LEAD,
                        partner_account_id=p.northwind.id)
    with pytest.raises(PermissionDenied):
        create_lead(session=db, actor=None, values=LEAD)
    assert db.exec(select(Lead)).all() == []
    assert lead_emails(db) == []


@pytest.mark.parametrize("company", ["", "   "])
def test_it_requires_the_company(db, p, company):
    assert "company" in field_errors(new_lead, db, p, company=company)
    assert db.exec(select(Lead)).all() == []


def test_it_requires_the_leads_name_or_email(db, p):
    errors = field_errors(new_lead, db, p, first_name="", last_name="", email="")
    assert errors == {"last_name": "Enter the lead's name or email."}
    # Either one is enough.
    assert new_lead(db, p, first_name="", last_name="")["email"] == "pat@acme.example"
    assert new_lead(db, p, last_name="", email="")["name"] == "Pat"
    assert len(db.exec(select(Lead)).all()) == 2


@pytest.mark.parametrize("email", ["not-an-email", "pat@", "pat@acme", "pat jones@acme.example"])
def test_it_refuses_a_bad_email(db, p, email):
    assert "email" in field_errors(new_lead, db, p, email=email)
    assert db.exec(select(Lead)).all() == []


def test_it_stores_the_email_in_lower_case(db, p):
    assert new_lead(db, p, email="  Pat@ACME.example ")["email"] == "pat@acme.example"


@pytest.mark.parametrize("field,value", [
    ("company", "x" * 201), ("first_name", "x" * 101), ("last_name", "x" * 101),
    ("phone", "1" * 41), ("country", "x" * 81), ("source_campaign", "x" * 201),
    ("notes", "x" * 2001), ("email", "p" * 250 + "@acme.example"),
    ("company", "Acme\x00Widgets"), ("first_name", "Pat\x00"), ("notes", "line one\x00"),
    ("source_campaign", "Expo\nSpring"),
])
def test_it_refuses_values_the_database_cannot_hold(db, p, field, value):
    assert field in field_errors(new_lead, db, p, **{field: value})
    assert db.exec(select(Lead)).all() == []


def test_notes_may_span_lines(db, p):
    assert new_lead(db, p, notes="Met at the booth.\nCall back in May.")["notes"] == (
        "Met at the booth.\nCall back in May.")


def test_a_lead_without_a_partner_is_unassigned_and_new(db, p):
    lead = new_lead(db, p)
    assert (lead["partner"], lead["status"], lead["kind"], lead["owner"]) == (
        "Unassigned", "New", "Distributed", "—")
    [created] = lead_timeline(session=db, actor=p.actor(db, p.admin), lead_id=lead["id"])
    assert (created["field"], created["new"], created["actor"]) == ("created", "New", "Ada Admin")
    assert lead_emails(db) == []
    # No partner sees it.
    assert visible_ids(db, p.actor(db, p.alice)) == set()


def test_a_lead_for_a_partner_is_assigned_and_its_lead_owners_hear_of_it(db, p):
    make_lead_owner(db, p.bob)
    lead = new_lead(db, p, p.northwind)
    assert (lead["partner"], lead["status"]) == ("Northwind Traders", "New")
    assert [(e.field, e.old_value, e.new_value) for e in events(db, lead["id"])] == [
        ("created", "", "New"), ("partner", "Unassigned", "Northwind Traders")]
    # The Lead Owner is told, not the partner admin, and nobody at Contoso.
    [email] = lead_emails(db)
    assert email.to_email == "bob@northwind.example"
    assert f"/portal/leads/view?id={lead['id']}" in email.text_body
    assert "Acme Widgets" in email.text_body


def test_without_a_lead_owner_the_partner_admins_hear_of_a_new_lead(db, p):
    lead = new_lead(db, p, p.northwind)
    assert [e.to_email for e in lead_emails(db)] == ["alice@northwind.example"]
    assert f"/portal/leads/view?id={lead['id']}" in lead_emails(db)[0].text_body


def test_an_inactive_lead_owner_is_not_told(db, p):
    make_lead_owner(db, p.bob)
    p.bob.is_active = False
    db.add(p.bob)
    db.commit()
    new_lead(db, p, p.northwind)
    assert [e.to_email for e in lead_emails(db)] == ["alice@northwind.example"]


@pytest.mark.parametrize("which", ["inactive", "pending", "unknown", "not a number", "huge", "negative"])
def test_it_assigns_only_to_an_active_partner_account(db, p, which):
    ids = {"inactive": lambda: create_random_partner(db, status="inactive").id,
           "pending": lambda: create_random_partner(db, status="pending").id,
           "unknown": lambda: 999999, "not a number": lambda: "abc",
           "huge": lambda: 2**70, "negative": lambda: -1}
    account_id = ids[which]()
    errors = field_errors(create_lead, session=db, actor=p.actor(db, p.admin), values=LEAD,
                          partner_account_id=account_id)
    assert "partner_account_id" in errors
    assert db.exec(select(Lead)).all() == []
    assert lead_emails(db) == []


# ---------------------------------------------------------------- assign_lead


def test_only_a_supplier_admin_assigns_leads(db, p):
    lead = new_lead(db, p)
    for user in (p.alice, p.charlie):
        with pytest.raises(PermissionDenied):
            assign_lead(session=db, actor=p.actor(db, user), lead_id=lead["id"],
                        partner_account_id=p.contoso.id)
    assert stored(db, lead["id"]).partner_account_id is None
    assert lead_emails(db) == []


def test_it_assigns_an_unassigned_lead(db, p):
    lead = new_lead(db, p)
    after = assign_lead(session=db, actor=p.actor(db, p.admin), lead_id=lead["id"],
                        partner_account_id=str(p.northwind.id), note="Near their office")
    assert (after["partner"], after["status"]) == ("Northwind Traders", "New")
    [event] = events(db, lead["id"], "partner")
    assert (event.old_value, event.new_value, event.note) == (
        "Unassigned", "Northwind Traders", "Near their office")
    assert [e.to_email for e in lead_emails(db)] == ["alice@northwind.example"]
    assert lead["id"] in visible_ids(db, p.actor(db, p.alice))


def test_reassigning_a_rejected_lead_moves_it_to_the_other_partner(db, p):
    lead = new_lead(db, p, p.northwind)
    alice, charlie = p.actor(db, p.alice), p.actor(db, p.charlie)
    reject_lead(session=db, actor=alice, lead_id=lead["id"], reason="Outside our region")

    after = assign_lead(session=db, actor=p.actor(db, p.admin), lead_id=lead["id"],
                        partner_account_id=p.contoso.id)

    assert (after["partner"], after["status"], after["rejection_reason"]) == ("Contoso", "New", "")
    partner_event = events(db, lead["id"], "partner")[-1]
    assert (partner_event.old_value, partner_event.new_value) == ("Northwind Traders", "Contoso")
    status_event = events(db, lead["id"], "status")[-1]
    assert (status_event.old_value, status_event.new_value) == ("Rejected", "New")
    assert [e.to_email for e in lead_emails(db)] == [
        "alice@northwind.example", "charlie@contoso.example"]
    assert f"/portal/leads/view?id={lead['id']}" in lead_emails(db)[-1].text_body
    # Northwind has lost it; Contoso can work it.
    with pytest.raises(NotFound):
        get_lead(session=db, actor=alice, lead_id=lead["id"])
    assert lead["id"] not in visible_ids(db, alice)
    assert get_lead(session=db, actor=charlie, lead_id=lead["id"])["status"] == "New"
    assert accept_lead(session=db, actor=charlie, lead_id=lead["id"])["owner"] == p.charlie.full_name


def test_reassigning_an_accepted_lead_starts_it_again_as_new_without_an_owner(db, p):
    lead = accepted_lead(db, p)
    after = assign_lead(session=db, actor=p.actor(db, p.admin), lead_id=lead["id"],
                        partner_account_id=p.contoso.id)
    assert (after["status"], after["owner"]) == ("New", "—")
    status_event = events(db, lead["id"], "status")[-1]
    assert (status_event.old_value, status_event.new_value) == ("Accepted", "New")


def test_assigning_a_lead_to_its_partner_again_is_refused(db, p):
    lead = new_lead(db, p, p.northwind)
    before = len(events(db, lead["id"]))
    with pytest.raises(InvalidInput, match="already assigned to Northwind Traders"):
        assign_lead(session=db, actor=p.actor(db, p.admin), lead_id=lead["id"],
                    partner_account_id=p.northwind.id)
    assert len(events(db, lead["id"])) == before
    assert len(lead_emails(db)) == 1


def test_it_does_not_assign_to_an_inactive_partner(db, p):
    lead = new_lead(db, p, p.northwind)
    gone = create_random_partner(db, status="inactive")
    errors = field_errors(assign_lead, session=db, actor=p.actor(db, p.admin), lead_id=lead["id"],
                          partner_account_id=gone.id)
    assert "partner_account_id" in errors
    assert stored(db, lead["id"]).partner_account_id == p.northwind.id


def test_assigning_an_unknown_lead_is_not_found(db, p):
    with pytest.raises(NotFound):
        assign_lead(session=db, actor=p.actor(db, p.admin), lead_id=12345,
                    partner_account_id=p.northwind.id)


# ---------------------------------------------------------------- who sees a lead


def test_it_hides_other_tenants_leads(db, p):
    lead = new_lead(db, p, p.northwind)
    charlie = p.actor(db, p.charlie)
    for read in (get_lead, lead_timeline):
        with pytest.raises(NotFound) as exc:
            read(session=db, actor=charlie, lead_id=lead["id"])
        # The same answer as for a lead that does not exist: no name, no company.
        assert str(exc.value) == "That lead was not found."
    assert lead["id"] not in visible_ids(db, charlie)


@pytest.mark.parametrize("lead_id", ["abc", -1, 0, 2**70, "", None, "1; DROP TABLE lead"])
def test_a_malformed_lead_id_is_not_found(db, p, lead_id):
    new_lead(db, p, p.northwind)
    for actor in (p.actor(db, p.admin), p.actor(db, p.alice)):
        for read in (get_lead, lead_timeline):
            with pytest.raises(NotFound):
                read(session=db, actor=actor, lead_id=lead_id)


def test_reading_a_lead_requires_login(db, p):
    lead = new_lead(db, p, p.northwind)
    with pytest.raises(PermissionDenied):
        get_lead(session=db, actor=None, lead_id=lead["id"])


@pytest.fixture
def northwind_leads(db, p):
    """A lead owned by bob, one owned by alice, one nobody at Northwind owns yet, and one of
    Contoso's nobody owns."""
    alice = p.actor(db, p.alice)
    leads = {name: new_lead(db, p, account, company=f"{name} Inc.")
             for name, account in [("bob", p.northwind), ("alice", p.northwind),
                                   ("unowned", p.northwind), ("contoso", p.contoso)]}
    assign_lead_owner(session=db, actor=alice, lead_id=leads["bob"]["id"], user_id=p.bob.id)
    assign_lead_owner(session=db, actor=alice, lead_id=leads["alice"]["id"], user_id=p.alice.id)
    return {name: lead["id"] for name, lead in leads.items()}


def test_a_partner_user_sees_only_the_leads_he_owns(db, p, northwind_leads):
    bob = p.actor(db, p.bob)
    assert get_lead(session=db, actor=bob, lead_id=northwind_leads["bob"])["owner"] == p.bob.full_name
    for other in ("alice", "unowned", "contoso"):
        with pytest.raises(NotFound):
            get_lead(session=db, actor=bob, lead_id=northwind_leads[other])
        with pytest.raises(NotFound):
            accept_lead(session=db, actor=bob, lead_id=northwind_leads[other])
    assert visible_ids(db, bob) == {northwind_leads["bob"]}


def test_a_lead_owner_also_sees_the_accounts_leads_nobody_owns(db, p, northwind_leads):
    make_lead_owner(db, p.bob)
    bob = p.actor(db, p.bob)
    assert get_lead(session=db, actor=bob, lead_id=northwind_leads["unowned"])["status"] == "New"
    for other in ("alice", "contoso"):
        with pytest.raises(NotFound):
            get_lead(session=db, actor=bob, lead_id=northwind_leads[other])
        with pytest.raises(NotFound):
            lead_timeline(session=db, actor=bob, lead_id=northwind_leads[other])
    assert visible_ids(db, bob) == {northwind_leads["bob"], northwind_leads["unowned"]}


def test_a_partner_admin_sees_every_lead_of_the_account(db, p, northwind_leads):
    alice = p.actor(db, p.alice)
    assert visible_ids(db, alice) == {northwind_leads[k] for k in ("bob", "alice", "unowned")}
    assert visible_ids(db, p.actor(db, p.charlie)) == {northwind_leads["contoso"]}


# ---------------------------------------------------------------- accept_lead


def test_a_partner_admin_accepts_a_new_lead_and_becomes_its_owner(db, p):
    lead = new_lead(db, p, p.northwind)
    after = accept_lead(session=db, actor=p.actor(db, p.alice), lead_id=lead["id"])
    assert (after["status"], after["owner"]) == ("Accepted", p.alice.full_name)
    assert stored(db, lead["id"]).owner_user_id == p.alice.id
    [event] = events(db, lead["id"], "status")
    assert (event.old_value, event.new_value, event.actor_label, event.actor_user_id) == (
        "New", "Accepted", f"{p.alice.full_name} (Northwind Traders)", p.alice.id)


def test_accepting_keeps_the_owner_already_chosen(db, p):
    lead = new_lead(db, p, p.northwind)
    alice = p.actor(db, p.alice)
    assign_lead_owner(session=db, actor=alice, lead_id=lead["id"], user_id=p.bob.id)
    assert accept_lead(session=db, actor=alice, lead_id=lead["id"])["owner"] == p.bob.full_name
    assert stored(db, lead["id"]).owner_user_id == p.bob.id


def test_a_lead_owner_accepts_a_lead_nobody_owns(db, p):
    make_lead_owner(db, p.bob)
    lead = new_lead(db, p, p.northwind)
    bob = p.actor(db, p.bob)
    assert accept_lead(session=db, actor=bob, lead_id=lead["id"])["owner"] == p.bob.full_name
    # Now his own lead: still visible to him, and to alice as partner admin.
    assert visible_ids(db, bob) == {lead["id"]}
    assert visible_ids(db, p.actor(db, p.alice)) == {lead["id"]}


@pytest.mark.parametrize("second", ["accept", "reject"])
def test_a_lead_is_accepted_only_once(db, p, second):
    lead = accepted_lead(db, p)
    alice = p.actor(db, p.alice)
    with pytest.raises(InvalidInput, match="no longer New"):
        if second == "accept":
            accept_lead(session=db, actor=alice, lead_id=lead["id"])
        else:
            reject_lead(session=db, actor=alice, lead_id=lead["id"], reason="Not for us")
    assert get_lead(session=db, actor=alice, lead_id=lead["id"])["status"] == "Accepted"
    assert len(events(db, lead["id"], "status")) == 1


def test_a_rejected_lead_cannot_be_accepted(db, p):
    lead = new_lead(db, p, p.northwind)
    alice = p.actor(db, p.alice)
    reject_lead(session=db, actor=alice, lead_id=lead["id"], reason="Not for us")
    with pytest.raises(InvalidInput, match="no longer New"):
        accept_lead(session=db, actor=alice, lead_id=lead["id"])
    assert stored(db, lead["id"]).status == "Rejected"


def test_another_tenant_cannot_accept_or_reject_a_lead(db, p):
    lead = new_lead(db, p, p.northwind)
    charlie = p.actor(db, p.charlie)
    with pytest.raises(NotFound):
        accept_lead(session=db, actor=charlie, lead_id=lead["id"])
    with pytest.raises(NotFound):
        reject_lead(session=db, actor=charlie, lead_id=lead["id"], reason="Not ours")
    after = stored(db, lead["id"])
    assert (after.status, after.owner_user_id) == ("New", None)
    assert events(db, lead["id"], "status") == []


def test_the_supplier_admin_cannot_accept_or_reject_for_the_partner(db, p):
    lead = new_lead(db, p, p.northwind)
    admin = p.actor(db, p.admin)
    with pytest.raises(PermissionDenied):
        accept_lead(session=db, actor=admin, lead_id=lead["id"])
    with pytest.raises(PermissionDenied):
        reject_lead(session=db, actor=admin, lead_id=lead["id"], reason="No")
    assert stored(db, lead["id"]).status == "New"


def test_when_two_users_accept_at_once_the_first_wins(db, p, monkeypatch):
    make_lead_owner(db, p.bob)
    lead = new_lead(db, p, p.northwind)
    alice, bob = p.actor(db, p.alice), p.actor(db, p.bob)
    visible_lead = leads_service._visible_lead

    def alice_accepts_meanwhile(session, actor, lead_id):
        # Bob's request has found the lead New; alice's request, in its own session,
        # accepts it before bob's claims it.
        found = visible_lead(session, actor, lead_id)
        if actor == bob:
            monkeypatch.setattr(leads_service, "_visible_lead", visible_lead)
            accept_lead(session=db, actor=alice, lead_id=lead_id)
        return found

    monkeypatch.setattr(leads_service, "_visible_lead", alice_accepts_meanwhile)
    with Session(db.get_bind(), expire_on_commit=False) as bobs_session:
        with pytest.raises(InvalidInput, match="no longer New"):
            accept_lead(session=bobs_session, actor=bob, lead_id=lead["id"])
        # Bob's page, reloaded: the lead is alice's now, so no longer his to see.
        with pytest.raises(NotFound):
            get_lead(session=bobs_session, actor=bob, lead_id=lead["id"])
    after = stored(db, lead["id"])
    assert (after.status, after.owner_user_id) == ("Accepted", p.alice.id)
    [event] = events(db, lead["id"], "status")
    assert event.actor_user_id == p.alice.id


def test_the_second_of_two_admins_accepting_is_told(db, p):
    dana = create_partner_user(db, p.northwind, role="partner_admin")
    lead = new_lead(db, p, p.northwind)
    with Session(db.get_bind(), expire_on_commit=False) as danas_session:
        dana_actor = p.actor(danas_session, dana)
        # Both have the lead open while it is New.
        assert get_lead(session=danas_session, actor=dana_actor, lead_id=lead["id"])["status"] == "New"
        accept_lead(session=db, actor=p.actor(db, p.alice), lead_id=lead["id"])
        with pytest.raises(InvalidInput, match="no longer New"):
            accept_lead(session=danas_session, actor=dana_actor, lead_id=lead["id"])
    after = stored(db, lead["id"])
    assert (after.status, after.owner_user_id) == ("Accepted", p.alice.id)
    assert len(events(db, lead["id"], "status")) == 1


@pytest.mark.parametrize("second", ["accept", "reject"])
def test_a_lead_owner_clicking_a_lead_a_colleague_took_meanwhile_is_told_it_is_no_longer_new(db, p, second):
    make_lead_owner(db, p.bob)
    lead = new_lead(db, p, p.northwind)
    bob = p.actor(db, p.bob)
    assert lead["id"] in visible_ids(db, bob)  # bob's page shows it, New and unowned
    accept_lead(session=db, actor=p.actor(db, p.alice), lead_id=lead["id"])
    assert lead["id"] not in visible_ids(db, bob)  # alice's now: out of bob's sight

    # Bob clicks on the page he still has open.
    with pytest.raises(InvalidInput) as exc:
        if second == "accept":
            accept_lead(session=db, actor=bob, lead_id=lead["id"])
        else:
            reject_lead(session=db, actor=bob, lead_id=lead["id"], reason="Not for us")
    assert str(exc.value) == "This lead is no longer New: someone already accepted or rejected it."
    after = stored(db, lead["id"])
    assert (after.status, after.owner_user_id, after.rejection_reason) == ("Accepted", p.alice.id, "")
    assert len(events(db, lead["id"], "status")) == 1


def test_a_lead_that_was_never_in_sight_stays_not_found_once_taken(db, p):
    """A Partner User who is no Lead Owner never saw the account's unowned leads, and nobody
    outside the account sees its leads: for them a taken lead is not found, as before."""
    lead = accepted_lead(db, p)
    for who in (p.bob, p.charlie):
        for act in (lambda a: accept_lead(session=db, actor=a, lead_id=lead["id"]),
                    lambda a: reject_lead(session=db, actor=a, lead_id=lead["id"], reason="No")):
            with pytest.raises(NotFound):
                act(p.actor(db, who))
    # A Lead Owner, but of another account.
    dora = create_partner_user(db, p.contoso, email="dora@contoso.example", role="partner_user")
    make_lead_owner(db, dora)
    with pytest.raises(NotFound):
        accept_lead(session=db, actor=p.actor(db, dora), lead_id=lead["id"])
    assert stored(db, lead["id"]).owner_user_id == p.alice.id


# ---------------------------------------------------------------- reject_lead


@pytest.mark.parametrize("reason", ["", "   ", None])
def test_a_rejection_needs_a_reason(db, p, reason):
    lead = new_lead(db, p, p.northwind)
    errors = field_errors(reject_lead, session=db, actor=p.actor(db, p.alice), lead_id=lead["id"],
                          reason=reason)
    assert "reason" in errors
    assert stored(db, lead["id"]).status == "New"


def test_a_rejection_with_unusual_characters_is_refused(db, p):
    lead = new_lead(db, p, p.northwind)
    errors = field_errors(reject_lead, session=db, actor=p.actor(db, p.alice), lead_id=lead["id"],
                          reason="No\x00thanks")
    assert "reason" in errors
    assert stored(db, lead["id"]).status == "New"


def test_rejecting_records_the_reason(db, p):
    lead = new_lead(db, p, p.northwind)
    after = reject_lead(session=db, actor=p.actor(db, p.alice), lead_id=lead["id"],
                        reason="  Outside our region  ")
    assert (after["status"], after["rejection_reason"]) == ("Rejected", "Outside our region")
    [event] = events(db, lead["id"], "status")
    assert (event.old_value, event.new_value, event.note, event.actor_label) == (
        "New", "Rejected", "Outside our region", f"{p.alice.full_name} (Northwind Traders)")
    # The supplier sees why.
    assert get_lead(session=db, actor=p.actor(db, p.admin), lead_id=lead["id"])[
        "rejection_reason"] == "Outside our region"


def test_a_rejected_lead_cannot_be_updated(db, p):
    lead = new_lead(db, p, p.northwind)
    alice = p.actor(db, p.alice)
    reject_lead(session=db, actor=alice, lead_id=lead["id"], reason="Not for us")
    with pytest.raises(InvalidInput, match="Accept the lead"):
        update_lead_progress(session=db, actor=alice, lead_id=lead["id"], status="Contacted")
    assert stored(db, lead["id"]).status == "Rejected"


# ---------------------------------------------------------------- update_lead_progress


def progress(db, p, lead_id, user=None, **fields):
    values = {"status": "Contacted", **fields}
    return update_lead_progress(session=db, actor=p.actor(db, user or p.alice), lead_id=lead_id,
                                **values)


def test_a_new_lead_is_accepted_before_it_is_worked(db, p):
    lead = new_lead(db, p, p.northwind)
    with pytest.raises(InvalidInput, match="Accept the lead"):
        progress(db, p, lead["id"], opportunity_amount="100")
    assert stored(db, lead["id"]).status == "New"
    assert len(events(db, lead["id"])) == 2  # created, partner


@pytest.mark.parametrize("status", ["New", "Rejected", "Recalled", "Won", "", "contacted"])
def test_the_status_is_one_of_the_working_statuses(db, p, status):
    lead = accepted_lead(db, p)
    assert "status" in field_errors(progress, db, p, lead["id"], status=status)
    assert stored(db, lead["id"]).status == "Accepted"


@pytest.mark.parametrize("status", WORKING_STATUSES)
def test_every_working_status_can_be_set(db, p, status):
    lead = accepted_lead(db, p)
    assert progress(db, p, lead["id"], status=status)["status"] == status
    assert stored(db, lead["id"]).status == status


@pytest.mark.parametrize("typed,saved", [("12,500.50", "12500.50"), ("12500", "12500.00"),
                                         (" 0.5 ", "0.50"), ("999999999999.99", "999999999999.99")])
def test_it_reads_the_opportunity_amount(db, p, typed, saved):
    lead = accepted_lead(db, p)
    assert progress(db, p, lead["id"], opportunity_amount=typed)["opportunity_amount"] == saved
    # As stored, read back in a later request.
    with Session(db.get_bind()) as other:
        assert get_lead(session=other, actor=p.actor(other, p.alice), lead_id=lead["id"])[
            "opportunity_amount"] == saved


@pytest.mark.parametrize("amount", ["-5", "abc", "1e20", "NaN", "Infinity", "1000000000000",
                                    "999999999999.999", "12.5.0"])
def test_it_refuses_an_amount_it_cannot_store(db, p, amount):
    lead = accepted_lead(db, p)
    assert "opportunity_amount" in field_errors(progress, db, p, lead["id"], opportunity_amount=amount)
    after = stored(db, lead["id"])
    assert (after.status, after.opportunity_amount) == ("Accepted", None)


@pytest.mark.parametrize("close_date", ["31/12/2026", "12/31/2026", "2026-02-30", "next week",
                                        "2026-12-31T10:00"])
def test_the_close_date_is_a_date_as_yyyy_mm_dd(db, p, close_date):
    lead = accepted_lead(db, p)
    assert "close_date" in field_errors(progress, db, p, lead["id"], close_date=close_date)
    assert stored(db, lead["id"]).close_date is None


def test_it_keeps_a_valid_close_date_and_stage(db, p):
    lead = accepted_lead(db, p)
    after = progress(db, p, lead["id"], close_date=" 2026-12-31 ", opportunity_stage="x" * 80)
    assert (after["close_date"], after["opportunity_stage"]) == ("2026-12-31", "x" * 80)


@pytest.mark.parametrize("stage", ["x" * 81, "Proposal\x00", "Proposal\nsent"])
def test_it_refuses_a_stage_it_cannot_store(db, p, stage):
    lead = accepted_lead(db, p)
    assert "opportunity_stage" in field_errors(progress, db, p, lead["id"], opportunity_stage=stage)
    assert stored(db, lead["id"]).opportunity_stage == ""


def test_each_change_is_recorded_on_the_timeline(db, p):
    lead = accepted_lead(db, p)
    progress(db, p, lead["id"], status="Converted to Opportunity", opportunity_amount="12,500.50",
             opportunity_stage="Proposal", close_date="2026-12-31")
    status_event = events(db, lead["id"], "status")[-1]
    assert (status_event.old_value, status_event.new_value) == ("Accepted", "Converted to Opportunity")
    [opp] = events(db, lead["id"], "opportunity")
    assert (opp.old_value, opp.new_value) == ("—", "12500.50 · Proposal · 2026-12-31")
    assert opp.actor_label == f"{p.alice.full_name} (Northwind Traders)"

    # Only the amount changes: one opportunity event, no status event.
    progress(db, p, lead["id"], status="Converted to Opportunity", opportunity_amount="13000",
             opportunity_stage="Proposal", close_date="2026-12-31")
    assert len(events(db, lead["id"], "status")) == 2
    last = events(db, lead["id"], "opportunity")[-1]
    assert (last.old_value, last.new_value) == (
        "12500.50 · Proposal · 2026-12-31", "13000.00 · Proposal · 2026-12-31")

    # Only the status changes.
    progress(db, p, lead["id"], status="Closed Won", opportunity_amount="13000",
             opportunity_stage="Proposal", close_date="2026-12-31")
    assert len(events(db, lead["id"], "opportunity")) == 2
    last = events(db, lead["id"], "status")[-1]
    assert (last.old_value, last.new_value) == ("Converted to Opportunity", "Closed Won")


def test_saving_without_a_change_records_nothing(db, p):
    lead = accepted_lead(db, p)
    values = dict(status="Qualified", opportunity_amount="12,500.50", opportunity_stage="Proposal",
                  close_date="2026-12-31")
    progress(db, p, lead["id"], **values)
    count = len(events(db, lead["id"]))
    # The same form saved again, in a later request that reads the lead from the database.
    with Session(db.get_bind(), expire_on_commit=False) as later:
        again = update_lead_progress(session=later, actor=p.actor(later, p.alice),
                                     lead_id=lead["id"], **values)
    assert again["opportunity_amount"] == "12500.50"
    assert len(events(db, lead["id"])) == count


def test_another_tenant_cannot_update_a_lead(db, p):
    lead = accepted_lead(db, p)
    with pytest.raises(NotFound):
        progress(db, p, lead["id"], user=p.charlie, opportunity_amount="1")
    assert stored(db, lead["id"]).status == "Accepted"


# ---------------------------------------------------------------- assign_lead_owner


def test_only_a_partner_admin_chooses_a_leads_owner(db, p):
    make_lead_owner(db, p.bob)
    lead = new_lead(db, p, p.northwind)
    for user in (p.bob, p.admin):
        with pytest.raises(PermissionDenied):
            assign_lead_owner(session=db, actor=p.actor(db, user), lead_id=lead["id"],
                              user_id=p.bob.id)
    assert stored(db, lead["id"]).owner_user_id is None


@pytest.mark.parametrize("who", ["charlie", "inactive", "admin", "abc", "huge"])
def test_the_owner_is_an_active_user_of_the_same_account(db, p, who):
    lead = new_lead(db, p, p.northwind)
    if who == "inactive":
        gone = create_partner_user(db, p.northwind)
        gone.is_active = False
        db.add(gone)
        db.commit()
    user_id = {"charlie": lambda: p.charlie.id, "inactive": lambda: gone.id,
               "admin": lambda: p.admin.id, "abc": lambda: "abc", "huge": lambda: 2**70}[who]()
    errors = field_errors(assign_lead_owner, session=db, actor=p.actor(db, p.alice),
                          lead_id=lead["id"], user_id=user_id)
    assert "user_id" in errors
    assert stored(db, lead["id"]).owner_user_id is None


def test_choosing_an_owner_is_recorded(db, p):
    lead = accepted_lead(db, p)
    after = assign_lead_owner(session=db, actor=p.actor(db, p.alice), lead_id=lead["id"],
                              user_id=str(p.bob.id))
    assert after["owner"] == p.bob.full_name
    [event] = events(db, lead["id"], "owner")
    assert (event.old_value, event.new_value) == (p.alice.full_name, p.bob.full_name)
    # Bob, a plain partner user, now sees and works it.
    assert progress(db, p, lead["id"], user=p.bob)["status"] == "Contacted"


def test_a_partner_admin_cannot_choose_an_owner_for_another_tenants_lead(db, p):
    lead = new_lead(db, p, p.northwind)
    with pytest.raises(NotFound):
        assign_lead_owner(session=db, actor=p.actor(db, p.charlie), lead_id=lead["id"],
                          user_id=p.charlie.id)
    assert stored(db, lead["id"]).owner_user_id is None


# ---------------------------------------------------------------- lead_timeline


def test_the_timeline_shows_each_change_and_time_in_each_status(db, p, frozen_clock):
    lead = new_lead(db, p, p.northwind)
    frozen_clock.advance(hours=3)
    accept_lead(session=db, actor=p.actor(db, p.alice), lead_id=lead["id"])
    frozen_clock.advance(minutes=30)
    rows = lead_timeline(session=db, actor=p.actor(db, p.alice), lead_id=lead["id"])
    assert [(r["field"], r["old"], r["new"], r["actor"], r["time_in_status"]) for r in rows] == [
        ("created", "", "New", "Ada Admin", "3 h 0 min"),
        ("partner", "Unassigned", "Northwind Traders", "Ada Admin", ""),
        ("status", "New", "Accepted", f"{p.alice.full_name} (Northwind Traders)", "30 min"),
    ]
    assert [r["at"] for r in rows] == ["2026-06-01 12:00", "2026-06-01 12:00", "2026-06-01 15:00"]


def test_the_time_in_a_long_status_is_shown_in_days(db, p, frozen_clock):
    lead = new_lead(db, p, p.northwind)
    frozen_clock.advance(days=3, hours=5)
    [created, _] = lead_timeline(session=db, actor=p.actor(db, p.admin), lead_id=lead["id"])
    assert created["time_in_status"] == "3 days 5 h"


# ---------------------------------------------------------------- menus


def test_the_assign_menu_lists_active_and_test_partners_only(db, p):
    create_random_partner(db, status="test", name="Beta Tester")
    create_random_partner(db, status="pending", name="Waiting Ltd")
    create_random_partner(db, status="inactive", name="Gone Ltd")
    names = [r["name"] for r in assignable_partners(session=db, actor=p.actor(db, p.admin))]
    assert names == ["Beta Tester", "Contoso", "Northwind Traders"]
    with pytest.raises(PermissionDenied):
        assignable_partners(session=db, actor=p.actor(db, p.alice))


def test_the_owner_menu_lists_only_the_actors_own_account_users(db, p):
    gone = create_partner_user(db, p.northwind)
    gone.is_active = False
    db.add(gone)
    db.commit()
    rows = account_users(session=db, actor=p.actor(db, p.alice))
    assert {r["id"] for r in rows} == {str(p.alice.id), str(p.bob.id)}
    assert [r["id"] for r in account_users(session=db, actor=p.actor(db, p.charlie))] == [
        str(p.charlie.id)]
    with pytest.raises(PermissionDenied):
        account_users(session=db, actor=p.actor(db, p.admin))
