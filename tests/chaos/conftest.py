"""Chaos fixtures: a PRIVATE PostgreSQL and Redis per test module (so restarting them disturbs
nobody else), a real SMTP server (aiosmtpd) counting what it accepts per recipient, and a pool of
real `python -m jobs.worker` processes that the tests SIGKILL.

The test process points the app at the private servers too (DATABASE_URL, REDIS_URL), so it can
create data with the services and read the outcome. Recovery timings are shortened through the
app's settings (STALE_CLAIM_SECONDS, SWEEP_SECONDS), not by sleeping.
"""

from __future__ import annotations

import asyncio
import collections
import email
import email.policy
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from bench.smtp_sink import OffersPipelining
from tests.conftest import REQUIRE_SERVICES
from tests.jobs.conftest import free_port

ROOT = Path(__file__).resolve().parents[2]
PG_BIN = Path("/usr/lib/postgresql/15/bin")
SETTINGS = {"STALE_CLAIM_SECONDS": "15", "SWEEP_SECONDS": "3"}


def _require(ok: bool, what: str) -> None:
    if ok:
        return
    if REQUIRE_SERVICES:
        pytest.fail(f"{what} (REQUIRE_SERVICES=1)")
    pytest.skip(f"{what} (set REQUIRE_SERVICES=1 to make this a failure)")


def wait_until(predicate, *, timeout: float, what: str, interval: float = 0.5):
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = predicate()
        except Exception:  # a server being restarted
            value = None
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(interval)


class PrivatePostgres:
    """initdb into a temporary directory, on a free port. As root, the server runs as the
    postgres system user (PostgreSQL refuses root)."""

    def __init__(self, base: Path):
        self.dir = base / "pg"
        self.dir.mkdir()
        self.port = free_port()
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.getuid() == 0 else []
        if self.as_user:
            shutil.chown(self.dir, "postgres", "postgres")
        self._run(str(PG_BIN / "initdb"), "-D", str(self.dir / "data"), "-A", "trust", "-U", "postgres",
                  "--no-sync", "-E", "UTF8")
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/prm"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run([*self.as_user, *args], capture_output=True, text=True, check=check, timeout=120)

    def start(self) -> None:
        options = (f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c full_page_writes=off -c max_connections=200")
        self._run(str(PG_BIN / "pg_ctl"), "-D", str(self.dir / "data"), "-o", options,
                  "-l", str(self.dir / "log"), "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        self._run(str(PG_BIN / "pg_ctl"), "-D", str(self.dir / "data"), "-m", mode, "-w", "stop", check=False)

    def restart(self) -> None:
        self.stop("fast")
        self.start()

    def create_database(self) -> None:
        import psycopg

        with psycopg.connect(f"postgresql://postgres@127.0.0.1:{self.port}/postgres", autocommit=True) as c:
            c.execute("CREATE DATABASE prm")


class PrivateRedis:
    def __init__(self, base: Path):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.log = base / "redis.log"
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        import redis

        self.proc = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=open(self.log, "a"), stderr=subprocess.STDOUT)  # noqa: SIM115 - the child keeps it
        wait_until(lambda: redis.Redis.from_url(self.url).ping(), timeout=30, what="the private Redis")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)

    def restart(self) -> None:
        self.stop()
        self.start()


class CountingHandler(OffersPipelining):
    """What the SMTP server accepted: per recipient, the Message-IDs (one entry per copy). It
    offers PIPELINING, as Postfix and Exim do: the senders killed here pipeline."""

    def __init__(self):
        self.copies: dict[str, list[str]] = collections.defaultdict(list)
        self.lock = threading.Lock()
        self.delay = 0.0  # seconds the answer to each message takes, as a real server's can

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.lock:  # taken once its final dot is read, as the sender assumes
            for rcpt in envelope.rcpt_tos:
                self.copies[rcpt.lower()].append(str(message["Message-ID"]))
        if self.delay:
            await asyncio.sleep(self.delay)  # then slow to answer, on this connection only
        return "250 Message accepted for delivery"

    def counts(self) -> collections.Counter:
        with self.lock:
            return collections.Counter({k: len(v) for k, v in self.copies.items()})


class Workers:
    """`python -m jobs.worker --processes N`, as the Procfile runs it: the pool replaces a
    worker that dies."""

    def __init__(self, env: dict, log: Path, processes: int):
        self.env, self.log_path, self.processes = env, log, processes
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        self.log = open(self.log_path, "a")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen([sys.executable, "-m", "jobs.worker", "--processes", str(self.processes)],
                                     cwd=ROOT, env=self.env, stdout=self.log, stderr=subprocess.STDOUT,
                                     start_new_session=True)

    def stop(self) -> None:
        if self.proc is not None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait(20)
            self.log.close()
            self.proc = None

    def tail(self, n: int = 4000) -> str:
        return self.log_path.read_text(errors="replace")[-n:]


def descendants(pid: int) -> list[int]:
    """Every descendant of a process, from /proc (RQ forks a work horse per job)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        kids = [p for p, parent in parents.items() if parent == current]
        found += kids
        todo += kids
    return found


def kill_a_worker_running(workers: Workers, connection, prefix: str, rng: random.Random) -> str | None:
    """SIGKILL one living RQ worker of the pool (and its work horse) whose current job id starts
    with prefix; the job id killed, or None when no worker is running such a job. A killed
    worker stays registered in Redis until its key expires: only living pool members count."""
    from rq import Worker

    ours = set(descendants(workers.proc.pid))
    busy = []
    for worker in Worker.all(connection=connection):
        job_id = worker.get_current_job_id()
        if job_id and job_id.startswith(prefix) and worker.pid in ours:
            busy.append((worker.pid, job_id))
    if not busy:
        return None
    pid, job_id = rng.choice(busy)
    for victim in [*descendants(pid), pid]:
        try:
            os.kill(victim, signal.SIGKILL)
        except ProcessLookupError:
            pass
    return job_id


@pytest.fixture(scope="module")
def chaos():
    """The private servers, the SMTP counter, the app's settings pointing at them, and a
    Workers pool (not started: each test starts and stops its own)."""
    _require((PG_BIN / "initdb").exists(), f"PostgreSQL's initdb is not at {PG_BIN}")
    _require(shutil.which("redis-server") is not None, "redis-server is not installed")
    from jobs import queues
    from prm import db as prm_db
    from prm.migrate import upgrade_head
    from prm.settings import reset_settings_cache

    base = Path(tempfile.mkdtemp(prefix="prm-chaos-"))
    os.chmod(base, 0o755)  # noqa: S103 - the postgres user must reach its data directory
    pg, rd = PrivatePostgres(base), PrivateRedis(base)
    handler = CountingHandler()
    smtp = Controller(handler, hostname="127.0.0.1", port=free_port())
    saved = {k: os.environ.get(k) for k in ("DATABASE_URL", "REDIS_URL", "SMTP_URL", *SETTINGS)}
    try:
        pg.start()
        pg.create_database()
        rd.start()
        smtp.start()
        env_vars = {"DATABASE_URL": pg.url, "REDIS_URL": rd.url,
                    "SMTP_URL": f"smtp://127.0.0.1:{smtp.port}?timeout=10", **SETTINGS}
        os.environ.update(env_vars)
        reset_settings_cache()
        queues.reset_connection()
        prm_db.dispose_engines()
        upgrade_head(pg.url)
        env = {**os.environ, **env_vars, "PYTHONUNBUFFERED": "1"}
        yield type("Chaos", (), dict(pg=pg, redis=rd, smtp=handler, env=env, base=base,
                                     workers=lambda processes=3: Workers(env, base / "workers.log", processes)))
    finally:
        prm_db.dispose_engines()
        queues.reset_connection()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        reset_settings_cache()
        try:
            smtp.stop()
        except Exception:  # not started
            pass
        rd.stop()
        pg.stop("immediate")
        shutil.rmtree(base, ignore_errors=True)
