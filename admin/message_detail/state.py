"""One message: the pop-up editor (To, pages, title, text), its lifecycle and its stats."""

from __future__ import annotations

from datetime import UTC, datetime

import reflex as rx

from models.messaging import POPUP_PAGES
from prm.auth import admin_actor, to_admin_login
from prm.db import session_scope
from services import messages
from services.errors import InvalidInput, NotFound, ServiceError


class MessageDetailState(rx.State):
    loaded: bool = False
    missing: bool = False
    mid: str = ""
    kind_label: str = ""
    status: str = ""
    title: str = ""
    body_html: str = ""
    group_ids: list[str] = []
    portal_pages: list[str] = []
    audience: str = ""
    publish_at: str = ""
    end_at: str = ""
    eligible: int = 0
    read: int = 0
    unread: int = 0
    groups: list[dict[str, str]] = []
    schedule_at: str = ""
    schedule_end: str = ""
    error: str = ""
    field_errors: dict[str, str] = {}
    notice: str = ""

    @rx.var
    def page_choices(self) -> list[dict[str, str]]:
        return [{"key": k, "label": v} for k, v in POPUP_PAGES.items()]

    @rx.var
    def is_draft(self) -> bool:
        return self.status == messages.DRAFT

    def _show(self, d: dict) -> None:
        self.mid, self.kind_label, self.status, self.title = d["id"], d["kind_label"], d["status"], d["title"]
        self.body_html, self.group_ids, self.portal_pages = d["body_html"], d["group_ids"], d["portal_pages"]
        self.audience, self.publish_at, self.end_at = d["audience"], d["publish_at"], d["end_at"]
        self.eligible, self.read, self.unread = d["eligible"], d["read"], d["unread"]

    async def _call(self, fn, notice: str = "", **kwargs):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        self.error, self.field_errors, self.notice = "", {}, ""
        try:
            with session_scope() as session:
                d = fn(session=session, actor=actor, message_id=self.mid, **kwargs)
        except InvalidInput as exc:
            self.error, self.field_errors = str(exc), exc.fields
            return None
        except NotFound:
            self.missing = True
            return None
        except ServiceError as exc:
            self.error = str(exc)
            return None
        if d is not None:
            self._show(d)
        self.notice = notice
        return None

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
    def set_title(self, value: str):
        self.title = str(value)[:200]

    @rx.event
    def set_body_html(self, value: str):
        self.body_html = str(value)[:20000]

    @rx.event
    def set_schedule_at(self, value: str):
        self.schedule_at = str(value)[:40]

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
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                c = messages.copy_message(session=session, actor=actor, message_id=self.mid)
        except ServiceError as exc:
            self.error = str(exc)
            return None
        return rx.redirect(f"/admin/messages/view?id={c['id']}")

    @rx.event
    async def delete(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                messages.delete_draft(session=session, actor=actor, message_id=self.mid)
        except ServiceError as exc:
            self.error = str(exc)
            return None
        return [rx.toast.success("Draft deleted."), rx.redirect("/admin/messages")]
