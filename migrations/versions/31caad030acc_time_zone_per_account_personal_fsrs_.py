"""A time zone per account (the student's days in the review forecast) and personal FSRS parameters.

Revision ID: 31caad030acc
Revises: db124fd15bec
Create Date: 2026-12-03 05:24:14.176744

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '31caad030acc'
down_revision = 'db124fd15bec'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('student_parameters',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('parameters', sa.JSON(), nullable=True),
    sa.Column('state', sa.String(length=20), server_default='idle', nullable=False),
    sa.Column('reviews_used', sa.Integer(), server_default='0', nullable=False),
    sa.Column('log_loss_default', sa.Float(), nullable=True),
    sa.Column('log_loss_personal', sa.Float(), nullable=True),
    sa.Column('fitted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('error', sa.String(length=300), server_default='', nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_student_parameters_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_student_parameters'))
    )
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('time_zone', sa.String(length=64), server_default='UTC', nullable=False))



def downgrade():
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('time_zone')

    op.drop_table('student_parameters')
