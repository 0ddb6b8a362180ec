"""services/bounces.py: delivery status notifications (RFC 3464), complaints (RFC 5965) and
auto-replies in, email events and suppressions out — hard at once, soft after N within a window,
a report processed twice counted once, bad input refused with nothing lost."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from models.messaging import EmailEvent, EmailSuppression
from prm.settings import reset_settings_cache
from services import bounces
from services import email_messages as em
from services.errors import InvalidInput, PermissionDenied
from tests.bounce_samples import dsn, email_to_northwind_being_sent, our_message_id, sample
from tests.factories import personas


@pytest.fixture
def p(db):
    return personas(db)


@pytest.fixture
def sent(db, p):
    """An Email to Northwind whose sending has begun: alice and bob are its recipients."""
    return email_to_northwind_being_sent(db, p)


def process(db, raw: bytes) -> dict:
    return bounces.process_report(session=db, actor=None, raw=raw)


def events(db) -> list[tuple]:
    db.expire_all()
    return [(e.email, e.kind, e.bounce_type, e.message_id) for e in
            db.exec(select(EmailEvent).order_by(EmailEvent.id)).all()]


def suppression(db, address: str) -> tuple[str, str] | None:
    db.expire_all()
    row = db.exec(select(EmailSuppression).where(EmailSuppression.email == address)).first()
    return (row.reason, row.detail) if row else None


def test_a_hard_bounce_suppresses_the_address_at_once_and_is_tied_to_the_email(db, p, sent):
    mid = sent["message_id"]
    admin = p.actor(db, p.admin)
    assert em.eligible_email_users(session=db, actor=admin, group_ids=[sent["group_id"]]) == 2

    out = process(db, sample("hard_5_1_1", recipient="alice@northwind.example",
                             original=our_message_id(mid, p.alice.id)))

    assert out["report"] == "delivery-status" and out["ignored"] is False
    assert out["original_message_id"] == our_message_id(mid, p.alice.id)
    [r] = out["recipients"]
    assert (r["email"], r["outcome"], r["suppressed"], r["duplicate"], r["message_id"]) == (
        "alice@northwind.example", "hard_bounce", True, False, mid)
    assert events(db) == [("alice@northwind.example", "bounce", "hard", mid)]
    event = db.exec(select(EmailEvent)).one()
    assert event.recipient_id is not None and event.detail.startswith("5.1.1 smtp; 550 5.1.1")
    reason, detail = suppression(db, "alice@northwind.example")
    assert reason == "hard_bounce" and "User unknown in virtual mailbox table" in detail
    assert em.eligible_email_users(session=db, actor=admin, group_ids=[sent["group_id"]]) == 1
    assert em.list_suppressions(session=db, actor=admin).rows[0]["reason"] == "Hard bounce"


def test_soft_bounces_suppress_after_the_limit_within_the_window(db, p, frozen_clock):
    start = frozen_clock.now
    window = timedelta(days=7)

    def soft(address: str, n: int) -> dict:
        return process(db, dsn(recipient=address, action="delayed", status="4.2.2",
                               diagnostic="smtp; 452 4.2.2 Mailbox full", report_id=f"<soft-{address}-{n}@mx>"))

    # Three within the window, the last one second before the first leaves it: suppressed.
    soft("full@example.org", 1)
    frozen_clock.set(start + timedelta(days=1))
    assert soft("full@example.org", 2)["recipients"][0]["suppressed"] is False
    frozen_clock.set(start + window - timedelta(seconds=1))
    r = soft("full@example.org", 3)["recipients"][0]
    assert (r["outcome"], r["soft_bounces_in_window"], r["suppressed"]) == ("soft_bounce", 3, True)
    reason, detail = suppression(db, "full@example.org")
    assert reason == "soft_bounce" and detail.startswith("3 soft bounces within 7 days; last: 4.2.2")

    # The third one second after the first left the window: two in it, not suppressed.
    frozen_clock.set(start)
    soft("late@example.org", 1)
    frozen_clock.set(start + timedelta(days=1))
    soft("late@example.org", 2)
    frozen_clock.set(start + window + timedelta(seconds=1))
    r = soft("late@example.org", 3)["recipients"][0]
    assert (r["soft_bounces_in_window"], r["suppressed"]) == (2, False)
    assert suppression(db, "late@example.org") is None
    frozen_clock.advance(seconds=1)
    assert soft("late@example.org", 4)["recipients"][0]["suppressed"] is True


def test_the_soft_bounce_limit_and_window_come_from_the_settings(db, monkeypatch, frozen_clock):
    monkeypatch.setenv("SOFT_BOUNCE_LIMIT", "2")
    monkeypatch.setenv("SOFT_BOUNCE_WINDOW_DAYS", "1")
    reset_settings_cache()
    process(db, dsn(recipient="a@example.org", action="delayed", status="4.4.1", report_id="<s1@mx>"))
    frozen_clock.advance(hours=25)
    assert process(db, dsn(recipient="a@example.org", action="delayed", status="4.4.1",
                           report_id="<s2@mx>"))["recipients"][0]["suppressed"] is False
    frozen_clock.advance(hours=1)
    assert process(db, dsn(recipient="a@example.org", action="delayed", status="4.4.1",
                           report_id="<s3@mx>"))["recipients"][0]["suppressed"] is True


def test_the_gmail_delay_sample_is_a_soft_bounce_tied_to_the_email(db, p, sent):
    out = process(db, sample("soft_4_2_2", recipient="bob@northwind.example",
                             original=our_message_id(sent["message_id"], p.bob.id)))
    [r] = out["recipients"]
    assert (r["outcome"], r["message_id"], r["suppressed"]) == ("soft_bounce", sent["message_id"], False)
    assert r["detail"] == "4.2.2 smtp; 452 4.2.2 The email account that you tried to reach is over quota."
    assert events(db) == [("bob@northwind.example", "bounce", "soft", sent["message_id"])]
    assert suppression(db, "bob@northwind.example") is None


@pytest.mark.parametrize("action,status,expected", [
    ("failed", "5.1.1", "hard_bounce"),
    ("failed", "5.7.1", "hard_bounce"),
    ("failed", "4.4.7", "soft_bounce"),  # a transient failure the server gave up on
    ("delayed", "4.2.2", "soft_bounce"),
    ("delayed", "5.0.0", "soft_bounce"),  # still being retried
    ("failed", "", "hard_bounce"),
    ("", "5.2.1", "hard_bounce"),
    ("delivered", "2.0.0", "no_bounce"),
    ("relayed", "2.0.0", "no_bounce"),
    ("expanded", "2.0.0", "no_bounce"),
])
def test_action_and_status_decide_hard_soft_or_nothing(db, action, status, expected):
    [r] = process(db, dsn(recipient="x@example.org", action=action, status=status))["recipients"]
    assert r["outcome"] == expected
    assert len(events(db)) == (0 if expected == "no_bounce" else 1)
    assert (suppression(db, "x@example.org") is not None) == (expected == "hard_bounce")


AUTO_REPLIES = {
    "auto_submitted": b"From: alice@northwind.example\r\nAuto-Submitted: auto-replied\r\nSubject: Re: Summit\r\n\r\nAway.",
    "auto_generated": b"From: alice@northwind.example\r\nAuto-Submitted: auto-generated\r\n\r\nTicket opened.",
    "x_autoreply": b"From: alice@northwind.example\r\nX-Autoreply: yes\r\nSubject: Re: Summit\r\n\r\nAway.",
    "precedence": b"From: alice@northwind.example\r\nPrecedence: auto_reply\r\n\r\nAway.",
    "vacation": b"From: alice@northwind.example\r\nSubject: Out of Office: Summit\r\n\r\nAway until Monday.",
}


@pytest.mark.parametrize("name", sorted(AUTO_REPLIES))
def test_auto_replies_are_ignored_and_say_so(db, name):
    out = process(db, AUTO_REPLIES[name])
    assert (out["report"], out["ignored"], out["recipients"]) == ("auto-reply", True, [])
    assert "automatic reply" in out["reason"]
    assert events(db) == [] and suppression(db, "alice@northwind.example") is None


def test_the_out_of_office_sample_is_ignored_and_a_plain_reply_is_no_report(db, p, sent):
    out = process(db, sample("auto_reply", recipient="alice@northwind.example",
                             original=our_message_id(sent["message_id"], p.alice.id)))
    assert (out["report"], out["ignored"]) == ("auto-reply", True)
    out = process(db, b"From: alice@northwind.example\r\nSubject: Re: Summit\r\n\r\nSee you there!")
    assert (out["report"], out["ignored"]) == ("other", True)
    assert "not a delivery status notification" in out["reason"]
    assert events(db) == []


def test_a_complaint_suppresses_at_once(db, p, sent):
    mid = sent["message_id"]
    out = process(db, sample("complaint_arf", recipient="alice@northwind.example",
                             original=our_message_id(mid, p.alice.id)))
    assert out["report"] == "feedback-report"
    [r] = out["recipients"]
    assert (r["outcome"], r["suppressed"], r["message_id"]) == ("complaint", True, mid)
    assert events(db) == [("alice@northwind.example", "complaint", "", mid)]
    assert suppression(db, "alice@northwind.example") == ("complaint", "Feedback-Type: abuse")


def test_a_redacted_complaint_is_tied_to_the_recipient_by_our_message_id(db, p, sent):
    raw = sample("complaint_arf", recipient="redacted", original=our_message_id(sent["message_id"], p.bob.id))
    raw = raw.replace(b"Original-Rcpt-To: <redacted>\n", b"")
    [r] = process(db, raw)["recipients"]
    assert (r["email"], r["outcome"]) == ("bob@northwind.example", "complaint")
    assert suppression(db, "bob@northwind.example")[0] == "complaint"


def test_a_not_spam_feedback_report_is_no_complaint(db):
    raw = sample("complaint_arf", recipient="a@example.org").replace(b"Feedback-Type: abuse", b"Feedback-Type: not-spam")
    out = process(db, raw)
    assert out["ignored"] is True and "not-spam" in out["reason"]
    assert events(db) == []


def test_a_report_for_an_unknown_message_id_still_handles_the_address(db, p, sent):
    out = process(db, sample("hard_5_1_1", recipient="stranger@example.org",
                             original="<CAF=abc123@mail.gmail.com>"))
    [r] = out["recipients"]
    assert (r["outcome"], r["message_id"], r["suppressed"]) == ("hard_bounce", None, True)
    assert events(db) == [("stranger@example.org", "bounce", "hard", None)]
    # Our Message-ID pattern with ids that are not ours (or absurdly large) ties nothing either
    out = process(db, dsn(recipient="other@example.org", original="<message-999999999-user-1@example.com>",
                          report_id="<x2@mx>"))
    assert out["recipients"][0]["message_id"] is None
    out = process(db, dsn(recipient="big@example.org", original="<message-99999999999999999999-user-1@x>",
                          report_id="<x3@mx>"))
    assert out["recipients"][0]["message_id"] is None


def test_the_same_report_twice_is_recorded_once(db, p, sent, frozen_clock):
    raw = sample("hard_5_1_1", recipient="alice@northwind.example",
                 original=our_message_id(sent["message_id"], p.alice.id))
    first = process(db, raw)
    frozen_clock.advance(minutes=5)
    second = process(db, raw)
    assert second["recipients"][0]["duplicate"] is True and second["recipients"][0]["suppressed"] is False
    assert first["recipients"][0]["duplicate"] is False
    assert len(events(db)) == 1
    assert db.exec(select(EmailSuppression)).one().created_at == frozen_clock.now - timedelta(minutes=5)

    # A soft bounce delivered twice counts once towards the limit
    soft = dsn(recipient="b@example.org", action="delayed", status="4.2.2", report_id="<same@mx>")
    for _ in range(3):
        process(db, soft)
    assert len([e for e in events(db) if e[0] == "b@example.org"]) == 1
    assert suppression(db, "b@example.org") is None
    # Without a Message-ID of its own the report's bytes identify it
    anonymous = dsn(recipient="c@example.org").replace(b"Message-ID: <dsn-1@mx.example.net>\r\n", b"")
    process(db, anonymous)
    assert process(db, anonymous)["recipients"][0]["duplicate"] is True


def test_an_existing_suppression_is_kept_and_only_a_soft_one_is_upgraded(db, p):
    admin = p.actor(db, p.admin)
    em.suppress_by_hand(session=db, actor=admin, email="kept@example.org", note="Asked us by phone")
    process(db, dsn(recipient="kept@example.org", report_id="<h1@mx>"))
    assert suppression(db, "kept@example.org") == ("manual", "Asked us by phone")

    em.suppress(session=db, actor=None, email="soft@example.org", reason="soft_bounce", detail="3 soft")
    process(db, dsn(recipient="soft@example.org", action="delayed", status="4.2.2", report_id="<s9@mx>"))
    assert suppression(db, "soft@example.org") == ("soft_bounce", "3 soft")
    process(db, dsn(recipient="soft@example.org", report_id="<h2@mx>"))
    assert suppression(db, "soft@example.org")[0] == "hard_bounce"


GARBAGE = {
    "empty": b"",
    "blank": b"   \r\n\r\n",
    "text": b"this is not an email at all",
    "binary": bytes(range(256)) * 4,
    "nul": b"\x00\x00\x00From: x\x00",
    "report_without_boundary": (b"From: MAILER-DAEMON@mx.example\r\nContent-Type: multipart/report; "
                                b"report-type=delivery-status\r\n\r\nno parts here"),
    "report_wrong_boundary": (b"From: MAILER-DAEMON@mx.example\r\nContent-Type: multipart/report; "
                              b"report-type=delivery-status; boundary=AAA\r\n\r\n--BBB\r\nx\r\n--BBB--"),
    "dsn_without_status_part": (b"From: MAILER-DAEMON@mx.example\r\nContent-Type: multipart/report; "
                                b"report-type=delivery-status; boundary=B\r\n\r\n--B\r\nContent-Type: "
                                b"text/plain\r\n\r\nfailed\r\n--B--\r\n"),
    "dsn_without_recipient": dsn(recipient="not an address"),
    "dsn_with_an_undecodable_address": dsn(recipient="x@exam.org").replace(b"x@exam.org", b"\xffx@exam.org"),
    "dsn_with_too_many_recipients": dsn(recipient="x@exam.org").replace(
        b"Final-Recipient: rfc822; x@exam.org\r\nAction: failed\r\nStatus: 5.1.1\r\n",
        b"".join(b"Final-Recipient: rfc822; u%d@exam.org\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n" % i
                 for i in range(101))),
    "arf_without_feedback_type": sample("complaint_arf", recipient="a@example.org").replace(
        b"Feedback-Type: abuse\n", b""),
}


@pytest.mark.parametrize("name", sorted(GARBAGE))
def test_malformed_input_is_refused_and_nothing_saved_is_lost(db, p, name):
    process(db, dsn(recipient="before@example.org", report_id="<before@mx>"))
    before = (events(db), suppression(db, "before@example.org"))
    with pytest.raises(InvalidInput) as exc:
        process(db, GARBAGE[name])
    assert str(exc.value)
    assert (events(db), suppression(db, "before@example.org")) == before


def test_bytes_that_are_not_utf8_are_stored_readably(db):
    raw = dsn(recipient="x@example.org", diagnostic="smtp; 550 user unknown here").replace(b"unknown", b"unkn\xffown\x00")
    [r] = process(db, raw)["recipients"]
    assert r["outcome"] == "hard_bounce" and r["detail"] == "5.1.1 smtp; 550 user unkn\ufffdown here"
    assert db.exec(select(EmailEvent)).one().detail == r["detail"]


def test_it_is_for_the_system_and_admins(db, p):
    with pytest.raises(PermissionDenied):
        bounces.process_report(session=db, actor=p.actor(db, p.alice), raw=dsn(recipient="a@example.org"))
    with pytest.raises(PermissionDenied):
        bounces.recent_events(session=db, actor=p.actor(db, p.alice), email="a@example.org")
    assert events(db) == []


def test_an_admin_suppresses_an_address_by_hand_with_a_note(db, p, frozen_clock):
    admin = p.actor(db, p.admin)
    with pytest.raises(InvalidInput) as exc:
        em.suppress_by_hand(session=db, actor=admin, email="nope", note="x")
    assert exc.value.fields == {"email": "Give a valid email address, e.g. name@example.com."}
    with pytest.raises(InvalidInput) as exc:
        em.suppress_by_hand(session=db, actor=admin, email=" ", note="bad\x00note")
    assert set(exc.value.fields) == {"email", "note"}
    with pytest.raises(PermissionDenied):
        em.suppress_by_hand(session=db, actor=p.actor(db, p.alice), email="a@example.org")

    assert em.suppress_by_hand(session=db, actor=admin, email=" Pat@Example.org ",
                               note="Left the company") == {"email": "pat@example.org"}
    row = em.list_suppressions(session=db, actor=admin).rows[0]
    assert (row["email"], row["reason"], row["detail"]) == ("pat@example.org", "Suppressed by an admin",
                                                           "Left the company")
    with pytest.raises(InvalidInput) as exc:
        em.suppress_by_hand(session=db, actor=admin, email="pat@example.org")
    assert "already suppressed (Suppressed by an admin)" in exc.value.fields["email"]


def test_recent_events_show_an_addresses_latest_bounces(db, p, frozen_clock):
    for n, status in enumerate(["4.2.2", "4.2.2", "5.1.1"]):
        frozen_clock.advance(hours=1)
        process(db, dsn(recipient="r@example.org", action="failed", status=status, report_id=f"<e{n}@mx>"))
    got = bounces.recent_events(session=db, actor=p.actor(db, p.admin), email="R@example.org", limit=2)
    assert [e["kind"] for e in got] == ["Hard bounce", "Soft bounce"]
    assert got[0]["detail"].startswith("5.1.1") and got[0]["when"] == "2026-06-01 15:00"


def test_other_report_types_are_ignored_and_an_encoded_report_type_is_read(db):
    read_receipt = dsn(recipient="x@example.org").replace(b"report-type=delivery-status",
                                                          b"report-type=disposition-notification")
    out = process(db, read_receipt)
    assert (out["report"], out["ignored"]) == ("other", True) and "disposition-notification" in out["reason"]
    assert events(db) == []
    encoded = dsn(recipient="x@example.org").replace(b"report-type=delivery-status",
                                                     b"report-type*=us-ascii''delivery-status")
    assert process(db, encoded)["recipients"][0]["outcome"] == "hard_bounce"
