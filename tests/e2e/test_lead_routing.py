"""Lead routing in the browser: the supplier admin writes a rule on Leads > Routing Rules,
tests it, creates a lead without choosing a partner and sees the rule's partner and its
explanation on the lead's timeline; then routes the Unassigned queue's lead again."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.e2e.conftest import ADMIN_EMAIL, ADMIN_PASSWORD, login, shot, wait_loaded


def test_a_routing_rule_places_a_new_lead_and_says_why(page):
    login(page, "admin", ADMIN_EMAIL, ADMIN_PASSWORD)
    page.wait_for_url(re.compile(r"/admin/?$"))
    page.goto("/admin/leads/routing")
    wait_loaded(page)
    expect(page.get_by_text("No routing rules yet")).to_be_visible()

    page.get_by_role("button", name="New Rule").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_role("button", name="Save Rule").click()
    expect(dialog.get_by_text("Enter the rule's name.")).to_be_visible()
    dialog.get_by_label("Rule name").fill("Silver partners")
    dialog.get_by_label("Partner Tier").fill("Silver")
    dialog.get_by_label("Max open leads").fill("50")
    shot(page, "admin_lead_routing_rule_dialog")
    dialog.get_by_role("button", name="Save Rule").click()
    expect(page.get_by_text("Routing rule Silver partners saved.")).to_be_visible()
    row = page.get_by_role("row").filter(has_text="Silver partners")
    expect(row).to_contain_text("Tier: Silver")
    expect(row).to_contain_text("50 open")
    expect(row).to_contain_text("Enabled")

    page.get_by_label("Lead Country/Region").fill("Japan")
    page.get_by_role("button", name="Test").click()
    expect(page.get_by_role("status").filter(has_text="would assign it to Contoso")).to_be_visible()
    shot(page, "admin_lead_routing")

    # A lead created with no partner chosen is routed by the rule.
    page.goto("/admin/leads")
    wait_loaded(page)
    page.get_by_role("button", name="Create Lead").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_label("First Name").fill("Rosa")
    dialog.get_by_label("Last Name").fill("Routed")
    dialog.get_by_label("Email").fill("rosa@litware.example")
    dialog.get_by_label("Company").fill("Litware")
    dialog.get_by_role("button", name="Create Lead").click()
    expect(page.get_by_text("Lead Rosa Routed created, assigned to Contoso.")).to_be_visible()
    expect(page.get_by_role("row").filter(has_text="Rosa Routed")).to_contain_text("Contoso")

    page.get_by_role("link", name="Rosa Routed").click()
    page.wait_for_url(re.compile(r"/admin/leads/view\?id=\d+"))
    wait_loaded(page)
    timeline = page.get_by_role("table").last
    expect(timeline).to_contain_text("Unassigned → Contoso")
    expect(timeline).to_contain_text("Rule: Silver partners")
    expect(timeline).to_contain_text("Routing rule “Silver partners” (Round robin) chose Contoso.")
    shot(page, "admin_lead_routed")

    # The demo's unassigned lead waits in the Unassigned queue; Route again places it.
    page.goto("/admin/leads")
    wait_loaded(page)
    page.get_by_role("button", name="Unassigned").click()
    queue_row = page.get_by_role("row").filter(has_text="Kenji Sato")
    expect(queue_row).to_be_visible()
    expect(page.get_by_role("row").filter(has_text="Rosa Routed")).to_have_count(0)
    # The queue has never been routed as a whole: no run card (it said "failed", "undefined").
    expect(page.get_by_text("Route Unassigned Leads")).to_be_visible()
    expect(page.get_by_text("Routing the Unassigned queue failed")).to_have_count(0)
    expect(page.get_by_text("undefined")).to_have_count(0)
    shot(page, "admin_leads_unassigned")
    queue_row.get_by_role("button", name="Route again: Kenji Sato").click()
    expect(page.get_by_text("Kenji Sato routed to Contoso.")).to_be_visible()
    expect(page.get_by_role("row").filter(has_text="Kenji Sato")).to_have_count(0)


def test_the_admin_sets_the_acceptance_window_and_reminders(page):
    login(page, "admin", ADMIN_EMAIL, ADMIN_PASSWORD)
    page.wait_for_url(re.compile(r"/admin/?$"))
    page.goto("/admin/leads/settings")
    wait_loaded(page)
    page.get_by_label("Acceptance window", exact=True).click()
    page.get_by_label("Acceptance window (hours)").fill("24")
    page.get_by_label("Remind to accept").click()
    page.get_by_label("Remind after (hours)").fill("30")
    page.get_by_role("button", name="Save Lead Settings").click()
    expect(page.get_by_text("Remind before the acceptance window ends.")).to_be_visible()
    page.get_by_label("Remind after (hours)").fill("8")
    page.get_by_role("button", name="Save Lead Settings").click()
    expect(page.get_by_text("Lead settings saved.")).to_be_visible()
    shot(page, "admin_lead_settings")
    page.reload()
    wait_loaded(page)
    expect(page.get_by_label("Acceptance window", exact=True)).to_be_checked()
    expect(page.get_by_label("Remind after (hours)")).to_have_value("8")
    expect(page.get_by_label("Remind to update the status")).not_to_be_checked()
