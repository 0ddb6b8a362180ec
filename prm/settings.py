"""One settings object, read from the environment.

Every setting has an embedded default that works on a laptop with nothing installed
(SQLite under var/, an in-process job queue, the mail outbox). Outside development a
missing or default SECRET_KEY is refused.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SECRET_MARKERS = {"", "changeme", "change-me", "secret", "dev"}


class SettingsError(RuntimeError):
    """A setting is missing or unsafe for the environment."""


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    username: str | None
    password: str | None
    security: str  # "starttls", "ssl" or "none"
    timeout: float = 30.0
    pipelining: bool = True  # used where the server offers PIPELINING; off for one that mishandles it

    @classmethod
    def from_url(cls, url: str) -> SmtpSettings:
        """smtp://user:pass@host:port?security=starttls|ssl|none&timeout=30&pipelining=on|off ;
        smtps:// means ssl."""
        parsed = urlparse(url)
        if parsed.scheme not in ("smtp", "smtps"):
            raise SettingsError(f"SMTP_URL must start with smtp:// or smtps://, got {url!r}")
        query = {k: v[-1] for k, v in parse_qs(parsed.query).items()}
        security = query.get("security") or ("ssl" if parsed.scheme == "smtps" else "none")
        if security not in ("starttls", "ssl", "none"):
            raise SettingsError("SMTP_URL security must be starttls, ssl or none")
        default_port = {"ssl": 465, "starttls": 587, "none": 25}[security]
        try:
            timeout = float(query.get("timeout", 30))
            port = parsed.port or default_port
        except ValueError as exc:
            raise SettingsError(f"SMTP_URL has an invalid port or timeout: {exc}") from None
        pipelining = _flag("SMTP_URL pipelining", query.get("pipelining", ""), default=True)
        return cls(
            host=parsed.hostname or "localhost",
            port=port,
            username=unquote(parsed.username) if parsed.username else None,
            password=unquote(parsed.password) if parsed.password else None,
            security=security,
            timeout=timeout,
            pipelining=pipelining,
        )


@dataclass(frozen=True)
class Settings:
    env: str
    database_url: str
    redis_url: str | None
    smtp: SmtpSettings | None
    secret_key: str
    base_url: str
    port: int
    var_dir: Path
    mail_from: str
    session_hours: int = 12
    reset_token_hours: int = 2
    set_password_token_hours: int = 72
    login_attempts_per_window: int = 5  # failed logins per account and address, per window
    login_failures_per_address: int = 50  # failed logins per address, whatever the account
    login_window_minutes: int = 15
    tracking_machine_seconds: int = 10
    soft_bounce_limit: int = 3
    soft_bounce_window_days: int = 7
    invitations_per_hour: int = 200  # invitation emails (create and resend), program-wide
    offers_per_hour: int = 20  # partnership offers a partner account sends
    stale_claim_seconds: int = 600
    sweep_seconds: int = 60
    # Connections an import job writes its batches with at once (PostgreSQL; SQLite has one
    # writer): one batch's Python work (checking rows, rendering emails) runs while the
    # database writes another's.
    import_connections: int = 2
    # SMTP connections one to-partner Email batch sends on at once, each from a process of its
    # own with its own share of the batch (PostgreSQL, in an RQ work horse): the mail server
    # works on one connection's message while the other's is claimed, rendered and recorded.
    send_connections: int = 2
    # Recipients of a to-partner Email per batch job at most (each job sends its batch on
    # send_connections connections; an email of fewer recipients is cut smaller, to spread it
    # over the workers there are).
    email_batch_size: int = 2500
    # Whether each to-partner Email recipient's "sent" waits for PostgreSQL to flush it to
    # disk. Off (the default), a crash of the database server itself (not a restart, nor a
    # killed worker) can forget the "sent" of the last moment's messages (at most about
    # 3 × wal_writer_delay, 0.6 s by default), which then go again with the same Message-ID;
    # on, sending takes about 10% longer.
    email_sent_sync_commit: bool = False
    extra: dict = field(default_factory=dict)

    @property
    def is_dev(self) -> bool:
        return self.env in ("development", "dev", "test")

    @property
    def uses_embedded_queue(self) -> bool:
        return not self.redis_url


def _secret_key(env: str, var_dir: Path) -> str:
    key = os.environ.get("SECRET_KEY", "")
    dev = env in ("development", "dev", "test")
    if key and key.lower() not in DEFAULT_SECRET_MARKERS and len(key) >= 32:
        return key
    if not dev:
        raise SettingsError(
            "SECRET_KEY must be set to a random value of at least 32 characters outside "
            "development (APP_ENV=production). Generate one with: "
            "python -c 'import secrets; print(secrets.token_urlsafe(48))'"
        )
    if key:
        raise SettingsError("SECRET_KEY is too short or a well-known default; unset it or use 32+ chars")
    # Development: one random key kept under var/ so a restart keeps sessions and links valid.
    path = var_dir / "secret_key"
    if path.exists():
        return path.read_text().strip()
    var_dir.mkdir(parents=True, exist_ok=True)
    generated = secrets.token_urlsafe(48)
    path.write_text(generated)
    path.chmod(0o600)
    return generated


def _whole_number(name: str, default: int, *, minimum: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) < minimum:
        raise SettingsError(f"{name} must be a whole number of at least {minimum}, got {raw!r}")
    return int(raw)


def _yes_no(name: str, default: bool) -> bool:
    return _flag(name, os.environ.get(name, ""), default=default)


def _flag(name: str, raw: str, *, default: bool) -> bool:
    """1/true/yes/on or 0/false/no/off (any case); empty is the default; anything else is refused."""
    raw = raw.strip().lower()
    if not raw:
        return default
    if raw in ("1", "true", "yes", "on"):
        return True
    if raw in ("0", "false", "no", "off"):
        return False
    raise SettingsError(f"{name} must be on or off (1 or 0, true or false, yes or no), got {raw!r}")


def load_settings() -> Settings:
    env = os.environ.get("APP_ENV", "development").lower()
    var_dir = Path(os.environ.get("VAR_DIR", ROOT / "var")).resolve()
    var_dir.mkdir(parents=True, exist_ok=True)
    port = int(os.environ.get("PORT", "3000"))
    database_url = os.environ.get("DATABASE_URL") or f"sqlite:///{var_dir / 'prm.sqlite3'}"
    if database_url.startswith("postgresql://") or database_url.startswith("postgres://"):
        # Use psycopg 3 whatever spelling the operator used.
        database_url = "postgresql+psycopg://" + database_url.split("://", 1)[1]
    smtp_url = os.environ.get("SMTP_URL") or None
    return Settings(
        env=env,
        database_url=database_url,
        redis_url=os.environ.get("REDIS_URL") or None,
        smtp=SmtpSettings.from_url(smtp_url) if smtp_url else None,
        secret_key=_secret_key(env, var_dir),
        base_url=(os.environ.get("BASE_URL") or f"http://localhost:{port}").rstrip("/"),
        port=port,
        var_dir=var_dir,
        mail_from=os.environ.get("MAIL_FROM", "Partner Program <partners@example.com>"),
        session_hours=_whole_number("SESSION_HOURS", 12, minimum=1),
        tracking_machine_seconds=_whole_number("TRACKING_MACHINE_SECONDS", 10, minimum=0),
        soft_bounce_limit=_whole_number("SOFT_BOUNCE_LIMIT", 3, minimum=1),
        soft_bounce_window_days=_whole_number("SOFT_BOUNCE_WINDOW_DAYS", 7, minimum=1),
        login_attempts_per_window=_whole_number("LOGIN_ATTEMPTS_PER_WINDOW", 5, minimum=1),
        login_failures_per_address=_whole_number("LOGIN_FAILURES_PER_ADDRESS", 50, minimum=1),
        login_window_minutes=_whole_number("LOGIN_WINDOW_MINUTES", 15, minimum=1),
        invitations_per_hour=_whole_number("INVITATIONS_PER_HOUR", 200, minimum=1),
        offers_per_hour=_whole_number("OFFERS_PER_HOUR", 20, minimum=1),
        stale_claim_seconds=_whole_number("STALE_CLAIM_SECONDS", 600, minimum=5),
        sweep_seconds=_whole_number("SWEEP_SECONDS", 60, minimum=1),
        import_connections=_whole_number("IMPORT_CONNECTIONS", 2, minimum=1),
        send_connections=_whole_number("SEND_CONNECTIONS", 2, minimum=1),
        email_batch_size=_whole_number("EMAIL_BATCH_SIZE", 2500, minimum=1),
        email_sent_sync_commit=_yes_no("EMAIL_SENT_SYNC_COMMIT", False),
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()


def reset_settings_cache() -> None:
    """Tests change the environment; this makes the next get_settings() read it again."""
    get_settings.cache_clear()
