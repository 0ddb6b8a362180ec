from __future__ import annotations

import reflex as rx

from portal.popups.state import PopupState as P


def popup_window() -> rx.Component:
    return rx.dialog.root(
        rx.dialog.content(
            rx.hstack(rx.icon("megaphone", size=18), rx.text("Message from your supplier", size="2",
                                                               color_scheme="gray"), spacing="2", align="center"),
            rx.dialog.title(P.current["title"], size="6", margin_top="0.5rem"),
            rx.box(rx.html(P.current["body_html"]), class_name="message-preview", margin_y="1rem"),
            rx.hstack(
                rx.button("Later", variant="soft", color_scheme="gray", on_click=P.later),
                rx.button(rx.icon("check", size=16), "Mark as Read", on_click=P.mark_read),
                justify="end", spacing="2",
            ),
            max_width="560px",
            id="popup-message",
        ),
        open=P.queue.length() > 0,
    )
