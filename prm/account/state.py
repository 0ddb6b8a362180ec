"""Login, forgot-password and set-password: the pages both kinds of users share."""

from __future__ import annotations

import functools

import reflex as rx

from models.accounts import USER_KIND_PARTNER, USER_KIND_SUPPLIER_ADMIN
from prm.auth import AuthState, current_actor, run_password_work
from prm.db import read_in_thread, session_scope
from services import auth as auth_service
from services.accounts import program_name
from services.errors import InvalidInput, InvalidToken, ServiceError


def _kind_for_path(path: str) -> str:
    return USER_KIND_SUPPLIER_ADMIN if path.startswith("/admin") else USER_KIND_PARTNER


class LoginState(rx.State):
    error: str = ""
    notice: str = ""
    program: str = ""
    busy: bool = False
    loaded: bool = False
    # Set by load, not a computed var of the router: such a var makes every event of every
    # page load (and store) this state too, as the router changes with each event.
    is_admin_login: bool = False

    @rx.event
    async def load(self):
        self.error, self.busy = "", False
        self.program = await read_in_thread(lambda session: program_name(session=session))
        actor = await current_actor(self)
        kind = _kind_for_path(self.router.url.path)
        self.is_admin_login = kind == USER_KIND_SUPPLIER_ADMIN
        self.notice = ""
        self.loaded = True
        if actor is None:
            return None
        if actor.kind == kind:
            return rx.redirect("/admin" if kind == USER_KIND_SUPPLIER_ADMIN else "/portal")
        if kind == USER_KIND_SUPPLIER_ADMIN:
            self.notice = (
                f"You are signed in to the partner portal as {actor.email}. The admin console "
                "is for supplier admins: sign in with a supplier admin account."
            )
        else:
            self.notice = (
                f"You are signed in to the admin console as {actor.email}. The partner portal "
                "is for partner users: sign in with a partner account."
            )
        return None

    @rx.event(background=True)
    async def submit(self, form_data: dict):
        """A background event: the password check (argon2, 20-35 ms of CPU by design; a failed
        login is held longer while older, slower hashes are stored: services.auth) runs on the
        password threads (prm.auth.run_password_work: lower CPU priority) without this tab's
        state lock and without blocking the backend's event loop, so other users' events go
        on meanwhile (bench 7: 200 users logging in at 5 a second held the loop and the locks
        until Reflex's state locks expired)."""
        async with self:
            kind = _kind_for_path(self.router.url.path)
            ip = self.router.session.client_ip or ""
            self.busy = True
        email = str(form_data.get("email", ""))[:254]
        password = str(form_data.get("password", ""))[:1024]
        try:
            token, actor = await run_password_work(functools.partial(_login, email, password, kind, ip))
        except ServiceError as exc:
            async with self:
                self.error, self.busy = str(exc), False
            return None
        except Exception:
            async with self:
                self.busy = False
            raise
        async with self:
            auth = await self.get_state(AuthState)
            auth.session_token = token
            auth._show(actor)
            self.error, self.notice, self.busy = "", "", False
        return rx.redirect("/admin" if kind == USER_KIND_SUPPLIER_ADMIN else "/portal")


def _login(email: str, password: str, kind: str, ip: str):
    with session_scope() as session:
        return auth_service.login(session=session, email=email, password=password, kind=kind, ip=ip)


class ForgotPasswordState(rx.State):
    sent: bool = False
    error: str = ""
    loaded: bool = False

    @rx.event
    def load(self):
        self.sent, self.error, self.loaded = False, "", True

    @rx.event
    def submit(self, form_data: dict):
        email = str(form_data.get("email", ""))[:254]
        try:
            with session_scope() as session:
                auth_service.request_password_reset(
                    session=session, email=email, ip=self.router.session.client_ip or ""
                )
        except InvalidInput as exc:
            self.error = str(exc)
            return
        self.error, self.sent = "", True


class SetPasswordState(rx.State):
    """The link in the email opens this page; nothing happens until the person submits."""

    email: str = ""
    purpose: str = ""
    invalid: bool = False
    done: bool = False
    login_href: str = "/portal/login"
    error: str = ""
    field_errors: dict[str, str] = {}
    loaded: bool = False

    def _token(self) -> str:
        return str(self.router.url.query_parameters.get("token", ""))[:200]

    @rx.event
    def load(self):
        self.done, self.error, self.field_errors, self.loaded = False, "", {}, False
        try:
            with session_scope() as session:
                info = auth_service.check_password_token(session=session, token=self._token())
        except InvalidToken:
            self.invalid, self.email = True, ""
        else:
            self.invalid, self.email, self.purpose = False, info["email"], info["purpose"]
            self.login_href = "/admin/login" if info["kind"] == USER_KIND_SUPPLIER_ADMIN else "/portal/login"
        self.loaded = True

    @rx.event
    def submit(self, form_data: dict):
        try:
            with session_scope() as session:
                kind = auth_service.set_password_with_token(
                    session=session,
                    token=self._token(),
                    password=str(form_data.get("password", ""))[:1024],
                    confirm=str(form_data.get("confirm", ""))[:1024],
                )
        except InvalidToken as exc:
            self.invalid, self.error = True, str(exc)
            return
        except InvalidInput as exc:
            self.error, self.field_errors = str(exc), exc.fields
            return
        self.login_href = "/admin/login" if kind == USER_KIND_SUPPLIER_ADMIN else "/portal/login"
        self.done, self.error, self.field_errors = True, "", {}
