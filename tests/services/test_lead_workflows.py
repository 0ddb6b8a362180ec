"""services/lead_workflows.py and its periodic job (seed 004: acceptance window, reminders to
accept and to update the status), with a frozen clock."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select

from models.leads import Lead, LeadEvent
from models.messaging import EmailMessage
from services.errors import InvalidInput, PermissionDenied
from services.lead_workflows import get_lead_settings, run_lead_workflows, update_lead_settings
from services.leads import accept_lead, assign_lead, create_lead, list_leads, update_lead_progress
from services.routing import save_rule, unassigned_lead_ids
from tests.factories import personas

LEAD = {"first_name": "Pat", "last_name": "Jones", "email": "pat@acme.example", "company": "Acme"}
SETTINGS = {"recall_enabled": True, "acceptance_window_hours": "48", "accept_reminder_enabled": True,
            "accept_reminder_hours": "24", "status_reminder_enabled": True, "status_reminder_days": "7"}


@pytest.fixture
def p(db):
    return personas(db)


@pytest.fixture
def admin(db, p):
    return p.actor(db, p.admin)


def configure(db, admin, **changes):
    return update_lead_settings(session=db, actor=admin, values={**SETTINGS, **changes})


def run(db):
    return run_lead_workflows(session=db)


def emails(db, template):
    return list(db.exec(select(EmailMessage).where(EmailMessage.template == template)
                        .order_by(EmailMessage.id)).all())


def stored(db, lead_id) -> Lead:
    with Session(db.get_bind()) as other:
        return other.get(Lead, lead_id)


def timeline(db, lead_id):
    return [(e.actor_kind, e.field, e.old_value, e.new_value) for e in db.exec(
        select(LeadEvent).where(LeadEvent.lead_id == lead_id).order_by(LeadEvent.id)).all()]


def test_a_lead_not_accepted_in_its_window_is_recalled_and_routed_to_another_partner(db, p, admin, frozen_clock):
    configure(db, admin, accept_reminder_enabled=False)
    save_rule(session=db, actor=admin, values={"name": "Gold and Silver", "partner_tiers": "Gold, Silver"})
    lead = create_lead(session=db, actor=admin, values=LEAD)
    assert lead["partner"] == "Northwind Traders"
    frozen_clock.advance(hours=47, minutes=59)
    assert run(db)["recalled"] == 0
    frozen_clock.advance(minutes=2)
    assert run(db) == {"recalled": 1, "rerouted": 1, "accept_reminders": 0, "status_reminders": 0}
    assert stored(db, lead["id"]).partner_account_id == p.contoso.id
    assert stored(db, lead["id"]).status == "New"
    assert timeline(db, lead["id"])[2:] == [
        ("workflow", "status", "New", "Recalled"),
        ("workflow", "partner", "Northwind Traders", "Unassigned"),
        ("rule", "partner", "Unassigned", "Contoso"),
        ("rule", "status", "Recalled", "New"),
    ]
    assert [e.to_email for e in emails(db, "new_lead")] == ["alice@northwind.example", "charlie@contoso.example"]
    # Northwind no longer sees it; running again changes nothing.
    assert lead["id"] not in {r["id"] for r in list_leads(session=db, actor=p.actor(db, p.alice)).rows}
    assert run(db)["recalled"] == 0
    assert len(timeline(db, lead["id"])) == 6


def test_a_recalled_lead_no_other_partner_can_take_waits_unassigned(db, p, admin, frozen_clock):
    configure(db, admin)
    save_rule(session=db, actor=admin, values={"name": "Gold", "partner_tiers": "Gold"})
    lead = create_lead(session=db, actor=admin, values=LEAD)
    frozen_clock.advance(hours=49)
    assert run(db)["recalled"] == 1
    assert (stored(db, lead["id"]).status, stored(db, lead["id"]).partner_account_id) == ("Recalled", None)
    assert unassigned_lead_ids(session=db, actor=admin) == [lead["id"]]
    # The supplier assigns it by hand; it starts again as New.
    assign_lead(session=db, actor=admin, lead_id=lead["id"], partner_account_id=p.contoso.id)
    assert stored(db, lead["id"]).status == "New"


def test_accepted_leads_are_never_recalled(db, p, admin, frozen_clock):
    configure(db, admin)
    lead = create_lead(session=db, actor=admin, values=LEAD, partner_account_id=p.northwind.id)
    accept_lead(session=db, actor=p.actor(db, p.alice), lead_id=lead["id"])
    frozen_clock.advance(hours=100)
    assert run(db)["recalled"] == 0
    assert stored(db, lead["id"]).status == "Accepted"


def test_the_accept_reminder_goes_once_per_assignment(db, p, admin, frozen_clock):
    configure(db, admin, recall_enabled=False)
    lead = create_lead(session=db, actor=admin, values=LEAD, partner_account_id=p.northwind.id)
    frozen_clock.advance(hours=23)
    assert run(db)["accept_reminders"] == 0
    frozen_clock.advance(hours=2)
    assert run(db)["accept_reminders"] == 1
    assert run(db)["accept_reminders"] == 0  # the job ran twice: one email
    frozen_clock.advance(hours=30)
    assert run(db)["accept_reminders"] == 0
    [email] = emails(db, "lead_accept_reminder")
    assert email.to_email == "alice@northwind.example"
    assert email.subject == "Reminder: accept the lead Acme"
    assert f"/portal/leads/view?id={lead['id']}" in email.text_body
    assert ("workflow", "reminder", "", "Accept the lead") in timeline(db, lead["id"])
    # Reassigned: the new partner is reminded in its turn.
    assign_lead(session=db, actor=admin, lead_id=lead["id"], partner_account_id=p.contoso.id)
    frozen_clock.advance(hours=25)
    assert run(db)["accept_reminders"] == 1
    assert [e.to_email for e in emails(db, "lead_accept_reminder")] == [
        "alice@northwind.example", "charlie@contoso.example"]


def test_the_status_reminder_goes_once_per_period_to_the_lead_owner(db, p, admin, frozen_clock):
    configure(db, admin)
    p.bob.is_lead_owner = True
    db.add(p.bob)
    db.commit()
    lead = create_lead(session=db, actor=admin, values=LEAD, partner_account_id=p.northwind.id)
    accept_lead(session=db, actor=p.actor(db, p.bob), lead_id=lead["id"])
    frozen_clock.advance(days=6)
    assert run(db)["status_reminders"] == 0
    frozen_clock.advance(days=1, minutes=1)
    assert run(db)["status_reminders"] == 1
    assert run(db)["status_reminders"] == 0
    [email] = emails(db, "lead_status_reminder")
    assert email.to_email == "bob@northwind.example"
    assert "has been Accepted for 7 days" in email.text_body
    frozen_clock.advance(days=7)
    assert run(db)["status_reminders"] == 1  # the next period
    # A status update restarts the clock.
    update_lead_progress(session=db, actor=p.actor(db, p.bob), lead_id=lead["id"], status="Contacted")
    frozen_clock.advance(days=6)
    assert run(db)["status_reminders"] == 0
    frozen_clock.advance(days=2)
    assert run(db)["status_reminders"] == 1
    assert len(emails(db, "lead_status_reminder")) == 3
    # Finished leads are left alone.
    update_lead_progress(session=db, actor=p.actor(db, p.bob), lead_id=lead["id"], status="Closed Won")
    frozen_clock.advance(days=30)
    assert run(db)["status_reminders"] == 0


def test_nothing_runs_while_the_workflows_are_off(db, p, admin, frozen_clock):
    lead = create_lead(session=db, actor=admin, values=LEAD, partner_account_id=p.northwind.id)
    frozen_clock.advance(days=30)
    assert run(db) == {"recalled": 0, "rerouted": 0, "accept_reminders": 0, "status_reminders": 0}
    assert stored(db, lead["id"]).status == "New"
    assert get_lead_settings(session=db, actor=admin)["recall_enabled"] is False


def test_lead_settings_are_checked_and_admin_only(db, p, admin):
    with pytest.raises(InvalidInput) as exc:
        configure(db, admin, acceptance_window_hours="0", status_reminder_days="x")
    assert set(exc.value.fields) == {"acceptance_window_hours", "status_reminder_days"}
    with pytest.raises(InvalidInput) as exc:
        configure(db, admin, accept_reminder_hours="48")
    assert exc.value.fields == {"accept_reminder_hours": "Remind before the acceptance window ends."}
    assert configure(db, admin)["acceptance_window_hours"] == 48
    for user in (p.alice, p.bob):
        with pytest.raises(PermissionDenied):
            configure(db, p.actor(db, user))
        with pytest.raises(PermissionDenied):
            get_lead_settings(session=db, actor=p.actor(db, user))


def test_the_periodic_job_runs_the_workflows_and_schedules_one_next_run(db, p, admin, frozen_clock):
    from rq.job import Job

    from jobs import queues
    from jobs.schedules import WORKFLOW_INTERVAL, run_lead_workflows, schedule_lead_workflows

    queues.reset_connection()
    configure(db, admin, recall_enabled=False)
    create_lead(session=db, actor=admin, values=LEAD, partner_account_id=p.contoso.id)
    frozen_clock.advance(hours=25)
    assert run_lead_workflows(reschedule=False)["accept_reminders"] == 1
    assert run_lead_workflows(reschedule=False)["accept_reminders"] == 0
    assert len(emails(db, "lead_accept_reminder")) == 1
    first = schedule_lead_workflows(now=1000 * WORKFLOW_INTERVAL + 5)
    assert first == schedule_lead_workflows(now=1000 * WORKFLOW_INTERVAL + 200) == "lead-workflows-1001"
    job = Job.fetch(first, connection=queues.get_connection())
    assert job.func_name == "jobs.schedules.run_lead_workflows"
    assert queues.get_queue("default").scheduled_job_registry.get_job_ids() == [first]
    queues.reset_connection()
