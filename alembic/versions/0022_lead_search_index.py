"""leads lists at 1M: a trigram index on PostgreSQL for the search box, and indexes for the
All Leads sorts (company, status, status changed; keyset on (column, id))

The search matches lower(company || ' ' || email || ' ' || first_name || ' ' || last_name)
with LIKE '%term%' (services.leads.lead_search_text). Without an index that is a scan of every
lead (seconds at 1M); pg_trgm's GIN index answers it for terms of three characters or more.
pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it. SQLite, the
laptop default, keeps the scan.

Revision ID: 0022
Revises: 0021
Create Date: 2026-11-23 02:00:00.000000
"""
from alembic import op


revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None

SEARCH_TEXT = "lower(company || ' ' || email || ' ' || first_name || ' ' || last_name)"


def upgrade() -> None:
    op.create_index('ix_lead_company_id', 'lead', ['company', 'id'], unique=False)
    op.create_index('ix_lead_status_id', 'lead', ['status', 'id'], unique=False)
    op.create_index('ix_lead_status_changed_id', 'lead', ['status_changed_at', 'id'], unique=False)
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute(f"CREATE INDEX IF NOT EXISTS ix_lead_search_trgm ON lead USING gin (({SEARCH_TEXT}) gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_lead_search_trgm")
    op.drop_index('ix_lead_status_changed_id', table_name='lead')
    op.drop_index('ix_lead_status_id', table_name='lead')
    op.drop_index('ix_lead_company_id', table_name='lead')
