"""Read the bounce mailbox: `python -m jobs.bounces --maildir PATH` or `--mbox PATH`.

Each message goes through services.bounces.process_report, the same as POST /api/v1/bounces.
Maildir: every message in new/ is processed and then moved to cur/ — marked seen (":2,S"), or
flagged (":2,FS") when it could not be read as a report, for a person to look at — so a rerun
only reads what arrived since. A message whose processing failed for another reason (the
database was down) stays in new/ for the next run. Killed between recording a report and
moving it, the next run finds it again and records nothing twice (reports are deduplicated).
mbox: the file is read whole and left as it is; run it again and every report already seen is
answered as a duplicate, so rotate the file (or use a Maildir) to keep reruns cheap.
Prints a summary: hard, soft, complaint, no bounce, ignored, duplicate, errors.
"""

from __future__ import annotations

import argparse
import logging
import mailbox
import os
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from prm.db import session_scope
from services import bounces
from services.errors import InvalidInput

log = logging.getLogger("prm.jobs.bounces")

SUMMARY_KEYS = ("hard", "soft", "complaint", "no_bounce", "ignored", "duplicate", "errors")


def _count(counts: Counter, result: dict) -> None:
    if result["ignored"]:
        counts["ignored"] += 1
    for r in result["recipients"]:
        if r["duplicate"]:
            counts["duplicate"] += 1
        else:
            counts[{"hard_bounce": "hard", "soft_bounce": "soft"}.get(r["outcome"], r["outcome"])] += 1


def _process(raw: bytes, counts: Counter, where: str) -> str:
    """'done', 'invalid' or 'failed' (left for the next run)."""
    try:
        with session_scope() as session:
            _count(counts, bounces.process_report(session=session, actor=None, raw=raw))
        return "done"
    except InvalidInput as exc:
        counts["errors"] += 1
        log.warning("%s: not a readable report: %s", where, exc)
        return "invalid"
    except Exception:
        counts["errors"] += 1
        log.exception("%s: processing failed; it stays for the next run", where)
        return "failed"


def _maildir_new(path: Path) -> Iterator[Path]:
    new = path / "new"
    if not new.is_dir() or not (path / "cur").is_dir():
        raise SystemExit(f"{path} is not a Maildir (it needs new/ and cur/ folders).")
    for entry in sorted(new.iterdir()):
        if entry.is_file() and not entry.name.startswith("."):
            yield entry


def process_maildir(path: str | Path) -> Counter:
    path, counts = Path(path), Counter()
    for entry in _maildir_new(path):
        outcome = _process(entry.read_bytes(), counts, str(entry))
        if outcome == "failed":
            continue
        flags = "FS" if outcome == "invalid" else "S"
        os.replace(entry, path / "cur" / f"{entry.name.split(':', 1)[0]}:2,{flags}")
    return counts


def process_mbox(path: str | Path) -> Counter:
    path, counts = Path(path), Counter()
    if not path.is_file():
        raise SystemExit(f"{path} is not an mbox file.")
    box = mailbox.mbox(str(path), create=False)
    try:
        for key in box.iterkeys():
            _process(box.get_bytes(key), counts, f"{path}#{key}")
    finally:
        box.close()
    return counts


def summary(counts: Counter) -> str:
    return ", ".join(f"{k.replace('_', ' ')} {counts.get(k, 0)}" for k in SUMMARY_KEYS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m jobs.bounces",
                                     description="Process the bounce mailbox: DSNs, complaints, auto-replies.")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--maildir", metavar="PATH", help="a Maildir; processed messages move from new/ to cur/")
    where.add_argument("--mbox", metavar="PATH", help="an mbox file, read and left as it is")
    args = parser.parse_args(argv)
    counts = process_maildir(args.maildir) if args.maildir else process_mbox(args.mbox)
    print(summary(counts))
    return 1 if counts.get("errors") else 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    sys.exit(main())
