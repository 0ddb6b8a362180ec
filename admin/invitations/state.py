from __future__ import annotations

import reflex as rx

from prm.auth import admin_actor, to_admin_login
from prm.db import session_scope
from prm.paging import SortedPagerMixin
from services.errors import InvalidInput, ServiceError
from services.recruitment import (
    INVITATION_SORTS,
    create_invitation,
    delete_invitation,
    get_invitation,
    list_invitations,
    registration_form,
    resend_invitation,
    update_invitation,
)


def _custom_values(form_data: dict) -> dict:
    return {k[len("custom_"):]: v for k, v in form_data.items() if k.startswith("custom_")}


class InvitationsState(SortedPagerMixin, rx.State):
    """Partner Explorer > Invited: the current page of invitations, filters, sort, and the
    invitation open in the details dialog."""

    status: str = "all"
    _sorts = {key: key == "created" for key in INVITATION_SORTS}
    custom_fields: list[dict[str, str]] = []
    # Create Invitation dialog
    create_open: bool = False
    create_error: str = ""
    create_errors: dict[str, str] = {}
    form_version: int = 0
    # Details dialog
    detail_open: bool = False
    detail: dict[str, str] = {}
    detail_custom: dict[str, str] = {}
    detail_error: str = ""
    detail_errors: dict[str, str] = {}
    confirm_delete: bool = False

    async def _fetch(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        with session_scope() as session:
            self._show_page(list_invitations(
                session=session, actor=actor,
                status=self.status if self.status in ("sent", "declined") else "",
                search=self.search, sort=self.sort, descending=self.descending,
                cursor=self._cursor))
        return None

    @rx.event
    async def load(self):
        self.create_open, self.detail_open = False, False
        with session_scope() as session:
            fields = registration_form(session=session)["custom_fields"]
        self.custom_fields = [{"key": f["key"], "label": f["label"],
                               "required": "1" if f.get("required") else ""} for f in fields]
        return await self._first_page()

    @rx.event
    async def set_status(self, value: str):
        self.status = value if value in ("sent", "declined") else "all"
        return await self._first_page()

    @rx.event
    async def clear_all(self):
        self.search, self.status, self.sort, self.descending = "", "all", "created", True
        return await self._first_page()

    # ------------------------------------------------------------ Create Invitation

    @rx.event
    def open_create(self):
        self.create_open, self.create_error, self.create_errors = True, "", {}
        self.form_version += 1

    @rx.event
    def set_create_open(self, value: bool):
        self.create_open = bool(value)

    @rx.event
    async def create(self, form_data: dict):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                row = create_invitation(
                    session=session, actor=actor,
                    partner_name=str(form_data.get("partner_name", "")),
                    contact_first_name=str(form_data.get("contact_first_name", "")),
                    contact_last_name=str(form_data.get("contact_last_name", "")),
                    contact_email=str(form_data.get("contact_email", "")),
                    custom_fields=_custom_values(form_data),
                )
        except InvalidInput as exc:
            self.create_error, self.create_errors = str(exc), exc.fields
            return None
        except ServiceError as exc:
            self.create_error, self.create_errors = str(exc), {}
            return None
        self.create_open, self.create_error, self.create_errors = False, "", {}
        await self._first_page()
        return rx.toast.success(f"Invitation email sent to {row['contact_email']}.")

    # ------------------------------------------------------------ details

    def _show_detail(self, d: dict) -> None:
        self.detail = {k: str(v) for k, v in d.items() if k != "custom_fields"}
        self.detail_custom = {k: str(v) for k, v in d["custom_fields"].items()}

    @rx.event
    async def open_detail(self, invitation_id: str):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                self._show_detail(get_invitation(session=session, actor=actor,
                                                 invitation_id=invitation_id))
        except ServiceError as exc:
            return rx.toast.error(str(exc))
        self.detail_open, self.detail_error, self.detail_errors = True, "", {}
        self.confirm_delete = False
        self.form_version += 1
        return None

    @rx.event
    def set_detail_open(self, value: bool):
        self.detail_open = bool(value)

    @rx.event
    async def save_detail(self, form_data: dict):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                self._show_detail(update_invitation(
                    session=session, actor=actor, invitation_id=self.detail.get("id", ""),
                    partner_name=str(form_data.get("partner_name", "")),
                    contact_first_name=str(form_data.get("contact_first_name", "")),
                    contact_last_name=str(form_data.get("contact_last_name", "")),
                    custom_fields=_custom_values(form_data)))
        except InvalidInput as exc:
            self.detail_error, self.detail_errors = str(exc), exc.fields
            return None
        except ServiceError as exc:
            self.detail_error = str(exc)
            return None
        self.detail_error, self.detail_errors = "", {}
        await self._fetch()
        return rx.toast.success("Invitation saved.")

    @rx.event
    async def resend(self, invitation_id: str):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                d = resend_invitation(session=session, actor=actor, invitation_id=invitation_id)
        except ServiceError as exc:
            return rx.toast.error(str(exc))
        if self.detail_open and self.detail.get("id") == str(d["id"]):
            self._show_detail(d)
        await self._fetch()
        return rx.toast.success(
            f"Invitation sent again to {d['contact_email']}. Only the new link works now.")

    @rx.event
    def ask_delete(self):
        self.confirm_delete = True

    @rx.event
    def cancel_delete(self):
        self.confirm_delete = False

    @rx.event
    async def delete(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                delete_invitation(session=session, actor=actor, invitation_id=self.detail.get("id", ""))
        except ServiceError as exc:
            return rx.toast.error(str(exc))
        name = self.detail.get("partner_name", "")
        self.detail_open, self.confirm_delete, self.detail = False, False, {}
        await self._fetch()
        return rx.toast.success(f"Invitation to {name} deleted. Its link no longer works.")
