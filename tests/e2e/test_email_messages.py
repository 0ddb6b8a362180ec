"""To-partner Emails in the browser (seed 002): the admin writes an email to a group of
Northwind and sends it; the one opted-in user (alice) gets it at the SMTP server and it appears
in Admin > Outbox, bob (opted out, the default) gets nothing. Alice's mail client then shows the
email (loading the open pixel) and she clicks its link; the email's page shows 1 open and 1
click. Leaves the demo users' opt-ins as it found them and removes its group."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime, timedelta

from playwright.sync_api import expect
from sqlmodel import select

from models.accounts import PartnerAccount, PartnerGroup, PartnerGroupMember, User
from models.messaging import Message, MessageRecipient
from tests.e2e.conftest import (
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    SCREENSHOTS,
    TRACKING_MACHINE_SECONDS,
    login,
    shot,
    wait_loaded,
)

MAIL_CLIENT = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.0"

SUBJECT = "Q3 Partner Newsletter"


def received(app_server, address: str) -> list:
    return [m for m in app_server["smtp"].messages_to(address) if m["Subject"] == SUBJECT]


def test_an_email_to_a_group_reaches_only_its_opted_in_users(page, browser, app_db, app_server, base_url):
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
                                       '<ul><li><a href="https://acme.example/roadmap">Roadmap</a></li>'
                                       f'<li><a href="{base_url}/portal">Partner Portal</a></li></ul>')
        expect(page.locator("#text-part")).to_contain_text("Roadmap (https://acme.example/roadmap)")
        shot(page, "admin_email_editor")
        page.get_by_role("button", name="Send Now").click()
        expect(page.locator("#progress-counts")).to_contain_text("1 sent", timeout=20000)
        expect(page.get_by_role("heading", name=SUBJECT).locator("..")).to_contain_text("Sent")
        expect(page.get_by_text("Sending started.", exact=True)).to_have_count(0)  # the badge says Sent
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

        # At the SMTP server: one copy, to alice only, its links through our tracking redirect.
        (mail,) = received(app_server, "alice@northwind.example")
        assert received(app_server, "bob@northwind.example") == []
        html = mail.get_body(("html",)).get_content()
        text = mail.get_body(("plain",)).get_content()
        assert "acme.example/roadmap" not in html and "acme.example/roadmap" not in text
        assert f"{base_url}/api/t/c/" in text and f'<img src="{base_url}/api/t/o/' in html
        assert str(mail["List-Unsubscribe"]).strip().startswith(f"<{base_url}/api/unsubscribe/")

        # Alice reads it in her mail client, after the first seconds that count as machine.
        message = app_db.exec(select(Message).where(Message.title == SUBJECT)).one()
        sent_at = app_db.exec(select(MessageRecipient.sent_at).where(MessageRecipient.message_id == message.id)).one()
        sent_at = sent_at if sent_at.tzinfo else sent_at.replace(tzinfo=UTC)
        wait = (sent_at + timedelta(seconds=TRACKING_MACHINE_SECONDS + 1) - datetime.now(UTC)).total_seconds()
        time.sleep(max(0.0, wait))
        client = browser.new_context(user_agent=MAIL_CLIENT)
        try:
            reader = client.new_page()
            reader.set_content(html)
            reader.wait_for_function("document.querySelector('img').complete")
            assert reader.evaluate("document.querySelector('img').naturalWidth") == 1  # a real GIF
            reader.get_by_role("link", name="Partner Portal").click()
            reader.wait_for_url(re.compile(re.escape(base_url) + r"/portal"))
        finally:
            client.close()

        page.goto(f"/admin/messages/email?id={message.id}")
        wait_loaded(page)
        expect(page.locator("#stat-opens-unique")).to_have_text("1")
        expect(page.locator("#stat-opens-total")).to_contain_text("1 total")
        expect(page.locator("#stat-opens-machine")).to_have_text("Machine: 0 unique · 0 total")
        expect(page.locator("#stat-clicks-unique")).to_have_text("1")
        expect(page.locator("#stat-clicks-machine")).to_have_text("Machine: 0 unique · 0 total")
        expect(page.locator("#stat-sent")).to_have_text("1")
        expect(page.locator("#stat-bounces-unique")).to_have_text("0")
        row = page.get_by_role("row").filter(has_text="alice@northwind.example")
        expect(row.get_by_role("cell").nth(3)).to_have_text("1")  # Opened
        expect(row.get_by_role("cell").nth(4)).to_have_text("1")  # Clicked
        expect(page.locator("#email-stats .recharts-legend-item")).to_have_count(4)
        shot(page, "admin_email_stats_page")
        page.locator("#email-stats").screenshot(path=str(SCREENSHOTS / "admin_email_stats.png"))
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
