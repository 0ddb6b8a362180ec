"""5. The click-tracking redirect at 200 requests/s for 30 s: p95 ÷ a static redirect route on
the same server (granian, one worker). Open-loop load: requests start on a fixed schedule
(asyncio + httpx), so a slow answer cannot slow the arrivals down and hide itself."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

from bench import env
from bench.harness import Row

NAME = "Click-tracking redirect at 200 req/s"
RATE = int(os.environ.get("BENCH_REDIRECT_RATE", "200"))
SECONDS = float(os.environ.get("BENCH_REDIRECT_SECONDS", "30"))
ROOT = Path(__file__).resolve().parent.parent


def tracking_url() -> str | None:
    """THE POINT TO UPDATE once the click-tracking route lands (branch `track`): return the path
    of one real tracked link (a recorded email's click URL), created in the bench database.
    None while prm.api has no such route."""
    from prm.api import api

    tracked = [r.path for r in api.routes if getattr(r, "path", "").startswith(("/api/t/", "/t/"))]
    if not tracked:
        return None
    raise NotImplementedError(f"tracking route {tracked[0]} exists: make a tracked link for it here")


def p95(latencies: list[float]) -> float:
    ordered = sorted(latencies)
    return ordered[min(len(ordered) - 1, int(round(0.95 * len(ordered))) - 1)]


async def _load(base: str, path: str, rate: int, seconds: float) -> tuple[list[float], int]:
    import httpx

    latencies: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=200, max_keepalive_connections=200)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=10, follow_redirects=False) as client:
        async def one():
            nonlocal errors
            started = time.perf_counter()
            try:
                r = await client.get(path)
                if r.status_code not in (302, 303, 307):
                    errors += 1
            except httpx.HTTPError:
                errors += 1
                return
            latencies.append(time.perf_counter() - started)

        tasks = []
        begin = time.perf_counter()
        for i in range(int(rate * seconds)):
            delay = begin + i / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(one()))
        await asyncio.gather(*tasks)
    return latencies, errors


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(port: int) -> subprocess.Popen:
    proc = subprocess.Popen(
        [str(Path(sys.executable).with_name("granian")), "--interface", "asgi", "--host", "127.0.0.1",
         "--port", str(port), "--workers", "1", "--log-level", "warning", "bench.redirect_app:app"],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, start_new_session=True)
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), 0.5):
                return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("the bench server did not start")


def run(log=print) -> list[Row]:
    from bench.redirect_app import STATIC_PATH

    os.environ.setdefault("DATABASE_URL", env.sqlite_url("redirect"))
    env.fresh_schema(os.environ["DATABASE_URL"])
    port = _free_port()
    proc = _serve(port)
    base = f"http://127.0.0.1:{port}"
    try:
        path = tracking_url()
        if path is None:
            # Still show the load generator works and what the baseline is.
            lat, errors = asyncio.run(_load(base, STATIC_PATH, RATE, min(SECONDS, 5)))
            return [Row("5", NAME, problem="tracking route not present in this build (see bench/b5_redirect.py "
                        "tracking_url)", baseline=f"static p95 {p95(lat) * 1000:.1f} ms, {errors} errors",
                        target="≤ 2×")]
        half = SECONDS / 2  # two rounds each, alternating: 30 s of load on each route
        got: dict[str, list[float]] = {"track": [], "static": []}
        errors = 0
        for order in (("track", "static"), ("static", "track")):
            for which in order:
                lat, err = asyncio.run(_load(base, path if which == "track" else STATIC_PATH, RATE, half))
                got[which] += lat
                errors += err
        t, s = p95(got["track"]), p95(got["static"])
        return [Row("5", NAME + f" for {SECONDS:.0f} s (p95 ÷ static redirect)", f"{t * 1000:.1f} ms",
                    f"{s * 1000:.1f} ms", t / s, "≤ 2×", t / s <= 2 and errors == 0,
                    problem=f"{errors} errors" if errors else "")]
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
