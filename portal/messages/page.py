from __future__ import annotations

import reflex as rx

from portal.messages.state import MessageCenterState as S
from prm.components import loaded_marker, page_header
from prm.layout import portal_layout


def _row(r) -> rx.Component:
    unread = r["read"] == "Unread"
    return rx.hstack(
        rx.icon(rx.cond(unread, "mail", "mail_open"), size=18),
        rx.vstack(
            rx.text(r["title"], weight=rx.cond(unread, "bold", "regular"), size="3"),
            rx.text(r["kind"], " · ", r["date"], size="1", color_scheme="gray"),
            spacing="0",
        ),
        rx.spacer(),
        rx.badge(r["read"], color_scheme=rx.cond(unread, "blue", "gray"), variant="soft"),
        on_click=S.open_message(r["id"]),
        role="button",
        tab_index=0,
        cursor="pointer",
        width="100%",
        align="center",
        padding="0.8rem 1rem",
        border_radius="10px",
        border=f"1px solid {rx.color('gray', 5)}",
        background=rx.cond(unread, rx.color("indigo", 2), "transparent"),
        class_name="message-row",
    )


def message_center_page() -> rx.Component:
    content = rx.vstack(
        page_header("Message Center", "Every message your supplier sent you, read and unread"),
        rx.cond(S.opened.contains("id"),
                rx.card(rx.vstack(
                    rx.hstack(rx.heading(S.opened["title"], size="5"), rx.spacer(),
                              rx.icon_button(rx.icon("x", size=16), variant="ghost", on_click=S.close_message,
                                             aria_label="Close message"), width="100%"),
                    rx.box(rx.html(S.opened["body_html"]), class_name="message-preview"),
                    spacing="3", width="100%"), size="3", width="100%")),
        rx.cond(S.loaded & (S.rows.length() == 0),
                rx.card(rx.center(rx.text("No messages yet.", color_scheme="gray"), padding="2rem"), width="100%")),
        rx.vstack(rx.foreach(S.rows, _row), spacing="2", width="100%"),
        loaded_marker(S.loaded),
        spacing="4",
        width="100%",
        max_width="860px",
    )
    return portal_layout(content, "Message Center")
