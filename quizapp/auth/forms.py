"""Forms for registering, logging in, the account page and resetting a password."""

from __future__ import annotations

from collections.abc import Callable

from flask_wtf import FlaskForm
from wtforms import EmailField, Field, HiddenField, PasswordField, StringField, SubmitField
from wtforms.validators import DataRequired, Email, EqualTo, Length, ValidationError

from quizapp.auth.operations import DISPLAY_NAME_MAX, AccountError, clean_display_name, find_user, normalise_email
from quizapp.auth.passwords import MAX_LENGTH, MIN_LENGTH, password_problem


def _normalised(value: str | None) -> str | None:
    return normalise_email(value) if value else value


def strong_password(*inputs: Callable[[FlaskForm], str]) -> Callable[[FlaskForm, Field], None]:
    """A validator refusing a guessable password; ``inputs`` give the form's words to avoid (email, name)."""

    def check(form: FlaskForm, field: Field) -> None:
        if field.errors or not field.data:
            return
        problem = password_problem(field.data, [get(form) for get in inputs])
        if problem:
            raise ValidationError(problem)

    return check


def _new_password(label: str, *inputs: Callable[[FlaskForm], str]) -> PasswordField:
    return PasswordField(
        label,
        validators=[
            DataRequired(),
            Length(min=MIN_LENGTH, max=MAX_LENGTH, message=f"The password must have at least {MIN_LENGTH} characters (at most {MAX_LENGTH})."),
            strong_password(*inputs),
        ],
        description="A few uncommon words make a strong password that is easy to remember.",
        render_kw={"autocomplete": "new-password"},
    )


def _display_name() -> StringField:
    return StringField(
        "Display name",
        validators=[Length(max=DISPLAY_NAME_MAX)],
        description="Shown on the site instead of your email (optional).",
        render_kw={"autocomplete": "nickname", "maxlength": DISPLAY_NAME_MAX},
    )


def _check_name(field: Field) -> None:
    try:
        clean_display_name(field.data or "")
    except AccountError as error:
        raise ValidationError(str(error)) from error


class LoginForm(FlaskForm):
    """Email and password."""

    email = EmailField("Email", validators=[DataRequired(), Length(max=254)], filters=[_normalised], render_kw={"autocomplete": "username"})
    password = PasswordField("Password", validators=[DataRequired(), Length(max=200)], render_kw={"autocomplete": "current-password"})
    time_zone = HiddenField("Time zone")  # filled by the browser (static/js/forms.js); unknown names are ignored
    submit = SubmitField("Log in")


class RegisterForm(FlaskForm):
    """A new account: a student, or a teacher when ``invite`` holds an open invitation."""

    email = EmailField(
        "Email", validators=[DataRequired(), Email(check_deliverability=False), Length(max=254)], filters=[_normalised], render_kw={"autocomplete": "email"}
    )
    display_name = _display_name()
    password = _new_password("Password", lambda form: form.email.data or "", lambda form: form.display_name.data or "")
    confirm = PasswordField("Repeat password", validators=[DataRequired(), EqualTo("password", "Passwords differ.")], render_kw={"autocomplete": "new-password"})
    time_zone = HiddenField("Time zone")
    invite = HiddenField("Invitation")
    submit = SubmitField("Create account")

    def validate_email(self, field: EmailField) -> None:
        """Refuse an email that already has an account."""
        if find_user(field.data or "") is not None:
            raise ValidationError("An account with this email already exists.")

    def validate_display_name(self, field: StringField) -> None:
        """Refuse control characters."""
        _check_name(field)


class DisplayNameForm(FlaskForm):
    """The name shown on the site."""

    display_name = _display_name()
    submit = SubmitField("Save name")

    def validate_display_name(self, field: StringField) -> None:
        """Refuse control characters."""
        _check_name(field)


class PasswordChangeForm(FlaskForm):
    """The current password and a new one (the account's words are checked in ``change_password``)."""

    current = PasswordField("Current password", validators=[DataRequired(), Length(max=MAX_LENGTH)], render_kw={"autocomplete": "current-password"})
    password = _new_password("New password")
    confirm = PasswordField("Repeat new password", validators=[DataRequired(), EqualTo("password", "Passwords differ.")], render_kw={"autocomplete": "new-password"})
    submit = SubmitField("Change password")


class LogoutEverywhereForm(FlaskForm):
    """Nothing but the CSRF token."""

    submit = SubmitField("Log out everywhere else")


class ForgotForm(FlaskForm):
    """The email to send a reset link to."""

    email = EmailField("Email", validators=[DataRequired(), Email(check_deliverability=False), Length(max=254)], filters=[_normalised], render_kw={"autocomplete": "email"})
    submit = SubmitField("Send me a link")


class ResetForm(FlaskForm):
    """A new password through a reset link (the account's words are checked in ``reset_password``)."""

    password = _new_password("New password")
    confirm = PasswordField("Repeat new password", validators=[DataRequired(), EqualTo("password", "Passwords differ.")], render_kw={"autocomplete": "new-password"})
    submit = SubmitField("Set new password")


class InvitationForm(FlaskForm):
    """Nothing but the CSRF token: a new teacher invitation."""

    submit = SubmitField("Create an invitation link")


class RoleForm(FlaskForm):
    """Make an account a teacher or a student."""

    role = HiddenField("Role", validators=[DataRequired()])
    submit = SubmitField("Change")
