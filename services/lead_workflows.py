"""The lead workflows (seed 004, Manage Workflows): the acceptance window — a lead not
accepted in time is recalled and routed again, leaving out the partner that let it lapse —
and the reminders to accept a new lead and to update a lead's status.

run_lead_workflows is what the periodic job (jobs/schedules.py) calls. Every step claims its
lead with a conditional UPDATE and records the emails in the same transaction, so two runs
at once, or a run repeated after a crash, never recall twice or send a reminder twice.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

from sqlalchemy import or_, update
from sqlmodel import Session, select

from models._base import utcnow
from models.accounts import PartnerAccount, User
from models.leads import Lead
from models.routing import LeadSettings
from prm.settings import get_settings
from services import audit
from services import leads as leads_service
from services.actors import Actor, require_admin
from services.errors import InvalidInput
from services.lead_statuses import reminded_status_names
from services.mail import record_emails

WORKFLOW_LABEL = "Lead workflow"
RUN_LIMIT = 2000  # leads per step per run; the next run takes the rest


def _settings(session: Session) -> LeadSettings:
    row = session.get(LeadSettings, 1)
    if row is None:
        row = LeadSettings(id=1)
        session.add(row)
        session.commit()
    return row


def _settings_dict(s: LeadSettings) -> dict:
    return {
        "recall_enabled": s.recall_enabled, "acceptance_window_hours": s.acceptance_window_hours,
        "accept_reminder_enabled": s.accept_reminder_enabled, "accept_reminder_hours": s.accept_reminder_hours,
        "status_reminder_enabled": s.status_reminder_enabled, "status_reminder_days": s.status_reminder_days,
        "updated_at": s.updated_at.strftime("%Y-%m-%d %H:%M"),
    }


def get_lead_settings(*, session: Session, actor: Actor) -> dict:
    require_admin(actor)
    return _settings_dict(_settings(session))


def update_lead_settings(*, session: Session, actor: Actor, values: dict) -> dict:
    """Leads > Lead Settings: the acceptance window and the two reminders."""
    require_admin(actor)
    errors: dict[str, str] = {}

    def number(key: str, low: int, high: int, what: str) -> int:
        try:
            n = int(str(values.get(key, "")).strip())
            if not low <= n <= high:
                raise ValueError
            return n
        except (TypeError, ValueError):
            errors[key] = f"Enter {what} from {low} to {high}."
            return low

    window = number("acceptance_window_hours", 1, 8760, "a number of hours")
    remind_hours = number("accept_reminder_hours", 1, 8760, "a number of hours")
    status_days = number("status_reminder_days", 1, 365, "a number of days")
    recall, remind, status_remind = (bool(values.get(k)) for k in (
        "recall_enabled", "accept_reminder_enabled", "status_reminder_enabled"))
    if not errors and recall and remind and remind_hours >= window:
        errors["accept_reminder_hours"] = "Remind before the acceptance window ends."
    if errors:
        raise InvalidInput("Check the highlighted fields.", errors)
    s = _settings(session)
    s.recall_enabled, s.acceptance_window_hours = recall, window
    s.accept_reminder_enabled, s.accept_reminder_hours = remind, remind_hours
    s.status_reminder_enabled, s.status_reminder_days = status_remind, status_days
    s.updated_at = utcnow()
    audit.record(session, actor, "lead_settings_updated", "lead_settings", 1, **{
        k: v for k, v in _settings_dict(s).items() if k != "updated_at"})
    session.commit()
    return _settings_dict(s)


# ---------------------------------------------------------------- the periodic run


def run_lead_workflows(*, session: Session) -> dict[str, int]:
    """Recall lapsed leads (and route them again), then send the due reminders. The program
    acts (no actor). Returns what it did."""
    s = _settings(session)
    done = {"recalled": 0, "rerouted": 0, "accept_reminders": 0, "status_reminders": 0}
    if s.recall_enabled:
        done["recalled"], done["rerouted"] = _recall(session, s)
    email_ids: list[int] = []
    if s.accept_reminder_enabled:
        done["accept_reminders"] = _accept_reminders(session, s, email_ids)
    if s.status_reminder_enabled:
        done["status_reminders"] = _status_reminders(session, s, email_ids)
    if email_ids:
        from jobs.queues import enqueue_email_batch

        enqueue_email_batch(email_ids, job_id=f"lead-reminders-{email_ids[0]}-{email_ids[-1]}")
    return done


def _recall(session: Session, s: LeadSettings) -> tuple[int, int]:
    now = utcnow()
    due = session.exec(select(Lead.id, Lead.partner_account_id, Lead.assigned_at).where(
        Lead.status == "New", Lead.partner_account_id.is_not(None),
        Lead.assigned_at <= now - timedelta(hours=s.acceptance_window_hours))
        .order_by(Lead.assigned_at, Lead.id).limit(RUN_LIMIT)).all()
    names = dict(session.exec(select(PartnerAccount.id, PartnerAccount.name).where(
        PartnerAccount.id.in_({pid for _, pid, _ in due}))).all()) if due else {}
    recalled: dict[int, set[int]] = {}
    for lead_id, partner_id, assigned_at in due:
        claimed = session.exec(
            update(Lead).where(Lead.id == lead_id, Lead.status == "New",
                               Lead.partner_account_id == partner_id, Lead.assigned_at == assigned_at)
            .values(status="Recalled", status_changed_at=now, updated_at=now,
                    partner_account_id=None, owner_user_id=None))
        if claimed.rowcount != 1:  # accepted, rejected or recalled meanwhile
            session.rollback()
            continue
        lead = session.get(Lead, lead_id)
        session.refresh(lead)
        partner = names.get(partner_id, "")
        note = f"Not accepted within the acceptance window ({s.acceptance_window_hours} hours)."
        leads_service._event(session, lead, None, "status", "New", "Recalled", note, "workflow", WORKFLOW_LABEL)
        leads_service._event(session, lead, None, "partner", partner, "Unassigned",
                             f"Recalled from {partner}; routed again without it.", "workflow", WORKFLOW_LABEL)
        session.commit()
        recalled[lead_id] = {partner_id}
    if not recalled:
        return 0, 0
    from services.routing import route_leads

    result = route_leads(session=session, actor=None, lead_ids=list(recalled), exclude=recalled)
    return len(recalled), result["assigned"]


def _recipients(session: Session, leads: list[Lead], *, owner_first: bool) -> dict[int, list[User]]:
    """Who hears of each lead: its owner (owner_first), else the account's Lead Owners, else its
    partner admins — as the New Lead Notification goes."""
    account_ids = {lead.partner_account_id for lead in leads}
    users = session.exec(select(User).where(User.partner_account_id.in_(account_ids),
                                            User.is_active.is_(True))).all() if account_ids else []
    by_account: dict[int, list[User]] = defaultdict(list)
    by_id = {}
    for u in users:
        by_account[u.partner_account_id].append(u)
        by_id[u.id] = u
    out = {}
    for lead in leads:
        if owner_first and lead.owner_user_id in by_id:
            out[lead.id] = [by_id[lead.owner_user_id]]
            continue
        people = by_account.get(lead.partner_account_id, [])
        out[lead.id] = ([u for u in people if u.is_lead_owner]
                        or [u for u in people if u.partner_role == "partner_admin"])
    return out


def _email(user: User, lead: Lead, template: str, key: str, **ctx) -> dict:
    return {"to_email": user.email, "to_name": user.first_name, "template": template,
            "idempotency_key": key,
            "ctx": {"company": lead.company, "lead_name": f"{lead.first_name} {lead.last_name}".strip(),
                    "url": f"{get_settings().base_url}/portal/leads/view?id={lead.id}", **ctx}}


def _accept_reminders(session: Session, s: LeadSettings, email_ids: list[int]) -> int:
    """Once per assignment: a New lead nobody accepted X hours after it was assigned."""
    now = utcnow()
    leads = session.exec(select(Lead).where(
        Lead.status == "New", Lead.partner_account_id.is_not(None),
        Lead.assigned_at <= now - timedelta(hours=s.accept_reminder_hours),
        or_(Lead.accept_reminded_at.is_(None), Lead.accept_reminded_at < Lead.assigned_at))
        .order_by(Lead.assigned_at, Lead.id).limit(RUN_LIMIT)).all()
    to = _recipients(session, list(leads), owner_first=False)
    sent = 0
    for lead in leads:
        claimed = session.exec(
            update(Lead).where(Lead.id == lead.id, Lead.status == "New",
                               Lead.assigned_at == lead.assigned_at,
                               or_(Lead.accept_reminded_at.is_(None), Lead.accept_reminded_at < Lead.assigned_at))
            .values(accept_reminded_at=now))
        if claimed.rowcount != 1:
            session.rollback()
            continue
        people = to.get(lead.id, [])
        window = s.acceptance_window_hours if s.recall_enabled else 0
        email_ids += record_emails(session=session, emails=[
            _email(u, lead, "lead_accept_reminder", f"accept_reminder:{lead.id}:{lead.assigned_at.isoformat()}:{u.id}",
                   hours=s.accept_reminder_hours, window_hours=window) for u in people])
        leads_service._event(session, lead, None, "reminder", "", "Accept the lead",
                             f"Reminder to accept sent to {_who(people)}.", "workflow", WORKFLOW_LABEL)
        session.commit()
        sent += 1
    return sent


def _status_reminders(session: Session, s: LeadSettings, email_ids: list[int]) -> int:
    """Once per period: an accepted, unfinished lead whose status has not changed in Y days."""
    now = utcnow()
    period = timedelta(days=s.status_reminder_days)
    leads = session.exec(select(Lead).where(
        Lead.status.in_(reminded_status_names(session)), Lead.partner_account_id.is_not(None),
        Lead.status_changed_at <= now - period,
        or_(Lead.status_reminded_at.is_(None), Lead.status_reminded_at <= now - period))
        .order_by(Lead.status_changed_at, Lead.id).limit(RUN_LIMIT)).all()
    to = _recipients(session, list(leads), owner_first=True)
    sent = 0
    for lead in leads:
        claimed = session.exec(
            update(Lead).where(Lead.id == lead.id, Lead.status == lead.status,
                               Lead.status_changed_at <= now - period,
                               or_(Lead.status_reminded_at.is_(None), Lead.status_reminded_at <= now - period))
            .values(status_reminded_at=now))
        if claimed.rowcount != 1:
            session.rollback()
            continue
        people = to.get(lead.id, [])
        days = (now - lead.status_changed_at).days
        email_ids += record_emails(session=session, emails=[
            _email(u, lead, "lead_status_reminder", f"status_reminder:{lead.id}:{now.isoformat()}:{u.id}",
                   status=lead.status, days=days) for u in people])
        leads_service._event(session, lead, None, "reminder", "", "Update the status",
                             f"Reminder to update the status ({lead.status} for {days} days) sent to "
                             f"{_who(people)}.", "workflow", WORKFLOW_LABEL)
        session.commit()
        sent += 1
    return sent


def _who(people: list[User]) -> str:
    if not people:
        return "nobody (the account has no Lead Owner or partner admin)"
    names = [u.full_name for u in people[:5]]
    return ", ".join(names) + (f" and {len(people) - 5} more" if len(people) > 5 else "")
