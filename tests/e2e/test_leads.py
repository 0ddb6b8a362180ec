"""A distributed lead in the browser: the supplier creates and assigns it, the lead owner gets
the New Lead Notification, opens the lead from it, accepts it and works it; the supplier sees
every change on the lead's timeline. Another partner rejects a lead with a reason."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.e2e.conftest import (
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    email_link,
    login,
    partner_page,
    shot,
    wait_loaded,
)


def _create_lead(page, company: str, first: str, last: str, partner: str) -> None:
    page.goto("/admin/leads")
    wait_loaded(page)
    page.get_by_role("button", name="Create Lead").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_label("First Name").fill(first)
    dialog.get_by_label("Last Name").fill(last)
    dialog.get_by_label("Email").fill(f"{first.lower()}@{company.split()[0].lower()}.example")
    dialog.get_by_label("Company").fill(company)
    dialog.get_by_label("Source Campaign").fill("Webinar: Zero Trust 101")
    dialog.get_by_label("Assign to partner").click()
    page.get_by_role("option", name=partner).click()
    dialog.get_by_role("button", name="Create Lead").click()
    expect(page.get_by_text(f"Lead {first} {last} created, assigned to {partner}.")).to_be_visible()


def test_a_lead_from_creation_to_qualified(page, browser, base_url):
    login(page, "admin", ADMIN_EMAIL, ADMIN_PASSWORD)
    page.wait_for_url(re.compile(r"/admin/?$"))
    _create_lead(page, "Fabrikam Residences", "Rita", "Reyes", "Northwind Traders")

    # Northwind's Lead Owners (alice and bob) got the New Lead Notification.
    href = email_link(browser, base_url, "alice@northwind.example", "New lead: Fabrikam Residences",
                      "Review the Lead")
    assert re.search(r"/portal/leads/view\?id=\d+$", href)

    # Bob opens it too, and is still looking at it when alice accepts it.
    bob = partner_page(browser, base_url, "bob@northwind.example", href)
    expect(bob.get_by_role("heading", name="New lead: accept it?")).to_be_visible()

    alice = partner_page(browser, base_url, "alice@northwind.example", href)
    expect(alice.get_by_role("heading", name="New lead: accept it?")).to_be_visible()
    shot(alice, "portal_lead_new")
    other_tab = alice.context.new_page()  # alice has it open twice
    other_tab.goto(href)
    wait_loaded(other_tab)
    alice.get_by_role("button", name="Accept").click()
    expect(alice.get_by_text("Lead accepted.")).to_be_visible()

    # Clicks from pages still showing it New come too late, and say so. Bob may no longer see
    # the lead (it is alice's): only the reason is left, nothing to click.
    taken = "This lead is no longer New: someone already accepted or rejected it."
    bob.get_by_role("button", name="Accept").click()
    expect(bob.get_by_role("alert")).to_have_text(taken)
    expect(bob.get_by_role("button", name="Accept")).to_have_count(0)
    expect(bob.get_by_text("Fabrikam Residences")).to_have_count(0)
    shot(bob, "portal_lead_taken_meanwhile")
    bob.context.close()
    # Alice's other tab shows the lead as it is now, hers to work, with the reason.
    other_tab.get_by_role("button", name="Reject").click()
    other_tab.get_by_label("Reason").fill("Duplicate")
    other_tab.get_by_role("button", name="Reject Lead").click()
    expect(other_tab.get_by_text(taken)).to_be_visible()
    expect(other_tab.get_by_role("heading", name="Update the lead")).to_be_visible()
    expect(other_tab.get_by_text("Accepted", exact=True).first).to_be_visible()
    shot(other_tab, "portal_lead_accepted_in_another_tab")
    other_tab.close()
    expect(alice.get_by_role("heading", name="Update the lead")).to_be_visible()
    alice.get_by_label("Status").click()
    alice.get_by_role("option", name="Qualified").click()
    alice.get_by_label("Opportunity amount").fill("12,500.50")
    alice.get_by_label("Opportunity stage").fill("Discovery")
    alice.get_by_role("button", name="Save").click()
    expect(alice.get_by_text("Lead updated.")).to_be_visible()
    expect(alice.get_by_text("12500.50 · Discovery", exact=True)).to_be_visible()
    expect(alice.get_by_role("cell", name="— → 12500.50 · Discovery")).to_be_visible()
    shot(alice, "portal_lead_working")
    alice.context.close()

    page.goto("/admin/leads")
    wait_loaded(page)
    page.get_by_role("link", name="Rita Reyes").click()
    page.wait_for_url(re.compile(r"/admin/leads/view\?id=\d+"))
    wait_loaded(page)
    timeline = page.get_by_role("table").last
    expect(timeline).to_contain_text("Unassigned → Northwind Traders")
    expect(timeline).to_contain_text("New → Accepted")
    expect(timeline).to_contain_text("Accepted → Qualified")
    expect(timeline).to_contain_text("Alice Anders (Northwind Traders)")
    shot(page, "admin_lead_detail")


def test_a_partner_rejects_a_lead_with_a_reason_and_others_never_see_it(page, browser, base_url):
    login(page, "admin", ADMIN_EMAIL, ADMIN_PASSWORD)
    page.wait_for_url(re.compile(r"/admin/?$"))
    _create_lead(page, "Woodgrove Bank", "Walt", "Wood", "Contoso")
    href = email_link(browser, base_url, "charlie@contoso.example", "New lead: Woodgrove Bank",
                      "Review the Lead")

    # Another tenant's lead is not found, whoever asks.
    alice = partner_page(browser, base_url, "alice@northwind.example", href)
    expect(alice.get_by_text("That lead was not found.")).to_be_visible()
    expect(alice.get_by_text("Woodgrove Bank")).to_have_count(0)
    alice.context.close()

    charlie = partner_page(browser, base_url, "charlie@contoso.example", href)
    charlie.get_by_role("button", name="Reject").click()
    charlie.get_by_role("button", name="Reject Lead").click()
    expect(charlie.get_by_text("Tell the supplier why you reject this lead.")).to_be_visible()
    charlie.get_by_label("Reason").fill("Outside our region")
    charlie.get_by_role("button", name="Reject Lead").click()
    expect(charlie.get_by_text("Lead rejected.")).to_be_visible()
    charlie.context.close()

    page.goto("/admin/leads")
    wait_loaded(page)
    page.get_by_role("link", name="Walt Wood").click()
    wait_loaded(page)
    expect(page.get_by_text("Rejected by the partner: Outside our region")).to_be_visible()
    page.get_by_label("Partner").click()
    page.get_by_role("option", name="Northwind Traders").click()
    page.get_by_role("button", name="Assign").click()
    expect(page.get_by_text("Lead assigned to Northwind Traders.")).to_be_visible()
    expect(page.get_by_role("table").last).to_contain_text("Contoso → Northwind Traders")
