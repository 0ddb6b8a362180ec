"""`python -m bench [--only 1,3]`: run the benchmarks, print the table and write
bench/results/latest.md. Benchmarks report; a missed target or an unreachable service is a
row in the table, never a failure of the test suite."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
import traceback
from pathlib import Path

from bench import env

env.configure_process()

from bench.harness import Row, format_table, machine_description, parse_selection, results_markdown  # noqa: E402

BENCHMARKS = {  # in the order they run
    "3": "bench.b3_lead_list",
    "1": "bench.b1_import",
    "6": "bench.b6_state_size",
    "5": "bench.b5_redirect",
    "2": "bench.b2_email_send",
    "4": "bench.b4_clicks",
    "7": "bench.b7_portal_load",
}
RESULTS = Path(__file__).resolve().parent / "results" / "latest.md"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--only", default=os.environ.get("BENCH", ""),
                        help="comma-separated benchmark numbers, e.g. 1,3 (default: all; env BENCH)")
    args = parser.parse_args(argv)
    chosen = parse_selection(args.only, list(BENCHMARKS))
    rows: list[Row] = []
    notes: list[str] = []
    for number in chosen:
        module = importlib.import_module(BENCHMARKS[number])
        print(f"[{number}] {module.NAME}", flush=True)
        started = time.perf_counter()
        try:
            got = module.run(log=lambda msg: print(msg, flush=True))
        except Exception as exc:  # noqa: BLE001 - a broken benchmark is a row, the others still run
            traceback.print_exc()
            got = [Row(number, module.NAME, problem=f"error: {type(exc).__name__}: {exc}"[:200])]
        rows += got
        notes += list(getattr(module, "NOTES", []))
        print(f"    done in {time.perf_counter() - started:.0f} s", flush=True)
        print(format_table(got), flush=True)
    pg, redis = env.server_versions()
    text = results_markdown(rows, machine_description(pg, redis), notes)
    print()
    print(text)
    if set(chosen) == set(BENCHMARKS):
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(text)
        print(f"written to {RESULTS.relative_to(Path.cwd()) if RESULTS.is_relative_to(Path.cwd()) else RESULTS}")
    else:
        partial = RESULTS.with_name("partial.md")
        partial.write_text(text)
        print(f"a subset: written to {partial} (latest.md holds only full runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
