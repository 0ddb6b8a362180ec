"""The server for benchmark 5: the product's HTTP routes (prm.api, as mounted on the Reflex
backend) plus one static redirect route, the baseline, in the same process."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.responses import RedirectResponse
from starlette.routing import Route

from prm.api import api

STATIC_PATH = "/bench/static-redirect"


async def static_redirect(request):
    return RedirectResponse("https://example.com/landing", status_code=302)


app = Starlette(routes=[Route(STATIC_PATH, static_redirect), *api.routes])
