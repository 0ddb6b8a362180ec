"""Open and click tracking of to-partner Emails (seed 002: "Sent/Opens/Clicks/Bounces are
available for it in the message detail page"), and the stats that count them.

Tokens. Each recipient gets a random 128-bit nonce, set once before the first delivery attempt
(a conditional UPDATE, so a job run twice keeps the first one and every retry carries the same
links). The token in the links is HMAC(SECRET_KEY, nonce); the database keeps the nonce and the
token's keyed hash (services.security.hash_token) for lookup, never a usable link — the
invitation token design of services/recruitment.py.

Opens: a 1×1 GIF at /api/t/o/<token>.gif. Clicks: every http(s) link of the sanitised body
becomes /api/t/c/<token>/<message id>.<index>/<signature>, where index is the link's place
among the body's links and signature = HMAC(SECRET_KEY, token + message id + index). The
redirect target is read from the message's stored body (locked once Sending), never from the
request, so the endpoint can only lead to a link that is in that message: there is no open
redirect. The unsubscribe link is added after the rewrite and is never tracked. Links sent
before the message id was in them (/<token>/<index>/<signature>) still work: their message is
found through the token.

Because a sent message's body never changes (it cannot be edited, returned to Draft or deleted
once Sending), its link list is kept in memory per message: a click on a signed link is
answered from that list, without a query, and recorded — the recipient looked up by the token
— after the redirect has gone out. A mail blast's clicks are thousands of recipients on the
same few messages, so the list is read once per message and process.

Machine vs human: an open or click within TRACKING_MACHINE_SECONDS of the recipient's sent_at
is too fast for a person — it is a security gateway scanning the message on arrival, or a
client prefetching images — and so is one from a user agent in MACHINE_AGENTS. Those are stored
with machine=True and counted apart."""

from __future__ import annotations

import base64
import hashlib
import hmac
import html
import re
import secrets
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache, lru_cache

from sqlalchemy import (
    Boolean,
    Integer,
    String,
    and_,
    bindparam,
    case,
    cast,
    distinct,
    func,
    insert,
    literal,
    null,
    or_,
    update,
)
from sqlalchemy.engine import Connection
from sqlmodel import Session, select

from models._base import utcnow
from models.messaging import EmailEvent, Message, MessageRecipient
from prm.settings import get_settings
from services.actors import Actor, require_admin
from services.messages import DRAFT, SCHEDULED
from services.security import hash_token

OPEN_PATH = "/api/t/o/"
CLICK_PATH = "/api/t/c/"
HOURLY_FOR = timedelta(hours=48)  # the chart: hourly buckets for the first 48 h, then daily

# Opens and clicks from these user agents are machine (case-insensitive substrings). Why each:
MACHINE_AGENTS = (
    # Link and attachment scanners of mail security gateways fetch every URL of a message on
    # arrival (and again later, from the same agents), before and whether or not anyone reads it.
    "barracuda", "mimecast", "proofpoint", "ppops-", "symantec", "messagelabs", "forcepoint",
    "trendmicro", "trend micro", "sophos", "fortiguard", "ironport", "safelinks", "defender",
    # Link previewers and crawlers (chat apps and search engines unfurl links pasted elsewhere).
    "bingpreview", "slackbot", "facebookexternalhit", "linkedinbot", "twitterbot", "whatsapp",
    "bot/", "bot;", "crawler", "spider",
    # Scripts and HTTP libraries, which no person's mail client uses.
    "python-", "curl/", "wget/", "go-http-client", "okhttp", "java/", "libwww", "httpclient",
    "headlesschrome",
)
# Apple Mail Privacy Protection loads every remote image of a received message through Apple's
# proxies, at delivery, with this bare user agent: the "open" says nothing about a person.
MACHINE_EXACT_AGENTS = ("mozilla/5.0",)
_MACHINE_AGENT_RE = re.compile("|".join(map(re.escape, MACHINE_AGENTS)))

# A transparent 1×1 GIF (GIF89a, 42 bytes: a 2-colour table, colour 0 transparent).
PIXEL_GIF = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")

_TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]{43}$")
_SIG_RE = re.compile(r"^[A-Za-z0-9_-]{22}$")
# A click link's index part: "<message id>.<index>", or "<index>" in links sent before that.
_INDEX_RE = re.compile(r"(?:([1-9][0-9]{0,17})\.)?(0|[1-9][0-9]{0,3})")
# nh3 writes every attribute in double quotes, so one pattern finds every link of the body.
_LINK_RE = re.compile(r'(<a\b[^>]*?\bhref=")([^"]*)(")', re.I)


# ---------------------------------------------------------------- tokens and links


def _mac(message: str) -> bytes:
    return hmac.new(get_settings().secret_key.encode(), message.encode(), hashlib.sha256).digest()


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def token_for(nonce: str) -> str:
    """The token in a recipient's links: 256 bits of HMAC over a 128-bit random nonce."""
    return _b64(_mac(f"email-tracking:{nonce}"))


def _link_signature(token: str, index: int | str) -> str:
    """The signature of a click link's index part: "<message id>.<index>", or for links sent
    before message ids were in them, "<index>" (so the two kinds never sign the same text)."""
    return _b64(_mac(f"email-click:{token}:{index}"))[:22]  # 132 bits


def tracking_token(session: Session, recipient_id: int) -> str:
    """This recipient's token, making its nonce the first time (commits). Run twice, or by two
    jobs at once, it returns the same token: the nonce is only set where none is."""
    nonce = secrets.token_hex(16)  # 128 random bits
    session.exec(update(MessageRecipient).where(MessageRecipient.id == recipient_id,
                                                MessageRecipient.track_nonce == "")
                 .values(track_nonce=nonce, track_hash=hash_token(token_for(nonce))))
    session.commit()
    stored = session.exec(select(MessageRecipient.track_nonce).where(MessageRecipient.id == recipient_id)).one()
    return token_for(stored)


_SET_NONCE_ONCE = (update(MessageRecipient)
                   .where(MessageRecipient.id == bindparam("rid"), MessageRecipient.track_nonce == "")
                   .values(track_nonce=bindparam("nonce"), track_hash=bindparam("hash")))


def give_nonces(conn, recipient_ids: list[int]) -> dict[int, str]:
    """Give each of these recipients a fresh nonce (and its token's hash) where it has none yet
    — the rule of tracking_token, for a job that has just claimed them in its transaction (so
    their rows are its until it ends): one short statement for each, sent together. Returns the
    nonces given, which are then the recipients' own."""
    if not recipient_ids:
        return {}
    fresh = {rid: secrets.token_hex(16) for rid in recipient_ids}  # 128 random bits each
    conn.execute(_SET_NONCE_ONCE, [{"rid": rid, "nonce": nonce, "hash": hash_token(token_for(nonce))}
                                   for rid, nonce in fresh.items()])
    return fresh


def pixel_url(token: str) -> str:
    return f"{get_settings().base_url}{OPEN_PATH}{token}.gif"


def click_url(token: str, message_id: int, index: int) -> str:
    part = f"{int(message_id)}.{int(index)}"
    return f"{get_settings().base_url}{CLICK_PATH}{token}/{part}/{_link_signature(token, part)}"


def _is_web_link(url: str) -> bool:
    """An http(s) link that can be a redirect target as it is: no space, line break or other
    control character (an entity-encoded CR/LF in a body's href would otherwise reach the
    Location header). Other links stay in the body as written and are not tracked."""
    return url.lower().startswith(("http://", "https://")) and not re.search(r"[\x00-\x20\x7f-\x9f]", url)


def message_links(body_html: str) -> list[str]:
    """The http(s) links of a (sanitised) body, in order: index i of a click link is links[i]."""
    found = (html.unescape(m.group(2)) for m in _LINK_RE.finditer(body_html or ""))
    return [url for url in found if _is_web_link(url)]


def tracked_html(body_html: str, token: str, message_id: int) -> str:
    """The body of message message_id as one recipient gets it: each http(s) link through the
    click redirect (numbered as message_links numbers them), and the open pixel at the end."""
    index = -1

    def rewrite(m: re.Match) -> str:
        nonlocal index
        if not _is_web_link(html.unescape(m.group(2))):
            return m.group(0)  # mailto: stays as it is
        index += 1
        return f"{m.group(1)}{html.escape(click_url(token, message_id, index))}{m.group(3)}"

    body = _LINK_RE.sub(rewrite, body_html or "")
    return (f'{body}<img src="{html.escape(pixel_url(token))}" width="1" height="1" alt="" '
            'style="display:block;width:1px;height:1px;border:0">')


def without_tracking_pixel(email_html: str) -> str:
    """An email as the admin previews it (Admin > Outbox): without the open pixel, so looking at
    the copy records no open for the recipient."""
    return re.sub(r'<img src="[^"]*' + re.escape(OPEN_PATH) + r'[^"]*"[^>]*>', "", email_html or "")


# ---------------------------------------------------------------- recording opens and clicks


def is_machine(*, sent_at: datetime | None, now: datetime, user_agent: str, method: str = "GET") -> bool:
    """Too soon after delivery for a person, a HEAD request (scanners check links without
    loading them), no user agent at all, or a known scanner, previewer or prefetcher."""
    return sent_at is None or sent_at > _too_soon_after(now) or _machine_request(user_agent, method)


def _too_soon_after(now: datetime) -> datetime:
    """Delivered after this, an open or click at `now` is too soon for a person."""
    return now - timedelta(seconds=get_settings().tracking_machine_seconds)


def _machine_request(user_agent: str, method: str) -> bool:
    """A HEAD request, no user agent, or a known scanner, previewer or prefetcher."""
    if method.upper() == "HEAD":
        return True
    agent = (user_agent or "").strip().lower()
    return not agent or agent in MACHINE_EXACT_AGENTS or _MACHINE_AGENT_RE.search(agent) is not None


# The redirect and the pixel answer at mail-blast rates (every recipient's scanner and client at
# once), so their path is Core statements with no ORM objects. An open or a click is one
# INSERT … SELECT: the recipient found by its token's keyed hash (unique index) and the event
# written from its row in the same statement — nothing is written for a token no recipient
# holds, and machine vs human (is_machine) is the request's part, decided here, or the
# recipient's sent_at within the window, compared in the statement. A click on a link that
# names its message is answered from that message's link list, kept in memory once read (a sent
# body never changes), so the redirect waits for no query and the INSERT runs after the answer.
# They take a Session or, on the hot path, a bare Core Connection (prm.db.event_connection):
# both execute Core statements and commit.
_RECIPIENT_BY_HASH = (
    select(MessageRecipient.id, MessageRecipient.message_id, Message.body_html)
    .join(Message, Message.id == MessageRecipient.message_id)
    .where(MessageRecipient.track_hash == bindparam("track_hash"))
)
# The body of an Email that has started sending: only then are there tracked links to it, and
# only then is it locked (no edit, no Return to Draft, no delete), so its links may be kept.
_SENT_BODY = select(Message.body_html).where(Message.id == bindparam("message_id"), Message.kind == "email",
                                             Message.status != DRAFT, Message.status != SCHEDULED)
_EVENT_COLUMNS = ["message_id", "recipient_id", "email", "kind", "url", "machine", "bounce_type", "detail",
                  "occurred_at", "report_key"]


def _insert_event_by_token(*, of_message: bool):
    """INSERT the event of the recipient holding :track_hash (and, for a click, on the message
    :message_id its link names); machine when :machine_request, or when the recipient was sent
    after :too_soon_after or not yet."""
    r = MessageRecipient
    when = [r.track_hash == bindparam("track_hash")]
    if of_message:
        when.append(r.message_id == bindparam("message_id", type_=Integer))
    machine = or_(bindparam("machine_request", type_=Boolean), r.sent_at.is_(None),
                  r.sent_at > bindparam("too_soon_after", type_=r.__table__.c.sent_at.type))
    return insert(EmailEvent.__table__).from_select(_EVENT_COLUMNS, select(
        r.message_id, r.id, r.email, bindparam("kind", type_=String), bindparam("url", type_=String), machine,
        literal(""), bindparam("detail", type_=String), bindparam("occurred_at", type_=EmailEvent.__table__.c.occurred_at.type),
        null()).where(*when)).returning(EmailEvent.id)


_INSERT_OPEN = _insert_event_by_token(of_message=False)
_INSERT_CLICK = _insert_event_by_token(of_message=True)
_SENT_LINKS_MAX = 4096
_sent_links: dict[tuple[str, int], tuple[str, ...]] = {}
_sent_links_lock = threading.Lock()


@dataclass(frozen=True)
class Click:
    """A checked click link: whose token, on which message, and where it leads."""
    token: str
    message_id: int
    url: str


@lru_cache(maxsize=256)
def _links_of(body_html: str) -> tuple[str, ...]:
    return tuple(message_links(body_html))


def forget_sent_links() -> None:
    """Drop the kept link lists (tests that empty the database and reuse message ids)."""
    with _sent_links_lock:
        _sent_links.clear()


def _kept_links(message_id: int) -> tuple[str, ...] | None:
    return _sent_links.get((get_settings().database_url, message_id))


def _keep_links(message_id: int, body_html: str | None) -> tuple[str, ...] | None:
    """The links of a sent body just read (None: no such sent Email), kept for the next click."""
    if body_html is None:
        return None
    links = tuple(message_links(body_html))
    with _sent_links_lock:  # SQLite's clicks run in worker threads
        if len(_sent_links) >= _SENT_LINKS_MAX:
            _sent_links.pop(next(iter(_sent_links)), None)  # the oldest kept
        _sent_links[(get_settings().database_url, message_id)] = links
    return links


def _recipient(session: Session | Connection, token: str):
    """(id, message_id, body_html) of the recipient whose token this is, or None."""
    if not _TOKEN_RE.match(token or ""):
        return None
    return session.execute(_RECIPIENT_BY_HASH, {"track_hash": hash_token(token)}).first()


def _event_values(token: str, kind: str, user_agent: str, method: str, url: str = "",
                  message_id: int | None = None) -> dict:
    """The values of an _INSERT_OPEN or _INSERT_CLICK."""
    now = utcnow()
    values = {"track_hash": hash_token(token), "kind": kind, "url": url[:2000],
              "machine_request": _machine_request(user_agent, method), "too_soon_after": _too_soon_after(now),
              "detail": (user_agent or "")[:1000], "occurred_at": now}
    if message_id is not None:
        values["message_id"] = message_id
    return values


def record_open(*, session: Session | Connection, token: str, user_agent: str = "", method: str = "GET") -> bool:
    """The pixel was loaded. No login: the token is the proof. A bad or forged token records
    nothing (and the caller answers with the same GIF). Returns whether an open was recorded."""
    if not _TOKEN_RE.match(token or ""):
        return False
    done = session.execute(_INSERT_OPEN, _event_values(token, "open", user_agent, method)).first() is not None
    session.commit()
    return done


def _signed_link(token: str, index: str, signature: str) -> tuple[int | None, int] | None:
    """(message id — None in a link sent before message ids were in links —, link index) of a
    well-formed click link whose signature is right, else None. Checked before any database
    work, so forgeries cost no query. One canonical form ("12.0", "0"; never "012" or "00")."""
    m = _INDEX_RE.fullmatch(index or "")
    if m is None or not _TOKEN_RE.match(token or "") or not _SIG_RE.match(signature or ""):
        return None
    if not hmac.compare_digest(signature, _link_signature(token, index)):
        return None
    return (int(m.group(1)) if m.group(1) else None), int(m.group(2))


def _nth(links: tuple[str, ...] | None, index: int) -> str | None:
    return links[index] if links is not None and index < len(links) else None


def _click_by_recipient(r, token: str, index: int) -> Click | None:
    """A link without a message id: its message found through the recipient's token."""
    url = _nth(_links_of(r.body_html) if r is not None else None, index)
    return None if url is None else Click(token, r.message_id, url)


def click_target(*, session: Session | Connection, token: str, index: str, signature: str) -> Click | None:
    """The Click of a tracked link, its link read from the message's stored body (kept once
    read); None for anything forged, tampered or unknown. Records nothing (record_click does)."""
    signed = _signed_link(token, index, signature)
    if signed is None:
        return None
    message_id, i = signed
    if message_id is None:
        return _click_by_recipient(_recipient(session, token), token, i)
    links = _kept_links(message_id)
    if links is None:
        links = _keep_links(message_id, session.execute(_SENT_BODY, {"message_id": message_id}).scalar())
    url = _nth(links, i)
    return None if url is None else Click(token, message_id, url)


def record_click(*, session: Session | Connection, target: Click, user_agent: str = "", method: str = "GET") -> bool:
    """Record the click click_target found (the redirect answers first, then records). False
    when no recipient of that message holds the token (nothing recorded)."""
    values = _event_values(target.token, "click", user_agent, method, target.url, target.message_id)
    done = session.execute(_INSERT_CLICK, values).first() is not None
    session.commit()
    return done


def follow_click(*, session: Session | Connection, token: str, index: str, signature: str, user_agent: str = "",
                 method: str = "GET") -> str | None:
    """The link the recipient clicked, with the click recorded; None (nothing recorded) for
    anything forged, tampered or unknown."""
    target = click_target(session=session, token=token, index=index, signature=signature)
    if target is None:
        return None
    record_click(session=session, target=target, user_agent=user_agent, method=method)
    return target.url


# ---------------------------------------------------------------- the same on an async connection
#
# PostgreSQL: the endpoints run these on the event loop with a psycopg AsyncConnection
# (prm.db.async_event_connection), the same statements compiled once for psycopg. The checks
# and the event's values are the functions above.


@cache
def _psycopg(statement) -> tuple[str, dict]:
    """A statement above as psycopg runs it, and its constant parameters."""
    from sqlalchemy.dialects.postgresql.psycopg import dialect

    compiled = statement.compile(dialect=dialect())
    return compiled.string, {k: v for k, v in compiled.params.items() if v is not None}


async def _run_async(conn, statement, values: dict):
    sql, constants = _psycopg(statement)
    return await conn.execute(sql, {**constants, **values})


async def click_target_async(*, connect, token: str, index: str, signature: str) -> Click | None:
    """click_target with an async psycopg connection from connect() (an async context manager),
    taken only when the link is not answered from memory."""
    signed = _signed_link(token, index, signature)
    if signed is None:
        return None
    message_id, i = signed
    if message_id is None:
        async with connect() as conn:
            from psycopg.rows import namedtuple_row

            async with conn.cursor(row_factory=namedtuple_row) as cur:
                sql, constants = _psycopg(_RECIPIENT_BY_HASH)
                await cur.execute(sql, {**constants, "track_hash": hash_token(token)})
                return _click_by_recipient(await cur.fetchone(), token, i)
    links = _kept_links(message_id)
    if links is None:
        async with connect() as conn:
            row = await (await _run_async(conn, _SENT_BODY, {"message_id": message_id})).fetchone()
        links = _keep_links(message_id, row[0] if row else None)
    url = _nth(links, i)
    return None if url is None else Click(token, message_id, url)


async def record_click_async(*, conn, target: Click, user_agent: str = "", method: str = "GET") -> bool:
    """record_click on an async psycopg connection (autocommit)."""
    values = _event_values(target.token, "click", user_agent, method, target.url, target.message_id)
    return await (await _run_async(conn, _INSERT_CLICK, values)).fetchone() is not None


async def record_open_async(*, conn, token: str, user_agent: str = "", method: str = "GET") -> bool:
    """record_open on an async psycopg connection (autocommit)."""
    if not _TOKEN_RE.match(token or ""):
        return False
    values = _event_values(token, "open", user_agent, method)
    return await (await _run_async(conn, _INSERT_OPEN, values)).fetchone() is not None


# ---------------------------------------------------------------- stats


def _who():
    """Whom an event is about: the address (bounce reports may know only that), else the recipient."""
    return func.coalesce(func.nullif(func.lower(EmailEvent.email), ""),
                         literal("#") + cast(EmailEvent.recipient_id, String))


def email_stats(*, session: Session, actor: Actor, message_id) -> dict:
    """Sent, Opens, Clicks, Bounces (and complaints) of one Email: unique = distinct recipients,
    total = events; opens and clicks by people and by machines apart. Counted in SQL."""
    from services.email_messages import _email

    require_admin(actor)
    m = _email(session, message_id)
    sent = session.exec(select(func.count()).select_from(MessageRecipient).where(
        MessageRecipient.message_id == m.id, MessageRecipient.status == "sent")).one()
    rows = session.exec(select(EmailEvent.kind, EmailEvent.machine, func.count(), func.count(distinct(_who())))
                        .where(EmailEvent.message_id == m.id).group_by(EmailEvent.kind, EmailEvent.machine)).all()
    counts: dict[str, int] = {}
    for kind, machine, total, unique in rows:
        side = "machine" if machine and kind in ("open", "click") else "human"
        counts[f"{kind}_{side}_total"] = counts.get(f"{kind}_{side}_total", 0) + total
        counts[f"{kind}_{side}_unique"] = counts.get(f"{kind}_{side}_unique", 0) + unique
    out = {"sent": sent}
    for kind in ("open", "click", "bounce", "complaint"):
        for side in ("human", "machine"):
            for what in ("unique", "total"):
                out[f"{kind}s_{side}_{what}" if side == "machine" else f"{kind}s_{what}"] = \
                    counts.get(f"{kind}_{side}_{what}", 0)
    for kind in ("open", "click", "bounce"):
        out[f"{kind}_rate"] = round(100 * out[f"{kind}s_unique"] / sent) if sent else 0
    for kind in ("bounce", "complaint"):  # no machine side: drop the keys that can only be 0
        out.pop(f"{kind}s_machine_unique")
        out.pop(f"{kind}s_machine_total")
    out["timeline"] = _timeline(session, m.id)
    return out


def _bucket_label(session: Session, hourly: bool):
    """The event's bucket as text, in SQL: 'YYYY-MM-DD HH:00' (UTC hour) or 'YYYY-MM-DD'."""
    col = EmailEvent.occurred_at
    if session.get_bind().dialect.name == "postgresql":
        utc = func.timezone("UTC", col)
        return func.to_char(func.date_trunc("hour", utc), "YYYY-MM-DD HH24:00") if hourly \
            else func.to_char(utc, "YYYY-MM-DD")
    return func.strftime("%Y-%m-%d %H:00", col) if hourly else func.strftime("%Y-%m-%d", col)


def _timeline(session: Session, message_id: int) -> list[dict]:
    """Events over time for the chart: hourly for the first 48 hours after the first delivery,
    then daily, grouped and counted in SQL; empty buckets in between are filled in as 0."""
    start = session.exec(select(func.min(MessageRecipient.sent_at)).where(
        MessageRecipient.message_id == message_id)).one()
    if start is None:
        return []
    if start.tzinfo is None:  # SQLite hands back naive UTC
        from datetime import UTC

        start = start.replace(tzinfo=UTC)
    cut = start + HOURLY_FOR
    label = case((EmailEvent.occurred_at < cut, _bucket_label(session, True)),
                 else_=_bucket_label(session, False))
    series = case((and_(EmailEvent.kind.in_(("open", "click")), EmailEvent.machine.is_(True)), literal("machine")),
                  else_=EmailEvent.kind)
    # Labelled in a subquery, grouped outside: PostgreSQL would not match a CASE with bound
    # parameters in SELECT to the same CASE in GROUP BY.
    events = select(label.label("bucket"), series.label("series")).where(
        EmailEvent.message_id == message_id).subquery()
    rows = session.exec(select(events.c.bucket, events.c.series, func.count())
                        .group_by(events.c.bucket, events.c.series)).all()
    buckets: dict[str, dict] = {}
    for bucket, kind, n in rows:
        b = buckets.setdefault(bucket, {})
        b[kind] = b.get(kind, 0) + n
    if not buckets:
        return []
    # Fill the gaps so the time axis is even within each part (at most 48 hours + 400 days).
    last = max(buckets)
    hour = start.replace(minute=0, second=0, microsecond=0)
    while hour < cut and hour.strftime("%Y-%m-%d %H:00") <= last:
        buckets.setdefault(hour.strftime("%Y-%m-%d %H:00"), {})
        hour += timedelta(hours=1)
    day = cut.date() + (timedelta(days=1) if cut.time() != datetime.min.time() else timedelta(0))
    days = 0
    while day.isoformat() <= last and days < 400:
        buckets.setdefault(day.isoformat(), {})
        day, days = day + timedelta(days=1), days + 1
    return [{"time": k, "Opens": v.get("open", 0), "Clicks": v.get("click", 0), "Bounces": v.get("bounce", 0),
             "Machine": v.get("machine", 0)} for k, v in sorted(buckets.items())]


def recipient_engagement(*, session: Session, actor: Actor, message_id, recipient_ids: list) -> dict[str, dict]:
    """For the recipients on one page of the list: how often each opened and clicked (people),
    and whether only machines did. Keyed by recipient id as text."""
    from services.email_messages import _email

    require_admin(actor)
    m = _email(session, message_id)
    ids = [int(i) for i in recipient_ids if str(i).isdigit()][:500]
    if not ids:
        return {}
    human = func.sum(case((EmailEvent.machine.is_(False), 1), else_=0))
    rows = session.exec(select(EmailEvent.recipient_id, EmailEvent.kind, human, func.count()).where(
        EmailEvent.message_id == m.id, EmailEvent.recipient_id.in_(ids), EmailEvent.kind.in_(("open", "click")))
        .group_by(EmailEvent.recipient_id, EmailEvent.kind)).all()
    out: dict[str, dict] = {}
    for rid, kind, people, total in rows:
        label = str(people) if people else ("Machine only" if total else "")
        out.setdefault(str(rid), {})["opened" if kind == "open" else "clicked"] = label
    return out
