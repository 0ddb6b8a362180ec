from __future__ import annotations

import reflex as rx

from models.leads import LEAD_STATUSES
from prm.auth import admin_actor, to_admin_login
from prm.db import session_scope
from prm.paging import KeysetPagerMixin
from services.errors import InvalidInput, ServiceError
from services.leads import assignable_partners, create_lead, list_leads

LEAD_FORM_FIELDS = ("first_name", "last_name", "email", "phone", "company", "country",
                    "source_campaign", "notes")


class AdminLeadsState(KeysetPagerMixin, rx.State):
    status: str = "all"
    partners: list[dict[str, str]] = []
    create_open: bool = False
    create_partner: str = "unassigned"
    create_error: str = ""
    create_errors: dict[str, str] = {}
    form_version: int = 0

    async def _fetch(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        with session_scope() as session:
            self._show_page(list_leads(
                session=session, actor=actor,
                status=self.status if self.status in LEAD_STATUSES else "", cursor=self._cursor))
        return None

    @rx.event
    async def set_status(self, value: str):
        self.status = value if value in LEAD_STATUSES else "all"
        return await self._first_page()

    @rx.event
    async def open_create(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        with session_scope() as session:
            self.partners = assignable_partners(session=session, actor=actor)
        self.create_open, self.create_error, self.create_errors = True, "", {}
        self.create_partner = "unassigned"
        self.form_version += 1
        return None

    @rx.event
    def set_create_open(self, value: bool):
        self.create_open = bool(value)

    @rx.event
    def set_create_partner(self, value: str):
        self.create_partner = str(value)[:12]

    @rx.event
    async def create(self, form_data: dict):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                lead = create_lead(
                    session=session, actor=actor,
                    values={k: str(form_data.get(k, "")) for k in LEAD_FORM_FIELDS},
                    partner_account_id=None if self.create_partner == "unassigned" else self.create_partner,
                )
        except InvalidInput as exc:
            self.create_error, self.create_errors = str(exc), exc.fields
            return None
        except ServiceError as exc:
            self.create_error = str(exc)
            return None
        self.create_open = False
        await self._first_page()
        where = "Unassigned" if lead["partner"] == "Unassigned" else f"assigned to {lead['partner']}"
        return rx.toast.success(f"Lead {lead['name']} created, {where}.")
