"""Program settings, partner accounts, partner users, profiles and the admin dashboard."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from sqlalchemy import func
from sqlmodel import Session, select

from models._base import utcnow
from models.accounts import (
    ACCOUNT_STATUS_LABELS,
    ACCOUNT_STATUSES,
    PARTNER_ROLE_LABELS,
    PARTNER_ROLES,
    USER_KIND_PARTNER,
    USER_KIND_SUPPLIER_ADMIN,
    PartnerAccount,
    ProgramSettings,
    User,
)
from models.leads import Lead
from models.messaging import EmailMessage, Message
from models.recruitment import Invitation, PartnerApplication
from services import audit
from services.actors import Actor, require_admin, require_partner
from services.auth import normalize_email
from services.consent import SUPPLIER_EMAILS_WORDING_VERSION, record_consent
from services.errors import InvalidInput, NotFound, PermissionDenied
from services.lead_statuses import open_status_names, status_names, won_status_names
from services.mail import get_program
from services.paging import PageResult, after, decode_cursor, take_page
from services.security import hash_password, validate_new_password
from services.validation import clean_text, search_term

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
TENANT_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")


def fmt_dt(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


# ---------------------------------------------------------------- program settings


def get_program_settings(*, session: Session, actor: Actor) -> dict:
    require_admin(actor)
    p = get_program(session)
    return {
        "program_name": p.program_name,
        "supplier_name": p.supplier_name,
        "support_email": p.support_email,
        "updated_at": fmt_dt(p.updated_at),
    }


def update_program_settings(
    *, session: Session, actor: Actor, program_name: str, supplier_name: str, support_email: str
) -> dict:
    require_admin(actor)
    errors: dict[str, str] = {}
    program_name = clean_text(errors, "program_name", program_name, max_len=120,
                              required="Enter the program name.")
    supplier_name = clean_text(errors, "supplier_name", supplier_name, max_len=120,
                               required="Enter your company name.")
    support_email = normalize_email(support_email)
    if not EMAIL_RE.match(support_email) or len(support_email) > 254 or "\x00" in support_email:
        errors["support_email"] = "Enter a valid email address."
    if errors:
        raise InvalidInput("Check the highlighted fields.", errors)
    p: ProgramSettings = get_program(session)
    before = {"program_name": p.program_name, "supplier_name": p.supplier_name,
              "support_email": p.support_email}
    p.program_name, p.supplier_name, p.support_email = program_name, supplier_name, support_email
    p.updated_at = utcnow()
    audit.record(session, actor, "program_settings_updated", "program_settings", 1, before=before)
    session.commit()
    return get_program_settings(session=session, actor=actor)


def program_name(*, session: Session) -> str:
    """Public: shown on login pages."""
    return get_program(session).program_name


# ---------------------------------------------------------------- partner accounts and users


def create_partner_account(
    *,
    session: Session,
    actor: Actor | None,
    name: str,
    tenant_name: str,
    status: str = "active",
    tier: str | None = None,
    geography: str | None = None,
    specializations: list[str] | None = None,
    email_domain: str | None = None,
) -> PartnerAccount:
    """actor=None is the program itself (start-up, demo data, later: auto-onboarding)."""
    if actor is not None:
        require_admin(actor)
    errors: dict[str, str] = {}
    name = clean_text(errors, "name", name, max_len=200, required="Enter the partner name.")
    tier = clean_text(errors, "tier", tier, max_len=40) or None
    geography = clean_text(errors, "geography", geography, max_len=80) or None
    email_domain = clean_text(errors, "email_domain", email_domain, max_len=253).lower() or None
    specializations = [clean_text(errors, "specializations", s, max_len=80)
                       for s in (specializations or [])]
    tenant_name = (tenant_name or "").strip().lower()
    if not TENANT_RE.match(tenant_name):
        errors["tenant_name"] = "Use lower-case letters, digits and hyphens (up to 63)."
    elif session.exec(select(PartnerAccount.id).where(PartnerAccount.tenant_name == tenant_name)).first():
        errors["tenant_name"] = "This tenant name is taken."
    if status not in ACCOUNT_STATUSES:
        errors["status"] = "Unknown status."
    if errors:
        raise InvalidInput("Check the highlighted fields.", errors)
    account = PartnerAccount(
        name=name,
        tenant_name=tenant_name,
        status=status,
        tier=tier,
        geography=geography,
        specializations=specializations or [],
        email_domain=email_domain,
    )
    session.add(account)
    session.flush()
    audit.record(session, actor, "partner_account_created", "partner_account", account.id, name=name)
    session.commit()
    return account


def create_user(
    *,
    session: Session,
    actor: Actor | None,
    email: str,
    first_name: str,
    last_name: str,
    kind: str,
    partner_account_id: int | None = None,
    partner_role: str | None = None,
    password: str | None = None,
    is_sales_rep: bool = False,
    is_lead_owner: bool = False,
) -> User:
    if actor is not None:
        require_admin(actor)
    email = normalize_email(email)
    errors: dict[str, str] = {}
    if not EMAIL_RE.match(email) or len(email) > 254 or "\x00" in email:
        errors["email"] = "Enter a valid email address."
    elif session.exec(select(User.id).where(User.email == email)).first():
        errors["email"] = "A user with this email already exists."
    first_name = clean_text(errors, "first_name", first_name, max_len=100)
    last_name = clean_text(errors, "last_name", last_name, max_len=100)
    if kind == USER_KIND_PARTNER:
        if partner_role not in PARTNER_ROLES:
            errors["partner_role"] = "Choose Partner Admin or Partner User."
        if partner_account_id is None or session.get(PartnerAccount, partner_account_id) is None:
            errors["partner_account_id"] = "Choose the partner account."
    elif kind == USER_KIND_SUPPLIER_ADMIN:
        partner_account_id, partner_role = None, None
    else:
        errors["kind"] = "Unknown user kind."
    if password is not None:
        try:
            validate_new_password(password, email=email)
        except InvalidInput as exc:
            errors.update(exc.fields)
    if errors:
        raise InvalidInput("Check the highlighted fields.", errors)
    user = User(
        email=email,
        first_name=first_name,
        last_name=last_name,
        kind=kind,
        partner_account_id=partner_account_id,
        partner_role=partner_role,
        password_hash=hash_password(password) if password else None,
        is_sales_rep=is_sales_rep,
        is_lead_owner=is_lead_owner,
        supplier_emails_opt_in=False,  # GDPR: opted out until the user opts in
    )
    session.add(user)
    session.flush()
    audit.record(session, actor, "user_created", "user", user.id, email=email, kind=kind)
    session.commit()
    return user


def _account_row(a: PartnerAccount, users: int = 0) -> dict:
    return {
        "id": a.id,
        "name": a.name,
        "tenant_name": a.tenant_name,
        "status": ACCOUNT_STATUS_LABELS.get(a.status, a.status),
        "tier": a.tier or "—",
        "geography": a.geography or "—",
        "specializations": ", ".join(a.specializations or []) or "—",
        "users": users,
        "created": fmt_dt(a.created_at),
    }


def list_partner_accounts(
    *,
    session: Session,
    actor: Actor,
    status: str = "",
    search: str = "",
    cursor: str = "",
    limit: int = 25,
) -> PageResult:
    """Partner Explorer > Partner Accounts, ordered by name, keyset-paged."""
    require_admin(actor)
    limit = max(1, min(int(limit), 100))
    q = select(PartnerAccount)
    if status:
        if status not in ACCOUNT_STATUSES:
            raise InvalidInput("Unknown status filter.")
        q = q.where(PartnerAccount.status == status)
    term = search_term(search)
    if term:
        term = f"%{term}%"
        q = q.where(
            func.lower(PartnerAccount.name).like(term, escape="\\")
            | PartnerAccount.tenant_name.like(term, escape="\\")
        )
    cond = after(PartnerAccount.name, PartnerAccount.id, decode_cursor(cursor, str), descending=False)
    if cond is not None:
        q = q.where(cond)
    rows = session.exec(q.order_by(PartnerAccount.name, PartnerAccount.id).limit(limit + 1)).all()
    ids = [r.id for r in rows[:limit]]
    counts = dict(
        session.exec(
            select(User.partner_account_id, func.count())
            .where(User.partner_account_id.in_(ids))
            .group_by(User.partner_account_id)
        ).all()
    ) if ids else {}
    return take_page(rows, limit, lambda a: _account_row(a, counts.get(a.id, 0)), lambda a: a.name)


# ---------------------------------------------------------------- dashboard


def dashboard_figures(*, session: Session, actor: Actor) -> dict:
    require_admin(actor)

    def count(q) -> int:
        return int(session.exec(q).one())

    by_status = dict(
        session.exec(select(PartnerAccount.status, func.count()).group_by(PartnerAccount.status)).all()
    )
    week_ago = utcnow() - timedelta(days=7)
    lead_status = dict(session.exec(select(Lead.status, func.count()).group_by(Lead.status)).all())
    open_statuses = open_status_names(session)  # Leads > Lead Settings > Lead Statuses
    return {
        "active_partners": by_status.get("active", 0),
        "pending_partners": count(
            select(func.count()).select_from(PartnerApplication).where(PartnerApplication.status == "pending")
        ),
        "open_invitations": count(
            select(func.count()).select_from(Invitation).where(Invitation.status == "sent")
        ),
        "test_partners": by_status.get("test", 0),
        "inactive_partners": by_status.get("inactive", 0),
        "partner_users": count(select(func.count()).select_from(User).where(User.kind == USER_KIND_PARTNER)),
        "opted_in_users": count(
            select(func.count()).select_from(User).where(
                User.kind == USER_KIND_PARTNER, User.supplier_emails_opt_in.is_(True)
            )
        ),
        "open_leads": sum(lead_status.get(s, 0) for s in open_statuses),
        "new_leads": lead_status.get("New", 0),
        "unassigned_leads": count(
            select(func.count()).select_from(Lead).where(Lead.partner_account_id.is_(None))
        ),
        "leads_by_status": [
            {"status": s, "count": lead_status.get(s, 0)} for s in status_names(session)
        ],
        "messages": count(select(func.count()).select_from(Message)),
        "emails_last_7_days": count(
            select(func.count()).select_from(EmailMessage).where(EmailMessage.created_at >= week_ago)
        ),
        "recent_accounts": [
            _account_row(a)
            for a in session.exec(
                select(PartnerAccount).order_by(PartnerAccount.created_at.desc(), PartnerAccount.id.desc()).limit(5)
            ).all()
        ],
    }


# ---------------------------------------------------------------- partner self-service


def partner_home(*, session: Session, actor: Actor) -> dict:
    require_partner(actor)
    account = session.get(PartnerAccount, actor.partner_account_id)
    # The leads the lists show this user (the "Partner Users see" setting included).
    from services.leads import _visible_leads  # services.leads imports this module

    visible = _visible_leads(actor).subquery()
    lead_status = dict(session.exec(select(visible.c.status, func.count()).group_by(visible.c.status)).all())
    open_statuses, won_statuses = open_status_names(session), won_status_names(session)
    users = session.exec(
        select(User).where(User.partner_account_id == actor.partner_account_id).order_by(User.first_name, User.id)
    ).all()
    program = get_program(session)
    return {
        "program_name": program.program_name,
        "supplier_name": program.supplier_name,
        "support_email": program.support_email,
        "account_name": account.name,
        "account_status": ACCOUNT_STATUS_LABELS.get(account.status, account.status),
        "tier": account.tier or "—",
        "geography": account.geography or "—",
        "new_leads": lead_status.get("New", 0),
        "open_leads": sum(lead_status.get(s, 0) for s in open_statuses),
        "won_leads": sum(lead_status.get(s, 0) for s in won_statuses),
        "team": [
            {"name": u.full_name, "email": u.email,
             "role": PARTNER_ROLE_LABELS.get(u.partner_role or "", "")}
            for u in users
        ],
    }


def get_my_profile(*, session: Session, actor: Actor) -> dict:
    if actor is None:
        raise PermissionDenied()
    user = session.get(User, actor.user_id)
    if user is None:
        raise NotFound()
    return {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "supplier_emails_opt_in": user.supplier_emails_opt_in,
        "role": PARTNER_ROLE_LABELS.get(user.partner_role or "", "Supplier Admin"),
        "account_name": actor.partner_account_name,
    }


def update_my_profile(*, session: Session, actor: Actor, first_name: str, last_name: str) -> dict:
    if actor is None:
        raise PermissionDenied()
    errors: dict[str, str] = {}
    first_name = clean_text(errors, "first_name", first_name, max_len=100,
                            required="Enter your first name.")
    last_name = clean_text(errors, "last_name", last_name, max_len=100)
    if errors:
        raise InvalidInput("Check the highlighted fields.", errors)
    user = session.get(User, actor.user_id)
    user.first_name, user.last_name, user.updated_at = first_name, last_name, utcnow()
    audit.record(session, actor, "profile_updated", "user", user.id)
    session.commit()
    return get_my_profile(session=session, actor=actor)


def set_supplier_emails(*, session: Session, actor: Actor, opt_in: bool, source: str = "portal_settings") -> bool:
    """GDPR: the user's own choice to receive Supplier Emails, recorded with its source."""
    require_partner(actor)
    user = session.get(User, actor.user_id)
    if user.supplier_emails_opt_in != bool(opt_in):
        user.supplier_emails_opt_in = bool(opt_in)
        user.updated_at = utcnow()
        audit.record(
            session, actor, "supplier_emails_opt_in" if opt_in else "supplier_emails_opt_out",
            "user", user.id, source=source,
        )
        record_consent(session, user_id=user.id, granted=bool(opt_in), source=source,
                       wording_version=SUPPLIER_EMAILS_WORDING_VERSION)
        session.commit()
    return user.supplier_emails_opt_in
