"""GDPR in the browser (seed 002): the admin sets Terms & Conditions that opt users in to
Supplier Emails; dana must accept them before using the portal (even when she goes straight
to another page); accepting turns Supplier Emails on, recorded as such in her settings."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.e2e.conftest import ADMIN_EMAIL, ADMIN_PASSWORD, DEMO_PASSWORD, login, shot, wait_loaded


def test_terms_accepted_before_the_portal_opt_the_user_in(page, browser, base_url, app_db):
    from sqlmodel import select

    from models.accounts import User

    dana_row = app_db.exec(select(User).where(User.email == "dana@fabrikam.example")).one()
    dana_row.supplier_emails_opt_in = False  # as a new user: opted out
    app_db.add(dana_row)
    app_db.commit()
    try:
        login(page, "admin", ADMIN_EMAIL, ADMIN_PASSWORD)
        page.wait_for_url(re.compile(r"/admin/?$"))
        page.goto("/admin/settings")
        wait_loaded(page)
        page.get_by_role("button", name="Terms & Conditions").click()
        page.wait_for_url(re.compile(r"/admin/settings/terms$"))
        wait_loaded(page)
        page.get_by_role("textbox", name="Terms & Conditions").fill("1. Be excellent to each other.\n2. We may email you.")
        page.get_by_label("Accepting the Terms & Conditions opts users in to Supplier Emails").click()
        page.get_by_role("button", name="Save Terms & Conditions").click()
        expect(page.get_by_text("Version 1")).to_be_visible()
        shot(page, "admin_terms")

        dana = browser.new_context(base_url=base_url).new_page()
        login(dana, "portal", "dana@fabrikam.example", DEMO_PASSWORD)
        dana.wait_for_url(re.compile(r"/portal/terms$"))
        wait_loaded(dana)
        expect(dana.locator("#terms-text")).to_contain_text("Be excellent to each other.")
        expect(dana.get_by_text("Accepting them also subscribes you to Supplier Emails.")).to_be_visible()
        shot(dana, "portal_terms")
        for path in ("/portal/leads", "/portal/settings", "/portal/messages", "/portal/leads/view?id=1"):
            dana.goto(path)
            dana.wait_for_url(re.compile(r"/portal/terms$"))  # no way around them
        wait_loaded(dana)
        dana.get_by_role("button", name="Accept").click()
        dana.wait_for_url(re.compile(r"/portal/?$"))
        dana.goto("/portal/settings")
        wait_loaded(dana)
        expect(dana.get_by_label("Supplier Emails")).to_have_attribute("aria-checked", "true")
        expect(dana.locator("#consent-history")).to_contain_text("Opted in · Accepted the Terms & Conditions")
        dana.get_by_label("Supplier Emails").click()
        expect(dana.locator("#consent-history")).to_contain_text("Opted out · Portal Settings")
    finally:
        from models.accounts import ProgramSettings

        program = app_db.get(ProgramSettings, 1)
        program.terms_text, program.terms_version, program.terms_opt_in_emails = "", 0, False
        app_db.add(program)
        app_db.commit()
