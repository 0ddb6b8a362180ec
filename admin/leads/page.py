from __future__ import annotations

import reflex as rx

from admin.leads.state import AdminLeadsState as S
from models.leads import LEAD_STATUSES
from prm.components import data_table, loaded_marker, page_header, pager, status_badge
from prm.layout import admin_layout


def lead_status_filter(state, field_id: str) -> rx.Component:
    return rx.vstack(
        rx.el.label("Status", html_for=field_id, class_name="prm-label"),
        rx.select.root(
            rx.select.trigger(id=field_id, width="220px"),
            rx.select.content(
                rx.select.item("All statuses", value="all"),
                *[rx.select.item(s, value=s) for s in LEAD_STATUSES],
            ),
            value=state.status,
            on_change=state.set_status,
        ),
        spacing="1",
        margin_bottom="1rem",
    )


def _row(row) -> rx.Component:
    return rx.table.row(
        rx.table.row_header_cell(rx.vstack(
            rx.text(row["name"], weight="medium"),
            rx.text(row["email"], size="1", color_scheme="gray"),
            spacing="0",
        )),
        rx.table.cell(row["company"]),
        rx.table.cell(row["partner"]),
        rx.table.cell(row["owner"]),
        rx.table.cell(status_badge(row["status"])),
        rx.table.cell(row["kind"]),
        rx.table.cell(row["source_campaign"]),
        rx.table.cell(rx.text(row["created"], white_space="nowrap")),
    )


def admin_leads_page() -> rx.Component:
    content = rx.vstack(
        page_header("Leads", "All leads: distributed to partners and registered by them"),
        lead_status_filter(S, "lead-status"),
        data_table(["Name", "Company", "Partner", "Lead Owner", "Status", "Type",
                    "Source Campaign", "Created"],
                   S.rows, _row, "No leads match this filter.", S.loaded),
        pager(S.cursors.length() > 0, S.next_cursor != "", S.prev_page, S.next_page),
        loaded_marker(S.loaded),
        width="100%",
        spacing="2",
    )
    return admin_layout(content, "Leads")
