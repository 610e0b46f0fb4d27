"""Set source texts in their own table, so that lists of sets never read them.

Revision ID: c6c0bc061939
Revises: 31caad030acc
Create Date: 2026-12-03 05:35:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c6c0bc061939'
down_revision = '31caad030acc'
branch_labels = None
depends_on = None


def upgrade():
    # The foreign key is added last: on SQLite, dropping the column rebuilds question_sets, and dropping the
    # old table would cascade to the texts just copied.
    op.create_table('set_sources',
    sa.Column('set_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('set_id', name=op.f('pk_set_sources'))
    )
    op.execute("INSERT INTO set_sources (set_id, text) SELECT id, source_text FROM question_sets WHERE source_text <> ''")
    with op.batch_alter_table('question_sets', schema=None) as batch_op:
        batch_op.drop_column('source_text')
    with op.batch_alter_table('set_sources', schema=None) as batch_op:
        batch_op.create_foreign_key(batch_op.f('fk_set_sources_set_id_question_sets'), 'question_sets', ['set_id'], ['id'], ondelete='CASCADE')


def downgrade():
    with op.batch_alter_table('question_sets', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source_text', sa.Text(), server_default='', nullable=False))
    op.execute("UPDATE question_sets SET source_text = (SELECT text FROM set_sources WHERE set_sources.set_id = question_sets.id) WHERE id IN (SELECT set_id FROM set_sources)")
    op.drop_table('set_sources')
