"""Importing a CSV file, whatever its rows become: Import Invitations (seed 000, "Send
Invitations in Bulk") and Upload Leads (seed 004, "Distributing Leads by Uploading a CSV").

start_import reads and checks every row at once (missing, invalid, conflicting and duplicate
rows get a reason each) and saves them as an ImportRun with its ImportRows. The admin fixes bad
rows in place or downloads them ("Download these entries"), then Import hands the valid rows
to an RQ job (jobs.imports), which calls claim_run / import_batch / finish_run batch by batch
and records its progress on the run. The admin who ran it gets a result email with the rows
that were not imported attached as CSV.

What differs between kinds is a subclass of CsvImport (services.invitation_import,
services.lead_import): its columns and their header aliases, how one row is judged, which
values already exist in the database, and how a batch of valid rows is written.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple

import pandas as pd
from sqlalchemy import func, text, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from models._base import utcnow
from models.accounts import User
from models.recruitment import ImportRow, ImportRun
from prm.settings import get_settings
from services import audit
from services.accounts import fmt_dt
from services.actors import Actor, require_admin
from services.bulk import bulk_insert, fewer_collections, one_of
from services.errors import InvalidInput, NotFound, ServiceError
from services.mail import record_emails
from services.paging import MAX_ROW_ID, PageResult, after, decode_cursor, take_page
from services.validation import csv_safe, csv_unescape

MAX_BYTES = 10 * 1024 * 1024
BATCH_SIZE = 500
ANALYZE_ROWS = 5000  # a file this big refreshes import_row's statistics (start_import)
CONFLICT_KEYS = 500  # keys compared with the database in one query (CsvImport.conflicts)
ROW_STATUSES = ("valid", "invalid", "imported", "failed")
# The result email stays a reasonable size; the rest of a huge list is left out (and said so).
MAX_ATTACHMENT_CHARS = 5_000_000

_SAVE_AS = "In your spreadsheet, use Save As > CSV UTF-8 (Comma delimited) and upload that file."
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CONTROL_BYTES = [*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F]
_LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")
# Characters besides letters that text in a Western (cp1252) file plausibly has.
_PLAUSIBLE_SYMBOLS = set("€‚„…†‡‰‹›‘’“”•–—˜™¡¢£¥¦§¨©ª«¬\xad®¯°±²³´µ¶·¸¹º»¼½¾¿×÷\xa0")


def norm(name: str) -> str:
    """A column name as compared: any case, spaces, '_', '-', '/' ignored."""
    return re.sub(r"[\W_]+", "", str(name).casefold())


def one_line(value: object) -> str:
    """A line break inside a spreadsheet cell becomes a space."""
    text = str(value if value is not None else "")
    if "\n" not in text and "\r" not in text:  # most cells: no regex needed
        return text.strip()
    return _LINE_BREAKS.sub(" ", text).strip()


@dataclass(frozen=True)
class Column:
    """A column of the file: the field it fills, its name in the sample and the downloads,
    other names a header may give it, and whether the header must have it."""

    field: str
    label: str
    aliases: tuple[str, ...] = ()
    required: bool = False


# ---------------------------------------------------------------- reading the file


def _decode(filename: str, content: bytes) -> str:
    """The file's text, or InvalidInput saying why it cannot be read. UTF-8 (with or without
    BOM); otherwise Windows-1252/Latin-1 when the result reads like text; never garbage."""
    name = (filename or "").strip()
    if not name.lower().endswith((".csv", ".txt")):
        raise InvalidInput(f"Choose a CSV file (.csv): {name[:100] or 'this file'} is not one. "
                           + _SAVE_AS)
    if len(content) > MAX_BYTES:
        raise InvalidInput(f"The file is {len(content) / 1024 / 1024:.1f} MB; the limit is "
                           f"{MAX_BYTES // 1024 // 1024} MB. Split it into smaller files.")
    if not content.strip(b" \t\r\n\xef\xbb\xbf"):
        raise InvalidInput("The file is empty.")
    if content.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise InvalidInput("This is an Excel workbook (or another zip archive), not a CSV file. " + _SAVE_AS)
    if content.startswith((b"\xff\xfe", b"\xfe\xff")) or _utf16_without_bom(content):
        raise InvalidInput("The file is saved as UTF-16 (Unicode Text), not as CSV UTF-8. " + _SAVE_AS)
    # Text has next to no control bytes (NUL above all); a picture, a PDF or a database has many.
    controls = sum(content.count(bytes([b])) for b in _CONTROL_BYTES)
    if b"\x00" in content or controls > max(5, len(content) // 200):
        raise InvalidInput("This is not a text file (it holds binary data). " + _SAVE_AS)
    if content.startswith(b"\xef\xbb\xbf"):
        content = content[3:]
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(content)
    return unicodedata.normalize("NFC", text)


def _utf16_without_bom(content: bytes) -> bool:
    """UTF-16 text saved without its BOM: mostly ASCII characters, so every other byte is NUL
    (nearly all at even or nearly all at odd places), which no UTF-8 or Windows-1252 text has."""
    head = content[:4096]
    if len(head) < 4 or b"\x00" not in head:
        return False
    even, odd = head[0::2].count(0), head[1::2].count(0)
    return max(even, odd) > 0.6 * (len(head) // 2) and min(even, odd) <= len(head) // 100


def _decode_legacy(content: bytes) -> str:
    """Excel's plain "CSV" on Windows is Windows-1252. Accept it only when the result reads
    like Western text: no control characters, letters or common symbols only, and no run of
    three accented letters in a row (what another code page read as Windows-1252 gives)."""
    refused = InvalidInput("The file is not saved as UTF-8, and its characters could not be "
                           "read reliably. " + _SAVE_AS)
    try:
        text = content.decode("cp1252")
    except UnicodeDecodeError:
        raise refused from None
    if CONTROL.search(text):
        raise refused
    run = 0
    for ch in text:
        if ord(ch) < 128:
            run = 0
            continue
        if not (ch.isalpha() or ch in _PLAUSIBLE_SYMBOLS):
            raise refused
        run = run + 1 if ch.isalpha() else 0
        if run >= 3:
            raise refused
    return text


def _sniff_separator(text: str, known: set[str]) -> str:
    """',' or ';' (Excel in many European locales) or a tab: the one that splits the header
    line into the most known column names, then into the most columns."""
    first = text.split("\n", 1)[0]
    best, best_score = ",", (-1, -1)
    for sep in (",", ";", "\t"):
        cells = next(csv.reader([first], delimiter=sep), [])
        score = (sum(norm(c) in known for c in cells), len(cells))
        if score > best_score:
            best, best_score = sep, score
    return best


def _read_rows(text: str, sep: str) -> list[list[str]]:
    """Every record of the file (the header first) as lists of strings. pandas reads it; a
    file whose rows have more cells than its header is read again with the csv module, so
    those rows can be reported instead of refusing the whole file."""
    try:
        frame = pd.read_csv(io.StringIO(text), sep=sep, header=None, dtype=str,
                            keep_default_na=False, na_filter=False, skip_blank_lines=False,
                            quotechar='"', doublequote=True, engine="c")
        return frame.to_numpy().tolist()
    except pd.errors.EmptyDataError:
        raise InvalidInput("The file is empty.") from None
    except pd.errors.ParserError:
        pass
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep, strict=True)
    try:
        return [row for row in reader]
    except csv.Error as exc:
        raise InvalidInput(f"The file could not be read as CSV near line {reader.line_num}: "
                           f"{exc}. Check for a quote (\") that is not closed.") from None


def _recount(session: Session, run: ImportRun) -> None:
    counts = dict(session.exec(select(ImportRow.status, func.count()).where(ImportRow.run_id == run.id)
                               .group_by(ImportRow.status)).all())
    run.total_rows = sum(counts.values())
    run.valid_rows = counts.get("valid", 0) + counts.get("imported", 0) + counts.get("failed", 0)
    run.invalid_rows = counts.get("invalid", 0)


def _count(session: Session, run_id: int, outcome: list[dict]) -> None:
    created = sum(o["status"] == "imported" for o in outcome)
    session.exec(update(ImportRun).where(ImportRun.id == run_id).values(
        processed_rows=ImportRun.processed_rows + len(outcome),
        created_count=ImportRun.created_count + created,
        failed_count=ImportRun.failed_count + len(outcome) - created))


def _job_gone(run_id: int) -> bool:
    """Whether the run's job has ended or vanished without finishing the run. Unknown (the
    queue not reachable) counts as not gone: the job may still see the cancel."""
    from rq.exceptions import NoSuchJobError
    from rq.job import Job, JobStatus

    from jobs.queues import get_connection

    try:
        job = Job.fetch(f"import-{run_id}", connection=get_connection())
        return job.get_status() in (JobStatus.FAILED, JobStatus.STOPPED, JobStatus.CANCELED,
                                    JobStatus.FINISHED)
    except NoSuchJobError:
        return True
    except Exception:
        return False


class Batch(NamedTuple):
    """What CsvImport.import_batch did: rows handled (0: none left), the ids of the emails to
    deliver once committed, and the last row number it looked at (where the next batch starts)."""

    handled: int
    email_ids: list[int]
    last_row: int


def cancel_requested(session: Session, run_id: int) -> bool:
    return bool(session.exec(select(ImportRun.cancel_requested).where(ImportRun.id == run_id)).first())


class CsvImport:
    """One kind of CSV import. A subclass names its columns and says how a row is judged
    (judge), which keys already exist (existing) and how valid rows are written (write_batch);
    everything else — reading, checking, paging, fixing, the run and its job — is here."""

    kind = ""  # ImportRun.kind
    columns: tuple[Column, ...] = ()
    sample_rows: tuple[tuple[str, ...], ...] = ()
    noun = "record"  # "invitation": "5 invitations created"
    list_url = "/admin"  # where the result email's button leads
    list_label = "Open the list"
    job = ""  # the RQ job function, "jobs.imports.import_..."
    batch_size = BATCH_SIZE  # rows the job writes in one transaction
    # A row the database refused although the checks passed (a unique index, a race).
    integrity_reason = "The database refused this row."

    # ---- what a kind says

    @property
    def audit(self) -> str:
        return f"{self.noun}_import"

    def custom_fields(self, session: Session) -> list[dict]:
        """Configured extra fields ([{"key", "label", "required"}]) the file may have."""
        return []

    def context(self, session: Session):
        """What judge needs from the database, loaded once per file or batch."""
        return None

    def judge(self, session: Session, context, data: dict) -> tuple[str, dict, str]:
        """(key, cleaned values, reason). The key (normalised email, '' for none) finds
        duplicates in the file and in the database; reason is '' for a row that can be
        imported as far as it alone can tell."""
        raise NotImplementedError

    def existing(self) -> list[tuple[str, object]]:
        """(reason, select of one key column) for each kind of record a key must not have
        already; the first that matches gives the reason."""
        return []

    def write_batch(self, session: Session, run: ImportRun, rows) -> tuple[list[dict], list[int]]:
        """Create the records of rows already claimed ("imported"); returns the rows'
        outcomes ({"id", "status", "reason"} for the failed ones, {"id", "status"} for the
        imported) and the ids of emails to deliver once committed. May raise IntegrityError."""
        raise NotImplementedError

    def duplicate(self, row_number: int) -> str:
        return f"Duplicate: this email is also on row {row_number} of the file."

    # ---- the database's view of keys

    def conflicts(self, session: Session, keys: list[str]) -> dict[str, str]:
        """key -> why it cannot be imported now (a query a kind of record and 500 keys)."""
        taken: dict[str, str] = {}
        for reason, q in reversed(self.existing()):  # the first one wins
            column = q.selected_columns[0]
            # 500 keys a query: PostgreSQL looks each up in the column's index. For a batch's
            # 2,000 it read the whole table instead once it was past a few tens of thousands
            # of rows (100k leads: 25-40 ms a batch, not 4 x 1.5 ms; its cost model takes
            # every index lookup for a disk read).
            for start in range(0, len(keys), CONFLICT_KEYS):
                chunk = keys[start:start + CONFLICT_KEYS]
                taken.update(dict.fromkeys(session.exec(q.where(one_of(session, column, chunk))).all(), reason))
        return taken

    def key_conflict(self, session: Session, key: str) -> str:
        return self.conflicts(session, [key]).get(key, "") if key else ""

    # ---- the file

    def _layout(self, header: list[str], rows: list[list[str]], custom: list[dict]) -> tuple[dict, list]:
        """(field or "custom:<key>" -> column index, the names of the columns not used)."""
        lookup: dict[str, str] = {}
        for spec in custom:
            lookup[norm(spec["key"])] = f"custom:{spec['key']}"
            lookup[norm(spec["label"])] = f"custom:{spec['key']}"
        for c in self.columns:
            for name in (*c.aliases, c.field, c.label):
                lookup[norm(name)] = c.field
        columns: dict[str, int] = {}
        extra: list[str] = []
        for i, name in enumerate(header):
            field = lookup.get(norm(name))
            if field is None:
                if name.strip() or any(i < len(r) and str(r[i]).strip() for r in rows):
                    extra.append(name.strip() or f"(column {i + 1} has no name)")
                continue
            if field in columns:
                raise InvalidInput(f"The column {name.strip()} appears twice (also as "
                                   f"{header[columns[field]].strip()}). Keep one of them.")
            columns[field] = i
        missing = [c.label for c in self.columns if c.required and c.field not in columns]
        missing += [s["label"] for s in custom if s.get("required") and f"custom:{s['key']}" not in columns]
        if missing:
            expected = ", ".join([c.label for c in self.columns if c.required] + [s["label"] for s in custom])
            raise InvalidInput(
                f"The file is missing the column{'s' if len(missing) > 1 else ''} "
                f"{', '.join(missing)}. Its first line must name the columns: {expected}. "
                "Download a sample file to see the format.")
        return columns, extra

    def _row_maker(self, columns: dict[str, int]):
        """A function turning one record of the file into a row's data (every column's field,
        and the custom fields), worked out once per file for its layout."""
        plan = [(c.field, columns.get(c.field)) for c in self.columns]
        custom = [(f.split(":", 1)[1], i) for f, i in columns.items() if f.startswith("custom:")]

        def cell(record: list, i: int | None) -> str:
            if i is None or i >= len(record):
                return ""
            value = record[i] if type(record[i]) is str else str(record[i])
            # csv_unescape: a value our own download protected against formula injection
            # ('=… , '+…) comes back as it was (the round-trip rule of validation.csv_safe).
            return csv_unescape(value) if value[:1] == "'" else value  # most cells: as they are

        def row_data(record: list) -> dict:
            data = {field: cell(record, i) for field, i in plan}
            data["custom_fields"] = {key: cell(record, i) for key, i in custom}
            return data

        return row_data

    def reason_text(self, errors: dict[str, str], custom: list[dict]) -> str:
        """Field errors as one reason, each after its column's name."""
        if not errors:
            return ""  # most rows: no labels to look up
        labels = {c.field: c.label for c in self.columns}
        labels |= {f"custom:{s['key']}": s["label"] for s in custom}
        return " ".join(f"{labels.get(f, f)}: {msg}" for f, msg in errors.items())[:1000]

    # ---------------------------------------------------------------- the admin's side

    def sample_csv(self, *, session: Session, actor: Actor) -> str:
        """Download a sample file: the columns (with the configured custom fields) and two rows."""
        require_admin(actor)
        custom = self.custom_fields(session)
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow([csv_safe(h) for h in [c.label for c in self.columns] + [s["label"] for s in custom]])
        for row in self.sample_rows:
            writer.writerow([csv_safe(v) for v in list(row) + ["" for _ in custom]])
        return out.getvalue()

    def start_import(self, *, session: Session, actor: Actor, filename: str, content: bytes) -> int:
        """Read and check the uploaded file; save its rows (valid, or invalid with the reason)
        as a run ready to import. A file that cannot be read is refused and nothing is saved."""
        require_admin(actor)
        with fewer_collections():
            return self._start_import(session, actor, filename, content)

    def _start_import(self, session: Session, actor: Actor, filename: str, content: bytes) -> int:
        if not isinstance(content, bytes | bytearray | memoryview):
            raise InvalidInput("Choose a CSV file to upload.")
        content = bytes(content)
        decoded = _decode(filename, content)
        custom = self.custom_fields(session)
        known = {norm(n) for c in self.columns for n in (c.field, c.label, *c.aliases)}
        known |= {norm(s[k]) for s in custom for k in ("key", "label")}
        records = _read_rows(decoded, _sniff_separator(decoded, known))
        if not records:
            raise InvalidInput("The file is empty.")
        header, records = [str(c) for c in records[0]], records[1:]
        columns, extra = self._layout(header, records, custom)

        if not any(any(str(c).strip() for c in record) for record in records):
            raise InvalidInput("The file has no rows to import: it holds the column names only.")

        context = self.context(session)
        run = ImportRun(kind=self.kind, filename=(filename or "").strip()[:255],
                        status="validating", created_by_user_id=actor.user_id, extra_columns=extra)
        session.add(run)
        session.flush()
        run_id, width = run.id, len(header)

        row_data = self._row_maker(columns)

        def rows():
            # Checked as they are written: PostgreSQL stores the rows sent while the next are
            # checked (bulk_insert streams a generator).
            holder: dict[str, int] = {}  # key -> the first row that may be imported with it
            for number, record in enumerate(records, start=1):
                if not any(str(c).strip() for c in record):
                    continue  # a blank line, or a row of empty cells spreadsheets leave at the end
                data = row_data(record)
                key, _values, reason = self.judge(session, context, data)
                if not reason and any(str(c).strip() for c in record[width:]):
                    reason = (f"This row has {len(record)} cells but the header names {width} columns: "
                              "check for a separator inside a value that is not in quotes.")
                if not reason and key:
                    if key in holder:
                        reason = self.duplicate(holder[key])
                    else:
                        holder[key] = number
                yield {"row_number": number, "data": data, "email": key,
                       "status": "invalid" if reason else "valid", "reason": reason, "run_id": run_id}

        written = bulk_insert(session, ImportRow.__table__, rows())
        if written >= ANALYZE_ROWS and session.connection().dialect.name == "postgresql":
            # The job's statements (the next batch, its claim) are planned from the table's
            # statistics; taken before this file's rows were added, they can make PostgreSQL
            # scan the whole table for each batch (a 100k-row import spent 18 s claiming its
            # rows instead of 1.5 s). A table the app does not own is skipped with a warning.
            session.exec(text("ANALYZE import_row (run_id, status, row_number)"))
        # Conflicts with the database, one statement per kind of record for the whole file, in
        # the order existing() gives them (its first reason wins).
        for reason, taken in self.existing():
            session.exec(update(ImportRow)
                         .where(ImportRow.run_id == run.id, ImportRow.status == "valid",
                                ImportRow.email != "", ImportRow.email.in_(taken))
                         .values(status="invalid", reason=reason))
        _recount(session, run)
        run.status = "ready"
        audit.record(session, actor, f"{self.audit}_uploaded", "import_run", run.id,
                     filename=run.filename, rows=run.total_rows, valid=run.valid_rows)
        session.commit()
        return run.id

    def _get_run(self, session: Session, actor: Actor, run_id) -> ImportRun:
        """The actor's own run of this kind; anything else is not found."""
        try:
            run_id = int(run_id)
        except (TypeError, ValueError, OverflowError):
            run_id = 0
        run = session.get(ImportRun, run_id) if 0 < run_id <= MAX_ROW_ID else None
        if run is None or run.kind != self.kind or run.created_by_user_id != actor.user_id:
            raise NotFound("That import was not found.")
        return run

    def get_import_run(self, *, session: Session, actor: Actor, run_id) -> dict:
        require_admin(actor)
        run = self._get_run(session, actor, run_id)
        session.refresh(run)  # the job updates it from another process
        if run.status == "done":
            progress = 100
        elif run.status in ("running", "cancelled", "failed") and run.valid_rows:
            progress = min(100, run.processed_rows * 100 // run.valid_rows)
        else:
            progress = 0
        return {
            "id": run.id,
            "filename": run.filename,
            "status": run.status,
            "total_rows": run.total_rows,
            "valid_rows": run.valid_rows,
            "invalid_rows": run.invalid_rows,
            "processed_rows": run.processed_rows,
            "created_count": run.created_count,
            "failed_count": run.failed_count,
            "extra_columns": list(run.extra_columns or []),
            "error": run.error,
            "cancel_requested": run.cancel_requested,
            "progress": progress,
            "created": fmt_dt(run.created_at),
            "finished": fmt_dt(run.finished_at),
        }

    def _row_dict(self, row_number: int, data: dict, status: str, reason: str, custom_keys) -> dict:
        result = {"row_number": row_number, **{c.field: str(data.get(c.field, "")) for c in self.columns}}
        custom = data.get("custom_fields") or {}
        for key in custom_keys:
            result[f"custom:{key}"] = str(custom.get(key, ""))
        result.update(status=status, reason=reason)
        return result

    def list_import_rows(self, *, session: Session, actor: Actor, run_id, status: str = "invalid",
                         cursor: str = "", limit: int = 25) -> PageResult:
        """The run's rows with one status ('' for all) in file order, keyset-paged."""
        require_admin(actor)
        run = self._get_run(session, actor, run_id)
        if status and status not in ROW_STATUSES:
            raise InvalidInput("Unknown status filter.")
        limit = max(1, min(int(limit), 100))
        q = select(ImportRow).where(ImportRow.run_id == run.id)
        if status:
            q = q.where(ImportRow.status == status)
        cond = after(ImportRow.row_number, ImportRow.id, decode_cursor(cursor, int), descending=False)
        if cond is not None:
            q = q.where(cond)
        rows = session.exec(q.order_by(ImportRow.row_number, ImportRow.id).limit(limit + 1)).all()
        keys = [s["key"] for s in self.custom_fields(session)]
        return take_page(rows, limit,
                         lambda r: self._row_dict(r.row_number, r.data or {}, r.status, r.reason, keys),
                         lambda r: r.row_number)

    def fix_import_row(self, *, session: Session, actor: Actor, run_id, row_number, values: dict) -> dict:
        """Correct one row in place and check it again, against the database and the rest of
        the file. Keys left out of values keep the row's current value. Only before the
        import runs."""
        require_admin(actor)
        run = self._get_run(session, actor, run_id)
        if run.status != "ready":
            raise InvalidInput("Rows can be corrected only before the import starts.")
        try:
            number = int(row_number)
        except (TypeError, ValueError, OverflowError):
            number = 0
        row = session.exec(select(ImportRow).where(ImportRow.run_id == run.id,
                                                   ImportRow.row_number == number)).first() \
            if 0 < number <= MAX_ROW_ID else None
        if row is None:
            raise NotFound("That row was not found.")
        values = values or {}
        custom_specs = self.custom_fields(session)
        data = {c.field: str(values[c.field]) if values.get(c.field) is not None else str(row.data.get(c.field, ""))
                for c in self.columns if c.field in values or c.field in row.data}
        custom = dict(row.data.get("custom_fields") or {})
        for spec in custom_specs:
            for key in (spec["key"], f"custom:{spec['key']}"):
                if key in values:
                    custom[spec["key"]] = "" if values[key] is None else str(values[key])
        data["custom_fields"] = custom
        key, _values, reason = self.judge(session, self.context(session), data)
        if not reason:
            reason = self.key_conflict(session, key)
        if not reason and key:
            other = session.exec(select(ImportRow.row_number).where(
                ImportRow.run_id == run.id, ImportRow.email == key, ImportRow.id != row.id,
                ImportRow.status.in_(("valid", "imported"))).order_by(ImportRow.row_number)).first()
            if other is not None:
                reason = self.duplicate(other)
        row.data, row.email = data, key
        row.status, row.reason = ("invalid", reason) if reason else ("valid", "")
        session.add(row)
        session.flush()
        _recount(session, run)
        session.commit()
        return self._row_dict(row.row_number, row.data, row.status, row.reason,
                              [s["key"] for s in custom_specs])

    def _rows_csv(self, session: Session, run_id: int, statuses: tuple[str, ...], *, with_row: bool,
                  max_chars: int | None = None) -> tuple[str, bool]:
        """The rows with these statuses in the file's column names plus a reason, formula-safe.
        Returns (csv, truncated)."""
        custom = self.custom_fields(session)
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow([csv_safe(h) for h in (["row"] if with_row else []) + [c.label for c in self.columns]
                         + [s["label"] for s in custom] + ["reason"]])
        rows = session.exec(select(ImportRow.row_number, ImportRow.data, ImportRow.reason)
                            .where(ImportRow.run_id == run_id, ImportRow.status.in_(statuses))
                            .order_by(ImportRow.row_number)).all()
        for number, data, reason in rows:
            values = [data.get(c.field, "") for c in self.columns]
            values += [(data.get("custom_fields") or {}).get(s["key"], "") for s in custom]
            writer.writerow(([number] if with_row else []) + [csv_safe(v) for v in values + [reason]])
            if max_chars is not None and out.tell() > max_chars:
                return out.getvalue(), True
        return out.getvalue(), False

    def bad_rows_csv(self, *, session: Session, actor: Actor, run_id) -> str:
        """Download these entries: the invalid rows, to correct and upload again."""
        require_admin(actor)
        run = self._get_run(session, actor, run_id)
        return self._rows_csv(session, run.id, ("invalid",), with_row=False)[0]

    def run_import(self, *, session: Session, actor: Actor, run_id) -> None:
        """Import: write the valid rows in the background (the imports queue)."""
        require_admin(actor)
        run = self._get_run(session, actor, run_id)
        if run.status != "ready":
            raise InvalidInput({"running": "This import is already running.",
                                "cancelled": "This import was cancelled. Upload the file again."}
                               .get(run.status, "This import has already run."))
        valid = session.exec(select(func.count()).select_from(ImportRow).where(
            ImportRow.run_id == run.id, ImportRow.status == "valid")).one()
        if not valid:
            raise InvalidInput("There are no valid rows to import. Correct the rows marked invalid, "
                               "or upload another file.")
        claimed = session.exec(update(ImportRun)
                               .where(ImportRun.id == run.id, ImportRun.status == "ready")
                               .values(status="running", valid_rows=valid))
        if claimed.rowcount != 1:
            session.rollback()
            raise InvalidInput("This import was already started or cancelled.")
        audit.record(session, actor, f"{self.audit}_started", "import_run", run.id, rows=valid)
        session.commit()
        from jobs.queues import enqueue_import

        try:
            enqueue_import(self.job, run.id)
        except Exception:
            # Nothing ran: put the run back so Import can be clicked again.
            session.exec(update(ImportRun)
                         .where(ImportRun.id == run.id, ImportRun.status == "running",
                                ImportRun.started_at.is_(None))
                         .values(status="ready"))
            session.commit()
            raise ServiceError("The import could not be started: the job queue is not reachable. "
                               "Try again in a moment.") from None

    def cancel_import(self, *, session: Session, actor: Actor, run_id) -> None:
        """Cancel: before Import, the run ends here; while it runs, the job stops after its
        current batch (the records already created stay)."""
        require_admin(actor)
        run = self._get_run(session, actor, run_id)
        ended = session.exec(update(ImportRun).where(ImportRun.id == run.id, ImportRun.status == "ready")
                             .values(status="cancelled", cancel_requested=True, finished_at=utcnow()))
        if ended.rowcount == 1:
            audit.record(session, actor, f"{self.audit}_cancelled", "import_run", run.id)
            session.commit()
            return
        asked = session.exec(update(ImportRun).where(ImportRun.id == run.id, ImportRun.status == "running")
                             .values(cancel_requested=True))
        if asked.rowcount == 1:
            audit.record(session, actor, f"{self.audit}_cancelled", "import_run", run.id)
            session.commit()
            if _job_gone(run.id):
                # No job will see the request (its worker was killed, or it gave up): end it here.
                from jobs.queues import enqueue_email_batch

                email_ids = self.finish_run(session, run.id, cancelled=True)
                enqueue_email_batch(email_ids, job_id=f"import-{run.id}-result")
            return
        session.rollback()
        session.refresh(run)
        if run.status != "cancelled":
            raise InvalidInput("This import has already finished: there is nothing to cancel.")

    # ---------------------------------------------------------------- the job's side

    def claim_run(self, session: Session, run_id: int) -> bool:
        """The job takes the run: it must be running (Import was clicked) and not finished."""
        claimed = session.exec(update(ImportRun)
                               .where(ImportRun.id == run_id, ImportRun.kind == self.kind,
                                      ImportRun.status == "running", ImportRun.finished_at.is_(None))
                               .values(started_at=func.coalesce(ImportRun.started_at, utcnow())))
        session.commit()
        return claimed.rowcount == 1

    def import_batch(self, session: Session, run_id: int, *, batch_size: int = BATCH_SIZE,
                     after: int = 0, upto: int | None = None) -> Batch:
        """Write the next batch of valid rows in one transaction: the rows after row number
        `after` (the job passes the last batch's last_row; 0, the start, is always right, as
        every row before a batch's last was handled by it), and up to row number `upto` when
        given (a range of the file the job's other connections leave alone). Returns the rows
        handled, the ids of the emails to deliver once committed, and the last row number it
        looked at. 0 rows: nothing is left to do (in that range)."""
        if session.connection().dialect.name == "postgresql":
            # The tables grow by the batch: a plan PostgreSQL cached while they were small (a
            # sequential scan) would make every later batch slower than the one before.
            session.exec(text("SET LOCAL plan_cache_mode = force_custom_plan"))
        run = session.get(ImportRun, run_id)
        # From the last batch on, not from the file's start: the rows claimed before stay in the
        # index until a vacuum, and each batch read them all again (50 batches of a 100k-row
        # file, 1.4 s in all).
        # Plain rows through the session's connection: the ORM's row processing of 2,000 rows a
        # batch cost 0.5 s of a 100k-row import, for four columns read by attribute.
        rows = session.connection().execute(
            select(ImportRow.id, ImportRow.row_number, ImportRow.data, ImportRow.email)
            .where(ImportRow.run_id == run_id, ImportRow.status == "valid", ImportRow.row_number > after,
                   *([ImportRow.row_number <= upto] if upto is not None else []))
            .order_by(ImportRow.row_number).limit(batch_size)).all()
        if not rows:
            return Batch(0, [], after)
        last_row = rows[-1].row_number
        # Claim the rows: a second run of the job working on the same rows waits here for this
        # transaction and then finds them taken.
        claimed = session.exec(update(ImportRow)
                               .where(one_of(session, ImportRow.id, [r.id for r in rows]),
                                      ImportRow.status == "valid")
                               .values(status="imported")
                               # No ImportRow objects are loaded here: nothing to synchronise
                               # (the default fetched every claimed row's id back).
                               .execution_options(synchronize_session=False))
        if claimed.rowcount != len(rows):
            session.rollback()
            return Batch(*self._import_rows_one_by_one(session, run_id, rows), last_row)
        try:
            outcome, email_ids = self.write_batch(session, run, rows)
        except IntegrityError:
            # The database refused one (a record created meanwhile elsewhere): do this batch
            # row by row so only that row fails.
            session.rollback()
            return Batch(*self._import_rows_one_by_one(session, run_id, rows), last_row)
        _count(session, run_id, outcome)
        session.commit()
        return Batch(len(rows), email_ids, last_row)

    def _import_rows_one_by_one(self, session: Session, run_id: int, rows) -> tuple[int, list[int]]:
        run = session.get(ImportRun, run_id)
        email_ids: list[int] = []
        for r in rows:
            claimed = session.exec(update(ImportRow).where(ImportRow.id == r.id, ImportRow.status == "valid")
                                   .values(status="imported"))
            if claimed.rowcount != 1:
                session.rollback()
                continue  # another run of the job has it
            try:
                outcome, ids = self.write_batch(session, run, [r])
            except IntegrityError:
                session.rollback()
                session.exec(update(ImportRow).where(ImportRow.id == r.id, ImportRow.status == "valid")
                             .values(status="failed", reason=self.integrity_reason))
                outcome, ids = [{"status": "failed"}], []
            _count(session, run_id, outcome)
            session.commit()
            email_ids += ids
        return len(rows), email_ids

    @staticmethod
    def mark_failed(session: Session, failed: list[dict]) -> None:
        """Record the rows write_batch found it cannot import ({"id", "status", "reason"})."""
        if failed:
            session.execute(update(ImportRow), failed)

    def finish_run(self, session: Session, run_id: int, *, cancelled: bool = False, error: str = "") -> list[int]:
        """End the run (done, cancelled, or failed with an error) and record the result email
        to the admin who ran it, with the rows not imported attached, in one transaction.
        Returns the ids of the emails to deliver (none when the run had already ended)."""
        session.expire_all()
        run = session.get(ImportRun, run_id)
        if run is None or run.status != "running":
            return []
        status = "cancelled" if cancelled else "failed" if error else "done"
        email_ids: list[int] = []
        creator = session.get(User, run.created_by_user_id) if run.created_by_user_id else None
        if creator is not None and creator.is_active:
            not_imported = run.invalid_rows + run.failed_count
            content, truncated = self._rows_csv(session, run.id, ("invalid", "failed"), with_row=True,
                                                max_chars=MAX_ATTACHMENT_CHARS)
            stem = re.sub(r"[^A-Za-z0-9._-]+", "-", run.filename.rsplit(".", 1)[0])[:60].strip("-")
            email_ids = record_emails(session=session, emails=[{
                "to_email": creator.email, "to_name": creator.first_name, "template": "import_result",
                "idempotency_key": f"import_result:{run.id}",
                "attachments": [{"filename": f"{stem or 'import'}-not-imported.csv",
                                 "content_type": "text/csv", "content": content}] if not_imported else [],
                "ctx": {"filename": run.filename, "total": run.total_rows,
                        "processed": run.processed_rows, "created": run.created_count,
                        "not_imported": not_imported, "truncated": truncated, "cancelled": cancelled,
                        "not_processed": run.valid_rows - run.processed_rows,
                        "error": error, "noun": self.noun, "button": self.list_label,
                        "url": f"{get_settings().base_url}{self.list_url}"},
            }])
        ended = session.exec(update(ImportRun).where(ImportRun.id == run.id, ImportRun.status == "running")
                             .values(status=status, finished_at=utcnow(), error=error[:1000]))
        if ended.rowcount != 1:
            session.rollback()
            return []
        audit.record(session, None, f"{self.audit}_{status}", "import_run", run.id,
                     processed=run.processed_rows, created=run.created_count, failed=run.failed_count)
        session.commit()
        return email_ids
