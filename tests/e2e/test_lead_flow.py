"""The lead-management issue's whole flow in the browser: the supplier admin points the webhook
at a CRM (a local receiver), writes a routing rule and uploads a CSV of leads; the rule routes
the lead to Northwind, whose lead owner gets the New Lead Notification, opens it logged in,
accepts the lead and updates its status to Qualified — and the CRM received every change of
that lead, in order, each signed."""

from __future__ import annotations

import re

from playwright.sync_api import expect
from sqlmodel import delete, select

from models.integrations import WebhookEndpoint
from models.routing import RoutingRule
from tests.e2e.conftest import (
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    email_link,
    login,
    partner_page,
    shot,
    wait_loaded,
)
from tests.jobs.conftest import wait_for
from tests.webhook_receiver import running_receiver

RULE = "Gold partners (lead flow)"
CSV = (
    "First Name,Last Name,E-mail,Phone,Company,Country/Region,Notes,Source Campaign,Partner\r\n"
    "Hana,Flow,hana@helios-flow.example,+81 3 0000,Helios Flow Labs,Japan,Asked for pricing,Expo 2026,\r\n"
)


def _configure_webhook(page, receiver) -> None:
    page.goto("/admin/integrations")
    wait_loaded(page)
    page.get_by_label("Endpoint URL").fill(receiver.url)
    switch = page.get_by_label("Deliver lead changes to this endpoint")
    if not switch.is_checked():  # another test may have switched it on already
        switch.click()
    page.get_by_role("button", name="Save Webhook").click()
    expect(page.get_by_text("Webhook saved. Lead changes are delivered to it.")).to_be_visible()
    # A fresh secret, whoever saved the webhook first: it is shown once, now.
    page.get_by_role("button", name="Rotate Signing Secret").click()
    expect(page.get_by_text("New signing secret made. Give it to the receiver now.")).to_be_visible()
    receiver.secret = page.get_by_label("Signing secret").input_value()
    assert receiver.secret.startswith("whsec_")


def _create_rule(page) -> None:
    page.goto("/admin/leads/routing")
    wait_loaded(page)
    page.get_by_role("button", name="New Rule").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_label("Rule name").fill(RULE)
    dialog.get_by_label("Partner Tier").fill("Gold")
    dialog.get_by_role("button", name="Save Rule").click()
    expect(page.get_by_text(f"Routing rule {RULE} saved.")).to_be_visible()
    expect(page.get_by_role("row").filter(has_text=RULE)).to_contain_text("Enabled")


def _upload(page) -> None:
    page.goto("/admin/leads/import")
    wait_loaded(page)
    page.locator("input[type=file]").set_input_files(
        files=[{"name": "flow-leads.csv", "mimeType": "text/csv", "buffer": CSV.encode("utf-8")}])
    page.wait_for_url(re.compile(r"run=\d+"))
    wait_loaded(page)
    expect(page.get_by_text("Every row is valid.")).to_be_visible()
    page.get_by_role("button", name="Import", exact=True).click()
    expect(page.get_by_text(re.compile(r"Import finished: 1 leads? created, 0 rows failed"))).to_be_visible(
        timeout=30000)


def test_csv_upload_to_qualified_reaches_the_crm_in_order(page, browser, base_url, app_db):
    login(page, "admin", ADMIN_EMAIL, ADMIN_PASSWORD)
    page.wait_for_url(re.compile(r"/admin/?$"))
    try:
        with running_receiver() as receiver:
            _configure_webhook(page, receiver)
            _create_rule(page)
            _upload(page)

            # The rule routed the lead to Northwind (Gold): its lead owner got the notification.
            href = email_link(browser, base_url, "alice@northwind.example", "New lead: Helios Flow Labs",
                              "Review the Lead")
            lead_id = int(re.search(r"/portal/leads/view\?id=(\d+)$", href).group(1))

            alice = partner_page(browser, base_url, "alice@northwind.example", href)
            # Opening the link changed nothing: she confirms on the page.
            expect(alice.get_by_role("heading", name="New lead: accept it?")).to_be_visible()
            expect(alice.get_by_text("Helios Flow Labs").first).to_be_visible()
            alice.get_by_role("button", name="Accept").click()
            expect(alice.get_by_text("Lead accepted.")).to_be_visible()
            alice.get_by_label("Status").click()
            alice.get_by_role("option", name="Qualified").click()
            alice.get_by_role("button", name="Save").click()
            expect(alice.get_by_text("Lead updated.")).to_be_visible()
            shot(alice, "portal_lead_flow_qualified")
            alice.context.close()

            def changes():
                with receiver.lock:
                    mine = [r for r in receiver.received if r.payload["lead_id"] == lead_id]
                return mine if len(mine) >= 4 else None

            got = wait_for(changes, timeout=30, what="the lead's four changes at the receiver")
            assert [(r.payload["field"], r.payload["old"], r.payload["new"]) for r in got] == [
                ("created", "", got[0].payload["new"]),
                ("partner", "Unassigned", "Northwind Traders"),
                ("status", "New", "Accepted"),
                ("status", "Accepted", "Qualified"),
            ]
            assert all(r.signature_ok for r in got)
            assert [r.event_id for r in got] == sorted(r.event_id for r in got)
            assert got[0].payload["lead"]["company"] == "Helios Flow Labs"
            assert got[1].payload["actor"]["kind"] == "rule"
            assert got[2].payload["actor"]["kind"] == got[3].payload["actor"]["kind"] == "user"
            assert got[3].payload["lead"]["status"] == "Qualified"
            assert got[3].payload["lead"]["partner_tenant"] == "northwind"
    finally:
        # Later tests share this app: no rule routing their leads, no webhook to a closed port.
        app_db.exec(delete(RoutingRule).where(RoutingRule.name == RULE))
        endpoint = app_db.exec(select(WebhookEndpoint)).first()
        if endpoint is not None:
            endpoint.enabled = False
            app_db.add(endpoint)
        app_db.commit()
