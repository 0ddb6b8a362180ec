"""Issue 8, item 10 — races, in real threads on the database: two admins approving the same
pending partner make one account; two users accepting the same lead make one owner; two tabs
finishing the same Add Customer wizard send one offer."""

from __future__ import annotations

from sqlmodel import select

from models.accounts import PartnerAccount, User
from models.leads import Lead
from models.offers import Partnership
from services import offers, recruitment
from services.errors import InvalidInput
from services.leads import accept_lead, create_lead
from tests.factories import create_admin
from tests.services.recruitment_helpers import apply, onboarding

RELIABILITY_ITEM = "10. Races"
THREADS = 10  # each race: this many clicks at once, alternating between the two people


def _only_refusals(out):
    unexpected = [e for e in out.errors if not isinstance(e, InvalidInput)]
    assert unexpected == [], unexpected


def test_two_admins_approving_one_pending_partner_make_one_account(db, p, race, figures):
    admins = [p.actor(db, p.admin), p.actor(db, create_admin(db, email="second@example.com"))]
    onboarding(db, admins[0])  # every application waits for review
    apply(db)
    [app] = recruitment.list_pending_applications(session=db, actor=admins[0]).rows
    accounts_before = len(db.exec(select(PartnerAccount)).all())

    out = race(THREADS, lambda s, i: recruitment.approve_application(
        session=s, actor=admins[i % 2], application_id=app["id"]))

    _only_refusals(out)
    assert len(out.results) == 1
    db.expire_all()
    assert len(db.exec(select(PartnerAccount)).all()) == accounts_before + 1
    assert len(db.exec(select(User).where(User.email == "pat@acme.example")).all()) == 1
    figures.add("concurrent approvals", THREADS)
    figures.add("duplicate accounts", len(db.exec(select(PartnerAccount)).all()) - accounts_before - 1)


def test_two_users_accepting_one_lead_make_one_owner(db, p, race, figures):
    p.bob.is_lead_owner = True  # so bob sees the unowned lead too
    db.add(p.bob)
    db.commit()
    people = [p.actor(db, p.alice), p.actor(db, p.bob)]
    lead = create_lead(session=db, actor=p.actor(db, p.admin), partner_account_id=p.northwind.id,
                       values={"first_name": "Pat", "last_name": "Jones", "email": "pat@acme.example",
                               "company": "Acme Widgets"})

    out = race(THREADS, lambda s, i: accept_lead(session=s, actor=people[i % 2], lead_id=lead["id"]))

    _only_refusals(out)
    assert len(out.results) == 1
    db.expire_all()
    stored = db.get(Lead, lead["id"])
    assert stored.status == "Accepted"
    assert stored.owner_user_id in (p.alice.id, p.bob.id)
    assert out.results[0]["owner"] == db.get(User, stored.owner_user_id).full_name
    figures.add("concurrent accepts of one lead", THREADS)


def test_two_tabs_finishing_one_wizard_send_one_offer(db, p, race, figures):
    alice = p.actor(db, p.alice)
    offers.start_wizard(session=db, actor=alice)
    details = {"tenant_name": "contoso", "contact_email": "charlie@contoso.example",
               "message": "Let us team up", "contact_ids": [p.alice.id], "manager_ids": [p.alice.id]}
    offers.save_wizard(session=db, actor=alice, step=3, completed=[0, 1, 2], **details)

    out = race(THREADS, lambda s, i: offers.send_offer(session=s, actor=alice, **details))

    _only_refusals(out)
    assert len(out.results) == 1
    db.expire_all()
    assert len(db.exec(select(Partnership)).all()) == 1
    figures.add("concurrent wizard finishes", THREADS)
    figures.add("duplicate offers", len(db.exec(select(Partnership)).all()) - 1)
