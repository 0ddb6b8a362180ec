from __future__ import annotations

import reflex as rx

from admin.invitations.state import InvitationsState as S
from prm.components import (
    error_callout,
    explorer_tabs,
    field,
    filter_bar,
    loaded_marker,
    page_header,
    pager,
    sort_header,
    status_badge,
    text_input,
)
from prm.layout import admin_layout

COLUMNS = [("Partner Name", "partner_name"), ("Contact Name", "contact_name"),
           ("Contact Email", "contact_email"), ("Status", "status"), ("Created", "created")]


def _row(row) -> rx.Component:
    return rx.table.row(
        rx.table.row_header_cell(
            rx.button(row["partner_name"], variant="ghost", size="2", weight="medium",
                      on_click=S.open_detail(row["id"]), text_align="left", height="auto",
                      white_space="normal")
        ),
        rx.table.cell(row["contact_name"]),
        rx.table.cell(row["contact_email"]),
        rx.table.cell(rx.hstack(
            status_badge(row["status"]),
            rx.button("Resend Invitation", variant="ghost", size="1",
                      on_click=S.resend(row["id"])),
            align="center", spacing="2", wrap="wrap",
        )),
        rx.table.cell(rx.text(row["created"], white_space="nowrap")),
    )


def _custom_inputs(errors, values=None, prefix="") -> rx.Component:
    return rx.foreach(
        S.custom_fields,
        lambda f: field(
            f["label"] + rx.cond(f["required"] != "", " *", ""),
            rx.input(id=prefix + "custom_" + f["key"], name="custom_" + f["key"], size="3",
                     width="100%",
                     default_value=values[f["key"]] if values is not None else "",
                     key=S.form_version.to_string() + f["key"]),
            prefix + "custom_" + f["key"],
            error=errors.get("custom:" + f["key"], ""),
        ),
    )


def _create_dialog() -> rx.Component:
    e = S.create_errors
    return rx.dialog.root(
        rx.dialog.content(
            rx.dialog.title("Create Invitation"),
            rx.dialog.description(
                "The contact gets an invitation email with a Submit Your Application link.",
                size="2", color_scheme="gray", margin_bottom="1rem",
            ),
            rx.form(
                rx.vstack(
                    error_callout(S.create_error),
                    field("Partner Name", text_input("partner_name", key=S.form_version.to_string() + "pn"),
                          "partner_name", error=e.get("partner_name", "")),
                    rx.grid(
                        field("Contact First Name", text_input("contact_first_name", key=S.form_version.to_string() + "fn"),
                              "contact_first_name", error=e.get("contact_first_name", "")),
                        field("Contact Last Name", text_input("contact_last_name", key=S.form_version.to_string() + "ln"),
                              "contact_last_name", error=e.get("contact_last_name", "")),
                        columns=rx.breakpoints(initial="1", sm="2"), spacing="3", width="100%",
                    ),
                    field("Contact Email", text_input("contact_email", type="email", key=S.form_version.to_string() + "em"),
                          "contact_email", error=e.get("contact_email", "")),
                    _custom_inputs(e),
                    rx.hstack(
                        rx.dialog.close(rx.button("Cancel", variant="soft", color_scheme="gray", type="button")),
                        rx.button("Send", type="submit"),
                        justify="end", width="100%", spacing="3", margin_top="0.5rem",
                    ),
                    spacing="3",
                    width="100%",
                ),
                on_submit=S.create,
                width="100%",
            ),
            max_width="560px",
        ),
        open=S.create_open,
        on_open_change=S.set_create_open,
    )


def _readonly(label: str, value, copy: bool = False) -> rx.Component:
    return rx.vstack(
        rx.text(label, size="1", weight="bold", color_scheme="gray"),
        rx.hstack(
            rx.text(value, size="2", word_break="break-all"),
            *([rx.icon_button(rx.icon("copy", size=14), size="1", variant="soft",
                              on_click=[rx.set_clipboard(value), rx.toast.info("Link copied.")],
                              aria_label="Copy Shareable Link", type="button")] if copy else []),
            align="start", spacing="2",
        ),
        spacing="1",
        width="100%",
    )


def _detail_dialog() -> rx.Component:
    d, e = S.detail, S.detail_errors
    v = S.form_version.to_string()
    form = rx.form(
        rx.vstack(
            error_callout(S.detail_error),
            field("Partner Name", text_input("detail_partner_name", name="partner_name",
                                             default_value=d["partner_name"], key=v + "dpn"),
                  "detail_partner_name", error=e.get("partner_name", "")),
            field("Contact First Name", text_input("detail_first_name", name="contact_first_name",
                                                   default_value=d["contact_first_name"], key=v + "dfn"),
                  "detail_first_name", error=e.get("contact_first_name", "")),
            field("Contact Last Name", text_input("detail_last_name", name="contact_last_name",
                                                  default_value=d["contact_last_name"], key=v + "dln"),
                  "detail_last_name", error=e.get("contact_last_name", "")),
            field("Contact Email", rx.input(id="detail_email", value=d["contact_email"], read_only=True,
                                            variant="soft", size="3", width="100%"),
                  "detail_email",
                  hint="To use another email, delete this invitation and create a new one."),
            _custom_inputs(e, S.detail_custom, prefix="detail_"),
            rx.button("Save", type="submit", width="100%"),
            spacing="3",
            width="100%",
        ),
        on_submit=S.save_detail,
        width="100%",
    )
    side = rx.vstack(
        rx.hstack(rx.text("Status", size="1", weight="bold", color_scheme="gray"),
                  status_badge(d["status"]), spacing="2", align="center"),
        _readonly("Shareable Link", d["shareable_link"], copy=True),
        rx.cond(d["expired"] == "True",
                rx.text("This link has expired: Resend sends a new one.", size="1", color_scheme="red")),
        _readonly("Last Sent", d["last_sent"]),
        _readonly("Created", d["created"]),
        _readonly("Updated", d["updated"]),
        rx.button(rx.icon("send", size=14), "Resend", variant="soft", width="100%",
                  on_click=S.resend(d["id"]), type="button"),
        rx.cond(
            S.confirm_delete,
            rx.vstack(
                rx.text("Delete this invitation? Its link will stop working.", size="2"),
                rx.hstack(
                    rx.button("Cancel", variant="soft", color_scheme="gray", on_click=S.cancel_delete,
                              type="button"),
                    rx.button("Delete Invitation", color_scheme="red", on_click=S.delete, type="button"),
                    spacing="2",
                ),
                spacing="2",
                padding="0.75rem",
                border_radius="8px",
                background=rx.color("red", 2),
                width="100%",
            ),
            rx.button(rx.icon("trash_2", size=14), "Delete Invitation", variant="soft",
                      color_scheme="red", width="100%", on_click=S.ask_delete, type="button"),
        ),
        spacing="3",
        width="100%",
        padding="1rem",
        border_radius="10px",
        background=rx.color("gray", 2),
    )
    return rx.dialog.root(
        rx.dialog.content(
            rx.hstack(
                rx.dialog.title("Invitation: " + d["partner_name"], margin="0"),
                rx.spacer(),
                rx.dialog.close(rx.icon_button(rx.icon("x", size=16), variant="ghost",
                                               aria_label="Close", type="button")),
                width="100%",
                align="center",
                margin_bottom="1rem",
            ),
            rx.grid(form, side, columns=rx.breakpoints(initial="1", md="3fr 2fr"), spacing="5",
                    width="100%"),
            max_width="860px",
        ),
        open=S.detail_open,
        on_open_change=S.set_detail_open,
    )


def invitations_page() -> rx.Component:
    invite_menu = rx.menu.root(
        rx.menu.trigger(rx.button(rx.icon("user_plus", size=16), "Invite Partners",
                                  rx.icon("chevron_down", size=14))),
        rx.menu.content(
            rx.menu.item("Create Invitation", on_click=S.open_create),
            rx.menu.item("Import Invitations", on_click=rx.redirect("/admin/invitations/import")),
        ),
    )
    filters = filter_bar(S, search_id="invitation-search", search_placeholder="Partner, contact or email",
                         status_id="invitation-status",
                         statuses=[("Sent", "sent"), ("Partner Declined", "declined")])
    table = rx.box(
        rx.table.root(
            rx.table.header(rx.table.row(*[sort_header(S, label, key) for label, key in COLUMNS])),
            rx.table.body(rx.foreach(S.rows, _row)),
            variant="surface",
            width="100%",
        ),
        rx.cond(S.loaded & (S.rows.length() == 0),
                rx.center(rx.text("No invitations match these filters.", color_scheme="gray"),
                          padding="2.5rem")),
        width="100%",
        overflow_x="auto",
    )
    content = rx.vstack(
        page_header("Partner Explorer", "Invited: prospective partners you invited to join", invite_menu),
        explorer_tabs("Invited"),
        filters,
        table,
        pager(S.cursors.length() > 0, S.next_cursor != "", S.prev_page, S.next_page),
        _create_dialog(),
        _detail_dialog(),
        loaded_marker(S.loaded),
        width="100%",
        spacing="2",
    )
    return admin_layout(content, "Invitations")
