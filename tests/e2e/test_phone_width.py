"""At phone width the console swaps its sidebar for a menu, and the portal's navigation scrolls."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import ADMIN_EMAIL, ADMIN_PASSWORD, DEMO_PASSWORD, login, shot, wait_loaded


@pytest.fixture
def phone(browser, base_url):
    context = browser.new_context(viewport={"width": 390, "height": 844}, base_url=base_url,
                                  is_mobile=True, has_touch=True)
    page = context.new_page()
    yield page
    context.close()


def _visible_lead_count(app_db, email: str | None) -> int:
    """How many rows the first page of the leads list should show for this user."""
    from sqlmodel import select

    from models.accounts import User
    from services.auth import actor_for_user
    from services.leads import list_leads

    user = app_db.exec(select(User).where(User.email == (email or ADMIN_EMAIL))).one()
    return len(list_leads(session=app_db, actor=actor_for_user(app_db, user)).rows)


def test_the_admin_console_works_at_phone_width(phone, app_db):
    login(phone, "admin", ADMIN_EMAIL, ADMIN_PASSWORD)
    phone.wait_for_url(re.compile(r"/admin/?$"))
    wait_loaded(phone)
    expect(phone.get_by_role("navigation", name="Admin navigation")).to_be_hidden()
    # Nothing is wider than the screen but the tables, which scroll inside their own box.
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    shot(phone, "phone_admin_dashboard")
    phone.get_by_role("button", name="Menu", exact=True).click()
    phone.get_by_role("menuitem", name="Leads").click()
    phone.wait_for_url(re.compile(r"/admin/leads/?$"))
    wait_loaded(phone)
    expect(phone.locator("tbody tr")).to_have_count(_visible_lead_count(app_db, None))
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390


def test_the_portal_works_at_phone_width(phone, app_db):
    login(phone, "portal", "bob@northwind.example", DEMO_PASSWORD)
    phone.wait_for_url(re.compile(r"/portal/?$"))
    wait_loaded(phone)
    expect(phone.get_by_role("heading", name="Welcome back, Bob")).to_be_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    shot(phone, "phone_portal_home")
    phone.get_by_role("navigation", name="Portal navigation").get_by_role("link", name="Leads").click()
    phone.wait_for_url(re.compile(r"/portal/leads/?$"))
    wait_loaded(phone)
    # Bob is a partner user and a Lead Owner: the leads assigned to him and the account's
    # leads nobody owns yet — never Contoso's.
    expect(phone.locator("tbody tr")).to_have_count(_visible_lead_count(app_db, "bob@northwind.example"))
    expect(phone.get_by_text("Soylent SA")).to_have_count(0)
