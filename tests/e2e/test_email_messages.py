"""To-partner Emails in the browser (seed 002): the admin writes an email to a group of
Northwind and sends it; with the embedded outbox the one opted-in user (alice) gets it and
appears in Admin > Outbox, bob (opted out, the default) does not. Leaves the demo users'
opt-ins as it found them and removes its group."""

from __future__ import annotations

import re

from playwright.sync_api import expect
from sqlmodel import select

from models.accounts import PartnerAccount, PartnerGroup, PartnerGroupMember, User
from tests.e2e.conftest import ADMIN_EMAIL, ADMIN_PASSWORD, login, shot, wait_loaded

SUBJECT = "Q3 Partner Newsletter"


def test_an_email_to_a_group_reaches_only_its_opted_in_users(page, app_db):
    users = {u.email: u for u in app_db.exec(select(User).where(
        User.email.in_(["alice@northwind.example", "bob@northwind.example"]))).all()}
    before = {e: u.supplier_emails_opt_in for e, u in users.items()}
    northwind = app_db.exec(select(PartnerAccount).where(PartnerAccount.tenant_name == "northwind")).one()
    group = PartnerGroup(name="Northwind Newsletter", description="Everyone at Northwind")
    app_db.add(group)
    app_db.flush()
    app_db.add(PartnerGroupMember(group_id=group.id, partner_account_id=northwind.id))
    users["alice@northwind.example"].supplier_emails_opt_in = True
    users["bob@northwind.example"].supplier_emails_opt_in = False
    for u in users.values():
        app_db.add(u)
    app_db.commit()
    try:
        login(page, "admin", ADMIN_EMAIL, ADMIN_PASSWORD)
        page.wait_for_url(re.compile(r"/admin/?$"))
        page.goto("/admin/messages")
        wait_loaded(page)
        page.get_by_role("button", name="New Email").click()
        page.get_by_role("dialog").get_by_label("Subject").fill(SUBJECT)
        page.get_by_role("button", name="Create Email").click()
        page.wait_for_url(re.compile(r"/admin/messages/email\?id=\d+"))
        wait_loaded(page)
        expect(page.get_by_role("heading", name=SUBJECT)).to_be_visible()
        page.get_by_label("Northwind Newsletter").click()
        expect(page.locator("#eligible-users")).to_contain_text("1 eligible users")
        page.get_by_label("Body").fill("<p>Our <strong>Q3 roadmap</strong> is out.</p>"
                                       '<ul><li><a href="https://acme.example/roadmap">Roadmap</a></li></ul>')
        expect(page.locator("#text-part")).to_contain_text("Roadmap (https://acme.example/roadmap)")
        shot(page, "admin_email_editor")
        page.get_by_role("button", name="Send Now").click()
        expect(page.locator("#progress-counts")).to_contain_text("1 sent", timeout=20000)
        expect(page.get_by_role("heading", name=SUBJECT).locator("..")).to_contain_text("Sent")
        expect(page.get_by_label("Subject")).to_have_attribute("readonly", "")
        expect(page.get_by_label("Northwind Newsletter")).to_be_disabled()
        recipients = page.get_by_role("row").filter(has_text="alice@northwind.example")
        expect(recipients).to_contain_text("Sent")
        expect(page.get_by_role("row").filter(has_text="bob@northwind.example")).to_have_count(0)
        shot(page, "admin_email_sending_progress")

        page.goto("/admin/messages")
        wait_loaded(page)
        expect(page.get_by_role("row").filter(has_text=SUBJECT)).to_contain_text("1 of 1 sent")

        page.goto("/admin/outbox")
        wait_loaded(page)
        expect(page.get_by_role("row").filter(has_text="alice@northwind.example").filter(has_text=SUBJECT)) \
            .to_contain_text("Sent")
        expect(page.get_by_role("row").filter(has_text="bob@northwind.example").filter(has_text=SUBJECT)) \
            .to_have_count(0)
    finally:
        app_db.rollback()
        for email, value in before.items():
            u = app_db.exec(select(User).where(User.email == email)).one()
            u.supplier_emails_opt_in = value
            app_db.add(u)
        for member in app_db.exec(select(PartnerGroupMember).where(PartnerGroupMember.group_id == group.id)).all():
            app_db.delete(member)
        app_db.delete(app_db.get(PartnerGroup, group.id))
        app_db.commit()
