"""Forms of the teacher area; every one carries a CSRF token."""

from __future__ import annotations

from typing import Any

from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField, FileRequired
from wtforms import HiddenField, SelectField, StringField, SubmitField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, Optional

from quizapp.bank.types import AnswerKind, QuestionType
from quizapp.teacher.uploads import EXTENSIONS, FORMATS

MAX_PASTED_CHARS = 1_000_000
MAX_DESCRIPTION = 5000


FORMAT_CHOICES = [SelectChoice("", "Recognise it from the file"), *(SelectChoice(key, label) for key, label in FORMATS.items())]
TERM_SEPARATOR_CHOICES = [SelectChoice("tab", "Tab"), SelectChoice("comma", "Comma")]
ROW_SEPARATOR_CHOICES = [SelectChoice("newline", "New line"), SelectChoice("semicolon", "Semicolon")]


class BankFileForm(FlaskForm):
    """A bank file in any format we read, with Quizlet's separators."""

    file = FileField(
        "Question file",
        validators=[FileRequired("Choose a file to upload."), FileAllowed(EXTENSIONS, "Upload a .json, .csv, .txt, .gift or .xml file.")],
        description="JSON, CSV, Moodle GIFT (.txt or .gift), Moodle XML (.xml) or a Quizlet export (.txt).",
    )
    format = SelectField("Format", choices=FORMAT_CHOICES, default="")
    term_separator = SelectField("Quizlet: between term and definition", choices=TERM_SEPARATOR_CHOICES, default="tab")
    row_separator = SelectField("Quizlet: between cards", choices=ROW_SEPARATOR_CHOICES, default="newline")


class UploadForm(BankFileForm):
    """A new set from a bank file, with its title and description."""

    title = StringField(
        "Title",
        validators=[Optional(), Length(max=200)],
        description="Suggested from the file's name; change it as you like. Left empty: the title in a JSON file, else the file's name.",
        render_kw={"data-title-from": "file"},
    )
    description = TextAreaField("Description (optional)", validators=[Optional(), Length(max=MAX_DESCRIPTION)], description="Shown to you on the set's page.")
    submit = SubmitField("Upload and review")


class ReplaceForm(BankFileForm):
    """A new version of a set's questions, to compare before replacing them."""

    submit = SubmitField("Compare with the set")


class ConfirmReplaceForm(FlaskForm):
    """The compared version, carried as interchange JSON, to replace the set's questions with."""

    bank = HiddenField(validators=[DataRequired()])
    submit = SubmitField("Replace the questions")


class DetailsForm(FlaskForm):
    """A set's title and description."""

    title = StringField("Title", validators=[DataRequired("Give the set a title."), Length(max=200)])
    description = TextAreaField("Description", validators=[Optional(), Length(max=MAX_DESCRIPTION)])
    submit = SubmitField("Save title and description")


class DeriveForm(FlaskForm):
    """A text to derive questions from: a .txt file or pasted text."""

    title = StringField("Title", validators=[DataRequired(), Length(max=200)])
    file = FileField("Text file (.txt, UTF-8)", validators=[Optional(), FileAllowed(["txt"], "Upload a .txt file.")])
    text = TextAreaField("…or paste the text", validators=[Optional(), Length(max=MAX_PASTED_CHARS)])
    submit = SubmitField("Derive questions")

    def validate(self, extra_validators: Any = None) -> bool:
        """The fields' own checks, then: exactly one of the file and the pasted text."""
        valid = super().validate(extra_validators)
        has_file = bool(self.file.data and getattr(self.file.data, "filename", ""))
        has_text = bool((self.text.data or "").strip())
        if has_file == has_text:
            self.text.errors = [*self.text.errors, "Upload a text file or paste a text (one of the two)."]
            return False
        return valid


class QuestionForm(FlaskForm):
    """One question's fields; checked with the same rules as an upload."""

    type = SelectField(
        "Type",
        choices=[
            SelectChoice(QuestionType.MULTIPLE_CHOICE.value, "Multiple choice"),
            SelectChoice(QuestionType.DATE.value, "Date"),
            SelectChoice(QuestionType.TYPED.value, "Typed answer (a name from memory)"),
        ],
    )
    prompt = TextAreaField("Prompt", validators=[DataRequired(), Length(max=2000)])
    answer = StringField("Answer", validators=[Optional(), Length(max=2000)], description="For a date question it may be left empty.")
    distractors = TextAreaField(
        "Distractors (one per line)",
        validators=[Optional(), Length(max=20000)],
        description="Wrong options. For a date question: ISO dates of the same precision as the date. None for a typed answer.",
    )
    date = StringField("Date (date questions)", validators=[Optional(), Length(max=10)], description="ISO: 1890, 1918-10 or 1911-12-21.")
    answer_kind = SelectField("Answer kind", choices=[SelectChoice("", "(automatic)"), *(SelectChoice(k.value, k.value) for k in AnswerKind)], validators=[Optional()])
    source_sentence = TextAreaField("Source sentence", validators=[Optional(), Length(max=20000)])
    tags = StringField("Tags (separated by commas)", validators=[Optional(), Length(max=1000)])
    submit = SubmitField("Save question")


class ActionForm(FlaskForm):
    """A button that only needs its CSRF token (publish, unpublish, delete)."""
