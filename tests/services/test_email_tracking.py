"""services/email_tracking.py: the open pixel and click links in each recipient's copy of a
to-partner Email, their tokens, the redirect that can only lead to the message's own links,
machine vs human, and the stats on the email's detail page (counted in SQL)."""

from __future__ import annotations

import re
from datetime import timedelta
from urllib.parse import urlparse

import pytest
from sqlalchemy import update
from sqlmodel import select

from jobs import message_emails
from models.messaging import EmailEvent, EmailMessage, MessageRecipient
from services import email_tracking as tracking
from services import messages
from services.errors import NotFound, PermissionDenied
from services.security import hash_token
from tests.factories import personas, sent_email

REAL_AGENT = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)"
BODY = ('<p>Read the <a href="https://acme.example/agenda?day=1&amp;room=2">Agenda</a>, '
        '<a href="mailto:events@acme.example">write to us</a> or see '
        '<a href="http://acme.example/hotels">Hotels</a>.</p>')


@pytest.fixture
def p(db):
    return personas(db)


def copy_of(db, mid: int, user) -> EmailMessage:
    db.expire_all()
    return db.exec(select(EmailMessage).where(EmailMessage.idempotency_key == f"message:{mid}:user:{user.id}")).one()


def recipient(db, mid: int, user) -> MessageRecipient:
    db.expire_all()
    return db.exec(select(MessageRecipient).where(MessageRecipient.message_id == mid,
                                                  MessageRecipient.user_id == user.id)).one()


def hrefs(html: str) -> list[str]:
    return [h.replace("&amp;", "&") for h in re.findall(r'href="([^"]+)"', html)]


def click_parts(url: str) -> tuple[str, str, str]:
    path = urlparse(url).path
    assert path.startswith(tracking.CLICK_PATH)
    token, index, signature = path[len(tracking.CLICK_PATH):].split("/")
    return token, index, signature


def pixel_token(html: str) -> str:
    return re.search(re.escape(tracking.OPEN_PATH) + r"([^\"]+)\.gif", html).group(1)


def events(db, mid: int, kind: str) -> list[EmailEvent]:
    db.expire_all()
    return db.exec(select(EmailEvent).where(EmailEvent.message_id == mid, EmailEvent.kind == kind)
                   .order_by(EmailEvent.id)).all()


# ---------------------------------------------------------------- tokens and links


def test_each_copy_carries_its_own_random_token_and_the_database_only_its_hash(db, p):
    mid = sent_email(db, p, users=[p.alice, p.bob], body_html=BODY)
    alice, bob = recipient(db, mid, p.alice), recipient(db, mid, p.bob)
    assert re.fullmatch(r"[0-9a-f]{32}", alice.track_nonce)  # 128 random bits
    assert alice.track_nonce != bob.track_nonce
    token = pixel_token(copy_of(db, mid, p.alice).html_body)
    assert token == tracking.token_for(alice.track_nonce) and len(token) == 43  # 256-bit HMAC
    assert alice.track_hash == hash_token(token) and token not in (alice.track_hash, alice.track_nonce)
    assert pixel_token(copy_of(db, mid, p.bob).html_body) != token
    # The copy: 2 web links through the redirect, mailto and unsubscribe left alone, the pixel.
    links = hrefs(copy_of(db, mid, p.alice).html_body)
    assert [click_parts(u)[:2] for u in links[::2][:2]] == [(token, f"{mid}.0"), (token, f"{mid}.1")]
    assert links[1] == "mailto:events@acme.example"
    assert "/api/unsubscribe/" in links[3]
    assert not any("acme.example/agenda" in h or "acme.example/hotels" in h for h in links)


def test_the_plain_text_part_links_go_through_the_redirect_too(db, p):
    mid = sent_email(db, p, users=[p.alice], body_html=BODY)
    copy = copy_of(db, mid, p.alice)
    html_links = [u for u in hrefs(copy.html_body) if tracking.CLICK_PATH in u]
    text_links = re.findall(r"https?://\S+?(?=\)|\s|$)", copy.text_body)
    assert [u for u in text_links if tracking.CLICK_PATH in u] == html_links
    assert "acme.example/agenda" not in copy.text_body
    assert "Unsubscribe: http://localhost:3999/api/unsubscribe/" in copy.text_body


def test_a_retried_send_carries_the_same_links(db, p):
    mid = sent_email(db, p, users=[p.alice], body_html=BODY)
    first = copy_of(db, mid, p.alice)
    r = recipient(db, mid, p.alice)
    assert tracking.tracking_token(db, r.id) == tracking.tracking_token(db, r.id) == pixel_token(first.html_body)
    # The delivery lost entirely (the copy never recorded) and run again: the same links.
    db.delete(first)
    db.exec(update(MessageRecipient).where(MessageRecipient.id == r.id).values(status="queued", sent_at=None))
    db.commit()
    assert message_emails.deliver_message_batch(mid, [r.id]) == {"sent": 1}
    second = copy_of(db, mid, p.alice)  # built anew (.one(): the only copy)
    assert second.created_at > first.created_at
    assert (second.html_body, second.text_body) == (first.html_body, first.text_body)


# ---------------------------------------------------------------- opens and clicks


def test_an_open_and_a_click_are_recorded_and_the_click_leads_to_the_stored_link(db, p, frozen_clock):
    mid = sent_email(db, p, users=[p.alice], body_html=BODY)
    html = copy_of(db, mid, p.alice).html_body
    frozen_clock.advance(minutes=5)
    assert tracking.record_open(session=db, token=pixel_token(html), user_agent=REAL_AGENT)
    token, index, sig = click_parts(hrefs(html)[0])
    target = tracking.follow_click(session=db, token=token, index=index, signature=sig, user_agent=REAL_AGENT)
    assert target == "https://acme.example/agenda?day=1&room=2"
    token, index, sig = click_parts(hrefs(html)[2])
    assert tracking.follow_click(session=db, token=token, index=index, signature=sig,
                                 user_agent=REAL_AGENT) == "http://acme.example/hotels"
    (opened,) = events(db, mid, "open")
    clicks = events(db, mid, "click")
    r = recipient(db, mid, p.alice)
    assert (opened.recipient_id, opened.email, opened.machine, opened.detail) == \
        (r.id, "alice@northwind.example", False, REAL_AGENT)
    assert opened.occurred_at == frozen_clock.now
    assert [(c.url, c.machine, c.recipient_id) for c in clicks] == \
        [("https://acme.example/agenda?day=1&room=2", False, r.id), ("http://acme.example/hotels", False, r.id)]


def _forgeries(html: str, other_html: str, mid: int) -> list[tuple[str, str, str]]:
    token, part0, sig0 = click_parts(hrefs(html)[0])
    other_token, _, other_sig = click_parts(hrefs(other_html)[0])
    sig1 = click_parts(hrefs(html)[2])[2]
    assert part0 == f"{mid}.0"
    return [
        (token, f"{mid}.1", sig0),  # the index changed, the signature kept
        (token, f"{mid}.0", sig1),  # another link's signature
        (token, f"{mid}.2", tracking._link_signature(token, f"{mid}.2")),  # signed, but the message has 2 web links
        (token, f"{mid + 1}.0", sig0), (token, f"{mid - 1}.0", sig0),  # another message, the signature kept
        (token, "0", sig0), (token, f"0{mid}.0", sig0), (token, f"{mid}.00", sig0),  # not the signed text
        (token, f"{mid}.0", sig0[:-1] + ("A" if sig0[-1] != "A" else "B")),  # a signature off by one character
        (token, f"{mid}.0", ""), (token, f"{mid}.-1", sig0), (token, f"{mid}.0x0", sig0),
        (token, f"{mid}.99999", sig0), (token, f"{mid}", sig0), (token, f".{mid}.0", sig0),
        (other_token, f"{mid}.0", sig0),  # another recipient's token with this one's signature
        (token[:-1] + ("A" if token[-1] != "A" else "B"), f"{mid}.0", sig0),  # a tampered token
        # Links in the form sent before message ids were in links: the same checks.
        (token, "1", tracking._link_signature(token, 0)), (token, "0", tracking._link_signature(token, 1)),
        (token, "2", tracking._link_signature(token, 2)),  # signed, but the message has 2 web links
        ("A" * 43, "0", tracking._link_signature("A" * 43, 0)),  # a well-signed unknown token
        ("https://evil.example", f"{mid}.0", sig0), ("//evil.example", f"{mid}.0", sig0),
        ("javascript:alert(1)", f"{mid}.0", sig0), ("data:text/html,<script>alert(1)</script>", f"{mid}.0", sig0),
        ("", f"{mid}.0", ""), (token + "x", f"{mid}.0", other_sig),
    ]


def test_nothing_forged_or_tampered_redirects_anywhere_or_records_a_click(db, p):
    body = (BODY + '<p><a href="javascript:alert(1)">js</a> <a href="data:text/html,x">data</a> '
                   '<a href="//evil.example/x">proto-relative</a> <a href="/relative">relative</a></p>')
    mid = sent_email(db, p, users=[p.alice, p.bob], body_html=body)
    # Only the body's http(s) links are reachable: javascript:/data: were removed by the
    # sanitiser, the protocol-relative and relative links are not rewritten and not indexed.
    assert tracking.message_links(messages.get_message(session=db, actor=p.actor(db, p.admin),
                                                       message_id=mid)["body_html"]) == \
        ["https://acme.example/agenda?day=1&room=2", "http://acme.example/hotels"]
    html, other = copy_of(db, mid, p.alice).html_body, copy_of(db, mid, p.bob).html_body
    assert "javascript:" not in html and "data:text" not in html
    # Once with the message's links not yet read, once with them kept in memory (after the
    # real link has been followed).
    token, part, sig = click_parts(hrefs(html)[0])
    for _ in range(2):
        for forged in _forgeries(html, other, mid):
            assert tracking.follow_click(session=db, token=forged[0], index=forged[1], signature=forged[2],
                                         user_agent=REAL_AGENT) is None, forged
        assert tracking.follow_click(session=db, token=token, index=part, signature=sig, user_agent=REAL_AGENT)
    assert [e.recipient_id for e in events(db, mid, "click")] == [recipient(db, mid, p.alice).id] * 2


def test_a_link_sent_before_message_ids_were_in_links_still_leads_to_its_link_and_records(db, p, frozen_clock):
    mid = sent_email(db, p, users=[p.alice], body_html=BODY)
    token = pixel_token(copy_of(db, mid, p.alice).html_body)
    frozen_clock.advance(minutes=5)
    assert tracking.follow_click(session=db, token=token, index="1", signature=tracking._link_signature(token, 1),
                                 user_agent=REAL_AGENT) == "http://acme.example/hotels"
    (click,) = events(db, mid, "click")
    assert (click.recipient_id, click.url, click.machine) == \
        (recipient(db, mid, p.alice).id, "http://acme.example/hotels", False)


def test_a_signed_link_to_a_message_that_is_not_sent_leads_nowhere(db, p):
    """Only an Email that has started sending is locked, so only its links are ever followed
    (and kept): a draft's or a scheduled Email's, or a pop-up's, never."""
    mid = sent_email(db, p, users=[p.alice], body_html=BODY)
    token = pixel_token(copy_of(db, mid, p.alice).html_body)
    admin = p.actor(db, p.admin)
    from services import email_messages

    draft = email_messages.create_email(session=db, actor=admin, title="Draft", body_html=BODY, group_ids=[])
    popup = messages.create_popup(session=db, actor=admin, title="Pop", body_html=BODY, group_ids=[])
    for other in (draft["id"], popup["id"]):
        part = f"{other}.0"
        assert tracking.follow_click(session=db, token=token, index=part, signature=tracking._link_signature(token, part),
                                     user_agent=REAL_AGENT) is None
    assert events(db, mid, "click") == []


def test_a_well_signed_link_whose_recipient_is_gone_leads_to_the_link_and_records_nothing(db, p):
    """The signature proves the link was made here for that message, so it still leads to the
    message's link; with no recipient holding the token, no click is counted."""
    mid = sent_email(db, p, users=[p.alice], body_html=BODY)
    part = f"{mid}.0"
    unknown = "A" * 43
    assert tracking.follow_click(session=db, token=unknown, index=part, signature=tracking._link_signature(unknown, part),
                                 user_agent=REAL_AGENT) == "https://acme.example/agenda?day=1&room=2"
    assert events(db, mid, "click") == []


def test_a_forged_pixel_token_records_nothing(db, p):
    mid = sent_email(db, p, users=[p.alice], body_html=BODY)
    token = pixel_token(copy_of(db, mid, p.alice).html_body)
    for forged in ("", "x", "A" * 43, token[:-1] + ("A" if token[-1] != "A" else "B"), token + "A",
                   "../../etc/passwd", "' OR 1=1 --"):
        assert tracking.record_open(session=db, token=forged, user_agent=REAL_AGENT) is False
    assert events(db, mid, "open") == []


def test_opens_and_clicks_within_the_machine_window_are_machine(db, p, frozen_clock, monkeypatch):
    monkeypatch.setenv("TRACKING_MACHINE_SECONDS", "10")
    from prm.settings import reset_settings_cache

    reset_settings_cache()
    mid = sent_email(db, p, users=[p.alice], body_html=BODY)
    sent_at = recipient(db, mid, p.alice).sent_at
    html = copy_of(db, mid, p.alice).html_body
    token, index, sig = click_parts(hrefs(html)[0])
    frozen_clock.set(sent_at + timedelta(seconds=9))
    tracking.record_open(session=db, token=token, user_agent=REAL_AGENT)
    tracking.follow_click(session=db, token=token, index=index, signature=sig, user_agent=REAL_AGENT)
    frozen_clock.set(sent_at + timedelta(seconds=11))
    tracking.record_open(session=db, token=token, user_agent=REAL_AGENT)
    tracking.follow_click(session=db, token=token, index=index, signature=sig, user_agent=REAL_AGENT)
    assert [e.machine for e in events(db, mid, "open")] == [True, False]
    assert [e.machine for e in events(db, mid, "click")] == [True, False]


@pytest.mark.parametrize(("agent", "method", "machine"), [
    (REAL_AGENT, "GET", False),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36",
     "GET", False),
    ("Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17328; Pro)", "GET", False),
    (REAL_AGENT, "HEAD", True),  # scanners check links with HEAD; mail clients never do
    ("Mozilla/5.0", "GET", True),  # Apple Mail Privacy Protection's prefetch
    ("", "GET", True),
    ("Mozilla/5.0 (compatible; BingPreview/1.0b)", "GET", True),
    ("Barracuda Sentinel (EE)", "GET", True),
    ("Mimecast URL Protect", "GET", True),
    ("python-requests/2.32", "GET", True),
    ("curl/8.5.0", "GET", True),
    ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0", "GET", True),
])
def test_known_scanners_and_prefetchers_are_machine_after_the_window_too(agent, method, machine, frozen_clock):
    sent_at = frozen_clock.now - timedelta(hours=1)
    assert tracking.is_machine(sent_at=sent_at, now=frozen_clock.now, user_agent=agent, method=method) is machine


# ---------------------------------------------------------------- stats


def _open(db, html, agent=REAL_AGENT):
    assert tracking.record_open(session=db, token=pixel_token(html), user_agent=agent)


def _click(db, html, n=0, agent=REAL_AGENT):
    token, index, sig = click_parts([u for u in hrefs(html) if tracking.CLICK_PATH in u][n])
    assert tracking.follow_click(session=db, token=token, index=index, signature=sig, user_agent=agent)


def test_the_stats_count_unique_and_total_with_machines_apart_and_bounces(db, p, frozen_clock):
    from tests.factories import create_partner_user

    carol = create_partner_user(db, p.northwind, email="carol@northwind.example")
    dave = create_partner_user(db, p.northwind, email="dave@northwind.example")
    mid = sent_email(db, p, users=[p.alice, p.bob, carol, dave], body_html=BODY)
    a, b, c = (copy_of(db, mid, u).html_body for u in (p.alice, p.bob, carol))
    _open(db, a, "Barracuda Sentinel (EE)")  # a scanner, in the first seconds
    _click(db, a, 0, "Barracuda Sentinel (EE)")
    frozen_clock.advance(hours=1, minutes=5)
    _open(db, a)
    _open(db, a)
    _open(db, b)
    _open(db, c, "Mozilla/5.0")  # Apple Mail Privacy Protection: machine
    _click(db, a, 0)
    _click(db, a, 1)
    frozen_clock.advance(hours=60)  # past the 48 hourly buckets: daily
    _click(db, b, 1)
    # Bounces and complaints, as bounce processing writes them: one tied to its recipient, one
    # known by address only, and a second report for the same address.
    dr = recipient(db, mid, dave)
    db.add(EmailEvent(message_id=mid, recipient_id=dr.id, email=dr.email, kind="bounce", bounce_type="hard",
                      occurred_at=frozen_clock.now))
    db.add(EmailEvent(message_id=mid, email="Dave@Northwind.example", kind="bounce", bounce_type="soft",
                      occurred_at=frozen_clock.now))
    db.add(EmailEvent(message_id=mid, email="carol@northwind.example", kind="complaint", occurred_at=frozen_clock.now))
    db.add(EmailEvent(message_id=None, email="alice@northwind.example", kind="bounce"))  # another message's
    db.commit()

    s = tracking.email_stats(session=db, actor=p.actor(db, p.admin), message_id=mid)
    timeline = s.pop("timeline")
    assert s == {
        "sent": 4,
        "opens_unique": 2, "opens_total": 3, "opens_machine_unique": 2, "opens_machine_total": 2,
        "clicks_unique": 2, "clicks_total": 3, "clicks_machine_unique": 1, "clicks_machine_total": 1,
        "bounces_unique": 1, "bounces_total": 2, "complaints_unique": 1, "complaints_total": 1,
        "open_rate": 50, "click_rate": 50, "bounce_rate": 25,
    }
    sent_hour = recipient(db, mid, p.alice).sent_at.strftime("%Y-%m-%d %H:00")
    by_time = {row["time"]: row for row in timeline}
    assert timeline[0]["time"] == sent_hour
    assert by_time[sent_hour] == {"time": sent_hour, "Opens": 0, "Clicks": 0, "Bounces": 0, "Machine": 2}
    one_hour_later = (recipient(db, mid, p.alice).sent_at + timedelta(hours=1)).strftime("%Y-%m-%d %H:00")
    assert by_time[one_hour_later] == {"time": one_hour_later, "Opens": 3, "Clicks": 2, "Bounces": 0, "Machine": 1}
    hourly = [t for t in by_time if " " in t]
    assert len(hourly) == 48  # every hour of the first two days, empty ones as 0
    day = frozen_clock.now.strftime("%Y-%m-%d")
    assert timeline[-1] == {"time": day, "Opens": 0, "Clicks": 1, "Bounces": 2, "Machine": 0}
    assert sum(r["Opens"] for r in timeline) == 3 and sum(r["Machine"] for r in timeline) == 3

    engagement = tracking.recipient_engagement(
        session=db, actor=p.actor(db, p.admin), message_id=mid,
        recipient_ids=[recipient(db, mid, u).id for u in (p.alice, p.bob, carol, dave)])
    assert engagement == {str(recipient(db, mid, p.alice).id): {"opened": "2", "clicked": "2"},
                          str(recipient(db, mid, p.bob).id): {"opened": "1", "clicked": "1"},
                          str(recipient(db, mid, carol).id): {"opened": "Machine only"}}


def test_the_stats_of_an_unsent_email_are_zero(db, p):
    actor = p.actor(db, p.admin)
    from services import email_messages as em

    m = em.create_email(session=db, actor=actor, title="Draft")
    s = tracking.email_stats(session=db, actor=actor, message_id=m["id"])
    assert (s["sent"], s["opens_unique"], s["clicks_total"], s["bounces_unique"], s["open_rate"], s["timeline"]) == \
        (0, 0, 0, 0, 0, [])


def test_only_supplier_admins_see_the_stats(db, p):
    mid = sent_email(db, p, users=[p.alice], body_html=BODY)
    for who in (p.alice, p.charlie):
        with pytest.raises(PermissionDenied):
            tracking.email_stats(session=db, actor=p.actor(db, who), message_id=mid)
        with pytest.raises(PermissionDenied):
            tracking.recipient_engagement(session=db, actor=p.actor(db, who), message_id=mid, recipient_ids=[1])
    popup = messages.create_popup(session=db, actor=p.actor(db, p.admin), title="A pop-up")
    for bad in ("nope", -1, 0, 2**40, popup["id"]):
        with pytest.raises(NotFound):
            tracking.email_stats(session=db, actor=p.actor(db, p.admin), message_id=bad)


def test_kept_link_lists_are_bounded_and_a_dropped_one_is_read_again(db, p, monkeypatch):
    monkeypatch.setattr(tracking, "_SENT_LINKS_MAX", 2)
    mids = [sent_email(db, p, users=[p.alice], title=f"Summit {n}", body_html=BODY) for n in range(3)]
    copies = [copy_of(db, mid, p.alice).html_body for mid in mids]
    for _ in range(2):
        for html in copies:
            token, part, sig = click_parts(hrefs(html)[2])
            assert tracking.follow_click(session=db, token=token, index=part, signature=sig,
                                         user_agent=REAL_AGENT) == "http://acme.example/hotels"
    assert len(tracking._sent_links) == 2
    assert [len(events(db, mid, "click")) for mid in mids] == [2, 2, 2]
