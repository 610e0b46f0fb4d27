"""A question's date may be a day BC ("-0044-03-15"), one character longer than any date of the era.

Revision ID: b4e8c2d1f907
Revises: ed6edc3ba4a7
Create Date: 2026-12-07 19:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b4e8c2d1f907'
down_revision = 'ed6edc3ba4a7'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('questions', schema=None) as batch_op:
        batch_op.alter_column('date', existing_type=sa.String(length=10), type_=sa.String(length=11),
                              existing_nullable=True)


def downgrade():
    with op.batch_alter_table('questions', schema=None) as batch_op:
        batch_op.alter_column('date', existing_type=sa.String(length=11), type_=sa.String(length=10),
                              existing_nullable=True)
