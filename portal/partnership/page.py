from __future__ import annotations

import reflex as rx

from portal.partnership.state import PartnershipState as S
from prm.components import (
    ACCENT,
    error_callout,
    field,
    info_callout,
    loaded_marker,
    people_picker,
    status_badge,
)
from prm.layout import portal_layout


def _people(title: str, people, empty: str, test_id: str) -> rx.Component:
    return rx.vstack(
        rx.text(title, size="2", weight="bold"),
        rx.cond(people.length() == 0, rx.text(empty, size="2", color_scheme="gray")),
        rx.foreach(people, lambda p: rx.hstack(
            rx.avatar(fallback=p["name"][0], size="2", radius="full"),
            rx.vstack(
                rx.text(p["name"], size="2", weight="medium"),
                rx.text(p["email"], size="1", color_scheme="gray", overflow="hidden",
                        text_overflow="ellipsis", white_space="nowrap", max_width="100%"),
                spacing="0", min_width="0", width="100%"),
            spacing="2", align="center", min_width="0", width="100%")),
        spacing="2",
        id=test_id,
        width="100%",
    )


def _header() -> rx.Component:
    return rx.flex(
        rx.vstack(
            rx.button(rx.icon("arrow_left", size=14), "Business Partners", variant="ghost", size="1",
                      on_click=rx.redirect("/portal")),
            rx.hstack(rx.heading(S.other_name, size="7", as_="h1", id="partnership-name"),
                      status_badge(S.status), spacing="3", align="center", wrap="wrap"),
            rx.text(S.relation, " · sent ", S.sent_at, size="2", color_scheme="gray"),
            spacing="2",
        ),
        rx.spacer(),
        rx.hstack(
            rx.cond(S.can_respond & (S.mode == "view"),
                    rx.fragment(
                        rx.button(rx.icon("check", size=16), "Accept", size="3", on_click=S.start_accept),
                        rx.button("Decline", size="3", variant="soft", color_scheme="red",
                                  on_click=S.open_decline),
                    )),
            rx.cond(S.can_modify & (S.mode == "view"),
                    rx.button(rx.icon("pencil", size=16), "Modify Partnership Details", size="3",
                              variant="soft", on_click=S.start_modify)),
            rx.cond(S.can_withdraw,
                    rx.button("Withdraw Offer", size="3", variant="soft", color_scheme="gray",
                              on_click=S.withdraw)),
            spacing="2",
            wrap="wrap",
        ),
        width="100%",
        align="end",
        wrap="wrap",
        spacing="3",
        margin_bottom="1rem",
    )


def _offer_card() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.heading("Partnership Details", size="4"),
            rx.cond(S.side == "partner",
                    rx.data_list.root(
                        rx.data_list.item(rx.data_list.label("Customer's Tenant Name"),
                                          rx.data_list.value(S.other_tenant)),
                        rx.data_list.item(rx.data_list.label("Customer's Contact Email"),
                                          rx.data_list.value(S.contact_email)),
                    )),
            rx.text("Message to Customer", size="2", weight="bold"),
            rx.text(S.message, size="2", white_space="pre-wrap", id="partnership-message"),
            rx.cond(S.decline_reason != "",
                    rx.callout("Reason for declining: " + S.decline_reason, icon="circle_x",
                               color_scheme="red", width="100%")),
            rx.separator(size="4"),
            rx.grid(
                _people("Your contacts", S.my_contacts, "None yet", "my-contacts"),
                _people("Your partner managers", S.my_managers, "None yet", "my-managers"),
                rx.cond(S.has_tile, _people("Their contacts", S.their_contacts, "None", "their-contacts")),
                rx.cond(S.has_tile, _people("Their partner managers", S.their_managers, "None", "their-managers")),
                columns=rx.breakpoints(initial="1", sm="2"),
                spacing="4",
                width="100%",
            ),
            spacing="3",
            width="100%",
        ),
        size="3",
        width="100%",
    )


def _tile() -> rx.Component:
    def item(label: str, key: str):
        return rx.cond(S.tile[key] != "", rx.vstack(
            rx.text(label, size="1", color_scheme="gray", weight="medium"),
            rx.text(S.tile[key], size="2", white_space="pre-wrap"), spacing="0", width="100%"))

    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.avatar(fallback=S.tile["name"][0], size="4", radius="large", color_scheme=ACCENT),
                rx.vstack(rx.heading(S.tile["name"], size="5"),
                          rx.hstack(rx.cond(S.tile["tier"] != "", rx.badge(S.tile["tier"], variant="outline")),
                                    rx.cond(S.tile["geography"] != "",
                                            rx.badge(S.tile["geography"], variant="outline", color_scheme="gray")),
                                    spacing="2"),
                          spacing="1"),
                align="center",
                spacing="3",
            ),
            item("About", "about"),
            item("Services", "services"),
            item("Offerings", "offerings"),
            item("Website", "website"),
            item("Phone", "phone"),
            rx.cond((S.tile["about"] == "") & (S.tile["services"] == "") & (S.tile["offerings"] == ""),
                    rx.text("This business partner has not filled in its company profile yet.",
                            size="2", color_scheme="gray")),
            _people("Contacts", S.their_contacts, "None", "tile-contacts"),
            spacing="3",
            width="100%",
        ),
        size="3",
        width="100%",
        id="business-tile",
    )


def _pending() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.hstack(rx.icon("git_compare", size=18), rx.heading("Modified Partnership Details", size="4"),
                      align="center", spacing="2"),
            rx.cond(S.pending_by_me,
                    rx.text("Your changes wait for the other side to confirm them.", size="2", color_scheme="gray"),
                    rx.text(S.other_name + " changed the partnership details. They take effect once you "
                            "confirm them.", size="2")),
            rx.grid(
                _people("Proposed contacts", S.pending_contacts, "None", "pending-contacts"),
                _people("Proposed partner managers", S.pending_managers, "None", "pending-managers"),
                columns=rx.breakpoints(initial="1", sm="2"),
                spacing="4",
                width="100%",
            ),
            rx.cond(S.pending_message_changed,
                    rx.vstack(rx.text("Proposed message", size="2", weight="bold"),
                              rx.text(S.pending_message, size="2", white_space="pre-wrap"), spacing="1")),
            rx.cond(S.can_confirm,
                    rx.hstack(rx.button(rx.icon("check", size=16), "Confirm Changes", size="3",
                                        on_click=S.confirm_changes),
                              rx.button("Reject Changes", size="3", variant="soft", color_scheme="red",
                                        on_click=S.reject_changes),
                              spacing="2")),
            spacing="3",
            width="100%",
        ),
        size="3",
        width="100%",
        border=f"1px solid {rx.color('amber', 7)}",
    )


def _choose() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.heading(rx.cond(S.mode == "accept", "Accept Partnership Offer", "Modify Partnership Details"),
                       size="4"),
            rx.text(rx.cond(S.mode == "accept",
                            "Choose the contacts you offer to this partner and your partner managers.",
                            "Change your contacts and partner managers. The other side confirms the "
                            "changes before they take effect."), size="2", color_scheme="gray"),
            rx.cond((S.mode == "modify") & (S.side == "partner"),
                    field("Message to Customer",
                          rx.text_area(id="modify-message", value=S.draft_message,
                                       on_change=S.set_draft_message, max_length=500, rows="4",
                                       width="100%", size="3"),
                          "modify-message")),
            rx.grid(
                rx.vstack(rx.text("Contacts", weight="bold", size="3"),
                          people_picker("choose-contact-search", S.search, S.set_search, S.options,
                                        S.chosen_contacts, S.toggle_contact),
                          width="100%", id="choose-contacts"),
                rx.vstack(rx.text("Partner Managers", weight="bold", size="3"),
                          people_picker("choose-manager-search", S.search, S.set_search, S.options,
                                        S.chosen_managers, S.toggle_manager,
                                        locked_id=rx.cond(S.mode == "accept", S.my_id, "")),
                          width="100%", id="choose-managers"),
                columns=rx.breakpoints(initial="1", md="2"),
                spacing="5",
                width="100%",
            ),
            rx.hstack(
                rx.button("Cancel", variant="soft", color_scheme="gray", size="3", on_click=S.back_to_view),
                rx.cond(S.mode == "accept",
                        rx.button(rx.icon("check", size=16), "Accept Offer", size="3", on_click=S.accept,
                                  disabled=(S.chosen_contacts.length() == 0) | (S.chosen_managers.length() == 0)),
                        rx.button("Save Changes", size="3", on_click=S.save_changes,
                                  disabled=(S.chosen_contacts.length() == 0) | (S.chosen_managers.length() == 0))),
                justify="end",
                width="100%",
                spacing="2",
            ),
            spacing="4",
            width="100%",
        ),
        size="3",
        width="100%",
    )


def _decline_dialog() -> rx.Component:
    return rx.alert_dialog.root(
        rx.alert_dialog.content(
            rx.alert_dialog.title("Decline Partnership Offer"),
            rx.alert_dialog.description("The partner sees that you declined. You can tell them why.",
                                        size="2", color_scheme="gray"),
            rx.box(field("Reason (optional)",
                         rx.text_area(id="decline-reason", value=S.decline_text, on_change=S.set_decline_text,
                                      max_length=500, rows="3", width="100%", size="3"),
                         "decline-reason"), margin_y="1rem"),
            rx.hstack(
                rx.alert_dialog.cancel(rx.button("Cancel", variant="soft", color_scheme="gray",
                                                 on_click=S.close_decline)),
                rx.button("Decline Offer", color_scheme="red", on_click=S.decline),
                justify="end",
                spacing="2",
            ),
        ),
        open=S.decline_open,
    )


def partnership_page() -> rx.Component:
    body = rx.cond(
        S.missing,
        rx.card(rx.vstack(rx.heading("Partnership not found", size="5"),
                          rx.text("It may have been withdrawn, or it is not shared with you."),
                          rx.button("Back to Business Partners", on_click=rx.redirect("/portal")),
                          spacing="3"), size="3"),
        rx.vstack(
            _header(),
            info_callout(S.notice),
            error_callout(S.error),
            rx.cond(S.has_pending, _pending()),
            rx.cond(S.mode != "view", _choose()),
            rx.grid(
                _offer_card(),
                rx.cond(S.has_tile, _tile(),
                        rx.card(rx.vstack(
                            rx.heading("Business Tile", size="4"),
                            rx.text("The business tiles are shared once the customer accepts the offer.",
                                    size="2", color_scheme="gray"), spacing="2"), size="3", width="100%")),
                columns=rx.breakpoints(initial="1", lg="2"),
                spacing="4",
                width="100%",
            ),
            _decline_dialog(),
            spacing="4",
            width="100%",
        ),
    )
    return portal_layout(rx.vstack(body, loaded_marker(S.loaded), width="100%"), "Home")
