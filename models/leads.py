"""Leads (seed 004): distributed by the supplier or registered by a partner."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field, SQLModel

from models._base import utcnow

LEAD_STATUSES = (
    "New",
    # A partner's registration (deal registration) waits for the supplier's approval.
    "Pending Approval",
    "Approved",
    "Accepted",
    "Rejected",
    "Contacted",
    "Qualified",
    "Converted to Opportunity",
    "Closed Won",
    "Closed Lost",
    "Recalled",
)
LEAD_KINDS = {"distributed": "Distributed", "registered": "Registered"}
# The statuses the lead workflow itself sets: always there, never renamed or deactivated
# (services.lead_statuses); the others are the supplier's to rename, reorder and deactivate.
WORKFLOW_STATUSES = ("New", "Pending Approval", "Approved", "Accepted", "Rejected", "Recalled")
# The default statuses, in order, with their category (open / won / lost): what the migration
# and an empty table start with.
DEFAULT_LEAD_STATUSES = (
    ("New", "open"), ("Pending Approval", "open"), ("Approved", "open"), ("Accepted", "open"),
    ("Rejected", "lost"), ("Contacted", "open"), ("Qualified", "open"),
    ("Converted to Opportunity", "open"), ("Closed Won", "won"), ("Closed Lost", "lost"),
    ("Recalled", "lost"),
)
STATUS_CATEGORIES = {"open": "Open", "won": "Won", "lost": "Lost"}


class LeadStatus(SQLModel, table=True):
    """Leads > Lead Settings > Lead Statuses: one configured status. A lead holds the status's
    name (renaming rewrites the leads that hold it). The category tells capacity counts and
    reports whether a lead in it is still open."""

    __tablename__ = "lead_status"
    __table_args__ = (Index("ix_lead_status_position", "position", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=32, unique=True)
    position: int = 0
    category: str = Field(default="open", max_length=8)  # open | won | lost
    is_active: bool = True
    is_workflow: bool = False
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Lead(SQLModel, table=True):
    __tablename__ = "lead"
    __table_args__ = (
        Index("ix_lead_partner_status_created", "partner_account_id", "status", "created_at", "id"),
        Index("ix_lead_created", "created_at", "id"),
        # The All Leads sorts (keyset on (column, id)): without these, sorting 1M leads by
        # company took 0.9–1.9 s a page.
        Index("ix_lead_company_id", "company", "id"),
        Index("ix_lead_status_id", "status", "id"),
        Index("ix_lead_status_changed_id", "status_changed_at", "id"),
        Index("ix_lead_owner_created", "owner_user_id", "created_at", "id"),
        Index("ix_lead_partner_created", "partner_account_id", "created_at", "id"),
        Index("ix_lead_kind_status_created", "kind", "status", "created_at", "id"),
        # The lead workflows' scans: New leads by assignment time, others by last change.
        Index("ix_lead_status_assigned", "status", "assigned_at"),
        Index("ix_lead_status_changed", "status", "status_changed_at"),
        Index("ix_lead_email", "email"),  # Upload Leads: does a lead with this email exist?
        # GET /api/v1/leads?updated_since=… pages on (updated_at, id).
        Index("ix_lead_updated", "updated_at", "id"),
        # The registration conflict check looks these up (services.lead_matching fills them).
        Index("ix_lead_company_domain", "company_domain"),
        Index("ix_lead_company_key", "company_key"),
    )

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(default="distributed", max_length=12)
    partner_account_id: int | None = Field(
        default=None, foreign_key="partner_account.id", ondelete="SET NULL"
    )
    owner_user_id: int | None = Field(default=None, foreign_key="app_user.id", ondelete="SET NULL")
    first_name: str = Field(default="", max_length=100)
    last_name: str = Field(default="", max_length=100)
    email: str = Field(default="", max_length=254)
    phone: str = Field(default="", max_length=40)
    company: str = Field(default="", max_length=200)
    country: str = Field(default="", max_length=80)
    notes: str = Field(default="", max_length=2000)
    source_campaign: str = Field(default="", max_length=200)
    status: str = Field(default="New", max_length=32)
    rejection_reason: str = Field(default="", max_length=1000)
    opportunity_amount: Decimal | None = Field(default=None, max_digits=14, decimal_places=2)
    opportunity_stage: str = Field(default="", max_length=80)
    close_date: date | None = None
    assigned_at: datetime | None = None
    # The lead workflows' claims (a conditional UPDATE sets them before the reminder is sent).
    accept_reminded_at: datetime | None = None
    status_reminded_at: datetime | None = None
    status_changed_at: datetime = Field(default_factory=utcnow)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    # A registration that looked like other leads when submitted (services/lead_registration):
    # [{"lead_id": 12, "reason": "domain" | "name"}]; only supplier admins see it.
    # The normalised company email domain ("" for gmail.com and the like) and company name
    # ("Globex Corp." → "globex"), kept by services.lead_matching on every insert and update.
    company_domain: str = Field(default="", max_length=253)
    company_key: str = Field(default="", max_length=200)
    registration_conflicts: list[dict] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False, server_default="[]"))


class LeadEvent(SQLModel, table=True):
    """The lead's timeline: every status change and (re)assignment, with its actor."""

    __tablename__ = "lead_event"
    __table_args__ = (Index("ix_lead_event_lead_at", "lead_id", "at", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    lead_id: int = Field(foreign_key="lead.id", ondelete="CASCADE")
    at: datetime = Field(default_factory=utcnow)
    actor_kind: str = Field(default="user", max_length=16)  # user | rule | workflow | api | system
    actor_user_id: int | None = Field(default=None, foreign_key="app_user.id", ondelete="SET NULL")
    actor_label: str = Field(default="", max_length=254)
    field: str = Field(max_length=40)  # status | partner | owner | opportunity | created
    old_value: str = Field(default="", max_length=300)
    new_value: str = Field(default="", max_length=300)
    note: str = Field(default="", max_length=1000)
