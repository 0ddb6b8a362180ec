from __future__ import annotations

import reflex as rx

from portal.register.state import RegisterState as S
from prm.components import ACCENT, error_callout, field, loaded_marker, text_input


def _shell(*children) -> rx.Component:
    return rx.center(
        rx.card(
            rx.vstack(
                rx.hstack(
                    rx.box(rx.icon("handshake", size=20), padding="0.45rem", border_radius="8px",
                           background=rx.color(ACCENT, 9), color="white"),
                    rx.text(S.program_name, weight="bold", size="3"),
                    align="center", spacing="2",
                ),
                *children,
                loaded_marker(S.loaded),
                spacing="4",
                width="100%",
            ),
            size="4",
            width="100%",
            max_width="620px",
        ),
        min_height="100vh",
        padding="1rem",
        background=rx.color("gray", 2),
    )


def _form() -> rx.Component:
    e = S.field_errors
    return rx.form(
        rx.vstack(
            error_callout(S.error),
            field("Company Name", text_input("company_name", default_value=S.company_name,
                                             key=S.company_name + "cn", auto_complete="organization"),
                  "company_name", error=e.get("company_name", "")),
            field("Email", text_input("email", type="email", default_value=S.email, key=S.email + "em",
                                      read_only=S.invited, variant=rx.cond(S.invited, "soft", "surface"),
                                      auto_complete="email"),
                  "email", error=e.get("email", "")),
            rx.grid(
                field("First Name", text_input("first_name", default_value=S.first_name,
                                               key=S.first_name + "fn", auto_complete="given-name"),
                      "first_name", error=e.get("first_name", "")),
                field("Last Name", text_input("last_name", default_value=S.last_name,
                                              key=S.last_name + "ln", auto_complete="family-name"),
                      "last_name", error=e.get("last_name", "")),
                columns=rx.breakpoints(initial="1", sm="2"), spacing="3", width="100%",
            ),
            rx.foreach(
                S.custom_fields,
                lambda f: field(
                    f["label"] + rx.cond(f["required"] != "", " *", ""),
                    rx.input(id="custom_" + f["key"], name="custom_" + f["key"], size="3", width="100%",
                             default_value=S.custom_values.get(f["key"], "")),
                    "custom_" + f["key"],
                    error=e.get("custom:" + f["key"], ""),
                ),
            ),
            rx.hstack(
                rx.button("Submit Your Application", type="submit", size="3", loading=S.busy),
                rx.cond(S.invited, rx.button("Decline", type="button", size="3", variant="soft",
                                             color_scheme="gray", on_click=S.decline)),
                spacing="3",
                wrap="wrap",
            ),
            spacing="4",
            width="100%",
        ),
        on_submit=S.submit,
        width="100%",
    )


def _invalid() -> rx.Component:
    e = S.request_errors
    return rx.vstack(
        rx.heading("This invitation link cannot be used", size="6", as_="h1"),
        rx.callout(S.invalid, icon="link_2_off", color_scheme="red", role="alert"),
        rx.cond(
            S.request_sent,
            rx.callout("Your request was sent. The supplier will email you a new invitation.",
                       icon="mail_check", color_scheme="green", role="status"),
            rx.form(
                rx.vstack(
                    rx.text("Ask " + S.supplier_name + " for a new invitation:", size="2"),
                    error_callout(S.request_error),
                    field("Your email", text_input("request_email", name="email", type="email"),
                          "request_email", error=e.get("email", "")),
                    field("Message (optional)", rx.text_area(id="request_message", name="message",
                                                             width="100%", rows="3"),
                          "request_message", error=e.get("message", "")),
                    rx.button("Ask for a New Invitation", type="submit"),
                    spacing="3",
                    width="100%",
                ),
                on_submit=S.ask_for_invitation,
                width="100%",
            ),
        ),
        rx.link("Or apply to the program without an invitation", href="/portal/register", size="2"),
        spacing="4",
        width="100%",
    )


def _done() -> rx.Component:
    return rx.match(
        S.outcome,
        ("activated", rx.vstack(
            rx.heading("Partner Activated", size="6", as_="h1"),
            rx.callout("Your partner account is ready. We emailed " + S.email + " a link to set "
                       "your password; then log in to the partner portal.",
                       icon="circle_check", color_scheme="green", role="status"),
            rx.link(rx.button("Go to the partner portal", size="3"), href="/portal/login"),
            spacing="4", width="100%",
        )),
        ("pending", rx.vstack(
            rx.heading("Application submitted", size="6", as_="h1"),
            rx.callout("Thank you. Your request has been submitted and waits for review by "
                       + S.supplier_name + ". We will email " + S.email + " when it is approved.",
                       icon="circle_check", color_scheme="green", role="status"),
            spacing="4", width="100%",
        )),
        ("declined", rx.vstack(
            rx.heading("Invitation declined", size="6", as_="h1"),
            rx.callout("You declined the invitation. Thank you for letting us know.",
                       icon="info", role="status"),
            spacing="4", width="100%",
        )),
        rx.fragment(),
    )


def register_page() -> rx.Component:
    return _shell(
        rx.cond(
            ~S.loaded,
            rx.center(rx.spinner(size="3"), padding="2rem"),
            rx.cond(
                S.outcome != "",
                _done(),
                rx.cond(
                    S.invalid != "",
                    _invalid(),
                    rx.vstack(
                        rx.heading(rx.cond(S.invited, "Accept your invitation", "Become a partner"),
                                   size="6", as_="h1"),
                        rx.text(rx.cond(S.invited,
                                        S.supplier_name + " invited you to join the " + S.program_name
                                        + ". Check your details and submit your application.",
                                        "Apply to join the " + S.program_name + " of " + S.supplier_name + "."),
                                size="2", color_scheme="gray"),
                        _form(),
                        rx.cond(~S.invited, rx.link("Already a partner? Log in", href="/portal/login", size="2")),
                        spacing="4",
                        width="100%",
                    ),
                ),
            ),
        ),
    )
