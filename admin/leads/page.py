from __future__ import annotations

import reflex as rx

from admin.leads.state import AdminLeadsState as S
from admin.leads.state import AdminLeadsTableState as T
from prm.components import (
    error_callout,
    field,
    labelled_select,
    leads_tabs,
    loaded_marker,
    page_header,
    pager,
    sort_header,
    status_filter,
    status_pill,
    text_input,
)
from prm.layout import admin_layout


def _unassigned_bar() -> rx.Component:
    run = S.routing_run
    return rx.vstack(
        rx.flex(
            rx.text("Leads no routing rule could place wait here. Route them again after "
                    "changing the rules, or open one to assign it by hand.",
                    size="2", color_scheme="gray", flex="1"),
            rx.button(rx.icon("route", size=16), "Route Unassigned Leads", on_click=S.route_unassigned,
                      disabled=run["status"] == "running"),
            spacing="3", align="center", wrap="wrap", width="100%",
        ),
        # No run yet: routing_run is {} (run["status"] would be undefined, not "").
        rx.cond(run.contains("status"), rx.card(
            rx.vstack(
                rx.hstack(
                    rx.text(rx.match(run["status"], ("running", "Routing the Unassigned queue"),
                                     ("done", "Last routing of the Unassigned queue"),
                                     "Routing the Unassigned queue failed"), weight="medium", size="2"),
                    rx.text("started " + run["started"], size="1", color_scheme="gray"),
                    spacing="2", align="center",
                ),
                rx.progress(value=run["percent"].to(int), max=100, width="100%", aria_label="Routing progress"),
                rx.text(run["processed"] + " of " + run["total"] + " leads · " + run["assigned"]
                        + " assigned · " + run["unassigned"] + " still unassigned", size="2",
                        id="routing-run-progress"),
                rx.cond(run["error"] != "", rx.text(run["error"], size="2", color_scheme="red", role="alert")),
                spacing="2", width="100%",
            ),
            size="1", width="100%",
        )),
        spacing="2", width="100%", margin_bottom="0.5rem",
    )


def _filters() -> rx.Component:
    return rx.flex(
        rx.vstack(
            rx.el.label("Search", html_for="lead-search", class_name="prm-label"),
            rx.input(id="lead-search", placeholder="Company, name or email", value=T.search,
                     on_change=T.set_search.debounce(300), width=["100%", "240px"]),
            spacing="1",
        ),
        status_filter("lead-status", S.statuses, S.status, S.set_status),
        rx.vstack(
            rx.el.label("Partner", html_for="lead-partner-filter", class_name="prm-label"),
            rx.select.root(
                rx.select.trigger(id="lead-partner-filter", width="200px"),
                rx.select.content(
                    rx.select.item("All partners", value="all"),
                    rx.select.item("Unassigned", value="unassigned"),
                    rx.foreach(S.partners, lambda p: rx.select.item(p["name"], value=p["id"])),
                ),
                value=S.partner_filter,
                on_change=S.set_partner_filter,
            ),
            spacing="1",
        ),
        labelled_select("Source", "lead-kind", [("All sources", "all"), ("Distributed", "distributed"),
                                                ("Registered", "registered")], S.kind, S.set_kind,
                        width="160px"),
        rx.vstack(
            rx.el.label("Created from", html_for="lead-from", class_name="prm-label"),
            rx.input(id="lead-from", type="date", value=S.created_from, on_change=S.set_created_from),
            spacing="1",
        ),
        rx.vstack(
            rx.el.label("Created to", html_for="lead-to", class_name="prm-label"),
            rx.input(id="lead-to", type="date", value=S.created_to, on_change=S.set_created_to),
            spacing="1",
        ),
        rx.button("Clear All", variant="ghost", on_click=S.clear_all),
        spacing="3",
        wrap="wrap",
        align="end",
        margin_bottom="1rem",
    )


def _row(row) -> rx.Component:
    """One lead. Plain table elements with Radix Themes' classes rather than Radix components
    (same DOM and look): all rows re-render on each Next/Previous, and a Radix component per
    cell made that render cost as much as the round trip (bench 4)."""
    def cell(*children, **props):
        return rx.el.td(*children, class_name="rt-TableCell", **props)

    return rx.el.tr(
        rx.el.th(rx.el.div(
            rx.link(row["name"], href="/admin/leads/view?id=" + row["id"], weight="medium"),
            rx.el.p(row["email"], class_name="rt-Text rt-r-size-1", data_accent_color="gray"),
            class_name="rt-Flex rt-r-fd-column rt-r-ai-start rt-r-gap-0 rx-Stack",
        ), scope="row", class_name="rt-TableCell rt-TableRowHeaderCell"),
        cell(row["company"]),
        cell(rx.el.div(
            rx.el.p(row["partner"], class_name="rt-Text"),
            # A lead no rule placed can be routed again from here (the rules may have changed).
            rx.cond(row["partner"] == "Unassigned",
                    rx.button("Route again", size="1", variant="soft", white_space="nowrap",
                              on_click=T.route_again(row["id"]), aria_label="Route again: " + row["name"])),
            class_name="rt-Flex rt-r-fd-column rt-r-ai-start rt-r-gap-1 rx-Stack",
        )),
        cell(row["owner"]),
        cell(status_pill(row["status"])),
        cell(row["kind"]),
        cell(row["source_campaign"]),
        cell(rx.el.p(row["created"], class_name="rt-Text prm-nowrap")),
        class_name="rt-TableRow",
    )


def _create_dialog() -> rx.Component:
    e, v = S.create_errors, S.form_version.to_string()

    def inp(label, key, **props):
        return field(label, text_input("lead_" + key, name=key, key=v + key, **props), "lead_" + key,
                     error=e.get(key, ""))

    return rx.dialog.root(
        rx.dialog.content(
            rx.dialog.title("Create Lead"),
            rx.dialog.description("A distributed lead. Choose a partner to assign it at once, or "
                                  "leave it to the routing rules; the partner's Lead Owners get the "
                                  "New Lead Notification.", size="2",
                                  color_scheme="gray", margin_bottom="1rem"),
            rx.form(
                rx.vstack(
                    error_callout(S.create_error),
                    rx.grid(
                        inp("First Name", "first_name"), inp("Last Name", "last_name"),
                        inp("Email", "email", type="email"), inp("Phone", "phone", type="tel"),
                        inp("Company", "company"), inp("Country/Region", "country"),
                        columns=rx.breakpoints(initial="1", sm="2"), spacing="3", width="100%",
                    ),
                    inp("Source Campaign", "source_campaign"),
                    field("Notes", rx.text_area(id="lead_notes", name="notes", rows="3", width="100%",
                                                key=v + "notes"), "lead_notes", error=e.get("notes", "")),
                    rx.vstack(
                        rx.el.label("Assign to partner", html_for="lead_partner", class_name="prm-label"),
                        rx.select.root(
                            rx.select.trigger(id="lead_partner", width="100%"),
                            rx.select.content(
                                rx.select.item("Route by the rules (else Unassigned)", value="unassigned"),
                                rx.foreach(S.partners, lambda p: rx.select.item(p["name"], value=p["id"])),
                            ),
                            value=S.create_partner,
                            on_change=S.set_create_partner,
                        ),
                        rx.cond(e.contains("partner_account_id"),
                                rx.text(e["partner_account_id"], size="2", color_scheme="red", role="alert")),
                        spacing="1",
                        width="100%",
                    ),
                    rx.hstack(
                        rx.dialog.close(rx.button("Cancel", variant="soft", color_scheme="gray", type="button")),
                        rx.button("Create Lead", type="submit"),
                        justify="end", width="100%", spacing="3",
                    ),
                    spacing="3",
                    width="100%",
                ),
                on_submit=S.create,
                width="100%",
            ),
            max_width="640px",
        ),
        open=S.create_open,
        on_open_change=S.set_create_open,
    )


def admin_leads_page() -> rx.Component:
    headers = [("Name", None), ("Company", "company"), ("Partner", None), ("Lead Owner", None),
               ("Status", "status"), ("Type", None), ("Source Campaign", None), ("Created", "created")]
    table = rx.box(
        rx.table.root(
            rx.table.header(rx.table.row(*[sort_header(T, label, key) for label, key in headers])),
            rx.table.body(rx.foreach(T.rows, _row)),
            variant="surface",
            width="100%",
        ),
        rx.cond(T.loaded & (T.rows.length() == 0),
                rx.center(rx.text("No leads match these filters.", color_scheme="gray"), padding="2.5rem")),
        width="100%",
        overflow_x="auto",
    )
    content = rx.vstack(
        page_header("Leads", "All leads: distributed to partners and registered by them",
                    rx.button(rx.icon("download", size=16), "Export CSV", variant="soft", on_click=S.export),
                    rx.link(rx.button(rx.icon("upload", size=16), "Upload Leads", variant="soft"),
                            href="/admin/leads/import"),
                    rx.button(rx.icon("plus", size=16), "Create Lead", on_click=S.open_create)),
        _create_dialog(),
        leads_tabs(rx.cond(S.partner_filter == "unassigned", "Unassigned", "All Leads"),
                   on_all=S.show_all, on_unassigned=S.show_unassigned),
        rx.cond(S.partner_filter == "unassigned", _unassigned_bar()),
        _filters(),
        error_callout(T.error),
        table,
        pager(T.cursors.length() > 0, T.next_cursor != "", T.prev_page, T.next_page),
        loaded_marker(T.loaded),
        width="100%",
        spacing="2",
    )
    return admin_layout(content, "Leads")
