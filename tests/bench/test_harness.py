"""The benchmark harness itself (medians, ratios, alternation, the table): on tiny data, with
no timing asserted."""

from __future__ import annotations

import pytest

from bench.harness import (
    Row,
    format_table,
    interleave,
    median,
    parse_selection,
    ratio,
    ratio_row,
    results_markdown,
)


def test_median_and_ratio():
    assert median([3.0, 1.0, 2.0]) == 2.0
    assert median([4.0, 1.0, 3.0, 2.0]) == 2.5
    assert ratio(3.0, 1.5) == 2.0
    with pytest.raises(ValueError):
        median([])
    with pytest.raises(ValueError):
        ratio(1.0, 0.0)


def test_interleave_rotates_the_order_and_takes_medians():
    calls: list[str] = []
    values = {"a": iter([5.0, 1.0, 3.0]), "b": iter([10.0, 30.0, 20.0])}

    def sampler(name):
        def sample():
            calls.append(name)
            return next(values[name])
        return sample

    medians = interleave({"a": sampler("a"), "b": sampler("b")}, rounds=3)
    assert medians == {"a": 3.0, "b": 20.0}
    assert calls == ["a", "b", "b", "a", "a", "b"]


def test_ratio_row_says_whether_the_target_is_met():
    met = ratio_row("1", "import", 2.0, 1.0, 3)
    missed = ratio_row("2", "send", 0.9, 0.5, 1.2)
    assert (met.ratio, met.met, met.target, met.met_label) == (2.0, True, "≤ 3×", "yes")
    assert missed.met is False and missed.met_label == "NO"
    assert met.measured == "2.00 s" and ratio_row("3", "x", 0.002, 0.001, 1.5).measured == "2.00 ms"


def test_table_shows_unmeasured_rows_with_their_reason():
    rows = [ratio_row("3a", "list", 0.003, 0.001, 1.5),
            Row("5", "redirect", problem="tracking route not present", target="≤ 2×")]
    table = format_table(rows)
    lines = table.splitlines()
    assert lines[0] == "| # | benchmark | measured | baseline | ratio | target | met? |"
    assert "| 3a | list | 3.00 ms | 1.00 ms | 3.00× | ≤ 1.5× | NO |" in lines
    assert "| 5 | redirect | tracking route not present |  |  | ≤ 2× | not measured |" in lines
    text = results_markdown(rows, ["- CPU: test"], ["a note"])
    assert table in text and "- CPU: test" in text and "- a note" in text


def test_selection_parses_a_subset_and_refuses_unknown_numbers():
    assert parse_selection("", ["1", "3"]) == ["1", "3"]
    assert parse_selection("3, 1", ["1", "3"]) == ["3", "1"]
    with pytest.raises(SystemExit, match="Unknown benchmark"):
        parse_selection("9", ["1", "3"])
