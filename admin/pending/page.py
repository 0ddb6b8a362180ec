from __future__ import annotations

import reflex as rx

from admin.partners.page import HEADERS, account_row
from admin.pending.state import PendingPartnersState as S
from prm.components import data_table, loaded_marker, page_header, pager
from prm.layout import admin_layout


def pending_partners_page() -> rx.Component:
    content = rx.vstack(
        page_header("Pending Partners",
                    "Partner accounts with the status Pending, waiting for your review"),
        data_table(HEADERS, S.rows, account_row, "No partner requests are waiting.", S.loaded),
        pager(S.cursors.length() > 0, S.next_cursor != "", S.prev_page, S.next_page),
        loaded_marker(S.loaded),
        width="100%",
        spacing="2",
    )
    return admin_layout(content, "Pending Partners")
