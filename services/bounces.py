"""Bounces and complaints of to-partner Emails: reading the reports mail servers send back and
suppressing the addresses they name.

Recognised, from the raw message (bytes), with the standard library's email package:
- RFC 3464 delivery status notifications (multipart/report; report-type=delivery-status): one
  block per recipient with Final-Recipient (or Original-Recipient, preferred: the address we
  sent to), Action, Status and Diagnostic-Code. delivered / relayed / expanded are no bounce;
  delayed is soft; failed is hard, unless its Status is 4.x.x (a transient failure the server
  gave up on, e.g. 4.4.7 expired) — then soft.
- RFC 5965 feedback reports (report-type=feedback-report): a complaint (Feedback-Type abuse,
  fraud, virus or other; not-spam and auth-failure are no complaint). The address is the
  report's Original-Rcpt-To, else the To of the returned message, else the recipient our
  Message-ID names (providers often redact the address).
- Anything else is ignored and said to be: auto-replies (Auto-Submitted other than "no",
  X-Autoreply, X-Autorespond, Precedence auto_reply, "Out of office" / "Automatic reply" /
  vacation subjects) and messages that are no report at all.
The returned message's Message-ID — `<message-{message}-user-{user}@domain>`, set by
jobs/message_emails.py — ties a report to the Email and its recipient when it is there (in the
text/rfc822-headers or message/rfc822 part, or X-Original-Message-ID); a report for a Message-ID
we do not know is still handled by its address.

Rules (settings SOFT_BOUNCE_LIMIT, SOFT_BOUNCE_WINDOW_DAYS): a hard bounce or a complaint
suppresses the address at once; soft bounces suppress it when SOFT_BOUNCE_LIMIT of them
occurred within the last SOFT_BOUNCE_WINDOW_DAYS days (a bounce at exactly the window's start
counts). An address already suppressed keeps its entry, except that a soft-bounce entry
becomes a hard bounce or complaint.

Every bounce and complaint is an `email_event` row with a unique `report_key` (the report's own
Message-ID — or, without one, the hash of its bytes — with the kind and the address), written in
the same transaction as the suppression: a report processed twice, or again after the process
was killed, is recorded once. Bad input raises InvalidInput and writes nothing.
"""

from __future__ import annotations

import email
import email.message
import email.utils
import hashlib
import re
from dataclasses import dataclass, field
from datetime import timedelta
from email.parser import HeaderParser

from sqlalchemy import func
from sqlmodel import Session, select

from models._base import utcnow
from models.messaging import EmailEvent, EmailSuppression, MessageRecipient
from prm.settings import get_settings
from services import email_messages
from services.accounts import EMAIL_RE
from services.actors import Actor, require_admin
from services.bulk import insert_ignore
from services.errors import InvalidInput
from services.messages import _fmt

MAX_REPORT_BYTES = 10 * 2**20
MAX_RECIPIENTS = 100  # an Email has one recipient; a report naming more is refused whole
HARD, SOFT, NONE = "hard", "soft", "none"
COMPLAINT_FEEDBACK_TYPES = {"abuse", "fraud", "virus", "other"}

_OUR_MESSAGE_ID = re.compile(r"^<message-(\d{1,9})-user-(\d{1,9})@[^<>\s]+>$")
_STATUS = re.compile(r"^([245])\.\d{1,3}\.\d{1,3}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SPACES = re.compile(r"\s+")
_AUTO_REPLY_SUBJECT = re.compile(
    r"^\s*(auto(matic)?[\s:_-]*(reply|response|antwort)|auto:|out of (the )?office|"
    r"(on )?vacation|abwesenheit|absence|r[ée]ponse automatique|respuesta autom[aá]tica)",
    re.IGNORECASE)


@dataclass(frozen=True)
class RecipientStatus:
    """One recipient block of a delivery status notification."""

    email: str
    action: str
    status: str
    diagnostic: str
    bounce_type: str  # hard | soft | none

    @property
    def detail(self) -> str:
        return _one_line(" ".join(x for x in (self.status, self.diagnostic) if x))[:1000]


@dataclass(frozen=True)
class Report:
    """What a raw message says, before anything is recorded."""

    kind: str  # delivery-status | feedback-report | auto-reply | other
    report_id: str  # the report's own Message-ID, else sha256 of its bytes
    original_message_id: str = ""
    recipients: tuple[RecipientStatus, ...] = ()
    complaint_email: str = ""
    feedback_type: str = ""
    ignored_reason: str = ""  # set when nothing is to be done

    @property
    def ignored(self) -> bool:
        return bool(self.ignored_reason)


@dataclass
class Outcome:
    """What processing one report did, per address; the API answers it as JSON."""

    kind: str
    ignored: bool
    reason: str = ""
    original_message_id: str = ""
    results: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"report": self.kind, "ignored": self.ignored, "reason": self.reason,
                "original_message_id": self.original_message_id or None, "recipients": self.results}


# ---------------------------------------------------------------- reading a report


def _one_line(text: str) -> str:
    text = (text or "").encode("utf-8", "replace").decode("utf-8")  # no lone surrogates
    return _SPACES.sub(" ", _CONTROL.sub(" ", text)).strip()


def _header(msg: email.message.Message, name: str) -> str:
    value = msg.get(name)
    return _one_line(str(value)) if value is not None else ""


def _address(value: str) -> str:
    """The address of a Final-Recipient / Original-Recipient ("rfc822; a@b") or a To/
    Original-Rcpt-To header; "" when it is not an rfc822 address we could send to."""
    kind, sep, rest = value.partition(";")
    if sep:
        if kind.strip().lower() != "rfc822":
            return ""
        value = rest
    _name, addr = email.utils.parseaddr(value.strip())
    addr = addr.strip().strip("<>").strip().lower()
    readable = EMAIL_RE.match(addr) and not _CONTROL.search(addr) and "\ufffd" not in addr
    return addr if readable and len(addr) <= 254 else ""


def _message_id(value: str) -> str:
    value = _one_line(value)
    match = re.search(r"<[^<>\s]{1,250}>", value)
    return match.group(0) if match else ""


def _bounce_type(action: str, status: str) -> str:
    status_class = (_STATUS.match(status) or [None, ""])[1]
    if action in ("delivered", "relayed", "expanded") or (not action and status_class == "2"):
        return NONE
    if action == "delayed":
        return SOFT
    if action == "failed":
        return SOFT if status_class == "4" else HARD
    return {"5": HARD, "4": SOFT}.get(status_class, NONE)


def _blocks(part: email.message.Message) -> list[email.message.Message]:
    payload = part.get_payload()
    if isinstance(payload, list):
        return [b for b in payload if isinstance(b, email.message.Message)]
    # Not parsed into header blocks (e.g. an odd transfer encoding): parse the text ourselves.
    text = part.get_payload(decode=True) or b""
    chunks = re.split(r"\r?\n[ \t]*\r?\n", text.decode("utf-8", "replace"))
    return [HeaderParser().parsestr(c.strip() + "\n") for c in chunks if c.strip()]


def _original_headers(report: email.message.Message) -> email.message.Message | None:
    """The headers of the message the report is about: a text/rfc822-headers or message/rfc822
    part (RFC 3462's third part)."""
    for part in report.get_payload()[1:]:
        ctype = part.get_content_type()
        if ctype in ("message/rfc822", "message/global"):
            inner = part.get_payload()
            if isinstance(inner, list) and inner and isinstance(inner[0], email.message.Message):
                return inner[0]
        if ctype in ("text/rfc822-headers", "message/rfc822-headers", "text/global-headers"):
            raw = part.get_payload(decode=True) or b""
            return HeaderParser().parsestr(raw.decode("utf-8", "replace"))
    return None


def _report_part(report: email.message.Message, ctype: str) -> email.message.Message | None:
    for part in report.get_payload():
        if part.get_content_type() == ctype:
            return part
    return None


def _auto_reply_reason(msg: email.message.Message) -> str:
    auto_submitted = _header(msg, "Auto-Submitted").lower()
    if auto_submitted and auto_submitted != "no":
        return f"an automatic reply (Auto-Submitted: {auto_submitted[:40]})"
    for name in ("X-Autoreply", "X-Autorespond", "X-Autoresponder"):
        if msg.get(name) is not None:
            return f"an automatic reply ({name})"
    precedence = _header(msg, "Precedence").lower()
    if precedence in ("auto_reply", "auto-reply"):
        return f"an automatic reply (Precedence: {precedence})"
    if _AUTO_REPLY_SUBJECT.match(_header(msg, "Subject")):
        return "an automatic reply (out of office or vacation subject)"
    return ""


def _parse_dsn(report: email.message.Message, base: dict) -> Report:
    part = _report_part(report, "message/delivery-status")
    if part is None:
        raise InvalidInput("The delivery status report has no message/delivery-status part.")
    blocks = _blocks(part)
    per_message, per_recipient = (blocks[0], blocks[1:]) if blocks else (None, [])
    if len(per_recipient) > MAX_RECIPIENTS:
        raise InvalidInput(f"The delivery status report names more than {MAX_RECIPIENTS} recipients.")
    recipients = []
    for block in per_recipient:
        addr = (_address(_header(block, "Original-Recipient"))
                or _address(_header(block, "Final-Recipient")))
        if not addr:
            continue
        action = _header(block, "Action").lower()[:20]
        status = _header(block, "Status")[:20]
        recipients.append(RecipientStatus(
            email=addr, action=action, status=status,
            diagnostic=_header(block, "Diagnostic-Code")[:900],
            bounce_type=_bounce_type(action, status)))
    if not recipients:
        raise InvalidInput("The delivery status report names no recipient address "
                           "(Final-Recipient: rfc822; name@example.com).")
    original = _original_headers(report)
    original_id = _message_id(_header(original, "Message-ID")) if original is not None else ""
    if not original_id and per_message is not None:
        original_id = _message_id(_header(per_message, "X-Original-Message-ID"))
    return Report(kind="delivery-status", original_message_id=original_id,
                  recipients=tuple(recipients), **base)


def _parse_arf(report: email.message.Message, base: dict) -> Report:
    part = _report_part(report, "message/feedback-report")
    if part is None:
        raise InvalidInput("The feedback report has no message/feedback-report part.")
    blocks = _blocks(part)
    fields = blocks[0] if blocks else None
    feedback_type = _header(fields, "Feedback-Type").lower()[:30] if fields is not None else ""
    if not feedback_type:
        raise InvalidInput("The feedback report has no Feedback-Type.")
    original = _original_headers(report)
    original_id = _message_id(_header(original, "Message-ID")) if original is not None else ""
    addr = _address(_header(fields, "Original-Rcpt-To"))
    if not addr and original is not None:
        addr = _address(_header(original, "To"))
    ignored = ""
    if feedback_type not in COMPLAINT_FEEDBACK_TYPES:
        ignored = f"a feedback report of type {feedback_type}, which is no complaint"
    return Report(kind="feedback-report", original_message_id=original_id, complaint_email=addr,
                  feedback_type=feedback_type, ignored_reason=ignored, **base)


def parse_report(raw: bytes) -> Report:
    """Read a raw message. InvalidInput when it is not an email message, or a report whose
    required parts are missing or broken."""
    if not isinstance(raw, bytes | bytearray) or not raw.strip():
        raise InvalidInput("The message is empty: send the whole raw email (headers and body).")
    if len(raw) > MAX_REPORT_BYTES:
        raise InvalidInput(f"The message is over {MAX_REPORT_BYTES // 2**20} MiB.")
    try:
        msg = email.message_from_bytes(bytes(raw))
        if msg.get("From") is None and msg.get("Content-Type") is None:
            raise InvalidInput("This is not an email message: it has no From or Content-Type header.")
        report_id = _message_id(_header(msg, "Message-ID"))
        base = {"report_id": report_id or "sha256:" + hashlib.sha256(bytes(raw)).hexdigest()}
        if msg.get_content_type() == "multipart/report":
            if not msg.is_multipart() or not isinstance(msg.get_payload(), list):
                raise InvalidInput("The report's MIME structure is broken: its parts could not be "
                                   "found (a missing or wrong boundary).")
            report_type = str(email.utils.collapse_rfc2231_value(
                msg.get_param("report-type") or "")).strip().lower()[:40]
            if report_type == "delivery-status" or (
                    not report_type and _report_part(msg, "message/delivery-status") is not None):
                return _parse_dsn(msg, base)
            if report_type == "feedback-report" or (
                    not report_type and _report_part(msg, "message/feedback-report") is not None):
                return _parse_arf(msg, base)
            return Report(kind="other", ignored_reason=f"a {report_type or 'untyped'} report, "
                          "which is no bounce or complaint", **base)
        reason = _auto_reply_reason(msg)
        if reason:
            return Report(kind="auto-reply", ignored_reason=reason, **base)
        return Report(kind="other", ignored_reason="not a delivery status notification (RFC 3464) "
                      "or a feedback report (RFC 5965)", **base)
    except InvalidInput:
        raise
    except Exception as exc:  # the email package on hostile input: a bad report, not our fault
        raise InvalidInput(f"The message could not be read as an email ({type(exc).__name__}).") from None


# ---------------------------------------------------------------- recording it


def _recipient_for(session: Session, original_message_id: str) -> MessageRecipient | None:
    match = _OUR_MESSAGE_ID.match(original_message_id or "")
    if match is None:
        return None
    return session.exec(select(MessageRecipient).where(
        MessageRecipient.message_id == int(match[1]), MessageRecipient.user_id == int(match[2]))).first()


def _report_key(report_id: str, kind: str, address: str) -> str:
    return hashlib.sha256(f"{report_id}\n{kind}\n{address}".encode()).hexdigest()


def _recent_soft_bounces(session: Session, address: str, now) -> int:
    window = timedelta(days=get_settings().soft_bounce_window_days)
    return session.exec(select(func.count()).select_from(EmailEvent).where(
        EmailEvent.email == address, EmailEvent.kind == "bounce", EmailEvent.bounce_type == SOFT,
        EmailEvent.occurred_at >= now - window, EmailEvent.occurred_at <= now)).one()


def _record(session: Session, *, address: str, kind: str, bounce_type: str, detail: str,
            report_id: str, recipient: MessageRecipient | None) -> dict:
    """One bounce or complaint of one address: the event row and, by the rules, the
    suppression, committed together."""
    now = utcnow()
    result = {"email": address, "outcome": f"{bounce_type}_bounce" if kind == "bounce" else "complaint",
              "detail": detail, "message_id": recipient.message_id if recipient else None,
              "duplicate": False, "suppressed": False}
    written = insert_ignore(session, EmailEvent.__table__, {
        "message_id": recipient.message_id if recipient else None,
        "recipient_id": recipient.id if recipient else None,
        "email": address, "kind": kind, "bounce_type": bounce_type if kind == "bounce" else "",
        "detail": detail, "occurred_at": now, "report_key": _report_key(report_id, kind, address),
    }, ["report_key"])
    if not written:
        session.rollback()
        result["duplicate"] = True
        return result
    existing = session.exec(select(EmailSuppression.reason).where(EmailSuppression.email == address)).first()
    reason, suppression_detail = None, detail
    if kind == "complaint":
        reason = "complaint"
    elif bounce_type == HARD:
        reason = "hard_bounce"
    else:
        settings = get_settings()
        count = _recent_soft_bounces(session, address, now)
        result["soft_bounces_in_window"] = count
        if count >= settings.soft_bounce_limit:
            reason = "soft_bounce"
            suppression_detail = (f"{count} soft bounces within {settings.soft_bounce_window_days} "
                                  f"days; last: {detail}")
    if reason is not None and existing in (None, "soft_bounce") and existing != reason:
        email_messages.suppress(session=session, actor=None, email=address, reason=reason,
                                detail=suppression_detail)  # commits the event with it
        result["suppressed"] = True
    else:
        result["suppressed"] = existing is not None
        session.commit()
    return result


def process_report(*, session: Session, actor: Actor | None, raw: bytes) -> dict:
    """Read one raw report and act on it (see the module's docstring). actor: an API key's
    (supplier-wide) actor, or None for the mailbox command. Answers what was done per address;
    an ignored report answers why."""
    if actor is not None:
        require_admin(actor)
    report = parse_report(raw)
    outcome = Outcome(kind=report.kind, ignored=report.ignored, reason=report.ignored_reason,
                      original_message_id=report.original_message_id)
    if report.ignored:
        return outcome.as_dict()
    recipient = _recipient_for(session, report.original_message_id)
    if report.kind == "feedback-report":
        address = report.complaint_email or (recipient.email.lower() if recipient else "")
        if not address:
            outcome.ignored = True
            outcome.reason = ("a complaint that names no address and no Email of ours "
                              "(no Original-Rcpt-To, To or known Message-ID)")
            return outcome.as_dict()
        outcome.results.append(_record(
            session, address=address, kind="complaint", bounce_type="", report_id=report.report_id,
            detail=f"Feedback-Type: {report.feedback_type}", recipient=recipient))
        return outcome.as_dict()
    for r in report.recipients:
        if r.bounce_type == NONE:
            outcome.results.append({"email": r.email, "outcome": "no_bounce", "detail": r.detail,
                                    "message_id": recipient.message_id if recipient else None,
                                    "duplicate": False, "suppressed": False})
            continue
        outcome.results.append(_record(
            session, address=r.email, kind="bounce", bounce_type=r.bounce_type, detail=r.detail,
            report_id=report.report_id, recipient=recipient))
    return outcome.as_dict()


def recent_events(*, session: Session, actor: Actor, email: str, limit: int = 5) -> list[dict]:
    """An address's latest bounces and complaints, newest first (shown beside its suppression)."""
    require_admin(actor)
    rows = session.exec(select(EmailEvent).where(
        EmailEvent.email == (email or "").strip().lower(), EmailEvent.kind.in_(("bounce", "complaint")))
        .order_by(EmailEvent.occurred_at.desc(), EmailEvent.id.desc()).limit(limit)).all()
    return [{"kind": ("Complaint" if e.kind == "complaint" else f"{e.bounce_type.capitalize()} bounce"),
             "detail": e.detail, "when": _fmt(e.occurred_at)} for e in rows]
