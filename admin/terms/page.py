from __future__ import annotations

import reflex as rx

from admin.terms.state import TermsSettingsState as S
from prm.components import error_callout, field, loaded_marker, page_header
from prm.layout import admin_layout


def terms_settings_page() -> rx.Component:
    content = rx.vstack(
        page_header("Terms & Conditions", "What partner users accept before they use the portal",
                    rx.button(rx.icon("arrow_left", size=16), "Settings", variant="soft",
                              on_click=rx.redirect("/admin/settings"))),
        rx.card(
            rx.vstack(
                error_callout(S.error),
                rx.hstack(
                    rx.badge(rx.cond(S.version > 0, "Version " + S.version.to_string(), "Not set"),
                             variant="soft", color_scheme=rx.cond(S.version > 0, "green", "gray")),
                    rx.text(S.accepted.to_string(), " partner users accepted this version", size="2",
                            color_scheme="gray"),
                    spacing="3", align="center",
                ),
                field("Terms & Conditions", rx.text_area(id="terms-text", value=S.text, on_change=S.set_text,
                                                         rows="14", size="3", width="100%"),
                      "terms-text",
                      hint="Changing the text makes a new version that every partner user accepts at their "
                           "next visit. Leave it empty to ask for nothing."),
                rx.hstack(
                    rx.switch(id="terms-opt-in", checked=S.opt_in_emails, on_change=S.set_opt_in_emails),
                    rx.vstack(
                        rx.el.label("Accepting the Terms & Conditions opts users in to Supplier Emails",
                                    html_for="terms-opt-in", class_name="prm-label"),
                        rx.text("GDPR: say so in the terms. Users can still turn Supplier Emails off in "
                                "their portal settings; each opt-in is recorded with the terms version.",
                                size="2", color_scheme="gray"),
                        spacing="1",
                    ),
                    spacing="3", align="start",
                ),
                rx.button("Save Terms & Conditions", size="3", on_click=S.save),
                spacing="4",
                width="100%",
            ),
            size="3", width="100%", max_width="820px",
        ),
        loaded_marker(S.loaded),
        spacing="4",
        width="100%",
    )
    return admin_layout(content, "Settings")
