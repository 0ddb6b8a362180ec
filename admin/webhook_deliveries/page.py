from __future__ import annotations

import reflex as rx

from admin.webhook_deliveries.state import DeliveryLogState as S
from prm.components import (
    data_table,
    error_callout,
    labelled_select,
    loaded_marker,
    page_header,
    pager,
    status_badge,
)
from prm.layout import admin_layout

STATUSES = [("All statuses", "all"), ("Pending", "pending"), ("Retrying", "retrying"),
            ("Delivered", "delivered"), ("Failed", "failed")]


def _row(row) -> rx.Component:
    return rx.table.row(
        rx.table.row_header_cell(rx.vstack(
            rx.hstack(
                rx.text("#" + row["event_id"], size="2", color_scheme="gray"),
                rx.text(rx.match(row["field"], ("created", "Created"), ("status", "Status"),
                                 ("partner", "Partner"), ("owner", "Lead owner"),
                                 ("opportunity", "Opportunity"), row["field"]),
                        size="2", weight="medium"),
                spacing="1",
            ),
            rx.text(row["change"], size="1", color_scheme="gray"),
            spacing="0",
        )),
        rx.table.cell(rx.link(row["lead"], href="/admin/leads/view?id=" + row["lead_id"])),
        rx.table.cell(status_badge(row["status"])),
        rx.table.cell(row["attempts"]),
        rx.table.cell(rx.text(row["response"], size="1", max_width="260px", word_break="break-word")),
        rx.table.cell(rx.text(row["next_attempt"], white_space="nowrap", size="1")),
        rx.table.cell(rx.text(row["created"], white_space="nowrap", size="1")),
        rx.table.cell(rx.cond(row["can_redeliver"] != "",
                              rx.button("Redeliver", size="1", variant="soft",
                                        on_click=S.redeliver(row["id"])))),
    )


def webhook_deliveries_page() -> rx.Component:
    content = rx.vstack(
        page_header(
            "Webhook Deliveries",
            "Every lead change sent to your CRM's webhook, newest first.",
            rx.link(rx.button(rx.icon("arrow_left", size=14), "Integrations", variant="soft"),
                    href="/admin/integrations"),
            rx.button(rx.icon("refresh_cw", size=16), "Refresh", variant="soft", on_click=S.refresh),
        ),
        labelled_select("Status", "delivery_status", STATUSES, S.status, S.set_status),
        error_callout(S.error),
        data_table(["Event", "Lead", "Status", "Attempts", "Last response", "Next attempt", "Created", ""],
                   S.rows, _row, "No deliveries yet: they appear when a lead changes while the "
                   "webhook is on.", S.loaded),
        pager(S.cursors.length() > 0, S.next_cursor != "", S.prev_page, S.next_page),
        loaded_marker(S.loaded),
        width="100%",
        spacing="3",
    )
    return admin_layout(content, "Integrations")
