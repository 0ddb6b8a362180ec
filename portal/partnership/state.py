"""One partnership, from either side (seed 003): accept or decline an offer, withdraw one,
Modify Partnership Details, confirm the other side's changes, and the other side's business
tile once the partnership is formed."""

from __future__ import annotations

import reflex as rx

from portal.gate import gated_read
from portal.terms.state import TERMS_PAGE
from prm.auth import partner_actor, to_portal_login
from prm.db import session_scope
from services import offers
from services.errors import NotFound, ServiceError

PEOPLE = list[dict[str, str]]


def _partnership(session, actor, partnership_id: str) -> dict:
    return offers.get_partnership(session=session, actor=actor, partnership_id=partnership_id)


class PartnershipState(rx.State):
    loaded: bool = False
    missing: bool = False
    error: str = ""
    notice: str = ""
    pid: str = ""
    side: str = ""
    relation: str = ""
    other_name: str = ""
    other_tenant: str = ""
    contact_email: str = ""
    status: str = ""
    message: str = ""
    decline_reason: str = ""
    sent_at: str = ""
    my_contacts: PEOPLE = []
    my_managers: PEOPLE = []
    their_contacts: PEOPLE = []
    their_managers: PEOPLE = []
    has_tile: bool = False
    tile: dict[str, str] = {}
    has_pending: bool = False
    pending_by_me: bool = False
    pending_contacts: PEOPLE = []
    pending_managers: PEOPLE = []
    pending_message: str = ""
    pending_message_changed: bool = False
    can_respond: bool = False
    can_withdraw: bool = False
    can_modify: bool = False
    can_confirm: bool = False
    # Accept / Modify: choosing our own people
    mode: str = "view"  # view | accept | modify
    search: str = ""
    options: PEOPLE = []
    chosen_contacts: list[str] = []
    chosen_managers: list[str] = []
    draft_message: str = ""
    my_id: str = ""
    decline_open: bool = False
    decline_text: str = ""

    def _show(self, d: dict) -> None:
        self.pid, self.side, self.relation = d["id"], d["side"], d["relation"]
        self.other_name, self.other_tenant, self.contact_email = d["other_name"], d["other_tenant"], d["contact_email"]
        self.status, self.message, self.decline_reason, self.sent_at = (
            d["status"], d["message"], d["decline_reason"], d["sent_at"])
        self.my_contacts, self.my_managers = d["my_contacts"], d["my_managers"]
        self.their_contacts, self.their_managers = d["their_contacts"], d["their_managers"]
        self.has_tile = d["tile"] is not None
        self.tile = {k: str(v) for k, v in (d["tile"] or {}).items()}
        pc = d["pending_change"]
        self.has_pending = pc is not None
        self.pending_by_me = bool(pc and pc["by_me"])
        self.pending_contacts = pc["contacts"] if pc else []
        self.pending_managers = pc["managers"] if pc else []
        self.pending_message = pc["message"] if pc else ""
        self.pending_message_changed = bool(pc and pc["message_changed"])
        for flag in ("can_respond", "can_withdraw", "can_modify", "can_confirm"):
            setattr(self, flag, bool(d[flag]))
        self.mode = "view"

    @rx.event
    async def load(self):
        actor = await partner_actor(self)
        if actor is None:
            return to_portal_login()
        self.error, self.notice, self.missing, self.decline_open = "", "", False, False
        self.my_id = str(actor.user_id)
        pid = self.router.page.params.get("id", "")
        try:
            view = await gated_read(self, actor, "", _partnership, pid)
            if view is None:
                return rx.redirect(TERMS_PAGE)
            self._show(view)
        except NotFound:
            self.missing = True
        except ServiceError as exc:
            self.error = str(exc)
        self.loaded = True
        return None

    async def _act(self, fn, notice: str, **kwargs):
        actor = await partner_actor(self)
        if actor is None:
            return to_portal_login()
        self.error = ""
        try:
            with session_scope() as session:
                d = fn(session=session, actor=actor, partnership_id=self.pid, **kwargs)
        except NotFound:
            self.missing = True
            return None
        except ServiceError as exc:
            self.error = str(exc)
            return None
        if d is not None:
            self._show(d)
        self.notice = notice
        return None

    async def _start_choosing(self, mode: str):
        actor = await partner_actor(self)
        if actor is None:
            return to_portal_login()
        self.mode, self.search, self.error, self.notice = mode, "", "", ""
        if mode == "accept":
            self.chosen_contacts, self.chosen_managers = [], [self.my_id]
        else:
            self.chosen_contacts = [c["id"] for c in self.my_contacts]
            self.chosen_managers = [m["id"] for m in self.my_managers]
            self.draft_message = self.message
        with session_scope() as session:
            self.options = offers.offer_contacts(session=session, actor=actor)
        return None

    @rx.event
    async def start_accept(self):
        return await self._start_choosing("accept")

    @rx.event
    async def start_modify(self):
        return await self._start_choosing("modify")

    @rx.event
    def back_to_view(self):
        self.mode, self.error = "view", ""

    @rx.event
    async def set_search(self, value: str):
        actor = await partner_actor(self)
        if actor is None:
            return to_portal_login()
        self.search = str(value)[:100]
        with session_scope() as session:
            self.options = offers.offer_contacts(session=session, actor=actor, search=self.search)
        return None

    @rx.event
    def toggle_contact(self, user_id: str):
        uid = str(user_id)
        self.chosen_contacts = [c for c in self.chosen_contacts if c != uid] \
            if uid in self.chosen_contacts else [*self.chosen_contacts, uid]

    @rx.event
    def toggle_manager(self, user_id: str):
        uid = str(user_id)
        if uid == self.my_id and self.mode == "accept":
            return
        self.chosen_managers = [c for c in self.chosen_managers if c != uid] \
            if uid in self.chosen_managers else [*self.chosen_managers, uid]

    @rx.event
    def set_draft_message(self, value: str):
        self.draft_message = str(value)[: offers.MESSAGE_MAX]

    @rx.event
    async def accept(self):
        return await self._act(offers.accept_offer, "You accepted the partnership offer.",
                               contact_ids=self.chosen_contacts, manager_ids=self.chosen_managers)

    @rx.event
    async def save_changes(self):
        return await self._act(offers.propose_change,
                               "Your changes were sent. They take effect once the other side confirms them.",
                               contact_ids=self.chosen_contacts, manager_ids=self.chosen_managers,
                               message=self.draft_message if self.side == "partner" else None)

    @rx.event
    def open_decline(self):
        self.decline_open, self.decline_text, self.error = True, "", ""

    @rx.event
    def close_decline(self):
        self.decline_open = False

    @rx.event
    def set_decline_text(self, value: str):
        self.decline_text = str(value)[:500]

    @rx.event
    async def decline(self):
        self.decline_open = False
        return await self._act(offers.decline_offer, "You declined the partnership offer.",
                               reason=self.decline_text)

    @rx.event
    async def confirm_changes(self):
        return await self._act(offers.confirm_change, "The changes are confirmed and now in effect.")

    @rx.event
    async def reject_changes(self):
        return await self._act(offers.reject_change, "You rejected the changes; nothing was changed.")

    @rx.event
    async def withdraw(self):
        actor = await partner_actor(self)
        if actor is None:
            return to_portal_login()
        try:
            with session_scope() as session:
                offers.withdraw_offer(session=session, actor=actor, partnership_id=self.pid)
        except ServiceError as exc:
            self.error = str(exc)
            return None
        return [rx.toast.success("The offer was withdrawn."), rx.redirect("/portal")]
