"""Lead lists, filtered by who is asking (seed 004: partner admins see the account's leads,
other partner users the leads assigned to them, supplier admins all)."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, select

from models.accounts import PartnerAccount, User
from models.leads import LEAD_KINDS, LEAD_STATUSES, Lead
from services.actors import Actor
from services.errors import InvalidInput, PermissionDenied
from services.paging import PageResult, after, decode_cursor, take_page


def _visible_leads(actor: Actor | None):
    if actor is None:  # nobody signed in
        raise PermissionDenied()
    q = select(Lead)
    if actor.is_supplier_admin:
        return q
    if not actor.is_partner:
        raise PermissionDenied()
    q = q.where(Lead.partner_account_id == actor.partner_account_id)
    if not actor.is_partner_admin:
        q = q.where(Lead.owner_user_id == actor.user_id)
    return q


def list_leads(
    *, session: Session, actor: Actor | None, status: str = "", cursor: str = "", limit: int = 25
) -> PageResult:
    """Newest first, keyset-paged on (created_at, id)."""
    limit = max(1, min(int(limit), 100))
    q = _visible_leads(actor)
    if status:
        if status not in LEAD_STATUSES:
            raise InvalidInput("Unknown status filter.")
        q = q.where(Lead.status == status)
    cond = after(Lead.created_at, Lead.id, decode_cursor(cursor, datetime), descending=True)
    if cond is not None:
        q = q.where(cond)
    rows = session.exec(q.order_by(Lead.created_at.desc(), Lead.id.desc()).limit(limit + 1)).all()
    page = rows[:limit]
    account_names = dict(
        session.exec(
            select(PartnerAccount.id, PartnerAccount.name).where(
                PartnerAccount.id.in_({r.partner_account_id for r in page if r.partner_account_id})
            )
        ).all()
    ) if page else {}
    owner_ids = {r.owner_user_id for r in page if r.owner_user_id}
    owners = {
        u.id: u.full_name for u in session.exec(select(User).where(User.id.in_(owner_ids))).all()
    } if owner_ids else {}

    def to_dict(r: Lead) -> dict:
        return {
            "id": r.id,
            "name": f"{r.first_name} {r.last_name}".strip(),
            "company": r.company,
            "email": r.email,
            "country": r.country,
            "status": r.status,
            "kind": LEAD_KINDS.get(r.kind, r.kind),
            "partner": account_names.get(r.partner_account_id, "Unassigned"),
            "owner": owners.get(r.owner_user_id, "—"),
            "source_campaign": r.source_campaign or "—",
            "created": r.created_at.strftime("%Y-%m-%d %H:%M"),
        }

    return take_page(rows, limit, to_dict, lambda r: r.created_at)
