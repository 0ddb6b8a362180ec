"""lead registration: conflicts on the lead, no-PII and lead visibility settings

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-22 22:20:00
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('lead', schema=None) as batch_op:
        batch_op.add_column(sa.Column('registration_conflicts', sa.JSON(), nullable=False, server_default='[]'))
        # Admin > Leads > Registrations: the pending ones, newest first.
        batch_op.create_index('ix_lead_kind_status_created', ['kind', 'status', 'created_at', 'id'], unique=False)

    with op.batch_alter_table('program_settings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('lead_registration_without_pii', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column('partner_user_lead_visibility', sqlmodel.sql.sqltypes.AutoString(length=16),
                                      nullable=False, server_default='assigned'))


def downgrade() -> None:
    with op.batch_alter_table('program_settings', schema=None) as batch_op:
        batch_op.drop_column('partner_user_lead_visibility')
        batch_op.drop_column('lead_registration_without_pii')

    with op.batch_alter_table('lead', schema=None) as batch_op:
        batch_op.drop_index('ix_lead_kind_status_created')
        batch_op.drop_column('registration_conflicts')
