from __future__ import annotations

import reflex as rx

from admin.system_messaging.state import SystemMessagingState as S
from prm.components import error_callout, field, loaded_marker, page_header
from prm.layout import admin_layout


def _template_choice(t) -> rx.Component:
    selected = S.key == t["key"]
    return rx.button(
        rx.vstack(
            rx.hstack(
                rx.text(t["label"], weight="medium", text_align="left"),
                rx.spacer(),
                rx.badge(rx.cond(t["customized"], "Edited", "Default"), variant="soft",
                         color_scheme=rx.cond(t["customized"], "blue", "gray")),
                width="100%",
                align="center",
            ),
            rx.text(t["description"], size="1", color_scheme="gray", text_align="left",
                    white_space="normal"),
            spacing="1",
            width="100%",
            align="start",
        ),
        on_click=S.open_template(t["key"]),
        variant=rx.cond(selected, "surface", "ghost"),
        color_scheme="gray",
        aria_pressed=rx.cond(selected, "true", "false"),
        width="100%",
        height="auto",
        padding="0.75rem",
        justify="start",
    )


def _editor() -> rx.Component:
    e = S.errors
    return rx.card(
        rx.vstack(
            rx.heading(S.label, size="4"),
            error_callout(S.error),
            field("Subject", rx.input(id="tpl-subject", value=S.subject, on_change=S.set_subject,
                                      size="3", width="100%"), "tpl-subject", error=e.get("subject", "")),
            field("Heading", rx.input(id="tpl-heading", value=S.heading, on_change=S.set_heading,
                                      size="3", width="100%"), "tpl-heading", error=e.get("heading", "")),
            field("Body", rx.text_area(id="tpl-body", value=S.body, on_change=S.set_body, rows="10",
                                       size="3", width="100%"), "tpl-body", error=e.get("body", ""),
                  hint="Plain text: a blank line starts a new paragraph. Values are filled in where you "
                       "write a placeholder (listed beside)."),
            field("Button label", rx.input(id="tpl-button", value=S.button_label, on_change=S.set_button_label,
                                           size="3", width="100%"), "tpl-button",
                  error=e.get("button_label", ""),
                  hint="The button always opens the lead in the partner portal."),
            rx.hstack(
                rx.button("Save", size="3", on_click=S.save),
                rx.cond(
                    S.confirm_restore,
                    rx.hstack(
                        rx.text("Go back to the built-in wording?", size="2"),
                        rx.button("Restore", color_scheme="red", on_click=S.restore),
                        rx.button("Cancel", variant="soft", color_scheme="gray", on_click=S.cancel_restore),
                        spacing="2",
                        align="center",
                    ),
                    rx.button("Restore default", size="3", variant="soft", color_scheme="gray",
                              on_click=S.ask_restore, disabled=~S.customized),
                ),
                spacing="3",
                align="center",
                wrap="wrap",
            ),
            spacing="4",
            width="100%",
        ),
        size="3",
        width="100%",
    )


def _placeholders() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.heading("Placeholders", size="3"),
            rx.el.dl(
                rx.foreach(S.placeholders, lambda p: rx.fragment(
                    rx.el.dt(rx.code(p["name"], variant="soft")),
                    rx.el.dd(rx.text(p["meaning"], size="1", color_scheme="gray"), margin="0 0 6px 0"),
                )),
                margin="0",
            ),
            spacing="2",
            width="100%",
        ),
        size="2",
        width="100%",
    )


def _preview() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.heading("Preview", size="4"),
            rx.text("With sample values, as a Lead Owner would get it.", size="2", color_scheme="gray"),
            rx.hstack(rx.text("Subject:", size="2", weight="medium"),
                      rx.text(S.preview_subject, size="2", id="preview-subject"), spacing="2"),
            rx.el.iframe(
                src_doc=S.preview_html,
                sandbox="",
                title="Template preview",
                width="100%",
                height="600px",
                style={"border": "1px solid var(--gray-5)", "borderRadius": "8px", "background": "white"},
            ),
            spacing="3",
            width="100%",
        ),
        size="3",
        width="100%",
    )


def system_messaging_page() -> rx.Component:
    content = rx.vstack(
        page_header("System Messaging", "The New Lead Notification and Status Update emails partners get",
                    rx.button(rx.icon("arrow_left", size=16), "Settings", variant="soft",
                              on_click=rx.redirect("/admin/settings"))),
        rx.flex(
            rx.vstack(
                rx.card(rx.vstack(rx.foreach(S.templates, _template_choice), spacing="2", width="100%"),
                        size="2", width="100%"),
                _placeholders(),
                spacing="4",
                width=rx.breakpoints(initial="100%", lg="280px"),
                flex_shrink="0",
            ),
            rx.vstack(_editor(), _preview(), spacing="4", flex="1", min_width="0", width="100%",
                      max_width="760px"),
            direction=rx.breakpoints(initial="column", lg="row"),
            spacing="4",
            width="100%",
            align="start",
        ),
        loaded_marker(S.loaded),
        spacing="4",
        width="100%",
    )
    return admin_layout(content, "Settings")
