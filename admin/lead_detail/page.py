from __future__ import annotations

import reflex as rx

from admin.lead_detail.state import AdminLeadDetailState as S
from prm.components import (
    accept_or_reject,
    error_callout,
    field,
    lead_facts,
    lead_timeline,
    loaded_marker,
    page_header,
    status_badge,
)
from prm.layout import admin_layout


def _assign_card() -> rx.Component:
    return rx.card(
        rx.form(
            rx.vstack(
                rx.heading(rx.cond(S.lead["partner"] == "Unassigned", "Assign to a partner",
                                   "Reassign to another partner"), size="4"),
                error_callout(S.error),
                rx.vstack(
                    rx.el.label("Partner", html_for="assign_partner", class_name="prm-label"),
                    rx.select.root(
                        rx.select.trigger(id="assign_partner", placeholder="Choose a partner", width="100%"),
                        rx.select.content(rx.foreach(S.partners, lambda p: rx.select.item(p["name"], value=p["id"]))),
                        value=S.assign_to,
                        on_change=S.set_assign_to,
                    ),
                    spacing="1",
                    width="100%",
                ),
                field("Note (optional)", rx.text_area(id="assign_note", name="note", rows="2", width="100%"),
                      "assign_note"),
                rx.hstack(
                    rx.button("Assign", type="submit", disabled=S.assign_to == ""),
                    rx.cond(S.lead["partner"] == "Unassigned",
                            rx.button("Route again", type="button", variant="soft", on_click=S.route_again)),
                    spacing="2",
                ),
                spacing="3",
                width="100%",
            ),
            on_submit=S.assign,
            width="100%",
        ),
        size="3",
        width="100%",
    )


def _registration_card() -> rx.Component:
    """Approve or Reject a partner's registration waiting in Pending Approval."""
    return rx.card(
        rx.vstack(
            rx.heading("Registration: approve it?", size="4"),
            rx.text(S.lead["partner"] + " registered this lead. Approve it to let them work it, or reject "
                    "it with a reason they will read.", size="2", color_scheme="gray"),
            error_callout(S.decision_error),
            accept_or_reject(S, accept_label="Approve", on_accept=S.approve, reject_label="Reject Registration",
                             reason_id="registration_reason", reason_error=S.reason_error),
            spacing="3",
            width="100%",
        ),
        size="3",
        width="100%",
    )


def _conflicts_panel() -> rx.Component:
    """The leads this registration looked like when it was submitted (never shown to partners)."""

    def row(c) -> rx.Component:
        return rx.table.row(
            rx.table.row_header_cell(rx.link(c["name"], href="/admin/leads/view?id=" + c["id"], weight="medium")),
            rx.table.cell(c["company"]),
            rx.table.cell(c["email"]),
            rx.table.cell(c["partner"]),
            rx.table.cell(c["kind"]),
            rx.table.cell(status_badge(c["status"])),
            rx.table.cell(c["reason"]),
        )

    return rx.cond(
        S.conflicts.length() > 0,
        rx.card(
            rx.vstack(
                rx.hstack(rx.icon("triangle_alert", size=18, color=rx.color("orange", 10)),
                          rx.heading("Possible conflict", size="4"), align="center", spacing="2"),
                rx.text("When it was registered, this lead looked like these leads. The partner was only "
                        "told that the registration will be checked for conflicts.", size="2", color_scheme="gray"),
                rx.box(
                    rx.table.root(
                        rx.table.header(rx.table.row(*[rx.table.column_header_cell(h) for h in (
                            "Name", "Company", "Email", "Partner", "Type", "Status", "Why")])),
                        rx.table.body(rx.foreach(S.conflicts, row)),
                        size="1",
                        width="100%",
                    ),
                    width="100%",
                    overflow_x="auto",
                ),
                spacing="3",
                width="100%",
            ),
            size="3",
            width="100%",
            aria_label="Possible conflict",
        ),
    )


def admin_lead_detail_page() -> rx.Component:
    lead = S.lead
    body = rx.cond(
        S.not_found != "",
        rx.callout(S.not_found, icon="search_x", color_scheme="red", role="alert"),
        rx.vstack(
            rx.hstack(status_badge(lead["status"]),
                      rx.text("since " + lead["status_since"], size="2", color_scheme="gray"),
                      align="center", spacing="2"),
            rx.cond(lead["rejection_reason"] != "",
                    rx.callout(rx.cond(lead["kind"] == "Registered",
                                       "Registration rejected: " + lead["rejection_reason"],
                                       "Rejected by the partner: " + lead["rejection_reason"]), icon="circle_x",
                               color_scheme="red", width="100%")),
            _conflicts_panel(),
            rx.grid(
                rx.card(lead_facts(lead), size="3"),
                rx.cond(lead["status"] == "Pending Approval", _registration_card(), _assign_card()),
                columns=rx.breakpoints(initial="1", lg="3fr 2fr"),
                spacing="4",
                width="100%",
            ),
            rx.card(rx.vstack(rx.heading("Timeline", size="4"), lead_timeline(S.events),
                              spacing="3", width="100%"), size="3", width="100%"),
            spacing="4",
            width="100%",
        ),
    )
    content = rx.vstack(
        page_header(rx.cond(lead["name"], lead["name"], "Lead"), lead["company"],
                    rx.link(rx.button(rx.icon("arrow_left", size=14), "Leads", variant="soft"),
                            href="/admin/leads")),
        body,
        loaded_marker(S.loaded),
        width="100%",
        spacing="3",
    )
    return admin_layout(content, "Leads")
