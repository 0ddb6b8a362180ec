from __future__ import annotations

import reflex as rx

from models.accounts import ACCOUNT_STATUSES
from prm.auth import admin_actor, to_admin_login
from prm.db import session_scope
from services.accounts import list_partner_accounts
from services.errors import ServiceError


class PartnerExplorerState(rx.State):
    """Partner Explorer > Partner Accounts: one page of rows, the filters and the cursor."""

    loaded: bool = False
    rows: list[dict[str, str]] = []
    search: str = ""
    status: str = "all"
    # Cursors of the pages before this one (keyset paging); the last one is this page's.
    cursors: list[str] = []
    next_cursor: str = ""
    error: str = ""

    async def _fetch(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        status = self.status if self.status in ACCOUNT_STATUSES else ""
        try:
            with session_scope() as session:
                page = list_partner_accounts(
                    session=session, actor=actor, status=status, search=self.search,
                    cursor=self.cursors[-1] if self.cursors else "",
                )
        except ServiceError as exc:
            self.error = str(exc)
            return None
        self.rows = [{k: str(v) for k, v in r.items()} for r in page.rows]
        self.next_cursor = page.next_cursor
        self.error, self.loaded = "", True
        return None

    @rx.event
    async def load(self):
        self.cursors = []
        return await self._fetch()

    @rx.event
    async def set_search(self, value: str):
        self.search, self.cursors = str(value)[:100], []
        return await self._fetch()

    @rx.event
    async def set_status(self, value: str):
        self.status = value if value in ACCOUNT_STATUSES else "all"
        self.cursors = []
        return await self._fetch()

    @rx.event
    async def clear_all(self):
        self.search, self.status, self.cursors = "", "all", []
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
