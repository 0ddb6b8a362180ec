from __future__ import annotations

import reflex as rx

from admin.lead_routing.state import RoutingRulesState as S
from prm.components import error_callout, field, leads_tabs, loaded_marker, page_header, text_input
from prm.layout import admin_layout


def _rule_row(rule) -> rx.Component:
    name = rule["name"]
    return rx.table.row(
        rx.table.cell(rule["position"]),
        rx.table.row_header_cell(rx.vstack(
            rx.text(name, weight="medium"),
            rx.text(rule["leads_routed"] + " leads routed", size="1", color_scheme="gray"),
            spacing="0",
        )),
        rx.table.cell(rx.text(rule["leads_summary"], size="2")),
        rx.table.cell(rx.text(rule["partners_summary"], size="2")),
        rx.table.cell(rx.vstack(
            rx.text(rule["method_label"], size="2"),
            rx.cond(rule["weights_summary"] != "",
                    rx.text(rule["weights_summary"], size="1", color_scheme="gray")),
            spacing="0",
        )),
        rx.table.cell(rx.text(rule["capacity_summary"], size="2")),
        rx.table.cell(rx.hstack(
            rx.switch(id="enabled_" + rule["id"], checked=rule["enabled"] == "True",
                      on_change=lambda v: S.toggle(rule["id"], v)),
            rx.el.label(rx.cond(rule["enabled"] == "True", "Enabled", "Disabled"),
                        html_for="enabled_" + rule["id"], class_name="prm-label"),
            spacing="2", align="center",
        )),
        rx.table.cell(rx.hstack(
            rx.icon_button(rx.icon("arrow_up", size=14), size="1", variant="soft", color_scheme="gray",
                           on_click=S.move(rule["id"], "up"), aria_label="Move up: " + name,
                           title="Move up"),
            rx.icon_button(rx.icon("arrow_down", size=14), size="1", variant="soft", color_scheme="gray",
                           on_click=S.move(rule["id"], "down"), aria_label="Move down: " + name,
                           title="Move down"),
            rx.button("Edit", size="1", variant="soft", on_click=S.open_edit(rule["id"]),
                      aria_label="Edit: " + name),
            rx.button("Delete", size="1", variant="soft", color_scheme="red",
                      on_click=S.delete(rule["id"]), aria_label="Delete: " + name),
            spacing="1", wrap="nowrap",
        )),
        align="center",
    )


def _rules_table() -> rx.Component:
    headers = ("#", "Rule", "Leads", "Partners", "Method", "Capacity per partner", "Status", "")
    return rx.box(
        rx.table.root(
            rx.table.header(rx.table.row(*[rx.table.column_header_cell(h) for h in headers])),
            rx.table.body(rx.foreach(S.rules, _rule_row)),
            variant="surface",
            width="100%",
        ),
        rx.cond(S.loaded & (S.rules.length() == 0),
                rx.center(rx.text("No routing rules yet: every lead created without a partner waits "
                                  "in the Unassigned queue.", color_scheme="gray"), padding="2.5rem")),
        width="100%",
        overflow_x="auto",
    )


def _rule_dialog() -> rx.Component:
    e, f, v = S.form_errors, S.form, S.form_version.to_string()

    def inp(label, key, hint="", **props):
        return field(label, text_input("rule_" + key, name=key, key=v + key, default_value=f.get(key, ""),
                                       **props), "rule_" + key, error=e.get(key, ""), hint=hint)

    def area(label, key, hint, placeholder=""):
        return field(label, rx.text_area(id="rule_" + key, name=key, rows="2", width="100%", key=v + key,
                                         default_value=f.get(key, ""), placeholder=placeholder),
                     "rule_" + key, error=e.get(key, ""), hint=hint)

    def section(title: str, text: str) -> rx.Component:
        return rx.vstack(rx.heading(title, size="3"), rx.text(text, size="1", color_scheme="gray"),
                         spacing="0", margin_top="0.5rem")

    return rx.dialog.root(
        rx.dialog.content(
            rx.dialog.title(rx.cond(S.editing_id == "", "New Routing Rule", "Edit Routing Rule")),
            rx.form(
                rx.vstack(
                    error_callout(S.form_error),
                    inp("Rule name", "name", placeholder="e.g. EMEA Gold partners"),
                    section("Leads this rule takes", "Empty: any lead. Separate values with commas."),
                    rx.grid(
                        inp("Lead Country/Region", "lead_countries", placeholder="Any"),
                        inp("Lead Source Campaign", "lead_campaigns", placeholder="Any"),
                        columns=rx.breakpoints(initial="1", sm="2"), spacing="3", width="100%",
                    ),
                    section("Partners it picks among", "Active partner accounts that match every "
                            "filled criterion. Empty: every active partner."),
                    rx.grid(
                        inp("Partner Geography", "partner_geographies", placeholder="Any"),
                        inp("Partner Tier", "partner_tiers", placeholder="Any"),
                        inp("Partner Specializations", "partner_specializations", placeholder="Any",
                            hint="A partner with any of these."),
                        columns=rx.breakpoints(initial="1", sm="3"), spacing="3", width="100%",
                    ),
                    area("Partner custom fields", "partner_custom",
                         "One per line: Field=value, value (the custom fields of Settings, as the "
                         "partner answered them when registering).", "Industry=Healthcare, Pharma"),
                    section("How leads are shared", "Partners at capacity are skipped; when all are, "
                            "the next rule is tried."),
                    rx.grid(
                        rx.vstack(
                            rx.el.label("Method", html_for="rule_method", class_name="prm-label"),
                            rx.select.root(
                                rx.select.trigger(id="rule_method", width="100%"),
                                rx.select.content(rx.select.item("Round robin", value="round_robin"),
                                                  rx.select.item("Weighted", value="weighted")),
                                value=S.form_method,
                                on_change=S.set_form_method,
                            ),
                            spacing="1", width="100%",
                        ),
                        inp("Max open leads", "max_open_leads", type="number", min="0",
                            placeholder="No limit", hint="Per partner, all its open leads."),
                        inp("Max new leads a day", "max_new_per_day", type="number",
                            min="0", placeholder="No limit", hint="Per partner, per UTC day."),
                        columns=rx.breakpoints(initial="1", sm="3"), spacing="3", width="100%",
                    ),
                    rx.cond(S.form_method == "weighted",
                            area("Weights", "weights", "One per line: Partner name=weight. Unlisted "
                                 "partners weigh 1; 0 sends them none.", "Northwind Traders=3")),
                    rx.hstack(
                        rx.dialog.close(rx.button("Cancel", variant="soft", color_scheme="gray", type="button")),
                        rx.button("Save Rule", type="submit"),
                        justify="end", width="100%", spacing="3", margin_top="0.5rem",
                    ),
                    spacing="3",
                    width="100%",
                ),
                on_submit=S.save,
                width="100%",
            ),
            max_width="760px",
        ),
        open=S.dialog_open,
        on_open_change=S.set_dialog_open,
    )


def _test_card() -> rx.Component:
    r = S.test_result
    return rx.card(
        rx.form(
            rx.vstack(
                rx.heading("Test the rules", size="4"),
                rx.text("Where would a lead go now? Nothing is assigned.", size="2", color_scheme="gray"),
                rx.flex(
                    field("Lead Country/Region", text_input("test_country", size="2"), "test_country"),
                    field("Lead Source Campaign", text_input("test_campaign", size="2"), "test_campaign"),
                    rx.button("Test", type="submit", variant="soft"),
                    spacing="3", align="end", width="100%",
                    direction=rx.breakpoints(initial="column", sm="row"),
                ),
                rx.cond(
                    r.contains("message"),
                    rx.callout(
                        rx.vstack(
                            rx.text(r["message"], weight="medium"),
                            rx.cond(r["considered"] != "", rx.text("Partners considered: " + r["considered"],
                                                                   size="2")),
                            rx.cond(r["at_capacity"] != "", rx.text("At capacity: " + r["at_capacity"],
                                                                    size="2")),
                            spacing="1",
                        ),
                        icon=rx.cond(r["assigned"] == "True", "route", "inbox"),
                        color_scheme=rx.cond(r["assigned"] == "True", "green", "amber"),
                        role="status", width="100%",
                    ),
                ),
                spacing="3",
                width="100%",
            ),
            on_submit=S.test,
            width="100%",
        ),
        size="3",
        width="100%",
    )


def lead_routing_page() -> rx.Component:
    content = rx.vstack(
        page_header("Leads", "Routing rules: which partner gets a lead nobody assigned by hand",
                    rx.button(rx.icon("plus", size=16), "New Rule", on_click=S.open_new)),
        leads_tabs("Routing Rules"),
        rx.text("Rules are tried from the top. The first rule that matches the lead and has a partner "
                "with room assigns it; the lead's timeline says which rule and why. Leads no rule can "
                "place wait in the Unassigned queue.", size="2", color_scheme="gray"),
        _rule_dialog(),
        error_callout(S.error),
        _rules_table(),
        _test_card(),
        loaded_marker(S.loaded),
        width="100%",
        spacing="3",
    )
    return admin_layout(content, "Leads")
