"""1. Upload Leads end to end for a 100k-row CSV (read, check, dedupe against the database,
route, insert: services.lead_import's start_import and the import job) ÷ psycopg COPY of the
same cleaned rows into an identical table. Also the rows/s on SQLite."""

from __future__ import annotations

import os
import time

from bench import env
from bench.harness import Row, interleave, ratio_row

NAME = "Upload Leads (100k-row CSV) end to end"
ROWS = int(os.environ.get("BENCH_IMPORT_ROWS", "100000"))
ROUNDS = int(os.environ.get("BENCH_IMPORT_ROUNDS", "3"))
EXISTING = 10_000  # leads already in the database; 1% of the file repeats one of them
PARTNERS = 20
NOTES = [
    f"1: the file has {ROWS:,} rows, half naming a partner account (20 accounts, each with a Lead "
    f"Owner who gets the New Lead Notification), half left to the routing rules; 1% repeat one of "
    f"{EXISTING:,} leads already in the database and are refused. The baseline COPYs the leads that "
    "were imported (same values) into a table made LIKE lead INCLUDING ALL (same indexes).",
]
HEADER = "First Name,Last Name,Email,Phone,Company,Country/Region,Notes,Source Campaign,Partner"
COPY_COLUMNS = ("kind", "partner_account_id", "first_name", "last_name", "email", "phone", "company", "country",
                "notes", "source_campaign", "status", "assigned_at", "status_changed_at", "created_at",
                "updated_at")


def _setup(url: str) -> dict:
    from sqlmodel import Session

    from models.accounts import USER_KIND_PARTNER, USER_KIND_SUPPLIER_ADMIN, PartnerAccount, User
    from prm.db import get_engine

    env.fresh_schema(url)
    with Session(get_engine(url)) as session:
        accounts = [PartnerAccount(name=f"Partner {i:02d}", tenant_name=f"partner{i:02d}", status="active")
                    for i in range(PARTNERS)]
        admin = User(email="bench-admin@example.com", first_name="Bench", last_name="Admin",
                     kind=USER_KIND_SUPPLIER_ADMIN)
        session.add_all([*accounts, admin])
        session.flush()
        session.add_all([User(email=f"owner@partner{i:02d}.example", first_name="Lead", last_name=f"Owner {i}",
                              kind=USER_KIND_PARTNER, partner_account_id=a.id, partner_role="partner_user",
                              is_lead_owner=True) for i, a in enumerate(accounts)])
        session.commit()
        ids = {a.tenant_name: a.id for a in accounts}
        admin_id = admin.id
    from sqlalchemy import text

    with get_engine(url).begin() as conn:
        now = "2025-01-01T00:00:00+00:00"
        conn.execute(text(
            "INSERT INTO lead (kind, first_name, last_name, email, phone, company, country, notes, "
            "source_campaign, status, status_changed_at, created_at, updated_at) VALUES (:k, :f, :l, :e, '', :c, "
            "'', '', '', 'New', :t, :t, :t)"),
            [{"k": "distributed", "f": f"Old{i}", "l": "Lead", "e": f"old{i}@customer.example",
              "c": f"Old Co {i}", "t": now} for i in range(EXISTING)])
        if url.startswith("postgresql"):
            conn.execute(text("DROP TABLE IF EXISTS lead_copy"))
            conn.execute(text("CREATE TABLE lead_copy (LIKE lead INCLUDING ALL)"))
        top = conn.execute(text("SELECT max(id) FROM lead")).scalar()
    return {"partners": ids, "admin_id": admin_id, "seed_top": top}


def _csv(partners: dict[str, int], round_no: int) -> tuple[bytes, list[tuple]]:
    """The file, and the cleaned rows the import should create (for the COPY baseline)."""
    tenants = list(partners)
    lines = [HEADER]
    clean: list[tuple] = []
    for i in range(ROWS):
        tenant = tenants[i % len(tenants)] if i % 2 == 0 else ""
        if i % 100 == 99:
            email = f"old{i % EXISTING}@customer.example"  # already a lead: refused
        else:
            email = f"r{round_no}.{i}@c{i % 3000}.example"
        # Short values: 100k rows must stay under the upload limit (10 MB).
        row = (f"F{i}", f"L{i}", email, f"+1 555 {i % 10000:04d}", f"Co {i % 3000}",
               "US", "Booth" if i % 3 == 0 else "", f"C{i % 12}", tenant)
        lines.append(",".join(row))
        if i % 100 != 99:
            clean.append(row)
    return ("\r\n".join(lines) + "\r\n").encode(), clean


def _copy_rows(clean: list[tuple], partners: dict[str, int]) -> list[tuple]:
    from models._base import utcnow

    now = utcnow()
    return [("distributed", partners.get(r[8]), *r[:8], "New", now if r[8] else None, now, now, now) for r in clean]


def _cleanup(url: str, seed_top: int) -> None:
    from sqlalchemy import text

    from prm.db import get_engine

    with get_engine(url).begin() as conn:
        for table in ("lead_event", "email_message", "webhook_delivery", "import_row", "import_run"):
            try:
                with conn.begin_nested():
                    if table == "lead_event":
                        conn.execute(text("DELETE FROM lead_event WHERE lead_id > :t"), {"t": seed_top})
                    else:
                        conn.execute(text(f"DELETE FROM {table}"))
            except Exception:  # noqa: BLE001, S110 - a table this schema does not have
                pass
        conn.execute(text("DELETE FROM lead WHERE id > :t"), {"t": seed_top})
        if url.startswith("postgresql"):
            conn.execute(text("TRUNCATE lead_copy"))
    if url.startswith("postgresql"):
        # Each round starts from the same tables: without this the rows the rounds before deleted
        # stay as dead tuples the next round's statements wade through (the baseline's table is
        # truncated, so it never pays that).
        with get_engine(url).connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE lead, lead_event, email_message, webhook_delivery, import_row, "
                              "import_run"))


def _use_database(url: str) -> None:
    from prm.db import dispose_engines
    from prm.settings import reset_settings_cache

    os.environ["DATABASE_URL"] = url
    reset_settings_cache()
    dispose_engines()


def _import_once(url: str, data: dict, content: bytes) -> tuple[float, int]:
    """Seconds for start_import + the job, and the leads created."""
    from sqlmodel import Session, func, select

    from jobs.imports import import_leads
    from models.accounts import User
    from models.leads import Lead
    from prm.db import get_engine
    from services.auth import actor_for_user
    from services.lead_import import LEADS

    engine = get_engine(url)
    started = time.perf_counter()
    with Session(engine) as session:
        actor = actor_for_user(session, session.get(User, data["admin_id"]))
        run_id = LEADS.start_import(session=session, actor=actor, filename="leads.csv", content=content)
        LEADS.run_import(session=session, actor=actor, run_id=run_id)  # enqueues; run here, inline
    assert import_leads(run_id) == "done"
    seconds = time.perf_counter() - started
    with Session(engine) as session:
        made = session.exec(select(func.count()).select_from(Lead).where(Lead.id > data["seed_top"])).one()
    return seconds, made


def run(log=print) -> list[Row]:
    rows: list[Row] = []
    problem = env.pg_problem()
    if problem:
        rows.append(Row("1", NAME + " ÷ COPY", problem=problem, target="≤ 3×"))
    else:
        rows.append(_postgresql(log))
    rows.append(_sqlite(log))
    return rows


def _postgresql(log) -> Row:
    import psycopg

    url = env.ensure_pg_database(env.pg_url(), "import")
    _use_database(url)
    log(f"  PostgreSQL: {url}")
    data = _setup(url)
    counter = iter(range(1000))
    expected = ROWS - ROWS // 100

    def one_import() -> float:
        r = next(counter)
        content, _clean = _csv(data["partners"], r)
        _cleanup(url, data["seed_top"])
        seconds, made = _import_once(url, data, content)
        assert made == expected, f"imported {made}, expected {expected}"
        log(f"    import round {r}: {seconds:.1f} s")
        return seconds

    def one_copy() -> float:
        _c, clean = _csv(data["partners"], 999)
        values = _copy_rows(clean, data["partners"])
        _cleanup(url, data["seed_top"])
        with psycopg.connect(env.libpq(url)) as conn:
            started = time.perf_counter()
            with conn.cursor().copy(f"COPY lead_copy ({', '.join(COPY_COLUMNS)}) FROM STDIN") as copy:
                for v in values:
                    copy.write_row(v)
            conn.commit()
            seconds = time.perf_counter() - started
        log(f"    COPY: {seconds:.2f} s")
        return seconds

    med = interleave({"import": one_import, "copy": one_copy}, ROUNDS)
    _cleanup(url, data["seed_top"])
    row = ratio_row("1", f"Upload Leads, {ROWS:,} rows on PostgreSQL (÷ COPY)", med["import"], med["copy"], 3)
    row.measured += f" ({ROWS / med['import']:,.0f} rows/s)"
    return row


def _sqlite(log) -> Row:
    url = env.sqlite_url("import")
    _use_database(url)
    log(f"  SQLite: {url}")
    data = _setup(url)
    content, _clean = _csv(data["partners"], 0)
    seconds, made = _import_once(url, data, content)
    log(f"    SQLite import: {seconds:.1f} s, {made} leads")
    return Row("1s", f"Upload Leads, {ROWS:,} rows on SQLite", f"{ROWS / seconds:,.0f} rows/s ({seconds:.1f} s)",
               "", None, "report only", None)
