"""Accounts: display names, a session version (log-out ends every copy of the cookie), one-time links
(password resets, teacher invitations), and e-mails stored in their normal form (NFKC, case-folded).

Revision ID: c7b957056892
Revises: f3c1d2e4a5b6
Create Date: 2026-12-03 08:08:44.895725

"""
import logging
import unicodedata

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c7b957056892'
down_revision = 'f3c1d2e4a5b6'
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")


def _normalise_emails():
    """Store every e-mail as the app now compares it; one whose normal form is taken is left as it was (and logged)."""
    users = sa.table("users", sa.column("id", sa.Integer), sa.column("email", sa.String))
    bind = op.get_bind()
    rows = bind.execute(sa.select(users.c.id, users.c.email).order_by(users.c.id)).all()
    taken = {email for _, email in rows}
    for user_id, email in rows:
        normal = unicodedata.normalize("NFKC", email).strip().casefold()
        if normal == email:
            continue
        if normal in taken:
            log.warning("users.id %s: e-mail %r left as it was, its normal form %r belongs to another account", user_id, email, normal)
            continue
        bind.execute(users.update().where(users.c.id == user_id).values(email=normal))
        taken.discard(email)
        taken.add(normal)


def upgrade():
    op.create_table('account_tokens',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('purpose', sa.Integer(), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('used_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_account_tokens_created_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_account_tokens_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_account_tokens')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_account_tokens_token_hash'))
    )
    with op.batch_alter_table('account_tokens', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_account_tokens_user_id'), ['user_id'], unique=False)

    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('display_name', sa.String(length=80), server_default='', nullable=False))
        batch_op.add_column(sa.Column('session_version', sa.Integer(), server_default='1', nullable=False))

    _normalise_emails()


def downgrade():
    # The e-mails keep their normal form: the earlier code compared them in lower case, which still finds them.
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('session_version')
        batch_op.drop_column('display_name')

    with op.batch_alter_table('account_tokens', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_account_tokens_user_id'))

    op.drop_table('account_tokens')
