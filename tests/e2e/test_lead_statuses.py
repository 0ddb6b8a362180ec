"""Leads > Lead Settings in the browser: the admin adds, renames, moves and deactivates lead
statuses, and the partner's status menu follows; Route Unassigned Leads routes the queue as a
job with a progress bar. Both leave the app as they found it (default statuses, no extra leads)."""

from __future__ import annotations

import re

from playwright.sync_api import expect
from sqlmodel import delete, select

from tests.e2e.conftest import (
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    login,
    partner_page,
    shot,
    wait_loaded,
)


def _status_names(page) -> list[str]:
    rows = page.locator("#lead-statuses tbody tr")
    return [rows.nth(i).locator("td").first.inner_text().split("\n")[0].strip() for i in range(rows.count())]


def test_the_admin_edits_the_lead_statuses_and_the_partner_menu_follows(page, browser, base_url, app_db):
    from models.accounts import User
    from models.leads import Lead, LeadEvent

    alice_user = app_db.exec(select(User).where(User.email == "alice@northwind.example")).one()
    lead = Lead(company="Status Menu Co", last_name="Tester", partner_account_id=alice_user.partner_account_id,
                owner_user_id=alice_user.id, status="Accepted")
    app_db.add(lead)
    app_db.commit()
    try:
        login(page, "admin", ADMIN_EMAIL, ADMIN_PASSWORD)
        page.wait_for_url(re.compile(r"/admin/?$"))
        page.goto("/admin/leads/settings")
        wait_loaded(page)
        statuses = page.locator("#lead-statuses")
        expect(statuses.get_by_role("row").filter(has_text="Converted to Opportunity")).to_be_visible()

        # Add: a name already taken is refused next to the field, then a new one is added last.
        page.get_by_label("New status").fill("qualified")
        page.get_by_role("button", name="Add Status").click()
        expect(page.get_by_text("There is already a status named qualified.")).to_be_visible()
        page.get_by_label("New status").fill("Meeting Booked")
        page.get_by_role("button", name="Add Status").click()
        expect(page.get_by_text("Status Meeting Booked added.")).to_be_visible()
        assert _status_names(page)[-1] == "Meeting Booked"

        # Rename it, move it up above Recalled, deactivate Closed Lost.
        page.get_by_role("button", name="Rename: Meeting Booked").click()
        page.get_by_label("Status name").fill("Demo Booked")
        page.get_by_role("button", name="Save Status").click()
        expect(page.get_by_text("Status saved.")).to_be_visible()
        expect(statuses.get_by_role("row").filter(has_text="Meeting Booked")).to_have_count(0)
        page.get_by_role("button", name="Move up: Demo Booked").click()
        expect(page.get_by_text("Status moved up.")).to_be_visible()
        names = _status_names(page)
        assert names.index("Demo Booked") == names.index("Recalled") - 1
        page.get_by_role("button", name="Deactivate: Closed Lost").click()
        expect(statuses.get_by_role("row").filter(has_text="Closed Lost")).to_contain_text("Inactive")
        # The workflow's statuses offer no Rename or Deactivate.
        expect(page.get_by_role("button", name="Deactivate: New")).to_have_count(0)
        shot(page, "admin_lead_statuses")

        # The partner's status menu shows the change.
        alice = partner_page(browser, base_url, "alice@northwind.example", f"/portal/leads/view?id={lead.id}")
        alice.get_by_label("Status").click()
        expect(alice.get_by_role("option", name="Demo Booked")).to_be_visible()
        expect(alice.get_by_role("option", name="Closed Lost")).to_have_count(0)
        alice.get_by_role("option", name="Demo Booked").click()
        expect(alice.get_by_label("Status")).to_contain_text("Demo Booked")
        shot(alice, "portal_lead_status_chosen")
        alice.get_by_role("button", name="Save").click()
        expect(alice.get_by_text("Lead updated.")).to_be_visible()
        expect(alice.get_by_role("cell", name="Accepted → Demo Booked")).to_be_visible()
        alice.context.close()
    finally:
        app_db.exec(delete(LeadEvent).where(LeadEvent.lead_id == lead.id))
        app_db.exec(delete(Lead).where(Lead.id == lead.id))
        app_db.commit()

    # Back to the defaults (no lead holds Demo Booked any more).
    page.reload()
    wait_loaded(page)
    page.get_by_role("button", name="Restore Defaults").click()
    expect(page.get_by_text("Default statuses restored.")).to_be_visible()
    assert _status_names(page) == ["New", "Pending Approval", "Approved", "Accepted", "Rejected", "Contacted",
                                   "Qualified", "Converted to Opportunity", "Closed Won", "Closed Lost",
                                   "Recalled"]
    expect(page.locator("#lead-statuses").get_by_text("Inactive")).to_have_count(0)


def test_route_unassigned_leads_routes_the_queue_as_a_job(page, app_db):
    from models.leads import Lead, LeadEvent
    from models.routing import RoutingRun

    # Three leads no rule can place (the routing rules are left as they are).
    app_db.add_all([Lead(company=f"Queue Co {i}", last_name="Waiting", country="Nowhereland",
                         source_campaign="Unroutable e2e") for i in range(3)])
    app_db.commit()
    try:
        login(page, "admin", ADMIN_EMAIL, ADMIN_PASSWORD)
        page.wait_for_url(re.compile(r"/admin/?$"))
        page.goto("/admin/leads?view=unassigned")
        wait_loaded(page)
        expect(page.get_by_role("row").filter(has_text="Queue Co 0")).to_be_visible()
        page.get_by_role("button", name="Route Unassigned Leads").click()
        progress = page.locator("#routing-run-progress")
        expect(progress).to_contain_text(re.compile(r"(\d+) of \1 leads"))
        expect(page.get_by_text("Last routing of the Unassigned queue")).to_be_visible()
        shot(page, "admin_route_unassigned")
        run = app_db.exec(select(RoutingRun).order_by(RoutingRun.id.desc())).first()
        app_db.refresh(run)
        assert run.status == "done" and run.processed == run.total >= 3
    finally:
        ids = list(app_db.exec(select(Lead.id).where(Lead.source_campaign == "Unroutable e2e")).all())
        app_db.exec(delete(LeadEvent).where(LeadEvent.lead_id.in_(ids)))
        app_db.exec(delete(Lead).where(Lead.id.in_(ids)))
        app_db.exec(delete(RoutingRun))
        app_db.commit()
