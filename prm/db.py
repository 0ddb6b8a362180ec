"""The database engine and sessions. SQLite (embedded default) or PostgreSQL via psycopg."""

from __future__ import annotations

import asyncio
import json
import select
import threading
import time
import weakref
from collections import deque
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager

import orjson
import psycopg
import psycopg.types.json
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DisconnectionError, OperationalError
from sqlmodel import Session, create_engine

from prm.settings import get_settings


def _json_dumps(value) -> bytes | str:
    """JSON for PostgreSQL's json columns (the import's rows, the emails' attachments, audit
    details): orjson, five to ten times faster than the json module on an import's 150k
    values. What orjson does not take (an integer past 64 bits) is written by the json module
    as before."""
    try:
        return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS)
    except TypeError:
        return json.dumps(value)


def _json_loads(data: bytes | str):
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:  # what only the json module reads (an integer past 64 bits)
        return json.loads(data)


psycopg.types.json.set_json_dumps(_json_dumps)
psycopg.types.json.set_json_loads(_json_loads)

_engines: dict[tuple[str, bool, bool], Engine] = {}


def make_engine(url: str, *, lazy_flush: bool = False, autocommit: bool = False) -> Engine:
    """lazy_flush: every statement commits on its own (AUTOCOMMIT), and a commit does not wait for the disk (PostgreSQL synchronous_commit off, SQLite
    synchronous NORMAL in WAL). A crash may then lose the last fraction of a second of commits —
    never corrupt or half-apply one. Only for rows that are worth less than the wait: the open and
    click events, whose redirect would otherwise wait ~6 ms for an fsync per click.
    autocommit: every statement commits on its own (read_connection's engine), commits durable."""
    autocommit = autocommit or lazy_flush
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30},
                               **({"isolation_level": "AUTOCOMMIT"} if autocommit else {}))

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
                           **({"isolation_level": "AUTOCOMMIT"} if autocommit else {}))
    event.listen(engine, "checkout", _drop_if_closed_by_server)
    return engine


def _drop_if_closed_by_server(dbapi_conn, _record, _proxy) -> None:
    """A pool checkout hook: an idle connection whose socket is readable (EOF or a server
    message such as 'terminating connection') is dead; raising DisconnectionError makes the pool
    discard it and check out another."""
    if getattr(dbapi_conn, "closed", False):
        raise DisconnectionError("the connection was closed")
    if _spoken_to(dbapi_conn):
        raise DisconnectionError("the server closed or spoke on an idle connection")


def _spoken_to(dbapi_conn) -> bool:
    """Whether the server has closed or said something on an idle connection (no round trip)."""
    return bool(select.select([dbapi_conn.fileno()], [], [], 0)[0])


def get_engine(url: str | None = None, *, lazy_flush: bool = False, autocommit: bool = False) -> Engine:
    key = (url or get_settings().database_url, lazy_flush, autocommit)
    engine = _engines.get(key)
    if engine is None:
        engine = _engines[key] = make_engine(key[0], lazy_flush=lazy_flush, autocommit=autocommit)
    return engine


def dispose_engines() -> None:
    for idle in list(_read_idle.values()):  # read_connection's kept ones go back to their pools first
        while idle:
            try:
                conn, _taken = idle.pop()
            except IndexError:
                break
            conn.close()
    _read_idle.clear()
    # A copy: a thread (the embedded worker's periodic tasks) may open an engine meanwhile.
    for engine in list(_engines.values()):
        engine.dispose()
    _engines.clear()
    with _async_idle_lock:
        loops = list(_async_idle.keys())
    for loop in loops:
        _close_idle(loop)


def forget_connections_after_fork() -> None:
    """In a process just forked from one that used the database (the import's range writers):
    start fresh pools without touching the parent's connections. Closing them here would end
    the parent's sessions on the server (psycopg's Terminate goes out on the shared socket);
    psycopg leaves a connection alone when it is collected in a process that did not open it."""
    global _async_idle_lock
    _async_idle_lock = threading.Lock()  # another thread of the parent may have held it at the fork
    _read_idle.clear()
    for engine in list(_engines.values()):
        engine.dispose(close=False)
    _async_idle.clear()
    _async_slots.clear()


@contextmanager
def event_connection() -> Iterator[Connection]:
    """For the open pixel and the click redirect, which answer at mail-blast rates: a Core
    connection (no ORM Session: the work is one read and one INSERT, no objects) on which every
    statement commits on its own (no BEGIN/COMMIT round trips) without waiting for the disk
    (make_engine's lazy_flush). Nothing else may use it."""
    with get_engine(lazy_flush=True).connect() as conn:
        yield conn


READ_KEPT = 2  # connections read_connection keeps checked out per engine between its calls
_READ_KEPT_SECONDS = 60  # then one goes back to the pool (which recycles it after 300 s)
_read_idle: dict[Engine, deque] = {}  # engine → deque of (Connection, checked out at)


@contextmanager
def read_connection(url: str | None = None) -> Iterator[Connection]:
    """For a list page's read, which is one SELECT: a pooled Core connection in autocommit, so
    the read costs its one round trip, without the BEGIN and ROLLBACK a Session adds (nor ORM
    objects). Each statement on it sees its own moment: use a Session for anything that reads
    twice and needs both reads to agree, or writes. The connections come from an engine of their
    own whose connections are in autocommit from the start (same pool size, same dead-socket
    check at checkout): switching a pooled transactional connection to autocommit and back cost
    more than the checkout itself (bench 3: 25 µs → 10 µs). On PostgreSQL the last READ_KEPT
    connections stay checked out between calls, each for at most _READ_KEPT_SECONDS, and are
    handed out again after the pool's own dead-socket check (closed, or the server spoke on it):
    the pool's checkout and return made the page's query itself ~25 µs slower (bench 3). A
    call that raised returns its connection to the pool; dispose_engines returns them all.
    SQLite: a plain checkout."""
    engine = get_engine(url, autocommit=True)
    if engine.dialect.name != "postgresql":
        with engine.connect() as conn:
            yield conn
        return
    idle = _read_idle.get(engine)
    if idle is None:
        idle = _read_idle.setdefault(engine, deque())
    conn = None
    while conn is None:
        try:
            conn, taken = idle.pop()
        except IndexError:
            conn, taken = engine.connect(), time.monotonic()
            break
        if conn.invalidated or conn.closed or time.monotonic() - taken > _READ_KEPT_SECONDS:
            conn.close()
            conn = None
        elif conn.connection.driver_connection.closed or _spoken_to(conn.connection.driver_connection):
            conn.invalidate()
            conn.close()
            conn = None
    try:
        yield conn
    except BaseException:
        conn.close()
        raise
    # A statement run through SQLAlchemy left its (autocommit, so empty) transaction: the pool's
    # return ends it, as before.
    if conn.in_transaction() or conn.invalidated or conn.closed or len(idle) >= READ_KEPT:
        conn.close()
    else:
        idle.append((conn, taken))


@contextmanager
def session_scope() -> Iterator[Session]:
    """A session for one unit of work; services commit what they change."""
    with Session(get_engine(), expire_on_commit=False) as session:
        yield session


def read_in_thread(work, /, *args, **kwargs):
    """Run `work(session, *args, **kwargs)` in a session of its own on a worker thread, and
    return what it returns (or raise what it raised). For an event handler's database work:
    while it waits on the database the backend's event loop goes on with other users' events
    (bench 7: run on the loop, such waits held everyone's events behind them). `work` must
    not touch the page's state; the handler applies the result after the await."""

    def run():
        with session_scope() as session:
            return work(session, *args, **kwargs)

    return asyncio.to_thread(run)


def rollback_even_if_lost(session: Session) -> None:
    """Roll back, even when the database has gone away meanwhile (restarted): the rollback then
    fails on the lost connection, which SQLAlchemy has invalidated, and the session is closed so
    that its next statement takes a fresh connection."""
    try:
        session.rollback()
    except OperationalError:
        try:
            session.close()
        except OperationalError:
            pass


def commit_through_outage(session: Session, write, *, give_up_after: float, what: str, log) -> None:
    """write(session) and commit, again every second while the database is away (restarted), for
    up to give_up_after seconds, then raise. For an outcome that must not be forgotten: a message
    already handed to the mail server, whose claim would otherwise go stale and send it again."""
    deadline = time.monotonic() + give_up_after
    while True:
        try:
            write(session)
            session.commit()
            return
        except OperationalError:
            rollback_even_if_lost(session)
            if time.monotonic() > deadline:
                raise
            log.warning("the database is away; recording %s again in 1 s", what)
            time.sleep(1)


# ---------------------------------------------------------------- async event connections
#
# The click redirect and the open pixel on PostgreSQL: psycopg's own async connections, so the
# lookup and the event's INSERT run on the event loop (no hop to a worker thread and back, which
# cost more than the query at 200 clicks/s; bench 5), in autocommit with synchronous_commit off
# (make_engine's lazy_flush). An async connection belongs to the loop that opened it, so the
# idle ones are kept per loop; a loop that has closed takes its idle connections with it.

# Open at once per loop (pool_size + max_overflow); a burst waits for one. A connection given
# back in good order is always kept: closing the extra ones after each burst and opening them
# again at the next made PostgreSQL start a backend per burst (85 connects in 11 s of bench 5
# with the machine loaded, each several ms of CPU on both sides).
ASYNC_EVENT_MAX = 15
_ASYNC_RECYCLE_SECONDS = 300  # as pool_recycle
_async_idle: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # loop → {url: [(conn, born)]}
_async_idle_lock = threading.Lock()  # loops of other threads (test clients) share the registry
_async_slots: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # loop → asyncio.Semaphore


def async_events_enabled(url: str | None = None) -> bool:
    """Whether the tracking endpoints use async_event_connection (PostgreSQL) or, on SQLite,
    event_connection in a worker thread."""
    return (url or get_settings().database_url).startswith("postgresql")


def _close_idle(loop) -> None:
    """Close (without the loop: it may be gone) the idle async connections kept for loop."""
    with _async_idle_lock:
        kept = _async_idle.pop(loop, {})
    for idle in kept.values():
        for conn, _born in idle:
            conn.pgconn.finish()


@asynccontextmanager
async def async_event_connection() -> AsyncIterator[psycopg.AsyncConnection]:
    """An autocommit psycopg AsyncConnection for the tracking endpoints (PostgreSQL only). Taken
    from this loop's idle ones unless closed, too old, or spoken to by the server while idle
    (a restart or a killed backend: the _drop_if_closed_by_server check); returned after a clean
    use, closed after an error."""
    url = get_settings().database_url
    loop = asyncio.get_running_loop()
    kept = _async_idle.get(loop)
    idle, slots = (kept.get(url), _async_slots.get(loop)) if kept is not None else (None, None)
    if idle is None or slots is None:  # this loop's first (on this database): forget closed loops'
        with _async_idle_lock:
            closed = [x for x in _async_idle.keys() if x is not loop and x.is_closed()]
            idle = _async_idle.setdefault(loop, {}).setdefault(url, [])
            slots = _async_slots.setdefault(loop, asyncio.Semaphore(ASYNC_EVENT_MAX))
        for other in closed:
            _close_idle(other)
    async with slots:
        conn = None
        while idle and conn is None:
            candidate, born = idle.pop()
            if candidate.closed or time.monotonic() - born > _ASYNC_RECYCLE_SECONDS or \
                    select.select([candidate.fileno()], [], [], 0)[0]:
                await candidate.close()
            else:
                conn = candidate
        if conn is None:
            born = time.monotonic()
            conn = await psycopg.AsyncConnection.connect(
                url.replace("postgresql+psycopg://", "postgresql://", 1), autocommit=True,
                options="-c synchronous_commit=off")
        clean = False
        try:
            yield conn
            clean = True
        finally:
            if clean and not conn.closed and conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE:
                idle.append((conn, born))
            else:
                await conn.close()
