"""The Import Invitations job, jobs.imports.import_invitations: a real RQ worker, Redis and SMTP
server; what the invited contacts and the admin receive; running twice, being cut off, Cancel;
and 100k rows."""

from __future__ import annotations

import csv
import io
import os
import time

import pytest
from sqlmodel import Session, func, select

from jobs.imports import import_invitations
from models.messaging import EmailMessage
from models.recruitment import ImportRow, ImportRun, Invitation
from prm.db import get_engine
from services import invitation_import as imports
from services import recruitment
from tests.factories import personas
from tests.jobs.conftest import wait_for

HEADER = "partnerName,contactFirstName,contactLastName,contactEmail"
# The big-file test: 100k rows by default (about 30 s a database here); IMPORT_TEST_ROWS
# makes it smaller (or bigger) where that is too slow.
BIG_ROWS = int(os.environ.get("IMPORT_TEST_ROWS", "100000"))


@pytest.fixture
def p(db):
    return personas(db)


@pytest.fixture
def admin(db, p):
    return p.actor(db, p.admin)


def good_rows(n: int, start: int = 1) -> list[str]:
    return [f"Partner {i},First{i},Last{i},contact{i}@partner{i % 97}.example" for i in range(start, start + n)]


def csv_file(rows: list[str]) -> bytes:
    return ("\r\n".join([HEADER, *rows]) + "\r\n").encode()


def fresh_run(run_id: int) -> ImportRun:
    with Session(get_engine()) as session:
        return session.get(ImportRun, run_id)


def count(db, model, *where) -> int:
    db.expire_all()
    return db.exec(select(func.count()).select_from(model).where(*where)).one()


def start(db, admin, content: bytes, name: str = "partners.csv") -> int:
    return imports.start_import(session=db, actor=admin, filename=name, content=content)


def attachment_rows(message) -> tuple[str, list[dict]]:
    [part] = list(message.iter_attachments())
    assert part.get_content_type() == "text/csv"
    return part.get_filename(), list(csv.DictReader(io.StringIO(part.get_content())))


# ---------------------------------------------------------------- the whole way, on a real worker


def test_an_import_invites_every_good_row_and_mails_the_admin_the_failed_ones(
        db, p, admin, smtp_server, rq_worker):
    content = csv_file([
        *good_rows(5),
        "Broken,,Jones,broken@acme.example",           # 6: invalid, first name missing
        "Taken,Al,Ice,alice@northwind.example",        # 7: invalid, a user
        "Late,Lee,Late,late@acme.example",             # 8: valid now, invited elsewhere before the job
    ])
    run_id = start(db, admin, content, "spring partners.csv")
    recruitment.create_invitation(session=db, actor=admin, partner_name="Late", contact_first_name="Lee",
                                  contact_last_name="Late", contact_email="late@acme.example")

    imports.run_import(session=db, actor=admin, run_id=run_id)

    wait_for(lambda: fresh_run(run_id).status in ("done", "failed"), timeout=30, what="the import to finish")
    run = imports.get_import_run(session=db, actor=admin, run_id=run_id)
    assert (run["status"], run["progress"], run["error"]) == ("done", 100, "")
    assert (run["total_rows"], run["valid_rows"], run["invalid_rows"]) == (8, 6, 2)
    assert (run["processed_rows"], run["created_count"], run["failed_count"]) == (6, 5, 1)
    [failed] = imports.list_import_rows(session=db, actor=admin, run_id=run_id, status="failed").rows
    assert (failed["row_number"], failed["reason"]) == (8, "This email already has an open invitation.")

    invited = [f"contact{i}@partner{i % 97}.example" for i in range(1, 6)]
    wait_for(lambda: all(smtp_server.messages_to(a) for a in invited)
             and smtp_server.messages_to("admin@example.com"), timeout=30, what="the emails")
    time.sleep(0.5)  # anything sent twice would arrive about now
    for i, address in enumerate(invited, start=1):
        [message] = smtp_server.messages_to(address)
        assert f"Partner {i}" in message["Subject"]
        body = message.get_body(("plain",)).get_content()
        assert f"Hi First{i}," in body and "Submit Your Application: http://localhost:3999/register?invitation=" in body
        inv = db.exec(select(Invitation).where(Invitation.contact_email == address)).one()
        assert recruitment.invitation_link(inv) in body
        assert (inv.import_run_id, inv.send_count, inv.status) == (run_id, 1, "sent")
    assert len(smtp_server.messages_to("late@acme.example")) == 1  # the one Create Invitation sent
    assert smtp_server.messages_to("broken@acme.example") == []

    [result] = smtp_server.messages_to("admin@example.com")
    assert result["Subject"] == "Your invitation import: 5 invitations created"
    body = result.get_body(("plain",)).get_content()
    assert "Rows processed: 6" in body and "Invitations created: 5" in body and "Rows not imported: 3" in body
    filename, rows = attachment_rows(result)
    assert filename == "spring-partners-not-imported.csv"
    assert [(r["row"], r["contactEmail"], r["reason"]) for r in rows] == [
        ("6", "broken@acme.example", "contactFirstName: Enter the contact's first name."),
        ("7", "alice@northwind.example", "A user with this email already exists."),
        ("8", "late@acme.example", "This email already has an open invitation."),
    ]
    assert f"[job import-{run_id}] import run {run_id} started" in rq_worker.log


# ---------------------------------------------------------------- twice, cut off, again


def test_running_the_job_twice_or_the_file_again_creates_no_duplicates(db, admin, redis_queue, no_smtp):
    run_id = start(db, admin, csv_file(good_rows(1200)))
    imports.run_import(session=db, actor=admin, run_id=run_id)

    assert import_invitations(run_id) == "done"
    assert import_invitations(run_id) == "skipped"

    assert count(db, Invitation) == 1200
    assert count(db, EmailMessage, EmailMessage.template == "invitation") == 1200
    assert count(db, EmailMessage, EmailMessage.template == "import_result") == 1
    run = fresh_run(run_id)
    assert (run.status, run.processed_rows, run.created_count) == ("done", 1200, 1200)

    # The same file again: every row already has an open invitation, so nothing to import.
    again = start(db, admin, csv_file(good_rows(1200)))
    run = imports.get_import_run(session=db, actor=admin, run_id=again)
    assert (run["valid_rows"], run["invalid_rows"]) == (0, 1200)
    assert {r["reason"] for r in imports.list_import_rows(session=db, actor=admin, run_id=again).rows} == {
        "This email already has an open invitation."}
    with pytest.raises(Exception, match="no valid rows"):
        imports.run_import(session=db, actor=admin, run_id=again)
    assert count(db, Invitation) == 1200


def test_a_job_cut_off_midway_goes_on_where_it_stopped(db, admin, redis_queue, no_smtp):
    run_id = start(db, admin, csv_file(good_rows(1300)))
    imports.run_import(session=db, actor=admin, run_id=run_id)
    # A first run that dies after two batches (the worker killed): its batches are committed.
    assert imports.claim_run(db, run_id)
    for _ in range(2):
        handled = imports.import_batch(db, run_id, batch_size=500).handled
        assert handled == 500
    assert count(db, Invitation) == 1000

    assert import_invitations(run_id) == "done"  # the retry

    assert count(db, Invitation) == 1300
    assert count(db, ImportRow, ImportRow.status == "imported") == 1300
    assert db.exec(select(func.count(func.distinct(Invitation.contact_email)))).one() == 1300
    assert count(db, EmailMessage, EmailMessage.template == "invitation") == 1300
    run = fresh_run(run_id)
    assert (run.status, run.processed_rows, run.created_count, run.failed_count) == ("done", 1300, 1300, 0)


def test_a_row_the_database_refuses_fails_alone(db, admin, redis_queue, no_smtp, monkeypatch):
    run_id = start(db, admin, csv_file(good_rows(10)))
    imports.run_import(session=db, actor=admin, run_id=run_id)
    # Invited elsewhere after the file was checked, and (a race) after the batch looked: the
    # database's one-open-invitation-per-email index is the last guard.
    recruitment.create_invitation(session=db, actor=admin, partner_name="X", contact_first_name="Y",
                                  contact_last_name="Z", contact_email="contact3@partner3.example")
    monkeypatch.setattr(imports, "_conflicts", lambda session, emails: {})

    assert import_invitations(run_id) == "done"

    run = fresh_run(run_id)
    assert (run.processed_rows, run.created_count, run.failed_count) == (10, 9, 1)
    failed = db.exec(select(ImportRow).where(ImportRow.status == "failed")).one()
    assert (failed.row_number, failed.reason) == (3, "This email already has an open invitation.")
    assert count(db, Invitation) == 10
    assert count(db, EmailMessage, EmailMessage.template == "invitation") == 10


# ---------------------------------------------------------------- Cancel


def test_cancel_stops_a_running_import_at_its_next_batch(db, admin, no_smtp, rq_worker):
    total = 30000
    run_id = start(db, admin, csv_file(good_rows(total)))
    imports.run_import(session=db, actor=admin, run_id=run_id)
    wait_for(lambda: fresh_run(run_id).processed_rows > 0, timeout=30, what="the first batch")

    imports.cancel_import(session=db, actor=admin, run_id=run_id)

    wait_for(lambda: fresh_run(run_id).status != "running", timeout=30, what="the import to stop")
    run = imports.get_import_run(session=db, actor=admin, run_id=run_id)
    assert run["status"] == "cancelled" and run["finished"]
    assert 0 < run["processed_rows"] < total
    assert run["created_count"] == run["processed_rows"] == count(db, Invitation)
    assert count(db, ImportRow, ImportRow.status == "valid") == total - run["processed_rows"]
    [result] = db.exec(select(EmailMessage).where(EmailMessage.template == "import_result")).all()
    assert result.subject.startswith("Your invitation import was cancelled: ")
    time.sleep(0.5)
    assert fresh_run(run_id).processed_rows == run["processed_rows"], "nothing after the cancel"


# ---------------------------------------------------------------- 100k rows


def test_a_file_of_100k_rows_is_checked_and_imported(db, admin, redis_queue, no_smtp, capsys):
    content = csv_file(good_rows(BIG_ROWS))
    dialect = get_engine().dialect.name

    began = time.perf_counter()
    run_id = start(db, admin, content, "big.csv")
    checked = time.perf_counter() - began
    run = imports.get_import_run(session=db, actor=admin, run_id=run_id)
    assert (run["total_rows"], run["valid_rows"]) == (BIG_ROWS, BIG_ROWS)
    # How fast is for the benchmarks (make bench); here the figures are only printed.

    imports.run_import(session=db, actor=admin, run_id=run_id)
    began = time.perf_counter()
    assert import_invitations(run_id) == "done"
    imported = time.perf_counter() - began

    with capsys.disabled():
        print(f"\n[{dialect}] {BIG_ROWS} rows: start_import {checked:.1f}s, import job {imported:.1f}s")
    assert count(db, Invitation) == BIG_ROWS
    assert count(db, EmailMessage, EmailMessage.template == "invitation") == BIG_ROWS
    run = fresh_run(run_id)
    assert (run.status, run.processed_rows, run.created_count) == ("done", BIG_ROWS, BIG_ROWS)


# ---------------------------------------------------------------- the attachment in the MIME message


def test_an_attachment_goes_out_as_a_csv_part(db, smtp_server):
    from jobs.email import deliver_email
    from services.mail import queue_email

    email_id = queue_email(session=db, to_email="ada@example.com", to_name="Ada", template="import_result",
                           idempotency_key="import_result:mime", enqueue=False,
                           attachments=[{"filename": "rows.csv", "content_type": "text/csv",
                                         "content": "row,reason\n1,Zoë: bad\n"}],
                           filename="p.csv", total=2, processed=1, created=1, not_imported=1,
                           url="http://localhost:3999/admin/invitations")
    assert deliver_email(email_id) == "sent"
    [message] = smtp_server.messages
    assert message.get_body(("plain",)) is not None and message.get_body(("html",)) is not None
    filename, rows = attachment_rows(message)
    assert filename == "rows.csv" and rows == [{"row": "1", "reason": "Zoë: bad"}]
