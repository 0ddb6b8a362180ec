"""Benchmark 7's locust users: each is a partner user in one browser tab of the portal, over
Reflex's event websocket (bench/reflex_socket.py). It connects on the login page (hydrate),
logs in (LoginState.submit, which creates a session), opens Leads, then pages through its
leads, filters them by status and moves between Home and Leads, with think time between
clicks. Every event's time from send to the backend's state update is a locust request
(type WS); a refused login, a lost socket or an update carrying an error is a failure.

Run by bench/b7_portal_load.py; by hand:
  BENCH_B7_PASSWORD=… BENCH_B7_USERS=200 locust -f bench/locust_portal.py --host http://… \
      --headless -u 200 -r 10 -t 60s"""

from __future__ import annotations

import itertools
import json
import os
import random
import time

from locust import User, between, events, task

from bench.reflex_socket import ROOT_STATE, ProtocolError, ReflexSession

LOGIN = f"{ROOT_STATE}.prm___account___state____login_state"
AUTH = f"{ROOT_STATE}.prm___auth____auth_state"
LEADS = f"{ROOT_STATE}.portal___leads___state____portal_leads_state"
HOME = f"{ROOT_STATE}.portal___home___state____portal_home_state"
EMAIL = "bench-partner{}@example.com"
USERS = int(os.environ.get("BENCH_B7_USERS", "200"))
PASSWORD = os.environ.get("BENCH_B7_PASSWORD", "")
WAIT = [float(x) for x in os.environ.get("BENCH_B7_WAIT", "2,8").split(",")]
OUT = os.environ.get("BENCH_B7_OUT", "")
_numbers = itertools.count()
_samples: list[tuple[str, float, bool, float]] = []  # (event, ms, ok, sent at: time.time())


class PortalUser(User):
    wait_time = between(*WAIT)

    def on_start(self):
        self.number = next(_numbers) % USERS
        self.session: ReflexSession | None = None
        self.logged_in = False
        self._open()

    def on_stop(self):
        if self.session is not None:
            self.session.close()

    def _open(self) -> None:
        """A fresh tab: connect on the login page, log in, follow the redirect Home, open Leads.
        Each step only after the one before it worked."""
        if self.session is not None:
            self.session.close()
        self.session = ReflexSession(self.host)
        self.logged_in = False
        if not self._timed("hydrate /portal/login", lambda: self.session.connect("/portal/login")):
            return
        form = {"form_data": {"email": EMAIL.format(self.number), "password": PASSWORD}}
        # A background event: its outcome is the redirect (logged in) or an error message.
        def outcome(s: ReflexSession) -> bool:
            return bool(s.redirect or s.var(LOGIN, "error"))

        if not self._timed("LoginState.submit", lambda: self.session.send(f"{LOGIN}.submit", form, until=outcome)[0],
                           check=lambda: self.session.var(AUTH, "user_email") == EMAIL.format(self.number)
                           or f"not logged in: {self.session.var(LOGIN, 'error')!r}"):
            return
        self.logged_in = True
        if self.session.redirect and not self._timed(
                "on_load /portal", lambda: self.session.navigate(self.session.redirect),
                check=lambda: bool(self.session.var(HOME, "loaded")) or "Home did not load"):
            return
        self._timed("on_load /portal/leads", lambda: self.session.navigate("/portal/leads"),
                    check=self._leads_shown)

    def _reconnect(self) -> None:
        """As a browser tab does when its socket dropped: the same token (its state, with the
        login, is in Redis) reconnects on the page it was on and hydrates again."""
        path = self.session.path
        self._timed(f"hydrate {path}", lambda: self.session.connect(path))

    def _leads_shown(self):
        return bool(self.session.var(LEADS, "loaded")) or "the leads page did not load"

    def _timed(self, name: str, action, check=None) -> bool:
        started, sent_at = time.perf_counter(), time.time()
        error: Exception | None = None
        try:
            action()
            if check is not None and (verdict := check()) is not True:
                error = ProtocolError(str(verdict))
        except Exception as exc:  # noqa: BLE001 - every failure is a failed request in the stats
            error = exc
        ms = (time.perf_counter() - started) * 1000
        _samples.append((name, ms, error is None, sent_at))
        self.environment.events.request.fire(request_type="WS", name=name, response_time=ms, response_length=0,
                                             exception=error, context={})
        if error is not None:
            # Updates may still be on their way: the next task starts on a fresh socket.
            self.session.close()
        return error is None

    def _ready(self) -> bool:
        if self.session is None or not self.logged_in:
            self._open()
        elif self.session.ws is None:
            self._reconnect()
        return self.session.ws is not None and self.logged_in

    def _on_leads(self) -> bool:
        """Ready on the Leads page; if on another page, opening Leads is this task's event."""
        if not self._ready():
            return False
        if self.session.path != "/portal/leads":
            self._timed("on_load /portal/leads", lambda: self.session.navigate("/portal/leads"),
                        check=self._leads_shown)
            return False
        return True

    @task(4)
    def next_page(self):
        if not self._on_leads():
            return
        name = "next_page" if self.session.var(LEADS, "next_cursor") else "prev_page"
        self._timed(f"PortalLeadsState.{name}", lambda: self.session.send(f"{LEADS}.{name}")[0])

    @task(2)
    def filter_by_status(self):
        if not self._on_leads():
            return
        statuses = self.session.var(LEADS, "statuses") or []
        value = random.choice([*statuses, "all"])
        self._timed("PortalLeadsState.set_status", lambda: self.session.send(f"{LEADS}.set_status",
                                                                              {"value": value})[0])

    @task(1)
    def home(self):
        if not self._ready():
            return
        self._timed("on_load /portal", lambda: self.session.navigate("/portal"),
                    check=lambda: bool(self.session.var(HOME, "loaded")) or "Home did not load")


_spawned_at: list[float] = []  # when the last user was started (time.time())


@events.spawning_complete.add_listener
def _spawned(user_count, **kwargs):
    _spawned_at.append(time.time())


@events.quitting.add_listener
def _write_samples(environment, **kwargs):
    if OUT:
        with open(OUT, "w") as f:
            json.dump({"samples": _samples, "spawned_at": _spawned_at[0] if _spawned_at else None}, f)
