from __future__ import annotations

import reflex as rx

from portal.home.state import PortalHomeState as S
from portal.offers.page import add_customer_wizard
from portal.offers.state import OfferWizardState
from prm.components import ACCENT, loaded_marker, stat_card, status_badge
from prm.layout import portal_layout


def _member(row) -> rx.Component:
    return rx.hstack(
        rx.avatar(fallback=row["name"][0], size="2", radius="full"),
        rx.vstack(
            rx.text(row["name"], size="2", weight="medium"),
            rx.text(row["email"], size="1", color_scheme="gray"),
            spacing="0",
        ),
        rx.spacer(),
        rx.badge(row["role"], variant="surface"),
        width="100%",
        align="center",
    )


def _partner_card(c) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.avatar(fallback=c["name"][0], size="3", radius="large", color_scheme=ACCENT),
                rx.vstack(
                    rx.text(c["name"], weight="bold", size="3", class_name="partner-card-name"),
                    rx.text(c["relation"], size="1", color_scheme="gray"),
                    spacing="0",
                ),
                rx.spacer(),
                status_badge(c["status"]),
                width="100%",
                align="center",
            ),
            rx.hstack(
                rx.hstack(rx.icon("users", size=14), rx.text(c["contacts"], weight="bold", size="2"),
                          rx.text("Contacts", size="2", color_scheme="gray"), spacing="1", align="center"),
                rx.hstack(rx.icon("user_cog", size=14), rx.text(c["managers"], weight="bold", size="2"),
                          rx.text("Managers", size="2", color_scheme="gray"), spacing="1", align="center"),
                spacing="4",
            ),
            rx.button(c["action"], variant="soft", width="100%",
                      on_click=rx.redirect("/portal/partnerships/view?id=" + c["id"])),
            spacing="3",
            width="100%",
        ),
        class_name="partner-card",
        data_status=c["status"],
        size="2",
    )


def _business_partners() -> rx.Component:
    return rx.vstack(
        rx.hstack(
            rx.heading("Business Partners", size="5", as_="h2"),
            rx.spacer(),
            rx.cond(S.can_add_customer,
                    rx.button(rx.icon("user_plus", size=16), "Add Customer", size="3",
                              on_click=OfferWizardState.add_customer, id="add-customer")),
            width="100%",
            align="center",
        ),
        rx.cond(
            S.partners.length() == 0,
            rx.card(rx.center(rx.vstack(
                rx.icon("handshake", size=28, color=rx.color("gray", 9)),
                rx.text("No business partners yet.", weight="medium"),
                rx.text("Use Add Customer to send a partnership offer; offers you receive appear here too.",
                        size="2", color_scheme="gray", align="center"),
                align="center", spacing="2"), padding="1.5rem"), width="100%"),
            rx.grid(rx.foreach(S.partners, _partner_card), columns=rx.breakpoints(initial="1", sm="2", lg="3"),
                    spacing="4", width="100%", id="business-partners"),
        ),
        rx.cond(S.partners_next != "",
                rx.button("Show more", variant="soft", on_click=S.more_partners)),
        spacing="3",
        width="100%",
    )


def portal_home_page() -> rx.Component:
    hero = rx.box(
        rx.vstack(
            rx.text(S.program_name, size="2", weight="bold", color=rx.color(ACCENT, 11)),
            rx.heading("Welcome back, " + S.first_name, size="8", as_="h1"),
            rx.hstack(
                rx.text(S.account_name, size="3", weight="medium"),
                status_badge(S.account_status),
                rx.badge(S.tier, variant="outline"),
                rx.badge(S.geography, variant="outline", color_scheme="gray"),
                spacing="2",
                wrap="wrap",
                align="center",
            ),
            spacing="2",
        ),
        padding="1.75rem",
        border_radius="14px",
        background=f"linear-gradient(135deg, {rx.color(ACCENT, 3)}, {rx.color('violet', 3)})",
        border=f"1px solid {rx.color(ACCENT, 5)}",
        width="100%",
    )
    content = rx.vstack(
        hero,
        rx.grid(
            stat_card("New leads", S.new_leads, "Waiting for you to accept", "sparkles"),
            stat_card("Open leads", S.open_leads, "In progress", "target"),
            stat_card("Closed won", S.won_leads, "Deals won from leads", "trophy"),
            columns=rx.breakpoints(initial="1", sm="3"),
            spacing="4",
            width="100%",
        ),
        _business_partners(),
        rx.grid(
            rx.card(
                rx.vstack(
                    rx.heading("Your team", size="4"),
                    rx.foreach(S.team, _member),
                    spacing="3",
                    width="100%",
                ),
                size="3",
            ),
            rx.card(
                rx.vstack(
                    rx.heading("Quick links", size="4"),
                    rx.link(rx.hstack(rx.icon("target", size=16), rx.text("Work your leads")),
                            href="/portal/leads"),
                    rx.link(rx.hstack(rx.icon("bell", size=16),
                                      rx.text("Choose which emails you receive")),
                            href="/portal/settings"),
                    rx.separator(),
                    rx.text("Questions about the program? Write to ", rx.text.strong(S.support_email),
                            ".", size="2", color_scheme="gray"),
                    spacing="3",
                    width="100%",
                ),
                size="3",
            ),
            columns=rx.breakpoints(initial="1", md="2"),
            spacing="4",
            width="100%",
        ),
        add_customer_wizard(),
        loaded_marker(S.loaded),
        spacing="5",
        width="100%",
    )
    return portal_layout(content, "Home")
