"""A minimal client of Reflex's event websocket, speaking what its frontend speaks
(reflex_base/.templates/web/utils/state.js): Socket.IO v4 over Engine.IO v4 on
ws://host/_event/?EIO=4&transport=websocket&token=<tab token>, in the Socket.IO namespace
"/_event" (socket.io-client takes it from the URL's path), the hydrate event in the CONNECT
packet's auth, then `42/_event,["event", {name, payload, router_data}]` out and
`42/_event,["event", {delta, events}]` back. Used by benchmark 7's locust users.

Framing (Engine.IO packet type + Socket.IO packet type + namespace):
  "0{json}"          open (server: sid, pingInterval, pingTimeout)   "2" ping → answer "3" pong
  "40/_event,{json}" connect to the namespace (client: auth; server: {"sid": ...})
  "42/_event,[...]"  an event                                        "44/_event,{json}" refused
  "41/_event,"       disconnect"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlparse

ROOT_STATE = "reflex___state____state"
HYDRATE = f"{ROOT_STATE}.hydrate_and_load"
ON_LOAD = f"{ROOT_STATE}.reflex___state____on_load_internal_state.on_load_internal"
NAMESPACE = "/_event"


class ProtocolError(Exception):
    """The server said something this client does not expect (or refused the connection)."""


def socket_url(base_url: str, token: str) -> str:
    """http://host:port → ws://host:port/_event/?EIO=4&transport=websocket&token=…"""
    parsed = urlparse(base_url)
    scheme = "wss" if parsed.scheme == "https" else "ws"
    query = urlencode({"EIO": "4", "transport": "websocket", "token": token})
    return f"{scheme}://{parsed.netloc}/_event/?{query}"


def router_data(path: str) -> dict:
    """What the frontend's withRouterData puts in every event: the page's path (and query)."""
    pathname, _, query = path.partition("?")
    data: dict = {"pathname": pathname, "asPath": path}
    if query:
        data["query"] = dict(p.split("=", 1) if "=" in p else (p, "") for p in query.split("&") if p)
    return data


def event(name: str, path: str, payload: dict | None = None) -> dict:
    e: dict = {"name": name, "router_data": router_data(path)}
    if payload:
        e["payload"] = payload
    return e


def encode_connect(auth: dict | None = None, namespace: str = NAMESPACE) -> str:
    return f"40{namespace}," + (json.dumps(auth, separators=(",", ":")) if auth is not None else "")


def encode_event(data: dict, namespace: str = NAMESPACE) -> str:
    return f"42{namespace}," + json.dumps(["event", data], separators=(",", ":"))


@dataclass
class Packet:
    """A decoded text frame: kind is open, ping, pong, connect, connect_error, disconnect,
    event or noop; name/data for an event, data for open/connect/connect_error."""

    kind: str
    name: str = ""
    data: object = None
    namespace: str = "/"


def decode(frame: str) -> Packet:
    if not frame:
        raise ProtocolError("empty frame")
    eio, rest = frame[0], frame[1:]
    if eio == "0":
        return Packet("open", data=json.loads(rest))
    if eio == "2":
        return Packet("ping")
    if eio == "3":
        return Packet("pong")
    if eio == "6":
        return Packet("noop")
    if eio == "1":
        return Packet("disconnect")
    if eio != "4" or not rest:
        raise ProtocolError(f"unexpected Engine.IO packet {frame[:40]!r}")
    sio, body = rest[0], rest[1:]
    namespace = "/"
    if body.startswith("/"):  # "/ns,payload"
        namespace, _, body = body.partition(",")
    if sio == "0":
        return Packet("connect", data=json.loads(body) if body else {}, namespace=namespace)
    if sio == "1":
        return Packet("disconnect", namespace=namespace)
    if sio == "4":
        return Packet("connect_error", data=json.loads(body) if body else {}, namespace=namespace)
    if sio == "2":
        if body and body[0].isdigit():  # an ack id before the array
            body = body.lstrip("0123456789")
        items = json.loads(body)
        return Packet("event", name=items[0], data=items[1] if len(items) > 1 else None, namespace=namespace)
    raise ProtocolError(f"unexpected Socket.IO packet {frame[:40]!r}")


def state_name(cls) -> str:
    """The full name of a state class as events name it (reflex___state____state.…)."""
    return cls.get_full_name()


MARKER_STATE = f"{ROOT_STATE}.bench___counter_page____bench_counter_state"
MARKER = f"{MARKER_STATE}.increment"


def marker_count(update: dict) -> int | None:
    """The counter value in an update of the marker event (BenchCounterState.increment), if any."""
    value = ((update or {}).get("delta") or {}).get(MARKER_STATE, {}).get("count_rx_state_")
    return value if isinstance(value, int) else None


@dataclass
class ReflexSession:
    """One browser tab: a token, a websocket, the path it is on, and the state it was sent.

    An event can produce several updates (each on_load handler, a yield), and Reflex does not
    say which is the last. The backend runs one tab's events in order, so after each event
    this client sends a marker — BenchCounterState.increment (bench/counter_page.py, present
    with PRM_BENCH_PAGES=1) — and every update before the marker's belongs to the event. An
    event's latency is send → its last update (→ the marker's, if it sent none)."""

    base_url: str
    token: str = field(default_factory=lambda: str(uuid.uuid4()))
    path: str = "/"
    timeout: float = 30.0
    ws: object = None
    state: dict = field(default_factory=dict)
    redirect: str = ""
    markers: int = 0

    def connect(self, path: str) -> float:
        """Open the socket with the hydrate event in the CONNECT packet, as the frontend does;
        returns the seconds until the hydrate's (and the page's on_load's) last update."""
        import websocket  # websocket-client (gevent-friendly once locust has patched sockets)

        self.path = path
        started = time.perf_counter()
        deadline = started + self.timeout
        # websocket-client sends Origin: the base URL itself (a second one would be joined to it).
        self.ws = websocket.create_connection(socket_url(self.base_url, self.token), timeout=self.timeout)
        opened = self._next(deadline)
        if opened.kind != "open":
            raise ProtocolError(f"expected the open packet, got {opened.kind}")
        self.ws.send(encode_connect({"event": event(HYDRATE, path, {})}))
        while True:
            p = self._next(deadline)
            if p.kind == "connect_error":
                raise ProtocolError(f"connection refused: {p.data}")
            if p.kind == "connect" and p.namespace == NAMESPACE:
                break
            if p.kind == "event":
                self._apply(p.data)
        return self._until_marker(started, rounds=2)[0]

    def navigate(self, path: str) -> float:
        """A client-side navigation: on_load_internal queues the page's on_load handlers on
        the backend, behind the first marker, hence a second round."""
        self.path = path
        return self.send(ON_LOAD, rounds=2)[0]

    def send(self, name: str, payload: dict | None = None, rounds: int = 1,
             until=None) -> tuple[float, list[dict]]:
        """Emit an event on the current page; (seconds to its last update, its updates).
        rounds: markers sent one after the other, for events that queue further events.
        until: for a background event (it does not hold the tab's queue, so the marker may
        overtake it), a check of this session that is true once the event's outcome arrived;
        updates are read until it is."""
        started = time.perf_counter()
        self.redirect = ""
        self.ws.send(encode_event(event(name, self.path, payload)))
        return self._until_marker(started, rounds, until)

    def var(self, state: str, name: str):
        return self.state.get(state, {}).get(f"{name}_rx_state_")

    def close(self) -> None:
        if self.ws is not None:
            try:
                self.ws.close()
            finally:
                self.ws = None

    def _until_marker(self, started: float, rounds: int = 1, until=None) -> tuple[float, list[dict]]:
        deadline = started + self.timeout
        updates: list[dict] = []
        last = None
        for _ in range(rounds):
            self.markers += 1
            self.ws.send(encode_event(event(MARKER, self.path)))
            while True:
                p = self._next(deadline)
                if p.kind != "event" or p.name != "event":
                    continue
                self._apply(p.data)
                if marker_count(p.data) == self.markers:
                    break
                updates.append(p.data)
                last = time.perf_counter()
        while until is not None and not until(self):
            p = self._next(deadline)
            if p.kind == "event" and p.name == "event":
                self._apply(p.data)
                updates.append(p.data)
                last = time.perf_counter()
        return (last or time.perf_counter()) - started, updates

    def _apply(self, update) -> None:
        for substate, delta in ((update or {}).get("delta") or {}).items():
            self.state.setdefault(substate, {}).update(delta)
        for e in (update or {}).get("events", []) or []:
            if e.get("name") == "_redirect":  # the tab would follow it: the caller navigates
                self.redirect = (e.get("payload") or {}).get("path", "")

    def _next(self, deadline: float) -> Packet:
        """The next packet that is not a ping (answered) or a noop, by the deadline."""
        while True:
            left = deadline - time.perf_counter()
            if left <= 0:
                raise ProtocolError(f"no answer within {self.timeout:g} s")
            self.ws.settimeout(left)
            p = decode(self.ws.recv())
            if p.kind == "ping":
                self.ws.send("3")
                continue
            if p.kind == "noop":
                continue
            if p.kind == "disconnect":
                raise ProtocolError("the server closed the connection")
            return p
