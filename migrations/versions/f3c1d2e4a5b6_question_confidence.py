"""Derived questions keep the generator's confidence (the review page lists the doubtful first).

Revision ID: f3c1d2e4a5b6
Revises: e1f7a2b9c4d0
Create Date: 2026-12-03 06:20:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'f3c1d2e4a5b6'
down_revision = 'e1f7a2b9c4d0'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('questions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('confidence', sa.Float(), nullable=True))


def downgrade():
    with op.batch_alter_table('questions', schema=None) as batch_op:
        batch_op.drop_column('confidence')
