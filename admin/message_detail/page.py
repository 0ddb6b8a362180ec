from __future__ import annotations

import reflex as rx

from admin.message_detail.state import MessageDetailState as S
from prm.components import (
    audience_group_option,
    error_callout,
    field,
    info_callout,
    loaded_marker,
    stat_card,
    status_badge,
    text_input,
)
from prm.layout import admin_layout


def _to_section() -> rx.Component:
    def group(g) -> rx.Component:
        return audience_group_option(g, S.group_ids, S.toggle_group, disabled=~S.is_draft)

    return rx.card(
        rx.vstack(
            rx.hstack(rx.heading("To", size="4"), rx.spacer(),
                      rx.cond(~S.is_draft, rx.badge(rx.icon("lock", size=12), "Locked: Return to Draft to change",
                                                    color_scheme="gray", variant="soft")),
                      width="100%", align="center"),
            rx.text("Partner groups", size="2", weight="bold"),
            rx.cond(S.groups.length() == 0,
                    rx.text("No partner groups yet. Create one under Partner Groups.", size="2", color_scheme="gray")),
            rx.grid(rx.foreach(S.groups, group), columns=rx.breakpoints(initial="1", sm="2"), spacing="3",
                    width="100%"),
            rx.cond(S.field_errors.contains("group_ids"),
                    rx.text(S.field_errors["group_ids"], color_scheme="red", size="2", role="alert")),
            rx.callout(rx.text(rx.text.strong(S.eligible.to_string()), " eligible users will see this pop-up."),
                       icon="users", color_scheme="blue", size="1", id="eligible-users"),
            spacing="3",
            width="100%",
        ),
        size="3",
        width="100%",
    )


def _content_section() -> rx.Component:
    pages = rx.vstack(
        rx.text("Show on these portal pages", size="2", weight="bold"),
        rx.flex(rx.foreach(S.page_choices, lambda p: rx.hstack(
            rx.checkbox(id="page-" + p["key"], checked=S.portal_pages.contains(p["key"]),
                        on_change=lambda on: S.toggle_page(p["key"], on), disabled=~S.is_draft),
            rx.el.label(p["label"], html_for="page-" + p["key"], class_name="prm-label"),
            spacing="2", align="center")), spacing="4", wrap="wrap"),
        rx.cond(S.field_errors.contains("portal_pages"),
                rx.text(S.field_errors["portal_pages"], color_scheme="red", size="2", role="alert")),
        spacing="2",
        width="100%",
    )
    return rx.card(
        rx.vstack(
            rx.heading("Message", size="4"),
            field("Title", text_input("message-title", value=S.title, on_change=S.set_title, max_length=200,
                                      read_only=~S.is_draft), "message-title", S.field_errors.get("title", "")),
            field("Text", rx.text_area(id="message-body", value=S.body_html, on_change=S.set_body_html, rows="8",
                                       size="3", width="100%", read_only=~S.is_draft, font_family="monospace"),
                  "message-body", S.field_errors.get("body_html", ""),
                  hint="HTML: <p>, <strong>, <em>, lists, headings and links. Anything else is removed."),
            pages,
            rx.text("Preview", size="2", weight="bold"),
            rx.box(rx.html(S.body_html), padding="1rem", border_radius="10px", width="100%",
                   border=f"1px dashed {rx.color('gray', 7)}", class_name="message-preview"),
            spacing="4",
            width="100%",
        ),
        size="3",
        width="100%",
    )


def _lifecycle() -> rx.Component:
    draft_actions = rx.vstack(
        rx.hstack(
            rx.button("Save Draft", variant="soft", size="3", on_click=S.save),
            rx.button(rx.icon("send", size=16), "Publish Now", size="3", on_click=S.publish(True)),
            spacing="2", wrap="wrap",
        ),
        rx.separator(size="4"),
        rx.text("Or schedule it", size="2", weight="bold"),
        rx.grid(
            field("Publish at (UTC)", text_input("publish-at", type="datetime-local", value=S.schedule_at,
                                                 on_change=S.set_schedule_at), "publish-at",
                  S.field_errors.get("publish_at", "")),
            field("End at (UTC, optional)", text_input("end-at", type="datetime-local", value=S.schedule_end,
                                                       on_change=S.set_schedule_end), "end-at",
                  S.field_errors.get("end_at", "")),
            columns=rx.breakpoints(initial="1", sm="2"), spacing="3", width="100%",
        ),
        rx.hstack(
            rx.button(rx.icon("calendar_clock", size=16), "Schedule", variant="soft", size="3",
                      on_click=S.publish(False)),
            rx.spacer(),
            rx.button("Delete Draft", variant="ghost", color_scheme="red", on_click=S.delete),
            width="100%",
        ),
        spacing="3",
        width="100%",
    )
    live_actions = rx.vstack(
        rx.text(rx.cond(S.status == "Published", "Published ", "Scheduled for "), S.publish_at,
                rx.cond(S.end_at != "", " · ends " + S.end_at, ""), " (UTC)", size="2"),
        rx.hstack(rx.button("Return to Draft", variant="soft", size="3", on_click=S.return_to_draft),
                  spacing="2"),
        spacing="3",
        width="100%",
    )
    return rx.card(
        rx.vstack(
            rx.heading("Publishing", size="4"),
            rx.cond(S.is_draft, draft_actions, live_actions),
            spacing="3",
            width="100%",
        ),
        size="3",
        width="100%",
    )


def _stats() -> rx.Component:
    return rx.grid(
        stat_card("Read", S.read, "Marked as read", "mail_open"),
        stat_card("Unread", S.unread, "Still popping up", "mail"),
        stat_card("Eligible users", S.eligible, "In the audience now", "users"),
        columns=rx.breakpoints(initial="1", sm="3"),
        spacing="4",
        width="100%",
        id="popup-stats",
    )


def message_detail_page() -> rx.Component:
    header = rx.flex(
        rx.vstack(
            rx.button(rx.icon("arrow_left", size=14), "Messages", variant="ghost", size="1",
                      on_click=rx.redirect("/admin/messages")),
            rx.hstack(rx.heading(S.title, size="7", as_="h1"), status_badge(S.status),
                      rx.badge(S.kind_label, variant="outline", color_scheme="violet"), spacing="3",
                      align="center", wrap="wrap"),
            spacing="2",
        ),
        rx.spacer(),
        rx.button(rx.icon("copy", size=16), "Copy", variant="soft", size="3", on_click=S.copy),
        width="100%", align="end", wrap="wrap", spacing="3", margin_bottom="1rem",
    )
    body = rx.cond(
        S.missing,
        rx.card(rx.vstack(rx.heading("Message not found", size="5"),
                          rx.button("Back to Messages", on_click=rx.redirect("/admin/messages")), spacing="3")),
        rx.vstack(
            header,
            info_callout(S.notice),
            error_callout(S.error),
            rx.cond(S.status == "Published", _stats()),
            rx.grid(
                rx.vstack(_to_section(), _content_section(), spacing="4", width="100%"),
                _lifecycle(),
                columns=rx.breakpoints(initial="1", lg="3fr 2fr"),
                spacing="4",
                width="100%",
            ),
            spacing="4",
            width="100%",
        ),
    )
    return admin_layout(rx.vstack(body, loaded_marker(S.loaded), width="100%"), "Messages")
