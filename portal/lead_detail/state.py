"""A lead in the partner portal: Accept or Reject a New lead, then work it. A link in the New
Lead Notification opens this page; nothing happens until the person clicks."""

from __future__ import annotations

import reflex as rx

from portal.gate import gated_read
from portal.terms.state import TERMS_PAGE
from prm.auth import partner_actor, to_portal_login
from prm.db import session_scope
from services.errors import InvalidInput, ServiceError
from services.lead_statuses import working_status_names
from services.leads import (
    accept_lead,
    account_users,
    assign_lead_owner,
    get_lead,
    lead_timeline,
    reject_lead,
    update_lead_progress,
)


def _lead_view(session, actor, lead_id: str, with_users: bool = False) -> dict:
    """The lead as the page shows it: the lead (with whether this user may act on it), its
    timeline, the statuses the partner may set and, on load, the account's users."""
    lead = get_lead(session=session, actor=actor, lead_id=lead_id)
    return {"lead": lead, "events": lead_timeline(session=session, actor=actor, lead_id=lead["id"]),
            "statuses": working_status_names(session),
            "users": account_users(session=session, actor=actor) if with_users else None}


class PortalLeadDetailState(rx.State):
    loaded: bool = False
    lead: dict[str, str] = {}
    events: list[dict[str, str]] = []
    users: list[dict[str, str]] = []
    is_partner_admin: bool = False
    not_found: str = ""
    error: str = ""
    field_errors: dict[str, str] = {}
    rejecting: bool = False
    progress_status: str = ""
    statuses: list[str] = []  # what the partner may set (Leads > Lead Settings > Lead Statuses)
    owner_choice: str = ""
    version: int = 0

    def _lead_id(self) -> str:
        return str(self.router.url.query_parameters.get("id", ""))[:12]

    def _show(self, view: dict) -> None:
        self.lead = {k: str(v) for k, v in view["lead"].items()}
        self.events = [{k: str(v) for k, v in e.items()} for e in view["events"]]
        self.statuses = view["statuses"]
        if self.lead["status"] not in self.statuses and self.lead["status"] not in ("New", "Pending Approval",
                                                                                    "Rejected", "Recalled"):
            # A status the supplier deactivated since (or Accepted, Approved): kept until changed.
            self.statuses = [self.lead["status"], *self.statuses]
        self.progress_status = self.lead["status"] if self.lead["status"] in self.statuses else \
            (self.statuses[0] if self.statuses else "")
        self.owner_choice = self.lead["owner_user_id"]
        self.version += 1

    @rx.event
    async def load(self):
        actor = await partner_actor(self)
        if actor is None:
            return to_portal_login()
        self.error, self.field_errors, self.not_found, self.rejecting = "", {}, "", False
        self.is_partner_admin = actor.is_partner_admin
        try:
            view = await gated_read(self, actor, "", _lead_view, self._lead_id(), True)
        except ServiceError as exc:
            self.not_found, self.lead, self.events = str(exc), {}, []
        else:
            if view is None:
                return rx.redirect(TERMS_PAGE)
            self._show(view)
            self.users = view["users"]
        self.loaded = True
        return None

    async def _do(self, action, success: str, **kwargs):
        actor = await partner_actor(self)
        if actor is None:
            return to_portal_login()
        try:
            with session_scope() as session:
                lead = action(session=session, actor=actor, lead_id=self._lead_id(), **kwargs)
                # Read again as get_lead shows it (with whether this user may still act on it).
                self._show(_lead_view(session, actor, lead["id"]))
        except ServiceError as exc:
            self.error, self.field_errors = str(exc), exc.fields if isinstance(exc, InvalidInput) else {}
            self._show_if_changed(actor, str(exc))
            return None
        self.error, self.field_errors, self.rejecting = "", {}, False
        return rx.toast.success(success)

    def _show_if_changed(self, actor, why: str) -> None:
        """After a refusal: if the lead changed since this page read it (a colleague accepted
        it, the supplier reassigned it), show it as it is now, with the refusal; once it is out
        of this user's sight, only the refusal. Unchanged, the page and what was typed stay."""
        try:
            with session_scope() as session:
                view = _lead_view(session, actor, self._lead_id())
        except ServiceError:
            self.not_found, self.lead, self.events, self.error, self.rejecting = why, {}, [], "", False
            return
        now = {k: str(view["lead"][k]) for k in ("status", "owner_user_id", "partner_account_id")}
        if any(self.lead.get(k) != v for k, v in now.items()):
            self.rejecting = False
            self._show(view)

    @rx.event
    async def accept(self):
        return await self._do(accept_lead, "Lead accepted. It is yours to work.")

    @rx.event
    def start_reject(self):
        self.rejecting, self.error, self.field_errors = True, "", {}

    @rx.event
    def cancel_reject(self):
        self.rejecting = False

    @rx.event
    async def reject(self, form_data: dict):
        return await self._do(reject_lead, "Lead rejected. The supplier was told why.",
                              reason=str(form_data.get("reason", "")))

    @rx.event
    def set_progress_status(self, value: str):
        self.progress_status = str(value)[:40]

    @rx.event
    async def save_progress(self, form_data: dict):
        return await self._do(update_lead_progress, "Lead updated.", status=self.progress_status,
                              opportunity_amount=str(form_data.get("opportunity_amount", "")),
                              opportunity_stage=str(form_data.get("opportunity_stage", "")),
                              close_date=str(form_data.get("close_date", "")))

    @rx.event
    def set_owner_choice(self, value: str):
        self.owner_choice = str(value)[:12]

    @rx.event
    async def save_owner(self):
        return await self._do(assign_lead_owner, "Lead owner changed.", user_id=self.owner_choice)
