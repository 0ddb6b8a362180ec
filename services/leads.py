"""Lead lists, filtered by who is asking (seed 004: partner admins see the account's leads,
other partner users the leads assigned to them, supplier admins all)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from sqlalchemy import Integer, String, bindparam, func, literal_column, or_, update
from sqlalchemy.engine import Connection
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import aliased
from sqlalchemy.sql.functions import FunctionElement
from sqlmodel import Session, select

from models._base import utcnow
from models.accounts import PartnerAccount, ProgramSettings, User
from models.leads import DEFAULT_LEAD_STATUSES, LEAD_KINDS, WORKFLOW_STATUSES, Lead, LeadEvent
from prm.settings import get_settings
from services import (
    audit,
    lead_matching,  # noqa: F401  (keeps the leads' conflict-check columns)
)
from services.accounts import EMAIL_RE
from services.actors import Actor, require_admin, require_partner
from services.errors import InvalidInput, NotFound, PermissionDenied
from services.lead_statuses import is_status, lock_working_status, working_status_names
from services.mail import queue_email
from services.paging import MAX_ROW_ID, PageResult, after, decode_cursor, encode_cursor
from services.validation import clean_text, csv_safe, search_term
from services.webhooks import track_lead_change


def _visibility(actor: Actor | None) -> tuple[str, dict]:
    """Which leads this actor may see: the shape of the condition (one of _VISIBILITY) and the
    values it binds. Nobody signed in, or no known kind of user: PermissionDenied."""
    if actor is None:  # nobody signed in
        raise PermissionDenied()
    if actor.is_supplier_admin:
        return "all", {}
    if not actor.is_partner:
        raise PermissionDenied()
    values = {"actor_account": actor.partner_account_id, "actor_user": actor.user_id}
    if actor.is_partner_admin:
        return "account", values
    return ("own_or_unowned" if actor.is_lead_owner else "own"), values


def _visibility_where(scope: str) -> list:
    """The WHERE clauses of a visibility shape, with the actor's ids as required bind
    parameters (a statement cached per shape can never run with another actor's values)."""
    if scope == "all":
        return []
    clauses = [Lead.partner_account_id == bindparam("actor_account", type_=Integer, required=True)]
    if scope == "account":
        return clauses
    # Admin Settings > Lead Management may let Partner Users see all of the account's leads.
    mine = or_(Lead.owner_user_id == bindparam("actor_user", type_=Integer, required=True),
               select(ProgramSettings.id).where(ProgramSettings.id == 1,
                                                ProgramSettings.partner_user_lead_visibility == "account").exists())
    # Lead Owners also see the account's leads that nobody owns yet, to accept them.
    clauses.append(or_(mine, Lead.owner_user_id.is_(None)) if scope == "own_or_unowned" else mine)
    return clauses


def _visible_leads(actor: Actor | None):
    scope, values = _visibility(actor)
    q = select(Lead).where(*_visibility_where(scope))
    return q.params(values) if values else q


LEAD_SORTS = {
    "created": Lead.created_at,
    "company": Lead.company,
    "status": Lead.status,
    "status_changed": Lead.status_changed_at,
}


def _lead_filters(session: Session | Connection, *, status: str = "", partner_account_id="", kind: str = "",
                  created_from: str = "", created_to: str = "", search: str = "",
                  check_status: bool = True) -> tuple[tuple[str, ...], dict]:
    """The All leads filters as (the filters in use, the values they bind). Bad filter values are
    refused with a message, never silently ignored. check_status=False leaves the status check
    to the caller (list_leads makes it only when the page comes back empty)."""
    used, values = [], {}
    if status:
        # Any configured status, active or not (Leads > Lead Settings > Lead Statuses).
        if check_status and not is_status(session, status):
            raise InvalidInput("Unknown status filter.")
        used.append("status")
        values["status"] = status
    if partner_account_id not in ("", None):
        if partner_account_id == "unassigned":
            used.append("unassigned")
        else:
            try:
                values["partner"] = int(partner_account_id)
            except (TypeError, ValueError):
                raise InvalidInput("Unknown partner filter.") from None
            if not -MAX_ROW_ID <= values["partner"] <= MAX_ROW_ID:  # names no account
                raise InvalidInput("Unknown partner filter.")
            used.append("partner")
    if kind:
        if kind not in LEAD_KINDS:
            raise InvalidInput("Unknown source filter.")
        used.append("kind")
        values["kind"] = kind
    for bound, value in (("from", created_from), ("to", created_to)):
        if value:
            try:
                day = date.fromisoformat(str(value)[:10])
            except ValueError:
                raise InvalidInput(f"Enter the {bound} date as YYYY-MM-DD.") from None
            start = datetime(day.year, day.month, day.day, tzinfo=UTC)
            used.append(f"created_{bound}")
            values[f"created_{bound}"] = start if bound == "from" else start + timedelta(days=1)
    term = search_term(search)
    if term:
        used.append("search")
        values["search"] = f"%{term}%"
    return tuple(used), values


def _filter_where(used: tuple[str, ...]) -> list:
    """The WHERE clauses of the filters in use, each value a named bind parameter."""
    when = Lead.created_at.type
    clauses = {
        "status": lambda: Lead.status == bindparam("status", type_=String, required=True),
        "unassigned": lambda: Lead.partner_account_id.is_(None),
        "partner": lambda: Lead.partner_account_id == bindparam("partner", type_=Integer, required=True),
        "kind": lambda: Lead.kind == bindparam("kind", type_=String, required=True),
        "created_from": lambda: Lead.created_at >= bindparam("created_from", type_=when, required=True),
        "created_to": lambda: Lead.created_at < bindparam("created_to", type_=when, required=True),
        "search": lambda: lead_search_text().like(bindparam("search", type_=String, required=True), escape="\\"),
    }
    return [clauses[name]() for name in used]


def _filtered_leads(actor: Actor | None, *, session: Session, **filters):
    """The visible leads narrowed by the All leads filters (values bound)."""
    scope, who = _visibility(actor)
    used, values = _lead_filters(session, **filters)
    q = select(Lead).where(*_visibility_where(scope), *_filter_where(used))
    return q.params({**who, **values}) if who or values else q


def lead_search_text():
    """What the search box matches: company, email and "first last" as one lower-case text.
    On PostgreSQL a trigram index (migration 0022, ix_lead_search_trgm) holds exactly this
    expression, so a search of 1M leads is an index lookup rather than a scan; keep the two
    the same."""
    space = literal_column("' '")  # in the SQL text, not a bound parameter, to match the index
    return func.lower(Lead.company + space + Lead.email + space + Lead.first_name + space + Lead.last_name)


_LEAD_OWNER = aliased(User, name="lead_owner")


class _utc_text(FunctionElement):
    """A timestamp column as the text of its UTC time, "YYYY-MM-DD HH:MM:SS[.ffffff]": the list
    shows its first 16 characters and its cursor parses the last row's. PostgreSQL writes the
    text (ISO, the DateStyle psycopg needs for its own timestamp parsing anyway) at no more cost
    than sending the timestamp, where building an aware datetime per row in the session's time
    zone, then astimezone and isoformat, cost 1.5 µs a row (bench 3). SQLite stores exactly this
    text already (SQLAlchemy's format for UTC times)."""

    type = String()
    name = "utc_text"
    inherit_cache = True


@compiles(_utc_text)
def _utc_text_sql(element, compiler, **kw):
    return compiler.process(element.clauses, **kw)


@compiles(_utc_text, "postgresql")
def _utc_text_pg(element, compiler, **kw):
    return f"CAST(timezone('UTC', {compiler.process(element.clauses, **kw)}) AS TEXT)"


@lru_cache(maxsize=512)
def _page_statement(scope: str, used: tuple[str, ...], sort: str, descending: bool, has_cursor: bool):
    """The page query of one shape (who asks, which filters, which sort, first page or later),
    built once: every value is a bind parameter, so the statement object, its SQLAlchemy cache
    key and its SQL text are reused for every call of that shape (and psycopg prepares the SQL
    on a connection after a few uses). One statement: only the shown columns, the partner's and
    owner's names joined in (bench 3: the ORM entity plus two look-ups cost 8x the bare SQL).
    The row: id, first_name, last_name, company, email, country, status, kind,
    source_campaign, created (_utc_text), partner, owner first/last/email; a sort by
    status_changed adds its value (the others' values are shown columns: _SORT_POSITION)."""
    column = LEAD_SORTS[sort]
    owner = _LEAD_OWNER
    shown = [Lead.id, Lead.first_name, Lead.last_name, Lead.company, Lead.email, Lead.country, Lead.status,
             Lead.kind, Lead.source_campaign, _utc_text(Lead.created_at).label("created"),
             PartnerAccount.name.label("partner"), owner.first_name.label("owner_first"),
             owner.last_name.label("owner_last"), owner.email.label("owner_email")]
    if _SORT_POSITION[sort] == len(shown):
        shown.append(_utc_text(column).label("sort_value"))
    q = (select(*shown)
         .select_from(Lead)
         .outerjoin(PartnerAccount, PartnerAccount.id == Lead.partner_account_id)
         .outerjoin(owner, owner.id == Lead.owner_user_id)
         .where(*_visibility_where(scope), *_filter_where(used)))
    if has_cursor:
        q = q.where(after(column, Lead.id, (bindparam("after_value", type_=column.type, required=True),
                                            bindparam("after_id", type_=Integer, required=True)),
                          descending=descending))
    order = (column.desc(), Lead.id.desc()) if descending else (column.asc(), Lead.id.asc())
    return q.order_by(*order).limit(bindparam("page_limit", type_=Integer, required=True))


_TIME_SORTS = ("created", "status_changed")
_BEFORE_EVERY_ROW = {True: (datetime.max.replace(tzinfo=UTC), MAX_ROW_ID),
                     False: (datetime.min.replace(tzinfo=UTC), -MAX_ROW_ID)}
_ROW_WIDTH = 14  # the shown columns of a page row
# Where a page row holds its sort value (status_changed: an extra column after the shown ones).
_SORT_POSITION = {"created": 9, "company": 3, "status": 6, "status_changed": _ROW_WIDTH}


@lru_cache(maxsize=512)
def _compiled(statement, dialect):
    return statement.compile(dialect=dialect)


def _page_rows(conn: Connection, statement, params: dict) -> list:
    """The rows of a page statement. On PostgreSQL the statement's SQL (compiled once) runs on
    the pooled psycopg connection itself and the rows stay psycopg's tuples: SQLAlchemy's
    execution and row processing cost as much as the query (bench 3). Its timestamps come as
    text (_utc_text), so no SQLAlchemy type processing is missed. Elsewhere (SQLite)
    SQLAlchemy executes it, parsing the stored timestamps."""
    if conn.dialect.name != "postgresql":
        return conn.execute(statement, params).all()
    compiled = _compiled(statement, conn.dialect)
    # One psycopg cursor per pooled connection, kept with it: a new cursor per page also meant
    # new adapters and a loader look-up per column (13 µs of a 130 µs page, bench 3).
    pooled = conn.connection
    cursor = pooled.info.get("leads_page_cursor")
    if cursor is None or cursor.closed or cursor.connection is not pooled.driver_connection:
        cursor = pooled.info["leads_page_cursor"] = pooled.driver_connection.cursor()
    # construct_params refuses a missing required value (the actor's ids) and adds the fixed ones.
    return cursor.execute(compiled.string, compiled.construct_params(params)).fetchall()


def list_leads(
    *, session: Session | Connection, actor: Actor | None, status: str = "", cursor: str = "", limit: int = 25,
    partner_account_id="", kind: str = "", created_from: str = "", created_to: str = "",
    search: str = "", sort: str = "created", descending: bool = True,
) -> PageResult:
    """All leads the actor may see, filtered, searched and sorted in SQL, keyset-paged on
    (sort column, id). No count of the whole table per request. session: a Session, or (list
    pages, prm.db.read_connection) an autocommit Core connection: the page is one statement,
    so it needs no transaction, and the call costs one round trip."""
    limit = max(1, min(int(limit), 100))
    scope, who = _visibility(actor)
    used, values = _lead_filters(session, status=status, partner_account_id=partner_account_id, kind=kind,
                                 created_from=created_from, created_to=created_to, search=search,
                                 check_status=False)
    sort = sort if sort in LEAD_SORTS else "created"
    position = decode_cursor(cursor, str if sort in ("company", "status") else datetime)
    if position is None and sort in _TIME_SORTS:
        # The first page of a time sort is the page after a cursor before every row: the same
        # statement as every later page, so PostgreSQL can keep one generic plan for all pages
        # of the list instead of planning the first page again on every call (bench 3).
        position = _BEFORE_EVERY_ROW[bool(descending)]
    params = {**who, **values, "page_limit": limit + 1}
    if position is not None:
        params["after_value"], params["after_id"] = position
    statement = _page_statement(scope, used, sort, bool(descending), position is not None)
    if isinstance(session, Connection):
        conn = session
    else:  # what session.execute would do first: the session's pending changes are in the page
        if session.autoflush:
            session.flush()
        conn = session.connection()
    rows = _page_rows(conn, statement, params)
    # The status filter is checked only when nothing matched: a lead holds only configured
    # statuses (renaming one renames its leads; one held by a lead cannot be deleted), so a page
    # with rows proves the status known, and the common call saves a round trip.
    if not rows and status and not is_status(conn, status):
        raise InvalidInput("Unknown status filter.")
    # Fetched with limit+1: the extra row only tells whether a next page exists.
    more = len(rows) > limit
    if more:
        rows = rows[:limit]
    position = _SORT_POSITION[sort]
    cursor_value = rows[-1][position] if more else None
    if position == _ROW_WIDTH:  # the extra sort value column
        rows = [r[:_ROW_WIDTH] for r in rows]
    kinds = LEAD_KINDS.get
    # The rows as the list shows them, built in one comprehension (bench 3: a function call and
    # a time zone conversion per row cost as much as the query's own Python side).
    page = PageResult(rows=[{
        "id": lead_id,
        "name": f"{first} {last}".strip(),
        "company": company,
        "email": email,
        "country": country,
        "status": lead_status,
        "kind": kinds(lead_kind, lead_kind),
        "partner": partner or "Unassigned",
        "owner": (f"{owner_first} {owner_last}".strip() or owner_email) if owner_email else "—",
        "source_campaign": campaign or "—",
        "created": created[:16],  # "YYYY-MM-DD HH:MM" in UTC
    } for lead_id, first, last, company, email, country, lead_status, lead_kind, campaign, created, partner,
        owner_first, owner_last, owner_email in rows])
    if more:
        if sort in _TIME_SORTS:
            cursor_value = datetime.fromisoformat(cursor_value).replace(tzinfo=UTC)
        page.next_cursor = encode_cursor(cursor_value, rows[-1][0])
    return page


EXPORT_LIMIT = 100_000
EXPORT_COLUMNS = ["id", "created", "status", "type", "partner", "lead_owner", "first_name",
                  "last_name", "email", "phone", "company", "country", "source_campaign",
                  "opportunity_amount", "opportunity_stage", "close_date"]


def export_leads_csv(*, session: Session, actor: Actor, **filters) -> tuple[str, int]:
    """The filtered leads as CSV (safe against formula injection), newest first, at most
    EXPORT_LIMIT rows. Returns the text and the number of rows."""
    import csv
    import io

    q = _filtered_leads(actor, session=session, **filters).order_by(Lead.created_at.desc(), Lead.id.desc())
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(EXPORT_COLUMNS)
    names: dict[int, str] = dict(session.exec(select(PartnerAccount.id, PartnerAccount.name)).all()) \
        if actor.is_supplier_admin else {actor.partner_account_id: actor.partner_account_name}
    owners: dict[int, str] = {}
    count = 0
    for lead in session.exec(q.limit(EXPORT_LIMIT).execution_options(yield_per=2000)):
        if lead.owner_user_id and lead.owner_user_id not in owners:
            owner = session.get(User, lead.owner_user_id)
            owners[lead.owner_user_id] = owner.full_name if owner else ""
        writer.writerow([csv_safe(v) for v in (
            lead.id, lead.created_at.strftime("%Y-%m-%d %H:%M"), lead.status,
            LEAD_KINDS.get(lead.kind, lead.kind), names.get(lead.partner_account_id, "Unassigned"),
            owners.get(lead.owner_user_id, ""), lead.first_name, lead.last_name, lead.email,
            lead.phone, lead.company, lead.country, lead.source_campaign,
            "" if lead.opportunity_amount is None else f"{lead.opportunity_amount:.2f}",
            lead.opportunity_stage, lead.close_date.isoformat() if lead.close_date else "")])
        count += 1
    return out.getvalue(), count


# ---------------------------------------------------------------- one lead and its workflow
#
# Distributed leads: the supplier creates and assigns them; the partner accepts or rejects a
# New lead, then works it: Contacted → Qualified → Converted to Opportunity → Closed Won /
# Closed Lost. Every change lands on the lead's timeline with its actor.

# The default working statuses; the program's own list is services.lead_statuses'.
WORKING_STATUSES = tuple(n for n, _ in DEFAULT_LEAD_STATUSES if n not in WORKFLOW_STATUSES)
_LEAD_TEXT_FIELDS = {  # field: (max length, required message)
    "first_name": (100, None), "last_name": (100, None), "email": (254, None), "phone": (40, None),
    "company": (200, "Enter the company."), "country": (80, None), "source_campaign": (200, None),
}


def _actor_label(actor: Actor) -> str:
    return f"{actor.name} ({actor.partner_account_name})" if actor.is_partner else actor.name


def _event(session: Session, lead: Lead, actor: Actor | None, field: str, old: str, new: str,
           note: str = "", kind: str = "user", label: str = "") -> None:
    """Every lead change lands here: the timeline row, and (services.webhooks, in the same
    transaction) the lead's updated_at and the webhook to the supplier's CRM. kind "rule" /
    "workflow" with a label: a routing rule or a workflow acted (for the actor, or for the
    program when actor is None)."""
    event = LeadEvent(**lead_event_values(lead.id, actor, field, old, new, note, kind, label))
    session.add(event)
    track_lead_change(session, lead, event)


def lead_event_values(lead_id: int, actor: Actor | None, field: str, old: str, new: str,
                      note: str = "", kind: str = "user", label: str = "") -> dict:
    """One timeline entry's columns (the lead import writes many at once)."""
    if actor is not None and actor.is_api:
        kind = "api"
    return dict(lead_id=lead_id, actor_kind=kind if actor is not None or kind != "user" else "system",
                actor_user_id=actor.user_id if actor else None,
                actor_label=label or (_actor_label(actor) if actor else "System"),
                field=field, old_value=old[:300], new_value=new[:300], note=note[:1000], at=utcnow())


def _set_status(session: Session, lead: Lead, actor: Actor | None, status: str, note: str = "",
                kind: str = "user", label: str = "") -> None:
    old = lead.status
    lead.status, lead.status_changed_at, lead.updated_at = status, utcnow(), utcnow()
    _event(session, lead, actor, "status", old, status, note, kind, label)


def _lead_id(lead_id) -> int:
    """A lead id from the browser as a row id; NotFound for anything that names no row."""
    try:
        lead_id = int(lead_id)
    except (TypeError, ValueError, OverflowError):
        raise NotFound("That lead was not found.") from None
    if not 0 < lead_id < 2**31:
        raise NotFound("That lead was not found.")
    return lead_id


def _visible_lead(session: Session, actor: Actor | None, lead_id) -> Lead:
    """The lead if this actor may see it; NotFound otherwise (another tenant's lead is
    indistinguishable from a lead that does not exist)."""
    lead = session.exec(_visible_leads(actor).where(Lead.id == _lead_id(lead_id))).first()
    if lead is None:
        raise NotFound("That lead was not found.")
    return lead


def _lead_dict(session: Session, lead: Lead) -> dict:
    account = session.get(PartnerAccount, lead.partner_account_id) if lead.partner_account_id else None
    owner = session.get(User, lead.owner_user_id) if lead.owner_user_id else None
    return {
        "id": lead.id,
        "name": f"{lead.first_name} {lead.last_name}".strip() or lead.company,
        "first_name": lead.first_name, "last_name": lead.last_name, "email": lead.email,
        "phone": lead.phone, "company": lead.company, "country": lead.country,
        "notes": lead.notes, "source_campaign": lead.source_campaign,
        "kind": LEAD_KINDS.get(lead.kind, lead.kind),
        "status": lead.status,
        "rejection_reason": lead.rejection_reason,
        "partner": account.name if account else "Unassigned",
        "partner_account_id": lead.partner_account_id or "",
        "owner": owner.full_name if owner else "—",
        "owner_user_id": lead.owner_user_id or "",
        "opportunity_amount": "" if lead.opportunity_amount is None else f"{lead.opportunity_amount:.2f}",
        "opportunity_stage": lead.opportunity_stage,
        "close_date": lead.close_date.isoformat() if lead.close_date else "",
        "opportunity": "" if (lead.opportunity_amount is None and not lead.opportunity_stage
                              and not lead.close_date)
        else _opp(lead.opportunity_amount, lead.opportunity_stage, lead.close_date),
        "created": lead.created_at.strftime("%Y-%m-%d %H:%M"),
        "status_since": lead.status_changed_at.strftime("%Y-%m-%d %H:%M"),
    }


def get_lead(*, session: Session, actor: Actor, lead_id) -> dict:
    lead = _visible_lead(session, actor, lead_id)
    out = _lead_dict(session, lead)
    if actor.is_partner:
        out["can_act"] = "" if _colleagues_lead(actor, lead) else "1"
    return out


def _colleagues_lead(actor: Actor, lead: Lead) -> bool:
    """A lead another user of the account owns, seen by a Partner User (not a partner admin),
    e.g. when Partner Users see all of their account's leads: they may view it, not act on it."""
    return not actor.is_partner_admin and lead.owner_user_id not in (None, actor.user_id)


def _own_or_unowned(actor: Actor) -> list:
    """The claim's guard for _colleagues_lead: the owner may have changed since the check."""
    return [] if actor.is_partner_admin else [or_(Lead.owner_user_id.is_(None), Lead.owner_user_id == actor.user_id)]


def _actionable_lead(session: Session, actor: Actor, lead_id) -> Lead:
    """The lead, when this partner user may accept, reject or update it: partner admins any
    lead of the account, other users the leads they own and the unowned ones."""
    lead = _visible_lead(session, actor, lead_id)
    if _colleagues_lead(actor, lead):
        owner = session.get(User, lead.owner_user_id)
        raise PermissionDenied(f"This lead is assigned to {owner.full_name if owner else 'another user'}: "
                               "only they or a partner admin can accept, reject or update it.")
    return lead


_NO_LONGER_NEW = "This lead is no longer New: someone already accepted or rejected it."


def _lead_to_claim(session: Session, actor: Actor, lead_id) -> Lead:
    """The lead a partner user accepts or rejects (_actionable_lead). A Lead Owner sees the
    account's unowned leads; once a colleague has accepted one it is the colleague's and out
    of his sight, so a click on it from a page still showing it New is told it is no longer
    New rather than that it does not exist. Only within his own account: another tenant's lead
    stays not found."""
    try:
        return _actionable_lead(session, actor, lead_id)
    except NotFound:
        if _visibility(actor)[0] == "own_or_unowned" and session.exec(
                select(Lead.id).where(Lead.id == _lead_id(lead_id), Lead.status != "New",
                                      Lead.partner_account_id == actor.partner_account_id)).first():
            raise InvalidInput(_NO_LONGER_NEW) from None
        raise


def lead_timeline(*, session: Session, actor: Actor, lead_id) -> list[dict]:
    """Every change, oldest first, with how long the lead stayed in each status."""
    lead = _visible_lead(session, actor, lead_id)
    events = session.exec(select(LeadEvent).where(LeadEvent.lead_id == lead.id)
                          .order_by(LeadEvent.at, LeadEvent.id)).all()
    status_times = [e.at for e in events if e.field in ("status", "created")] + [utcnow()]
    rows, i = [], 0
    for e in events:
        row = {"at": e.at.strftime("%Y-%m-%d %H:%M"), "actor": e.actor_label,
               "actor_kind": e.actor_kind, "field": e.field, "old": e.old_value,
               "new": e.new_value, "note": e.note, "time_in_status": ""}
        if e.field in ("status", "created"):
            row["time_in_status"] = _duration(status_times[i + 1] - status_times[i])
            i += 1
        rows.append(row)
    return rows


def _duration(delta) -> str:
    minutes = int(delta.total_seconds() // 60)
    if minutes < 60:
        return f"{minutes} min"
    hours = minutes // 60
    return f"{hours} h {minutes % 60} min" if hours < 48 else f"{hours // 24} days {hours % 24} h"


def _assignable_account(session: Session, partner_account_id) -> PartnerAccount:
    try:
        account_id = int(partner_account_id)
    except (TypeError, ValueError, OverflowError):
        account_id = 0
    # An id beyond the INTEGER column names no account (and PostgreSQL refuses to compare it).
    account = session.get(PartnerAccount, account_id) if 0 < account_id <= MAX_ROW_ID else None
    if account is None or account.status not in ("active", "test"):
        raise InvalidInput("Choose an active partner account.",
                           {"partner_account_id": "Choose an active partner account."})
    return account


def _notify_new_lead(session: Session, lead: Lead, account: PartnerAccount) -> None:
    """New Lead Notification to the account's Lead Owners (every partner admin when the
    account has named none)."""
    for e in new_lead_emails(session, [lead]):
        queue_email(session=session, to_email=e["to_email"], to_name=e["to_name"],
                    template=e["template"], idempotency_key=e["idempotency_key"], **e["ctx"])


def new_lead_emails(session: Session, leads: list[Lead]) -> list[dict]:
    """The New Lead Notifications of assigned leads, as services.mail.record_emails items (the
    lead import records many in its own transaction): to each lead's partner's Lead Owners,
    or every partner admin of an account that has named none, and to the account's
    Supplier-Defined Default Lead Owners."""
    account_ids = {lead.partner_account_id for lead in leads if lead.partner_account_id}
    users = session.exec(select(User).where(User.partner_account_id.in_(account_ids),
                                            User.is_active.is_(True))).all() if account_ids else []
    recipients: dict[int, list[User]] = {}
    for account_id in account_ids:
        mine = [u for u in users if u.partner_account_id == account_id]
        owners = [u for u in mine if u.is_lead_owner] or [u for u in mine if u.partner_role == "partner_admin"]
        # The supplier's Default Lead Owners of the account (Additional Lead Notification
        # Recipients) get it too.
        recipients[account_id] = owners + [u for u in mine if u.is_default_lead_owner and u not in owners]
    base_url = get_settings().base_url
    return [{
        "to_email": user.email, "to_name": user.first_name, "template": "new_lead",
        "idempotency_key": f"new_lead:{lead.id}:{lead.partner_account_id}:{user.id}:{lead.assigned_at.isoformat()}",
        "ctx": {"company": lead.company, "lead_name": f"{lead.first_name} {lead.last_name}".strip(),
                "source_campaign": lead.source_campaign,
                "url": f"{base_url}/portal/leads/view?id={lead.id}"},
    } for lead in leads if lead.partner_account_id for user in recipients[lead.partner_account_id]]


def route_new_leads(*, session: Session, actor: Actor | None, lead_ids: list[int]) -> list[dict]:
    """Route new leads that have no partner by the routing rules, inside the caller's
    transaction (the lead import, once a batch; nothing is committed here). Returns the New
    Lead Notifications of the leads it placed, as services.mail.record_emails items, for the
    caller to record with its own."""
    from services.routing import route_in_transaction

    return new_lead_emails(session, route_in_transaction(session=session, actor=actor, lead_ids=lead_ids))


def clean_lead_values(values: dict) -> tuple[dict, dict[str, str]]:
    """The checks of a distributed lead's fields (Create Lead and the lead import): the
    cleaned values, and a message per field that cannot be saved."""
    errors: dict[str, str] = {}
    cleaned = {}
    for k, (n, req) in _LEAD_TEXT_FIELDS.items():
        value = values.get(k, "")
        if type(value) is str:
            # What clean_text returns for the usual value, without the call (an import checks
            # eight fields of 100k rows twice): printable, short enough, present if required.
            text = value.strip()
            if text.isprintable() and len(text) <= n and (text or not req):
                cleaned[k] = text
                continue
        cleaned[k] = clean_text(errors, k, value, max_len=n, required=req)
    cleaned["notes"] = clean_text(errors, "notes", values.get("notes", ""), max_len=2000, multiline=True)
    cleaned["email"] = cleaned["email"].lower()
    if cleaned["email"] and not EMAIL_RE.match(cleaned["email"]):
        errors["email"] = "Enter a valid email address."
    if not (cleaned["first_name"] or cleaned["last_name"] or cleaned["email"]):
        errors["last_name"] = "Enter the lead's name or email."
    return cleaned, errors


def create_lead(*, session: Session, actor: Actor, values: dict, partner_account_id=None,
                commit: bool = True) -> dict:
    """A distributed lead entered by the supplier (or posted to the REST API with one of its
    API keys); assigned at once when a partner is chosen, else placed by the routing rules.
    commit=False leaves the commit to the caller (an API batch is one transaction), who then
    calls notify_new_lead for the leads with a partner and services.routing.route_leads for the
    others. Bad values raise InvalidInput before anything is added."""
    require_admin(actor)
    cleaned, errors = clean_lead_values(values)
    account = None
    if partner_account_id not in (None, "", "0", 0):
        try:
            account = _assignable_account(session, partner_account_id)
        except InvalidInput as exc:
            errors.update(exc.fields)
    if errors:
        raise InvalidInput("Check the highlighted fields.", errors)
    lead = Lead(kind="distributed", **cleaned)
    session.add(lead)
    session.flush()
    _event(session, lead, actor, "created", "", "New",
           "Posted to the REST API" if actor.is_api else "Entered by the supplier")
    if account is not None:
        _assign(session, lead, actor, account, None)
    if not commit:
        return _lead_dict(session, lead)
    session.commit()
    if account is not None:
        _notify_new_lead(session, lead, account)
    else:  # no partner chosen: the routing rules decide (or it waits in the Unassigned queue)
        from services.routing import route_lead

        route_lead(session=session, actor=actor, lead_id=lead.id)
    return _lead_dict(session, lead)


def notify_new_lead(*, session: Session, lead_id: int) -> None:
    """The New Lead Notification of a lead created with commit=False, once it is committed."""
    lead = session.get(Lead, lead_id)
    if lead is not None and lead.partner_account_id:
        _notify_new_lead(session, lead, session.get(PartnerAccount, lead.partner_account_id))


def _assign(session: Session, lead: Lead, actor: Actor | None, account: PartnerAccount,
            owner: User | None, note: str = "", kind: str = "user", label: str = "") -> None:
    old_partner = session.get(PartnerAccount, lead.partner_account_id).name if lead.partner_account_id else "Unassigned"
    lead.partner_account_id, lead.owner_user_id = account.id, owner.id if owner else None
    lead.assigned_at = utcnow()
    lead.rejection_reason = ""
    _event(session, lead, actor, "partner", old_partner, account.name, note, kind, label)
    if lead.status != "New":
        _set_status(session, lead, actor, "New", "Assigned to a partner", kind, label)


def assign_lead(*, session: Session, actor: Actor, lead_id, partner_account_id, note: str = "") -> dict:
    """Assign or reassign a lead to a partner by hand; it starts again as New there."""
    require_admin(actor)
    lead = _visible_lead(session, actor, lead_id)
    account = _assignable_account(session, partner_account_id)
    if lead.partner_account_id == account.id and lead.status not in ("Rejected", "Recalled"):
        raise InvalidInput(f"The lead is already assigned to {account.name}.")
    errors: dict[str, str] = {}
    note = clean_text(errors, "note", note, max_len=1000, multiline=True)
    if errors:
        raise InvalidInput("Check the highlighted fields.", errors)
    _assign(session, lead, actor, account, None, note or "Assigned by hand")
    session.commit()
    _notify_new_lead(session, lead, account)
    return _lead_dict(session, lead)


def accept_lead(*, session: Session, actor: Actor, lead_id) -> dict:
    """A partner user accepts a New lead and becomes its owner (unless one is set already).
    Two users accepting at once: one wins, the other is told."""
    require_partner(actor)
    lead = _lead_to_claim(session, actor, lead_id)
    claimed = session.exec(
        update(Lead).where(Lead.id == lead.id, Lead.status == "New",
                           Lead.partner_account_id == actor.partner_account_id, *_own_or_unowned(actor))
        .values(status="Accepted", status_changed_at=utcnow(), updated_at=utcnow(),
                owner_user_id=func.coalesce(Lead.owner_user_id, actor.user_id))
    )
    if claimed.rowcount != 1:
        session.rollback()
        raise InvalidInput(_NO_LONGER_NEW)
    session.refresh(lead)
    _event(session, lead, actor, "status", "New", "Accepted")
    session.commit()
    return _lead_dict(session, lead)


def reject_lead(*, session: Session, actor: Actor, lead_id, reason: str) -> dict:
    """A partner rejects a New lead, with a reason the supplier sees; the supplier reassigns it."""
    require_partner(actor)
    errors: dict[str, str] = {}
    reason = clean_text(errors, "reason", reason, max_len=1000, multiline=True,
                        required="Tell the supplier why you reject this lead.")
    if errors:
        raise InvalidInput("Check the highlighted fields.", errors)
    lead = _lead_to_claim(session, actor, lead_id)
    claimed = session.exec(
        update(Lead).where(Lead.id == lead.id, Lead.status == "New",
                           Lead.partner_account_id == actor.partner_account_id, *_own_or_unowned(actor))
        .values(status="Rejected", status_changed_at=utcnow(), updated_at=utcnow(),
                rejection_reason=reason)
    )
    if claimed.rowcount != 1:
        session.rollback()
        raise InvalidInput(_NO_LONGER_NEW)
    session.refresh(lead)
    _event(session, lead, actor, "status", "New", "Rejected", reason)
    session.commit()
    return _lead_dict(session, lead)


def update_lead_progress(*, session: Session, actor: Actor, lead_id, status: str,
                         opportunity_amount: str = "", opportunity_stage: str = "",
                         close_date: str = "") -> dict:
    """The partner works an accepted lead: its status and opportunity fields."""
    require_partner(actor)
    lead = _actionable_lead(session, actor, lead_id)
    if lead.status == "Pending Approval":
        raise InvalidInput("The supplier has not approved this registration yet.")
    if lead.status in ("New", "Rejected", "Recalled"):
        raise InvalidInput("Accept the lead before updating it.")
    errors: dict[str, str] = {}
    if status != lead.status and not lock_working_status(session, str(status)):
        errors["status"] = "Choose one of: " + ", ".join(working_status_names(session)) + "."
    amount = None
    if str(opportunity_amount).strip():
        try:
            # Rounded before the range check: 999999999999.999 rounds up past NUMERIC(14, 2).
            amount = Decimal(str(opportunity_amount).strip().replace(",", "")).quantize(Decimal("0.01"))
            if amount < 0 or amount >= Decimal("1e12") or not amount.is_finite():
                raise InvalidOperation
        except (InvalidOperation, ValueError):
            errors["opportunity_amount"] = "Enter an amount, e.g. 12500.00."
    stage = clean_text(errors, "opportunity_stage", opportunity_stage, max_len=80)
    when = None
    if str(close_date).strip():
        try:
            when = date.fromisoformat(str(close_date).strip())
        except ValueError:
            errors["close_date"] = "Enter a date as YYYY-MM-DD."
    if errors:
        raise InvalidInput("Check the highlighted fields.", errors)
    if status != lead.status:
        _set_status(session, lead, actor, status)
    before = (lead.opportunity_amount, lead.opportunity_stage, lead.close_date)
    lead.opportunity_amount, lead.opportunity_stage, lead.close_date = amount, stage, when
    if (amount, stage, when) != before:
        lead.updated_at = utcnow()
        _event(session, lead, actor, "opportunity",
               _opp(*before), _opp(amount, stage, when))
    session.commit()
    return _lead_dict(session, lead)


def _opp(amount, stage, when) -> str:
    parts = [f"{amount:.2f}" if amount is not None else "", stage or "", when.isoformat() if when else ""]
    return " · ".join(p for p in parts if p) or "—"


def assign_lead_owner(*, session: Session, actor: Actor, lead_id, user_id) -> dict:
    """A partner admin hands a lead to another user of the same account."""
    require_partner(actor)
    if not actor.is_partner_admin:
        raise PermissionDenied("Only partner admins can assign leads to other users.")
    lead = _visible_lead(session, actor, lead_id)
    try:
        user_id = int(user_id)
    except (TypeError, ValueError, OverflowError):
        user_id = 0
    user = session.get(User, user_id) if 0 < user_id <= MAX_ROW_ID else None
    if user is None or user.partner_account_id != actor.partner_account_id or not user.is_active:
        raise InvalidInput("Choose a user of your account.", {"user_id": "Choose a user of your account."})
    old = session.get(User, lead.owner_user_id).full_name if lead.owner_user_id else "—"
    lead.owner_user_id, lead.updated_at = user.id, utcnow()
    _event(session, lead, actor, "owner", old, user.full_name)
    session.commit()
    return _lead_dict(session, lead)


def assignable_partners(*, session: Session, actor: Actor) -> list[dict]:
    """Active and test partner accounts, for the supplier's assign menu."""
    require_admin(actor)
    rows = session.exec(select(PartnerAccount.id, PartnerAccount.name)
                        .where(PartnerAccount.status.in_(("active", "test")))
                        .order_by(PartnerAccount.name).limit(500)).all()
    return [{"id": str(i), "name": n} for i, n in rows]


def account_users(*, session: Session, actor: Actor) -> list[dict]:
    """The partner's own users, for the lead owner menu."""
    require_partner(actor)
    users = session.exec(select(User).where(User.partner_account_id == actor.partner_account_id,
                                            User.is_active.is_(True)).order_by(User.first_name, User.id)).all()
    return [{"id": str(u.id), "name": u.full_name} for u in users]


# ---------------------------------------------------------------- Settings > Lead Management


def lead_roles(*, session: Session, actor: Actor) -> list[dict]:
    """Portal Settings > Lead Management: the account's users and who is a Lead Owner (gets the
    New Lead Notification and may accept unowned leads) or a Sales Representative."""
    require_partner(actor)
    users = session.exec(select(User).where(User.partner_account_id == actor.partner_account_id)
                         .order_by(User.first_name, User.id)).all()
    return [{"id": u.id, "name": u.full_name, "email": u.email,
             "role": "Partner Admin" if u.partner_role == "partner_admin" else "Partner User",
             "is_lead_owner": u.is_lead_owner, "is_sales_rep": u.is_sales_rep} for u in users]


def set_lead_role(*, session: Session, actor: Actor, user_id, role: str, on: bool) -> list[dict]:
    """A partner admin names the account's Lead Owners and Sales Representatives."""
    require_partner(actor)
    if not actor.is_partner_admin:
        raise PermissionDenied("Only partner admins can choose Lead Owners and Sales Reps.")
    if role not in ("is_lead_owner", "is_sales_rep"):
        raise InvalidInput("Unknown lead role.")
    try:
        user_id = int(user_id)
    except (TypeError, ValueError, OverflowError):
        user_id = 0
    user = session.get(User, user_id) if 0 < user_id < 2**31 else None
    if user is None or user.partner_account_id != actor.partner_account_id:
        raise NotFound("That user was not found.")
    if getattr(user, role) != bool(on):
        setattr(user, role, bool(on))
        user.updated_at = utcnow()
        audit.record(session, actor, f"{role}_{'on' if on else 'off'}", "user", user.id)
        session.commit()
    return lead_roles(session=session, actor=actor)


# ---------------------------------------------------------------- Supplier-Defined Default Lead Owners


def default_lead_owners(*, session: Session, actor: Actor, partner_account_id) -> list[dict]:
    """Leads > Lead Settings > Additional Lead Notification Recipients: a partner account's
    active users and which of them the supplier named Default Lead Owner."""
    require_admin(actor)
    account = _partner_account(session, partner_account_id)
    users = session.exec(select(User).where(User.partner_account_id == account.id, User.is_active.is_(True))
                         .order_by(User.first_name, User.id).limit(500)).all()
    return [{"id": str(u.id), "name": u.full_name, "email": u.email,
             "role": "Partner Admin" if u.partner_role == "partner_admin" else "Partner User",
             "lead_owner": "Lead Owner" if u.is_lead_owner else "",
             "is_default_lead_owner": u.is_default_lead_owner} for u in users]


def set_default_lead_owner(*, session: Session, actor: Actor, partner_account_id, user_id, on: bool) -> list[dict]:
    """The supplier names (or un-names) a partner user Default Lead Owner: they get the
    account's New Lead Notifications besides its Lead Owners, and no Email or Pop-up messages."""
    require_admin(actor)
    account = _partner_account(session, partner_account_id)
    try:
        user_id = int(user_id)
    except (TypeError, ValueError, OverflowError):
        user_id = 0
    user = session.get(User, user_id) if 0 < user_id <= MAX_ROW_ID else None
    if user is None or user.partner_account_id != account.id:
        raise NotFound("That user was not found.")
    if user.is_default_lead_owner != bool(on):
        user.is_default_lead_owner, user.updated_at = bool(on), utcnow()
        audit.record(session, actor, f"default_lead_owner_{'on' if on else 'off'}", "user", user.id)
        session.commit()
    return default_lead_owners(session=session, actor=actor, partner_account_id=account.id)


def _partner_account(session: Session, partner_account_id) -> PartnerAccount:
    try:
        account_id = int(partner_account_id)
    except (TypeError, ValueError, OverflowError):
        account_id = 0
    account = session.get(PartnerAccount, account_id) if 0 < account_id <= MAX_ROW_ID else None
    if account is None:
        raise NotFound("That partner account was not found.")
    return account
