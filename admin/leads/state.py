from __future__ import annotations

import reflex as rx

from models.leads import LEAD_STATUSES
from prm.auth import admin_actor, to_admin_login
from prm.db import session_scope
from prm.paging import KeysetPagerMixin
from services.leads import list_leads


class AdminLeadsState(KeysetPagerMixin, rx.State):
    status: str = "all"

    async def _fetch(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        with session_scope() as session:
            self._show_page(list_leads(
                session=session, actor=actor,
                status=self.status if self.status in LEAD_STATUSES else "", cursor=self._cursor))
        return None

    @rx.event
    async def set_status(self, value: str):
        self.status = value if value in LEAD_STATUSES else "all"
        return await self._first_page()
