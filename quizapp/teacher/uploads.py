"""Reading an uploaded bank file: JSON interchange or CSV, chosen by the file name or its first character."""

from __future__ import annotations

from pathlib import PurePath

from quizapp.bank.formats.csv_format import load_csv
from quizapp.bank.formats.interchange import decode_upload, load_json
from quizapp.bank.types import BankFormatError, QuestionBank, RowProblem

TITLE_LIMIT = 200


def read_bank_upload(filename: str, data: bytes, title: str = "") -> QuestionBank:
    """Decode and validate an uploaded bank.

    Args:
        filename: the uploaded file's name (``.json`` or ``.csv``; anything else is sniffed).
        data: the file's bytes.
        title: a title chosen by the teacher; overrides the JSON title, and names a CSV set (default: the
            file name).

    Returns:
        The bank, with the title applied.

    Raises:
        BankFormatError: every problem found, each with its line (CSV) or question (JSON) number.
    """
    text = decode_upload(data)
    filename = filename.replace("\x00", "")  # a browser-sent name is not checked like form fields
    suffix = PurePath(filename).suffix.lower()
    title = title.strip()
    if len(title) > TITLE_LIMIT:
        raise BankFormatError([RowProblem(0, f"the title is longer than {TITLE_LIMIT} characters")])
    is_json = suffix == ".json" or (suffix != ".csv" and text.lstrip().startswith(("{", "[")))
    if is_json:
        bank = load_json(text, default_title=title or PurePath(filename).stem)
        if title:
            bank = QuestionBank(title=title, source=bank.source, questions=bank.questions)
        return bank
    fallback = PurePath(filename).stem.replace("_", " ").replace("-", " ").strip()[:TITLE_LIMIT] or "Uploaded questions"
    return load_csv(text, title=title or fallback, source=PurePath(filename).name[:200])
