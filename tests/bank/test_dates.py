"""Tests of the date matcher and of carrying a year forward between sentences."""

from __future__ import annotations

import pytest

from quizapp.bank.formats.partial_dates import format_partial
from quizapp.bank.text.dates import find_dates
from quizapp.bank.derive import resolve_dates
from quizapp.bank.text.sentences import clean_text, sentences_of, split_paragraphs


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("He was born on the 27th day of June, 1869, in Kaunas.", "1869-06-27"),
        ("Sarah Bernhardt was born 22 October 1844 in Paris.", "1844-10-22"),
        ("He arrived on September 27 (October 9, new style), 1888.", "1888-10-09"),
        ("In October, 1918 the Danish Red Cross intervened.", "1918-10"),
        ("It reopened in March 1921 after the war.", "1921-03"),
        ("He was born in Belgium in 1890.", "1890"),
        ("On 21st December, 1911 the gang robbed a bank.", "1911-12-21"),
        ("The treaty was signed on May 5, 1901.", "1901-05-05"),
        ("She lived in Vienna from 1869–1870 with her aunt.", "1869"),
    ],
)
def test_general_date_forms(text: str, iso: str) -> None:
    """Is each common written form of a date found and normalised to the right ISO partial date?"""
    found = [d for d in find_dates(text) if not d.bracketed]
    assert [d.iso for d in found] == [iso]


def test_publication_year_in_brackets_is_marked() -> None:
    """Is a publication year in brackets after a title marked as bracketed, so it is not taken for an event?"""
    (d,) = find_dates("Serge wrote in his autobiography, Memoirs of a Revolutionary (1951), that")
    assert d.bracketed and d.iso == "1951"


@pytest.mark.parametrize(
    "text",
    ["He may go in May if he can.", "The army had 1500 soldiers.", "It cost 2000 francs.", "Room 1914 was empty."],
)
def test_non_dates_are_ignored(text: str) -> None:
    """Are words and counts that only look like dates left alone?"""
    assert find_dates(text) == []


def test_day_and_month_need_a_year() -> None:
    """Is "on 25th March" found as a day and month still waiting for its year?"""
    (d,) = find_dates("The following month, on 25th March, two more people were killed.")
    assert d.needs_year and d.iso == "--03-25"


def _resolved(text: str) -> list[str]:
    paragraphs = split_paragraphs(clean_text(text))
    sentences = sentences_of(paragraphs)
    return [d.iso for ds in resolve_dates(paragraphs, sentences).values() for d in ds]


def test_year_is_carried_from_the_sentence_before() -> None:
    """Does "The following month, on 25th March" take its year from the sentence before?"""
    text = ("The gang murdered a police officer on 27th February, 1912. "
            "The following month, on 25th March, two more people were killed in Chantilly.")
    assert _resolved(text) == ["1912-02-27", "1912-03-25"]


def test_year_rolls_over_when_the_month_goes_back() -> None:
    """Does a month earlier in the year than the last event move the carried year on by one?"""
    text = "The siege began on 3rd December, 1914. The city fell on 5th January after a long winter."
    assert _resolved(text) == ["1914-12-03", "1915-01-05"]


def test_year_is_not_carried_across_a_heading() -> None:
    """Is a year never carried across a section heading?"""
    text = "The gang struck on 27th February, 1912.\n\nLater Years\n\nOn 25th March the town celebrated its fair."
    assert _resolved(text) == ["1912-02-27"]


def test_year_is_not_carried_across_a_quotation() -> None:
    """Is a year never carried across a quoted sentence, and are dates inside quotations not events?"""
    text = ('The gang struck on 27th February, 1912. He wrote: "I remember 3rd March, 1899 and all that '
            'came after it for many years." On 25th March the town celebrated its fair.')
    assert _resolved(text) == ["1912-02-27"]


@pytest.mark.parametrize(
    ("iso", "words"), [("1911", "1911"), ("1918-10", "October 1918"), ("1911-12-21", "21 December 1911")]
)
def test_format_partial(iso: str, words: str) -> None:
    """Is an ISO partial date written the way a reader expects?"""
    assert format_partial(iso) == words


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Caesar was murdered on 15 March 44 BC in the theatre of Pompey.", [("15 March 44 BC", "-0044-03-15")]),
        ("The fleets met at Actium on 2 September 31 B.C. and Antony fled.", [("2 September 31 B.C.", "-0031-09-02")]),
        ("In 49 BC he crossed the Rubicon, and in March 44 BC he died.",
         [("49 BC", "-0049"), ("March 44 BC", "-0044-03")]),
        ("Hatshepsut died c. 1458 BC, and Thutmose III ruled alone.", [("1458 BC", "-1458")]),
        ("The Second Punic War (218–201 BC) ended at Zama.", [("218–201 BC", "-0218")]),
        ("Rome fell to the Gauls in 390 BCE, long before AD 43.", [("390 BCE", "-0390"), ("AD 43", "0043")]),
        ("Augustus died at Nola on 19 August AD 14.", [("19 August AD 14", "0014-08-19")]),
    ],
)
def test_dates_before_the_era(text: str, found: list[tuple[str, str]]) -> None:
    """Is a year BC a date of its own, written with a minus sign (44 BC is -0044), whatever its length or form, and is a
    day and month before "AD 14" a full date?"""
    assert [(d.text, d.iso) for d in find_dates(text)] == found


def test_year_carried_past_the_era_and_formats() -> None:
    """Is "the following year" after 43 BC 42 BC, a day under a year BC of that year, and are dates BC written in
    words with their era?"""
    text = ("In 43 BC Octavian, Antony and Lepidus formed the Second Triumvirate. The following year their armies "
            "won at Philippi. On 23 October Brutus killed himself.")
    assert _resolved(text) == ["-0043", "-0042", "-0042-10-23"]
    assert [format_partial(iso) for iso in ("-0044-03-15", "-0031", "-0027-01", "0043")] == [
        "15 March 44 BC", "31 BC", "January 27 BC", "AD 43"]
