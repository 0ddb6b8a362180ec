"""Every email the app sends (the outbox and delivery record), and to-partner messages."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from models._base import utcnow

EMAIL_STATUSES = ("queued", "sending", "sent", "failed")


class EmailMessage(SQLModel, table=True):
    """One email to one recipient. The idempotency key makes queueing it twice a no-op;
    the status column, claimed with a conditional UPDATE, makes delivering it twice a no-op."""

    __tablename__ = "email_message"
    __table_args__ = (Index("ix_email_message_created", "created_at", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    idempotency_key: str = Field(max_length=200, unique=True)
    to_email: str = Field(max_length=254, index=True)
    to_name: str = Field(default="", max_length=200)
    subject: str = Field(max_length=300)
    template: str = Field(max_length=60)
    html_body: str = Field(sa_column=Column(Text, nullable=False))
    text_body: str = Field(sa_column=Column(Text, nullable=False))
    message_id: str = Field(max_length=200, unique=True)
    status: str = Field(default="queued", max_length=16, index=True)
    transport: str = Field(default="", max_length=16)  # outbox | smtp
    attempts: int = 0
    error: str = Field(default="", max_length=1000)
    # Files sent with the email: [{"filename", "content_type", "content"}] (text content).
    attachments: list[dict] = Field(default_factory=list, sa_column=Column(JSON, nullable=False, server_default="[]"))
    created_at: datetime = Field(default_factory=utcnow)
    claimed_at: datetime | None = None
    sent_at: datetime | None = None


MESSAGE_KINDS = {"email": "Email", "popup": "Pop-up"}
# Portal pages a pop-up can show on (key → label); "home" is where users land after logging in.
POPUP_PAGES = {"home": "Home (after login)", "leads": "Leads", "messages": "Message Center",
               "settings": "Settings"}


class Message(SQLModel, table=True):
    """A to-partner communication: an Email or a Pop-up (seed 002). A pop-up is Draft, then
    Scheduled; it is Published from publish_at on (and shown until end_at, when set)."""

    __tablename__ = "message"
    __table_args__ = (Index("ix_message_updated", "updated_at", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=10)  # email | popup
    title: str = Field(max_length=200)
    body_html: str = Field(default="", sa_column=Column(Text, nullable=False))
    status: str = Field(default="Draft", max_length=20)
    # The audience: partner groups (their members' eligible users).
    group_ids: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False, server_default="[]"))
    portal_pages: list[str] = Field(default_factory=lambda: ["home"],
                                    sa_column=Column(JSON, nullable=False, server_default='["home"]'))
    publish_at: datetime | None = None
    end_at: datetime | None = None
    created_by_user_id: int | None = Field(default=None, foreign_key="app_user.id")
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class PopupRead(SQLModel, table=True):
    """A partner user marked a pop-up as read: it no longer pops up for them."""

    __tablename__ = "popup_read"
    __table_args__ = (UniqueConstraint("message_id", "user_id"),)

    id: int | None = Field(default=None, primary_key=True)
    message_id: int = Field(foreign_key="message.id", ondelete="CASCADE", index=True)
    user_id: int = Field(foreign_key="app_user.id", ondelete="CASCADE", index=True)
    read_at: datetime = Field(default_factory=utcnow)


SUPPRESSION_REASONS = {"hard_bounce": "Hard bounce", "soft_bounce": "Soft bounce", "complaint": "Complaint",
                       "unsubscribed": "Unsubscribed", "manual": "Suppressed by an admin"}


class EmailSuppression(SQLModel, table=True):
    """An address to-partner Emails never go to (a bounce, a complaint, an unsubscribe).
    Stored lower-cased; one row an address."""

    __tablename__ = "email_suppression"
    __table_args__ = (Index("ix_email_suppression_created", "created_at", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=254, unique=True)
    reason: str = Field(max_length=20)  # SUPPRESSION_REASONS
    detail: str = Field(default="", max_length=1000)
    created_at: datetime = Field(default_factory=utcnow)


RECIPIENT_STATUSES = ("queued", "sending", "sent", "failed", "skipped")


class MessageRecipient(SQLModel, table=True):
    """One recipient of a to-partner Email, snapshotted when sending starts. The unique
    (message_id, user_id) makes the snapshot idempotent; the status, claimed with a conditional
    UPDATE (queued → sending), makes each recipient's delivery happen once."""

    __tablename__ = "message_recipient"
    __table_args__ = (
        UniqueConstraint("message_id", "user_id"),
        Index("ix_message_recipient_message_status", "message_id", "status", "id"),
        Index("ix_message_recipient_user", "user_id", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    message_id: int = Field(foreign_key="message.id", ondelete="CASCADE")
    user_id: int = Field(foreign_key="app_user.id", ondelete="CASCADE")
    email: str = Field(max_length=254)
    name: str = Field(default="", max_length=200)
    status: str = Field(default="queued", max_length=16)
    attempts: int = 0
    last_error: str = Field(default="", max_length=1000)
    claimed_at: datetime | None = None
    next_attempt_at: datetime | None = None
    sent_at: datetime | None = None
    # Open and click tracking (services/email_tracking.py): a random nonce set once, before the
    # first delivery attempt, so every retry carries the same links; the links hold
    # HMAC(SECRET_KEY, nonce) and the database only its keyed hash, for lookup.
    track_nonce: str = Field(default="", max_length=32, sa_column_kwargs={"server_default": ""})
    track_hash: str | None = Field(default=None, max_length=64, unique=True)
class EmailTemplate(SQLModel, table=True):
    """An email the supplier admin rewrote in Settings > System Messaging (one row per
    template key). No row: the built-in wording in services/mail.py."""

    __tablename__ = "email_template"

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=60, unique=True)
    subject: str = Field(max_length=300)
    heading: str = Field(max_length=300)
    body: str = Field(sa_column=Column(Text, nullable=False))
    button_label: str = Field(max_length=100)
    updated_by_user_id: int | None = Field(default=None, foreign_key="app_user.id", ondelete="SET NULL")
    updated_at: datetime = Field(default_factory=utcnow)


EMAIL_EVENT_KINDS = ("open", "click", "bounce", "complaint")


class EmailEvent(SQLModel, table=True):
    """Something that happened to a delivered to-partner Email: an open (tracking pixel), a click
    (signed redirect), a bounce (an RFC 3464 report) or a complaint. `machine` marks opens and
    clicks made by scanners or prefetchers rather than people; stats count them apart. A bounce
    or complaint that cannot be tied to a recipient keeps only the address. `report_key`
    (bounces and complaints: a hash of the report's own Message-ID and the address) is unique,
    so a report processed twice is recorded once."""

    __tablename__ = "email_event"
    __table_args__ = (
        Index("ix_email_event_message_kind", "message_id", "kind", "occurred_at"),
        Index("ix_email_event_recipient_kind", "recipient_id", "kind"),
        Index("ix_email_event_email_kind", "email", "kind", "occurred_at"),
        Index("ix_email_event_report_key", "report_key", unique=True),
    )

    id: int | None = Field(default=None, primary_key=True)
    message_id: int | None = Field(default=None, foreign_key="message.id", ondelete="CASCADE")
    recipient_id: int | None = Field(default=None, foreign_key="message_recipient.id", ondelete="CASCADE")
    email: str = Field(default="", max_length=254)
    kind: str = Field(max_length=12)  # EMAIL_EVENT_KINDS
    machine: bool = False
    url: str = Field(default="", max_length=2000)  # the stored link a click led to
    bounce_type: str = Field(default="", max_length=8)  # hard | soft, for bounces
    detail: str = Field(default="", max_length=1000)  # DSN status + diagnostic, or user agent
    occurred_at: datetime = Field(default_factory=utcnow)
    report_key: str | None = Field(default=None, max_length=64)
