from __future__ import annotations

import reflex as rx

from prm.auth import admin_actor, to_admin_login
from prm.db import session_scope
from services.consent import get_terms, update_terms
from services.errors import InvalidInput


class TermsSettingsState(rx.State):
    loaded: bool = False
    text: str = ""
    version: int = 0
    opt_in_emails: bool = False
    accepted: int = 0
    error: str = ""

    def _show(self, t: dict) -> None:
        self.text, self.version, self.opt_in_emails, self.accepted = (
            t["text"], t["version"], t["opt_in_emails"], t["accepted"])

    @rx.event
    async def load(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        with session_scope() as session:
            self._show(get_terms(session=session, actor=actor))
        self.error, self.loaded = "", True
        return None

    @rx.event
    def set_text(self, value: str):
        self.text = str(value)[:50000]

    @rx.event
    def set_opt_in_emails(self, value: bool):
        self.opt_in_emails = bool(value)

    @rx.event
    async def save(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                self._show(update_terms(session=session, actor=actor, text=self.text,
                                        opt_in_emails=self.opt_in_emails))
        except InvalidInput as exc:
            self.error = exc.fields.get("terms_text", str(exc))
            return None
        self.error = ""
        return rx.toast.success("Terms & Conditions saved.")
