"""Partner recruitment (seeds 000 and 001): invitations, registration, the onboarding rules,
and Pending Partners."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from datetime import datetime, timedelta

from sqlalchemy import func, or_, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from models._base import utcnow
from models.accounts import (
    PARTNER_ROLES,
    USER_KIND_PARTNER,
    USER_KIND_SUPPLIER_ADMIN,
    PartnerAccount,
    ProgramSettings,
    User,
)
from models.messaging import EmailMessage
from models.recruitment import (
    APPLICATION_STATUS_LABELS,
    INVITATION_STATUS_LABELS,
    Invitation,
    PartnerApplication,
)
from prm.settings import get_settings
from services import audit
from services.accounts import EMAIL_RE, create_partner_account, create_user, fmt_dt
from services.actors import Actor, require_admin
from services.auth import normalize_email, send_set_password_link
from services.errors import InvalidInput, InvalidToken, NotFound, RateLimited
from services.mail import get_program, queue_email
from services.paging import MAX_ROW_ID, PageResult, after, decode_cursor, take_page
from services.security import hash_token
from services.validation import clean_text, search_term

# Mailbox providers: sharing one of these says nothing about working for the same partner.
PUBLIC_EMAIL_DOMAINS = frozenset(
    """gmail.com googlemail.com yahoo.com yahoo.co.uk outlook.com hotmail.com live.com msn.com
    icloud.com me.com aol.com proton.me protonmail.com gmx.com gmx.de web.de mail.com yandex.com
    zoho.com fastmail.com""".split()
)
INVITATION_SORTS = {
    "partner_name": Invitation.partner_name,
    "contact_name": Invitation.contact_first_name + " " + Invitation.contact_last_name,
    "contact_email": Invitation.contact_email,
    "status": Invitation.status,
    "created": Invitation.created_at,
}


def _key_part(email: str) -> str:
    """An email address inside an idempotency key: fixed length, since an address (up to 254
    characters) would overflow the 200-character key column."""
    return hashlib.sha256(email.encode()).hexdigest()[:32]


def email_domain(email: str) -> str:
    return email.rsplit("@", 1)[-1].lower() if "@" in email else ""


# ---------------------------------------------------------------- custom fields


def _check_custom_fields(program: ProgramSettings, values: dict | None, errors: dict) -> dict:
    """Keep only the configured custom fields, each cleaned; required ones must be present."""
    values = values or {}
    cleaned = {}
    for spec in program.custom_fields or []:
        key = spec["key"]
        text = clean_text(errors, f"custom:{key}", values.get(key, ""), max_len=500,
                          required=f"Enter {spec['label']}." if spec.get("required") else None)
        if text:
            cleaned[key] = text
    return cleaned


# ---------------------------------------------------------------- invitation tokens


def _token_for(nonce: str) -> str:
    key = get_settings().secret_key.encode()
    digest = hmac.new(key, b"invitation:" + nonce.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def _new_nonce(inv: Invitation, program: ProgramSettings) -> None:
    inv.token_nonce = secrets.token_hex(16)  # 128 random bits
    inv.token_hash = hash_token(_token_for(inv.token_nonce))
    inv.expires_at = utcnow() + timedelta(days=program.invitation_expiry_days)


def invitation_link(inv: Invitation) -> str:
    return f"{get_settings().base_url}/register?invitation={_token_for(inv.token_nonce)}"


def _send_invitation(session: Session, inv: Invitation, program: ProgramSettings) -> None:
    inv.send_count += 1
    inv.last_sent_at = utcnow()
    session.commit()
    queue_email(
        session=session,
        to_email=inv.contact_email,
        to_name=inv.contact_first_name,
        template="invitation",
        # One email per link. Not keyed on the row id: SQLite reuses the id of a deleted
        # invitation, and the replacement's email would be taken for one already queued.
        idempotency_key=f"invitation:{inv.token_hash}",
        url=invitation_link(inv),
        partner_name=inv.partner_name,
        days=program.invitation_expiry_days,
    )


# ---------------------------------------------------------------- admin: invitations


def _invitation_fields(session: Session, program: ProgramSettings, *, partner_name,
                       contact_first_name, contact_last_name, custom_fields) -> tuple[dict, dict]:
    errors: dict[str, str] = {}
    values = {
        "partner_name": clean_text(errors, "partner_name", partner_name, max_len=200,
                                   required="Enter the partner name."),
        "contact_first_name": clean_text(errors, "contact_first_name", contact_first_name,
                                         max_len=100, required="Enter the contact's first name."),
        "contact_last_name": clean_text(errors, "contact_last_name", contact_last_name,
                                        max_len=100, required="Enter the contact's last name."),
    }
    values["custom_fields"] = _check_custom_fields(program, custom_fields, errors)
    return values, errors


def email_conflict(session: Session, email: str) -> str:
    """Why this email cannot be invited or registered now, or '' when it can."""
    if session.exec(select(User.id).where(User.email == email)).first():
        return "A user with this email already exists."
    if session.exec(select(Invitation.id).where(Invitation.contact_email == email,
                                                Invitation.status == "sent")).first():
        return "This email already has an open invitation."
    if session.exec(select(PartnerApplication.id).where(PartnerApplication.email == email,
                                                        PartnerApplication.status == "pending")).first():
        return "This email already has a partner request waiting in Pending Partners."
    return ""


def create_invitation(
    *,
    session: Session,
    actor: Actor,
    partner_name: str,
    contact_first_name: str,
    contact_last_name: str,
    contact_email: str,
    custom_fields: dict | None = None,
    import_run_id: int | None = None,
) -> dict:
    """Invite Partners > Create Invitation: record it and email the Submit Your Application link."""
    require_admin(actor)
    program = get_program(session)
    values, errors = _invitation_fields(
        session, program, partner_name=partner_name, contact_first_name=contact_first_name,
        contact_last_name=contact_last_name, custom_fields=custom_fields)
    email = normalize_email(contact_email)
    if not EMAIL_RE.match(email) or len(email) > 254 or "\x00" in email:
        errors["contact_email"] = "Enter a valid email address."
    elif conflict := email_conflict(session, email):
        errors["contact_email"] = conflict
    if errors:
        raise InvalidInput("Check the highlighted fields.", errors)
    _check_invitation_cap(session)
    inv = Invitation(contact_email=email, created_by_user_id=actor.user_id,
                     import_run_id=import_run_id, token_nonce="", token_hash="",
                     expires_at=utcnow(), **values)
    _new_nonce(inv, program)
    session.add(inv)
    try:
        session.flush()
    except IntegrityError:  # a concurrent invitation for the same email won the race
        session.rollback()
        raise InvalidInput("Check the highlighted fields.",
                           {"contact_email": "This email already has an open invitation."}) from None
    audit.record(session, actor, "invitation_created", "invitation", inv.id, email=email)
    _send_invitation(session, inv, program)
    return _invitation_row(inv)


def _check_invitation_cap(session: Session) -> None:
    """At most INVITATIONS_PER_HOUR invitation emails in any hour (created or resent), so a
    mistake or a stolen admin login cannot spam from the program's address."""
    cap = get_settings().invitations_per_hour
    sent = session.exec(select(func.count()).select_from(EmailMessage).where(
        EmailMessage.template == "invitation", EmailMessage.created_at >= utcnow() - timedelta(hours=1))
    ).one()
    if sent >= cap:
        raise RateLimited(f"{sent} invitations were emailed in the last hour, the most the program "
                          f"sends in an hour ({cap}). Try again later; nothing was sent.")


def _invitation_row(inv: Invitation) -> dict:
    return {
        "id": inv.id,
        "partner_name": inv.partner_name,
        "contact_name": f"{inv.contact_first_name} {inv.contact_last_name}".strip(),
        "contact_email": inv.contact_email,
        "status": INVITATION_STATUS_LABELS.get(inv.status, inv.status),
        "created": fmt_dt(inv.created_at),
    }


def list_invitations(
    *,
    session: Session,
    actor: Actor,
    status: str = "",
    search: str = "",
    sort: str = "created",
    descending: bool = True,
    cursor: str = "",
    limit: int = 25,
) -> PageResult:
    """Partner Explorer > Invited: open and declined invitations (accepted ones leave the list),
    filtered, searched and sorted in SQL, keyset-paged."""
    require_admin(actor)
    limit = max(1, min(int(limit), 100))
    column = INVITATION_SORTS.get(sort, Invitation.created_at)
    q = select(Invitation).where(Invitation.status.in_(("sent", "declined")))
    if status:
        if status not in ("sent", "declined"):
            raise InvalidInput("Unknown status filter.")
        q = q.where(Invitation.status == status)
    term = search_term(search)
    if term:
        like = f"%{term}%"
        q = q.where(or_(
            func.lower(Invitation.partner_name).like(like, escape="\\"),
            Invitation.contact_email.like(like, escape="\\"),
            func.lower(Invitation.contact_first_name + " " + Invitation.contact_last_name).like(like, escape="\\"),
        ))
    kind = datetime if sort == "created" or sort not in INVITATION_SORTS else str
    cond = after(column, Invitation.id, decode_cursor(cursor, kind), descending=descending)
    if cond is not None:
        q = q.where(cond)
    order = (column.desc(), Invitation.id.desc()) if descending else (column.asc(), Invitation.id.asc())
    rows = session.exec(q.order_by(*order).limit(limit + 1)).all()

    def sort_value(inv: Invitation):
        return {
            "partner_name": inv.partner_name,
            "contact_name": f"{inv.contact_first_name} {inv.contact_last_name}",
            "contact_email": inv.contact_email,
            "status": inv.status,
        }.get(sort, inv.created_at)

    return take_page(rows, limit, _invitation_row, sort_value)


def _get_invitation(session: Session, invitation_id) -> Invitation:
    try:
        invitation_id = int(invitation_id)
    except (TypeError, ValueError, OverflowError):
        invitation_id = 0
    # An id outside the column's range names no row (and PostgreSQL would refuse to compare).
    inv = session.get(Invitation, invitation_id) if 0 < invitation_id <= MAX_ROW_ID else None
    if inv is None or inv.status == "accepted":
        raise NotFound("That invitation was not found. It may have been deleted.")
    return inv


def get_invitation(*, session: Session, actor: Actor, invitation_id) -> dict:
    require_admin(actor)
    inv = _get_invitation(session, invitation_id)
    return {
        **_invitation_row(inv),
        "contact_first_name": inv.contact_first_name,
        "contact_last_name": inv.contact_last_name,
        "custom_fields": dict(inv.custom_fields or {}),
        "shareable_link": invitation_link(inv),
        "last_sent": fmt_dt(inv.last_sent_at),
        "updated": fmt_dt(inv.updated_at),
        "expires": fmt_dt(inv.expires_at),
        "expired": inv.expires_at <= utcnow(),
    }


def update_invitation(*, session: Session, actor: Actor, invitation_id, partner_name: str,
                      contact_first_name: str, contact_last_name: str,
                      custom_fields: dict | None = None) -> dict:
    """Names and custom fields can be edited; the Contact Email cannot (delete and invite again)."""
    require_admin(actor)
    inv = _get_invitation(session, invitation_id)
    values, errors = _invitation_fields(
        session, get_program(session), partner_name=partner_name,
        contact_first_name=contact_first_name, contact_last_name=contact_last_name,
        custom_fields=custom_fields)
    if errors:
        raise InvalidInput("Check the highlighted fields.", errors)
    for key, value in values.items():
        setattr(inv, key, value)
    inv.updated_at = utcnow()
    audit.record(session, actor, "invitation_updated", "invitation", inv.id)
    session.commit()
    return get_invitation(session=session, actor=actor, invitation_id=inv.id)


def resend_invitation(*, session: Session, actor: Actor, invitation_id) -> dict:
    """Send the invitation again with a new link; the previous link stops working, so exactly
    one link works. A declined invitation becomes Sent again."""
    require_admin(actor)
    inv = _get_invitation(session, invitation_id)
    program = get_program(session)
    if inv.status == "declined" and (conflict := email_conflict(session, inv.contact_email)):
        raise InvalidInput(conflict)
    _check_invitation_cap(session)
    inv.status = "sent"
    _new_nonce(inv, program)
    inv.updated_at = utcnow()
    audit.record(session, actor, "invitation_resent", "invitation", inv.id)
    try:
        _send_invitation(session, inv, program)
    except IntegrityError:
        session.rollback()
        raise InvalidInput("This email already has an open invitation.") from None
    return get_invitation(session=session, actor=actor, invitation_id=inv.id)


def delete_invitation(*, session: Session, actor: Actor, invitation_id) -> None:
    require_admin(actor)
    inv = _get_invitation(session, invitation_id)
    audit.record(session, actor, "invitation_deleted", "invitation", inv.id,
                 email=inv.contact_email, partner_name=inv.partner_name)
    session.delete(inv)
    session.commit()


# ---------------------------------------------------------------- the applicant's side


def _open_invitation(session: Session, token: str) -> Invitation:
    if not token or len(token) > 200:
        raise InvalidToken("This invitation link is invalid.")
    inv = session.exec(select(Invitation).where(Invitation.token_hash == hash_token(token))
                       .execution_options(populate_existing=True)).first()  # never a stale copy
    if inv is None:
        raise InvalidToken("This invitation link is invalid. It may have been replaced by a "
                           "newer invitation or deleted.")
    if inv.status == "accepted":
        raise InvalidToken("This invitation has already been used to apply.")
    if inv.status == "declined":
        raise InvalidToken("This invitation was declined.")
    if inv.expires_at <= utcnow():
        raise InvalidToken("This invitation has expired.")
    return inv


def registration_form(*, session: Session, token: str = "") -> dict:
    """What the registration page shows: the program, the custom fields, and with an
    invitation token the invitation's details to prefill (nothing happens on opening it)."""
    program = get_program(session)
    form = {
        "program_name": program.program_name,
        "supplier_name": program.supplier_name,
        "custom_fields": [dict(f) for f in program.custom_fields or []],
        "company_name": "", "email": "", "first_name": "", "last_name": "", "values": {},
    }
    if token:
        inv = _open_invitation(session, token)
        form.update(company_name=inv.partner_name, email=inv.contact_email,
                    first_name=inv.contact_first_name, last_name=inv.contact_last_name,
                    values=dict(inv.custom_fields or {}))
    return form


def decline_invitation(*, session: Session, token: str) -> None:
    inv = _open_invitation(session, token)
    claimed = session.exec(update(Invitation).where(Invitation.id == inv.id, Invitation.status == "sent")
                           .values(status="declined", updated_at=utcnow()))
    if claimed.rowcount != 1:
        session.rollback()
        raise InvalidToken("This invitation was already answered.")
    audit.record(session, None, "invitation_declined", "invitation", inv.id, email=inv.contact_email)
    session.commit()


def _unique_tenant_name(session: Session, company_name: str) -> str:
    # Trim to length before stripping hyphens: a tenant name may not end with one.
    base = re.sub(r"[^a-z0-9]+", "-", company_name.lower())[:50].strip("-") or "partner"
    candidate, n = base, 1
    while session.exec(select(PartnerAccount.id).where(PartnerAccount.tenant_name == candidate)).first():
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def _activate(session: Session, app: PartnerApplication, actor: Actor | None,
              existing_account_id: int | None = None) -> tuple[PartnerAccount, User]:
    """Create the partner account (or join an existing one) and its user, and email the
    set-password link. The application row must already be claimed by the caller; if the
    account or user cannot be made, the request goes back to Pending rather than vanish."""
    try:
        return _create_account_and_user(session, app, actor, existing_account_id)
    except Exception as exc:
        session.rollback()
        session.exec(update(PartnerApplication).where(PartnerApplication.id == app.id)
                     .values(status="pending", decided_at=None, decided_by_user_id=None,
                             decision_reason="", updated_at=utcnow()))
        session.commit()
        if isinstance(exc, InvalidInput):
            raise InvalidInput("The partner could not be activated: "
                               + "; ".join(exc.fields.values() or [str(exc)])) from exc
        raise


def _create_account_and_user(session: Session, app: PartnerApplication, actor: Actor | None,
                             existing_account_id: int | None) -> tuple[PartnerAccount, User]:
    program = get_program(session)
    if existing_account_id is not None:
        account = session.get(PartnerAccount, existing_account_id)
        role = "partner_user"
    else:
        domain = email_domain(app.email)
        account = create_partner_account(
            session=session, actor=None, name=app.company_name,
            tenant_name=_unique_tenant_name(session, app.company_name), status="active",
            email_domain=None if domain in PUBLIC_EMAIL_DOMAINS else domain,
        )
        role = program.default_partner_role if program.default_partner_role in PARTNER_ROLES else "partner_admin"
    try:
        user = create_user(
            session=session, actor=None, email=app.email, first_name=app.first_name,
            last_name=app.last_name, kind=USER_KIND_PARTNER, partner_account_id=account.id,
            partner_role=role,
        )
    except Exception:
        if existing_account_id is None:  # no account without its first user
            session.rollback()
            session.delete(session.get(PartnerAccount, account.id))
            session.commit()
        raise
    app.partner_account_id, app.user_id = account.id, user.id
    app.updated_at = utcnow()
    audit.record(session, actor, "partner_activated", "partner_application", app.id,
                 partner_account_id=account.id, user_id=user.id)
    session.commit()
    send_set_password_link(session=session, user_id=user.id, reason=f"application-{app.id}")
    return account, user


def supplier_notify_emails(session: Session) -> list[str]:
    """Who the supplier side tells of what partners do (a pending partner, a request for an
    invitation, a lead registration): the program's notify list when it has one, else every
    active supplier admin."""
    return list(get_program(session).pending_notify_emails or []) or [
        u.email for u in session.exec(select(User).where(
            User.kind == USER_KIND_SUPPLIER_ADMIN, User.is_active.is_(True)).order_by(User.id)).all()]


def _notify_pending(session: Session, app: PartnerApplication, note: str = "") -> None:
    for email in supplier_notify_emails(session):
        queue_email(session=session, to_email=email, template="pending_partner_notice",
                    idempotency_key=f"pending_notice:{app.id}:{_key_part(email)}",
                    company_name=app.company_name, email=app.email, note=note,
                    url=f"{get_settings().base_url}/admin/pending-partners")


def _matching_account(session: Session, program: ProgramSettings, email: str) -> PartnerAccount | None:
    """Domain Matching: the partner account whose email domain this email has, if any."""
    domain = email_domain(email)
    if not program.domain_matching or domain in PUBLIC_EMAIL_DOMAINS:
        return None
    matched = session.exec(select(PartnerAccount).where(PartnerAccount.email_domain == domain)
                           .order_by(PartnerAccount.id)).first()
    if matched is None:  # an account created without a domain: its users' emails tell
        matched = session.exec(
            select(PartnerAccount)
            .join(User, User.partner_account_id == PartnerAccount.id)
            .where(func.lower(User.email).endswith("@" + domain, autoescape=True))
            .order_by(PartnerAccount.id)
        ).first()
    return matched


def _activates(program: ProgramSettings, matched: PartnerAccount | None) -> bool:
    if program.auto_onboarding:
        return True
    return matched is None if program.domain_matching else False


def _outcome(activated: bool, email: str) -> dict:
    if activated:
        return {"outcome": "activated", "status": "Partner Activated", "email": email}
    return {"outcome": "pending", "status": "Pending", "email": email}


def _answer_known_email(session: Session, program: ProgramSettings, email: str, first_name: str,
                        reason: str) -> dict:
    hour = utcnow().strftime("%Y%m%d%H")
    queue_email(session=session, to_email=email, to_name=first_name, template="application_duplicate",
                idempotency_key=f"application_duplicate:{_key_part(email)}:{hour}", reason=reason)
    return _outcome(_activates(program, _matching_account(session, program, email)), email)


def submit_application(
    *,
    session: Session,
    token: str = "",
    company_name: str,
    email: str,
    first_name: str,
    last_name: str,
    custom_fields: dict | None = None,
) -> dict:
    """Submit Your Application (from an invitation, or self-registration without a token).
    The onboarding rules decide: activated at once, or Pending for the supplier's review."""
    program = get_program(session)
    inv = _open_invitation(session, token) if token else None
    errors: dict[str, str] = {}
    company_name = clean_text(errors, "company_name", company_name, max_len=200,
                              required="Enter your company name.")
    first_name = clean_text(errors, "first_name", first_name, max_len=100,
                            required="Enter your first name.")
    last_name = clean_text(errors, "last_name", last_name, max_len=100,
                           required="Enter your last name.")
    values = _check_custom_fields(program, custom_fields, errors)
    # An invitation is addressed to one email: it cannot be used to register another.
    email = inv.contact_email if inv is not None else normalize_email(email)
    known = ""  # why this email cannot apply again (told only to its inbox, see below)
    if not EMAIL_RE.match(email) or len(email) > 254 or "\x00" in email:
        errors["email"] = "Enter a valid email address."
    elif session.exec(select(User.id).where(User.email == email)).first():
        known = "user"
    elif session.exec(select(PartnerApplication.id).where(
            PartnerApplication.email == email, PartnerApplication.status == "pending")).first():
        known = "pending"
    elif inv is None and session.exec(select(Invitation.id).where(
            Invitation.contact_email == email, Invitation.status == "sent")).first():
        known = "invitation"
    if known and inv is not None:
        # The holder of the invitation knows its email already: tell them plainly.
        errors["email"] = {
            "user": "An account with this email already exists. Log in, or reset your password.",
            "pending": "An application for this email is already waiting for review.",
        }[known]
    if errors:
        raise InvalidInput("Check the highlighted fields.", errors)
    if known:
        # Self-registration answers a known email exactly as a new one, so the form cannot be
        # used to find out who has an account; the inbox's owner is told what happened.
        return _answer_known_email(session, program, email, first_name, known)

    matched = _matching_account(session, program, email)
    activate = _activates(program, matched)

    app = PartnerApplication(
        company_name=company_name, email=email, first_name=first_name, last_name=last_name,
        custom_fields=values, source="invitation" if inv else "self_registration",
        invitation_id=inv.id if inv else None,
        status="approved" if activate else "pending",
        matched_partner_account_id=matched.id if matched and not activate else None,
        decided_at=utcnow() if activate else None,
        decision_reason="Partner Auto Onboarding" if program.auto_onboarding
        else ("Domain Matching: no existing partner has this email domain" if activate else ""),
    )
    session.add(app)
    try:
        session.flush()
    except IntegrityError:  # a concurrent submit for the same email won the race
        session.rollback()
        if inv is None:
            return _answer_known_email(session, program, email, first_name, "pending")
        raise InvalidInput("Check the highlighted fields.", {
            "email": "An application for this email is already waiting for review."}) from None
    if inv is not None:
        # Use the invitation exactly once, even when two tabs submit at the same time.
        claimed = session.exec(update(Invitation).where(Invitation.id == inv.id, Invitation.status == "sent")
                               .values(status="accepted", updated_at=utcnow()))
        if claimed.rowcount != 1:
            session.rollback()
            raise InvalidToken("This invitation was already answered.")
    audit.record(session, None, "partner_applied", "partner_application", app.id,
                 email=email, source=app.source, outcome=app.status)
    session.commit()
    if activate:
        try:
            _activate(session, app, None)
            return _outcome(True, email)
        except InvalidInput:
            pass  # back in Pending Partners: the supplier sorts it out, the applicant waits

    queue_email(session=session, to_email=email, to_name=first_name,
                template="application_received", idempotency_key=f"application_received:{app.id}",
                company_name=company_name)
    note = (f"Its email domain matches the existing partner {matched.name}: add it as a new "
            "account or as a user of that account.") if matched else ""
    _notify_pending(session, app, note)
    return _outcome(False, email)


def request_new_invitation(*, session: Session, email: str, message: str = "") -> None:
    """From the invalid-link page: ask the supplier for a new invitation."""
    errors: dict[str, str] = {}
    email = normalize_email(email)
    if not EMAIL_RE.match(email) or len(email) > 254 or "\x00" in email:
        errors["email"] = "Enter a valid email address."
    message = clean_text(errors, "message", message, max_len=1000, multiline=True)
    if errors:
        raise InvalidInput("Check the highlighted fields.", errors)
    recipients = supplier_notify_emails(session)
    hour = utcnow().strftime("%Y%m%d%H")
    for to in recipients:
        # One request an hour per address and recipient: the form is no way to flood an inbox.
        queue_email(session=session, to_email=to, template="invitation_request",
                    idempotency_key=f"invitation_request:{_key_part(email)}:{_key_part(to)}:{hour}",
                    email=email,
                    message=message, url=f"{get_settings().base_url}/admin/invitations")


# ---------------------------------------------------------------- admin: Pending Partners


def _application_row(app: PartnerApplication, matched_name: str = "") -> dict:
    return {
        "id": app.id,
        "company_name": app.company_name,
        "contact_name": f"{app.first_name} {app.last_name}".strip(),
        "email": app.email,
        "source": "Invitation" if app.source == "invitation" else "Self-registration",
        "status": APPLICATION_STATUS_LABELS.get(app.status, app.status),
        "domain_match": matched_name,
        "created": fmt_dt(app.created_at),
    }


def list_pending_applications(*, session: Session, actor: Actor, cursor: str = "",
                              limit: int = 25) -> PageResult:
    require_admin(actor)
    limit = max(1, min(int(limit), 100))
    q = select(PartnerApplication).where(PartnerApplication.status == "pending")
    cond = after(PartnerApplication.created_at, PartnerApplication.id,
                 decode_cursor(cursor, datetime), descending=False)
    if cond is not None:
        q = q.where(cond)
    rows = session.exec(q.order_by(PartnerApplication.created_at, PartnerApplication.id)
                        .limit(limit + 1)).all()
    ids = {r.matched_partner_account_id for r in rows if r.matched_partner_account_id}
    names = dict(session.exec(select(PartnerAccount.id, PartnerAccount.name)
                              .where(PartnerAccount.id.in_(ids))).all()) if ids else {}
    return take_page(rows, limit,
                     lambda a: _application_row(a, names.get(a.matched_partner_account_id, "")),
                     lambda a: a.created_at)


def count_pending_applications(*, session: Session, actor: Actor) -> int:
    require_admin(actor)
    return int(session.exec(select(func.count()).select_from(PartnerApplication)
                            .where(PartnerApplication.status == "pending")).one())


def _get_application(session: Session, application_id) -> PartnerApplication:
    try:
        application_id = int(application_id)
    except (TypeError, ValueError, OverflowError):
        application_id = 0
    app = session.get(PartnerApplication, application_id) if 0 < application_id <= MAX_ROW_ID else None
    if app is None:
        raise NotFound("That partner request was not found.")
    return app


def get_application(*, session: Session, actor: Actor, application_id) -> dict:
    require_admin(actor)
    app = _get_application(session, application_id)
    matched = session.get(PartnerAccount, app.matched_partner_account_id) if app.matched_partner_account_id else None
    program = get_program(session)
    labels = {f["key"]: f["label"] for f in program.custom_fields or []}
    return {
        **_application_row(app, matched.name if matched else ""),
        "first_name": app.first_name,
        "last_name": app.last_name,
        "matched_account_id": matched.id if matched else None,
        "custom_fields": [{"label": labels.get(k, k), "value": v} for k, v in (app.custom_fields or {}).items()],
        "decision_reason": app.decision_reason,
        "decided": fmt_dt(app.decided_at),
    }


def update_application(*, session: Session, actor: Actor, application_id, company_name: str,
                       first_name: str, last_name: str) -> dict:
    require_admin(actor)
    app = _get_application(session, application_id)
    if app.status != "pending":
        raise InvalidInput("Only a pending request can be edited.")
    errors: dict[str, str] = {}
    app.company_name = clean_text(errors, "company_name", company_name, max_len=200,
                                  required="Enter the company name.")
    app.first_name = clean_text(errors, "first_name", first_name, max_len=100,
                                required="Enter the first name.")
    app.last_name = clean_text(errors, "last_name", last_name, max_len=100,
                               required="Enter the last name.")
    if errors:
        session.rollback()
        raise InvalidInput("Check the highlighted fields.", errors)
    app.updated_at = utcnow()
    audit.record(session, actor, "partner_request_edited", "partner_application", app.id)
    session.commit()
    return get_application(session=session, actor=actor, application_id=app.id)


def _claim(session: Session, app_id: int, actor: Actor, status: str, reason: str = "") -> PartnerApplication:
    """Decide a pending request exactly once, even when two admins click at the same time."""
    claimed = session.exec(
        update(PartnerApplication)
        .where(PartnerApplication.id == app_id, PartnerApplication.status == "pending")
        .values(status=status, decided_by_user_id=actor.user_id, decided_at=utcnow(),
                decision_reason=reason, updated_at=utcnow())
    )
    if claimed.rowcount != 1:
        session.rollback()
        raise InvalidInput("This request was already approved or rejected.")
    session.commit()
    return session.get(PartnerApplication, app_id)


def approve_application(*, session: Session, actor: Actor, application_id,
                        add_to_existing: bool = False) -> dict:
    """Approve: a new partner account, or (Domain Matching) a new user of the matched account.
    The partner gets an email with a link to set their password."""
    require_admin(actor)
    app = _get_application(session, application_id)
    existing = None
    if add_to_existing:
        if not app.matched_partner_account_id:
            raise InvalidInput("This request matches no existing partner account.")
        existing = app.matched_partner_account_id
    if app.status == "pending" and session.exec(select(User.id).where(User.email == app.email)).first():
        raise InvalidInput("A user with this email already exists: reject this request instead.")
    app = _claim(session, app.id, actor, "approved")
    account, _user = _activate(session, app, actor, existing)
    return {"partner_account_id": account.id, "partner_name": account.name}


def reject_application(*, session: Session, actor: Actor, application_id, reason: str) -> None:
    """Reject with a reason, which is emailed to the applicant."""
    require_admin(actor)
    errors: dict[str, str] = {}
    reason = clean_text(errors, "reason", reason, max_len=1000, required="Give the applicant a reason.",
                        multiline=True)
    if errors:
        raise InvalidInput("Give the applicant a reason.", errors)
    app = _claim(session, _get_application(session, application_id).id, actor, "rejected", reason)
    audit.record(session, actor, "partner_request_rejected", "partner_application", app.id, reason=reason)
    session.commit()
    queue_email(session=session, to_email=app.email, to_name=app.first_name,
                template="application_rejected", idempotency_key=f"application_rejected:{app.id}",
                company_name=app.company_name, reason=reason)


# ---------------------------------------------------------------- onboarding settings


def get_onboarding_settings(*, session: Session, actor: Actor) -> dict:
    require_admin(actor)
    p = get_program(session)
    return {
        "auto_onboarding": p.auto_onboarding,
        "domain_matching": p.domain_matching,
        "default_partner_role": p.default_partner_role,
        "invitation_expiry_days": p.invitation_expiry_days,
        "pending_notify_emails": ", ".join(p.pending_notify_emails or []),
        "custom_fields": [dict(f) for f in p.custom_fields or []],
    }


def update_onboarding_settings(
    *,
    session: Session,
    actor: Actor,
    auto_onboarding: bool,
    domain_matching: bool,
    default_partner_role: str,
    invitation_expiry_days,
    pending_notify_emails: str,
) -> dict:
    require_admin(actor)
    errors: dict[str, str] = {}
    if default_partner_role not in PARTNER_ROLES:
        errors["default_partner_role"] = "Choose Partner Admin or Partner User."
    try:
        days = int(str(invitation_expiry_days).strip())
        if not 1 <= days <= 365:
            raise ValueError
    except (TypeError, ValueError):
        errors["invitation_expiry_days"] = "Enter a number of days from 1 to 365."
        days = 14
    emails = [normalize_email(e) for e in re.split(r"[,;\s]+", pending_notify_emails or "") if e.strip()]
    bad = [e for e in emails if not EMAIL_RE.match(e) or len(e) > 254]
    if bad:
        errors["pending_notify_emails"] = f"Not an email address: {bad[0][:60]}"
    if len(emails) > 20:
        errors["pending_notify_emails"] = "At most 20 addresses."
    if errors:
        raise InvalidInput("Check the highlighted fields.", errors)
    p = get_program(session)
    before = {"auto_onboarding": p.auto_onboarding, "domain_matching": p.domain_matching}
    p.auto_onboarding, p.domain_matching = bool(auto_onboarding), bool(domain_matching)
    p.default_partner_role, p.invitation_expiry_days = default_partner_role, days
    p.pending_notify_emails = list(dict.fromkeys(emails))
    p.updated_at = utcnow()
    audit.record(session, actor, "onboarding_settings_updated", "program_settings", 1, before=before)
    session.commit()
    return get_onboarding_settings(session=session, actor=actor)


def set_custom_fields(*, session: Session, actor: Actor, fields: list[dict]) -> list[dict]:
    """The custom fields the invitation and registration forms ask for, in order."""
    require_admin(actor)
    errors: dict[str, str] = {}
    cleaned, keys = [], set()
    for i, f in enumerate(fields or []):
        label = clean_text(errors, f"custom_fields.{i}", f.get("label", ""), max_len=80,
                           required="Give the field a label.")
        key = re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")[:40] or f"field_{i}"
        if key in keys:
            errors[f"custom_fields.{i}"] = "Two fields have the same label."
        keys.add(key)
        cleaned.append({"key": key, "label": label, "required": bool(f.get("required"))})
    if len(cleaned) > 20:
        errors["custom_fields"] = "At most 20 custom fields."
    if errors:
        raise InvalidInput("Check the custom fields.", errors)
    p = get_program(session)
    p.custom_fields = cleaned
    p.updated_at = utcnow()
    audit.record(session, actor, "custom_fields_updated", "program_settings", 1,
                 fields=[c["label"] for c in cleaned])
    session.commit()
    return cleaned
