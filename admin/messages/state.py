from __future__ import annotations

import reflex as rx

from prm.auth import admin_actor, to_admin_login
from prm.db import session_scope
from prm.paging import KeysetPagerMixin
from services.email_messages import create_email
from services.errors import InvalidInput, ServiceError
from services.messages import create_popup, list_messages


class MessagesState(KeysetPagerMixin, rx.State):
    kind: str = ""  # "" | email | popup
    new_open: bool = False
    new_title: str = ""
    new_kind: str = "popup"  # email | popup
    error: str = ""

    async def _fetch(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        with session_scope() as session:
            self._show_page(list_messages(session=session, actor=actor, kind=self.kind, cursor=self._cursor))
        return None

    @rx.event
    async def load(self):
        self.error, self.new_open = "", False
        return await self._first_page()

    @rx.event
    async def set_kind(self, kind: str | list[str]):
        kind = kind[0] if isinstance(kind, list) and kind else kind
        self.kind = kind if kind in ("email", "popup") else ""
        return await self._first_page()

    @rx.event
    def open_new(self, kind: str):
        self.new_kind = "email" if kind == "email" else "popup"
        self.new_open, self.new_title, self.error = True, "", ""

    @rx.event
    def close_new(self):
        self.new_open = False

    @rx.event
    def set_new_title(self, value: str):
        self.new_title = str(value)[:200]

    @rx.event
    async def create(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                if self.new_kind == "email":
                    m = create_email(session=session, actor=actor, title=self.new_title)
                else:
                    m = create_popup(session=session, actor=actor, title=self.new_title)
        except InvalidInput as exc:
            self.error = exc.fields.get("title", str(exc))
            return None
        except ServiceError as exc:
            self.error = str(exc)
            return None
        self.new_open = False
        page = "email" if self.new_kind == "email" else "view"
        return rx.redirect(f"/admin/messages/{page}?id={m['id']}")
