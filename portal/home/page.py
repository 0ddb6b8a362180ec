from __future__ import annotations

import reflex as rx

from portal.home.state import PortalHomeState as S
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
        loaded_marker(S.loaded),
        spacing="5",
        width="100%",
    )
    return portal_layout(content, "Home")
