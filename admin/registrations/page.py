from __future__ import annotations

import reflex as rx

from admin.registrations.state import RegistrationsState as S
from prm.components import (
    data_table,
    labelled_select,
    leads_tabs,
    loaded_marker,
    page_header,
    pager,
    status_badge,
)
from prm.layout import admin_layout
from services.lead_registration import REGISTRATION_STATUSES


def _row(row) -> rx.Component:
    return rx.table.row(
        rx.table.row_header_cell(rx.vstack(
            rx.link(rx.cond(row["name"] != "", row["name"], row["company"]),
                    href="/admin/leads/view?id=" + row["id"], weight="medium"),
            rx.text(row["email"], size="1", color_scheme="gray"),
            spacing="0",
        )),
        rx.table.cell(row["company"]),
        rx.table.cell(row["partner"]),
        rx.table.cell(row["owner"]),
        rx.table.cell(status_badge(row["status"])),
        rx.table.cell(rx.cond(row["conflict"] != "",
                              rx.badge(rx.icon("triangle_alert", size=12), row["conflict"], color_scheme="orange",
                                       variant="soft", radius="full"),
                              rx.text("—", color_scheme="gray"))),
        rx.table.cell(rx.text(row["created"], white_space="nowrap")),
    )


def registrations_page() -> rx.Component:
    content = rx.vstack(
        page_header("Leads", "Leads the partners registered: approve or reject each one"),
        leads_tabs("Registrations"),
        rx.box(labelled_select("Status", "registration-status",
                               [*[(s, s) for s in REGISTRATION_STATUSES], ("All registrations", "all")],
                               S.status, S.set_status, width="220px"), margin_bottom="1rem"),
        data_table(["Name", "Company", "Partner", "Lead Owner", "Status", "Conflicts", "Created"],
                   S.rows, _row, "No registrations here.", S.loaded),
        pager(S.cursors.length() > 0, S.next_cursor != "", S.prev_page, S.next_page),
        loaded_marker(S.loaded),
        width="100%",
        spacing="2",
    )
    return admin_layout(content, "Leads")
