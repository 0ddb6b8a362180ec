"""Email Suppressions: addresses to-partner Emails never go to (bounces, complaints,
unsubscribes, and addresses an admin suppressed by hand with Suppress Address); an admin can
lift one and look at an address's recent bounces."""

from __future__ import annotations

import reflex as rx

from prm.auth import admin_actor, to_admin_login
from prm.db import session_scope
from prm.paging import KeysetPagerMixin
from services import bounces
from services import email_messages as em
from services.errors import InvalidInput, ServiceError


class SuppressionsState(KeysetPagerMixin, rx.State):
    error: str = ""
    notice: str = ""
    email_error: str = ""
    note_error: str = ""
    form_version: int = 0  # re-keys the Suppress Address inputs after a success (clears them)
    history_email: str = ""
    history: list[dict] = []

    async def _fetch(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        with session_scope() as session:
            self._show_page(em.list_suppressions(session=session, actor=actor, cursor=self._cursor))
        return None

    @rx.event
    async def load(self):
        self.error = self.notice = self.email_error = self.note_error = ""
        return await self._first_page()

    @rx.event
    async def suppress(self, form_data: dict):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        self.error, self.notice = "", ""
        try:
            with session_scope() as session:
                done = em.suppress_by_hand(session=session, actor=actor, email=str(form_data.get("email", "")),
                                           note=str(form_data.get("note", "")))
        except InvalidInput as exc:
            self.email_error = exc.fields.get("email", "")
            self.note_error = exc.fields.get("note", "")
            if not exc.fields:
                self.error = str(exc)
            return None
        except ServiceError as exc:
            self.error = str(exc)
            return None
        self.email_error = self.note_error = ""
        self.form_version += 1
        self.notice = f"{done['email']} is suppressed: it gets no Supplier Emails until you lift it."
        return await self._first_page()

    @rx.event
    async def lift(self, suppression_id: str):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        self.error, self.notice = "", ""
        try:
            with session_scope() as session:
                em.lift_suppression(session=session, actor=actor, suppression_id=suppression_id)
        except ServiceError as exc:
            self.error = str(exc)
            return None
        self.notice = "Suppression lifted: the address can get Supplier Emails again if its user opts in."
        return await self._fetch()

    @rx.event
    async def show_history(self, email: str):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        address = str(email)[:254]
        with session_scope() as session:
            self.history = bounces.recent_events(session=session, actor=actor, email=address, limit=10)
        self.history_email = address
        return None

    @rx.event
    def close_history(self, _open: bool = False):
        self.history_email = ""
        self.history = []
