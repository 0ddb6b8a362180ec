"""The portal's Leads feature pages (seed 004): Distributed Leads, Registered Leads (with
Register Lead) and All Leads. The service limits every list to the actor's account (and, for
Partner Users, to what the program's lead visibility setting allows)."""

from __future__ import annotations

import reflex as rx

from portal.gate import gated_read
from portal.terms.state import TERMS_PAGE
from prm.auth import partner_actor, to_portal_login
from prm.db import read_in_thread, session_scope
from prm.paging import KeysetPagerMixin
from services.errors import InvalidInput, ServiceError
from services.lead_registration import CONFLICT_NOTICE, register_lead, registration_form
from services.lead_statuses import status_names
from services.leads import list_leads

REGISTER_FIELDS = ("first_name", "last_name", "email", "phone", "company", "country", "notes")


def _statuses_and_page(session, actor, kind: str, status: str, cursor: str):
    """The program's lead statuses and the page of the list (a status that is not one of them
    filters nothing)."""
    statuses = status_names(session)
    page = list_leads(session=session, actor=actor, kind=kind, status=status if status in statuses else "",
                      cursor=cursor)
    return statuses, page


class _LeadListMixin(KeysetPagerMixin, mixin=True):
    """One feature page's list, of the leads of `_kind()`: "" (All Leads), "distributed" or
    "registered"."""

    status: str = "all"
    statuses: list[str] = []  # the program's lead statuses, for the Status filter

    def _kind(self) -> str:
        return ""

    async def _fetch(self):
        actor = await partner_actor(self)
        if actor is None:
            return to_portal_login()
        self.statuses, page = await read_in_thread(_statuses_and_page, actor, self._kind(), self.status,
                                                   self._cursor)
        self._show_page(page)
        return None

    async def _load_page(self):
        """The page's one on_load: the Terms gate, the first page and the pop-ups in one event
        and one session (as three events, each resolved the session, took its lock and sent
        its own update)."""
        actor = await partner_actor(self)
        if actor is None:
            return to_portal_login()
        view = await gated_read(self, actor, "leads", _statuses_and_page, self._kind(), self.status, "")
        if view is None:
            return rx.redirect(TERMS_PAGE)
        self.cursors = []
        self.statuses, page = view
        self._show_page(page)
        return None

    @rx.event
    async def load(self):
        return await self._load_page()

    @rx.event
    async def set_status(self, value: str):
        self.status = value if value in self.statuses else "all"
        return await self._first_page()


class PortalLeadsState(_LeadListMixin, rx.State):
    """All Leads: every lead assigned to the user or, for partner admins, to the account."""


class DistributedLeadsState(_LeadListMixin, rx.State):
    """Distributed Leads: the leads the supplier sent; opened to accept, reject or work them."""

    def _kind(self) -> str:
        return "distributed"


class RegisteredLeadsState(_LeadListMixin, rx.State):
    """Registered Leads: the account's registrations and the Register Lead dialog."""

    def _kind(self) -> str:
        return "registered"

    register_open: bool = False
    pii_required: bool = True
    form_error: str = ""
    form_errors: dict[str, str] = {}
    form_version: int = 0
    # Shown after a submit: neutral, it never names the lead or partner it may conflict with.
    notice: str = ""
    notice_conflict: bool = False

    @rx.event
    async def load(self):
        self.notice, self.notice_conflict = "", False
        return await self._load_page()

    @rx.event
    async def open_register(self):
        actor = await partner_actor(self)
        if actor is None:
            return to_portal_login()
        with session_scope() as session:
            self.pii_required = registration_form(session=session, actor=actor)["pii_required"]
        self.register_open, self.form_error, self.form_errors = True, "", {}
        self.form_version += 1
        return None

    @rx.event
    def set_register_open(self, value: bool):
        self.register_open = bool(value)

    @rx.event
    async def register(self, form_data: dict):
        actor = await partner_actor(self)
        if actor is None:
            return to_portal_login()
        try:
            with session_scope() as session:
                lead = register_lead(session=session, actor=actor,
                                     values={k: str(form_data.get(k, "")) for k in REGISTER_FIELDS})
        except InvalidInput as exc:
            self.form_error, self.form_errors = str(exc), exc.fields
            return None
        except ServiceError as exc:
            self.form_error, self.form_errors = str(exc), {}
            return None
        self.register_open, self.form_error, self.form_errors = False, "", {}
        self.notice_conflict = bool(lead["possible_conflict"])
        self.notice = (f"{lead['company']} is registered and waits for the supplier's approval."
                       + (" " + CONFLICT_NOTICE if self.notice_conflict else ""))
        self.status = "all"
        await self._first_page()
        return rx.toast.success("Lead registered.")
