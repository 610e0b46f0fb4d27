"""Derivation jobs count their attempts (a job whose worker died runs once more).

Revision ID: e1f7a2b9c4d0
Revises: c6c0bc061939
Create Date: 2026-12-03 06:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e1f7a2b9c4d0'
down_revision = 'c6c0bc061939'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('derive_jobs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('attempts', sa.Integer(), server_default='0', nullable=False))


def downgrade():
    with op.batch_alter_table('derive_jobs', schema=None) as batch_op:
        batch_op.drop_column('attempts')
