from __future__ import annotations

import reflex as rx

from portal.lead_detail.state import PortalLeadDetailState as S
from prm.components import (
    accept_or_reject,
    error_callout,
    field,
    lead_facts,
    lead_timeline,
    loaded_marker,
    page_header,
    status_badge,
    text_input,
)
from prm.layout import portal_layout


def _decide() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.heading("New lead: accept it?", size="4"),
            rx.text("Accept to start working the lead, or reject it with a reason for the supplier.",
                    size="2", color_scheme="gray"),
            error_callout(S.error),
            accept_or_reject(S, accept_label="Accept", on_accept=S.accept, reject_label="Reject Lead",
                             reason_id="reject_reason", reason_error=S.field_errors.get("reason", "")),
            spacing="3",
            width="100%",
        ),
        size="3",
        width="100%",
    )


def _progress() -> rx.Component:
    lead, e, v = S.lead, S.field_errors, S.version.to_string()
    return rx.card(
        rx.form(
            rx.vstack(
                rx.heading("Update the lead", size="4"),
                error_callout(S.error),
                rx.vstack(
                    rx.el.label("Status", html_for="progress_status", class_name="prm-label"),
                    rx.select.root(
                        rx.select.trigger(id="progress_status", width="100%"),
                        rx.select.content(rx.foreach(S.statuses, lambda s: rx.select.item(s, value=s))),
                        value=S.progress_status,
                        on_change=S.set_progress_status,
                    ),
                    spacing="1",
                    width="100%",
                ),
                field("Opportunity amount", text_input("opportunity_amount", default_value=lead["opportunity_amount"],
                                                       key=v + "a", inputmode="decimal"),
                      "opportunity_amount", error=e.get("opportunity_amount", "")),
                field("Opportunity stage", text_input("opportunity_stage", default_value=lead["opportunity_stage"],
                                                      key=v + "s"),
                      "opportunity_stage", error=e.get("opportunity_stage", "")),
                field("Close date", text_input("close_date", type="date", default_value=lead["close_date"],
                                               key=v + "d"),
                      "close_date", error=e.get("close_date", "")),
                rx.button("Save", type="submit"),
                spacing="3",
                width="100%",
            ),
            on_submit=S.save_progress,
            width="100%",
        ),
        size="3",
        width="100%",
    )


def _owner() -> rx.Component:
    return rx.cond(
        S.is_partner_admin,
        rx.card(
            rx.vstack(
                rx.heading("Lead owner", size="4"),
                rx.vstack(
                    rx.el.label("Assign to", html_for="lead_owner", class_name="prm-label"),
                    rx.select.root(
                        rx.select.trigger(id="lead_owner", placeholder="Choose a user", width="100%"),
                        rx.select.content(rx.foreach(S.users, lambda u: rx.select.item(u["name"], value=u["id"]))),
                        value=S.owner_choice,
                        on_change=S.set_owner_choice,
                    ),
                    spacing="1",
                    width="100%",
                ),
                rx.button("Assign Owner", variant="soft", on_click=S.save_owner),
                spacing="3",
                width="100%",
            ),
            size="3",
            width="100%",
        ),
    )


def portal_lead_detail_page() -> rx.Component:
    lead = S.lead
    status = lead["status"]
    actions = rx.match(
        status,
        ("New", _decide()),
        ("Pending Approval", rx.callout("You registered this lead: it waits for the supplier's approval. "
                                        "Once approved, you update its status here.", icon="hourglass",
                                        color_scheme="amber", width="100%")),
        ("Rejected", rx.callout(rx.cond(lead["kind"] == "Registered",
                                        "The supplier rejected this registration: " + lead["rejection_reason"],
                                        "You rejected this lead: " + lead["rejection_reason"]), icon="circle_x",
                                color_scheme="red", width="100%")),
        ("Recalled", rx.callout("The supplier recalled this lead.", icon="undo_2", width="100%")),
        _progress(),
    )
    # A colleague's lead (Partner Users who see all of the account's leads): view only.
    actions = rx.cond(lead["can_act"] == "1", actions, rx.callout(
        "This lead is assigned to " + lead["owner"] + ". You can view it; only they or a partner admin "
        "can accept, reject or update it.", icon="eye", width="100%"))
    body = rx.cond(
        S.not_found != "",
        rx.callout(S.not_found, icon="search_x", color_scheme="red", role="alert"),
        rx.vstack(
            rx.hstack(status_badge(status), rx.text("since " + lead["status_since"], size="2",
                                                    color_scheme="gray"), align="center", spacing="2"),
            rx.grid(
                rx.card(lead_facts(lead), size="3"),
                rx.vstack(actions, _owner(), spacing="4", width="100%"),
                columns=rx.breakpoints(initial="1", lg="3fr 2fr"),
                spacing="4",
                width="100%",
            ),
            rx.card(rx.vstack(rx.heading("Timeline", size="4"), lead_timeline(S.events), spacing="3",
                              width="100%"), size="3", width="100%"),
            spacing="4",
            width="100%",
        ),
    )
    content = rx.vstack(
        page_header(rx.cond(lead["name"], lead["name"], "Lead"), lead["company"],
                    rx.link(rx.button(rx.icon("arrow_left", size=14), "Leads", variant="soft"),
                            href="/portal/leads")),
        body,
        loaded_marker(S.loaded),
        width="100%",
        spacing="3",
    )
    return portal_layout(content, "Leads")
