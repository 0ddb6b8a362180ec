"""Registered Leads in the browser: the supplier allows registration without PII; bob
registers a lead for a company another partner already has, sees only a neutral conflict
notice, and the supplier admin, who sees the conflicting lead, approves the registration."""

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


def test_a_partner_registers_a_lead_and_the_supplier_approves_it(page, browser, base_url):
    login(page, "admin", ADMIN_EMAIL, ADMIN_PASSWORD)
    page.wait_for_url(re.compile(r"/admin/?$"))
    page.goto("/admin/settings")
    wait_loaded(page)
    no_pii = page.get_by_role("switch", name="Allow lead registration without PII")
    expect(no_pii).not_to_be_checked()
    no_pii.click()
    page.get_by_role("button", name="Save Lead Settings").click()
    expect(page.get_by_text("Lead management settings saved.")).to_be_visible()
    shot(page, "admin_settings_lead_management")

    bob = partner_page(browser, base_url, "bob@northwind.example", "/portal/leads")
    expect(bob.get_by_role("row").filter(has_text="Initech")).to_contain_text("Distributed")
    shot(bob, "portal_all_leads")
    bob.get_by_role("link", name="Registered Leads").click()
    bob.wait_for_url(re.compile(r"/portal/leads/registered$"))
    wait_loaded(bob)
    bob.get_by_role("button", name="Register Lead").click()
    dialog = bob.get_by_role("dialog")
    expect(dialog.get_by_label("Email (optional)")).to_be_visible()
    # Vandelay Industries is a demo lead of Contoso: a likely conflict.
    dialog.get_by_label("Company").fill("Vandelay Industries, Inc.")
    dialog.get_by_label("First Name (optional)").fill("Art")
    dialog.get_by_label("Notes (optional)").fill("Import/export, 25 seats")
    dialog.get_by_role("button", name="Register Lead").click()
    notice = bob.get_by_role("status").filter(has_text="waits for the supplier's approval")
    expect(notice).to_contain_text("may already be registered or distributed")
    expect(notice).not_to_contain_text("Contoso")
    expect(bob.get_by_text("Lars")).to_have_count(0)
    row = bob.get_by_role("row").filter(has_text="Vandelay Industries, Inc.")
    expect(row).to_contain_text("Pending Approval")
    shot(bob, "portal_registered_leads")

    page.goto("/admin/leads")
    wait_loaded(page)
    page.get_by_role("link", name="Registrations").click()
    page.wait_for_url(re.compile(r"/admin/leads/registrations$"))
    wait_loaded(page)
    row = page.get_by_role("row").filter(has_text="Vandelay Industries, Inc.")
    expect(row).to_contain_text("Possible conflict")
    expect(row).to_contain_text("Northwind Traders")
    shot(page, "admin_registrations")
    row.get_by_role("link", name="Art").click()
    page.wait_for_url(re.compile(r"/admin/leads/view\?id=\d+"))
    wait_loaded(page)
    conflicts = page.get_by_role("table").filter(has_text="Why")
    expect(conflicts).to_contain_text("Lars Nilsson")
    expect(conflicts).to_contain_text("Contoso")
    expect(conflicts).to_contain_text("Same company name")
    shot(page, "admin_registration_detail")
    page.get_by_role("button", name="Approve").click()
    expect(page.get_by_text("Registration approved. The partner was told.")).to_be_visible()
    expect(page.get_by_role("table").last).to_contain_text("Pending Approval → Approved")

    href = email_link(browser, base_url, "bob@northwind.example", "Lead registration approved", "Open the Lead")
    bob.goto(href)
    wait_loaded(bob)
    expect(bob.get_by_role("heading", name="Update the lead")).to_be_visible()
    bob.context.close()
