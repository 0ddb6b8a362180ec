from __future__ import annotations

import reflex as rx

from portal.gate import gated_read
from portal.terms.state import TERMS_PAGE
from prm.auth import AuthState, partner_actor, to_portal_login
from prm.db import session_scope
from services import auth as auth_service
from services.accounts import get_my_profile, set_supplier_emails, update_my_profile
from services.consent import consent_history
from services.errors import InvalidInput, ServiceError
from services.leads import lead_roles, set_lead_role
from services.offers import get_company_profile, update_company_profile


def _settings(session, actor) -> tuple[dict, list[dict], dict, list[dict]]:
    """What the page shows: the profile, the lead roles, the company profile, the consents."""
    return (get_my_profile(session=session, actor=actor), lead_roles(session=session, actor=actor),
            get_company_profile(session=session, actor=actor), consent_history(session=session, actor=actor))


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
    lead_users: list[dict[str, str]] = []
    is_partner_admin: bool = False
    company: dict[str, str] = {}
    consents: list[dict[str, str]] = []
    company_version: int = 0
    company_error: str = ""
    company_errors: dict[str, str] = {}

    def _show_roles(self, rows: list[dict]) -> None:
        self.lead_users = [{**{k: str(v) for k, v in r.items()},
                            "is_lead_owner": "1" if r["is_lead_owner"] else "",
                            "is_sales_rep": "1" if r["is_sales_rep"] else ""} for r in rows]

    def _show(self, p: dict) -> None:
        self.email, self.first_name, self.last_name = p["email"], p["first_name"], p["last_name"]
        self.role, self.supplier_emails = p["role"], p["supplier_emails_opt_in"]
        self.profile_version += 1

    @rx.event
    async def load(self):
        actor = await partner_actor(self)
        if actor is None:
            return to_portal_login()
        view = await gated_read(self, actor, "settings", _settings)
        if view is None:
            return rx.redirect(TERMS_PAGE)
        profile, roles, self.company, self.consents = view
        self._show(profile)
        self._show_roles(roles)
        self.company_version += 1
        self.company_error, self.company_errors = "", {}
        self.is_partner_admin = actor.is_partner_admin
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
            self.consents = consent_history(session=session, actor=actor)
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

    @rx.event
    async def set_lead_role(self, user_id: str, role: str, on: bool):
        actor = await partner_actor(self)
        if actor is None:
            return to_portal_login()
        try:
            with session_scope() as session:
                self._show_roles(set_lead_role(session=session, actor=actor, user_id=user_id,
                                               role=role, on=bool(on)))
        except ServiceError as exc:
            return rx.toast.error(str(exc))
        return rx.toast.success("Lead Management saved.")

    @rx.event
    async def save_company(self, form_data: dict):
        """Company Profile: the business tile partners see once a partnership is formed."""
        actor = await partner_actor(self)
        if actor is None:
            return to_portal_login()
        values = {k: str(form_data.get(f"company_{k}", ""))[:2000]
                  for k in ("about", "services", "offerings", "website", "phone")}
        try:
            with session_scope() as session:
                self.company = update_company_profile(session=session, actor=actor, **values)
        except InvalidInput as exc:
            self.company_error, self.company_errors = str(exc), exc.fields
            return None
        except ServiceError as exc:
            self.company_error = str(exc)
            return None
        self.company_error, self.company_errors = "", {}
        self.company_version += 1
        return rx.toast.success("Company Profile saved.")
