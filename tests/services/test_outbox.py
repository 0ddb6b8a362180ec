"""services/outbox.py: Admin > Outbox, every email the app recorded."""

from __future__ import annotations

from datetime import timedelta

import pytest

from services import outbox
from services.errors import NotFound, PermissionDenied
from services.mail import queue_email
from tests.factories import personas


@pytest.fixture
def p(db):
    return personas(db)


def record_email(db, n: int, name: str = "") -> int:
    return queue_email(session=db, to_email=f"person{n}@example.com", to_name=name,
                       template="password_reset", idempotency_key=f"test:{n}", enqueue=False,
                       url=f"http://localhost/set-password?token=t{n}", hours=2)


@pytest.mark.parametrize("who", ["alice", "bob", "charlie"])
def test_it_refuses_partners(db, p, who):
    email_id = record_email(db, 1)
    actor = p.actor(db, getattr(p, who))
    with pytest.raises(PermissionDenied):
        outbox.list_emails(session=db, actor=actor)
    with pytest.raises(PermissionDenied):
        outbox.get_email(session=db, actor=actor, email_id=email_id)


def test_it_requires_login(db, p):
    email_id = record_email(db, 1)
    with pytest.raises(PermissionDenied):
        outbox.list_emails(session=db, actor=None)
    with pytest.raises(PermissionDenied):
        outbox.get_email(session=db, actor=None, email_id=email_id)


def test_it_shows_one_email_to_the_admin(db, p):
    email_id = record_email(db, 1, name="Pat")
    email = outbox.get_email(session=db, actor=p.actor(db, p.admin), email_id=str(email_id))
    assert email["id"] == email_id
    assert email["to"] == "Pat <person1@example.com>"
    assert email["template"] == "password_reset"
    assert email["status"] == "Queued"
    assert "/set-password?token=t1" in email["text"]
    assert email["sent"] == ""


@pytest.mark.parametrize("email_id", ["abc", "", None, "1.5", "-1", "0", "99999999999999999999"])
def test_it_answers_not_found_for_a_bad_id(db, p, email_id):
    record_email(db, 1)
    with pytest.raises(NotFound):
        outbox.get_email(session=db, actor=p.actor(db, p.admin), email_id=email_id)


def test_it_answers_not_found_for_an_unknown_id(db, p):
    email_id = record_email(db, 1)
    with pytest.raises(NotFound):
        outbox.get_email(session=db, actor=p.actor(db, p.admin), email_id=email_id + 1000)


def test_it_lists_newest_first_in_pages(db, p, frozen_clock):
    expected = []
    for n in range(5):
        expected.append(record_email(db, n))
        frozen_clock.advance(seconds=30 if n != 2 else 0)  # two share a timestamp
    admin = p.actor(db, p.admin)
    seen, cursor = [], ""
    for _ in range(10):
        page = outbox.list_emails(session=db, actor=admin, cursor=cursor, limit=2)
        seen += [r["id"] for r in page.rows]
        cursor = page.next_cursor
        if not cursor:
            break
    assert seen == list(reversed(expected))


def test_a_malformed_cursor_gives_the_first_page(db, p, frozen_clock):
    for n in range(3):
        record_email(db, n)
        frozen_clock.advance(minutes=1)
    admin = p.actor(db, p.admin)
    first = outbox.list_emails(session=db, actor=admin, limit=2)
    naive = (frozen_clock.now - timedelta(minutes=1)).replace(tzinfo=None).isoformat()
    for cursor in ("junk", f"{naive}|2", "2026-01-01T00:00:00+00:00|x"):
        assert outbox.list_emails(session=db, actor=admin, cursor=cursor, limit=2).rows == first.rows
