"""Find dates in English prose and normalise them to ISO partial dates (1890, 1918-10, 1911-12-21)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from quizapp.bank.formats.partial_dates import iso_of, month_days, next_year

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")

_MONTH = (r"(?P<{n}>January|February|March|April|May|June|July|August|September|October|November"
          r"|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth"
             " fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first"
             " twenty-second twenty-third twenty-fourth twenty-fifth twenty-sixth twenty-seventh twenty-eighth"
             " twenty-ninth thirtieth thirty-first").split()
_ORDINAL_WORD = "|".join(sorted(ORDINALS, key=len, reverse=True))
_DAY = r"(?P<{n}>[0-3]?\d(?:st|nd|rd|th)?|(?i:" + _ORDINAL_WORD.replace("{", "{{").replace("}", "}}") + r"))"
_YEAR = r"(?P<{n}>1[0-9]{{3}}|20[0-9]{{2}})"
_EARLY_YEAR = r"(?P<{n}>1[0-9]{{3}}|20[0-9]{{2}}|[1-9][0-9]{{2}})"  # in a text of the first millennium: "March 809"


BC_MARK = r"(?:BCE?\b|B\.\s?C\.(?:\s?E\.)?)"  # "44 BC", "218 B.C.", "31 BCE": a year before the era, of any length
_BC = rf"\s*(?P<bc>{BC_MARK})"
_BC_YEAR = r"(?P<{n}>[1-9][0-9]{{0,3}})"
_STYLE = r"(?:[NO]\.\s?S\.?|[Nn]ew\s+[Ss]tyle|[Oo]ld\s+[Ss]tyle)"


def _p(template: str, **names: str) -> str:
    return template.format(**names)


_M1, _M2 = _p(_MONTH, n="m1"), _p(_MONTH, n="m2")
_D1, _D2 = _p(_DAY, n="d1"), _p(_DAY, n="d2")


def _patterns(year: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The date forms, longest and most specific first, with years written as ``year`` matches."""
    y1, y2 = _p(year, n="y1"), _p(year, n="y2")
    b1, b2 = _p(_BC_YEAR, n="y1"), _p(_BC_YEAR, n="y2")
    return tuple((name, re.compile(rx)) for name, rx in (
        # 15 March 44 BC / the 15th of March, 44 BC / March 15, 44 BC / March 44 BC / 218–201 BC / 69 BC: before any
        # other form, so that "2 September 1479 BC" is no date of the era
        ("day_of_bc", rf"\b(?:the\s+)?{_D1}\s+(?:day\s+)?of\s+{_M1},?\s+{b1}{_BC}"),
        ("dmy_bc", rf"\b{_D1}\s+{_M1},?\s+{b1}{_BC}"),
        ("mdy_bc", rf"\b{_M1}\s+{_D1},?\s+{b1}{_BC}"),
        ("my_bc", rf"\b{_M1},?\s+{b1}{_BC}"),
        ("range_bc", rf"\b{b1}\s*(?:–|—|-|to|until)\s*{b2}{_BC}"),
        ("year_bc", rf"\b{b1}{_BC}"),
        # 19 August AD 14 / August AD 14
        ("dmy_ad", rf"\b{_D1}\s+{_M1},?\s+(?:AD|A\.D\.)\s*{b1}\b"),
        ("my_ad", rf"\b{_M1},?\s+(?:AD|A\.D\.)\s*{b1}\b"),
        # September 27 (October 9, new style), 1888
        ("os_ns", rf"\b{_M1}\s+{_D1}\s*\(\s*{_M2}\s+{_D2},?\s+new\s+style\s*\),?\s+{y1}\b"),
        # 25 October (7 November new style) 1917 / 23 October 1917 (5 November N.S.): a date in two calendars is the
        # one written first, blanked with the other
        ("dual", rf"\b{_D1}\s+{_M1}(?:,?\s+{y1})?\s*\(\s*{_D2}\s+{_M2}(?:,?\s+{y2})?,?\s+{_STYLE}\s*\)"
                 rf"(?(y1)|,?\s+(?P<y3>\d{{4}})\b)"),
        # 27 June (8 July) 1709 / 19 (30) November 1700: a date in two calendars with no word for the second, the
        # one written first
        ("dual_bare", rf"\b{_D1}\s+{_M1}\s*\(\s*{_D2}\s+{_M2}\s*\),?\s+{y1}\b"),
        ("dual_day", rf"\b{_D1}\s*\(\s*{_D2}\s*\)\s+{_M1},?\s+{y1}\b"),
        # 2–13 March 1938 (a range of days: the first day is the event's date)
        ("day_range", rf"\b{_D1}\s*(?:–|—|-|to)\s*{_D2}\s+{_M1},?\s+{y1}\b"),
        # the 27th day of June, 1869 / 27th of June 1869 / the sixth of September, 1901
        ("day_of", rf"\b(?:the\s+)?{_D1}\s+(?:day\s+)?of\s+{_M1},?\s+(?:in\s+the\s+year\s+)?{y1}\b"),
        # Christmas Day 1066 / at Christmas 1085 / New Year's Day, 1863: a feast of fixed date is its day
        ("feast", rf"\b(?P<feast>Christmas|New\s+Year['’]s)(?:\s+Day)?(?<!Year's)(?<!Year’s),?\s+{y1}\b"),
        # 21st December, 1911 / 22 October 1844
        ("dmy", rf"\b{_D1}\s+{_M1},?\s+{y1}\b"),
        # October 9, 1888
        ("mdy", rf"\b{_M1}\s+{_D1},?\s+{y1}\b"),
        # October, 1918 / October 1918
        ("my", rf"\b{_M1},?\s+{y1}\b"),
        # AD 43 / AD 60 or 61 / 43 AD / 410 CE (an era marker makes a short number a year)
        ("era", r"\b(?:AD|A\.D\.|CE|C\.E\.)\s*(?P<y1>[1-9]\d{0,3})\b(?:\s+or\s+(?P<alt>\d{1,4})\b)?"
                r"|\b(?P<y2>[1-9]\d{0,3})\s*(?:AD|A\.D\.|CE|C\.E\.)(?!\w)"),
        # 1869–1870 (a range: the start year is the event's date)
        ("range", rf"\b{y1}\s*(?:–|—|-|to|until)\s*(?:{y2}|(?P<short>\d{{2}})\b)"),
        # on Christmas Day (year carried from context)
        ("feast_day", r"\b(?P<feast>Christmas|New\s+Year['’]s)\s+Day\b(?!,?\s+\d)"),
        # 17 November of that year / the 20th of June / 14 August (year carried from context)
        ("dm", rf"\b(?:the\s+)?{_D1}\s+(?:day\s+)?(?:of\s+)?{_M1}\b(?:\s+of\s+(?:that|the\s+same)\s+year)?(?!,?\s+\d)"),
        ("md", rf"\b(?<!\d\s){_M1}\s+{_D1}(?:st|nd|rd|th)?\b(?!,?\s*\d)"),
        # in 1890 / (1951) / , 1912
        ("year", rf"(?<![\d,.£$€])\b{y1}\b(?![\d,.]\d)(?!\s*(?:%|per\s?cent|km|miles?\b|metres|meters|feet))"),
    ))


_PATTERNS = _patterns(_YEAR)
_EARLY_PATTERNS = _patterns(_EARLY_YEAR)
_EARLY_CUE = re.compile(r"\b(?:[Ii]n|[Bb]y|of|until|since|from|between|and|c\.|around|about)\s+[1-9]\d{2}\b(?![\d,])"
                        r"(?!\s+(?:[a-z]+s|men|people|cattle|infantry|cavalry|horse|foot)\b)")  # not "of 300 men"
_LATER_YEAR = re.compile(r"\b(?:1\d{3}|20\d\d)\b")


def early_text(text: str) -> bool:
    """Is a text's story in the first millennium, so that a number of three digits after "in", "of", "until" ... is a
    year ("In 802 Nikephoros I overthrew Irene", "in March 809")?"""
    early = len(_EARLY_CUE.findall(text))
    return early >= 3 and early * 2 >= len(_LATER_YEAR.findall(text))

WORK_NOUNS = "play|novel|film|book|biography|opera|poem|documentary|series|musical|album|essay|painting|webcomic|comic"
# "Tom Stoppard's 1993 play": a work's year, no event of the story
_WRITTEN = re.compile(rf"\s+(?:\w+\s+)?(?:{WORK_NOUNS}|study|studies|article|paper|report|survey|edition|translation"
                      r"|history|account|thesis|interview|lecture|speech|letter|census)\b")  # "a 1998 study"
_YEAR_CUE = re.compile(
    r"(?:\b(?:in|on|of|by|since|until|till|from|to|during|after|before|around|about|circa|c\.|early|late"
    r"|mid|summer|winter|spring|autumn|fall|year|and|or|between|through|the)\s*|[,(–—-]\s*)$",
    re.IGNORECASE,
)


TIME_PREPOSITION = re.compile(r"\b(?:in|until|till|by|after|before|during|of|from|since)\s+$", re.I)
# a year written for "the following year" after one of these needs no "in" of its own ("until 1804")
_FULL_FORMS = frozenset({"dual", "dual_bare", "dual_day", "os_ns", "day_range", "day_of", "dmy", "mdy", "feast"})


@dataclass(frozen=True)
class DateMention:
    """A date found in a text: its character span, surface text, ISO partial date and granularity.

    ``needs_year`` marks a day-and-month mention ("25th March") whose year must come from context;
    its ``iso`` then holds only ``--MM-DD``. ``bracketed`` marks a year in brackets, such as a
    publication year "(1951)".
    """

    start: int
    end: int
    text: str
    iso: str
    granularity: str
    needs_year: bool = False
    bracketed: bool = False
    end_iso: str = ""


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _valid(day: int, month: int, year: int | None = None) -> bool:
    """Is this a day of the calendar (29 February only in a leap year, when the year is known)?"""
    return 1 <= day <= month_days(year, month)


def _day(text: str) -> int:
    """Read a day written as digits ("21st") or as an ordinal word ("sixth")."""
    digits = re.match(r"\d+", text)
    if digits:
        return int(digits.group())
    return ORDINALS.index(text.lower()) + 1


def find_dates(text: str, early: bool = False) -> list[DateMention]:
    """Find every date mention in a piece of text.

    Args:
        text: any text (a sentence or a paragraph).
        early: the text is of the first millennium (:func:`early_text`): years of three digits are years too.

    Returns:
        Non-overlapping mentions in text order. Day-and-month mentions without a year are returned
        with ``needs_year=True``; resolve them with :func:`with_year`.
    """
    taken: list[tuple[int, int]] = []  # sorted, never overlapping: a lookup is a bisection, not a scan
    found: list[DateMention] = []

    def free(a: int, b: int) -> bool:
        i = bisect.bisect_left(taken, (a, a))
        return (i == 0 or taken[i - 1][1] <= a) and (i == len(taken) or taken[i][0] >= b)

    for name, rx in _EARLY_PATTERNS if early else _PATTERNS:
        for m in rx.finditer(text):
            a, b = m.span()
            if not free(a, b):
                continue
            mention = _mention(name, m, text)
            if mention is None and name in _FULL_FORMS:
                bisect.insort(taken, (a, b))  # "29 February 1900": no such day, and no month question either
            if mention is not None:
                bisect.insort(taken, (a, b))
                found.append(mention)
    return sorted(found, key=lambda d: d.start)


def _mention(name: str, m: re.Match[str], text: str) -> DateMention | None:
    a, b = m.span()
    g = m.groupdict()
    surface = text[a:b]
    if name.endswith("_bc"):
        return _bc_mention(name, g, a, b, surface)
    if name == "dmy_ad":
        return _full(a, b, surface, int(g["y1"]), _month(g["m1"]), _day(g["d1"]))
    if name == "my_ad":
        return DateMention(a, b, surface, iso_of(int(g["y1"]), _month(g["m1"])), "month")
    if name == "os_ns":
        month, day = _month(g["m2"]), _day(g["d2"])
        year = int(g["y1"])
        if _month(g["m1"]) == 12 and month == 1:
            year += 1
        return _full(a, b, surface, year, month, day)
    if name in ("dual_bare", "dual_day"):
        return _full(a, b, surface, int(g["y1"]), _month(g["m1"]), _day(g["d1"]))
    if name == "dual":
        return _full(a, b, surface, int(g["y1"] or g["y3"]), _month(g["m1"]), _day(g["d1"]))
    if name in ("day_of", "dmy", "mdy", "day_range"):
        if name == "day_range" and not _day(g["d1"]) < _day(g["d2"]):
            return None
        return _full(a, b, surface, int(g["y1"]), _month(g["m1"]), _day(g["d1"]))
    if name == "my":
        if g["m1"].lower().startswith("may") and not re.match(r"May,?\s", surface):
            return None
        return DateMention(a, b, surface, iso_of(int(g["y1"]), _month(g["m1"])), "month")
    if name == "era":  # "AD 60 or 61": two years, like a range, is no answer; its first still dates the sentence
        return DateMention(a, b, surface, f"{int(g['y1'] or g['y2']):04d}", "year",
                           end_iso=f"{int(g['alt']):04d}" if g.get("alt") else "")
    if name == "range":
        start_year = int(g["y1"])
        end_year = int(g["y2"]) if g.get("y2") else (start_year // 100) * 100 + int(g["short"] or 0)
        if not start_year <= end_year <= start_year + 100:
            return None
        return DateMention(a, b, surface, f"{start_year:04d}", "year", end_iso=f"{end_year:04d}")
    if name in ("feast", "feast_day"):
        month, day = (12, 25) if g["feast"] == "Christmas" else (1, 1)
        if name == "feast" and not re.search(r"\sDay\b", surface):  # "At Christmas 1085": a season, its year the date
            return DateMention(m.start("y1"), b, g["y1"], f"{int(g['y1']):04d}", "year")
        if name == "feast":
            return _full(a, b, surface, int(g["y1"]), month, day)
        return DateMention(a, b, surface, f"--{month:02d}-{day:02d}", "day", needs_year=True)
    if name in ("dm", "md"):
        month, day = _month(g["m1"]), _day(g["d1"])
        if not _valid(day, month) or (g["m1"] == "May" and name == "md" and not g["d1"]):
            return None
        return DateMention(a, b, surface, f"--{month:02d}-{day:02d}", "day", needs_year=True)
    # a bare year: only in a date-like context, and not a name's ("the War of 1812", "the Act of 1856")
    before = text[max(0, a - 12):a]
    named = text[max(0, a - 40):a]  # wider than the cue's window: "the Bolshevik Revolution of 1917"
    if re.search(r"\b[A-Z][a-z]+\s+of\s+$", named) and not re.search(
            r"\b(?:[Ss]ummer|[Ww]inter|[Ss]pring|[Aa]utumn|[Ff]all|[Yy]ear|[Ee]nd)\s+of\s+$", before):
        return None
    bracketed = before.endswith("(") and text[b:b + 1] == ")"
    after = text[b:b + 20]
    attributive = len(g["y1"]) == 4 and re.search(r"\b[Aa]n?\s+$", before) is not None and re.match(
        r"\s+[a-z]{3,}\b(?<!men)(?<!people)(?<!strong)(?<!cattle)(?<!infantry)(?<!cavalry)", after) is not None \
        and not _WRITTEN.match(after)
    # "was a 1685 attempt to overthrow King James": the event's year; not "a 2000 strong army", "a 1500 men", nor
    # when a work came out ("a 1998 study by historian Carolyn Hamilton")
    if not (bracketed or attributive or _YEAR_CUE.search(before) or a == 0 or re.search(r"[.!?]\s*$", before)):
        return None
    if len(g["y1"]) < 4 and not re.search(r"\b(?:[Ii]n|[Bb]y|of|until|since|from|between|and|or|c\.|around|about)\s+$",
                                          before):
        return None  # a short year only after the words that tell a year ("in 786", "between 786 and 809")
    if re.match(r"\s+[a-z]{2,}s\b", after) and not re.match(
            r"\s+(?:was|is|has|his|its|this|thus|us|as|saw|gives|marks|sees|sides|seems)\b", after):
        return None  # "1500 soldiers": a count, not a year
    if re.match(r"\s+[A-Z][a-z]+\s+[a-z]{3,}s\b", after) and re.search(r"\b(?:and|or|the|of)\s*$", before):
        return None  # "the casados and 1500 Christian lascarins": a count too
    return DateMention(a, b, surface, f"{int(g['y1']):04d}", "year", bracketed=bracketed)


def _bc_mention(name: str, g: dict[str, str], a: int, b: int, surface: str) -> DateMention | None:
    """A date before the era ("15 March 44 BC", "218–201 BC": from 218 BC), its year negative."""
    year = -int(g["y1"])
    if name in ("day_of_bc", "dmy_bc", "mdy_bc"):
        return _full(a, b, surface, year, _month(g["m1"]), _day(g["d1"]))
    if name == "my_bc":
        return DateMention(a, b, surface, iso_of(year, _month(g["m1"])), "month")
    if name == "range_bc":
        end = -int(g["y2"])
        if not year < end <= year + 100:
            return None
        return DateMention(a, b, surface, iso_of(year), "year", end_iso=iso_of(end))
    return DateMention(a, b, surface, iso_of(year), "year")


_DAY_ALONE = re.compile(r"\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Ss]ince|[Ff]rom|[Ii]n) (the ([1-3]?\d)(?:st|nd|rd|th))\b"
                        r"(?=\s*[,.;)]|\s+(?:there|it|he|she|they|when|while|and|the|a|an|his|her|their|its)\b"
                        r"|\s+[A-Z][a-z]+\s+(?!of\b)[a-z])")  # "On the 23rd, Amanullah Khan fled": a day of the
# month the text is in; not "the 13th Light Dragoons", "by the 19th century" nor "the 20th of May" (a date of its own)


def days_alone(text: str) -> list[tuple[int, int, int]]:
    """The days a text gives with neither month nor year ("On the 23rd", "By the 12th,"): (start, end, day)."""
    return [(m.start(1), m.end(1), int(m.group(2))) for m in _DAY_ALONE.finditer(text) if 1 <= int(m.group(2)) <= 31]


def _full(a: int, b: int, surface: str, year: int, month: int, day: int) -> DateMention | None:
    if not _valid(day, month, year):
        return None
    return DateMention(a, b, surface, iso_of(year, month, day), "day")


def with_year(mention: DateMention, year: int, previous_month: int | None = None) -> DateMention | None:
    """Give a day-and-month mention the year carried from the sentences before it.

    Args:
        mention: a mention with ``needs_year``.
        year: the year of the latest dated event before it.
        previous_month: that event's month, if known. January or February after November or December
            means the narrative has moved on into the next year; another month earlier than it is unclear
            (a look back: "She died on 27 November 1852. ... confessing something to him on 30 August"; or a
            date before one announced: "a fee effective from 1 September 1851. On 26 August, a rally ...").

    Returns:
        The mention with a full ISO date, or None if that day is not in the calendar (29 February) or its year
        is unclear.
    """
    month, day = int(mention.iso[2:4]), int(mention.iso[5:7])
    if previous_month is not None and month < previous_month and "year" not in mention.text:
        if not (previous_month >= 11 and month <= 2):
            return None
        year = next_year(year)
    if not _valid(day, month, year):
        return None
    return DateMention(mention.start, mention.end, mention.text, iso_of(year, month, day), "day")
