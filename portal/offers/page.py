"""The Add Customer wizard as a pop-up over the business partner home (seed 003): an
information area, the content area with Current Step, the Completed dropdown, a progress bar
and the process flow; Cancel, Previous Step and Next Step on every step."""

from __future__ import annotations

import reflex as rx

from portal.offers.state import OfferWizardState as W
from prm.components import ACCENT, error_callout, field, people_picker
from services.offers import (
    MESSAGE_MAX,
    STEP_CONTACTS,
    STEP_DETAILS,
    STEP_INTRO,
    STEP_MANAGERS,
    STEP_SUMMARY,
)


def _info_area() -> rx.Component:
    toggle = rx.icon_button(
        rx.cond(W.info_open, rx.icon("panel_left_close", size=18), rx.icon("panel_left_open", size=18)),
        variant="ghost",
        on_click=W.toggle_info,
        aria_label=rx.cond(W.info_open, "Collapse information", "Restore information"),
        id="wizard-info-toggle",
    )
    return rx.box(
        rx.cond(
            W.info_open,
            rx.vstack(
                rx.hstack(rx.icon("info", size=18, color=rx.color(ACCENT, 11)),
                          rx.text("Information", weight="bold", size="3"), rx.spacer(), toggle,
                          width="100%", align="center"),
                rx.foreach(W.info_lines, lambda line: rx.text(line, size="2", color=rx.color("gray", 11))),
                spacing="3",
                width="100%",
                id="wizard-info",
            ),
            rx.vstack(toggle, align="center"),
        ),
        class_name="wizard-info",
        data_open=rx.cond(W.info_open, "true", "false"),
        padding="1rem",
        border_radius="12px",
        background=rx.color(ACCENT, 2),
        border=f"1px solid {rx.color(ACCENT, 4)}",
    )


def _completed_dropdown() -> rx.Component:
    return rx.menu.root(
        rx.menu.trigger(
            rx.button(
                rx.text("Completed", size="2"),
                rx.badge(W.completed_count, variant="solid", radius="full", id="wizard-completed-count"),
                rx.icon("chevron_down", size=14),
                variant="soft",
                color_scheme="gray",
                aria_label="Completed steps",
                id="wizard-completed",
            ),
        ),
        rx.menu.content(
            rx.cond(W.completed_steps.length() == 0,
                    rx.menu.item("No completed steps yet", disabled=True)),
            rx.foreach(W.completed_steps,
                       lambda s: rx.menu.item(s["title"], on_select=W.go_to(s["step"]))),
        ),
    )


def _flow() -> rx.Component:
    def node(s) -> rx.Component:
        return rx.hstack(
            rx.center(
                rx.cond(s["state"] == "done", rx.icon("check", size=12), rx.text(s["step"], size="1")),
                width="22px", height="22px", border_radius="999px", flex_shrink="0",
                background=rx.match(s["state"], ("current", rx.color(ACCENT, 9)),
                                    ("done", rx.color("green", 9)), rx.color("gray", 5)),
                color=rx.match(s["state"], ("todo", rx.color("gray", 11)), "white"),
            ),
            rx.text(s["title"], size="1", weight=rx.cond(s["state"] == "current", "bold", "regular"),
                    color=rx.cond(s["state"] == "todo", rx.color("gray", 10), rx.color("gray", 12))),
            spacing="2",
            align="center",
            aria_current=rx.cond(s["state"] == "current", "step", "false"),
        )

    return rx.flex(rx.foreach(W.flow, node), spacing="4", wrap="wrap", aria_label="Process flow",
                   role="list", width="100%")


def _intro() -> rx.Component:
    return rx.vstack(
        rx.text("Send a partnership offer to another business partner. Once the customer accepts it, "
                "you both see each other's business tiles: services, offerings and contacts.", size="3"),
        rx.grid(
            *[rx.card(rx.vstack(rx.icon(icon, size=20, color=rx.color(ACCENT, 10)),
                                rx.text(title, weight="bold", size="2"),
                                rx.text(text, size="2", color_scheme="gray"), spacing="1"))
              for icon, title, text in (
                  ("building_2", "Customer Details", "The customer's tenant name, contact email and your message."),
                  ("users", "Assign Contacts", "The people from your team who will work with the customer."),
                  ("user_cog", "Assign Partner Manager", "Who manages the partnership; you are one of them."),
                  ("circle_check", "Summary", "The offer is sent; the customer answers it."),
              )],
            columns=rx.breakpoints(initial="1", sm="2"),
            spacing="3",
            width="100%",
        ),
        spacing="4",
        width="100%",
    )


def _details() -> rx.Component:
    return rx.vstack(
        field("Customer's Tenant Name",
              rx.input(id="offer-tenant", value=W.tenant_name, on_change=W.set_tenant_name,
                       on_blur=W.save_progress, placeholder="kazenor", size="3", width="100%",
                       max_length=63),
              "offer-tenant", W.details_errors.get("tenant_name", ""),
              hint="Found in the customer's URL: https://kazenor.example.com/ → kazenor"),
        field("Customer's Contact Email",
              rx.input(id="offer-email", value=W.contact_email, on_change=W.set_contact_email,
                       on_blur=W.save_progress, placeholder="name@customer.example", size="3",
                       width="100%", max_length=254, type="email"),
              "offer-email", W.details_errors.get("contact_email", ""),
              hint="The email the customer logs in with, not a contact's email."),
        field("Message to Customer",
              rx.vstack(
                  rx.text_area(id="offer-message", value=W.message, on_change=W.set_message,
                               on_blur=W.save_progress, max_length=MESSAGE_MAX, rows="5", size="3",
                               width="100%", placeholder="Explain your offer"),
                  rx.text(W.message_count, size="1", color_scheme="gray", id="offer-message-count",
                          align="right", width="100%", aria_live="polite"),
                  spacing="1", width="100%",
              ),
              "offer-message", W.details_errors.get("message", "")),
        spacing="4",
        width="100%",
    )


def _contacts() -> rx.Component:
    return rx.vstack(
        rx.text("Select the contacts to offer to your customer (at least one).", size="2", color_scheme="gray"),
        people_picker("offer-contact-search", W.search, W.set_search, W.options, W.contact_ids,
                      W.toggle_contact),
        rx.text(W.contacts.length().to_string() + " selected", size="2", weight="medium", id="offer-contacts-selected"),
        spacing="3",
        width="100%",
    )


def _managers() -> rx.Component:
    return rx.vstack(
        rx.text("You are a partner manager of this offer; select more if you like.", size="2",
                color_scheme="gray"),
        people_picker("offer-manager-search", W.search, W.set_search, W.options, W.manager_ids,
                      W.toggle_manager, locked_id=W.my_id),
        rx.text(W.managers.length().to_string() + " selected", size="2", weight="medium", id="offer-managers-selected"),
        spacing="3",
        width="100%",
    )


def _summary() -> rx.Component:
    return rx.vstack(
        rx.callout(W.sent_message, icon="send", color_scheme="green", role="status", width="100%",
                   id="offer-sent"),
        rx.data_list.root(
            rx.data_list.item(rx.data_list.label("Customer's Tenant Name"), rx.data_list.value(W.tenant_name)),
            rx.data_list.item(rx.data_list.label("Customer's Contact Email"), rx.data_list.value(W.contact_email)),
            rx.data_list.item(rx.data_list.label("Contacts"),
                              rx.data_list.value(W.contacts.length().to_string())),
            rx.data_list.item(rx.data_list.label("Partner Managers"),
                              rx.data_list.value(W.managers.length().to_string())),
        ),
        rx.text("The customer appears in your business partner list with the status Open.", size="2",
                color_scheme="gray"),
        spacing="4",
        width="100%",
    )


def _footer() -> rx.Component:
    return rx.vstack(
        rx.flex(
            rx.cond(
                W.step == STEP_SUMMARY,
                rx.fragment(rx.spacer(), rx.button("Close", size="3", on_click=W.close, id="wizard-close")),
                rx.fragment(
                    rx.button("Cancel", variant="soft", color_scheme="gray", size="3", on_click=W.cancel),
                    rx.spacer(),
                    rx.button(rx.icon("arrow_left", size=16), "Previous Step", variant="soft", size="3",
                              on_click=W.previous_step, disabled=W.step == STEP_INTRO),
                    rx.button("Next Step", rx.icon("arrow_right", size=16), size="3",
                              on_click=W.next_step, disabled=~W.can_go_next, loading=W.busy),
                ),
            ),
            spacing="3",
            width="100%",
            align="center",
            wrap="wrap",
        ),
        rx.cond(
            W.step == STEP_INTRO,
            rx.hstack(
                rx.el.label("Show every time you use this wizard", html_for="wizard-show-intro",
                            class_name="prm-label"),
                rx.switch(id="wizard-show-intro", checked=W.show_intro, on_change=W.set_show_intro),
                justify="end",
                align="center",
                width="100%",
                spacing="2",
            ),
        ),
        spacing="3",
        width="100%",
    )


def add_customer_wizard() -> rx.Component:
    content_area = rx.vstack(
        rx.flex(
            rx.vstack(
                rx.text("Current Step", size="1", color_scheme="gray", weight="medium"),
                rx.heading(W.step_title, size="5", id="wizard-step-title"),
                spacing="0",
            ),
            rx.spacer(),
            _completed_dropdown(),
            width="100%",
            align="start",
        ),
        rx.vstack(
            rx.progress(value=W.progress, max=100, size="2", aria_label="Wizard progress"),
            rx.text(W.step_label, size="1", color_scheme="gray", id="wizard-step-of"),
            spacing="1",
            width="100%",
        ),
        _flow(),
        rx.separator(size="4"),
        error_callout(W.error),
        rx.match(
            W.step,
            (STEP_INTRO, _intro()),
            (STEP_DETAILS, _details()),
            (STEP_CONTACTS, _contacts()),
            (STEP_MANAGERS, _managers()),
            _summary(),
        ),
        spacing="4",
        class_name="wizard-content",
    )
    return rx.dialog.root(
        rx.dialog.content(
            rx.dialog.title("Add Customer", size="6"),
            rx.dialog.description("Send a partnership offer to another business partner.",
                                  size="2", color_scheme="gray", margin_bottom="1rem"),
            rx.box(_info_area(), content_area, class_name="wizard-body"),
            rx.separator(size="4", margin_y="1rem"),
            _footer(),
            max_width="980px",
            width="96vw",
            on_escape_key_down=rx.prevent_default,
            on_pointer_down_outside=rx.prevent_default,
            id="add-customer-wizard",
        ),
        open=W.open,
    )
