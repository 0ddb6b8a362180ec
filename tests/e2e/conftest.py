"""Browser tests: the real app (`reflex run --env prod`) on a free port, driven in Debian's
Chromium. PostgreSQL backs it when reachable (a fresh `prm_e2e` database), else SQLite."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from tests.conftest import PG_UP, REQUIRE_SERVICES, TEST_DATABASE_URL

# A busy CI machine answers slower than a laptop: wait up to 15 s for what a user would see.
expect.set_options(timeout=15_000)

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ADMIN_EMAIL = "admin@example.com"
ADMIN_PASSWORD = "e2e admin password 1"
DEMO_PASSWORD = "e2e demo password 1"
SCREENSHOTS = ROOT / "tests" / "e2e" / "screenshots"
TRACKING_MACHINE_SECONDS = 2  # opens and clicks sooner than this after delivery count as machine


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _fresh_database() -> str:
    """PostgreSQL when reachable; TEST_E2E_DATABASE=sqlite runs the app on its embedded default."""
    if os.environ.get("TEST_E2E_DATABASE") == "sqlite":
        return f"sqlite:///{tempfile.mkdtemp(prefix='prm-e2e-')}/app.sqlite3"
    if not PG_UP:
        if REQUIRE_SERVICES:
            pytest.fail("PostgreSQL is not reachable and REQUIRE_SERVICES=1")
        return f"sqlite:///{tempfile.mkdtemp(prefix='prm-e2e-')}/app.sqlite3"
    return fresh_postgres_database(os.environ.get("TEST_E2E_DB_NAME", "prm_e2e"))


def fresh_postgres_database(name: str) -> str:
    """An empty PostgreSQL database of that name on the test server (dropped first)."""
    import psycopg

    parsed = urlparse(TEST_DATABASE_URL.replace("+psycopg", ""))
    admin_dsn = parsed._replace(path="/postgres").geturl()
    name = re.sub(r"\W", "", name)
    with psycopg.connect(admin_dsn, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {name}")
    return TEST_DATABASE_URL.rsplit("/", 1)[0] + "/" + name


def app_environment(*, port: int, database_url: str, var_dir: Path, build: str, **extra) -> dict:
    """The environment the tests run the real app in: its own database, var dir, secret and
    first admin, Reflex from the project's tools, and build folders of its own (`.web-<build>`)
    so a `make run` beside the tests keeps working. No Redis or SMTP unless `extra` sets them."""
    env = {
        **os.environ,
        "APP_ENV": "test",
        "DATABASE_URL": database_url,
        "VAR_DIR": str(var_dir),
        "SECRET_KEY": f"{build}-secret-" + "k" * 40,
        "PORT": str(port),
        "BASE_URL": f"http://localhost:{port}",
        "ADMIN_EMAIL": ADMIN_EMAIL,
        "ADMIN_PASSWORD": ADMIN_PASSWORD,
        "PATH": f"{ROOT / '.venv' / 'bin'}:{ROOT / '.tools' / 'bin'}:{os.environ.get('PATH', '')}",
        "REFLEX_DIR": str(ROOT / ".reflex-home"),
        "REFLEX_USE_SYSTEM_BUN": "1",
        "REFLEX_TELEMETRY_ENABLED": "false",
        "REFLEX_CHECK_LATEST_VERSION": "false",
        "BUN_INSTALL_CACHE_DIR": str(ROOT / ".bun-cache"),
        "REFLEX_WEB_WORKDIR": str(ROOT / f".web-{build}"),
        "REFLEX_STATES_WORKDIR": str(ROOT / f".states-{build}"),
    }
    for key in ("REDIS_URL", "SMTP_URL", "REFLEX_REDIS_URL"):
        env.pop(key, None)
    env.update(extra)
    return env


@pytest.fixture(scope="session")
def app_server():
    if not os.path.exists(CHROMIUM):
        pytest.fail("Chromium is not installed: `make test` installs Debian's chromium")
    port = _free_port()
    var_dir = Path(tempfile.mkdtemp(prefix="prm-e2e-var-"))
    database_url = _fresh_database()
    env = app_environment(port=port, database_url=database_url, var_dir=var_dir, build="e2e",
                          DEMO="1", DEMO_PASSWORD=DEMO_PASSWORD, GRANIAN_WORKERS="1")
    # A real SMTP server (aiosmtpd, in this process) receives every email the app sends, so
    # tests can read what a recipient got; each copy is still listed in Admin > Outbox.
    from tests.jobs.conftest import SmtpServer

    smtp = SmtpServer()
    smtp.controller.start()
    env["SMTP_URL"] = smtp.url()
    env["TRACKING_MACHINE_SECONDS"] = str(TRACKING_MACHINE_SECONDS)
    try:
        subprocess.run([sys.executable, "-m", "prm.bootstrap"], cwd=ROOT, env=env, check=True,
                       capture_output=True, timeout=120)
    except BaseException:
        smtp.controller.stop()  # its thread is not a daemon: left running, pytest would never exit
        raise
    log_path = var_dir / "app.log"
    log = open(log_path, "w")  # noqa: SIM115 - closed at teardown
    proc = subprocess.Popen(
        [sys.executable, "-m", "reflex", "run", "--env", "prod", "--frontend-port", str(port),
         "--backend-port", str(port), "--backend-host", "127.0.0.1"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    base = f"http://localhost:{port}"
    deadline = time.monotonic() + 300
    ready = False
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with urllib.request.urlopen(base + "/api/health", timeout=2) as r1, \
                    urllib.request.urlopen(base + "/admin/login", timeout=2) as r2:
                ready = r1.status == 200 and r2.status == 200
        except OSError:
            ready = False
        if ready:
            break
        time.sleep(0.5)
    if not ready:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        log.flush()
        smtp.controller.stop()
        pytest.fail("the app did not start:\n" + log_path.read_text()[-4000:])
    yield {"base_url": base, "database_url": database_url, "log": log_path, "smtp": smtp}
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
    smtp.controller.stop()
    log.close()


@pytest.fixture(scope="session")
def base_url(app_server):
    return app_server["base_url"]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": {"width": 1280, "height": 860}}


@pytest.fixture
def context(context):
    # Navigations and waits for a URL (an upload that redirects when validated, say) get 60 s
    # on a loaded CI machine instead of Playwright's 30: a bound, not a speed target.
    context.set_default_timeout(60_000)
    context.set_default_navigation_timeout(60_000)
    return context


@pytest.fixture
def app_db(app_server):
    """A session on the running app's database, to arrange and check what the browser did."""
    from sqlmodel import Session

    from prm.db import get_engine

    with Session(get_engine(app_server["database_url"]), expire_on_commit=False) as session:
        yield session


def wait_loaded(page) -> None:
    """The prerendered page shows defaults until on_load finishes: wait for its marker."""
    page.wait_for_selector("#page-loaded", state="attached", timeout=20000)


def login(page, where: str, email: str, password: str) -> None:
    page.goto(f"/{where}/login")
    wait_loaded(page)
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()


def partner_page(browser, base_url: str, email: str, path: str):
    """A partner user in a browser of their own (a new context), logged in to the portal and on
    `path`, loaded."""
    page = browser.new_context(base_url=base_url).new_page()
    login(page, "portal", email, DEMO_PASSWORD)
    page.wait_for_url(re.compile(r"/portal/?$"))
    page.goto(path)
    wait_loaded(page)
    return page


def shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.wait_for_timeout(400)  # let dialogs and toasts finish their animations
    page.evaluate("window.scrollTo(0, 0)")  # sticky bars are drawn where the page is scrolled
    page.screenshot(path=str(SCREENSHOTS / f"{re.sub(r'[^a-z0-9_-]', '_', name)}.png"), full_page=True)


def email_link(browser, base_url: str, to_email: str, subject_part: str, link_name: str) -> str:
    """As the supplier admin, open the newest email to `to_email` in Admin > Outbox and return
    the address of its `link_name` button (what the recipient would click)."""
    import re as _re

    from playwright.sync_api import expect

    context = browser.new_context(base_url=base_url, viewport={"width": 1280, "height": 860})
    admin = context.new_page()
    try:
        login(admin, "admin", ADMIN_EMAIL, ADMIN_PASSWORD)
        admin.wait_for_url(_re.compile(r"/admin/?$"))
        admin.goto("/admin/outbox")
        wait_loaded(admin)
        row = admin.get_by_role("row").filter(has_text=to_email).filter(has_text=subject_part).first
        # Newest first: an older email may be a few pages back.
        for _ in range(30):
            try:
                row.wait_for(state="attached", timeout=3000)
                break
            except Exception:  # noqa: BLE001 - not on this page
                next_page = admin.get_by_role("button", name="Next")
                if not next_page.is_enabled():
                    break
                next_page.click()
        expect(row).to_contain_text("Sent", timeout=15000)
        row.get_by_role("button").first.click()
        link = admin.frame_locator("iframe[title='Email preview']").get_by_role("link", name=link_name)
        expect(link).to_be_visible()
        return link.get_attribute("href")
    finally:
        context.close()
