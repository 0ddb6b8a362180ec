from __future__ import annotations

import reflex as rx

from prm.auth import admin_actor, to_admin_login
from prm.db import session_scope
from services.api_keys import create_api_key, list_api_keys, revoke_api_key
from services.errors import InvalidInput, ServiceError
from services.webhooks import get_webhook_endpoint, rotate_signing_secret, save_webhook_endpoint


class IntegrationsState(rx.State):
    loaded: bool = False
    keys: list[dict[str, str]] = []
    key_error: str = ""
    key_name_error: str = ""
    # The secret of the key just created: shown once, dropped when the page is left.
    new_key: str = ""
    new_key_name: str = ""
    confirm_revoke: str = ""
    webhook_url: str = ""
    webhook_enabled: bool = False
    has_secret: bool = False
    secret_hint: str = ""
    new_secret: str = ""
    webhook_updated: str = ""
    webhook_error: str = ""
    webhook_url_error: str = ""
    version: int = 0

    def _show_keys(self, session, actor) -> None:
        self.keys = [{k: str(v) for k, v in row.items()} for row in list_api_keys(session=session, actor=actor)]

    def _show_webhook(self, endpoint: dict) -> None:
        # Re-key (reset) the form's inputs only when what they show changes: a second on_load
        # (hydration and navigation both fire it) must not wipe what the admin is typing.
        changed = (endpoint["url"], endpoint["enabled"]) != (self.webhook_url, self.webhook_enabled)
        self.webhook_url, self.webhook_enabled = endpoint["url"], endpoint["enabled"]
        self.has_secret, self.secret_hint = endpoint["has_secret"], endpoint["secret_hint"]
        self.webhook_updated = endpoint["updated"]
        if endpoint["new_secret"]:
            self.new_secret = endpoint["new_secret"]
        if changed:
            self.version += 1

    @rx.event
    async def load(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        with session_scope() as session:
            self._show_keys(session, actor)
            self._show_webhook(get_webhook_endpoint(session=session, actor=actor))
        self.new_key = self.new_key_name = self.new_secret = self.confirm_revoke = ""
        self.key_error = self.key_name_error = self.webhook_error = self.webhook_url_error = ""
        self.loaded = True
        return None

    @rx.event
    async def create_key(self, form_data: dict):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                key = create_api_key(session=session, actor=actor, name=str(form_data.get("key_name", "")))
                self._show_keys(session, actor)
        except InvalidInput as exc:
            self.key_error, self.key_name_error = str(exc), exc.fields.get("name", "")
            return None
        self.key_error = self.key_name_error = ""
        self.new_key, self.new_key_name = key["key"], key["name"]
        self.version += 1
        return rx.toast.success(f"API key {key['name']} created. Copy it now: it is shown only once.")

    @rx.event
    def dismiss_key(self):
        self.new_key = self.new_key_name = ""

    @rx.event
    def ask_revoke(self, key_id: str):
        self.confirm_revoke = str(key_id)[:12]

    @rx.event
    def cancel_revoke(self):
        self.confirm_revoke = ""

    @rx.event
    async def revoke_key(self, key_id: str):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                row = revoke_api_key(session=session, actor=actor, key_id=key_id)
                self._show_keys(session, actor)
        except ServiceError as exc:
            self.key_error = str(exc)
            return None
        self.confirm_revoke, self.key_error = "", ""
        return rx.toast.success(f"API key {row['name']} revoked: requests with it are refused.")

    @rx.event
    def set_webhook_enabled(self, value: bool):
        self.webhook_enabled = bool(value)

    @rx.event
    async def save_webhook(self, form_data: dict):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                endpoint = save_webhook_endpoint(session=session, actor=actor,
                                                 url=str(form_data.get("webhook_url", "")),
                                                 enabled=self.webhook_enabled)
        except InvalidInput as exc:
            self.webhook_error, self.webhook_url_error = str(exc), exc.fields.get("url", "")
            return None
        self.webhook_error = self.webhook_url_error = ""
        self._show_webhook(endpoint)
        return rx.toast.success("Webhook saved." + (" Lead changes are delivered to it."
                                                    if endpoint["enabled"] else " Deliveries are off."))

    @rx.event
    async def rotate_secret(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        with session_scope() as session:
            self._show_webhook(rotate_signing_secret(session=session, actor=actor))
        return rx.toast.success("New signing secret made. Give it to the receiver now.")

    @rx.event
    def dismiss_secret(self):
        self.new_secret = ""
