"""Invite Partners > Import Invitations (seed 000, "Send Invitations in Bulk").

The admin uploads a CSV file; start_import reads and checks every row at once (missing,
invalid, conflicting and duplicate rows get a reason each) and saves them as an ImportRun
with its ImportRows. The admin fixes bad rows in place or downloads them ("Download these
entries"), then Import hands the valid rows to the RQ job jobs.imports.import_invitations,
which calls claim_run / import_batch / finish_run below batch by batch and records its
progress on the run. The admin who ran it gets a result email with the rows that were not
imported attached as CSV.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from types import SimpleNamespace

import pandas as pd
from sqlalchemy import func, text, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from models._base import utcnow
from models.accounts import User
from models.recruitment import ImportRow, ImportRun, Invitation, PartnerApplication
from prm.settings import get_settings
from services import audit
from services.accounts import EMAIL_RE, fmt_dt
from services.actors import Actor, require_admin
from services.auth import normalize_email
from services.bulk import bulk_insert
from services.errors import InvalidInput, NotFound, ServiceError
from services.mail import get_program, record_emails
from services.paging import MAX_ROW_ID, PageResult, after, decode_cursor, take_page
from services.recruitment import _invitation_fields, _new_nonce, email_conflict, invitation_link
from services.validation import csv_safe

REQUIRED_COLUMNS = ("partnerName", "contactFirstName", "contactLastName", "contactEmail")
MAX_BYTES = 10 * 1024 * 1024
BATCH_SIZE = 500
ROW_STATUSES = ("valid", "invalid", "imported", "failed")
FIELDS = ("partner_name", "contact_first_name", "contact_last_name", "contact_email")
COLUMN_OF_FIELD = dict(zip(FIELDS, REQUIRED_COLUMNS, strict=True))
# The reasons services.recruitment.email_conflict gives, found here for many rows at once.
USER_EXISTS = "A user with this email already exists."
OPEN_INVITATION = "This email already has an open invitation."
PENDING_REQUEST = "This email already has a partner request waiting in Pending Partners."
# The result email stays a reasonable size; the rest of a huge list is left out (and said so).
MAX_ATTACHMENT_CHARS = 5_000_000

_SAVE_AS = "In your spreadsheet, use Save As > CSV UTF-8 (Comma delimited) and upload that file."
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CONTROL_BYTES = [*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F]
_LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")
# Characters besides letters that text in a Western (cp1252) file plausibly has.
_PLAUSIBLE_SYMBOLS = set("€‚„…†‡‰‹›‘’“”•–—˜™¡¢£¥¦§¨©ª«¬\xad®¯°±²³´µ¶·¸¹º»¼½¾¿×÷\xa0")


def _norm(name: str) -> str:
    """A column name as compared: any case, spaces, '_' and '-' ignored."""
    return re.sub(r"[\W_]+", "", str(name).casefold())


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
        raise InvalidInput("This is an Excel workbook, not a CSV file. " + _SAVE_AS)
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
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
    if _CONTROL.search(text):
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
        score = (sum(_norm(c) in known for c in cells), len(cells))
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


@dataclass
class _Layout:
    """Which column of the file holds which field."""

    columns: dict[str, int]  # field ("partner_name", ..., "custom:<key>") -> column index
    extra: list[str]


def _layout(header: list[str], rows: list[list[str]], program) -> _Layout:
    custom = program.custom_fields or []
    lookup: dict[str, str] = {}
    for spec in custom:
        lookup[_norm(spec["key"])] = f"custom:{spec['key']}"
        lookup[_norm(spec["label"])] = f"custom:{spec['key']}"
    for field, column in COLUMN_OF_FIELD.items():
        lookup[_norm(column)] = lookup[_norm(field)] = field
    columns: dict[str, int] = {}
    extra: list[str] = []
    for i, name in enumerate(header):
        field = lookup.get(_norm(name))
        if field is None:
            if name.strip() or any(i < len(r) and str(r[i]).strip() for r in rows):
                extra.append(name.strip() or f"(column {i + 1} has no name)")
            continue
        if field in columns:
            raise InvalidInput(f"The column {name.strip()} appears twice (also as "
                               f"{header[columns[field]].strip()}). Keep one of them.")
        columns[field] = i
    missing = [COLUMN_OF_FIELD[f] for f in FIELDS if f not in columns]
    missing += [s["label"] for s in custom if s.get("required") and f"custom:{s['key']}" not in columns]
    if missing:
        expected = ", ".join(list(REQUIRED_COLUMNS) + [s["label"] for s in custom])
        raise InvalidInput(
            f"The file is missing the column{'s' if len(missing) > 1 else ''} "
            f"{', '.join(missing)}. Its first line must name the columns: {expected}. "
            "Download a sample file to see the format.")
    return _Layout(columns, extra)


def _row_data(record: list[str], layout: _Layout) -> dict:
    def cell(i: int) -> str:
        return str(record[i]) if i < len(record) else ""

    data = {f: cell(layout.columns[f]) for f in FIELDS}
    data["custom_fields"] = {f.split(":", 1)[1]: cell(i) for f, i in layout.columns.items()
                             if f.startswith("custom:")}
    return data


# ---------------------------------------------------------------- judging one row


def _one_line(value: object) -> str:
    """A line break inside a spreadsheet cell becomes a space."""
    return _LINE_BREAKS.sub(" ", str(value if value is not None else "")).strip()


def _judge(session: Session, program, data: dict) -> tuple[str, dict, str]:
    """(normalised email, cleaned values, reason): the checks Create Invitation makes, minus
    the database. reason is '' for a row that can be invited as far as it alone can tell."""
    values, errors = _invitation_fields(
        session, program, partner_name=_one_line(data.get("partner_name")),
        contact_first_name=_one_line(data.get("contact_first_name")),
        contact_last_name=_one_line(data.get("contact_last_name")),
        custom_fields={k: _one_line(v) for k, v in (data.get("custom_fields") or {}).items()})
    email = normalize_email(_one_line(data.get("contact_email")))
    if not email:
        errors["contact_email"] = "Enter the contact's email address."
    elif not EMAIL_RE.match(email) or len(email) > 254 or _CONTROL.search(email):
        errors["contact_email"] = "Enter a valid email address."
    labels = {f"custom:{s['key']}": s["label"] for s in program.custom_fields or []}
    reason = " ".join(f"{COLUMN_OF_FIELD.get(f) or labels.get(f, f)}: {msg}"
                      for f, msg in errors.items())
    return email[:254], values, reason[:1000]


def _duplicate(row_number: int) -> str:
    return f"Duplicate: this email is also on row {row_number} of the file."


# ---------------------------------------------------------------- the admin's side


def sample_csv(*, session: Session, actor: Actor) -> str:
    """Download a sample file: the columns (with the configured custom fields) and two rows."""
    require_admin(actor)
    custom = get_program(session).custom_fields or []
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(list(REQUIRED_COLUMNS) + [s["label"] for s in custom])
    writer.writerow(["Acme Widgets", "Pat", "Jones", "pat.jones@acme.example"]
                    + ["" for _ in custom])
    writer.writerow(["Globex, Inc.", "Sam", "Lee", "sam.lee@globex.example"]
                    + ["" for _ in custom])
    return out.getvalue()


def start_import(*, session: Session, actor: Actor, filename: str, content: bytes) -> int:
    """Read and check the uploaded file; save its rows (valid, or invalid with the reason) as a
    run ready to import. A file that cannot be read is refused and nothing is saved."""
    require_admin(actor)
    if not isinstance(content, bytes | bytearray | memoryview):
        raise InvalidInput("Choose a CSV file to upload.")
    content = bytes(content)
    text = _decode(filename, content)
    program = get_program(session)
    known = {_norm(c) for c in REQUIRED_COLUMNS + FIELDS}
    known |= {_norm(s[k]) for s in program.custom_fields or [] for k in ("key", "label")}
    records = _read_rows(text, _sniff_separator(text, known))
    if not records:
        raise InvalidInput("The file is empty.")
    header, records = [str(c) for c in records[0]], records[1:]
    layout = _layout(header, records, program)

    width = len(header)
    rows: list[dict] = []
    holder: dict[str, int] = {}  # email -> the first row that may be invited with it
    for number, record in enumerate(records, start=1):
        if not any(str(c).strip() for c in record):
            continue  # a blank line, or a row of empty cells spreadsheets leave at the end
        data = _row_data(record, layout)
        email, _values, reason = _judge(session, program, data)
        if not reason and any(str(c).strip() for c in record[width:]):
            reason = (f"This row has {len(record)} cells but the header names {width} columns: "
                      "check for a separator inside a value that is not in quotes.")
        if not reason:
            if email in holder:
                reason = _duplicate(holder[email])
            else:
                holder[email] = number
        rows.append({"row_number": number, "data": data, "email": email,
                     "status": "invalid" if reason else "valid", "reason": reason})
    if not rows:
        raise InvalidInput("The file has no rows to import: it holds the column names only.")

    run = ImportRun(kind="invitations", filename=(filename or "").strip()[:255],
                    status="validating", created_by_user_id=actor.user_id,
                    extra_columns=layout.extra)
    session.add(run)
    session.flush()
    for row in rows:
        row["run_id"] = run.id
    bulk_insert(session, ImportRow.__table__, rows)
    # Conflicts with the database, one statement per kind for the whole file, in the order
    # email_conflict checks them (its first reason wins).
    for reason, taken in (
        (USER_EXISTS, select(User.email)),
        (OPEN_INVITATION, select(Invitation.contact_email).where(Invitation.status == "sent")),
        (PENDING_REQUEST, select(PartnerApplication.email).where(PartnerApplication.status == "pending")),
    ):
        session.exec(update(ImportRow)
                     .where(ImportRow.run_id == run.id, ImportRow.status == "valid",
                            ImportRow.email.in_(taken))
                     .values(status="invalid", reason=reason))
    _recount(session, run)
    run.status = "ready"
    audit.record(session, actor, "invitation_import_uploaded", "import_run", run.id,
                 filename=run.filename, rows=run.total_rows, valid=run.valid_rows)
    session.commit()
    return run.id


def _recount(session: Session, run: ImportRun) -> None:
    counts = dict(session.exec(select(ImportRow.status, func.count()).where(ImportRow.run_id == run.id)
                               .group_by(ImportRow.status)).all())
    run.total_rows = sum(counts.values())
    run.valid_rows = counts.get("valid", 0) + counts.get("imported", 0) + counts.get("failed", 0)
    run.invalid_rows = counts.get("invalid", 0)


def _get_run(session: Session, actor: Actor, run_id) -> ImportRun:
    """The actor's own invitation import run; anything else is not found."""
    try:
        run_id = int(run_id)
    except (TypeError, ValueError, OverflowError):
        run_id = 0
    run = session.get(ImportRun, run_id) if 0 < run_id <= MAX_ROW_ID else None
    if run is None or run.kind != "invitations" or run.created_by_user_id != actor.user_id:
        raise NotFound("That import was not found.")
    return run


def get_import_run(*, session: Session, actor: Actor, run_id) -> dict:
    require_admin(actor)
    run = _get_run(session, actor, run_id)
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


def _row_dict(row_number: int, data: dict, status: str, reason: str, custom_keys) -> dict:
    result = {"row_number": row_number, **{f: str(data.get(f, "")) for f in FIELDS}}
    custom = data.get("custom_fields") or {}
    for key in custom_keys:
        result[f"custom:{key}"] = str(custom.get(key, ""))
    result.update(status=status, reason=reason)
    return result


def list_import_rows(*, session: Session, actor: Actor, run_id, status: str = "invalid",
                     cursor: str = "", limit: int = 25) -> PageResult:
    """The run's rows with one status ('' for all) in file order, keyset-paged."""
    require_admin(actor)
    run = _get_run(session, actor, run_id)
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
    keys = [s["key"] for s in get_program(session).custom_fields or []]
    return take_page(rows, limit,
                     lambda r: _row_dict(r.row_number, r.data or {}, r.status, r.reason, keys),
                     lambda r: r.row_number)


def fix_import_row(*, session: Session, actor: Actor, run_id, row_number, values: dict) -> dict:
    """Correct one row in place and check it again, against the database and the rest of the
    file. Keys left out of values keep the row's current value. Only before the import runs."""
    require_admin(actor)
    run = _get_run(session, actor, run_id)
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
    program = get_program(session)
    data = {f: str(values[f]) if values.get(f) is not None else str(row.data.get(f, ""))
            for f in FIELDS if f in values or f in row.data}
    custom = dict(row.data.get("custom_fields") or {})
    for spec in program.custom_fields or []:
        for key in (spec["key"], f"custom:{spec['key']}"):
            if key in values:
                custom[spec["key"]] = "" if values[key] is None else str(values[key])
    data["custom_fields"] = custom
    email, _values, reason = _judge(session, program, data)
    if not reason:
        reason = email_conflict(session, email)
    if not reason:
        other = session.exec(select(ImportRow.row_number).where(
            ImportRow.run_id == run.id, ImportRow.email == email, ImportRow.id != row.id,
            ImportRow.status.in_(("valid", "imported"))).order_by(ImportRow.row_number)).first()
        if other is not None:
            reason = _duplicate(other)
    row.data, row.email = data, email
    row.status, row.reason = ("invalid", reason) if reason else ("valid", "")
    session.add(row)
    session.flush()
    _recount(session, run)
    session.commit()
    keys = [s["key"] for s in program.custom_fields or []]
    return _row_dict(row.row_number, row.data, row.status, row.reason, keys)


def _rows_csv(session: Session, run_id: int, statuses: tuple[str, ...], *, with_row: bool,
              max_chars: int | None = None) -> tuple[str, bool]:
    """The rows with these statuses in the file's column names plus a reason, formula-safe.
    Returns (csv, truncated)."""
    custom = get_program(session).custom_fields or []
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow((["row"] if with_row else []) + list(REQUIRED_COLUMNS)
                    + [s["label"] for s in custom] + ["reason"])
    rows = session.exec(select(ImportRow.row_number, ImportRow.data, ImportRow.reason)
                        .where(ImportRow.run_id == run_id, ImportRow.status.in_(statuses))
                        .order_by(ImportRow.row_number)).all()
    for number, data, reason in rows:
        values = [data.get(f, "") for f in FIELDS]
        values += [(data.get("custom_fields") or {}).get(s["key"], "") for s in custom]
        writer.writerow(([number] if with_row else []) + [csv_safe(v) for v in values + [reason]])
        if max_chars is not None and out.tell() > max_chars:
            return out.getvalue(), True
    return out.getvalue(), False


def bad_rows_csv(*, session: Session, actor: Actor, run_id) -> str:
    """Download these entries: the invalid rows, to correct and upload again."""
    require_admin(actor)
    run = _get_run(session, actor, run_id)
    return _rows_csv(session, run.id, ("invalid",), with_row=False)[0]


def run_import(*, session: Session, actor: Actor, run_id) -> None:
    """Import: invite the valid rows in the background (the imports queue)."""
    require_admin(actor)
    run = _get_run(session, actor, run_id)
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
    audit.record(session, actor, "invitation_import_started", "import_run", run.id, rows=valid)
    session.commit()
    from jobs.queues import enqueue_invitation_import

    try:
        enqueue_invitation_import(run.id)
    except Exception:
        # Nothing ran: put the run back so Import can be clicked again.
        session.exec(update(ImportRun)
                     .where(ImportRun.id == run.id, ImportRun.status == "running",
                            ImportRun.started_at.is_(None))
                     .values(status="ready"))
        session.commit()
        raise ServiceError("The import could not be started: the job queue is not reachable. "
                           "Try again in a moment.") from None


def cancel_import(*, session: Session, actor: Actor, run_id) -> None:
    """Cancel: before Import, the run ends here; while it runs, the job stops after its
    current batch (the invitations already created stay)."""
    require_admin(actor)
    run = _get_run(session, actor, run_id)
    ended = session.exec(update(ImportRun).where(ImportRun.id == run.id, ImportRun.status == "ready")
                         .values(status="cancelled", cancel_requested=True, finished_at=utcnow()))
    if ended.rowcount == 1:
        audit.record(session, actor, "invitation_import_cancelled", "import_run", run.id)
        session.commit()
        return
    asked = session.exec(update(ImportRun).where(ImportRun.id == run.id, ImportRun.status == "running")
                         .values(cancel_requested=True))
    if asked.rowcount == 1:
        audit.record(session, actor, "invitation_import_cancelled", "import_run", run.id)
        session.commit()
        if _job_gone(run.id):
            # No job will see the request (its worker was killed, or it gave up): end it here.
            from jobs.queues import enqueue_email_batch

            email_ids = finish_run(session, run.id, cancelled=True)
            enqueue_email_batch(email_ids, job_id=f"import-{run.id}-result")
        return
    session.rollback()
    session.refresh(run)
    if run.status != "cancelled":
        raise InvalidInput("This import has already finished: there is nothing to cancel.")


# ---------------------------------------------------------------- the job's side


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


def claim_run(session: Session, run_id: int) -> bool:
    """The job takes the run: it must be running (Import was clicked) and not finished."""
    claimed = session.exec(update(ImportRun)
                           .where(ImportRun.id == run_id, ImportRun.status == "running",
                                  ImportRun.finished_at.is_(None))
                           .values(started_at=func.coalesce(ImportRun.started_at, utcnow())))
    session.commit()
    return claimed.rowcount == 1


def cancel_requested(session: Session, run_id: int) -> bool:
    return bool(session.exec(select(ImportRun.cancel_requested).where(ImportRun.id == run_id)).first())


def import_batch(session: Session, run_id: int, *, batch_size: int = BATCH_SIZE) -> tuple[int, list[int]]:
    """Invite the next batch of valid rows in one transaction; returns (rows handled, ids of
    the invitation emails to deliver once committed). 0 rows: nothing is left to do."""
    if session.connection().dialect.name == "postgresql":
        # The tables grow by the batch: a plan PostgreSQL cached while they were small (a
        # sequential scan) would make every later batch slower than the one before.
        session.exec(text("SET LOCAL plan_cache_mode = force_custom_plan"))
    run = session.get(ImportRun, run_id)
    rows = session.exec(select(ImportRow.id, ImportRow.row_number, ImportRow.data, ImportRow.email)
                        .where(ImportRow.run_id == run_id, ImportRow.status == "valid")
                        .order_by(ImportRow.row_number).limit(batch_size)).all()
    if not rows:
        return 0, []
    # Claim the rows: a second run of the job working on the same rows waits here for this
    # transaction and then finds them taken.
    claimed = session.exec(update(ImportRow)
                           .where(ImportRow.id.in_([r.id for r in rows]), ImportRow.status == "valid")
                           .values(status="imported"))
    if claimed.rowcount != len(rows):
        session.rollback()
        return _import_rows_one_by_one(session, run_id, rows)
    try:
        outcome, email_ids = _invite(session, run, rows)
    except IntegrityError:
        # The open-invitation index refused one (an invitation created meanwhile elsewhere):
        # do this batch row by row so only that row fails.
        session.rollback()
        return _import_rows_one_by_one(session, run_id, rows)
    _count(session, run_id, outcome)
    session.commit()
    return len(rows), email_ids


def _conflicts(session: Session, emails: list[str]) -> dict[str, str]:
    """email -> why it cannot be invited now (email_conflict for many emails, one query a kind)."""
    taken: dict[str, str] = {}
    for reason, q in (  # the last one wins: email_conflict's order reversed
        (PENDING_REQUEST, select(PartnerApplication.email).where(
            PartnerApplication.email.in_(emails), PartnerApplication.status == "pending")),
        (OPEN_INVITATION, select(Invitation.contact_email).where(
            Invitation.contact_email.in_(emails), Invitation.status == "sent")),
        (USER_EXISTS, select(User.email).where(User.email.in_(emails))),
    ):
        taken.update(dict.fromkeys(session.exec(q).all(), reason))
    return taken


def _invite(session: Session, run: ImportRun, rows) -> tuple[list[dict], list[int]]:
    """Create the invitations and their emails for rows already claimed; returns the rows'
    outcomes and the email ids. Raises IntegrityError when the database refuses one."""
    program = get_program(session)
    taken = _conflicts(session, [r.email for r in rows])
    now = utcnow()
    failed: list[dict] = []
    invitations: list[tuple[int, SimpleNamespace]] = []
    for r in rows:
        email, values, reason = _judge(session, program, r.data)  # the settings may have changed since
        reason = reason or taken.get(email, "")
        if reason:
            failed.append({"id": r.id, "status": "failed", "reason": reason})
            continue
        taken[email] = _duplicate(r.row_number)
        # What Create Invitation records, many at once (no ORM object per row: 100k rows).
        inv = SimpleNamespace(contact_email=email, created_by_user_id=run.created_by_user_id,
                              import_run_id=run.id, status="sent", send_count=1,
                              last_sent_at=now, created_at=now, updated_at=now, **values)
        _new_nonce(inv, program)
        invitations.append((r.id, inv))
    bulk_insert(session, Invitation.__table__, [vars(inv) for _, inv in invitations])
    email_ids = record_emails(session=session, emails=[{
        "to_email": inv.contact_email, "to_name": inv.contact_first_name, "template": "invitation",
        # The key services.recruitment._send_invitation uses: one email per link.
        "idempotency_key": f"invitation:{inv.token_hash}",
        "ctx": {"url": invitation_link(inv), "partner_name": inv.partner_name,
                "days": program.invitation_expiry_days},
    } for _, inv in invitations])
    if failed:
        session.execute(update(ImportRow), failed)
    if invitations:
        # The claim already marked them imported; link each to its invitation.
        # (By the open invitation of the row's email: one at most, found by its unique index.)
        created = (select(Invitation.id).where(Invitation.contact_email == ImportRow.email,
                                               Invitation.status == "sent")
                   .scalar_subquery())
        session.exec(update(ImportRow).where(ImportRow.id.in_([row_id for row_id, _ in invitations]))
                     .values(invitation_id=created, reason=""))
    outcome = failed + [{"id": row_id, "status": "imported"} for row_id, _ in invitations]
    return outcome, email_ids


def _import_rows_one_by_one(session: Session, run_id: int, rows) -> tuple[int, list[int]]:
    run = session.get(ImportRun, run_id)
    email_ids: list[int] = []
    for r in rows:
        claimed = session.exec(update(ImportRow).where(ImportRow.id == r.id, ImportRow.status == "valid")
                               .values(status="imported"))
        if claimed.rowcount != 1:
            session.rollback()
            continue  # another run of the job has it
        try:
            outcome, ids = _invite(session, run, [r])
        except IntegrityError:
            session.rollback()
            session.exec(update(ImportRow).where(ImportRow.id == r.id, ImportRow.status == "valid")
                         .values(status="failed", reason=OPEN_INVITATION))
            outcome, ids = [{"status": "failed"}], []
        _count(session, run_id, outcome)
        session.commit()
        email_ids += ids
    return len(rows), email_ids


def _count(session: Session, run_id: int, outcome: list[dict]) -> None:
    created = sum(o["status"] == "imported" for o in outcome)
    session.exec(update(ImportRun).where(ImportRun.id == run_id).values(
        processed_rows=ImportRun.processed_rows + len(outcome),
        created_count=ImportRun.created_count + created,
        failed_count=ImportRun.failed_count + len(outcome) - created))


def finish_run(session: Session, run_id: int, *, cancelled: bool = False, error: str = "") -> list[int]:
    """End the run (done, cancelled, or failed with an error) and record the result email to
    the admin who ran it, with the rows not imported attached, in one transaction. Returns the
    ids of the emails to deliver (none when the run had already ended)."""
    session.expire_all()
    run = session.get(ImportRun, run_id)
    if run is None or run.status != "running":
        return []
    status = "cancelled" if cancelled else "failed" if error else "done"
    email_ids: list[int] = []
    creator = session.get(User, run.created_by_user_id) if run.created_by_user_id else None
    if creator is not None and creator.is_active:
        not_imported = run.invalid_rows + run.failed_count
        content, truncated = _rows_csv(session, run.id, ("invalid", "failed"), with_row=True,
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
                    "error": error, "url": f"{get_settings().base_url}/admin/invitations"},
        }])
    ended = session.exec(update(ImportRun).where(ImportRun.id == run.id, ImportRun.status == "running")
                         .values(status=status, finished_at=utcnow(), error=error[:1000]))
    if ended.rowcount != 1:
        session.rollback()
        return []
    audit.record(session, None, f"invitation_import_{status}", "import_run", run.id,
                 processed=run.processed_rows, created=run.created_count, failed=run.failed_count)
    session.commit()
    return email_ids
