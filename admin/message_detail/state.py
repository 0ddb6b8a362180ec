"""One message: the pop-up editor (To, pages, title, text), its lifecycle and its stats."""

from __future__ import annotations

from datetime import UTC, datetime

import reflex as rx

from admin.messages.editor import MessageEditorMixin
from models.messaging import POPUP_PAGES
from prm.auth import admin_actor, to_admin_login
from prm.db import session_scope
from services import messages
from services.errors import InvalidInput, NotFound


class MessageDetailState(MessageEditorMixin, rx.State):
    loaded: bool = False
    kind_label: str = ""
    portal_pages: list[str] = []
    audience: str = ""
    end_at: str = ""
    read: int = 0
    unread: int = 0
    schedule_end: str = ""

    @rx.var
    def page_choices(self) -> list[dict[str, str]]:
        return [{"key": k, "label": v} for k, v in POPUP_PAGES.items()]

    def _show(self, d: dict) -> None:
        self.mid, self.kind_label, self.status, self.title = d["id"], d["kind_label"], d["status"], d["title"]
        self.body_html, self.group_ids, self.portal_pages = d["body_html"], d["group_ids"], d["portal_pages"]
        self.audience, self.publish_at, self.end_at = d["audience"], d["publish_at"], d["end_at"]
        self.eligible, self.read, self.unread = d["eligible"], d["read"], d["unread"]

    @rx.event
    async def load(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        self.error, self.field_errors, self.notice, self.missing = "", {}, "", False
        self.schedule_at = self.schedule_end = ""
        try:
            with session_scope() as session:
                d = messages.get_message(session=session, actor=actor,
                                         message_id=self.router.page.params.get("id", ""))
                if d["kind"] == "email":  # emails have their own editor
                    return rx.redirect(f"/admin/messages/email?id={d['id']}")
                self._show(d)
                self.groups = messages.list_groups(session=session, actor=actor)
        except NotFound:
            self.missing = True
        self.loaded = True
        return None

    async def _recount(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        with session_scope() as session:
            self.eligible = messages.eligible_popup_users(session=session, actor=actor, group_ids=self.group_ids)
        return None

    @rx.event
    async def toggle_group(self, group_id: str, on: bool):
        if not self.is_draft:
            return None
        gid = str(group_id)
        self.group_ids = [g for g in self.group_ids if g != gid] + ([gid] if on else [])
        return await self._recount()

    @rx.event
    def toggle_page(self, key: str, on: bool):
        if key in POPUP_PAGES:
            self.portal_pages = [p for p in self.portal_pages if p != key] + ([key] if on else [])

    @rx.event
    def set_schedule_end(self, value: str):
        self.schedule_end = str(value)[:40]

    @rx.event
    async def save(self):
        return await self._call(messages.update_popup, "Draft saved.", title=self.title,
                                body_html=self.body_html, group_ids=self.group_ids,
                                portal_pages=self.portal_pages)

    @staticmethod
    def _utc(value: str) -> datetime | None:
        """A datetime-local value, read as UTC (the field says so)."""
        if not value:
            return None
        try:
            return datetime.fromisoformat(value).replace(tzinfo=UTC)
        except ValueError:
            raise InvalidInput("Enter a date and time.", {"publish_at": "Enter a date and time."}) from None

    @rx.event
    async def publish(self, now: bool):
        """Publish Now, or Schedule for the chosen time (saving the draft first)."""
        saved = await self._call(messages.update_popup, title=self.title, body_html=self.body_html,
                                 group_ids=self.group_ids, portal_pages=self.portal_pages)
        if saved is not None or self.error:
            return saved
        try:
            publish_at = None if now else self._utc(self.schedule_at)
            end_at = self._utc(self.schedule_end)
        except InvalidInput as exc:
            self.error, self.field_errors = str(exc), exc.fields
            return None
        if not now and publish_at is None:
            self.error, self.field_errors = "Choose when to publish.", {"publish_at": "Choose when to publish."}
            return None
        return await self._call(messages.schedule_popup, "Published." if now else "Scheduled.",
                                publish_at=publish_at, end_at=end_at)

    @rx.event
    async def return_to_draft(self):
        return await self._call(messages.return_to_draft, "Returned to Draft: you can change it again.")

    @rx.event
    async def copy(self):
        return await self._copy_with(messages.copy_message, "/admin/messages/view")
