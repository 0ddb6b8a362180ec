"""services/mail.py: recording emails once, rendering them safely, and queueing delivery."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
from sqlmodel import select

from jobs.queues import EMAILS, get_queue, reset_connection
from models.messaging import EmailMessage
from prm.settings import get_settings
from services.mail import get_program, queue_email, render

URL = "http://localhost:3999/set-password?token=abc123"


def queue(db, key="k1", to_name="Pat", template="password_reset", enqueue=False, **ctx):
    return queue_email(session=db, to_email="pat@example.com", to_name=to_name, template=template,
                       idempotency_key=key, enqueue=enqueue, url=URL, hours=2, **ctx)


def test_the_same_idempotency_key_gives_one_email(db):
    first = queue(db, key="welcome:42")
    second = queue(db, key="welcome:42", to_name="Someone Else")
    assert first == second
    rows = db.exec(select(EmailMessage)).all()
    assert len(rows) == 1
    assert rows[0].to_name == "Pat"


def test_different_keys_give_different_emails(db):
    assert queue(db, key="a") != queue(db, key="b")
    assert len(db.exec(select(EmailMessage)).all()) == 2


def test_queueing_twice_enqueues_one_delivery(db):
    reset_connection()  # a fresh in-memory queue for this test
    try:
        first = queue(db, key="deliver-once", enqueue=True)
        queue(db, key="deliver-once", enqueue=True)
        jobs = get_queue(EMAILS).get_jobs()
        assert [(j.id, j.args) for j in jobs] == [(f"email-{first}", (first,))]
    finally:
        reset_connection()


@pytest.mark.parametrize("template", ["password_reset", "set_password"])
def test_it_escapes_names_in_html(db, template):
    email_id = queue(db, to_name="<script>alert(1)</script>", template=template)
    row = db.get(EmailMessage, email_id)
    assert "<script>" not in row.html_body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in row.html_body
    assert "Hi <script>alert(1)</script>," in row.text_body  # plain text needs no escaping


def test_it_escapes_program_settings_in_html(db):
    program = get_program(db)
    program.program_name = '<img src=x onerror="alert(1)">'
    program.supplier_name = "Tom & Jerry <Ltd>"
    db.commit()
    row = db.get(EmailMessage, queue(db, template="set_password"))
    assert "<img" not in row.html_body
    assert "Tom &amp; Jerry &lt;Ltd&gt;" in row.html_body
    assert "Tom & Jerry <Ltd>" in row.text_body


def test_it_escapes_the_link(db):
    link = 'http://localhost/set-password?token=a"><script>x</script>'
    rendered = render("password_reset", get_program(db), name="Pat", url=link, hours=2)
    assert "<script>" not in rendered.html
    assert link in rendered.text


def test_every_email_gets_its_own_message_id(db):
    ids = [db.get(EmailMessage, queue(db, key=f"k{n}")).message_id for n in range(5)]
    assert len(set(ids)) == len(ids)
    host = urlparse(get_settings().base_url).hostname
    assert all(i.startswith("<") and i.endswith(f"@{host}>") for i in ids)


def test_it_greets_someone_without_a_name(db):
    row = db.get(EmailMessage, queue(db, to_name=""))
    assert row.text_body.splitlines()[2] == "Hi there,"


def test_it_puts_the_program_in_the_subject_and_footer(db):
    program = get_program(db)
    program.program_name, program.support_email = "Acme Partner Program", "help@acme.example"
    db.commit()
    row = db.get(EmailMessage, queue(db))
    assert "Acme Partner Program" in row.subject
    assert "help@acme.example" in row.html_body and "help@acme.example" in row.text_body


def test_it_refuses_an_unknown_template(db):
    with pytest.raises(ValueError):
        queue(db, template="newsletter")
    assert db.exec(select(EmailMessage)).all() == []


def test_a_new_database_gets_its_program_settings_in_the_callers_transaction_never_committed_halfway(db):
    """get_program adds the settings row the first time, inside the caller's transaction: the
    caller's other work is not committed by it (an import batch's leads used to be committed
    here without their notifications), and a rollback takes both back."""
    from sqlalchemy import text

    from models.accounts import ProgramSettings

    assert db.get(ProgramSettings, 1) is None
    db.add(EmailMessage(idempotency_key="half", to_email="pat@example.com", subject="s", template="t",
                        html_body="", text_body="", message_id="<m@x>"))
    db.flush()
    assert get_program(db).program_name == "Partner Program"
    db.rollback()
    assert db.exec(select(EmailMessage)).all() == []
    assert db.execute(text("SELECT count(*) FROM program_settings")).scalar_one() == 0

    program = get_program(db)
    program.program_name = "Northwind Partners"
    db.commit()
    assert db.execute(text("SELECT program_name FROM program_settings")).scalars().all() == ["Northwind Partners"]


def test_two_connections_using_a_new_database_at_once_both_get_the_one_program_row(db):
    """The two connections of an import (or two requests) reaching get_program first at the same
    moment: the second waits for the first's row and adds none, instead of failing the batch on
    the primary key."""
    import threading

    from sqlalchemy import text
    from sqlmodel import Session

    engine = db.get_bind()
    first, second = Session(engine), Session(engine)
    try:
        get_program(first)  # row added, not committed yet
        got: list[str] = []
        errors: list[BaseException] = []

        def other():
            try:
                got.append(get_program(second).program_name)  # PostgreSQL: waits for `first`
                second.commit()
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        t = threading.Thread(target=other)
        if engine.dialect.name == "postgresql":
            t.start()
            t.join(0.5)
            assert t.is_alive()  # waiting on the first connection's row, not failing
            first.commit()
        else:  # SQLite: one writer at a time; the second starts once the first has committed
            first.commit()
            t.start()
        t.join(20)
        assert not errors and got == ["Partner Program"]
    finally:
        first.close()
        second.close()
    assert db.execute(text("SELECT count(*) FROM program_settings")).scalar_one() == 1
