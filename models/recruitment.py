"""Partner recruitment (seeds 000 and 001): invitations and partner applications."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, Index, text
from sqlmodel import Field, SQLModel

from models._base import utcnow

INVITATION_STATUS_LABELS = {"sent": "Sent", "declined": "Partner Declined", "accepted": "Accepted"}
APPLICATION_STATUS_LABELS = {"pending": "Pending", "approved": "Approved", "rejected": "Rejected"}


class Invitation(SQLModel, table=True):
    """An invitation to join the program. Its link token is HMAC(SECRET_KEY, nonce): the
    database holds the nonce and the token's hash, never a usable token, yet the admin can
    still be shown the Shareable Link. A new nonce (Resend) makes the old link stop working."""

    __tablename__ = "invitation"
    __table_args__ = (
        # At most one open invitation per email, enforced by the database (races included).
        Index("uq_invitation_open_email", "contact_email", unique=True,
              sqlite_where=text("status = 'sent'"), postgresql_where=text("status = 'sent'")),
        Index("ix_invitation_created", "created_at", "id"),
        Index("ix_invitation_partner_name", "partner_name", "id"),
        Index("ix_invitation_status_created", "status", "created_at", "id"),
        Index("ix_invitation_contact_email", "contact_email", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    partner_name: str = Field(max_length=200)
    contact_first_name: str = Field(max_length=100)
    contact_last_name: str = Field(max_length=100)
    contact_email: str = Field(max_length=254)  # lower-case
    custom_fields: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    status: str = Field(default="sent", max_length=16)
    token_nonce: str = Field(max_length=64)
    token_hash: str = Field(max_length=64, unique=True)
    expires_at: datetime
    last_sent_at: datetime | None = None
    send_count: int = 0
    created_by_user_id: int | None = Field(default=None, foreign_key="app_user.id", ondelete="SET NULL")
    import_run_id: int | None = Field(default=None, index=True)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class PartnerApplication(SQLModel, table=True):
    """A registration (from an invitation or self-registration) that waits in Pending Partners,
    or the record of one that was approved at once by the onboarding rules."""

    __tablename__ = "partner_application"
    __table_args__ = (
        Index("uq_application_pending_email", "email", unique=True,
              sqlite_where=text("status = 'pending'"), postgresql_where=text("status = 'pending'")),
        Index("ix_application_status_created", "status", "created_at", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    company_name: str = Field(max_length=200)
    email: str = Field(max_length=254)
    first_name: str = Field(max_length=100)
    last_name: str = Field(max_length=100)
    custom_fields: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    source: str = Field(default="self_registration", max_length=20)  # invitation | self_registration
    invitation_id: int | None = Field(default=None, foreign_key="invitation.id", ondelete="SET NULL")
    status: str = Field(default="pending", max_length=16)
    # Domain Matching: the existing partner account whose email domain this applicant shares.
    matched_partner_account_id: int | None = Field(
        default=None, foreign_key="partner_account.id", ondelete="SET NULL"
    )
    partner_account_id: int | None = Field(
        default=None, foreign_key="partner_account.id", ondelete="SET NULL"
    )
    user_id: int | None = Field(default=None, foreign_key="app_user.id", ondelete="SET NULL")
    decision_reason: str = Field(default="", max_length=1000)
    decided_by_user_id: int | None = Field(default=None, foreign_key="app_user.id", ondelete="SET NULL")
    decided_at: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
