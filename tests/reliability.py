"""The reliability and security suite's figures (issue 8), written to docs/RELIABILITY.md at the
end of every run that ran any of its tests.

A test module names its item with `RELIABILITY_ITEM = "1. Tokens"`; the plugin counts its tests
passed and failed. A test records what it measured with the `figures` fixture:

    figures.add("inputs tried", 500)      # summed over the tests of the item
    figures.add("rows lost", 0)

Items not run this time keep the figures of their last run (read back from the file), so
running one file does not wipe the others. The layout is deterministic: items in order, figures
sorted by name, one date per item.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

import pytest

REPORT = Path(__file__).resolve().parents[1] / "docs" / "RELIABILITY.md"
_DATA_MARK = "<!-- figures "

_counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
_figures: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))


def _item_of(node) -> str | None:
    module = getattr(node, "module", None)
    return getattr(module, "RELIABILITY_ITEM", None) if module is not None else None


class Figures:
    def __init__(self, item: str):
        self.item = item

    def add(self, name: str, value: int = 1) -> None:
        _figures[self.item][name] += int(value)


@pytest.fixture
def figures(request) -> Figures:
    item = _item_of(request.node)
    if item is None:
        raise RuntimeError(f"{request.node.module.__name__} has no RELIABILITY_ITEM")
    _figures[item]  # an item with figures of zero is still listed
    return Figures(item)


_item_by_nodeid: dict[str, str] = {}


def pytest_collection_modifyitems(items):
    for node in items:
        item = _item_of(node)
        if item:
            _item_by_nodeid[node.nodeid] = item


def pytest_runtest_logreport(report):
    item = _item_by_nodeid.get(report.nodeid)
    if item is None:
        return
    if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
        _counts[item][report.outcome] += 1


def _previous() -> dict:
    if not REPORT.exists():
        return {}
    text = REPORT.read_text()
    start = text.find(_DATA_MARK)
    if start < 0:
        return {}
    try:
        return json.loads(text[start + len(_DATA_MARK):text.index("-->", start)])
    except ValueError:
        return {}


def _order(item: str) -> tuple:
    m = re.match(r"(\d+)", item)
    return (int(m.group(1)) if m else 999, item)


def render(items: dict) -> str:
    lines = [
        "# Reliability and security figures",
        "",
        "Written by the test suite (`tests/reliability.py`) at the end of every run of",
        "`tests/security/` (and, later, `tests/chaos/`). Each item shows the date of its last run,",
        "its tests passed and failed, and what its tests measured. Do not edit by hand.",
        "",
    ]
    for name in sorted(items, key=_order):
        entry = items[name]
        lines += [f"## {name}", "", f"Last run: {entry['date']} — tests passed: {entry['passed']}, "
                  f"failed: {entry['failed']}, skipped: {entry['skipped']}", ""]
        if entry["figures"]:
            lines += ["| Figure | Value |", "| --- | ---: |"]
            lines += [f"| {k} | {v} |" for k, v in sorted(entry["figures"].items())]
            lines.append("")
    lines.append(_DATA_MARK + json.dumps(items, sort_keys=True) + " -->")
    return "\n".join(lines) + "\n"


def pytest_sessionfinish(session):
    if not _counts:
        return
    items = _previous()
    today = datetime.now(UTC).date().isoformat()
    for name, counts in _counts.items():
        items[name] = {
            "date": today,
            "passed": counts.get("passed", 0),
            "failed": counts.get("failed", 0),
            "skipped": counts.get("skipped", 0),
            "figures": dict(sorted(_figures.get(name, {}).items())),
        }
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(render(items))
