"""Issue 8, item 7 — email: header injection, rich text, tracking links, unsubscribe.

- A recipient name, address or subject that would inject a header (CR/LF, and every other
  character Python's email package or other mail software takes for a line break) is refused
  for that recipient (PermanentFailure: "failed" with the reason) and the batch goes on — on both
  paths: to-partner Emails (jobs/message_emails.py) and system emails (jobs/email.py; CR/LF there
  is in tests/jobs/test_email.py and tests/jobs/test_mailer.py, extended here to the other
  breaks and to a second recipient smuggled into the address).
- Rich text (Email and pop-up bodies, services.messages.sanitize_html with nh3) passes the XSS
  corpus in data/xss_vectors.txt, wrapped in several contexts: no script, no on* attribute, no
  style, no javascript:/vbscript:/data: (or any non-web) link or source — in the stored body and
  in every recipient's copy. (Terms & Conditions and system-message wording are plain text,
  escaped where shown: they take no HTML.)
- Tracking links (/api/t/c/<token>/<index>/<signature>) redirect only to a link stored in the
  message: a body full of known unsafe URLs, and tampered links, lead nowhere.
- One-click unsubscribe by POST without cookies and GET that only confirms are
  tests/api/test_unsubscribe.py; here, what link scanners do (GET, HEAD, repeated) unsubscribes
  nobody.
"""

from __future__ import annotations

import html
import re
from email import message_from_bytes, policy
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote, urlparse

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import update
from sqlmodel import select
from starlette.testclient import TestClient

from jobs import mailer, message_emails
from jobs.email import deliver_emails
from models.messaging import EmailMessage, MessageRecipient
from prm.api import api
from prm.settings import get_settings
from services import email_messages as em
from services import email_tracking as tracking
from services import messages
from services.errors import InvalidInput
from services.mail import queue_email
from tests.factories import create_partner_user, sent_email
from tests.jobs.conftest import smtp_server  # noqa: F401 - the fixture

RELIABILITY_ITEM = "7. Email"
DATA = Path(__file__).parent / "data"

# ---------------------------------------------------------------- header injection

# Every character that ends a header line for some reader: CR, LF, and what Python's
# str.splitlines (and so the email package) also breaks at.
LINE_BREAKS = ["\r\n", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
INJECTIONS = [f"Pat{b}Bcc: victim@evil.example" for b in LINE_BREAKS] + [
    f"Hi{b}{b}<html>injected body" for b in ("\r\n", "\n")] + [
    "Pat\r\n Bcc: victim@evil.example",  # a folded continuation line
    "Pat\x00Bcc: victim@evil.example",
    "Pat%0d%0aBcc: victim@evil.example".replace("%0d%0a", "\r\n"),
    "=?utf-8?q?Pat=0D=0ABcc:_victim@evil.example?=\r\nBcc: victim@evil.example",
]
BAD_ADDRESSES = [
    "pat@partner.example\r\nBcc: victim@evil.example",
    "pat@partner.example, victim@evil.example",
    "pat@partner.example;victim@evil.example",
    "victim,pat@partner.example",
    "Pat <victim@evil.example>",
    '"victim@evil.example" <pat@partner.example>',
    "pat@partner.example\x0bvictim@evil.example",
    "pät@partner.example",  # not ASCII: no SMTPUTF8 here
    "pat@partner.example ",
    "",
]


def _row(**fields) -> EmailMessage:
    values = {"to_email": "pat@partner.example", "to_name": "Pat", "subject": "Hello",
              "html_body": "<p>Hi</p>", "text_body": "Hi", "message_id": "<m1@prm.example>"}
    values.update(fields)
    return EmailMessage(**values)


def _header_lines(wire: bytes) -> list[str]:
    """The header names of the message as written on the wire (one per unfolded header)."""
    raw = wire.split(b"\r\n\r\n", 1)[0].decode("ascii", "replace")
    return [line.split(":", 1)[0] for line in raw.splitlines() if line and not line[0].isspace()]


HEADERS = ["From", "To", "Subject", "Message-ID", "Date", "List-Unsubscribe", "List-Unsubscribe-Post",
           "MIME-Version", "Content-Type"]
EXTRA = {"List-Unsubscribe": "<https://prm.example/api/unsubscribe/x>",
         "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


def _built_or_refused(row: EmailMessage) -> bool:
    """Build the message: True if refused; else check it has exactly our headers, one recipient."""
    try:
        wire = mailer.render(row, "PRM <noreply@prm.example>", EXTRA)
    except mailer.PermanentFailure:
        return True
    assert _header_lines(wire) == HEADERS, row
    back = message_from_bytes(wire, policy=policy.default)
    assert [a.addr_spec for a in back["To"].addresses] == [row.to_email]
    assert back["Bcc"] is None and back["Cc"] is None
    return False


@pytest.mark.parametrize("field", ["to_name", "subject"])
def test_a_name_or_subject_that_would_inject_a_header_is_refused(field, figures):
    for value in INJECTIONS:
        assert _built_or_refused(_row(**{field: value})), (field, value)
        figures.add("header injections tried", 1)


def test_an_address_that_would_add_a_recipient_is_refused(figures):
    for value in BAD_ADDRESSES:
        assert _built_or_refused(_row(to_email=value)), value
        figures.add("header injections tried", 1)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(max_size=80), subject=st.text(max_size=120))
def test_any_name_and_subject_give_our_headers_only_or_a_refusal(name, subject, figures):
    """Whatever the text: either exactly our headers and the one recipient, or PermanentFailure
    (never another exception, which would stop a batch)."""
    refused = _built_or_refused(_row(to_name=name, subject=subject))
    assert refused == bool(re.search(r"[\x00-\x08\x0a-\x1f\x7f\x85\u2028\u2029]", name + subject))
    figures.add("header injections tried", 1)


def _tamper_recipients(db, mid: int, changes: dict[int, dict]) -> None:
    for rid, values in changes.items():
        db.exec(update(MessageRecipient).where(MessageRecipient.id == rid).values(**values))
    db.commit()


def test_a_to_partner_email_refuses_a_bad_recipient_and_sends_the_rest(db, p, smtp_server, figures):  # noqa: F811
    users = [p.alice, p.bob] + [create_partner_user(db, p.northwind, email=f"u{i}@northwind.example")
                                for i in range(4)]
    for u in users:
        u.supplier_emails_opt_in = True
        db.add(u)
    db.commit()
    admin = p.actor(db, p.admin)
    g = messages.save_group(session=db, actor=admin, name="Gold", account_ids=[p.northwind.id])
    m = em.create_email(session=db, actor=admin, title="Summit", body_html="<p>Hi</p>", group_ids=[g["id"]])
    mid = int(m["id"])
    em.schedule_email(session=db, actor=admin, message_id=mid, enqueue=False)
    em.begin_sending(session=db, message_id=mid)
    rows = db.exec(select(MessageRecipient).where(MessageRecipient.message_id == mid)
                   .order_by(MessageRecipient.id)).all()
    ids = [r.id for r in rows]
    # Names as they could come from an old import or straight SQL: one per kind of line break.
    bad = {ids[1]: {"name": "Bob\r\nBcc: victim@evil.example"},
           ids[3]: {"name": "Eve\u2028Bcc: victim@evil.example"},
           ids[4]: {"name": "Mal\x0bBcc: victim@evil.example"},
           ids[5]: {"email": "u3@northwind.example, victim@evil.example"}}
    _tamper_recipients(db, mid, bad)

    outcomes = message_emails.deliver_message_batch(mid, ids)

    assert outcomes == {"sent": 2, "failed": 4}
    db.expire_all()
    after = {r.id: r for r in db.exec(select(MessageRecipient).where(MessageRecipient.message_id == mid))}
    assert {i for i, r in after.items() if r.status == "sent"} == {ids[0], ids[2]}
    assert all(after[i].status == "failed" and "refused" in after[i].last_error for i in bad)
    received = sorted(a for r in smtp_server.received for a in r.rcpt_tos)
    assert received == sorted([rows[0].email, rows[2].email])
    assert all(msg["Bcc"] is None for msg in smtp_server.messages)
    figures.add("header injections tried", len(bad))
    figures.add("messages lost", 0 if len(received) == 2 else 2 - len(received))


def test_a_system_email_batch_refuses_a_bad_recipient_and_sends_the_rest(db, p, smtp_server, figures):  # noqa: F811
    ids = [queue_email(session=db, to_email=f"p{n}@partner.example", to_name=f"P{n}", template="set_password",
                       idempotency_key=f"k{n}", enqueue=False, url="https://prm.example/x", hours=24)
           for n in range(5)]
    bad = {ids[1]: {"to_name": "Eve\x85Bcc: victim@evil.example"},
           ids[3]: {"to_email": "p3@partner.example,victim@evil.example"}}
    for email_id, values in bad.items():
        db.exec(update(EmailMessage).where(EmailMessage.id == email_id).values(**values))
    db.commit()

    assert deliver_emails(ids) == {"sent": 3, "failed": 2}

    db.expire_all()
    assert {i for i in ids if db.get(EmailMessage, i).status == "sent"} == {ids[0], ids[2], ids[4]}
    assert sorted(a for r in smtp_server.received for a in r.rcpt_tos) == [
        "p0@partner.example", "p2@partner.example", "p4@partner.example"]
    figures.add("header injections tried", len(bad))


def test_an_email_subject_with_a_line_break_is_refused_when_written(db, p):
    admin = p.actor(db, p.admin)
    for value in INJECTIONS[:11]:
        with pytest.raises(InvalidInput):
            em.create_email(session=db, actor=admin, title=value, body_html="<p>Hi</p>")


# ---------------------------------------------------------------- rich text: the XSS corpus


def _corpus() -> list[str]:
    lines = (DATA / "xss_vectors.txt").read_text(encoding="utf-8").splitlines()
    return [line.replace("\\n", "\n") for line in lines if line.strip() and not line.startswith("# ")]


VECTORS = _corpus()
CONTEXTS = ["{}", "<p>{}</p>", '<a href="https://ok.example/">{}</a>', "<ul><li>{}</li></ul>",
            "<blockquote><strong>{}</strong></blockquote>"]
# The links and sources a body may keep: web pages and mail; nothing that runs or embeds.
SAFE_SCHEMES = {"http", "https", "mailto"}


class _Audit(HTMLParser):
    """Everything that could run: tags, attributes and URLs the sanitiser must have removed."""

    def __init__(self, allowed_tags: set[str], pixel_prefix: str | None = None):
        super().__init__(convert_charrefs=True)
        self.allowed_tags, self.pixel_prefix = allowed_tags, pixel_prefix
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "img" and self.pixel_prefix and dict(attrs).get("src", "").startswith(self.pixel_prefix):
            return  # our own open pixel
        if tag not in self.allowed_tags:
            self.problems.append(f"tag <{tag}>")
        for name, value in attrs:
            if name.startswith("on") or name in ("style", "srcdoc", "formaction", "xlink:href", "background"):
                self.problems.append(f"attribute {name}")
            if name in ("href", "src", "action", "data", "cite") and not _safe_url(value or ""):
                self.problems.append(f"url {name}={value!r}")

    handle_startendtag = handle_starttag


def _safe_url(url: str) -> bool:
    """What a browser would make of it: control characters and whitespace dropped, entities
    decoded; then either no scheme (a relative link) or a web/mail one."""
    cleaned = re.sub(r"[\x00-\x20\x7f]", "", html.unescape(url))
    scheme = re.match(r"^([a-zA-Z][a-zA-Z0-9+.-]*):", cleaned)
    return scheme is None or scheme.group(1).lower() in SAFE_SCHEMES


def _problems(body: str, *, pixel_prefix: str | None = None) -> list[str]:
    audit = _Audit(messages.ALLOWED_TAGS, pixel_prefix)
    audit.feed(body)
    audit.close()
    # Belt and braces on the raw text, whatever the parser made of it: no element that runs or
    # embeds anything (attributes and URLs are the parser's job: inside a quoted title, escaped
    # text such as "onmouseover=" is only words).
    lowered = body.lower()
    raw = [f"raw {tag!r}" for tag in ("<script", "<style", "<iframe", "<object", "<embed", "<svg", "<math",
                                      "<meta", "<link", "<base", "<form", "<img")
           if tag in lowered and not (tag == "<img" and pixel_prefix)]
    return raw + audit.problems


def test_the_corpus_is_the_real_thing():
    assert len(VECTORS) >= 200
    # The corpus itself is full of what the audit looks for (so the audit can fail).
    assert sum(1 for v in VECTORS if _problems(v)) >= 180


def test_rich_text_passes_the_xss_corpus_through_the_sanitiser(figures):
    for vector in VECTORS:
        for context in CONTEXTS:
            out = messages.sanitize_html(context.format(vector))
            assert _problems(out) == [], (vector, context, out)
            figures.add("XSS inputs tried", 1)


def test_stored_email_and_popup_bodies_and_every_sent_copy_are_clean(db, p, figures):
    admin = p.actor(db, p.admin)
    bodies = ["".join(VECTORS[i:i + 40]) + "<p>text</p>" for i in range(0, len(VECTORS), 40)]
    for n, body in enumerate(bodies):
        popup = messages.create_popup(session=db, actor=admin, title=f"Popup {n}", body_html=body)
        assert _problems(popup["body_html"]) == []
        popup = messages.update_popup(session=db, actor=admin, message_id=popup["id"], title=f"Popup {n}",
                                      body_html=body + "<p>text</p>", group_ids=[], portal_pages=["home"])
        assert _problems(popup["body_html"]) == []
        mid = sent_email(db, p, users=[p.alice], title=f"Summit {n}", body_html=body)
        stored = em.email_detail(session=db, actor=admin, message_id=mid)["body_html"]
        assert _problems(stored) == [], stored
        copy = db.exec(select(EmailMessage).where(EmailMessage.idempotency_key == f"message:{mid}:user:{p.alice.id}")).one()
        pixel = f"{get_settings().base_url}{tracking.OPEN_PATH}"
        # The copy: the body with tracked links, our open pixel, then our own footer (its style
        # and unsubscribe link are ours, written by message_emails, not from the body).
        body_part, footer_mark, _footer = copy.html_body.rpartition('<hr><p style="font-size:12px')
        assert footer_mark and "Unsubscribe" in _footer
        assert _problems(body_part, pixel_prefix=pixel) == []
        figures.add("XSS inputs tried", 40)


# ---------------------------------------------------------------- tracking links

UNSAFE_URLS = [
    "javascript:alert(1)", "JavaScript:alert(document.cookie)", " javascript:alert(1)", "java\tscript:alert(1)",
    "java&#x0A;script:alert(1)", "&#106;avascript:alert(1)", "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "file:///etc/passwd", "//evil.example/x",
    "\\\\evil.example\\x", "/\\evil.example", "https:evil.example", "https:/evil.example", "/relative/path",
    "ftp://evil.example/x", "blob:https://evil.example/x", "intent://x#Intent;scheme=javascript;end",
    "https://ok.example/&#13;&#10;Set-Cookie:%20x=1", "https://ok.example/%0d%0aSet-Cookie:x=1",
]
SAFE_LINKS = ["https://acme.example/agenda", "http://acme.example/hotels?a=1&b=2"]


def _click_url_parts(url: str) -> tuple[str, str, str]:
    token, index, signature = urlparse(html.unescape(url)).path[len(tracking.CLICK_PATH):].split("/")
    return token, index, signature


def test_tracking_links_redirect_only_to_the_stored_links(db, p, figures):
    body = "<p>" + "".join(f'<a href="{u}">u{i}</a> ' for i, u in enumerate(UNSAFE_URLS)) + \
        "".join(f'<a href="{html.escape(u)}">s{i}</a> ' for i, u in enumerate(SAFE_LINKS)) + "</p>"
    mid = sent_email(db, p, users=[p.alice, p.bob], body_html=body)
    admin = p.actor(db, p.admin)
    stored_links = tracking.message_links(em.email_detail(session=db, actor=admin, message_id=mid)["body_html"])
    # Only web links are indexed (and reachable); every one of them starts http(s)://.
    assert all(u.startswith(("http://", "https://")) for u in stored_links)
    assert set(SAFE_LINKS) <= set(stored_links)
    copies = {u.id: db.exec(select(EmailMessage).where(
        EmailMessage.idempotency_key == f"message:{mid}:user:{u.id}")).one().html_body for u in (p.alice, p.bob)}
    clicks = {uid: [_click_url_parts(h) for h in re.findall(r'href="([^"]*/api/t/c/[^"]+)"', b)]
              for uid, b in copies.items()}
    assert len(clicks[p.alice.id]) == len(stored_links)
    client = TestClient(api, follow_redirects=False)
    probes = 0
    for token, index, sig in clicks[p.alice.id]:
        r = client.get(f"{tracking.CLICK_PATH}{token}/{index}/{sig}")
        assert r.status_code == 302 and r.headers["location"] in [_location(u) for u in stored_links]
        assert "\r" not in r.headers["location"] and "\n" not in r.headers["location"]
        probes += 1
    # Tampered: another index with this signature, another recipient's signature, a link of the
    # message spliced with an unknown token, indexes out of range, and forged signatures.
    (a_tok, _, a_sig), (b_tok, _, b_sig) = clicks[p.alice.id][0], clicks[p.bob.id][0]
    tampered = [(a_tok, "1", a_sig), (a_tok, "0", b_sig), (b_tok, "0", a_sig), (a_tok, str(len(stored_links)), a_sig),
                (a_tok, "9999", a_sig), (a_tok, "-1", a_sig), (a_tok, "0", "A" * 22), (a_tok[:-1] + ("B" if a_tok.endswith("A") else "A"), "0", a_sig),
                (a_tok, "00", a_sig), (a_tok, "0", a_sig + "A"), ("x" * 43, "0", a_sig)]
    for token, index, sig in tampered:
        assert tracking.follow_click(session=db, token=token, index=index, signature=sig) is None, (token, index, sig)
        probes += 1
    for unsafe in UNSAFE_URLS:  # a target in the request is never followed
        for path in (f"{tracking.CLICK_PATH}{a_tok}/0/{a_sig}?url={quote(unsafe, safe='')}",
                     f"{tracking.CLICK_PATH}{a_tok}/0/{a_sig}/{quote(unsafe, safe='')}",
                     f"{tracking.CLICK_PATH}{a_tok}/{quote(unsafe, safe='')}/{a_sig}"):
            r = client.get(path)
            assert r.status_code in (302, 404) and r.headers.get("location", _location(stored_links[0])) == \
                _location(stored_links[0]), path
            probes += 1
    figures.add("tracking link probes", probes)


def _location(url: str) -> str:
    """The Location header Starlette writes for a stored link (it percent-quotes what is unsafe)."""
    from starlette.responses import RedirectResponse

    return RedirectResponse(url).headers["location"]


def test_link_scanners_fetching_the_unsubscribe_link_unsubscribe_nobody(db, p):
    """GET and HEAD, many times, as a mail gateway's scanner does: nothing changes (the POST
    without cookies that does unsubscribe is tests/api/test_unsubscribe.py)."""
    mid = sent_email(db, p, users=[p.alice])
    client = TestClient(api, cookies=None)
    path = f"/api/unsubscribe/{em.unsubscribe_token(p.alice.id, mid)}"
    for _ in range(3):
        assert client.get(path).status_code == 200
        assert client.head(path).status_code in (200, 405)
    db.expire_all()
    assert db.get(type(p.alice), p.alice.id).supplier_emails_opt_in is True
    assert not em.is_suppressed(db, p.alice.email)


class _OpenTags(HTMLParser):
    """Text the parser could only keep as characters: a tag left open at the end shows up as
    data starting with '<'."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.broken: list[str] = []

    def handle_data(self, data):
        if "<" in data:
            self.broken.append(data[:80])


def test_a_body_cut_at_the_length_limit_leaves_no_tag_open_and_the_copy_intact(db, p):
    """The body is cut at messages.MAX_BODY_CHARS: cut in the middle of a link, the open
    `<a href="…` swallowed the open pixel and the footer of every recipient's copy."""
    filler = "<p>" + "x" * (messages.MAX_BODY_CHARS - 30) + "</p>"
    body = filler + '<p><a href="https://ok.example/' + "y" * 300 + '">link</a> after</p>'
    admin = p.actor(db, p.admin)
    popup = messages.create_popup(session=db, actor=admin, title="Long", body_html=body)
    mid = sent_email(db, p, users=[p.alice], body_html=body)
    stored = em.email_detail(session=db, actor=admin, message_id=mid)["body_html"]
    copy = db.exec(select(EmailMessage).where(EmailMessage.idempotency_key == f"message:{mid}:user:{p.alice.id}")).one()
    for text in (popup["body_html"], stored, copy.html_body):
        parser = _OpenTags()
        parser.feed(text)
        parser.close()
        assert parser.broken == [], parser.broken
    assert len(stored) <= messages.MAX_BODY_CHARS + 20  # what closing the cut adds
    assert f"{tracking.OPEN_PATH}" in copy.html_body and "Unsubscribe</a>" in copy.html_body
    assert re.search(r'<a href="[^"]*/api/unsubscribe/[^"<>]+">Unsubscribe</a>', copy.html_body)
