"""What the two message editors share (admin/message_detail for Pop-ups, admin/email_detail for
Emails): the message on screen, the call of a lifecycle service with its errors shown, Copy and
Delete. A state module: it imports no pages."""

from __future__ import annotations

import reflex as rx

from prm.auth import admin_actor, to_admin_login
from prm.db import session_scope
from services import messages
from services.errors import InvalidInput, NotFound, ServiceError


class MessageEditorMixin(rx.State, mixin=True):
    missing: bool = False
    mid: str = ""
    status: str = ""
    title: str = ""
    body_html: str = ""
    group_ids: list[str] = []
    groups: list[dict[str, str]] = []
    eligible: int = 0
    publish_at: str = ""
    schedule_at: str = ""
    error: str = ""
    field_errors: dict[str, str] = {}
    notice: str = ""

    @rx.var
    def is_draft(self) -> bool:
        return self.status == messages.DRAFT

    # The inputs: bounded, whatever the browser sends.
    @rx.event
    def set_title(self, value: str):
        self.title = str(value)[:200]

    @rx.event
    def set_body_html(self, value: str):
        self.body_html = str(value)[:20000]

    @rx.event
    def set_schedule_at(self, value: str):
        self.schedule_at = str(value)[:40]

    def _show(self, d: dict) -> None:
        raise NotImplementedError  # each editor shows its own fields

    async def _call(self, fn, notice: str = "", **kwargs):
        """Run a service on this message as the signed-in admin: show the message it returns
        and `notice`, or the refusal next to its fields."""
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        self.error, self.field_errors, self.notice = "", {}, ""
        try:
            with session_scope() as session:
                d = fn(session=session, actor=actor, message_id=self.mid, **kwargs)
        except InvalidInput as exc:
            self.error, self.field_errors = str(exc), exc.fields
            return None
        except NotFound:
            self.missing = True
            return None
        except ServiceError as exc:
            self.error = str(exc)
            return None
        if d is not None:
            self._show(d)
        self.notice = notice
        return None

    async def _copy_with(self, copy_fn, editor_path: str):
        """Copy: a new Draft with this message's audience and text, opened in its editor."""
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                c = copy_fn(session=session, actor=actor, message_id=self.mid)
        except ServiceError as exc:
            self.error = str(exc)
            return None
        return rx.redirect(f"{editor_path}?id={c['id']}")

    @rx.event
    async def delete(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                messages.delete_draft(session=session, actor=actor, message_id=self.mid)
        except ServiceError as exc:
            self.error = str(exc)
            return None
        return [rx.toast.success("Draft deleted."), rx.redirect("/admin/messages")]
