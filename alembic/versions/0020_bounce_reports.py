"""bounce and complaint reports: a unique report key on email_event (a report processed twice
is recorded once) and an index for counting an address's recent soft bounces

Revision ID: 0020
Revises: 0019
Create Date: 2026-11-23 02:00:00.000000
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('email_event', sa.Column('report_key', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True))
    op.create_index('ix_email_event_report_key', 'email_event', ['report_key'], unique=True)
    op.create_index('ix_email_event_email_kind', 'email_event', ['email', 'kind', 'occurred_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_email_event_email_kind', table_name='email_event')
    op.drop_index('ix_email_event_report_key', table_name='email_event')
    with op.batch_alter_table('email_event') as batch:
        batch.drop_column('report_key')
