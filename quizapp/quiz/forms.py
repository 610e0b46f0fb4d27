"""Quiz forms: they carry the CSRF token; the answer fields are read by the view."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import BooleanField, StringField
from wtforms.validators import AnyOf, Length, Optional

QUIZ_LENGTHS = (5, 10, 20)


class StartQuizForm(FlaskForm):
    """Start a quiz of 5, 10 or 20 items; ``new`` starts another even when one is unfinished."""

    length = StringField("Questions", validators=[Optional(), AnyOf([str(n) for n in QUIZ_LENGTHS], message="Choose 5, 10 or 20 questions.")])
    new = BooleanField("Start a new quiz", validators=[Optional()])
    typed = BooleanField("Type the names", validators=[Optional()])


class AnswerForm(FlaskForm):
    """One answer: an option number, a typed date, or (read separately) timeline positions."""

    choice = StringField("Option", validators=[Optional(), Length(max=3)])
    answer = StringField("Your answer", validators=[Optional(), Length(max=100)])
