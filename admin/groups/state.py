from __future__ import annotations

import reflex as rx

from prm.auth import admin_actor, to_admin_login
from prm.db import session_scope
from services.errors import InvalidInput, ServiceError
from services.messages import list_groups, partner_account_choices, save_group


class GroupsState(rx.State):
    loaded: bool = False
    groups: list[dict] = []
    accounts: list[dict[str, str]] = []
    editing: bool = False
    group_id: str = ""
    name: str = ""
    description: str = ""
    match_tier: str = ""
    match_geography: str = ""
    match_status: str = ""
    member_ids: list[str] = []
    error: str = ""
    field_errors: dict[str, str] = {}

    @rx.event
    async def load(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        with session_scope() as session:
            self.groups = list_groups(session=session, actor=actor)
            self.accounts = partner_account_choices(session=session, actor=actor)
        self.editing, self.loaded = False, True
        return None

    @rx.event
    def new_group(self):
        self.editing, self.group_id, self.error, self.field_errors = True, "", "", {}
        self.name = self.description = self.match_tier = self.match_geography = self.match_status = ""
        self.member_ids = []

    @rx.event
    def edit_group(self, group_id: str):
        match = [g for g in self.groups if g["id"] == str(group_id)]
        if not match:
            return
        g = match[0]
        self.editing, self.group_id, self.error, self.field_errors = True, g["id"], "", {}
        self.name, self.description = g["name"], g["description"]
        self.match_tier, self.match_geography, self.match_status = g["match_tier"], g["match_geography"], g["match_status"]
        self.member_ids = list(g["member_ids"])

    @rx.event
    def close(self):
        self.editing = False

    @rx.event
    def set_field(self, key: str, value: str):
        if key in ("name", "description", "match_tier", "match_geography"):
            setattr(self, key, str(value)[:500])
        elif key == "match_status":
            self.match_status = "" if value == "any" else str(value)[:16]

    @rx.event
    def toggle_member(self, account_id: str, on: bool):
        aid = str(account_id)
        self.member_ids = [m for m in self.member_ids if m != aid] + ([aid] if on else [])

    @rx.event
    async def save(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                save_group(session=session, actor=actor, group_id=self.group_id or None, name=self.name,
                           description=self.description, match_tier=self.match_tier,
                           match_geography=self.match_geography, match_status=self.match_status,
                           account_ids=self.member_ids)
                self.groups = list_groups(session=session, actor=actor)
        except InvalidInput as exc:
            self.error, self.field_errors = str(exc), exc.fields
            return None
        except ServiceError as exc:
            self.error = str(exc)
            return None
        self.editing = False
        return rx.toast.success("Partner group saved.")
