"""Settings > System Messaging in the browser: the admin rewrites the New Lead Notification
with a live preview, a bad placeholder is refused, the saved wording is what a lead owner gets
(its button still opening the lead in the portal), and Restore default brings back the
built-in email."""

from __future__ import annotations

import re

from playwright.sync_api import expect
from sqlmodel import delete

from models.messaging import EmailTemplate
from tests.e2e.conftest import ADMIN_EMAIL, ADMIN_PASSWORD, email_link, login, shot, wait_loaded


def test_the_admin_edits_previews_and_restores_the_new_lead_notification(page, browser, base_url, app_db):
    login(page, "admin", ADMIN_EMAIL, ADMIN_PASSWORD)
    page.wait_for_url(re.compile(r"/admin/?$"))
    try:
        page.goto("/admin/settings")
        wait_loaded(page)
        page.get_by_role("button", name="System Messaging").click()
        page.wait_for_url(re.compile(r"/admin/settings/system-messaging$"))
        wait_loaded(page)
        expect(page.get_by_label("Subject")).to_have_value("New lead: {company}")
        preview_subject = page.locator("#preview-subject")
        expect(preview_subject).to_have_text("New lead: Analytical Engines Ltd")

        # An attribute lookup is not a placeholder: refused, nothing saved.
        page.get_by_label("Subject").fill("Lead {0.__class__}")
        expect(page.get_by_text(re.compile(r"Unknown placeholder \{0\.__class__\}\. Use one of:"))).to_be_visible()
        page.get_by_role("button", name="Save", exact=True).click()
        expect(page.get_by_text("Check the template.")).to_be_visible()

        page.get_by_label("Subject").fill("Hot lead for {first_name}: {company}")
        page.get_by_label("Body").fill("Hi {first_name},\n\n<b>{lead}</b> came from {source_campaign}.\n\n"
                                       "Accept it today.")
        page.get_by_label("Button label").fill("Open the Lead")
        expect(preview_subject).to_have_text("Hot lead for Alex: Analytical Engines Ltd")
        preview = page.frame_locator("iframe[title='Template preview']")
        # The admin's markup is shown as text, not obeyed.
        expect(preview.get_by_text("<b>Ada Lovelace at Analytical Engines Ltd</b> came from "
                                   "Webinar: Zero Trust 101.")).to_be_visible()
        expect(preview.get_by_role("link", name="Open the Lead")).to_be_visible()
        page.get_by_role("button", name="Save", exact=True).click()
        expect(page.get_by_text("New Lead Notification saved.")).to_be_visible()
        expect(page.get_by_role("button", name=re.compile("^New Lead Notification"))).to_contain_text("Edited")
        shot(page, "admin_system_messaging")
        page.reload()
        wait_loaded(page)
        expect(page.get_by_label("Subject")).to_have_value("Hot lead for {first_name}: {company}")

        # A lead assigned to Northwind: its lead owner gets the new wording.
        page.goto("/admin/leads")
        wait_loaded(page)
        page.get_by_role("button", name="Create Lead").click()
        dialog = page.get_by_role("dialog")
        dialog.get_by_label("First Name").fill("Tess")
        dialog.get_by_label("Last Name").fill("Template")
        dialog.get_by_label("Email").fill("tess@sysmsg.example")
        dialog.get_by_label("Company").fill("Sysmsg Widgets")
        dialog.get_by_label("Assign to partner").click()
        page.get_by_role("option", name="Northwind Traders").click()
        dialog.get_by_role("button", name="Create Lead").click()
        expect(page.get_by_text("Lead Tess Template created, assigned to Northwind Traders.")).to_be_visible()
        href = email_link(browser, base_url, "alice@northwind.example", "Hot lead for Alice: Sysmsg Widgets",
                          "Open the Lead")
        assert re.search(r"/portal/leads/view\?id=\d+$", href)

        # Restore default: the built-in wording again.
        page.goto("/admin/settings/system-messaging")
        wait_loaded(page)
        page.get_by_role("button", name="Restore default").click()
        page.get_by_role("button", name="Restore", exact=True).click()
        expect(page.get_by_text("New Lead Notification restored to the default wording.")).to_be_visible()
        expect(page.get_by_label("Subject")).to_have_value("New lead: {company}")
        expect(page.get_by_role("button", name=re.compile("^New Lead Notification"))).to_contain_text("Default")
    finally:
        # Later tests read the built-in New Lead Notification.
        app_db.exec(delete(EmailTemplate))
        app_db.commit()
