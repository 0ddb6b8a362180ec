"""Issue 8, item 4 in the real app: a session cookie copied before Log out (or before the user
is deactivated) is worth nothing afterwards — not on a new page load, and not over the
websocket of a page that was already open with it."""

from __future__ import annotations

import re

from playwright.sync_api import expect
from sqlalchemy import update
from sqlmodel import select

from models.accounts import User
from prm.auth import SESSION_COOKIE
from tests.e2e.conftest import DEMO_PASSWORD, login, wait_loaded

RELIABILITY_ITEM = "4. Sessions"


def _session_cookie(context) -> dict:
    [cookie] = [c for c in context.cookies() if c["name"] == SESSION_COOKIE and c["value"]]
    return cookie


def _replay(browser, base_url, cookie):
    """A second browser that carries a copy of the cookie, open on the portal Settings page."""
    context = browser.new_context(base_url=base_url, viewport={"width": 1280, "height": 860})
    context.add_cookies([cookie])
    page = context.new_page()
    page.goto("/portal/settings")
    wait_loaded(page)
    expect(page.get_by_label("Supplier Emails")).to_be_visible()  # the copy works for now
    return context, page


def _opt_in(app_db, email) -> bool:
    app_db.expire_all()
    return app_db.exec(select(User.supplier_emails_opt_in).where(User.email == email)).one()


def _is_refused(page, app_db, email) -> None:
    before = _opt_in(app_db, email)
    # The page that was open: its websocket reconnects with the dead cookie, and its events
    # are no longer anyone's.
    page.get_by_label("Supplier Emails").click()
    page.wait_for_url(re.compile(r"/portal/login/?$"))
    assert _opt_in(app_db, email) == before
    # A fresh load with the copied cookie lands on the login page too.
    page.goto("/portal/settings")
    page.wait_for_url(re.compile(r"/portal/login/?$"))
    expect(page.get_by_role("button", name="Log in")).to_be_visible()


def test_a_cookie_copied_before_log_out_is_refused_after_it(page, browser, base_url, app_db, figures):
    login(page, "portal", "bob@northwind.example", DEMO_PASSWORD)
    page.wait_for_url(re.compile(r"/portal/?$"))
    cookie = _session_cookie(page.context)
    other, copy = _replay(browser, base_url, cookie)
    try:
        page.get_by_role("button", name="Account menu").click()
        page.get_by_role("menuitem", name="Log out").click()
        page.wait_for_url(re.compile(r"/portal/login/?$"))
        _is_refused(copy, app_db, "bob@northwind.example")
        figures.add("replayed cookies refused", 1)
    finally:
        other.close()


def test_each_login_gets_a_new_session_token(page, browser, base_url):
    login(page, "portal", "bob@northwind.example", DEMO_PASSWORD)
    page.wait_for_url(re.compile(r"/portal/?$"))
    first = _session_cookie(page.context)["value"]
    page.context.clear_cookies()
    login(page, "portal", "bob@northwind.example", DEMO_PASSWORD)
    page.wait_for_url(re.compile(r"/portal/?$"))
    assert _session_cookie(page.context)["value"] != first


def test_a_cookie_of_a_deactivated_user_is_refused(page, browser, base_url, app_db, figures):
    login(page, "portal", "bob@northwind.example", DEMO_PASSWORD)
    page.wait_for_url(re.compile(r"/portal/?$"))
    other, copy = _replay(browser, base_url, _session_cookie(page.context))
    try:
        app_db.exec(update(User).where(User.email == "bob@northwind.example").values(is_active=False))
        app_db.commit()
        _is_refused(copy, app_db, "bob@northwind.example")
        figures.add("replayed cookies refused", 1)
    finally:
        app_db.exec(update(User).where(User.email == "bob@northwind.example").values(is_active=True))
        app_db.commit()
        other.close()
