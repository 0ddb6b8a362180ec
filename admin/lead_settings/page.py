from __future__ import annotations

import reflex as rx

from admin.lead_settings.state import LeadSettingsState as S
from prm.components import (
    error_callout,
    field,
    labelled_select,
    leads_tabs,
    loaded_marker,
    page_header,
    status_badge,
    text_input,
)
from prm.layout import admin_layout


def _workflow(switch_id: str, title: str, text: str, checked, on_change, number_id: str,
              number_label: str) -> rx.Component:
    v = S.version.to_string()
    return rx.card(
        rx.flex(
            rx.hstack(
                rx.switch(id=switch_id, checked=checked, on_change=on_change),
                rx.vstack(
                    rx.el.label(title, html_for=switch_id, class_name="prm-label"),
                    rx.text(text, size="2", color_scheme="gray"),
                    spacing="1",
                ),
                align="start", spacing="3", flex="1",
            ),
            rx.box(
                field(number_label, text_input(number_id, type="number", min="1", size="2",
                                               default_value=S.numbers.get(number_id, ""), key=v + number_id),
                      number_id, error=S.errors.get(number_id, "")),
                width=["100%", "220px"],
            ),
            direction=rx.breakpoints(initial="column", sm="row"),
            spacing="4",
            width="100%",
        ),
        size="2",
        width="100%",
    )


CATEGORIES = [("Open", "open"), ("Won", "won"), ("Lost", "lost")]


def _status_row(row) -> rx.Component:
    name = row["name"]
    return rx.table.row(
        rx.table.cell(rx.hstack(
            status_badge(name),
            rx.cond(row["is_workflow"] == "1", rx.text("Set by the workflow", size="1", color_scheme="gray")),
            align="center", spacing="2", wrap="wrap")),
        rx.table.cell(row["category_label"]),
        rx.table.cell(row["leads"]),
        rx.table.cell(rx.cond(row["is_active"] == "1", rx.badge("Active", color_scheme="green"),
                              rx.badge("Inactive", color_scheme="gray"))),
        rx.table.cell(rx.hstack(
            rx.icon_button(rx.icon("arrow_up", size=14), size="1", variant="soft", on_click=S.move_up(row["id"]),
                           disabled=row["first"] == "1", aria_label="Move up: " + name, title="Move up"),
            rx.icon_button(rx.icon("arrow_down", size=14), size="1", variant="soft",
                           on_click=S.move_down(row["id"]), disabled=row["last"] == "1",
                           aria_label="Move down: " + name, title="Move down"),
            rx.cond(row["is_workflow"] == "1", rx.fragment(), rx.hstack(
                rx.button("Rename", size="1", variant="soft", on_click=S.start_edit(row["id"]),
                          aria_label="Rename: " + name),
                rx.cond(row["is_active"] == "1",
                        rx.button("Deactivate", size="1", variant="soft", color_scheme="gray",
                                  on_click=S.deactivate(row["id"]), aria_label="Deactivate: " + name),
                        rx.button("Activate", size="1", variant="soft", color_scheme="green",
                                  on_click=S.activate(row["id"]), aria_label="Activate: " + name)),
                rx.cond(row["leads"] == "0",
                        rx.button("Delete", size="1", variant="soft", color_scheme="red",
                                  on_click=S.delete_status(row["id"]), aria_label="Delete: " + name)),
                spacing="2")),
            spacing="2", align="center")),
        align="center",
    )


def _edit_status() -> rx.Component:
    return rx.cond(
        S.edit_id != "",
        rx.form(
            rx.vstack(
                rx.text("Rename " + S.edit_name, weight="medium", size="2"),
                rx.flex(
                    rx.box(field("Status name", text_input("edit_status_name", size="2", default_value=S.edit_name,
                                                           key=S.status_version.to_string() + "e" + S.edit_id),
                                 "edit_status_name", error=S.status_errors.get("name", "")),
                           width=["100%", "280px"]),
                    labelled_select("Category", "edit_status_category", CATEGORIES, S.edit_category,
                                    S.set_edit_category, width="140px"),
                    rx.hstack(rx.button("Save Status", type="submit", size="2"),
                              rx.button("Cancel", type="button", size="2", variant="soft", color_scheme="gray",
                                        on_click=S.cancel_edit), spacing="2"),
                    spacing="3", align="end", wrap="wrap",
                ),
                spacing="2", width="100%",
            ),
            on_submit=S.save_edit,
            width="100%",
            padding="0.75rem",
            border_radius="8px",
            background_color=rx.color("accent", 2),
        ),
    )


def _statuses_card() -> rx.Component:
    add = rx.form(
        rx.flex(
            rx.box(field("New status", text_input("new_status_name", size="2", placeholder="e.g. Meeting Booked",
                                                  key=S.status_version.to_string() + "n"),
                         "new_status_name", error=rx.cond(S.edit_id == "", S.status_errors.get("name", ""), "")),
                   width=["100%", "280px"]),
            labelled_select("Category", "new_status_category", CATEGORIES, S.new_category, S.set_new_category,
                            width="140px"),
            rx.button(rx.icon("plus", size=16), "Add Status", type="submit", size="2"),
            spacing="3", align="end", wrap="wrap",
        ),
        on_submit=S.add_status,
        width="100%",
    )
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.vstack(
                    rx.heading("Lead Statuses", size="4"),
                    rx.text("The statuses partners choose from, in this order. Open statuses count as open "
                            "leads for routing capacity, reminders and reports; Won and Lost close a lead. "
                            "A deactivated status is no longer offered; leads holding it keep it.",
                            size="2", color_scheme="gray"),
                    spacing="1", flex="1",
                ),
                rx.button("Restore Defaults", size="2", variant="soft", color_scheme="gray",
                          on_click=S.restore_defaults),
                align="start", spacing="4", width="100%",
            ),
            error_callout(S.status_error),
            rx.box(
                rx.table.root(
                    rx.table.header(rx.table.row(*[rx.table.column_header_cell(h) for h in
                                                   ("Status", "Category", "Leads", "State", "Actions")])),
                    rx.table.body(rx.foreach(S.statuses, _status_row)),
                    variant="surface", size="1", width="100%",
                ),
                width="100%", overflow_x="auto",
            ),
            _edit_status(),
            add,
            spacing="3",
            width="100%",
        ),
        size="2",
        width="100%",
        id="lead-statuses",
    )


def _dlo_row(user) -> rx.Component:
    return rx.table.row(
        rx.table.cell(rx.vstack(rx.text(user["name"], weight="medium"), rx.text(user["email"], size="1",
                                                                                color_scheme="gray"),
                                spacing="0")),
        rx.table.cell(user["role"]),
        rx.table.cell(rx.cond(user["lead_owner"] != "", rx.badge("Lead Owner", color_scheme="blue"), "—")),
        rx.table.cell(rx.checkbox("Default Lead Owner", checked=user["is_default_lead_owner"] == "1",
                                  on_change=lambda on: S.toggle_default_lead_owner(user["id"], on),
                                  aria_label="Default Lead Owner: " + user["name"])),
        align="center",
    )


def _default_lead_owners_card() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.heading("Additional Lead Notification Recipients", size="4"),
            rx.text("Supplier-Defined Default Lead Owners get their account's New Lead Notification emails "
                    "besides the Lead Owners the partner chose. They never get Email or Pop-up messages.",
                    size="2", color_scheme="gray"),
            rx.vstack(
                rx.el.label("Partner account", html_for="dlo_partner", class_name="prm-label"),
                rx.select.root(
                    rx.select.trigger(id="dlo_partner", placeholder="Choose a partner account", width="280px"),
                    rx.select.content(rx.foreach(S.partners, lambda p: rx.select.item(p["name"], value=p["id"]))),
                    value=S.dlo_partner,
                    on_change=S.choose_dlo_partner,
                ),
                spacing="1",
            ),
            error_callout(S.dlo_error),
            rx.cond(S.dlo_partner != "", rx.box(
                rx.table.root(
                    rx.table.header(rx.table.row(*[rx.table.column_header_cell(h) for h in
                                                   ("User", "Role", "Lead Owner", "Default Lead Owner")])),
                    rx.table.body(rx.foreach(S.dlo_users, _dlo_row)),
                    variant="surface", size="1", width="100%",
                ),
                width="100%", overflow_x="auto",
            )),
            spacing="3",
            width="100%",
        ),
        size="2",
        width="100%",
        id="default-lead-owners",
    )


def lead_settings_page() -> rx.Component:
    form = rx.form(
        rx.vstack(
            error_callout(S.error),
            _workflow("recall_enabled", "Acceptance window",
                      "A lead its partner has not accepted within the window is recalled and routed "
                      "again by the routing rules, leaving out that partner.",
                      S.recall_enabled, S.set_recall_enabled, "acceptance_window_hours",
                      "Acceptance window (hours)"),
            _workflow("accept_reminder_enabled", "Remind to accept",
                      "Email the partner's Lead Owners once when a new lead is still not accepted.",
                      S.accept_reminder_enabled, S.set_accept_reminder_enabled, "accept_reminder_hours",
                      "Remind after (hours)"),
            _workflow("status_reminder_enabled", "Remind to update the status",
                      "Email the lead's owner when an accepted lead's status has not changed for this "
                      "long, and again after each such period until it is closed.",
                      S.status_reminder_enabled, S.set_status_reminder_enabled, "status_reminder_days",
                      "Remind after (days)"),
            rx.hstack(
                rx.button("Save Lead Settings", type="submit", size="3"),
                rx.text("Last updated " + S.updated_at, size="1", color_scheme="gray"),
                rx.text("The workflows run every 5 minutes.", size="1", color_scheme="gray"),
                align="center", spacing="4", wrap="wrap",
            ),
            spacing="3",
            width="100%",
        ),
        on_submit=S.save,
        width="100%",
    )
    content = rx.vstack(
        page_header("Leads", "Lead settings: the acceptance window, reminder workflows, lead statuses and "
                             "additional lead notification recipients"),
        leads_tabs("Lead Settings"),
        rx.box(rx.vstack(form, _statuses_card(), _default_lead_owners_card(), spacing="4", width="100%"),
               width="100%", max_width="960px"),
        loaded_marker(S.loaded),
        width="100%",
        spacing="3",
    )
    return admin_layout(content, "Leads")
