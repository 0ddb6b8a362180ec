from __future__ import annotations

import reflex as rx

from admin.partners.state import PartnerExplorerState as S
from prm.components import (
    data_table,
    error_callout,
    explorer_tabs,
    loaded_marker,
    page_header,
    pager,
    status_badge,
)
from prm.layout import admin_layout

HEADERS = ["Partner Name", "Tenant", "Status", "Tier", "Geography", "Specializations", "Users", "Created"]


def account_row(row) -> rx.Component:
    return rx.table.row(
        rx.table.row_header_cell(rx.text(row["name"], weight="medium")),
        rx.table.cell(rx.code(row["tenant_name"], variant="ghost")),
        rx.table.cell(status_badge(row["status"])),
        rx.table.cell(row["tier"]),
        rx.table.cell(row["geography"]),
        rx.table.cell(row["specializations"]),
        rx.table.cell(row["users"]),
        rx.table.cell(rx.text(row["created"], white_space="nowrap")),
    )


def partners_page() -> rx.Component:
    filters = rx.flex(
        rx.vstack(
            rx.el.label("Search", html_for="partner-search", class_name="prm-label"),
            rx.input(id="partner-search", placeholder="Partner or tenant name", value=S.search,
                     on_change=S.set_search.debounce(300), width=["100%", "280px"]),
            spacing="1",
        ),
        rx.vstack(
            rx.el.label("Status", html_for="partner-status", class_name="prm-label"),
            rx.select.root(
                rx.select.trigger(id="partner-status", width="160px"),
                rx.select.content(
                    rx.select.item("All statuses", value="all"),
                    rx.select.item("Active", value="active"),
                    rx.select.item("Pending", value="pending"),
                    rx.select.item("Test", value="test"),
                    rx.select.item("Inactive", value="inactive"),
                ),
                value=S.status,
                on_change=S.set_status,
            ),
            spacing="1",
        ),
        rx.button("Clear All", variant="ghost", on_click=S.clear_all, align_self="end"),
        spacing="3",
        wrap="wrap",
        align="end",
        margin_bottom="1rem",
    )
    content = rx.vstack(
        page_header("Partner Explorer", "Partner Accounts: every partner in your program"),
        explorer_tabs("Partner Accounts"),
        filters,
        error_callout(S.error),
        data_table(HEADERS, S.rows, account_row, "No partner accounts match these filters.", S.loaded),
        pager(S.cursors.length() > 0, S.next_cursor != "", S.prev_page, S.next_page),
        loaded_marker(S.loaded),
        width="100%",
        spacing="2",
    )
    return admin_layout(content, "Partner Explorer")
