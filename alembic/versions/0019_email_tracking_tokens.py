"""email tracking tokens: a nonce and the token's keyed hash per to-partner Email recipient

Revision ID: 0019
Revises: 0018
Create Date: 2026-11-23 03:00:00.000000
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('message_recipient') as batch:
        batch.add_column(sa.Column('track_nonce', sqlmodel.sql.sqltypes.AutoString(length=32),
                                   nullable=False, server_default=''))
        batch.add_column(sa.Column('track_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True))
        batch.create_unique_constraint('uq_message_recipient_track_hash', ['track_hash'])


def downgrade() -> None:
    with op.batch_alter_table('message_recipient') as batch:
        batch.drop_constraint('uq_message_recipient_track_hash', type_='unique')
        batch.drop_column('track_hash')
        batch.drop_column('track_nonce')
