from __future__ import annotations

import reflex as rx

from prm.auth import admin_actor, to_admin_login
from prm.db import session_scope
from services.errors import InvalidInput, ServiceError
from services.routing import (
    delete_rule,
    list_rules,
    move_rule,
    preview_routing,
    save_rule,
    set_rule_enabled,
)

RULE_FORM_FIELDS = ("name", "lead_countries", "lead_campaigns", "partner_geographies", "partner_tiers",
                    "partner_specializations", "partner_custom", "weights", "max_open_leads",
                    "max_new_per_day")


class RoutingRulesState(rx.State):
    """Leads > Routing Rules: the rules in order, the rule dialog and the Test preview."""

    loaded: bool = False
    rules: list[dict[str, str]] = []
    error: str = ""
    dialog_open: bool = False
    editing_id: str = ""
    form: dict[str, str] = {}
    form_method: str = "round_robin"
    form_error: str = ""
    form_errors: dict[str, str] = {}
    form_version: int = 0
    test_result: dict[str, str] = {}

    async def _reload(self, actor) -> None:
        with session_scope() as session:
            self.rules = [{k: str(v) for k, v in r.items()} for r in list_rules(session=session, actor=actor)]
        self.loaded = True

    @rx.event
    async def load(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        self.error, self.test_result = "", {}
        await self._reload(actor)
        return None

    @rx.event
    async def open_new(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        self._open("", {})
        return None

    @rx.event
    async def open_edit(self, rule_id: str):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        await self._reload(actor)  # the rule as saved now, not as the browser says
        rule = next((r for r in self.rules if r["id"] == str(rule_id)), None)
        if rule is None:
            return rx.toast.error("That routing rule was not found.")
        self._open(rule["id"], rule)
        return None

    def _open(self, rule_id: str, rule: dict) -> None:
        self.editing_id, self.form = rule_id, {k: rule.get(k, "") for k in RULE_FORM_FIELDS}
        self.form_method = rule.get("method", "round_robin") or "round_robin"
        self.form_error, self.form_errors = "", {}
        self.form_version += 1
        self.dialog_open = True

    @rx.event
    def set_dialog_open(self, value: bool):
        self.dialog_open = bool(value)

    @rx.event
    def set_form_method(self, value: str):
        self.form_method = value if value in ("round_robin", "weighted") else "round_robin"

    @rx.event
    async def save(self, form_data: dict):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        values = {k: str(form_data.get(k, "")) for k in RULE_FORM_FIELDS}
        values["method"] = self.form_method
        try:
            with session_scope() as session:
                rule = save_rule(session=session, actor=actor, values=values, rule_id=self.editing_id or None)
        except InvalidInput as exc:
            self.form_error, self.form_errors = str(exc), exc.fields
            return None
        except ServiceError as exc:
            self.form_error = str(exc)
            return None
        self.dialog_open = False
        await self._reload(actor)
        return rx.toast.success(f"Routing rule {rule['name']} saved.")

    @rx.event
    async def toggle(self, rule_id: str, enabled: bool):
        return await self._change(lambda s, a: set_rule_enabled(session=s, actor=a, rule_id=rule_id,
                                                                enabled=bool(enabled)))

    @rx.event
    async def move(self, rule_id: str, direction: str):
        return await self._change(lambda s, a: move_rule(session=s, actor=a, rule_id=rule_id,
                                                         direction=str(direction)))

    @rx.event
    async def delete(self, rule_id: str):
        result = await self._change(lambda s, a: delete_rule(session=s, actor=a, rule_id=rule_id))
        return result or rx.toast.success("Routing rule deleted.")

    async def _change(self, call):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        try:
            with session_scope() as session:
                call(session, actor)
        except ServiceError as exc:
            await self._reload(actor)
            return rx.toast.error(str(exc))
        await self._reload(actor)
        return None

    @rx.event
    async def test(self, form_data: dict):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        with session_scope() as session:
            result = preview_routing(session=session, actor=actor,
                                     country=str(form_data.get("test_country", ""))[:80],
                                     source_campaign=str(form_data.get("test_campaign", ""))[:200])
        self.test_result = {k: str(v) for k, v in result.items()}
        return None
