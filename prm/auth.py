"""The browser side of login sessions: a cookie holding a random token, and the checks every
page load and event handler runs. The server decides who may do what: nothing here trusts a
role, a tenant or an id sent by the browser."""

from __future__ import annotations

import reflex as rx

from prm.db import session_scope
from services import auth as auth_service
from services.actors import Actor

SESSION_COOKIE = "prm_session"
ADMIN_LOGIN = "/admin/login"
PORTAL_LOGIN = "/portal/login"


class AuthState(rx.State):
    """Holds the session token (a cookie) and what the shell shows about the user."""

    session_token: str = rx.Cookie("", name=SESSION_COOKIE, same_site="strict", path="/")
    user_name: str = ""
    user_email: str = ""
    account_name: str = ""

    def _show(self, actor: Actor | None) -> None:
        self.user_name = actor.name if actor else ""
        self.user_email = actor.email if actor else ""
        self.account_name = actor.partner_account_name if actor else ""

    @rx.event
    def logout(self):
        with session_scope() as session:
            auth_service.logout(session=session, token=self.session_token)
        was_admin = self.account_name == ""
        self.session_token = ""
        self._show(None)
        return [
            rx.remove_cookie(SESSION_COOKIE, {"path": "/"}),
            rx.redirect(ADMIN_LOGIN if was_admin else PORTAL_LOGIN),
        ]


async def current_actor(state: rx.BaseState) -> Actor | None:
    auth = await state.get_state(AuthState)
    with session_scope() as session:
        actor = auth_service.resolve_session(session=session, token=auth.session_token)
    auth._show(actor)
    return actor


async def admin_actor(state: rx.BaseState) -> Actor | None:
    """The supplier admin behind this event, or None (partner users never qualify)."""
    actor = await current_actor(state)
    return actor if actor is not None and actor.is_supplier_admin else None


async def partner_actor(state: rx.BaseState) -> Actor | None:
    actor = await current_actor(state)
    return actor if actor is not None and actor.is_partner else None


def to_admin_login():
    return rx.redirect(ADMIN_LOGIN)


def to_portal_login():
    return rx.redirect(PORTAL_LOGIN)
