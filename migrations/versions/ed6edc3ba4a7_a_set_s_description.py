"""A set has a description, written by its teacher (empty for existing sets).

Revision ID: ed6edc3ba4a7
Revises: 45a64e86caaf
Create Date: 2026-12-03 08:11:48.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ed6edc3ba4a7'
down_revision = '45a64e86caaf'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('question_sets', schema=None) as batch_op:
        batch_op.add_column(sa.Column('description', sa.Text(), server_default='', nullable=False))


def downgrade():
    with op.batch_alter_table('question_sets', schema=None) as batch_op:
        batch_op.drop_column('description')
