"""The admin console's list pages, filtered and searched on the server."""

from __future__ import annotations

import re

from playwright.sync_api import expect
from sqlmodel import select

from tests.e2e.conftest import ADMIN_EMAIL, ADMIN_PASSWORD, login, shot, wait_loaded


def _rows(page):
    return page.locator("tbody tr")


def _count(app_db, model) -> int:
    """Rows on a first page of 25 (other tests may have added some by now)."""
    from sqlmodel import func, select

    return min(25, app_db.exec(select(func.count()).select_from(model)).one())


def test_partner_explorer_filters_and_searches(page, app_db):
    from models.accounts import PartnerAccount

    login(page, "admin", ADMIN_EMAIL, ADMIN_PASSWORD)
    page.wait_for_url(re.compile(r"/admin/?$"))
    page.get_by_role("link", name="Partner Explorer").first.click()
    page.wait_for_url(re.compile(r"/admin/partners/?$"))
    wait_loaded(page)
    expect(_rows(page)).to_have_count(_count(app_db, PartnerAccount))
    shot(page, "admin_partner_explorer")

    page.get_by_label("Status").click()
    page.get_by_role("option", name="Test").click()
    expect(_rows(page)).to_have_count(1)
    expect(_rows(page).first).to_contain_text("Fabrikam (Test)")
    page.get_by_label("Status").click()
    page.get_by_role("option", name="Inactive").click()
    expect(page.get_by_text("No partner accounts match these filters.")).to_be_visible()

    page.get_by_role("button", name="Clear All").click()
    expect(_rows(page)).to_have_count(_count(app_db, PartnerAccount))
    page.get_by_label("Search").fill("north")
    expect(_rows(page)).to_have_count(1)
    expect(_rows(page).first).to_contain_text("Northwind Traders")
    expect(_rows(page).first).to_contain_text("Gold")


def test_admin_leads_filter_by_status(page, app_db):
    from models.leads import Lead

    login(page, "admin", ADMIN_EMAIL, ADMIN_PASSWORD)
    page.wait_for_url(re.compile(r"/admin/?$"))
    page.goto("/admin/leads")
    wait_loaded(page)
    expect(_rows(page)).to_have_count(_count(app_db, Lead))
    expect(page.get_by_role("cell", name="Unassigned").first).to_be_visible()  # the demo's Hooli lead
    page.get_by_role("combobox", name="Status").click()
    page.get_by_role("option", name="Qualified", exact=True).click()
    expect(_rows(page).filter(has_text="Umbrella Health")).to_have_count(1)
    expect(_rows(page).filter(has_not_text="Qualified")).to_have_count(0)

    page.get_by_role("button", name="Clear All").click()
    page.get_by_role("combobox", name="Partner").click()
    page.get_by_role("option", name="Contoso").click()
    page.get_by_label("Search").fill("vandelay")
    expect(_rows(page)).to_have_count(1)
    expect(_rows(page).first).to_contain_text("Vandelay Industries")
    shot(page, "admin_leads")

    # Export what the filters show, as a spreadsheet-safe CSV.
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Export CSV").click()
    text = download_info.value.path().read_text(encoding="utf-8-sig")
    lines = text.strip().splitlines()
    assert lines[0].startswith("id,created,status,type,partner")
    assert len(lines) == 2 and "Vandelay Industries" in lines[1] and "Contoso" in lines[1]

    page.get_by_role("button", name="Clear All").click()
    page.get_by_role("button", name="Sort by Company").click()
    first_company = sorted(app_db.exec(select(Lead.company)).all())[0]
    expect(_rows(page).first).to_contain_text(first_company)


def test_program_settings_are_validated_and_saved(page):
    login(page, "admin", ADMIN_EMAIL, ADMIN_PASSWORD)
    page.wait_for_url(re.compile(r"/admin/?$"))
    page.goto("/admin/settings")
    wait_loaded(page)
    page.get_by_label("Partner support email").fill("partners@localhost")  # passes the browser, not the server
    page.get_by_role("button", name="Save Settings").click()
    expect(page.get_by_text("Enter a valid email address.")).to_be_visible()
    page.get_by_label("Partner support email").fill("channel@acme.example")
    page.get_by_role("button", name="Save Settings").click()
    expect(page.get_by_text("Settings saved.")).to_be_visible()
    page.reload()
    wait_loaded(page)
    expect(page.get_by_label("Partner support email")).to_have_value("channel@acme.example")
    shot(page, "admin_settings")
