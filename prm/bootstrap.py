"""Start-up: apply migrations, create the supplier admin, load the demo on a new database,
and print how to log in. `python -m prm.bootstrap` (make run does this before serving)."""

from __future__ import annotations

import os
import sys

from prm.db import session_scope
from prm.migrate import upgrade_head
from prm.settings import get_settings
from services.bootstrap import ensure_supplier_admin, is_new_database, load_demo


def main() -> int:
    settings = get_settings()
    upgrade_head()
    creds_file = settings.var_dir / "credentials.txt"
    lines: list[str] = []
    with session_scope() as session:
        new_db = is_new_database(session)
        admin = ensure_supplier_admin(
            session=session,
            email=os.environ.get("ADMIN_EMAIL", "admin@example.com"),
            password=os.environ.get("ADMIN_PASSWORD") or None,
        )
        logins = [admin] if admin else []
        if new_db and os.environ.get("DEMO", "1") != "0":
            logins += load_demo(session=session, password=os.environ.get("DEMO_PASSWORD") or None)
    if logins:
        lines = [f"{lg.who:<38} {lg.email:<28} {lg.password:<20} {settings.base_url}{lg.where}"
                 for lg in logins]
        # Kept (owner-only) on a dev laptop so the logins can be read again after a restart.
        if settings.is_dev:
            creds_file.write_text("\n".join(lines) + "\n")
            creds_file.chmod(0o600)
    elif creds_file.exists():
        lines = creds_file.read_text().splitlines()
    print("", file=sys.stderr)
    print(f"  PRM is starting on {settings.base_url}", file=sys.stderr)
    print(f"  Admin console:  {settings.base_url}/admin", file=sys.stderr)
    print(f"  Partner portal: {settings.base_url}/portal", file=sys.stderr)
    if lines:
        print("  Logins (who, email, password, where):", file=sys.stderr)
        for line in lines:
            print("    " + line, file=sys.stderr)
    else:
        print("  Log in with the admin credentials you set (ADMIN_EMAIL / ADMIN_PASSWORD).",
              file=sys.stderr)
    print("", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
