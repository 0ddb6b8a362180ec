"""Portal Settings: the Supplier Emails opt-in (off until the user turns it on) and Lead
Management (partner admins choose their Lead Owners)."""

from __future__ import annotations

import re

from playwright.sync_api import expect
from sqlmodel import select

from models.accounts import User
from tests.e2e.conftest import DEMO_PASSWORD, login, shot, wait_loaded


def _settings(browser, base_url, email):
    page = browser.new_context(base_url=base_url, viewport={"width": 1280, "height": 900}).new_page()
    login(page, "portal", email, DEMO_PASSWORD)
    page.wait_for_url(re.compile(r"/portal/?$"))
    page.goto("/portal/settings")
    wait_loaded(page)
    return page


def _user(app_db, email):
    app_db.expire_all()
    return app_db.exec(select(User).where(User.email == email)).one()


def test_supplier_emails_start_off_and_the_user_opts_in(browser, base_url, app_db):
    page = _settings(browser, base_url, "dana@fabrikam.example")
    switch = page.get_by_role("switch", name="Supplier Emails")
    expect(switch).not_to_be_checked()
    assert _user(app_db, "dana@fabrikam.example").supplier_emails_opt_in is False
    switch.click()
    expect(page.get_by_text("You will receive Supplier Emails.")).to_be_visible()
    assert _user(app_db, "dana@fabrikam.example").supplier_emails_opt_in is True
    page.reload()
    wait_loaded(page)
    expect(page.get_by_role("switch", name="Supplier Emails")).to_be_checked()
    page.context.close()


def test_a_partner_admin_chooses_lead_owners_and_users_cannot(browser, base_url, app_db):
    alice = _settings(browser, base_url, "alice@northwind.example")
    bob_owner = alice.get_by_role("switch", name="Lead Owner: Bob Baker")
    expect(bob_owner).to_be_checked()  # the demo makes bob a Lead Owner
    bob_owner.click()
    expect(alice.get_by_text("Lead Management saved.")).to_be_visible()
    expect(bob_owner).not_to_be_checked()
    assert _user(app_db, "bob@northwind.example").is_lead_owner is False
    shot(alice, "portal_settings_lead_management")
    bob_owner.click()
    expect(bob_owner).to_be_checked()
    assert _user(app_db, "bob@northwind.example").is_lead_owner is True
    alice.context.close()

    bob = _settings(browser, base_url, "bob@northwind.example")
    expect(bob.get_by_text("Only partner admins can change this.")).to_be_visible()
    expect(bob.get_by_role("switch", name="Lead Owner: Alice Anders")).to_be_disabled()
    bob.context.close()
