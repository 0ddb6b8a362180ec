from __future__ import annotations

import reflex as rx

from admin.groups.state import GroupsState as S
from prm.components import (
    data_table,
    error_callout,
    field,
    labelled_select,
    loaded_marker,
    page_header,
    text_input,
)
from prm.layout import admin_layout


def _row(g) -> rx.Component:
    return rx.table.row(
        rx.table.row_header_cell(rx.button(g["name"], variant="ghost", size="2", weight="medium",
                                           on_click=S.edit_group(g["id"]))),
        rx.table.cell(g["description"]),
        rx.table.cell(rx.cond(g["rule"] != "", g["rule"], "—")),
        rx.table.cell(rx.cond(g["members"] != "", g["members"], "—")),
        rx.table.cell(g["accounts"]),
    )


def _editor() -> rx.Component:
    return rx.dialog.root(
        rx.dialog.content(
            rx.dialog.title(rx.cond(S.group_id == "", "Create Group", "Edit Group")),
            rx.dialog.description("Partners join a group by hand, by rule, or both.", size="2",
                                  color_scheme="gray", margin_bottom="1rem"),
            rx.vstack(
                error_callout(S.error),
                field("Group name", text_input("group-name", value=S.name,
                                               on_change=lambda v: S.set_field("name", v)), "group-name",
                      S.field_errors.get("name", "")),
                field("Description", text_input("group-description", value=S.description,
                                                on_change=lambda v: S.set_field("description", v)),
                      "group-description"),
                rx.text("Rule: every partner account with…", size="2", weight="bold"),
                rx.grid(
                    field("Tier", text_input("group-tier", value=S.match_tier, placeholder="e.g. Gold",
                                             on_change=lambda v: S.set_field("match_tier", v)), "group-tier"),
                    field("Geography", text_input("group-geography", value=S.match_geography,
                                                  placeholder="e.g. EMEA",
                                                  on_change=lambda v: S.set_field("match_geography", v)),
                          "group-geography"),
                    labelled_select("Status", "group-status",
                                    [("Any status", "any"), ("Active", "active"), ("Test", "test"),
                                     ("Inactive", "inactive")],
                                    rx.cond(S.match_status == "", "any", S.match_status),
                                    lambda v: S.set_field("match_status", v), width="100%"),
                    columns=rx.breakpoints(initial="1", sm="3"), spacing="3", width="100%",
                ),
                rx.text("Members added by hand", size="2", weight="bold"),
                rx.vstack(
                    rx.foreach(S.accounts, lambda a: rx.hstack(
                        rx.checkbox(id="member-" + a["id"], checked=S.member_ids.contains(a["id"]),
                                    on_change=lambda on: S.toggle_member(a["id"], on)),
                        rx.el.label(a["name"], html_for="member-" + a["id"], class_name="prm-label"),
                        spacing="2", align="center")),
                    max_height="220px", overflow_y="auto", width="100%", spacing="2",
                    padding="0.75rem", border=f"1px solid {rx.color('gray', 5)}", border_radius="8px",
                ),
                rx.hstack(rx.button("Cancel", variant="soft", color_scheme="gray", on_click=S.close),
                          rx.button("Save Group", on_click=S.save), justify="end", spacing="2", width="100%"),
                spacing="3",
                width="100%",
            ),
            max_width="640px",
        ),
        open=S.editing,
    )


def groups_page() -> rx.Component:
    content = rx.vstack(
        page_header("Partner Groups", "The audiences of your messages",
                    rx.button(rx.icon("plus", size=16), "Create Group", size="3", on_click=S.new_group)),
        data_table(["Group", "Description", "Rule", "Members added by hand", "Accounts"], S.groups, _row,
                   "No partner groups yet.", S.loaded),
        _editor(),
        loaded_marker(S.loaded),
        spacing="4",
        width="100%",
    )
    return admin_layout(content, "Partner Groups")
