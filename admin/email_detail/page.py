from __future__ import annotations

import reflex as rx

from admin.email_detail.state import EmailDetailState as S
from admin.messages.detail_parts import detail_page, preview, section_card, to_section
from prm.components import data_table, field, pager, status_badge, text_input


def _to_section() -> rx.Component:
    return to_section(S, locked=S.locked, locked_label="Locked: Copy it to change",
                      eligible_text=rx.cond(S.locked, " users are eligible now; the recipients were fixed when "
                                                      "sending started.",
                                            " eligible users will get this email: active and test partner users "
                                            "who turned on Supplier Emails (never Sales Representatives or "
                                            "suppressed addresses)."))


def _content_section() -> rx.Component:
    return section_card(
        rx.heading("Email", size="4"),
        field("Subject", text_input("email-subject", value=S.title, on_change=S.set_title, max_length=200,
                                    read_only=S.locked), "email-subject", S.field_errors.get("title", "")),
        field("Body", rx.text_area(id="email-body", value=S.body_html, on_change=S.set_body_html, rows="8",
                                   size="3", width="100%", read_only=S.locked, font_family="monospace"),
              "email-body", S.field_errors.get("body_html", ""),
              hint="HTML: <p>, <strong>, <em>, lists, headings and links. Anything else is removed. "
                   "An unsubscribe link is added to every email."),
        *preview(S),
        rx.text("Plain-text part", size="2", weight="bold"),
        rx.box(rx.text(S.text_part, size="2", font_family="monospace", white_space="pre-wrap"),
               id="text-part", padding="1rem", border_radius="10px", width="100%",
               background=rx.color("gray", 2), border=f"1px solid {rx.color('gray', 5)}"),
        spacing="4",
    )


def _lifecycle() -> rx.Component:
    draft_actions = rx.vstack(
        rx.hstack(
            rx.button("Save", variant="soft", size="3", on_click=S.save),
            rx.button(rx.icon("send", size=16), "Send Now", size="3", on_click=S.send(True)),
            spacing="2", wrap="wrap",
        ),
        rx.separator(size="4"),
        rx.text("Or schedule it", size="2", weight="bold"),
        field("Send at (UTC)", text_input("send-at", type="datetime-local", value=S.schedule_at,
                                          on_change=S.set_schedule_at), "send-at",
              S.field_errors.get("publish_at", "")),
        rx.hstack(
            rx.button(rx.icon("calendar_clock", size=16), "Schedule", variant="soft", size="3",
                      on_click=S.send(False)),
            rx.spacer(),
            rx.cond(S.is_draft, rx.button("Delete Draft", variant="ghost", color_scheme="red", on_click=S.delete)),
            width="100%",
        ),
        rx.cond(~S.is_draft, rx.vstack(
            rx.text("Scheduled for ", S.publish_at, " (UTC)", size="2"),
            rx.button("Return to Draft", variant="soft", size="3", on_click=S.return_to_draft),
            spacing="2")),
        spacing="3",
        width="100%",
    )
    sending = rx.vstack(
        rx.text(rx.cond(S.status == "Sent", "Sent: every recipient is done.",
                        "Sending: nothing can be changed now. Copy it to make a new email."), size="2"),
        rx.text("Progress", size="2", weight="bold", id="progress-label"),
        rx.progress(value=S.percent, max=100, size="3", width="100%", aria_labelledby="progress-label"),
        rx.text(S.sent.to_string(), " sent · ", S.failed.to_string(), " failed · ", S.pending.to_string(),
                " to go · ", S.total.to_string(), " recipients", size="2", id="progress-counts"),
        spacing="3",
        width="100%",
    )
    return section_card(rx.heading("Sending", size="4"), rx.cond(S.locked, sending, draft_actions))


def _metric(label: str, icon: str, unique: str, total: str, rate: str = "", machine: str = "",
            complaints: bool = False) -> rx.Component:
    """One stat of the email: distinct recipients big, all events beside, machines apart."""
    key = label.lower()
    lines = [rx.text(S.stats[total].to_string(), " total",
                     *([" · ", S.stats[rate].to_string(), "% of sent"] if rate else []),
                     size="2", id=f"stat-{key}-total")]
    if machine:
        lines.append(rx.text("Machine: ", S.stats[f"{machine}_unique"].to_string(), " unique · ",
                             S.stats[f"{machine}_total"].to_string(), " total", size="1", color_scheme="gray",
                             id=f"stat-{key}-machine"))
    if complaints:
        lines.append(rx.text("Marked as spam: ", S.stats["complaints_unique"].to_string(), size="1",
                             color_scheme="gray", id="stat-complaints"))
    return _stat_card(label, icon, rx.hstack(
        rx.heading(S.stats[unique].to_string(), size="8", weight="bold", id=f"stat-{key}-unique"),
        rx.text("unique", size="2", color_scheme="gray"), align="baseline", spacing="2"), *lines)


def _stat_card(label: str, icon: str, *children) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.hstack(rx.text(label, size="2", color_scheme="gray", weight="medium"), rx.spacer(),
                      rx.icon(icon, size=18, color=rx.color("indigo", 11)), width="100%", align="center"),
            *children,
            spacing="1",
            width="100%",
        ),
        size="2",
        width="100%",
    )


def _stats() -> rx.Component:
    bar = {"max_bar_size": 28, "radius": [3, 3, 0, 0]}
    chart = rx.recharts.bar_chart(
        rx.recharts.cartesian_grid(stroke_dasharray="3 3", vertical=False),
        rx.recharts.bar(data_key="Opens", fill=rx.color("indigo", 9), **bar),
        rx.recharts.bar(data_key="Clicks", fill=rx.color("grass", 9), **bar),
        rx.recharts.bar(data_key="Bounces", fill=rx.color("red", 9), **bar),
        rx.recharts.bar(data_key="Machine", fill=rx.color("gray", 8), name="Machine opens and clicks", **bar),
        rx.recharts.x_axis(data_key="time", tick={"fontSize": 11}, min_tick_gap=24),
        rx.recharts.y_axis(allow_decimals=False, width=36, tick={"fontSize": 11}),
        rx.recharts.graphing_tooltip(),
        rx.recharts.legend(),
        data=S.timeline,
        width="100%",
        height=260,
    )
    return rx.vstack(
        rx.grid(
            _stat_card("Sent", "send",
                       rx.heading(S.stats["sent"].to_string(), size="8", weight="bold", id="stat-sent"),
                       rx.text("of ", S.total.to_string(), " recipients · ", S.failed.to_string(), " failed",
                               size="2")),
            _metric("Opens", "mail_open", "opens_unique", "opens_total", "open_rate", "opens_machine"),
            _metric("Clicks", "mouse_pointer_click", "clicks_unique", "clicks_total", "click_rate", "clicks_machine"),
            _metric("Bounces", "mail_x", "bounces_unique", "bounces_total", "bounce_rate", complaints=True),
            columns=rx.breakpoints(initial="1", sm="2", lg="4"), spacing="4", width="100%",
        ),
        rx.text("Unique: distinct recipients. Opens and clicks are by people; machine ones — within seconds "
                "of delivery, or by link scanners and mail privacy prefetch — are counted apart.", size="1",
                color_scheme="gray"),
        rx.card(
            rx.vstack(
                rx.heading("Over time", size="4"),
                rx.text("Hourly for the first 48 hours after sending, then daily (UTC).", size="1",
                        color_scheme="gray"),
                rx.cond(S.timeline.length() > 0, chart,
                        rx.text("No opens, clicks or bounces yet.", size="2", color_scheme="gray")),
                spacing="2",
                width="100%",
            ),
            size="3",
            width="100%",
        ),
        spacing="3",
        width="100%",
        id="email-stats",
    )


def _recipient_row(r) -> rx.Component:
    return rx.table.row(
        rx.table.row_header_cell(rx.vstack(rx.text(r["name"], size="2", weight="medium"),
                                           rx.text(r["email"], size="1", color_scheme="gray"), spacing="0")),
        rx.table.cell(status_badge(r["status"])),
        rx.table.cell(r["attempts"]),
        rx.table.cell(rx.text(r["sent_at"], white_space="nowrap")),
        rx.table.cell(r["opened"]),
        rx.table.cell(r["clicked"]),
        rx.table.cell(rx.text(r["error"], size="1", color_scheme="red")),
    )


def _recipients() -> rx.Component:
    return rx.vstack(
        rx.hstack(rx.heading("Recipients", size="5"), rx.spacer(),
                  rx.button(rx.icon("refresh_cw", size=14), "Refresh", variant="soft", on_click=S.refresh),
                  width="100%", align="center"),
        data_table(["Recipient", "State", "Attempts", "Sent at (UTC)", "Opened", "Clicked", "Server answer"], S.rows,
                   _recipient_row,
                   "No recipients yet: they are fixed when sending starts.", S.loaded),
        pager(S.cursors.length() > 0, S.next_cursor != "", S.prev_page, S.next_page),
        spacing="3",
        width="100%",
    )


def email_detail_page() -> rx.Component:
    return detail_page(S, kind_badge=rx.badge("Email", variant="outline", color_scheme="blue"),
                       missing_title="Email not found", stats=rx.cond(S.locked, _stats()),
                       to=_to_section(), content=_content_section(), lifecycle=_lifecycle(),
                       below=rx.cond(S.locked, _recipients()))
