from __future__ import annotations

import reflex as rx

from admin.lead_settings.state import LeadSettingsState as S
from prm.components import error_callout, field, leads_tabs, loaded_marker, page_header, text_input
from prm.layout import admin_layout


def _workflow(switch_id: str, title: str, text: str, checked, on_change, number_id: str,
              number_label: str) -> rx.Component:
    v = S.version.to_string()
    return rx.card(
        rx.flex(
            rx.hstack(
                rx.switch(id=switch_id, checked=checked, on_change=on_change),
                rx.vstack(
                    rx.el.label(title, html_for=switch_id, class_name="prm-label"),
                    rx.text(text, size="2", color_scheme="gray"),
                    spacing="1",
                ),
                align="start", spacing="3", flex="1",
            ),
            rx.box(
                field(number_label, text_input(number_id, type="number", min="1", size="2",
                                               default_value=S.numbers.get(number_id, ""), key=v + number_id),
                      number_id, error=S.errors.get(number_id, "")),
                width=["100%", "220px"],
            ),
            direction=rx.breakpoints(initial="column", sm="row"),
            spacing="4",
            width="100%",
        ),
        size="2",
        width="100%",
    )


def lead_settings_page() -> rx.Component:
    form = rx.form(
        rx.vstack(
            error_callout(S.error),
            _workflow("recall_enabled", "Acceptance window",
                      "A lead its partner has not accepted within the window is recalled and routed "
                      "again by the routing rules, leaving out that partner.",
                      S.recall_enabled, S.set_recall_enabled, "acceptance_window_hours",
                      "Acceptance window (hours)"),
            _workflow("accept_reminder_enabled", "Remind to accept",
                      "Email the partner's Lead Owners once when a new lead is still not accepted.",
                      S.accept_reminder_enabled, S.set_accept_reminder_enabled, "accept_reminder_hours",
                      "Remind after (hours)"),
            _workflow("status_reminder_enabled", "Remind to update the status",
                      "Email the lead's owner when an accepted lead's status has not changed for this "
                      "long, and again after each such period until it is closed.",
                      S.status_reminder_enabled, S.set_status_reminder_enabled, "status_reminder_days",
                      "Remind after (days)"),
            rx.hstack(
                rx.button("Save Lead Settings", type="submit", size="3"),
                rx.text("Last updated " + S.updated_at, size="1", color_scheme="gray"),
                rx.text("The workflows run every 5 minutes.", size="1", color_scheme="gray"),
                align="center", spacing="4", wrap="wrap",
            ),
            spacing="3",
            width="100%",
        ),
        on_submit=S.save,
        width="100%",
    )
    content = rx.vstack(
        page_header("Leads", "Lead settings: the acceptance window and reminder workflows"),
        leads_tabs("Lead Settings"),
        rx.box(form, width="100%", max_width="860px"),
        loaded_marker(S.loaded),
        width="100%",
        spacing="3",
    )
    return admin_layout(content, "Leads")
