from __future__ import annotations

import reflex as rx

from models.leads import LEAD_STATUSES
from prm.auth import partner_actor, to_portal_login
from prm.db import session_scope
from prm.paging import KeysetPagerMixin
from services.leads import list_leads


class PortalLeadsState(KeysetPagerMixin, rx.State):
    """The partner's leads: the service limits them to the actor's account (and, for partner
    users who are not partner admins, to the leads assigned to them)."""

    status: str = "all"

    async def _fetch(self):
        actor = await partner_actor(self)
        if actor is None:
            return to_portal_login()
        with session_scope() as session:
            self._show_page(list_leads(
                session=session, actor=actor,
                status=self.status if self.status in LEAD_STATUSES else "", cursor=self._cursor))
        return None

    @rx.event
    async def set_status(self, value: str):
        self.status = value if value in LEAD_STATUSES else "all"
        return await self._first_page()
