"""Counts and amounts in prose ("115 witnesses", "thirty-five thousand men", "£3,000", "two years"), and wrong ones."""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass
from typing import Callable, TypeVar

from quizapp.bank.text.dates import MONTH_NAMES

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
          " seventeen eighteen nineteen").split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_WORD = r"(?:" + "|".join(sorted([*_UNITS[2:], *_TENS], key=len, reverse=True)) + r")"
_SCALED = r"\s+(?:hundred|thousand|million)(?:\s+and\s+" + _WORD + r"(?:-" + _WORD + r")?)?"
# "one hundred and twenty diggers", "a thousand men": "one" and "a" count only before a scale word
_WORD_NUMBER = rf"(?:(?:one|a)(?={_SCALED})|{_WORD}(?:-{_WORD})?)(?:{_SCALED})*"
_NUMBER = re.compile(
    rf"(?<![\w,.£$€-])(?P<cur>[£$€]\s?)?(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?i:{_WORD_NUMBER}))"
    r"(?P<scale>\s+(?:million|billion|thousand))?(?![\w,]*\d)")
_COUNTED = re.compile(
    r"^\s+(?:(?:more|other|new|of|the|about|some|additional|armed|[a-z]+(?:ed|al|ic|ish|an|ive))\s+){0,2}"
    rf"(?:(?!(?:{'|'.join(MONTH_NAMES)})\b)"
    r"[A-Z][a-z]+\s+(?=[a-z]{3,}(?:s|men|ry)\b))?(?P<noun>[a-z][a-z-]+)")
# "6000 Mangal tribesmen": a people's name may stand before what it counts (never "30 August which")
_TIME_WORDS = frozenset({"am", "pm", "a.m", "p.m", "o'clock", "percent", "per", "times", "of", "or", "and", "to",
                         "in", "at", "on", "the", "a", "an", "by", "was", "were", "is", "are", "had", "have"})
DURATIONS = frozenset({"years", "months", "weeks", "days", "hours", "decades", "centuries"})
_MEASURES = frozenset({"miles", "kilometres", "kilometers", "km", "metres", "meters", "yards", "feet", "inches",
                       "leagues", "acres", "hectares", "rooms", "pages", "volumes", "files", "paces",
                       "steps", "hours", "minutes", "seconds", "tons", "tonnes", "kilograms", "kg",
                       "degrees", "storeys", "stories", "floors", "windows"})

_DISTANCES = frozenset({"miles", "kilometres", "kilometers", "km", "leagues"})
LONG_WAY = 100


@dataclass(frozen=True)
class Amount:
    """A count or amount in a sentence: the span to blank, its value and how it is written."""

    start: int
    end: int
    text: str
    value: float
    unit: str


def word_value(text: str) -> int | None:
    """Read a number written in words ("twenty-five", "twelve hundred", "thirty-five thousand").

    Args:
        text: the words.

    Returns:
        The value, or None if they are not a number.
    """
    total, current = 0, 0
    for w in re.split(r"[\s-]+", text.lower().replace(" and ", " ")):
        if w == "a":
            current += 1
        elif w in _UNITS:
            current += _UNITS.index(w)
        elif w in _TENS:
            current += _TENS[w]
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w in _SCALES:
            total += max(current, 1) * _SCALES[w]
            current = 0
        elif w:
            return None
    return total + current


def find_amounts(text: str, taken: list[tuple[int, int]]) -> list[Amount]:
    """Find counts followed by what they count, amounts of money, and durations.

    Args:
        text: a sentence.
        taken: spans already used by dates.

    Returns:
        The amounts, in order; a count whose list follows it ("three battles: vanguard, centre and
        rearguard") is left out, as the list gives it away.
    """
    out: list[Amount] = []
    for m in _NUMBER.finditer(text):
        a, b = m.span()
        if any(x < b and a < y for x, y in taken) or text[max(0, a - 1):a] == "(":
            continue  # "15 acres (61,000 m²)": a conversion in brackets is no fact of its own
        raw = m.group("n")
        value = float(raw.replace(",", "")) if raw[:1].isdigit() else word_value(raw)
        if value is None:
            continue
        if m.group("scale"):
            value *= _SCALES[m.group("scale").strip().lower()]
        currency = bool(m.group("cur"))
        after = _COUNTED.match(text[b:])
        noun = after.group("noun") if after else ""
        big = "," in raw and value >= 1000
        if value < 2 or (not currency and not big and (not noun or noun in _TIME_WORDS)):
            if not re.search(r"\bage of\s+$", text[:a]) or value < 2:
                continue
        if raw[:1].isdigit() and not currency and not m.group("scale") and 1000 <= value <= 2100 and "," not in raw:
            continue  # a year
        if value <= 12 and re.match(r"[^.;:]{0,40}:\s*\w+(?:,\s*\w+)+", text[b:]):
            continue
        if noun in _MEASURES and not (noun in _DISTANCES and value >= LONG_WAY):
            continue  # "12 miles away", "21 rooms", "48 hours": a measure of distance, size or the clock is trivia;
            # not a journey's length ("covered some 117,000 kilometres", "marched about 185 miles in four days")
        if value < 12 and not currency and noun not in DURATIONS:
            continue  # "two of the members", "the two armies": a count too small to be a fact worth asking
        end = b
        if noun in DURATIONS and after is not None and after.start("noun") <= 1:
            end = b + after.end("noun")
            if re.match(r"\s+(?:later|earlier|after|before|ago|afterwards)\b", text[end:]):
                continue  # "Ten days later": when, not how long
        out.append(Amount(a, end, text[a:end], value, noun))
    return out


Ordered = TypeVar("Ordered", str, float)


def by_chance(options: list[Ordered], answer: Ordered, rng: random.Random, shown: int = 3) -> list[Ordered]:
    """The options with the first ``shown`` chosen so that how many of them lie below the answer is left to chance:
    always smaller amounts (or earlier dates) make the answer the largest, and always one on each side makes it never
    the smallest nor the largest; both are patterns to guess by. Dates compare as ISO text of one grain.

    Args:
        options: wrong options, likeliest first.
        answer: the right one.
        rng: a seeded generator.
        shown: how many a question shows.

    Returns:
        The same options, the ``shown`` to show first.
    """
    below = [o for o in options if o < answer]
    above = [o for o in options if o > answer]
    counts = [k for k in range(shown + 1) if k <= len(below) and shown - k <= len(above)]
    if not counts:
        return options
    k = rng.choice(counts)
    first = below[:k] + above[:shown - k]
    return [*first, *(o for o in options if o not in first)]


def amount_options(amount: Amount, rng: random.Random, limit: int = 3, side: int = 0, rough: bool = False,
                   age: bool = False) -> list[str]:
    """Make wrong amounts near the right one, written the same way (digits, words, currency, unit).

    Args:
        amount: the right amount.
        rng: a seeded generator.
        limit: how many to return.
        side: 1 for larger amounts only ("at least ____": a smaller one would be true too), -1 for smaller
            ones only ("fewer than ____"), 0 for either.
        rough: the text gives the amount roughly ("about 50,000", "some 200,000"): wrong amounts are at least half
            or double it, so that none is roughly right too.
        age: the amount is someone's age ("at the age of ____"): wrong ages stay nearer and under a hundred.

    Returns:
        Up to ``limit`` amounts as text, none equal to the answer.
    """
    v = amount.value
    if v <= 12:
        pool = [float(x) for x in range(max(2, int(v) - 4), int(v) + 6) if x != v]
        pool = [x for x in pool if side == 0 or (x - v) * side > 0]
        rng.shuffle(pool)
        pool = by_chance(pool, v, rng, min(limit, SHOWN))  # the first three, which a question shows
    else:
        worded = not re.sub(r"^[£$€]\s?", "", amount.text)[:1].isdigit()
        length = len(amount.text.split())

        def fits(x: float) -> bool:  # "a million" is not offered beside "one million five hundred thousand"
            return not worded or len(_write(x, amount.text).split()) <= length + 1

        single = re.match(r"(?:an?|one)\s+(?:thousand|million|billion)\b", amount.text, re.I) is not None
        # a crowd or an army, or "a million" (whose neighbours are no shorter words); "about nineteen years of age"
        # keeps near ages
        pool = _wrong_amounts(v, rng, limit, side, (rough or single) and v >= 1000, age, fits)
    out: list[str] = []
    for x in pool:
        text = _write(x, amount.text)
        if text and text != amount.text and text not in out:
            out.append(text)
        if len(out) == limit:
            break
    return out


def _draw(v: float, step: int, span: tuple[float, float], below: bool, pool: list[float], rng: random.Random,
          age: bool, fits: Callable[[float], bool]) -> float | None:
    """A wrong amount ``span`` times the answer (a ratio drawn evenly on a log scale), rounded to its step, on the
    asked side of it, not within 8 % of one already drawn, for an age under a hundred, and one that ``fits`` (written
    in words no longer than the answer's by more than a word); None after 40 tries."""
    for _ in range(40):
        x = float(max(step, round(v * math.exp(rng.uniform(math.log(span[0]), math.log(span[1]))) / step) * step))
        if x != v and (x < v) == below and all(abs(x - o) >= 0.08 * max(x, o) for o in pool) and (
                not age or x < 100) and fits(x):
            return x
    return None


SHOWN = 3  # wrong amounts a question shows; any further ones are spares for those a prompt already shows


def _wrong_amounts(v: float, rng: random.Random, limit: int, side: int, rough: bool, age: bool = False,
                   fits: Callable[[float], bool] = lambda x: True) -> list[float]:
    """Wrong amounts of the answer's precision at random distances from it, so that neither the answer's place among
    the shown amounts (smallest, largest or between, each as likely) nor a simple ratio to it (816 among 408, 612
    and 1,632: only 816 is half, three quarters and double of the others) tells it; for a rough amount, none within
    half or double of it."""
    digits = len(str(int(v))) - len(str(int(v)).rstrip("0")) if int(v) == v else 0
    step = 10 ** max(0, min(digits, len(str(int(v))) - 1))
    if rough and v / step < 10 and step >= 10:
        step //= 10  # about 10,000 in steps of 1,000: in steps of 10,000 its halves would all round to itself
    elif v / step < 3 and step >= 10:
        step //= 2  # "£10,000", "$100": in steps of the answer's own size there is no smaller amount, and one larger
    low, high = ((0.2, 0.5), (2.0, 4.5)) if rough else ((0.55, 0.88), (1.14, 1.7)) if age else (
        (0.45, 0.87), (1.15, 2.3))
    shown = min(limit, SHOWN)
    smaller = rng.randrange(shown + 1) if side == 0 else shown if side < 0 else 0
    wanted = [True] * smaller + [False] * (shown - smaller) + [
        side < 0 or (side == 0 and rng.random() < 0.5) for _ in range(limit - shown)]
    pool: list[float] = []
    for below in wanted:  # where the step is too coarse on one side ("300 million" in hundreds of millions), the other
        x = _draw(v, step, low if below else high, below, pool, rng, age, fits) or (
            _draw(v, step, high if below else low, not below, pool, rng, age, fits) if side == 0 else None)
        if x is not None:
            pool.append(x)
    return pool


_AT_LEAST = re.compile(r"\b(?:at least|more than|over|upwards of|no fewer than|no less than|in excess of|above)\s+$",
                       re.I)
_AT_MOST = re.compile(r"\b(?:at most|fewer than|less than|under|up to|no more than|below)\s+$", re.I)


_ROUGHLY = re.compile(r"\b(?:about|around|some|nearly|almost|approximately|roughly|circa|an estimated|estimated at"
                      r"|up to|as many as|close to|perhaps|possibly)\s+$", re.I)


def rough(before: str) -> bool:
    """Does the text give the amount after these words only roughly ("a crowd of about ____ people")?"""
    return _ROUGHLY.search(before) is not None


_BY_DATE = re.compile(r"(?<![\w-])(?:by|before)\s+(?:the\s+(?:end|spring|summer|autumn|winter|beginning)\s+of\s+)?$",
                      re.I)
_AFTER_DATE = re.compile(r"\bafter\s+$", re.I)


def date_side(before: str) -> int:
    """Which wrong dates are false after the words before a blank, as ``bound_side`` for amounts: earlier ones after
    "by" or "before" ("By ____ Ada was a regular at Court": by a later year she was too), later ones after "after"
    (-1, 1), either (0)."""
    return -1 if _BY_DATE.search(before) else 1 if _AFTER_DATE.search(before) else 0


def bound_side(before: str) -> int:
    """Which wrong amounts are false after the words before a blank: larger after "at least", smaller after
    "fewer than" (1, -1), either otherwise (0)."""
    return 1 if _AT_LEAST.search(before) else -1 if _AT_MOST.search(before) else 0


def _write(value: float, like: str) -> str:
    """Write ``value`` the way ``like`` is written."""
    m = re.match(r"(?P<cur>[£$€]\s?)?(?P<n>[\w,.-]+(?:\s+(?:hundred|thousand|million|billion|and|"
                 + _WORD + r"|-)+)*)(?P<rest>.*)$", like, re.I)
    if not m:
        return ""
    cur, number, rest = m.group("cur") or "", m.group("n"), m.group("rest")
    scale = re.search(r"\s+(million|billion)$", number)
    if number[:1].isdigit():
        if scale:
            unit = _SCALES[scale.group(1)]
            shown = value / unit
            body = f"{shown:g} {scale.group(1)}"
        elif "." in number:
            body = f"{value:.{len(number.split('.')[1])}f}"
        else:
            body = f"{int(value):,}" if "," in number or value >= 10000 else str(int(value))
        return f"{cur}{body}{rest}"
    words = _words(int(value), "hundred" in number.lower() and "thousand" not in number.lower())
    if not words:
        return ""
    return f"{cur}{words.capitalize() if number[:1].isupper() else words}{rest}"


def _words(value: int, hundreds: bool) -> str:
    """Spell a whole number ("thirty-five thousand"; with ``hundreds``, 1200 as "twelve hundred")."""
    def small(n: int) -> str:
        if n < 20:
            return _UNITS[n]
        tens = {v: k for k, v in _TENS.items()}
        return tens[n - n % 10] + (f"-{_UNITS[n % 10]}" if n % 10 else "")

    def under_thousand(n: int) -> str:
        if n < 100:
            return small(n)
        head = f"{_UNITS[n // 100]} hundred"
        return head + (f" and {small(n % 100)}" if n % 100 else "")

    if value <= 0 or value >= 1_000_000_000:
        return ""
    if hundreds and value < 10000 and value % 100 == 0 and value >= 1100:
        return f"{small(value // 100)} hundred"
    parts = []
    for scale, name in ((1_000_000, "million"), (1000, "thousand")):
        if value >= scale:
            parts.append(f"{under_thousand(value // scale)} {name}")
            value %= scale
    if value:
        parts.append(under_thousand(value))
    return " ".join(parts)
