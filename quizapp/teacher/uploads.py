"""Reading an uploaded bank file: JSON interchange, CSV, Moodle GIFT, Moodle XML or Quizlet text, chosen by the
teacher or by the file's name and first characters."""

from __future__ import annotations

from pathlib import PurePath

from quizapp.bank.formats import gift, moodle_xml, quizlet
from quizapp.bank.formats.csv_format import load_csv
from quizapp.bank.formats.interchange import decode_upload, load_json
from quizapp.bank.types import BankFormatError, QuestionBank, RowProblem

TITLE_LIMIT = 200
FORMATS = {
    "json": "JSON (this app's interchange format)",
    "csv": "CSV",
    "gift": "Moodle GIFT",
    "moodle_xml": "Moodle XML",
    "quizlet": "Quizlet export (term and definition)",
}
EXTENSIONS = ["json", "csv", "txt", "gift", "xml"]
_BY_SUFFIX = {".json": "json", ".csv": "csv", ".gift": "gift", ".xml": "moodle_xml"}


def file_title(filename: str) -> str:
    """A title suggested by a file name: ``napoleon_exile.csv`` is ``Napoleon exile``."""
    stem = PurePath(filename.replace("\x00", "")).stem.replace("_", " ").replace("-", " ").strip()
    stem = " ".join(stem.split())[:TITLE_LIMIT]
    return stem[:1].upper() + stem[1:] if stem else "Uploaded questions"


def detect_format(filename: str, text: str) -> str:
    """The format of a file whose format the teacher left to us: by its extension, else by its content.

    A ``.txt`` file is GIFT when it has an answer block, a ``::name::`` or a ``$CATEGORY:``, and Quizlet's
    export when most of its lines hold a tab.
    """
    suffix = PurePath(filename.replace("\x00", "")).suffix.lower()
    if suffix in _BY_SUFFIX:
        return _BY_SUFFIX[suffix]
    start = text.lstrip()
    if start.startswith(("{", "[")):
        return "json"
    if start.startswith("<"):
        return "moodle_xml"
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("//")]
    if "{" in text and "}" in text or "::" in text or "$CATEGORY:" in text:
        return "gift"
    if lines and sum("\t" in line for line in lines) * 2 > len(lines):
        return "quizlet"
    return "csv" if suffix != ".txt" else "gift"


def resolve_format(filename: str, data: bytes, chosen: str = "") -> str:
    """The format an upload is read as: the teacher's choice, else detected (CSV if the file cannot be decoded)."""
    if chosen in FORMATS:
        return chosen
    try:
        return detect_format(filename, decode_upload(data))
    except BankFormatError:
        return "csv"


def row_label(fmt: str) -> str:
    """What a problem's number counts: questions in JSON, lines elsewhere."""
    return "Question" if fmt == "json" else "Line"


def read_bank_upload(
    filename: str,
    data: bytes,
    title: str = "",
    fmt: str = "",
    term_separator: str = "tab",
    row_separator: str = "newline",
) -> tuple[QuestionBank, str]:
    """Decode and read an uploaded bank in any format we take.

    Args:
        filename: the uploaded file's name (its extension chooses the format when ``fmt`` is empty).
        data: the file's bytes.
        title: a title chosen by the teacher; overrides a JSON file's title, and names the set (default: the
            JSON title, else one suggested by the file name).
        fmt: one of ``FORMATS``, or empty to detect it.
        term_separator: Quizlet only: ``tab``, ``comma`` or the text itself.
        row_separator: Quizlet only: ``newline``, ``semicolon`` or the text itself.

    Returns:
        The bank, with the title applied, and the format it was read as.

    Raises:
        BankFormatError: every problem found, each with its line (or its question number in JSON).
    """
    text = decode_upload(data)
    filename = filename.replace("\x00", "")  # a browser-sent name is not checked like form fields
    fmt = fmt if fmt in FORMATS else detect_format(filename, text)
    title = title.strip()
    if len(title) > TITLE_LIMIT:
        raise BankFormatError([RowProblem(0, f"the title is longer than {TITLE_LIMIT} characters")])
    source = PurePath(filename).name[:200]
    fallback = title or file_title(filename)
    if fmt == "json":
        bank = load_json(text, default_title=fallback)
        if title:
            bank = QuestionBank(title=title, source=bank.source, questions=bank.questions)
    elif fmt == "csv":
        bank = load_csv(text, title=fallback, source=source)
    elif fmt == "gift":
        bank = gift.read(text, title=fallback, source=source)
    elif fmt == "moodle_xml":
        bank = moodle_xml.read(text, title=fallback, source=source)
    else:
        term = quizlet.TERM_SEPARATORS.get(term_separator, term_separator) or "\t"
        row = quizlet.ROW_SEPARATORS.get(row_separator, row_separator) or "\n"
        bank = quizlet.read(text, title=fallback, source=source, term_separator=term, row_separator=row)
    return bank, fmt
