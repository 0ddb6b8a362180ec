"""Admin > Integrations in the browser: create an API key (shown once) and post a lead with it
to the running app's REST API, point the webhook at a local receiver, then a lead assigned on
its page reaches the receiver signed; the Delivery Log shows it; a revoked key is refused."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request

from playwright.sync_api import expect

from tests.e2e.conftest import ADMIN_EMAIL, ADMIN_PASSWORD, login, shot, wait_loaded
from tests.jobs.conftest import wait_for
from tests.webhook_receiver import running_receiver


def _post_lead(base_url: str, key: str, body: dict) -> tuple[int, dict]:
    request = urllib.request.Request(
        f"{base_url}/api/v1/leads", data=json.dumps(body).encode(), method="POST",
        headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_api_key_webhook_and_a_lead_change_reaching_the_crm(page, base_url):
    login(page, "admin", ADMIN_EMAIL, ADMIN_PASSWORD)
    page.wait_for_url(re.compile(r"/admin/?$"))
    page.get_by_role("navigation", name="Admin navigation").get_by_role("link", name="Integrations").click()
    page.wait_for_url(re.compile(r"/admin/integrations$"))
    wait_loaded(page)

    # An API key, shown once.
    page.get_by_label("Key name").fill("Salesforce")
    page.get_by_role("button", name="Create API Key").click()
    secret_field = page.get_by_label("New API key")
    expect(secret_field).to_have_value(re.compile(r"^prm_[0-9a-f]{8}_"))
    key = secret_field.input_value()
    row = page.get_by_role("row").filter(has_text="Salesforce")
    expect(row).to_contain_text(key[:12] + "…")
    expect(row).to_contain_text("Never")
    expect(page.get_by_role("button", name="Copy Key")).to_be_visible()

    with running_receiver() as receiver:
        # The webhook, pointed at the receiver; its signing secret is shown once.
        page.get_by_label("Endpoint URL").fill(receiver.url)
        page.get_by_label("Deliver lead changes to this endpoint").click()
        page.get_by_role("button", name="Save Webhook").click()
        expect(page.get_by_text("Webhook saved. Lead changes are delivered to it.")).to_be_visible()
        signing = page.get_by_label("Signing secret")
        expect(signing).to_have_value(re.compile(r"^whsec_"))
        receiver.secret = signing.input_value()
        shot(page, "admin_integrations")

        # The CRM posts a lead to the app's REST API, on the same port as the pages.
        status, body = _post_lead(base_url, key, {"first_name": "Nora", "last_name": "Nash",
                                                  "company": "Northwind Prospects",
                                                  "email": "nora@prospects.example"})
        assert status == 201, body
        lead_id = body["lead"]["id"]

        # A supplier admin assigns it on its page: the change reaches the CRM, signed.
        page.goto(f"/admin/leads/view?id={lead_id}")
        wait_loaded(page)
        expect(page.get_by_role("table").last).to_contain_text("API key Salesforce")
        page.get_by_label("Partner").click()
        page.get_by_role("option", name="Northwind Traders").click()
        page.get_by_role("button", name="Assign").click()
        expect(page.get_by_text("Lead assigned to Northwind Traders.")).to_be_visible()

        got = wait_for(lambda: [r for r in receiver.received if r.payload["field"] == "partner"],
                       timeout=20, what="the partner change at the receiver")
        assert got[0].signature_ok
        assert got[0].payload["lead_id"] == lead_id
        assert (got[0].payload["old"], got[0].payload["new"]) == ("Unassigned", "Northwind Traders")
        assert got[0].payload["lead"]["partner_tenant"] == "northwind"
        assert got[0].payload["actor"]["kind"] == "user"
        fields = [r.payload["field"] for r in receiver.received if r.payload["lead_id"] == lead_id]
        assert fields == ["created", "partner"]  # in order

    # The delivery log.
    page.goto("/admin/integrations/deliveries")
    wait_loaded(page)
    log_rows = page.get_by_role("row").filter(has_text="Nora Nash")
    expect(log_rows).to_have_count(2)
    expect(log_rows.first).to_contain_text("Delivered")
    expect(log_rows.first).to_contain_text("Unassigned → Northwind Traders")
    shot(page, "admin_webhook_deliveries")

    # Revoked, the key no longer works.
    page.goto("/admin/integrations")
    wait_loaded(page)
    row = page.get_by_role("row").filter(has_text="Salesforce")
    expect(row).not_to_contain_text("Never")  # it was used
    row.get_by_role("button", name="Revoke Salesforce").click()
    row.get_by_role("button", name="Revoke Key").click()
    expect(page.get_by_text("API key Salesforce revoked")).to_be_visible()
    expect(row).to_contain_text("Revoked")
    status, body = _post_lead(base_url, key, {"company": "Too late", "last_name": "X"})
    assert status == 401 and body["error"] == "unauthorized"
