"""prm/settings.py: the one settings object, read from the environment."""

from __future__ import annotations

import secrets

import pytest

from prm.settings import SettingsError, SmtpSettings, load_settings

GOOD_KEY = secrets.token_urlsafe(48)


@pytest.fixture(autouse=True)
def environment(monkeypatch, tmp_path):
    """A clean environment for each test: nothing set but a private var dir."""
    for name in ("APP_ENV", "SECRET_KEY", "DATABASE_URL", "SMTP_URL", "REDIS_URL", "BASE_URL",
                 "PORT", "SESSION_HOURS", "MAIL_FROM", "TRACKING_MACHINE_SECONDS",
                 "SOFT_BOUNCE_LIMIT", "SOFT_BOUNCE_WINDOW_DAYS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("VAR_DIR", str(tmp_path / "var"))
    return monkeypatch


# ---------------------------------------------------------------- SECRET_KEY


@pytest.mark.parametrize("env", ["production", "staging", "Production"])
@pytest.mark.parametrize(
    "key",
    [None, "", "changeme", "CHANGE-ME", "secret", "dev", "x" * 31, "short-but-random-Zq81"],
    ids=["missing", "empty", "changeme", "CHANGE-ME", "secret", "dev", "31 chars", "short"],
)
def test_it_refuses_an_unsafe_secret_key_outside_development(environment, env, key):
    environment.setenv("APP_ENV", env)
    if key is not None:
        environment.setenv("SECRET_KEY", key)
    with pytest.raises(SettingsError) as exc:
        load_settings()
    assert "SECRET_KEY" in str(exc.value)


def test_it_accepts_a_long_random_secret_key_in_production(environment):
    environment.setenv("APP_ENV", "production")
    environment.setenv("SECRET_KEY", GOOD_KEY)
    s = load_settings()
    assert (s.secret_key, s.is_dev) == (GOOD_KEY, False)


def test_it_accepts_a_key_of_exactly_32_characters(environment):
    environment.setenv("APP_ENV", "production")
    key = secrets.token_hex(16)
    environment.setenv("SECRET_KEY", key)
    assert load_settings().secret_key == key


def test_development_makes_and_keeps_its_own_key(environment, tmp_path):
    environment.setenv("APP_ENV", "development")
    first = load_settings().secret_key
    assert len(first) >= 32
    assert load_settings().secret_key == first  # a restart keeps sessions and links valid
    environment.setenv("VAR_DIR", str(tmp_path / "elsewhere"))
    assert load_settings().secret_key != first


def test_development_refuses_a_well_known_key_too(environment):
    environment.setenv("APP_ENV", "development")
    environment.setenv("SECRET_KEY", "changeme")
    with pytest.raises(SettingsError):
        load_settings()


def test_development_is_the_default(environment):
    s = load_settings()
    assert s.is_dev and s.env == "development"


# ---------------------------------------------------------------- DATABASE_URL


@pytest.mark.parametrize(
    "url, expected",
    [
        ("postgres://app:pw@db.internal:5432/prm", "postgresql+psycopg://app:pw@db.internal:5432/prm"),
        ("postgresql://app@db/prm", "postgresql+psycopg://app@db/prm"),
        ("postgresql+psycopg://app@db/prm", "postgresql+psycopg://app@db/prm"),
        ("sqlite:////srv/prm.sqlite3", "sqlite:////srv/prm.sqlite3"),
    ],
)
def test_it_uses_psycopg_whatever_the_postgres_spelling(environment, url, expected):
    environment.setenv("DATABASE_URL", url)
    assert load_settings().database_url == expected


def test_it_defaults_to_sqlite_under_the_var_dir(environment, tmp_path):
    s = load_settings()
    assert s.database_url == f"sqlite:///{(tmp_path / 'var').resolve() / 'prm.sqlite3'}"
    assert s.uses_embedded_queue and s.smtp is None


# ---------------------------------------------------------------- SMTP_URL


def test_it_reads_smtp_with_starttls_and_quoted_credentials(environment):
    environment.setenv("SMTP_URL", "smtp://mailer%40acme.example:p%40ss%2Fword@smtp.acme.example?security=starttls")
    smtp = load_settings().smtp
    assert smtp == SmtpSettings(host="smtp.acme.example", port=587, username="mailer@acme.example",
                                password="p@ss/word", security="starttls")


@pytest.mark.parametrize(
    "url, security, port",
    [
        ("smtps://smtp.acme.example", "ssl", 465),
        ("smtp://smtp.acme.example", "none", 25),
        ("smtp://smtp.acme.example:2525?security=starttls", "starttls", 2525),
    ],
)
def test_it_picks_security_and_port(environment, url, security, port):
    environment.setenv("SMTP_URL", url)
    smtp = load_settings().smtp
    assert (smtp.host, smtp.security, smtp.port, smtp.username, smtp.password) == (
        "smtp.acme.example", security, port, None, None)


def test_it_reads_the_smtp_timeout(environment):
    environment.setenv("SMTP_URL", "smtp://smtp.acme.example?timeout=5")
    assert load_settings().smtp.timeout == 5.0


@pytest.mark.parametrize("query, pipelining", [("", True), ("?pipelining=on", True), ("?pipelining=1", True),
                                                ("?pipelining=off", False), ("?timeout=5&pipelining=NO", False)])
def test_pipelining_is_on_unless_the_smtp_url_turns_it_off(environment, query, pipelining):
    environment.setenv("SMTP_URL", f"smtp://smtp.acme.example{query}")
    assert load_settings().smtp.pipelining is pipelining


def test_a_pipelining_value_that_is_not_on_or_off_is_refused_by_name(environment):
    environment.setenv("SMTP_URL", "smtp://smtp.acme.example?pipelining=sometimes")
    with pytest.raises(SettingsError, match="SMTP_URL pipelining .*'sometimes'"):
        load_settings()


@pytest.mark.parametrize("url", [
    "http://smtp.acme.example",
    "smtp://smtp.acme.example?security=tls",
    "smtp://smtp.acme.example?timeout=soon",
    "smtp://smtp.acme.example:notaport",
])
def test_it_refuses_a_bad_smtp_url(environment, url):
    environment.setenv("SMTP_URL", url)
    with pytest.raises(SettingsError):
        load_settings()


# ---------------------------------------------------------------- the rest


def test_it_reads_base_url_port_and_session_length(environment):
    environment.setenv("PORT", "8080")
    environment.setenv("SESSION_HOURS", "3")
    s = load_settings()
    assert (s.port, s.base_url, s.session_hours) == (8080, "http://localhost:8080", 3)
    environment.setenv("BASE_URL", "https://partners.acme.example/")
    assert load_settings().base_url == "https://partners.acme.example"


def test_it_reads_the_machine_window_of_email_tracking(environment):
    assert load_settings().tracking_machine_seconds == 10
    environment.setenv("TRACKING_MACHINE_SECONDS", "3")
    assert load_settings().tracking_machine_seconds == 3
    environment.setenv("TRACKING_MACHINE_SECONDS", "0")
    assert load_settings().tracking_machine_seconds == 0
    for bad in ("-1", "ten", "2.5"):
        environment.setenv("TRACKING_MACHINE_SECONDS", bad)
        with pytest.raises(SettingsError, match="TRACKING_MACHINE_SECONDS"):
            load_settings()


def test_the_soft_bounce_rule_has_defaults_and_refuses_nonsense(environment):
    settings = load_settings()
    assert (settings.soft_bounce_limit, settings.soft_bounce_window_days) == (3, 7)
    environment.setenv("SOFT_BOUNCE_LIMIT", "5")
    environment.setenv("SOFT_BOUNCE_WINDOW_DAYS", "30")
    assert (load_settings().soft_bounce_limit, load_settings().soft_bounce_window_days) == (5, 30)
    for bad in ("0", "-1", "three", "2.5"):
        environment.setenv("SOFT_BOUNCE_LIMIT", bad)
        with pytest.raises(SettingsError, match="SOFT_BOUNCE_LIMIT"):
            load_settings()


# ---------------------------------------------------------------- EMAIL_SENT_SYNC_COMMIT


@pytest.mark.parametrize(("raw", "expected"), [(None, False), ("", False), ("1", True), ("true", True),
                                               ("Yes", True), ("on", True), ("0", False), ("false", False),
                                               ("off", False)])
def test_a_sent_waits_for_the_disk_only_when_the_operator_says_so(environment, raw, expected):
    if raw is not None:
        environment.setenv("EMAIL_SENT_SYNC_COMMIT", raw)
    assert load_settings().email_sent_sync_commit is expected


@pytest.mark.parametrize("raw", ["maybe", "2", "enabled"])
def test_an_unclear_sync_commit_setting_is_refused_with_its_name(environment, raw):
    environment.setenv("EMAIL_SENT_SYNC_COMMIT", raw)
    with pytest.raises(SettingsError) as exc:
        load_settings()
    assert "EMAIL_SENT_SYNC_COMMIT" in str(exc.value) and raw in str(exc.value)
