from __future__ import annotations

import reflex as rx

from admin.partners.state import PartnerExplorerState as S
from prm.components import (
    data_table,
    error_callout,
    explorer_tabs,
    filter_bar,
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
    filters = filter_bar(S, search_id="partner-search", search_placeholder="Partner or tenant name",
                         status_id="partner-status",
                         statuses=[("Active", "active"), ("Pending", "pending"), ("Test", "test"),
                                   ("Inactive", "inactive")])
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
