"""services/recruitment.py, seed 000: Invite Partners, the invitation link, the Invited list,
Resend, Delete and Decline."""

from __future__ import annotations

import inspect
import re
from datetime import timedelta

import pytest
from sqlalchemy import text
from sqlmodel import select

from models.recruitment import Invitation, PartnerApplication
from services import recruitment
from services.errors import InvalidInput, InvalidToken, NotFound, PermissionDenied
from tests.factories import personas
from tests.services.recruitment_helpers import (
    INVITE_LINK_RE,
    apply,
    emails,
    invitation_token,
    invite,
    onboarding,
)


@pytest.fixture
def p(db):
    return personas(db)


@pytest.fixture
def admin(db, p):
    return p.actor(db, p.admin)


def invitations(db) -> list[Invitation]:
    return list(db.exec(select(Invitation).order_by(Invitation.id)).all())


def field_errors(call) -> dict[str, str]:
    with pytest.raises(InvalidInput) as exc:
        call()
    return exc.value.fields


# ---------------------------------------------------------------- Create Invitation


def test_it_refuses_a_partner_creating_an_invitation(db, p):
    for user in (p.alice, p.charlie):
        with pytest.raises(PermissionDenied):
            invite(db, p.actor(db, user))
    assert invitations(db) == []
    assert emails(db) == []


@pytest.mark.parametrize("call", [
    lambda db, actor: recruitment.list_invitations(session=db, actor=actor),
    lambda db, actor: recruitment.get_invitation(session=db, actor=actor, invitation_id=1),
    lambda db, actor: recruitment.update_invitation(
        session=db, actor=actor, invitation_id=1, partner_name="Hijacked",
        contact_first_name="X", contact_last_name="Y"),
    lambda db, actor: recruitment.resend_invitation(session=db, actor=actor, invitation_id=1),
    lambda db, actor: recruitment.delete_invitation(session=db, actor=actor, invitation_id=1),
], ids=["list", "get", "update", "resend", "delete"])
def test_it_refuses_partners_the_invitation_admin(db, p, admin, call):
    invite(db, admin)
    with pytest.raises(PermissionDenied):
        call(db, p.actor(db, p.alice))
    [inv] = invitations(db)
    assert (inv.partner_name, inv.send_count) == ("Acme Widgets", 1)
    assert len(emails(db, "invitation")) == 1


def test_it_asks_for_every_required_field(db, admin):
    errors = field_errors(lambda: invite(db, admin, partner_name=" ", contact_first_name="",
                                         contact_last_name="", contact_email=""))
    assert set(errors) == {"partner_name", "contact_first_name", "contact_last_name",
                           "contact_email"}
    assert errors["partner_name"] == "Enter the partner name."
    assert invitations(db) == []
    assert emails(db) == []


@pytest.mark.parametrize("email", ["not-an-email", "pat@acme", "pat@@acme.example",
                                   "pat jones@acme.example", "a" * 250 + "@acme.example",
                                   "pat@acme.example\x00"])
def test_it_refuses_an_invalid_email(db, admin, email):
    errors = field_errors(lambda: invite(db, admin, contact_email=email))
    assert errors == {"contact_email": "Enter a valid email address."}
    assert invitations(db) == []


def test_it_refuses_a_second_open_invitation_for_the_same_email(db, admin):
    invite(db, admin, contact_email="Pat@Acme.example")
    errors = field_errors(lambda: invite(db, admin, partner_name="Acme Again",
                                         contact_email="  pAT@acme.EXAMPLE "))
    assert errors == {"contact_email": "This email already has an open invitation."}
    assert [i.contact_email for i in invitations(db)] == ["pat@acme.example"]
    assert len(emails(db, "invitation")) == 1


def test_it_refuses_inviting_an_existing_user(db, admin):
    errors = field_errors(lambda: invite(db, admin, contact_email="ALICE@northwind.example"))
    assert errors == {"contact_email": "A user with this email already exists."}
    assert invitations(db) == []


def test_it_refuses_inviting_an_email_waiting_in_pending_partners(db, admin):
    assert apply(db, email="pat@acme.example")["outcome"] == "pending"
    errors = field_errors(lambda: invite(db, admin, contact_email="Pat@acme.example"))
    assert "Pending Partners" in errors["contact_email"]
    assert invitations(db) == []


def test_it_invites_a_declined_contact_again_with_a_new_invitation(db, admin):
    invite(db, admin)
    recruitment.decline_invitation(session=db, token=invitation_token(db, "pat@acme.example"))
    invite(db, admin, partner_name="Acme Widgets EU")
    assert [i.status for i in invitations(db)] == ["declined", "sent"]
    recruitment.registration_form(session=db, token=invitation_token(db, "pat@acme.example"))


def test_it_emails_the_submit_your_application_link(db, admin):
    row = invite(db, admin, partner_name="Acme Widgets", contact_email="Pat@Acme.example")
    [mail] = emails(db)
    assert (mail.template, mail.to_email, mail.to_name) == ("invitation", "pat@acme.example", "Pat")
    assert "Acme Widgets" in mail.text_body
    assert "Acme Widgets" in mail.subject
    match = re.search(r"Submit Your Application: (\S+)", mail.text_body)
    assert match and INVITE_LINK_RE.fullmatch(match.group(1)), mail.text_body
    assert match.group(1) in mail.html_body
    assert "14 days" in mail.text_body  # the default invitation_expiry_days
    assert row["status"] == "Sent"


def test_it_escapes_markup_from_the_admin_in_the_html_email(db, admin):
    invite(db, admin, partner_name="<script>alert(1)</script> Ltd",
           contact_first_name="<img src=x onerror=alert(2)>")
    [mail] = emails(db, "invitation")
    assert "<script>" not in mail.html_body
    assert "<img" not in mail.html_body
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Ltd" in mail.html_body
    # The plain-text part shows the name as typed.
    assert "<script>alert(1)</script> Ltd" in mail.text_body


def test_it_requires_configured_custom_fields_and_drops_unknown_ones(db, admin):
    recruitment.set_custom_fields(session=db, actor=admin, fields=[
        {"label": "Region", "required": True}, {"label": "Web Site"}])
    errors = field_errors(lambda: invite(db, admin, custom_fields={"web_site": "acme.example"}))
    assert errors == {"custom:region": "Enter Region."}
    assert invitations(db) == []

    row = invite(db, admin, custom_fields={"region": " EMEA ", "web_site": "", "is_admin": "yes"})
    detail = recruitment.get_invitation(session=db, actor=admin, invitation_id=row["id"])
    assert detail["custom_fields"] == {"region": "EMEA"}
    form = recruitment.registration_form(session=db, token=invitation_token(db, "pat@acme.example"))
    assert form["values"] == {"region": "EMEA"}
    assert [f["label"] for f in form["custom_fields"]] == ["Region", "Web Site"]


# ---------------------------------------------------------------- the link token


def test_it_puts_at_least_128_random_bits_in_each_link(db, admin):
    for n in range(3):
        invite(db, admin, contact_email=f"c{n}@acme.example")
    tokens = [invitation_token(db, f"c{n}@acme.example") for n in range(3)]
    assert len(set(tokens)) == 3
    for token in tokens:
        # url-safe base64: 6 bits a character, so 22 characters hold 128 bits.
        assert re.fullmatch(r"[A-Za-z0-9_-]{22,}", token), token


def test_it_keeps_no_usable_token_in_the_database(db, admin):
    row = invite(db, admin)
    token = invitation_token(db, "pat@acme.example")
    raw = db.connection().execute(text("SELECT * FROM invitation WHERE id = :id"),
                                  {"id": row["id"]}).mappings().one()
    assert raw["token_hash"] != token
    assert {k: v for k, v in raw.items() if v is not None and token in str(v)} == {}
    # A token built from what the row holds does not open the invitation.
    for value in (raw["token_hash"], raw["token_nonce"]):
        with pytest.raises(InvalidToken):
            recruitment.registration_form(session=db, token=value)


@pytest.mark.parametrize("token", ["x", "a" * 43, "x" * 201, "a" * 5000, "abc\x00def"])
def test_it_refuses_a_made_up_token(db, admin, token):
    invite(db, admin)
    with pytest.raises(InvalidToken):
        recruitment.registration_form(session=db, token=token)
    with pytest.raises(InvalidToken):
        apply(db, token=token)
    assert db.exec(select(PartnerApplication)).all() == []


def test_it_prefills_the_registration_form_from_the_link(db, admin):
    invite(db, admin, partner_name="Acme Widgets", contact_first_name="Pat",
           contact_last_name="Jones", contact_email="Pat@Acme.example")
    form = recruitment.registration_form(session=db, token=invitation_token(db, "pat@acme.example"))
    assert {k: form[k] for k in ("company_name", "email", "first_name", "last_name")} == {
        "company_name": "Acme Widgets", "email": "pat@acme.example", "first_name": "Pat",
        "last_name": "Jones"}
    # Opening the link changes nothing: the invitation is still open.
    assert [i.status for i in invitations(db)] == ["sent"]


def test_it_expires_the_link_after_the_configured_days(db, admin, frozen_clock):
    onboarding(db, admin, days=3)
    created = frozen_clock.now
    invite(db, admin)
    token = invitation_token(db, "pat@acme.example")
    assert "3 days" in emails(db, "invitation")[0].text_body

    frozen_clock.set(created + timedelta(days=3) - timedelta(seconds=1))
    assert recruitment.registration_form(session=db, token=token)["email"] == "pat@acme.example"

    frozen_clock.set(created + timedelta(days=3) + timedelta(seconds=1))
    with pytest.raises(InvalidToken, match="expired"):
        recruitment.registration_form(session=db, token=token)
    with pytest.raises(InvalidToken):
        apply(db, token=token)
    with pytest.raises(InvalidToken):
        recruitment.decline_invitation(session=db, token=token)
    assert db.exec(select(PartnerApplication)).all() == []


def test_it_leaves_exactly_one_working_link_after_resend(db, admin, frozen_clock):
    row = invite(db, admin)
    old = invitation_token(db, "pat@acme.example")
    frozen_clock.advance(hours=2)
    detail = recruitment.resend_invitation(session=db, actor=admin, invitation_id=row["id"])
    new = invitation_token(db, "pat@acme.example")

    assert new != old
    assert [m.to_email for m in emails(db, "invitation")] == ["pat@acme.example"] * 2
    with pytest.raises(InvalidToken):
        recruitment.registration_form(session=db, token=old)
    with pytest.raises(InvalidToken):
        apply(db, token=old)
    assert recruitment.registration_form(session=db, token=new)["email"] == "pat@acme.example"
    assert detail["shareable_link"].endswith(f"invitation={new}")
    assert detail["last_sent"] == "2026-06-01 14:00"


def test_it_renews_an_expired_invitation_on_resend(db, admin, frozen_clock):
    row = invite(db, admin)
    frozen_clock.advance(days=15)
    detail = recruitment.get_invitation(session=db, actor=admin, invitation_id=row["id"])
    assert detail["expired"] is True
    detail = recruitment.resend_invitation(session=db, actor=admin, invitation_id=row["id"])
    assert detail["expired"] is False
    token = invitation_token(db, "pat@acme.example")
    assert recruitment.registration_form(session=db, token=token)["company_name"] == "Acme Widgets"


def test_it_breaks_the_link_of_a_deleted_invitation(db, admin):
    row = invite(db, admin)
    token = invitation_token(db, "pat@acme.example")
    recruitment.delete_invitation(session=db, actor=admin, invitation_id=row["id"])

    with pytest.raises(InvalidToken):
        recruitment.registration_form(session=db, token=token)
    with pytest.raises(InvalidToken):
        apply(db, token=token)
    with pytest.raises(NotFound):
        recruitment.get_invitation(session=db, actor=admin, invitation_id=row["id"])
    assert recruitment.list_invitations(session=db, actor=admin).rows == []


@pytest.mark.parametrize("new_email", ["pat@acme.example", "pat.jones@acme.example"],
                         ids=["same email", "different email"])
def test_it_emails_the_invitation_that_replaces_a_deleted_one(db, admin, new_email):
    # Seed 000: to use a different email, delete the invitation and create a new one.
    row = invite(db, admin)
    old = invitation_token(db, "pat@acme.example")
    recruitment.delete_invitation(session=db, actor=admin, invitation_id=row["id"])
    invite(db, admin, contact_email=new_email)

    assert len(emails(db, "invitation", new_email)) == (2 if new_email == "pat@acme.example" else 1)
    new = invitation_token(db, new_email)
    assert new != old
    assert recruitment.registration_form(session=db, token=new)["email"] == new_email


def test_it_refuses_a_missing_or_odd_invitation_id(db, admin):
    for invitation_id in (999, "abc", None, 2**70):
        with pytest.raises(NotFound):
            recruitment.get_invitation(session=db, actor=admin, invitation_id=invitation_id)


# ---------------------------------------------------------------- details: edit and share


def test_it_edits_the_names_but_never_the_email(db, admin):
    assert "contact_email" not in inspect.signature(recruitment.update_invitation).parameters
    row = invite(db, admin)
    token = invitation_token(db, "pat@acme.example")
    detail = recruitment.update_invitation(
        session=db, actor=admin, invitation_id=row["id"], partner_name="Acme Widgets GmbH",
        contact_first_name="Patricia", contact_last_name="Jones-Smith")

    assert (detail["partner_name"], detail["contact_first_name"], detail["contact_last_name"]) == (
        "Acme Widgets GmbH", "Patricia", "Jones-Smith")
    assert detail["contact_email"] == "pat@acme.example"
    form = recruitment.registration_form(session=db, token=token)
    assert (form["company_name"], form["first_name"]) == ("Acme Widgets GmbH", "Patricia")
    with pytest.raises(TypeError):
        recruitment.update_invitation(  # type: ignore[call-arg]
            session=db, actor=admin, invitation_id=row["id"], partner_name="A",
            contact_first_name="B", contact_last_name="C", contact_email="other@acme.example")


def test_it_keeps_the_saved_names_when_an_edit_is_refused(db, admin):
    row = invite(db, admin)
    errors = field_errors(lambda: recruitment.update_invitation(
        session=db, actor=admin, invitation_id=row["id"], partner_name="",
        contact_first_name="Patricia", contact_last_name="Jones"))
    assert errors == {"partner_name": "Enter the partner name."}
    db.expire_all()
    detail = recruitment.get_invitation(session=db, actor=admin, invitation_id=row["id"])
    assert (detail["partner_name"], detail["contact_first_name"]) == ("Acme Widgets", "Pat")


def test_it_shares_the_link_that_was_emailed(db, admin):
    row = invite(db, admin)
    detail = recruitment.get_invitation(session=db, actor=admin, invitation_id=row["id"])
    [mail] = emails(db, "invitation")
    assert INVITE_LINK_RE.search(mail.text_body).group(0) == detail["shareable_link"]


# ---------------------------------------------------------------- Decline


def test_it_shows_a_declined_invitation_as_partner_declined(db, admin):
    invite(db, admin)
    recruitment.decline_invitation(session=db, token=invitation_token(db, "pat@acme.example"))
    [row] = recruitment.list_invitations(session=db, actor=admin).rows
    assert (row["contact_email"], row["status"]) == ("pat@acme.example", "Partner Declined")


def test_it_refuses_declining_twice(db, admin):
    invite(db, admin)
    token = invitation_token(db, "pat@acme.example")
    recruitment.decline_invitation(session=db, token=token)
    with pytest.raises(InvalidToken):
        recruitment.decline_invitation(session=db, token=token)
    assert [i.status for i in invitations(db)] == ["declined"]


def test_it_refuses_applying_with_a_declined_invitation(db, admin):
    invite(db, admin)
    token = invitation_token(db, "pat@acme.example")
    recruitment.decline_invitation(session=db, token=token)
    with pytest.raises(InvalidToken, match="declined"):
        recruitment.registration_form(session=db, token=token)
    with pytest.raises(InvalidToken):
        apply(db, token=token)
    assert db.exec(select(PartnerApplication)).all() == []


def test_it_reopens_a_declined_invitation_on_resend(db, admin):
    row = invite(db, admin)
    recruitment.decline_invitation(session=db, token=invitation_token(db, "pat@acme.example"))
    detail = recruitment.resend_invitation(session=db, actor=admin, invitation_id=row["id"])
    assert detail["status"] == "Sent"
    assert apply(db, token=invitation_token(db, "pat@acme.example"))["outcome"] == "pending"


# ---------------------------------------------------------------- the Invited list


def test_it_lists_sent_and_declined_invitations_but_not_accepted_ones(db, admin):
    for name in ("Sent Co", "Declined Co", "Accepted Co"):
        invite(db, admin, partner_name=name, contact_email=f"{name.split()[0].lower()}@x.example")
    recruitment.decline_invitation(session=db, token=invitation_token(db, "declined@x.example"))
    apply(db, token=invitation_token(db, "accepted@x.example"), email="accepted@x.example")

    rows = recruitment.list_invitations(session=db, actor=admin).rows
    assert {r["partner_name"]: r["status"] for r in rows} == {
        "Sent Co": "Sent", "Declined Co": "Partner Declined"}
    only = {s: [r["partner_name"] for r in recruitment.list_invitations(
        session=db, actor=admin, status=s).rows] for s in ("sent", "declined")}
    assert only == {"sent": ["Sent Co"], "declined": ["Declined Co"]}
    with pytest.raises(InvalidInput):
        recruitment.list_invitations(session=db, actor=admin, status="accepted")


@pytest.fixture
def searchable(db, admin):
    for partner, first, last, email in [
        ("Fabrikam", "Ann", "Lee", "ann@fabrikam.example"),
        ("100% Partners", "Bob", "Stone", "bob@percent.example"),
        ("Under_Score Ltd", "Cat", "Ray", "cat_ray@under.example"),
        ("UnderXScore Ltd", "Dan", "Ray", "danray@underx.example"),
        ("Tailspin Toys", "Eve", "Marsh", "eve@tailspin.example"),
    ]:
        invite(db, admin, partner_name=partner, contact_first_name=first, contact_last_name=last,
               contact_email=email)


@pytest.mark.parametrize("term, expected", [
    ("fabRIKAM", {"Fabrikam"}),                   # partner name, any case
    ("cat ray", {"Under_Score Ltd"}),             # contact name
    ("EVE MARSH", {"Tailspin Toys"}),
    ("ray", {"Under_Score Ltd", "UnderXScore Ltd"}),
    ("BOB@percent", {"100% Partners"}),           # email
    ("%", {"100% Partners"}),                     # % and _ are literal
    ("under_", {"Under_Score Ltd"}),
    ("cat_", {"Under_Score Ltd"}),
    ("nothing like it", set()),
])
def test_it_searches_partner_name_contact_name_and_email(db, admin, searchable, term, expected):
    rows = recruitment.list_invitations(session=db, actor=admin, search=term).rows
    assert {r["partner_name"] for r in rows} == expected


SORT_VALUES = {
    "partner_name": lambda i: i.partner_name,
    "contact_name": lambda i: f"{i.contact_first_name} {i.contact_last_name}",
    "contact_email": lambda i: i.contact_email,
    "status": lambda i: i.status,
    "created": lambda i: i.created_at,
}


@pytest.fixture
def seven_invitations(db, admin, frozen_clock):
    # Ties in every column but email, created out of alphabetical order; two declined.
    for n, (partner, first, email, declined) in enumerate([
        ("Delta", "Dora", "d@x.example", False),
        ("Alpha", "Ann", "a@x.example", True),
        ("Echo", "Eve", "e@x.example", False),
        ("Bravo", "Ben", "b@x.example", False),
        ("Alpha", "Ann", "g@x.example", False),
        ("Charlie", "Cal", "c@x.example", True),
        ("Foxtrot", "Fay", "f@x.example", False),
    ]):
        if n in (2, 5):
            frozen_clock.advance(minutes=5)  # and the rest share a created time with a neighbour
        invite(db, admin, partner_name=partner, contact_first_name=first,
               contact_last_name="Smith", contact_email=email)
        if declined:
            recruitment.decline_invitation(session=db, token=invitation_token(db, email))


@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
@pytest.mark.parametrize("sort", list(SORT_VALUES))
def test_it_sorts_and_pages_every_column(db, admin, seven_invitations, sort, descending):
    value = SORT_VALUES[sort]
    expected = [i.id for i in sorted(invitations(db), key=lambda i: (value(i), i.id),
                                     reverse=descending)]
    whole = recruitment.list_invitations(session=db, actor=admin, sort=sort,
                                         descending=descending, limit=100)
    assert [r["id"] for r in whole.rows] == expected
    assert whole.next_cursor == ""

    seen, cursor, pages = [], "", 0
    while True:
        page = recruitment.list_invitations(session=db, actor=admin, sort=sort,
                                            descending=descending, cursor=cursor, limit=2)
        assert len(page.rows) <= 2
        seen += [r["id"] for r in page.rows]
        pages += 1
        assert pages <= 10, "paging does not end"
        if not page.next_cursor:
            break
        cursor = page.next_cursor
    assert seen == expected


@pytest.mark.parametrize("cursor", ["garbage", "|", "Alpha|abc", "not a date|3",
                                    "2026-06-01T12:00:00|3", "x\x00|1", "x" * 600])
def test_it_shows_the_first_page_for_a_malformed_cursor(db, admin, seven_invitations, cursor):
    first = recruitment.list_invitations(session=db, actor=admin, limit=2)
    page = recruitment.list_invitations(session=db, actor=admin, cursor=cursor, limit=2)
    assert page.rows == first.rows
    assert len(page.rows) == 2

