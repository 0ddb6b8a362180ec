"""services/offers.py (seed 003): partnership offers between partner tenants — the wizard's
draft, sending, the neutral answer, accept / decline / modify, business tiles, refusals."""

from __future__ import annotations

import pytest
from sqlmodel import select

from models.messaging import EmailMessage
from models.offers import Partnership
from services import offers
from services.errors import InvalidInput, NotFound, PermissionDenied
from tests.factories import create_partner_user, create_random_partner, personas

MSG = "We would like to resell your services in the north."


@pytest.fixture
def p(db):
    return personas(db)


def actor(db, p, user):
    return p.actor(db, user)


def send(db, p, user=None, tenant="contoso", email="charlie@contoso.example", message=MSG,
         contacts=None, managers=None):
    user = user or p.alice
    return offers.send_offer(session=db, actor=actor(db, p, user), tenant_name=tenant, contact_email=email,
                             message=message, contact_ids=contacts or [p.bob.id], manager_ids=managers or [])


def cards(db, p, user):
    return offers.list_partnerships(session=db, actor=actor(db, p, user)).rows


def emails_to(db, address):
    return db.exec(select(EmailMessage).where(EmailMessage.to_email == address)).all()


def test_an_offer_reaches_the_customer_as_an_open_tile_with_no_people_yet(db, p):
    result = send(db, p)
    assert result["message"] == "If this tenant exists, your offer has been sent."
    [mine] = cards(db, p, p.alice)
    assert (mine["name"], mine["status"], mine["relation"]) == ("contoso", "Open", "Customer")
    assert (mine["contacts"], mine["managers"]) == ("1", "1")  # bob offered, alice manages
    [theirs] = cards(db, p, p.charlie)
    assert (theirs["name"], theirs["status"], theirs["relation"]) == ("Northwind Traders", "Open", "Partner")
    assert (theirs["contacts"], theirs["managers"]) == ("0", "0")
    assert theirs["action"] == "Respond to Offer"
    [mail] = emails_to(db, "charlie@contoso.example")
    assert "Northwind Traders" in mail.subject and MSG in mail.text_body


@pytest.mark.parametrize("tenant,email", [("kazenor", "charlie@contoso.example"),
                                          ("contoso", "nobody@contoso.example"),
                                          ("contoso", "alice@northwind.example")])
def test_a_wrong_tenant_or_email_looks_exactly_like_a_sent_offer_and_reaches_no_one(db, p, tenant, email):
    result = send(db, p, tenant=tenant, email=email)
    assert result["message"] == offers.NEUTRAL_SENT
    [mine] = cards(db, p, p.alice)
    assert (mine["name"], mine["status"]) == (tenant, "Open")
    assert cards(db, p, p.charlie) == []
    assert emails_to(db, "charlie@contoso.example") == []
    detail = offers.get_partnership(session=db, actor=actor(db, p, p.alice), partnership_id=mine["id"])
    assert detail["other_name"] == tenant and detail["tile"] is None


def test_the_sender_never_sees_the_customers_company_name_before_it_accepts(db, p):
    send(db, p)
    [mine] = cards(db, p, p.alice)
    assert mine["name"] == "contoso" and "Contoso" != mine["name"]


def test_refusals_the_sender_already_knows_about(db, p):
    with pytest.raises(InvalidInput, match="own tenant"):
        send(db, p, tenant="northwind", email="alice@northwind.example")
    send(db, p)
    with pytest.raises(InvalidInput, match="already have an open offer"):
        send(db, p)
    # The customer cannot answer with an offer of its own while ours is open.
    with pytest.raises(InvalidInput, match="already have an open offer"):
        send(db, p, user=p.charlie, tenant="northwind", email="alice@northwind.example",
             contacts=[p.charlie.id])
    assert db.exec(select(Partnership)).all().__len__() == 1


def test_after_a_decline_a_new_offer_may_be_sent(db, p):
    pid = send(db, p)["id"]
    offers.decline_offer(session=db, actor=actor(db, p, p.charlie), partnership_id=pid, reason="Not now")
    assert send(db, p)["message"] == offers.NEUTRAL_SENT


@pytest.mark.parametrize("field,kwargs", [
    ("tenant_name", {"tenant": ""}),
    ("tenant_name", {"tenant": "https://contoso.example/"}),
    ("contact_email", {"email": "charlie"}),
    ("contact_email", {"email": "a@b.example, c@d.example"}),
    ("message", {"message": ""}),
    ("message", {"message": "x" * 501}),
])
def test_customer_details_must_be_filled_and_valid(db, p, field, kwargs):
    with pytest.raises(InvalidInput) as exc:
        send(db, p, **kwargs)
    assert field in exc.value.fields
    assert db.exec(select(Partnership)).all() == []


def test_a_500_character_message_is_accepted(db, p):
    send(db, p, message="y" * 500)
    assert db.exec(select(Partnership)).one().message == "y" * 500


def test_contacts_must_be_users_of_the_senders_own_account(db, p):
    with pytest.raises(InvalidInput, match="at least one contact"):
        send(db, p, contacts=[p.charlie.id, 99999, "x"])


def test_the_customer_accepts_with_its_own_people_and_both_see_each_others_tiles(db, p):
    pid = send(db, p)["id"]
    offers.update_company_profile(session=db, actor=actor(db, p, p.charlie), services="Cloud migration",
                                  offerings="Managed hosting", website="https://contoso.example")
    dave = create_partner_user(db, p.contoso, email="dave@contoso.example")
    detail = offers.accept_offer(session=db, actor=actor(db, p, p.charlie), partnership_id=pid,
                                 contact_ids=[dave.id], manager_ids=[p.charlie.id])
    assert detail["status"] == "Accepted"
    assert detail["tile"]["name"] == "Northwind Traders"
    assert [c["email"] for c in detail["their_contacts"]] == ["bob@northwind.example"]
    [mine] = cards(db, p, p.alice)
    assert (mine["name"], mine["status"]) == ("Contoso", "Accepted")
    seen = offers.get_partnership(session=db, actor=actor(db, p, p.alice), partnership_id=pid)
    assert seen["tile"]["services"] == "Cloud migration"
    assert [c["email"] for c in seen["their_contacts"]] == ["dave@contoso.example"]
    [mail] = emails_to(db, "alice@northwind.example")
    assert "accepted" in mail.subject


def test_only_the_customers_partner_admins_answer_and_only_once(db, p):
    pid = send(db, p)["id"]
    dave = create_partner_user(db, p.contoso, email="dave@contoso.example")
    for who in (p.alice, p.bob):
        with pytest.raises((PermissionDenied, NotFound)):
            offers.accept_offer(session=db, actor=actor(db, p, who), partnership_id=pid,
                                contact_ids=[who.id], manager_ids=[who.id])
    with pytest.raises(NotFound):  # a partner user who is not part of it does not see it at all
        offers.decline_offer(session=db, actor=actor(db, p, dave), partnership_id=pid)
    offers.decline_offer(session=db, actor=actor(db, p, p.charlie), partnership_id=pid, reason="Too small")
    with pytest.raises(InvalidInput, match="already answered"):
        offers.accept_offer(session=db, actor=actor(db, p, p.charlie), partnership_id=pid,
                            contact_ids=[p.charlie.id], manager_ids=[p.charlie.id])
    seen = offers.get_partnership(session=db, actor=actor(db, p, p.alice), partnership_id=pid)
    assert (seen["status"], seen["decline_reason"]) == ("Declined", "Too small")
    assert seen["tile"] is None


def test_other_tenants_never_see_a_partnership(db, p):
    pid = send(db, p)["id"]
    fabrikam = create_random_partner(db, name="Fabrikam", status="test")
    erin = create_partner_user(db, fabrikam, role="partner_admin")
    with pytest.raises(NotFound):
        offers.get_partnership(session=db, actor=actor(db, p, erin), partnership_id=pid)
    assert offers.list_partnerships(session=db, actor=actor(db, p, erin)).rows == []
    with pytest.raises(NotFound):
        offers.get_partnership(session=db, actor=actor(db, p, p.alice), partnership_id="1 OR 1=1")


def test_an_undelivered_offer_stays_invisible_to_the_tenant_it_named(db, p):
    pid = send(db, p, email="wrong@contoso.example")["id"]
    with pytest.raises(NotFound):
        offers.get_partnership(session=db, actor=actor(db, p, p.charlie), partnership_id=pid)


def test_a_modification_takes_effect_only_once_the_other_side_confirms(db, p):
    pid = send(db, p)["id"]
    offers.accept_offer(session=db, actor=actor(db, p, p.charlie), partnership_id=pid,
                        contact_ids=[p.charlie.id], manager_ids=[p.charlie.id])
    carol = create_partner_user(db, p.northwind, email="carol@northwind.example")
    detail = offers.propose_change(session=db, actor=actor(db, p, p.alice), partnership_id=pid,
                                   contact_ids=[p.bob.id, carol.id], manager_ids=[p.alice.id],
                                   message="Updated terms")
    assert detail["status"] == "Modified" and detail["pending_change"]["by_me"]
    with pytest.raises(PermissionDenied, match="other side"):
        offers.confirm_change(session=db, actor=actor(db, p, p.alice), partnership_id=pid)
    with pytest.raises(InvalidInput, match="accepted partnership without pending"):
        offers.propose_change(session=db, actor=actor(db, p, p.charlie), partnership_id=pid,
                              contact_ids=[p.charlie.id], manager_ids=[p.charlie.id])
    theirs = offers.get_partnership(session=db, actor=actor(db, p, p.charlie), partnership_id=pid)
    assert theirs["can_confirm"] and len(theirs["their_contacts"]) == 1  # not in effect yet
    assert cards(db, p, p.charlie)[0]["action"] == "Review Changes"
    assert any("changed your partnership" in m.subject for m in emails_to(db, "charlie@contoso.example"))
    done = offers.confirm_change(session=db, actor=actor(db, p, p.charlie), partnership_id=pid)
    assert done["status"] == "Accepted" and done["message"] == "Updated terms"
    assert sorted(c["email"] for c in done["their_contacts"]) == ["bob@northwind.example",
                                                                 "carol@northwind.example"]


def test_rejected_changes_leave_the_partnership_as_it_was(db, p):
    pid = send(db, p)["id"]
    offers.accept_offer(session=db, actor=actor(db, p, p.charlie), partnership_id=pid,
                        contact_ids=[p.charlie.id], manager_ids=[p.charlie.id])
    dave = create_partner_user(db, p.contoso, email="dave@contoso.example")
    offers.propose_change(session=db, actor=actor(db, p, p.charlie), partnership_id=pid,
                          contact_ids=[dave.id], manager_ids=[p.charlie.id], message="ignored for customers")
    done = offers.reject_change(session=db, actor=actor(db, p, p.alice), partnership_id=pid)
    assert done["status"] == "Accepted" and done["message"] == MSG
    assert [c["email"] for c in done["their_contacts"]] == ["charlie@contoso.example"]
    with pytest.raises(InvalidInput, match="no changes waiting"):
        offers.confirm_change(session=db, actor=actor(db, p, p.alice), partnership_id=pid)


def test_partner_users_act_only_on_partnerships_they_manage(db, p):
    pid = send(db, p, managers=[p.bob.id])["id"]
    offers.accept_offer(session=db, actor=actor(db, p, p.charlie), partnership_id=pid,
                        contact_ids=[p.charlie.id], manager_ids=[p.charlie.id])
    assert offers.get_partnership(session=db, actor=actor(db, p, p.bob), partnership_id=pid)["can_modify"]
    other = send(db, p, tenant="kazenor")["id"]
    with pytest.raises(NotFound):  # a user of the account who takes no part in it
        offers.get_partnership(session=db, actor=actor(db, p, create_partner_user(db, p.northwind)),
                               partnership_id=other)


def test_the_sender_can_withdraw_an_unanswered_offer(db, p):
    pid = send(db, p)["id"]
    offers.withdraw_offer(session=db, actor=actor(db, p, p.alice), partnership_id=pid)
    assert cards(db, p, p.charlie) == [] and cards(db, p, p.alice) == []


def test_the_wizard_remembers_progress_until_sent_or_cancelled(db, p):
    a = actor(db, p, p.alice)
    first = offers.start_wizard(session=db, actor=a)
    assert first["step"] == offers.STEP_INTRO and [m["email"] for m in first["managers"]] == [p.alice.email]
    offers.save_wizard(session=db, actor=a, step=3, completed=[1, 2], tenant_name="contoso",
                       contact_email="charlie@contoso.example", message=MSG,
                       contact_ids=[p.bob.id, p.charlie.id], manager_ids=[])
    resumed = offers.get_wizard(session=db, actor=a)
    assert (resumed["step"], resumed["completed"], resumed["tenant_name"]) == (3, [1, 2], "contoso")
    assert [c["email"] for c in resumed["contacts"]] == [p.bob.email]  # charlie is not ours
    assert [m["email"] for m in resumed["managers"]] == [p.alice.email]  # cannot be unselected
    offers.cancel_wizard(session=db, actor=a)
    assert offers.get_wizard(session=db, actor=a) is None
    assert db.exec(select(Partnership)).all() == []


def test_switching_the_introduction_off_opens_the_wizard_at_customer_details(db, p):
    a = actor(db, p, p.alice)
    offers.set_show_intro(session=db, actor=a, show=False)
    assert offers.start_wizard(session=db, actor=a)["step"] == offers.STEP_DETAILS
    offers.cancel_wizard(session=db, actor=a)
    offers.set_show_intro(session=db, actor=a, show=True)
    assert offers.start_wizard(session=db, actor=a)["step"] == offers.STEP_INTRO


def test_sending_clears_the_wizard(db, p):
    a = actor(db, p, p.alice)
    offers.start_wizard(session=db, actor=a)
    send(db, p)
    assert offers.get_wizard(session=db, actor=a) is None


def test_only_partner_admins_edit_the_company_profile(db, p):
    with pytest.raises(PermissionDenied):
        offers.update_company_profile(session=db, actor=actor(db, p, p.bob), about="x")
    with pytest.raises(InvalidInput):
        offers.update_company_profile(session=db, actor=actor(db, p, p.alice), website="javascript:alert(1)")
    saved = offers.update_company_profile(session=db, actor=actor(db, p, p.alice), about="We sell widgets")
    assert offers.get_company_profile(session=db, actor=actor(db, p, p.bob))["about"] == saved["about"]


def test_supplier_admins_and_inactive_accounts_cannot_use_offers(db, p):
    with pytest.raises(PermissionDenied):
        offers.start_wizard(session=db, actor=actor(db, p, p.admin))
    p.northwind.status = "inactive"
    db.add(p.northwind)
    db.commit()
    with pytest.raises(PermissionDenied):
        send(db, p)
