"""Helpers shared by the recruitment service tests: invite, apply, read the recorded emails."""

from __future__ import annotations

import re

from sqlmodel import Session, select

from models.messaging import EmailMessage
from services import recruitment
from services.actors import Actor

INVITE_LINK_RE = re.compile(r"http://localhost:3999/register\?invitation=([A-Za-z0-9_-]+)")
SET_PASSWORD_RE = re.compile(r"/set-password\?token=([A-Za-z0-9_-]+)")


def invite(db: Session, actor: Actor, **fields) -> dict:
    values = {"partner_name": "Acme Widgets", "contact_first_name": "Pat",
              "contact_last_name": "Jones", "contact_email": "pat@acme.example", **fields}
    return recruitment.create_invitation(session=db, actor=actor, **values)


def apply(db: Session, token: str = "", **fields) -> dict:
    values = {"company_name": "Acme Widgets", "email": "pat@acme.example",
              "first_name": "Pat", "last_name": "Jones", **fields}
    return recruitment.submit_application(session=db, token=token, **values)


def onboarding(db: Session, actor: Actor, *, auto: bool = False, domain: bool = False,
               role: str = "partner_admin", days=14, notify: str = "") -> dict:
    return recruitment.update_onboarding_settings(
        session=db, actor=actor, auto_onboarding=auto, domain_matching=domain,
        default_partner_role=role, invitation_expiry_days=days, pending_notify_emails=notify)


def emails(db: Session, template: str | None = None, to: str | None = None) -> list[EmailMessage]:
    """The recorded emails, oldest first."""
    q = select(EmailMessage).order_by(EmailMessage.id)
    if template is not None:
        q = q.where(EmailMessage.template == template)
    if to is not None:
        q = q.where(EmailMessage.to_email == to)
    return list(db.exec(q).all())


def invitation_token(db: Session, to: str) -> str:
    """The token in the newest invitation email to this address."""
    rows = emails(db, "invitation", to)
    assert rows, f"no invitation email to {to}"
    match = INVITE_LINK_RE.search(rows[-1].text_body)
    assert match, rows[-1].text_body
    return match.group(1)


def set_password_token(db: Session, to: str) -> str:
    rows = emails(db, "set_password", to)
    assert rows, f"no set_password email to {to}"
    match = SET_PASSWORD_RE.search(rows[-1].text_body)
    assert match, rows[-1].text_body
    return match.group(1)
