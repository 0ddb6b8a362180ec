from __future__ import annotations

import reflex as rx

from prm.auth import admin_actor, to_admin_login
from prm.db import session_scope
from prm.paging import KeysetPagerMixin
from services.errors import InvalidInput, ServiceError
from services.recruitment import (
    approve_application,
    get_application,
    list_pending_applications,
    reject_application,
    update_application,
)


class PendingPartnersState(KeysetPagerMixin, rx.State):
    """Pending Partners: requests waiting for review, and the one open in the review dialog."""

    open: bool = False
    detail: dict[str, str] = {}
    detail_custom: list[dict[str, str]] = []
    mode: str = "review"  # review | edit | reject
    error: str = ""
    field_errors: dict[str, str] = {}
    version: int = 0

    async def _fetch(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        with session_scope() as session:
            self._show_page(list_pending_applications(session=session, actor=actor, cursor=self._cursor))
        return None

    def _show(self, d: dict) -> None:
        self.detail_custom = [{"label": c["label"], "value": str(c["value"])} for c in d["custom_fields"]]
        self.detail = {k: ("" if v is None else str(v)) for k, v in d.items() if k != "custom_fields"}
        self.version += 1

    @rx.event
    async def open_request(self, application_id: str):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                self._show(get_application(session=session, actor=actor, application_id=application_id))
        except ServiceError as exc:
            return rx.toast.error(str(exc))
        self.open, self.mode, self.error, self.field_errors = True, "review", "", {}
        return None

    @rx.event
    def set_open(self, value: bool):
        self.open = bool(value)

    @rx.event
    def set_mode(self, mode: str):
        self.mode = mode if mode in ("review", "edit", "reject") else "review"
        self.error, self.field_errors = "", {}

    async def _approve(self, add_to_existing: bool):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                result = approve_application(session=session, actor=actor,
                                             application_id=self.detail.get("id", ""),
                                             add_to_existing=add_to_existing)
        except ServiceError as exc:
            self.error = str(exc)
            return None
        self.open = False
        await self._fetch()
        return rx.toast.success(
            f"Approved: {self.detail.get('email', '')} can now set a password and log in to "
            f"{result['partner_name']}.")

    @rx.event
    async def approve(self):
        return await self._approve(False)

    @rx.event
    async def approve_into_existing(self):
        return await self._approve(True)

    @rx.event
    async def reject(self, form_data: dict):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                reject_application(session=session, actor=actor,
                                   application_id=self.detail.get("id", ""),
                                   reason=str(form_data.get("reason", "")))
        except InvalidInput as exc:
            self.error, self.field_errors = str(exc), exc.fields
            return None
        except ServiceError as exc:
            self.error = str(exc)
            return None
        self.open = False
        await self._fetch()
        return rx.toast.success(f"Rejected. {self.detail.get('email', '')} was emailed the reason.")

    @rx.event
    async def save(self, form_data: dict):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                self._show(update_application(
                    session=session, actor=actor, application_id=self.detail.get("id", ""),
                    company_name=str(form_data.get("company_name", "")),
                    first_name=str(form_data.get("first_name", "")),
                    last_name=str(form_data.get("last_name", ""))))
        except InvalidInput as exc:
            self.error, self.field_errors = str(exc), exc.fields
            return None
        except ServiceError as exc:
            self.error = str(exc)
            return None
        self.mode, self.error, self.field_errors = "review", "", {}
        await self._fetch()
        return rx.toast.success("Request saved.")
