"""services/invitation_import.py, seed 000 "Send Invitations in Bulk": Invite Partners >
Import Invitations — reading what spreadsheets export, refusing what cannot be read, a reason
for every bad row, fixing a row in place, Download these entries, Import and Cancel."""

from __future__ import annotations

import csv
import io

import pytest
from sqlmodel import func, select

from models.messaging import EmailMessage
from models.recruitment import ImportRow, ImportRun, Invitation
from services import invitation_import as imports
from services import recruitment
from services.errors import InvalidInput, NotFound, PermissionDenied
from services.mail import queue_email
from tests.factories import create_admin, personas
from tests.services.recruitment_helpers import apply, invite

HEADER = "partnerName,contactFirstName,contactLastName,contactEmail"


@pytest.fixture
def p(db):
    return personas(db)


@pytest.fixture
def admin(db, p):
    return p.actor(db, p.admin)


@pytest.fixture(autouse=True)
def _fresh_queue():
    """Without REDIS_URL the app's queues live in an in-process fake Redis: a fresh one."""
    from jobs import queues

    queues.reset_connection()
    yield
    queues.reset_connection()


def upload(db, admin, text_or_bytes, filename="partners.csv") -> int:
    content = text_or_bytes.encode() if isinstance(text_or_bytes, str) else text_or_bytes
    return imports.start_import(session=db, actor=admin, filename=filename, content=content)


def all_rows(db, admin, run_id, status="") -> list[dict]:
    rows, cursor = [], ""
    while True:
        page = imports.list_import_rows(session=db, actor=admin, run_id=run_id, status=status,
                                        cursor=cursor, limit=100)
        rows += page.rows
        cursor = page.next_cursor
        if not cursor:
            return rows


def run_of(db, admin, run_id) -> dict:
    return imports.get_import_run(session=db, actor=admin, run_id=run_id)


def refused(db, admin, content, filename="partners.csv") -> str:
    with pytest.raises(InvalidInput) as exc:
        upload(db, admin, content, filename)
    assert db.exec(select(func.count()).select_from(ImportRun)).one() == 0, "nothing is saved"
    return str(exc.value)


def parse_csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


# ---------------------------------------------------------------- Download a sample file


def test_the_sample_file_names_the_columns_and_the_custom_fields_and_imports_cleanly(db, admin):
    recruitment.set_custom_fields(session=db, actor=admin,
                                  fields=[{"label": "Partner Type"}, {"label": "Region"}])
    sample = imports.sample_csv(session=db, actor=admin)
    lines = list(csv.reader(io.StringIO(sample)))
    assert lines[0] == [*imports.REQUIRED_COLUMNS, "Partner Type", "Region"]
    assert len(lines) == 3

    run_id = upload(db, admin, sample, "sample.csv")

    run = run_of(db, admin, run_id)
    assert (run["status"], run["total_rows"], run["valid_rows"], run["invalid_rows"]) == ("ready", 2, 2, 0)
    assert run["extra_columns"] == []
    assert [r["partner_name"] for r in all_rows(db, admin, run_id, "valid")] == ["Acme Widgets", "Globex, Inc."]


# ---------------------------------------------------------------- what spreadsheets export


def _ok_rows(db, admin, content, filename="partners.csv"):
    run_id = upload(db, admin, content, filename)
    run = run_of(db, admin, run_id)
    assert run["invalid_rows"] == 0, all_rows(db, admin, run_id, "invalid")
    return run, all_rows(db, admin, run_id, "valid")


def test_it_reads_utf8_with_bom_and_crlf_line_ends(db, admin):
    content = ("\ufeff" + HEADER + "\r\nZoë Tech,Zoë,Ångström,zoe@zoe.example\r\n"
               "Acme,Pat,Jones,pat@acme.example\r\n").encode("utf-8")
    run, rows = _ok_rows(db, admin, content)
    assert run["total_rows"] == 2
    assert [(r["partner_name"], r["contact_last_name"]) for r in rows] == [
        ("Zoë Tech", "Ångström"), ("Acme", "Jones")]


def test_it_reads_quoted_fields_with_commas_quotes_and_line_breaks(db, admin):
    content = (HEADER + '\n"Acme, Inc.",Pat,"O""Brien",pat@acme.example\n'
               '"Globex\nHoldings",Sam,Lee,sam@globex.example\n'
               "Initech,Bill,Lumbergh,bill@initech.example\n")
    run, rows = _ok_rows(db, admin, content)
    assert run["total_rows"] == 3
    assert [r["row_number"] for r in rows] == [1, 2, 3]
    assert rows[0]["partner_name"] == "Acme, Inc." and rows[0]["contact_last_name"] == 'O"Brien'
    assert rows[1]["contact_email"] == "sam@globex.example"
    assert rows[2]["partner_name"] == "Initech"


def test_a_line_break_inside_a_cell_becomes_a_space_in_the_invitation(db, admin):
    run_id = upload(db, admin, HEADER + '\n"Globex\r\nHoldings",Sam,Lee,sam@globex.example\n')
    imports.run_import(session=db, actor=admin, run_id=run_id)
    from jobs.imports import import_invitations

    assert import_invitations(run_id) == "done"
    [inv] = db.exec(select(Invitation)).all()
    assert inv.partner_name == "Globex Holdings"


def test_it_reads_semicolon_separated_files(db, admin):
    content = (HEADER.replace(",", ";") + "\nAcme, Inc.;Pat;Jones;pat@acme.example\n"
               '"Globex; Europe";Sam;Lee;sam@globex.example\n')
    run, rows = _ok_rows(db, admin, content)
    assert [r["partner_name"] for r in rows] == ["Acme, Inc.", "Globex; Europe"]


def test_it_matches_column_names_in_any_case_and_ignores_extra_columns(db, admin):
    content = ("Notes, PARTNERNAME ,contactfirstname,Contact Last Name,ContactEmail,Owner\n"
               "call back,Acme,Pat,Jones,PAT@Acme.Example ,jo\n")
    run, rows = _ok_rows(db, admin, content)
    assert run["extra_columns"] == ["Notes", "Owner"]
    assert rows == [{"row_number": 1, "partner_name": "Acme", "contact_first_name": "Pat",
                     "contact_last_name": "Jones", "contact_email": "PAT@Acme.Example ",
                     "status": "valid", "reason": ""}]
    assert db.exec(select(ImportRow.email)).one() == "pat@acme.example"


def test_it_reads_custom_fields_by_label_or_key(db, admin):
    recruitment.set_custom_fields(session=db, actor=admin, fields=[
        {"label": "Partner Type", "required": True}, {"label": "Web Site"}])
    run, rows = _ok_rows(db, admin, HEADER + ",partner_type,WEB SITE\n"
                         "Acme,Pat,Jones,pat@acme.example,Reseller,acme.example\n")
    assert rows[0]["custom:partner_type"] == "Reseller" and rows[0]["custom:web_site"] == "acme.example"


def test_it_skips_blank_lines_and_empty_rows_but_keeps_row_numbers(db, admin):
    content = HEADER + "\nAcme,Pat,Jones,pat@acme.example\n\n,,,\nGlobex,Sam,Lee,sam@globex.example\n,,,\n"
    run, rows = _ok_rows(db, admin, content)
    assert run["total_rows"] == 2
    assert [r["row_number"] for r in rows] == [1, 4]


def test_a_windows_1252_file_is_decoded_right(db, admin):
    content = (HEADER + "\nSociété Générale,Jürgen,Müller,jurgen@sg.example\n"
               "Café “Zürich” – Ltd,Zoë,Næss,zoe@cafe.example\n").encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        content.decode("utf-8")
    run, rows = _ok_rows(db, admin, content)
    assert [(r["partner_name"], r["contact_first_name"], r["contact_last_name"]) for r in rows] == [
        ("Société Générale", "Jürgen", "Müller"), ("Café “Zürich” – Ltd", "Zoë", "Næss")]


@pytest.mark.parametrize("content, message", [
    # Another code page (Cyrillic, Windows-1251) would read as accented garbage: refused.
    ((HEADER + "\nПривет Мир,Иван,Петров,ivan@mir.example\n").encode("cp1251"), "not saved as UTF-8"),
    # Bytes Windows-1252 does not define.
    ((HEADER + "\nAcme\x81\x8d,Pat,Jones,pat@acme.example\n").encode("latin-1"), "not saved as UTF-8"),
    ("\ufeff".encode("utf-16-le") + (HEADER + "\nAcme,Pat,Jones,pat@acme.example\n").encode("utf-16-le"), "UTF-16"),
    ((HEADER + "\nAcme,Pat,Jones,pat@acme.example\n").encode("utf-16-le"), "UTF-16"),  # said as it is (issue 8, item 6)
    (bytes(range(256)) * 40, "not a text file"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(1, 256)) * 20, "not a text file"),
    (b"PK\x03\x04" + b"\x14\x00\x06\x00" * 50, "Excel workbook"),
    (b"", "empty"),
    (b"\xef\xbb\xbf  \r\n\r\n", "empty"),
    (HEADER.encode() + b"\r\n", "column names only"),
    (HEADER.encode() + b"\n,,,\n\n", "column names only"),
    (b"partnerName,contactFirstName,contactLastName\nAcme,Pat,Jones\n", "missing the column contactEmail"),
    (b"Acme,Pat,Jones,pat@acme.example\n", "missing the columns partnerName, contactFirstName"),
    (b"partnerName,contactEmail,Contact Email,contactFirstName,contactLastName\n", "appears twice"),
    ((HEADER + '\n"Acme,Pat,Jones,pat@acme.example\n').encode(), "quote"),
], ids=["cp1251", "undefined-cp1252", "utf16-bom", "utf16-no-bom", "binary", "png", "xlsx-as-csv",
        "empty", "blank", "header-only", "header-and-empty-rows", "missing-column",
        "no-header", "duplicate-column", "unclosed-quote"])
def test_it_refuses_what_it_cannot_read_with_a_clear_message(db, admin, content, message):
    assert message in refused(db, admin, content)


@pytest.mark.parametrize("filename", ["partners.xlsx", "partners.xls", "partners", "partners.csv.exe", ""])
def test_it_refuses_a_file_that_is_not_csv_by_name(db, admin, filename):
    assert "Choose a CSV file" in refused(db, admin, HEADER + "\nAcme,Pat,Jones,pat@acme.example\n", filename)


def test_it_accepts_txt_and_any_case_extension(db, admin):
    for name in ("partners.TXT", "PARTNERS.CSV"):
        upload(db, admin, HEADER + "\nAcme,Pat,Jones,pat@acme.example\n", name)


def test_it_refuses_a_file_over_the_size_limit(db, admin):
    row = "Acme,Pat,Jones,pat@acme.example\n"
    content = (HEADER + "\n" + row * (imports.MAX_BYTES // len(row) + 1)).encode()
    assert len(content) > imports.MAX_BYTES
    message = refused(db, admin, content)
    assert "10.0 MB; the limit is 10 MB" in message


def test_a_required_custom_field_missing_as_a_column_is_refused(db, admin):
    recruitment.set_custom_fields(session=db, actor=admin, fields=[{"label": "Partner Type", "required": True}])
    message = refused(db, admin, HEADER + "\nAcme,Pat,Jones,pat@acme.example\n")
    assert "missing the column Partner Type" in message


# ---------------------------------------------------------------- a reason for every bad row


def test_it_reports_every_missing_invalid_conflicting_or_duplicate_row_with_a_reason(db, p, admin):
    invite(db, admin, contact_email="invited@acme.example")
    apply(db, email="pending@acme.example")
    content = "\n".join([
        HEADER,
        "Good One,Pat,Jones,good1@acme.example",                       # 1
        ",Pat,Jones,noname@acme.example",                              # 2
        "Acme,,,nobody@acme.example",                                  # 3
        "Acme,Pat,Jones,not-an-email",                                 # 4
        "Acme,Pat,Jones,",                                             # 5
        "Acme,Pat,Jones,GOOD1@acme.example",                           # 6 duplicate of 1
        "Acme,Pat,Jones,invited@acme.example",                         # 7 open invitation
        "Acme,Pat,Jones,alice@northwind.example",                      # 8 a user
        "Acme,Pat,Jones,pending@acme.example",                         # 9 pending request
        "Acme,Pat,Jones,extra@acme.example,surplus",                   # 10 too many cells
        "Acme,Pat,Jones,extra@acme.example,",                          # 11 an empty extra cell is fine
        "A" * 201 + ",Pat,Jones,long@acme.example",                    # 12 too long
        "Acme,Pat\x07,Jones,bell@acme.example",                        # 13 control character
        "Good Two,Sam,Lee,good2@acme.example",                         # 14
    ]) + "\n"
    run_id = upload(db, admin, content)

    run = run_of(db, admin, run_id)
    assert (run["total_rows"], run["valid_rows"], run["invalid_rows"]) == (14, 3, 11)
    reasons = {r["row_number"]: r["reason"] for r in all_rows(db, admin, run_id, "invalid")}
    assert reasons == {
        2: "partnerName: Enter the partner name.",
        3: "contactFirstName: Enter the contact's first name. "
           "contactLastName: Enter the contact's last name.",
        4: "contactEmail: Enter a valid email address.",
        5: "contactEmail: Enter the contact's email address.",
        6: "Duplicate: this email is also on row 1 of the file.",
        7: "This email already has an open invitation.",
        8: "A user with this email already exists.",
        9: "This email already has a partner request waiting in Pending Partners.",
        10: "This row has 5 cells but the header names 4 columns: check for a separator "
            "inside a value that is not in quotes.",
        12: "partnerName: Use at most 200 characters.",
        13: "contactFirstName: Remove the unusual characters from this field.",
    }
    assert [r["row_number"] for r in all_rows(db, admin, run_id, "valid")] == [1, 11, 14]
    # The conflicts are the very reasons Create Invitation gives.
    assert recruitment.email_conflict(db, "invited@acme.example") == reasons[7]
    assert recruitment.email_conflict(db, "alice@northwind.example") == reasons[8]
    assert recruitment.email_conflict(db, "pending@acme.example") == reasons[9]


def test_the_first_valid_row_holds_an_email_that_appears_twice(db, admin):
    run_id = upload(db, admin, HEADER + "\n,Pat,Jones,pat@acme.example\nAcme,Pat,Jones,pat@acme.example\n"
                    "Acme 2,Pat,Jones,pat@acme.example\n")
    assert {r["row_number"]: r["status"] for r in all_rows(db, admin, run_id)} == {
        1: "invalid", 2: "valid", 3: "invalid"}
    assert all_rows(db, admin, run_id, "invalid")[1]["reason"] == \
        "Duplicate: this email is also on row 2 of the file."


def test_rows_are_listed_in_file_order_a_page_at_a_time(db, admin):
    content = HEADER + "\n" + "".join(f",Pat,Jones,p{i}@acme.example\n" for i in range(1, 8))
    run_id = upload(db, admin, content)
    first = imports.list_import_rows(session=db, actor=admin, run_id=run_id, limit=3)
    second = imports.list_import_rows(session=db, actor=admin, run_id=run_id, limit=3,
                                      cursor=first.next_cursor)
    third = imports.list_import_rows(session=db, actor=admin, run_id=run_id, limit=3,
                                     cursor=second.next_cursor)
    assert [r["row_number"] for r in first.rows + second.rows + third.rows] == list(range(1, 8))
    assert third.next_cursor == ""
    with pytest.raises(InvalidInput):
        imports.list_import_rows(session=db, actor=admin, run_id=run_id, status="bogus")
    # A tampered cursor is the first page, not an error.
    tampered = imports.list_import_rows(session=db, actor=admin, run_id=run_id, limit=3,
                                        cursor="x|\x00|99999999999999")
    assert [r["row_number"] for r in tampered.rows] == [1, 2, 3]


# ---------------------------------------------------------------- fix a row in place


def test_a_fixed_row_becomes_valid_and_the_counts_follow(db, admin):
    run_id = upload(db, admin, HEADER + "\n,Pat,Jones,pat@acme.example\nGlobex,Sam,Lee,sam@\n")
    fixed = imports.fix_import_row(session=db, actor=admin, run_id=run_id, row_number=1,
                                   values={"partner_name": "Acme Widgets"})
    assert fixed == {"row_number": 1, "partner_name": "Acme Widgets", "contact_first_name": "Pat",
                     "contact_last_name": "Jones", "contact_email": "pat@acme.example",
                     "status": "valid", "reason": ""}
    run = run_of(db, admin, run_id)
    assert (run["valid_rows"], run["invalid_rows"]) == (1, 1)

    fixed = imports.fix_import_row(session=db, actor=admin, run_id=run_id, row_number="2",
                                   values={"contact_email": "sam@globex.example"})
    assert fixed["status"] == "valid"
    assert (run_of(db, admin, run_id)["valid_rows"], run_of(db, admin, run_id)["invalid_rows"]) == (2, 0)


def test_a_fix_that_makes_a_duplicate_or_a_conflict_stays_invalid(db, p, admin):
    invite(db, admin, contact_email="invited@acme.example")
    run_id = upload(db, admin, HEADER + "\nAcme,Pat,Jones,pat@acme.example\nGlobex,Sam,Lee,bad\n")

    fixed = imports.fix_import_row(session=db, actor=admin, run_id=run_id, row_number=2,
                                   values={"contact_email": " PAT@acme.example"})
    assert (fixed["status"], fixed["reason"]) == ("invalid", "Duplicate: this email is also on row 1 of the file.")
    for email, reason in (("invited@acme.example", "This email already has an open invitation."),
                          ("bob@northwind.example", "A user with this email already exists.")):
        fixed = imports.fix_import_row(session=db, actor=admin, run_id=run_id, row_number=2,
                                       values={"contact_email": email})
        assert (fixed["status"], fixed["reason"]) == ("invalid", reason)
    fixed = imports.fix_import_row(session=db, actor=admin, run_id=run_id, row_number=2,
                                   values={"contact_email": "sam@globex.example", "partner_name": " "})
    assert fixed["reason"] == "partnerName: Enter the partner name."
    assert run_of(db, admin, run_id)["invalid_rows"] == 1


def test_validate_again_clears_a_duplicate_when_the_other_row_changed(db, admin):
    run_id = upload(db, admin, HEADER + "\nAcme,Pat,Jones,pat@acme.example\nAcme 2,Pat,Jones,pat@acme.example\n")
    imports.fix_import_row(session=db, actor=admin, run_id=run_id, row_number=1,
                           values={"contact_email": "pat.jones@acme.example"})
    again = imports.fix_import_row(session=db, actor=admin, run_id=run_id, row_number=2, values={})
    assert again["status"] == "valid"


def test_custom_fields_can_be_fixed_by_key(db, admin):
    recruitment.set_custom_fields(session=db, actor=admin, fields=[{"label": "Partner Type", "required": True}])
    run_id = upload(db, admin, HEADER + ",Partner Type\nAcme,Pat,Jones,pat@acme.example,\n")
    [bad] = all_rows(db, admin, run_id, "invalid")
    assert bad["reason"] == "Partner Type: Enter Partner Type."
    fixed = imports.fix_import_row(session=db, actor=admin, run_id=run_id, row_number=1,
                                   values={"custom:partner_type": "Reseller"})
    assert (fixed["status"], fixed["custom:partner_type"]) == ("valid", "Reseller")


def test_a_row_cannot_be_fixed_once_the_import_ran_or_when_it_does_not_exist(db, admin):
    run_id = upload(db, admin, HEADER + "\nAcme,Pat,Jones,pat@acme.example\n,Sam,Lee,sam@acme.example\n")
    for number in (3, 0, -1, "x", 2**40, None):
        with pytest.raises(NotFound):
            imports.fix_import_row(session=db, actor=admin, run_id=run_id, row_number=number, values={})
    imports.cancel_import(session=db, actor=admin, run_id=run_id)
    with pytest.raises(InvalidInput, match="before the import starts"):
        imports.fix_import_row(session=db, actor=admin, run_id=run_id, row_number=2,
                               values={"partner_name": "Acme"})


# ---------------------------------------------------------------- Download these entries


def test_download_these_entries_gives_the_bad_rows_in_the_file_columns_with_the_reason(db, admin):
    recruitment.set_custom_fields(session=db, actor=admin, fields=[{"label": "Region"}])
    run_id = upload(db, admin, "\n".join([
        "contactEmail,partnerName,contactFirstName,contactLastName,region,ignored",
        "ok@acme.example,Acme,Pat,Jones,EMEA,x",
        'bad,"Globex, Inc.",Sam,Lee,APAC,y',
        '=HYPERLINK("http://evil.example"),+Acme,-Pat,@Jones,\tNA,z',
    ]) + "\n")

    rows = parse_csv(imports.bad_rows_csv(session=db, actor=admin, run_id=run_id))

    assert rows == [
        {"partnerName": "Globex, Inc.", "contactFirstName": "Sam", "contactLastName": "Lee",
         "contactEmail": "bad", "Region": "APAC", "reason": "contactEmail: Enter a valid email address."},
        {"partnerName": "'+Acme", "contactFirstName": "'-Pat", "contactLastName": "'@Jones",
         "contactEmail": "'=HYPERLINK(\"http://evil.example\")", "Region": "'\tNA",
         "reason": "contactEmail: Enter a valid email address."},
    ]


def test_the_bad_rows_file_uploads_again_once_corrected(db, admin):
    run_id = upload(db, admin, HEADER + "\n,Pat,Jones,pat@acme.example\n")
    bad = imports.bad_rows_csv(session=db, actor=admin, run_id=run_id)
    corrected = bad.replace(",Pat,Jones", "Acme,Pat,Jones")
    again = upload(db, admin, corrected, "corrected.csv")
    run = run_of(db, admin, again)
    assert (run["valid_rows"], run["extra_columns"]) == (1, ["reason"])


# ---------------------------------------------------------------- Import and Cancel


def test_import_starts_the_job_for_the_valid_rows(db, admin):
    from jobs.queues import IMPORTS, get_queue

    run_id = upload(db, admin, HEADER + "\nAcme,Pat,Jones,pat@acme.example\n,Sam,Lee,sam@acme.example\n")
    imports.run_import(session=db, actor=admin, run_id=run_id)

    run = run_of(db, admin, run_id)
    assert (run["status"], run["valid_rows"], run["progress"]) == ("running", 1, 0)
    job = get_queue(IMPORTS).fetch_job(f"import-{run_id}")
    assert job is not None and job.func_name == "jobs.imports.import_invitations"
    assert job.args == (run_id,)
    with pytest.raises(InvalidInput, match="already running"):
        imports.run_import(session=db, actor=admin, run_id=run_id)


def test_import_refuses_a_file_without_valid_rows(db, admin):
    run_id = upload(db, admin, HEADER + "\n,Pat,Jones,pat@acme.example\n")
    with pytest.raises(InvalidInput, match="no valid rows"):
        imports.run_import(session=db, actor=admin, run_id=run_id)
    assert run_of(db, admin, run_id)["status"] == "ready"


def test_cancel_before_import_ends_the_run(db, admin):
    run_id = upload(db, admin, HEADER + "\nAcme,Pat,Jones,pat@acme.example\n")
    imports.cancel_import(session=db, actor=admin, run_id=run_id)
    imports.cancel_import(session=db, actor=admin, run_id=run_id)  # twice is fine
    run = run_of(db, admin, run_id)
    assert run["status"] == "cancelled" and run["finished"]
    with pytest.raises(InvalidInput, match="cancelled"):
        imports.run_import(session=db, actor=admin, run_id=run_id)
    assert db.exec(select(Invitation)).all() == []


def test_cancel_while_running_asks_the_job_to_stop(db, admin):
    from jobs.imports import import_invitations

    run_id = upload(db, admin, HEADER + "\nAcme,Pat,Jones,pat@acme.example\n")
    imports.run_import(session=db, actor=admin, run_id=run_id)
    imports.cancel_import(session=db, actor=admin, run_id=run_id)
    run = run_of(db, admin, run_id)
    assert (run["status"], run["cancel_requested"]) == ("running", True)

    assert import_invitations(run_id) == "cancelled"
    run = run_of(db, admin, run_id)
    assert (run["status"], run["processed_rows"], run["created_count"]) == ("cancelled", 0, 0)
    assert db.exec(select(Invitation)).all() == []
    imports.cancel_import(session=db, actor=admin, run_id=run_id)  # already cancelled: fine


def test_cancel_of_a_run_whose_job_is_gone_ends_it_at_once(db, admin):
    from jobs.queues import IMPORTS, get_queue

    run_id = upload(db, admin, HEADER + "\nAcme,Pat,Jones,pat@acme.example\n")
    imports.run_import(session=db, actor=admin, run_id=run_id)
    get_queue(IMPORTS).fetch_job(f"import-{run_id}").delete()  # its worker died with it

    imports.cancel_import(session=db, actor=admin, run_id=run_id)

    assert run_of(db, admin, run_id)["status"] == "cancelled"
    [result] = db.exec(select(EmailMessage).where(EmailMessage.template == "import_result")).all()
    assert result.subject == "Your invitation import was cancelled: 0 invitations created"


def test_a_finished_run_cannot_be_cancelled(db, admin):
    from jobs.imports import import_invitations

    run_id = upload(db, admin, HEADER + "\nAcme,Pat,Jones,pat@acme.example\n")
    imports.run_import(session=db, actor=admin, run_id=run_id)
    assert import_invitations(run_id) == "done"
    with pytest.raises(InvalidInput, match="already finished"):
        imports.cancel_import(session=db, actor=admin, run_id=run_id)


# ---------------------------------------------------------------- who may do this


@pytest.mark.parametrize("call", [
    lambda db, actor, run_id: imports.sample_csv(session=db, actor=actor),
    lambda db, actor, run_id: imports.start_import(session=db, actor=actor, filename="a.csv",
                                                   content=(HEADER + "\nA,B,C,d@e.example\n").encode()),
    lambda db, actor, run_id: imports.get_import_run(session=db, actor=actor, run_id=run_id),
    lambda db, actor, run_id: imports.list_import_rows(session=db, actor=actor, run_id=run_id),
    lambda db, actor, run_id: imports.fix_import_row(session=db, actor=actor, run_id=run_id,
                                                     row_number=1, values={"partner_name": "X"}),
    lambda db, actor, run_id: imports.bad_rows_csv(session=db, actor=actor, run_id=run_id),
    lambda db, actor, run_id: imports.run_import(session=db, actor=actor, run_id=run_id),
    lambda db, actor, run_id: imports.cancel_import(session=db, actor=actor, run_id=run_id),
], ids=["sample", "start", "get", "list", "fix", "bad_rows", "run", "cancel"])
def test_it_refuses_partners(db, p, admin, call):
    run_id = upload(db, admin, HEADER + "\n,Pat,Jones,pat@acme.example\n")
    for user in (p.alice, p.bob, p.charlie):
        with pytest.raises(PermissionDenied):
            call(db, p.actor(db, user), run_id)
    with pytest.raises(PermissionDenied):
        call(db, None, run_id)
    run = run_of(db, admin, run_id)
    assert (run["status"], run["total_rows"]) == ("ready", 1)
    assert all_rows(db, admin, run_id)[0]["partner_name"] == ""


@pytest.mark.parametrize("call", [
    lambda db, actor, run_id: imports.get_import_run(session=db, actor=actor, run_id=run_id),
    lambda db, actor, run_id: imports.list_import_rows(session=db, actor=actor, run_id=run_id),
    lambda db, actor, run_id: imports.fix_import_row(session=db, actor=actor, run_id=run_id,
                                                     row_number=1, values={"partner_name": "X"}),
    lambda db, actor, run_id: imports.bad_rows_csv(session=db, actor=actor, run_id=run_id),
    lambda db, actor, run_id: imports.run_import(session=db, actor=actor, run_id=run_id),
    lambda db, actor, run_id: imports.cancel_import(session=db, actor=actor, run_id=run_id),
], ids=["get", "list", "fix", "bad_rows", "run", "cancel"])
def test_it_hides_unknown_runs_and_other_admins_runs(db, p, admin, call):
    run_id = upload(db, admin, HEADER + "\n,Pat,Jones,pat@acme.example\n")
    for bad_id in (run_id + 1, 0, -1, "abc", "1; DROP TABLE import_run", 2**31, 2**64, None, "\x00"):
        with pytest.raises(NotFound):
            call(db, admin, bad_id)
    other = p.actor(db, create_admin(db, email="other.admin@example.com"))
    with pytest.raises(NotFound):
        call(db, other, run_id)
    assert run_of(db, admin, run_id)["status"] == "ready"


# ---------------------------------------------------------------- the result email's parts


def test_an_email_keeps_its_attachments(db):
    email_id = queue_email(session=db, to_email="ada@example.com", template="import_result",
                           idempotency_key="import_result:test", enqueue=False,
                           attachments=[{"filename": "rows.csv", "content_type": "text/csv",
                                         "content": "row,reason\n1,bad\n"}],
                           filename="p.csv", total=2, processed=1, created=1, not_imported=1,
                           url="http://localhost:3999/admin/invitations")
    row = db.get(EmailMessage, email_id)
    assert row.attachments == [{"filename": "rows.csv", "content_type": "text/csv",
                                "content": "row,reason\n1,bad\n"}]
    assert row.subject == "Your invitation import: 1 invitation created"
    assert "Rows processed: 1" in row.text_body and "attached file" in row.text_body


def test_an_email_without_attachments_has_an_empty_list(db):
    email_id = queue_email(session=db, to_email="ada@example.com", template="password_reset",
                           idempotency_key="reset:test", enqueue=False, url="http://x", hours=2)
    assert db.get(EmailMessage, email_id).attachments == []


def test_an_attachment_name_cannot_inject_headers(db):
    with pytest.raises(ValueError):
        queue_email(session=db, to_email="ada@example.com", template="password_reset",
                    idempotency_key="reset:inj", enqueue=False, url="http://x", hours=2,
                    attachments=[{"filename": "a.csv\r\nBcc: x@evil.example", "content": "x"}])
