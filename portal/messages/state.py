from __future__ import annotations

import reflex as rx

from portal.gate import gated_read
from portal.terms.state import TERMS_PAGE
from prm.auth import partner_actor, to_portal_login
from prm.db import session_scope
from services.email_messages import message_center_items as message_center
from services.messages import mark_popup_read


def _center(session, actor) -> list[dict]:
    return message_center(session=session, actor=actor)


class MessageCenterState(rx.State):
    loaded: bool = False
    rows: list[dict[str, str]] = []
    open_id: str = ""

    @rx.var
    def opened(self) -> dict[str, str]:
        match = [r for r in self.rows if r["id"] == self.open_id]
        return match[0] if match else {}

    @rx.event
    async def load(self):
        actor = await partner_actor(self)
        if actor is None:
            return to_portal_login()
        rows = await gated_read(self, actor, "messages", _center)
        if rows is None:
            return rx.redirect(TERMS_PAGE)
        self.rows = rows
        self.open_id, self.loaded = "", True
        return None

    @rx.event
    async def open_message(self, message_id: str):
        actor = await partner_actor(self)
        if actor is None:
            return to_portal_login()
        self.open_id = str(message_id)
        if self.opened.get("read") == "Unread":
            with session_scope() as session:
                mark_popup_read(session=session, actor=actor, message_id=self.open_id)
                self.rows = message_center(session=session, actor=actor)
        return None

    @rx.event
    def close_message(self):
        self.open_id = ""
