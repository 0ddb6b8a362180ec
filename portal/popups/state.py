"""Pop-up messages over the portal (seed 002): published pop-ups appear to each eligible user
on the pages chosen by the admin, until the user marks them as read."""

from __future__ import annotations

import reflex as rx

from prm.auth import partner_actor
from prm.db import session_scope
from services.errors import ServiceError
from services.messages import mark_popup_read, pending_popups


def popups_for(session, actor, page: str) -> list[dict]:
    """The unread pop-ups the user sees on that page ([] when there are none to show)."""
    try:
        return pending_popups(session=session, actor=actor, page=page)
    except ServiceError:
        return []


class PopupState(rx.State):
    queue: list[dict[str, str]] = []

    @rx.var
    def current(self) -> dict[str, str]:
        return self.queue[0] if self.queue else {}

    @rx.event
    async def mark_read(self):
        actor = await partner_actor(self)
        if actor is None or not self.queue:
            return None
        try:
            with session_scope() as session:
                mark_popup_read(session=session, actor=actor, message_id=self.queue[0]["id"])
        except ServiceError:
            pass
        self.queue = self.queue[1:]
        return None

    @rx.event
    def later(self):
        """Close it for now: it pops up again next time until marked as read."""
        self.queue = self.queue[1:]
