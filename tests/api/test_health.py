"""/api/health: what a load balancer polls, on the same port as the pages."""

from __future__ import annotations

import os

from starlette.testclient import TestClient

from prm.api import api


def test_it_reports_a_reachable_database(db):
    with TestClient(api) as client:
        response = client.get("/api/health")
    assert response.status_code == 200
    # `process` names the backend worker that answered (several can share one port).
    assert response.json() == {"status": "ok", "database": "ok", "process": os.getpid()}


def test_it_reports_an_unreachable_database_without_crashing(monkeypatch, tmp_path):
    from prm.settings import reset_settings_cache

    # A SQLite path inside a directory that does not exist cannot be opened.
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path}/missing/dir/db.sqlite3")
    reset_settings_cache()
    try:
        with TestClient(api) as client:
            response = client.get("/api/health")
    finally:
        reset_settings_cache()
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "degraded"
    assert body["database"].startswith("error:")
