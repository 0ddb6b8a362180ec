"""The real app for benchmarks 4 and 7, started as the tests start it: `reflex run --env prod`
(one process) or the Procfile under honcho (the production shape), in build folders of their
own (.web-bench, .states-bench) so a `make run` or the e2e tests beside them keep working.
PRM_BENCH_PAGES=1 adds the benchmark's counter page to the build."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ADMIN_PASSWORD = "bench admin password 1"
PARTNER_PASSWORD = "bench partner password 1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def app_env(database_url: str, port: int, var_dir: Path, **extra: str) -> dict[str, str]:
    env = {
        **os.environ,
        "APP_ENV": "test",
        "DATABASE_URL": database_url,
        "VAR_DIR": str(var_dir),
        "SECRET_KEY": "bench-secret-" + "k" * 40,
        "PORT": str(port),
        "BASE_URL": f"http://localhost:{port}",
        "PRM_BENCH_PAGES": "1",
        "GRANIAN_WORKERS": "1",
        "PATH": f"{ROOT / '.venv' / 'bin'}:{ROOT / '.tools' / 'bin'}:{os.environ.get('PATH', '')}",
        "REFLEX_DIR": str(ROOT / ".reflex-home"),
        "REFLEX_USE_SYSTEM_BUN": "1",
        "REFLEX_TELEMETRY_ENABLED": "false",
        "REFLEX_CHECK_LATEST_VERSION": "false",
        "BUN_INSTALL_CACHE_DIR": str(ROOT / ".bun-cache"),
        "REFLEX_WEB_WORKDIR": str(ROOT / ".web-bench"),
        "REFLEX_STATES_WORKDIR": str(ROOT / ".states-bench"),
        "PYTHONUNBUFFERED": "1",
    }
    for key in ("REDIS_URL", "SMTP_URL", "REFLEX_REDIS_URL"):
        env.pop(key, None)
    env.update(extra)
    return env


class Server:
    """A process group serving the app on env["PORT"]; stop() ends the whole group."""

    def __init__(self, argv: list[str], env: dict[str, str], log_path: Path, ready_path: str = "/admin/login",
                 timeout: float = 600) -> None:
        self.log_path = log_path
        self.log = open(log_path, "w")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        self.url = f"http://localhost:{env['PORT']}"
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self.proc.poll() is None:
            try:
                with urllib.request.urlopen(self.url + "/api/health", timeout=3) as r1, \
                        urllib.request.urlopen(self.url + ready_path, timeout=3) as r2:
                    if r1.status == 200 and r2.status == 200:
                        return
            except OSError:
                pass
            time.sleep(1)
        self.stop()
        raise RuntimeError(f"the app did not start; see {log_path}:\n" + log_path.read_text()[-2000:])

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self.log.close()


def bootstrap(env: dict[str, str]) -> None:
    """Migrations (and the first admin when ADMIN_EMAIL is set), as `make run` does first."""
    subprocess.run([sys.executable, "-m", "prm.bootstrap"], cwd=ROOT, env=env, check=True,
                   capture_output=True, timeout=300)


def reflex_app(env: dict[str, str], log_path: Path) -> Server:
    """One `reflex run --env prod` on env["PORT"] (frontend and backend on the same port)."""
    port = env["PORT"]
    return Server([sys.executable, "-m", "reflex", "run", "--env", "prod", "--frontend-port", port,
                   "--backend-port", port, "--backend-host", "127.0.0.1"], env, log_path)


def production_shape(env: dict[str, str], log_path: Path) -> Server:
    """The Procfile under honcho (`make prod`): GRANIAN_WORKERS backends, WORKER_PROCESSES RQ workers."""
    return Server([sys.executable, "-m", "honcho", "start", "-f", "Procfile", "-p", env["PORT"]], env, log_path)


def set_password(database_url: str, email: str, password: str) -> None:
    """Give an existing user a known password (the bench data set's users have none)."""
    import psycopg

    from bench.env import libpq
    from services.security import hash_password

    with psycopg.connect(libpq(database_url)) as conn:
        conn.execute("UPDATE app_user SET password_hash = %s WHERE email = %s", (hash_password(password), email))
