from __future__ import annotations

import reflex as rx

from admin.outbox.state import OutboxState as S
from prm.components import (
    data_table,
    error_callout,
    loaded_marker,
    page_header,
    pager,
    status_badge,
)
from prm.layout import admin_layout


def _row(row) -> rx.Component:
    return rx.table.row(
        rx.table.row_header_cell(
            rx.button(row["subject"], on_click=S.open_email(row["id"]), variant="ghost",
                      size="2", weight="medium", text_align="left", height="auto",
                      white_space="normal", padding_y="0.2rem")
        ),
        rx.table.cell(row["to"]),
        rx.table.cell(status_badge(row["status"])),
        rx.table.cell(rx.text(row["created"], white_space="nowrap")),
    )


def _viewer() -> rx.Component:
    return rx.cond(
        S.selected.contains("id"),
        rx.card(
            rx.vstack(
                rx.hstack(
                    rx.heading(S.selected["subject"], size="4"),
                    rx.spacer(),
                    rx.icon_button(rx.icon("x", size=16), variant="ghost", on_click=S.close_email,
                                   aria_label="Close email"),
                    width="100%",
                ),
                rx.grid(
                    rx.text("To", color_scheme="gray", size="2"), rx.text(S.selected["to"], size="2"),
                    rx.text("Sent", color_scheme="gray", size="2"), rx.text(S.selected["sent"], size="2"),
                    rx.text("Message-ID", color_scheme="gray", size="2"),
                    rx.text(S.selected["message_id"], size="1", font_family="monospace"),
                    columns="110px 1fr",
                    spacing="2",
                    width="100%",
                ),
                rx.el.iframe(
                    src_doc=S.selected["srcdoc"],
                    sandbox="allow-top-navigation-by-user-activation allow-popups",
                    title="Email preview",
                    width="100%",
                    height="520px",
                    style={"border": "1px solid var(--gray-5)", "borderRadius": "8px",
                           "background": "white"},
                ),
                spacing="3",
                width="100%",
            ),
            size="2",
            width="100%",
        ),
    )


def outbox_page() -> rx.Component:
    content = rx.vstack(
        page_header(
            "Outbox",
            "Every email the program sent. Without an SMTP server, messages stay here.",
            rx.button(rx.icon("refresh_cw", size=16), "Refresh", variant="soft", on_click=S.refresh),
        ),
        error_callout(S.error),
        _viewer(),
        data_table(["Subject", "To", "Status", "Time"], S.rows, _row, "No emails yet.", S.loaded),
        pager(S.cursors.length() > 0, S.next_cursor != "", S.prev_page, S.next_page),
        loaded_marker(S.loaded),
        width="100%",
        spacing="3",
    )
    return admin_layout(content, "Outbox")
