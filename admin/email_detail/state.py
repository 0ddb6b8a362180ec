"""One Email message: the editor (To, Subject, text), Draft → Scheduled → Sending → Sent, the
sending progress read from the per-recipient table, the stats (Sent, Opens, Clicks, Bounces and
their chart over time, counted in SQL by services.email_tracking), and the paged recipient list
with who opened and clicked."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import reflex as rx

from admin.messages.editor import MessageEditorMixin
from prm.auth import admin_actor, to_admin_login
from prm.db import session_scope
from prm.paging import KeysetPagerMixin
from services import email_messages as em
from services import email_tracking, messages
from services.errors import NotFound


class EmailDetailState(KeysetPagerMixin, MessageEditorMixin, rx.State):
    locked: bool = False
    total: int = 0
    sent: int = 0
    failed: int = 0
    pending: int = 0
    percent: int = 0
    polling: bool = False
    stats: dict[str, int] = {}
    timeline: list[dict] = []

    @rx.var
    def text_part(self) -> str:
        return em.html_to_text(self.body_html)

    def _show(self, d: dict) -> None:
        self.mid, self.status, self.locked, self.title = d["id"], d["status"], d["locked"], d["title"]
        self.body_html, self.group_ids, self.eligible = d["body_html"], d["group_ids"], d["eligible"]
        self.publish_at = d["publish_at"]
        self.total, self.sent, self.failed = d["total"], d["sent"], d["failed"]
        self.pending, self.percent = d["pending"], d["percent"]

    def _show_recipients(self, session, actor) -> None:
        """One page of recipients, each with how often people opened and clicked it."""
        self._show_page(em.list_recipients(session=session, actor=actor, message_id=self.mid,
                                           cursor=self._cursor))
        seen = email_tracking.recipient_engagement(session=session, actor=actor, message_id=self.mid,
                                                   recipient_ids=[r["id"] for r in self.rows])
        for r in self.rows:
            r["opened"] = seen.get(r["id"], {}).get("opened") or "—"
            r["clicked"] = seen.get(r["id"], {}).get("clicked") or "—"

    def _show_stats(self, session, actor) -> None:
        stats = email_tracking.email_stats(session=session, actor=actor, message_id=self.mid)
        self.timeline = stats.pop("timeline")
        self.stats = stats

    async def _fetch(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        with session_scope() as session:
            self._show_recipients(session, actor)
        return None

    async def _refresh(self, with_stats: bool = True):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        with session_scope() as session:
            self._show(em.email_detail(session=session, actor=actor, message_id=self.mid))
            self._show_recipients(session, actor)
            if with_stats:
                self._show_stats(session, actor)
        return None

    @rx.event
    async def load(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        self.error, self.field_errors, self.notice, self.missing = "", {}, "", False
        self.schedule_at, self.cursors, self.rows = "", [], []
        self.stats, self.timeline = {}, []
        try:
            with session_scope() as session:
                self._show(em.email_detail(session=session, actor=actor,
                                           message_id=self.router.page.params.get("id", "")))
                self.groups = messages.list_groups(session=session, actor=actor)
                self._show_recipients(session, actor)
                self._show_stats(session, actor)
        except NotFound:
            self.missing = True
        self.loaded = True
        return type(self).poll if self.status in (messages.SCHEDULED, em.SENDING) else None

    @rx.event(background=True)
    async def poll(self):
        """While it is Scheduled or Sending, re-read the progress every second."""
        async with self:
            if self.polling:
                return
            self.polling = True
        try:
            for tick in range(3600):
                await asyncio.sleep(1)
                async with self:
                    if self.missing or not self.mid:
                        break
                    await self._refresh(with_stats=tick % 10 == 9)  # the stats every 10 s
                    if self.status not in (messages.SCHEDULED, em.SENDING):
                        await self._refresh()  # the final figures, stats included
                        # "Sending started." / "Scheduled." told what was happening; the status
                        # badge now says how it ended.
                        self.notice = ""
                        break
        finally:
            async with self:
                self.polling = False

    @rx.event
    async def toggle_group(self, group_id: str, on: bool):
        if self.locked:
            return None
        gid = str(group_id)
        self.group_ids = [g for g in self.group_ids if g != gid] + ([gid] if on else [])
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        with session_scope() as session:
            self.eligible = em.eligible_email_users(session=session, actor=actor, group_ids=self.group_ids)
        return None

    async def _save(self, notice: str = ""):
        return await self._call(em.update_email, notice, title=self.title, body_html=self.body_html,
                                group_ids=self.group_ids)

    @rx.event
    async def save(self):
        return await self._save("Saved.")

    @rx.event
    async def send(self, now: bool):
        """Send Now, or Schedule for the chosen time (saving first)."""
        saved = await self._save()
        if saved is not None or self.error:
            return saved
        send_at = None
        if not now:
            try:
                send_at = datetime.fromisoformat(self.schedule_at).replace(tzinfo=UTC) if self.schedule_at else None
            except ValueError:
                send_at = None
            if send_at is None:
                self.error = "Choose when to send."
                self.field_errors = {"publish_at": "Choose when to send."}
                return None
        result = await self._call(em.schedule_email, "Sending started." if now else "Scheduled.", send_at=send_at)
        if result is not None or self.error:
            return result
        if self.status not in (messages.SCHEDULED, em.SENDING):
            self.notice = ""  # a small send can be over already: the badge says Sent
            return None
        return type(self).poll

    @rx.event
    async def return_to_draft(self):
        return await self._call(em.unschedule_email, "Returned to Draft: you can change it again.")

    @rx.event
    async def refresh(self):
        return await self._refresh()

    @rx.event
    async def copy(self):
        return await self._copy_with(em.copy_email, "/admin/messages/email")
