"""Forgot password → the email in Admin > Outbox → its link → Set Password → log in."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.e2e.conftest import ADMIN_EMAIL, ADMIN_PASSWORD, login, shot, wait_loaded

NEW_PASSWORD = "a brand new passphrase"


def test_reset_link_from_the_outbox_sets_a_new_password(page, browser):
    page.goto("/portal/forgot-password")
    wait_loaded(page)
    page.get_by_label("Email").fill("charlie@contoso.example")
    page.get_by_role("button", name="Send reset link").click()
    expect(page.get_by_role("status")).to_contain_text("If an account exists for that email")

    admin = browser.new_page(base_url=page.url.split("/portal")[0])
    login(admin, "admin", ADMIN_EMAIL, ADMIN_PASSWORD)
    admin.wait_for_url(re.compile(r"/admin/?$"))
    admin.goto("/admin/outbox")
    wait_loaded(admin)
    row = (admin.get_by_role("row").filter(has_text="charlie@contoso.example")
           .filter(has_text="Reset your Acme Partner Program password"))
    expect(row).to_contain_text("Reset your Acme Partner Program password")
    expect(row).to_contain_text("Sent")  # delivered by the in-process job worker
    row.get_by_role("button", name="Reset your Acme Partner Program password").click()
    frame = admin.frame_locator("iframe[title='Email preview']")
    link = frame.get_by_role("link", name="Reset Password")
    expect(link).to_be_visible()
    shot(admin, "admin_outbox_email")
    href = link.get_attribute("href")
    assert re.search(r"/set-password\?token=[A-Za-z0-9_-]{43,}$", href)
    admin.close()

    # Opening the link changes nothing by itself: the person confirms on the page.
    page.goto(href)
    wait_loaded(page)
    expect(page.get_by_text("charlie@contoso.example")).to_be_visible()
    page.get_by_label("New password").fill("short")
    page.get_by_label("Confirm password").fill("short")
    page.get_by_role("button", name="Set Password").click()
    expect(page.get_by_text("Use at least 8 characters.")).to_be_visible()
    page.get_by_label("New password").fill(NEW_PASSWORD)
    page.get_by_label("Confirm password").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Set Password").click()
    expect(page.get_by_text("Your password is set.")).to_be_visible()

    login(page, "portal", "charlie@contoso.example", NEW_PASSWORD)
    page.wait_for_url(re.compile(r"/portal/?$"))
    wait_loaded(page)
    expect(page.get_by_role("heading", name="Welcome back, Charlie")).to_be_visible()

    # The link works once.
    page.goto(href)
    wait_loaded(page)
    expect(page.get_by_text("This link is invalid or has expired.")).to_be_visible()
