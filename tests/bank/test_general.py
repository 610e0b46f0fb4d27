"""Derivation on texts other than the default one: a second biography, and arbitrary input."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.bank.derive import derive_bank
from quizapp.bank.formats.interchange import dump_json
from quizapp.bank.types import AnswerKind, QuestionBank, QuestionType

NIGHTINGALE = """Florence Nightingale

Early Life

Florence Nightingale was born in Florence on the 12th day of May, 1820, and was named after the city of her birth. Her father, William Nightingale, educated her at home in Derbyshire. In 1837 she felt that God had called her to some great work. Her mother, Frances Nightingale, opposed the idea that she should become a nurse.

Training

In 1851 Nightingale trained at the Institution of Deaconesses in Kaiserswerth, near Düsseldorf. Two years later she became superintendent of the Institute for the Care of Sick Gentlewomen in London. Sidney Herbert, the Secretary at War, was an old friend of the family.

The Crimean War

In October, 1854 Sidney Herbert asked Nightingale to lead a party of nurses to Scutari. She sailed with 38 nurses and arrived at the Barrack Hospital on 4th November, 1854. The following month, on 14th December, a second party of nurses arrived under Mary Stanley. The army doctors, led by John Hall, resented her presence. The Times published reports by William Howard Russell that made her famous in Britain. She returned to England in August, 1856.

Reform

In 1859 Nightingale published her book Notes on Nursing (1859), which was read widely. On 24th June, 1860 the Nightingale Training School opened at St Thomas' Hospital in London. Queen Victoria awarded her the Royal Red Cross in 1883. She died in London on 13th August, 1910.
"""


@pytest.fixture(scope="module")
def bank(nlp: Any) -> QuestionBank:
    """The bank derived from the second text."""
    return derive_bank(NIGHTINGALE, title="Florence Nightingale", source="nightingale.txt")


def test_second_text_gives_dated_questions(bank: QuestionBank) -> None:
    """Are the second text's dated events asked, including an old-style date and a carried year?"""
    dates = {q.date for q in bank.questions if q.type is QuestionType.DATE}
    assert {"1820-05-12", "1837", "1851", "1854-10", "1854-12-14", "1860-06-24", "1883"} <= dates


def test_second_text_gives_name_questions(bank: QuestionBank) -> None:
    """Are its places asked about, with options of the same kind (its four men and four women are too few
    for a person question with three options of the answer's gender)?"""
    by_answer = {q.answer: q for q in bank.questions if q.type is QuestionType.MULTIPLE_CHOICE}
    assert {"Scutari", "Kaiserswerth", "London"} & set(by_answer)
    assert "Notes on Nursing" not in by_answer  # the text names one work only: no 3 distractors to offer
    for q in bank.questions:
        if q.answer_kind is AnswerKind.PERSON:
            assert not {"London", "Scutari", "Florence"} & set(q.distractors)


def test_second_text_finds_its_work(nlp: Any) -> None:
    """Is "Notes on Nursing (1859)" recognised as a work, and Sidney Herbert as a person?"""
    from quizapp.bank.mentions.index import build_index
    from quizapp.bank.nlp.parse import parse_sentences
    from quizapp.bank.text.sentences import clean_text, sentences_of, split_paragraphs

    sentences = sentences_of(split_paragraphs(clean_text(NIGHTINGALE)))
    index = build_index(sentences, parse_sentences([s.text for s in sentences]), hint="Florence Nightingale")
    assert index.kinds.get("Notes on Nursing") is AnswerKind.WORK
    assert index.kinds.get("Sidney Herbert") is AnswerKind.PERSON


def test_second_text_questions_stand_alone(bank: QuestionBank) -> None:
    """Do no prompts start with an unresolved pronoun or show their own answer?"""
    for q in bank.questions:
        assert not re.match(r"(?:She|He|Her|His|They)\b", q.prompt), q.prompt
        assert q.answer not in q.prompt
        assert len(q.distractors) >= 3 or (q.type is QuestionType.TYPED and not q.distractors)


def test_pronouns_are_not_given_to_the_wrong_person(bank: QuestionBank) -> None:
    """After "Queen Victoria awarded her ...", is "She died" never read as the Queen dying?"""
    assert not any("Queen Victoria died" in q.prompt for q in bank.questions)
    assert any(q.prompt.startswith("Florence Nightingale's father") for q in bank.questions)
    assert not any("Mary Stanley returned" in q.prompt for q in bank.questions)


def test_headings_are_not_questions(bank: QuestionBank) -> None:
    """Are headings never taken for sentences?"""
    assert not any(q.source_sentence.strip() in {"Early Life", "Training", "The Crimean War", "Reform"}
                   for q in bank.questions)


def test_empty_text_is_refused() -> None:
    """Is an empty or whitespace-only text refused with a clear ValueError?"""
    for text in ("", "   \n\t  "):
        with pytest.raises(ValueError, match="empty"):
            derive_bank(text, title="t", source="s")


def test_progress_is_reported(nlp: Any) -> None:
    """Is progress reported up to the total?"""
    calls: list[tuple[int, int]] = []
    derive_bank(NIGHTINGALE, title="t", source="s", progress=lambda done, total: calls.append((done, total)))
    assert calls and calls[-1][0] == calls[-1][1]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1, max_size=3000))
def test_never_crashes_on_arbitrary_text(nlp: Any, text: str) -> None:
    """Does any text, however odd, give a bank (possibly empty) that serialises?"""
    if not text.strip():
        with pytest.raises(ValueError):
            derive_bank(text, title="t", source="s")
        return
    bank = derive_bank(text, title="t", source="s")
    assert dump_json(bank).endswith("\n")


@pytest.mark.parametrize(
    "text",
    [
        "x" * 200_000,
        "In 1890 " * 5000,
        "\n".join(["Heading"] * 500),
        '"' + "Unclosed quotation in 1901 by Jean Valjean. " * 50,
        "The 31st February, 1900 was no day. On 25th March he left. 1869–1801 was odd.",
        "\x00\x01 binary-ish \ufeff text with Ünïcödé and 1911 dates.",
    ],
)
def test_never_crashes_on_awkward_text(nlp: Any, text: str) -> None:
    """Do huge lines, repeated headings, unclosed quotations and impossible dates give a bank, not a crash?"""
    bank = derive_bank(text, title="t", source="s")
    assert isinstance(bank, QuestionBank)


def test_the_bank_keeps_the_teachers_title_whatever_the_text_says(nlp: object) -> None:
    """Is the derived bank titled as the teacher titled it, also for a text whose main subject bears a title of office
    ("the President")?"""
    from quizapp.bank.derive import derive_bank

    text = ("The Life of President John Smith\n\nPresident John Smith was born in Ohio in 1850. The President spoke in "
            "Boston in 1890. John Smith died in Boston in 1901.")
    assert derive_bank(text, title="A life of John Smith", source="smith.txt").title == "A life of John Smith"
