from __future__ import annotations

import reflex as rx

from prm.auth import admin_actor, to_admin_login
from prm.db import session_scope
from prm.paging import KeysetPagerMixin
from services.accounts import list_partner_accounts


class PendingPartnersState(KeysetPagerMixin, rx.State):
    async def _fetch(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        with session_scope() as session:
            self._show_page(list_partner_accounts(
                session=session, actor=actor, status="pending", cursor=self._cursor))
        return None
