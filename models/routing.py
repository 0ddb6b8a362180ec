"""Lead routing (seed 004, Lead Routing Rules) and the lead workflow settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, Index, text
from sqlmodel import Field, SQLModel

from models._base import utcnow

ROUTING_METHODS = {"round_robin": "Round robin", "weighted": "Weighted"}


class RoutingRule(SQLModel, table=True):
    """One rule: which leads it takes (empty lists: any lead), which partners it picks among
    (empty lists: every active partner), how it shares the leads out and how many each
    partner may hold. Rules are tried in `position` order; the first that matches a lead and
    has a partner with room assigns it."""

    __tablename__ = "routing_rule"
    __table_args__ = (Index("ix_routing_rule_position", "position", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=120)
    position: int = 0
    enabled: bool = True
    # Lead conditions (case-insensitive, any of the values).
    lead_countries: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    lead_campaigns: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # Partner criteria on PartnerAccount (and the partner's custom field values).
    partner_geographies: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    partner_tiers: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    partner_specializations: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # {custom field key: [accepted values]}
    partner_custom: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    method: str = Field(default="round_robin", max_length=16)  # round_robin | weighted
    # {partner account id (str): weight}; a partner not listed weighs 1.
    weights: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    # Capacity of each partner this rule assigns to (0: no limit). Counted over all the
    # partner's leads, whoever assigned them.
    max_open_leads: int = 0
    max_new_per_day: int = 0
    # The durable round-robin pointer: the partner this rule assigned last; and for weighted
    # rules the smooth weighted round robin's running weights {partner id: current weight}.
    last_partner_id: int | None = None
    wrr_state: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    leads_routed: int = 0
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class LeadSettings(SQLModel, table=True):
    """The lead workflow settings: one row (id=1)."""

    __tablename__ = "lead_settings"

    id: int | None = Field(default=1, primary_key=True)
    # A lead not accepted within this many hours of its assignment is recalled and routed again.
    recall_enabled: bool = False
    acceptance_window_hours: int = 72
    # Remind the Lead Owners to accept a New lead after this many hours (once per assignment).
    accept_reminder_enabled: bool = False
    accept_reminder_hours: int = 24
    # Remind the owner to update an accepted lead's status after this many days without a
    # change (once per period).
    status_reminder_enabled: bool = False
    status_reminder_days: int = 14
    updated_at: datetime = Field(default_factory=utcnow)


class RoutingRun(SQLModel, table=True):
    """Route Unassigned Leads: one routing of the whole Unassigned queue, run by an RQ job
    (jobs/routing.py). The job walks the queue by lead id up to `last_lead_id`, committing its
    progress with each batch, so the page shows a progress bar and a killed job resumes."""

    __tablename__ = "routing_run"
    __table_args__ = (
        Index("ix_routing_run_status", "status", "id"),
        # One running run at a time, also when two admins start one at the same moment.
        Index("ux_routing_run_running", "status", unique=True,
              postgresql_where=text("status = 'running'"), sqlite_where=text("status = 'running'")),
    )

    id: int | None = Field(default=None, primary_key=True)
    status: str = Field(default="running", max_length=12)  # running | done | failed
    total: int = 0  # unassigned leads when it started
    processed: int = 0
    assigned: int = 0
    unassigned: int = 0
    cursor_lead_id: int = 0  # the last lead id handled
    last_lead_id: int = 0  # the queue's newest lead id when it started
    error: str = Field(default="", max_length=500)
    created_by_user_id: int | None = Field(default=None, foreign_key="app_user.id", ondelete="SET NULL")
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    finished_at: datetime | None = None
