"""7. 200 simulated portal users over websockets for 5 minutes (BENCH_B7_USERS,
BENCH_B7_SECONDS) against the production shape — the Procfile under honcho with 2 backend
workers sharing state in Redis and 2 RQ workers, on PostgreSQL (the 1M-lead bench database) —
driven by locust (bench/locust_portal.py). Target: p95 event latency ≤ 250 ms, 0 errors. No
baseline: the target is absolute."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time

from bench import app_server, env
from bench.harness import Row

NAME = "Portal users over websockets"
USERS = int(os.environ.get("BENCH_B7_USERS", "200"))
SECONDS = int(os.environ.get("BENCH_B7_SECONDS", "300"))
SPAWN_RATE = float(os.environ.get("BENCH_B7_SPAWN_RATE", "5"))
WAIT = os.environ.get("BENCH_B7_WAIT", "2,8")
TARGET_MS = 250
NOTES = [
    "7: each locust user is a partner user in one tab (its own Reflex token and websocket): it "
    "connects on the login page (hydrate), logs in (a session row, argon2 check), opens Home and Leads, "
    f"then every {WAIT.replace(',', '–')} s pages its leads (Next/Previous), filters them by "
    "status or opens Home. Latency is send → the backend's state update for that event, all "
    "event kinds together, over the events sent once all the users were running (locust's "
    f"spawning_complete), for {SECONDS} s; the ramp before it (each user's connect, login, Home "
    "and Leads) is reported beside it, and an error anywhere counts. The users are "
    "bench-partner0…N@example.com, one in each of the "
    "bench data set's partner accounts (the first holds 30% of the 1M leads). Load generator, "
    "app, workers, PostgreSQL and Redis share the machine's 2 cores.",
]


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(0.95 * len(ordered))) - 1))]


def over_time(samples: list, window: float = 30.0) -> list[str]:
    """The p95 of the events sent in each window of the run (the ramp's logins against the
    steady state), one line per window."""
    if not samples:
        return []
    first = min(s[3] for s in samples)
    windows: dict[int, list[float]] = {}
    for _, ms, good, sent_at in samples:
        if good:
            windows.setdefault(int((sent_at - first) // window), []).append(ms)
    return [f"{int(w * window):>4}–{int((w + 1) * window)} s: {len(v)} events, median "
            f"{statistics.median(v):.0f} ms, p95 {p95(v):.0f} ms" for w, v in sorted(windows.items())]


def ensure_partner_users(url: str, n: int, password: str) -> None:
    """bench-partner0…n-1@example.com, partner admins, one per partner account (round robin),
    all with `password`. Idempotent."""
    import psycopg

    from services.security import hash_password

    hashed = hash_password(password)
    with psycopg.connect(env.libpq(url)) as conn:
        accounts = [r[0] for r in conn.execute("SELECT id FROM partner_account ORDER BY id").fetchall()]
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO app_user (email, first_name, last_name, password_hash, kind, partner_account_id, "
                "partner_role, is_sales_rep, is_lead_owner, is_default_lead_owner, supplier_emails_opt_in, "
                "show_offer_intro, terms_accepted_version, is_active, created_at, updated_at) "
                "VALUES (%s, %s, 'Bench', %s, 'partner', %s, 'partner_admin', false, true, false, false, false, "
                "1000000, true, now(), now()) ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash",
                [(f"bench-partner{i}@example.com", f"Partner{i}", hashed, accounts[i % len(accounts)])
                 for i in range(n)])
        conn.commit()


def run(log=print) -> list[Row]:
    target = f"p95 ≤ {TARGET_MS} ms, 0 errors"
    problem = env.pg_problem() or env.redis_problem()
    if problem:
        return [Row("7", NAME, problem=problem, target=target)]
    import redis

    data = env.leads_dataset(log=log)
    ensure_partner_users(data["url"], USERS, app_server.PARTNER_PASSWORD)
    jobs_url = env.redis_url()
    base, _, db = jobs_url.rpartition("/")
    state_url = f"{base}/{int(db) + 1}" if db.isdigit() else jobs_url.rstrip("/") + "/1"
    for url in (jobs_url, state_url):
        redis.Redis.from_url(url).flushdb()
    var_dir = env.TMP / "b7"
    var_dir.mkdir(exist_ok=True)
    port = app_server.free_port()
    shape_env = app_server.app_env(data["url"], port, var_dir, REDIS_URL=jobs_url, REFLEX_REDIS_URL=state_url,
                                   GRANIAN_WORKERS="2", WORKER_PROCESSES="2")
    log("  starting the production shape (honcho: 2 backend workers, 2 RQ workers; builds the frontend)")
    server = app_server.production_shape(shape_env, env.TMP / "b7-shape.log")
    out = env.TMP / "b7-samples.json"
    ramp = USERS / SPAWN_RATE
    try:
        log(f"  locust: {USERS} users (spawn {SPAWN_RATE:g}/s), {SECONDS} s after the ramp of {ramp:.0f} s")
        started = time.monotonic()
        locust = subprocess.run(
            [sys.executable, "-m", "locust", "-f", str(app_server.ROOT / "bench" / "locust_portal.py"), "--headless",
             "-u", str(USERS), "-r", str(SPAWN_RATE), "-t", f"{int(SECONDS + ramp)}s", "--host", server.url,
             "--only-summary", "--stop-timeout", "15", "--loglevel", "WARNING"],
            cwd=app_server.ROOT, capture_output=True, text=True, timeout=SECONDS + ramp + 300,
            env={**os.environ, "PYTHONPATH": str(app_server.ROOT), "BENCH_B7_USERS": str(USERS),
                 "BENCH_B7_PASSWORD": app_server.PARTNER_PASSWORD, "BENCH_B7_WAIT": WAIT, "BENCH_B7_OUT": str(out)})
        load = os.getloadavg()
        elapsed = time.monotonic() - started
    finally:
        server.stop()
    (env.TMP / "b7-locust.log").write_text(locust.stdout + locust.stderr)
    if not out.exists():
        return [Row("7", NAME, problem=f"locust wrote no samples (exit {locust.returncode}): "
                    f"{(locust.stderr or locust.stdout)[-300:]}", target=target)]
    written = json.loads(out.read_text())
    samples, spawned_at = written["samples"], written["spawned_at"]
    if spawned_at is None:
        return [Row("7", NAME, problem=f"locust never had all {USERS} users running; see {env.TMP / 'b7-locust.log'}",
                    target=target)]
    # The target's figure: the events sent while all the users were connected (the 5 minutes
    # after the last one started). The ramp, when they log in, is reported beside it.
    steady = [ms for _, ms, good, sent_at in samples if good and sent_at >= spawned_at]
    ramp_ok = [ms for _, ms, good, sent_at in samples if good and sent_at < spawned_at]
    logins = [ms for name, ms, good, _ in samples if good and name == "LoginState.submit"]
    ok = [ms for _, ms, good, _ in samples if good]
    errors = sum(1 for _, _, good, _ in samples if not good)
    by_name: dict[str, list[float]] = {}
    for name, ms, good, _ in samples:
        if good:
            by_name.setdefault(name, []).append(ms)
    for name, values in sorted(by_name.items()):
        log(f"    {name}: {len(values)} events, median {statistics.median(values):.0f} ms, p95 {p95(values):.0f} ms")
    for line in over_time(samples):
        log(f"    {line}")
    log(f"    {len(samples)} events in {elapsed:.0f} s, {errors} errors; load average {load[0]:.1f}")
    if steady and ramp_ok:
        log(f"    with all {USERS} users: {len(steady)} events, p95 {p95(steady):.0f} ms; the ramp: {len(ramp_ok)} "
            f"events, p95 {p95(ramp_ok):.0f} ms; all together p95 {p95(ok):.0f} ms")
    if not steady:
        return [Row("7", NAME, problem=f"no event succeeded ({errors} errors); see {env.TMP / 'b7-locust.log'}",
                    target=target)]
    figure = p95(steady)
    ramp_note = (f"; the {ramp:.0f}-s ramp before it (logins): p95 {p95(ramp_ok):.0f} ms, login median "
                 f"{statistics.median(logins):.0f} ms" if ramp_ok and logins else "")
    return [Row("7", f"{USERS} portal users over websockets for {SECONDS} s with all connected (2 backends + 2 RQ "
                f"workers, Redis state; {len(steady):,} events, load avg {load[0]:.1f})",
                f"p95 {figure:.0f} ms, {errors} errors{ramp_note}", f"median {statistics.median(steady):.0f} ms",
                None, target, figure <= TARGET_MS and errors == 0)]
