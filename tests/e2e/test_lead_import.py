"""Leads > Upload Leads in the browser: a small file with one bad row, the row fixed in place,
Import, the progress bar to the end, the new leads in All leads."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.e2e.conftest import ADMIN_EMAIL, ADMIN_PASSWORD, login, shot, wait_loaded

CSV = (
    "First Name,Last Name,E-mail,Phone,Company,Country/Region,Notes,Source Campaign,Partner\r\n"
    "Ines,Duarte,ines@lisboa-labs.example,+351 21 000,Lisboa Labs,Portugal,Wants a demo,Expo 2026,northwind\r\n"
    "Oskar,Berg,oskar@fjord.example,,Fjord Logistics,Norway,,Expo 2026,\r\n"
    "Mara,Quint,mara(at)quintcorp.example,,Quint Corp,Germany,,Expo 2026,\r\n"
)


def test_upload_leads_fix_a_row_in_place_and_see_them_in_all_leads(page):
    login(page, "admin", ADMIN_EMAIL, ADMIN_PASSWORD)
    page.wait_for_url(re.compile(r"/admin/?$"))
    page.goto("/admin/leads")
    wait_loaded(page)
    page.get_by_role("button", name="Upload Leads").click()
    page.wait_for_url(re.compile(r"/admin/leads/import/?$"))
    wait_loaded(page)
    expect(page.get_by_role("button", name="Download sample CSV")).to_be_visible()
    expect(page.get_by_text("Partner", exact=True)).to_be_visible()
    shot(page, "admin_lead_import_upload")

    page.locator("input[type=file]").set_input_files(
        files=[{"name": "expo-leads.csv", "mimeType": "text/csv", "buffer": CSV.encode("utf-8")}])
    page.wait_for_url(re.compile(r"run=\d+"))
    wait_loaded(page)
    expect(page.get_by_text("Rows that will not be imported")).to_be_visible()
    bad = page.locator("tbody tr")
    expect(bad).to_have_count(1)
    expect(bad.first).to_contain_text("Email: Enter a valid email address.")
    shot(page, "admin_lead_import_review")

    bad.first.get_by_role("button", name="Fix row 3").click()
    page.get_by_label("Email", exact=True).fill("mara@quintcorp.example")
    shot(page, "admin_lead_import_fix")
    page.get_by_role("button", name="Validate Again").click()
    expect(page.get_by_text("Row 3 is valid now")).to_be_visible()
    expect(page.get_by_text("Every row is valid.")).to_be_visible()

    page.get_by_role("button", name="Import", exact=True).click()
    expect(page.get_by_role("progressbar", name="Import progress")).to_be_visible()
    expect(page.get_by_text(re.compile(r"Import finished: 3 leads created, 0 rows failed"))).to_be_visible(
        timeout=30000)
    page.wait_for_timeout(800)  # the bar slides to its new width
    shot(page, "admin_lead_import_done")

    page.get_by_role("link", name="Back to Leads").click()
    page.wait_for_url(re.compile(r"/admin/leads/?$"))
    wait_loaded(page)
    rows = page.locator("tbody tr")
    expect(rows.filter(has_text="Lisboa Labs")).to_contain_text("Northwind Traders")
    expect(rows.filter(has_text="Fjord Logistics")).to_contain_text("Unassigned")
    expect(rows.filter(has_text="Quint Corp")).to_contain_text("mara@quintcorp.example")
