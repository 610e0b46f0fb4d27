"""Accounts: who studies and who teaches."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum

from flask_login import UserMixin
from sqlalchemy import Float, Integer, String
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
