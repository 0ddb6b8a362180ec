"""Program settings, partner accounts, users, sessions, tokens and partner groups."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from models._base import utcnow

# Partner account statuses, as the seeds name them.
ACCOUNT_STATUSES = ("pending", "active", "test", "inactive")
ACCOUNT_STATUS_LABELS = {
    "pending": "Pending",
    "active": "Active",
    "test": "Test",
    "inactive": "Inactive",
}
USER_KIND_SUPPLIER_ADMIN = "supplier_admin"
USER_KIND_PARTNER = "partner"
PARTNER_ROLES = ("partner_admin", "partner_user")
PARTNER_ROLE_LABELS = {"partner_admin": "Partner Admin", "partner_user": "Partner User"}


class ProgramSettings(SQLModel, table=True):
    """The supplier's program: one row (id=1)."""

    __tablename__ = "program_settings"

    id: int | None = Field(default=1, primary_key=True)
    program_name: str = Field(default="Partner Program", max_length=120)
    supplier_name: str = Field(default="Your Company", max_length=120)
    support_email: str = Field(default="partners@example.com", max_length=254)
    auto_onboarding: bool = False
    domain_matching: bool = False
    default_partner_role: str = Field(default="partner_admin", max_length=32)
    invitation_expiry_days: int = 14
    # Who hears of new pending partner requests (email addresses); empty: every supplier admin.
    pending_notify_emails: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False, server_default="[]"))
    # Extra registration/invitation fields: [{"key": ..., "label": ..., "required": bool}]
    custom_fields: list[dict] = Field(default_factory=list, sa_column=Column(JSON, nullable=False, server_default="[]"))
    # Terms & Conditions partner users accept (version 0: none set). When terms_opt_in_emails is
    # on, accepting them also opts the user in to Supplier Emails (seed 002, GDPR).
    terms_text: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    terms_version: int = 0
    terms_opt_in_emails: bool = False
    # Lead management (seed 004): partners may register leads with neither email nor phone.
    lead_registration_without_pii: bool = False
    # What a Partner User (not a Partner Admin) sees in the portal: "assigned" (the leads
    # assigned to them) or "account" (all of their account's leads).
    partner_user_lead_visibility: str = Field(default="assigned", max_length=16)
    updated_at: datetime = Field(default_factory=utcnow)


class PartnerAccount(SQLModel, table=True):
    __tablename__ = "partner_account"
    __table_args__ = (Index("ix_partner_account_status_name", "status", "name", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200, index=True)
    tenant_name: str = Field(max_length=63, unique=True)
    status: str = Field(default="pending", max_length=16)
    tier: str | None = Field(default=None, max_length=40)
    geography: str | None = Field(default=None, max_length=80)
    specializations: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    email_domain: str | None = Field(default=None, max_length=253, index=True)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class User(SQLModel, table=True):
    __tablename__ = "app_user"

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=254, unique=True)  # stored lower-case
    first_name: str = Field(default="", max_length=100)
    last_name: str = Field(default="", max_length=100)
    password_hash: str | None = Field(default=None, max_length=255)
    kind: str = Field(max_length=20)  # supplier_admin | partner
    partner_account_id: int | None = Field(
        default=None, foreign_key="partner_account.id", index=True, ondelete="CASCADE"
    )
    partner_role: str | None = Field(default=None, max_length=20)
    is_sales_rep: bool = False
    is_lead_owner: bool = False
    # Supplier-Defined Default Lead Owner (Additional Lead Notification Recipient): the supplier
    # admin names them; they get the account's New Lead Notifications, never Email or Pop-up
    # messages.
    is_default_lead_owner: bool = False
    # GDPR: new partner users are opted out of Supplier Emails until they opt in.
    supplier_emails_opt_in: bool = False
    # Add Customer wizard: "Show every time you use this wizard" (the Introduction step).
    show_offer_intro: bool = True
    terms_accepted_version: int = 0
    terms_accepted_at: datetime | None = None
    is_active: bool = True
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    last_login_at: datetime | None = None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip() or self.email


class AuthSession(SQLModel, table=True):
    """A server-side login session; the browser holds only the random token."""

    __tablename__ = "auth_session"

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(max_length=64, unique=True)
    user_id: int = Field(foreign_key="app_user.id", index=True, ondelete="CASCADE")
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime
    last_seen_at: datetime = Field(default_factory=utcnow)
    revoked_at: datetime | None = None
    ip: str = Field(default="", max_length=64)


class PasswordToken(SQLModel, table=True):
    """Single-use, expiring link token to set or reset a password (stored hashed)."""

    __tablename__ = "password_token"

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(max_length=64, unique=True)
    user_id: int = Field(foreign_key="app_user.id", index=True, ondelete="CASCADE")
    purpose: str = Field(max_length=20)  # set_password | reset_password
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime
    used_at: datetime | None = None


class LoginAttempt(SQLModel, table=True):
    __tablename__ = "login_attempt"
    __table_args__ = (
        Index("ix_login_attempt_email_at", "email", "at"),
        Index("ix_login_attempt_ip_at", "ip", "at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=254)
    ip: str = Field(default="", max_length=64)
    succeeded: bool = False
    at: datetime = Field(default_factory=utcnow)


class PartnerGroup(SQLModel, table=True):
    __tablename__ = "partner_group"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=120, unique=True)
    description: str = Field(default="", max_length=500)
    # Rule-based membership: every partner account matching all the rules that are set, on top
    # of the accounts added by hand (PartnerGroupMember).
    match_tier: str = Field(default="", max_length=40)
    match_geography: str = Field(default="", max_length=80)
    match_status: str = Field(default="", max_length=16)
    created_at: datetime = Field(default_factory=utcnow)


class PartnerGroupMember(SQLModel, table=True):
    __tablename__ = "partner_group_member"
    __table_args__ = (UniqueConstraint("group_id", "partner_account_id"),)

    id: int | None = Field(default=None, primary_key=True)
    group_id: int = Field(foreign_key="partner_group.id", index=True, ondelete="CASCADE")
    partner_account_id: int = Field(
        foreign_key="partner_account.id", index=True, ondelete="CASCADE"
    )


class ConsentRecord(SQLModel, table=True):
    """GDPR: every opt-in and opt-out of a user, with when, how, and the wording they saw."""

    __tablename__ = "consent_record"
    __table_args__ = (Index("ix_consent_user_at", "user_id", "at", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="app_user.id", ondelete="CASCADE")
    purpose: str = Field(default="supplier_emails", max_length=40)
    granted: bool
    source: str = Field(max_length=40)  # portal_settings | terms_acceptance | unsubscribe | ...
    wording_version: str = Field(max_length=60)
    at: datetime = Field(default_factory=utcnow)
