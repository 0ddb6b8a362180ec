"""The REST API through Starlette's TestClient against prm.api (the app Reflex mounts), on
both databases; requests authenticate with a real API key made by the service."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest
from starlette.testclient import TestClient

from prm.api import api
from services.api_keys import create_api_key
from tests.factories import Personas, personas


@dataclass
class Api:
    client: TestClient
    key: str
    key_id: int
    p: Personas

    @property
    def auth(self) -> dict:
        return {"Authorization": f"Bearer {self.key}"}

    def post(self, body=None, *, key: str | None = "", idempotency_key: str | None = None,
             content: bytes | None = None, headers: dict | None = None):
        h = dict(headers or {})
        if key is not None:
            h["Authorization"] = f"Bearer {key or self.key}"
        if idempotency_key is not None:
            h["Idempotency-Key"] = idempotency_key
        if content is None:  # json.dumps escapes lone surrogates, as a client's encoder may
            content = json.dumps(body).encode()
        h.setdefault("Content-Type", "application/json")
        return self.client.post("/api/v1/leads", content=content, headers=h)

    def get(self, path: str = "/api/v1/leads", *, key: str | None = "", **params):
        h = {"Authorization": f"Bearer {key or self.key}"} if key is not None else {}
        return self.client.get(path, params=params, headers=h)


@pytest.fixture
def p(db):
    return personas(db)


@pytest.fixture
def client():
    with TestClient(api, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def api_(db, p, client) -> Api:
    created = create_api_key(session=db, actor=p.actor(db, p.admin), name="Marketing Cloud")
    return Api(client, created["key"], created["id"], p)
