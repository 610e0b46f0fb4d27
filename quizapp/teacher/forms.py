"""Forms of the teacher area; every one carries a CSRF token."""

from __future__ import annotations

from typing import Any

from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField, FileRequired
from wtforms import SelectField, StringField, SubmitField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, Optional

from quizapp.bank.types import AnswerKind, QuestionType

MAX_PASTED_CHARS = 1_000_000


class UploadForm(FlaskForm):
    """A bank file in the JSON interchange format or CSV."""

    file = FileField(
        "Question file (.json or .csv)",
        validators=[FileRequired("Choose a file to upload."), FileAllowed(["json", "csv"], "Upload a .json or .csv file.")],
        description="CSV columns: type, prompt, answer, distractors, date, tags (several values separated by |).",
    )
    title = StringField("Title (optional)", validators=[Optional(), Length(max=200)], description="Replaces the title in the file.")
    submit = SubmitField("Upload and review")


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

    type = SelectField("Type", choices=[SelectChoice(QuestionType.MULTIPLE_CHOICE.value, "Multiple choice"), SelectChoice(QuestionType.DATE.value, "Date")])
    prompt = TextAreaField("Prompt", validators=[DataRequired(), Length(max=2000)])
    answer = StringField("Answer", validators=[Optional(), Length(max=2000)], description="For a date question it may be left empty.")
    distractors = TextAreaField(
        "Distractors (one per line)",
        validators=[Optional(), Length(max=20000)],
        description="Wrong options. For a date question: ISO dates of the same precision as the date.",
    )
    date = StringField("Date (date questions)", validators=[Optional(), Length(max=10)], description="ISO: 1890, 1918-10 or 1911-12-21.")
    answer_kind = SelectField("Answer kind", choices=[SelectChoice("", "(automatic)"), *(SelectChoice(k.value, k.value) for k in AnswerKind)], validators=[Optional()])
    source_sentence = TextAreaField("Source sentence", validators=[Optional(), Length(max=20000)])
    tags = StringField("Tags (separated by commas)", validators=[Optional(), Length(max=1000)])
    submit = SubmitField("Save question")


class ActionForm(FlaskForm):
    """A button that only needs its CSRF token (publish, unpublish, delete)."""
