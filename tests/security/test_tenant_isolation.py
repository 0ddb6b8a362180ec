"""Issue 8, item 5 — tenant isolation sweep.

Every Reflex event handler of the app (found by walking the rx.State tree after importing
prm.app) and every route of the REST API (prm.api) is classified below; a handler or route
that is not makes test_every_handler_and_route_is_classified fail, naming it.

Then each handler is run the way Reflex runs an event — reflex_base's process_event with the
handler, its payload and the state tree, inside an EventContext that collects the deltas
(state updates) and events the browser would get — as charlie, a user of Contoso, with
forged arguments: every id-like argument and the page's URL parameters set in turn to the id of
each object of Northwind (the other partner account) and of the supplier, forms stuffed with
tenant, role and owner fields. For every probe:

- no state update carries Northwind's private data (marker strings planted in its leads, its
  users and messages) or the supplier's (an API key, a routing rule, a template);
- the database changes only in rows that are charlie's account's own (a partner handler) or not
  at all (an admin handler: partner sessions cannot run them) — besides the bookkeeping of
  sessions, audit and mail queues;
- a forged setvar / client-storage update sets no tenant, role, owner or data field.

The browser-level forging of the same (a real page and websocket) is tests/e2e/test_forged_events.py.
"""

from __future__ import annotations

import asyncio
import inspect
import json
from dataclasses import dataclass, field

import pytest
from sqlmodel import SQLModel, select

import models  # noqa: F401 - every table
from models.accounts import User
from services import auth, messages
from services import email_messages as em
from services.api_keys import create_api_key
from services.leads import create_lead
from services.routing import save_rule
from tests.factories import PASSWORD, create_partner_user

RELIABILITY_ITEM = "5. Tenant isolation"

ADMIN, PARTNER, PUBLIC, FRAMEWORK = "admin-only", "partner (tenant-scoped)", "public", "reflex internal"

# Every event handler of the app, by state; "setvar" is Reflex's generic setter (it can call
# only a state's explicit set_* handlers). A new state or handler must be added here.
HANDLERS: dict[str, tuple[str, str]] = {
    "admin.dashboard.state.DashboardState": (ADMIN, "load setvar"),
    "admin.email_detail.state.EmailDetailState": (ADMIN, "copy delete load next_page poll prev_page refresh return_to_draft save send set_body_html set_schedule_at set_title setvar toggle_group"),
    "admin.email_suppressions.state.SuppressionsState": (ADMIN, "close_history lift load next_page prev_page setvar show_history suppress"),
    "admin.groups.state.GroupsState": (ADMIN, "close edit_group load new_group save set_field setvar toggle_member"),
    "admin.integrations.state.IntegrationsState": (ADMIN, "ask_revoke cancel_revoke create_key dismiss_key dismiss_secret load revoke_key rotate_secret save_webhook set_webhook_enabled setvar"),
    "admin.invitation_import.state.InvitationImportState": (ADMIN, "cancel download_bad_rows download_sample handle_upload load new_import next_page poll prev_page save_fix setvar start start_fix stop_fix"),
    "admin.invitations.state.InvitationsState": (ADMIN, "ask_delete cancel_delete clear_all create delete load next_page open_create open_detail prev_page resend save_detail set_create_open set_detail_open set_search set_status setvar sort_by"),
    "admin.lead_detail.state.AdminLeadDetailState": (ADMIN, "approve assign cancel_reject load reject route_again set_assign_to setvar start_reject"),
    "admin.lead_import.state.LeadImportState": (ADMIN, "cancel download_bad_rows download_sample handle_upload load new_import next_page poll prev_page save_fix setvar start start_fix stop_fix"),
    "admin.lead_routing.state.RoutingRulesState": (ADMIN, "delete load move open_edit open_new save set_dialog_open set_form_method setvar test toggle"),
    "admin.lead_settings.state.LeadSettingsState": (ADMIN, "activate add_status cancel_edit choose_dlo_partner deactivate delete_status load move_down move_up restore_defaults save save_edit set_accept_reminder_enabled set_edit_category set_new_category set_recall_enabled set_status_reminder_enabled setvar start_edit toggle_default_lead_owner"),
    "admin.leads.state.AdminLeadsState": (ADMIN, "clear_all create export load open_create poll_routing_run route_unassigned set_create_open set_create_partner set_created_from set_created_to set_kind set_partner_filter set_status setvar show_all show_unassigned"),
    "admin.leads.state.AdminLeadsTableState": (ADMIN, "load next_page prev_page route_again set_search setvar sort_by"),
    "admin.message_detail.state.MessageDetailState": (ADMIN, "copy delete load publish return_to_draft save set_body_html set_schedule_at set_schedule_end set_title setvar toggle_group toggle_page"),
    "admin.messages.state.MessagesState": (ADMIN, "close_new create load next_page open_new prev_page set_kind set_new_title setvar"),
    "admin.outbox.state.OutboxState": (ADMIN, "close_email load next_page open_email prev_page refresh setvar"),
    "admin.partners.state.PartnerExplorerState": (ADMIN, "clear_all load next_page prev_page set_search set_status setvar"),
    "admin.pending.state.PendingPartnersState": (ADMIN, "approve approve_into_existing load next_page open_request prev_page reject save set_mode set_open setvar"),
    "admin.registrations.state.RegistrationsState": (ADMIN, "load next_page prev_page set_status setvar"),
    "admin.settings.state.AdminSettingsState": (ADMIN, "add_custom_field load remove_custom_field save save_custom_fields save_leads save_onboarding set_auto_onboarding set_default_partner_role set_domain_matching set_lead_registration_without_pii set_partner_user_lead_visibility setvar"),
    "admin.system_messaging.state.SystemMessagingState": (ADMIN, "ask_restore cancel_restore load open_template restore save set_body set_button_label set_heading set_subject setvar"),
    "admin.terms.state.TermsSettingsState": (ADMIN, "load save set_opt_in_emails set_text setvar"),
    # Benchmark 4's baseline page, registered only with PRM_BENCH_PAGES=1: a counter, no data.
    "bench.counter_page.BenchCounterState": (PUBLIC, "increment setvar"),
    "admin.webhook_deliveries.state.DeliveryLogState": (ADMIN, "load next_page prev_page redeliver refresh set_status setvar"),
    "portal.home.state.PortalHomeState": (PARTNER, "load load_partners more_partners setvar"),
    "portal.lead_detail.state.PortalLeadDetailState": (PARTNER, "accept cancel_reject load reject save_owner save_progress set_owner_choice set_progress_status setvar start_reject"),
    "portal.leads.state.DistributedLeadsState": (PARTNER, "load next_page prev_page set_status setvar"),
    "portal.leads.state.PortalLeadsState": (PARTNER, "load next_page prev_page set_status setvar"),
    "portal.leads.state.RegisteredLeadsState": (PARTNER, "load next_page open_register prev_page register set_register_open set_status setvar"),
    "portal.messages.state.MessageCenterState": (PARTNER, "close_message load open_message setvar"),
    "portal.offers.state.OfferWizardState": (PARTNER, "add_customer cancel close go_to next_step previous_step save_progress set_contact_email set_message set_search set_show_intro set_tenant_name setvar toggle_contact toggle_info toggle_manager"),
    "portal.partnership.state.PartnershipState": (PARTNER, "accept back_to_view close_decline confirm_changes decline load open_decline reject_changes save_changes set_decline_text set_draft_message set_search setvar start_accept start_modify toggle_contact toggle_manager withdraw"),
    "portal.popups.state.PopupState": (PARTNER, "later mark_read setvar"),
    "portal.register.state.RegisterState": (PUBLIC, "ask_for_invitation decline load setvar submit"),
    "portal.settings.state.PortalSettingsState": (PARTNER, "change_password load save_company save_profile set_lead_role setvar toggle_supplier_emails"),
    "portal.terms.state.TermsState": (PARTNER, "accept load setvar"),
    "prm.account.state.ForgotPasswordState": (PUBLIC, "load setvar submit"),
    "prm.account.state.LoginState": (PUBLIC, "load setvar submit"),
    "prm.account.state.SetPasswordState": (PUBLIC, "load setvar submit"),
    "prm.auth.AuthState": (PUBLIC, "logout setvar"),
    "reflex.istate.shared.SharedStateBaseInternal": (FRAMEWORK, "setvar"),
    "reflex.state.FrontendEventExceptionState": (FRAMEWORK, "handle_frontend_exception setvar"),
    "reflex.state.OnLoadInternalState": (FRAMEWORK, "on_load_internal set_is_hydrated setvar"),
    "reflex.state.State": (FRAMEWORK, "hydrate hydrate_and_load set_is_hydrated setvar"),
    "reflex.state.UpdateVarsInternalState": (FRAMEWORK, "setvar update_vars_internal"),
}

# Every route of the REST API and how it decides who may use it. None takes an object id in
# its path: the tokens are the proof (item 1), the API key is the supplier's (admin-only).
ROUTES: dict[str, str] = {
    "/api/health": PUBLIC,
    "/api/unsubscribe/{token}": "public, by signed token (tests/security/test_tokens.py)",
    "/api/t/o/{token}": "public, by token (tests/security/test_tokens.py)",
    "/api/t/c/{token}/{index}/{signature}": "public, by signed token (tests/security/test_email_safety.py)",
    "/api/t/c/{rest:path}": PUBLIC,
    "/api/v1/openapi.json": PUBLIC,
    "/api/v1/leads": "admin-only: a supplier API key",
    "/api/v1/bounces": "admin-only: a supplier API key",
    "/api/v1/{rest:path}": PUBLIC,
}


def _app_states() -> list[type]:
    from reflex.state import State

    import bench.counter_page  # noqa: F401 - the page PRM_BENCH_PAGES=1 adds to the same app
    import prm.app  # noqa: F401 - registers every state

    found, todo = [State], [State]
    while todo:
        for sub in todo.pop().get_substates():
            found.append(sub)
            todo.append(sub)
    return found


def _name(cls) -> str:
    return f"{cls.__module__}.{cls.__name__}"


def test_every_handler_and_route_is_classified():
    from prm.api import api

    states = {_name(s): s for s in _app_states()}
    unclassified = [f"{name}.{h}" for name, s in states.items() for h in sorted(s.event_handlers)
                    if h not in HANDLERS.get(name, ("", ""))[1].split()]
    gone = [f"{name}.{h}" for name, (_, hs) in HANDLERS.items() for h in hs.split()
            if name not in states or h not in states[name].event_handlers]
    assert unclassified == [], f"classify these event handlers in HANDLERS: {unclassified}"
    assert gone == [], f"these classified handlers no longer exist: {gone}"
    routes = [r.path for r in api.routes]
    assert [r for r in routes if r not in ROUTES] == [], "classify these API routes in ROUTES"
    assert [r for r in ROUTES if r not in routes] == []


# ---------------------------------------------------------------- the world and its secrets

MARK = "Zq7"  # in every private value of Northwind and the supplier


@dataclass
class World:
    p: object
    charlie_token: str
    alice_token: str
    admin_token: str
    foreign_ids: list[str]
    contoso_users: set[int]
    contoso_id: int
    secrets: list[str] = field(default_factory=list)


def _login(db, user: User, kind: str) -> str:
    token, _actor = auth.login(session=db, email=user.email, password=PASSWORD, kind=kind)
    return token


@pytest.fixture
def world(db, p) -> World:
    admin = p.actor(db, p.admin)
    # Northwind's private data: a distributed lead, a registered one, a user, a message.
    secret_user = create_partner_user(db, p.northwind, email=f"{MARK.lower()}.secret@northwind.example")
    secret_user.first_name, secret_user.last_name = f"{MARK}First", f"{MARK}Last"
    secret_user.supplier_emails_opt_in = True
    db.add(secret_user)
    db.commit()
    lead = create_lead(session=db, actor=admin, partner_account_id=p.northwind.id,
                       values={"first_name": f"{MARK}Lead", "last_name": f"{MARK}Person", "company": f"{MARK} Corp",
                               "email": f"{MARK.lower()}.lead@buyer.example", "phone": "+1 555 0100"})
    group = messages.save_group(session=db, actor=admin, name=f"{MARK} Northwind only", account_ids=[p.northwind.id])
    popup = messages.create_popup(session=db, actor=admin, title=f"{MARK} popup", body_html=f"<p>{MARK} body</p>",
                                  group_ids=[group["id"]], portal_pages=["home"])
    email = em.create_email(session=db, actor=admin, title=f"{MARK} email", body_html=f"<p>{MARK} news</p>",
                            group_ids=[group["id"]])
    # The supplier's own: an API key, a routing rule.
    key = create_api_key(session=db, actor=admin, name=f"{MARK} key")
    rule = save_rule(session=db, actor=admin, values={"name": f"{MARK} rule", "method": "round_robin"})
    ids = {str(lead["id"]), str(secret_user.id), str(p.alice.id), str(p.northwind.id), str(popup["id"]),
           str(email["id"]), str(group["id"]), str(p.admin.id)}
    ids |= {str(key["id"]), str(rule["id"])}
    contoso_users = {u.id for u in db.exec(select(User).where(User.partner_account_id == p.contoso.id))}
    return World(p=p, charlie_token=_login(db, p.charlie, "partner"), alice_token=_login(db, p.alice, "partner"),
                 admin_token=_login(db, p.admin, "supplier_admin"), foreign_ids=sorted(ids, key=int),
                 contoso_users=contoso_users, contoso_id=p.contoso.id,
                 secrets=[MARK, MARK.lower(), p.alice.email, p.bob.email])


# ---------------------------------------------------------------- a browser, in-process


CLIENT = "tenant-sweep-client"


@dataclass
class Outcome:
    deltas: list = field(default_factory=list)
    events: list = field(default_factory=list)
    error: BaseException | None = None

    def text(self) -> str:
        """Everything the browser received, as one string."""
        return json.dumps([self.deltas, [getattr(e, "payload", str(e)) for e in self.events]], default=str)


def _router(fid: str, path: str = "/portal/leads/detail") -> dict:
    query = {"id": fid, "view": "unassigned", "invitation": fid, "token": fid}
    return {"pathname": path, "asPath": f"{path}?" + "&".join(f"{k}={v}" for k, v in query.items()),
            "query": query, "headers": {"origin": "http://localhost:3000"}, "token": CLIENT, "sid": "sid",
            "ip": "127.0.0.1"}


async def _drive(state_cls, name: str, payload: dict, session_token: str, router_data: dict) -> Outcome:
    """Process one event as Reflex's event processor does (reflex_base's process_event: the
    payload converted to the handler's annotations, generators and returned events chained, the
    delta of every changed var emitted), for a client whose cookie holds session_token."""
    from reflex.istate.data import RouterData
    from reflex.istate.manager.memory import StateManagerMemory
    from reflex.istate.manager.token import BaseStateToken
    from reflex.istate.proxy import StateProxy
    from reflex.state import State
    from reflex_base.event.context import EventContext
    from reflex_base.event.processor.base_state_processor import process_event

    from prm.auth import AuthState

    out = Outcome()

    async def emit_delta(_token, delta):
        out.deltas.append(delta)

    async def emit_event(_token, *events):
        out.events.extend(events)

    manager = StateManagerMemory()
    with EventContext(token=CLIENT, state_manager=manager, enqueue_impl=emit_event, emit_delta_impl=emit_delta,
                      emit_event_impl=emit_event):
        root = await manager.get_state(BaseStateToken(ident=CLIENT, cls=State))
        root.router = RouterData.from_router_data(router_data)
        (await root.get_state(AuthState)).session_token = session_token
        root._clean()
        substate = await root.get_state(state_cls)
        handler = state_cls.event_handlers[name]
        try:
            if handler.is_background:
                await process_event(handler, payload, StateProxy(substate), None)
            else:
                await process_event(handler, payload, substate, root)
        except Exception as exc:  # noqa: BLE001 - Reflex's backend exception handler: a toast, no data
            out.error = exc
        await manager.close()
    return out


def drive(state_cls, name: str, payload: dict, session_token: str, fid: str = "0") -> Outcome:
    return asyncio.run(_drive(state_cls, name, payload, session_token, _router(fid)))


# Form fields a forged event may add to any form: the tenant, the role, the owner, ids.
def _forged_form(fid: str, world: World) -> dict[str, str]:
    return {"id": fid, "lead_id": fid, "user_id": fid, "partner_account_id": str(world.p.northwind.id),
            "partner": "northwind", "tenant_name": "northwind", "account_id": str(world.p.northwind.id),
            "owner_user_id": str(world.p.alice.id), "partner_role": "partner_admin", "role": "supplier_admin",
            "kind": "supplier_admin", "is_supplier_admin": "true", "email": "forged@contoso.example",
            "company": "Forged Co", "first_name": "Forged", "last_name": "Person", "name": "Forged",
            "status": "Closed Won", "reason": "forged", "message": "forged", "password": "not the password",
            "confirm": "not the password", "current_password": "not the password", "new_password": "a long new passphrase",
            "message_id": fid, "invitation_id": fid, "application_id": fid, "rule_id": fid, "key_id": fid}


# Arguments that take one of a few words: a valid one, so the probe reaches the tenant check.
ENUM_ARGS = {"role": "is_lead_owner", "direction": "up", "mode": "existing", "step": "2"}


def _payloads(handler, fid: str, world: World) -> list[dict]:
    """Arguments for one probe: every parameter filled with the foreign id, in its type."""
    params = list(inspect.signature(handler.fn).parameters.values())[1:]
    hints = {p.name: str(p.annotation) for p in params}
    if handler.fn.__name__ == "setvar":  # Reflex's generic setter: aim it at tenant/role/owner fields
        return [{"var_name": v, "value": fid} for v in ("partner_account_id", "tenant_name", "role", "owner_user_id",
                                                        "lead", "is_supplier_admin", "session_token")]
    if handler.fn.__name__ == "update_vars_internal":  # client storage sync: only cookies/local storage
        from portal.lead_detail.state import PortalLeadDetailState
        from prm.auth import AuthState

        return [{"vars": {f"{PortalLeadDetailState.get_full_name()}.lead": {"id": fid},
                          f"{AuthState.get_full_name()}.user_name": "Forged Admin"}}]
    payload: dict = {}
    for name, hint in hints.items():
        if "UploadFile" in hint:
            payload[name] = []
        elif hint.startswith("dict"):
            payload[name] = _forged_form(fid, world)
        elif hint == "bool":
            payload[name] = True
        elif hint == "int":
            payload[name] = int(fid)
        elif name in ENUM_ARGS:  # an argument from a fixed list: a real value, to get past the check
            payload[name] = ENUM_ARGS[name]
        else:  # str, Any, str | list[str]
            payload[name] = fid
    return [payload]


# ---------------------------------------------------------------- what changed in the database

# Bookkeeping any request may write: sessions and their last use, login attempts, the audit
# trail, queued emails (their content is checked by the mail tests) and API idempotency keys.
BOOKKEEPING = {"auth_session", "login_attempt", "audit_log", "email_message", "api_idempotency_key"}


def _snapshot() -> dict[str, dict]:
    from prm.db import get_engine

    out = {}
    with get_engine().connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            if table.name in BOOKKEEPING:
                continue
            pk = [c.name for c in table.primary_key.columns]
            out[table.name] = {tuple(r[c] for c in pk): dict(r) for r in conn.execute(table.select()).mappings()}
    return out


def _changes(before: dict, after: dict) -> list[tuple[str, tuple, dict | None, dict | None]]:
    """(table, key, row before or None, row after or None) for every row added, changed or deleted."""
    out = []
    for table, rows in after.items():
        old = before.get(table, {})
        out += [(table, k, old.get(k), r) for k, r in rows.items() if old.get(k) != r]
        out += [(table, k, r, None) for k, r in old.items() if k not in rows]
    return out


# Fields of charlie's own rows that no partner handler may change, whatever the form says.
PROTECTED = {"app_user": ("kind", "partner_role", "partner_account_id", "email"),
             "partner_account": ("tenant_name", "status", "tier")}


def _charlies_change(table: str, old: dict | None, new: dict | None, world: World, before: dict,
                     after: dict) -> bool:
    """Whether this change is one charlie's own account may make: the row was and stays
    Contoso's, and no protected field (role, tenant, kind) moved."""
    if old is not None and not _contoso_owns(table, old, world, before):
        return False
    if new is not None and not _contoso_owns(table, new, world, after):
        return False
    if old is not None and new is not None:
        return all(old[f] == new[f] for f in PROTECTED.get(table, ()))
    return True


def _contoso_owns(table: str, row: dict, world: World, after: dict) -> bool:
    if table == "partner_account":
        return row["id"] == world.contoso_id
    if table == "app_user":
        return row["id"] in world.contoso_users
    if any(k.endswith("account_id") and v == world.contoso_id for k, v in row.items()):
        return True
    if row.get("user_id") in world.contoso_users:
        return True
    lead = after.get("lead", {}).get((row.get("lead_id"),))
    return lead is not None and lead.get("partner_account_id") == world.contoso_id


# ---------------------------------------------------------------- the sweep


@pytest.fixture
def no_waiting(monkeypatch):
    """The polling background handlers wait a second between reads: not here."""
    import types

    import admin.email_detail.state
    import admin.leads.state
    import prm.import_state

    real_sleep = asyncio.sleep
    fast = types.SimpleNamespace(sleep=lambda _s: real_sleep(0))
    for module in (admin.leads.state, admin.email_detail.state, prm.import_state):
        monkeypatch.setattr(module, "asyncio", fast)


def _states_by_name() -> dict[str, type]:
    return {_name(s): s for s in _app_states()}


@pytest.mark.parametrize("state_name", sorted(HANDLERS))
def test_no_handler_gives_charlie_another_accounts_data_or_lets_him_change_it(db, world, state_name, no_waiting,
                                                                            figures):
    """charlie (Contoso) sends every handler of this state with every foreign id (Northwind's and
    the supplier's objects) in its arguments and the page URL, and forms full of tenant, role and
    owner fields."""
    kind, names = HANDLERS[state_name]
    state_cls = _states_by_name()[state_name]
    leaks, foreign_changes = [], []
    probes = 0
    for name in names.split():
        handler = state_cls.event_handlers[name]
        before = _snapshot()
        for fid in world.foreign_ids:
            for payload in _payloads(handler, fid, world):
                out = drive(state_cls, name, payload, world.charlie_token, fid)
                probes += 1
                received = out.text()
                found = [s for s in world.secrets if s in received]
                # An admin handler shows partner accounts by name: a partner must not get even that.
                # (Not the tenant slug "northwind": the forged forms carry it, and a dialog may
                # echo the sender's own input back.)
                if kind == ADMIN and "Northwind Traders" in received:
                    found.append("Northwind Traders")
                if found:
                    leaks.append((name, fid, found, received[:300]))
        after = _snapshot()
        for table, key, old, new in _changes(before, after):
            if kind == PARTNER and _charlies_change(table, old, new, world, before, after):
                continue
            foreign_changes.append((name, table, key, old, new))
        figures.add("handlers probed", 1)
    figures.add("probes tried", probes)
    figures.add("leaks found", len(leaks) + len(foreign_changes))
    assert leaks == [], leaks[:5]
    assert foreign_changes == [], foreign_changes[:5]


# ---------------------------------------------------------------- the sweep can see a leak


def test_the_driver_sees_what_a_handler_sends_and_changes(db, world):
    """Positive controls, so the sweep's silence means something: alice (Northwind) opening her
    own lead receives its private values; the admin does too; charlie saving his own profile
    changes his row (and only his)."""
    from admin.lead_detail.state import AdminLeadDetailState
    from portal.lead_detail.state import PortalLeadDetailState
    from portal.settings.state import PortalSettingsState

    lead_id = next(i for i in world.foreign_ids if _is_lead(db, i))
    assert MARK in drive(PortalLeadDetailState, "load", {}, world.alice_token, lead_id).text()
    assert MARK in drive(AdminLeadDetailState, "load", {}, world.admin_token, lead_id).text()
    refused = drive(PortalLeadDetailState, "load", {}, world.charlie_token, lead_id)
    assert MARK not in refused.text() and refused.error is None
    assert "not found" in refused.text().lower()

    before = _snapshot()
    drive(PortalSettingsState, "save_profile", {"form_data": {"first_name": "Charles", "last_name": "Brown"}},
          world.charlie_token)
    after = _snapshot()
    changes = _changes(before, after)
    assert [(t, new["first_name"]) for t, _k, _old, new in changes] == [("app_user", "Charles")]
    assert all(_charlies_change(t, old, new, world, before, after) for t, _k, old, new in changes)
    # The same change to Northwind's row, or to charlie's role, would be caught.
    _t, _k, old, new = changes[0]
    assert not _charlies_change("app_user", old, {**new, "partner_role": "partner_admin"
                                                  if new["partner_role"] != "partner_admin" else "partner_user"},
                                world, before, after)
    alice = before["app_user"][(world.p.alice.id,)]
    assert not _charlies_change("app_user", alice, {**alice, "first_name": "X"}, world, before, after)

    # A Partner Admin names a colleague Lead Owner through the same forged-style call; on
    # Northwind's user the same call changes nothing.
    dave = create_partner_user(db, world.p.contoso, email="dave2@contoso.example", role="partner_user")
    for user, changes_expected in ((world.p.alice, False), (dave, True)):
        before = _snapshot()
        drive(PortalSettingsState, "set_lead_role", {"user_id": str(user.id), "role": "is_lead_owner", "on": True},
              world.charlie_token)
        assert bool(_changes(before, _snapshot())) is changes_expected, user.email


def test_forged_events_cannot_set_tenant_role_or_owner_fields(db, world, figures):
    """Reflex's generic setvar only reaches a state's own set_* handlers, and the client-storage
    update only cookies and local storage: no tenant, role, owner or data var can be set."""
    from portal.lead_detail.state import PortalLeadDetailState
    from prm.auth import AuthState

    tried = 0
    for state_name in HANDLERS:
        state_cls = _states_by_name()[state_name]
        for payload in _payloads(state_cls.event_handlers["setvar"], "1", world):
            if payload["var_name"] == "session_token":
                continue  # the cookie itself: the browser holds it anyway
            if f"set_{payload['var_name']}" in state_cls.event_handlers:
                continue  # the state's own setter (the Add Customer wizard's new tenant name): swept above
            out = drive(state_cls, "setvar", payload, world.charlie_token)
            assert isinstance(out.error, AttributeError) and out.deltas in ([], [{}]), (state_name, payload)
            tried += 1
    forged = {f"{PortalLeadDetailState.get_full_name()}.lead": {"id": "Zq7-forged"},
              f"{AuthState.get_full_name()}.user_name": "Zq7 Forged Admin"}
    out = drive(_states_by_name()["reflex.state.UpdateVarsInternalState"], "update_vars_internal",
                {"vars": forged}, world.charlie_token)
    assert "Zq7" not in out.text()
    figures.add("probes tried", tried + 1)


def _is_lead(db, raw: str) -> bool:
    from models.leads import Lead

    lead = db.get(Lead, int(raw))
    return lead is not None and lead.company.startswith(MARK)


def test_a_partner_session_gets_nothing_from_the_api(db, world):
    """The REST API takes a supplier API key only: charlie's session cookie, or his session
    token as a bearer key, opens nothing."""
    from starlette.testclient import TestClient

    from prm.api import api

    client = TestClient(api, cookies={"prm_session": world.charlie_token})
    assert client.get("/api/v1/leads").status_code == 401
    assert client.get("/api/v1/leads", headers={"Authorization": f"Bearer {world.charlie_token}"}).status_code == 401
    r = client.post("/api/v1/leads", json={"company": "X"}, headers={"Authorization": f"Bearer {world.charlie_token}"})
    assert r.status_code == 401 and MARK not in r.text


# Account-level rows a Partner User (not a Partner Admin) may not change: the account itself,
# its company profile, and the other users of the account (their roles above all).
ACCOUNT_LEVEL = {"partner_account", "company_profile"}


@pytest.mark.parametrize("state_name", sorted(s for s, (k, _h) in HANDLERS.items() if k == PARTNER))
def test_a_partner_user_cannot_act_as_the_partner_admin(db, world, state_name, no_waiting, figures):
    """dave, a Partner User of Contoso, sends every partner handler with forged arguments (ids of
    his colleague charlie, the Partner Admin, among them): the account, its profile and his
    colleagues' rows stay as they were, and his own role and tenant too."""
    p = world.p
    dave = create_partner_user(db, p.contoso, email="dave@contoso.example", role="partner_user")
    world.contoso_users.add(dave.id)
    dave_token = _login(db, dave, "partner")
    ids = sorted({str(p.charlie.id), str(dave.id), str(p.contoso.id), *world.foreign_ids[:3]}, key=int)
    state_cls = _states_by_name()[state_name]
    changed, probes = [], 0
    for name in HANDLERS[state_name][1].split():
        before = _snapshot()
        for fid in ids:
            for payload in _payloads(state_cls.event_handlers[name], fid, world):
                out = drive(state_cls, name, payload, dave_token, fid)
                probes += 1
                assert MARK not in out.text(), (name, fid)
        after = _snapshot()
        for table, key, old, new in _changes(before, after):
            others = table == "app_user" and (old or new)["id"] != dave.id
            protected = old is not None and new is not None and any(
                old[f] != new[f] for f in PROTECTED.get(table, ()))
            if table in ACCOUNT_LEVEL or others or protected or \
                    not _charlies_change(table, old, new, world, before, after):
                changed.append((name, table, key, old, new))
    figures.add("probes tried", probes)
    figures.add("leaks found", len(changed))
    assert changed == [], changed[:5]
