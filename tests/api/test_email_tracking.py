"""The tracking endpoints of to-partner Emails through prm.api, as a mail client calls them: the
open pixel (always the same uncached GIF) and the click redirect (only to the message's own
links; anything else a 404 page without a Location)."""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest
from sqlmodel import select
from starlette.testclient import TestClient

from models.messaging import EmailEvent, EmailMessage
from prm.api import api
from services import email_tracking as tracking
from tests.factories import personas, sent_email

MAIL_CLIENT = {"User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.0"}


@pytest.fixture
def sent(db, frozen_clock):
    p = personas(db)
    mid = sent_email(db, p, users=[p.alice], body_html='<p><a href="https://acme.example/agenda">Agenda</a> '
                                                       '<a href="https://acme.example/hotels">Hotels</a></p>')
    html = db.exec(select(EmailMessage).where(EmailMessage.idempotency_key == f"message:{mid}:user:{p.alice.id}")
                   ).one().html_body
    frozen_clock.advance(minutes=10)  # after the machine window
    return mid, html


def paths(html: str) -> tuple[str, list[str]]:
    pixel = urlparse(re.search(r'<img src="([^"]+)"', html).group(1)).path
    clicks = [urlparse(u).path for u in re.findall(r'href="([^"]+)"', html) if tracking.CLICK_PATH in u]
    return pixel, clicks


def events(db, mid: int) -> list[tuple[str, bool, str]]:
    db.expire_all()
    return [(e.kind, e.machine, e.url) for e in db.exec(select(EmailEvent).where(EmailEvent.message_id == mid)
                                                        .order_by(EmailEvent.id))]


@pytest.fixture
def client():
    return TestClient(api, raise_server_exceptions=False, follow_redirects=False)


def assert_pixel(r) -> None:
    assert r.status_code == 200
    assert r.headers["content-type"] == "image/gif"
    assert r.content == tracking.PIXEL_GIF and r.content.startswith(b"GIF89a") and len(r.content) == 42
    assert "no-store" in r.headers["cache-control"]


def test_the_pixel_is_a_gif_never_cached_and_records_an_open(db, sent, client):
    mid, html = sent
    pixel, _ = paths(html)
    assert pixel.endswith(".gif")
    assert_pixel(client.get(pixel, headers=MAIL_CLIENT))
    assert events(db, mid) == [("open", False, "")]
    assert_pixel(client.get(pixel, headers={"User-Agent": "Mozilla/5.0"}))  # Apple's privacy prefetch
    assert events(db, mid)[-1] == ("open", True, "")


@pytest.mark.parametrize("path", ["/api/t/o/nonsense.gif", "/api/t/o/" + "A" * 43 + ".gif", "/api/t/o/x",
                                  "/api/t/o/%27%20OR%201%3D1.gif", "/api/t/o/" + "A" * 5000])
def test_a_forged_pixel_gets_the_same_gif_and_records_nothing(db, sent, client, path):
    mid, _ = sent
    assert_pixel(client.get(path, headers=MAIL_CLIENT))
    assert events(db, mid) == []


def test_a_click_redirects_to_the_stored_link_whatever_the_request_adds(db, sent, client):
    mid, html = sent
    _, clicks = paths(html)
    r = client.get(clicks[1], headers=MAIL_CLIENT)
    assert r.status_code == 302 and r.headers["location"] == "https://acme.example/hotels"
    assert "no-store" in r.headers["cache-control"]
    r = client.get(clicks[0] + "?url=https://evil.example&next=//evil.example", headers=MAIL_CLIENT)
    assert r.headers["location"] == "https://acme.example/agenda"
    assert client.head(clicks[0], headers=MAIL_CLIENT).headers["location"] == "https://acme.example/agenda"
    assert events(db, mid) == [("click", False, "https://acme.example/hotels"),
                               ("click", False, "https://acme.example/agenda"),
                               ("click", True, "https://acme.example/agenda")]  # HEAD: a scanner


def test_a_tampered_or_unknown_link_gets_a_404_page_and_no_redirect(db, sent, client):
    mid, html = sent
    _, clicks = paths(html)
    token, index, sig = clicks[0][len(tracking.CLICK_PATH):].split("/")
    assert index == f"{mid}.0"
    other_sig = clicks[1].rsplit("/", 1)[1]
    signed = tracking._link_signature
    for path in (f"{tracking.CLICK_PATH}{token}/{mid}.1/{sig}", f"{tracking.CLICK_PATH}{token}/{mid}.0/{other_sig}",
                 f"{tracking.CLICK_PATH}{token}/{mid}.2/{signed(token, f'{mid}.2')}",
                 f"{tracking.CLICK_PATH}{token}/{mid + 1}.0/{sig}", f"{tracking.CLICK_PATH}{token}/0/{sig}",
                 f"{tracking.CLICK_PATH}{token}/{mid + 1}.0/{signed(token, f'{mid + 1}.0')}",  # no such message
                 f"{tracking.CLICK_PATH}{token}/1/{signed(token, 0)}",  # links from before message ids
                 f"{tracking.CLICK_PATH}{token}/2/{signed(token, 2)}",
                 f"{tracking.CLICK_PATH}{'A' * 43}/0/{signed('A' * 43, 0)}",
                 f"{tracking.CLICK_PATH}{token}/{mid}.0/{sig[:-2]}",
                 f"{tracking.CLICK_PATH}https:%2F%2Fevil.example/{mid}.0/{sig}",
                 f"{tracking.CLICK_PATH}javascript:alert(1)/{mid}.0/{sig}"):
        r = client.get(path, headers=MAIL_CLIENT)
        assert r.status_code == 404, path
        assert "location" not in r.headers
        assert "Link not valid" in r.text and "evil" not in r.text
    assert client.get(f"{tracking.CLICK_PATH}{token}/{mid}.0", headers=MAIL_CLIENT).status_code == 404
    assert events(db, mid) == []
    # The real link, after all that, still leads to its link.
    assert client.get(clicks[0], headers=MAIL_CLIENT).headers["location"] == "https://acme.example/agenda"


def test_a_link_sent_before_message_ids_were_in_links_still_redirects_and_records(db, sent, client):
    mid, html = sent
    _, clicks = paths(html)
    token = clicks[0][len(tracking.CLICK_PATH):].split("/")[0]
    r = client.get(f"{tracking.CLICK_PATH}{token}/1/{tracking._link_signature(token, 1)}", headers=MAIL_CLIENT)
    assert r.status_code == 302 and r.headers["location"] == "https://acme.example/hotels"
    assert events(db, mid) == [("click", False, "https://acme.example/hotels")]
