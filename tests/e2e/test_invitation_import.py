"""Import Invitations in the browser: a file of good and bad rows, one bad row fixed in place,
Import, the progress bar to the end, the new rows in the Invited list."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.e2e.conftest import ADMIN_EMAIL, ADMIN_PASSWORD, email_link, login, shot, wait_loaded

CSV = (
    "\ufeffPartnerName;ContactFirstName;ContactLastName;ContactEmail;Region\r\n"
    "Adatum Corporation;Ada;Tum;ada@adatum.example;EMEA\r\n"
    "\"Margie's Travel, Ltd\";Margie;Travel;margie@margies.example;APAC\r\n"
    "Graphic Design Institute;Gus;Design;gus(at)gdi.example;NA\r\n"
    "Adatum again;Ada;Tum;ADA@adatum.example;EMEA\r\n"
    "Northwind copy;Alice;Anders;alice@northwind.example;NA\r\n"
    ";Nobody;Named;nobody@nameless.example;NA\r\n"
)


def test_import_a_file_fix_a_row_in_place_and_watch_it_finish(page, browser, base_url):
    login(page, "admin", ADMIN_EMAIL, ADMIN_PASSWORD)
    page.wait_for_url(re.compile(r"/admin/?$"))
    page.goto("/admin/invitations")
    wait_loaded(page)
    page.get_by_role("button", name="Invite Partners").click()
    page.get_by_role("menuitem", name="Import Invitations").click()
    page.wait_for_url(re.compile(r"/admin/invitations/import/?$"))
    wait_loaded(page)
    shot(page, "admin_import_upload")

    # A wrong file type is refused before anything is read (the server refuses it too: see
    # tests/services/test_invitation_import.py).
    page.locator("input[type=file]").set_input_files(
        files=[{"name": "partners.xlsx", "mimeType": "application/vnd.ms-excel", "buffer": b"PK\x03\x04"}])
    expect(page.get_by_text("File type must be one of text/csv, .csv, text/plain, .txt")).to_be_visible()
    expect(page).not_to_have_url(re.compile(r"run="))

    page.locator("input[type=file]").set_input_files(
        files=[{"name": "partners.csv", "mimeType": "text/csv", "buffer": CSV.encode("utf-8")}])
    page.wait_for_url(re.compile(r"run=\d+"))
    wait_loaded(page)
    expect(page.get_by_text("Rows that will not be imported")).to_be_visible()
    bad = page.locator("tbody tr")
    expect(bad).to_have_count(4)  # bad email, duplicate in the file, existing user, no name
    expect(page.get_by_text("These columns are not used and were ignored: Region")).to_be_visible()
    expect(bad.filter(has_text="gus(at)gdi.example")).to_have_count(1)
    shot(page, "admin_import_review")

    bad.filter(has_text="gus(at)gdi.example").get_by_role("button", name=re.compile("Fix row")).click()
    page.get_by_label("Contact Email").fill("gus@gdi.example")
    page.get_by_role("button", name="Validate Again").click()
    expect(page.get_by_text(re.compile(r"Row \d+ is valid now"))).to_be_visible()
    expect(bad).to_have_count(3)

    page.get_by_role("button", name="Import", exact=True).click()
    expect(page.get_by_role("progressbar", name="Import progress")).to_be_visible()
    expect(page.get_by_text(re.compile(r"Import finished: 3 invitations created"))).to_be_visible(timeout=30000)
    shot(page, "admin_import_done")

    page.get_by_role("link", name="Back to Invitations").click()
    page.wait_for_url(re.compile(r"/admin/invitations/?$"))
    wait_loaded(page)
    for name in ("Adatum Corporation", "Margie's Travel, Ltd", "Graphic Design Institute"):
        expect(page.locator("tbody tr").filter(has_text=name)).to_contain_text("Sent")
    # Every imported contact got the invitation email.
    assert email_link(browser, base_url, "gus@gdi.example", "invites Graphic Design Institute",
                      "Submit Your Application")
