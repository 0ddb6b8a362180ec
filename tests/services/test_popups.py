"""services/messages.py (seed 002): partner groups, pop-up lifecycle and locks, who is
eligible, what partner users see, Read/Unread stats."""

from __future__ import annotations

from datetime import timedelta

import pytest

from models._base import utcnow
from services import messages
from services.errors import InvalidInput, NotFound, PermissionDenied
from tests.factories import create_partner_user, create_random_partner, personas


@pytest.fixture
def p(db):
    return personas(db)


def admin(db, p):
    return p.actor(db, p.admin)


def group(db, p, name="Gold", accounts=(), **rules):
    return messages.save_group(session=db, actor=admin(db, p), name=name,
                               account_ids=[a.id for a in accounts], **rules)


def popup(db, p, groups, pages=("home",), title="Summit 2027", body="<p>Join us in <b>Lisbon</b>!</p>"):
    m = messages.create_popup(session=db, actor=admin(db, p), title=title)
    return messages.update_popup(session=db, actor=admin(db, p), message_id=m["id"], title=title,
                                 body_html=body, group_ids=[g["id"] for g in groups], portal_pages=list(pages))


def shown(db, p, user, page="home"):
    return [m["title"] for m in messages.pending_popups(session=db, actor=p.actor(db, user), page=page)]


def test_a_published_popup_shows_to_every_eligible_user_until_they_mark_it_read(db, p, frozen_clock):
    g = group(db, p, accounts=[p.northwind])
    m = popup(db, p, [g])
    assert shown(db, p, p.alice) == []  # a Draft shows to no one
    messages.schedule_popup(session=db, actor=admin(db, p), message_id=m["id"])
    assert shown(db, p, p.alice) == ["Summit 2027"] and shown(db, p, p.bob) == ["Summit 2027"]
    assert shown(db, p, p.charlie) == []  # Contoso is not in the group
    assert shown(db, p, p.alice, page="leads") == []  # not a page it was published on
    messages.mark_popup_read(session=db, actor=p.actor(db, p.alice), message_id=m["id"])
    messages.mark_popup_read(session=db, actor=p.actor(db, p.alice), message_id=m["id"])  # twice: fine
    assert shown(db, p, p.alice) == [] and shown(db, p, p.bob) == ["Summit 2027"]
    stats = messages.get_message(session=db, actor=admin(db, p), message_id=m["id"])
    assert (stats["status"], stats["eligible"], stats["read"], stats["unread"]) == ("Published", 2, 1, 1)
    center = messages.message_center(session=db, actor=p.actor(db, p.alice))
    assert [(r["title"], r["read"]) for r in center] == [("Summit 2027", "Read")]


def test_sales_reps_inactive_users_and_inactive_accounts_never_get_popups(db, p):
    pending = create_random_partner(db, status="pending", tier="Gold")
    inactive = create_random_partner(db, status="inactive", tier="Gold")
    test = create_random_partner(db, status="test", tier="Gold")
    rep = create_partner_user(db, p.northwind, is_sales_rep=True)
    gone = create_partner_user(db, p.northwind)
    gone.is_active = False
    db.add(gone)
    db.commit()
    users = [create_partner_user(db, a) for a in (pending, inactive, test)]
    g = group(db, p, match_tier="gold")  # rule: every Gold account, Northwind included
    m = popup(db, p, [g])
    assert messages.eligible_popup_users(session=db, actor=admin(db, p), group_ids=[g["id"]]) == 3
    messages.schedule_popup(session=db, actor=admin(db, p), message_id=m["id"])
    assert shown(db, p, rep) == [] and shown(db, p, gone) == []
    assert shown(db, p, users[0]) == [] and shown(db, p, users[1]) == []
    assert shown(db, p, users[2]) == ["Summit 2027"] and shown(db, p, p.bob) == ["Summit 2027"]


def test_rule_groups_take_in_accounts_that_match_later(db, p):
    g = group(db, p, name="EMEA", match_geography="EMEA")
    assert g["accounts"] == "0"
    later = create_random_partner(db, geography="emea")
    fresh = messages.list_groups(session=db, actor=admin(db, p))
    assert [x["accounts"] for x in fresh if x["name"] == "EMEA"] == ["1"]
    m = popup(db, p, [g])
    messages.schedule_popup(session=db, actor=admin(db, p), message_id=m["id"])
    assert shown(db, p, create_partner_user(db, later)) == ["Summit 2027"]


def test_scheduled_popups_wait_for_their_time_and_stop_at_their_end(db, p, frozen_clock):
    g = group(db, p, accounts=[p.northwind])
    m = popup(db, p, [g])
    now = utcnow()
    done = messages.schedule_popup(session=db, actor=admin(db, p), message_id=m["id"],
                                   publish_at=now + timedelta(hours=2), end_at=now + timedelta(days=1))
    assert done["status"] == "Scheduled" and shown(db, p, p.alice) == []
    frozen_clock.set(now + timedelta(hours=3))
    assert shown(db, p, p.alice) == ["Summit 2027"]
    frozen_clock.set(now + timedelta(days=2))
    assert shown(db, p, p.alice) == []
    # Still in the Message Center for reference.
    assert [r["title"] for r in messages.message_center(session=db, actor=p.actor(db, p.alice))] == ["Summit 2027"]


def test_once_scheduled_the_popup_is_locked_until_returned_to_draft(db, p):
    g = group(db, p, accounts=[p.northwind])
    g2 = group(db, p, name="Contoso", accounts=[p.contoso])
    m = popup(db, p, [g])
    messages.schedule_popup(session=db, actor=admin(db, p), message_id=m["id"])
    with pytest.raises(InvalidInput, match="Only a Draft"):
        messages.update_popup(session=db, actor=admin(db, p), message_id=m["id"], title="x", body_html="<p>x</p>",
                              group_ids=[g["id"], g2["id"]], portal_pages=["home"])
    with pytest.raises(InvalidInput, match="already scheduled"):
        messages.schedule_popup(session=db, actor=admin(db, p), message_id=m["id"])
    messages.return_to_draft(session=db, actor=admin(db, p), message_id=m["id"])
    again = messages.update_popup(session=db, actor=admin(db, p), message_id=m["id"], title="Summit 2027",
                                  body_html="<p>x</p>", group_ids=[g["id"], g2["id"]], portal_pages=["home"])
    assert again["audience"] == "Contoso, Gold"
    copy = messages.copy_message(session=db, actor=admin(db, p), message_id=m["id"])
    assert (copy["status"], copy["title"], copy["group_ids"]) == ("Draft", "Copy of Summit 2027", again["group_ids"])


def test_a_popup_needs_a_title_a_body_a_page_and_an_audience(db, p):
    m = messages.create_popup(session=db, actor=admin(db, p), title="Empty")
    with pytest.raises(InvalidInput) as exc:
        messages.schedule_popup(session=db, actor=admin(db, p), message_id=m["id"])
    assert {"body_html", "group_ids"} <= set(exc.value.fields)
    with pytest.raises(InvalidInput) as exc:
        messages.update_popup(session=db, actor=admin(db, p), message_id=m["id"], title="",
                              body_html="<script>alert(1)</script>", group_ids=[], portal_pages=["nowhere"])
    assert {"title", "body_html", "portal_pages"} <= set(exc.value.fields)


def test_the_body_is_sanitised(db, p):
    g = group(db, p, accounts=[p.northwind])
    m = popup(db, p, [g], body='<p onclick="x()">Hi <a href="javascript:alert(1)">there</a>'
                               '<a href="https://acme.example/summit">Register</a></p><script>bad()</script>')
    body = m["body_html"]
    assert "script" not in body and "onclick" not in body and "javascript" not in body
    assert 'href="https://acme.example/summit"' in body and "noopener" in body


def test_only_admins_manage_messages_and_partners_only_mark_their_own(db, p):
    g = group(db, p, accounts=[p.northwind])
    m = popup(db, p, [g])
    with pytest.raises(PermissionDenied):
        messages.list_messages(session=db, actor=p.actor(db, p.alice))
    with pytest.raises(PermissionDenied):
        messages.save_group(session=db, actor=p.actor(db, p.alice), name="Mine")
    messages.schedule_popup(session=db, actor=admin(db, p), message_id=m["id"])
    with pytest.raises(NotFound):  # charlie never received it: he cannot mark (or discover) it
        messages.mark_popup_read(session=db, actor=p.actor(db, p.charlie), message_id=m["id"])
    with pytest.raises(NotFound):
        messages.mark_popup_read(session=db, actor=p.actor(db, p.alice), message_id="99999999999")
    assert messages.get_message(session=db, actor=admin(db, p), message_id=m["id"])["read"] == 0


def test_group_names_are_unique_and_rules_checked(db, p):
    group(db, p, name="Gold")
    with pytest.raises(InvalidInput, match="already exists"):
        group(db, p, name="Gold")
    with pytest.raises(InvalidInput):
        group(db, p, name="Odd", match_status="sleeping")


def test_the_message_list_is_paged_newest_first(db, p, frozen_clock):
    start = utcnow()
    for i in range(5):
        frozen_clock.set(start + timedelta(minutes=i))
        messages.create_popup(session=db, actor=admin(db, p), title=f"Pop-up {i}")
    first = messages.list_messages(session=db, actor=admin(db, p), limit=3)
    rest = messages.list_messages(session=db, actor=admin(db, p), cursor=first.next_cursor, limit=3)
    assert [r["title"] for r in first.rows + rest.rows] == [f"Pop-up {i}" for i in range(4, -1, -1)]
    assert rest.next_cursor == ""


def test_default_lead_owners_and_sales_reps_never_get_popups(db, p):
    """Seed 002: not to Sales Representatives nor Supplier-Defined Default Lead Owners."""
    from services.leads import set_default_lead_owner

    rep = create_partner_user(db, p.northwind, is_sales_rep=True)
    set_default_lead_owner(session=db, actor=admin(db, p), partner_account_id=p.northwind.id,
                           user_id=p.bob.id, on=True)
    g = group(db, p, accounts=[p.northwind])
    m = popup(db, p, [g])
    assert messages.eligible_popup_users(session=db, actor=admin(db, p), group_ids=[g["id"]]) == 1  # alice
    messages.schedule_popup(session=db, actor=admin(db, p), message_id=m["id"])
    assert shown(db, p, p.bob) == [] and shown(db, p, rep) == []
    assert shown(db, p, p.alice) == ["Summit 2027"]
