from __future__ import annotations

import reflex as rx

from prm.auth import AuthState, partner_actor, to_portal_login
from prm.db import session_scope
from services import auth as auth_service
from services.accounts import get_my_profile, set_supplier_emails, update_my_profile
from services.errors import InvalidInput


class PortalSettingsState(rx.State):
    loaded: bool = False
    email: str = ""
    first_name: str = ""
    last_name: str = ""
    role: str = ""
    supplier_emails: bool = False
    profile_version: int = 0
    error: str = ""
    field_errors: dict[str, str] = {}
    password_error: str = ""
    password_errors: dict[str, str] = {}

    def _show(self, p: dict) -> None:
        self.email, self.first_name, self.last_name = p["email"], p["first_name"], p["last_name"]
        self.role, self.supplier_emails = p["role"], p["supplier_emails_opt_in"]
        self.profile_version += 1

    @rx.event
    async def load(self):
        actor = await partner_actor(self)
        if actor is None:
            return to_portal_login()
        with session_scope() as session:
            self._show(get_my_profile(session=session, actor=actor))
        self.error, self.field_errors, self.password_error, self.password_errors = "", {}, "", {}
        self.loaded = True
        return None

    @rx.event
    async def save_profile(self, form_data: dict):
        actor = await partner_actor(self)
        if actor is None:
            return to_portal_login()
        try:
            with session_scope() as session:
                p = update_my_profile(session=session, actor=actor,
                                      first_name=str(form_data.get("first_name", ""))[:200],
                                      last_name=str(form_data.get("last_name", ""))[:200])
        except InvalidInput as exc:
            self.error, self.field_errors = str(exc), exc.fields
            return None
        self._show(p)
        self.error, self.field_errors = "", {}
        return rx.toast.success("Profile saved.")

    @rx.event
    async def toggle_supplier_emails(self, value: bool):
        actor = await partner_actor(self)
        if actor is None:
            return to_portal_login()
        with session_scope() as session:
            self.supplier_emails = set_supplier_emails(session=session, actor=actor, opt_in=bool(value))
        return rx.toast.success(
            "You will receive Supplier Emails." if self.supplier_emails
            else "You will no longer receive Supplier Emails."
        )

    @rx.event
    async def change_password(self, form_data: dict):
        actor = await partner_actor(self)
        if actor is None:
            return to_portal_login()
        try:
            with session_scope() as session:
                auth_service.change_password(
                    session=session, actor=actor,
                    current=str(form_data.get("current", ""))[:1024],
                    password=str(form_data.get("password", ""))[:1024],
                    confirm=str(form_data.get("confirm", ""))[:1024],
                )
        except InvalidInput as exc:
            self.password_error, self.password_errors = str(exc), exc.fields
            return None
        # Every session ended with the change, this one too: log in again with the new password.
        auth = await self.get_state(AuthState)
        auth.session_token = ""
        return [rx.toast.success("Password changed. Log in with your new password."),
                rx.redirect("/portal/login")]
