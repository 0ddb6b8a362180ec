"""One place for the checks every text field gets: trimmed, no control characters (a NUL byte
is refused by PostgreSQL), a length the column can hold, present when required."""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Line breaks for Python's email package and str.splitlines besides CR and LF: a one-line field
# (a name, a subject) holding one would start a new header in an email (issue 8, item 7).
_LINE_BREAK = re.compile(r"[\r\n\x85\u2028\u2029]")


def clean_text(
    errors: dict[str, str],
    field: str,
    value: object,
    *,
    max_len: int,
    required: str | None = None,
    multiline: bool = False,
) -> str:
    """Return the trimmed value; add a message to `errors[field]` when it cannot be saved.
    `required` is the message for an empty value (None: empty is fine)."""
    text = str(value if value is not None else "").strip()
    # Printable text has none of either (the common case, checked without a regex: an import
    # checks millions of cells).
    if not text.isprintable() and (_CONTROL.search(text) or (not multiline and _LINE_BREAK.search(text))):
        errors[field] = "Remove the unusual characters from this field."
    elif not text and required:
        errors[field] = required
    elif len(text) > max_len:
        errors[field] = f"Use at most {max_len} characters."
    return text


def search_term(value: object, *, max_len: int = 100) -> str:
    """A search box's text as a LIKE pattern that matches it literally (escape char: \\)."""
    text = _CONTROL.sub("", str(value or "")).strip().lower()[:max_len]
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# Cells a spreadsheet would run as a formula start with one of these (OWASP: CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: object) -> str:
    """A cell a spreadsheet will not run as a formula (CSV injection): every export uses it.

    The round-trip rule (issue 8, item 6): an apostrophe is put before a value that starts with
    = + - @ tab or CR — and before one that starts with an apostrophe, so that an apostrophe of
    the value itself is never taken for ours. csv_unescape, which our imports apply to every
    cell, takes exactly that one apostrophe off again: csv_unescape(csv_safe(v)) == v for every
    text v, so a downloaded file uploaded again loses nothing."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in FORMULA_STARTS or text[:1] == "'" else text


def csv_unescape(cell: str) -> str:
    """The value of a cell written by csv_safe (or typed the same way in a spreadsheet): one
    leading apostrophe before = + - @ tab, CR or another apostrophe is dropped; anything else is
    kept as it is."""
    if cell[:1] == "'" and cell[1:2] and (cell[1] in FORMULA_STARTS or cell[1] == "'"):
        return cell[1:]
    return cell
