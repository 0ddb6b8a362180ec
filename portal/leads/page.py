from __future__ import annotations

import reflex as rx

from models.leads import LEAD_STATUSES
from portal.leads.state import PortalLeadsState as S
from prm.components import (
    data_table,
    labelled_select,
    loaded_marker,
    page_header,
    pager,
    status_badge,
)
from prm.layout import portal_layout


def _row(row) -> rx.Component:
    return rx.table.row(
        rx.table.row_header_cell(rx.link(row["name"], href="/portal/leads/view?id=" + row["id"],
                                         weight="medium")),
        rx.table.cell(row["company"]),
        rx.table.cell(row["email"]),
        rx.table.cell(row["country"]),
        rx.table.cell(status_badge(row["status"])),
        rx.table.cell(row["owner"]),
        rx.table.cell(rx.text(row["created"], white_space="nowrap")),
    )


def portal_leads_page() -> rx.Component:
    content = rx.vstack(
        page_header("Leads", "All Leads assigned to you or, for partner admins, to your account"),
        rx.box(labelled_select("Status", "portal-lead-status",
                               [("All statuses", "all"), *[(s, s) for s in LEAD_STATUSES]],
                               S.status, S.set_status, width="220px"), margin_bottom="1rem"),
        data_table(["Name", "Company", "Email", "Country/Region", "Status", "Lead Owner", "Created"],
                   S.rows, _row, "No leads here yet.", S.loaded),
        pager(S.cursors.length() > 0, S.next_cursor != "", S.prev_page, S.next_page),
        loaded_marker(S.loaded),
        width="100%",
        spacing="2",
    )
    return portal_layout(content, "Leads")
