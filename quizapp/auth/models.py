"""Accounts: who studies and who teaches."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum

from flask_login import UserMixin
from sqlalchemy import Float, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column
from werkzeug.security import check_password_hash, generate_password_hash

from quizapp.extensions import UTCDateTime, db, utcnow


class Role(IntEnum):
    """A user's role, stored as its number."""

    STUDENT = 1
    TEACHER = 2
    ADMIN = 3


class User(UserMixin, db.Model):  # type: ignore[name-defined,misc]
    """A person with an account."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[int] = mapped_column(Integer, default=Role.STUDENT, server_default=str(int(Role.STUDENT)))
    desired_retention: Mapped[float] = mapped_column(Float, default=0.9, server_default="0.9")
    # An IANA zone name from the browser ("Europe/Paris"): the student's days for the review forecast.
    time_zone: Mapped[str] = mapped_column(String(64), default="UTC", server_default="UTC")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    display_name: Mapped[str] = mapped_column(String(80), default="", server_default="")
    # Part of the id kept in the session cookie: raising it ends every session of the account.
    session_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    @property
    def name(self) -> str:
        """What to call the user on pages: the display name, else the email."""
        return self.display_name or self.email

    def get_id(self) -> str:
        """Flask-Login's id for the session: the user id and the session version."""
        return f"{self.id}:{self.session_version}"

    @property
    def is_teacher(self) -> bool:
        """Whether this user may use the teacher area."""
        return self.role in (Role.TEACHER, Role.ADMIN)

    @property
    def is_admin(self) -> bool:
        """Whether this user may make teachers and invite them."""
        return self.role == Role.ADMIN

    def set_password(self, password: str) -> None:
        """Store a scrypt hash of ``password``."""
        self.password_hash = generate_password_hash(password, method="scrypt")

    def check_password(self, password: str) -> bool:
        """Whether ``password`` matches the stored hash."""
        return check_password_hash(self.password_hash, password)


class TokenPurpose(IntEnum):
    """What a one-time link is for, stored as its number."""

    RESET = 1
    INVITE = 2


class AccountToken(db.Model):  # type: ignore[name-defined,misc]
    """A one-time, expiring link: a password reset for ``user_id``, or a teacher invitation by ``created_by_id``.

    Only a SHA-256 hash of the token is stored; the token itself is in the link alone.
    """

    __tablename__ = "account_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    purpose: Mapped[int] = mapped_column(Integer)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
