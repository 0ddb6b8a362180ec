"""prm.db: the pool hands out live connections without a round trip per checkout, and the hot
tracking path's connection commits each statement on its own."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import text
from sqlmodel import select

from tests.conftest import PG_UP, TEST_DATABASE_URL, need_service


def _end_backend(pid: int) -> None:
    """PostgreSQL ends that backend, as a restart or an idle timeout does. pg_terminate_backend
    only signals: wait until the backend has ended (and so has sent its FATAL notice and closed
    the socket)."""
    from prm.db import make_engine

    killer = make_engine(TEST_DATABASE_URL)
    try:
        with killer.connect() as other:
            assert other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar_one()
            for _ in range(200):
                if not other.execute(text("SELECT count(*) FROM pg_stat_activity WHERE pid = :pid"),
                                     {"pid": pid}).scalar_one():
                    return
                time.sleep(0.05)
    finally:
        killer.dispose()


def test_a_connection_the_server_killed_is_replaced_at_checkout():
    """PostgreSQL ends a backend (a restart, pg_terminate_backend, an idle timeout): the next
    request gets a fresh connection instead of an error, with no SELECT 1 before each checkout."""
    need_service(PG_UP, "PostgreSQL")
    from prm.db import make_engine

    engine = make_engine(TEST_DATABASE_URL)
    try:
        with engine.connect() as conn:
            victim = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
        _end_backend(victim)
        for _ in range(100):  # the notice reaches the idle socket asynchronously
            with engine.connect() as conn:
                pid = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
            if pid != victim:
                break
            time.sleep(0.05)
        assert pid != victim
        assert engine.pool.checkedout() == 0
    finally:
        engine.dispose()


def test_a_kept_read_connection_the_server_killed_is_replaced():
    """read_connection keeps its last connections checked out between calls: one whose backend
    PostgreSQL ended is not handed out again; the next list page gets a live connection."""
    need_service(PG_UP, "PostgreSQL")
    from prm.db import read_connection

    with read_connection(TEST_DATABASE_URL) as conn:
        victim = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
    _end_backend(victim)
    for _ in range(100):  # the notice reaches the idle socket asynchronously
        with read_connection(TEST_DATABASE_URL) as conn:
            pid = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
        if pid != victim:
            break
        time.sleep(0.05)
    assert pid != victim
    with read_connection(TEST_DATABASE_URL) as conn:  # and the live one is handed out again
        assert conn.execute(text("SELECT pg_backend_pid()")).scalar_one() == pid


def test_the_event_connection_commits_each_statement_on_its_own(db, database_url):
    from models.messaging import EmailEvent
    from prm.db import event_connection

    with event_connection() as conn:
        conn.execute(EmailEvent.__table__.insert(), {"kind": "open", "email": "a@example.com"})
        # no commit: AUTOCOMMIT wrote it already
    assert [e.email for e in db.exec(select(EmailEvent)).all()] == ["a@example.com"]


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)  # SQLite has no server to drop it
def test_an_outcome_is_recorded_through_a_connection_the_server_dropped(db, database_url, caplog):
    """As the Email job does: "sent" is committed on the driver's connection the moment the
    message is handed over, and PostgreSQL restarts just then. The commit fails, so does the
    rollback on the lost connection (it used to end the job, leaving a sent message unrecorded
    to be sent again), and the outcome is written on a fresh connection — again when the server
    drops that one too — once."""
    import logging

    import psycopg

    from models.messaging import EmailEvent
    from prm.db import commit_through_outage, rollback_even_if_lost, session_scope

    calls = []

    def write(session):
        calls.append(1)
        session.add(EmailEvent(kind="open", email="outcome@example.com"))
        if len(calls) == 1:
            session.flush()
            _end_backend(session.connection().execute(text("SELECT pg_backend_pid()")).scalar_one())

    log = logging.getLogger("tests.outage")
    with caplog.at_level(logging.WARNING, logger="tests.outage"), session_scope() as session:
        session.add(EmailEvent(kind="open", email="handed-over@example.com"))
        session.flush()
        dbapi = session.connection().connection.dbapi_connection
        _end_backend(session.connection().execute(text("SELECT pg_backend_pid()")).scalar_one())
        with pytest.raises(psycopg.OperationalError):
            dbapi.commit()
        rollback_even_if_lost(session)
        commit_through_outage(session, write, give_up_after=30, what="the test's outcome", log=log)
    assert len(calls) == 2
    assert "recording the test's outcome again" in caplog.text
    assert [e.email for e in db.exec(select(EmailEvent)).all()] == ["outcome@example.com"]


def test_recording_through_an_outage_gives_up_after_its_time(db):
    """Past give_up_after the error is raised: the caller's claim would otherwise go stale while
    it still retried, and another worker could take the recipient meanwhile."""
    import logging

    from sqlalchemy.exc import OperationalError

    from prm.db import commit_through_outage, session_scope

    def write(session):
        raise OperationalError("UPDATE …", {}, Exception("the database system is shutting down"))

    with session_scope() as session, pytest.raises(OperationalError):
        commit_through_outage(session, write, give_up_after=0, what="x", log=logging.getLogger("tests.outage"))


def test_json_values_come_back_as_written_through_copy_and_the_orm(db):
    """JSON columns are written with orjson and read with it (prm.db): names and notes in any
    script, keys that are numbers, and what orjson itself refuses (an integer past 64 bits,
    which the json module writes) all come back as the json module gave them."""
    from models.audit import AuditLog
    from services.bulk import bulk_insert

    detail = {"name": "Zoë Ångström 日本 🚀", "1": [1, 2.5, None, True], "nested": {"k": "\"quoted\"\n"}}
    huge = {"big": 2 ** 70}
    bulk_insert(db, AuditLog.__table__, iter([
        {"action": "copied", "object_type": "t", "detail": detail},
        {"action": "copied-big", "object_type": "t", "detail": huge},
    ]))
    db.add(AuditLog(action="orm", object_type="t", detail={1: "one", "huge": -(2 ** 80)}))
    db.commit()
    db.expire_all()
    got = {a.action: a.detail for a in db.exec(select(AuditLog)).all()}
    assert got["copied"] == detail
    assert got["copied-big"] == huge
    assert got["orm"] == {"1": "one", "huge": -(2 ** 80)}
