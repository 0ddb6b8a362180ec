"""Helpers of the reliability and security suite (issue 8). Its figures go to
docs/RELIABILITY.md through the `figures` fixture of tests/reliability.py."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from sqlalchemy import create_engine
from sqlmodel import Session

from tests.factories import Personas, personas


@pytest.fixture
def p(db) -> Personas:
    return personas(db)


@dataclass
class RaceResult:
    results: list = field(default_factory=list)
    errors: list[BaseException] = field(default_factory=list)


@pytest.fixture
def race(database_url):
    """race(n, fn): run fn(session, i) in n real threads at once (released together by a barrier),
    each with its own session and database connection. Returns what they returned and raised."""
    sqlite = database_url.startswith("sqlite")
    engine = create_engine(database_url, pool_size=25, max_overflow=5, connect_args=(
        {"check_same_thread": False, "timeout": 60} if sqlite else {}))

    def run(n: int, fn: Callable[[Session, int], object]) -> RaceResult:
        barrier = threading.Barrier(n)
        out = RaceResult()
        lock = threading.Lock()

        def worker(i: int):
            with Session(engine, expire_on_commit=False) as session:
                session.connection()  # connect before the start line, so all start together
                barrier.wait(timeout=120)
                try:
                    value = fn(session, i)
                except BaseException as exc:  # noqa: BLE001 - reported to the test
                    with lock:
                        out.errors.append(exc)
                else:
                    with lock:
                        out.results.append(value)

        threads = [threading.Thread(target=worker, args=(i,)) for i in range(n)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return out

    yield run
    engine.dispose()
