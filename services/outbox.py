"""Admin > Outbox: every email the app recorded, newest first."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, select

from models.messaging import EmailMessage
from services.actors import Actor, require_admin
from services.errors import NotFound
from services.paging import MAX_ROW_ID, PageResult, after, decode_cursor, take_page

STATUS_LABELS = {"queued": "Queued", "sending": "Sending", "sent": "Sent", "failed": "Failed"}


def list_emails(*, session: Session, actor: Actor, cursor: str = "", limit: int = 25) -> PageResult:
    require_admin(actor)
    limit = max(1, min(int(limit), 100))
    q = select(EmailMessage)
    cond = after(
        EmailMessage.created_at, EmailMessage.id, decode_cursor(cursor, datetime), descending=True
    )
    if cond is not None:
        q = q.where(cond)
    rows = session.exec(
        q.order_by(EmailMessage.created_at.desc(), EmailMessage.id.desc()).limit(limit + 1)
    ).all()
    return take_page(
        rows,
        limit,
        lambda e: {
            "id": e.id,
            "to": e.to_email,
            "subject": e.subject,
            "status": STATUS_LABELS.get(e.status, e.status),
            "transport": e.transport or "—",
            "created": e.created_at.strftime("%Y-%m-%d %H:%M:%S"),
        },
        lambda e: e.created_at,
    )


def get_email(*, session: Session, actor: Actor, email_id: int) -> dict:
    require_admin(actor)
    try:
        email_id = int(email_id)
    except (TypeError, ValueError):
        raise NotFound("That email was not found.") from None
    e = session.get(EmailMessage, email_id) if 0 < email_id <= MAX_ROW_ID else None
    if e is None:
        raise NotFound("That email was not found.")
    return {
        "id": e.id,
        "to": f"{e.to_name} <{e.to_email}>" if e.to_name else e.to_email,
        "subject": e.subject,
        "status": STATUS_LABELS.get(e.status, e.status),
        "message_id": e.message_id,
        "template": e.template,
        "created": e.created_at.strftime("%Y-%m-%d %H:%M:%S"),
        "sent": e.sent_at.strftime("%Y-%m-%d %H:%M:%S") if e.sent_at else "",
        "html": e.html_body,
        "text": e.text_body,
        "error": e.error,
    }
