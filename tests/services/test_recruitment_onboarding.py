"""services/recruitment.py, seeds 000 and 001: Submit Your Application, the onboarding rules
(Partner Auto Onboarding, Domain Matching), Pending Partners, and the onboarding settings."""

from __future__ import annotations

import pytest
from sqlalchemy import func
from sqlmodel import Session, select

from models.accounts import USER_KIND_PARTNER, PartnerAccount, User
from models.recruitment import Invitation, PartnerApplication
from services import auth, recruitment
from services.accounts import TENANT_RE
from services.errors import InvalidInput, InvalidToken, NotFound, PermissionDenied
from tests.factories import create_admin, create_random_partner, personas
from tests.services.recruitment_helpers import (
    apply,
    emails,
    invitation_token,
    invite,
    onboarding,
    set_password_token,
)

NEW_PASSWORD = "purple monkey dishwasher"


@pytest.fixture
def p(db):
    return personas(db)


@pytest.fixture
def admin(db, p):
    return p.actor(db, p.admin)


def field_errors(call) -> dict[str, str]:
    with pytest.raises(InvalidInput) as exc:
        call()
    return exc.value.fields


def applications(db) -> list[PartnerApplication]:
    return list(db.exec(select(PartnerApplication).order_by(PartnerApplication.id)).all())


def account_count(db) -> int:
    return db.exec(select(func.count()).select_from(PartnerAccount)).one()


def user_by_email(db, email: str) -> User | None:
    return db.exec(select(User).where(User.email == email)).first()


def can_log_in_to_the_portal(db, email: str) -> int:
    """Set a password with the emailed link, log in to the portal; the partner account id."""
    token = set_password_token(db, email)
    kind = auth.set_password_with_token(session=db, token=token, password=NEW_PASSWORD,
                                        confirm=NEW_PASSWORD)
    assert kind == USER_KIND_PARTNER
    _, actor = auth.login(session=db, email=email, password=NEW_PASSWORD, kind=USER_KIND_PARTNER)
    return actor.partner_account_id


def pending_ids(db, admin, limit=25) -> list[int]:
    return [r["id"] for r in recruitment.list_pending_applications(
        session=db, actor=admin, limit=limit).rows]


# ---------------------------------------------------------------- Auto Onboarding Off, Domain Matching Off


def test_it_holds_a_registration_for_review_by_default(db, p, admin):
    second_admin = create_admin(db, email="second@example.com")
    gone = create_admin(db, email="gone@example.com")
    gone.is_active = False
    db.commit()
    accounts_before = account_count(db)

    result = apply(db, company_name="Acme Widgets", email="Pat@Acme.example")

    assert (result["outcome"], result["status"]) == ("pending", "Pending")
    [app] = applications(db)
    assert (app.status, app.email, app.source) == ("pending", "pat@acme.example", "self_registration")
    assert app.matched_partner_account_id is None
    assert user_by_email(db, "pat@acme.example") is None
    assert account_count(db) == accounts_before
    [received] = emails(db, "application_received")
    assert received.to_email == "pat@acme.example"
    assert "Acme Widgets" in received.text_body
    notices = emails(db, "pending_partner_notice")
    assert sorted(m.to_email for m in notices) == sorted([p.admin.email, second_admin.email])
    assert all("Acme Widgets" in m.text_body and "pat@acme.example" in m.text_body for m in notices)
    assert emails(db, "set_password") == []
    assert recruitment.count_pending_applications(session=db, actor=admin) == 1


def test_it_notifies_the_configured_addresses_instead_of_every_admin(db, p, admin):
    onboarding(db, admin, notify="Ops@Supplier.example; sales@supplier.example")
    apply(db)
    assert sorted(m.to_email for m in emails(db, "pending_partner_notice")) == [
        "ops@supplier.example", "sales@supplier.example"]


# ---------------------------------------------------------------- Auto Onboarding On


def test_it_activates_a_partner_at_once_with_auto_onboarding(db, p, admin):
    onboarding(db, admin, auto=True)
    accounts_before = account_count(db)

    result = apply(db, company_name="Acme Widgets, Inc.", email="pat@acme.example")

    assert (result["outcome"], result["status"]) == ("activated", "Partner Activated")
    assert account_count(db) == accounts_before + 1
    user = user_by_email(db, "pat@acme.example")
    account = db.get(PartnerAccount, user.partner_account_id)
    assert (account.name, account.status, account.tenant_name) == (
        "Acme Widgets, Inc.", "active", "acme-widgets-inc")
    assert (user.kind, user.partner_role, user.first_name, user.last_name) == (
        USER_KIND_PARTNER, "partner_admin", "Pat", "Jones")
    assert user.password_hash is None
    [app] = applications(db)
    assert (app.status, app.partner_account_id, app.user_id) == ("approved", account.id, user.id)
    assert recruitment.count_pending_applications(session=db, actor=admin) == 0
    # No review: no "we received it" email and no notice to the supplier.
    assert emails(db, "application_received") == []
    assert emails(db, "pending_partner_notice") == []
    assert can_log_in_to_the_portal(db, "pat@acme.example") == account.id


def test_it_gives_the_new_user_the_configured_default_role(db, p, admin):
    onboarding(db, admin, auto=True, role="partner_user")
    apply(db)
    assert user_by_email(db, "pat@acme.example").partner_role == "partner_user"


def test_it_gives_every_new_partner_its_own_tenant_name(db, p, admin):
    onboarding(db, admin, auto=True)
    for n, company in enumerate(["Acme Widgets", "ACME widgets!", "  Acme -- Widgets  ", "株式会社"]):
        apply(db, company_name=company, email=f"p{n}@acme{n}.example")
    tenants = [db.get(PartnerAccount, user_by_email(db, f"p{n}@acme{n}.example").partner_account_id)
               .tenant_name for n in range(4)]
    assert tenants == ["acme-widgets", "acme-widgets-2", "acme-widgets-3", "partner"]


@pytest.mark.parametrize("company", [
    "A" * 49 + " Holdings International",    # the 50th character is a separator
    "Z" * 200,
    "-- Acme --",
])
def test_it_activates_a_company_whatever_its_name(db, p, admin, company):
    onboarding(db, admin, auto=True)
    assert apply(db, company_name=company)["outcome"] == "activated"
    account = db.get(PartnerAccount, user_by_email(db, "pat@acme.example").partner_account_id)
    assert account.name == company
    assert TENANT_RE.match(account.tenant_name)


# ---------------------------------------------------------------- Domain Matching


def test_it_activates_an_unmatched_domain_with_domain_matching(db, p, admin):
    p.northwind.email_domain = "northwind.example"
    db.commit()
    onboarding(db, admin, domain=True)
    result = apply(db, email="pat@acme.example")
    assert result["outcome"] == "activated"
    account = db.get(PartnerAccount, user_by_email(db, "pat@acme.example").partner_account_id)
    assert (account.name, account.email_domain) == ("Acme Widgets", "acme.example")
    assert can_log_in_to_the_portal(db, "pat@acme.example") == account.id


def test_it_holds_a_matching_domain_for_review(db, p, admin):
    p.northwind.email_domain = "northwind.example"
    db.commit()
    onboarding(db, admin, domain=True)
    accounts_before = account_count(db)

    result = apply(db, company_name="Northwind West", email="Dana@NorthWind.example")

    assert result["outcome"] == "pending"
    [app] = applications(db)
    assert (app.status, app.matched_partner_account_id) == ("pending", p.northwind.id)
    assert user_by_email(db, "dana@northwind.example") is None
    assert account_count(db) == accounts_before
    [row] = recruitment.list_pending_applications(session=db, actor=admin).rows
    assert row["domain_match"] == "Northwind Traders"
    notices = emails(db, "pending_partner_notice")
    assert notices and all("Northwind Traders" in m.text_body for m in notices)


def test_it_remembers_the_domain_of_a_new_partner(db, p, admin):
    onboarding(db, admin, domain=True)
    assert apply(db, email="pat@acme.example")["outcome"] == "activated"
    first = user_by_email(db, "pat@acme.example").partner_account_id
    assert apply(db, email="sam@acme.example", first_name="Sam")["outcome"] == "pending"
    assert applications(db)[-1].matched_partner_account_id == first


@pytest.mark.parametrize("mailbox", ["gmail.com", "Outlook.com"])
def test_it_never_matches_a_public_mailbox_domain(db, p, admin, mailbox):
    create_random_partner(db, email_domain=mailbox)  # set by hand by an admin
    onboarding(db, admin, domain=True)
    for n in range(2):
        result = apply(db, company_name=f"Solo {n}", email=f"solo{n}@{mailbox}")
        assert result["outcome"] == "activated"
    domains = {db.get(PartnerAccount, user_by_email(db, f"solo{n}@{mailbox.lower()}")
                      .partner_account_id).email_domain for n in range(2)}
    assert domains == {None}
    assert all(a.matched_partner_account_id is None for a in applications(db))


def test_it_stores_no_public_mailbox_domain_on_approval(db, p, admin):
    apply(db, email="solo@gmail.com")
    [app] = applications(db)
    result = recruitment.approve_application(session=db, actor=admin, application_id=app.id)
    assert db.get(PartnerAccount, result["partner_account_id"]).email_domain is None


def test_it_activates_a_matching_domain_with_auto_onboarding(db, p, admin):
    p.northwind.email_domain = "northwind.example"
    db.commit()
    onboarding(db, admin, auto=True, domain=True)
    result = apply(db, company_name="Northwind West", email="dana@northwind.example")
    assert result["outcome"] == "activated"
    user = user_by_email(db, "dana@northwind.example")
    assert user.partner_account_id != p.northwind.id
    assert db.get(PartnerAccount, user.partner_account_id).name == "Northwind West"
    assert applications(db)[0].matched_partner_account_id is None


@pytest.mark.parametrize("auto, domain, email, outcome", [
    (False, False, "x@acme.example", "pending"),
    (False, False, "x@northwind.example", "pending"),
    (True, False, "x@acme.example", "activated"),
    (True, False, "x@northwind.example", "activated"),
    (False, True, "x@acme.example", "activated"),
    (False, True, "x@northwind.example", "pending"),
    (True, True, "x@acme.example", "activated"),
    (True, True, "x@northwind.example", "activated"),
])
def test_it_follows_the_onboarding_rules(db, p, admin, auto, domain, email, outcome):
    p.northwind.email_domain = "northwind.example"
    db.commit()
    onboarding(db, admin, auto=auto, domain=domain)
    assert apply(db, email=email)["outcome"] == outcome
    assert (user_by_email(db, email) is not None) == (outcome == "activated")
    assert [a.status for a in applications(db)] == [
        "approved" if outcome == "activated" else "pending"]


# ---------------------------------------------------------------- applying from an invitation


def test_it_takes_an_accepted_invitation_off_the_invited_list(db, p, admin):
    row = invite(db, admin)
    token = invitation_token(db, "pat@acme.example")
    assert apply(db, token=token)["outcome"] == "pending"

    [app] = applications(db)
    assert (app.source, app.invitation_id) == ("invitation", row["id"])
    assert db.get(Invitation, row["id"]).status == "accepted"
    assert recruitment.list_invitations(session=db, actor=admin).rows == []
    [pending] = recruitment.list_pending_applications(session=db, actor=admin).rows
    assert pending["source"] == "Invitation"


def test_it_uses_an_invitation_only_once(db, p, admin):
    onboarding(db, admin, auto=True)
    invite(db, admin)
    token = invitation_token(db, "pat@acme.example")
    assert apply(db, token=token)["outcome"] == "activated"
    with pytest.raises(InvalidToken):
        apply(db, token=token, email="other@acme.example")
    with pytest.raises(InvalidToken):
        recruitment.registration_form(session=db, token=token)
    with pytest.raises(InvalidToken):
        recruitment.decline_invitation(session=db, token=token)
    assert len(applications(db)) == 1
    assert user_by_email(db, "other@acme.example") is None


def test_it_asks_an_invited_contact_to_use_the_invitation(db, p, admin):
    invite(db, admin)
    assert apply(db, email="PAT@acme.example")["outcome"] == "pending"
    assert applications(db) == []
    # Only the inbox is told, so the form reveals no invitation (issue 8).
    assert "use the Submit Your Application link" in emails(db, "application_duplicate")[0].text_body



def test_it_uses_an_invitation_once_even_from_two_tabs(db, p, admin):
    onboarding(db, admin, auto=True)
    row = invite(db, admin)
    token = invitation_token(db, "pat@acme.example")
    recruitment.registration_form(session=db, token=token)  # this tab has seen it open
    with Session(db.get_bind(), expire_on_commit=False) as other_tab:
        assert apply(other_tab, token=token)["outcome"] == "activated"

    with pytest.raises(InvalidToken):
        apply(db, token=token, email="pat.other@acme.example")
    db.expire_all()
    assert db.get(Invitation, row["id"]).status == "accepted"
    assert [a.email for a in applications(db)] == ["pat@acme.example"]
    assert user_by_email(db, "pat.other@acme.example") is None


def test_it_refuses_declining_an_invitation_accepted_in_another_tab(db, p, admin):
    row = invite(db, admin)
    token = invitation_token(db, "pat@acme.example")
    recruitment.registration_form(session=db, token=token)  # this tab has seen it open
    with Session(db.get_bind(), expire_on_commit=False) as other_tab:
        assert apply(other_tab, token=token)["outcome"] == "pending"

    with pytest.raises(InvalidToken):
        recruitment.decline_invitation(session=db, token=token)
    db.expire_all()
    assert db.get(Invitation, row["id"]).status == "accepted"
    assert [a.status for a in applications(db)] == ["pending"]

# ---------------------------------------------------------------- refused applications


def test_a_second_application_while_one_is_pending_makes_nothing_and_tells_the_inbox(db, p, admin):
    apply(db)
    # Answered like any application, so the form does not reveal who applied (issue 8).
    assert apply(db, company_name="Acme Again", email=" Pat@ACME.example")["outcome"] == "pending"
    assert len(applications(db)) == 1
    assert len(emails(db, "application_received")) == 1
    assert "already waiting for review" in emails(db, "application_duplicate")[0].text_body


def test_an_application_from_an_existing_user_makes_nothing_and_tells_the_inbox(db, p, admin):
    onboarding(db, admin, auto=True)
    assert apply(db, email="Bob@Northwind.example")["outcome"] == "activated"
    assert applications(db) == []
    [notice] = emails(db, "application_duplicate")
    assert notice.to_email == "bob@northwind.example" and "already have an account" in notice.text_body


def test_it_asks_for_every_required_field_of_the_application(db, p, admin):
    recruitment.set_custom_fields(session=db, actor=admin, fields=[
        {"label": "Partner Type", "required": True}])
    errors = field_errors(lambda: apply(db, company_name="", email="nope", first_name=" ",
                                        last_name="", custom_fields={"partner_type": ""}))
    assert set(errors) == {"company_name", "email", "first_name", "last_name",
                           "custom:partner_type"}
    assert errors["custom:partner_type"] == "Enter Partner Type."
    assert applications(db) == []
    assert emails(db) == []


def test_it_keeps_only_the_configured_custom_fields_of_an_application(db, p, admin):
    recruitment.set_custom_fields(session=db, actor=admin, fields=[{"label": "Partner Type"}])
    apply(db, custom_fields={"partner_type": "Reseller", "status": "approved", "is_admin": "1"})
    [app] = applications(db)
    assert (app.custom_fields, app.status) == ({"partner_type": "Reseller"}, "pending")
    detail = recruitment.get_application(session=db, actor=admin, application_id=app.id)
    assert detail["custom_fields"] == [{"label": "Partner Type", "value": "Reseller"}]


# ---------------------------------------------------------------- Pending Partners: approve


def test_it_refuses_a_partner_approving_or_rejecting(db, p, admin):
    apply(db)
    [app] = applications(db)
    alice = p.actor(db, p.alice)
    with pytest.raises(PermissionDenied):
        recruitment.approve_application(session=db, actor=alice, application_id=app.id)
    with pytest.raises(PermissionDenied):
        recruitment.reject_application(session=db, actor=alice, application_id=app.id,
                                       reason="No")
    with pytest.raises(PermissionDenied):
        recruitment.list_pending_applications(session=db, actor=alice)
    with pytest.raises(PermissionDenied):
        recruitment.count_pending_applications(session=db, actor=alice)
    db.expire_all()
    assert applications(db)[0].status == "pending"
    assert user_by_email(db, "pat@acme.example") is None


def test_it_approves_a_pending_partner(db, p, admin):
    apply(db, company_name="Acme Widgets")
    [app] = applications(db)
    accounts_before = account_count(db)

    result = recruitment.approve_application(session=db, actor=admin, application_id=app.id)

    assert account_count(db) == accounts_before + 1
    account = db.get(PartnerAccount, result["partner_account_id"])
    assert (account.name, account.status, account.email_domain) == (
        "Acme Widgets", "active", "acme.example")
    user = user_by_email(db, "pat@acme.example")
    assert (user.partner_account_id, user.partner_role) == (account.id, "partner_admin")
    detail = recruitment.get_application(session=db, actor=admin, application_id=app.id)
    assert detail["status"] == "Approved"
    assert recruitment.count_pending_applications(session=db, actor=admin) == 0
    assert pending_ids(db, admin) == []
    assert can_log_in_to_the_portal(db, "pat@acme.example") == account.id


def test_it_approves_a_request_only_once(db, p, admin):
    apply(db)
    [app] = applications(db)
    accounts_before = account_count(db)
    recruitment.approve_application(session=db, actor=admin, application_id=app.id)
    with pytest.raises(InvalidInput):
        recruitment.approve_application(session=db, actor=admin, application_id=app.id)
    with pytest.raises(InvalidInput):
        recruitment.approve_application(session=db, actor=admin, application_id=app.id,
                                        add_to_existing=True)
    assert account_count(db) == accounts_before + 1
    assert db.exec(select(func.count()).select_from(PartnerAccount)
                   .where(PartnerAccount.name == "Acme Widgets")).one() == 1
    assert db.exec(select(func.count()).select_from(User)
                   .where(User.email == "pat@acme.example")).one() == 1
    assert len(emails(db, "set_password")) == 1


def test_it_adds_a_domain_matched_request_to_the_existing_account(db, p, admin):
    p.northwind.email_domain = "northwind.example"
    db.commit()
    onboarding(db, admin, domain=True)
    apply(db, company_name="Northwind", email="dana@northwind.example", first_name="Dana")
    [app] = applications(db)
    accounts_before = account_count(db)

    result = recruitment.approve_application(session=db, actor=admin, application_id=app.id,
                                             add_to_existing=True)

    assert result["partner_account_id"] == p.northwind.id
    assert account_count(db) == accounts_before
    user = user_by_email(db, "dana@northwind.example")
    assert (user.partner_account_id, user.partner_role) == (p.northwind.id, "partner_user")
    assert can_log_in_to_the_portal(db, "dana@northwind.example") == p.northwind.id


def test_it_makes_a_new_account_for_a_domain_matched_request_when_asked(db, p, admin):
    p.northwind.email_domain = "northwind.example"
    db.commit()
    onboarding(db, admin, domain=True)
    apply(db, company_name="Northwind Spin-off", email="dana@northwind.example")
    [app] = applications(db)
    result = recruitment.approve_application(session=db, actor=admin, application_id=app.id)
    assert result["partner_account_id"] != p.northwind.id
    assert user_by_email(db, "dana@northwind.example").partner_role == "partner_admin"


def test_it_refuses_adding_an_unmatched_request_to_an_existing_account(db, p, admin):
    apply(db)
    [app] = applications(db)
    accounts_before = account_count(db)
    with pytest.raises(InvalidInput):
        recruitment.approve_application(session=db, actor=admin, application_id=app.id,
                                        add_to_existing=True)
    db.expire_all()
    assert applications(db)[0].status == "pending"
    assert account_count(db) == accounts_before
    assert user_by_email(db, "pat@acme.example") is None



def test_it_approves_once_when_two_admins_click_together(db, p, admin):
    apply(db)
    [app] = applications(db)
    recruitment.get_application(session=db, actor=admin, application_id=app.id)  # page open
    accounts_before = account_count(db)
    with Session(db.get_bind(), expire_on_commit=False) as other_admin:
        recruitment.approve_application(session=other_admin, actor=admin, application_id=app.id)

    for add_to_existing in (False, True):
        with pytest.raises(InvalidInput):
            recruitment.approve_application(session=db, actor=admin, application_id=app.id,
                                            add_to_existing=add_to_existing)
    with pytest.raises(InvalidInput):
        recruitment.reject_application(session=db, actor=admin, application_id=app.id,
                                       reason="Too late.")
    assert account_count(db) == accounts_before + 1
    assert db.exec(select(func.count()).select_from(User)
                   .where(User.email == "pat@acme.example")).one() == 1
    assert emails(db, "application_rejected") == []


@pytest.mark.parametrize("application_id", [999, "abc", None, -1, 2**70])
def test_it_refuses_a_missing_or_odd_request_id(db, p, admin, application_id):
    apply(db)
    with pytest.raises(NotFound):
        recruitment.get_application(session=db, actor=admin, application_id=application_id)
    with pytest.raises(NotFound):
        recruitment.approve_application(session=db, actor=admin, application_id=application_id)
    with pytest.raises(NotFound):
        recruitment.reject_application(session=db, actor=admin, application_id=application_id,
                                       reason="No.")
    assert [a.status for a in applications(db)] == ["pending"]

# ---------------------------------------------------------------- Pending Partners: reject


def test_it_asks_for_a_reason_to_reject(db, p, admin):
    apply(db)
    [app] = applications(db)
    for reason in ("", "   "):
        errors = field_errors(lambda r=reason: recruitment.reject_application(
            session=db, actor=admin, application_id=app.id, reason=r))
        assert errors == {"reason": "Give the applicant a reason."}
    db.expire_all()
    assert applications(db)[0].status == "pending"
    assert emails(db, "application_rejected") == []


def test_it_rejects_with_a_reason_emailed_to_the_applicant(db, p, admin):
    apply(db, company_name="Acme Widgets")
    [app] = applications(db)
    recruitment.reject_application(session=db, actor=admin, application_id=app.id,
                                   reason="We only work with partners in EMEA.")
    db.expire_all()
    [app] = applications(db)
    assert (app.status, app.decision_reason, app.decided_by_user_id) == (
        "rejected", "We only work with partners in EMEA.", p.admin.id)
    [mail] = emails(db, "application_rejected")
    assert mail.to_email == "pat@acme.example"
    assert "We only work with partners in EMEA." in mail.text_body
    assert "Acme Widgets" in mail.text_body
    assert pending_ids(db, admin) == []


def test_it_refuses_approving_a_rejected_request(db, p, admin):
    apply(db)
    [app] = applications(db)
    recruitment.reject_application(session=db, actor=admin, application_id=app.id, reason="No.")
    accounts_before = account_count(db)
    with pytest.raises(InvalidInput):
        recruitment.approve_application(session=db, actor=admin, application_id=app.id)
    with pytest.raises(InvalidInput):
        recruitment.reject_application(session=db, actor=admin, application_id=app.id,
                                       reason="Again.")
    assert account_count(db) == accounts_before
    assert user_by_email(db, "pat@acme.example") is None
    assert len(emails(db, "application_rejected")) == 1


def test_it_lets_a_rejected_applicant_apply_again(db, p, admin):
    apply(db)
    recruitment.reject_application(session=db, actor=admin, application_id=applications(db)[0].id,
                                   reason="Incomplete.")
    assert apply(db)["outcome"] == "pending"
    assert [a.status for a in applications(db)] == ["rejected", "pending"]


# ---------------------------------------------------------------- Pending Partners: edit, list


def test_it_edits_a_pending_request(db, p, admin):
    apply(db, company_name="Acme Widgts", first_name="pat")
    [app] = applications(db)
    detail = recruitment.update_application(session=db, actor=admin, application_id=app.id,
                                            company_name="Acme Widgets", first_name="Pat",
                                            last_name="Jones")
    assert (detail["company_name"], detail["contact_name"]) == ("Acme Widgets", "Pat Jones")
    result = recruitment.approve_application(session=db, actor=admin, application_id=app.id)
    assert result["partner_name"] == "Acme Widgets"
    assert user_by_email(db, "pat@acme.example").first_name == "Pat"
    with pytest.raises(InvalidInput):
        recruitment.update_application(session=db, actor=admin, application_id=app.id,
                                       company_name="Changed", first_name="P", last_name="J")


def test_it_keeps_a_request_unchanged_when_an_edit_is_refused(db, p, admin):
    apply(db)
    [app] = applications(db)
    errors = field_errors(lambda: recruitment.update_application(
        session=db, actor=admin, application_id=app.id, company_name="",
        first_name="Patricia", last_name="Jones"))
    assert errors == {"company_name": "Enter the company name."}
    db.expire_all()
    assert (applications(db)[0].company_name, applications(db)[0].first_name) == (
        "Acme Widgets", "Pat")


def test_it_lists_only_pending_requests_oldest_first_in_pages(db, p, admin, frozen_clock):
    for n in range(7):
        if n % 2:
            frozen_clock.advance(minutes=1)  # some requests share a created time
        apply(db, company_name=f"Company {n}", email=f"c{n}@company{n}.example")
    ids = [a.id for a in applications(db)]
    recruitment.approve_application(session=db, actor=admin, application_id=ids[1])
    recruitment.reject_application(session=db, actor=admin, application_id=ids[4], reason="No.")
    expected = [i for i in ids if i not in (ids[1], ids[4])]

    assert pending_ids(db, admin) == expected
    assert recruitment.count_pending_applications(session=db, actor=admin) == 5
    seen, cursor = [], ""
    for _ in range(10):
        page = recruitment.list_pending_applications(session=db, actor=admin, cursor=cursor,
                                                     limit=2)
        seen += [r["id"] for r in page.rows]
        if not (cursor := page.next_cursor):
            break
    assert seen == expected
    first = recruitment.list_pending_applications(session=db, actor=admin, limit=2)
    tampered = recruitment.list_pending_applications(session=db, actor=admin, limit=2,
                                                     cursor="2026-06-01T12:00:00|99999999999")
    assert tampered.rows == first.rows


# ---------------------------------------------------------------- Ask for a New Invitation


@pytest.mark.parametrize("email", ["", "nope", "a@b", "x@y.example\x00"])
def test_it_refuses_an_invalid_email_asking_for_an_invitation(db, p, email):
    errors = field_errors(lambda: recruitment.request_new_invitation(session=db, email=email))
    assert errors == {"email": "Enter a valid email address."}
    assert emails(db) == []


def test_it_passes_a_request_for_a_new_invitation_to_the_admins(db, p):
    second = create_admin(db, email="second@example.com")
    recruitment.request_new_invitation(session=db, email="Pat@Acme.example",
                                       message="My link expired.")
    rows = emails(db, "invitation_request")
    assert sorted(m.to_email for m in rows) == sorted([p.admin.email, second.email])
    assert all("pat@acme.example" in m.text_body and "My link expired." in m.text_body
               for m in rows)
    assert not any(m.to_email.endswith("northwind.example") for m in emails(db))


def test_it_sends_one_request_for_a_new_invitation_an_hour(db, p, frozen_clock):
    recruitment.request_new_invitation(session=db, email="pat@acme.example")
    frozen_clock.advance(minutes=30)
    recruitment.request_new_invitation(session=db, email="PAT@acme.example", message="Again?")
    assert len(emails(db, "invitation_request")) == 1
    frozen_clock.advance(minutes=31)
    recruitment.request_new_invitation(session=db, email="pat@acme.example")
    assert len(emails(db, "invitation_request")) == 2


def test_it_takes_a_request_from_a_long_email_address(db, p):
    long_email = "a" * 64 + "." + "b" * 60 + "@" + "c" * 100 + ".example"
    recruitment.request_new_invitation(session=db, email=long_email)
    recruitment.request_new_invitation(session=db, email=long_email)
    [mail] = emails(db, "invitation_request")
    assert long_email in mail.text_body


def test_it_notifies_a_long_configured_address_of_a_pending_partner(db, p, admin):
    long_address = "o" * 64 + "@" + "s" * 150 + ".example"
    onboarding(db, admin, notify=long_address)
    apply(db)
    assert [m.to_email for m in emails(db, "pending_partner_notice")] == [long_address]


# ---------------------------------------------------------------- onboarding settings


def test_it_saves_the_onboarding_settings(db, p, admin):
    saved = onboarding(db, admin, auto=True, domain=True, role="partner_user", days=" 30 ",
                       notify="Ops@Supplier.example, ops@supplier.example;\nsales@supplier.example")
    assert saved == {**saved, "auto_onboarding": True, "domain_matching": True,
                     "default_partner_role": "partner_user", "invitation_expiry_days": 30,
                     "pending_notify_emails": "ops@supplier.example, sales@supplier.example"}
    assert recruitment.get_onboarding_settings(session=db, actor=admin) == saved


@pytest.mark.parametrize("change, field", [
    ({"days": 0}, "invitation_expiry_days"),
    ({"days": 366}, "invitation_expiry_days"),
    ({"days": "two"}, "invitation_expiry_days"),
    ({"days": ""}, "invitation_expiry_days"),
    ({"days": None}, "invitation_expiry_days"),
    ({"days": "1.5"}, "invitation_expiry_days"),
    ({"role": "owner"}, "default_partner_role"),
    ({"role": ""}, "default_partner_role"),
    ({"notify": "ops@supplier.example, not-an-email"}, "pending_notify_emails"),
    ({"notify": " ".join(f"a{n}@supplier.example" for n in range(21))}, "pending_notify_emails"),
])
def test_it_refuses_bad_onboarding_settings(db, p, admin, change, field):
    before = recruitment.get_onboarding_settings(session=db, actor=admin)
    settings = {"auto": True, "domain": True, **change}
    with pytest.raises(InvalidInput) as exc:
        onboarding(db, admin, **settings)
    assert list(exc.value.fields) == [field]
    db.expire_all()
    assert recruitment.get_onboarding_settings(session=db, actor=admin) == before


@pytest.mark.parametrize("days", [1, 365])
def test_it_accepts_the_limits_of_the_invitation_expiry(db, p, admin, days):
    assert onboarding(db, admin, days=days)["invitation_expiry_days"] == days


def test_it_refuses_a_partner_changing_the_onboarding_settings(db, p, admin):
    alice = p.actor(db, p.alice)
    with pytest.raises(PermissionDenied):
        onboarding(db, alice, auto=True)
    with pytest.raises(PermissionDenied):
        recruitment.set_custom_fields(session=db, actor=alice, fields=[{"label": "X"}])
    assert recruitment.get_onboarding_settings(session=db, actor=admin)["auto_onboarding"] is False


def test_it_saves_custom_fields_in_order(db, p, admin):
    saved = recruitment.set_custom_fields(session=db, actor=admin, fields=[
        {"label": " Partner Type ", "required": True}, {"label": "Web site"}])
    assert saved == [{"key": "partner_type", "label": "Partner Type", "required": True},
                     {"key": "web_site", "label": "Web site", "required": False}]
    assert recruitment.registration_form(session=db)["custom_fields"] == saved


@pytest.mark.parametrize("fields, error_key", [
    ([{"label": "Region"}, {"label": ""}], "custom_fields.1"),
    ([{"label": "   "}], "custom_fields.0"),
    ([{"label": "Region"}, {"label": "region "}], "custom_fields.1"),
    ([{"label": "Web Site"}, {"label": "web-site"}], "custom_fields.1"),
    ([{"label": f"Field {n}"} for n in range(21)], "custom_fields"),
])
def test_it_refuses_bad_custom_fields(db, p, admin, fields, error_key):
    recruitment.set_custom_fields(session=db, actor=admin, fields=[{"label": "Keep me"}])
    with pytest.raises(InvalidInput) as exc:
        recruitment.set_custom_fields(session=db, actor=admin, fields=fields)
    assert error_key in exc.value.fields
    db.expire_all()
    assert [f["label"] for f in recruitment.get_onboarding_settings(
        session=db, actor=admin)["custom_fields"]] == ["Keep me"]

