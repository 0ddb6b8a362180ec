from __future__ import annotations

import reflex as rx

from portal.terms.state import TermsState as S
from prm.auth import AuthState
from prm.components import error_callout, loaded_marker
from prm.layout import auth_layout


def terms_page() -> rx.Component:
    return auth_layout(
        "Terms & Conditions",
        "Partner Portal",
        rx.vstack(
            rx.text("Please read and accept them to use the partner portal.", size="2", color_scheme="gray"),
            error_callout(S.error),
            rx.box(rx.text(S.text, white_space="pre-wrap", size="2"), max_height="50vh", overflow_y="auto",
                   padding="1rem", border_radius="8px", border=f"1px solid {rx.color('gray', 5)}",
                   width="100%", id="terms-text"),
            rx.cond(S.opt_in_emails,
                    rx.callout("Accepting them also subscribes you to Supplier Emails. You can turn them "
                               "off at any time in Settings.", icon="mail", size="1", width="100%")),
            rx.hstack(
                rx.button("Log out", variant="soft", color_scheme="gray", on_click=AuthState.logout),
                rx.button("Accept", size="3", on_click=S.accept),
                justify="end", spacing="2", width="100%",
            ),
            loaded_marker(S.loaded),
            spacing="4",
            width="100%",
        ),
    )
