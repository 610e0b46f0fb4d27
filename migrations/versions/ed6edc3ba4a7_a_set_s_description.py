"""A set has a description, written by its teacher (empty for existing sets).

Revision ID: ed6edc3ba4a7
Revises: f3c1d2e4a5b6
Create Date: 2026-12-03 08:11:48.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ed6edc3ba4a7'
down_revision = 'f3c1d2e4a5b6'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('question_sets', schema=None) as batch_op:
        batch_op.add_column(sa.Column('description', sa.Text(), server_default='', nullable=False))


def downgrade():
    with op.batch_alter_table('question_sets', schema=None) as batch_op:
        batch_op.drop_column('description')
