"""The REST API and the closed loop to the supplier's CRM: API keys, the responses kept for
Idempotency-Key replays, the webhook endpoint and one delivery row per lead change."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from models._base import utcnow


class ApiKey(SQLModel, table=True):
    """A key a CRM or marketing-automation system sends as `Authorization: Bearer <key>`.
    Only a hash of the key is kept; `prefix` is the short visible part that tells keys apart."""

    __tablename__ = "api_key"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=100)
    prefix: str = Field(max_length=16)
    key_hash: str = Field(max_length=64, unique=True)
    created_by_user_id: int | None = Field(default=None, foreign_key="app_user.id", ondelete="SET NULL")
    created_at: datetime = Field(default_factory=utcnow)
    last_used_at: datetime | None = None
    revoked_at: datetime | None = None


class ApiIdempotencyKey(SQLModel, table=True):
    """The response to a POST sent with an Idempotency-Key, per API key: the same key with the
    same body replays it; with another body it is refused."""

    __tablename__ = "api_idempotency_key"
    __table_args__ = (
        UniqueConstraint("api_key_id", "key", name="uq_api_idempotency_key"),
        Index("ix_api_idempotency_key_created", "created_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    api_key_id: int = Field(foreign_key="api_key.id", ondelete="CASCADE")
    key: str = Field(max_length=255)
    request_hash: str = Field(max_length=64)
    status_code: int = 0
    response: str = Field(default="", sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(default_factory=utcnow)


class WebhookEndpoint(SQLModel, table=True):
    """Where lead changes are delivered: one row (id=1), the supplier's CRM."""

    __tablename__ = "webhook_endpoint"

    id: int | None = Field(default=1, primary_key=True)
    url: str = Field(default="", max_length=2000)
    # Kept as it is: every delivery is signed with it (HMAC-SHA256).
    signing_secret: str = Field(default="", max_length=100)
    enabled: bool = False
    updated_at: datetime = Field(default_factory=utcnow)


WEBHOOK_STATUSES = ("pending", "delivering", "retrying", "delivered", "failed")
WEBHOOK_UNFINISHED = ("pending", "delivering", "retrying")


class WebhookDelivery(SQLModel, table=True):
    """One lead change to deliver (the outbox row, written in the transaction of the change).
    A job claims it with a conditional UPDATE; a lead's changes go out in id order."""

    __tablename__ = "webhook_delivery"
    __table_args__ = (
        Index("ix_webhook_delivery_lead", "lead_id", "id"),
        Index("ix_webhook_delivery_due", "status", "next_attempt_at"),
        Index("ix_webhook_delivery_created", "created_at", "id"),
        Index("ix_webhook_delivery_status_created", "status", "created_at", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="lead_event.id", ondelete="CASCADE", unique=True)
    lead_id: int = Field(foreign_key="lead.id", ondelete="CASCADE")
    field: str = Field(default="", max_length=40)
    payload: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    status: str = Field(default="pending", max_length=16)
    attempts: int = 0
    next_attempt_at: datetime = Field(default_factory=utcnow)
    last_status_code: int | None = None
    last_error: str = Field(default="", max_length=500)
    claimed_at: datetime | None = None
    delivered_at: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)
