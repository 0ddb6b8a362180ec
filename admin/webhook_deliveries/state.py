from __future__ import annotations

import reflex as rx

from prm.auth import admin_actor, to_admin_login
from prm.db import session_scope
from prm.paging import KeysetPagerMixin
from services.errors import ServiceError
from services.webhooks import list_deliveries, redeliver


class DeliveryLogState(KeysetPagerMixin, rx.State):
    status: str = "all"
    error: str = ""

    async def _fetch(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                self._show_page(list_deliveries(session=session, actor=actor, cursor=self._cursor,
                                                status="" if self.status == "all" else self.status))
        except ServiceError as exc:
            self.error = str(exc)
        return None

    @rx.event
    async def load(self):
        self.error = ""
        return await self._first_page()

    @rx.event
    async def set_status(self, value: str):
        self.status = str(value)[:20]
        return await self._first_page()

    @rx.event
    async def refresh(self):
        return await self._fetch()

    @rx.event
    async def redeliver(self, delivery_id: str):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                redeliver(session=session, actor=actor, delivery_id=delivery_id)
        except ServiceError as exc:
            self.error = str(exc)
            return None
        self.error = ""
        await self._fetch()
        return rx.toast.success("Delivery queued again.")
