"""To-partner Email messages (seed 002): who gets them, the suppression list, the lifecycle
Draft → Scheduled → Sending → Sent, the per-recipient snapshot that sending works through,
progress, and the one-click unsubscribe (RFC 8058).

Eligibility: users of active and test partner accounts in one of the message's groups who
turned on Supplier Emails; never users designated Sales Representative, never suppressed
addresses. "Once an email communication is in the Sending state, no changes or additions can
be made to it": every change is a conditional UPDATE on the status, so a change racing the
start of sending loses."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from datetime import datetime, timedelta

import nh3
from sqlalchemy import and_, func, insert, literal, update
from sqlmodel import Session, select

from models._base import utcnow
from models.accounts import PartnerGroup, User
from models.messaging import (
    SUPPRESSION_REASONS,
    EmailSuppression,
    Message,
    MessageRecipient,
)
from prm.settings import get_settings
from services import audit
from services.accounts import EMAIL_RE
from services.actors import Actor, require_admin, require_partner
from services.bulk import insert_ignore
from services.consent import record_consent
from services.errors import InvalidInput, NotFound
from services.messages import (
    DRAFT,
    SCHEDULED,
    _eligible_users_clause,
    _existing_groups,
    _fmt,
    _groups,
    _id,
    clean_body,
    get_message,
)
from services.paging import after, decode_cursor, take_page
from services.validation import clean_text

SENDING, SENT = "Sending", "Sent"
EDITABLE = (DRAFT, SCHEDULED)
RECIPIENT_LABELS = {"queued": "Queued", "sending": "Sending", "sent": "Sent", "failed": "Failed",
                    "skipped": "Skipped"}
UNSUBSCRIBE_PATH = "/api/unsubscribe/"


# ---------------------------------------------------------------- suppression list


def _norm_email(email: str) -> str:
    return (email or "").strip().lower()


def suppress(*, session: Session, actor: Actor | None, email: str, reason: str, detail: str = "") -> None:
    """Never send to-partner Emails to this address again (until an admin lifts it). Called by
    the unsubscribe link and, later, bounce processing (actor None: the system). Suppressing an
    address twice keeps one row with the latest reason. Commits."""
    if actor is not None:
        require_admin(actor)
    if reason not in SUPPRESSION_REASONS:
        raise InvalidInput("Unknown suppression reason.")
    address = _norm_email(email)
    if not address or "\r" in address or "\n" in address:
        raise InvalidInput("Give an email address.")
    values = {"reason": reason, "detail": (detail or "")[:1000], "created_at": utcnow()}
    if session.exec(update(EmailSuppression).where(EmailSuppression.email == address)
                    .values(**values)).rowcount == 0:
        # Suppressed at the same moment elsewhere: that row stands, and the caller's pending
        # work (a bounce's event row) is kept and committed with it.
        insert_ignore(session, EmailSuppression.__table__, {"email": address, **values}, ["email"])
    if actor is not None:
        audit.record(session, actor, "email.suppressed", "email_suppression", None, reason=reason)
    session.commit()


def suppress_by_hand(*, session: Session, actor: Actor, email: str, note: str = "") -> dict:
    """Suppress Address (Messages > Suppressions): an admin stops Emails to an address, with a
    note saying why. An address already on the list keeps its entry (and its reason)."""
    require_admin(actor)
    errors: dict[str, str] = {}
    address = _norm_email(clean_text(errors, "email", email, max_len=254, required="Give an email address."))
    if "email" not in errors and not EMAIL_RE.match(address):
        errors["email"] = "Give a valid email address, e.g. name@example.com."
    note = clean_text(errors, "note", note, max_len=1000, multiline=True)
    if "email" not in errors:
        existing = session.exec(select(EmailSuppression).where(EmailSuppression.email == address)).first()
        if existing is not None:
            errors["email"] = (f"{address} is already suppressed "
                               f"({SUPPRESSION_REASONS.get(existing.reason, existing.reason)}).")
    if errors:
        raise InvalidInput("Check the highlighted fields.", errors)
    suppress(session=session, actor=actor, email=address, reason="manual", detail=note)
    return {"email": address}


def lift_suppression(*, session: Session, actor: Actor, suppression_id) -> None:
    require_admin(actor)
    row = session.get(EmailSuppression, _id(suppression_id, "That suppression was not found."))
    if row is None:
        raise NotFound("That suppression was not found.")
    session.delete(row)
    audit.record(session, actor, "email.suppression_lifted", "email_suppression", row.id,
                 reason=row.reason)
    session.commit()


def list_suppressions(*, session: Session, actor: Actor, cursor: str = "", limit: int = 25):
    require_admin(actor)
    q = select(EmailSuppression)
    cond = after(EmailSuppression.created_at, EmailSuppression.id, decode_cursor(cursor, datetime),
                 descending=True)
    if cond is not None:
        q = q.where(cond)
    rows = session.exec(q.order_by(EmailSuppression.created_at.desc(), EmailSuppression.id.desc())
                        .limit(limit + 1)).all()
    return take_page(rows, limit, lambda r: {
        "id": str(r.id), "email": r.email, "reason": SUPPRESSION_REASONS.get(r.reason, r.reason),
        "detail": r.detail, "created": _fmt(r.created_at)}, lambda r: r.created_at)


def is_suppressed(session: Session, email: str) -> bool:
    return session.exec(select(EmailSuppression.id).where(
        EmailSuppression.email == _norm_email(email))).first() is not None


def undeliverable(session, recipients: list[tuple[int, str]]) -> set[int]:
    """At delivery time, of these (user id, address) pairs: the user ids whose user is gone or
    has turned Supplier Emails off, or whose address is suppressed (two queries for the lot;
    session may be a Session or a Connection)."""
    if not recipients:
        return set()
    opted_in = {uid for uid, on in session.execute(select(User.id, User.supplier_emails_opt_in).where(
        User.id.in_({uid for uid, _ in recipients}))).all() if on}
    suppressed = set(session.execute(select(EmailSuppression.email).where(
        EmailSuppression.email.in_({_norm_email(email) for _, email in recipients}))).scalars())
    return {uid for uid, email in recipients if uid not in opted_in or _norm_email(email) in suppressed}


# ---------------------------------------------------------------- eligibility


def _email_eligible_clause(groups: list[PartnerGroup]):
    suppressed = select(EmailSuppression.email)
    return and_(_eligible_users_clause(groups), User.supplier_emails_opt_in.is_(True),
                func.lower(User.email).not_in(suppressed))


def eligible_email_users(*, session: Session, actor: Actor, group_ids: list) -> int:
    """How many users an Email to these groups reaches now (shown in the editor before sending)."""
    require_admin(actor)
    groups = _groups(session, _existing_groups(session, group_ids))
    return session.exec(select(func.count()).select_from(User).where(_email_eligible_clause(groups))).one()


def eligible_email_user_ids(*, session: Session, actor: Actor, group_ids: list) -> list[int]:
    require_admin(actor)
    groups = _groups(session, _existing_groups(session, group_ids))
    return list(session.exec(select(User.id).where(_email_eligible_clause(groups)).order_by(User.id)).all())


# ---------------------------------------------------------------- compose and lifecycle


def html_to_text(html: str) -> str:
    """The plain-text part: the sanitised body without tags, links kept as 'text (url)'."""
    html = re.sub(r'<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', r"\2 (\1)", html or "", flags=re.S)
    html = re.sub(r"<br\s*/?>", "\n", html)
    html = re.sub(r"<li[^>]*>", "\n- ", html)
    html = re.sub(r"</(p|h2|h3|h4|blockquote|ul|ol|div)>|<hr\s*/?>", "\n\n", html)
    text = nh3.clean(html, tags=set())
    for entity, char in (("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&#39;", "'"),
                         ("&nbsp;", " ")):
        text = text.replace(entity, char)
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _email(session: Session, message_id) -> Message:
    m = session.get(Message, _id(message_id))
    if m is None or m.kind != "email":
        raise NotFound("That email was not found.")
    return m


def email_detail(*, session: Session, actor: Actor, message_id) -> dict:
    require_admin(actor)
    m = _email(session, message_id)
    data = get_message(session=session, actor=actor, message_id=m.id)
    data["eligible"] = eligible_email_users(session=session, actor=actor, group_ids=m.group_ids)
    data["status"] = m.status
    data["locked"] = m.status not in EDITABLE
    data.update(email_progress(session=session, actor=actor, message_id=m.id))
    return data


def create_email(*, session: Session, actor: Actor, title: str, body_html: str = "",
                 group_ids: list | None = None) -> dict:
    require_admin(actor)
    errors: dict[str, str] = {}
    title = clean_text(errors, "title", title, max_len=200, required="Enter a subject.")
    if errors:
        raise InvalidInput("Check the highlighted fields.", errors)
    m = Message(kind="email", title=title, body_html=clean_body(body_html),
                group_ids=_existing_groups(session, group_ids), portal_pages=[],
                created_by_user_id=actor.user_id)
    session.add(m)
    session.flush()
    audit.record(session, actor, "message.created", "message", m.id, kind="email")
    session.commit()
    return email_detail(session=session, actor=actor, message_id=m.id)


def _check_email(errors: dict, title: str, body_html: str) -> tuple[str, str]:
    title = clean_text(errors, "title", title, max_len=200, required="Enter a subject.")
    body = clean_body(body_html)
    if not nh3.clean(body, tags=set()).strip():
        errors["body_html"] = "Write the message."
    return title, body


def _locked_error() -> InvalidInput:
    return InvalidInput("This email is already sending: nothing can be changed. Copy it to make a new one.")


def update_email(*, session: Session, actor: Actor, message_id, title: str, body_html: str,
                 group_ids: list) -> dict:
    """Change a Draft or Scheduled email. Once Sending, nothing can be changed (Copy it)."""
    require_admin(actor)
    m = _email(session, message_id)
    errors: dict[str, str] = {}
    title, body = _check_email(errors, title, body_html)
    if errors:
        raise InvalidInput("Check the highlighted fields.", errors)
    values = {"title": title, "body_html": body, "group_ids": _existing_groups(session, group_ids),
              "updated_at": utcnow()}
    if session.exec(update(Message).where(Message.id == m.id, Message.status.in_(EDITABLE))
                    .values(**values)).rowcount != 1:
        session.rollback()
        raise _locked_error()
    audit.record(session, actor, "message.updated", "message", m.id)
    session.commit()
    return email_detail(session=session, actor=actor, message_id=m.id)


def schedule_email(*, session: Session, actor: Actor, message_id, send_at: datetime | None = None,
                   enqueue: bool = True) -> dict:
    """Schedule the email to send at send_at (now when none is given). The send job is put on
    the RQ scheduler under one id per message, so scheduling again moves it."""
    require_admin(actor)
    m = _email(session, message_id)
    now = utcnow()
    errors: dict[str, str] = {}
    _check_email(errors, m.title, m.body_html)
    if not m.group_ids:
        errors["group_ids"] = "Choose at least one partner group."
    send_at = send_at or now
    if send_at.tzinfo is None:
        errors["publish_at"] = "Give the time with its time zone."
    if errors:
        raise InvalidInput(next(iter(errors.values())), errors)
    if session.exec(update(Message).where(Message.id == m.id, Message.status.in_(EDITABLE)).values(
            status=SCHEDULED, publish_at=send_at, updated_at=now)).rowcount != 1:
        session.rollback()
        raise _locked_error()
    audit.record(session, actor, "message.scheduled", "message", m.id, send_at=send_at.isoformat())
    session.commit()
    if enqueue:
        from jobs.queues import enqueue_email_message_start  # services stay free of RQ at import

        enqueue_email_message_start(m.id, send_at)
    return email_detail(session=session, actor=actor, message_id=m.id)


def unschedule_email(*, session: Session, actor: Actor, message_id) -> dict:
    """Return a Scheduled email to Draft (its scheduled job then finds nothing to do)."""
    require_admin(actor)
    m = _email(session, message_id)
    if session.exec(update(Message).where(Message.id == m.id, Message.status == SCHEDULED).values(
            status=DRAFT, updated_at=utcnow())).rowcount != 1:
        session.rollback()
        raise InvalidInput("Only a Scheduled email can return to Draft.")
    audit.record(session, actor, "message.returned_to_draft", "message", m.id)
    session.commit()
    return email_detail(session=session, actor=actor, message_id=m.id)


def begin_sending(*, session: Session, message_id: int) -> bool:
    """The system starts sending a Scheduled email whose time has come: in ONE transaction the
    status becomes Sending and every eligible user is snapshotted as a queued recipient. Run
    twice, the second run changes nothing (the status is no longer Scheduled). Returns whether
    this call started it."""
    now = utcnow()
    m = session.get(Message, message_id)
    if m is None or m.kind != "email":
        return False
    started = session.exec(update(Message).where(
        Message.id == message_id, Message.status == SCHEDULED, Message.publish_at <= now)
        .values(status=SENDING, updated_at=now))
    if started.rowcount != 1:
        session.rollback()
        return False
    groups = _groups(session, m.group_ids)
    name = func.trim(User.first_name + literal(" ") + User.last_name)
    already = select(MessageRecipient.user_id).where(MessageRecipient.message_id == message_id)
    chosen = select(literal(message_id), User.id, User.email, name, literal("queued"), literal(0),
                    literal(""), literal(now, MessageRecipient.__table__.c.next_attempt_at.type)).where(
        _email_eligible_clause(groups), User.id.not_in(already))
    session.exec(insert(MessageRecipient).from_select(
        ["message_id", "user_id", "email", "name", "status", "attempts", "last_error", "next_attempt_at"],
        chosen))
    session.commit()
    finish_if_done(session=session, message_id=message_id)  # nobody eligible: Sent at once
    return True


def finish_if_done(*, session: Session, message_id: int) -> bool:
    """Sending → Sent once every recipient is sent, failed or skipped."""
    pending = select(MessageRecipient.id).where(MessageRecipient.message_id == message_id,
                                                MessageRecipient.status.in_(("queued", "sending")))
    done = session.exec(update(Message).where(Message.id == message_id, Message.status == SENDING,
                                              ~pending.exists()).values(status=SENT, updated_at=utcnow()))
    session.commit()
    return done.rowcount == 1


def copy_email(*, session: Session, actor: Actor, message_id) -> dict:
    """A new Draft with the same subject, body and groups (the way to change a sent email)."""
    require_admin(actor)
    m = _email(session, message_id)
    copy = Message(kind="email", title=f"Copy of {m.title}"[:200], body_html=m.body_html,
                   group_ids=list(m.group_ids), portal_pages=[], created_by_user_id=actor.user_id)
    session.add(copy)
    session.flush()
    audit.record(session, actor, "message.copied", "message", copy.id, source=m.id)
    session.commit()
    return email_detail(session=session, actor=actor, message_id=copy.id)


# ---------------------------------------------------------------- progress


def email_progress(*, session: Session, actor: Actor, message_id) -> dict:
    require_admin(actor)
    mid = _id(message_id)
    counts = dict(session.exec(select(MessageRecipient.status, func.count()).where(
        MessageRecipient.message_id == mid).group_by(MessageRecipient.status)).all())
    total = sum(counts.values())
    done = sum(counts.get(s, 0) for s in ("sent", "failed", "skipped"))
    return {"total": total, "sent": counts.get("sent", 0), "failed": counts.get("failed", 0),
            "skipped": counts.get("skipped", 0), "pending": total - done,
            "percent": round(100 * done / total) if total else 0}


def list_recipients(*, session: Session, actor: Actor, message_id, cursor: str = "", limit: int = 25):
    """The per-recipient list with each one's state, paged by id (keyset)."""
    require_admin(actor)
    q = select(MessageRecipient).where(MessageRecipient.message_id == _id(message_id))
    cond = after(MessageRecipient.id, MessageRecipient.id, decode_cursor(cursor, int), descending=False)
    if cond is not None:
        q = q.where(cond)
    rows = session.exec(q.order_by(MessageRecipient.id).limit(limit + 1)).all()
    return take_page(rows, limit, lambda r: {
        "id": str(r.id), "email": r.email, "name": r.name, "status": RECIPIENT_LABELS.get(r.status, r.status),
        "attempts": str(r.attempts), "error": r.last_error, "sent_at": _fmt(r.sent_at)}, lambda r: r.id)


# ---------------------------------------------------------------- what partners see


def emails_received(*, session: Session, actor: Actor, limit: int = 100) -> list[dict]:
    """The Emails sent to this user (Message Center), newest first."""
    require_partner(actor)
    rows = session.exec(select(Message, MessageRecipient.sent_at).join(
        MessageRecipient, MessageRecipient.message_id == Message.id).where(
        MessageRecipient.user_id == actor.user_id, MessageRecipient.status == "sent")
        .order_by(MessageRecipient.sent_at.desc(), MessageRecipient.id.desc()).limit(limit)).all()
    return [{"id": str(m.id), "kind": "Email", "title": m.title, "body_html": m.body_html,
             "date": _fmt(sent_at), "read": "Sent"} for m, sent_at in rows]


# ---------------------------------------------------------------- unsubscribe (RFC 8058)


def _sign(user_id: int, message_id: int) -> str:
    mac = hmac.new(get_settings().secret_key.encode(), f"unsubscribe:{user_id}:{message_id}".encode(),
                   hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac[:20]).decode().rstrip("=")


def unsubscribe_token(user_id: int, message_id: int) -> str:
    return f"{user_id}.{message_id}.{_sign(user_id, message_id)}"


def unsubscribe_url(user_id: int, message_id: int) -> str:
    return f"{get_settings().base_url}{UNSUBSCRIBE_PATH}{unsubscribe_token(user_id, message_id)}"


def unsubscribe_headers(user_id: int, message_id: int) -> dict[str, str]:
    """One-click unsubscribe (RFC 8058) headers of a recipient's copy."""
    return {"List-Unsubscribe": f"<{unsubscribe_url(user_id, message_id)}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


class BadToken(InvalidInput):
    pass


def read_unsubscribe_token(session: Session, token: str) -> tuple[User, Message]:
    parts = (token or "").split(".")
    try:
        user_id, message_id = int(parts[0]), int(parts[1])
        ok = len(parts) == 3 and hmac.compare_digest(parts[2], _sign(user_id, message_id))
    except (ValueError, IndexError):
        ok = False
    user = session.get(User, user_id) if ok else None
    message = session.get(Message, message_id) if ok else None
    if user is None or message is None:
        raise BadToken("This unsubscribe link is not valid. Use the link in the email you received, "
                       "or turn off Supplier Emails in your portal settings.")
    return user, message


def unsubscribe(*, session: Session, token: str) -> dict:
    """One click: Supplier Emails off (with a consent record, source 'unsubscribe') and the
    address suppressed. No login: the signed token is the proof. Twice is fine."""
    user, message = read_unsubscribe_token(session, token)
    now = utcnow()
    if session.exec(update(User).where(User.id == user.id, User.supplier_emails_opt_in.is_(True))
                    .values(supplier_emails_opt_in=False, updated_at=now)).rowcount:
        record_consent(session, user_id=user.id, granted=False, source="unsubscribe",
                       wording_version=f"message-{message.id}")
    session.commit()
    suppress(session=session, actor=None, email=user.email, reason="unsubscribed",
             detail=f"Unsubscribe link in “{message.title}”"[:1000])
    return {"email": user.email}


BACKOFF_SECONDS = (60, 300, 900, 3600)
MAX_ATTEMPTS = len(BACKOFF_SECONDS) + 1


def stale_claim() -> timedelta:
    """How long a recipient claimed for sending ('sending', its answer not recorded) waits before
    another run may take it: the worker that claimed it died (STALE_CLAIM_SECONDS, 10 minutes by
    default; it must be well above the SMTP timeout, or a slow but living send could be doubled)."""
    return timedelta(seconds=get_settings().stale_claim_seconds)


def message_center_items(*, session: Session, actor: Actor) -> list[dict]:
    """The Message Center: the pop-ups this user received and the Emails sent to them, newest first."""
    from services.messages import message_center

    rows = message_center(session=session, actor=actor) + emails_received(session=session, actor=actor)
    return sorted(rows, key=lambda r: r["date"], reverse=True)
