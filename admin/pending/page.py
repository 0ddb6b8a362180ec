from __future__ import annotations

import reflex as rx

from admin.pending.state import PendingPartnersState as S
from prm.components import (
    data_table,
    error_callout,
    explorer_tabs,
    field,
    loaded_marker,
    page_header,
    pager,
    status_badge,
    text_input,
)
from prm.layout import admin_layout


def _row(row) -> rx.Component:
    return rx.table.row(
        rx.table.row_header_cell(
            rx.button(row["company_name"], variant="ghost", size="2", weight="medium",
                      on_click=S.open_request(row["id"]), text_align="left", height="auto",
                      white_space="normal")),
        rx.table.cell(row["contact_name"]),
        rx.table.cell(row["email"]),
        rx.table.cell(row["source"]),
        rx.table.cell(rx.cond(row["domain_match"] != "",
                              rx.badge("Matches " + row["domain_match"], color_scheme="amber", variant="soft"),
                              rx.text("—", color_scheme="gray"))),
        rx.table.cell(status_badge(row["status"])),
        rx.table.cell(rx.text(row["created"], white_space="nowrap")),
    )


def _facts() -> rx.Component:
    d = S.detail

    def fact(label, value):
        return rx.fragment(rx.text(label, size="2", color_scheme="gray"), rx.text(value, size="2"))

    return rx.grid(
        fact("Company", d["company_name"]),
        fact("Contact", d["contact_name"]),
        fact("Email", d["email"]),
        fact("Source", d["source"]),
        fact("Submitted", d["created"]),
        rx.foreach(S.detail_custom, lambda c: fact(c["label"], c["value"])),
        columns="130px 1fr",
        spacing="2",
        width="100%",
    )


def _review() -> rx.Component:
    d = S.detail
    return rx.vstack(
        _facts(),
        rx.cond(
            d["domain_match"] != "",
            rx.callout(
                "The email domain matches the existing partner " + d["domain_match"]
                + ". Add this person as a new partner account, or as a user of " + d["domain_match"] + ".",
                icon="git_merge", color_scheme="amber", width="100%"),
        ),
        error_callout(S.error),
        rx.flex(
            rx.button(rx.icon("check", size=16),
                      rx.cond(d["domain_match"] != "", "Approve as New Account", "Approve"),
                      color_scheme="green", on_click=S.approve),
            rx.cond(d["domain_match"] != "",
                    rx.button(rx.icon("user_plus", size=16), "Add as User of " + d["domain_match"],
                              variant="soft", color_scheme="green", on_click=S.approve_into_existing)),
            rx.button(rx.icon("pencil", size=16), "Edit", variant="soft", on_click=S.set_mode("edit")),
            rx.button(rx.icon("x", size=16), "Reject", variant="soft", color_scheme="red",
                      on_click=S.set_mode("reject")),
            spacing="2",
            wrap="wrap",
        ),
        spacing="4",
        width="100%",
    )


def _edit() -> rx.Component:
    d, e, v = S.detail, S.field_errors, S.version.to_string()
    return rx.form(
        rx.vstack(
            error_callout(S.error),
            field("Company Name", text_input("company_name", default_value=d["company_name"], key=v + "c"),
                  "company_name", error=e.get("company_name", "")),
            field("First Name", text_input("first_name", default_value=d["first_name"], key=v + "f"),
                  "first_name", error=e.get("first_name", "")),
            field("Last Name", text_input("last_name", default_value=d["last_name"], key=v + "l"),
                  "last_name", error=e.get("last_name", "")),
            rx.hstack(rx.button("Cancel", type="button", variant="soft", color_scheme="gray",
                                on_click=S.set_mode("review")),
                      rx.button("Save", type="submit"), spacing="2"),
            spacing="3", width="100%",
        ),
        on_submit=S.save,
        width="100%",
    )


def _reject() -> rx.Component:
    return rx.form(
        rx.vstack(
            rx.text("The applicant is emailed this reason.", size="2", color_scheme="gray"),
            error_callout(S.error),
            field("Reason", rx.text_area(id="reason", name="reason", rows="4", width="100%"),
                  "reason", error=S.field_errors.get("reason", "")),
            rx.hstack(rx.button("Cancel", type="button", variant="soft", color_scheme="gray",
                                on_click=S.set_mode("review")),
                      rx.button("Reject Request", type="submit", color_scheme="red"), spacing="2"),
            spacing="3", width="100%",
        ),
        on_submit=S.reject,
        width="100%",
    )


def _dialog() -> rx.Component:
    return rx.dialog.root(
        rx.dialog.content(
            rx.hstack(
                rx.dialog.title("Partner request: " + S.detail["company_name"], margin="0"),
                rx.spacer(),
                rx.dialog.close(rx.icon_button(rx.icon("x", size=16), variant="ghost", aria_label="Close")),
                width="100%", align="center", margin_bottom="1rem",
            ),
            rx.match(S.mode, ("edit", _edit()), ("reject", _reject()), _review()),
            max_width="620px",
        ),
        open=S.open,
        on_open_change=S.set_open,
    )


def pending_partners_page() -> rx.Component:
    content = rx.vstack(
        page_header("Pending Partners", "Partner requests waiting for your approval"),
        explorer_tabs("Pending Partners"),
        data_table(["Company", "Contact Name", "Email", "Source", "Domain Matching", "Status", "Submitted"],
                   S.rows, _row, "No partner requests are waiting.", S.loaded),
        pager(S.cursors.length() > 0, S.next_cursor != "", S.prev_page, S.next_page),
        _dialog(),
        loaded_marker(S.loaded),
        width="100%",
        spacing="2",
    )
    return admin_layout(content, "Pending Partners")
