from __future__ import annotations

import reflex as rx

from prm.account.state import ForgotPasswordState, LoginState, SetPasswordState
from prm.components import error_callout, field, info_callout, loaded_marker, text_input
from prm.layout import auth_layout


def _login_form() -> rx.Component:
    return rx.form(
        rx.vstack(
            info_callout(LoginState.notice),
            error_callout(LoginState.error),
            field("Email", text_input("email", type="email", auto_complete="username",
                                      required=True, placeholder="you@company.com"), "email"),
            field("Password", text_input("password", type="password",
                                         auto_complete="current-password", required=True),
                  "password"),
            rx.button("Log in", type="submit", size="3", width="100%", loading=LoginState.busy),
            rx.hstack(
                rx.link("Forgot password?", href=rx.cond(LoginState.is_admin_login,
                                                         "/admin/forgot-password",
                                                         "/portal/forgot-password"), size="2"),
                rx.spacer(),
                rx.cond(
                    ~LoginState.is_admin_login,
                    rx.link("Become a partner", href="/portal/register", size="2"),
                ),
                rx.cond(
                    LoginState.is_admin_login,
                    rx.link("Partner portal →", href="/portal/login", size="2", color_scheme="gray"),
                    rx.link("Supplier admin →", href="/admin/login", size="2", color_scheme="gray"),
                ),
                width="100%",
            ),
            loaded_marker(LoginState.loaded),
            spacing="4",
            width="100%",
        ),
        on_submit=LoginState.submit,
        width="100%",
    )


def admin_login_page() -> rx.Component:
    return auth_layout("Log in to the admin console", LoginState.program, _login_form())


def portal_login_page() -> rx.Component:
    return auth_layout("Log in to the partner portal", LoginState.program, _login_form())


def forgot_password_page() -> rx.Component:
    return auth_layout(
        "Reset your password",
        "Partner Hub",
        rx.cond(
            ForgotPasswordState.sent,
            rx.vstack(
                rx.callout(
                    "If an account exists for that email, we have sent it a link to reset the "
                    "password. The link works once and expires in 2 hours.",
                    icon="mail_check", color_scheme="green", role="status",
                ),
                rx.link("Back to log in", href="/portal/login"),
                spacing="4",
            ),
            rx.form(
                rx.vstack(
                    rx.text("Enter the email you log in with and we will email you a link.",
                            color_scheme="gray", size="2"),
                    error_callout(ForgotPasswordState.error),
                    field("Email", text_input("email", type="email", required=True), "email"),
                    rx.button("Send reset link", type="submit", size="3", width="100%"),
                    loaded_marker(ForgotPasswordState.loaded),
                    spacing="4",
                    width="100%",
                ),
                on_submit=ForgotPasswordState.submit,
                width="100%",
            ),
        ),
    )


def set_password_page() -> rx.Component:
    s = SetPasswordState
    form = rx.form(
        rx.vstack(
            rx.text("Choose a password for ", rx.text.strong(s.email), ".", size="2"),
            rx.text("At least 8 characters. A long phrase is easier to remember and harder "
                    "to guess.", size="1", color_scheme="gray"),
            error_callout(s.error),
            field("New password", text_input("password", type="password",
                                              auto_complete="new-password", required=True),
                  "password", error=s.field_errors.get("password", "")),
            field("Confirm password", text_input("confirm", type="password",
                                                  auto_complete="new-password", required=True),
                  "confirm", error=s.field_errors.get("confirm", "")),
            rx.button("Set Password", type="submit", size="3", width="100%"),
            spacing="4",
            width="100%",
        ),
        on_submit=s.submit,
        width="100%",
    )
    body = rx.cond(
        ~s.loaded,
        rx.center(rx.spinner(size="3"), padding="2rem"),
        rx.cond(
            s.done,
            rx.vstack(
                rx.callout("Your password is set. You can log in now.", icon="circle_check",
                           color_scheme="green", role="status"),
                rx.link(rx.button("Go to log in", size="3"), href=s.login_href),
                spacing="4",
            ),
            rx.cond(
                s.invalid,
                rx.vstack(
                    rx.callout("This link is invalid or has expired. Links work once and "
                               "expire after a while: ask for a new one.",
                               icon="link_2_off", color_scheme="red", role="alert"),
                    rx.link("Request a new link", href="/portal/forgot-password"),
                    spacing="4",
                ),
                form,
            ),
        ),
    )
    return auth_layout("Set your password", "Partner Hub", rx.box(body, loaded_marker(s.loaded), width="100%"))
