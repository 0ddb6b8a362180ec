"""services/lead_registration.py (seed 004, Registered Leads): partners register leads, with
or without PII; likely conflicts are flagged for the supplier without telling the partner
whose lead it resembles; supplier admins approve or reject; Partner Users see what the
program's lead visibility setting lets them see."""

from __future__ import annotations

import pytest
from sqlmodel import select

from models.audit import AuditLog
from models.leads import Lead, LeadEvent
from models.messaging import EmailMessage
from services.errors import InvalidInput, NotFound, PermissionDenied
from services.lead_registration import (
    CONFLICT_NOTICE,
    approve_registration,
    company_key,
    get_lead_settings,
    list_registrations,
    register_lead,
    registration_conflicts,
    registration_form,
    reject_registration,
    update_lead_settings,
)
from services.leads import create_lead, get_lead, list_leads, update_lead_progress
from tests.factories import personas

REG = {"first_name": "Nora", "last_name": "Quinn", "email": "nora@stark.example",
       "phone": "+1 555 0100", "company": "Stark Logistics", "country": "Germany",
       "notes": "Wants 40 seats in Q3."}


@pytest.fixture
def p(db):
    return personas(db)


def register(db, p, user=None, **values) -> dict:
    return register_lead(session=db, actor=p.actor(db, user or p.bob), values={**REG, **values})


def set_lead_settings(db, p, *, no_pii=False, visibility="assigned") -> dict:
    return update_lead_settings(session=db, actor=p.actor(db, p.admin), lead_registration_without_pii=no_pii,
                                partner_user_lead_visibility=visibility)


def distributed(db, p, account, **values) -> dict:
    return create_lead(session=db, actor=p.actor(db, p.admin),
                       values={"first_name": "Dan", "last_name": "Other", "email": "dan@globex.example",
                               "company": "Globex", **values},
                       partner_account_id=account.id if account else None)


def decision_emails(db) -> list[EmailMessage]:
    return list(db.exec(select(EmailMessage).where(EmailMessage.template == "lead_registration_decision")
                        .order_by(EmailMessage.id)).all())


def field_errors(call, *args, **kwargs) -> dict[str, str]:
    with pytest.raises(InvalidInput) as exc:
        call(*args, **kwargs)
    return exc.value.fields


# ---------------------------------------------------------------- registering


def test_a_registration_belongs_to_the_partner_and_waits_for_approval(db, p):
    lead = register(db, p)
    assert (lead["kind"], lead["status"], lead["partner"], lead["owner"]) == (
        "Registered", "Pending Approval", "Northwind Traders", p.bob.full_name)
    assert lead["possible_conflict"] is False
    [created] = db.exec(select(LeadEvent).where(LeadEvent.lead_id == lead["id"])).all()
    assert (created.field, created.new_value, created.actor_user_id) == ("created", "Pending Approval", p.bob.id)
    # bob sees it; so does his partner admin; Contoso does not.
    assert [r["id"] for r in list_leads(session=db, actor=p.actor(db, p.bob), kind="registered").rows] == [lead["id"]]
    assert [r["id"] for r in list_leads(session=db, actor=p.actor(db, p.alice)).rows] == [lead["id"]]
    assert list_leads(session=db, actor=p.actor(db, p.charlie)).rows == []
    with pytest.raises(NotFound):
        get_lead(session=db, actor=p.actor(db, p.charlie), lead_id=lead["id"])


def test_only_partner_users_register_leads(db, p):
    for actor in (p.actor(db, p.admin), None):
        with pytest.raises(PermissionDenied):
            register_lead(session=db, actor=actor, values=REG)
    assert db.exec(select(Lead)).all() == []


def test_email_and_phone_are_required_unless_the_program_allows_no_pii(db, p):
    assert registration_form(session=db, actor=p.actor(db, p.bob)) == {"pii_required": True}
    errors = field_errors(register, db, p, email="", phone="", first_name="", last_name="")
    assert set(errors) == {"email", "phone", "first_name", "last_name"}
    assert db.exec(select(Lead)).all() == []

    set_lead_settings(db, p, no_pii=True)
    assert registration_form(session=db, actor=p.actor(db, p.bob)) == {"pii_required": False}
    lead = register(db, p, email="", phone="", first_name="", last_name="")
    assert (lead["email"], lead["phone"], lead["status"]) == ("", "", "Pending Approval")
    # PII the partner chooses to give is kept, and still checked.
    assert register(db, p, company="Wayne Corp", phone="")["email"] == "nora@stark.example"
    assert field_errors(register, db, p, email="not-an-email") == {"email": "Enter a valid email address."}
    # The company is always required.
    assert "company" in field_errors(register, db, p, company=" ")


def test_it_refuses_values_the_database_cannot_hold(db, p):
    assert "company" in field_errors(register, db, p, company="x" * 201)
    assert "notes" in field_errors(register, db, p, notes="x\x00")
    assert db.exec(select(Lead)).all() == []


# ---------------------------------------------------------------- conflicts


def test_a_lead_of_the_same_company_domain_is_a_possible_conflict(db, p):
    other = distributed(db, p, p.contoso, email="dan@stark.example", company="Something Else")
    lead = register(db, p, email="Nora@STARK.example")
    assert lead["possible_conflict"] is True
    # The partner's view of the lead says nothing about the other lead or its partner.
    assert "Contoso" not in str(lead) and "dan@stark" not in str(lead)
    assert "Contoso" not in CONFLICT_NOTICE
    assert "Contoso" not in str(get_lead(session=db, actor=p.actor(db, p.bob), lead_id=lead["id"]))
    # The supplier sees which lead, and why.
    [conflict] = registration_conflicts(session=db, actor=p.actor(db, p.admin), lead_id=lead["id"])
    assert (conflict["id"], conflict["partner"], conflict["reason"]) == (
        other["id"], "Contoso", "Same company email domain")
    [row] = list_registrations(session=db, actor=p.actor(db, p.admin)).rows
    assert (row["id"], row["conflict"]) == (lead["id"], "Possible conflict")


@pytest.mark.parametrize("existing,registered", [
    ("Stark Logistics", "stark logistics"),
    ("Stark Logistics, Inc.", "Stark Logistics"),
    ("The Stark Logistics GmbH", "STARK-LOGISTICS"),
    ("Stark & Logistics Co.", "Stark and Logistics"),
])
def test_a_lead_of_the_same_company_name_is_a_possible_conflict(db, p, existing, registered):
    other = distributed(db, p, None, company=existing, email="")
    lead = register(db, p, company=registered, email="nora@gmail.com")
    assert lead["possible_conflict"] is True
    [conflict] = registration_conflicts(session=db, actor=p.actor(db, p.admin), lead_id=lead["id"])
    assert (conflict["id"], conflict["reason"], conflict["partner"]) == (other["id"], "Same company name", "Unassigned")


def test_an_earlier_registration_by_another_partner_is_a_conflict(db, p):
    first = register(db, p, user=p.charlie)
    assert first["possible_conflict"] is False
    second = register(db, p)
    assert second["possible_conflict"] is True
    [conflict] = registration_conflicts(session=db, actor=p.actor(db, p.admin), lead_id=second["id"])
    assert (conflict["id"], conflict["reason"]) == (first["id"], "Same company email domain and Same company name")


def test_public_mailbox_domains_and_other_companies_are_not_conflicts(db, p):
    distributed(db, p, p.contoso, email="someone@gmail.com", company="Globex")
    distributed(db, p, p.contoso, email="x@starkly.example", company="Stark Logistics Partners")
    distributed(db, p, p.contoso, email="x@notstark.example", company="Logistics")
    lead = register(db, p, email="nora@gmail.com")
    assert lead["possible_conflict"] is False
    assert registration_conflicts(session=db, actor=p.actor(db, p.admin), lead_id=lead["id"]) == []
    assert list_registrations(session=db, actor=p.actor(db, p.admin)).rows[0]["conflict"] == ""


def test_a_rejected_registration_is_no_longer_a_conflict(db, p):
    first = register(db, p, user=p.charlie)
    reject_registration(session=db, actor=p.actor(db, p.admin), lead_id=first["id"], reason="Duplicate")
    assert register(db, p)["possible_conflict"] is False


def test_company_key():
    assert company_key("ACME, Inc.") == company_key("acme") == "acme"
    assert company_key("Procter & Gamble Co.") == "procter and gamble"
    assert company_key("The Company") == "the company"  # nothing but legal words: kept whole


def test_only_supplier_admins_see_the_conflicting_leads(db, p):
    distributed(db, p, p.contoso, email="dan@stark.example")
    lead = register(db, p)
    for user in (p.bob, p.alice):
        with pytest.raises(PermissionDenied):
            registration_conflicts(session=db, actor=p.actor(db, user), lead_id=lead["id"])
        with pytest.raises(PermissionDenied):
            list_registrations(session=db, actor=p.actor(db, user))


# ---------------------------------------------------------------- approve / reject


def test_the_supplier_approves_a_registration_and_the_partner_hears_of_it(db, p):
    lead = register(db, p)
    with pytest.raises(InvalidInput, match="not approved"):
        update_lead_progress(session=db, actor=p.actor(db, p.bob), lead_id=lead["id"], status="Contacted")
    approved = approve_registration(session=db, actor=p.actor(db, p.admin), lead_id=lead["id"])
    assert approved["status"] == "Approved"
    [email] = decision_emails(db)
    assert email.to_email == "bob@northwind.example"
    assert email.subject == "Lead registration approved: Stark Logistics"
    assert f"/portal/leads/view?id={lead['id']}" in email.text_body
    statuses = [(e.old_value, e.new_value, e.actor_label) for e in db.exec(
        select(LeadEvent).where(LeadEvent.lead_id == lead["id"], LeadEvent.field == "status")).all()]
    assert statuses == [("Pending Approval", "Approved", "Ada Admin")]
    assert db.exec(select(AuditLog).where(AuditLog.action == "lead_registration_approved")).one()
    # bob works it now.
    worked = update_lead_progress(session=db, actor=p.actor(db, p.bob), lead_id=lead["id"], status="Contacted")
    assert worked["status"] == "Contacted"
    # Nobody decides twice.
    with pytest.raises(InvalidInput, match="already approved or rejected"):
        reject_registration(session=db, actor=p.actor(db, p.admin), lead_id=lead["id"], reason="Late")
    assert len(decision_emails(db)) == 1


def test_the_supplier_rejects_a_registration_with_a_reason(db, p):
    lead = register(db, p)
    assert field_errors(reject_registration, session=db, actor=p.actor(db, p.admin), lead_id=lead["id"],
                        reason=" ") == {"reason": "Tell the partner why you reject this registration."}
    rejected = reject_registration(session=db, actor=p.actor(db, p.admin), lead_id=lead["id"],
                                   reason="Already in our pipeline.")
    assert (rejected["status"], rejected["rejection_reason"]) == ("Rejected", "Already in our pipeline.")
    [email] = decision_emails(db)
    assert email.subject == "Lead registration rejected: Stark Logistics"
    assert "Reason: Already in our pipeline." in email.text_body
    with pytest.raises(InvalidInput, match="already approved or rejected"):
        approve_registration(session=db, actor=p.actor(db, p.admin), lead_id=lead["id"])


def test_partner_users_and_other_tenants_cannot_decide(db, p):
    lead = register(db, p)
    for user in (p.alice, p.bob, p.charlie):
        with pytest.raises(PermissionDenied):
            approve_registration(session=db, actor=p.actor(db, user), lead_id=lead["id"])
        with pytest.raises(PermissionDenied):
            reject_registration(session=db, actor=p.actor(db, user), lead_id=lead["id"], reason="No")
    assert get_lead(session=db, actor=p.actor(db, p.admin), lead_id=lead["id"])["status"] == "Pending Approval"
    assert decision_emails(db) == []


def test_only_registrations_are_approved_and_unknown_ids_are_not_found(db, p):
    other = distributed(db, p, p.northwind)
    with pytest.raises(InvalidInput, match="not a registration"):
        approve_registration(session=db, actor=p.actor(db, p.admin), lead_id=other["id"])
    for bad in ("abc", 2**40, -1):
        with pytest.raises(NotFound):
            approve_registration(session=db, actor=p.actor(db, p.admin), lead_id=bad)


def test_the_registrations_view_lists_pending_registrations(db, p):
    a = register(db, p)
    b = register(db, p, user=p.charlie, company="Wayne Corp", email="bruce@wayne.example")
    distributed(db, p, p.northwind)
    approve_registration(session=db, actor=p.actor(db, p.admin), lead_id=a["id"])
    rows = list_registrations(session=db, actor=p.actor(db, p.admin)).rows
    assert [r["id"] for r in rows] == [b["id"]]
    approved = list_registrations(session=db, actor=p.actor(db, p.admin), status="Approved").rows
    assert [r["id"] for r in approved] == [a["id"]]
    every = list_registrations(session=db, actor=p.actor(db, p.admin), status="").rows
    assert {r["id"] for r in every} == {a["id"], b["id"]}


# ---------------------------------------------------------------- settings and visibility


def test_lead_settings_are_for_supplier_admins_and_audited(db, p):
    assert get_lead_settings(session=db, actor=p.actor(db, p.admin)) == {
        "lead_registration_without_pii": False, "partner_user_lead_visibility": "assigned"}
    assert set_lead_settings(db, p, no_pii=True, visibility="account") == {
        "lead_registration_without_pii": True, "partner_user_lead_visibility": "account"}
    assert db.exec(select(AuditLog).where(AuditLog.action == "lead_settings_updated")).one()
    assert "partner_user_lead_visibility" in field_errors(set_lead_settings, db, p, visibility="everything")
    for user in (p.alice, p.bob):
        with pytest.raises(PermissionDenied):
            update_lead_settings(
                session=db, actor=p.actor(db, user), lead_registration_without_pii=True,
                partner_user_lead_visibility="account")
        with pytest.raises(PermissionDenied):
            get_lead_settings(session=db, actor=p.actor(db, user))


def test_partner_users_see_the_accounts_leads_when_the_program_says_so(db, p):
    alices = register(db, p, user=p.alice, company="Alice Co", email="a@aliceco.example")
    bobs = register(db, p, company="Bob Co", email="b@bobco.example")
    unowned = distributed(db, p, p.northwind)
    contosos = distributed(db, p, p.contoso, company="Contoso Deal", email="c@deal.example")

    def visible(user):
        return {r["id"] for r in list_leads(session=db, actor=p.actor(db, user)).rows}

    assert visible(p.bob) == {bobs["id"]}
    assert visible(p.alice) == {alices["id"], bobs["id"], unowned["id"]}
    with pytest.raises(NotFound):
        get_lead(session=db, actor=p.actor(db, p.bob), lead_id=alices["id"])

    set_lead_settings(db, p, visibility="account")
    assert visible(p.bob) == {alices["id"], bobs["id"], unowned["id"]}
    assert get_lead(session=db, actor=p.actor(db, p.bob), lead_id=alices["id"])["company"] == "Alice Co"
    # Never another tenant's.
    assert contosos["id"] not in visible(p.bob) | visible(p.alice)
    with pytest.raises(NotFound):
        get_lead(session=db, actor=p.actor(db, p.bob), lead_id=contosos["id"])

    set_lead_settings(db, p, visibility="assigned")
    assert visible(p.bob) == {bobs["id"]}
    assert visible(p.alice) == {alices["id"], bobs["id"], unowned["id"]}


def test_an_equal_name_is_found_among_many_longer_names_with_the_same_words(db, p):
    db.add(Lead(company="Stark Logistics Ltd", partner_account_id=p.contoso.id))
    db.add_all([Lead(company=f"Stark Logistics Branch {i}", partner_account_id=p.contoso.id) for i in range(600)])
    db.commit()
    lead = register(db, p, email="nora@gmail.com")
    [conflict] = registration_conflicts(session=db, actor=p.actor(db, p.admin), lead_id=lead["id"])
    assert conflict["company"] == "Stark Logistics Ltd"
