"""Forms of the classes pages; every one carries a CSRF token."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import DateField, SelectField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

MAX_EMAILS = 200


class ClassForm(FlaskForm):
    """A new class's name."""

    name = StringField("Class name", validators=[DataRequired("Give the class a name."), Length(max=120)])
    submit = SubmitField("Create class")


class JoinForm(FlaskForm):
    """A join code given by a teacher."""

    code = StringField("Join code", validators=[DataRequired("Type the code your teacher gave you."), Length(max=32)])
    submit = SubmitField("Join")


class AddStudentsForm(FlaskForm):
    """Students' e-mail addresses, one per line or separated by commas."""

    emails = TextAreaField(
        "Students' e-mail addresses",
        validators=[DataRequired("Type at least one e-mail address."), Length(max=MAX_EMAILS * 254)],
        description="One per line or separated by commas. The students need an account already.",
    )
    submit = SubmitField("Add students")

    def addresses(self) -> list[str]:
        """The addresses typed, split on new lines, commas, semicolons and spaces."""
        text = (self.emails.data or "").replace(",", " ").replace(";", " ")
        return text.split()[:MAX_EMAILS]


class AssignForm(FlaskForm):
    """A set to assign, and an optional due date (the end of that day in the teacher's time zone)."""

    set_id = SelectField("Question set", coerce=int, validate_choice=True)
    due = DateField("Due date (optional)", validators=[Optional()], description="Due at the end of that day.")
    submit = SubmitField("Assign")


class ActionForm(FlaskForm):
    """A button that only needs its CSRF token (leave, remove, archive, new code, unassign)."""
