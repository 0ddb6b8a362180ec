"""Lead routing (seed 004, Lead Routing Rules): rules, tried in order, each take the leads
that match its lead conditions and share them among the active partners that match its
partner criteria (geography, tier, specialization, custom field values) — round robin or
weighted — within each partner's capacity. A lead no rule can place waits, unassigned, in the
Unassigned queue. Every assignment records why on the lead's timeline.

Concurrency: routing locks the enabled rules' rows first (SELECT ... FOR UPDATE on
PostgreSQL; on SQLite an UPDATE of those rows takes the database's write lock), so two
routings never read the same round-robin pointer. The lock is held until the routing commits.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, or_, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from models._base import utcnow
from models.accounts import PartnerAccount, User
from models.leads import Lead
from models.recruitment import PartnerApplication
from models.routing import ROUTING_METHODS, RoutingRule, RoutingRun
from services import audit
from services import leads as leads_service
from services.actors import Actor, require_admin
from services.auth import actor_for_user
from services.bulk import one_of
from services.errors import InvalidInput, NotFound
from services.lead_statuses import open_status_names
from services.mail import record_emails
from services.paging import MAX_ROW_ID
from services.validation import clean_text

# A partner's open leads: everything not finished, rejected or taken back.
MAX_RULES = 200
ROUTE_BATCH = 1000


# ---------------------------------------------------------------- the partners and their datapoints


@dataclass
class Candidate:
    id: int
    name: str
    geography: str
    tier: str
    specializations: set[str]
    custom: dict[str, str]


def _norm(value) -> str:
    return " ".join(str(value or "").split()).casefold()


def _candidates(session: Session, with_custom: bool = True) -> list[Candidate]:
    """Every active partner account with its datapoints, by id. Partner custom field values
    are the ones the partner gave on the registration that created or joined the account
    (PartnerApplication.custom_fields; the account itself stores none)."""
    accounts = session.exec(select(PartnerAccount).where(PartnerAccount.status == "active")
                            .order_by(PartnerAccount.id)).all()
    custom: dict[int, dict[str, str]] = defaultdict(dict)
    if accounts and with_custom:
        rows = session.exec(
            select(PartnerApplication.partner_account_id, PartnerApplication.custom_fields)
            .where(PartnerApplication.status == "approved",
                   PartnerApplication.partner_account_id.is_not(None))
            .order_by(PartnerApplication.id)).all()
        for account_id, values in rows:
            for key, value in (values or {}).items():
                if str(value).strip():
                    custom[account_id][str(key)] = _norm(value)
    return [Candidate(a.id, a.name, _norm(a.geography), _norm(a.tier),
                      {_norm(s) for s in a.specializations or []}, custom.get(a.id, {}))
            for a in accounts]


def _lead_matches(rule: RoutingRule, country: str, campaign: str) -> bool:
    if rule.lead_countries and _norm(country) not in {_norm(c) for c in rule.lead_countries}:
        return False
    return not (rule.lead_campaigns and _norm(campaign) not in {_norm(c) for c in rule.lead_campaigns})


def _partner_matches(rule: RoutingRule, c: Candidate) -> bool:
    if rule.partner_geographies and c.geography not in {_norm(g) for g in rule.partner_geographies}:
        return False
    if rule.partner_tiers and c.tier not in {_norm(t) for t in rule.partner_tiers}:
        return False
    if rule.partner_specializations and not c.specializations & {_norm(s) for s in rule.partner_specializations}:
        return False
    for key, accepted in (rule.partner_custom or {}).items():
        if accepted and c.custom.get(key, "") not in {_norm(v) for v in accepted}:
            return False
    return True


class Capacity:
    """How many open leads each partner holds and how many it got today (UTC), counted once
    per routing and kept up to date as the routing assigns."""

    def __init__(self, session: Session, partner_ids: list[int]):
        now = utcnow()
        day_start = datetime(now.year, now.month, now.day, tzinfo=UTC)
        # The open category of Leads > Lead Settings > Lead Statuses.
        self.open_statuses = frozenset(open_status_names(session))
        self.open: dict[int, int] = defaultdict(int)
        self.today: dict[int, int] = defaultdict(int)
        if partner_ids:
            for pid, n in session.exec(
                    select(Lead.partner_account_id, func.count()).where(
                        Lead.partner_account_id.in_(partner_ids), Lead.status.in_(self.open_statuses))
                    .group_by(Lead.partner_account_id)).all():
                self.open[pid] = n
            for pid, n in session.exec(
                    select(Lead.partner_account_id, func.count()).where(
                        Lead.partner_account_id.in_(partner_ids), Lead.assigned_at >= day_start)
                    .group_by(Lead.partner_account_id)).all():
                self.today[pid] = n

    def full(self, rule: RoutingRule, pid: int) -> bool:
        return bool((rule.max_open_leads and self.open[pid] >= rule.max_open_leads)
                    or (rule.max_new_per_day and self.today[pid] >= rule.max_new_per_day))

    def took(self, pid: int) -> None:
        self.open[pid] += 1
        self.today[pid] += 1

    def released(self, pid: int | None, status: str) -> None:
        if pid and status in self.open_statuses:
            self.open[pid] = max(0, self.open[pid] - 1)


def _weight(rule: RoutingRule, pid: int) -> int:
    try:
        return max(0, int((rule.weights or {}).get(str(pid), 1)))
    except (TypeError, ValueError):
        return 1


@dataclass
class Decision:
    rule: RoutingRule | None
    partner: Candidate | None
    considered: list[Candidate] = field(default_factory=list)
    at_capacity: list[Candidate] = field(default_factory=list)
    tried: list[str] = field(default_factory=list)  # rules that matched but could place nobody


def _decide(rules: list[RoutingRule], eligible: dict[int, list[Candidate]], capacity: Capacity,
            country: str, campaign: str, exclude: set[int], *, advance: bool) -> Decision:
    """The first rule that matches the lead and has a partner with room picks one. With
    advance=True the rule's pointer moves on (the caller holds the rules' lock)."""
    tried: list[str] = []
    for rule in rules:
        if not _lead_matches(rule, country, campaign):
            continue
        considered = [c for c in eligible[rule.id] if c.id not in exclude]
        full = [c for c in considered if capacity.full(rule, c.id)]
        room = [c for c in considered if not capacity.full(rule, c.id)]
        if rule.method == "weighted":
            room = [c for c in room if _weight(rule, c.id) > 0]
        if not room:
            tried.append(rule.name)
            continue
        if rule.method == "weighted":
            picked = _pick_weighted(rule, room, advance)
        else:
            after = [c for c in room if rule.last_partner_id is not None and c.id > rule.last_partner_id]
            picked = (after or room)[0]
            if advance:
                rule.last_partner_id = picked.id
        return Decision(rule, picked, considered, full, tried)
    return Decision(None, None, tried=tried)


def _pick_weighted(rule: RoutingRule, room: list[Candidate], advance: bool) -> Candidate:
    """Smooth weighted round robin (as nginx does it): every pick adds each partner's weight
    to its running weight, takes the largest and takes the total off it. Over any run of
    picks each partner's share stays within one lead of its weight's share."""
    state = {str(k): int(v) for k, v in (rule.wrr_state or {}).items()}
    total = sum(_weight(rule, c.id) for c in room)
    for c in room:
        state[str(c.id)] = state.get(str(c.id), 0) + _weight(rule, c.id)
    picked = max(room, key=lambda c: (state[str(c.id)], -c.id))
    state[str(picked.id)] -= total
    if advance:
        rule.wrr_state = state
        rule.last_partner_id = picked.id
    return picked


def _names(cands: list[Candidate], limit: int = 12) -> str:
    names = [c.name for c in cands[:limit]]
    more = len(cands) - limit
    return ", ".join(names) + (f" and {more} more" if more > 0 else "")


def _explain(d: Decision) -> str:
    note = (f"Routing rule “{d.rule.name}” ({ROUTING_METHODS.get(d.rule.method, d.rule.method)}) "
            f"chose {d.partner.name}. Partners considered: {_names(d.considered)}.")
    if d.at_capacity:
        note += f" At capacity: {_names(d.at_capacity)}."
    if d.tried:
        note += f" Earlier rules with no partner with room: {', '.join(d.tried)}."
    return note[:1000]


def _no_match_note(d: Decision, excluded: str = "") -> str:
    if d.tried:
        note = ("Unassigned: the matching rules (" + ", ".join(d.tried) + ") have no active partner "
                "with room. The lead waits in the Unassigned queue.")
    else:
        note = "Unassigned: no routing rule matches this lead. It waits in the Unassigned queue."
    return (note + (f" {excluded}" if excluded else ""))[:1000]


def _locked_rules(session: Session) -> list[RoutingRule]:
    """The enabled rules in order, locked for this transaction (see the module's docstring)."""
    q = select(RoutingRule).where(RoutingRule.enabled.is_(True)).order_by(RoutingRule.position, RoutingRule.id)
    # populate_existing: the locked rows as they are now, not as this session saw them before.
    q = q.execution_options(populate_existing=True)
    if session.get_bind().dialect.name == "sqlite":
        # Any write takes SQLite's one write lock; taken before reading the pointers.
        session.exec(update(RoutingRule).where(RoutingRule.enabled.is_(True))
                     .values(leads_routed=RoutingRule.leads_routed))
        return list(session.exec(q).all())
    return list(session.exec(q.with_for_update()).all())


def _eligible(rules: list[RoutingRule], candidates: list[Candidate]) -> dict[int, list[Candidate]]:
    return {r.id: [c for c in candidates if _partner_matches(r, c)] for r in rules}


# ---------------------------------------------------------------- routing leads


def route_lead(*, session: Session, actor: Actor | None, lead_id, exclude_partner_ids=()) -> dict:
    """Route one lead by the rules (actor: the supplier admin who asked, or None when the
    program does it). Returns the lead as get_lead shows it."""
    if actor is not None:
        require_admin(actor)
    lead = _lead(session, lead_id)
    route_leads(session=session, actor=actor, lead_ids=[lead.id],
                exclude={lead.id: set(exclude_partner_ids)} if exclude_partner_ids else None)
    session.refresh(lead)
    return leads_service._lead_dict(session, lead)


def route_leads(*, session: Session, actor: Actor | None, lead_ids: list[int],
                exclude: dict[int, set[int]] | None = None) -> dict[str, int]:
    """Route many leads (an import, the Unassigned queue, recalled leads) in batches: the
    rules, partners and capacity are read once per batch, each batch commits, and the Lead
    Owners' New Lead Notifications are recorded together. Only leads that are unassigned,
    rejected or recalled are routed; others are left alone. exclude: lead id → partner ids
    that must not get it again. Returns {"assigned": n, "unassigned": m}."""
    if actor is not None:
        require_admin(actor)
    totals = {"assigned": 0, "unassigned": 0}
    ids = [int(i) for i in lead_ids]
    for start in range(0, len(ids), ROUTE_BATCH):
        for k, v in _route_batch(session, actor, ids[start:start + ROUTE_BATCH], exclude or {}).items():
            totals[k] += v
    return totals


def route_in_transaction(*, session: Session, actor: Actor | None, lead_ids: list[int]) -> list[Lead]:
    """Route new leads inside the caller's transaction (the lead import, a batch at a time):
    nothing is committed and nobody notified here; returns the leads placed, whose New Lead
    Notifications the caller records with its own (services.leads.new_lead_emails)."""
    if actor is not None:
        require_admin(actor)
    routed: list[Lead] = []
    ids = [int(i) for i in lead_ids]
    for start in range(0, len(ids), ROUTE_BATCH):
        routed += _route_some(session, actor, ids[start:start + ROUTE_BATCH], {}, counted=False)[0]
    return routed


def _route_batch(session: Session, actor: Actor | None, ids: list[int],
                 exclude: dict[int, set[int]]) -> dict[str, int]:
    routed, counts = _route_some(session, actor, ids, exclude)
    session.commit()
    _notify(session, routed)
    return counts


def _route_some(session: Session, actor: Actor | None, ids: list[int],
                exclude: dict[int, set[int]], *, counted: bool = True) -> tuple[list[Lead], dict[str, int]]:
    """Route these leads in one pass (the rules, partners and capacity read once). counted=False:
    the caller needs no counts (the lead import), which spares a query when there are no rules."""
    rules = _locked_rules(session)
    if not rules:  # no routing set up: the supplier assigns by hand; nothing to decide or explain
        if not counted:
            return [], {}
        waiting = session.exec(select(func.count()).select_from(Lead).where(
            one_of(session, Lead.id, ids),
            or_(Lead.partner_account_id.is_(None), Lead.status.in_(("Rejected", "Recalled"))))).one()
        return [], {"assigned": 0, "unassigned": waiting}
    candidates = _candidates(session, with_custom=any(r.partner_custom for r in rules))
    by_id = {c.id: c for c in candidates}
    eligible = _eligible(rules, candidates)
    capacity = Capacity(session, [c.id for c in candidates])
    accounts = {a.id: a for a in session.exec(select(PartnerAccount).where(
        PartnerAccount.id.in_(list(by_id)))).all()} if by_id else {}
    leads = session.exec(select(Lead).where(one_of(session, Lead.id, ids)).order_by(Lead.id)).all()
    routed: list[Lead] = []
    counts = {"assigned": 0, "unassigned": 0}
    now = utcnow()
    for lead in leads:
        if lead.partner_account_id and lead.status not in ("Rejected", "Recalled"):
            continue  # placed meanwhile (by hand, or by another routing)
        skip = set(exclude.get(lead.id, set()))
        d = _decide(rules, eligible, capacity, lead.country, lead.source_campaign, skip, advance=True)
        if d.partner is None:
            counts["unassigned"] += 1
            if not rules:  # no routing set up: the supplier assigns by hand, nothing to explain
                continue
            note = _no_match_note(d, "The partner that let it lapse was left out." if skip else "")
            leads_service._event(session, lead, actor, "routing", "", "Unassigned", note, "rule",
                                 "Routing rules")
            lead.updated_at = now
            continue
        capacity.released(lead.partner_account_id, lead.status)
        leads_service._assign(session, lead, actor, accounts[d.partner.id], None, _explain(d),
                              "rule", f"Rule: {d.rule.name}"[:254])
        capacity.took(d.partner.id)
        d.rule.leads_routed += 1
        d.rule.updated_at = now
        routed.append(lead)
        counts["assigned"] += 1
    return routed, counts


def _notify(session: Session, leads: list[Lead]) -> None:
    """The New Lead Notifications of the leads just routed (committed), as one batch job."""
    if not leads:
        return
    from jobs.queues import enqueue_email_batch
    from services.mail import record_emails

    ids = record_emails(session=session, emails=leads_service.new_lead_emails(session, leads))
    session.commit()
    if ids:
        enqueue_email_batch(ids, job_id=f"new-lead-batch-{ids[0]}-{ids[-1]}")


def unassigned_lead_ids(*, session: Session, actor: Actor, limit: int = 10_000) -> list[int]:
    """The Unassigned queue (oldest first), for Route again on all of it."""
    require_admin(actor)
    return list(session.exec(select(Lead.id).where(Lead.partner_account_id.is_(None))
                             .order_by(Lead.created_at, Lead.id).limit(limit)).all())


# ---------------------------------------------------------------- Route Unassigned Leads

RUN_STALE_AFTER = timedelta(minutes=10)  # a running run that made no progress this long: its job died


def _run_dict(run: RoutingRun | None) -> dict:
    if run is None:
        return {}
    done = run.status == "done"
    return {"id": run.id, "status": run.status, "total": run.total,
            "processed": run.total if done else min(run.processed, run.total),
            "assigned": run.assigned, "unassigned": run.unassigned, "error": run.error,
            "percent": 100 if done or not run.total else min(100, run.processed * 100 // run.total),
            "started": run.created_at.strftime("%Y-%m-%d %H:%M")}


def latest_routing_run(*, session: Session, actor: Actor) -> dict:
    """The last Route Unassigned Leads run, for the progress bar on the Unassigned queue."""
    require_admin(actor)
    return _run_dict(session.exec(select(RoutingRun).order_by(RoutingRun.id.desc()).limit(1)).first())


def start_routing_unassigned(*, session: Session, actor: Actor) -> dict:
    """Route Unassigned Leads: route the whole Unassigned queue as it is now (up to its newest
    lead) in an RQ job. One run at a time: asking again while one runs shows that one; a run
    whose job stopped making progress (a killed worker) is resumed from where it got to."""
    require_admin(actor)
    running = session.exec(select(RoutingRun).where(RoutingRun.status == "running")).first()
    if running is not None and running.updated_at > utcnow() - RUN_STALE_AFTER:
        return _run_dict(running)
    if running is None:
        total, last_id = session.exec(select(func.count(), func.max(Lead.id))
                                      .where(Lead.partner_account_id.is_(None))).one()
        if not total:
            raise InvalidInput("The Unassigned queue is empty.")
        running = RoutingRun(total=total, last_lead_id=last_id, created_by_user_id=actor.user_id)
        session.add(running)
        audit.record(session, actor, "route_unassigned_started", "routing_run", "", total=total)
    running.updated_at = utcnow()
    try:
        session.commit()
    except IntegrityError:  # another admin started one at the same moment (one running run: unique index)
        session.rollback()
        return _run_dict(session.exec(select(RoutingRun).where(RoutingRun.status == "running")).first())
    from jobs.queues import enqueue_routing_run

    enqueue_routing_run(running.id)
    return _run_dict(running)


def route_unassigned_batch(*, session: Session, run_id: int, batch_size: int = ROUTE_BATCH) -> bool:
    """One batch of a Route Unassigned Leads run (jobs.routing): the next unassigned leads after
    the run's cursor are routed, and the run's progress moves on in the same transaction, so a
    job killed at any point, or run twice, routes no batch twice. Returns whether to go on."""
    run = session.get(RoutingRun, run_id)
    if run is None or run.status != "running":
        return False
    creator = session.get(User, run.created_by_user_id) if run.created_by_user_id else None
    actor = actor_for_user(session, creator) if creator is not None and creator.is_active else None
    ids = list(session.exec(select(Lead.id).where(
        Lead.partner_account_id.is_(None), Lead.id > run.cursor_lead_id, Lead.id <= run.last_lead_id)
        .order_by(Lead.id).limit(batch_size)).all())
    now = utcnow()
    if not ids:
        session.exec(update(RoutingRun).where(RoutingRun.id == run.id, RoutingRun.status == "running")
                     .values(status="done", finished_at=now, updated_at=now))
        session.commit()
        return False
    routed, counts = _route_some(session, actor, ids, {})
    moved = session.exec(update(RoutingRun).where(
        RoutingRun.id == run.id, RoutingRun.status == "running", RoutingRun.cursor_lead_id == run.cursor_lead_id)
        .values(cursor_lead_id=ids[-1], processed=RoutingRun.processed + len(ids),
                assigned=RoutingRun.assigned + counts["assigned"],
                unassigned=RoutingRun.unassigned + counts["unassigned"], updated_at=now))
    if moved.rowcount != 1:  # another job took this batch meanwhile: keep its work, not ours
        session.rollback()
        session.expire_all()
        return True
    email_ids = record_emails(session=session, emails=leads_service.new_lead_emails(session, routed))
    session.commit()
    session.expire_all()
    if email_ids:
        from jobs.queues import enqueue_email_batch

        enqueue_email_batch(email_ids, job_id=f"route-run-{run.id}-emails-{email_ids[0]}")
    return True


def fail_routing_run(*, session: Session, run_id: int, error: str) -> None:
    session.exec(update(RoutingRun).where(RoutingRun.id == run_id, RoutingRun.status == "running")
                 .values(status="failed", error=error[:500], finished_at=utcnow(), updated_at=utcnow()))
    session.commit()


def preview_routing(*, session: Session, actor: Actor, country: str = "", source_campaign: str = "") -> dict:
    """Test: where would a lead from this country and campaign go now? Changes nothing."""
    require_admin(actor)
    rules = list(session.exec(select(RoutingRule).where(RoutingRule.enabled.is_(True))
                              .order_by(RoutingRule.position, RoutingRule.id)).all())
    candidates = _candidates(session, with_custom=any(r.partner_custom for r in rules))
    capacity = Capacity(session, [c.id for c in candidates])
    d = _decide(rules, _eligible(rules, candidates), capacity, country, source_campaign, set(), advance=False)
    if d.partner is None:
        return {"assigned": False, "rule": "", "partner": "", "considered": "", "at_capacity": "",
                "message": _no_match_note(d)}
    return {"assigned": True, "rule": d.rule.name, "partner": d.partner.name,
            "considered": _names(d.considered, 50), "at_capacity": _names(d.at_capacity, 50),
            "message": f"Rule “{d.rule.name}” would assign it to {d.partner.name}."}


def _lead(session: Session, lead_id) -> Lead:
    try:
        lead_id = int(lead_id)
    except (TypeError, ValueError, OverflowError):
        lead_id = 0
    lead = session.get(Lead, lead_id) if 0 < lead_id <= MAX_ROW_ID else None
    if lead is None:
        raise NotFound("That lead was not found.")
    return lead


# ---------------------------------------------------------------- managing the rules


def _split(value) -> list[str]:
    if isinstance(value, list | tuple):
        items = value
    else:
        items = str(value or "").replace(";", ",").replace("\n", ",").split(",")
    out: list[str] = []
    for item in items:
        text = " ".join(str(item).split())
        if text and text.casefold() not in {o.casefold() for o in out}:
            out.append(text)
    return out


def _rule_dict(rule: RoutingRule, names: dict[int, str] | None = None) -> dict:
    names = names or {}
    custom = "; ".join(f"{k}: {', '.join(v)}" for k, v in (rule.partner_custom or {}).items() if v)
    weights = ", ".join(f"{names.get(int(k), '#' + str(k))}={v}" for k, v in (rule.weights or {}).items())
    leads = []
    if rule.lead_countries:
        leads.append("Country/Region: " + ", ".join(rule.lead_countries))
    if rule.lead_campaigns:
        leads.append("Source campaign: " + ", ".join(rule.lead_campaigns))
    partners = []
    for label, values in (("Geography", rule.partner_geographies), ("Tier", rule.partner_tiers),
                          ("Specialization", rule.partner_specializations)):
        if values:
            partners.append(f"{label}: {', '.join(values)}")
    if custom:
        partners.append(custom)
    capacity = []
    if rule.max_open_leads:
        capacity.append(f"{rule.max_open_leads} open")
    if rule.max_new_per_day:
        capacity.append(f"{rule.max_new_per_day} new/day")
    return {
        "id": rule.id, "name": rule.name, "position": rule.position, "enabled": rule.enabled,
        "lead_countries": ", ".join(rule.lead_countries), "lead_campaigns": ", ".join(rule.lead_campaigns),
        "partner_geographies": ", ".join(rule.partner_geographies),
        "partner_tiers": ", ".join(rule.partner_tiers),
        "partner_specializations": ", ".join(rule.partner_specializations),
        "partner_custom": "\n".join(f"{k}={', '.join(v)}" for k, v in (rule.partner_custom or {}).items() if v),
        "method": rule.method, "method_label": ROUTING_METHODS.get(rule.method, rule.method),
        "weights": "\n".join(f"{names.get(int(k), '#' + str(k))}={v}" for k, v in (rule.weights or {}).items()),
        "weights_summary": weights,
        "max_open_leads": str(rule.max_open_leads or ""), "max_new_per_day": str(rule.max_new_per_day or ""),
        "leads_summary": "; ".join(leads) or "Any lead",
        "partners_summary": "; ".join(partners) or "Every active partner",
        "capacity_summary": ", ".join(capacity) or "No limit",
        "leads_routed": rule.leads_routed,
    }


def list_rules(*, session: Session, actor: Actor) -> list[dict]:
    """The rules in the order they are tried."""
    require_admin(actor)
    rules = session.exec(select(RoutingRule).order_by(RoutingRule.position, RoutingRule.id).limit(MAX_RULES)).all()
    names = _partner_names(session, {k: 1 for r in rules for k in (r.weights or {})})
    return [_rule_dict(r, names) for r in rules]


def _partner_names(session: Session, weights: dict) -> dict[int, str]:
    ids = [int(k) for k in weights or {}]
    return dict(session.exec(select(PartnerAccount.id, PartnerAccount.name)
                             .where(PartnerAccount.id.in_(ids))).all()) if ids else {}


def _int_field(errors: dict, key: str, value, label: str) -> int:
    text = str(value if value is not None else "").strip()
    if not text:
        return 0
    try:
        n = int(text)
        if not 0 <= n <= 1_000_000:
            raise ValueError
    except ValueError:
        errors[key] = f"Enter {label} as a whole number (0 or empty: no limit)."
        return 0
    return n


def _custom_criteria(session: Session, errors: dict, value) -> dict:
    """"key=value, value" per line; keys are the program's custom fields (by key or label)."""
    from services.mail import get_program

    specs = get_program(session).custom_fields or []
    lookup = {}
    for s in specs:
        lookup[_norm(s["key"])] = s["key"]
        lookup[_norm(s.get("label", ""))] = s["key"]
    out: dict[str, list[str]] = {}
    for line in str(value or "").splitlines():
        if not line.strip():
            continue
        if "=" not in line:
            errors["partner_custom"] = "Write one custom field per line as Field=value, value."
            continue
        name, values = line.split("=", 1)
        key = lookup.get(_norm(name))
        if key is None:
            known = ", ".join(s.get("label", s["key"]) for s in specs) or "none are set up in Settings"
            errors["partner_custom"] = f"Unknown custom field “{name.strip()[:60]}” (custom fields: {known})."
            continue
        out[key] = _split(values)
    return out


def _weights(session: Session, errors: dict, value) -> dict:
    """"Partner name=weight" per line."""
    out: dict[str, int] = {}
    lines = [line for line in str(value or "").splitlines() if line.strip()]
    if not lines:
        return out
    accounts = {_norm(n): i for i, n in session.exec(
        select(PartnerAccount.id, PartnerAccount.name).where(PartnerAccount.status == "active")).all()}
    for line in lines:
        name, _, weight = line.rpartition("=")
        pid = accounts.get(_norm(name))
        if pid is None:
            errors["weights"] = f"No active partner is named “{name.strip()[:60] or line.strip()[:60]}”."
            continue
        try:
            w = int(weight.strip())
            if not 0 <= w <= 1000:
                raise ValueError
        except ValueError:
            errors["weights"] = "Write one partner per line as Partner name=weight (0 to 1000)."
            continue
        out[str(pid)] = w
    return out


def save_rule(*, session: Session, actor: Actor, values: dict, rule_id=None) -> dict:
    """Create a rule (tried last) or change one. values: name, method, the lists as
    comma-separated text, partner_custom and weights one per line, the capacity numbers."""
    require_admin(actor)
    errors: dict[str, str] = {}
    name = clean_text(errors, "name", values.get("name", ""), max_len=120, required="Enter the rule's name.")
    lists = {}
    for key in ("lead_countries", "lead_campaigns", "partner_geographies", "partner_tiers",
                "partner_specializations"):
        text = clean_text(errors, key, values.get(key, ""), max_len=2000, multiline=True)
        lists[key] = _split(text)
    method = str(values.get("method", "round_robin"))
    if method not in ROUTING_METHODS:
        errors["method"] = "Choose Round robin or Weighted."
    custom = _custom_criteria(session, errors, values.get("partner_custom", ""))
    weights = _weights(session, errors, values.get("weights", "")) if method == "weighted" else {}
    max_open = _int_field(errors, "max_open_leads", values.get("max_open_leads"), "the open leads")
    max_day = _int_field(errors, "max_new_per_day", values.get("max_new_per_day"), "the new leads per day")
    if errors:
        raise InvalidInput("Check the highlighted fields.", errors)
    if rule_id in (None, "", 0, "0"):
        if len(session.exec(select(RoutingRule.id)).all()) >= MAX_RULES:
            raise InvalidInput(f"At most {MAX_RULES} routing rules.")
        last = session.exec(select(func.max(RoutingRule.position))).one()
        rule = RoutingRule(position=(last or 0) + 1)
        action = "routing_rule_created"
    else:
        rule = _rule(session, rule_id)
        action = "routing_rule_updated"
    rule.name, rule.method, rule.partner_custom, rule.weights = name, method, custom, weights
    for key, v in lists.items():
        setattr(rule, key, v)
    rule.max_open_leads, rule.max_new_per_day, rule.updated_at = max_open, max_day, utcnow()
    session.add(rule)
    session.flush()
    audit.record(session, actor, action, "routing_rule", rule.id, name=name)
    session.commit()
    return _rule_dict(rule, _partner_names(session, rule.weights))


def _rule(session: Session, rule_id) -> RoutingRule:
    try:
        rid = int(rule_id)
    except (TypeError, ValueError, OverflowError):
        rid = 0
    rule = session.get(RoutingRule, rid) if 0 < rid <= MAX_ROW_ID else None
    if rule is None:
        raise NotFound("That routing rule was not found.")
    return rule


def set_rule_enabled(*, session: Session, actor: Actor, rule_id, enabled: bool) -> None:
    require_admin(actor)
    rule = _rule(session, rule_id)
    rule.enabled, rule.updated_at = bool(enabled), utcnow()
    audit.record(session, actor, "routing_rule_enabled" if enabled else "routing_rule_disabled",
                 "routing_rule", rule.id)
    session.commit()


def move_rule(*, session: Session, actor: Actor, rule_id, direction: str) -> None:
    """Move a rule up (tried earlier) or down; positions are renumbered 1..n."""
    require_admin(actor)
    rule = _rule(session, rule_id)
    rules = list(session.exec(select(RoutingRule).order_by(RoutingRule.position, RoutingRule.id)).all())
    i = rules.index(rule)
    j = i - 1 if direction == "up" else i + 1 if direction == "down" else i
    if 0 <= j < len(rules) and j != i:
        rules[i], rules[j] = rules[j], rules[i]
    for n, r in enumerate(rules, start=1):
        r.position = n
    audit.record(session, actor, "routing_rule_moved", "routing_rule", rule.id, direction=direction)
    session.commit()


def delete_rule(*, session: Session, actor: Actor, rule_id) -> None:
    require_admin(actor)
    rule = _rule(session, rule_id)
    audit.record(session, actor, "routing_rule_deleted", "routing_rule", rule.id, name=rule.name)
    session.delete(rule)
    session.commit()
