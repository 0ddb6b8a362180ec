from __future__ import annotations

import reflex as rx

from admin.email_suppressions.state import SuppressionsState as S
from prm.components import (
    data_table,
    error_callout,
    info_callout,
    loaded_marker,
    page_header,
    pager,
)
from prm.layout import admin_layout


def _row(r) -> rx.Component:
    return rx.table.row(
        rx.table.row_header_cell(r["email"]),
        rx.table.cell(rx.badge(r["reason"], variant="soft", color_scheme="orange")),
        rx.table.cell(rx.text(r["detail"], size="1")),
        rx.table.cell(rx.text(r["created"], white_space="nowrap")),
        rx.table.cell(rx.button("Lift", variant="soft", size="1", aria_label="Lift " + r["email"],
                                on_click=S.lift(r["id"]))),
    )


def suppressions_page() -> rx.Component:
    content = rx.vstack(
        rx.button(rx.icon("arrow_left", size=14), "Messages", variant="ghost", size="1",
                  on_click=rx.redirect("/admin/messages")),
        page_header("Suppressions", "Addresses Emails are never sent to: bounces, complaints and unsubscribes"),
        info_callout(S.notice),
        error_callout(S.error),
        data_table(["Email", "Reason", "Detail", "Since (UTC)", ""], S.rows, _row,
                   "No suppressed addresses.", S.loaded),
        pager(S.cursors.length() > 0, S.next_cursor != "", S.prev_page, S.next_page),
        loaded_marker(S.loaded),
        spacing="4",
        width="100%",
    )
    return admin_layout(content, "Messages")
