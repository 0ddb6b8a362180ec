from __future__ import annotations

import reflex as rx

from prm.auth import admin_actor, to_admin_login
from prm.db import session_scope
from services.accounts import get_program_settings, update_program_settings
from services.errors import InvalidInput, ServiceError
from services.lead_registration import LEAD_VISIBILITY, get_lead_settings, update_lead_settings
from services.recruitment import (
    get_onboarding_settings,
    set_custom_fields,
    update_onboarding_settings,
)


class AdminSettingsState(rx.State):
    loaded: bool = False
    program_name: str = ""
    supplier_name: str = ""
    support_email: str = ""
    updated_at: str = ""
    error: str = ""
    field_errors: dict[str, str] = {}
    # Partner onboarding (seed 001)
    auto_onboarding: bool = False
    domain_matching: bool = False
    default_partner_role: str = "partner_admin"
    invitation_expiry_days: str = "14"
    pending_notify_emails: str = ""
    onboarding_error: str = ""
    onboarding_errors: dict[str, str] = {}
    # Custom fields of the invitation and registration forms
    custom_fields: list[dict[str, str]] = []
    custom_error: str = ""
    version: int = 0
    # Lead management (seed 004)
    lead_registration_without_pii: bool = False
    partner_user_lead_visibility: str = "assigned"
    leads_error: str = ""

    def _show(self, values: dict) -> None:
        self.program_name = values["program_name"]
        self.supplier_name = values["supplier_name"]
        self.support_email = values["support_email"]
        self.updated_at = values["updated_at"]

    def _show_onboarding(self, o: dict) -> None:
        self.auto_onboarding, self.domain_matching = o["auto_onboarding"], o["domain_matching"]
        self.default_partner_role = o["default_partner_role"]
        self.invitation_expiry_days = str(o["invitation_expiry_days"])
        self.pending_notify_emails = o["pending_notify_emails"]
        self.custom_fields = [{"label": f["label"], "required": "1" if f.get("required") else ""}
                              for f in o["custom_fields"]]
        self.version += 1

    @rx.event
    async def load(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        with session_scope() as session:
            self._show(get_program_settings(session=session, actor=actor))
            self._show_onboarding(get_onboarding_settings(session=session, actor=actor))
            self._show_leads(get_lead_settings(session=session, actor=actor))
        self.leads_error = ""
        self.error, self.field_errors, self.loaded = "", {}, True
        self.onboarding_error, self.onboarding_errors, self.custom_error = "", {}, ""
        return None

    @rx.event
    async def save(self, form_data: dict):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                values = update_program_settings(
                    session=session,
                    actor=actor,
                    program_name=str(form_data.get("program_name", "")),
                    supplier_name=str(form_data.get("supplier_name", "")),
                    support_email=str(form_data.get("support_email", "")),
                )
        except InvalidInput as exc:
            self.error, self.field_errors = str(exc), exc.fields
            return None
        except ServiceError as exc:
            self.error, self.field_errors = str(exc), {}
            return None
        self._show(values)
        self.error, self.field_errors = "", {}
        return rx.toast.success("Settings saved.")

    @rx.event
    def set_auto_onboarding(self, value: bool):
        self.auto_onboarding = bool(value)

    @rx.event
    def set_domain_matching(self, value: bool):
        self.domain_matching = bool(value)

    @rx.event
    def set_default_partner_role(self, value: str):
        self.default_partner_role = value if value in ("partner_admin", "partner_user") else "partner_admin"

    @rx.event
    async def save_onboarding(self, form_data: dict):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                self._show_onboarding(update_onboarding_settings(
                    session=session, actor=actor,
                    auto_onboarding=self.auto_onboarding,
                    domain_matching=self.domain_matching,
                    default_partner_role=self.default_partner_role,
                    invitation_expiry_days=str(form_data.get("invitation_expiry_days", "")),
                    pending_notify_emails=str(form_data.get("pending_notify_emails", "")),
                ))
        except InvalidInput as exc:
            self.onboarding_error, self.onboarding_errors = str(exc), exc.fields
            return None
        self.onboarding_error, self.onboarding_errors = "", {}
        return rx.toast.success("Onboarding settings saved.")

    @rx.event
    def add_custom_field(self):
        if len(self.custom_fields) < 20:
            self.custom_fields = [*self.custom_fields, {"label": "", "required": ""}]
            self.version += 1

    @rx.event
    def remove_custom_field(self, index: int):
        fields = list(self.custom_fields)
        if 0 <= int(index) < len(fields):
            fields.pop(int(index))
        self.custom_fields = fields
        self.version += 1

    @rx.event
    async def save_custom_fields(self, form_data: dict):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        fields = [
            {"label": str(form_data.get(f"label_{i}", "")),
             "required": bool(form_data.get(f"required_{i}"))}
            for i in range(len(self.custom_fields))
        ]
        try:
            with session_scope() as session:
                saved = set_custom_fields(session=session, actor=actor, fields=fields)
        except InvalidInput as exc:
            self.custom_error = str(exc) + " " + " ".join(exc.fields.values())
            return None
        self.custom_fields = [{"label": f["label"], "required": "1" if f["required"] else ""} for f in saved]
        self.custom_error = ""
        self.version += 1
        return rx.toast.success("Custom fields saved.")

    def _show_leads(self, values: dict) -> None:
        self.lead_registration_without_pii = values["lead_registration_without_pii"]
        self.partner_user_lead_visibility = values["partner_user_lead_visibility"]

    @rx.event
    def set_lead_registration_without_pii(self, value: bool):
        self.lead_registration_without_pii = bool(value)

    @rx.event
    def set_partner_user_lead_visibility(self, value: str):
        self.partner_user_lead_visibility = value if value in LEAD_VISIBILITY else "assigned"

    @rx.event
    async def save_leads(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                self._show_leads(update_lead_settings(
                    session=session, actor=actor,
                    lead_registration_without_pii=self.lead_registration_without_pii,
                    partner_user_lead_visibility=self.partner_user_lead_visibility))
        except ServiceError as exc:
            self.leads_error = " ".join([str(exc), *getattr(exc, "fields", {}).values()])
            return None
        self.leads_error = ""
        return rx.toast.success("Lead management settings saved.")
