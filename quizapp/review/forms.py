"""Review forms: a rating for a card version, a quiz-style answer, the desired retention, the time zone."""

from __future__ import annotations

from decimal import Decimal

from flask_wtf import FlaskForm
from wtforms import DecimalField, HiddenField, IntegerField, StringField
from wtforms.validators import AnyOf, DataRequired, InputRequired, Length, NumberRange, Optional

from quizapp.study.scheduling import MAX_RETENTION, MIN_RETENTION


class RateForm(FlaskForm):
    """Again, Hard, Good or Easy for the card version that was shown."""

    rating = StringField("Rating", validators=[DataRequired(message="Choose a rating."), AnyOf(["1", "2", "3", "4"], message="Choose Again, Hard, Good or Easy.")])
    version = IntegerField("Version", validators=[InputRequired(), NumberRange(min=0)])
    shown_ms = HiddenField("Shown at")


class ReviewAnswerForm(FlaskForm):
    """Answer a card as a quiz question."""

    choice = StringField("Option", validators=[Optional(), Length(max=3)])
    answer = StringField("Your answer", validators=[Optional(), Length(max=100)])
    typed = StringField("Your answer", validators=[Optional(), Length(max=100)])  # a name typed from memory
    version = IntegerField("Version", validators=[InputRequired(), NumberRange(min=0)])
    shown_ms = HiddenField("Shown at")


class TimeZoneForm(FlaskForm):
    """The student's time zone, as the browser names it."""

    time_zone = StringField(
        "Time zone",
        validators=[DataRequired(message="Give a time zone such as Europe/Paris."), Length(max=64)],
        description="Days in the forecast start at midnight here. An IANA name such as Europe/Paris or America/New_York.",
        render_kw={"autocomplete": "off", "spellcheck": "false"},
    )


class RetentionForm(FlaskForm):
    """How likely the student wants to be to remember a card when it comes up."""

    retention = DecimalField(
        "Desired retention",
        places=2,
        validators=[
            InputRequired(message="Give a number between 0.70 and 0.97."),
            # Decimal bounds: the field's Decimal("0.97") is above the float 0.97, which refused the top value
            NumberRange(min=Decimal(str(MIN_RETENTION)), max=Decimal(str(MAX_RETENTION)), message=f"Choose a retention between {MIN_RETENTION:.2f} and {MAX_RETENTION:.2f}."),
        ],
        description="Between 0.70 and 0.97. Higher means more reviews and better recall.",
    )
