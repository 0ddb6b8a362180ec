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
    # A backstop, not the fix: an event holds its tab's state lock in Redis while it runs, and
    # on a starved machine (bench 7: 200 users on 2 shared cores) an ordinary event could
    # outlast Reflex's default 10 s, losing its changes with a LockExpiredError. The slow work
    # (the login's password check) runs outside the lock. REFLEX_REDIS_LOCK_EXPIRATION overrides.
    redis_lock_expiration=30_000,
    plugins=[
        rx.plugins.RadixThemesPlugin(
            theme=rx.theme(appearance="light", accent_color="indigo", gray_color="slate", radius="medium")
        )
    ],
    disable_plugins=[rx.plugins.SitemapPlugin],
)
