from __future__ import annotations

import reflex as rx

from prm.auth import admin_actor, to_admin_login
from prm.db import session_scope
from services.errors import InvalidInput, ServiceError
from services.lead_registration import (
    approve_registration,
    registration_conflicts,
    reject_registration,
)
from services.leads import assign_lead, assignable_partners, get_lead, lead_timeline
from services.routing import route_lead


class AdminLeadDetailState(rx.State):
    loaded: bool = False
    lead: dict[str, str] = {}
    events: list[dict[str, str]] = []
    partners: list[dict[str, str]] = []
    assign_to: str = ""
    error: str = ""
    not_found: str = ""
    # A partner's registration: the leads it looked like when submitted, and the decision.
    conflicts: list[dict[str, str]] = []
    decision_error: str = ""
    reason_error: str = ""
    rejecting: bool = False

    def _lead_id(self) -> str:
        return str(self.router.url.query_parameters.get("id", ""))[:12]

    async def _fetch(self, actor) -> None:
        with session_scope() as session:
            self.lead = {k: str(v) for k, v in get_lead(session=session, actor=actor,
                                                        lead_id=self._lead_id()).items()}
            self.events = [{k: str(v) for k, v in e.items()}
                           for e in lead_timeline(session=session, actor=actor, lead_id=self._lead_id())]
            self.conflicts = [{k: str(v) for k, v in c.items()}
                              for c in registration_conflicts(session=session, actor=actor, lead_id=self._lead_id())]

    @rx.event
    async def load(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        self.error, self.not_found, self.assign_to = "", "", ""
        self.decision_error, self.reason_error, self.rejecting = "", "", False
        try:
            await self._fetch(actor)
            with session_scope() as session:
                self.partners = assignable_partners(session=session, actor=actor)
        except ServiceError as exc:
            self.not_found, self.lead, self.events, self.conflicts = str(exc), {}, [], []
        self.loaded = True
        return None

    @rx.event
    def set_assign_to(self, value: str):
        self.assign_to = str(value)[:12]

    @rx.event
    async def assign(self, form_data: dict):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                lead = assign_lead(session=session, actor=actor, lead_id=self._lead_id(),
                                   partner_account_id=self.assign_to,
                                   note=str(form_data.get("note", "")))
            await self._fetch(actor)
        except InvalidInput as exc:
            self.error = " ".join([str(exc), *exc.fields.values()]) if exc.fields else str(exc)
            return None
        except ServiceError as exc:
            self.error = str(exc)
            return None
        self.error, self.assign_to = "", ""
        return rx.toast.success(f"Lead assigned to {lead['partner']}. Its lead owners were notified.")

    @rx.event
    def start_reject(self):
        self.rejecting, self.decision_error, self.reason_error = True, "", ""

    @rx.event
    def cancel_reject(self):
        self.rejecting = False

    async def _decide(self, action, success: str, **kwargs):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                action(session=session, actor=actor, lead_id=self._lead_id(), **kwargs)
            await self._fetch(actor)
        except InvalidInput as exc:
            self.decision_error, self.reason_error = str(exc), exc.fields.get("reason", "")
            if not exc.fields:  # decided meanwhile by another admin: show what they decided
                await self._fetch(actor)
            return None
        except ServiceError as exc:
            self.decision_error, self.reason_error = str(exc), ""
            return None
        self.decision_error, self.reason_error, self.rejecting = "", "", False
        return rx.toast.success(success)

    @rx.event
    async def approve(self):
        return await self._decide(approve_registration, "Registration approved. The partner was told.")

    @rx.event
    async def reject(self, form_data: dict):
        return await self._decide(reject_registration, "Registration rejected. The partner was told why.",
                                  reason=str(form_data.get("reason", "")))

    @rx.event
    async def route_again(self):
        """Route this (unassigned) lead by the routing rules."""
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                lead = route_lead(session=session, actor=actor, lead_id=self._lead_id())
            await self._fetch(actor)
        except ServiceError as exc:
            self.error = str(exc)
            return None
        self.error = ""
        if lead["partner"] == "Unassigned":
            return rx.toast.warning("No routing rule could place this lead: it stays Unassigned.")
        return rx.toast.success(f"Lead routed to {lead['partner']}. Its lead owners were notified.")
