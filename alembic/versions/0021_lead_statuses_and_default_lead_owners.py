"""lead statuses, Supplier-Defined Default Lead Owners, Route Unassigned Leads runs, and the
registration conflict check's indexed company domain and name

Revision ID: 0021
Revises: 0020
Create Date: 2026-11-24 09:00:00.000000
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

from services.lead_matching import company_domain, company_key


revision = '0021'
down_revision = '0020'
branch_labels = None
depends_on = None

_DEFAULTS = (
    ("New", "open"), ("Pending Approval", "open"), ("Approved", "open"), ("Accepted", "open"),
    ("Rejected", "lost"), ("Contacted", "open"), ("Qualified", "open"),
    ("Converted to Opportunity", "open"), ("Closed Won", "won"), ("Closed Lost", "lost"),
    ("Recalled", "lost"),
)
_WORKFLOW = {"New", "Pending Approval", "Approved", "Accepted", "Rejected", "Recalled"}


def upgrade() -> None:
    status = op.create_table('lead_status',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('category', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('is_workflow', sa.Boolean(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_index('ix_lead_status_position', 'lead_status', ['position', 'id'], unique=False)
    from datetime import UTC, datetime
    now = datetime.now(UTC)
    # The defaults, and any other status a lead already holds (kept, last, open).
    conn = op.get_bind()
    held = [r[0] for r in conn.execute(sa.text("SELECT DISTINCT status FROM lead")).all()]
    names = [n for n, _ in _DEFAULTS] + sorted(h for h in held if h and h not in dict(_DEFAULTS))
    op.bulk_insert(status, [
        {"name": n, "position": i, "category": dict(_DEFAULTS).get(n, "open"), "is_active": True,
         "is_workflow": n in _WORKFLOW, "created_at": now, "updated_at": now}
        for i, n in enumerate(names)])

    op.create_table('routing_run',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('processed', sa.Integer(), nullable=False),
    sa.Column('assigned', sa.Integer(), nullable=False),
    sa.Column('unassigned', sa.Integer(), nullable=False),
    sa.Column('cursor_lead_id', sa.Integer(), nullable=False),
    sa.Column('last_lead_id', sa.Integer(), nullable=False),
    sa.Column('error', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('created_by_user_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('finished_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_user_id'], ['app_user.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_routing_run_status', 'routing_run', ['status', 'id'], unique=False)
    op.create_index('ux_routing_run_running', 'routing_run', ['status'], unique=True,
                    postgresql_where=sa.text("status = 'running'"), sqlite_where=sa.text("status = 'running'"))

    with op.batch_alter_table('app_user') as batch:
        batch.add_column(sa.Column('is_default_lead_owner', sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
    with op.batch_alter_table('lead') as batch:
        batch.add_column(sa.Column('company_domain', sqlmodel.sql.sqltypes.AutoString(length=253),
                                   nullable=False, server_default=''))
        batch.add_column(sa.Column('company_key', sqlmodel.sql.sqltypes.AutoString(length=200),
                                   nullable=False, server_default=''))
    # Fill them for the leads already there, 5,000 at a time by id (the rule is Python's).
    last = 0
    while True:
        rows = conn.execute(sa.text("SELECT id, email, company FROM lead WHERE id > :last ORDER BY id LIMIT 5000"),
                            {"last": last}).all()
        if not rows:
            break
        conn.execute(sa.text("UPDATE lead SET company_domain = :d, company_key = :k WHERE id = :id"),
                     [{"id": r[0], "d": company_domain(r[1] or ""), "k": company_key(r[2] or "")} for r in rows])
        last = rows[-1][0]
    op.create_index('ix_lead_company_domain', 'lead', ['company_domain'], unique=False)
    op.create_index('ix_lead_company_key', 'lead', ['company_key'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_lead_company_key', table_name='lead')
    op.drop_index('ix_lead_company_domain', table_name='lead')
    with op.batch_alter_table('lead') as batch:
        batch.drop_column('company_key')
        batch.drop_column('company_domain')
    with op.batch_alter_table('app_user') as batch:
        batch.drop_column('is_default_lead_owner')
    op.drop_index('ux_routing_run_running', table_name='routing_run')
    op.drop_index('ix_routing_run_status', table_name='routing_run')
    op.drop_table('routing_run')
    op.drop_index('ix_lead_status_position', table_name='lead_status')
    op.drop_table('lead_status')
