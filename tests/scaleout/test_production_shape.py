"""The production shape of the Procfile, run by honcho as `make prod` runs it: two backend
worker processes sharing user state through Redis, a pool of two RQ workers, PostgreSQL.

Shows that requests land on both backend processes, that a logged-in admin stays logged in
whichever process answers, and that an import keeps going when the RQ worker running it is
SIGKILLed: the pool replaces the worker, the abandoned job is given back and resumes, and
every row ends imported exactly once."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
import redis
from playwright.sync_api import expect
from sqlalchemy import create_engine, text

from tests.conftest import PG_UP, REDIS_UP, REQUIRE_SERVICES, TEST_REDIS_URL
from tests.e2e.conftest import (
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    _free_port,
    app_environment,
    fresh_postgres_database,
    login,
    wait_loaded,
)

ROOT = Path(__file__).resolve().parents[2]
ROWS = 30_000

pytestmark = pytest.mark.e2e


def _need_services() -> None:
    if PG_UP and REDIS_UP:
        return
    if REQUIRE_SERVICES:
        pytest.fail("the production shape needs PostgreSQL and Redis (REQUIRE_SERVICES=1)")
    pytest.skip("the production shape needs PostgreSQL and Redis; neither is embedded")


def _children(pid: int) -> list[int]:
    """Every descendant of a process, from /proc (RQ forks a work horse per job)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        kids = [p for p, parent in parents.items() if parent == current]
        found += kids
        todo += kids
    return found


def _get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read())


@pytest.fixture(scope="module")
def shape():
    _need_services()
    database_url = fresh_postgres_database(os.environ.get("TEST_SCALEOUT_DB_NAME", "prm_scaleout"))
    base, _, db = TEST_REDIS_URL.rpartition("/")
    jobs_db = int(db) if db.isdigit() else 15
    jobs_db = jobs_db - 1 if jobs_db >= 15 else jobs_db  # the state manager takes the next db
    redis_url = f"{base}/{jobs_db}"
    state_url = f"{base}/{jobs_db + 1}"
    for url in (redis_url, state_url):
        redis.Redis.from_url(url).flushdb()
    port = _free_port()
    var_dir = Path(tempfile.mkdtemp(prefix="prm-shape-"))
    env = app_environment(port=port, database_url=database_url, var_dir=var_dir, build="shape",
                          REDIS_URL=redis_url, REFLEX_REDIS_URL=state_url, GRANIAN_WORKERS="2",
                          WORKER_PROCESSES="2")
    subprocess.run([sys.executable, "-m", "prm.bootstrap"], cwd=ROOT, env=env, check=True,
                   capture_output=True, timeout=180)
    log_path = var_dir / "honcho.log"
    log = open(log_path, "w")  # noqa: SIM115 - closed at teardown
    proc = subprocess.Popen([sys.executable, "-m", "honcho", "start", "-f", "Procfile", "-p", str(port)],
                            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)
    url = f"http://localhost:{port}"
    deadline = time.monotonic() + 400
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with urllib.request.urlopen(url + "/admin/login", timeout=3) as r:
                if r.status == 200:
                    break
        except OSError:
            pass
        time.sleep(1)
    else:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        log.flush()
        pytest.fail("the production shape did not start:\n" + log_path.read_text()[-4000:])
    yield {"url": url, "env": env, "database_url": database_url, "redis_url": redis_url,
           "state_url": state_url, "log": log_path}
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
    log.close()


def test_requests_land_on_both_backend_processes_and_the_login_holds_on_each(shape, browser):
    seen: set[int] = set()
    for _ in range(200):  # a new connection each time: the kernel hands it to either process
        seen.add(_get_json(shape["url"] + "/api/health")["process"])
        if len(seen) == 2:
            break
    assert len(seen) == 2, f"only one backend process answered: {seen}"

    context = browser.new_context(base_url=shape["url"])
    page = context.new_page()
    try:
        login(page, "admin", ADMIN_EMAIL, ADMIN_PASSWORD)
        page.wait_for_url(re.compile(r"/admin/?$"))
        page.goto("/admin/leads")
        wait_loaded(page)
        # Each reload opens a new websocket, which either process may take; the user's state
        # lives in Redis, not in the process.
        for _ in range(8):
            page.reload()
            wait_loaded(page)
            expect(page).to_have_url(re.compile(r"/admin/leads"))
            expect(page.get_by_role("heading", name="Leads", exact=True)).to_be_visible()
        states = redis.Redis.from_url(shape["state_url"])
        assert states.dbsize() > 0, "no user state in Redis: the backend processes cannot share it"
    finally:
        context.close()


START_IMPORT = """
import sys
from sqlmodel import select
from models.accounts import User
from prm.db import session_scope
from services.auth import actor_for_user
from services.lead_import import LEADS

with session_scope() as session:
    admin = session.exec(select(User).where(User.email == sys.argv[1])).one()
    actor = actor_for_user(session, admin)
    run_id = LEADS.start_import(session=session, actor=actor, filename="leads.csv",
                                content=open(sys.argv[2], "rb").read())
    LEADS.run_import(session=session, actor=actor, run_id=run_id)
    print(run_id)
"""


def test_an_import_survives_the_worker_running_it_being_killed(shape, tmp_path):
    from rq import Worker

    header = "First Name,Last Name,Email,Phone,Company,Country/Region,Notes,Source Campaign"
    rows = [f"First{i},Last{i},lead{i}@company{i % 97}.example,,Company {i},Sweden,,Expo"
            for i in range(ROWS)]
    path = tmp_path / "leads.csv"
    path.write_text("\n".join([header, *rows]) + "\n")
    started = subprocess.run([sys.executable, "-c", START_IMPORT, ADMIN_EMAIL, str(path)], cwd=ROOT,
                             env=shape["env"], capture_output=True, text=True, timeout=300)
    assert started.returncode == 0, started.stderr[-3000:]
    run_id = int(started.stdout.strip().splitlines()[-1])

    engine = create_engine(shape["database_url"])
    connection = redis.Redis.from_url(shape["redis_url"])

    def run() -> dict:
        with engine.connect() as conn:
            return dict(conn.execute(text(
                "SELECT status, processed_rows, created_count, total_rows FROM import_run WHERE id = :id"),
                {"id": run_id}).mappings().one())

    # Wait until the import is under way, then kill the worker running it and its work horse.
    deadline = time.monotonic() + 300
    killed = None
    while time.monotonic() < deadline and killed is None:
        state = run()
        assert state["status"] in ("ready", "running"), f"the import ended before the kill: {state}"
        if state["processed_rows"] > 0:
            for worker in Worker.all(connection=connection):
                if worker.get_current_job_id() == f"import-{run_id}":
                    killed = (worker.name, worker.pid, state["processed_rows"])
                    for pid in [*_children(worker.pid), worker.pid]:
                        os.kill(pid, signal.SIGKILL)
                    break
        time.sleep(0.1)
    assert killed, f"no worker was seen running the import: {run()}"
    assert run()["processed_rows"] < ROWS, "the import finished before the worker was killed"

    # The pool replaces the dead worker; the abandoned job comes back and finishes the run.
    deadline = time.monotonic() + 420
    while time.monotonic() < deadline and run()["status"] != "done":
        time.sleep(2)
    final = run()
    assert final["status"] == "done", f"{final}\n" + shape["log"].read_text()[-3000:]
    with engine.connect() as conn:
        leads, distinct = conn.execute(text(
            "SELECT count(*), count(DISTINCT email) FROM lead WHERE email LIKE 'lead%@company%.example'")).one()
    assert (final["created_count"], leads, distinct) == (ROWS, ROWS, ROWS)
    alive = [w for w in Worker.all(connection=connection) if w.name != killed[0]]
    assert len(alive) >= 2, "the pool did not replace the killed worker\n" + shape["log"].read_text()[-4000:]
    assert f"with pid {killed[1]} is dead" in shape["log"].read_text()  # the pool saw it go
