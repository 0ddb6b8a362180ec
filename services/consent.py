"""GDPR consent to Supplier Emails (seed 002): new partner users start opted out; they opt in
at Portal > Settings, or by accepting Terms & Conditions the admin set up that way. Every
opt-in and opt-out is kept with its time, source and the wording the user saw."""

from __future__ import annotations

from sqlalchemy import update
from sqlmodel import Session, select

from models._base import utcnow
from models.accounts import ConsentRecord, User
from services import audit
from services.actors import Actor, require_admin, require_partner
from services.errors import InvalidInput
from services.mail import get_program
from services.validation import clean_text

SUPPLIER_EMAILS_WORDING = ("Newsletters, announcements and event invitations from the supplier. "
                           "Off until you turn it on.")
SUPPLIER_EMAILS_WORDING_VERSION = "supplier-emails-v1"
SOURCE_LABELS = {"portal_settings": "Portal Settings", "terms_acceptance": "Accepted the Terms & Conditions",
                 "unsubscribe": "Unsubscribe link", "admin": "Supplier admin"}


def record_consent(session: Session, *, user_id: int, granted: bool, source: str, wording_version: str) -> None:
    """Add the record to the caller's transaction (committed with the change it describes)."""
    session.add(ConsentRecord(user_id=user_id, granted=bool(granted), source=source[:40],
                              wording_version=wording_version[:60]))


def consent_history(*, session: Session, actor: Actor, limit: int = 20) -> list[dict]:
    require_partner(actor)
    rows = session.exec(select(ConsentRecord).where(ConsentRecord.user_id == actor.user_id)
                        .order_by(ConsentRecord.at.desc(), ConsentRecord.id.desc()).limit(limit)).all()
    return [{"when": r.at.strftime("%Y-%m-%d %H:%M"), "choice": "Opted in" if r.granted else "Opted out",
             "source": SOURCE_LABELS.get(r.source, r.source), "wording": r.wording_version} for r in rows]


# ---------------------------------------------------------------- Terms & Conditions


def get_terms(*, session: Session, actor: Actor) -> dict:
    require_admin(actor)
    p = get_program(session)
    accepted = session.exec(select(User.id).where(User.terms_accepted_version == p.terms_version,
                                                  User.terms_accepted_version > 0)).all()
    return {"text": p.terms_text, "version": p.terms_version, "opt_in_emails": p.terms_opt_in_emails,
            "accepted": len(accepted)}


def update_terms(*, session: Session, actor: Actor, text: str, opt_in_emails: bool) -> dict:
    """Save the Terms & Conditions. Changed text is a new version every partner user accepts
    again at their next visit; empty text means no terms to accept."""
    require_admin(actor)
    errors: dict[str, str] = {}
    text = clean_text(errors, "terms_text", text, max_len=50000, multiline=True)
    if errors:
        raise InvalidInput("Check the terms.", errors)
    p = get_program(session)
    if text != p.terms_text:
        p.terms_version = p.terms_version + 1 if text else 0
        p.terms_text = text
    p.terms_opt_in_emails = bool(opt_in_emails)
    p.updated_at = utcnow()
    session.add(p)
    audit.record(session, actor, "terms.updated", "program_settings", p.id, version=p.terms_version,
                 opt_in_emails=p.terms_opt_in_emails)
    session.commit()
    return get_terms(session=session, actor=actor)


def terms_for_user(*, session: Session, actor: Actor) -> dict:
    require_partner(actor)
    p = get_program(session)
    user = session.get(User, actor.user_id)
    return {"version": p.terms_version, "text": p.terms_text, "opt_in_emails": p.terms_opt_in_emails,
            "needs_acceptance": p.terms_version > 0 and (user.terms_accepted_version or 0) < p.terms_version}


def accept_terms(*, session: Session, actor: Actor, version) -> dict:
    require_partner(actor)
    p = get_program(session)
    try:
        version = int(version)
    except (TypeError, ValueError):
        version = -1
    if p.terms_version == 0 or version != p.terms_version:
        raise InvalidInput("The Terms & Conditions changed while you were reading them. Read them again.")
    now = utcnow()
    session.exec(update(User).where(User.id == actor.user_id).values(
        terms_accepted_version=version, terms_accepted_at=now, updated_at=now))
    audit.record(session, actor, "terms.accepted", "user", actor.user_id, version=version)
    user = session.get(User, actor.user_id)
    if p.terms_opt_in_emails and not user.supplier_emails_opt_in:
        user.supplier_emails_opt_in = True
        session.add(user)
        record_consent(session, user_id=user.id, granted=True, source="terms_acceptance",
                       wording_version=f"terms-v{version}")
    session.commit()
    return terms_for_user(session=session, actor=actor)
