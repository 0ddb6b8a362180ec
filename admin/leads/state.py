from __future__ import annotations

import asyncio

import reflex as rx

from prm.auth import admin_actor, to_admin_login
from prm.db import read_connection, session_scope
from prm.paging import SortedPagerMixin
from services.errors import InvalidInput, ServiceError
from services.lead_statuses import status_names
from services.leads import (
    EXPORT_LIMIT,
    LEAD_SORTS,
    assignable_partners,
    create_lead,
    export_leads_csv,
    list_leads,
)
from services.routing import latest_routing_run, route_lead, start_routing_unassigned

LEAD_FORM_FIELDS = ("first_name", "last_name", "email", "phone", "company", "country",
                    "source_campaign", "notes")


class AdminLeadsState(rx.State):
    """The leads page around its table: the filters, the Unassigned queue's routing run and the
    Create Lead dialog. The rows, cursors, search and sort are AdminLeadsTableState's: each state
    is its own React store entry, so Next/Previous/sort re-render only what reads the table
    (bench 4), not every filter, select and button of the page. A filter change refetches the
    table's first page through `_refetch()`."""

    status: str = "all"
    partner_filter: str = "all"
    kind: str = "all"
    created_from: str = ""
    created_to: str = ""
    partners: list[dict[str, str]] = []
    create_open: bool = False
    create_partner: str = "unassigned"
    create_error: str = ""
    create_errors: dict[str, str] = {}
    form_version: int = 0
    statuses: list[str] = []  # Leads > Lead Settings > Lead Statuses, for the Status filter
    routing_run: dict[str, str] = {}  # the last Route Unassigned Leads run
    polling_run: bool = False

    async def _table(self) -> AdminLeadsTableState:
        return await self.get_state(AdminLeadsTableState)

    async def _refetch(self):
        """The table's first page under the current filters."""
        return await (await self._table())._first_page()

    def _filters(self, search: str) -> dict:
        return {
            "status": self.status if self.status in self.statuses else "",
            "partner_account_id": "" if self.partner_filter == "all" else self.partner_filter,
            "kind": "" if self.kind == "all" else self.kind,
            "created_from": self.created_from,
            "created_to": self.created_to,
            "search": search,
        }

    @rx.event
    async def load(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        with session_scope() as session:
            self.partners = assignable_partners(session=session, actor=actor)
            self.statuses = status_names(session)
            self._show_run(latest_routing_run(session=session, actor=actor))
        if self.router.url.query_parameters.get("view") == "unassigned":
            self.partner_filter = "unassigned"
        return await self._refetch()

    @rx.event
    async def show_all(self):
        self.partner_filter = "all"
        return await self._refetch()

    @rx.event
    async def show_unassigned(self):
        self.partner_filter = "unassigned"
        return await self._refetch()

    def _show_run(self, run: dict) -> None:
        self.routing_run = {k: str(v) for k, v in run.items()}

    @rx.event
    async def route_unassigned(self):
        """Route Unassigned Leads: the whole queue, as an RQ job; the page follows its progress."""
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                self._show_run(start_routing_unassigned(session=session, actor=actor))
        except ServiceError as exc:
            return rx.toast.error(str(exc))
        return [rx.toast.info("Routing the Unassigned queue…"), AdminLeadsState.poll_routing_run]

    @rx.event(background=True)
    async def poll_routing_run(self):
        """While the run is running, re-read its progress row every second."""
        async with self:
            if self.polling_run:
                return
            self.polling_run = True
        try:
            for _ in range(3600):
                await asyncio.sleep(1)
                async with self:
                    actor = await admin_actor(self)
                    if actor is None:
                        break
                    with session_scope() as session:
                        self._show_run(latest_routing_run(session=session, actor=actor))
                    if self.routing_run.get("status") != "running":
                        await (await self._table())._fetch()
                        break
        finally:
            async with self:
                self.polling_run = False

    @rx.event
    async def set_status(self, value: str):
        self.status = value if value in self.statuses else "all"
        return await self._refetch()

    @rx.event
    async def set_partner_filter(self, value: str):
        self.partner_filter = str(value)[:12]
        return await self._refetch()

    @rx.event
    async def set_kind(self, value: str):
        self.kind = value if value in ("distributed", "registered") else "all"
        return await self._refetch()

    @rx.event
    async def set_created_from(self, value: str):
        self.created_from = str(value)[:10]
        return await self._refetch()

    @rx.event
    async def set_created_to(self, value: str):
        self.created_to = str(value)[:10]
        return await self._refetch()

    @rx.event
    async def clear_all(self):
        self.status, self.partner_filter, self.kind = "all", "all", "all"
        self.created_from, self.created_to = "", ""
        table = await self._table()
        table.search, table.sort, table.descending = "", "created", True
        return await table._first_page()

    @rx.event
    async def export(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        filters = self._filters((await self._table()).search)
        try:
            with session_scope() as session:
                text, count = export_leads_csv(session=session, actor=actor, **filters)
        except InvalidInput as exc:
            return rx.toast.error(str(exc))
        note = f" (the first {count:,})" if count >= EXPORT_LIMIT else ""
        return [rx.download(data="\ufeff" + text, filename="leads.csv", mime_type="text/csv"),
                rx.toast.success(f"Exported {count:,} leads{note}.")]

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
        await self._refetch()
        where = "Unassigned" if lead["partner"] == "Unassigned" else f"assigned to {lead['partner']}"
        return rx.toast.success(f"Lead {lead['name']} created, {where}.")


class AdminLeadsTableState(SortedPagerMixin, rx.State):
    """The leads page's table: one page of rows, the cursors behind it, the search and the sort
    (what the table and the pager show). The filters are AdminLeadsState's."""

    error: str = ""
    _sorts = {key: key in ("created", "status_changed") for key in LEAD_SORTS}

    async def _fetch(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        filters = await self.get_state(AdminLeadsState)
        try:
            with read_connection() as conn:
                self._show_page(list_leads(session=conn, actor=actor, cursor=self._cursor,
                                           sort=self.sort, descending=self.descending,
                                           **filters._filters(self.search)))
        except InvalidInput as exc:
            self.error, self.rows, self.next_cursor, self.loaded = str(exc), [], "", True
            return None
        self.error = ""
        return None

    @rx.event
    async def route_again(self, lead_id: str):
        """Route one lead of the Unassigned queue by the current rules."""
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                lead = route_lead(session=session, actor=actor, lead_id=str(lead_id)[:12])
        except ServiceError as exc:
            return rx.toast.error(str(exc))
        await self._fetch()
        if lead["partner"] == "Unassigned":
            return rx.toast.warning(f"No routing rule could place {lead['name']}: it stays Unassigned.")
        return rx.toast.success(f"{lead['name']} routed to {lead['partner']}.")
