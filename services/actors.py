"""Who is acting: built from a server-side session, never from what the browser says."""

from __future__ import annotations

from dataclasses import dataclass

from models.accounts import USER_KIND_PARTNER, USER_KIND_SUPPLIER_ADMIN
from services.errors import PermissionDenied


@dataclass(frozen=True)
class Actor:
    user_id: int
    email: str
    name: str
    kind: str
    partner_account_id: int | None = None
    partner_role: str | None = None
    partner_account_name: str = ""
    is_lead_owner: bool = False
    # Set when a system acts through the REST API with one of the supplier's API keys.
    api_key_id: int | None = None

    @property
    def is_supplier_admin(self) -> bool:
        return self.kind == USER_KIND_SUPPLIER_ADMIN

    @property
    def is_partner(self) -> bool:
        return self.kind == USER_KIND_PARTNER and self.partner_account_id is not None

    @property
    def is_partner_admin(self) -> bool:
        return self.is_partner and self.partner_role == "partner_admin"

    @property
    def is_api(self) -> bool:
        return self.api_key_id is not None

    @property
    def label(self) -> str:
        return self.email


SYSTEM = None  # services accept actor=None only where a job or the CLI acts for the program


def require_admin(actor: Actor | None) -> Actor:
    if actor is None or not actor.is_supplier_admin:
        raise PermissionDenied("Only supplier admins can do this.")
    return actor


def require_partner(actor: Actor | None) -> Actor:
    if actor is None or not actor.is_partner:
        raise PermissionDenied("Only partner users can do this.")
    return actor
