from __future__ import annotations

import reflex as rx

from admin.dashboard.state import DashboardState as S
from prm.components import ACCENT, loaded_marker, page_header, stat_card, status_badge
from prm.layout import admin_layout


def _lead_bar(row) -> rx.Component:
    return rx.hstack(
        rx.text(row["status"], size="2", width="190px", flex_shrink="0"),
        rx.box(
            rx.box(height="10px", width=row["width"], background=rx.color(ACCENT, 9),
                   border_radius="5px"),
            flex="1",
            background=rx.color("gray", 3),
            border_radius="5px",
        ),
        rx.text(row["count"], size="2", weight="bold", width="40px", text_align="right"),
        width="100%",
        align="center",
    )


def _recent_row(row) -> rx.Component:
    return rx.table.row(
        rx.table.cell(rx.text(row["name"], weight="medium")),
        rx.table.cell(status_badge(row["status"])),
        rx.table.cell(row["tier"]),
        rx.table.cell(row["created"]),
    )


def dashboard_page() -> rx.Component:
    content = rx.vstack(
        page_header("Dashboard", "Your partner program at a glance"),
        rx.grid(
            stat_card("Active partners", S.active_partners, "Partner accounts with portal access", "building_2"),
            stat_card("Pending partners", S.pending_partners, "Awaiting your approval", "user_check"),
            stat_card("Partner users", S.partner_users, S.opted_in_users.to_string() + " opted in to Supplier Emails", "users"),
            stat_card("Open leads", S.open_leads, S.unassigned_leads.to_string() + " unassigned", "target"),
            columns=rx.breakpoints(initial="1", sm="2", lg="4"),
            spacing="4",
            width="100%",
        ),
        rx.grid(
            rx.card(
                rx.vstack(
                    rx.heading("Leads by status", size="4"),
                    rx.foreach(S.leads_by_status, _lead_bar),
                    spacing="3",
                    width="100%",
                ),
                size="3",
            ),
            rx.card(
                rx.vstack(
                    rx.hstack(
                        rx.heading("Newest partner accounts", size="4"),
                        rx.spacer(),
                        rx.link("Partner Explorer →", href="/admin/partners", size="2"),
                        width="100%",
                    ),
                    rx.box(rx.table.root(
                        rx.table.header(rx.table.row(
                            rx.table.column_header_cell("Partner Name"),
                            rx.table.column_header_cell("Status"),
                            rx.table.column_header_cell("Tier"),
                            rx.table.column_header_cell("Created"),
                        )),
                        rx.table.body(rx.foreach(S.recent_accounts, _recent_row)),
                        width="100%",
                        size="1",
                    ), width="100%", overflow_x="auto"),
                    spacing="3",
                    width="100%",
                ),
                size="3",
            ),
            columns=rx.breakpoints(initial="1", lg="2"),
            spacing="4",
            width="100%",
        ),
        rx.flex(
            rx.text("Test partner accounts: ", rx.text.strong(S.test_partners), size="2",
                    color_scheme="gray"),
            rx.text("Emails in the last 7 days: ", rx.text.strong(S.emails_last_7_days), size="2",
                    color_scheme="gray"),
            rx.text("New leads: ", rx.text.strong(S.new_leads), size="2", color_scheme="gray"),
            spacing="5",
            wrap="wrap",
        ),
        loaded_marker(S.loaded),
        spacing="5",
        width="100%",
    )
    return admin_layout(content, "Dashboard")
