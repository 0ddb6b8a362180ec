from __future__ import annotations

import reflex as rx

from models.leads import LEAD_STATUSES
from prm.auth import admin_actor, to_admin_login
from prm.db import session_scope
from services.leads import list_leads


class AdminLeadsState(rx.State):
    loaded: bool = False
    rows: list[dict[str, str]] = []
    status: str = "all"
    cursors: list[str] = []
    next_cursor: str = ""

    async def _fetch(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        with session_scope() as session:
            page = list_leads(
                session=session, actor=actor,
                status=self.status if self.status in LEAD_STATUSES else "",
                cursor=self.cursors[-1] if self.cursors else "",
            )
        self.rows = [{k: str(v) for k, v in r.items()} for r in page.rows]
        self.next_cursor, self.loaded = page.next_cursor, True
        return None

    @rx.event
    async def load(self):
        self.cursors = []
        return await self._fetch()

    @rx.event
    async def set_status(self, value: str):
        self.status = value if value in LEAD_STATUSES else "all"
        self.cursors = []
        return await self._fetch()

    @rx.event
    async def next_page(self):
        if self.next_cursor:
            self.cursors = [*self.cursors, self.next_cursor]
        return await self._fetch()

    @rx.event
    async def prev_page(self):
        self.cursors = self.cursors[:-1]
        return await self._fetch()
