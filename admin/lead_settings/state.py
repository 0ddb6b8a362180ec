from __future__ import annotations

import reflex as rx

from prm.auth import admin_actor, to_admin_login
from prm.db import session_scope
from services.errors import InvalidInput, ServiceError
from services.lead_statuses import (
    add_lead_status,
    delete_lead_status,
    list_lead_statuses,
    move_lead_status,
    restore_default_lead_statuses,
    set_lead_status_active,
    update_lead_status,
)
from services.lead_workflows import get_lead_settings, update_lead_settings
from services.leads import assignable_partners, default_lead_owners, set_default_lead_owner

NUMBERS = ("acceptance_window_hours", "accept_reminder_hours", "status_reminder_days")


class LeadSettingsState(rx.State):
    """Leads > Lead Settings: the acceptance window and the reminder workflows, the lead
    statuses, and the Additional Lead Notification Recipients (Default Lead Owners)."""

    loaded: bool = False
    recall_enabled: bool = False
    accept_reminder_enabled: bool = False
    status_reminder_enabled: bool = False
    numbers: dict[str, str] = {}
    updated_at: str = ""
    error: str = ""
    errors: dict[str, str] = {}
    version: int = 0
    # Lead Statuses: the rows (flags as "1"/""), the one being edited, the add form.
    statuses: list[dict[str, str]] = []
    new_category: str = "open"
    edit_id: str = ""
    edit_name: str = ""
    edit_category: str = "open"
    status_error: str = ""
    status_errors: dict[str, str] = {}
    status_version: int = 0
    # Additional Lead Notification Recipients: the partner chosen and its users.
    partners: list[dict[str, str]] = []
    dlo_partner: str = ""
    dlo_users: list[dict[str, str]] = []
    dlo_error: str = ""

    def _show_statuses(self, rows: list[dict]) -> None:
        self.statuses = [{k: ("1" if v is True else "" if v is False else str(v)) for k, v in r.items()}
                         for r in rows]
        self.status_version += 1

    def _show_dlo(self, rows: list[dict]) -> None:
        self.dlo_users = [{k: ("1" if v is True else "" if v is False else str(v)) for k, v in r.items()}
                          for r in rows]

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
            self._show_statuses(list_lead_statuses(session=session, actor=actor))
            self.partners = assignable_partners(session=session, actor=actor)
            if self.dlo_partner:
                self._show_dlo(default_lead_owners(session=session, actor=actor,
                                                   partner_account_id=self.dlo_partner))
        self.error, self.errors, self.loaded = "", {}, True
        self.edit_id, self.status_error, self.status_errors = "", "", {}
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

    # ---------------------------------------------------------------- Lead Statuses

    async def _status_action(self, action, success: str, **kwargs):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                self._show_statuses(action(session=session, actor=actor, **kwargs))
        except InvalidInput as exc:
            self.status_error, self.status_errors = str(exc), exc.fields
            return None
        except ServiceError as exc:
            self.status_error, self.status_errors = str(exc), {}
            return None
        self.status_error, self.status_errors = "", {}
        return rx.toast.success(success)

    @rx.event
    def set_new_category(self, value: str):
        self.new_category = str(value)[:8]

    @rx.event
    def set_edit_category(self, value: str):
        self.edit_category = str(value)[:8]

    @rx.event
    async def add_status(self, form_data: dict):
        name = str(form_data.get("new_status_name", ""))[:200]
        done = await self._status_action(add_lead_status, f"Status {name.strip()} added.", name=name,
                                         category=self.new_category)
        if not self.status_error:
            self.new_category = "open"
        return done

    @rx.event
    def start_edit(self, status_id: str):
        row = next((r for r in self.statuses if r["id"] == str(status_id)), None)
        if row is not None:
            self.edit_id, self.edit_name, self.edit_category = row["id"], row["name"], row["category"]
            self.status_error, self.status_errors = "", {}
            self.status_version += 1

    @rx.event
    def cancel_edit(self):
        self.edit_id, self.status_error, self.status_errors = "", "", {}

    @rx.event
    async def save_edit(self, form_data: dict):
        done = await self._status_action(update_lead_status, "Status saved.", status_id=self.edit_id,
                                         name=str(form_data.get("edit_status_name", ""))[:200],
                                         category=self.edit_category)
        if not self.status_error:
            self.edit_id = ""
        return done

    @rx.event
    async def move_up(self, status_id: str):
        return await self._status_action(move_lead_status, "Status moved up.", status_id=str(status_id)[:12],
                                         direction="up")

    @rx.event
    async def move_down(self, status_id: str):
        return await self._status_action(move_lead_status, "Status moved down.",
                                         status_id=str(status_id)[:12], direction="down")

    @rx.event
    async def deactivate(self, status_id: str):
        return await self._status_action(set_lead_status_active, "Status deactivated.",
                                         status_id=str(status_id)[:12], active=False)

    @rx.event
    async def activate(self, status_id: str):
        return await self._status_action(set_lead_status_active, "Status activated.",
                                         status_id=str(status_id)[:12], active=True)

    @rx.event
    async def delete_status(self, status_id: str):
        return await self._status_action(delete_lead_status, "Status deleted.", status_id=str(status_id)[:12])

    @rx.event
    async def restore_defaults(self):
        return await self._status_action(restore_default_lead_statuses, "Default statuses restored.")

    # ---------------------------------------------------------------- Default Lead Owners

    @rx.event
    async def choose_dlo_partner(self, value: str):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        self.dlo_partner, self.dlo_error = str(value)[:12], ""
        try:
            with session_scope() as session:
                self._show_dlo(default_lead_owners(session=session, actor=actor, partner_account_id=self.dlo_partner))
        except ServiceError as exc:
            self.dlo_error, self.dlo_users = str(exc), []
        return None

    @rx.event
    async def toggle_default_lead_owner(self, user_id: str, on: bool):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                self._show_dlo(set_default_lead_owner(session=session, actor=actor, partner_account_id=self.dlo_partner,
                                                      user_id=str(user_id)[:12], on=bool(on)))
        except ServiceError as exc:
            self.dlo_error = str(exc)
            return None
        self.dlo_error = ""
        return rx.toast.success("Default Lead Owner added." if on else "Default Lead Owner removed.")
