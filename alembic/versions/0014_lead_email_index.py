"""lead email index (the lead import's check for leads that exist already)

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-22 22:35:00
"""
from alembic import op


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('lead', schema=None) as batch_op:
        batch_op.create_index('ix_lead_email', ['email'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('lead', schema=None) as batch_op:
        batch_op.drop_index('ix_lead_email')
