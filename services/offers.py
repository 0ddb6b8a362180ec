"""Partnership offers between partner tenants (seed 003): the Add Customer wizard, the offer's
statuses (Open, Accepted, Declined, Modified), accept / decline / modify, business tiles.

Privacy rule: the sender learns nothing about other tenants from the wizard. A wrong tenant
name or contact email is recorded like a right one and answered with the same neutral
message; the sender's card shows what they typed, never the customer's company name, until
the customer accepts."""

from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import delete, func, or_, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from models._base import utcnow
from models.accounts import PartnerAccount, User
from models.offers import (
    OFFER_ACCEPTED,
    OFFER_DECLINED,
    OFFER_MODIFIED,
    OFFER_OPEN,
    ROLE_CONTACT,
    ROLE_MANAGER,
    SIDE_CUSTOMER,
    SIDE_PARTNER,
    CompanyProfile,
    OfferDraft,
    Partnership,
    PartnershipChange,
    PartnershipMember,
)
from prm.settings import get_settings
from services import audit
from services.actors import Actor, require_partner
from services.auth import normalize_email
from services.errors import InvalidInput, NotFound, PermissionDenied, RateLimited
from services.mail import record_emails
from services.paging import after, decode_cursor, take_page
from services.validation import clean_text, search_term

NEUTRAL_SENT = "If this tenant exists, your offer has been sent."
MESSAGE_MAX = 500
TENANT_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
# The seed allows letters, digits, spaces and the usual special characters in the email field;
# what matters is that it is one address.
EMAIL_RE = re.compile(r"^[^@\s,]+@[^@\s,]+\.[^@\s,]+$")
# Accounts that can take part in partnerships.
LIVE_ACCOUNT = ("active", "test")

# The wizard's steps, in order (the Introduction is skipped when the user switched it off).
STEP_INTRO, STEP_DETAILS, STEP_CONTACTS, STEP_MANAGERS, STEP_SUMMARY = 1, 2, 3, 4, 5
STEP_TITLES = {
    STEP_INTRO: "Introduction",
    STEP_DETAILS: "Customer Details",
    STEP_CONTACTS: "Assign Contacts",
    STEP_MANAGERS: "Assign Partner Manager",
    STEP_SUMMARY: "Summary",
}
OPEN_STATES = (OFFER_OPEN, OFFER_ACCEPTED, OFFER_MODIFIED)


# ---------------------------------------------------------------- helpers


def _live_partner(session: Session, actor: Actor | None) -> PartnerAccount:
    require_partner(actor)
    account = session.get(PartnerAccount, actor.partner_account_id)
    if account is None or account.status not in LIVE_ACCOUNT:
        raise PermissionDenied("Only active partner accounts can work with business partners.")
    return account


def _own_user_ids(session: Session, actor: Actor, ids) -> list[int]:
    """The ids that name active users of the actor's own account, in the order given."""
    wanted = []
    for raw in ids or []:
        try:
            value = int(raw)
        except (TypeError, ValueError):
            continue
        if 0 < value < 2**31 and value not in wanted:
            wanted.append(value)
    if not wanted:
        return []
    mine = set(session.exec(select(User.id).where(
        User.id.in_(wanted), User.partner_account_id == actor.partner_account_id,
        User.is_active.is_(True))).all())
    return [i for i in wanted if i in mine]


def customer_details_errors(tenant_name: str, contact_email: str, message: str) -> dict[str, str]:
    """What stops the Customer Details step; empty when Next Step may be used."""
    errors: dict[str, str] = {}
    tenant = clean_text(errors, "tenant_name", tenant_name, max_len=63,
                        required="Enter the customer's tenant name.").lower()
    if "tenant_name" not in errors and not TENANT_RE.match(tenant):
        errors["tenant_name"] = "A tenant name has letters, digits and hyphens only (e.g. kazenor)."
    email = clean_text(errors, "contact_email", contact_email, max_len=254,
                       required="Enter the customer's contact email.")
    if "contact_email" not in errors and not EMAIL_RE.match(email):
        errors["contact_email"] = "Enter one valid email address."
    clean_text(errors, "message", message, max_len=MESSAGE_MAX,
               required="Write a message to the customer.", multiline=True)
    return errors


def _account_name(session: Session, account_id: int | None) -> str:
    if account_id is None:
        return ""
    account = session.get(PartnerAccount, account_id)
    return account.name if account else ""


def _side(p: Partnership, actor: Actor) -> str:
    if p.partner_account_id == actor.partner_account_id:
        return SIDE_PARTNER
    if p.customer_account_id is not None and p.customer_account_id == actor.partner_account_id:
        return SIDE_CUSTOMER
    raise NotFound("That partnership was not found.")


def _members(session: Session, partnership_id: int, side: str) -> dict[str, list[int]]:
    rows = session.exec(select(PartnershipMember.role, PartnershipMember.user_id).where(
        PartnershipMember.partnership_id == partnership_id, PartnershipMember.side == side)
        .order_by(PartnershipMember.id)).all()
    out: dict[str, list[int]] = {ROLE_CONTACT: [], ROLE_MANAGER: []}
    for role, user_id in rows:
        out[role].append(user_id)
    return out


def _is_member(session: Session, p: Partnership, side: str, user_id: int) -> bool:
    return session.exec(select(PartnershipMember.id).where(
        PartnershipMember.partnership_id == p.id, PartnershipMember.side == side,
        PartnershipMember.user_id == user_id)).first() is not None


def _can_act(session: Session, p: Partnership, side: str, actor: Actor) -> bool:
    """Partner admins act for their account; other users act on partnerships they manage."""
    if actor.is_partner_admin:
        return True
    rows = session.exec(select(PartnershipMember.id).where(
        PartnershipMember.partnership_id == p.id, PartnershipMember.side == side,
        PartnershipMember.role == ROLE_MANAGER, PartnershipMember.user_id == actor.user_id)).first()
    return rows is not None


def _visible(session: Session, actor: Actor, partnership_id) -> tuple[Partnership, str]:
    """The partnership and the actor's side of it, or NotFound for anything not theirs."""
    require_partner(actor)
    try:
        pid = int(partnership_id)
    except (TypeError, ValueError):
        raise NotFound("That partnership was not found.") from None
    p = session.get(Partnership, pid) if 0 < pid < 2**31 else None
    if p is None:
        raise NotFound("That partnership was not found.")
    side = _side(p, actor)
    if not actor.is_partner_admin and not _is_member(session, p, side, actor.user_id) \
            and p.created_by_user_id != actor.user_id:
        raise NotFound("That partnership was not found.")
    return p, side


def _set_members(session: Session, p: Partnership, side: str, contact_ids: list[int],
                 manager_ids: list[int]) -> None:
    session.exec(delete(PartnershipMember).where(
        PartnershipMember.partnership_id == p.id, PartnershipMember.side == side))
    for uid in contact_ids:
        session.add(PartnershipMember(partnership_id=p.id, side=side, role=ROLE_CONTACT, user_id=uid))
    for uid in manager_ids:
        session.add(PartnershipMember(partnership_id=p.id, side=side, role=ROLE_MANAGER, user_id=uid))


def _checked_people(session: Session, actor: Actor, contact_ids, manager_ids) -> tuple[list[int], list[int]]:
    contacts = _own_user_ids(session, actor, contact_ids)
    managers = _own_user_ids(session, actor, manager_ids)
    errors = {}
    if not contacts:
        errors["contacts"] = "Assign at least one contact."
    if not managers:
        errors["managers"] = "Assign at least one partner manager."
    if errors:
        raise InvalidInput(next(iter(errors.values())), errors)
    return contacts, managers


def _notify(session: Session, account_id: int | None, user_ids: list[int], template: str,
            key: str, **ctx) -> list[int]:
    """Email the given users (or, when none are given, the account's partner admins) in the
    caller's transaction; the caller commits and then calls _deliver."""
    if account_id is None:
        return []
    q = select(User).where(User.partner_account_id == account_id, User.is_active.is_(True))
    q = q.where(User.id.in_(user_ids)) if user_ids else q.where(User.partner_role == "partner_admin")
    url = f"{get_settings().base_url}/portal"
    return record_emails(session=session, emails=[{
        "to_email": u.email, "to_name": u.first_name, "template": template,
        "idempotency_key": f"{key}:{u.id}", "ctx": {**ctx, "url": url},
    } for u in session.exec(q.order_by(User.id)).all()])


def _deliver(email_ids: list[int], job_key: str) -> None:
    if email_ids:
        from jobs.queues import enqueue_email_batch

        enqueue_email_batch(email_ids, job_id=f"offer-mail-{job_key}")


def _people(session: Session, ids: list[int]) -> list[dict]:
    if not ids:
        return []
    users = {u.id: u for u in session.exec(select(User).where(User.id.in_(ids))).all()}
    return [{"id": str(i), "name": users[i].full_name, "email": users[i].email}
            for i in ids if i in users]


# ---------------------------------------------------------------- the wizard


def offer_contacts(*, session: Session, actor: Actor, search: str = "", limit: int = 100) -> list[dict]:
    """The actor's own account's users, found by name (the Search field of the wizard)."""
    _live_partner(session, actor)
    q = select(User).where(User.partner_account_id == actor.partner_account_id, User.is_active.is_(True))
    term = search_term(search)
    if term:
        like = f"%{term}%"
        q = q.where(or_(func.lower(User.first_name + " " + User.last_name).like(like, escape="\\"),
                        func.lower(User.email).like(like, escape="\\")))
    users = session.exec(q.order_by(User.first_name, User.last_name, User.id).limit(limit)).all()
    return [{"id": str(u.id), "name": u.full_name, "email": u.email} for u in users]


def _draft_dict(session: Session, draft: OfferDraft, show_intro: bool) -> dict:
    return {
        "step": draft.step,
        "completed": sorted(set(draft.completed)),
        "tenant_name": draft.tenant_name,
        "contact_email": draft.contact_email,
        "message": draft.message,
        "contacts": _people(session, draft.contact_ids),
        "managers": _people(session, draft.manager_ids),
        "show_intro": show_intro,
    }


def get_wizard(*, session: Session, actor: Actor) -> dict | None:
    """The wizard in progress for this user (after a reload), or None."""
    _live_partner(session, actor)
    draft = session.exec(select(OfferDraft).where(OfferDraft.user_id == actor.user_id)).first()
    if draft is None:
        return None
    return _draft_dict(session, draft, session.get(User, actor.user_id).show_offer_intro)


def start_wizard(*, session: Session, actor: Actor) -> dict:
    """Open the Add Customer wizard: at the Introduction, or straight at Customer Details when
    the user switched the Introduction off. A wizard already in progress is resumed."""
    _live_partner(session, actor)
    user = session.get(User, actor.user_id)
    draft = session.exec(select(OfferDraft).where(OfferDraft.user_id == actor.user_id)).first()
    if draft is None:
        draft = OfferDraft(user_id=actor.user_id,
                           step=STEP_INTRO if user.show_offer_intro else STEP_DETAILS,
                           manager_ids=[actor.user_id])
        session.add(draft)
        try:
            session.commit()
        except IntegrityError:  # opened twice at once: resume the other one
            session.rollback()
            draft = session.exec(select(OfferDraft).where(OfferDraft.user_id == actor.user_id)).one()
    return _draft_dict(session, draft, user.show_offer_intro)


def save_wizard(*, session: Session, actor: Actor, step: int, completed: list[int],
                tenant_name: str = "", contact_email: str = "", message: str = "",
                contact_ids: list | None = None, manager_ids: list | None = None) -> dict:
    """Remember where the user is in the wizard and what they entered so far."""
    _live_partner(session, actor)
    draft = session.exec(select(OfferDraft).where(OfferDraft.user_id == actor.user_id)).first()
    if draft is None:
        raise NotFound("The wizard was closed. Click Add Customer to start again.")
    try:
        step = int(step)
    except (TypeError, ValueError):
        step = STEP_DETAILS
    draft.step = min(max(step, STEP_INTRO), STEP_MANAGERS)
    draft.completed = sorted({int(s) for s in completed or [] if str(s).isdigit()
                              and STEP_INTRO <= int(s) <= STEP_MANAGERS})
    errors: dict[str, str] = {}
    draft.tenant_name = clean_text(errors, "t", tenant_name, max_len=63)[:63] if "t" not in errors else ""
    draft.contact_email = clean_text(errors, "e", contact_email, max_len=254)[:254] if "e" not in errors else ""
    draft.message = clean_text(errors, "m", message, max_len=MESSAGE_MAX, multiline=True)[:MESSAGE_MAX]
    for key in ("t", "e", "m"):
        if key in errors:  # unusual characters: keep nothing of that field rather than fail
            setattr(draft, {"t": "tenant_name", "e": "contact_email", "m": "message"}[key], "")
    if contact_ids is not None:
        draft.contact_ids = _own_user_ids(session, actor, contact_ids)
    if manager_ids is not None:
        managers = _own_user_ids(session, actor, manager_ids)
        draft.manager_ids = [actor.user_id] + [m for m in managers if m != actor.user_id]
    draft.updated_at = utcnow()
    session.add(draft)
    session.commit()
    return _draft_dict(session, draft, session.get(User, actor.user_id).show_offer_intro)


def cancel_wizard(*, session: Session, actor: Actor) -> None:
    """Cancel: nothing of the wizard is kept."""
    require_partner(actor)
    session.exec(delete(OfferDraft).where(OfferDraft.user_id == actor.user_id))
    session.commit()


def set_show_intro(*, session: Session, actor: Actor, show: bool) -> bool:
    """The "Show every time you use this wizard" toggle, remembered per user."""
    require_partner(actor)
    session.exec(update(User).where(User.id == actor.user_id).values(show_offer_intro=bool(show)))
    session.commit()
    return bool(show)


def _check_offer_cap(session: Session, own: PartnerAccount) -> None:
    """At most OFFERS_PER_HOUR offers a partner account sends in any hour: the wizard is no way
    to spam other partners (or to probe tenant names in bulk)."""
    cap = get_settings().offers_per_hour
    sent = session.exec(select(func.count()).select_from(Partnership).where(
        Partnership.partner_account_id == own.id,
        Partnership.created_at >= utcnow() - timedelta(hours=1))).one()
    if sent >= cap:
        raise RateLimited(f"Your company sent {sent} partnership offers in the last hour, the most "
                          f"it can send in an hour ({cap}). Try again later; your details are kept.")


def send_offer(*, session: Session, actor: Actor, tenant_name: str, contact_email: str,
               message: str, contact_ids, manager_ids) -> dict:
    """Send a partnership offer. Always answers NEUTRAL_SENT when the input is valid, whether or
    not the tenant and contact exist; refuses clearly only what the sender already knows (their
    own tenant, an offer or partnership they already have with that tenant)."""
    own = _live_partner(session, actor)
    errors = customer_details_errors(tenant_name, contact_email, message)
    if errors:
        raise InvalidInput("Check the customer details.", errors)
    tenant = tenant_name.strip().lower()
    email = normalize_email(contact_email)
    message = message.strip()
    contacts, managers = _checked_people(session, actor, contact_ids, [actor.user_id, *(manager_ids or [])])
    if tenant == own.tenant_name:
        raise InvalidInput("You cannot send a partnership offer to your own tenant.",
                           {"tenant_name": "This is your own tenant."})
    existing = session.exec(select(Partnership.id).where(
        Partnership.partner_account_id == own.id, Partnership.customer_tenant_name == tenant,
        Partnership.status.in_(OPEN_STATES))).first()
    customer = session.exec(select(PartnerAccount).where(
        PartnerAccount.tenant_name == tenant, PartnerAccount.status.in_(LIVE_ACCOUNT))).first()
    if existing is None and customer is not None:
        # An offer the customer sent us is on our own home already: no secret is told here.
        existing = session.exec(select(Partnership.id).where(
            Partnership.partner_account_id == customer.id, Partnership.customer_account_id == own.id,
            Partnership.status.in_(OPEN_STATES))).first()
    if existing is not None:
        raise InvalidInput("You already have an open offer or a partnership with this tenant. "
                           "Open it from your business partner list.",
                           {"tenant_name": "An offer or partnership with this tenant already exists."})
    _check_offer_cap(session, own)
    reached = None
    if customer is not None:
        contact = session.exec(select(User.id).where(
            User.partner_account_id == customer.id, User.email == email, User.is_active.is_(True))).first()
        reached = customer if contact is not None else None
    p = Partnership(partner_account_id=own.id, customer_account_id=reached.id if reached else None,
                    customer_tenant_name=tenant, customer_contact_email=email, message=message,
                    created_by_user_id=actor.user_id)
    session.add(p)
    try:
        session.flush()
    except IntegrityError:  # the same offer sent twice at once
        session.rollback()
        raise InvalidInput("You already have an open offer or a partnership with this tenant.",
                           {"tenant_name": "An offer with this tenant is already open."}) from None
    _set_members(session, p, SIDE_PARTNER, contacts, managers)
    session.exec(delete(OfferDraft).where(OfferDraft.user_id == actor.user_id))
    audit.record(session, actor, "offer.sent", "partnership", p.id, tenant=tenant,
                 delivered=reached is not None)
    emails = _notify(session, p.customer_account_id, [], "partnership_offer", f"offer:{p.id}",
                     partner_name=own.name, message=message)
    session.commit()
    _deliver(emails, f"{p.id}-sent")
    return {"id": p.id, "message": NEUTRAL_SENT}


# ---------------------------------------------------------------- the business partner list


def _card(session: Session, p: Partnership, actor: Actor, counts: dict) -> dict:
    side = SIDE_PARTNER if p.partner_account_id == actor.partner_account_id else SIDE_CUSTOMER
    was_accepted = p.accepted_at is not None
    if side == SIDE_PARTNER:
        other = _account_name(session, p.customer_account_id) if was_accepted else ""
        other = other or p.customer_tenant_name
        relation = "Customer"
    else:
        other = _account_name(session, p.partner_account_id)
        relation = "Partner"
    mine = counts.get((p.id, side), {})
    pending = None
    if p.status == OFFER_MODIFIED:
        pending = session.exec(select(PartnershipChange.proposed_by_side).where(
            PartnershipChange.partnership_id == p.id, PartnershipChange.state == "pending")).first()
    if side == SIDE_CUSTOMER and p.status == OFFER_OPEN:
        action = "Respond to Offer"
    elif p.status == OFFER_MODIFIED and pending and pending != side:
        action = "Review Changes"
    else:
        action = "View Details"
    return {
        "id": str(p.id),
        "name": other,
        "relation": relation,
        "status": p.status,
        "contacts": str(mine.get(ROLE_CONTACT, 0)),
        "managers": str(mine.get(ROLE_MANAGER, 0)),
        "action": action,
        "updated": p.updated_at.strftime("%Y-%m-%d"),
    }


def list_partnerships(*, session: Session, actor: Actor, cursor: str = "", limit: int = 24):
    """The business partner list: one card per partnership, as partner or as customer, newest
    activity first, keyset-paged. Partner users see the ones they take part in."""
    from datetime import datetime

    _live_partner(session, actor)
    account_id = actor.partner_account_id
    q = select(Partnership).where(or_(Partnership.partner_account_id == account_id,
                                      Partnership.customer_account_id == account_id))
    if not actor.is_partner_admin:
        mine = select(PartnershipMember.partnership_id).where(PartnershipMember.user_id == actor.user_id)
        q = q.where(or_(Partnership.id.in_(mine), Partnership.created_by_user_id == actor.user_id))
    cond = after(Partnership.updated_at, Partnership.id, decode_cursor(cursor, datetime), descending=True)
    if cond is not None:
        q = q.where(cond)
    rows = session.exec(q.order_by(Partnership.updated_at.desc(), Partnership.id.desc()).limit(limit + 1)).all()
    ids = [p.id for p in rows]
    counts: dict = {}
    if ids:
        for pid, side, role, n in session.exec(
                select(PartnershipMember.partnership_id, PartnershipMember.side, PartnershipMember.role,
                       func.count()).where(PartnershipMember.partnership_id.in_(ids))
                .group_by(PartnershipMember.partnership_id, PartnershipMember.side, PartnershipMember.role)).all():
            counts.setdefault((pid, side), {})[role] = n
    return take_page(rows, limit, lambda p: _card(session, p, actor, counts), lambda p: p.updated_at)


# ---------------------------------------------------------------- one partnership


def _profile_dict(session: Session, account_id: int | None) -> dict:
    prof = session.exec(select(CompanyProfile).where(CompanyProfile.partner_account_id == account_id)).first() \
        if account_id else None
    return {
        "about": prof.about if prof else "",
        "services": prof.services if prof else "",
        "offerings": prof.offerings if prof else "",
        "website": prof.website if prof else "",
        "phone": prof.phone if prof else "",
    }


def get_partnership(*, session: Session, actor: Actor, partnership_id) -> dict:
    p, side = _visible(session, actor, partnership_id)
    other_side = SIDE_CUSTOMER if side == SIDE_PARTNER else SIDE_PARTNER
    other_id = p.customer_account_id if side == SIDE_PARTNER else p.partner_account_id
    formed = p.accepted_at is not None and p.status in (OFFER_ACCEPTED, OFFER_MODIFIED)
    mine = _members(session, p.id, side)
    theirs = _members(session, p.id, other_side) if formed else {ROLE_CONTACT: [], ROLE_MANAGER: []}
    if side == SIDE_PARTNER:
        other_name = (_account_name(session, other_id) if formed else "") or p.customer_tenant_name
    else:
        other_name = _account_name(session, other_id)
    change = session.exec(select(PartnershipChange).where(
        PartnershipChange.partnership_id == p.id, PartnershipChange.state == "pending")).first()
    can_act = _can_act(session, p, side, actor)
    other_account = session.get(PartnerAccount, other_id) if formed and other_id else None
    return {
        "id": str(p.id),
        "side": side,
        "relation": "Customer" if side == SIDE_PARTNER else "Partner",
        "other_name": other_name,
        "other_tenant": p.customer_tenant_name if side == SIDE_PARTNER else
        (session.get(PartnerAccount, p.partner_account_id).tenant_name),
        "contact_email": p.customer_contact_email if side == SIDE_PARTNER else "",
        "status": p.status,
        "message": p.message,
        "decline_reason": p.decline_reason if p.status == OFFER_DECLINED else "",
        "sent_at": p.created_at.strftime("%Y-%m-%d %H:%M"),
        "my_contacts": _people(session, mine[ROLE_CONTACT]),
        "my_managers": _people(session, mine[ROLE_MANAGER]),
        "their_contacts": _people(session, theirs[ROLE_CONTACT]),
        "their_managers": _people(session, theirs[ROLE_MANAGER]),
        "tile": ({**_profile_dict(session, other_id), "name": other_account.name,
                  "geography": other_account.geography or "", "tier": other_account.tier or ""}
                 if other_account else None),
        "pending_change": ({
            "by_me": change.proposed_by_side == side,
            "side": change.proposed_by_side,
            "contacts": _people(session, change.contact_ids),
            "managers": _people(session, change.manager_ids),
            "message": change.message if change.message is not None else "",
            "message_changed": change.message is not None,
        } if change else None),
        "can_respond": side == SIDE_CUSTOMER and p.status == OFFER_OPEN and actor.is_partner_admin,
        "can_withdraw": side == SIDE_PARTNER and p.status == OFFER_OPEN and can_act,
        "can_modify": p.status == OFFER_ACCEPTED and can_act,
        "can_confirm": p.status == OFFER_MODIFIED and change is not None
        and change.proposed_by_side != side and can_act,
    }


def accept_offer(*, session: Session, actor: Actor, partnership_id, contact_ids, manager_ids) -> dict:
    """The customer accepts, offering its own contacts and partner managers."""
    p, side = _visible(session, actor, partnership_id)
    if side != SIDE_CUSTOMER or not actor.is_partner_admin:
        raise PermissionDenied("Only the customer's partner admins can accept this offer.")
    _live_partner(session, actor)
    contacts, managers = _checked_people(session, actor, contact_ids, manager_ids)
    now = utcnow()
    claimed = session.exec(update(Partnership).where(
        Partnership.id == p.id, Partnership.status == OFFER_OPEN).values(
        status=OFFER_ACCEPTED, accepted_at=now, updated_at=now)).rowcount
    if claimed != 1:
        session.rollback()
        raise InvalidInput("This offer was already answered.")
    _set_members(session, p, SIDE_CUSTOMER, contacts, managers)
    audit.record(session, actor, "offer.accepted", "partnership", p.id)
    partner_managers = _members(session, p.id, SIDE_PARTNER)[ROLE_MANAGER]
    emails = _notify(session, p.partner_account_id, partner_managers, "partnership_answer",
                     f"offer-accepted:{p.id}", customer_name=actor.partner_account_name,
                     answer="accepted", reason="")
    session.commit()
    _deliver(emails, f"{p.id}-accepted")
    return get_partnership(session=session, actor=actor, partnership_id=p.id)


def decline_offer(*, session: Session, actor: Actor, partnership_id, reason: str = "") -> dict:
    p, side = _visible(session, actor, partnership_id)
    if side != SIDE_CUSTOMER or not actor.is_partner_admin:
        raise PermissionDenied("Only the customer's partner admins can decline this offer.")
    errors: dict[str, str] = {}
    reason = clean_text(errors, "reason", reason, max_len=500, multiline=True)
    if errors:
        raise InvalidInput("Check the reason.", errors)
    now = utcnow()
    claimed = session.exec(update(Partnership).where(
        Partnership.id == p.id, Partnership.status == OFFER_OPEN).values(
        status=OFFER_DECLINED, decline_reason=reason, declined_at=now, updated_at=now)).rowcount
    if claimed != 1:
        session.rollback()
        raise InvalidInput("This offer was already answered.")
    audit.record(session, actor, "offer.declined", "partnership", p.id)
    partner_managers = _members(session, p.id, SIDE_PARTNER)[ROLE_MANAGER]
    emails = _notify(session, p.partner_account_id, partner_managers, "partnership_answer",
                     f"offer-declined:{p.id}", customer_name=actor.partner_account_name,
                     answer="declined", reason=reason)
    session.commit()
    _deliver(emails, f"{p.id}-declined")
    return get_partnership(session=session, actor=actor, partnership_id=p.id)


def withdraw_offer(*, session: Session, actor: Actor, partnership_id) -> None:
    """The sender takes back an offer nobody has answered yet."""
    p, side = _visible(session, actor, partnership_id)
    if side != SIDE_PARTNER or not _can_act(session, p, side, actor):
        raise PermissionDenied("Only the sender's partner admins and partner managers can withdraw this offer.")
    gone = session.exec(delete(Partnership).where(
        Partnership.id == p.id, Partnership.status == OFFER_OPEN)).rowcount
    if gone != 1:
        session.rollback()
        raise InvalidInput("This offer was already answered.")
    audit.record(session, actor, "offer.withdrawn", "partnership", p.id)
    session.commit()


def propose_change(*, session: Session, actor: Actor, partnership_id, contact_ids, manager_ids,
                   message: str | None = None) -> dict:
    """Modify Partnership Details: the proposer's own contacts and managers (and, for the
    partner, the message). The partnership shows Modified until the other side confirms."""
    p, side = _visible(session, actor, partnership_id)
    if not _can_act(session, p, side, actor):
        raise PermissionDenied("Only partner admins and this partnership's partner managers can modify it.")
    if p.status != OFFER_ACCEPTED:
        raise InvalidInput("Only an accepted partnership without pending changes can be modified.")
    contacts, managers = _checked_people(session, actor, contact_ids, manager_ids)
    new_message = None
    if side == SIDE_PARTNER and message is not None:
        errors: dict[str, str] = {}
        text = clean_text(errors, "message", message, max_len=MESSAGE_MAX,
                          required="Write a message to the customer.", multiline=True)
        if errors:
            raise InvalidInput("Check the message.", errors)
        new_message = text if text != p.message else None
    current = _members(session, p.id, side)
    if contacts == current[ROLE_CONTACT] and managers == current[ROLE_MANAGER] and new_message is None:
        raise InvalidInput("Nothing was changed.")
    now = utcnow()
    claimed = session.exec(update(Partnership).where(
        Partnership.id == p.id, Partnership.status == OFFER_ACCEPTED).values(
        status=OFFER_MODIFIED, updated_at=now)).rowcount
    if claimed != 1:
        session.rollback()
        raise InvalidInput("Only an accepted partnership without pending changes can be modified.")
    session.add(PartnershipChange(partnership_id=p.id, proposed_by_side=side, proposed_by_user_id=actor.user_id,
                                  contact_ids=contacts, manager_ids=managers, message=new_message))
    audit.record(session, actor, "offer.modified", "partnership", p.id)
    other_side = SIDE_CUSTOMER if side == SIDE_PARTNER else SIDE_PARTNER
    other_id = p.customer_account_id if side == SIDE_PARTNER else p.partner_account_id
    emails = _notify(session, other_id, _members(session, p.id, other_side)[ROLE_MANAGER],
                     "partnership_modified", f"offer-modified:{p.id}:{now.isoformat()}",
                     other_name=actor.partner_account_name)
    session.commit()
    _deliver(emails, f"{p.id}-modified-{int(now.timestamp())}")
    return get_partnership(session=session, actor=actor, partnership_id=p.id)


def _decide_change(session: Session, actor: Actor, partnership_id, confirm: bool) -> dict:
    p, side = _visible(session, actor, partnership_id)
    change = session.exec(select(PartnershipChange).where(
        PartnershipChange.partnership_id == p.id, PartnershipChange.state == "pending")).first()
    if change is None or p.status != OFFER_MODIFIED:
        raise InvalidInput("There are no changes waiting for your confirmation.")
    if change.proposed_by_side == side:
        raise PermissionDenied("The other side must confirm your changes.")
    if not _can_act(session, p, side, actor):
        raise PermissionDenied("Only partner admins and this partnership's partner managers can confirm changes.")
    now = utcnow()
    claimed = session.exec(update(PartnershipChange).where(
        PartnershipChange.id == change.id, PartnershipChange.state == "pending").values(
        state="confirmed" if confirm else "rejected", decided_at=now)).rowcount
    if claimed != 1:
        session.rollback()
        raise InvalidInput("These changes were already answered.")
    values = {"status": OFFER_ACCEPTED, "updated_at": now}
    if confirm:
        # The proposer's people must still be users of its account.
        proposer = User.partner_account_id == (p.partner_account_id if change.proposed_by_side == SIDE_PARTNER
                                              else p.customer_account_id)
        alive = set(session.exec(select(User.id).where(
            proposer, User.id.in_(change.contact_ids + change.manager_ids))).all())
        _set_members(session, p, change.proposed_by_side,
                     [i for i in change.contact_ids if i in alive], [i for i in change.manager_ids if i in alive])
        if change.message is not None:
            values["message"] = change.message
    session.exec(update(Partnership).where(Partnership.id == p.id).values(**values))
    audit.record(session, actor, "offer.change_confirmed" if confirm else "offer.change_rejected",
                 "partnership", p.id)
    session.commit()
    return get_partnership(session=session, actor=actor, partnership_id=p.id)


def confirm_change(*, session: Session, actor: Actor, partnership_id) -> dict:
    return _decide_change(session, actor, partnership_id, True)


def reject_change(*, session: Session, actor: Actor, partnership_id) -> dict:
    return _decide_change(session, actor, partnership_id, False)


# ---------------------------------------------------------------- company profile (business tile)


def get_company_profile(*, session: Session, actor: Actor) -> dict:
    require_partner(actor)
    return _profile_dict(session, actor.partner_account_id)


def update_company_profile(*, session: Session, actor: Actor, about: str = "", services: str = "",
                           offerings: str = "", website: str = "", phone: str = "") -> dict:
    require_partner(actor)
    if not actor.is_partner_admin:
        raise PermissionDenied("Only partner admins can edit the company profile.")
    errors: dict[str, str] = {}
    values = {
        "about": clean_text(errors, "about", about, max_len=1000, multiline=True),
        "services": clean_text(errors, "services", services, max_len=1000, multiline=True),
        "offerings": clean_text(errors, "offerings", offerings, max_len=1000, multiline=True),
        "website": clean_text(errors, "website", website, max_len=300),
        "phone": clean_text(errors, "phone", phone, max_len=40),
    }
    if values["website"] and not re.match(r"^https?://[^\s/]+\.[^\s]+$", values["website"]):
        errors["website"] = "Enter a web address starting with https://"
    if errors:
        raise InvalidInput("Check the highlighted fields.", errors)
    prof = session.exec(select(CompanyProfile).where(
        CompanyProfile.partner_account_id == actor.partner_account_id)).first()
    if prof is None:
        prof = CompanyProfile(partner_account_id=actor.partner_account_id)
    for key, value in values.items():
        setattr(prof, key, value)
    prof.updated_at = utcnow()
    session.add(prof)
    audit.record(session, actor, "company_profile.updated", "partner_account", actor.partner_account_id)
    session.commit()
    return _profile_dict(session, actor.partner_account_id)
