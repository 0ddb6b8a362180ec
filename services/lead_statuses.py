"""Leads > Lead Settings > Lead Statuses: the program's lead statuses, in order, each with a
category (open / won / lost) that capacity counts ("most open leads"), reminders and reports
go by.

The statuses the workflow itself sets (New, Pending Approval, Approved, Accepted, Rejected,
Recalled) are always there: they can be moved but not renamed or deactivated. The others are
the supplier's: add, rename (the leads holding the status follow it), reorder, deactivate
(no longer offered to partners; leads keep it) and delete while no lead holds it.

Partner status menus, the admin and portal filters, the REST API's documentation and the
webhooks all read this list."""

from __future__ import annotations

from sqlalchemy import func, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from models._base import utcnow
from models.leads import (
    DEFAULT_LEAD_STATUSES,
    STATUS_CATEGORIES,
    WORKFLOW_STATUSES,
    Lead,
    LeadStatus,
)
from services import audit
from services.actors import Actor, require_admin
from services.errors import InvalidInput, NotFound
from services.paging import MAX_ROW_ID
from services.validation import clean_text

MAX_STATUSES = 40
# Set by the workflow after a lead is accepted or approved: not a status to remind about.
_NOT_REMINDED = frozenset(("New", "Pending Approval", "Approved"))


def _defaults() -> list[LeadStatus]:
    return [LeadStatus(name=name, category=category, position=i, is_workflow=name in WORKFLOW_STATUSES)
            for i, (name, category) in enumerate(DEFAULT_LEAD_STATUSES)]


def _rows(session: Session) -> list[LeadStatus]:
    """The statuses in order. Reading never writes (it runs inside other transactions, e.g. a
    routing holding its locks): a table nobody seeded (the migration does; tests truncate it)
    reads as the defaults."""
    rows = list(session.exec(select(LeadStatus).order_by(LeadStatus.position, LeadStatus.id)).all())
    return rows or _defaults()


def _seeded_rows(session: Session) -> list[LeadStatus]:
    """The editor's start: the defaults saved first when the table is empty."""
    if session.exec(select(LeadStatus.id).limit(1)).first() is None:
        try:
            session.add_all(_defaults())
            session.commit()
        except IntegrityError:  # seeded at the same moment by another admin
            session.rollback()
    return list(session.exec(select(LeadStatus).order_by(LeadStatus.position, LeadStatus.id)).all())


# ---------------------------------------------------------------- what other services read


def status_names(session: Session, *, active_only: bool = False) -> list[str]:
    """Every status in the admin's order (the filters; leads may hold a deactivated one)."""
    return [s.name for s in _rows(session) if s.is_active or not active_only]


def is_status(session: Session | Connection, name: str) -> bool:
    """Whether name is a configured status, active or not (a filter's check). Takes a Session or
    a Core connection (the list pages read on one), and reads only the names."""
    names = [n for (n,) in session.execute(select(LeadStatus.name)).all()]
    return name in (names or [n for n, _ in DEFAULT_LEAD_STATUSES])


def open_status_names(session: Session) -> list[str]:
    """The statuses of the open category, active or not: a lead in one is still open."""
    return [s.name for s in _rows(session) if s.category == "open"]


def won_status_names(session: Session) -> list[str]:
    return [s.name for s in _rows(session) if s.category == "won"]


def reminded_status_names(session: Session) -> list[str]:
    """Open statuses a lead's owner is reminded to move on from (Accepted and the working ones)."""
    return [n for n in open_status_names(session) if n not in _NOT_REMINDED]


def working_status_names(session: Session) -> list[str]:
    """What a partner may set on an accepted lead: the active statuses the workflow does not set."""
    return [s.name for s in _rows(session) if s.is_active and not s.is_workflow]


def lock_working_status(session: Session, name: str) -> bool:
    """Is `name` an active working status? Locks its row until the caller commits, so a rename
    committed meanwhile cannot leave a lead holding the old name."""
    row = session.exec(select(LeadStatus).where(LeadStatus.name == name).with_for_update()).first()
    if row is None and session.exec(select(LeadStatus.id).limit(1)).first() is None:
        return name in working_status_names(session)  # an unseeded table: the defaults
    return row is not None and row.is_active and not row.is_workflow


# ---------------------------------------------------------------- the admin's editor


def list_lead_statuses(*, session: Session, actor: Actor) -> list[dict]:
    """The statuses in order, with how many leads hold each."""
    require_admin(actor)
    rows = _seeded_rows(session)
    counts = dict(session.exec(select(Lead.status, func.count()).group_by(Lead.status)).all())
    last = len(rows) - 1
    return [{
        "id": s.id, "name": s.name, "category": s.category,
        "category_label": STATUS_CATEGORIES.get(s.category, s.category),
        "is_active": s.is_active, "is_workflow": s.is_workflow, "leads": counts.get(s.name, 0),
        "first": i == 0, "last": i == last,
    } for i, s in enumerate(rows)]


def _status(session: Session, status_id) -> LeadStatus:
    try:
        status_id = int(status_id)
    except (TypeError, ValueError, OverflowError):
        status_id = 0
    row = session.get(LeadStatus, status_id) if 0 < status_id <= MAX_ROW_ID else None
    if row is None:
        raise NotFound("That status was not found.")
    return row


def _clean(session: Session, name, category, *, exclude_id: int | None = None) -> tuple[str, str]:
    errors: dict[str, str] = {}
    name = " ".join(clean_text(errors, "name", name, max_len=32, required="Enter the status name.").split())
    if "name" not in errors:
        clash = session.exec(select(LeadStatus.id).where(func.lower(LeadStatus.name) == name.lower())).first()
        if clash is not None and clash != exclude_id:
            errors["name"] = f"There is already a status named {name}."
    if category not in STATUS_CATEGORIES:
        errors["category"] = "Choose Open, Won or Lost."
    if errors:
        raise InvalidInput("Check the highlighted fields.", errors)
    return name, category


def _commit(session: Session) -> None:
    try:
        session.commit()
    except IntegrityError:  # the same name saved at the same moment by another admin
        session.rollback()
        raise InvalidInput("Check the highlighted fields.",
                           {"name": "There is already a status with this name."}) from None


def add_lead_status(*, session: Session, actor: Actor, name: str, category: str) -> list[dict]:
    """A new status, last in the order, offered to partners at once."""
    require_admin(actor)
    rows = _seeded_rows(session)
    if len(rows) >= MAX_STATUSES:
        raise InvalidInput(f"A program has at most {MAX_STATUSES} statuses.")
    name, category = _clean(session, name, category)
    row = LeadStatus(name=name, category=category, position=max(s.position for s in rows) + 1)
    session.add(row)
    session.flush()
    audit.record(session, actor, "lead_status_added", "lead_status", row.id, name=name, category=category)
    _commit(session)
    return list_lead_statuses(session=session, actor=actor)


def update_lead_status(*, session: Session, actor: Actor, status_id, name: str, category: str) -> list[dict]:
    """Rename a status and/or change its category. Renaming rewrites the leads that hold it
    (one UPDATE, in the same transaction); their timelines keep the name they had then."""
    require_admin(actor)
    _seeded_rows(session)
    row = _status(session, status_id)
    name, category = _clean(session, name, category, exclude_id=row.id)
    if row.is_workflow and (name != row.name or category != row.category):
        raise InvalidInput(f"{row.name} is set by the lead workflow: it keeps its name and category.")
    if (name, category) == (row.name, row.category):
        return list_lead_statuses(session=session, actor=actor)
    # Lock the row first: a partner setting this status waits for the rename (lock_working_status).
    session.exec(select(LeadStatus).where(LeadStatus.id == row.id).with_for_update()).first()
    old = row.name
    if name != old:
        session.exec(update(Lead).where(Lead.status == old).values(status=name))
    row.name, row.category, row.updated_at = name, category, utcnow()
    audit.record(session, actor, "lead_status_updated", "lead_status", row.id, old_name=old, name=name,
                 category=category)
    _commit(session)
    return list_lead_statuses(session=session, actor=actor)


def move_lead_status(*, session: Session, actor: Actor, status_id, direction: str) -> list[dict]:
    """Move a status one place up or down in the order."""
    require_admin(actor)
    if direction not in ("up", "down"):
        raise InvalidInput("Move a status up or down.")
    rows = _seeded_rows(session)
    row = _status(session, status_id)
    i = next(k for k, s in enumerate(rows) if s.id == row.id)
    j = i - 1 if direction == "up" else i + 1
    if 0 <= j < len(rows):
        rows[i], rows[j] = rows[j], rows[i]
        for position, s in enumerate(rows):
            s.position = position
        audit.record(session, actor, "lead_status_moved", "lead_status", row.id, direction=direction)
        session.commit()
    return list_lead_statuses(session=session, actor=actor)


def set_lead_status_active(*, session: Session, actor: Actor, status_id, active: bool) -> list[dict]:
    """Deactivate a status (partners can no longer choose it; leads holding it keep it and
    the filters still find them) or activate it again."""
    require_admin(actor)
    _seeded_rows(session)
    row = _status(session, status_id)
    if row.is_workflow and not active:
        raise InvalidInput(f"{row.name} is set by the lead workflow and cannot be deactivated.")
    if row.is_active != bool(active):
        row.is_active, row.updated_at = bool(active), utcnow()
        audit.record(session, actor, "lead_status_activated" if active else "lead_status_deactivated",
                     "lead_status", row.id, name=row.name)
        session.commit()
    return list_lead_statuses(session=session, actor=actor)


def delete_lead_status(*, session: Session, actor: Actor, status_id) -> list[dict]:
    """Delete a status no lead holds (one in use can only be deactivated)."""
    require_admin(actor)
    _seeded_rows(session)
    row = _status(session, status_id)
    if row.is_workflow:
        raise InvalidInput(f"{row.name} is set by the lead workflow and cannot be deleted.")
    # Locked: a partner cannot set it between the check and the delete.
    session.exec(select(LeadStatus).where(LeadStatus.id == row.id).with_for_update()).first()
    if session.exec(select(Lead.id).where(Lead.status == row.name).limit(1)).first() is not None:
        session.rollback()
        raise InvalidInput(f"Leads hold the status {row.name}: deactivate it instead.")
    audit.record(session, actor, "lead_status_deleted", "lead_status", row.id, name=row.name)
    session.delete(row)
    session.commit()
    return list_lead_statuses(session=session, actor=actor)


def restore_default_lead_statuses(*, session: Session, actor: Actor) -> list[dict]:
    """Back to the default list, order and categories, all active. Statuses that are not
    defaults are deleted, so this is refused while any lead holds one (rename it back to a
    default name, or move its leads on, first)."""
    require_admin(actor)
    rows = _seeded_rows(session)
    defaults = dict(DEFAULT_LEAD_STATUSES)
    custom = [s for s in rows if s.name not in defaults]
    held = session.exec(select(Lead.id).where(Lead.status.in_([s.name for s in custom])).limit(1)).first() \
        if custom else None
    if held is not None:
        raise InvalidInput("Leads hold statuses that are not defaults: rename or deactivate them instead.")
    for s in custom:
        session.delete(s)
    session.flush()
    by_name = {s.name: s for s in rows if s.name in defaults}
    for position, (name, category) in enumerate(DEFAULT_LEAD_STATUSES):
        s = by_name.get(name) or LeadStatus(name=name, is_workflow=name in WORKFLOW_STATUSES)
        s.position, s.category, s.is_active, s.updated_at = position, category, True, utcnow()
        session.add(s)
    audit.record(session, actor, "lead_statuses_restored", "lead_status", "")
    session.commit()
    return list_lead_statuses(session=session, actor=actor)
