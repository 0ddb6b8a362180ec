"""The benchmarks' own services and data: a PostgreSQL database created if missing
(BENCH_DATABASE_URL), a Redis database (BENCH_REDIS_URL) and SQLite files in a temp dir.
The 1M-lead data set is cached in its database and rebuilt only when its key (alembic head,
data version, size) changes."""

from __future__ import annotations

import os
import random
import socket
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlparse

DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/bench_prm"
DEFAULT_REDIS = "redis://127.0.0.1:6379/13"
DATA_VERSION = "leads-v1"

TMP = Path(tempfile.mkdtemp(prefix="prm-bench-"))


def configure_process() -> None:
    """Settings for the benchmark process before any app module reads them."""
    os.environ.setdefault("APP_ENV", "development")
    os.environ["VAR_DIR"] = str(TMP / "var")
    os.environ.pop("REDIS_URL", None)
    os.environ.pop("SMTP_URL", None)


def pg_url() -> str:
    return os.environ.get("BENCH_DATABASE_URL") or DEFAULT_PG


def redis_url() -> str:
    return os.environ.get("BENCH_REDIS_URL") or DEFAULT_REDIS


def sqlite_url(name: str) -> str:
    return f"sqlite:///{TMP / (name + '.sqlite3')}"


def reachable(url: str, default_port: int) -> bool:
    parsed = urlparse(url)
    try:
        with socket.create_connection((parsed.hostname or "127.0.0.1", parsed.port or default_port), 2):
            return True
    except OSError:
        return False


def pg_problem() -> str:
    url = pg_url()
    if not reachable(url, 5432):
        p = urlparse(url)
        return f"PostgreSQL unreachable at {p.hostname}:{p.port or 5432} (BENCH_DATABASE_URL)"
    return ""


def redis_problem() -> str:
    url = redis_url()
    if not reachable(url, 6379):
        p = urlparse(url)
        return f"Redis unreachable at {p.hostname}:{p.port or 6379} (BENCH_REDIS_URL)"
    return ""


def libpq(url: str) -> str:
    """postgresql+psycopg://… → postgresql://… for psycopg itself."""
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def ensure_pg_database(url: str, suffix: str | None = None) -> str:
    """Create the database named in url (or that name + "_" + suffix on the same server, a
    benchmark's own) if missing; return its URL. Named after BENCH_DATABASE_URL's database, so
    two checkouts benchmarking on one server with different URLs never share one."""
    import psycopg

    parsed = urlparse(url)
    db = parsed.path.lstrip("/") + (f"_{suffix}" if suffix else "")
    target = url.rsplit("/", 1)[0] + "/" + db
    admin = libpq(url.rsplit("/", 1)[0] + "/postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (db,)).fetchone():
            conn.execute(f'CREATE DATABASE "{db}"')
    return target


def fresh_schema(url: str) -> None:
    """An empty schema at alembic head (PostgreSQL: drop and recreate `public`)."""
    from sqlalchemy import text

    from prm.db import get_engine
    from prm.migrate import upgrade_head

    if url.startswith("postgresql"):
        with get_engine(url).begin() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    upgrade_head(url)


def alembic_head() -> str:
    from alembic.script import ScriptDirectory

    from prm.migrate import alembic_config

    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def server_versions() -> tuple[str, str]:
    pg = redis = ""
    if not pg_problem():
        import psycopg

        try:
            with psycopg.connect(libpq(ensure_pg_database(pg_url()))) as conn:
                pg = conn.execute("SHOW server_version").fetchone()[0]
        except Exception as exc:  # noqa: BLE001 - reported in the machine description
            pg = f"error: {exc}"
    if not redis_problem():
        import redis as redis_lib

        redis = redis_lib.Redis.from_url(redis_url()).info("server")["redis_version"]
    return pg or pg_problem(), redis or redis_problem()


# ---------------------------------------------------------------- the 1M-lead data set

STATUSES = ["New", "Accepted", "Contacted", "Qualified", "Converted to Opportunity", "Closed Won",
            "Closed Lost", "Rejected", "Pending Approval", "Approved", "Recalled"]
PARTNERS = 200
BIG_PARTNER_SHARE = 0.3  # one large partner, so the filtered list has 2000+ pages
BIG_PARTNER_NEW_SHARE = 0.6


def _cache_key(n: int) -> str:
    return f"{alembic_head()}|{DATA_VERSION}|{n}"


def leads_dataset(n: int = 1_000_000, log=print) -> dict:
    """The bench database with n leads over PARTNERS partner accounts (COPY), a supplier admin
    and ANALYZE done. Cached: rebuilt only when the key changes. Returns url, ids."""
    import psycopg

    url = ensure_pg_database(pg_url())
    key = _cache_key(n)
    with psycopg.connect(libpq(url)) as conn:
        try:
            row = conn.execute("SELECT key, info FROM bench_dataset").fetchone()
        except psycopg.errors.UndefinedTable:
            row = None
    if row and row[0] == key:
        log(f"  using the cached data set ({key})")
        return {"url": url, **row[1]}
    log(f"  building the data set: {n:,} leads over {PARTNERS} partners (once; cached by key {key})")
    started = time.perf_counter()
    fresh_schema(url)
    rnd = random.Random(7)
    now = datetime.now(UTC).replace(microsecond=0)
    from sqlmodel import Session

    from models.accounts import USER_KIND_SUPPLIER_ADMIN, PartnerAccount, User
    from prm.db import get_engine

    with Session(get_engine(url)) as session:
        accounts = [PartnerAccount(name=f"Partner {i + 1:03d}", tenant_name=f"partner{i + 1:03d}", status="active")
                    for i in range(PARTNERS)]
        admin = User(email="bench-admin@example.com", first_name="Bench", last_name="Admin",
                     kind=USER_KIND_SUPPLIER_ADMIN)
        session.add_all([*accounts, admin])
        session.commit()
        partner_ids = [a.id for a in accounts]
        admin_id = admin.id
    with psycopg.connect(libpq(url)) as conn:
        with conn.cursor() as cur:
            big = partner_ids[0]
            span = timedelta(days=3 * 365).total_seconds()
            start = now - timedelta(days=3 * 365)
            cols = ("kind, partner_account_id, first_name, last_name, email, phone, company, country, notes, "
                    "source_campaign, status, status_changed_at, created_at, updated_at")
            with cur.copy(f"COPY lead ({cols}) FROM STDIN") as copy:
                buf = []
                for i in range(n):
                    if rnd.random() < BIG_PARTNER_SHARE:
                        pid = big
                        status = "New" if rnd.random() < BIG_PARTNER_NEW_SHARE else rnd.choice(STATUSES)
                    else:
                        pid = partner_ids[rnd.randrange(1, PARTNERS)]
                        status = rnd.choice(STATUSES)
                    created = (start + timedelta(seconds=span * i / n + rnd.random())).isoformat()
                    buf.append(f"distributed\t{pid}\tFirst{i}\tLast{i}\tlead{i}@example{i % 5000}.com\t"
                               f"+1 555 {i % 10000:04d}\tCompany {i % 50000}\tUS\t\tcampaign-{i % 40}\t"
                               f"{status}\t{created}\t{created}\t{created}\n")
                    if len(buf) == 10_000:
                        copy.write("".join(buf))
                        buf.clear()
                copy.write("".join(buf))
        conn.commit()
    with psycopg.connect(libpq(url), autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE lead")
        conn.execute("ANALYZE partner_account")
        info = {"admin_id": admin_id, "big_partner_id": big}
        conn.execute("CREATE TABLE bench_dataset (key text PRIMARY KEY, info json NOT NULL)")
        conn.execute("INSERT INTO bench_dataset VALUES (%s, %s)", (key, psycopg.types.json.Json(info)))
    log(f"  built in {time.perf_counter() - started:.0f} s")
    return {"url": url, **info}
