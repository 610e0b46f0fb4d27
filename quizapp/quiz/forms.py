"""Quiz forms: they carry the CSRF token; the answer fields are read by the view."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.validators import Length, Optional


class StartQuizForm(FlaskForm):
    """Start a quiz (only the CSRF token)."""


class AnswerForm(FlaskForm):
    """One answer: an option number, a typed date, or (read separately) timeline positions."""

    choice = StringField("Option", validators=[Optional(), Length(max=3)])
    answer = StringField("Your answer", validators=[Optional(), Length(max=100)])
