from __future__ import annotations

import reflex as rx

from prm.auth import admin_actor, to_admin_login
from prm.db import session_scope
from services.accounts import get_program_settings, update_program_settings
from services.errors import InvalidInput, ServiceError


class AdminSettingsState(rx.State):
    loaded: bool = False
    program_name: str = ""
    supplier_name: str = ""
    support_email: str = ""
    updated_at: str = ""
    error: str = ""
    field_errors: dict[str, str] = {}

    def _show(self, values: dict) -> None:
        self.program_name = values["program_name"]
        self.supplier_name = values["supplier_name"]
        self.support_email = values["support_email"]
        self.updated_at = values["updated_at"]

    @rx.event
    async def load(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        with session_scope() as session:
            self._show(get_program_settings(session=session, actor=actor))
        self.error, self.field_errors, self.loaded = "", {}, True
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
