"""HTTP routes beside the pages, on the same port: the health check and the REST API.

/api/v1 answers JSON only, for every outcome: 401 without a valid API key, 400 for a body that
is not JSON or a bad parameter, 413/415/422 for refused content, never a 500 for bad input. The
work is in services (services.lead_api); this module parses HTTP and maps errors to statuses.
A browser session is no API credential: only `Authorization: Bearer <API key>` is read.
"""

from __future__ import annotations

import html
import json
import logging
import os

from sqlalchemy import text
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from prm.db import (
    async_event_connection,
    async_events_enabled,
    event_connection,
    get_engine,
    session_scope,
)
from prm.openapi import openapi_document
from services import bounces, email_messages, email_tracking, lead_api
from services.api_keys import authenticate_api_key
from services.errors import InvalidInput, ServiceError
from services.lead_statuses import status_names

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
    # `process` tells which backend worker answered: with several behind one port, a load
    # balancer's log or an operator can see the requests spread.
    return JSONResponse({"status": "ok" if status == 200 else "degraded", "database": db,
                         "process": os.getpid()}, status_code=status)


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


async def _raw_body(request: Request, limit: int | None = None) -> bytes:
    """The body, refused with 413 as soon as it is known to be over the limit."""
    limit = limit or MAX_BODY_BYTES
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise lead_api.ApiError(413, "body_too_large", f"The body is over {limit // 2**20} MiB.")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise lead_api.ApiError(413, "body_too_large", f"The body is over {limit // 2**20} MiB.")
        chunks.append(chunk)
    return b"".join(chunks)


async def _json_body(request: Request) -> object:
    raw = await _raw_body(request)
    try:
        return json.loads(raw)
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
    return _method_not_allowed("/api/v1/leads takes GET and POST.", "GET, HEAD, POST")


def _method_not_allowed(message: str, allow: str) -> JSONResponse:
    response = _error(405, "method_not_allowed", message)
    response.headers["Allow"] = allow  # RFC 9110: a 405 lists what is allowed
    return response


async def _bounces(request: Request, actor) -> JSONResponse:
    """A mail server posts one raw message (a bounce, a complaint, or anything that reached the
    bounce address); services.bounces reads it and suppresses what the rules say."""
    if request.method != "POST":
        return _method_not_allowed("/api/v1/bounces takes POST.", "POST")
    media_type = request.headers.get("content-type", "").partition(";")[0].strip().lower()
    if media_type != "message/rfc822":
        return _error(415, "unsupported_media_type", "Post the raw email as the body with "
                      "`Content-Type: message/rfc822`.")
    raw = await _raw_body(request, bounces.MAX_REPORT_BYTES)

    def work():
        with session_scope() as session:
            return bounces.process_report(session=session, actor=actor, raw=raw)

    try:
        result = await run_in_threadpool(work)
    except InvalidInput as exc:
        return _error(422, "invalid_report", str(exc))
    return JSONResponse(result)


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


NO_STORE = {"Cache-Control": "no-store, no-cache, must-revalidate, private, max-age=0", "Pragma": "no-cache",
            "Expires": "0", "Referrer-Policy": "no-referrer"}


def _agent(request: Request) -> str:
    return request.headers.get("user-agent", "")


async def open_pixel(request: Request) -> Response:
    """The open-tracking pixel: always the same GIF, never cached, whatever the token; a valid
    token records an open, after the image has been sent (a mail client waits for no database
    write). Never an error page — a mail client would show a broken image."""
    token = request.path_params["token"].removesuffix(".gif")
    agent, method = _agent(request), request.method

    async def record_async():
        try:
            async with async_event_connection() as conn:
                await email_tracking.record_open_async(conn=conn, token=token, user_agent=agent, method=method)
        except Exception:  # a database hiccup must not break the image in someone's inbox
            log.exception("recording an email open failed")

    def record():
        try:
            with event_connection() as conn:
                email_tracking.record_open(session=conn, token=token, user_agent=agent, method=method)
        except Exception:  # a database hiccup must not break the image in someone's inbox
            log.exception("recording an email open failed")

    task = BackgroundTask(record_async) if async_events_enabled() else BackgroundTask(run_in_threadpool, record)
    return Response(email_tracking.PIXEL_GIF, media_type="image/gif", headers=NO_STORE, background=task)


async def click_redirect(request: Request) -> Response:
    """A tracked link: 302 to the link stored in that message, or a 404 page and no redirect
    for anything forged, tampered or unknown (the target never comes from the request). A link
    naming its message is answered from that message's kept link list (one read per message and
    process); the click is recorded after the answer has been sent, the recipient looked up
    then. On PostgreSQL the queries run on the event loop (prm.db.async_event_connection); on
    SQLite in a worker thread."""
    params = request.path_params
    agent, method = _agent(request), request.method
    token, index, signature = params["token"], params["index"], params["signature"]

    if async_events_enabled():
        target = await email_tracking.click_target_async(connect=async_event_connection, token=token, index=index,
                                                          signature=signature)

        async def record_async():
            try:
                async with async_event_connection() as conn:
                    await email_tracking.record_click_async(conn=conn, target=target, user_agent=agent, method=method)
            except Exception:  # the person already has their page; keep serving the others
                log.exception("recording an email click failed")

        task = BackgroundTask(record_async)
    else:
        def find():
            with event_connection() as conn:
                return email_tracking.click_target(session=conn, token=token, index=index, signature=signature)

        def record():
            try:
                with event_connection() as conn:
                    email_tracking.record_click(session=conn, target=target, user_agent=agent, method=method)
            except Exception:  # the person already has their page; keep serving the others
                log.exception("recording an email click failed")

        target = await run_in_threadpool(find)
        task = BackgroundTask(run_in_threadpool, record)
    if target is None:
        return await _invalid_link(request)
    return RedirectResponse(target.url, status_code=302, headers=NO_STORE, background=task)


async def _invalid_link(_request: Request) -> HTMLResponse:
    return _page("Link not valid",
                 "<p>This link is not valid: it may have been changed or cut short. Open it from the "
                 "email you received, or copy the whole address.</p>", status=404)


async def openapi(_request: Request) -> JSONResponse:
    def statuses() -> list[str]:
        with session_scope() as session:
            return status_names(session)

    return JSONResponse(openapi_document(await run_in_threadpool(statuses)))


async def not_found(_request: Request) -> JSONResponse:
    return _error(404, "not_found", "No such API route. GET /api/v1/openapi.json lists them.")


api = Starlette(routes=[
    Route("/api/health", health),
    Route("/api/unsubscribe/{token}", unsubscribe, methods=["GET", "POST"]),
    Route(email_tracking.OPEN_PATH + "{token}", open_pixel, methods=["GET", "HEAD"]),
    Route(email_tracking.CLICK_PATH + "{token}/{index}/{signature}", click_redirect, methods=["GET", "HEAD"]),
    Route(email_tracking.CLICK_PATH + "{rest:path}", _invalid_link, methods=["GET", "HEAD"]),
    Route("/api/v1/openapi.json", openapi, methods=["GET"]),
    Route("/api/v1/leads", api_route(_leads),
          methods=["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]),
    Route("/api/v1/bounces", api_route(_bounces),
          methods=["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]),
    Route("/api/v1/{rest:path}", not_found, methods=["GET", "POST", "PUT", "PATCH", "DELETE"]),
])
