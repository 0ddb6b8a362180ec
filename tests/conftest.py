"""Shared fixtures. Service and job tests run against real PostgreSQL and Redis when they are
reachable (TEST_DATABASE_URL, TEST_REDIS_URL, defaulting to the local servers); with
REQUIRE_SERVICES=1 an unreachable one fails the run instead of being skipped. The service
suite also runs on SQLite."""

from __future__ import annotations

import os
import socket
import tempfile
from pathlib import Path
from urllib.parse import urlparse

import pytest

# Settings for the test process, before any app module reads them.
_TMP = Path(tempfile.mkdtemp(prefix="prm-tests-"))
os.environ["APP_ENV"] = "test"
os.environ["VAR_DIR"] = str(_TMP / "var")
os.environ["SECRET_KEY"] = "test-secret-key-" + "x" * 40
os.environ["BASE_URL"] = "http://localhost:3999"
os.environ.pop("DATABASE_URL", None)
os.environ.pop("REDIS_URL", None)
os.environ.pop("SMTP_URL", None)

TEST_DATABASE_URL = os.environ.get(
    "TEST_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES") == "1"

pytest_plugins = ["tests.reliability"]


def reachable(url: str, default_port: int) -> bool:
    parsed = urlparse(url)
    try:
        with socket.create_connection((parsed.hostname or "127.0.0.1", parsed.port or default_port), 1):
            return True
    except OSError:
        return False


PG_UP = reachable(TEST_DATABASE_URL, 5432)
REDIS_UP = reachable(TEST_REDIS_URL, 6379)


def pytest_report_header(config):
    pg = f"PostgreSQL {TEST_DATABASE_URL} ({'reachable' if PG_UP else 'NOT reachable'})"
    rd = f"Redis {TEST_REDIS_URL} ({'reachable' if REDIS_UP else 'NOT reachable'})"
    return [f"services: {pg}; {rd}; REQUIRE_SERVICES={int(REQUIRE_SERVICES)}"]


def need_service(up: bool, what: str) -> None:
    if up:
        return
    if REQUIRE_SERVICES:
        pytest.fail(f"{what} is not reachable and REQUIRE_SERVICES=1")
    pytest.skip(f"{what} is not reachable (set REQUIRE_SERVICES=1 to make this a failure)")


# ---------------------------------------------------------------- databases


_migrated: set[str] = set()


def _prepare(url: str) -> None:
    """A clean schema at alembic head, once per database per run."""
    if url in _migrated:
        return
    from sqlalchemy import text

    from prm.db import get_engine
    from prm.migrate import upgrade_head

    engine = get_engine(url)
    if url.startswith("postgresql"):
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    upgrade_head(url)
    _migrated.add(url)


def _truncate(url: str) -> None:
    from sqlalchemy import text
    from sqlmodel import SQLModel

    import models  # noqa: F401
    from prm.db import get_engine

    engine = get_engine(url)
    tables = [t.name for t in SQLModel.metadata.sorted_tables]
    with engine.begin() as conn:
        if url.startswith("postgresql"):
            conn.execute(text("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE"))
        else:
            for t in reversed(tables):
                conn.execute(text(f'DELETE FROM "{t}"'))


@pytest.fixture(params=["postgresql", "sqlite"], scope="session")
def database_url(request):
    if request.param == "postgresql":
        need_service(PG_UP, "PostgreSQL")
        url = TEST_DATABASE_URL
    else:
        url = f"sqlite:///{_TMP / 'services.sqlite3'}"
    _prepare(url)
    return url


@pytest.fixture
def db(database_url, monkeypatch):
    """A session on a clean database; the app's engine points at the same database."""
    from sqlmodel import Session

    from prm import db as prm_db
    from prm.settings import reset_settings_cache
    from services.email_tracking import forget_sent_links

    _truncate(database_url)
    forget_sent_links()  # message ids start again from 1
    monkeypatch.setenv("DATABASE_URL", database_url)
    reset_settings_cache()
    engine = prm_db.get_engine(database_url)
    with Session(engine, expire_on_commit=False) as session:
        yield session
    reset_settings_cache()


@pytest.fixture
def frozen_clock():
    """Freeze utcnow(); call the fixture's value with a datetime to move the clock."""
    from datetime import UTC, datetime

    import models._base as base

    class Clock:
        def __init__(self):
            self.now = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
            base.frozen_now = self.now

        def set(self, when):
            self.now = when
            base.frozen_now = when

        def advance(self, **delta):
            from datetime import timedelta

            self.set(self.now + timedelta(**delta))

    clock = Clock()
    yield clock
    base.frozen_now = None


@pytest.fixture(autouse=True)
def _fast_password_hashing(request, monkeypatch):
    """argon2id with the smallest parameters: hashing at full strength (~0.2 s a hash) would
    dominate the suite. Tests about the hashing itself are marked `real_argon2`."""
    from services import auth

    auth._profile_scans.clear()  # which hash profiles a database holds is looked up per test
    if request.node.get_closest_marker("real_argon2"):
        return
    from argon2 import PasswordHasher

    import services.security as security

    monkeypatch.setattr(security, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
