"""The worker imports every job module before forking, so each work horse starts with them."""

from __future__ import annotations

import re
from pathlib import Path

from jobs.worker import JOB_MODULES

ROOT = Path(__file__).resolve().parents[2]


def test_every_enqueued_job_function_is_in_a_preloaded_module():
    paths = set()
    for folder in ("jobs", "services", "prm", "admin", "portal"):
        for source in (ROOT / folder).rglob("*.py"):
            paths |= set(re.findall(r'"(jobs\.[a-z_]+)\.[a-z_]+"', source.read_text()))
    assert paths - {"jobs.queues"} <= set(JOB_MODULES)
    assert "jobs.message_emails" in paths
