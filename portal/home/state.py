from __future__ import annotations

import reflex as rx

from prm.auth import partner_actor, to_portal_login
from prm.db import session_scope
from services.accounts import partner_home


class PortalHomeState(rx.State):
    loaded: bool = False
    program_name: str = ""
    supplier_name: str = ""
    support_email: str = ""
    first_name: str = ""
    account_name: str = ""
    account_status: str = ""
    tier: str = ""
    geography: str = ""
    new_leads: int = 0
    open_leads: int = 0
    won_leads: int = 0
    team: list[dict[str, str]] = []

    @rx.event
    async def load(self):
        actor = await partner_actor(self)
        if actor is None:
            return to_portal_login()
        with session_scope() as session:
            h = partner_home(session=session, actor=actor)
        for key in ("program_name", "supplier_name", "support_email", "account_name",
                    "account_status", "tier", "geography", "new_leads", "open_leads", "won_leads"):
            setattr(self, key, h[key])
        self.team = h["team"]
        self.first_name = actor.name.split(" ")[0]
        self.loaded = True
        return None
