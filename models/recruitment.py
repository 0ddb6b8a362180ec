"""Partner recruitment (seeds 000 and 001): invitations, partner applications, and the
Import Invitations runs (bulk CSV invitations) with their rows."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, Index, UniqueConstraint, text
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


IMPORT_RUN_STATUSES = ("validating", "ready", "running", "done", "cancelled", "failed")
IMPORT_ROW_STATUSES = ("valid", "invalid", "imported", "failed")


class ImportRun(SQLModel, table=True):
    """One uploaded file of Invite Partners > Import Invitations: validated on upload (its rows
    are ImportRow), then imported by an RQ job that records its progress here."""

    __tablename__ = "import_run"
    __table_args__ = (Index("ix_import_run_created", "created_at", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(default="invitations", max_length=20)
    filename: str = Field(default="", max_length=255)
    status: str = Field(default="validating", max_length=16)  # IMPORT_RUN_STATUSES
    created_by_user_id: int | None = Field(default=None, foreign_key="app_user.id", ondelete="SET NULL")
    total_rows: int = 0
    valid_rows: int = 0
    invalid_rows: int = 0
    processed_rows: int = 0
    created_count: int = 0
    failed_count: int = 0
    # Columns of the file that matched no field: ignored, and reported to the admin.
    extra_columns: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False, server_default="[]"))
    error: str = Field(default="", max_length=1000)
    cancel_requested: bool = False
    created_at: datetime = Field(default_factory=utcnow)
    started_at: datetime | None = None
    finished_at: datetime | None = None


class ImportRow(SQLModel, table=True):
    """One data row of an import file, as written (data) and as judged (status, reason)."""

    __tablename__ = "import_row"
    __table_args__ = (
        # A run's rows in file order: the job's batches, the lists by status.
        UniqueConstraint("run_id", "row_number", name="uq_import_row_run_row"),
        # Duplicates within a file, found again when a row is fixed in place.
        Index("ix_import_row_run_email", "run_id", "email"),
        # No index has status, and each page keeps room for its rows' next version: the job's
        # claim ('valid' -> 'imported') is then an update in place that writes no index entry
        # (PostgreSQL's HOT update; migration 0023).
        {"postgresql_with": {"fillfactor": 50}},
    )

    id: int | None = Field(default=None, primary_key=True)
    run_id: int = Field(foreign_key="import_run.id", ondelete="CASCADE")
    row_number: int  # 1-based: the first data row after the header is 1
    # partner_name, contact_first_name, contact_last_name, contact_email, custom_fields (dict):
    # the values as the file has them (so a download of the bad rows shows what was written).
    data: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    # The contact email normalised (lower-case, trimmed), for the duplicate and conflict checks.
    email: str = Field(default="", max_length=254)
    status: str = Field(default="valid", max_length=16)  # IMPORT_ROW_STATUSES
    reason: str = Field(default="", max_length=1000)
    invitation_id: int | None = None
