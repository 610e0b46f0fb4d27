"""Any text at all given to the GIFT, Moodle XML and Quizlet readers is read or refused with reasons, never an error."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.bank.formats import gift, moodle_xml, quizlet
from quizapp.bank.formats.csv_format import load_csv
from quizapp.bank.types import BankFormatError, QuestionBank

GIFT_PIECES = st.sampled_from(["{", "}", "=", "~", "#", "####", "::", "\\", "\n", "\n\n", "//", "$CATEGORY:", "%50%", "->", "[html]", "<p>", "1822", " ", "a", "T"])
XML_PIECES = st.sampled_from(["<quiz>", "</quiz>", '<question type="multichoice">', "</question>", "<text>", "</text>", '<answer fraction="100">',
                              "</answer>", "<single>true</single>", "<![CDATA[", "]]>", "&amp;", "&x;", "<!DOCTYPE q>", "\n", "a", "<"])
CSV_PIECES = st.sampled_from(['"', ",", ";", "\n", "\r\n", "type,prompt,answer,distractors,date,tags\n", "multiple_choice", "date", "|", "a", "1911"])
READERS: list[tuple[str, Callable[[str], QuestionBank], st.SearchStrategy[str]]] = [
    ("gift", lambda text: gift.read(text, title="T"), st.lists(GIFT_PIECES, max_size=40).map("".join) | st.text(max_size=200)),
    ("moodle_xml", lambda text: moodle_xml.read(text, title="T"), st.lists(XML_PIECES, max_size=40).map("".join) | st.text(max_size=200)),
    ("quizlet", lambda text: quizlet.read(text, title="T"), st.lists(st.sampled_from(["\t", "\n", "a", "b", "c", "d", " ", ";"]), max_size=40).map("".join)),
    ("csv", lambda text: load_csv(text, title="T"), st.lists(CSV_PIECES, max_size=40).map("".join) | st.text(max_size=200)),
]


@pytest.mark.parametrize(("name", "read", "texts"), READERS, ids=[r[0] for r in READERS])
def test_any_text_is_read_or_refused_with_numbered_reasons(name: str, read: Callable[[str], QuestionBank], texts: st.SearchStrategy[str]) -> None:
    """Does every text give a bank or a BankFormatError whose problems carry a line number and a reason?"""

    @settings(max_examples=150, deadline=None)
    @given(texts)
    def check(text: str) -> None:
        try:
            bank = read(text)
        except BankFormatError as error:
            assert error.problems
            assert all(p.row >= 0 and p.reason for p in error.problems)
            assert all(p.row <= text.count("\n") + 2 for p in error.problems)
        else:
            assert bank.questions

    check()
