"""The database engine and sessions. SQLite (embedded default) or PostgreSQL via psycopg."""

from __future__ import annotations

import select
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DisconnectionError
from sqlmodel import Session, create_engine

from prm.settings import get_settings

_engines: dict[tuple[str, bool], Engine] = {}


def make_engine(url: str, *, lazy_flush: bool = False) -> Engine:
    """lazy_flush: every statement commits on its own (AUTOCOMMIT), and a commit does not wait for the disk (PostgreSQL synchronous_commit off, SQLite
    synchronous NORMAL in WAL). A crash may then lose the last fraction of a second of commits —
    never corrupt or half-apply one. Only for rows that are worth less than the wait: the open and
    click events, whose redirect would otherwise wait ~6 ms for an fsync per click."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30},
                               **({"isolation_level": "AUTOCOMMIT"} if lazy_flush else {}))

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # pragma: no cover - driver hook
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            if lazy_flush:
                cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        return engine
    # No pool_pre_ping: it costs a round trip (SELECT 1) on every checkout, i.e. on every request.
    # Instead a checkout looks, without a round trip, whether the server has said anything on the
    # idle connection: a PostgreSQL that restarted or killed the backend sends its FATAL notice
    # and closes the socket, which makes it readable. Such a connection is dropped and the pool
    # hands out a fresh one (SQLAlchemy's DisconnectionError protocol). pool_recycle replaces
    # connections before the idle timeouts of proxies and firewalls, which close silently.
    connect_args = {"options": "-c synchronous_commit=off"} if lazy_flush else {}
    engine = create_engine(url, pool_size=5, max_overflow=10, pool_recycle=300, connect_args=connect_args,
                           **({"isolation_level": "AUTOCOMMIT"} if lazy_flush else {}))
    event.listen(engine, "checkout", _drop_if_closed_by_server)
    return engine


def _drop_if_closed_by_server(dbapi_conn, _record, _proxy) -> None:
    """A pool checkout hook: an idle connection whose socket is readable (EOF or a server
    message such as 'terminating connection') is dead; raising DisconnectionError makes the pool
    discard it and check out another."""
    if getattr(dbapi_conn, "closed", False):
        raise DisconnectionError("the connection was closed")
    readable, _, _ = select.select([dbapi_conn.fileno()], [], [], 0)
    if readable:
        raise DisconnectionError("the server closed or spoke on an idle connection")


def get_engine(url: str | None = None, *, lazy_flush: bool = False) -> Engine:
    url = url or get_settings().database_url
    if (url, lazy_flush) not in _engines:
        _engines[(url, lazy_flush)] = make_engine(url, lazy_flush=lazy_flush)
    return _engines[(url, lazy_flush)]


def dispose_engines() -> None:
    # A copy: a thread (the embedded worker's periodic tasks) may open an engine meanwhile.
    for engine in list(_engines.values()):
        engine.dispose()
    _engines.clear()


@contextmanager
def event_connection() -> Iterator[Connection]:
    """For the open pixel and the click redirect, which answer at mail-blast rates: a Core
    connection (no ORM Session: the work is one read and one INSERT, no objects) on which every
    statement commits on its own (no BEGIN/COMMIT round trips) without waiting for the disk
    (make_engine's lazy_flush). Nothing else may use it."""
    with get_engine(lazy_flush=True).connect() as conn:
        yield conn


@contextmanager
def session_scope() -> Iterator[Session]:
    """A session for one unit of work; services commit what they change."""
    with Session(get_engine(), expire_on_commit=False) as session:
        yield session
