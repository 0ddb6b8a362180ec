"""The benchmark harness: alternate a measurement with its baseline, take medians, compare
the ratio with a target and print/write one table. Benchmarks report; they never fail tests."""

from __future__ import annotations

import os
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path


@dataclass
class Row:
    """One line of the results table. A row with `problem` set says why nothing was measured
    (a service unreachable, a route missing): it is shown, never skipped silently."""

    number: str
    name: str
    measured: str = ""
    baseline: str = ""
    ratio: float | None = None
    target: str = ""
    met: bool | None = None
    problem: str = ""

    @property
    def met_label(self) -> str:
        if self.problem:
            return "not measured"
        return {True: "yes", False: "NO", None: "—"}[self.met]


def median(values: list[float]) -> float:
    if not values:
        raise ValueError("median of no values")
    return statistics.median(values)


def ratio(measured: float, baseline: float) -> float:
    if baseline <= 0:
        raise ValueError("baseline must be positive")
    return measured / baseline


def time_call(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def interleave(samplers: dict[str, Callable[[], float]], rounds: int) -> dict[str, float]:
    """Run each sampler once per round, rotating which goes first (so a slow drift of the
    machine hits all alike), and return each one's median. A sampler returns one sample
    (seconds, or any figure where lower is better)."""
    names = list(samplers)
    samples: dict[str, list[float]] = {n: [] for n in names}
    for i in range(rounds):
        k = i % len(names)
        for name in names[k:] + names[:k]:
            samples[name].append(samplers[name]())
    return {n: median(v) for n, v in samples.items()}


def alternate(measure: Callable[[], float], baseline: Callable[[], float], rounds: int) -> tuple[float, float]:
    """A measurement beside its baseline: (median measured, median baseline)."""
    m = interleave({"measure": measure, "baseline": baseline}, rounds)
    return m["measure"], m["baseline"]


def per_call(fn: Callable[[], object], calls: int) -> Callable[[], float]:
    """A sampler: the mean seconds per call over `calls` calls."""
    def sample() -> float:
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        return (time.perf_counter() - start) / calls
    return sample


def ratio_row(number: str, name: str, measured: float, baseline: float, target_ratio: float,
              unit: Callable[[float], str] | None = None) -> Row:
    fmt = unit or seconds
    r = ratio(measured, baseline)
    return Row(number, name, fmt(measured), fmt(baseline), r, f"≤ {target_ratio:g}×", r <= target_ratio)


def seconds(value: float) -> str:
    if value < 1e-3:
        return f"{value * 1e6:.0f} µs"
    if value < 1:
        return f"{value * 1e3:.2f} ms"
    return f"{value:.2f} s"


def format_table(rows: list[Row]) -> str:
    header = ["#", "benchmark", "measured", "baseline", "ratio", "target", "met?"]
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    for row in rows:
        cells = [row.number, row.name, row.measured if not row.problem else row.problem, row.baseline,
                 "" if row.ratio is None else f"{row.ratio:.2f}×", row.target, row.met_label]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines)


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def _ram() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def machine_description(pg_version: str, redis_version: str) -> list[str]:
    try:
        load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        load = "unknown"
    return [
        f"- CPU: {_cpu_model()} × {os.cpu_count()}",
        f"- RAM: {_ram()}",
        f"- OS: {platform.platform()}",
        f"- Python: {platform.python_version()}",
        f"- PostgreSQL: {pg_version}",
        f"- Redis: {redis_version}",
        f"- Load average at the end (1, 5, 15 min): {load}",
        f"- Date: {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}",
    ]


def results_markdown(rows: list[Row], machine: list[str], notes: list[str]) -> str:
    parts = ["# Benchmark results (`make bench`)", "", format_table(rows), "", "## Machine", "", *machine]
    if notes:
        parts += ["", "## Notes", "", *[f"- {n}" for n in notes]]
    return "\n".join(parts) + "\n"


def parse_selection(text: str | None, known: list[str]) -> list[str]:
    """`BENCH=1,3` → ["1", "3"]; empty → all. Unknown numbers are refused clearly."""
    if not text:
        return list(known)
    chosen = [p.strip() for p in text.split(",") if p.strip()]
    unknown = [c for c in chosen if c not in known]
    if unknown:
        raise SystemExit(f"Unknown benchmark(s): {', '.join(unknown)}; choose from {', '.join(known)}")
    return chosen
