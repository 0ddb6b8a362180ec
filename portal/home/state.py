from __future__ import annotations

import reflex as rx

from portal.gate import gated_read
from portal.offers.state import OfferWizardState, wizard_to_resume
from portal.terms.state import TERMS_PAGE
from prm.auth import partner_actor, to_portal_login
from prm.db import read_in_thread
from services.accounts import partner_home
from services.errors import ServiceError
from services.offers import list_partnerships


def _partnerships(session, actor, cursor: str):
    """A page of the account's partnerships, or None when the account may not list them."""
    try:
        return list_partnerships(session=session, actor=actor, cursor=cursor)
    except ServiceError:
        return None


def _home_view(session, actor) -> dict:
    """All that Home's load shows: the account, its partnerships and the Add Customer wizard
    left open."""
    return {"home": partner_home(session=session, actor=actor), "partners": _partnerships(session, actor, ""),
            "wizard": wizard_to_resume(session, actor)}


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
    partners: list[dict[str, str]] = []
    partners_next: str = ""
    can_add_customer: bool = False

    @rx.event
    async def load(self):
        """Home's one on_load: the Terms gate, the page, the wizard's resume and the pop-ups
        in one event and one session (as four events, each resolved the session, took its
        lock and sent its own update: Home's load was the slowest portal event in bench 7)."""
        actor = await partner_actor(self)
        if actor is None:
            return to_portal_login()
        view = await gated_read(self, actor, "home", _home_view)
        if view is None:
            return rx.redirect(TERMS_PAGE)
        h = view["home"]
        for key in ("program_name", "supplier_name", "support_email", "account_name",
                    "account_status", "tier", "geography", "new_leads", "open_leads", "won_leads"):
            setattr(self, key, h[key])
        self.team = h["team"]
        self.first_name = actor.name.split(" ")[0]
        self.can_add_customer = h["account_status"] in ("Active", "Test")
        self._show_partners(view["partners"], "")
        self.loaded = True
        (await self.get_state(OfferWizardState))._resume(actor, *view["wizard"])
        return None

    def _show_partners(self, page, cursor: str) -> None:
        if page is None:
            self.partners, self.partners_next = [], ""
            return
        self.partners = (self.partners if cursor else []) + page.rows
        self.partners_next = page.next_cursor

    async def _load_partners(self, actor, cursor: str) -> None:
        self._show_partners(await read_in_thread(_partnerships, actor, cursor), cursor)

    @rx.event
    async def load_partners(self):
        actor = await partner_actor(self)
        if actor is None:
            return to_portal_login()
        await self._load_partners(actor, "")
        return None

    @rx.event
    async def more_partners(self):
        actor = await partner_actor(self)
        if actor is None:
            return to_portal_login()
        if self.partners_next:
            await self._load_partners(actor, self.partners_next)
        return None
