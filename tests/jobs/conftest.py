"""Fixtures for the job and mail tests: a real SMTP server (aiosmtpd) on a loopback port,
the app's queues on the real Redis test database, and a real `rq` worker process.

The worker is a separate process, like `make worker` in production: it sees the test's
database, Redis and SMTP server only through the environment it is started with, so the
fixtures that set DATABASE_URL, REDIS_URL and SMTP_URL run before it starts.
"""

from __future__ import annotations

import email
import email.policy
import os
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from bench.latency_relay import DelayRelay
from bench.smtp_sink import OffersPipelining
from tests.conftest import REDIS_UP, TEST_REDIS_URL, need_service

ROOT = Path(__file__).resolve().parents[2]
SMTP_USER, SMTP_PASSWORD = "mailer", "s3cret p@ss"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(predicate, *, timeout: float = 15.0, interval: float = 0.05, what: str = "condition"):
    """Poll until predicate() returns something truthy; return it, or fail at the deadline."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout}s waiting for {what}")
        time.sleep(interval)


@pytest.fixture(autouse=True)
def _forget_settings_afterwards():
    """Set up before (so torn down after) monkeypatch: once the environment is restored, the
    next test reads it afresh instead of this test's SMTP_URL or REDIS_URL."""
    yield
    from jobs import queues
    from prm.settings import reset_settings_cache

    reset_settings_cache()
    queues.reset_connection()


# ---------------------------------------------------------------- SMTP


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    message: email.message.EmailMessage
    login: str | None  # the AUTH user the client logged in as, if any
    tls: bool  # whether the message came over TLS (SMTPS or after STARTTLS)
    peer: tuple | None = None  # the client's (address, port): one per SMTP connection


@dataclass
class MailHandler:
    """Collects what the server accepts; answers a given reply for given recipients, at the
    RCPT command or after DATA (real servers do both)."""

    received: list[Received] = field(default_factory=list)
    answers: dict[tuple[str, str], str] = field(default_factory=dict)  # (stage, rcpt) -> reply
    quit_reply: str = "221 Bye"
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_QUIT(self, server, session, envelope):
        return self.quit_reply

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        reply = self.answers.get(("MAIL", address.lower()))
        if reply:
            return reply
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        reply = self.answers.get(("RCPT", address.lower()))
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        for rcpt in envelope.rcpt_tos:
            if ("DATA", rcpt.lower()) in self.answers:
                return self.answers[("DATA", rcpt.lower())]
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        login = session.auth_data.login.decode() if isinstance(session.auth_data, LoginPassword) else None
        with self.lock:
            self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), message,
                                          login, self._over_tls(server, session), tuple(session.peer)))
        return "250 Message accepted for delivery"

    @staticmethod
    def _over_tls(server, session) -> bool:
        # STARTTLS sets session.ssl; implicit TLS (SMTPS) shows on the transport.
        return session.ssl is not None or server.transport.get_extra_info("ssl_object") is not None


@dataclass
class PipeliningMailHandler(OffersPipelining, MailHandler):
    pass


class SmtpServer:
    def __init__(self, *, auth: bool = False, tls: str | None = None, cert=None, pipelining: bool = False):
        """tls: None, "starttls" (offered and required) or "ssl" (SMTPS); cert: (cert, key);
        pipelining: offer PIPELINING."""
        self.handler = PipeliningMailHandler() if pipelining else MailHandler()
        self.port = free_port()
        kwargs = {}
        if auth:
            kwargs.update(authenticator=self._authenticate, auth_required=True,
                          auth_require_tls=False)
        if tls:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(*cert)
            if tls == "ssl":
                kwargs.update(ssl_context=context)
            else:
                kwargs.update(tls_context=context, require_starttls=True)
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port, **kwargs)

    @staticmethod
    def _authenticate(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword)
              and auth_data.login.decode() == SMTP_USER
              and auth_data.password.decode() == SMTP_PASSWORD)
        return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)

    def url(self, userinfo: str = "") -> str:
        return f"smtp://{userinfo}{'@' if userinfo else ''}127.0.0.1:{self.port}?timeout=5"

    @property
    def messages(self) -> list[email.message.EmailMessage]:
        with self.handler.lock:
            return [r.message for r in self.handler.received]

    @property
    def received(self) -> list[Received]:
        with self.handler.lock:
            return list(self.handler.received)

    def answer(self, recipient: str, reply: str | None, *, at: str = "DATA") -> None:
        """Answer this recipient's RCPT or DATA (or this sender's MAIL) with reply ("451 ...",
        "550 ..."); None accepts it again."""
        key = (at, recipient.lower())
        if reply is None:
            self.handler.answers.pop(key, None)
        else:
            self.handler.answers[key] = reply

    def messages_to(self, address: str) -> list[email.message.EmailMessage]:
        return [r.message for r in self.received if address in r.rcpt_tos]


def _use_smtp(monkeypatch, url: str) -> None:
    from prm.settings import reset_settings_cache

    monkeypatch.setenv("SMTP_URL", url)
    reset_settings_cache()


@pytest.fixture
def smtp_server(monkeypatch):
    """An SMTP server on a free loopback port; SMTP_URL points the app at it."""
    server = SmtpServer()
    server.controller.start()
    _use_smtp(monkeypatch, server.url())
    yield server
    server.controller.stop()


@pytest.fixture
def pipelining_smtp_server(monkeypatch):
    """smtp_server, offering PIPELINING."""
    server = SmtpServer(pipelining=True)
    server.controller.start()
    _use_smtp(monkeypatch, server.url())
    yield server
    server.controller.stop()


@pytest.fixture(params=["lockstep", "pipelining"])
def any_smtp_server(request):
    """smtp_server, then pipelining_smtp_server: a test of what must hold with either."""
    return request.getfixturevalue("smtp_server" if request.param == "lockstep" else "pipelining_smtp_server")


class WireTap(DelayRelay):
    """A relay (no delay) in front of a server that keeps what the client wrote, one entry per
    read (a write of a few hundred bytes on loopback arrives as one read): which commands the
    client sent together, and which it sent only after an answer."""

    def __init__(self, port: int) -> None:
        super().__init__(port, delay=0)

    def commands(self) -> list[list[str]]:
        """Each read's command verbs (MAIL, RCPT, DATA, ...; a message body shows as "<message>")."""
        with self.lock:
            reads = list(self.client_reads)
        out = []
        for chunk in reads:
            verbs = []
            for line in chunk.split(b"\r\n"):
                if not line:
                    continue
                word = line.split(b" ")[0].split(b":")[0].upper().decode("ascii", "replace")
                if word in ("EHLO", "HELO", "MAIL", "RCPT", "DATA", "RSET", "QUIT", "NOOP"):
                    verbs.append(word)
                elif "<message>" not in verbs:
                    verbs.append("<message>")
            out.append(verbs)
        return out


@pytest.fixture
def wire_tap():
    """Factory: a WireTap in front of the given server's port (closed afterwards)."""
    taps = []

    def tap(port: int) -> WireTap:
        taps.append(WireTap(port))
        return taps[-1]

    yield tap
    for t in taps:
        t.close()


@pytest.fixture
def smtp_auth_server(monkeypatch):
    """An SMTP server that requires AUTH (without TLS) as SMTP_USER / SMTP_PASSWORD.
    SMTP_URL carries the right credentials; a test may point it elsewhere."""
    from urllib.parse import quote

    server = SmtpServer(auth=True)
    server.controller.start()
    _use_smtp(monkeypatch, server.url(f"{quote(SMTP_USER)}:{quote(SMTP_PASSWORD, safe='')}"))
    server.use = lambda url: _use_smtp(monkeypatch, url)
    yield server
    server.controller.stop()


@pytest.fixture(scope="session")
def tls_cert(tmp_path_factory):
    """A self-signed certificate for 127.0.0.1: (cert path, key path)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    return cert, key


@pytest.fixture
def tls_smtp_server(tls_cert):
    """Factory: start an SMTP server speaking TLS ("starttls" or "ssl") with tls_cert."""
    servers = []

    def start(mode: str) -> SmtpServer:
        server = SmtpServer(tls=mode, cert=tls_cert)
        server.controller.start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.controller.stop()


@pytest.fixture
def no_smtp(monkeypatch):
    """The embedded default: no SMTP_URL."""
    from prm.settings import reset_settings_cache

    monkeypatch.delenv("SMTP_URL", raising=False)
    reset_settings_cache()


# ---------------------------------------------------------------- Redis and RQ


@pytest.fixture
def redis_queue(monkeypatch):
    """The app's queues on the real Redis test database (db 15), emptied before and after."""
    need_service(REDIS_UP, "Redis")
    import redis

    from jobs import queues
    from prm.settings import reset_settings_cache

    monkeypatch.setenv("REDIS_URL", TEST_REDIS_URL)
    reset_settings_cache()
    queues.reset_connection()
    conn = redis.Redis.from_url(TEST_REDIS_URL)
    conn.flushdb()
    yield queues.get_connection()
    queues.reset_connection()
    conn.flushdb()
    conn.close()


@pytest.fixture
def embedded_queue(monkeypatch):
    """No REDIS_URL: the app's in-process fake Redis, fresh for this test."""
    from jobs import queues
    from prm.settings import reset_settings_cache

    monkeypatch.delenv("REDIS_URL", raising=False)
    reset_settings_cache()
    queues.reset_connection()
    yield queues.get_connection()
    queues.reset_connection()


class WorkerProcess:
    def __init__(self, proc: subprocess.Popen, log_path: Path):
        self.proc = proc
        self.log_path = log_path

    @property
    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)  # warm shutdown
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(5)


@pytest.fixture
def rq_worker(request, db, redis_queue, tmp_path):
    """A real RQ worker process (`python -m jobs.worker`, i.e. `make worker`) with the scheduler,
    on the test's Redis and database. SMTP fixtures the test asks for are set up first, so
    the worker inherits their SMTP_URL."""
    from rq import Worker

    for name in ("smtp_server", "pipelining_smtp_server", "any_smtp_server", "smtp_auth_server", "no_smtp"):
        if name in request.fixturenames:
            request.getfixturevalue(name)
    # The environment as the fixtures left it: DATABASE_URL, REDIS_URL, SMTP_URL, SECRET_KEY,
    # APP_ENV, VAR_DIR, BASE_URL (and an unset one stays unset, i.e. the app's default).
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    log_path = tmp_path / "rq-worker.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "jobs.worker"],  # every named queue
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
    worker = WorkerProcess(proc, log_path)
    try:
        wait_for(lambda: proc.poll() is not None or Worker.all(connection=redis_queue),
                 timeout=20, what="the rq worker to register")
        if proc.poll() is not None:
            pytest.fail(f"rq worker exited with {proc.returncode}:\n{worker.log}")
        yield worker
    finally:
        worker.stop()
        print(f"--- rq worker log ---\n{worker.log}")


# ---------------------------------------------------------------- webhooks


@pytest.fixture
def receiver():
    """A webhook receiver on a free loopback port (tests/webhook_receiver.py)."""
    from tests.webhook_receiver import running_receiver

    with running_receiver() as state:
        yield state


# ---------------------------------------------------------------- emails

RESET_URL = "http://localhost:3999/reset-password?token=abc&x=1"


def queue_reset_email(session, *, to_email: str = "pat@partner.example", to_name: str = "Pat Partner",
                      key: str | None = None, enqueue: bool = True) -> int:
    """A password-reset email through the app's own service; returns the row id."""
    from services.mail import queue_email

    return queue_email(session=session, to_email=to_email, to_name=to_name,
                       template="password_reset", idempotency_key=key or f"reset:{to_email}",
                       url=RESET_URL, hours=2, enqueue=enqueue)


def fetch_email(email_id: int):
    """The row as the database has it now (a fresh session: no cached state, no old snapshot)."""
    from sqlmodel import Session

    from models.messaging import EmailMessage
    from prm.db import get_engine

    with Session(get_engine()) as session:
        return session.get(EmailMessage, email_id)


def change_email(email_id: int, **values) -> None:
    from sqlalchemy import update
    from sqlmodel import Session

    from models.messaging import EmailMessage
    from prm.db import get_engine

    with Session(get_engine()) as session:
        session.execute(update(EmailMessage).where(EmailMessage.id == email_id).values(**values))
        session.commit()


def wait_for_email(email_id: int, *statuses: str, timeout: float = 15.0):
    """Poll the row until its status is one of statuses; return it."""
    return wait_for(lambda: (row := fetch_email(email_id)) is not None and row.status in statuses
                    and row, timeout=timeout, what=f"email {email_id} to become {'/'.join(statuses)}")
