"""Forms for registering and logging in."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import EmailField, HiddenField, PasswordField, SubmitField
from wtforms.validators import DataRequired, Email, EqualTo, Length, ValidationError

from quizapp.auth.operations import find_user


class LoginForm(FlaskForm):
    """Email and password."""

    email = EmailField("Email", validators=[DataRequired(), Length(max=254)], render_kw={"autocomplete": "username"})
    password = PasswordField("Password", validators=[DataRequired(), Length(max=200)], render_kw={"autocomplete": "current-password"})
    time_zone = HiddenField("Time zone")  # filled by the browser (static/js/forms.js); unknown names are ignored
    submit = SubmitField("Log in")


class RegisterForm(FlaskForm):
    """A new student account."""

    email = EmailField("Email", validators=[DataRequired(), Email(check_deliverability=False), Length(max=254)], render_kw={"autocomplete": "email"})
    password = PasswordField(
        "Password",
        validators=[DataRequired(), Length(min=8, max=200, message="The password must have at least 8 characters (at most 200).")],
        render_kw={"autocomplete": "new-password"},
    )
    confirm = PasswordField("Repeat password", validators=[DataRequired(), EqualTo("password", "Passwords differ.")], render_kw={"autocomplete": "new-password"})
    time_zone = HiddenField("Time zone")
    submit = SubmitField("Create account")

    def validate_email(self, field: EmailField) -> None:
        """Refuse an email that already has an account."""
        if find_user(field.data or "") is not None:
            raise ValidationError("An account with this email already exists.")
