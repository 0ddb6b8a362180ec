"""What the two message pages share on screen (admin/message_detail for Pop-ups, admin/email_detail
for Emails): the cards, the To section with its partner groups, the preview and the page frame.
Each page passes its own state class and words; the state side is admin/messages/editor.py."""

from __future__ import annotations

import reflex as rx

from prm.components import (
    audience_group_option,
    error_callout,
    info_callout,
    loaded_marker,
    status_badge,
)
from prm.layout import admin_layout


def section_card(*children: rx.Component, spacing: str = "3") -> rx.Component:
    """A full-width card of the editor's column: heading and fields stacked."""
    return rx.card(rx.vstack(*children, spacing=spacing, width="100%"), size="3", width="100%")


def to_section(S, *, locked, locked_label: str, eligible_text) -> rx.Component:
    """The partner groups the message goes to, locked once it left draft, with the eligible count."""

    def group(g) -> rx.Component:
        return audience_group_option(g, S.group_ids, S.toggle_group, disabled=locked)

    return section_card(
        rx.hstack(rx.heading("To", size="4"), rx.spacer(),
                  rx.cond(locked, rx.badge(rx.icon("lock", size=12), locked_label, color_scheme="gray",
                                           variant="soft")),
                  width="100%", align="center"),
        rx.text("Partner groups", size="2", weight="bold"),
        rx.cond(S.groups.length() == 0,
                rx.text("No partner groups yet. Create one under Partner Groups.", size="2", color_scheme="gray")),
        rx.grid(rx.foreach(S.groups, group), columns=rx.breakpoints(initial="1", sm="2"), spacing="3",
                width="100%"),
        rx.cond(S.field_errors.contains("group_ids"),
                rx.text(S.field_errors["group_ids"], color_scheme="red", size="2", role="alert")),
        rx.callout(rx.text(rx.text.strong(S.eligible.to_string()), eligible_text),
                   icon="users", color_scheme="blue", size="1", id="eligible-users"),
    )


def preview(S) -> list[rx.Component]:
    """The sanitised body as the partner will see it."""
    return [
        rx.text("Preview", size="2", weight="bold"),
        rx.box(rx.html(S.body_html), padding="1rem", border_radius="10px", width="100%",
               border=f"1px dashed {rx.color('gray', 7)}", class_name="message-preview"),
    ]


def detail_page(S, *, kind_badge: rx.Component, missing_title: str, stats: rx.Component,
                to: rx.Component, content: rx.Component, lifecycle: rx.Component,
                below: rx.Component | None = None) -> rx.Component:
    """The page frame: back link, title with status and kind, Copy, notices, then the editor's two
    columns (To and content | lifecycle) and, when given, a section below them."""
    header = rx.flex(
        rx.vstack(
            rx.button(rx.icon("arrow_left", size=14), "Messages", variant="ghost", size="1",
                      on_click=rx.redirect("/admin/messages")),
            rx.hstack(rx.heading(S.title, size="7", as_="h1"), status_badge(S.status), kind_badge, spacing="3",
                      align="center", wrap="wrap"),
            spacing="2",
        ),
        rx.spacer(),
        rx.button(rx.icon("copy", size=16), "Copy", variant="soft", size="3", on_click=S.copy),
        width="100%", align="end", wrap="wrap", spacing="3", margin_bottom="1rem",
    )
    body = rx.cond(
        S.missing,
        rx.card(rx.vstack(rx.heading(missing_title, size="5"),
                          rx.button("Back to Messages", on_click=rx.redirect("/admin/messages")), spacing="3")),
        rx.vstack(
            header,
            info_callout(S.notice),
            error_callout(S.error),
            stats,
            rx.grid(
                rx.vstack(to, content, spacing="4", width="100%"),
                lifecycle,
                columns=rx.breakpoints(initial="1", lg="3fr 2fr"),
                spacing="4",
                width="100%",
            ),
            *([below] if below is not None else []),
            spacing="4",
            width="100%",
        ),
    )
    return admin_layout(rx.vstack(body, loaded_marker(S.loaded), width="100%"), "Messages")
