"""3. The service call behind the admin leads list at 1M leads (filter by partner and status,
sort by created, 50 rows), page 1 and page 2000 ÷ the bare indexed SQL for the same rows;
the deep page ÷ the first page (keyset paging: no OFFSET, no count of the table)."""

from __future__ import annotations

from bench import env
from bench.harness import Row, interleave, per_call, ratio_row

NAME = "Admin leads list at 1M leads"
ROUNDS = 9
CALLS = 20
PAGE = 50
DEEP_PAGE = 2000
NOTES = [
    "3: data set 1M leads, 200 partner accounts, one holding 30% of them (60% New), so the "
    "filtered list (partner + New) has about 3,600 pages of 50. The baseline is one psycopg "
    "statement on a held autocommit connection (same rows, partner and owner names joined). The "
    "service runs as the admin leads page's handler runs it: a connection of an engine in "
    "autocommit (prm.db.read_connection: no BEGIN/ROLLBACK, no per-call isolation switch; the "
    "last two stay checked out between calls, handed out again after the pool's dead-socket "
    "check), the actor and filter checks in Python, the page statement built once per filter "
    "shape and run on a psycopg cursor kept with the connection, its timestamps as UTC text, "
    "then the 50 rows turned into the dicts the page shows in one comprehension. What is left "
    "above the bare SQL: building those dicts (~20 µs) and the checks, statement look-up and "
    "cursor encoding (~15 µs).",
]

BARE_SQL = """
SELECT l.id, l.first_name, l.last_name, l.company, l.email, l.country, l.status, l.kind,
       p.name, u.first_name, u.last_name, l.source_campaign, l.created_at
FROM lead l
LEFT JOIN partner_account p ON p.id = l.partner_account_id
LEFT JOIN app_user u ON u.id = l.owner_user_id
WHERE l.partner_account_id = %s AND l.status = %s AND (l.created_at, l.id) < (%s, %s)
ORDER BY l.created_at DESC, l.id DESC
LIMIT %s
"""


def run(log=print) -> list[Row]:
    problem = env.pg_problem()
    if problem:
        return [Row("3", NAME, problem=problem, target="≤ 1.5× / ≤ 1.3×")]
    import psycopg

    from models.accounts import USER_KIND_SUPPLIER_ADMIN
    from prm.db import read_connection
    from services.actors import Actor
    from services.leads import list_leads
    from services.paging import MAX_ROW_ID, encode_cursor

    data = env.leads_dataset(log=log)
    actor = Actor(user_id=data["admin_id"], email="bench-admin@example.com", name="Bench Admin",
                  kind=USER_KIND_SUPPLIER_ADMIN)
    partner, status = data["big_partner_id"], "New"
    conn = psycopg.connect(env.libpq(data["url"]), autocommit=True)
    # The cursor the browser holds on page 2000: the last row of page 1999.
    last = conn.execute(
        "SELECT created_at, id FROM lead WHERE partner_account_id = %s AND status = %s "
        "ORDER BY created_at DESC, id DESC OFFSET %s LIMIT 1", (partner, status, (DEEP_PAGE - 1) * PAGE - 1),
    ).fetchone()
    if last is None:
        return [Row("3", NAME, problem=f"data set has fewer than {DEEP_PAGE} pages", target="≤ 1.5×")]
    deep_cursor = encode_cursor(last[0], last[1])
    first = conn.execute("SELECT max(created_at) FROM lead").fetchone()[0]

    def service(cursor: str):
        def call():  # as the admin leads page's handler calls it (admin/leads/state.py)
            with read_connection(data["url"]) as db:
                page = list_leads(session=db, actor=actor, partner_account_id=str(partner),
                                  status=status, cursor=cursor, limit=PAGE)
            assert len(page.rows) == PAGE
        return call

    def bare(after: tuple):
        def call():
            rows = conn.execute(BARE_SQL, (partner, status, *after, PAGE + 1)).fetchall()
            assert len(rows) == PAGE + 1
        return call

    # Same rows both ways: the service's ids equal the SQL's.
    with read_connection(data["url"]) as db:
        ids = [r["id"] for r in list_leads(session=db, actor=actor, partner_account_id=str(partner),
                                           status=status, cursor=deep_cursor, limit=PAGE).rows]
    sql_ids = [r[0] for r in conn.execute(BARE_SQL, (partner, status, last[0], last[1], PAGE)).fetchall()]
    if ids != sql_ids:
        return [Row("3", NAME, problem="service and SQL returned different rows", target="≤ 1.5×")]

    top = (first, MAX_ROW_ID)
    med = interleave({
        "service p1": per_call(service(""), CALLS),
        "sql p1": per_call(bare(top), CALLS),
        "service deep": per_call(service(deep_cursor), CALLS),
        "sql deep": per_call(bare((last[0], last[1])), CALLS),
    }, ROUNDS)
    conn.close()
    return [
        ratio_row("3a", "Leads list page 1 (service ÷ bare SQL)", med["service p1"], med["sql p1"], 1.5),
        ratio_row("3b", f"Leads list page {DEEP_PAGE} (service ÷ bare SQL)", med["service deep"],
                  med["sql deep"], 1.5),
        ratio_row("3c", f"Leads list page {DEEP_PAGE} ÷ page 1 (service)", med["service deep"],
                  med["service p1"], 1.3),
    ]
