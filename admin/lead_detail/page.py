from __future__ import annotations

import reflex as rx

from admin.lead_detail.state import AdminLeadDetailState as S
from prm.components import (
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
                    rx.callout("Rejected by the partner: " + lead["rejection_reason"], icon="circle_x",
                               color_scheme="red", width="100%")),
            rx.grid(
                rx.card(lead_facts(lead), size="3"),
                _assign_card(),
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
