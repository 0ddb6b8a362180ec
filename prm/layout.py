"""The two shells: the admin console (sidebar) and the partner portal (top navigation)."""

from __future__ import annotations

import reflex as rx

from portal.popups.page import popup_window
from prm.auth import AuthState
from prm.components import ACCENT

# (label, href or "" when a later feature fills it in, icon, indent)
ADMIN_NAV = [
    ("Dashboard", "/admin", "layout_dashboard", 0),
    ("Partner Management", None, None, 0),
    ("Partner Explorer", "/admin/partners", "building_2", 1),
    ("Pending Partners", "/admin/pending-partners", "user_check", 1),
    ("Communications", None, None, 1),
    ("Invitations", "/admin/invitations", "send", 2),
    ("Messages", "/admin/messages", "megaphone", 2),
    ("Partner Groups", "/admin/groups", "users", 2),
    ("Leads", "/admin/leads", "target", 0),
    ("Integrations", "/admin/integrations", "plug", 0),
    ("Settings", "/admin/settings", "settings", 0),
    ("Outbox", "/admin/outbox", "inbox", 0),
]

PORTAL_NAV = [
    ("Home", "/portal", "house"),
    ("Message Center", "/portal/messages", "messages_square"),
    ("Leads", "/portal/leads", "target"),
    ("Settings", "/portal/settings", "settings"),
]


def _nav_item(label: str, href: str | None, icon: str | None, indent: int, active: str):
    if href is None:  # a section heading
        return rx.text(
            label.upper(), size="1", weight="bold", color_scheme="gray",
            padding_left=f"{0.75 + indent * 0.9}rem", padding_top="0.9rem", padding_bottom="0.2rem",
            letter_spacing="0.04em",
        )
    inner = rx.hstack(
        rx.icon(icon, size=16),
        rx.text(label, size="2", weight="medium"),
        *([rx.badge("Soon", size="1", variant="outline", color_scheme="gray")] if href == "" else []),
        spacing="2",
        align="center",
        width="100%",
    )
    style = dict(
        padding_y="0.45rem",
        padding_right="0.75rem",
        padding_left=f"{0.75 + indent * 0.9}rem",
        border_radius="8px",
        width="100%",
    )
    if href == "":
        return rx.box(inner, color=rx.color("gray", 9), cursor="default",
                      title="Arrives with a later release", **style)
    is_active = label == active
    return rx.link(
        rx.box(
            inner,
            background=rx.color(ACCENT, 4) if is_active else "transparent",
            color=rx.color(ACCENT, 12) if is_active else rx.color("gray", 12),
            _hover={"background": rx.color(ACCENT, 3)},
            **style,
        ),
        href=href,
        underline="none",
        width="100%",
        aria_current="page" if is_active else None,
    )


def _admin_nav(active: str):
    return rx.vstack(
        *[_nav_item(label, href, icon, indent, active) for label, href, icon, indent in ADMIN_NAV],
        spacing="1",
        width="100%",
        role="navigation",
        aria_label="Admin navigation",
    )


def _user_menu(portal: bool):
    return rx.menu.root(
        rx.menu.trigger(
            rx.button(
                rx.icon("circle_user", size=18),
                rx.text(AuthState.user_email, size="2", display=["none", "none", "inline"]),
                rx.icon("chevron_down", size=14),
                variant="ghost",
                color_scheme="gray",
                aria_label="Account menu",
            )
        ),
        rx.menu.content(
            rx.box(
                rx.text(AuthState.user_name, size="2", weight="bold"),
                rx.text(AuthState.account_name if portal else AuthState.user_email, size="1",
                        color_scheme="gray"),
                padding="0.4rem 0.75rem",
            ),
            rx.menu.separator(),
            rx.menu.item("Log out", on_click=AuthState.logout, color_scheme="red"),
        ),
    )


def admin_layout(content: rx.Component, active: str) -> rx.Component:
    brand = rx.hstack(
        rx.box(rx.icon("handshake", size=18), padding="0.4rem", border_radius="8px",
               background=rx.color(ACCENT, 9), color="white"),
        rx.vstack(
            rx.text("Partner Hub", weight="bold", size="3", line_height="1"),
            rx.text("Supplier admin", size="1", color_scheme="gray", line_height="1"),
            spacing="1",
        ),
        align="center",
        spacing="2",
    )
    sidebar = rx.box(
        rx.vstack(brand, rx.separator(margin_y="0.75rem"), _admin_nav(active), spacing="0"),
        width="250px",
        min_width="250px",
        padding="1.25rem 0.75rem",
        border_right=f"1px solid {rx.color('gray', 5)}",
        background=rx.color("gray", 2),
        height="100vh",
        position="sticky",
        top="0",
        overflow_y="auto",
        display=["none", "none", "block"],
    )
    mobile_menu = rx.box(
        rx.menu.root(
            rx.menu.trigger(rx.button(rx.icon("menu", size=18), variant="soft", aria_label="Menu")),
            rx.menu.content(
                *[
                    rx.menu.item(label, on_click=rx.redirect(href))
                    for label, href, _i, _d in ADMIN_NAV
                    if href
                ]
            ),
        ),
        display=["block", "block", "none"],
    )
    topbar = rx.hstack(
        mobile_menu,
        rx.text(active, weight="medium", color_scheme="gray", size="2"),
        rx.spacer(),
        rx.color_mode.button(size="2", variant="ghost"),
        _user_menu(portal=False),
        align="center",
        padding_x="1.5rem",
        height="56px",
        border_bottom=f"1px solid {rx.color('gray', 5)}",
        background=rx.color("gray", 1),
        position="sticky",
        top="0",
        z_index="10",
        width="100%",
    )
    return rx.flex(
        sidebar,
        rx.box(
            topbar,
            rx.box(content, padding=["1rem", "1.5rem", "2rem"], max_width="1280px", margin_x="auto"),
            flex="1",
            min_width="0",
        ),
        width="100%",
        min_height="100vh",
    )


def portal_layout(content: rx.Component, active: str) -> rx.Component:
    links = [
        (
            rx.hstack(rx.icon(icon, size=16), rx.text(label, size="2"),
                      rx.badge("Soon", size="1", variant="outline", color_scheme="gray"),
                      color=rx.color("gray", 9), spacing="1", align="center",
                      padding="0.45rem 0.7rem", white_space="nowrap")
            if href == ""
            else rx.link(
                rx.hstack(rx.icon(icon, size=16), rx.text(label, size="2", weight="medium"),
                          spacing="1", align="center"),
                href=href or "#",
                underline="none",
                padding="0.45rem 0.7rem",
                border_radius="8px",
                white_space="nowrap",
                color=rx.color(ACCENT, 12) if label == active else rx.color("gray", 12),
                background=rx.color(ACCENT, 4) if label == active else "transparent",
                aria_current="page" if label == active else None,
            ),
        )
        for label, href, icon in PORTAL_NAV
    ]
    header = rx.box(
        rx.hstack(
            rx.hstack(
                rx.box(rx.icon("handshake", size=18), padding="0.4rem", border_radius="8px",
                       background=rx.color(ACCENT, 9), color="white"),
                rx.vstack(
                    rx.text("Partner Portal", weight="bold", size="3", line_height="1"),
                    rx.text(AuthState.account_name, size="1", color_scheme="gray", line_height="1"),
                    spacing="1",
                ),
                align="center",
                spacing="2",
            ),
            rx.spacer(),
            rx.color_mode.button(size="2", variant="ghost"),
            _user_menu(portal=True),
            align="center",
            width="100%",
            max_width="1200px",
            margin_x="auto",
            padding_x="1.25rem",
            height="56px",
        ),
        rx.hstack(
            *links,
            spacing="1",
            max_width="1200px",
            margin_x="auto",
            padding_x="1rem",
            padding_bottom="0.5rem",
            overflow_x="auto",
            role="navigation",
            aria_label="Portal navigation",
        ),
        border_bottom=f"1px solid {rx.color('gray', 5)}",
        background=rx.color("gray", 1),
        position="sticky",
        top="0",
        z_index="10",
    )
    return rx.box(
        header,
        rx.box(content, max_width="1200px", margin_x="auto", padding=["1rem", "1.5rem", "2rem"]),
        popup_window(),
        min_height="100vh",
        background=rx.color("gray", 2),
    )


def auth_layout(title: str, subtitle, content: rx.Component) -> rx.Component:
    """Centered card for login, forgot-password and set-password pages."""
    return rx.center(
        rx.card(
            rx.vstack(
                rx.hstack(
                    rx.box(rx.icon("handshake", size=20), padding="0.45rem", border_radius="8px",
                           background=rx.color(ACCENT, 9), color="white"),
                    rx.text(subtitle, weight="bold", size="3"),
                    align="center",
                    spacing="2",
                ),
                rx.heading(title, size="6", as_="h1", margin_top="0.5rem"),
                content,
                spacing="4",
                width="100%",
            ),
            size="4",
            width="100%",
            max_width="440px",
        ),
        min_height="100vh",
        padding="1rem",
        background=rx.color("gray", 2),
    )
