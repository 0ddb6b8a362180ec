"""Email Suppressions in the browser: a hard bounce arrives (through the bounce service, as a
mail server would post it) and shows with its DSN status; the admin looks at the address's
bounces, suppresses an address by hand with a note, and lifts it. Removes what it added."""

from __future__ import annotations

import re

from playwright.sync_api import expect
from sqlmodel import select

from models.messaging import EmailEvent, EmailSuppression
from services import bounces
from tests.bounce_samples import dsn
from tests.e2e.conftest import ADMIN_EMAIL, ADMIN_PASSWORD, login, shot, wait_loaded

BOUNCED = "former.buyer@contoso.example"
BY_HAND = "pat.jones@northwind.example"


def _cleanup(app_db) -> None:
    app_db.rollback()
    for model, column in ((EmailEvent, EmailEvent.email), (EmailSuppression, EmailSuppression.email)):
        for row in app_db.exec(select(model).where(column.in_([BOUNCED, BY_HAND]))).all():
            app_db.delete(row)
    app_db.commit()


def test_the_admin_suppresses_an_address_by_hand_and_lifts_it(page, app_db):
    bounces.process_report(session=app_db, actor=None, raw=dsn(
        recipient=BOUNCED, status="5.1.1", report_id="<e2e-suppressions@mx.example.net>",
        diagnostic="smtp; 550 5.1.1 <former.buyer@contoso.example>: Recipient address rejected: "
                   "User unknown in virtual mailbox table"))
    try:
        login(page, "admin", ADMIN_EMAIL, ADMIN_PASSWORD)
        page.wait_for_url(re.compile(r"/admin/?$"))
        page.goto("/admin/messages")
        wait_loaded(page)
        page.get_by_role("button", name="Suppressions").click()
        page.wait_for_url(re.compile(r"/admin/messages/suppressions$"))
        wait_loaded(page)
        expect(page.get_by_role("heading", name="Email Suppressions")).to_be_visible()
        bounced = page.get_by_role("row").filter(has_text=BOUNCED)
        expect(bounced).to_contain_text("Hard bounce")
        expect(bounced).to_contain_text("5.1.1 smtp; 550 5.1.1")

        page.get_by_role("button", name=f"Bounces of {BOUNCED}").click()
        dialog = page.get_by_role("dialog")
        expect(dialog).to_contain_text(f"Recent bounces of {BOUNCED}")
        expect(dialog).to_contain_text("Hard bounce")
        expect(dialog).to_contain_text("User unknown in virtual mailbox table")
        shot(page, "admin_email_suppressions_bounces")
        dialog.get_by_role("button", name="Close").click()
        expect(dialog).to_have_count(0)

        # A wrong address is refused next to the field, and nothing is added
        page.get_by_label("Email address").fill("pat.jones at northwind")
        page.get_by_label("Note").fill("Asked us by phone to stop emailing him")
        page.get_by_role("button", name="Suppress Address").click()
        expect(page.get_by_role("alert").filter(has_text="Give a valid email address")).to_be_visible()
        expect(page.get_by_label("Note")).to_have_value("Asked us by phone to stop emailing him")

        page.get_by_label("Email address").fill(BY_HAND)
        page.get_by_role("button", name="Suppress Address").click()
        row = page.get_by_role("row").filter(has_text=BY_HAND)
        expect(row).to_contain_text("Suppressed by an admin")
        expect(row).to_contain_text("Asked us by phone to stop emailing him")
        expect(page.get_by_role("status")).to_contain_text(f"{BY_HAND} is suppressed")
        expect(page.get_by_label("Email address")).to_have_value("")
        shot(page, "admin_email_suppressions")

        # The same address again: already on the list
        page.get_by_label("Email address").fill(BY_HAND.upper())
        page.get_by_role("button", name="Suppress Address").click()
        expect(page.get_by_role("alert").filter(has_text="already suppressed")).to_be_visible()

        page.get_by_role("button", name=f"Lift {BY_HAND}").click()
        expect(page.get_by_role("row").filter(has_text=BY_HAND)).to_have_count(0)
        expect(page.get_by_role("status")).to_contain_text("Suppression lifted")
        expect(page.get_by_role("row").filter(has_text=BOUNCED)).to_have_count(1)
        app_db.expire_all()
        assert app_db.exec(select(EmailSuppression).where(EmailSuppression.email == BY_HAND)).first() is None

        page.set_viewport_size({"width": 390, "height": 844})
        page.reload()
        wait_loaded(page)
        expect(page.get_by_label("Email address")).to_be_visible()
        shot(page, "admin_email_suppressions_phone")
    finally:
        _cleanup(app_db)
