"""Named queues, declared once, and the connection behind them.

With REDIS_URL set, queues live in that Redis and `make worker` runs real RQ workers.
Without it (the laptop default) they live in an in-memory fake Redis inside the app
process, where a worker thread and a scheduler thread run the very same job code.
"""

from __future__ import annotations

import logging
import threading
import time
from datetime import timedelta

import redis
from rq import Queue, Retry, SimpleWorker, Worker
from rq.timeouts import TimerDeathPenalty

from prm.settings import get_settings

log = logging.getLogger("prm.jobs")

EMAILS, IMPORTS, WEBHOOKS, DEFAULT = "emails", "imports", "webhooks", "default"
QUEUE_NAMES = (EMAILS, IMPORTS, WEBHOOKS, DEFAULT)
# Work that runs every so often, beside the queues: (function path, seconds between runs; None:
# SWEEP_SECONDS). Without REDIS_URL a thread of the app runs it; with it, a child process of each
# `make worker`. Every task is safe to run twice, or in several processes at once. The sweeps
# find in the database the work whose job is gone — Redis restarted (it may keep nothing on
# disk) or a job given up — and enqueue it again.
PERIODIC_TASKS = (
    ("jobs.webhooks.sweep_webhook_deliveries", 30),
    ("jobs.webhooks.purge_idempotency_keys", 3600),
    ("jobs.message_emails.sweep_email_messages", None),
    ("jobs.email.sweep_emails", None),
    ("jobs.imports.sweep_import_runs", None),
    ("jobs.schedules.schedule_lead_workflows", None),
    ("jobs.queues.recover_abandoned_jobs", 15),
)
ACTIVE_STATUSES = ("queued", "started", "scheduled", "deferred")

_fake_server = None
_connection: redis.Redis | None = None
_lock = threading.Lock()
_embedded_started = False


def get_connection() -> redis.Redis:
    global _connection, _fake_server
    with _lock:
        if _connection is None:
            url = get_settings().redis_url
            if url:
                _connection = redis.Redis.from_url(url)
            else:
                import fakeredis

                _fake_server = fakeredis.FakeServer()
                _connection = fakeredis.FakeRedis(server=_fake_server)
        return _connection


def reset_connection() -> None:
    """Tests switch REDIS_URL; forget the old connection."""
    global _connection, _fake_server
    with _lock:
        _connection, _fake_server = None, None


def get_queue(name: str) -> Queue:
    if name not in QUEUE_NAMES:
        raise ValueError(f"unknown queue {name!r}")
    return Queue(name, connection=get_connection())


def workers_listening(name: str) -> int:
    """How many RQ workers take jobs from this queue (the embedded worker counts as one), at
    least 1: jobs enqueued while there is none wait for the first."""
    try:
        return max(1, Worker.count(connection=get_connection(), queue=get_queue(name)))
    except redis.RedisError:  # enqueueing will say what is wrong with Redis
        return 1


def enqueue_email_delivery(email_id: int, *, delay_seconds: int = 0):
    """Deliver one recorded email. The job id is derived from the row, so the job is easy to
    find; enqueueing it again does queue a second run (RQ does not dedupe ids), and the row's
    conditional claim makes that run a no-op."""
    options = dict(
        job_id=f"email-{email_id}",
        retry=Retry(max=5, interval=[10, 30, 60, 300, 900]),
        result_ttl=86400,
        failure_ttl=7 * 86400,
    )
    queue = get_queue(EMAILS)
    if delay_seconds:
        return queue.enqueue_in(timedelta(seconds=delay_seconds), "jobs.email.deliver_email",
                                email_id, **options)
    return queue.enqueue("jobs.email.deliver_email", email_id, **options)


def enqueue_email_batch(email_ids: list[int], *, job_id: str):
    """Deliver many recorded emails in one job (jobs.email.deliver_emails); each email is still
    claimed on its own row, so a batch that runs twice sends nothing twice."""
    if not email_ids:
        return None
    return get_queue(EMAILS).enqueue(
        "jobs.email.deliver_emails",
        list(email_ids),
        job_id=job_id,
        job_timeout=3600,
        retry=Retry(max=3, interval=[30, 120, 600]),
        result_ttl=86400,
        failure_ttl=7 * 86400,
    )


def enqueue_email_message_start(message_id: int, send_at):
    """Start sending a to-partner Email at send_at (jobs.message_emails.start_email_message), on
    the RQ scheduler. One job id per message: scheduling again replaces the earlier time; a run
    for an email no longer Scheduled (returned to Draft) does nothing."""
    from models._base import utcnow

    options = dict(job_id=f"message-{message_id}-start", job_timeout=3600,
                   retry=Retry(max=3, interval=[30, 120, 600]), result_ttl=86400, failure_ttl=7 * 86400)
    queue = get_queue(EMAILS)
    if send_at > utcnow():
        return queue.enqueue_at(send_at, "jobs.message_emails.start_email_message", message_id, **options)
    return queue.enqueue("jobs.message_emails.start_email_message", message_id, **options)


def enqueue_message_batch(message_id: int, recipient_ids: list[int], *, job_id: str, delay_seconds: int = 0):
    """Deliver one batch of a to-partner Email's recipients over one SMTP connection
    (jobs.message_emails.deliver_message_batch). Each recipient is claimed on its own row, so
    a batch that runs twice sends nobody twice."""
    # Retried when its worker died (recover_abandoned_jobs): the recipients it had not claimed
    # are still queued, so the retry goes on with them; the few it had claimed but not sent wait
    # until their claim is stale, then the sweep sends them.
    options = dict(job_id=job_id, job_timeout=3600, result_ttl=86400, failure_ttl=7 * 86400,
                   retry=Retry(max=3, interval=[5, 30, 120]))
    queue = get_queue(EMAILS)
    args = ("jobs.message_emails.deliver_message_batch", message_id, list(recipient_ids))
    if delay_seconds:
        return queue.enqueue_in(timedelta(seconds=delay_seconds), *args, **options)
    return queue.enqueue(*args, **options)


def enqueue_import(job: str, run_id: int):
    """Import the valid rows of one CSV import run (jobs.imports.import_invitations,
    jobs.imports.import_leads). One job id a run: the run's status says whether it still has
    work, so a second enqueue of the same run finds nothing to do."""
    return get_queue(IMPORTS).enqueue(
        job,
        run_id,
        job_id=f"import-{run_id}",
        job_timeout=3600,  # 100k rows take under a minute; it commits batch by batch
        retry=Retry(max=3, interval=[30, 120, 600]),
        result_ttl=86400,
        failure_ttl=7 * 86400,
    )


def enqueue_routing_run(run_id: int):
    """Route Unassigned Leads (jobs.routing.route_unassigned). One job id a run: the run's row
    says how far it got, so a second enqueue (resuming a stalled run) goes on from there."""
    return get_queue(DEFAULT).enqueue(
        "jobs.routing.route_unassigned", run_id, job_id=f"route-unassigned-{run_id}",
        job_timeout=3600, result_ttl=86400, failure_ttl=7 * 86400)


def enqueue_webhook_delivery(delivery_id: int, *, attempt: int = 1, delay_seconds: int = 0):
    """One attempt at one webhook delivery (jobs.webhooks.deliver_webhook). The job id names the
    delivery and the attempt; the job retries by enqueueing the next attempt itself, at the
    time the row says, so RQ's own retry is not used."""
    options = dict(job_id=f"webhook-{delivery_id}-{attempt}", job_timeout=60,
                   result_ttl=3600, failure_ttl=7 * 86400)
    queue = get_queue(WEBHOOKS)
    if delay_seconds > 0:
        return queue.enqueue_in(timedelta(seconds=delay_seconds), "jobs.webhooks.deliver_webhook",
                                delivery_id, **options)
    return queue.enqueue("jobs.webhooks.deliver_webhook", delivery_id, **options)


def enqueue_webhook_batch(delivery_ids: list[int]):
    """First attempts at many deliveries in one job (jobs.webhooks.deliver_webhooks); each is
    still claimed on its own row, and a failure schedules its own next attempt."""
    return get_queue(WEBHOOKS).enqueue(
        "jobs.webhooks.deliver_webhooks", list(delivery_ids),
        job_id=f"webhooks-{delivery_ids[0]}-{len(delivery_ids)}", job_timeout=3600,
        result_ttl=3600, failure_ttl=7 * 86400)


def active_job_ids(queue_name: str, prefix: str) -> set[str]:
    """The ids starting with prefix of the jobs of a queue that are waiting, running or due
    later — what a sweep must not enqueue twice."""
    from rq.registry import DeferredJobRegistry, ScheduledJobRegistry, StartedJobRegistry

    connection = get_connection()
    found = {i for i in get_queue(queue_name).get_job_ids() if i.startswith(prefix)}
    for registry in (StartedJobRegistry, ScheduledJobRegistry, DeferredJobRegistry):
        found.update(i for i in registry(queue_name, connection=connection).get_job_ids(cleanup=False)
                     if i.startswith(prefix))
    return found


def job_is_active(job_id: str) -> bool:
    from rq.exceptions import NoSuchJobError
    from rq.job import Job

    try:
        return Job.fetch(job_id, connection=get_connection()).get_status() in ACTIVE_STATUSES
    except NoSuchJobError:
        return False


def retry_abandoned_at_once(job, exc_type, exc_value, traceback) -> bool:
    """An RQ exception handler (PrmWorker's, and recover_abandoned_jobs'): a job abandoned by
    its dead worker is retried at once, not after its retry interval — the job did not fail,
    its worker died, and the interval (meant for a failing server) would only hold up the work.
    It zeroes the interval of this retry only (each retry has its own entry), in the job that
    RQ then retries; later retries keep theirs."""
    from rq.exceptions import AbandonedJobError

    if exc_type is AbandonedJobError and job.retries_left and job.retry_intervals:
        intervals = list(job.retry_intervals)
        intervals[max(len(intervals) - job.retries_left, 0)] = 0
        job.retry_intervals = intervals
    return True


def recover_abandoned_jobs() -> int:
    """Give back the jobs of a worker that died mid-job (SIGKILL, out of memory, a lost
    machine). RQ notices them only when their heartbeat has expired (PrmWorker: half a minute
    after the death) and in its maintenance; this looks every few seconds. Each job is retried
    at once if it has tries left — safe, since every job here can run twice."""
    from rq.registry import StartedJobRegistry

    connection = get_connection()
    recovered = 0
    for name in QUEUE_NAMES:
        registry = StartedJobRegistry(name, connection=connection)
        expired = registry.get_expired_job_ids()
        if expired:
            registry.cleanup(exception_handlers=[retry_abandoned_at_once])
            recovered += len(expired)
            log.warning("recovered %s abandoned job(s) on queue %s: %s", len(expired), name,
                        ", ".join(expired[:5]))
    return recovered


def run_periodic_tasks(parent_pid: int | None = None, *, tick: float = 1.0) -> None:
    """Run PERIODIC_TASKS on their intervals, for ever (a daemon thread's loop), or in a child
    process until its parent `parent_pid` is gone."""
    import os
    from importlib import import_module

    last: dict[str, float] = {}
    while (parent_pid is None and not _periodic_stop.is_set()) or (
            parent_pid is not None and os.getppid() == parent_pid):
        now = time.monotonic()
        for path, every in PERIODIC_TASKS:
            every = every or get_settings().sweep_seconds
            if now - last.get(path, -every) < every:
                continue
            last[path] = now
            module, _, name = path.rpartition(".")
            try:
                getattr(import_module(module), name)()
            except Exception:  # the next tick tries again
                log.exception("periodic task %s failed", path)
        time.sleep(tick)


_periodic_stop = threading.Event()


def start_periodic_tasks() -> threading.Thread:
    _periodic_stop.clear()
    thread = threading.Thread(target=run_periodic_tasks, name="prm-periodic", daemon=True)
    thread.start()
    return thread


def stop_periodic_tasks() -> None:
    """End the in-process periodic thread after its current round (a test that started the
    embedded worker stops it, so its sweeps do not act on the databases of later tests)."""
    _periodic_stop.set()


class ThreadWorker(SimpleWorker):
    """An RQ worker that can run in a thread: no signal handlers, timeouts by timer."""

    death_penalty_class = TimerDeathPenalty

    def _install_signal_handlers(self):  # signals can only be set in the main thread
        pass


def start_embedded_worker() -> bool:
    """Start the in-process worker and scheduler (only without REDIS_URL). Idempotent."""
    global _embedded_started
    if get_settings().redis_url:
        return False
    with _lock:
        if _embedded_started:
            return False
        _embedded_started = True
    conn = get_connection()
    queues = [Queue(n, connection=conn) for n in QUEUE_NAMES]

    def run_worker():
        while True:
            try:
                ThreadWorker(queues, connection=conn).work(with_scheduler=False, logging_level="WARNING")
            except Exception:  # keep the embedded worker alive whatever a job does
                log.exception("embedded worker stopped; restarting")
                time.sleep(1)

    def run_scheduler():
        from rq.scheduler import RQScheduler

        scheduler = RQScheduler(QUEUE_NAMES, connection=conn)
        while True:
            try:
                scheduler.acquire_locks(auto_start=False)
                scheduler.enqueue_scheduled_jobs()
            except Exception:
                log.exception("embedded scheduler tick failed")
            time.sleep(0.5)

    try:
        from jobs.email import requeue_queued_emails

        requeue_queued_emails()
    except Exception:  # the database may not be migrated yet; the app start reports that
        log.exception("could not re-enqueue queued emails")
    try:
        from jobs.schedules import schedule_lead_workflows

        schedule_lead_workflows()
    except Exception:
        log.exception("could not schedule the lead workflows")
    threading.Thread(target=run_worker, name="rq-embedded-worker", daemon=True).start()
    threading.Thread(target=run_scheduler, name="rq-embedded-scheduler", daemon=True).start()
    start_periodic_tasks()  # its first round enqueues the webhook deliveries left from before
    log.warning("embedded job worker started (no REDIS_URL): queues %s", ", ".join(QUEUE_NAMES))
    return True
