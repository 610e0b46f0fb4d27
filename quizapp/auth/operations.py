"""Account writes and look-ups: plain functions over ids and values."""

from __future__ import annotations

import hashlib
import secrets
import unicodedata
from datetime import datetime, timedelta

from flask import current_app, has_request_context, request
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from quizapp.auth.models import AccountToken, Role, TokenPurpose, User
from quizapp.auth.passwords import password_problem
from quizapp.extensions import db, utcnow

RESET_LIFETIME = timedelta(hours=1)
INVITATION_LIFETIME = timedelta(days=7)
DISPLAY_NAME_MAX = 80
EXPIRED_KEPT = timedelta(days=30)  # used or expired links are deleted this long after they expire


class AccountError(ValueError):
    """An account cannot be created or changed as asked."""


def normalise_email(email: str) -> str:
    """Emails are stored and compared in one form: NFKC (full-width ``ｓａ`` is ``sa``), case-folded, stripped."""
    return unicodedata.normalize("NFKC", email).strip().casefold()


def find_user(email: str) -> User | None:
    """The user with this email (in any case or width), if any."""
    return db.session.scalar(select(User).where(User.email == normalise_email(email)))


def clean_display_name(name: str) -> str:
    """A display name as stored: NFKC, single spaces, no control characters.

    Raises:
        AccountError: it is too long or holds control characters.
    """
    name = " ".join(unicodedata.normalize("NFKC", name).split())
    if len(name) > DISPLAY_NAME_MAX:
        raise AccountError(f"The name must have at most {DISPLAY_NAME_MAX} characters.")
    if any(unicodedata.category(char)[0] == "C" for char in name):
        raise AccountError("The name cannot hold control characters.")
    return name


def _check_password(password: str, email: str, display_name: str) -> None:
    problem = password_problem(password, (email, display_name))
    if problem:
        raise AccountError(problem)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def _consume(token: str, purpose: TokenPurpose, now: datetime) -> AccountToken | None:
    """Mark a valid link used (in the caller's transaction) and return it; None if unknown, used or expired."""
    row = db.session.scalar(select(AccountToken).where(AccountToken.token_hash == _token_hash(token), AccountToken.purpose == int(purpose)))
    if row is None:
        return None
    taken = db.session.execute(
        update(AccountToken)
        .where(AccountToken.id == row.id, AccountToken.used_at.is_(None), AccountToken.expires_at > now)
        .values(used_at=now)
        .execution_options(synchronize_session=False)
    )
    if taken.rowcount != 1:  # type: ignore[attr-defined]
        return None
    return row


def create_user(
    email: str,
    password: str,
    role: Role = Role.STUDENT,
    display_name: str = "",
    invitation: str | None = None,
    now: datetime | None = None,
) -> User:
    """Create and commit an account; with a valid teacher ``invitation`` token it is a teacher, and the link is used up.

    Raises:
        AccountError: the email is taken, the name or password is refused, or the invitation is invalid.
    """
    email = normalise_email(email)
    display_name = clean_display_name(display_name)
    _check_password(password, email, display_name)
    if find_user(email) is not None:
        raise AccountError(f"An account with the email {email} already exists.")
    user = User(email=email, role=int(role), display_name=display_name)
    user.set_password(password)
    db.session.add(user)
    try:
        db.session.flush()
        if invitation is not None:
            row = _consume(invitation, TokenPurpose.INVITE, now or utcnow())
            if row is None:
                raise AccountError("This invitation link is invalid, used or expired. Ask for a new one.")
            row.user_id = user.id
            user.role = int(Role.TEACHER)
        db.session.commit()
    except IntegrityError as error:
        db.session.rollback()
        raise AccountError(f"An account with the email {email} already exists.") from error
    except AccountError:
        db.session.rollback()
        raise
    return user


def authenticate(email: str, password: str) -> User | None:
    """The user whose email and password match, or None."""
    user = find_user(email)
    if user is None or not user.check_password(password):
        return None
    return user


def _user(user_id: int) -> User:
    user = db.session.get(User, user_id)
    if user is None:
        raise AccountError("No such account.")
    return user


def set_user_role(user_id: int, role: Role) -> User:
    """Change a user's role.

    Raises:
        AccountError: no such user.
    """
    user = _user(user_id)
    user.role = int(role)
    db.session.commit()
    return user


def set_role(email: str, role: Role) -> User:
    """Change the role of the user with this email.

    Raises:
        AccountError: no such user.
    """
    user = find_user(email)
    if user is None:
        raise AccountError(f"No account with the email {email}.")
    return set_user_role(user.id, role)


def set_display_name(user_id: int, name: str) -> User:
    """Change a user's display name ("" for none).

    Raises:
        AccountError: no such user, or the name is refused.
    """
    user = _user(user_id)
    user.display_name = clean_display_name(name)
    db.session.commit()
    return user


def end_sessions(user_id: int) -> User:
    """End every session of the account (each holds the old session version)."""
    user = _user(user_id)
    user.session_version += 1
    db.session.commit()
    return user


def set_password(user_id: int, password: str) -> User:
    """Set a new password if strong enough; end every session and every open reset link of the account.

    Raises:
        AccountError: no such user, or the password is refused.
    """
    user = _user(user_id)
    _check_password(password, user.email, user.display_name)
    user.set_password(password)
    user.session_version += 1
    db.session.execute(
        update(AccountToken)
        .where(AccountToken.user_id == user_id, AccountToken.purpose == int(TokenPurpose.RESET), AccountToken.used_at.is_(None))
        .values(used_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    db.session.commit()
    return user


def change_password(user_id: int, current: str, new: str) -> User:
    """Change the password, given the current one; ends every session (the caller logs the current one in again).

    Raises:
        AccountError: the current password is wrong, or the new one is refused.
    """
    if not _user(user_id).check_password(current):
        raise AccountError("The current password is wrong.")
    return set_password(user_id, new)


def _issue(purpose: TokenPurpose, now: datetime, lifetime: timedelta, user_id: int | None = None, created_by_id: int | None = None) -> str:
    """Store the hash of a new random token and return the token (shown once, in a link)."""
    db.session.execute(AccountToken.__table__.delete().where(AccountToken.expires_at < now - EXPIRED_KEPT))
    token = secrets.token_urlsafe(32)
    db.session.add(
        AccountToken(
            purpose=int(purpose), token_hash=_token_hash(token), user_id=user_id, created_by_id=created_by_id, created_at=now, expires_at=now + lifetime
        )
    )
    db.session.commit()
    return token


def link_for(endpoint: str, **values: str) -> str:
    """An absolute link to a page: on ``BASE_URL`` when set (never the request's Host header), else this request's host."""
    base = str(current_app.config.get("BASE_URL") or "").rstrip("/")
    if not base:
        base = request.host_url.rstrip("/") if has_request_context() else "http://localhost:8000"
    return base + current_app.url_map.bind("localhost").build(endpoint, values)


def make_reset_token(user_id: int, now: datetime) -> str:
    """A new password-reset token for the user, valid for ``RESET_LIFETIME`` and once.

    Raises:
        AccountError: no such user.
    """
    _user(user_id)
    return _issue(TokenPurpose.RESET, now, RESET_LIFETIME, user_id=user_id)


def make_reset_link(user_id: int, now: datetime) -> str:
    """The absolute link a user follows to choose a new password (one-time, expires after ``RESET_LIFETIME``).

    Raises:
        AccountError: no such user.
    """
    return link_for("auth.reset_password", token=make_reset_token(user_id, now))


def reset_user(token: str, now: datetime) -> User | None:
    """The user a reset token is for, while it is unused and unexpired; else None."""
    row = db.session.scalar(
        select(AccountToken).where(
            AccountToken.token_hash == _token_hash(token),
            AccountToken.purpose == int(TokenPurpose.RESET),
            AccountToken.used_at.is_(None),
            AccountToken.expires_at > now,
        )
    )
    return db.session.get(User, row.user_id) if row is not None and row.user_id is not None else None


def reset_password(token: str, password: str, now: datetime) -> User:
    """Set a new password through a reset link, using the link up and ending every session.

    Raises:
        AccountError: the link is invalid, used or expired, or the password is refused.
    """
    user = reset_user(token, now)
    if user is None:
        raise AccountError("This reset link is invalid, used or expired. Ask for a new one.")
    _check_password(password, user.email, user.display_name)
    if _consume(token, TokenPurpose.RESET, now) is None:
        db.session.rollback()
        raise AccountError("This reset link is invalid, used or expired. Ask for a new one.")
    return set_password(user.id, password)


def make_invitation_link(created_by_id: int | None, now: datetime) -> str:
    """A one-time link, valid for ``INVITATION_LIFETIME``: whoever registers through it becomes a teacher."""
    return link_for("auth.register", invite=_issue(TokenPurpose.INVITE, now, INVITATION_LIFETIME, created_by_id=created_by_id))


def invitation_is_open(token: str, now: datetime) -> bool:
    """Whether a teacher invitation token can still be used."""
    return (
        db.session.scalar(
            select(AccountToken.id).where(
                AccountToken.token_hash == _token_hash(token),
                AccountToken.purpose == int(TokenPurpose.INVITE),
                AccountToken.used_at.is_(None),
                AccountToken.expires_at > now,
            )
        )
        is not None
    )


def open_invitations(now: datetime) -> list[AccountToken]:
    """Teacher invitations not yet used nor expired, newest first."""
    return list(
        db.session.scalars(
            select(AccountToken)
            .where(AccountToken.purpose == int(TokenPurpose.INVITE), AccountToken.used_at.is_(None), AccountToken.expires_at > now)
            .order_by(AccountToken.created_at.desc())
        )
    )


def withdraw_invitation(token_id: int, now: datetime) -> None:
    """Make an open invitation unusable.

    Raises:
        AccountError: no such open invitation.
    """
    row = db.session.get(AccountToken, token_id)
    if row is None or row.purpose != int(TokenPurpose.INVITE) or row.used_at is not None:
        raise AccountError("No such open invitation.")
    row.used_at = now
    db.session.commit()
