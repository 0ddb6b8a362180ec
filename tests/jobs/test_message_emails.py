"""Sending a to-partner Email (jobs.message_emails) with a real RQ worker and a real SMTP
server: everyone exactly once, however often a job runs or wherever it stops; one SMTP
connection per batch; 4xx retried, 5xx failed; the unsubscribe headers (RFC 8058)."""

from __future__ import annotations

import os
import signal
import time
from datetime import timedelta

import pytest
from rq.registry import ScheduledJobRegistry
from sqlalchemy import update
from sqlmodel import Session, select

from jobs import message_emails
from jobs.queues import EMAILS
from models._base import utcnow
from models.messaging import EmailMessage, Message, MessageRecipient
from prm.db import get_engine
from prm.settings import reset_settings_cache
from services import email_messages as em
from services import email_tracking as tracking
from services import messages
from tests.factories import create_partner_user, personas
from tests.jobs.conftest import wait_for


@pytest.fixture
def audience(db):
    """alice, bob and three more Northwind users opted in; charlie (Contoso) too, outside the group."""
    p = personas(db)
    users = [p.alice, p.bob] + [create_partner_user(db, p.northwind, email=f"u{i}@northwind.example")
                                for i in range(3)] + [p.charlie]
    for u in users:
        u.supplier_emails_opt_in = True
        db.add(u)
    db.commit()
    actor = p.actor(db, p.admin)
    g = messages.save_group(session=db, actor=actor, name="Gold", account_ids=[p.northwind.id])
    m = em.create_email(session=db, actor=actor, title="Partner Summit",
                        body_html='<p>Join us in <b>Lisbon</b>. <a href="https://x.example/agenda">Agenda</a></p>',
                        group_ids=[g["id"]])
    p.message_id, p.actor_admin = int(m["id"]), actor
    p.expected = sorted(u.email for u in users[:5])
    return p


def count_connections(smtp_server):
    """Wrap the handler: record each SMTP session (one per TCP connection) that sent DATA."""
    peers = []
    original = smtp_server.handler.handle_DATA

    async def handle_DATA(server, session, envelope):
        peers.append(session.peer)
        return await original(server, session, envelope)

    smtp_server.handler.handle_DATA = handle_DATA
    return peers


def recipients(message_id: int) -> dict[str, MessageRecipient]:
    with Session(get_engine()) as s:
        return {r.email: r for r in s.exec(select(MessageRecipient).where(MessageRecipient.message_id == message_id))}


def status(message_id: int) -> str:
    with Session(get_engine()) as s:
        return s.get(Message, message_id).status


def received_by(smtp_server) -> list[str]:
    return sorted(a for r in smtp_server.received for a in r.rcpt_tos)


def start_inline(p) -> list[int]:
    """Schedule for now without the queue, begin sending; the recipient ids in order."""
    with Session(get_engine()) as s:
        em.schedule_email(session=s, actor=p.actor_admin, message_id=p.message_id, enqueue=False)
        em.begin_sending(session=s, message_id=p.message_id)
    return sorted(r.id for r in recipients(p.message_id).values())


def test_a_real_worker_sends_each_eligible_user_one_email_over_one_connection(db, audience, any_smtp_server,
                                                                               redis_queue, rq_worker):
    p = audience
    peers = count_connections(any_smtp_server)
    em.schedule_email(session=db, actor=p.actor_admin, message_id=p.message_id)

    wait_for(lambda: status(p.message_id) == "Sent", what="the email to be Sent")
    assert received_by(any_smtp_server) == p.expected
    assert len(set(peers)) == 1  # one batch, one SMTP connection
    rows = recipients(p.message_id)
    assert {r.status for r in rows.values()} == {"sent"} and {r.attempts for r in rows.values()} == {1}

    msg = next(r.message for r in any_smtp_server.received if r.rcpt_tos == ["alice@northwind.example"])
    url = em.unsubscribe_url(p.alice.id, p.message_id)
    assert msg["Subject"] == "Partner Summit"
    assert msg["List-Unsubscribe"].strip() == f"<{url}>"  # a long header is folded
    assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert msg["Message-ID"] == f"<message-{p.message_id}-user-{p.alice.id}@example.com>"
    text = msg.get_body(("plain",)).get_content()
    # The body's link goes through alice's tracked redirect (the unsubscribe link does not).
    from services.email_tracking import click_url, token_for

    tracked = click_url(token_for(rows["alice@northwind.example"].track_nonce), p.message_id, 0)
    assert f"Join us in Lisbon. Agenda ({tracked})" in text and f"Unsubscribe: {url}" in text
    assert f'<a href="{url}">Unsubscribe</a>' in msg.get_body(("html",)).get_content()

    # Running the start and the batch again (a duplicate job) sends nobody anything more.
    from jobs.queues import enqueue_email_message_start, enqueue_message_batch

    enqueue_email_message_start(p.message_id, utcnow())
    job = enqueue_message_batch(p.message_id, sorted(r.id for r in rows.values()), job_id="again")
    wait_for(lambda: job.get_status(refresh=True) == "finished", what="the duplicate batch to run")
    assert job.return_value() == {"skipped": 5}
    assert received_by(any_smtp_server) == p.expected
    with Session(get_engine()) as s:  # each copy is one row in Admin > Outbox
        keys = s.exec(select(EmailMessage.idempotency_key, EmailMessage.status).where(
            EmailMessage.template == "to_partner_email")).all()
    assert len(keys) == 5 and {st for _, st in keys} == {"sent"}


def test_a_job_killed_midway_and_run_again_loses_nobody_and_sends_nobody_twice(db, audience, any_smtp_server,
                                                                                redis_queue):
    p = audience
    ids = start_inline(p)
    peers = count_connections(any_smtp_server)

    assert message_emails.deliver_message_batch(p.message_id, ids, stop_after=2) == {"sent": 2}
    # ... and the process died there: the other three were claimed (with the first two, in one
    # transaction) but not sent.
    with Session(get_engine()) as s:
        left = s.exec(select(MessageRecipient.status, MessageRecipient.attempts).where(
            MessageRecipient.id.in_(ids[2:]))).all()
    assert left == [("sending", 1)] * 3
    assert len(any_smtp_server.received) == 2 and status(p.message_id) == "Sending"

    # The same batch again: the two sent are skipped, and so are the fresh claims (they may still
    # be in flight).
    assert message_emails.deliver_message_batch(p.message_id, ids) == {"skipped": 5}
    assert status(p.message_id) == "Sending"
    # Ten minutes later the claims are stale: they are taken again and sent, with the same Message-IDs.
    with Session(get_engine()) as s:
        s.exec(update(MessageRecipient).where(MessageRecipient.id.in_(ids[2:])).values(
            claimed_at=utcnow() - em.stale_claim() - timedelta(seconds=1)))
        s.commit()
    assert message_emails.deliver_message_batch(p.message_id, ids) == {"skipped": 2, "sent": 3}
    assert received_by(any_smtp_server) == p.expected  # everyone, once
    assert status(p.message_id) == "Sent"
    assert len(peers) == 5 and len(set(peers)) == 2  # one connection per batch run that sends


def test_the_sweep_finds_a_stale_claim_and_a_lost_batch(db, audience, smtp_server, redis_queue, rq_worker):
    p = audience
    ids = start_inline(p)
    with Session(get_engine()) as s:  # as if the worker died and Redis lost the jobs
        old = utcnow() - em.stale_claim() - timedelta(minutes=1)
        s.exec(update(MessageRecipient).where(MessageRecipient.id == ids[0]).values(
            status="sending", claimed_at=old, attempts=1))
        s.exec(update(MessageRecipient).where(MessageRecipient.id.in_(ids[1:])).values(next_attempt_at=old))
        s.commit()
    assert message_emails.sweep_email_messages() == 1
    wait_for(lambda: status(p.message_id) == "Sent", what="the email to be Sent")
    assert received_by(smtp_server) == p.expected


def test_4xx_is_retried_with_backoff_and_5xx_fails_with_the_answer(db, audience, any_smtp_server, redis_queue):
    p = audience
    ids = start_inline(p)
    any_smtp_server.answer("bob@northwind.example", "451 4.3.0 try later")
    any_smtp_server.answer("u0@northwind.example", "550 5.1.1 no such user", at="RCPT")
    peers = count_connections(any_smtp_server)

    assert message_emails.deliver_message_batch(p.message_id, ids) == {"sent": 3, "retrying": 1, "failed": 1}
    assert len(set(peers)) == 1  # the refusals did not cost a new connection
    rows = recipients(p.message_id)
    bob, u0 = rows["bob@northwind.example"], rows["u0@northwind.example"]
    assert (bob.status, bob.attempts) == ("queued", 1) and "451" in bob.last_error
    assert bob.next_attempt_at > utcnow() + timedelta(seconds=50)
    assert (u0.status, u0.attempts) == ("failed", 1) and "550" in u0.last_error and "no such user" in u0.last_error
    retry = ScheduledJobRegistry(EMAILS, connection=redis_queue)
    assert f"message-{p.message_id}-retry-{bob.id}-60" in retry.get_job_ids()
    assert status(p.message_id) == "Sending"

    # The retry, when due: the server takes it now.
    any_smtp_server.answer("bob@northwind.example", None)
    assert message_emails.deliver_message_batch(p.message_id, [bob.id]) == {"sent": 1}
    assert recipients(p.message_id)["bob@northwind.example"].attempts == 2
    assert status(p.message_id) == "Sent"
    assert received_by(any_smtp_server) == sorted(set(p.expected) - {"u0@northwind.example"})
    progress = em.email_progress(session=db, actor=p.actor_admin, message_id=p.message_id)
    assert (progress["total"], progress["sent"], progress["failed"], progress["percent"]) == (5, 4, 1, 100)


def test_a_recipient_that_keeps_getting_4xx_fails_after_the_last_attempt(db, audience, any_smtp_server, redis_queue):
    p = audience
    ids = start_inline(p)
    any_smtp_server.answer("bob@northwind.example", "421 4.7.0 busy")
    bob = recipients(p.message_id)["bob@northwind.example"].id
    message_emails.deliver_message_batch(p.message_id, ids)
    for _ in range(em.MAX_ATTEMPTS - 1):
        message_emails.deliver_message_batch(p.message_id, [bob])
    row = recipients(p.message_id)["bob@northwind.example"]
    assert (row.status, row.attempts) == ("failed", em.MAX_ATTEMPTS) and "gave up after retries" in row.last_error
    assert status(p.message_id) == "Sent"


def test_without_smtp_the_copies_go_to_the_outbox(db, audience, no_smtp, redis_queue):
    p = audience
    ids = start_inline(p)
    assert message_emails.deliver_message_batch(p.message_id, ids) == {"sent": 5}
    with Session(get_engine()) as s:
        rows = s.exec(select(EmailMessage).where(EmailMessage.template == "to_partner_email")).all()
    assert sorted(r.to_email for r in rows) == p.expected and {r.transport for r in rows} == {"outbox"}
    assert status(p.message_id) == "Sent"


def test_a_batch_goes_out_on_two_connections_each_from_a_process_of_its_own(db, audience, smtp_server,
                                                                            monkeypatch, tmp_path):
    """On PostgreSQL a batch is cut into SEND_CONNECTIONS shares, each sent from a process forked
    for it over an SMTP connection of its own; on SQLite (one writer) it goes out from the job's
    own process on one. Either way everyone gets one copy and the email ends Sent."""
    p = audience
    ids = start_inline(p)
    monkeypatch.setattr(message_emails, "PREPARE_SIZE", 2)
    real = message_emails._deliver

    def deliver(message_id, share, stop_after=None):
        with (tmp_path / "senders").open("a") as f:  # each share says which process sent it
            f.write(f"{os.getpid()}\n")
        return real(message_id, share, stop_after)

    monkeypatch.setattr(message_emails, "_deliver", deliver)
    assert message_emails.deliver_message_batch(p.message_id, ids) == {"sent": 5}
    senders = set((tmp_path / "senders").read_text().split())
    if get_engine().dialect.name == "postgresql":
        assert len(senders) == 2 and str(os.getpid()) not in senders  # two processes, neither this one
        assert len({r.peer for r in smtp_server.received}) == 2  # two SMTP connections
    else:
        assert senders == {str(os.getpid())} and len({r.peer for r in smtp_server.received}) == 1
    assert {r.status for r in recipients(p.message_id).values()} == {"sent"}
    assert received_by(smtp_server) == p.expected and status(p.message_id) == "Sent"


def test_a_share_whose_process_dies_fails_the_batch_and_keeps_the_other_shares_work(db, audience, smtp_server,
                                                                                     redis_queue, monkeypatch):
    """One sending process is killed (SIGKILL) before it sends: the job fails with its exit code;
    the other share's recipients stay sent and their server's 'try later' keeps its retry; the
    killed share's recipients stay queued for the job's next run."""
    p = audience
    ids = start_inline(p)
    monkeypatch.setattr(message_emails, "PREPARE_SIZE", 2)
    if get_engine().dialect.name != "postgresql":  # no shares: the job's own process sends it all
        assert message_emails._shares(ids) == [ids]
        return
    smtp_server.answer("alice@northwind.example", "421 4.7.0 busy")
    alice = recipients(p.message_id)["alice@northwind.example"].id
    real = message_emails._deliver

    def deliver(message_id, share, stop_after=None):
        if alice not in share:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(message_id, share, stop_after)

    monkeypatch.setattr(message_emails, "_deliver", deliver)
    with pytest.raises(RuntimeError, match="exit code -9"):
        message_emails.deliver_message_batch(p.message_id, ids)
    rows = recipients(p.message_id)
    first_share = set(ids[:4])
    assert {r.status for r in rows.values() if r.id in first_share and r.id != alice} == {"sent"}
    assert rows["alice@northwind.example"].status == "queued"  # to be tried again, by its retry job
    assert any(f"retry-{alice}-" in j for j in ScheduledJobRegistry(EMAILS, connection=redis_queue).get_job_ids())
    assert {r.status for r in rows.values() if r.id not in first_share} == {"queued"}
    assert status(p.message_id) == "Sending"
    monkeypatch.setattr(message_emails, "_deliver", real)
    smtp_server.answer("alice@northwind.example", None)
    message_emails.deliver_message_batch(p.message_id, [i for i in ids if i not in first_share])
    assert sorted(a for r in smtp_server.received for a in r.rcpt_tos if a != "alice@northwind.example") == \
        sorted(a for a in p.expected if a != "alice@northwind.example")


def test_a_start_job_whose_time_comes_while_it_looks_still_starts_the_email(db, audience, smtp_server,
                                                                            redis_queue, monkeypatch):
    """The start job can run a moment before the email's time (RQ's scheduler keeps whole
    seconds): begin_sending finds it too early, and by the time the job looks at the email
    again its time has come. The job must still start it, not leave it Scheduled for the sweep."""
    p = audience
    with Session(get_engine()) as s:
        em.schedule_email(session=s, actor=p.actor_admin, message_id=p.message_id,
                          send_at=utcnow() + timedelta(seconds=0.3), enqueue=False)
    real, calls = em.begin_sending, []

    def begin_sending_at_the_edge(**kwargs):
        calls.append(utcnow())
        started = real(**kwargs)
        if len(calls) == 1:
            time.sleep(0.5)  # the email's time passes before the job looks again
        return started

    monkeypatch.setattr(message_emails.svc, "begin_sending", begin_sending_at_the_edge)
    batches = message_emails.start_email_message(p.message_id)
    assert len(calls) == 2 and batches == 1
    assert status(p.message_id) == "Sending"
    assert redis_queue.llen(f"rq:queue:{EMAILS}") == 1  # its batch, to be sent


@pytest.mark.parametrize(("workers", "sizes"), [(0, [3, 2]), (1, [3, 2]), (3, [2, 2, 1])])
def test_an_email_is_spread_over_the_workers_listening_in_batches_of_at_most_email_batch_size(
        db, audience, redis_queue, monkeypatch, workers, sizes):
    """The start job cuts the recipients into batch jobs of at most EMAIL_BATCH_SIZE, smaller
    where that gives each worker listening on the emails queue one (not below MIN_BATCH), all
    about as large; every recipient in exactly one batch."""
    from rq import Queue, Worker

    p = audience
    monkeypatch.setenv("EMAIL_BATCH_SIZE", "4")
    reset_settings_cache()
    monkeypatch.setattr(message_emails, "MIN_BATCH", 1)
    for n in range(workers):  # registered as a running worker registers itself
        Worker([Queue(EMAILS, connection=redis_queue)], connection=redis_queue, name=f"w{n}").register_birth()
    Worker([Queue("default", connection=redis_queue)], connection=redis_queue, name="other").register_birth()
    start_inline(p)

    assert message_emails.enqueue_due_batches(p.message_id) == len(sizes)
    jobs = Queue(EMAILS, connection=redis_queue).get_jobs()
    assert sorted((len(j.args[1]) for j in jobs), reverse=True) == sizes
    assert sorted(rid for j in jobs for rid in j.args[1]) == sorted(r.id for r in recipients(p.message_id).values())


def test_batch_sizes_for_a_large_email(monkeypatch):
    """EMAIL_BATCH_SIZE (2500) and MIN_BATCH (200) as shipped."""
    monkeypatch.delenv("EMAIL_BATCH_SIZE", raising=False)
    reset_settings_cache()
    assert message_emails.batch_size(10_000, 1) == 2500  # 4 batches one after the other
    assert message_emails.batch_size(10_000, 4) == 2500  # one each
    assert message_emails.batch_size(10_000, 8) == 1250  # one each
    assert message_emails.batch_size(3_000, 4) == 750
    assert message_emails.batch_size(250, 4) == 125  # not 4 batches below MIN_BATCH: 2 of 125
    assert message_emails.batch_size(100_000, 4) == 2500


def test_a_scheduled_email_starts_at_its_time_on_the_rq_scheduler(db, audience, smtp_server, redis_queue,
                                                                  rq_worker):
    p = audience
    later = utcnow() + timedelta(hours=1)
    em.schedule_email(session=db, actor=p.actor_admin, message_id=p.message_id, send_at=later)
    scheduled = ScheduledJobRegistry(EMAILS, connection=redis_queue)
    assert scheduled.get_job_ids() == [f"message-{p.message_id}-start"]
    # Rescheduling moves the one job (same id) to the new time: a few seconds from now.
    soon = utcnow() + timedelta(seconds=2)
    em.schedule_email(session=db, actor=p.actor_admin, message_id=p.message_id, send_at=soon)
    assert scheduled.get_job_ids() == [f"message-{p.message_id}-start"]
    assert status(p.message_id) == "Scheduled" and smtp_server.received == []

    # A bound for a loaded CI machine (the worker process starts and imports the app first).
    wait_for(lambda: status(p.message_id) == "Sent", timeout=90, what="the scheduled email to be Sent")
    assert received_by(smtp_server) == p.expected
    with Session(get_engine()) as s:
        sent_at = min(r.sent_at for r in s.exec(select(MessageRecipient)).all())
    assert sent_at >= soon  # not before its time


def test_someone_who_unsubscribes_while_it_is_sending_is_skipped(db, audience, smtp_server, redis_queue):
    p = audience
    ids = start_inline(p)
    with Session(get_engine()) as s:  # bob uses the link in an earlier email
        em.unsubscribe(session=s, token=em.unsubscribe_token(p.bob.id, p.message_id))
    assert message_emails.deliver_message_batch(p.message_id, ids) == {"sent": 4, "not sent": 1}
    bob = recipients(p.message_id)["bob@northwind.example"]
    assert bob.status == "skipped" and "Opted out" in bob.last_error
    assert "bob@northwind.example" not in received_by(smtp_server)
    assert status(p.message_id) == "Sent"


def test_a_sent_the_database_refuses_at_the_dot_is_written_again_and_nobody_gets_two(db, audience, smtp_server,
                                                                                   monkeypatch):
    """The "sent" committed at each message's final dot fails (on PostgreSQL the statement sent
    at the dot, elsewhere the COMMIT): the batch writes it again through its session. Every
    message went once, and every row says sent with its time and attempt."""
    p = audience
    ids = start_inline(p)
    if db.get_bind().dialect.name == "postgresql":
        monkeypatch.setattr(message_emails._SentPipelined, "SQL", b"SELECT 1 / 0")
        monkeypatch.setattr(message_emails._SentPipelined, "PREPARED", b"prm_test_refused")
    else:
        def refuse(writer):
            writer.called, writer.error = True, RuntimeError("the database went away")
        monkeypatch.setattr(message_emails._SentInSession, "_handed_over", refuse)

    assert message_emails.deliver_message_batch(p.message_id, ids) == {"sent": 5}

    assert received_by(smtp_server) == p.expected
    rows = recipients(p.message_id)
    assert {(r.status, r.attempts, r.sent_at is not None) for r in rows.values() if r.email in p.expected} \
        == {("sent", 1, True)}
    with Session(get_engine()) as s:
        outbox = s.exec(select(EmailMessage.status, EmailMessage.transport, EmailMessage.attempts).where(
            EmailMessage.template == "to_partner_email")).all()
    assert sorted(outbox) == [("sent", "smtp", 1)] * 5
    assert status(p.message_id) == "Sent"


@pytest.mark.parametrize("sync_commit", ["", "1"])
def test_a_sent_waits_for_the_disk_only_if_asked_and_no_other_connection_stops_waiting(db, audience, smtp_server,
                                                                                      monkeypatch, sync_commit):
    """On PostgreSQL each "sent" is written on a connection of its own, by a statement prepared
    once per connection. By default its commit does not wait for the WAL flush; with
    EMAIL_SENT_SYNC_COMMIT=1 it does. The app's other connections always wait for it, and a
    second batch on the same connection sends as the first."""
    p = audience
    monkeypatch.setenv("EMAIL_SENT_SYNC_COMMIT", sync_commit)
    reset_settings_cache()
    ids = start_inline(p)
    seen = []  # (backend pid, synchronous_commit) at each dot
    if db.get_bind().dialect.name == "postgresql":
        real = message_emails._SentPipelined.before_dot

        def before_dot(writer):
            real(writer)  # nothing is in flight after it: the connection can answer a SHOW
            seen.append((writer.pg.backend_pid, writer.pg.exec_(b"SHOW synchronous_commit").get_value(0, 0).decode()))

        monkeypatch.setattr(message_emails._SentPipelined, "before_dot", before_dot)

    # Two batches in this process (so on pooled connections), one after the other.
    assert message_emails.deliver_message_batch(p.message_id, ids[:2]) == {"sent": 2}
    assert message_emails.deliver_message_batch(p.message_id, ids[2:]) == {"sent": 3}

    assert received_by(smtp_server) == p.expected and status(p.message_id) == "Sent"
    if db.get_bind().dialect.name != "postgresql":
        assert seen == []  # one transaction a message, committed at the dot (_SentInSession)
        return
    assert len(seen) == 5 and {s for _, s in seen} == {"on" if sync_commit else "off"}
    if not sync_commit:  # a pool of its own: the second batch writes on the first one's connection
        assert {pid for pid, _ in seen[:2]} == {pid for pid, _ in seen[2:]}
    engine = get_engine()
    pooled = [engine.raw_connection() for _ in range(max(engine.pool.checkedin(), 1))]
    try:
        assert {c.driver_connection.execute("SHOW synchronous_commit").fetchone()[0] for c in pooled} == {"on"}
    finally:
        for c in pooled:
            c.close()


def test_a_group_that_cannot_be_prepared_fails_the_batch_and_keeps_what_was_sent(db, audience, smtp_server,
                                                                               monkeypatch):
    """Recipients are claimed a group at a time. If claiming a group fails, the batch fails with
    that error (RQ retries it); the groups sent before stay sent, and the others stay queued for
    the retry."""
    p = audience
    ids = start_inline(p)
    monkeypatch.setattr(message_emails, "PREPARE_SIZE", 2)
    monkeypatch.setenv("SEND_CONNECTIONS", "1")  # one connection: its groups in order
    reset_settings_cache()
    real, calls = message_emails._prepare, []

    def prepare(*args):
        calls.append(args[3])
        if len(calls) == 2:
            raise RuntimeError("the database refused the claim")
        return real(*args)

    monkeypatch.setattr(message_emails, "_prepare", prepare)
    with pytest.raises(RuntimeError, match="refused the claim"):
        message_emails.deliver_message_batch(p.message_id, ids)

    rows = {r.id: r.status for r in recipients(p.message_id).values()}
    assert [rows[i] for i in ids] == ["sent", "sent", "queued", "queued", "queued"]
    assert len(smtp_server.received) == 2
    monkeypatch.setattr(message_emails, "_prepare", real)
    assert message_emails.deliver_message_batch(p.message_id, ids) == {"skipped": 2, "sent": 3}
    assert received_by(smtp_server) == p.expected and status(p.message_id) == "Sent"


@pytest.mark.parametrize("body", [
    '<p>Dear partner,</p><p>See <a href="https://example.com/a?x=1&amp;y=2">the agenda</a> and '
    '<a href="https://example.com/b">register</a>, or <a href="mailto:team@example.com">write</a>.</p>',
    "<p>No links at all &amp; an entity.</p><ul><li>one</li><li>two</li></ul>",
    '<p><a href="https://example.com/same">twice</a> <a href="https://example.com/same">twice</a></p>',
])
def test_each_recipients_text_part_is_exactly_what_html_to_text_makes_of_their_body(body):
    """The text part is worked out once per email and each recipient's click links put in; it
    must equal what working it out in full for that recipient gives."""
    message = Message(id=7, kind="email", title="Summit", body_html=body)
    bodies = message_emails._Bodies(message)
    for nonce in ("a" * 32, "0123456789abcdef" * 2):
        token = tracking.token_for(nonce)
        html = bodies.html(token)
        assert html == tracking.tracked_html(body, token, 7)
        assert bodies.text(token, html) == em.html_to_text(html)
        assert token in bodies.text(token, html) or not tracking.message_links(body)
