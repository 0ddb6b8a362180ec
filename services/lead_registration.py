"""Registered Leads (seed 004, deal registration): a partner user registers a lead they found;
it is theirs at once but waits for the supplier's approval. A registration that looks like a
lead already in the program (same company email domain, or the same company name) is saved
all the same, flagged "Possible conflict" for the supplier; the partner only hears that the
supplier will check for duplicates, never whose lead it resembles.

Also the program's lead settings: "Allow lead registration without PII" and what Partner
Users (not Partner Admins) see of their account's leads."""

from __future__ import annotations

from sqlalchemy import and_, not_, update
from sqlmodel import Session, select

from models._base import utcnow
from models.accounts import PartnerAccount, User
from models.leads import LEAD_KINDS, Lead, LeadEvent
from prm.settings import get_settings
from services import audit
from services.accounts import EMAIL_RE
from services.actors import Actor, require_admin, require_partner
from services.errors import InvalidInput
from services.lead_matching import company_domain, company_key
from services.leads import _LEAD_TEXT_FIELDS, _event, _lead_dict, _visible_lead, list_leads
from services.mail import get_program, queue_email
from services.paging import PageResult
from services.recruitment import supplier_notify_emails
from services.validation import clean_text

PENDING, APPROVED, REJECTED = "Pending Approval", "Approved", "Rejected"
REGISTRATION_STATUSES = (PENDING, APPROVED, REJECTED)
CONFLICT_NOTICE = ("A lead for this company may already be registered or distributed. The "
                   "supplier will review your registration for conflicts before approving it.")
CONFLICT_REASONS = {"domain": "Same company email domain", "name": "Same company name"}
LEAD_VISIBILITY = {"assigned": "Only the leads assigned to them",
                   "account": "All of their account's leads"}
MAX_CONFLICTS = 20

def find_conflicts(session: Session, *, email: str, company: str, exclude_id: int | None = None) -> list[dict]:
    """Other leads, registered or distributed, of the same company: same company email domain
    or the same company name (both index lookups on the lead's normalised columns).
    Registrations the supplier rejected do not count."""
    live = not_(and_(Lead.kind == "registered", Lead.status == REJECTED))
    if exclude_id is not None:
        live = and_(live, Lead.id != exclude_id)
    found: dict[int, set[str]] = {}
    for reason, column, value in (("domain", Lead.company_domain, company_domain(email)),
                                  ("name", Lead.company_key, company_key(company))):
        if not value:
            continue
        for lead_id in session.exec(select(Lead.id).where(column == value, live)
                                    .order_by(Lead.id.desc()).limit(MAX_CONFLICTS)).all():
            found.setdefault(lead_id, set()).add(reason)
    ids = sorted(found, reverse=True)[:MAX_CONFLICTS]
    return [{"lead_id": i, "reason": ",".join(sorted(found[i]))} for i in ids]


def registration_form(*, session: Session, actor: Actor) -> dict:
    """What the Register Lead form needs to know: are email and phone required?"""
    require_partner(actor)
    return {"pii_required": not get_program(session).lead_registration_without_pii}


def register_lead(*, session: Session, actor: Actor, values: dict) -> dict:
    """A partner user registers a lead: it belongs to their account, they own it, and it waits
    in Pending Approval. Returns the lead and `possible_conflict` (a neutral flag: the
    partner never learns which lead, or whose, it resembles)."""
    require_partner(actor)
    pii_required = not get_program(session).lead_registration_without_pii
    errors: dict[str, str] = {}
    required = {"first_name": "Enter the first name.", "last_name": "Enter the last name.",
                "email": "Enter the email address.", "phone": "Enter the phone number."}
    fields = {k: v for k, v in _LEAD_TEXT_FIELDS.items() if k != "source_campaign"}
    cleaned = {k: clean_text(errors, k, values.get(k, ""), max_len=n,
                             required=req or (required.get(k) if pii_required else None))
               for k, (n, req) in fields.items()}
    cleaned["notes"] = clean_text(errors, "notes", values.get("notes", ""), max_len=2000, multiline=True)
    cleaned["email"] = cleaned["email"].lower()
    if cleaned["email"] and "email" not in errors and not EMAIL_RE.match(cleaned["email"]):
        errors["email"] = "Enter a valid email address."
    if errors:
        raise InvalidInput("Check the highlighted fields.", errors)
    now = utcnow()
    lead = Lead(kind="registered", partner_account_id=actor.partner_account_id, owner_user_id=actor.user_id,
                status=PENDING, assigned_at=now, status_changed_at=now, created_at=now, updated_at=now,
                source_campaign="Partner registration", **cleaned)
    session.add(lead)
    session.flush()
    lead.registration_conflicts = find_conflicts(session, email=lead.email, company=lead.company,
                                                 exclude_id=lead.id)
    _event(session, lead, actor, "created", "", PENDING, "Registered by the partner"
           + (" · Possible conflict" if lead.registration_conflicts else ""))
    session.commit()
    _tell_supplier(session, lead, actor)
    return {**_lead_dict(session, lead), "possible_conflict": bool(lead.registration_conflicts)}


def _tell_supplier(session: Session, lead: Lead, actor: Actor) -> None:
    """The supplier hears of a new registration (once it is saved): the
    program's notify list, else every active supplier admin, with a link to Registrations."""
    for to in supplier_notify_emails(session):
        queue_email(session=session, to_email=to, template="lead_registration_notice",
                    idempotency_key=f"lead_registration_notice:{lead.id}:{to}"[:255],
                    partner_name=actor.partner_account_name, registrant=actor.name, company=lead.company,
                    lead_name=f"{lead.first_name} {lead.last_name}".strip(),
                    possible_conflict=bool(lead.registration_conflicts),
                    url=f"{get_settings().base_url}/admin/leads/registrations")


def _registration(session: Session, actor: Actor, lead_id) -> Lead:
    lead = _visible_lead(session, actor, lead_id)
    if lead.kind != "registered":
        raise InvalidInput("This lead is not a registration.")
    return lead


def _decide(session: Session, actor: Actor, lead_id, status: str, reason: str = "") -> Lead:
    lead = _registration(session, actor, lead_id)
    # Two admins deciding at once: the first one wins, the second is told.
    claimed = session.exec(
        update(Lead).where(Lead.id == lead.id, Lead.kind == "registered", Lead.status == PENDING)
        .values(status=status, status_changed_at=utcnow(), updated_at=utcnow(), rejection_reason=reason)
    )
    if claimed.rowcount != 1:
        session.rollback()
        raise InvalidInput("This registration was already approved or rejected.")
    session.refresh(lead)
    _event(session, lead, actor, "status", PENDING, status, reason)
    audit.record(session, actor, f"lead_registration_{status.lower()}", "lead", lead.id)
    session.commit()
    _tell_registrant(session, lead, status, reason)
    return lead


def _tell_registrant(session: Session, lead: Lead, status: str, reason: str) -> None:
    """The user who registered the lead hears the supplier's decision."""
    registrant_id = session.exec(
        select(LeadEvent.actor_user_id).where(LeadEvent.lead_id == lead.id, LeadEvent.field == "created")
    ).first() or lead.owner_user_id
    user = session.get(User, registrant_id) if registrant_id else None
    if user is None or not user.is_active or user.partner_account_id != lead.partner_account_id:
        return
    queue_email(session=session, to_email=user.email, to_name=user.first_name,
                template="lead_registration_decision",
                idempotency_key=f"lead_registration:{lead.id}:{status}",
                approved=status == APPROVED, reason=reason, company=lead.company,
                lead_name=f"{lead.first_name} {lead.last_name}".strip(),
                url=f"{get_settings().base_url}/portal/leads/view?id={lead.id}")


def approve_registration(*, session: Session, actor: Actor, lead_id) -> dict:
    """The supplier approves a Pending Approval registration: the partner works it from here."""
    require_admin(actor)
    return _lead_dict(session, _decide(session, actor, lead_id, APPROVED))


def reject_registration(*, session: Session, actor: Actor, lead_id, reason: str) -> dict:
    """The supplier rejects a registration, with a reason the partner sees."""
    require_admin(actor)
    errors: dict[str, str] = {}
    reason = clean_text(errors, "reason", reason, max_len=1000, multiline=True,
                        required="Tell the partner why you reject this registration.")
    if errors:
        raise InvalidInput("Check the highlighted fields.", errors)
    return _lead_dict(session, _decide(session, actor, lead_id, REJECTED, reason))


def registration_conflicts(*, session: Session, actor: Actor, lead_id) -> list[dict]:
    """Supplier admins only: the leads this registration looked like when it was submitted."""
    require_admin(actor)
    lead = _visible_lead(session, actor, lead_id)
    reasons = {c["lead_id"]: c["reason"] for c in lead.registration_conflicts or []}
    if not reasons:
        return []
    others = session.exec(select(Lead).where(Lead.id.in_(list(reasons))).order_by(Lead.id.desc())).all()
    names = dict(session.exec(select(PartnerAccount.id, PartnerAccount.name).where(
        PartnerAccount.id.in_({o.partner_account_id for o in others if o.partner_account_id}))).all())
    return [{
        "id": o.id, "name": f"{o.first_name} {o.last_name}".strip() or o.company, "company": o.company,
        "email": o.email, "kind": LEAD_KINDS.get(o.kind, o.kind), "status": o.status,
        "partner": names.get(o.partner_account_id, "Unassigned"),
        "reason": " and ".join(CONFLICT_REASONS[r] for r in reasons[o.id].split(",") if r in CONFLICT_REASONS),
        "created": o.created_at.strftime("%Y-%m-%d %H:%M"),
    } for o in others]


def list_registrations(*, session: Session, actor: Actor, status: str = PENDING, cursor: str = "",
                       limit: int = 25) -> PageResult:
    """Admin > Leads > Registrations: registered leads (Pending Approval first of all), each
    marked when it may conflict with another lead."""
    require_admin(actor)
    page = list_leads(session=session, actor=actor, kind="registered", cursor=cursor, limit=limit,
                      status=status if status in REGISTRATION_STATUSES else "")
    ids = [r["id"] for r in page.rows]
    flagged = {i for i, c in session.exec(select(Lead.id, Lead.registration_conflicts)
                                          .where(Lead.id.in_(ids))).all() if c} if ids else set()
    for row in page.rows:
        row["conflict"] = "Possible conflict" if row["id"] in flagged else ""
    return page


# ---------------------------------------------------------------- Settings > Lead Management


def get_lead_settings(*, session: Session, actor: Actor) -> dict:
    require_admin(actor)
    p = get_program(session)
    return {"lead_registration_without_pii": p.lead_registration_without_pii,
            "partner_user_lead_visibility": p.partner_user_lead_visibility}


def update_lead_settings(*, session: Session, actor: Actor, lead_registration_without_pii: bool,
                         partner_user_lead_visibility: str) -> dict:
    """Admin Settings > Lead Management (audited)."""
    require_admin(actor)
    if partner_user_lead_visibility not in LEAD_VISIBILITY:
        raise InvalidInput("Check the highlighted fields.", {
            "partner_user_lead_visibility": "Choose which leads Partner Users see."})
    p = get_program(session)
    before = get_lead_settings(session=session, actor=actor)
    p.lead_registration_without_pii = bool(lead_registration_without_pii)
    p.partner_user_lead_visibility = partner_user_lead_visibility
    p.updated_at = utcnow()
    audit.record(session, actor, "lead_settings_updated", "program_settings", 1, before=before)
    session.commit()
    return get_lead_settings(session=session, actor=actor)
