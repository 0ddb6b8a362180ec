"""services/bulk.py: many rows at once (the imports). Rows may come from a generator, made
while they are written (PostgreSQL's COPY streams them; SQLite takes them 5,000 at a time)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import func, select

from models.leads import Lead
from models.recruitment import ImportRow, ImportRun
from services.bulk import bulk_insert, new_ids

WHEN = datetime(2026, 3, 4, 5, 6, 7, 890000, tzinfo=UTC)


def test_a_generator_of_rows_is_written_whole_across_chunks(db):
    made = []

    def rows():
        for i in range(12_345):  # more than two of SQLite's chunks, and not a multiple of one
            made.append(i)
            yield {"company": f"Co {i}", "last_name": "X", "email": f"r{i}@c.example", "created_at": WHEN}

    assert bulk_insert(db, Lead.__table__, rows()) == 12_345 == len(made)
    db.commit()
    assert db.exec(select(func.count()).select_from(Lead)).one() == 12_345
    assert db.exec(select(func.count(func.distinct(Lead.email)))).one() == 12_345
    last = db.exec(select(Lead).where(Lead.email == "r12344@c.example")).one()
    # What the table defaults in Python came too, and the values came back as they were written.
    assert (last.company, last.created_at, last.status, last.registration_conflicts) == (
        "Co 12344", WHEN, "New", [])


def test_nothing_to_write_writes_nothing(db):
    assert bulk_insert(db, Lead.__table__, iter(())) == 0
    assert bulk_insert(db, Lead.__table__, []) == 0
    assert db.exec(select(func.count()).select_from(Lead)).one() == 0


def test_json_values_and_ids_taken_ahead_come_back_as_written(db):
    run = ImportRun(kind="leads", filename="x.csv", status="ready")
    db.add(run)
    db.flush()
    data = {"first_name": "Zoë", "notes": "line 1\nline 2 \"quoted\" \\ back", "custom_fields": {"k": ["a", 1]}}
    ids = new_ids(db, ImportRow.__table__, 3)
    bulk_insert(db, ImportRow.__table__, ({"id": row_id, "run_id": run.id, "row_number": n, "data": data,
                                           "email": f"e{n}@x.example", "status": "valid", "reason": ""}
                                          for n, row_id in enumerate(ids, start=1)))
    db.commit()
    rows = db.exec(select(ImportRow).order_by(ImportRow.row_number)).all()
    assert [(r.id, r.row_number, r.data) for r in rows] == [(ids[0], 1, data), (ids[1], 2, data), (ids[2], 3, data)]
