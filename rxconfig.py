import os

import reflex as rx


def _state_redis_url() -> str | None:
    """With REDIS_URL set, the Reflex state manager shares user state across backend
    workers through Redis, on its own database (RQ keeps db 0)."""
    if os.environ.get("REFLEX_REDIS_URL"):
        return os.environ["REFLEX_REDIS_URL"]
    url = os.environ.get("REDIS_URL")
    if not url:
        return None
    base, _, tail = url.rpartition("/")
    if "://" in base and tail.isdigit():
        return f"{base}/{int(tail) + 1}"
    return url.rstrip("/") + "/1"


config = rx.Config(
    app_name="prm",
    app_module_import="prm.app",
    telemetry_enabled=False,
    show_built_with_reflex=False,
    redis_url=_state_redis_url(),
    plugins=[
        rx.plugins.RadixThemesPlugin(
            theme=rx.theme(appearance="light", accent_color="indigo", gray_color="slate", radius="medium")
        )
    ],
    disable_plugins=[rx.plugins.SitemapPlugin],
)
