"""POST /api/v1/bounces: a mail server posts raw bounce mail with an API key; JSON for every
outcome, 4xx for bad input; a hard bounce takes the address out of the next Email."""

from __future__ import annotations

import pytest
from sqlmodel import select

from models.messaging import EmailEvent, MessageRecipient
from services import email_messages as em
from tests.bounce_samples import email_to_northwind_being_sent, our_message_id, sample

RFC822 = {"Content-Type": "message/rfc822"}


@pytest.fixture
def sent(db, api_):
    p = api_.p
    return email_to_northwind_being_sent(db, p)


def post(api_, raw: bytes, *, headers=None, key: str | None = ""):
    h = dict(RFC822 if headers is None else headers)
    if key is not None:
        h["Authorization"] = f"Bearer {key or api_.key}"
    return api_.client.post("/api/v1/bounces", content=raw, headers=h)


def recorded(db) -> int:
    db.expire_all()
    return len(db.exec(select(EmailEvent)).all())


def test_it_refuses_a_request_without_a_valid_key(db, api_, sent):
    raw = sample("hard_5_1_1", recipient="alice@northwind.example")
    for key in (None, "prm_nope_nope", "not-a-key"):
        r = post(api_, raw, key=key)
        assert r.status_code == 401 and r.json()["error"] == "unauthorized"
        assert r.headers["www-authenticate"].startswith("Bearer")
    assert recorded(db) == 0 and not em.is_suppressed(db, "alice@northwind.example")


@pytest.mark.parametrize("raw,headers,status,code", [
    (b"garbage", None, 422, "invalid_report"),
    (b"", None, 422, "invalid_report"),
    (bytes(range(256)), None, 422, "invalid_report"),
    (b"From: a@b.example\r\nContent-Type: multipart/report; report-type=delivery-status\r\n\r\nx",
     None, 422, "invalid_report"),
    (b"From: a@b.example\r\n\r\nhi", {"Content-Type": "application/json"}, 415, "unsupported_media_type"),
    (b"From: a@b.example\r\n\r\nhi", {}, 415, "unsupported_media_type"),
], ids=["text", "empty", "binary", "broken-report", "json", "no-content-type"])
def test_bad_input_gets_a_4xx_json_answer_and_records_nothing(db, api_, raw, headers, status, code):
    r = post(api_, raw, headers=headers)
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/json"
    assert r.json()["error"] == code and r.json()["message"]
    assert recorded(db) == 0


def test_other_methods_and_oversized_bodies_get_json_errors(db, api_):
    r = api_.client.get("/api/v1/bounces", headers=api_.auth)
    assert (r.status_code, r.json()["error"]) == (405, "method_not_allowed")
    r = post(api_, b"From: a@b.example\r\n\r\n" + b"x" * (10 * 2**20))
    assert (r.status_code, r.json()["error"]) == (413, "body_too_large")


def test_a_hard_bounce_suppresses_the_user_for_the_next_email(db, api_, sent):
    p = api_.p
    admin = p.actor(db, p.admin)
    assert em.eligible_email_users(session=db, actor=admin, group_ids=[sent["group_id"]]) == 2
    raw = sample("hard_5_1_1", recipient="alice@northwind.example",
                 original=our_message_id(sent["message_id"], p.alice.id))

    r = post(api_, raw)
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["report"], body["ignored"]) == ("delivery-status", False)
    assert body["recipients"][0] | {"detail": ""} == {
        "email": "alice@northwind.example", "outcome": "hard_bounce", "detail": "",
        "message_id": sent["message_id"], "duplicate": False, "suppressed": True}

    assert em.eligible_email_users(session=db, actor=admin, group_ids=[sent["group_id"]]) == 1
    following = em.create_email(session=db, actor=admin, title="Next", body_html="<p>Again</p>",
                                group_ids=[sent["group_id"]])
    assert following["eligible"] == 1
    em.schedule_email(session=db, actor=admin, message_id=following["id"], enqueue=False)
    em.begin_sending(session=db, message_id=int(following["id"]))
    assert db.exec(select(MessageRecipient.email).where(
        MessageRecipient.message_id == int(following["id"]))).all() == ["bob@northwind.example"]

    again = post(api_, raw)
    assert again.status_code == 200 and again.json()["recipients"][0]["duplicate"] is True
    assert recorded(db) == 1


def test_an_auto_reply_is_answered_as_ignored(db, api_):
    r = post(api_, sample("auto_reply", recipient="alice@northwind.example"))
    assert r.status_code == 200
    assert (r.json()["report"], r.json()["ignored"], r.json()["recipients"]) == ("auto-reply", True, [])
    assert recorded(db) == 0
