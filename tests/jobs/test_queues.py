"""The queues behind the jobs: named queues and the email delivery job on real Redis with a real
worker (`make worker`), and the embedded default (no REDIS_URL) that runs jobs in-process."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

import pytest
from rq.job import Job, JobStatus
from rq.registry import ScheduledJobRegistry

from jobs import queues
from jobs.queues import EMAILS, enqueue_email_delivery, get_queue
from tests.jobs.conftest import (
    ROOT,
    fetch_email,
    queue_reset_email,
    wait_for,
    wait_for_email,
)


def test_only_the_named_queues_exist(embedded_queue):
    assert {get_queue(name).name for name in ("emails", "imports", "webhooks", "default")} == {
        "emails", "imports", "webhooks", "default"}
    with pytest.raises(ValueError, match="unknown queue"):
        get_queue("email")


def test_queueing_an_email_enqueues_one_delivery_job_with_retries(db, redis_queue):
    email_id = queue_reset_email(db)

    queue = get_queue(EMAILS)
    assert queue.job_ids == [f"email-{email_id}"]
    job = queue.fetch_job(f"email-{email_id}")
    assert (job.func_name, job.args) == ("jobs.email.deliver_email", (email_id,))
    assert job.retries_left == 5 and job.retry_intervals == [10, 30, 60, 300, 900]
    assert fetch_email(email_id).status == "queued"


def _wait_until_idle(conn, job_ids, what):
    """Every listed job finished and nothing is left queued or running on the emails queue."""
    queue = get_queue(EMAILS)

    def idle():
        jobs = [Job.fetch(i, connection=conn) for i in job_ids]
        return (all(j.get_status() == JobStatus.FINISHED for j in jobs) and queue.count == 0
                and queue.started_job_registry.count == 0 and jobs)

    return wait_for(idle, what=what)


def test_enqueueing_the_same_delivery_twice_sends_once(db, smtp_server, redis_queue, rq_worker):
    email_id = queue_reset_email(db, enqueue=False)

    enqueue_email_delivery(email_id)
    enqueue_email_delivery(email_id)  # the same job id again, e.g. a double click
    duplicate = get_queue(EMAILS).enqueue("jobs.email.deliver_email", email_id,
                                          job_id=f"dup-{email_id}")

    jobs = _wait_until_idle(redis_queue, [f"email-{email_id}", duplicate.id], "both jobs to run")

    # Every run is recorded (RQ keeps each run's result): exactly one of them sent it.
    outcomes = [result.return_value for job in jobs for result in job.results()]
    assert outcomes.count("sent") == 1 and set(outcomes) == {"sent", "skipped"}
    assert len(smtp_server.messages) == 1
    row = fetch_email(email_id)
    assert (row.status, row.attempts) == ("sent", 1)


def test_the_worker_retries_a_451_and_delivers_once_the_server_accepts(
        db, smtp_server, redis_queue, rq_worker):
    smtp_server.answer("busy@partner.example", "451 4.3.0 try later")
    email_id = queue_reset_email(db, to_email="busy@partner.example")
    job_id = f"email-{email_id}"

    # The first attempt fails for now: RQ schedules a retry, the row stays queued with the reason.
    def scheduled_retry():
        job = Job.fetch(job_id, connection=redis_queue)
        return job.get_status() == JobStatus.SCHEDULED and job.retries_left == 4 and job

    job = wait_for(scheduled_retry, what="the job to be scheduled for its first retry")
    row = fetch_email(email_id)
    assert row.status == "queued" and "451" in row.error and row.attempts == 1
    assert smtp_server.messages == []

    # The server accepts again; bring the retry forward instead of waiting out its 10 s backoff.
    smtp_server.answer("busy@partner.example", None)
    ScheduledJobRegistry(queue=get_queue(EMAILS)).schedule(job, datetime.now(UTC))

    row = wait_for_email(email_id, "sent", "failed")
    assert (row.status, row.attempts, row.error) == ("sent", 2, "")
    assert len(smtp_server.messages_to("busy@partner.example")) == 1


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)  # the laptop default
def test_the_embedded_worker_runs_jobs_and_scheduled_jobs_without_redis(
        db, no_smtp, embedded_queue, monkeypatch, receiver, request):
    # One test on purpose: the embedded worker's threads live as long as the process.
    # Another test in this process may have started one on an older connection. Its periodic
    # sweeps end with the test: later tests' databases are not theirs to sweep.
    request.addfinalizer(queues.stop_periodic_tasks)
    from jobs import webhooks as webhook_jobs
    from services import webhooks
    from services.leads import create_lead
    from tests.factories import create_admin

    monkeypatch.setattr(queues, "_embedded_started", False)
    monkeypatch.setattr(webhook_jobs, "_swept_once", False)
    now_id = queue_reset_email(db, to_email="now@partner.example")  # enqueued before the start
    # Recorded while no queue took it (another process, or Redis down): picked up at start.
    orphan_id = queue_reset_email(db, to_email="orphan@partner.example", enqueue=False)
    # A lead change whose webhook no queue took (the app restarted): the first sweep sends it.
    admin = create_admin(db)
    from services.auth import actor_for_user

    actor = actor_for_user(db, admin)
    receiver.secret = webhooks.save_webhook_endpoint(session=db, actor=actor, url=receiver.url,
                                                     enabled=True)["new_secret"]
    with monkeypatch.context() as m:
        m.setattr(webhooks, "enqueue_deliveries", lambda ids, **kw: None)
        create_lead(session=db, actor=actor, values={"company": "Before", "last_name": "Start"})

    assert queues.start_embedded_worker() is True
    assert queues.start_embedded_worker() is False  # idempotent

    row = wait_for_email(now_id, "sent", "failed", timeout=10)
    assert (row.status, row.transport) == ("sent", "outbox")
    row = wait_for_email(orphan_id, "sent", "failed", timeout=10)
    assert (row.status, row.transport) == ("sent", "outbox")
    wait_for(lambda: len(receiver.received) == 1, timeout=10, what="the orphan webhook")
    # A change now goes straight to the in-process worker.
    create_lead(session=db, actor=actor, values={"company": "After", "last_name": "Start"})
    wait_for(lambda: len(receiver.received) == 2, timeout=10, what="the live webhook")
    assert [r.payload["lead"]["company"] for r in receiver.received] == ["Before", "After"]
    assert all(r.signature_ok for r in receiver.received)

    later_id = queue_reset_email(db, to_email="later@partner.example", enqueue=False)

    due = int(time.time() + 1)  # RQ schedules to the whole second
    job = get_queue("default").enqueue_in(timedelta(seconds=1), "jobs.email.deliver_email", later_id)
    assert job.get_status() == JobStatus.SCHEDULED
    assert fetch_email(later_id).status == "queued"
    row = wait_for_email(later_id, "sent", "failed", timeout=10)
    assert (row.status, row.transport) == ("sent", "outbox")
    sent_at = row.sent_at if row.sent_at.tzinfo else row.sent_at.replace(tzinfo=UTC)
    assert sent_at.timestamp() >= due  # run by the scheduler when due, not at once
    wait_for(lambda: job.get_status(refresh=True) == JobStatus.FINISHED, what="the job to finish")
    assert job.return_value() == "sent"


def test_the_worker_needs_redis_url(monkeypatch, capsys):
    from jobs.worker import main
    from prm.settings import reset_settings_cache

    monkeypatch.delenv("REDIS_URL", raising=False)
    reset_settings_cache()

    assert main() == 2
    assert "REDIS_URL is not set" in capsys.readouterr().err

    # And as `make worker` runs it: a clear message and exit status 2, not a traceback.
    env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    proc = subprocess.run([sys.executable, "-m", "jobs.worker"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert "REDIS_URL is not set" in proc.stderr and "Traceback" not in proc.stderr


def test_a_job_abandoned_by_its_dead_worker_is_retried_at_once_and_a_failing_one_later(redis_queue):
    # The worker died (AbandonedJobError): waiting out the interval would only hold up the work.
    # A job that raised keeps its interval, for this retry and the next ones.
    from rq import Retry
    from rq.exceptions import AbandonedJobError

    from jobs.worker import PrmWorker

    queue = get_queue(queues.IMPORTS)
    job = queue.enqueue("jobs.imports.import_leads", 1, job_id="import-1",
                        retry=Retry(max=3, interval=[30, 120, 600]))
    handlers = PrmWorker([queue], connection=redis_queue)._exc_handlers
    assert queues.retry_abandoned_at_once in handlers

    def fail_and_retry(exc_type):
        job.set_status(JobStatus.STARTED)
        for handler in handlers:
            if not handler(job, exc_type, exc_type(), None):
                break
        with redis_queue.pipeline() as pipeline:
            job.retry(queue, pipeline)
            pipeline.execute()
        return Job.fetch(job.id, connection=redis_queue).get_status()

    assert fail_and_retry(AbandonedJobError) == JobStatus.QUEUED
    assert fail_and_retry(RuntimeError) == JobStatus.SCHEDULED
    assert ScheduledJobRegistry(queue=queue).get_scheduled_time(job) > datetime.now(UTC) + timedelta(seconds=100)
    assert Job.fetch(job.id, connection=redis_queue).retry_intervals == [0, 120, 600]
