"""The browser side of login sessions: a cookie holding a random token, and the checks every
page load and event handler runs. The server decides who may do what: nothing here trusts a
role, a tenant or an id sent by the browser."""

from __future__ import annotations

import asyncio
import os
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import reflex as rx

from prm.db import read_in_thread, session_scope
from services import auth as auth_service
from services.actors import Actor

SESSION_COOKIE = "prm_session"
ADMIN_LOGIN = "/admin/login"
PORTAL_LOGIN = "/portal/login"
# The nice value of the threads that check passwords (Linux: each thread has its own).
PASSWORD_WORK_NICE = 10


def _lower_priority() -> None:
    """A password thread's initializer: on Linux, lower this thread's CPU priority. The
    threads argon2 starts for its lanes inherit it."""
    if sys.platform.startswith("linux"):
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), PASSWORD_WORK_NICE)
        except OSError:
            pass  # not permitted here: the check runs at normal priority, as before


# Two at a time per backend process, at a lower CPU priority (nice 10). A password check
# (argon2id, 20-35 ms of one core by design; 0.15-0.25 s on 4 lanes for hashes still of the
# profile used until 2026-11) is the heaviest thing a click can cost; a burst of logins
# (bench 7: 200 users signing in at 5 a second) would otherwise take the CPU from every other
# user's events. Niced, the checks
# mostly use what the others leave: logins wait longer under such a burst, the pages less.
# (Nice 19 with one thread starved them: logins past the client's 30 s under bench 7.)
_password_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="password", initializer=_lower_priority)


async def run_password_work(fn):
    """Run fn (which checks or sets a password) on the password threads; its result or error."""
    return await asyncio.get_running_loop().run_in_executor(_password_pool, fn)


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
    actor = await read_in_thread(_resolve, auth.session_token)
    auth._show(actor)
    return actor


def _resolve(session, token: str) -> Actor | None:
    return auth_service.resolve_session(session=session, token=token)


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
