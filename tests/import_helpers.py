"""Helpers for the CSV import tests (services.csv_import kinds): upload a file, read a run's
rows and figures, count what the job made."""

from __future__ import annotations

from sqlmodel import Session, func, select

from models.recruitment import ImportRun
from prm.db import get_engine


def upload(importer, db, actor, text_or_bytes, filename: str) -> int:
    content = text_or_bytes.encode() if isinstance(text_or_bytes, str) else text_or_bytes
    return importer.start_import(session=db, actor=actor, filename=filename, content=content)


def all_rows(importer, db, actor, run_id, status="") -> list[dict]:
    rows, cursor = [], ""
    while True:
        page = importer.list_import_rows(session=db, actor=actor, run_id=run_id, status=status,
                                         cursor=cursor, limit=100)
        rows += page.rows
        cursor = page.next_cursor
        if not cursor:
            return rows


def fresh_run(run_id: int) -> ImportRun:
    """The run as the job left it (another session, nothing cached)."""
    with Session(get_engine()) as session:
        return session.get(ImportRun, run_id)


def count(db, model, *where) -> int:
    db.expire_all()
    return db.exec(select(func.count()).select_from(model).where(*where)).one()


def csv_file(header: str, rows: list[str]) -> bytes:
    return ("\r\n".join([header, *rows]) + "\r\n").encode()
