from __future__ import annotations

import reflex as rx

from admin.email_suppressions.state import SuppressionsState as S
from prm.components import (
    data_table,
    error_callout,
    field,
    info_callout,
    loaded_marker,
    page_header,
    pager,
    text_input,
)
from prm.layout import admin_layout


def _row(r) -> rx.Component:
    return rx.table.row(
        rx.table.row_header_cell(rx.text(r["email"], weight="medium")),
        rx.table.cell(rx.badge(r["reason"], variant="soft", color_scheme=rx.match(
            r["reason"], ("Hard bounce", "red"), ("Complaint", "red"), ("Soft bounce", "orange"),
            ("Unsubscribed", "gray"), "blue"))),
        rx.table.cell(rx.text(r["detail"], size="1", color_scheme="gray", class_name="suppression-detail")),
        rx.table.cell(rx.text(r["created"], white_space="nowrap")),
        rx.table.cell(rx.hstack(
            rx.button("Bounces", variant="ghost", size="1", aria_label="Bounces of " + r["email"],
                      on_click=S.show_history(r["email"])),
            rx.button("Lift", variant="soft", size="1", aria_label="Lift " + r["email"],
                      on_click=S.lift(r["id"])),
            spacing="3", justify="end")),
    )


def _suppress_form() -> rx.Component:
    return rx.card(
        rx.form(
            rx.vstack(
                rx.heading("Suppress Address", size="4", as_="h2"),
                rx.text("Stop all Supplier Emails to an address, e.g. a person who asked by phone.",
                        size="2", color_scheme="gray"),
                rx.flex(
                    rx.box(field("Email address", text_input("suppress-email", name="email",
                                                             key="se" + S.form_version.to_string(),
                                                             placeholder="name@example.com"),
                                 "suppress-email", error=S.email_error), flex="1 1 240px"),
                    rx.box(field("Note", text_input("suppress-note", name="note",
                                                    key="sn" + S.form_version.to_string(),
                                                    placeholder="Why (optional)"),
                                 "suppress-note", error=S.note_error), flex="2 1 280px"),
                    rx.box(rx.button(rx.icon("ban", size=14), "Suppress Address", type="submit", size="3"),
                           class_name="suppress-submit"),
                    spacing="3",
                    wrap="wrap",
                    align="start",
                    width="100%",
                ),
                spacing="3",
                width="100%",
            ),
            on_submit=S.suppress,
            width="100%",
        ),
        size="2",
        width="100%",
    )


def _history_dialog() -> rx.Component:
    return rx.dialog.root(
        rx.dialog.content(
            rx.dialog.title("Recent bounces of " + S.history_email),
            rx.dialog.description("The latest bounces and complaints reported for this address.",
                                  size="2", color_scheme="gray"),
            rx.cond(
                S.history.length() == 0,
                rx.text("No bounces or complaints recorded for this address.", color_scheme="gray",
                        margin_y="1rem"),
                rx.vstack(
                    rx.foreach(S.history, lambda e: rx.hstack(
                        rx.badge(e["kind"], variant="soft", color_scheme=rx.cond(
                            e["kind"] == "Soft bounce", "orange", "red")),
                        rx.text(e["detail"], size="2", flex="1"),
                        rx.text(e["when"], size="1", color_scheme="gray", white_space="nowrap"),
                        width="100%", spacing="3", align="start")),
                    spacing="3", margin_y="1rem", width="100%"),
            ),
            rx.flex(rx.dialog.close(rx.button("Close", variant="soft")), justify="end"),
            max_width="640px",
        ),
        open=S.history_email != "",
        on_open_change=S.close_history,
    )


def suppressions_page() -> rx.Component:
    content = rx.vstack(
        rx.button(rx.icon("arrow_left", size=14), "Messages", variant="ghost", size="1",
                  on_click=rx.redirect("/admin/messages")),
        page_header("Email Suppressions",
                    "Addresses Emails are never sent to: bounces, complaints, unsubscribes and "
                    "addresses suppressed by hand"),
        info_callout(S.notice),
        error_callout(S.error),
        _suppress_form(),
        rx.vstack(
            data_table(["Email", "Reason", "Detail", "Since (UTC)", ""], S.rows, _row,
                       "No suppressed addresses.", S.loaded),
            pager(S.cursors.length() > 0, S.next_cursor != "", S.prev_page, S.next_page),
            spacing="0",
            width="100%",
        ),
        _history_dialog(),
        loaded_marker(S.loaded),
        spacing="4",
        width="100%",
    )
    return admin_layout(content, "Messages")
