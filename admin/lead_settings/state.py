from __future__ import annotations

import reflex as rx

from prm.auth import admin_actor, to_admin_login
from prm.db import session_scope
from services.errors import InvalidInput, ServiceError
from services.lead_workflows import get_lead_settings, update_lead_settings

NUMBERS = ("acceptance_window_hours", "accept_reminder_hours", "status_reminder_days")


class LeadSettingsState(rx.State):
    """Leads > Lead Settings: the acceptance window and the reminder workflows."""

    loaded: bool = False
    recall_enabled: bool = False
    accept_reminder_enabled: bool = False
    status_reminder_enabled: bool = False
    numbers: dict[str, str] = {}
    updated_at: str = ""
    error: str = ""
    errors: dict[str, str] = {}
    version: int = 0

    def _show(self, s: dict) -> None:
        self.recall_enabled = s["recall_enabled"]
        self.accept_reminder_enabled = s["accept_reminder_enabled"]
        self.status_reminder_enabled = s["status_reminder_enabled"]
        self.numbers = {k: str(s[k]) for k in NUMBERS}
        self.updated_at = s["updated_at"]
        self.version += 1

    @rx.event
    async def load(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        with session_scope() as session:
            self._show(get_lead_settings(session=session, actor=actor))
        self.error, self.errors, self.loaded = "", {}, True
        return None

    @rx.event
    def set_recall_enabled(self, value: bool):
        self.recall_enabled = bool(value)

    @rx.event
    def set_accept_reminder_enabled(self, value: bool):
        self.accept_reminder_enabled = bool(value)

    @rx.event
    def set_status_reminder_enabled(self, value: bool):
        self.status_reminder_enabled = bool(value)

    @rx.event
    async def save(self, form_data: dict):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        values = {k: str(form_data.get(k, "")) for k in NUMBERS}
        values.update(recall_enabled=self.recall_enabled, accept_reminder_enabled=self.accept_reminder_enabled,
                      status_reminder_enabled=self.status_reminder_enabled)
        try:
            with session_scope() as session:
                saved = update_lead_settings(session=session, actor=actor, values=values)
        except InvalidInput as exc:
            self.error, self.errors = str(exc), exc.fields
            return None
        except ServiceError as exc:
            self.error = str(exc)
            return None
        self._show(saved)
        self.error, self.errors = "", {}
        return rx.toast.success("Lead settings saved.")
