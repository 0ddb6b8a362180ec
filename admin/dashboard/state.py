from __future__ import annotations

import reflex as rx

from prm.auth import admin_actor, to_admin_login
from prm.db import session_scope
from services.accounts import dashboard_figures


class DashboardState(rx.State):
    loaded: bool = False
    active_partners: int = 0
    pending_partners: int = 0
    test_partners: int = 0
    partner_users: int = 0
    opted_in_users: int = 0
    open_leads: int = 0
    new_leads: int = 0
    unassigned_leads: int = 0
    emails_last_7_days: int = 0
    leads_by_status: list[dict[str, str]] = []
    recent_accounts: list[dict[str, str]] = []

    @rx.event
    async def load(self):
        actor = await admin_actor(self)
        if actor is None:
            return to_admin_login()
        with session_scope() as session:
            f = dashboard_figures(session=session, actor=actor)
        for key in ("active_partners", "pending_partners", "test_partners", "partner_users",
                    "opted_in_users", "open_leads", "new_leads", "unassigned_leads",
                    "emails_last_7_days"):
            setattr(self, key, f[key])
        top = max([row["count"] for row in f["leads_by_status"]] + [1])
        self.leads_by_status = [
            {"status": r["status"], "count": str(r["count"]),
             "width": f"{max(2, round(100 * r['count'] / top))}%"}
            for r in f["leads_by_status"]
        ]
        self.recent_accounts = [{k: str(v) for k, v in a.items()} for a in f["recent_accounts"]]
        self.loaded = True
        return None
