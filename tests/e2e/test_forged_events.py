"""The browser can send any event with any arguments: a partner's forged events calling admin
handlers change nothing and receive no admin data. The same forging, aimed at the partner's
own handler, does reach the server (so the refusal is the server's doing, not a dud frame)."""

from __future__ import annotations

import json
import re
import time

from playwright.sync_api import expect
from sqlmodel import select

from admin.email_suppressions.state import SuppressionsState
from admin.lead_routing.state import RoutingRulesState
from admin.lead_settings.state import LeadSettingsState
from admin.partners.state import PartnerExplorerState
from admin.pending.state import PendingPartnersState
from admin.settings.state import AdminSettingsState
from admin.system_messaging.state import SystemMessagingState
from models.accounts import ProgramSettings, User
from models.messaging import EmailSuppression, EmailTemplate
from models.routing import LeadSettings, RoutingRule
from portal.settings.state import PortalSettingsState
from tests.e2e.conftest import DEMO_PASSWORD, login, wait_loaded


class SocketTap:
    """Sits between the page and the server's event websocket, recording frames both ways
    and able to inject frames as if the page had sent them."""

    def __init__(self, page):
        self.sent: list[str] = []
        self.received: list[str] = []
        self.server = None
        page.route_web_socket(re.compile(r".*/_event.*"), self._route)

    def _route(self, ws):
        server = ws.connect_to_server()
        self.server = server

        def from_page(message):
            if isinstance(message, str):
                self.sent.append(message)
            server.send(message)

        def from_server(message):
            if isinstance(message, str):
                self.received.append(message)
            ws.send(message)

        ws.on_message(from_page)
        server.on_message(from_server)

    def last_event(self) -> tuple[str, dict]:
        """The socket.io prefix ("42" + namespace) and body of the page's latest event."""
        for frame in reversed(self.sent):
            m = re.match(r"^(42(?:/[^,\[]*,)?)(\[.*)$", frame, re.S)
            if m:
                name, event = json.loads(m.group(2))
                if name == "event":
                    return m.group(1), event
        raise AssertionError("no event frame was seen")

    def forge(self, handler_name: str, payload: dict) -> None:
        prefix, event = self.last_event()
        event = {**event, "name": handler_name, "payload": payload}
        self.server.send(prefix + json.dumps(["event", event]))


def _handler(state, name: str) -> str:
    return f"{state.get_full_name()}.{name}"


def test_forged_admin_events_from_a_partner_session_change_nothing(page, app_db):
    tap = SocketTap(page)
    login(page, "portal", "alice@northwind.example", DEMO_PASSWORD)
    page.wait_for_url(re.compile(r"/portal/?$"))
    page.goto("/portal/settings")
    wait_loaded(page)
    program_before = app_db.get(ProgramSettings, 1).program_name
    alice = app_db.exec(select(User).where(User.email == "alice@northwind.example")).one()
    assert alice.supplier_emails_opt_in is False
    received_before = len(tap.received)

    # 1. Call the admin Settings handler with a form the partner made up.
    tap.forge(_handler(AdminSettingsState, "save"), {"form_data": {
        "program_name": "Forged Program", "supplier_name": "Forged Inc.",
        "support_email": "forged@example.com"}})
    # 2. Ask the admin Partner Explorer and Pending Partners for their rows.
    tap.forge(_handler(PartnerExplorerState, "load"), {})
    tap.forge(_handler(PendingPartnersState, "load"), {})
    tap.forge(_handler(PendingPartnersState, "open_request"), {"application_id": "1"})
    # Lead routing rules and the lead workflows' settings.
    tap.forge(_handler(RoutingRulesState, "save"), {"form_data": {"name": "Forged rule"}})
    tap.forge(_handler(LeadSettingsState, "save"), {"form_data": {
        "acceptance_window_hours": "1", "accept_reminder_hours": "1", "status_reminder_days": "1"}})
    # System Messaging: open and save the New Lead Notification with a forged body.
    tap.forge(_handler(SystemMessagingState, "open_template"), {"key": "new_lead"})
    tap.forge(_handler(SystemMessagingState, "set_body"), {"value": "Forged body {company}"})
    tap.forge(_handler(SystemMessagingState, "save"), {})
    # Email Suppressions: suppress an address by hand, read an address's bounces.
    tap.forge(_handler(SuppressionsState, "suppress"), {"form_data": {
        "email": "forged-suppression@example.com", "note": "forged"}})
    tap.forge(_handler(SuppressionsState, "show_history"), {"email": "alice@northwind.example"})
    # 3. Control: the same technique on alice's own handler must work.
    tap.forge(_handler(PortalSettingsState, "toggle_supplier_emails"), {"value": True})

    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        app_db.expire_all()
        if app_db.get(User, alice.id).supplier_emails_opt_in:
            break
        time.sleep(0.2)
    app_db.expire_all()
    assert app_db.get(User, alice.id).supplier_emails_opt_in is True, "the control event never ran"
    assert app_db.get(ProgramSettings, 1).program_name == program_before
    assert app_db.exec(select(RoutingRule).where(RoutingRule.name == "Forged rule")).all() == []
    assert app_db.exec(select(LeadSettings).where(LeadSettings.acceptance_window_hours == 1)).all() == []
    assert app_db.exec(select(EmailTemplate)).all() == []
    assert app_db.exec(select(EmailSuppression).where(
        EmailSuppression.email == "forged-suppression@example.com")).all() == []
    replies = "".join(tap.received[received_before:])
    assert "Forged Program" not in replies
    # Admin-only rows (a partner request, a test account, another tenant) never reach the
    # partner's browser.
    assert "Adventure Works" not in replies
    assert "Fabrikam" not in replies
    assert "Contoso" not in replies
    # The page is still alice's portal and still works.
    expect(page.get_by_label("Supplier Emails")).to_be_visible()
