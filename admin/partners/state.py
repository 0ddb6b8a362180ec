from __future__ import annotations

import reflex as rx

from models.accounts import ACCOUNT_STATUSES
from prm.auth import admin_actor, to_admin_login
from prm.db import session_scope
from prm.paging import KeysetPagerMixin
from services.accounts import list_partner_accounts
from services.errors import ServiceError


class PartnerExplorerState(KeysetPagerMixin, rx.State):
    """Partner Explorer > Partner Accounts: one page of rows, the filters and the cursor."""

    search: str = ""
    status: str = "all"
    error: str = ""

    async def _fetch(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                self._show_page(list_partner_accounts(
                    session=session, actor=actor,
                    status=self.status if self.status in ACCOUNT_STATUSES else "",
                    search=self.search, cursor=self._cursor))
        except ServiceError as exc:
            self.error = str(exc)
            return None
        self.error = ""
        return None

    @rx.event
    async def set_search(self, value: str):
        self.search = str(value)[:100]
        return await self._first_page()

    @rx.event
    async def set_status(self, value: str):
        self.status = value if value in ACCOUNT_STATUSES else "all"
        return await self._first_page()

    @rx.event
    async def clear_all(self):
        self.search, self.status = "", "all"
        return await self._first_page()
