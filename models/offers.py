"""Partnership offers between partner tenants (seed 003: the Add Customer wizard).

The partner who sends the offer is the "partner"; the tenant it goes to is the "customer".
An offer is always recorded as the sender typed it, even when no such tenant or contact
exists: the sender's card then looks exactly like a delivered one, so the wizard cannot be
used to find out which tenants or emails exist."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, Index, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from models._base import utcnow

OFFER_OPEN = "Open"
OFFER_ACCEPTED = "Accepted"
OFFER_DECLINED = "Declined"
OFFER_MODIFIED = "Modified"
OFFER_STATUSES = (OFFER_OPEN, OFFER_ACCEPTED, OFFER_DECLINED, OFFER_MODIFIED)

SIDE_PARTNER = "partner"
SIDE_CUSTOMER = "customer"
ROLE_CONTACT = "contact"
ROLE_MANAGER = "manager"


class Partnership(SQLModel, table=True):
    __tablename__ = "partnership"
    __table_args__ = (
        Index("ix_partnership_partner", "partner_account_id", "updated_at", "id"),
        Index("ix_partnership_customer", "customer_account_id", "updated_at", "id"),
        Index("ux_partnership_open_offer", "partner_account_id", "customer_tenant_name", unique=True,
              postgresql_where=text("status = 'Open'"), sqlite_where=text("status = 'Open'")),
    )

    id: int | None = Field(default=None, primary_key=True)
    partner_account_id: int = Field(foreign_key="partner_account.id", ondelete="CASCADE")
    # The tenant the offer reached; NULL when the tenant name / contact email matched nobody.
    customer_account_id: int | None = Field(
        default=None, foreign_key="partner_account.id", ondelete="CASCADE")
    customer_tenant_name: str = Field(max_length=63)  # as typed, lower-case
    customer_contact_email: str = Field(max_length=254)
    message: str = Field(default="", max_length=500)
    status: str = Field(default=OFFER_OPEN, max_length=16)
    decline_reason: str = Field(default="", max_length=500)
    created_by_user_id: int | None = Field(default=None, foreign_key="app_user.id", ondelete="SET NULL")
    accepted_at: datetime | None = None
    declined_at: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class PartnershipMember(SQLModel, table=True):
    """A user one side offers to the partnership, as a contact or as a partner manager."""

    __tablename__ = "partnership_member"
    __table_args__ = (UniqueConstraint("partnership_id", "side", "role", "user_id"),)

    id: int | None = Field(default=None, primary_key=True)
    partnership_id: int = Field(foreign_key="partnership.id", ondelete="CASCADE", index=True)
    side: str = Field(max_length=10)  # partner | customer
    role: str = Field(max_length=10)  # contact | manager
    user_id: int = Field(foreign_key="app_user.id", ondelete="CASCADE", index=True)


class PartnershipChange(SQLModel, table=True):
    """A proposed modification of an accepted partnership; takes effect once the other side
    confirms it. At most one is pending per partnership."""

    __tablename__ = "partnership_change"

    id: int | None = Field(default=None, primary_key=True)
    partnership_id: int = Field(foreign_key="partnership.id", ondelete="CASCADE", index=True)
    proposed_by_side: str = Field(max_length=10)
    proposed_by_user_id: int | None = Field(default=None, foreign_key="app_user.id", ondelete="SET NULL")
    contact_ids: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    manager_ids: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    message: str | None = Field(default=None, max_length=500)  # None: the message is unchanged
    state: str = Field(default="pending", max_length=12)  # pending | confirmed | rejected
    created_at: datetime = Field(default_factory=utcnow)
    decided_at: datetime | None = None


class OfferDraft(SQLModel, table=True):
    """The Add Customer wizard in progress for one user: it survives a reload until the offer is
    sent or the wizard is cancelled."""

    __tablename__ = "offer_draft"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="app_user.id", ondelete="CASCADE", unique=True)
    step: int = 1
    completed: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    tenant_name: str = Field(default="", max_length=63)
    contact_email: str = Field(default="", max_length=254)
    message: str = Field(default="", max_length=500)
    contact_ids: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    manager_ids: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    updated_at: datetime = Field(default_factory=utcnow)


class CompanyProfile(SQLModel, table=True):
    """The business tile a partner shows to the tenants it has a partnership with."""

    __tablename__ = "company_profile"

    id: int | None = Field(default=None, primary_key=True)
    partner_account_id: int = Field(foreign_key="partner_account.id", ondelete="CASCADE", unique=True)
    about: str = Field(default="", max_length=1000)
    services: str = Field(default="", max_length=1000)
    offerings: str = Field(default="", max_length=1000)
    website: str = Field(default="", max_length=300)
    phone: str = Field(default="", max_length=40)
    updated_at: datetime = Field(default_factory=utcnow)
