"""HTTP routes beside the pages, on the same port (REST API, later: tracking and bounces)."""

from __future__ import annotations

from sqlalchemy import text
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from prm.db import get_engine


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


api = Starlette(routes=[Route("/api/health", health)])
