"""The Add Customer wizard (seed 003). Its progress is kept on the server (services.offers) so a
reload reopens it where the user was, until the offer is sent or the wizard is cancelled."""

from __future__ import annotations

import reflex as rx

from prm.auth import partner_actor, to_portal_login
from prm.db import session_scope
from services import offers
from services.errors import InvalidInput, ServiceError

STEP_TITLES = offers.STEP_TITLES
TOTAL_STEPS = len(STEP_TITLES)

INFO = {
    offers.STEP_INTRO: [
        "This wizard sends a partnership offer to another business partner: your customer.",
        "Read the instructions in this information area before you fill in each step. "
        "Use the icon at the top to collapse it and give the content more room; click it again "
        "to restore it.",
        "Completed steps are listed in the Completed dropdown; choose one to go back to it.",
    ],
    offers.STEP_DETAILS: [
        "Enter the customer's tenant name: you find it in the customer's URL. For "
        "https://kazenor.example.com/ the tenant name is kazenor.",
        "Use the email the customer logs in with, not one of its contacts' emails.",
        "Explain your offer in the message, in up to 500 characters. Next Step becomes "
        "available once all three fields are filled in.",
    ],
    offers.STEP_CONTACTS: [
        "Choose the contacts who will work with your customer. At least one contact must be "
        "assigned; selected contacts are highlighted.",
        "Search finds contacts by name. You can add or remove contacts later by modifying the "
        "partnership.",
    ],
    offers.STEP_MANAGERS: [
        "Choose the partner managers who can view the partnership details. You are "
        "pre-selected and cannot be removed; add more if you like.",
        "Next Step sends the offer to the customer.",
    ],
    offers.STEP_SUMMARY: [
        "Your offer is on its way. The customer appears in your business partner list with "
        "the status Open until they accept or decline it.",
    ],
}


def wizard_to_resume(session, actor) -> tuple[dict | None, list]:
    """The user's open wizard and, if open, the contacts it offers (no search); (None, []) when
    none is open or the account may not offer."""
    try:
        d = offers.get_wizard(session=session, actor=actor)
        return d, (offers.offer_contacts(session=session, actor=actor, search="") if d is not None else [])
    except ServiceError:
        return None, []


class OfferWizardState(rx.State):
    open: bool = False
    step: int = 1
    completed: list[int] = []
    show_intro: bool = True
    info_open: bool = True
    tenant_name: str = ""
    contact_email: str = ""
    message: str = ""
    details_errors: dict[str, str] = {}
    details_valid: bool = False
    search: str = ""
    options: list[dict[str, str]] = []
    contacts: list[dict[str, str]] = []  # the selected ones, with names
    managers: list[dict[str, str]] = []
    my_id: str = ""
    error: str = ""
    sent_message: str = ""
    busy: bool = False

    # ------------------------------------------------------------ derived (no database)

    @rx.var
    def step_title(self) -> str:
        return STEP_TITLES.get(self.step, "")

    @rx.var
    def progress(self) -> int:
        return int(self.step * 100 / TOTAL_STEPS)

    @rx.var
    def step_label(self) -> str:
        return f"Step {self.step} of {TOTAL_STEPS}"

    @rx.var
    def info_lines(self) -> list[str]:
        return INFO.get(self.step, [])

    @rx.var
    def completed_steps(self) -> list[dict[str, str]]:
        return [{"step": str(s), "title": STEP_TITLES[s]} for s in sorted(self.completed)
                if s in STEP_TITLES]

    @rx.var
    def completed_count(self) -> str:
        return str(len(self.completed))

    @rx.var
    def flow(self) -> list[dict[str, str]]:
        return [{"step": str(s), "title": t,
                 "state": "current" if s == self.step else ("done" if s in self.completed else "todo")}
                for s, t in STEP_TITLES.items()]

    @rx.var
    def contact_ids(self) -> list[str]:
        return [c["id"] for c in self.contacts]

    @rx.var
    def manager_ids(self) -> list[str]:
        return [m["id"] for m in self.managers]

    @rx.var
    def message_count(self) -> str:
        return f"{len(self.message)}/{offers.MESSAGE_MAX}"

    @rx.var
    def can_go_next(self) -> bool:
        if self.busy:
            return False
        if self.step == offers.STEP_DETAILS:
            return self.details_valid
        if self.step == offers.STEP_CONTACTS:
            return len(self.contacts) > 0
        if self.step == offers.STEP_MANAGERS:
            return len(self.managers) > 0
        return True

    # ------------------------------------------------------------ helpers

    def _apply(self, d: dict | None) -> None:
        if d is None:
            self.open = False
            return
        self.open = True
        self.step, self.completed, self.show_intro = d["step"], list(d["completed"]), d["show_intro"]
        self.tenant_name, self.contact_email, self.message = d["tenant_name"], d["contact_email"], d["message"]
        self.contacts, self.managers = d["contacts"], d["managers"]
        self._check_details(show_all=False)

    def _check_details(self, show_all: bool) -> None:
        errors = offers.customer_details_errors(self.tenant_name, self.contact_email, self.message)
        self.details_valid = not errors
        values = {"tenant_name": self.tenant_name, "contact_email": self.contact_email, "message": self.message}
        # An empty field only keeps Next Step disabled; a filled-in wrong one says why.
        self.details_errors = {k: v for k, v in errors.items() if show_all or values[k].strip()}

    def _save(self, session, actor) -> None:
        offers.save_wizard(session=session, actor=actor, step=self.step, completed=self.completed,
                           tenant_name=self.tenant_name, contact_email=self.contact_email,
                           message=self.message, contact_ids=self.contact_ids, manager_ids=self.manager_ids)

    def _load_options(self, session, actor) -> None:
        self.options = offers.offer_contacts(session=session, actor=actor, search=self.search)

    def _resume(self, actor, d: dict | None, options: list) -> None:
        """On the home page's load (PortalHomeState.load, with wizard_to_resume's answer):
        reopen a wizard left open before a reload."""
        self.my_id = str(actor.user_id)
        self.error, self.sent_message, self.busy, self.search = "", "", False, ""
        self._apply(d)
        if d is not None:
            self.options = options

    # ------------------------------------------------------------ events

    @rx.event
    async def add_customer(self):
        actor = await partner_actor(self)
        if actor is None:
            return to_portal_login()
        self.my_id = str(actor.user_id)
        self.error, self.sent_message, self.busy, self.search, self.info_open = "", "", False, "", True
        try:
            with session_scope() as session:
                self._apply(offers.start_wizard(session=session, actor=actor))
                self._load_options(session, actor)
        except ServiceError as exc:
            self.error = str(exc)
            return rx.toast.error(str(exc))
        return None

    async def _move(self, to_step: int, mark_done: bool):
        actor = await partner_actor(self)
        if actor is None:
            return to_portal_login()
        if mark_done and self.step not in self.completed:
            self.completed = sorted([*self.completed, self.step])
        self.step = to_step
        self.search = ""
        try:
            with session_scope() as session:
                self._save(session, actor)
                self._load_options(session, actor)
        except ServiceError as exc:
            self.error = str(exc)
            self.open = False
            return rx.toast.error(str(exc))
        return None

    @rx.event
    async def next_step(self):
        self.error = ""
        if self.step == offers.STEP_DETAILS:
            self._check_details(show_all=True)
            if not self.details_valid:
                return None
        if self.step == offers.STEP_CONTACTS and not self.contacts:
            self.error = "Assign at least one contact."
            return None
        if self.step == offers.STEP_MANAGERS:
            return await self._send()
        return await self._move(self.step + 1, mark_done=True)

    async def _send(self):
        actor = await partner_actor(self)
        if actor is None:
            return to_portal_login()
        self.busy = True
        try:
            with session_scope() as session:
                result = offers.send_offer(session=session, actor=actor, tenant_name=self.tenant_name,
                                           contact_email=self.contact_email, message=self.message,
                                           contact_ids=self.contact_ids, manager_ids=self.manager_ids)
        except InvalidInput as exc:
            self.busy = False
            self.error = str(exc)
            if "tenant_name" in exc.fields or "contact_email" in exc.fields or "message" in exc.fields:
                self.details_errors = exc.fields
                return await self._move(offers.STEP_DETAILS, mark_done=False)
            return None
        except ServiceError as exc:
            self.busy = False
            self.error = str(exc)
            return None
        self.busy = False
        self.completed = sorted({*self.completed, offers.STEP_MANAGERS})
        self.step = offers.STEP_SUMMARY
        self.sent_message = result["message"]
        from portal.home.state import PortalHomeState

        return PortalHomeState.load_partners

    @rx.event
    async def previous_step(self):
        self.error = ""
        if self.step <= offers.STEP_INTRO or self.step >= offers.STEP_SUMMARY:
            return None
        return await self._move(self.step - 1, mark_done=False)

    @rx.event
    async def go_to(self, step: str):
        """The Completed dropdown: back to a finished step."""
        try:
            target = int(step)
        except (TypeError, ValueError):
            return None
        if target not in self.completed or self.step >= offers.STEP_SUMMARY:
            return None
        self.error = ""
        return await self._move(target, mark_done=self.can_go_next)

    @rx.event
    async def cancel(self):
        actor = await partner_actor(self)
        self.open = False
        if actor is None:
            return to_portal_login()
        with session_scope() as session:
            offers.cancel_wizard(session=session, actor=actor)
        self.completed, self.contacts, self.managers = [], [], []
        self.tenant_name = self.contact_email = self.message = ""
        return None

    @rx.event
    def close(self):
        """Close after the Summary (the offer is sent; nothing left to keep)."""
        self.open = False
        self.step, self.completed, self.contacts, self.managers = 1, [], [], []
        self.tenant_name = self.contact_email = self.message = self.sent_message = ""

    @rx.event
    def toggle_info(self):
        self.info_open = not self.info_open

    @rx.event
    async def set_show_intro(self, value: bool):
        actor = await partner_actor(self)
        if actor is None:
            return to_portal_login()
        with session_scope() as session:
            self.show_intro = offers.set_show_intro(session=session, actor=actor, show=bool(value))
        return None

    @rx.event
    def set_tenant_name(self, value: str):
        self.tenant_name = str(value)[:63]
        self._check_details(show_all=False)

    @rx.event
    def set_contact_email(self, value: str):
        self.contact_email = str(value)[:254]
        self._check_details(show_all=False)

    @rx.event
    def set_message(self, value: str):
        self.message = str(value)[: offers.MESSAGE_MAX]
        self._check_details(show_all=False)

    @rx.event
    async def save_progress(self, _value: str = ""):
        """On leaving a field: keep what was typed, so a reload does not lose it."""
        actor = await partner_actor(self)
        if actor is None or not self.open:
            return None
        try:
            with session_scope() as session:
                self._save(session, actor)
        except ServiceError:
            pass
        return None

    @rx.event
    async def set_search(self, value: str):
        actor = await partner_actor(self)
        if actor is None:
            return to_portal_login()
        self.search = str(value)[:100]
        with session_scope() as session:
            self._load_options(session, actor)
        return None

    async def _toggle(self, which: str, user_id: str):
        actor = await partner_actor(self)
        if actor is None:
            return to_portal_login()
        chosen = list(getattr(self, which))
        if which == "managers" and str(user_id) == self.my_id:
            return None  # the logged-in user is always a partner manager
        if any(c["id"] == str(user_id) for c in chosen):
            chosen = [c for c in chosen if c["id"] != str(user_id)]
        else:
            match = [o for o in self.options if o["id"] == str(user_id)]
            if not match:
                return None
            chosen.append(match[0])
        setattr(self, which, chosen)
        try:
            with session_scope() as session:
                self._save(session, actor)
                fresh = offers.get_wizard(session=session, actor=actor)
            if fresh is not None:  # the server keeps only the account's own users
                self.contacts, self.managers = fresh["contacts"], fresh["managers"]
        except ServiceError as exc:
            self.error = str(exc)
        if self.contacts:
            self.error = ""
        return None

    @rx.event
    async def toggle_contact(self, user_id: str):
        return await self._toggle("contacts", user_id)

    @rx.event
    async def toggle_manager(self, user_id: str):
        return await self._toggle("managers", user_id)
