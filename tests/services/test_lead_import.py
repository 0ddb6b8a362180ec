"""services/lead_import.py, seed 004 "Distributing Leads by Uploading a CSV": Leads > Upload
Leads — the columns and their other names, a reason for every bad row (the checks Create Lead
makes), fixing a row in place, Download these entries, files that cannot be read, who may."""

from __future__ import annotations

import csv
import io

import pytest
from sqlmodel import select

from models.leads import Lead
from models.recruitment import ImportRun
from services import invitation_import
from services.errors import InvalidInput, NotFound, PermissionDenied
from services.lead_import import LEADS
from services.leads import create_lead
from tests import import_helpers as helpers
from tests.factories import create_admin, create_random_partner, personas
from tests.import_helpers import count

HEADER = "First Name,Last Name,Email,Phone,Company,Country/Region,Notes,Source Campaign,Partner"


@pytest.fixture
def p(db):
    return personas(db)


@pytest.fixture
def admin(db, p):
    return p.actor(db, p.admin)


def upload(db, admin, text_or_bytes, filename="leads.csv") -> int:
    return helpers.upload(LEADS, db, admin, text_or_bytes, filename)


def all_rows(db, admin, run_id, status="") -> list[dict]:
    return helpers.all_rows(LEADS, db, admin, run_id, status)


def run_of(db, admin, run_id) -> dict:
    return LEADS.get_import_run(session=db, actor=admin, run_id=run_id)


# ---------------------------------------------------------------- the columns


def test_the_sample_file_names_every_column_and_imports_cleanly(db, admin):
    sample = LEADS.sample_csv(session=db, actor=admin)
    lines = list(csv.reader(io.StringIO(sample)))
    assert lines[0] == HEADER.split(",")
    assert len(lines) == 3

    run_id = upload(db, admin, sample, "sample.csv")

    run = run_of(db, admin, run_id)
    assert (run["status"], run["total_rows"], run["valid_rows"], run["invalid_rows"]) == ("ready", 2, 2, 0)
    assert run["extra_columns"] == []
    rows = all_rows(db, admin, run_id, "valid")
    assert [(r["company"], r["partner"]) for r in rows] == [("Acme Widgets", ""), ("Globex, Inc.", "northwind")]


def test_it_knows_the_columns_by_their_other_names_and_reports_unknown_ones_as_ignored(db, admin):
    content = ("Given Name;SURNAME;E-mail;Telephone;Organization;Country;Comments;Campaign;"
               "Partner Name;Favourite Colour;Budget\n"
               "Zoë;Ångström;ZOE@Example.com ;+46 8 123;Zoë AB;Sweden;Wants a call;Expo 2026;"
               "Northwind Traders;green;10k\n")
    run_id = upload(db, admin, content)

    run = run_of(db, admin, run_id)
    assert run["extra_columns"] == ["Favourite Colour", "Budget"]
    [row] = all_rows(db, admin, run_id, "valid")
    assert row == {"row_number": 1, "first_name": "Zoë", "last_name": "Ångström",
                   "email": "ZOE@Example.com ", "phone": "+46 8 123", "company": "Zoë AB",
                   "country": "Sweden", "notes": "Wants a call", "source_campaign": "Expo 2026",
                   "partner": "Northwind Traders", "status": "valid", "reason": ""}


def test_optional_columns_may_be_left_out(db, admin):
    run_id = upload(db, admin, "email,company,first_name,last_name\npat@acme.example,Acme,Pat,\n")
    [row] = all_rows(db, admin, run_id, "valid")
    assert (row["email"], row["company"], row["phone"], row["partner"]) == ("pat@acme.example", "Acme", "", "")


# ---------------------------------------------------------------- a reason for every bad row


def test_every_bad_row_gets_the_reason_create_lead_would_give(db, p, admin):
    create_lead(session=db, actor=admin, values={"first_name": "Old", "company": "Old Co",
                                                 "email": "known@old.example"})
    create_random_partner(db, name="Dormant Partner", status="inactive")
    content = "\n".join([
        HEADER,
        "Good,One,good1@acme.example,,Acme,,,,",                           # 1
        "Pat,Jones,pat@acme.example,,,,,,",                                # 2 no company
        ",,,,Acme,,,,",                                                    # 3 no name or email
        "Pat,Jones,not-an-email,,Acme,,,,",                                # 4
        "Pat,Jones,GOOD1@acme.example,,Acme,,,,",                          # 5 duplicate of 1
        "Pat,Jones,known@old.example,,Acme,,,,",                           # 6 a lead already
        "Pat,Jones,pat6@acme.example,,Acme,,,,Nobody Ltd",                 # 7 unknown partner
        "Pat,Jones,pat7@acme.example,,Acme,,,,Dormant Partner",            # 8 inactive partner
        "A" * 101 + ",Jones,long@acme.example,,Acme,,,,",                  # 9 too long
        "Pat\x07,Jones,bell@acme.example,,Acme,,,,",                       # 10 control character
        "Pat,Jones,extra@acme.example,,Acme,,,,,surplus",                  # 11 too many cells
        'Pat,Jones,,,Acme,,"Line one\nline two",Expo,northwind',           # 12 good, no email
        ",,,,Solo Co,,,,",                                                 # 13 company only
        "Sam,Lee,,,Acme,,,,NORTHWIND TRADERS",                             # 14 good
    ]) + "\n"
    run_id = upload(db, admin, content)

    run = run_of(db, admin, run_id)
    reasons = {r["row_number"]: r["reason"] for r in all_rows(db, admin, run_id, "invalid")}
    assert reasons == {
        2: "Company: Enter the company.",
        3: "Last Name: Enter the lead's name or email.",
        4: "Email: Enter a valid email address.",
        5: "Duplicate: this email is also on row 1 of the file.",
        6: "A lead with this email already exists.",
        7: "Partner: No active partner account has this name or tenant name.",
        8: "Partner: No active partner account has this name or tenant name.",
        9: "First Name: Use at most 100 characters.",
        10: "First Name: Remove the unusual characters from this field.",
        11: "This row has 10 cells but the header names 9 columns: check for a separator "
            "inside a value that is not in quotes.",
        13: "Last Name: Enter the lead's name or email.",
    }
    assert [r["row_number"] for r in all_rows(db, admin, run_id, "valid")] == [1, 12, 14]
    assert (run["total_rows"], run["valid_rows"], run["invalid_rows"]) == (14, 3, 11)
    # The same checks as Create Lead, word for word.
    with pytest.raises(InvalidInput) as exc:
        create_lead(session=db, actor=admin, values={"first_name": "Pat", "email": "not-an-email"})
    assert exc.value.fields == {"company": "Enter the company.", "email": "Enter a valid email address."}


def test_an_email_appearing_twice_is_held_by_the_first_valid_row(db, admin):
    run_id = upload(db, admin, HEADER + "\nPat,Jones,pat@acme.example,,,,,,\n"
                    "Pat,Jones,pat@acme.example,,Acme,,,,\nPat,Jones,PAT@acme.example,,Acme 2,,,,\n")
    assert {r["row_number"]: r["status"] for r in all_rows(db, admin, run_id)} == {
        1: "invalid", 2: "valid", 3: "invalid"}


# ---------------------------------------------------------------- fix a row in place


def test_a_row_fixed_in_place_becomes_valid_and_a_fix_into_a_duplicate_does_not(db, admin):
    run_id = upload(db, admin, HEADER + "\nPat,Jones,pat@acme.example,,Acme,,,,\n"
                    "Sam,Lee,sam@,,Globex,,,,\n")
    fixed = LEADS.fix_import_row(session=db, actor=admin, run_id=run_id, row_number=2,
                                 values={"email": " PAT@acme.example"})
    assert (fixed["status"], fixed["reason"]) == ("invalid", "Duplicate: this email is also on row 1 of the file.")
    fixed = LEADS.fix_import_row(session=db, actor=admin, run_id=run_id, row_number=2,
                                 values={"email": "sam@globex.example", "partner": "contoso"})
    assert (fixed["status"], fixed["email"], fixed["partner"], fixed["company"]) == (
        "valid", "sam@globex.example", "contoso", "Globex")
    run = run_of(db, admin, run_id)
    assert (run["valid_rows"], run["invalid_rows"]) == (2, 0)


# ---------------------------------------------------------------- Download these entries


def test_download_these_entries_is_safe_against_formula_injection(db, admin):
    run_id = upload(db, admin, "\n".join([
        "Email,Company,First Name,Last Name,Notes",
        "ok@acme.example,Acme,Pat,Jones,fine",
        '=HYPERLINK("http://evil.example"),+Acme,-Pat,@Jones,\tnote',
    ]) + "\n")

    rows = list(csv.DictReader(io.StringIO(LEADS.bad_rows_csv(session=db, actor=admin, run_id=run_id))))

    assert rows == [{"First Name": "'-Pat", "Last Name": "'@Jones",
                     "Email": "'=HYPERLINK(\"http://evil.example\")", "Phone": "", "Company": "'+Acme",
                     "Country/Region": "", "Notes": "'\tnote", "Source Campaign": "", "Partner": "",
                     "reason": "Email: Enter a valid email address."}]


# ---------------------------------------------------------------- files that cannot be read


@pytest.mark.parametrize("content, message", [
    (bytes(range(256)) * 40, "not a text file"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(1, 256)) * 20, "not a text file"),
    (b"PK\x03\x04" + b"\x14\x00\x06\x00" * 50, "Excel workbook"),
    ((HEADER + "\nИван,Петров,ivan@mir.example,,Мир,,,,\n").encode("cp1251"), "not saved as UTF-8"),
    ((HEADER + "\nPat,Jones,pat@acme.example,,Acme,,,,\n").encode("utf-16"), "UTF-16"),
    (b"Pat,Jones,pat@acme.example,,Acme,,,,\n", "missing the columns First Name, Last Name, Email, Company"),
    (b"", "empty"),
    (b"\xef\xbb\xbf \r\n", "empty"),
    (HEADER.encode() + b"\r\n,,,,,,,,\r\n", "column names only"),
], ids=["binary", "png", "xlsx-as-csv", "cp1251", "utf16", "no-header", "empty", "blank", "header-only"])
def test_a_file_that_cannot_be_read_is_refused_clearly_and_nothing_is_saved(db, admin, content, message):
    with pytest.raises(InvalidInput) as exc:
        upload(db, admin, content)
    assert message in str(exc.value)
    assert count(db, ImportRun) == 0 and count(db, Lead) == 0


# ---------------------------------------------------------------- who may do this


def test_partners_may_not_upload_leads_and_admins_see_only_their_own_lead_runs(db, p, admin):
    run_id = upload(db, admin, HEADER + "\nPat,Jones,pat@acme.example,,Acme,,,,\n")
    for user in (p.alice, p.bob, p.charlie):
        with pytest.raises(PermissionDenied):
            upload(db, p.actor(db, user), HEADER + "\nPat,Jones,x@acme.example,,Acme,,,,\n")
        with pytest.raises(PermissionDenied):
            LEADS.get_import_run(session=db, actor=p.actor(db, user), run_id=run_id)
    other = p.actor(db, create_admin(db, email="other.admin@example.com"))
    with pytest.raises(NotFound):
        LEADS.get_import_run(session=db, actor=other, run_id=run_id)
    # A lead run is not an invitation run, and the other way round.
    with pytest.raises(NotFound):
        invitation_import.get_import_run(session=db, actor=admin, run_id=run_id)
    invitations = invitation_import.start_import(
        session=db, actor=admin, filename="p.csv",
        content=b"partnerName,contactFirstName,contactLastName,contactEmail\nA,B,C,d@e.example\n")
    with pytest.raises(NotFound):
        LEADS.run_import(session=db, actor=admin, run_id=invitations)
    assert count(db, Lead) == 0


# ---------------------------------------------------------------- Import and Cancel


@pytest.fixture
def _fresh_queue():
    """Without REDIS_URL the app's queues live in an in-process fake Redis: a fresh one."""
    from jobs import queues

    queues.reset_connection()
    yield
    queues.reset_connection()


def test_import_starts_the_lead_job_and_cancel_stops_it_before_any_lead(db, admin, _fresh_queue):
    from jobs.imports import import_leads
    from jobs.queues import IMPORTS, get_queue
    from models.messaging import EmailMessage

    run_id = upload(db, admin, HEADER + "\nPat,Jones,pat@acme.example,,Acme,,,,\n")
    LEADS.run_import(session=db, actor=admin, run_id=run_id)
    job = get_queue(IMPORTS).fetch_job(f"import-{run_id}")
    assert (job.func_name, job.args) == ("jobs.imports.import_leads", (run_id,))

    LEADS.cancel_import(session=db, actor=admin, run_id=run_id)
    assert import_leads(run_id) == "cancelled"

    run = run_of(db, admin, run_id)
    assert (run["status"], run["processed_rows"], run["created_count"]) == ("cancelled", 0, 0)
    assert count(db, Lead) == 0
    [result] = db.exec(select(EmailMessage).where(EmailMessage.template == "import_result")).all()
    assert result.subject == "Your lead import was cancelled: 0 leads created"
    assert "import the file again to create them" in result.text_body
