"""services/paging.py: keyset cursors, and what a tampered cursor does."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from types import SimpleNamespace

import pytest
from sqlmodel import select

from models.accounts import PartnerAccount
from services.paging import after, decode_cursor, encode_cursor, take_page
from tests.factories import create_random_partner


def test_a_cursor_round_trips_a_name_with_the_separator():
    assert decode_cursor(encode_cursor("Smith | Sons", 7), str) == ("Smith | Sons", 7)


def test_a_cursor_round_trips_an_aware_datetime():
    when = datetime(2026, 6, 1, 12, 30, 15, 123456, tzinfo=UTC)
    assert decode_cursor(encode_cursor(when, 42), datetime) == (when, 42)
    other_zone = when.astimezone(timezone(timedelta(hours=-5)))
    assert decode_cursor(encode_cursor(other_zone, 1), datetime)[0] == when


@pytest.mark.parametrize(
    "cursor, kind",
    [
        ("", str), ("no-separator", str), ("name|", str), ("name|x", str),
        ("x" * 501 + "|1", str), ("a\x00b|1", str), ("name|99999999999999999999", str),
        ("not a date|1", datetime), ("2026-06-01T12:00:00|1", datetime),
    ],
    ids=["empty", "no separator", "no id", "bad id", "too long", "NUL", "id out of range",
         "bad date", "naive date"],
)
def test_a_malformed_cursor_means_the_first_page(cursor, kind):
    assert decode_cursor(cursor, kind) is None


def test_take_page_offers_a_next_cursor_only_when_there_is_more():
    accounts = [SimpleNamespace(id=i, name=n) for i, n in enumerate(("A", "B", "C"), start=10)]
    more = take_page(accounts, 2, lambda a: a.name, lambda a: a.name)
    assert more.rows == ["A", "B"]
    assert decode_cursor(more.next_cursor, str) == ("B", accounts[1].id)
    last = take_page(accounts[2:], 2, lambda a: a.name, lambda a: a.name)
    assert (last.rows, last.next_cursor) == (["C"], "")


@pytest.mark.parametrize("descending", [False, True])
def test_after_walks_rows_in_order_with_ties(db, descending):
    for name in ("B", "A", "B", "C", "B"):
        create_random_partner(db, name=name)
    order = (PartnerAccount.name.desc(), PartnerAccount.id.desc()) if descending else (
        PartnerAccount.name, PartnerAccount.id)
    everything = db.exec(select(PartnerAccount).order_by(*order)).all()
    seen, cursor = [], None
    while True:
        q = select(PartnerAccount).order_by(*order).limit(2)
        cond = after(PartnerAccount.name, PartnerAccount.id, cursor, descending=descending)
        if cond is not None:
            q = q.where(cond)
        rows = db.exec(q).all()
        if not rows:
            break
        seen += rows
        cursor = (rows[-1].name, rows[-1].id)
    assert [a.id for a in seen] == [a.id for a in everything]
