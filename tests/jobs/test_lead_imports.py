"""The Upload Leads job, jobs.imports.import_leads: a real RQ worker, Redis and SMTP server; the
leads, their timeline, the partners' New Lead Notifications, the admin's result email;
running twice, being cut off; the routing hook; 10k rows."""

from __future__ import annotations

import csv
import io
import time

import pytest
from sqlmodel import func, select

from jobs.imports import import_leads
from models.leads import Lead, LeadEvent
from models.messaging import EmailMessage
from models.recruitment import ImportRow
from services import lead_import
from services.lead_import import LEADS
from services.leads import create_lead
from tests import import_helpers as helpers
from tests.factories import personas
from tests.import_helpers import count, fresh_run
from tests.jobs.conftest import wait_for

HEADER = "First Name,Last Name,Email,Phone,Company,Country/Region,Notes,Source Campaign,Partner"


@pytest.fixture
def p(db):
    return personas(db)


@pytest.fixture
def admin(db, p):
    return p.actor(db, p.admin)


def good_rows(n: int, start: int = 1, partner: str = "") -> list[str]:
    return [f"First{i},Last{i},lead{i}@company{i % 97}.example,,Company {i},Sweden,,Expo,{partner}"
            for i in range(start, start + n)]


def csv_file(rows: list[str]) -> bytes:
    return helpers.csv_file(HEADER, rows)


def start(db, admin, content: bytes, name: str = "leads.csv") -> int:
    return LEADS.start_import(session=db, actor=admin, filename=name, content=content)


# ---------------------------------------------------------------- the whole way, on a real worker


def test_an_upload_creates_the_leads_assigns_the_named_partners_and_mails_everyone(
        db, p, admin, smtp_server, rq_worker):
    content = csv_file([
        "Pat,Jones,pat@acme.example,+1 555,Acme,USA,Met at the booth,Spring Expo,northwind",
        "Sam,Lee,sam@globex.example,,Globex,UK,,Spring Expo,Contoso",
        "Kim,Park,kim@initech.example,,Initech,Korea,,Spring Expo,",
        "Broken,,broken@acme.example,,,,,,",                        # 4: no company
        "Late,Comer,late@acme.example,,Late Co,,,,",                 # 5: valid now, a lead before the job
    ])
    run_id = start(db, admin, content, "spring leads.csv")
    create_lead(session=db, actor=admin, values={"first_name": "Late", "company": "Late Co",
                                                 "email": "late@acme.example"})

    LEADS.run_import(session=db, actor=admin, run_id=run_id)

    wait_for(lambda: fresh_run(run_id).status in ("done", "failed"), timeout=30, what="the import to finish")
    run = LEADS.get_import_run(session=db, actor=admin, run_id=run_id)
    assert (run["status"], run["progress"], run["error"]) == ("done", 100, "")
    assert (run["processed_rows"], run["created_count"], run["failed_count"]) == (4, 3, 1)

    db.expire_all()
    leads = {lead.email: lead for lead in db.exec(select(Lead).where(Lead.email != "late@acme.example"))}
    assert set(leads) == {"pat@acme.example", "sam@globex.example", "kim@initech.example"}
    pat, sam, kim = leads["pat@acme.example"], leads["sam@globex.example"], leads["kim@initech.example"]
    assert (pat.partner_account_id, pat.status, pat.kind, pat.notes, pat.source_campaign, pat.phone) == (
        p.northwind.id, "New", "distributed", "Met at the booth", "Spring Expo", "+1 555")
    assert pat.assigned_at is not None
    assert (sam.partner_account_id, kim.partner_account_id, kim.assigned_at) == (p.contoso.id, None, None)
    events = db.exec(select(LeadEvent).where(LeadEvent.lead_id == pat.id).order_by(LeadEvent.id)).all()
    assert [(e.field, e.old_value, e.new_value, e.actor_kind, e.actor_label, e.actor_user_id) for e in events] == [
        ("created", "", "New", "user", "Ada Admin", p.admin.id),
        ("partner", "Unassigned", "Northwind Traders", "user", "Ada Admin", p.admin.id)]
    assert events[0].note == "Imported from spring leads.csv"
    assert [e.field for e in db.exec(select(LeadEvent).where(LeadEvent.lead_id == kim.id))] == ["created"]

    # The partners' admins (no Lead Owners named) get the New Lead Notification; nobody else.
    wait_for(lambda: smtp_server.messages_to("alice@northwind.example")
             and smtp_server.messages_to("charlie@contoso.example")
             and smtp_server.messages_to("admin@example.com"), timeout=30, what="the emails")
    time.sleep(0.5)  # anything sent twice would arrive about now
    [to_alice] = smtp_server.messages_to("alice@northwind.example")
    assert to_alice["Subject"] == "New lead: Acme"
    assert f"/portal/leads/view?id={pat.id}" in to_alice.get_body(("plain",)).get_content()
    [to_charlie] = smtp_server.messages_to("charlie@contoso.example")
    assert to_charlie["Subject"] == "New lead: Globex"
    assert smtp_server.messages_to("bob@northwind.example") == []

    [result] = smtp_server.messages_to("admin@example.com")
    assert result["Subject"] == "Your lead import: 3 leads created"
    body = result.get_body(("plain",)).get_content()
    assert "Leads created: 3" in body and "Rows not imported: 2" in body
    assert "Open Leads: http://localhost:3999/admin/leads" in body
    [part] = list(result.iter_attachments())
    assert part.get_filename() == "spring-leads-not-imported.csv"
    rows = list(csv.DictReader(io.StringIO(part.get_content())))
    assert [(r["row"], r["Email"], r["reason"]) for r in rows] == [
        ("4", "broken@acme.example", "Company: Enter the company."),
        ("5", "late@acme.example", "A lead with this email already exists."),
    ]
    assert f"[job import-{run_id}] import run {run_id} started" in rq_worker.log


# ---------------------------------------------------------------- 10k rows, twice, cut off, again


def test_a_file_of_10k_rows_is_imported_once_however_often_the_job_runs(db, admin, redis_queue, no_smtp):
    total = 10_000
    run_id = start(db, admin, csv_file(good_rows(total)), "big.csv")
    LEADS.run_import(session=db, actor=admin, run_id=run_id)

    assert import_leads(run_id) == "done"
    assert import_leads(run_id) == "skipped"

    assert count(db, Lead) == total
    assert db.exec(select(func.count(func.distinct(Lead.email)))).one() == total
    created = [LeadEvent.field == "created", LeadEvent.note == "Imported from big.csv",
               LeadEvent.actor_kind == "user", LeadEvent.actor_label == "Ada Admin"]
    assert count(db, LeadEvent, *created) == total == count(db, LeadEvent)
    assert count(db, Lead, Lead.partner_account_id.is_not(None)) == 0
    assert count(db, EmailMessage, EmailMessage.template == "import_result") == 1
    run = fresh_run(run_id)
    assert (run.status, run.processed_rows, run.created_count) == ("done", total, total)

    # The same file again: every lead exists already, so nothing to import.
    again = start(db, admin, csv_file(good_rows(total)), "big.csv")
    assert LEADS.get_import_run(session=db, actor=admin, run_id=again)["valid_rows"] == 0
    with pytest.raises(Exception, match="no valid rows"):
        LEADS.run_import(session=db, actor=admin, run_id=again)
    assert count(db, Lead) == total


def test_the_job_writes_the_file_on_two_connections_at_once_on_postgresql_each_row_once(
        db, p, admin, redis_queue, no_smtp, monkeypatch):
    """IMPORT_CONNECTIONS=2 (the default): on PostgreSQL the file's ranges are written by two
    processes forked from the job's, each on its own connection, at the same time (the first
    two batches meet at a barrier, which a job writing one batch after another never reaches);
    SQLite has one writer and uses the job's own process. Either way every valid row becomes one
    lead, every assigned one one notification, enqueued once (by the job's process), and the
    run's counts add up."""
    import multiprocessing
    import os

    from rq import Queue

    from jobs.queues import EMAILS
    from prm.settings import reset_settings_cache

    monkeypatch.setenv("IMPORT_CONNECTIONS", "2")
    reset_settings_cache()
    postgresql = db.get_bind().dialect.name == "postgresql"
    rows = []
    for i in range(1, 2301):
        if i % 97 == 0:
            rows.append(f"Broken{i},,broken{i}@acme.example,,,,,,")  # no company: invalid
        else:
            rows.append(good_rows(1, start=i, partner="northwind" if i % 2 else "")[0])
    run_id = start(db, admin, csv_file(rows))
    LEADS.run_import(session=db, actor=admin, run_id=run_id)
    valid = 2300 - 2300 // 97
    assigned = sum(1 for i in range(1, 2301, 2) if i % 97)

    fork = multiprocessing.get_context("fork")  # shared with the writers, which are forked
    meet = fork.Barrier(2, timeout=20)  # broken (the job fails) if no second batch comes
    arrivals = fork.Value("i", 0)
    batches = fork.SimpleQueue()  # the process of each batch
    real = LEADS.import_batch

    def import_batch(session, run_id, **kw):
        batches.put(os.getpid())
        if kw.get("upto") is not None:
            with arrivals.get_lock():
                arrivals.value += 1
                early = arrivals.value <= 2
            if early:
                meet.wait()
        return real(session, run_id, **kw)

    monkeypatch.setattr(LEADS, "import_batch", import_batch)
    assert import_leads(run_id, batch_size=200) == "done"

    processes = set()
    while not batches.empty():
        processes.add(batches.get())
    if postgresql:
        # The writers' 12 ranges, then the job's own look for rows they left (none).
        assert len(processes - {os.getpid()}) == 2
        assert arrivals.value == 12
        assert not meet.broken  # both writers were inside a batch at the same time
    else:
        assert processes == {os.getpid()} and arrivals.value == 0
    assert count(db, Lead) == valid == db.exec(select(func.count(func.distinct(Lead.email)))).one()
    assert count(db, LeadEvent, LeadEvent.field == "created") == valid
    assert count(db, Lead, Lead.partner_account_id == p.northwind.id) == assigned
    notified = set(db.exec(select(EmailMessage.id).where(EmailMessage.template == "new_lead")).all())
    assert len(notified) == assigned
    enqueued = [i for job in Queue(EMAILS, connection=redis_queue).get_jobs() for i in job.args[0]]
    assert sorted(i for i in enqueued if i in notified) == sorted(notified)  # each once
    assert count(db, ImportRow, ImportRow.status == "imported") == valid
    run = fresh_run(run_id)
    assert (run.status, run.processed_rows, run.created_count, run.failed_count) == ("done", valid, valid, 0)


def test_a_job_run_on_another_thread_writes_with_threads_and_enqueues_from_its_own_process(
        db, p, admin, redis_queue, no_smtp, monkeypatch):
    """The app's embedded worker runs jobs on a thread of the web server, beside its in-memory
    queue: the job does not fork there (a copy of the server, and emails or webhook deliveries
    enqueued in a copy that then exits), its writers are threads of the same process. On
    PostgreSQL two of them write at once (they meet at a barrier); every notification is
    enqueued once."""
    import os
    import threading

    from rq import Queue

    from jobs.queues import EMAILS
    from prm.settings import reset_settings_cache

    monkeypatch.setenv("IMPORT_CONNECTIONS", "2")
    reset_settings_cache()
    postgresql = db.get_bind().dialect.name == "postgresql"
    run_id = start(db, admin, csv_file(good_rows(1000, partner="northwind")))
    LEADS.run_import(session=db, actor=admin, run_id=run_id)
    meet = threading.Barrier(2, timeout=20)
    seen: list[tuple[int, str]] = []
    real = LEADS.import_batch

    def import_batch(session, run_id, **kw):
        seen.append((os.getpid(), threading.current_thread().name))
        if kw.get("upto") is not None and len(seen) <= 2:
            meet.wait()
        return real(session, run_id, **kw)

    monkeypatch.setattr(LEADS, "import_batch", import_batch)
    outcome: list[str] = []
    job = threading.Thread(target=lambda: outcome.append(import_leads(run_id, batch_size=100)), name="embedded")
    job.start()
    job.join(120)

    assert outcome == ["done"]
    assert {pid for pid, _name in seen} == {os.getpid()}
    writers = {name for _pid, name in seen if name != "embedded"}
    assert writers == ({f"import-{run_id}-0", f"import-{run_id}-1"} if postgresql else set())
    assert not meet.broken
    assert count(db, Lead) == 1000 == db.exec(select(func.count(func.distinct(Lead.email)))).one()
    notified = set(db.exec(select(EmailMessage.id).where(EmailMessage.template == "new_lead")).all())
    assert len(notified) == 1000
    enqueued = [i for job in Queue(EMAILS, connection=redis_queue).get_jobs() for i in job.args[0]]
    assert sorted(i for i in enqueued if i in notified) == sorted(notified)


def test_a_batch_that_fails_on_one_connection_fails_the_run_and_keeps_what_was_committed(
        db, admin, redis_queue, no_smtp, monkeypatch):
    """One range's batch raises (here: the routing rules, on the batch holding row 1,000):
    the job stops starting batches, raises, and the run ends failed with the error; the
    batches committed before stay, and the rows of the failed one stay valid, to be imported
    by a new upload."""
    rows = good_rows(3000)
    run_id = start(db, admin, csv_file(rows))
    LEADS.run_import(session=db, actor=admin, run_id=run_id)
    real = lead_import.route_new_leads
    broken_lead = "lead1000@company30.example"

    def route(*, session, actor, lead_ids):
        emails = set(session.exec(select(Lead.email).where(Lead.id.in_(lead_ids))).all())
        if broken_lead in emails:
            raise RuntimeError("the routing rules could not be read")
        return real(session=session, actor=actor, lead_ids=lead_ids)

    monkeypatch.setattr(lead_import, "route_new_leads", route)
    with pytest.raises(RuntimeError, match="routing rules"):
        import_leads(run_id, batch_size=500)

    run = fresh_run(run_id)
    assert run.status == "failed" and "the routing rules could not be read" in run.error
    made = count(db, Lead)
    assert made == run.created_count == run.processed_rows and made % 500 == 0 and made < 3000
    assert not db.exec(select(Lead).where(Lead.email == broken_lead)).first()
    assert count(db, ImportRow, ImportRow.status == "valid") == 3000 - made
    assert count(db, LeadEvent) == made


def _gone(pid: int) -> bool:
    """The process has ended (a zombie no one reaped yet counts as ended)."""
    try:
        with open(f"/proc/{pid}/status") as f:
            return any(line.startswith("State:") and "Z" in line for line in f)
    except FileNotFoundError:
        return True


def test_a_job_process_killed_inside_a_batch_takes_its_writers_with_it_and_the_rerun_imports_each_row_once(
        db, admin, redis_queue, no_smtp, monkeypatch):
    """The job runs in a process of its own (an RQ work horse), which is SIGKILLed — it alone,
    not its children — while batches are written but not committed. On PostgreSQL the range
    writers it forked die with it (their batches roll back) instead of finishing unseen; on
    SQLite the job's process was the writer. The re-run imports every row exactly once."""
    import multiprocessing
    import os
    import signal

    from prm.db import forget_connections_after_fork

    run_id = start(db, admin, csv_file(good_rows(1500)))
    LEADS.run_import(session=db, actor=admin, run_id=run_id)
    fork = multiprocessing.get_context("fork")
    inside = fork.Queue()  # the process of each batch that reached its end, uncommitted
    real = LEADS.write_batch

    def write_batch(session, run, rows):
        outcome = real(session, run, rows)
        if rows[0].row_number > 300:  # the first three batches commit; the rest hang here
            inside.put(os.getpid())
            time.sleep(120)
        return outcome

    monkeypatch.setattr(LEADS, "write_batch", write_batch)

    def job() -> None:
        forget_connections_after_fork()  # as the worker hands its work horse no connection
        import_leads(run_id, batch_size=100)

    proc = fork.Process(target=job)
    proc.start()
    postgresql = db.get_bind().dialect.name == "postgresql"
    writers = {inside.get(timeout=60)}  # a batch is inside its transaction
    if postgresql:  # and the other writer's
        writers.add(inside.get(timeout=30))
    os.kill(proc.pid, signal.SIGKILL)
    proc.join()
    assert wait_for(lambda: all(_gone(pid) for pid in writers), timeout=10), writers
    if postgresql:
        assert proc.pid not in writers and len(writers) == 2
    else:
        assert writers == {proc.pid}
    db.expire_all()
    committed = count(db, Lead)
    assert committed >= 300 and committed % 100 == 0 and committed < 1500  # whole batches only

    monkeypatch.setattr(LEADS, "write_batch", real)
    assert import_leads(run_id) == "done"

    assert count(db, Lead) == 1500 == db.exec(select(func.count(func.distinct(Lead.email)))).one()
    assert count(db, LeadEvent) == 1500
    run = fresh_run(run_id)
    assert (run.status, run.processed_rows, run.created_count, run.failed_count) == ("done", 1500, 1500, 0)


def test_a_writer_that_dies_without_a_word_fails_the_run_and_keeps_the_batches_committed(
        db, admin, redis_queue, no_smtp, monkeypatch):
    """PostgreSQL: a range writer that ends without reporting (here it exits on its fourth
    batch, as a crash would) makes the job raise and end the run failed with that said; the
    batches committed stay and its rows stay valid. SQLite has no writer processes: the job's
    own process writes, and the file is imported."""
    import os

    job_pid = os.getpid()
    run_id = start(db, admin, csv_file(good_rows(1200)))
    LEADS.run_import(session=db, actor=admin, run_id=run_id)
    real = LEADS.write_batch

    def write_batch(session, run, rows):
        if os.getpid() != job_pid and rows[0].row_number > 300:
            os._exit(3)
        return real(session, run, rows)

    monkeypatch.setattr(LEADS, "write_batch", write_batch)
    if db.get_bind().dialect.name != "postgresql":
        assert import_leads(run_id, batch_size=100) == "done"
        assert count(db, Lead) == 1200
        return
    with pytest.raises(RuntimeError, match="exit code 3"):
        import_leads(run_id, batch_size=100)

    run = fresh_run(run_id)
    assert run.status == "failed" and "exit code 3" in run.error
    made = count(db, Lead)
    assert made == run.created_count and made % 100 == 0 and 300 <= made < 1200
    assert count(db, ImportRow, ImportRow.status == "valid") == 1200 - made


def test_a_job_cut_off_midway_goes_on_where_it_stopped(db, admin, redis_queue, no_smtp):
    run_id = start(db, admin, csv_file(good_rows(1300)))
    LEADS.run_import(session=db, actor=admin, run_id=run_id)
    # A first run that dies after two batches (the worker killed): its batches are committed.
    assert LEADS.claim_run(db, run_id)
    for _ in range(2):
        handled = LEADS.import_batch(db, run_id, batch_size=500).handled
        assert handled == 500
    assert count(db, Lead) == 1000

    assert import_leads(run_id) == "done"  # the retry

    assert count(db, Lead) == 1300 == count(db, LeadEvent)
    assert db.exec(select(func.count(func.distinct(Lead.email)))).one() == 1300
    assert count(db, ImportRow, ImportRow.status == "imported") == 1300
    run = fresh_run(run_id)
    assert (run.status, run.processed_rows, run.created_count, run.failed_count) == ("done", 1300, 1300, 0)


def test_a_job_killed_inside_a_batch_leaves_nothing_half_written_and_the_rerun_misses_no_row(
        db, p, admin, redis_queue, no_smtp, monkeypatch):
    """Killed after a batch's leads, events and webhook rows were written but before its commit
    (here: the notifications fail): that batch is rolled back whole, and the re-run imports every
    row once, with one event, one webhook delivery and one notification each."""
    from models.integrations import WebhookDelivery
    from services.webhooks import save_webhook_endpoint

    save_webhook_endpoint(session=db, actor=admin, url="https://crm.example/hooks/prm", enabled=True)
    run_id = start(db, admin, csv_file(good_rows(1200, partner="northwind")))
    LEADS.run_import(session=db, actor=admin, run_id=run_id)
    assert LEADS.claim_run(db, run_id)
    assert LEADS.import_batch(db, run_id, batch_size=500)[0] == 500  # the first batch commits

    real = lead_import.record_emails

    def killed(**_kw):
        raise KeyboardInterrupt("the worker is killed")

    monkeypatch.setattr(lead_import, "record_emails", killed)
    with pytest.raises(KeyboardInterrupt):
        LEADS.import_batch(db, run_id, batch_size=500)
    db.rollback()  # what the server does with a dead connection's transaction
    assert count(db, Lead) == 500 == count(db, WebhookDelivery, WebhookDelivery.field == "created")

    monkeypatch.setattr(lead_import, "record_emails", real)
    assert import_leads(run_id) == "done"  # the retry

    assert count(db, Lead) == 1200 == db.exec(select(func.count(func.distinct(Lead.email)))).one()
    assert count(db, LeadEvent) == 2400  # created + partner, once each
    assert count(db, WebhookDelivery) == 2400
    assert db.exec(select(func.count(func.distinct(WebhookDelivery.event_id)))).one() == 2400
    assert count(db, EmailMessage, EmailMessage.template == "new_lead",
                 EmailMessage.to_email == "alice@northwind.example") == 1200
    run = fresh_run(run_id)
    assert (run.status, run.processed_rows, run.created_count, run.failed_count) == ("done", 1200, 1200, 0)


def test_partner_columns_assign_and_notify_in_bulk_and_the_rest_goes_to_routing_once_a_batch(
        db, p, admin, redis_queue, no_smtp, monkeypatch):
    import multiprocessing

    calls = multiprocessing.get_context("fork").SimpleQueue()  # the import's writers are forked

    def route(*, session, actor, lead_ids):
        assert actor is not None and actor.user_id == p.admin.id
        calls.put(list(lead_ids))
        return []  # placed none: no New Lead Notifications to record

    monkeypatch.setattr(lead_import, "route_new_leads", route)
    rows = good_rows(600, partner="northwind") + good_rows(300, start=601)
    run_id = start(db, admin, csv_file(rows))
    LEADS.run_import(session=db, actor=admin, run_id=run_id)

    assert import_leads(run_id, batch_size=500) == "done"

    assigned = count(db, Lead, Lead.partner_account_id == p.northwind.id)
    assert assigned == 600 and count(db, Lead, Lead.partner_account_id.is_(None)) == 300
    assert count(db, LeadEvent, LeadEvent.field == "partner") == 600
    new_lead = [EmailMessage.template == "new_lead"]
    assert count(db, EmailMessage, *new_lead) == 600
    assert count(db, EmailMessage, *new_lead, EmailMessage.to_email == "alice@northwind.example") == 600
    # One call a batch, with that batch's unassigned leads only.
    routed = []
    while not calls.empty():
        routed.append(calls.get())
    unassigned = set(db.exec(select(Lead.id).where(Lead.partner_account_id.is_(None))).all())
    assert [len(ids) for ids in routed] == [300]
    assert set(routed[0]) == unassigned


def test_an_upload_is_routed_round_robin_fairly_and_every_routed_lead_notified(db, p, admin, redis_queue, no_smtp):
    """No fake: the routing rules place the imported leads, batch after batch, within ±1."""
    from services.routing import save_rule

    save_rule(session=db, actor=admin, values={"name": "Everyone"})  # any lead, any active partner
    rows = good_rows(1001)
    run_id = start(db, admin, csv_file(rows))
    LEADS.run_import(session=db, actor=admin, run_id=run_id)

    assert import_leads(run_id, batch_size=250) == "done"

    per_partner = dict(db.exec(select(Lead.partner_account_id, func.count()).group_by(Lead.partner_account_id)).all())
    assert None not in per_partner and set(per_partner) == {p.northwind.id, p.contoso.id}
    assert max(per_partner.values()) - min(per_partner.values()) <= 1
    assert count(db, LeadEvent, LeadEvent.actor_kind == "rule", LeadEvent.field == "partner") == 1001
    # Each routed lead's Lead Owners heard of it, in the import's own transaction.
    assert count(db, EmailMessage, EmailMessage.template == "new_lead",
                 EmailMessage.to_email == "charlie@contoso.example") == per_partner[p.contoso.id]


def test_imported_leads_reach_the_crm_webhook_like_any_other_change(db, p, admin, redis_queue, no_smtp):
    from models.integrations import WebhookDelivery
    from services.routing import save_rule
    from services.webhooks import save_webhook_endpoint

    save_webhook_endpoint(session=db, actor=admin, url="https://crm.example/hooks/prm", enabled=True)
    rows = good_rows(3, partner="northwind") + good_rows(2, start=4)
    run_id = start(db, admin, csv_file(rows))
    LEADS.run_import(session=db, actor=admin, run_id=run_id)
    assert import_leads(run_id) == "done"

    fields = sorted(db.exec(select(WebhookDelivery.field)).all())
    # Five leads created, three of them assigned to the partner named in the file.
    assert fields == ["created"] * 5 + ["partner"] * 3

    # Two more placed by a routing rule, in the import's own transaction.
    save_rule(session=db, actor=admin, values={"name": "Everyone"})  # any lead, any active partner
    run_id = start(db, admin, csv_file(good_rows(2, start=10)), name="routed.csv")
    LEADS.run_import(session=db, actor=admin, run_id=run_id)
    assert import_leads(run_id) == "done"
    # Each lead's changes reach the CRM in the order they happened (deliveries go out in id
    # order, one lead's after the other): created before partner.
    per_lead: dict[int, list[str]] = {}
    for lead_id, field in db.exec(select(WebhookDelivery.lead_id, WebhookDelivery.field)
                                  .order_by(WebhookDelivery.id)).all():
        per_lead.setdefault(lead_id, []).append(field)
    assert sorted(per_lead.values()) == [["created"]] * 2 + [["created", "partner"]] * 5


def test_the_job_imports_a_row_as_last_fixed_and_refuses_a_partner_deactivated_since_the_upload(
        db, p, admin, redis_queue, no_smtp):
    """The cells are checked at upload (and at each fix); the job writes those values and
    still looks the partner up again."""
    rows = ["Pat,Jones,  PAT@Acme.Example ,,  Acme  ,USA,,Expo,northwind",
            "Sam,Lee,sam@globex.example,,Globex,UK,,Expo,contoso",
            "Kim,Park,kim@initech.example,,Initech,,,Expo,"]
    run_id = start(db, admin, csv_file(rows))
    LEADS.fix_import_row(session=db, actor=admin, run_id=run_id, row_number=3,
                         values={"company": "  Initech Fixed ", "email": "KIM.PARK@initech.example"})
    p.northwind.status = "inactive"
    db.add(p.northwind)
    db.commit()
    LEADS.run_import(session=db, actor=admin, run_id=run_id)

    assert import_leads(run_id) == "done"

    db.expire_all()
    leads = {lead.email: lead for lead in db.exec(select(Lead))}
    assert set(leads) == {"sam@globex.example", "kim.park@initech.example"}
    assert (leads["kim.park@initech.example"].company, leads["sam@globex.example"].partner_account_id) == (
        "Initech Fixed", p.contoso.id)
    [failed] = LEADS.list_import_rows(session=db, actor=admin, run_id=run_id, status="failed").rows
    assert (failed["row_number"], failed["reason"]) == (1, f"Partner: {lead_import.UNKNOWN_PARTNER}")
