"""The delivery job, jobs.email.deliver_email, and services.mail.queue_email that feeds it:
what ends up on the SMTP server and in the email_message row."""

from __future__ import annotations

import smtplib
from email.utils import formataddr
from urllib.parse import quote

import pytest
from rq import SimpleWorker
from rq.job import Job
from sqlmodel import func, select

from jobs import mailer
from jobs.email import deliver_email
from jobs.queues import EMAILS, enqueue_email_delivery, get_queue
from models.messaging import EmailMessage
from tests.jobs.conftest import (
    RESET_URL,
    SMTP_USER,
    change_email,
    fetch_email,
    free_port,
    queue_reset_email,
    wait_for,
    wait_for_email,
)


def test_a_queued_email_is_delivered_by_a_real_worker(db, smtp_server, redis_queue, rq_worker):
    email_id = queue_reset_email(db, to_email="pat@partner.example", to_name="Pat Partner")

    row = wait_for_email(email_id, "sent", "failed")

    assert (row.status, row.transport, row.error) == ("sent", "smtp", "")
    assert row.sent_at is not None and row.attempts == 1
    assert len(smtp_server.received) == 1
    received = smtp_server.received[0]
    assert received.rcpt_tos == ["pat@partner.example"]
    msg = received.message
    assert msg["To"] == formataddr(("Pat Partner", "pat@partner.example"))
    assert msg["Subject"] == row.subject and msg["Subject"].startswith("Reset your ")
    assert msg["Message-ID"] == row.message_id
    assert msg["From"] == "Partner Program <partners@example.com>"
    assert msg.get_content_type() == "multipart/alternative"
    text = msg.get_body(("plain",))
    html = msg.get_body(("html",))
    assert text is not None and html is not None
    assert RESET_URL in text.get_content() and "expires in 2 hours" in text.get_content()
    assert "Hi Pat Partner," in text.get_content()
    assert RESET_URL.replace("&", "&amp;") in html.get_content()
    job = wait_for(lambda: (j := Job.fetch(f"email-{email_id}", connection=redis_queue)).is_finished
                   and j, what="the job to finish")
    assert job.return_value() == "sent"


def test_delivering_twice_sends_once(db, smtp_server):
    email_id = queue_reset_email(db, enqueue=False)

    assert deliver_email(email_id) == "sent"
    assert deliver_email(email_id) == "skipped"

    assert len(smtp_server.messages) == 1
    row = fetch_email(email_id)
    assert (row.status, row.attempts) == ("sent", 1)


def test_an_email_being_sent_elsewhere_is_not_sent_again(db, smtp_server):
    # Another run has claimed the row (status "sending"); this run must leave it alone.
    email_id = queue_reset_email(db, enqueue=False)
    change_email(email_id, status="sending")

    assert deliver_email(email_id) == "skipped"

    assert smtp_server.messages == []
    assert fetch_email(email_id).attempts == 0


def test_queueing_twice_with_the_same_key_records_and_sends_one_email(db, smtp_server, redis_queue):
    first = queue_reset_email(db, key="reset:42:token-1")
    second = queue_reset_email(db, key="reset:42:token-1")

    assert first == second
    assert db.exec(select(func.count()).select_from(EmailMessage)).one() == 1
    queue = get_queue(EMAILS)
    assert queue.job_ids == [f"email-{first}"]

    SimpleWorker([queue], connection=redis_queue).work(burst=True)

    assert len(smtp_server.messages) == 1
    assert fetch_email(first).status == "sent"


def test_a_451_answer_keeps_the_email_queued_and_a_rerun_delivers_it_once(db, smtp_server):
    email_id = queue_reset_email(db, to_email="later@partner.example", enqueue=False)
    smtp_server.answer("later@partner.example", "451 4.3.0 try later")

    with pytest.raises(mailer.TemporaryFailure):
        deliver_email(email_id)  # raising is what makes RQ retry it

    row = fetch_email(email_id)
    assert row.status == "queued" and row.sent_at is None
    assert "451" in row.error and "try later" in row.error
    assert smtp_server.messages == []

    smtp_server.answer("later@partner.example", None)
    assert deliver_email(email_id) == "sent"
    assert deliver_email(email_id) == "skipped"

    row = fetch_email(email_id)
    assert (row.status, row.transport, row.error, row.attempts) == ("sent", "smtp", "", 2)
    assert len(smtp_server.messages_to("later@partner.example")) == 1


def test_a_550_answer_marks_the_email_failed_without_raising(db, smtp_server):
    email_id = queue_reset_email(db, to_email="nobody@partner.example", enqueue=False)
    smtp_server.answer("nobody@partner.example", "550 5.1.1 no such user")

    assert deliver_email(email_id) == "failed"

    row = fetch_email(email_id)
    assert row.status == "failed" and row.sent_at is None
    assert "550" in row.error and "no such user" in row.error
    assert smtp_server.messages == []
    assert deliver_email(email_id) == "skipped"  # failed for good: RQ will not send it later


def test_an_odd_answer_to_quit_after_the_server_took_the_message_still_counts_as_sent(
        db, smtp_server):
    # The message was accepted at DATA; retrying it or calling it failed would be wrong.
    smtp_server.handler.quit_reply = "421 4.3.2 closing connection"
    email_id = queue_reset_email(db, enqueue=False)

    assert deliver_email(email_id) == "sent"

    assert (fetch_email(email_id).status, len(smtp_server.messages)) == ("sent", 1)


def test_an_smtp_server_that_is_not_listening_is_a_temporary_failure(db, monkeypatch):
    from prm.settings import reset_settings_cache

    monkeypatch.setenv("SMTP_URL", f"smtp://127.0.0.1:{free_port()}?timeout=3")
    reset_settings_cache()
    email_id = queue_reset_email(db, enqueue=False)

    with pytest.raises(mailer.TemporaryFailure):
        deliver_email(email_id)

    row = fetch_email(email_id)
    assert row.status == "queued" and row.sent_at is None and row.error


def test_without_smtp_url_the_row_is_the_outbox_and_nothing_goes_over_the_network(
        db, no_smtp, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("an SMTP connection was opened without SMTP_URL")

    monkeypatch.setattr(smtplib.SMTP, "__init__", no_network)
    monkeypatch.setattr(smtplib.SMTP_SSL, "__init__", no_network)
    email_id = queue_reset_email(db, enqueue=False)

    assert deliver_email(email_id) == "sent"

    row = fetch_email(email_id)
    assert (row.status, row.transport, row.error) == ("sent", "outbox", "")
    assert row.sent_at is not None
    assert RESET_URL in row.text_body  # what Admin > Outbox shows


@pytest.mark.parametrize("field, value", [
    ("subject", "Reset your password\r\nBcc: victim@evil.example"),
    ("to_name", "Pat\nBcc: victim@evil.example"),
    ("to_email", "pat@partner.example\r\nBcc: victim@evil.example"),
])
def test_a_header_with_cr_or_lf_is_refused(db, smtp_server, field, value):
    email_id = queue_reset_email(db, enqueue=False)
    change_email(email_id, **{field: value})

    assert deliver_email(email_id) == "failed"

    row = fetch_email(email_id)
    assert row.status == "failed" and "header injection" in row.error
    assert smtp_server.received == []


def test_a_refused_email_does_not_hold_up_the_others_in_its_batch(db, smtp_server, redis_queue,
                                                                  rq_worker):
    good = [queue_reset_email(db, to_email=f"p{n}@partner.example", enqueue=False) for n in range(4)]
    bad_subject = queue_reset_email(db, to_email="s@partner.example", enqueue=False)
    bad_name = queue_reset_email(db, to_email="n@partner.example", enqueue=False)
    change_email(bad_subject, subject="Hello\r\nBcc: victim@evil.example")
    change_email(bad_name, to_name="Eve\nBcc: victim@evil.example")
    batch = [good[0], good[1], bad_subject, good[2], bad_name, good[3]]
    for email_id in batch:
        enqueue_email_delivery(email_id)

    rows = {i: wait_for_email(i, "sent", "failed") for i in batch}

    assert {i for i, r in rows.items() if r.status == "sent"} == set(good)
    assert rows[bad_subject].status == rows[bad_name].status == "failed"
    assert "header injection" in rows[bad_name].error
    assert sorted(r for m in smtp_server.received for r in m.rcpt_tos) == sorted(
        f"p{n}@partner.example" for n in range(4))
    assert all(m["Bcc"] is None for m in smtp_server.messages)
    # The job itself succeeded (a refused email is an outcome, not a crash to retry).
    job = wait_for(lambda: (j := Job.fetch(f"email-{bad_name}", connection=redis_queue)).is_finished
                   and j,
                   what="the refused email's job to finish")
    assert job.return_value() == "failed"


NO_TLS_WARNING = "ignore:Requiring AUTH while not requiring TLS:UserWarning"


@pytest.mark.filterwarnings(NO_TLS_WARNING)
def test_it_logs_in_with_the_credentials_in_smtp_url(db, smtp_auth_server):
    email_id = queue_reset_email(db, enqueue=False)

    assert deliver_email(email_id) == "sent"

    assert [r.login for r in smtp_auth_server.received] == [SMTP_USER]
    assert fetch_email(email_id).transport == "smtp"


@pytest.mark.filterwarnings(NO_TLS_WARNING)
def test_wrong_smtp_credentials_do_not_mark_the_email_sent(db, smtp_auth_server):
    smtp_auth_server.use(smtp_auth_server.url(f"{SMTP_USER}:{quote('wrong password')}"))
    email_id = queue_reset_email(db, enqueue=False)

    try:
        outcome = deliver_email(email_id)
    except mailer.TemporaryFailure:
        outcome = "retry"  # retrying later is acceptable; calling it sent is not

    row = fetch_email(email_id)
    assert (outcome, row.status) in {("failed", "failed"), ("retry", "queued")}
    assert row.sent_at is None
    assert "535" in row.error
    assert smtp_auth_server.received == []


def test_the_last_retry_of_a_451_marks_the_email_failed(db, smtp_server, redis_queue, rq_worker):
    from rq import Retry

    smtp_server.answer("pat@partner.example", "451 4.3.0 try again later")
    email_id = queue_reset_email(db, enqueue=False)
    get_queue(EMAILS).enqueue("jobs.email.deliver_email", email_id, job_id=f"email-{email_id}",
                              retry=Retry(max=1, interval=[0]))

    row = wait_for_email(email_id, "failed", timeout=20)

    assert row.attempts == 2  # the first try and its one retry
    assert row.error.startswith("gave up after retries:") and "451" in row.error
    assert smtp_server.received == []


def test_the_sweep_sends_again_an_email_whose_delivery_died_or_whose_job_was_lost(
        db, smtp_server, redis_queue, monkeypatch):
    # A deliver_email killed after its claim leaves the row "sending" for ever, and a row
    # recorded while Redis lost its queue has no job: the periodic sweep enqueues both again,
    # once their STALE_CLAIM_SECONDS have passed, and leaves the rest alone.
    from datetime import timedelta

    from jobs.email import sweep_emails
    from models._base import utcnow
    from prm.settings import reset_settings_cache

    monkeypatch.setenv("STALE_CLAIM_SECONDS", "60")
    reset_settings_cache()
    long_ago = utcnow() - timedelta(minutes=5)
    died = queue_reset_email(db, to_email="died@partner.example", enqueue=False)
    change_email(died, status="sending", claimed_at=long_ago, attempts=1, created_at=long_ago)
    lost = queue_reset_email(db, to_email="lost@partner.example", enqueue=False)
    change_email(lost, created_at=long_ago)
    busy = queue_reset_email(db, to_email="busy@partner.example", enqueue=False)
    change_email(busy, status="sending", claimed_at=utcnow(), attempts=1, created_at=long_ago)
    fresh = queue_reset_email(db, to_email="fresh@partner.example", enqueue=False)
    outbox = queue_reset_email(db, to_email="copy@partner.example", enqueue=False)
    change_email(outbox, status="sending", template="to_partner_email", created_at=long_ago)

    assert sweep_emails() == 2
    assert sorted(get_queue(EMAILS).get_job_ids()) == sorted([f"email-{died}", f"email-{lost}"])
    assert sweep_emails() == 0  # their jobs are waiting: nothing enqueued twice

    assert deliver_email(died) == "sent"
    assert deliver_email(lost) == "sent"
    assert deliver_email(busy) == "skipped"  # a living delivery's claim is respected
    assert sorted(m["To"].addresses[0].addr_spec for m in smtp_server.messages) == [
        "died@partner.example", "lost@partner.example"]
    assert (fetch_email(died).status, fetch_email(died).attempts) == ("sent", 2)
    assert [fetch_email(i).status for i in (busy, fresh, outbox)] == ["sending", "queued", "sending"]
