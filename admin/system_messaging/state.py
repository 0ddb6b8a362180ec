from __future__ import annotations

import reflex as rx

from prm.auth import admin_actor, to_admin_login
from prm.db import session_scope
from services.errors import InvalidInput, NotFound
from services.system_messaging import (
    get_template,
    list_templates,
    preview_template,
    restore_default,
    save_template,
)


class SystemMessagingState(rx.State):
    """Settings > System Messaging: the editable lead emails, one open in the editor, and its
    preview with sample values (rendered by the service on every change)."""

    loaded: bool = False
    templates: list[dict] = []
    key: str = ""
    label: str = ""
    description: str = ""
    customized: bool = False
    placeholders: list[dict] = []
    subject: str = ""
    heading: str = ""
    body: str = ""
    button_label: str = ""
    errors: dict[str, str] = {}
    error: str = ""
    preview_subject: str = ""
    preview_html: str = ""
    confirm_restore: bool = False

    def _show(self, t: dict) -> None:
        self.key, self.label, self.description, self.customized = (
            t["key"], t["label"], t["description"], t["customized"])
        self.placeholders = [{"name": "{" + k + "}", "meaning": v} for k, v in t["placeholders"].items()]
        self.subject, self.heading, self.body, self.button_label = (
            t["subject"], t["heading"], t["body"], t["button_label"])
        self.errors, self.error, self.confirm_restore = {}, "", False

    def _refresh(self, session, actor) -> None:
        self.templates = list_templates(session=session, actor=actor)
        shown = preview_template(session=session, actor=actor, key=self.key, subject=self.subject,
                                 heading=self.heading, body=self.body, button_label=self.button_label)
        self.preview_subject, self.preview_html = shown["subject"], shown["html"]

    @rx.event
    async def load(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        with session_scope() as session:
            self._show(get_template(session=session, actor=actor, key=self.key or "new_lead"))
            self._refresh(session, actor)
        self.loaded = True
        return None

    @rx.event
    async def open_template(self, key: str):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                self._show(get_template(session=session, actor=actor, key=str(key)))
                self._refresh(session, actor)
        except NotFound as exc:
            self.error = str(exc)
        return None

    async def _preview(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        with session_scope() as session:
            shown = preview_template(session=session, actor=actor, key=self.key, subject=self.subject,
                                     heading=self.heading, body=self.body, button_label=self.button_label)
        self.preview_subject, self.preview_html, self.errors = shown["subject"], shown["html"], shown["errors"]
        return None

    @rx.event
    async def set_subject(self, value: str):
        self.subject = str(value)[:1000]
        return await self._preview()

    @rx.event
    async def set_heading(self, value: str):
        self.heading = str(value)[:1000]
        return await self._preview()

    @rx.event
    async def set_body(self, value: str):
        self.body = str(value)[:20000]
        return await self._preview()

    @rx.event
    async def set_button_label(self, value: str):
        self.button_label = str(value)[:1000]
        return await self._preview()

    @rx.event
    async def save(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                self._show(save_template(session=session, actor=actor, key=self.key, subject=self.subject,
                                         heading=self.heading, body=self.body,
                                         button_label=self.button_label))
                self._refresh(session, actor)
        except InvalidInput as exc:
            self.errors, self.error = exc.fields, str(exc)
            return None
        except NotFound as exc:
            self.error = str(exc)
            return None
        return rx.toast.success(f"{self.label} saved.")

    @rx.event
    def ask_restore(self):
        self.confirm_restore = True

    @rx.event
    def cancel_restore(self):
        self.confirm_restore = False

    @rx.event
    async def restore(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                self._show(restore_default(session=session, actor=actor, key=self.key))
                self._refresh(session, actor)
        except NotFound as exc:
            self.error = str(exc)
            return None
        return rx.toast.success(f"{self.label} restored to the default wording.")
