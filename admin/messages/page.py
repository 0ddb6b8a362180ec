from __future__ import annotations

import reflex as rx

from admin.messages.state import MessagesState as S
from prm.components import (
    data_table,
    field,
    loaded_marker,
    page_header,
    pager,
    status_badge,
    text_input,
)
from prm.layout import admin_layout


def _row(row) -> rx.Component:
    return rx.table.row(
        rx.table.cell(rx.badge(row["kind"], variant="outline",
                               color_scheme=rx.cond(row["kind"] == "Email", "blue", "violet"))),
        rx.table.row_header_cell(
            rx.button(row["title"], variant="ghost", size="2", weight="medium", text_align="left",
                      height="auto", white_space="normal", padding_y="0.2rem",
                      on_click=rx.redirect(rx.cond(row["kind"] == "Email", "/admin/messages/email?id=",
                                                   "/admin/messages/view?id=") + row["id"]))),
        rx.table.cell(status_badge(row["status"])),
        rx.table.cell(row["audience"]),
        rx.table.cell(rx.text(row["counts"], white_space="nowrap")),
        rx.table.cell(rx.text(row["updated"], white_space="nowrap")),
    )


def _new_dialog() -> rx.Component:
    return rx.dialog.root(
        rx.dialog.content(
            rx.dialog.title(rx.cond(S.new_kind == "email", "New Email", "New Pop-up")),
            rx.dialog.description(rx.cond(S.new_kind == "email",
                                          "Give it a subject; you choose the groups and write it next.",
                                          "Give it a title; you choose the audience, pages and text next."),
                                  size="2", color_scheme="gray", margin_bottom="1rem"),
            field(rx.cond(S.new_kind == "email", "Subject", "Title"), text_input("new-title", value=S.new_title, on_change=S.set_new_title,
                                      max_length=200), "new-title", S.error),
            rx.hstack(
                rx.button("Cancel", variant="soft", color_scheme="gray", on_click=S.close_new),
                rx.button(rx.cond(S.new_kind == "email", "Create Email", "Create Pop-up"), on_click=S.create),
                justify="end", spacing="2", margin_top="1rem",
            ),
            max_width="480px",
        ),
        open=S.new_open,
    )


def messages_page() -> rx.Component:
    tabs = rx.segmented_control.root(
        rx.segmented_control.item("All", value="all"),
        rx.segmented_control.item("Email", value="email"),
        rx.segmented_control.item("Pop-up", value="popup"),
        value=rx.cond(S.kind == "", "all", S.kind),
        on_change=S.set_kind,
        aria_label="Message type",
    )
    content = rx.vstack(
        page_header("Messages", "Emails and portal pop-ups to your partners",
                    rx.hstack(
                        rx.button(rx.icon("ban", size=16), "Suppressions", size="3", variant="soft",
                                  color_scheme="gray", on_click=rx.redirect("/admin/messages/suppressions")),
                        rx.button(rx.icon("mail", size=16), "New Email", size="3", on_click=S.open_new("email")),
                        rx.button(rx.icon("plus", size=16), "New Pop-up", size="3", on_click=S.open_new("popup")),
                        spacing="2", wrap="wrap")),
        tabs,
        data_table(["Type", "Title", "Status", "Audience", "Counts", "Updated"], S.rows, _row,
                   "No messages yet. Create an email or a pop-up to reach your partners.", S.loaded),
        pager(S.cursors.length() > 0, S.next_cursor != "", S.prev_page, S.next_page),
        _new_dialog(),
        loaded_marker(S.loaded),
        spacing="4",
        width="100%",
    )
    return admin_layout(content, "Messages")
