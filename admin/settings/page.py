from __future__ import annotations

import reflex as rx

from admin.settings.state import AdminSettingsState as S
from prm.components import error_callout, field, loaded_marker, page_header, text_input
from prm.layout import admin_layout


def admin_settings_page() -> rx.Component:
    form = rx.form(
        rx.vstack(
            error_callout(S.error),
            field("Program name", text_input("program_name", default_value=S.program_name,
                                             key=S.updated_at + "pn"), "program_name",
                  error=S.field_errors.get("program_name", ""),
                  hint="Shown on login pages, the portal and every email."),
            field("Supplier company name", text_input("supplier_name", default_value=S.supplier_name,
                                                      key=S.updated_at + "sn"), "supplier_name",
                  error=S.field_errors.get("supplier_name", "")),
            field("Partner support email", text_input("support_email", type="email",
                                                      default_value=S.support_email,
                                                      key=S.updated_at + "se"), "support_email",
                  error=S.field_errors.get("support_email", ""),
                  hint="Partners see this address in emails and the portal."),
            rx.hstack(
                rx.button("Save Settings", type="submit", size="3"),
                rx.text("Last updated " + S.updated_at, size="1", color_scheme="gray"),
                align="center",
                spacing="4",
            ),
            spacing="4",
            width="100%",
        ),
        on_submit=S.save,
        width="100%",
    )
    content = rx.vstack(
        page_header("Settings", "Your partner program"),
        rx.card(
            rx.vstack(rx.heading("Program", size="4"), form, spacing="4", width="100%"),
            size="3",
            width="100%",
            max_width="720px",
        ),
        rx.card(
            rx.vstack(
                rx.heading("Partner onboarding", size="4"),
                rx.text("Partner Auto Onboarding and Domain Matching are both Off: every new "
                        "partner request waits in Pending Partners for your approval.",
                        size="2", color_scheme="gray"),
                spacing="2",
            ),
            size="3",
            width="100%",
            max_width="720px",
        ),
        loaded_marker(S.loaded),
        spacing="4",
        width="100%",
    )
    return admin_layout(content, "Settings")
