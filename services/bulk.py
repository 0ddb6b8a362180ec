"""Writing many rows at once (imports): PostgreSQL's COPY, SQLite's executemany. A few
seconds for 100k rows where one ORM object per row would take a minute."""

from __future__ import annotations

import contextlib
import functools
import gc
import itertools
import operator
import threading
from collections.abc import Iterable, Iterator

import psycopg
from sqlalchemy import BigInteger, Integer, String, Table, any_, bindparam, func, select, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

_collections_lock = threading.Lock()
_collections_paused = 0
_thresholds: tuple[int, int, int] | None = None


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Python's cycle collector runs rarely while many rows are made (an import's): by default
    it runs every 700 new objects and walks the whole heap every 70,000 or so, and with a file's
    100k rows held in memory that walking cost an import of 100k leads 1 s of its 11 s of
    Python. Objects are still freed as soon as they are dropped; only reference cycles wait for
    the next collection. Nested and concurrent uses (the import's threads, another import) keep
    the relaxed thresholds until the last ends."""
    global _collections_paused, _thresholds
    with _collections_lock:
        if _collections_paused == 0:
            _thresholds = gc.get_threshold()
            gc.set_threshold(50_000, 20, 100)
        _collections_paused += 1
    try:
        yield
    finally:
        with _collections_lock:
            _collections_paused -= 1
            if _collections_paused == 0 and _thresholds is not None:
                gc.set_threshold(*_thresholds)


def with_defaults(table: Table, row: dict) -> dict:
    """The row with every column the table defaults in Python filled in (what an ORM insert
    would add), so COPY and executemany write complete rows."""
    return _defaults_filler(table, frozenset(row))(row)


@functools.lru_cache(maxsize=256)
def _defaults_filler(table: Table, names: frozenset):
    """A function completing rows that have these keys as with_defaults does. Which columns
    are missing is worked out once for rows of the same keys (a batch of 100k rows spent
    seconds walking the table's columns for each; with_defaults, called a row at a time,
    0.6 s for 99k leads), callable defaults still run per row."""
    missing = [(c.name, c.default) for c in table.columns
               if c.name not in names and not c.primary_key and c.default is not None]

    def fill(row: dict) -> dict:
        full = dict(row)
        for name, default in missing:
            full[name] = default.arg(None) if default.is_callable else default.arg
        return full

    fill.complete = not missing  # rows of these keys lack nothing
    return fill


def _as_is(row: dict) -> dict:
    return row


def bulk_insert(session: Session, table: Table, rows: Iterable[dict]) -> int:
    """Insert rows (dicts with the same keys) in the session's transaction; returns how many.

    rows may be a generator: on PostgreSQL each row is then made while the database writes the
    ones sent before it (COPY streams), so the caller's work per row (checking it, rendering an
    email) and the database's run on both cores instead of one after the other. Such a
    generator must not use the session: its connection is busy with the COPY."""
    rows = iter(rows)
    first = next(rows, None)
    if first is None:
        return 0
    fill = _defaults_filler(table, frozenset(first))
    if fill.complete:
        fill = _as_is
    first = fill(first)
    names = list(first)
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        values = operator.itemgetter(*names) if len(names) > 1 else (lambda r: (r[names[0]],))
        raw = connection.connection.driver_connection
        columns = ", ".join(f'"{n}"' for n in names)
        # Binary COPY: psycopg packs each value by the column's own type instead of writing and
        # PostgreSQL parsing text (a quarter of the client's time, a timestamp's parsing on the
        # server). Each value must be of the column's Python type (str for text, int, an aware
        # datetime, Decimal for numeric, dict or list for JSON); a wrong one is a TypeError.
        statement = f'COPY "{table.name}" ({columns}) FROM STDIN (FORMAT BINARY)'
        try:
            with raw.cursor() as cursor:
                # The foreign keys are checked by a query per row, which PostgreSQL plans once and
                # reuses. A caller's SET LOCAL plan_cache_mode = force_custom_plan (the import's
                # batches) would have it planned again for every row: 150k lead events took 5.4 s
                # instead of 1.8 s. The COPY runs with the default; the caller's mode is restored.
                mode, types = cursor.execute(
                    "SELECT current_setting('plan_cache_mode'), array_agg(a.atttypid::int ORDER BY "
                    "array_position(%s::text[], a.attname::text)) FROM pg_attribute a "
                    "WHERE a.attrelid = %s::regclass AND a.attname = ANY(%s::text[]) AND NOT a.attisdropped",
                    (names, f'"{table.name}"', names)).fetchone()
                if mode != "auto":
                    cursor.execute("SELECT set_config('plan_cache_mode', 'auto', true)")
                n = 1
                with cursor.copy(statement) as copy:
                    copy.set_types(types)
                    copy.write_row(values(first))
                    for r in rows:
                        copy.write_row(values(fill(r)))
                        n += 1
                if mode != "auto":
                    cursor.execute("SELECT set_config('plan_cache_mode', %s, true)", (mode,))
        except psycopg.Error as exc:
            # As SQLAlchemy reports it for any other statement (IntegrityError for a unique index).
            raise DBAPIError.instance(statement, None, exc, psycopg.Error) from exc
        return n
    n, chunk = 0, [first]
    while True:
        chunk += [fill(r) for r in itertools.islice(rows, 5000 - len(chunk))]
        if not chunk:
            return n
        session.execute(table.insert(), chunk)
        n, chunk = n + len(chunk), []


def insert_ignore(session: Session, table: Table, row: dict, conflict_columns: list[str]) -> bool:
    """INSERT … ON CONFLICT DO NOTHING in the session's transaction (PostgreSQL and SQLite):
    True when the row was written, False when a row with the same unique key was already
    there. Unlike catching IntegrityError, it leaves the rest of the transaction intact."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    stmt = insert(table).values(**with_defaults(table, row)).on_conflict_do_nothing(
        index_elements=conflict_columns)
    key = next(iter(table.primary_key.columns))
    # rowcount is not reliable for this statement with psycopg (-1): ask for the new row's key.
    return session.exec(stmt.returning(key)).first() is not None


def one_of(session: Session, column, values):
    """column IN values, for the long lists a batch compares (hundreds of ids or emails). On
    PostgreSQL it is `column = ANY(:array)`: one parameter, so the statement's text is the same
    whatever the list's length (an IN of 500 literals is a new, 10 KB statement to parse each
    time, and psycopg and the server spend more on that than on the lookup)."""
    values = list(values)
    if session.get_bind().dialect.name == "postgresql":
        kind = BigInteger if isinstance(column.type, Integer) else String
        return column == any_(bindparam(None, values, type_=ARRAY(kind)))
    return column.in_(values)


def new_ids(session: Session, table: Table, n: int) -> list[int]:
    """n ids for new rows of table, taken ahead so the rows (and rows that point at them) can be
    written by COPY, which returns none. PostgreSQL: from the id sequence. SQLite: the ids after
    the largest, as the caller's transaction holds the write lock."""
    if n <= 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        # The sequence is looked up once: inside the nextval() of each row, the lookup took
        # PostgreSQL 8x the time of the nextval itself (150k ids: 0.35 s instead of 0.04 s).
        sequence = session.execute(text("SELECT pg_get_serial_sequence(:t, 'id')::regclass::oid"),
                                   {"t": table.name}).scalar_one()
        return session.execute(text("SELECT nextval(CAST(CAST(:s AS oid) AS regclass)) FROM generate_series(1, :n)"),
                               {"s": sequence, "n": n}).scalars().all()
    top = session.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
    return list(range(top + 1, top + n + 1))
