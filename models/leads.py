"""Leads (seed 004): distributed by the supplier or registered by a partner."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from models._base import utcnow

LEAD_STATUSES = (
    "New",
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


class Lead(SQLModel, table=True):
    __tablename__ = "lead"
    __table_args__ = (
        Index("ix_lead_partner_status_created", "partner_account_id", "status", "created_at", "id"),
        Index("ix_lead_created", "created_at", "id"),
        Index("ix_lead_owner_created", "owner_user_id", "created_at", "id"),
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
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
