"""To-partner communications (seed 002): partner groups as the audience, pop-up messages
(Draft → Scheduled → Published, Return to Draft, Copy), who is eligible, Read/Unread stats,
and what a partner user sees (the pop-up window, the Message Center).

Eligibility (seed 002): users of active and test partner accounts in one of the message's
groups. Pop-ups need no opt-in. Users designated Sales Representative never get messages."""

from __future__ import annotations

from datetime import datetime

import nh3
from sqlalchemy import and_, exists, false, func, or_, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from models._base import utcnow
from models.accounts import (
    ACCOUNT_STATUSES,
    USER_KIND_PARTNER,
    PartnerAccount,
    PartnerGroup,
    PartnerGroupMember,
    User,
)
from models.messaging import MESSAGE_KINDS, POPUP_PAGES, Message, MessageRecipient, PopupRead
from services import audit
from services.actors import Actor, require_admin, require_partner
from services.errors import InvalidInput, NotFound
from services.paging import after, decode_cursor, take_page
from services.validation import clean_text

LIVE_ACCOUNT = ("active", "test")
DRAFT, SCHEDULED, PUBLISHED = "Draft", "Scheduled", "Published"
ALLOWED_TAGS = {"p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "a", "h2", "h3", "h4",
                "blockquote", "hr", "span"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}


def sanitize_html(html: str) -> str:
    """The body as the browser may show it: an allow-list of tags, http(s)/mailto links only."""
    return nh3.clean(html or "", tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES,
                     url_schemes={"http", "https", "mailto"}, link_rel="noopener noreferrer")


MAX_BODY_CHARS = 20000


def clean_body(html: str) -> str:
    """A message body as stored: sanitised, and cut to MAX_BODY_CHARS only with the cut
    sanitised again, so no tag or attribute is left open (an open `<a href="…` at the end would
    swallow what an email copy adds after the body: the open pixel, the footer)."""
    body = sanitize_html(str(html or ""))
    return sanitize_html(body[:MAX_BODY_CHARS]) if len(body) > MAX_BODY_CHARS else body


def _fmt(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def _id(raw, what: str = "That message was not found.") -> int:
    try:
        value = int(raw)
    except (TypeError, ValueError):
        raise NotFound(what) from None
    if not 0 < value < 2**31:
        raise NotFound(what)
    return value


# ---------------------------------------------------------------- partner groups


def _group_accounts_clause(groups: list[PartnerGroup]):
    """WHERE clause on PartnerAccount: member of any of these groups (by hand or by rule)."""
    if not groups:
        return false()
    ids = [g.id for g in groups]
    clauses = [PartnerAccount.id.in_(select(PartnerGroupMember.partner_account_id)
                                      .where(PartnerGroupMember.group_id.in_(ids)))]
    for g in groups:
        rules = []
        if g.match_tier:
            rules.append(func.lower(PartnerAccount.tier) == g.match_tier.lower())
        if g.match_geography:
            rules.append(func.lower(PartnerAccount.geography) == g.match_geography.lower())
        if g.match_status:
            rules.append(PartnerAccount.status == g.match_status)
        if rules:
            clauses.append(and_(*rules))
    return or_(*clauses)


def _group_dict(session: Session, g: PartnerGroup) -> dict:
    accounts = session.exec(select(func.count()).select_from(PartnerAccount)
                            .where(_group_accounts_clause([g]))).one()
    rule = ", ".join(f"{label}: {value}" for label, value in
                     (("Tier", g.match_tier), ("Geography", g.match_geography),
                      ("Status", g.match_status.capitalize())) if value)
    members = session.exec(select(PartnerAccount.id, PartnerAccount.name).join(
        PartnerGroupMember, PartnerGroupMember.partner_account_id == PartnerAccount.id).where(
        PartnerGroupMember.group_id == g.id).order_by(PartnerAccount.name)).all()
    return {"id": str(g.id), "name": g.name, "description": g.description, "rule": rule,
            "match_tier": g.match_tier, "match_geography": g.match_geography,
            "match_status": g.match_status, "accounts": str(accounts),
            "member_ids": [str(i) for i, _ in members], "members": ", ".join(n for _, n in members)}


def list_groups(*, session: Session, actor: Actor) -> list[dict]:
    require_admin(actor)
    groups = session.exec(select(PartnerGroup).order_by(PartnerGroup.name, PartnerGroup.id).limit(500)).all()
    return [_group_dict(session, g) for g in groups]


def save_group(*, session: Session, actor: Actor, group_id=None, name: str, description: str = "",
               match_tier: str = "", match_geography: str = "", match_status: str = "",
               account_ids: list | None = None) -> dict:
    """Create or change a partner group: accounts added by hand and/or rules (tier, geography,
    status) that take in every matching account, now and later."""
    require_admin(actor)
    errors: dict[str, str] = {}
    values = {
        "name": clean_text(errors, "name", name, max_len=120, required="Enter the group's name."),
        "description": clean_text(errors, "description", description, max_len=500),
        "match_tier": clean_text(errors, "match_tier", match_tier, max_len=40),
        "match_geography": clean_text(errors, "match_geography", match_geography, max_len=80),
        "match_status": clean_text(errors, "match_status", match_status, max_len=16).lower(),
    }
    if values["match_status"] and values["match_status"] not in ACCOUNT_STATUSES:
        errors["match_status"] = "Choose a partner account status."
    ids = []
    for raw in account_ids or []:
        try:
            ids.append(_id(raw))
        except NotFound:
            continue
    ids = sorted(set(session.exec(select(PartnerAccount.id).where(PartnerAccount.id.in_(ids))).all())) if ids else []
    if errors:
        raise InvalidInput("Check the highlighted fields.", errors)
    if group_id not in (None, "", 0, "0"):
        group = session.get(PartnerGroup, _id(group_id, "That group was not found."))
        if group is None:
            raise NotFound("That group was not found.")
    else:
        group = PartnerGroup(name=values["name"])
    for key, value in values.items():
        setattr(group, key, value)
    session.add(group)
    try:
        session.flush()
    except IntegrityError:
        session.rollback()
        raise InvalidInput("A group with this name already exists.",
                           {"name": "A group with this name already exists."}) from None
    current = set(session.exec(select(PartnerGroupMember.partner_account_id)
                               .where(PartnerGroupMember.group_id == group.id)).all())
    for account_id in current - set(ids):
        member = session.exec(select(PartnerGroupMember).where(
            PartnerGroupMember.group_id == group.id, PartnerGroupMember.partner_account_id == account_id)).one()
        session.delete(member)
    for account_id in set(ids) - current:
        session.add(PartnerGroupMember(group_id=group.id, partner_account_id=account_id))
    audit.record(session, actor, "group.saved", "partner_group", group.id, name=group.name)
    session.commit()
    return _group_dict(session, group)


def partner_account_choices(*, session: Session, actor: Actor) -> list[dict]:
    require_admin(actor)
    rows = session.exec(select(PartnerAccount.id, PartnerAccount.name).where(
        PartnerAccount.status.in_(("active", "test", "inactive"))).order_by(PartnerAccount.name).limit(2000)).all()
    return [{"id": str(i), "name": n} for i, n in rows]


# ---------------------------------------------------------------- eligibility


def _eligible_users_clause(groups: list[PartnerGroup]):
    accounts = select(PartnerAccount.id).where(PartnerAccount.status.in_(LIVE_ACCOUNT),
                                               _group_accounts_clause(groups))
    # Never Sales Representatives nor Supplier-Defined Default Lead Owners (seed 002).
    return and_(User.kind == USER_KIND_PARTNER, User.is_active.is_(True), User.is_sales_rep.is_(False),
                User.is_default_lead_owner.is_(False), User.partner_account_id.in_(accounts))


def _groups(session: Session, ids: list[int]) -> list[PartnerGroup]:
    return list(session.exec(select(PartnerGroup).where(PartnerGroup.id.in_(ids))
                             .order_by(PartnerGroup.name)).all()) if ids else []


def eligible_popup_users(*, session: Session, actor: Actor, group_ids: list) -> int:
    """How many users a pop-up to these groups reaches (shown in the editor before publishing)."""
    require_admin(actor)
    ids = []
    for raw in group_ids or []:
        try:
            ids.append(_id(raw))
        except NotFound:
            continue
    return session.exec(select(func.count()).select_from(User)
                        .where(_eligible_users_clause(_groups(session, ids)))).one()


# ---------------------------------------------------------------- pop-ups (admin)


def effective_status(m: Message, now: datetime | None = None) -> str:
    now = now or utcnow()
    if m.status == SCHEDULED and m.publish_at is not None and m.publish_at <= now:
        return PUBLISHED
    return m.status


def _message(session: Session, message_id) -> Message:
    m = session.get(Message, _id(message_id))
    if m is None:
        raise NotFound("That message was not found.")
    return m


def _read_count(session: Session, message_id: int) -> int:
    return session.exec(select(func.count()).select_from(PopupRead).where(PopupRead.message_id == message_id)).one()


def _message_row(session: Session, m: Message, group_names: dict[int, str], now: datetime) -> dict:
    audience = ", ".join(group_names.get(g, "") for g in m.group_ids if g in group_names) or "—"
    status = effective_status(m, now)
    counts = ""
    if m.kind == "popup" and status == PUBLISHED:
        counts = f"{_read_count(session, m.id)} read"
    elif m.kind == "email" and status in ("Sending", "Sent"):
        sent, total = session.exec(select(func.count().filter(MessageRecipient.status == "sent"), func.count())
                                   .where(MessageRecipient.message_id == m.id)).one()
        counts = f"{sent} of {total} sent"
    return {"id": str(m.id), "kind": MESSAGE_KINDS.get(m.kind, m.kind), "title": m.title, "status": status,
            "audience": audience, "counts": counts, "updated": _fmt(m.updated_at),
            "publish_at": _fmt(m.publish_at)}


def list_messages(*, session: Session, actor: Actor, kind: str = "", cursor: str = "", limit: int = 25):
    require_admin(actor)
    q = select(Message)
    if kind in MESSAGE_KINDS:
        q = q.where(Message.kind == kind)
    cond = after(Message.updated_at, Message.id, decode_cursor(cursor, datetime), descending=True)
    if cond is not None:
        q = q.where(cond)
    rows = session.exec(q.order_by(Message.updated_at.desc(), Message.id.desc()).limit(limit + 1)).all()
    names = dict(session.exec(select(PartnerGroup.id, PartnerGroup.name)).all())
    now = utcnow()
    return take_page(rows, limit, lambda m: _message_row(session, m, names, now), lambda m: m.updated_at)


def _check_popup(errors: dict, title: str, body_html: str, pages: list) -> tuple[str, str, list[str]]:
    title = clean_text(errors, "title", title, max_len=200, required="Enter a title.")
    body = clean_body(body_html)
    if not nh3.clean(body, tags=set()).strip():
        errors["body_html"] = "Write the message."
    chosen = [p for p in POPUP_PAGES if p in (pages or [])]
    if not chosen:
        errors["portal_pages"] = "Choose at least one portal page."
    return title, body, chosen


def create_popup(*, session: Session, actor: Actor, title: str, body_html: str = "",
                 group_ids: list | None = None, portal_pages: list | None = None) -> dict:
    require_admin(actor)
    errors: dict[str, str] = {}
    title = clean_text(errors, "title", title, max_len=200, required="Enter a title.")
    if errors:
        raise InvalidInput("Check the highlighted fields.", errors)
    m = Message(kind="popup", title=title, body_html=clean_body(body_html),
                group_ids=_existing_groups(session, group_ids), portal_pages=portal_pages or ["home"],
                created_by_user_id=actor.user_id)
    session.add(m)
    session.flush()
    audit.record(session, actor, "message.created", "message", m.id, kind="popup")
    session.commit()
    return get_message(session=session, actor=actor, message_id=m.id)


def _existing_groups(session: Session, group_ids) -> list[int]:
    ids = []
    for raw in group_ids or []:
        try:
            ids.append(_id(raw))
        except NotFound:
            continue
    return sorted(set(session.exec(select(PartnerGroup.id).where(PartnerGroup.id.in_(ids))).all())) if ids else []


def update_popup(*, session: Session, actor: Actor, message_id, title: str, body_html: str,
                 group_ids: list, portal_pages: list) -> dict:
    """Edit a Draft. Once scheduled, the To section (the groups) is locked: Return to Draft."""
    require_admin(actor)
    m = _message(session, message_id)
    if m.kind != "popup":
        raise NotFound("That pop-up was not found.")
    errors: dict[str, str] = {}
    title, body, pages = _check_popup(errors, title, body_html, portal_pages)
    if errors:
        raise InvalidInput("Check the highlighted fields.", errors)
    values = {"title": title, "body_html": body, "portal_pages": pages,
              "group_ids": _existing_groups(session, group_ids), "updated_at": utcnow()}
    if session.exec(update(Message).where(Message.id == m.id, Message.status == DRAFT).values(**values)).rowcount != 1:
        session.rollback()
        raise InvalidInput("Only a Draft can be changed. Use Return to Draft first, or Copy it.")
    audit.record(session, actor, "message.updated", "message", m.id)
    session.commit()
    return get_message(session=session, actor=actor, message_id=m.id)


def schedule_popup(*, session: Session, actor: Actor, message_id, publish_at: datetime | None = None,
                   end_at: datetime | None = None) -> dict:
    """Schedule (publish at a chosen time; now when none is given), with an optional end."""
    require_admin(actor)
    m = _message(session, message_id)
    now = utcnow()
    errors: dict[str, str] = {}
    _check_popup(errors, m.title, m.body_html, m.portal_pages)
    if not m.group_ids:
        errors["group_ids"] = "Choose at least one partner group."
    publish_at = publish_at or now
    if publish_at.tzinfo is None:
        errors["publish_at"] = "Give the time with its time zone."
    elif end_at is not None and (end_at.tzinfo is None or end_at <= publish_at):
        errors["end_at"] = "The end must be after the publish time."
    if errors:
        raise InvalidInput(next(iter(errors.values())), errors)
    if session.exec(update(Message).where(Message.id == m.id, Message.status == DRAFT).values(
            status=SCHEDULED, publish_at=publish_at, end_at=end_at, updated_at=now)).rowcount != 1:
        session.rollback()
        raise InvalidInput("This pop-up is already scheduled.")
    audit.record(session, actor, "message.scheduled", "message", m.id, publish_at=publish_at.isoformat())
    session.commit()
    return get_message(session=session, actor=actor, message_id=m.id)


def return_to_draft(*, session: Session, actor: Actor, message_id) -> dict:
    require_admin(actor)
    m = _message(session, message_id)
    if m.kind != "popup":
        raise InvalidInput("Only pop-ups can return to Draft; copy an email instead.")
    if session.exec(update(Message).where(Message.id == m.id, Message.status == SCHEDULED).values(
            status=DRAFT, updated_at=utcnow())).rowcount != 1:
        session.rollback()
        raise InvalidInput("This pop-up is already a Draft.")
    audit.record(session, actor, "message.returned_to_draft", "message", m.id)
    session.commit()
    return get_message(session=session, actor=actor, message_id=m.id)


def copy_message(*, session: Session, actor: Actor, message_id) -> dict:
    require_admin(actor)
    m = _message(session, message_id)
    copy = Message(kind=m.kind, title=f"Copy of {m.title}"[:200], body_html=m.body_html,
                   group_ids=list(m.group_ids), portal_pages=list(m.portal_pages),
                   created_by_user_id=actor.user_id)
    session.add(copy)
    session.flush()
    audit.record(session, actor, "message.copied", "message", copy.id, source=m.id)
    session.commit()
    return get_message(session=session, actor=actor, message_id=copy.id)


def delete_draft(*, session: Session, actor: Actor, message_id) -> None:
    require_admin(actor)
    m = _message(session, message_id)
    if m.status != DRAFT:
        raise InvalidInput("Only a Draft can be deleted.")
    session.delete(m)
    audit.record(session, actor, "message.deleted", "message", m.id)
    session.commit()


def get_message(*, session: Session, actor: Actor, message_id) -> dict:
    require_admin(actor)
    m = _message(session, message_id)
    groups = _groups(session, m.group_ids)
    status = effective_status(m)
    eligible = session.exec(select(func.count()).select_from(User).where(_eligible_users_clause(groups))).one()
    read = session.exec(select(func.count()).select_from(PopupRead).join(User, User.id == PopupRead.user_id)
                        .where(PopupRead.message_id == m.id, _eligible_users_clause(groups))).one()
    return {
        "id": str(m.id), "kind": m.kind, "kind_label": MESSAGE_KINDS.get(m.kind, m.kind), "title": m.title,
        "body_html": m.body_html, "status": status, "group_ids": [str(g) for g in m.group_ids],
        "audience": ", ".join(g.name for g in groups), "portal_pages": list(m.portal_pages),
        "publish_at": _fmt(m.publish_at), "end_at": _fmt(m.end_at), "updated": _fmt(m.updated_at),
        "eligible": eligible, "read": read, "unread": max(eligible - read, 0),
    }


# ---------------------------------------------------------------- what partners see


def _visible_popups(session: Session, actor: Actor, include_ended: bool = False):
    """Published pop-ups (not ended, unless asked) whose audience includes this user."""
    user = session.get(User, actor.user_id)
    account = session.get(PartnerAccount, actor.partner_account_id)
    if user is None or account is None or account.status not in LIVE_ACCOUNT or user.is_sales_rep \
            or user.is_default_lead_owner or not user.is_active:
        return []
    now = utcnow()
    q = select(Message).where(Message.kind == "popup", Message.status == SCHEDULED, Message.publish_at <= now)
    if not include_ended:
        q = q.where(or_(Message.end_at.is_(None), Message.end_at > now))
    candidates = session.exec(q.order_by(Message.publish_at.desc(), Message.id.desc()).limit(200)).all()
    if not candidates:
        return []
    group_ids = {g for m in candidates for g in m.group_ids}
    mine = {g.id for g in _groups(session, sorted(group_ids))
            if session.exec(select(func.count()).select_from(PartnerAccount).where(
                PartnerAccount.id == account.id, _group_accounts_clause([g]))).one()}
    return [m for m in candidates if mine.intersection(m.group_ids)]


def pending_popups(*, session: Session, actor: Actor, page: str) -> list[dict]:
    """The pop-ups to show this user on this portal page: published to them, not read yet."""
    require_partner(actor)
    shown = [m for m in _visible_popups(session, actor) if page in m.portal_pages]
    if not shown:
        return []
    read = set(session.exec(select(PopupRead.message_id).where(
        PopupRead.user_id == actor.user_id, PopupRead.message_id.in_([m.id for m in shown]))).all())
    return [{"id": str(m.id), "title": m.title, "body_html": m.body_html} for m in shown if m.id not in read]


def mark_popup_read(*, session: Session, actor: Actor, message_id) -> None:
    """Mark as Read: it stops popping up. Only for a pop-up this user actually received."""
    require_partner(actor)
    mid = _id(message_id)
    if mid not in {m.id for m in _visible_popups(session, actor, include_ended=True)}:
        raise NotFound("That message was not found.")
    if session.exec(select(exists().where(PopupRead.message_id == mid, PopupRead.user_id == actor.user_id))).one():
        return
    session.add(PopupRead(message_id=mid, user_id=actor.user_id))
    try:
        session.commit()
    except IntegrityError:  # marked twice at once
        session.rollback()


def message_center(*, session: Session, actor: Actor) -> list[dict]:
    """Every pop-up this user received, read and unread, newest first."""
    require_partner(actor)
    shown = _visible_popups(session, actor, include_ended=True)
    reads = dict(session.exec(select(PopupRead.message_id, PopupRead.read_at).where(
        PopupRead.user_id == actor.user_id, PopupRead.message_id.in_([m.id for m in shown] or [0]))).all())
    rows = [{"id": str(m.id), "kind": "Pop-up", "title": m.title, "body_html": m.body_html,
             "date": _fmt(m.publish_at), "read": "Read" if m.id in reads else "Unread"} for m in shown]
    return sorted(rows, key=lambda r: r["date"], reverse=True)
