"""email events: opens, clicks, bounces and complaints of to-partner Emails

Revision ID: 0018
Revises: 0017
Create Date: 2026-11-23 01:30:00.000000
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('email_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=True),
    sa.Column('recipient_id', sa.Integer(), nullable=True),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=254), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('machine', sa.Boolean(), nullable=False),
    sa.Column('url', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
    sa.Column('bounce_type', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('detail', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.Column('occurred_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['message_id'], ['message.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recipient_id'], ['message_recipient.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_email_event_message_kind', 'email_event', ['message_id', 'kind', 'occurred_at'], unique=False)
    op.create_index('ix_email_event_recipient_kind', 'email_event', ['recipient_id', 'kind'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_email_event_recipient_kind', table_name='email_event')
    op.drop_index('ix_email_event_message_kind', table_name='email_event')
    op.drop_table('email_event')
