"""Pop-up messages in the browser (seed 002): the admin makes a rule-based partner group (every
Test account), publishes a pop-up to it; dana (Fabrikam, a test account) sees it when she logs
in and marks it read; bob (Northwind, not in the group) never gets it; the detail page shows
1 read; Return to Draft takes it back."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.e2e.conftest import ADMIN_EMAIL, ADMIN_PASSWORD, DEMO_PASSWORD, login, shot, wait_loaded


def _partner(browser, base_url, email):
    page = browser.new_context(base_url=base_url, viewport={"width": 1280, "height": 860}).new_page()
    login(page, "portal", email, DEMO_PASSWORD)
    page.wait_for_url(re.compile(r"/portal/?$"))
    wait_loaded(page)
    return page


def test_a_popup_published_to_a_group_is_seen_and_marked_read(page, browser, base_url):
    login(page, "admin", ADMIN_EMAIL, ADMIN_PASSWORD)
    page.wait_for_url(re.compile(r"/admin/?$"))

    page.goto("/admin/groups")
    wait_loaded(page)
    page.get_by_role("button", name="Create Group").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_label("Group name").fill("Test Accounts")
    dialog.get_by_label("Status").click()
    page.get_by_role("option", name="Test", exact=True).click()
    shot(page, "admin_group_editor")
    dialog.get_by_role("button", name="Save Group").click()
    row = page.get_by_role("row").filter(has_text="Test Accounts")
    expect(row).to_contain_text("Status: Test")
    expect(row.get_by_role("cell").last).to_have_text("1")  # Fabrikam (Test)

    page.goto("/admin/messages")
    wait_loaded(page)
    page.get_by_role("button", name="New Pop-up").click()
    page.get_by_role("dialog").get_by_label("Title").fill("Partner Summit 2027")
    page.get_by_role("button", name="Create Pop-up").click()
    page.wait_for_url(re.compile(r"/admin/messages/view\?id=\d+"))
    wait_loaded(page)
    expect(page.get_by_role("heading", name="Partner Summit 2027")).to_be_visible()
    page.get_by_label("Test Accounts").click()
    expect(page.locator("#eligible-users")).to_contain_text("1 eligible users")
    page.get_by_label("Text").fill("<p>Join us in <strong>Lisbon</strong> on 12 May.</p><script>x()</script>")
    expect(page.get_by_label("Home (after login)")).to_be_checked()
    page.get_by_label("Leads", exact=True).click()  # shown on the Leads pages too
    page.get_by_label("Message Center", exact=True).click()  # and on the Message Center
    shot(page, "admin_popup_editor")
    page.get_by_role("button", name="Publish Now").click()
    expect(page.get_by_text("Published.", exact=True)).to_be_visible()
    expect(page.get_by_label("Test Accounts")).to_be_disabled()  # the To section is locked
    expect(page.locator("#popup-stats")).to_contain_text("Unread1")

    dana = _partner(browser, base_url, "dana@fabrikam.example")
    popup = dana.locator("#popup-message")
    expect(popup).to_contain_text("Partner Summit 2027")
    expect(popup).to_contain_text("Join us in Lisbon on 12 May.")
    shot(dana, "portal_popup")
    dana.goto("/portal/leads/distributed")  # unread, so it pops up on the next chosen page too
    wait_loaded(dana)
    expect(popup).to_contain_text("Partner Summit 2027")
    dana.goto("/portal/messages")
    wait_loaded(dana)
    expect(popup).to_contain_text("Partner Summit 2027")
    popup.get_by_role("button", name="Mark as Read").click()
    expect(popup).to_have_count(0)
    dana.reload()
    wait_loaded(dana)
    expect(dana.locator(".message-row").filter(has_text="Partner Summit 2027")).to_contain_text("Read")
    expect(popup).to_have_count(0)
    shot(dana, "portal_message_center")
    dana.goto("/portal")
    wait_loaded(dana)
    dana.wait_for_timeout(1500)
    expect(dana.locator("#popup-message")).to_have_count(0)  # read: it does not pop up again

    bob = _partner(browser, base_url, "bob@northwind.example")
    bob.goto("/portal/messages")
    wait_loaded(bob)
    expect(bob.get_by_text("No messages yet.")).to_be_visible()

    page.reload()
    wait_loaded(page)
    stats = page.locator("#popup-stats")
    expect(stats).to_contain_text("Read1")
    expect(stats).to_contain_text("Unread0")
    shot(page, "admin_popup_stats")
    page.goto("/admin/messages")
    wait_loaded(page)
    expect(page.get_by_role("row").filter(has_text="Partner Summit 2027")).to_contain_text("1 read")
    shot(page, "admin_messages")

    # Return to Draft: it stops showing, and the To section opens again.
    page.get_by_role("row").filter(has_text="Partner Summit 2027").get_by_role("button").first.click()
    wait_loaded(page)
    page.get_by_role("button", name="Return to Draft").click()
    expect(page.get_by_text("Returned to Draft")).to_be_visible()
    expect(page.get_by_label("Test Accounts")).to_be_enabled()
