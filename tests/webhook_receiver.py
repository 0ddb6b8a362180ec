"""A webhook receiver on a free 127.0.0.1 port, for the job and browser tests: it checks each
X-PRM-Signature with the signing secret, answers what it is told to, and records the order in
which deliveries arrive."""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Received:
    event_id: int
    attempt: int
    timestamp: int
    signature_ok: bool
    payload: dict
    headers: dict


@dataclass
class Receiver:
    """A webhook receiver on 127.0.0.1: verifies the signature with `secret`, answers the
    statuses in `plan` one request at a time (then 200), sleeps `delay` seconds first."""

    port: int
    secret: str = ""
    plan: list[int] = field(default_factory=list)
    delay: float = 0.0
    received: list[Received] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hooks/prm?source=test"

    def handle(self, handler: BaseHTTPRequestHandler) -> int:
        body = handler.rfile.read(int(handler.headers["Content-Length"]))
        parts = dict(p.split("=", 1) for p in handler.headers["X-PRM-Signature"].split(","))
        expected = hmac.new(self.secret.encode(), f"{parts['t']}.".encode() + body,
                            hashlib.sha256).hexdigest()
        ok = hmac.compare_digest(expected, parts["v1"])
        with self.lock:
            self.received.append(Received(int(handler.headers["X-PRM-Event-Id"]),
                                          int(handler.headers["X-PRM-Delivery-Attempt"]),
                                          int(parts["t"]), ok, json.loads(body), dict(handler.headers)))
            status = self.plan.pop(0) if self.plan else 200
        if self.delay:
            time.sleep(self.delay)
        return status if ok else 401

    def event_ids(self, ok_only: bool = False) -> list[int]:
        with self.lock:
            return [r.event_id for r in self.received if not ok_only or r.signature_ok]


@contextmanager
def running_receiver():
    """Serve a Receiver until the block ends."""
    state = Receiver(port=free_port())

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 - the http.server name
            status = state.handle(self)
            self.send_response(status)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", state.port), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
