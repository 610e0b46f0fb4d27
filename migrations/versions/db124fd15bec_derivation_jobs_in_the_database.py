"""Derivation jobs in the database, so every worker and host sees their progress.

Revision ID: db124fd15bec
Revises: 5a232ee25edb
Create Date: 2026-11-25 19:26:34.441376

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'db124fd15bec'
down_revision = '5a232ee25edb'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('derive_jobs',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('state', sa.String(length=20), server_default='queued', nullable=False),
    sa.Column('done', sa.Integer(), server_default='0', nullable=False),
    sa.Column('total', sa.Integer(), server_default='0', nullable=False),
    sa.Column('set_id', sa.Integer(), nullable=True),
    sa.Column('error', sa.Text(), server_default='', nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_derive_jobs_owner_id_users'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['set_id'], ['question_sets.id'], name=op.f('fk_derive_jobs_set_id_question_sets'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_derive_jobs'))
    )
    with op.batch_alter_table('derive_jobs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_derive_jobs_owner_id'), ['owner_id'], unique=False)



def downgrade():
    with op.batch_alter_table('derive_jobs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_derive_jobs_owner_id'))

    op.drop_table('derive_jobs')
