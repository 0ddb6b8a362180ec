from __future__ import annotations

import reflex as rx

from prm.auth import admin_actor, to_admin_login
from prm.db import session_scope
from prm.paging import KeysetPagerMixin
from services.email_tracking import without_tracking_pixel
from services.errors import ServiceError
from services.outbox import get_email, list_emails


class OutboxState(KeysetPagerMixin, rx.State):
    selected: dict[str, str] = {}
    error: str = ""

    async def _fetch(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        with session_scope() as session:
            self._show_page(list_emails(session=session, actor=actor, cursor=self._cursor))
        return None

    @rx.event
    async def load(self):
        self.selected, self.error = {}, ""
        return await self._first_page()

    @rx.event
    async def refresh(self):
        return await self._fetch()

    @rx.event
    async def open_email(self, email_id: str):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                email = get_email(session=session, actor=actor, email_id=email_id)
        except ServiceError as exc:
            self.error, self.selected = str(exc), {}
            return None
        # Links open in the whole window; the frame runs no scripts. Without the open pixel:
        # the admin looking at a copy is not the recipient opening it.
        email["srcdoc"] = without_tracking_pixel(email["html"]).replace(
            "<html>", '<html><head><base target="_top"></head>', 1)
        self.selected = {k: str(v) for k, v in email.items()}
        self.error = ""
        return None

    @rx.event
    def close_email(self):
        self.selected = {}
