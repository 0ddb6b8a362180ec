"""Log in, log out, refusals and expiry, in Chromium against the running app."""

from __future__ import annotations

import re
from datetime import timedelta

from playwright.sync_api import expect
from sqlalchemy import update
from sqlmodel import func, select

from models._base import utcnow
from models.accounts import AuthSession, PartnerAccount, User
from tests.e2e.conftest import ADMIN_EMAIL, ADMIN_PASSWORD, DEMO_PASSWORD, login, shot, wait_loaded


def test_admin_logs_in_sees_dashboard_and_logs_out(page, app_db):
    login(page, "admin", ADMIN_EMAIL, ADMIN_PASSWORD)
    page.wait_for_url(re.compile(r"/admin/?$"))
    wait_loaded(page)
    expect(page.get_by_role("heading", name="Dashboard")).to_be_visible()
    # The figures are the database's (other tests may have added partners by now).
    active_count = app_db.exec(select(func.count()).select_from(PartnerAccount)
                               .where(PartnerAccount.status == "active")).one()
    assert active_count >= 2  # the demo's Northwind and Contoso at least
    active = page.get_by_text("Active partners").locator("xpath=..")
    expect(active).to_have_text(re.compile(rf"^Active partners{active_count}\D"))
    expect(page.get_by_role("navigation", name="Admin navigation")).to_contain_text("Pending Partners")
    shot(page, "admin_dashboard")
    page.get_by_role("button", name="Account menu").click()
    page.get_by_role("menuitem", name="Log out").click()
    page.wait_for_url(re.compile(r"/admin/login/?$"))
    expect(page.get_by_role("heading", name="Log in to the admin console")).to_be_visible()
    # The session is gone on the server too: the dashboard sends us back to login.
    page.goto("/admin")
    page.wait_for_url(re.compile(r"/admin/login/?$"))


def test_wrong_password_shows_one_clear_message(page):
    login(page, "admin", ADMIN_EMAIL, "not the password")
    expect(page.get_by_role("alert")).to_have_text("The email or password is incorrect.")
    # An unknown email gets exactly the same words.
    page.get_by_label("Email").fill("nobody@example.com")
    page.get_by_label("Password").fill("whatever password")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("alert")).to_have_text("The email or password is incorrect.")
    expect(page).to_have_url(re.compile(r"/admin/login/?$"))
    shot(page, "admin_login_error")


def test_alice_logs_in_to_the_portal(page):
    login(page, "portal", "alice@northwind.example", DEMO_PASSWORD)
    page.wait_for_url(re.compile(r"/portal/?$"))
    wait_loaded(page)
    expect(page.get_by_role("heading", name="Welcome back, Alice")).to_be_visible()
    expect(page.get_by_text("Northwind Traders").first).to_be_visible()
    # Her team is her own account's users only.
    expect(page.get_by_text("bob@northwind.example")).to_be_visible()
    expect(page.get_by_text("charlie@contoso.example")).to_have_count(0)
    shot(page, "portal_home")
    page.goto("/portal/leads")
    wait_loaded(page)
    expect(page.get_by_role("cell", name="Globex", exact=True)).to_be_visible()
    expect(page.get_by_text("Vandelay Industries")).to_have_count(0)  # a Contoso lead
    shot(page, "portal_leads")


def test_alice_opening_admin_is_refused(page):
    login(page, "portal", "alice@northwind.example", DEMO_PASSWORD)
    page.wait_for_url(re.compile(r"/portal/?$"))
    wait_loaded(page)
    for path in ("/admin", "/admin/partners", "/admin/outbox", "/admin/integrations",
                 "/admin/integrations/deliveries"):
        page.goto(path)
        page.wait_for_url(re.compile(r"/admin/login/?$"))
        wait_loaded(page)
        expect(page.get_by_role("status")).to_contain_text(
            "You are signed in to the partner portal as alice@northwind.example"
        )
        expect(page.get_by_role("heading", name="Dashboard")).to_have_count(0)
        expect(page.get_by_text("Adventure Works")).to_have_count(0)


def test_an_admin_login_does_not_open_the_portal(page):
    login(page, "portal", ADMIN_EMAIL, ADMIN_PASSWORD)
    expect(page.get_by_role("alert")).to_have_text("The email or password is incorrect.")


def test_an_expired_session_is_sent_back_to_login(page, app_db):
    login(page, "portal", "bob@northwind.example", DEMO_PASSWORD)
    page.wait_for_url(re.compile(r"/portal/?$"))
    wait_loaded(page)
    bob = app_db.exec(select(User).where(User.email == "bob@northwind.example")).one()
    app_db.exec(
        update(AuthSession)
        .where(AuthSession.user_id == bob.id, AuthSession.revoked_at.is_(None))
        .values(expires_at=utcnow() - timedelta(seconds=1))
    )
    app_db.commit()
    page.goto("/portal/leads")
    page.wait_for_url(re.compile(r"/portal/login/?$"))
    expect(page.get_by_role("heading", name="Log in to the partner portal")).to_be_visible()
