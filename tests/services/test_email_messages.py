"""services/email_messages.py (seed 002): who an Email reaches, the suppression list, the
lifecycle Draft → Scheduled → Sending → Sent and its locks, Copy, the recipient snapshot."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from models._base import utcnow
from models.accounts import ConsentRecord, User
from models.messaging import MessageRecipient
from services import email_messages as em
from services import messages
from services.errors import InvalidInput, NotFound, PermissionDenied
from tests.factories import create_partner_user, create_random_partner, personas


@pytest.fixture
def p(db):
    return personas(db)


def admin(db, p):
    return p.actor(db, p.admin)


def opt_in(db, *users, on=True):
    for u in users:
        u.supplier_emails_opt_in = on
        db.add(u)
    db.commit()


def group(db, p, accounts, name="Gold"):
    return messages.save_group(session=db, actor=admin(db, p), name=name, account_ids=[a.id for a in accounts])


def email(db, p, groups, title="Partner Summit", body="<p>Join us in <b>Lisbon</b>!</p>"):
    m = em.create_email(session=db, actor=admin(db, p), title=title)
    return em.update_email(session=db, actor=admin(db, p), message_id=m["id"], title=title, body_html=body,
                           group_ids=[g["id"] for g in groups])


def eligible(db, p, groups):
    ids = em.eligible_email_user_ids(session=db, actor=admin(db, p), group_ids=[g["id"] for g in groups])
    return sorted(db.get(User, i).email for i in ids)


def test_only_opted_in_users_of_live_accounts_in_the_groups_are_eligible(db, p):
    test_account = create_random_partner(db, status="test")
    pending = create_random_partner(db, status="pending")
    inactive = create_random_partner(db, status="inactive")
    tess = create_partner_user(db, test_account, email="tess@test.example")
    pam = create_partner_user(db, pending, email="pam@pending.example")
    ivy = create_partner_user(db, inactive, email="ivy@inactive.example")
    rep = create_partner_user(db, p.northwind, email="rep@northwind.example", is_sales_rep=True)
    gone = create_partner_user(db, p.northwind, email="gone@northwind.example")
    gone.is_active = False
    opt_in(db, p.alice, p.charlie, tess, pam, ivy, rep, gone)  # bob stays opted out (the default)
    g = group(db, p, [p.northwind, test_account, pending, inactive])

    assert eligible(db, p, [g]) == ["alice@northwind.example", "tess@test.example"]
    # charlie is opted in, but Contoso is not in the group
    em.suppress(session=db, actor=None, email="TESS@test.example", reason="hard_bounce", detail="550 no such user")
    assert eligible(db, p, [g]) == ["alice@northwind.example"]
    assert em.eligible_email_users(session=db, actor=admin(db, p), group_ids=[g["id"]]) == 1
    m = email(db, p, [g])
    assert m["eligible"] == 1


def test_the_suppression_list_is_for_admins_who_can_lift_an_entry(db, p):
    em.suppress(session=db, actor=None, email="x@y.example", reason="complaint")
    em.suppress(session=db, actor=None, email="X@Y.example", reason="hard_bounce", detail="550")  # one row
    rows = em.list_suppressions(session=db, actor=admin(db, p)).rows
    assert [(r["email"], r["reason"], r["detail"]) for r in rows] == [("x@y.example", "Hard bounce", "550")]
    with pytest.raises(PermissionDenied):
        em.list_suppressions(session=db, actor=p.actor(db, p.alice))
    with pytest.raises(InvalidInput):
        em.suppress(session=db, actor=None, email="x@y.example", reason="bored")
    em.lift_suppression(session=db, actor=admin(db, p), suppression_id=rows[0]["id"])
    assert em.list_suppressions(session=db, actor=admin(db, p)).rows == []
    with pytest.raises(NotFound):
        em.lift_suppression(session=db, actor=admin(db, p), suppression_id=rows[0]["id"])


def test_the_body_is_sanitised_and_a_plain_text_part_is_made_from_it(db, p):
    g = group(db, p, [p.northwind])
    m = email(db, p, [g], body='<p>Hi <b>all</b> &amp; friends</p><script>alert(1)</script>'
                              '<ul><li>One</li></ul><p><a href="https://x.example/a" onclick="x()">Agenda</a></p>')
    assert "<script" not in m["body_html"] and "onclick" not in m["body_html"]
    assert em.html_to_text(m["body_html"]) == "Hi all & friends\n\n- One\n\nAgenda (https://x.example/a)"


def test_sending_snapshots_the_recipients_once_and_locks_the_email(db, p, frozen_clock):
    opt_in(db, p.alice, p.bob)
    g = group(db, p, [p.northwind])
    m = email(db, p, [g])
    later = utcnow() + timedelta(hours=2)
    em.schedule_email(session=db, actor=admin(db, p), message_id=m["id"], send_at=later, enqueue=False)
    # Scheduled: still editable; its time has not come, so it does not start
    em.update_email(session=db, actor=admin(db, p), message_id=m["id"], title="Summit", body_html="<p>Hi</p>",
                    group_ids=[g["id"]])
    assert em.begin_sending(session=db, message_id=int(m["id"])) is False
    frozen_clock.advance(hours=2)
    assert em.begin_sending(session=db, message_id=int(m["id"])) is True
    assert em.begin_sending(session=db, message_id=int(m["id"])) is False  # twice: nothing new
    rows = db.exec(select(MessageRecipient).where(MessageRecipient.message_id == int(m["id"]))).all()
    assert sorted(r.email for r in rows) == ["alice@northwind.example", "bob@northwind.example"]
    assert {r.status for r in rows} == {"queued"}
    d = em.email_detail(session=db, actor=admin(db, p), message_id=m["id"])
    assert (d["status"], d["locked"], d["total"], d["sent"], d["percent"]) == ("Sending", True, 2, 0, 0)

    with pytest.raises(InvalidInput, match="Copy"):
        em.update_email(session=db, actor=admin(db, p), message_id=m["id"], title="Changed", body_html="<p>x</p>",
                        group_ids=[g["id"]])
    with pytest.raises(InvalidInput):
        em.schedule_email(session=db, actor=admin(db, p), message_id=m["id"], enqueue=False)
    with pytest.raises(InvalidInput):
        em.unschedule_email(session=db, actor=admin(db, p), message_id=m["id"])
    with pytest.raises(InvalidInput):
        messages.delete_draft(session=db, actor=admin(db, p), message_id=m["id"])
    assert em.email_detail(session=db, actor=admin(db, p), message_id=m["id"])["title"] == "Summit"

    copy = em.copy_email(session=db, actor=admin(db, p), message_id=m["id"])
    assert (copy["title"], copy["status"], copy["locked"], copy["total"]) == ("Copy of Summit", "Draft", False, 0)
    assert copy["group_ids"] == [g["id"]]

    for r in rows:
        r.status = "sent" if r.email.startswith("alice") else "failed"
        db.add(r)
    db.commit()
    assert em.finish_if_done(session=db, message_id=int(m["id"])) is True
    assert em.email_detail(session=db, actor=admin(db, p), message_id=m["id"])["status"] == "Sent"


def test_an_email_needs_a_subject_a_body_and_a_group_before_it_is_scheduled(db, p):
    with pytest.raises(InvalidInput) as e:
        em.create_email(session=db, actor=admin(db, p), title=" ")
    assert "title" in e.value.fields
    m = em.create_email(session=db, actor=admin(db, p), title="Hello")
    with pytest.raises(InvalidInput):
        em.schedule_email(session=db, actor=admin(db, p), message_id=m["id"], enqueue=False)
    with pytest.raises(PermissionDenied):
        em.create_email(session=db, actor=p.actor(db, p.alice), title="Hi")
    with pytest.raises(NotFound):  # a pop-up is no email
        popup = messages.create_popup(session=db, actor=admin(db, p), title="Pop")
        em.email_detail(session=db, actor=admin(db, p), message_id=popup["id"])


def test_unsubscribe_opts_out_records_consent_and_suppresses(db, p):
    opt_in(db, p.alice)
    g = group(db, p, [p.northwind])
    m = email(db, p, [g])
    token = em.unsubscribe_token(p.alice.id, int(m["id"]))
    assert em.unsubscribe(session=db, token=token) == {"email": "alice@northwind.example"}
    em.unsubscribe(session=db, token=token)  # twice: fine, one consent record
    db.refresh(p.alice)
    assert p.alice.supplier_emails_opt_in is False
    consents = db.exec(select(ConsentRecord).where(ConsentRecord.user_id == p.alice.id)).all()
    assert [(c.granted, c.source) for c in consents] == [(False, "unsubscribe")]
    assert em.is_suppressed(db, "alice@northwind.example")
    rows = em.list_suppressions(session=db, actor=admin(db, p)).rows
    assert rows[0]["reason"] == "Unsubscribed"
    for bad in ("", "x", f"{p.bob.id}.{m['id']}.{token.split('.')[2]}", token + "x", "1.2.3.4"):
        with pytest.raises(em.BadToken):
            em.unsubscribe(session=db, token=bad)


def test_the_message_center_lists_the_emails_sent_to_the_user(db, p, frozen_clock):
    opt_in(db, p.alice, p.bob)
    g = group(db, p, [p.northwind])
    m = email(db, p, [g])
    em.schedule_email(session=db, actor=admin(db, p), message_id=m["id"], enqueue=False)
    em.begin_sending(session=db, message_id=int(m["id"]))
    for r in db.exec(select(MessageRecipient)).all():
        r.status, r.sent_at = ("sent", utcnow()) if r.user_id == p.alice.id else ("failed", None)
        db.add(r)
    db.commit()
    rows = em.message_center_items(session=db, actor=p.actor(db, p.alice))
    assert [(r["kind"], r["title"]) for r in rows] == [("Email", "Partner Summit")]
    assert em.message_center_items(session=db, actor=p.actor(db, p.bob)) == []  # not delivered to bob
    assert em.message_center_items(session=db, actor=p.actor(db, p.charlie)) == []
    with pytest.raises(PermissionDenied):
        em.emails_received(session=db, actor=admin(db, p))


def test_default_lead_owners_and_sales_reps_never_get_emails(db, p):
    """Seed 002: not to Sales Representatives nor Supplier-Defined Default Lead Owners, even
    opted in."""
    from services.leads import set_default_lead_owner

    rep = create_partner_user(db, p.northwind, email="rep@northwind.example", is_sales_rep=True)
    opt_in(db, p.alice, p.bob, rep)
    g = group(db, p, [p.northwind])
    assert eligible(db, p, [g]) == ["alice@northwind.example", "bob@northwind.example"]
    set_default_lead_owner(session=db, actor=admin(db, p), partner_account_id=p.northwind.id,
                           user_id=p.bob.id, on=True)
    assert eligible(db, p, [g]) == ["alice@northwind.example"]
    assert em.eligible_email_users(session=db, actor=admin(db, p), group_ids=[g["id"]]) == 1
