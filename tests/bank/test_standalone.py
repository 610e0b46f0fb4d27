"""Questions stand alone: no lead-ins of cut quotations, no vague subjects, no half names, no people as places."""

from __future__ import annotations

import re
from typing import Any

import pytest

from quizapp.bank.derive import derive_bank
from quizapp.bank.mentions.places import place_grain
from quizapp.bank.types import AnswerKind, QuestionBank

TEXT = (
    "Marie Dupont was born in Lyon in 1850. In 1870 Marie Dupont moved to Paris with Jean Moreau. "
    "One of their friends, Lebrun, a young printer, was arrested in 1871. "
    "However, they were printed in Belgium and Switzerland. "
    "In 1875 Marie Dupont settled in Marseille, near the Côte d'Azur, with Paul Girard. "
    "According to her biographer, Anne Roux: \"She never stopped writing, even when the presses were seized.\" "
    "Jean Moreau later recalled: \"We printed through the night, every night, for three long years.\" "
    "In 1880 Paul Girard travelled to Geneva and then to Turin. In 1882 Jean Moreau died in Lyon. "
    "In 1885 Marie Dupont returned to Paris, where Lebrun visited her. In 1890 Marie Dupont died in Marseille."
)


@pytest.fixture(scope="module")
def bank(nlp: Any) -> QuestionBank:
    """The bank of a short text built to hold each trap once."""
    return derive_bank(TEXT, title="Marie Dupont", source="dupont.txt")


def test_no_lead_in_of_a_cut_quotation(bank: QuestionBank, serge_bank: QuestionBank) -> None:
    """Is no prompt just the lead-in of a quotation that was cut ("According to her biographer, ____.")?"""
    for question in (*bank.questions, *serge_bank.questions):
        if not re.search(r"[\"“]", question.source_sentence):
            continue
        assert not re.search(r",\s*____\W*$", question.prompt), question.prompt
        assert not re.search(r"\b(?:recalled|said|wrote|pointed out)\W*$", question.prompt), question.prompt


def test_no_vague_subject(bank: QuestionBank) -> None:
    """Is a sentence whose subject is an unnamed "they" ("However, they were printed in…") left out?"""
    assert not [q.prompt for q in bank.questions if "printed in" in q.prompt]


def test_no_half_of_a_longer_name(bank: QuestionBank, serge_bank: QuestionBank) -> None:
    """Is no answer the first half of a longer name ("Côte" of "Côte d'Azur")?"""
    for question in (*bank.questions, *serge_bank.questions):
        assert question.answer != "Côte", question.prompt


def test_places_are_places(bank: QuestionBank, serge_bank: QuestionBank) -> None:
    """Is a name never used as a place ("Lebrun, a young printer"; "Liabeuf, a young worker") kept out of place options?"""
    for question in (*bank.questions, *serge_bank.questions):
        if question.answer_kind is AnswerKind.PLACE:
            assert not {"Lebrun", "Liabeuf"} & {question.answer, *question.distractors}, question.prompt


def test_towns_compete_with_towns(serge_bank: QuestionBank) -> None:
    """Do the options of a town question hold no street or square (and a country's no town)?"""
    for question in serge_bank.questions:
        if question.answer_kind is AnswerKind.PLACE:
            grain = place_grain(question.answer)
            assert all(place_grain(d) == grain for d in question.distractors), (question.answer, question.distractors)
