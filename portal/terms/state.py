"""The Terms & Conditions gate: a partner user accepts the current version before using the
portal (every portal page's on_load starts with portal.gate.gated_read, which checks it)."""

from __future__ import annotations

import reflex as rx

from prm.auth import partner_actor, to_portal_login
from prm.db import session_scope
from services.consent import accept_terms, terms_for_user
from services.errors import ServiceError

TERMS_PAGE = "/portal/terms"


def needs_terms(session, actor) -> bool:
    """Whether the user must accept the current Terms & Conditions before using the portal."""
    return terms_for_user(session=session, actor=actor)["needs_acceptance"]


class TermsState(rx.State):
    loaded: bool = False
    text: str = ""
    version: int = 0
    opt_in_emails: bool = False
    error: str = ""

    @rx.event
    async def load(self):
        actor = await partner_actor(self)
        if actor is None:
            return to_portal_login()
        with session_scope() as session:
            t = terms_for_user(session=session, actor=actor)
        if not t["needs_acceptance"]:
            return rx.redirect("/portal")
        self.text, self.version, self.opt_in_emails = t["text"], t["version"], t["opt_in_emails"]
        self.error, self.loaded = "", True
        return None

    @rx.event
    async def accept(self):
        actor = await partner_actor(self)
        if actor is None:
            return to_portal_login()
        try:
            with session_scope() as session:
                accept_terms(session=session, actor=actor, version=self.version)
        except ServiceError as exc:
            self.error = str(exc)
            return TermsState.load
        return rx.redirect("/portal")
