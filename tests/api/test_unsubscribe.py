"""The unsubscribe link of to-partner Emails (RFC 8058) through prm.api: a POST with no cookies
unsubscribes at once; a GET only shows a page with a button; a forged token changes nothing."""

from __future__ import annotations

import pytest
from sqlmodel import select
from starlette.testclient import TestClient

from models.accounts import ConsentRecord
from prm.api import api
from services import email_messages as em
from services import messages
from tests.factories import personas


@pytest.fixture
def setup(db):
    p = personas(db)
    p.alice.supplier_emails_opt_in = True
    db.add(p.alice)
    db.commit()
    actor = p.actor(db, p.admin)
    g = messages.save_group(session=db, actor=actor, name="Gold", account_ids=[p.northwind.id])
    m = em.create_email(session=db, actor=actor, title="Summit", body_html="<p>Hi</p>", group_ids=[g["id"]])
    return p, int(m["id"])


def state(db, p):
    db.expire_all()
    return (db.get(type(p.alice), p.alice.id).supplier_emails_opt_in, em.is_suppressed(db, p.alice.email),
            len(db.exec(select(ConsentRecord).where(ConsentRecord.user_id == p.alice.id)).all()))


def test_a_get_only_shows_a_confirm_page_with_a_button(db, setup):
    p, mid = setup
    client = TestClient(api)
    r = client.get(f"/api/unsubscribe/{em.unsubscribe_token(p.alice.id, mid)}")
    assert r.status_code == 200 and "alice@northwind.example" in r.text
    assert '<form method="post"><button type="submit">Unsubscribe</button>' in r.text
    assert state(db, p) == (True, False, 0)


def test_a_one_click_post_without_cookies_unsubscribes_at_once(db, setup):
    p, mid = setup
    client = TestClient(api, cookies=None)
    url = em.unsubscribe_url(p.alice.id, mid)
    assert url.split("/api/unsubscribe/")[1] == em.unsubscribe_token(p.alice.id, mid)
    r = client.post(f"/api/unsubscribe/{em.unsubscribe_token(p.alice.id, mid)}",
                    content="List-Unsubscribe=One-Click",
                    headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 200 and "You are unsubscribed" in r.text
    assert not client.cookies
    assert state(db, p) == (False, True, 1)
    assert client.post(f"/api/unsubscribe/{em.unsubscribe_token(p.alice.id, mid)}").status_code == 200
    assert state(db, p) == (False, True, 1)  # twice: still one consent record


@pytest.mark.parametrize("token", ["nonsense", "1.2.abc", "{alice}.{mid}.AAAAAAAAAAAAAAAAAAAAAAAAAAA",
                                   "{bob}.{mid}.{alice_sig}", "{alice}.999999.{alice_sig}"])
def test_a_bad_or_forged_token_is_a_clear_error_and_changes_nothing(db, setup, token):
    p, mid = setup
    good = em.unsubscribe_token(p.alice.id, mid)
    token = token.format(alice=p.alice.id, bob=p.bob.id, mid=mid, alice_sig=good.split(".")[2])
    client = TestClient(api)
    for method in (client.get, client.post):
        r = method(f"/api/unsubscribe/{token}")
        assert r.status_code == 400 and "This unsubscribe link is not valid" in r.text
    assert state(db, p) == (True, False, 0)
