"""HTTP routes beside the pages, on the same port: the health check and the REST API.

/api/v1 answers JSON only, for every outcome: 401 without a valid API key, 400 for a body that
is not JSON or a bad parameter, 413/422 for refused content, never a 500 for bad input. The
work is in services (services.lead_api); this module parses HTTP and maps errors to statuses.
A browser session is no API credential: only `Authorization: Bearer <API key>` is read.
"""

from __future__ import annotations

import html
import json
import logging

from sqlalchemy import text
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, JSONResponse
from starlette.routing import Route

from prm.db import get_engine, session_scope
from prm.openapi import openapi_document
from services import email_messages, lead_api
from services.api_keys import authenticate_api_key
from services.errors import InvalidInput, ServiceError

log = logging.getLogger("prm.api")

MAX_BODY_BYTES = 8 * 1024 * 1024  # a full batch of 1000 leads with long notes fits


async def health(_request: Request) -> JSONResponse:
    try:
        with get_engine().connect() as conn:
            conn.execute(text("SELECT 1"))
        db = "ok"
    except Exception as exc:  # report, never raise: this is what a load balancer polls
        db = f"error: {type(exc).__name__}"
    status = 200 if db == "ok" else 503
    return JSONResponse({"status": "ok" if status == 200 else "degraded", "database": db},
                        status_code=status)


def _error(status: int, code: str, message: str, **extra) -> JSONResponse:
    headers = {"WWW-Authenticate": 'Bearer realm="api"'} if status == 401 else None
    return JSONResponse({"error": code, "message": message, **extra}, status_code=status,
                        headers=headers)


def _bearer(request: Request) -> str | None:
    scheme, _, key = request.headers.get("authorization", "").partition(" ")
    return key.strip() if scheme.lower() == "bearer" else None


def _authenticate(key: str | None):
    with session_scope() as session:
        return authenticate_api_key(session=session, key=key)


def api_route(handler):
    """Authenticate the key, run the handler, and turn every error into a JSON answer."""

    async def endpoint(request: Request) -> JSONResponse:
        try:
            actor = await run_in_threadpool(_authenticate, _bearer(request))
            if actor is None:
                return _error(401, "unauthorized", "Send a valid API key as `Authorization: Bearer "
                              "<key>`. Admin > Integrations creates keys.")
            return await handler(request, actor)
        except lead_api.ApiError as exc:
            extra = {"errors": exc.fields} if exc.fields else {}
            return _error(exc.status, exc.code, str(exc), **extra)
        except InvalidInput as exc:
            return _error(422, "invalid", str(exc), **({"errors": exc.fields} if exc.fields else {}))
        except ServiceError as exc:
            return _error(403, "forbidden", str(exc))
        except ClientDisconnect:
            return _error(400, "incomplete_body", "The request body did not arrive whole.")
        except Exception:
            log.exception("API request failed: %s %s", request.method, request.url.path)
            return _error(500, "server_error", "Something went wrong on our side. Send the "
                          "request again with the same Idempotency-Key: nothing is created twice.")

    return endpoint


async def _json_body(request: Request) -> object:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise lead_api.ApiError(413, "body_too_large", f"The body is over {MAX_BODY_BYTES // 2**20} MiB.")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise lead_api.ApiError(413, "body_too_large", f"The body is over {MAX_BODY_BYTES // 2**20} MiB.")
        chunks.append(chunk)
    try:
        return json.loads(b"".join(chunks))
    except (ValueError, RecursionError):  # ValueError covers bad JSON and bad UTF-8
        raise lead_api.ApiError(400, "invalid_json", "The body is not valid JSON (UTF-8).") from None


async def _post_leads(request: Request, actor) -> JSONResponse:
    idempotency_key = lead_api.check_idempotency_key(request.headers.get("idempotency-key"))
    body = await _json_body(request)

    def work():
        with session_scope() as session:
            return lead_api.post_leads(session=session, actor=actor, body=body,
                                       idempotency_key=idempotency_key)

    result = await run_in_threadpool(work)
    headers = {"Idempotent-Replayed": "true"} if result.replayed else {}
    return JSONResponse(result.body, status_code=result.status, headers=headers)


async def _get_leads(request: Request, actor) -> JSONResponse:
    params = request.query_params

    def work():
        with session_scope() as session:
            return lead_api.lead_changes(session=session, actor=actor,
                                         updated_since=params.get("updated_since", ""),
                                         limit=params.get("limit"), cursor=params.get("cursor", ""))

    return JSONResponse(await run_in_threadpool(work))


async def _leads(request: Request, actor) -> JSONResponse:
    if request.method == "POST":
        return await _post_leads(request, actor)
    if request.method in ("GET", "HEAD"):
        return await _get_leads(request, actor)
    response = _error(405, "method_not_allowed", "/api/v1/leads takes GET and POST.")
    response.headers["Allow"] = "GET, HEAD, POST"  # RFC 9110: a 405 lists what is allowed
    return response


UNSUBSCRIBE_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>
<style>body{{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#222}}
button{{font-size:1rem;padding:.6rem 1.2rem;border-radius:6px;border:0;background:#2c5fd4;color:#fff;cursor:pointer}}
</style></head><body><h1>{title}</h1>{body}</body></html>"""


def _page(title: str, body: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(UNSUBSCRIBE_PAGE.format(title=html.escape(title), body=body), status_code=status,
                        headers={"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"})


async def unsubscribe(request: Request) -> HTMLResponse:
    """RFC 8058: a POST (mail clients' one-click, or the button below) unsubscribes at once, with
    no cookies or login (the signed token is the proof); a GET only shows a page with the button,
    so link scanners that follow URLs unsubscribe no one."""
    token = request.path_params["token"]

    def work():
        with session_scope() as session:
            if request.method == "POST":
                return email_messages.unsubscribe(session=session, token=token)["email"]
            return email_messages.read_unsubscribe_token(session, token)[0].email

    try:
        email = await run_in_threadpool(work)
    except InvalidInput as exc:
        return _page("Unsubscribe link not valid", f"<p>{html.escape(str(exc))}</p>", status=400)
    if request.method == "POST":
        return _page("You are unsubscribed",
                     f"<p>{html.escape(email)} will get no more Supplier Emails. You can turn them on "
                     "again in your partner portal settings.</p>")
    return _page("Unsubscribe from Supplier Emails",
                 f"<p>Stop sending Supplier Emails to {html.escape(email)}?</p>"
                 f'<form method="post"><button type="submit">Unsubscribe</button></form>')


async def openapi(_request: Request) -> JSONResponse:
    return JSONResponse(openapi_document())


async def not_found(_request: Request) -> JSONResponse:
    return _error(404, "not_found", "No such API route. GET /api/v1/openapi.json lists them.")


api = Starlette(routes=[
    Route("/api/health", health),
    Route("/api/unsubscribe/{token}", unsubscribe, methods=["GET", "POST"]),
    Route("/api/v1/openapi.json", openapi, methods=["GET"]),
    Route("/api/v1/leads", api_route(_leads),
          methods=["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]),
    Route("/api/v1/{rest:path}", not_found, methods=["GET", "POST", "PUT", "PATCH", "DELETE"]),
])
