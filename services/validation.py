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
    if _CONTROL.search(text) or (not multiline and _LINE_BREAK.search(text)):
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


def csv_safe(value: object) -> str:
    """A cell a spreadsheet will not run as a formula (CSV injection): every export uses it."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
