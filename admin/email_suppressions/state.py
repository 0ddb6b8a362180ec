"""Suppressions: addresses to-partner Emails never go to (bounces, complaints, unsubscribes);
an admin can lift one."""

from __future__ import annotations

import reflex as rx

from prm.auth import admin_actor, to_admin_login
from prm.db import session_scope
from prm.paging import KeysetPagerMixin
from services import email_messages as em
from services.errors import ServiceError


class SuppressionsState(KeysetPagerMixin, rx.State):
    error: str = ""
    notice: str = ""

    async def _fetch(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        with session_scope() as session:
            self._show_page(em.list_suppressions(session=session, actor=actor, cursor=self._cursor))
        return None

    @rx.event
    async def load(self):
        self.error, self.notice = "", ""
        return await self._first_page()

    @rx.event
    async def lift(self, suppression_id: str):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        self.error, self.notice = "", ""
        try:
            with session_scope() as session:
                em.lift_suppression(session=session, actor=actor, suppression_id=suppression_id)
        except ServiceError as exc:
            self.error = str(exc)
            return None
        self.notice = "Suppression lifted: the address can get Supplier Emails again if its user opts in."
        return await self._fetch()
