from __future__ import annotations

import reflex as rx

from prm.auth import admin_actor, to_admin_login
from prm.db import session_scope
from prm.paging import KeysetPagerMixin
from services.lead_registration import PENDING, REGISTRATION_STATUSES, list_registrations


class RegistrationsState(KeysetPagerMixin, rx.State):
    """Admin > Leads > Registrations: the partners' registered leads, Pending Approval first."""

    status: str = PENDING

    async def _fetch(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        with session_scope() as session:
            self._show_page(list_registrations(
                session=session, actor=actor, cursor=self._cursor,
                status=self.status if self.status in REGISTRATION_STATUSES else ""))
        return None

    @rx.event
    async def set_status(self, value: str):
        self.status = value if value in REGISTRATION_STATUSES else "all"
        return await self._first_page()
