"""What keeps a backend answering other users while one event waits (bench 7): an event
handler's database work runs on a worker thread (prm.db.read_in_thread), and password checks
run on their own low-priority thread (prm.auth.run_password_work)."""

from __future__ import annotations

import asyncio
import os
import sys
import threading
import time

import pytest
from sqlalchemy import text

from services.errors import InvalidCredentials
from services.security import hash_password, verify_password


def _run(coro):
    """asyncio.run(coro) on a thread of its own: the browser tests' Playwright keeps an event
    loop running on the main thread for the rest of the session."""
    outcome: dict = {}

    def target():
        try:
            outcome["result"] = asyncio.run(coro)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the test's thread
            outcome["error"] = exc
        outcome["thread"] = threading.get_native_id()

    runner = threading.Thread(target=target)
    runner.start()
    runner.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"], outcome["thread"]


async def _ticks_during(coro, every: float = 0.01) -> tuple[object, int]:
    """Await coro while a heartbeat counts how often the event loop got to run it."""
    ticks = 0
    done = asyncio.Event()

    async def heartbeat():
        nonlocal ticks
        while not done.is_set():
            ticks += 1
            await asyncio.sleep(every)

    beat = asyncio.create_task(heartbeat())
    try:
        result = await coro
    finally:
        done.set()
        await beat
    return result, ticks


def test_database_work_leaves_the_event_loop_free_while_it_waits(db, database_url):
    from prm.db import read_in_thread

    def slow(session, seconds):
        # A statement the database takes its time over, as a big count does under load.
        if database_url.startswith("postgresql"):
            session.exec(text(f"SELECT pg_sleep({seconds})"))
        else:
            time.sleep(seconds)
        return session.exec(text("SELECT 41 + 1")).one()[0]

    (result, ticks), _ = _run(_ticks_during(read_in_thread(slow, 0.4)))
    assert result == 42
    assert ticks >= 10  # other events went on meanwhile (0.4 s at 10 ms: about 40 ticks)


def test_database_work_raises_its_error_in_the_handler(db):
    from prm.db import read_in_thread

    def refused(session):
        raise InvalidCredentials()

    with pytest.raises(InvalidCredentials):
        _run(read_in_thread(refused))


@pytest.mark.real_argon2
def test_a_password_check_runs_off_the_loop_and_below_the_pages_priority():
    from prm.auth import PASSWORD_WORK_NICE, run_password_work

    hashed = hash_password("correct horse battery")

    def check():
        return verify_password(hashed, "correct horse battery"), verify_password(hashed, "wrong horse"), \
            threading.get_native_id()

    ((right, wrong, tid), ticks), loop_thread = _run(_ticks_during(run_password_work(check)))
    assert (right, wrong) == (True, False)
    assert ticks >= 3  # two argon2 checks (~0.1 s each) did not hold the loop
    assert tid != loop_thread
    if sys.platform.startswith("linux"):
        assert os.getpriority(os.PRIO_PROCESS, tid) == PASSWORD_WORK_NICE
        assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) < PASSWORD_WORK_NICE


def test_a_failed_password_work_raises_in_the_handler():
    from prm.auth import run_password_work

    def refused():
        raise InvalidCredentials()

    with pytest.raises(InvalidCredentials):
        _run(run_password_work(refused))
