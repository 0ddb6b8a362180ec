"""The portal's Leads area as the seed's three feature pages, one tab each."""

from __future__ import annotations

import reflex as rx

from portal.leads.state import DistributedLeadsState, PortalLeadsState, RegisteredLeadsState
from prm.components import (
    data_table,
    error_callout,
    field,
    loaded_marker,
    nav_tabs,
    page_header,
    pager,
    status_badge,
    status_filter,
    text_input,
)
from prm.layout import portal_layout

LEAD_TABS = [("Distributed Leads", "/portal/leads/distributed"),
             ("Registered Leads", "/portal/leads/registered"),
             ("All Leads", "/portal/leads")]


def leads_tabs(active: str) -> rx.Component:
    return nav_tabs(LEAD_TABS, active, "Leads pages")


def _name_cell(row) -> rx.Component:
    return rx.table.row_header_cell(rx.link(rx.cond(row["name"] != "", row["name"], row["company"]), href="/portal/leads/view?id=" + row["id"],
                                            weight="medium"))


def _lead_list(S, headers: list[str], row, empty: str, status_id: str) -> list[rx.Component]:
    return [
        rx.box(status_filter(status_id, S.statuses, S.status, S.set_status, width="220px"), margin_bottom="1rem"),
        data_table(headers, S.rows, row, empty, S.loaded),
        pager(S.cursors.length() > 0, S.next_cursor != "", S.prev_page, S.next_page),
        loaded_marker(S.loaded),
    ]


def _page(title: str, subtitle: str, *children, actions=()) -> rx.Component:
    return portal_layout(rx.vstack(page_header("Leads", subtitle, *actions), leads_tabs(title), *children,
                                   width="100%", spacing="2"), "Leads")


# ---------------------------------------------------------------- All Leads


def _all_row(row) -> rx.Component:
    return rx.table.row(
        _name_cell(row),
        rx.table.cell(row["company"]),
        rx.table.cell(row["kind"]),
        rx.table.cell(status_badge(row["status"])),
        rx.table.cell(row["owner"]),
        rx.table.cell(rx.text(row["created"], white_space="nowrap")),
    )


def portal_leads_page() -> rx.Component:
    S = PortalLeadsState
    return _page("All Leads", "All Leads assigned to you or, for partner admins, to your account",
                 *_lead_list(S, ["Name", "Company", "Type", "Status", "Lead Owner", "Created"], _all_row,
                             "No leads here yet.", "portal-lead-status"))


# ---------------------------------------------------------------- Distributed Leads


def _distributed_row(row) -> rx.Component:
    return rx.table.row(
        _name_cell(row),
        rx.table.cell(row["company"]),
        rx.table.cell(row["email"]),
        rx.table.cell(row["country"]),
        rx.table.cell(status_badge(row["status"])),
        rx.table.cell(row["owner"]),
        rx.table.cell(rx.text(row["created"], white_space="nowrap")),
    )


def distributed_leads_page() -> rx.Component:
    S = DistributedLeadsState
    return _page("Distributed Leads", "Leads the supplier sent you: open one to accept or reject it, "
                 "assign it and update its status",
                 *_lead_list(S, ["Name", "Company", "Email", "Country/Region", "Status", "Lead Owner", "Created"],
                             _distributed_row, "No distributed leads here yet.", "distributed-lead-status"))


# ---------------------------------------------------------------- Registered Leads


def _registered_row(row) -> rx.Component:
    return rx.table.row(
        _name_cell(row),
        rx.table.cell(row["company"]),
        rx.table.cell(row["email"]),
        rx.table.cell(status_badge(row["status"])),
        rx.table.cell(row["owner"]),
        rx.table.cell(rx.text(row["created"], white_space="nowrap")),
    )


def _register_dialog() -> rx.Component:
    S = RegisteredLeadsState
    e, v = S.form_errors, S.form_version.to_string()

    def inp(label, key, **props):
        return field(label, text_input("reg_" + key, name=key, key=v + key, **props), "reg_" + key,
                     error=e.get(key, ""))

    def pii(label):
        return rx.cond(S.pii_required, label, label + " (optional)")

    return rx.dialog.root(
        rx.dialog.content(
            rx.dialog.title("Register Lead"),
            rx.dialog.description(
                rx.cond(S.pii_required,
                        "Register a lead you found. It is yours at once and waits for the supplier's approval.",
                        "Register a lead you found. Email and phone are optional: you may register it "
                        "without personal information."),
                size="2", color_scheme="gray", margin_bottom="1rem"),
            rx.form(
                rx.vstack(
                    error_callout(S.form_error),
                    inp("Company", "company"),
                    rx.grid(
                        field(pii("First Name"), text_input("reg_first_name", name="first_name", key=v + "fn"),
                              "reg_first_name", error=e.get("first_name", "")),
                        field(pii("Last Name"), text_input("reg_last_name", name="last_name", key=v + "ln"),
                              "reg_last_name", error=e.get("last_name", "")),
                        field(pii("Email"), text_input("reg_email", name="email", type="email", key=v + "em"),
                              "reg_email", error=e.get("email", "")),
                        field(pii("Phone"), text_input("reg_phone", name="phone", type="tel", key=v + "ph"),
                              "reg_phone", error=e.get("phone", "")),
                        columns=rx.breakpoints(initial="1", sm="2"), spacing="3", width="100%",
                    ),
                    inp("Country/Region (optional)", "country"),
                    field("Notes (optional)", rx.text_area(id="reg_notes", name="notes", rows="3", width="100%",
                                                           key=v + "notes",
                                                           placeholder="The opportunity: products, size, timing"),
                          "reg_notes", error=e.get("notes", "")),
                    rx.hstack(
                        rx.dialog.close(rx.button("Cancel", variant="soft", color_scheme="gray", type="button")),
                        rx.button("Register Lead", type="submit"),
                        justify="end", width="100%", spacing="3",
                    ),
                    spacing="3",
                    width="100%",
                ),
                on_submit=S.register,
                width="100%",
            ),
            max_width="640px",
        ),
        open=S.register_open,
        on_open_change=S.set_register_open,
    )


def registered_leads_page() -> rx.Component:
    S = RegisteredLeadsState
    notice = rx.cond(
        S.notice != "",
        rx.callout(S.notice, icon=rx.cond(S.notice_conflict, "triangle_alert", "circle_check"),
                   color_scheme=rx.cond(S.notice_conflict, "amber", "green"), role="status", width="100%",
                   margin_bottom="0.5rem"),
    )
    return _page("Registered Leads", "Leads you registered with the supplier, and their approval",
                 _register_dialog(), notice,
                 *_lead_list(S, ["Name", "Company", "Email", "Status", "Lead Owner", "Created"], _registered_row,
                             "No registered leads yet: use Register Lead.", "registered-lead-status"),
                 actions=[rx.button(rx.icon("plus", size=16), "Register Lead", on_click=S.open_register)])
