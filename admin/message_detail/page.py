from __future__ import annotations

import reflex as rx

from admin.message_detail.state import MessageDetailState as S
from admin.messages.detail_parts import detail_page, preview, section_card, to_section
from prm.components import field, stat_card, text_input


def _to_section() -> rx.Component:
    return to_section(S, locked=~S.is_draft, locked_label="Locked: Return to Draft to change",
                      eligible_text=" eligible users will see this pop-up.")


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
    return section_card(
        rx.heading("Message", size="4"),
        field("Title", text_input("message-title", value=S.title, on_change=S.set_title, max_length=200,
                                  read_only=~S.is_draft), "message-title", S.field_errors.get("title", "")),
        field("Text", rx.text_area(id="message-body", value=S.body_html, on_change=S.set_body_html, rows="8",
                                   size="3", width="100%", read_only=~S.is_draft, font_family="monospace"),
              "message-body", S.field_errors.get("body_html", ""),
              hint="HTML: <p>, <strong>, <em>, lists, headings and links. Anything else is removed."),
        pages,
        *preview(S),
        spacing="4",
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
            columns=rx.breakpoints(initial="1", sm="2", lg="1"), spacing="3", width="100%",
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
    return section_card(rx.heading("Publishing", size="4"), rx.cond(S.is_draft, draft_actions, live_actions))


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
    return detail_page(S, kind_badge=rx.badge(S.kind_label, variant="outline", color_scheme="violet"),
                       missing_title="Message not found", stats=rx.cond(S.status == "Published", _stats()),
                       to=_to_section(), content=_content_section(), lifecycle=_lifecycle())
