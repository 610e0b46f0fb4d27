"""Every question a sentence could give: a blank for each date, confident name and amount, with its evidence."""

from __future__ import annotations

import dataclasses
import hashlib
import random
import re
from dataclasses import dataclass

from quizapp.bank.mentions.index import EntityIndex, Mention
from quizapp.bank.mentions.kinds import KIN_NOUNS, NOW_CALLED, PERSON_NOUNS, PLACE_NOUNS
from quizapp.bank.mentions.lexicons import (PLACE_ADJECTIVES, first_name_gender, is_demonym, is_region,
                                             names_the_country)
from quizapp.bank.mentions.names import REGNAL_NUMBER, fold
from quizapp.bank.mentions.places import COUNTRIES, REGIONS, is_country, place_grain
from quizapp.bank.mentions.spans import GROUP_NOUNS, HONORIFICS, TITLES_AFTER
from quizapp.bank.nlp.parse import Token
from quizapp.bank.questions.numbers import (DURATIONS, Amount, amount_options, by_chance, bound_side, date_side,
                                            find_amounts, rough)
from quizapp.bank.questions.options import (ROLE_NOUNS, TERRAIN, ContextModel, asked_sort, blank_role,
                                            date_options, rank_names, said_role, vouched, with_articles)
from quizapp.bank.questions.prompts import (BLANK, OFFICES, Frame, in_list, inside_name, one_article, render,
                                            wh_question)
from quizapp.bank.questions.trivia import ESTIMATE, TRIVIA_AFTER, TRIVIA_BEFORE
from quizapp.bank.formats.partial_dates import date_key, format_partial, format_year, granularity, split_iso, year_of
from quizapp.bank.text.dates import BC_MARK, MONTH_NAMES, TIME_PREPOSITION, DateMention
from quizapp.bank.text.sentences import mask
from quizapp.bank.types import AnswerKind, BankQuestion, QuestionType

_CLASSIFIERS = frozenset("group clan family movement dynasty house tribe faction party delegation infantry cavalry"
                          " artillery troops soldiers forces garrison garrisons army battalions regiments"
                          " prison gaol jail".split())  # "sent to ____ prison"
_NAME_KINDS = (AnswerKind.PERSON, AnswerKind.PLACE, AnswerKind.ORG, AnswerKind.WORK)
_WH = {AnswerKind.PERSON: "who", AnswerKind.PLACE: "where"}
_COUNT_BEFORE = re.compile(  # "Two Invalides": a count before a name; not a year ("In 1903 Congress passed")
    r"(?:^|(?<=\s))(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ss]everal|[Mm]any"
    r"|(?<![\d,])\d{1,3}(?:,\d{3})*)\s+$")


def _counted(before: str) -> bool:
    """Does a count stand just before a name ("Two Invalides"), not a year or a day ("In 802 Nikephoros I overthrew
    Irene", "on July 24 Murtaza Nizam Shah requested peace")?"""
    count = _COUNT_BEFORE.search(before)
    if count is None:
        return False
    word = re.search(r"(\w+)\s+$", before[:count.start()])
    return not (count.group()[0].isdigit() and word is not None and (
        word.group(1) in MONTH_NAMES or word.group(1).lower() in ("in", "by", "of", "since", "until", "c")))


@dataclass(frozen=True)
class Candidate:
    """A possible question with what the ranking weighs: how sure its kind is, how much its answer adds to the
    sentence, how good its sentence and options."""

    question: BankQuestion
    sentence: int
    fact: str
    kind_confidence: float
    news: float  # what the answer adds: a date's grain, 0.7 for an amount; for a name 0.6, or 0.2 for the main
    # clause's subject when it is a name the text is much about ("____ was born in 1873 in Alpena"): given, not news
    sentence_quality: float
    option_quality: float  # the share of options whose kind is vouched for (dates and amounts are made: 1)
    focus: float
    described: bool = False  # a person or place introduced by what it was ("the pro-English bishop ____", "the
    # farmhouse of ____"): the question asks for what the text says it was, the kind a teacher asks first
    people: bool = False  # the answer is a people or a faction ("the Bolsheviks"), which says less than one of its own
    broad: bool = False  # the answer is a country or a continent ("Egypt"), which says less than a town of it

    @property
    def score(self) -> float:
        """The candidate's overall quality, 0 to 1."""
        return round(0.25 * self.kind_confidence + 0.2 * self.news + 0.2 * self.sentence_quality
                     + 0.1 * self.option_quality + 0.25 * self.focus, 3)


def qid(*parts: str) -> str:
    """A stable question id from the parts that make the question."""
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:12]


def rng_for(*parts: str) -> random.Random:
    """A generator seeded by the question's own parts, so a text always gives the same options."""
    return random.Random(int(hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:16], 16))


_REALM = re.compile(r"^(?:the\s+)?(?:(?:kingdom|republic|empire|state|duchy|grand duchy|principality|dominion"
                    r"|commonwealth|union)\s+of\s+)?")


_COMBINING = {"italy": "italo", "france": "franco", "england": "anglo", "britain": "anglo", "great britain": "anglo",
              "united kingdom": "anglo", "china": "sino", "russia": "russo", "austria": "austro", "greece": "greco",
              "spain": "hispano", "portugal": "luso"}  # "the First Italo-Ethiopian War": Italy


def visible(answer: str, prompt: str) -> bool:
    """Is the answer, or a significant word of it, visible in the prompt?"""
    low = prompt.lower()
    words = [w for w in re.findall(r"\d[\d,.]*\d|[\w'’-]+", answer.lower()) if len(w) > 3 or w[0].isdigit()]
    # "69,000" is one word: its "000" is not given away by "48,000"
    significant = [w for w in words if w not in {"the", "of", "and", "from", "with", "thousand", "hundred",
                                                   "million", "years", "days", "months", "treaty", "convention",
                                                   "charter", "edict", "declaration", "proclamation", "party",
                                                   "league", "society", "union", "council", "committee",
                                                   *GROUP_NOUNS.split("|")}]
    # "The 1689 ____ was China's first formal treaty", "the ____, the largest socialist party", "The Oda clan's siege
    # ... the ____ broke the blockade": every option is a treaty, a party or a clan, so the word gives nothing away
    if len(words) > 1 and words[-1] in _HEAD_NOUNS:
        significant = [w for w in significant if w != words[-1]]  # "from ____ toward Cemetery Ridge" (Seminary
        # Ridge), "could not enter the university ... studied at the ____" (Flying University): a kind, not the name
    realm = _REALM.sub("", fold(answer))  # "Italian authorities ... a protectorate of ____": the Kingdom of Italy
    adjective = PLACE_ADJECTIVES.get(realm)  # "the Irish Potato Famine ... in ____": Ireland
    first = answer.lower().split()[0] if answer.split() else ""
    # not "Ross" in "Cross"; "barred anarchists" gives away the Anarchist Exclusion Act ("brigades" no Household
    # Brigade), and "enrolled at the University of Zurich" gives away Switzerland
    if any(re.search(rf"\b{re.escape(stem.capitalize())}(?:ian|ians|ine|ic|ite|ites|an|ans|ean|ist|ists)\b", prompt)
           for w in significant if len(w) >= 6 and not w[0].isdigit() for stem in {w, w[:-1], w[:-2]}):
        return True  # "the Theodosian Walls, built under the emperor ____" (Theodosius II), "the Victorian era
        # ... ____" (Queen Victoria): the name's own adjective gives it away
    return re.search(rf"(?<!\w){re.escape(answer.lower())}", low) is not None or any(
        re.search(rf"\b{re.escape(w)}{'(?:e?s)?' if w == first else ''}\b", low) for w in significant) or (
        adjective is not None and re.search(rf"\b(?:{adjective})\b", low) is not None) or (
        realm in _COMBINING and re.search(rf"\b{_COMBINING[realm]}-[a-z]", low) is not None) or (
        is_country(answer) and names_the_country(prompt, answer))


_HEAD_NOUNS = frozenset("institute university college school academy hospital mosque cathedral temple ridge"
                        " hill hills river mountain mountains lake island bay street square bridge palace castle fort"
                        " fortress prison company bank army navy".split())  # the kind a name ends in


def sentence_quality(fr: Frame) -> float:
    """How well a sentence makes a question: its length, whether a pronoun had to be resolved, how it opens."""
    words = len(fr.sentence.text[:fr.usable_end].split())
    q = 1.0 if 9 <= words <= 35 else 0.8 if words <= 45 else 0.6
    if fr.resolved is not None:
        q -= 0.05 if fr.resolved.certain else 0.15
    if fr.context:
        q -= 0.15
    if re.match(r"^(?:However|But|And|Yet|Still|Then|Thus|So|Instead|Nevertheless|Also)\b", fr.sentence.text):
        q -= 0.1
    return max(q, 0.0)


def date_candidates(fr: Frame, found: list[DateMention], tags: tuple[str, ...],
                    elsewhere: frozenset[str] = frozenset(), people: frozenset[int] = frozenset(),
                    lifetime: tuple[int, int] | None = None, crowded: int | None = None) -> list[Candidate]:
    """The date questions of a sentence.

    Args:
        fr: the sentence's frame.
        found: its dated events (full ISO dates).
        tags: tags for the questions (the section).
        elsewhere: the dates of the text's events: its days are never wrong options, as they may be right too
            ("10,000 miners met at Bakery Hill" on 1 and on 11 November), nor its years beside an election's ("won
            the presidential election of ____ against Bryan": he beat Bryan again in 1900).
        people: where the names of people in the sentence end: a life span in brackets after one is asked as
            "born ____" or "died ____".
        lifetime: the years the main subject was born and died, where the sentence is about them: a date of their life
            gets no wrong option outside it (a move to Breslau is not offered four years after her death).
        crowded: the year most of the text's dates fall in, if one does (a battle's, an assassination's): a day or
            month of it is offered other days and months of it, as other years would give it away.

    Returns:
        One candidate per date whose blank leaves a prompt that does not give the year away.
    """
    s = fr.sentence
    out: list[Candidate] = []
    for d in found:
        if d.end > fr.usable_end or d.end_iso or re.search(r"\d\s*[–—-]\s*\d", d.text):
            continue  # "constructed 1849–1850", "2–13 March": a range is two dates, and its start alone is no answer
        life = _life_span(s.text, d, people)
        if life is None and _aside(s.text, d.start, d.end):
            continue  # "(only Babbage's Difference Engine has been built, completed in London in 2002)": in passing
        if life is None and (re.match(r"\s*[–—-]\s*(?:\d|[A-Z][a-z]+ \d)", s.text[d.end:])
                             or re.search(r"[–—-]\s*$", s.text[:d.start])):
            continue  # one end of a range ("1799–1800"): the other end gives it away
        if re.search(r"\b\d{1,4}(?:st|nd|rd|th)?\s+or\s+(?:c\.\s*)?$", s.text[:d.start]) or (
                d.granularity == "year" and re.match(r"\s+or\s+(?:c\.\s*|circa\s+)?\d{3,4}\b", s.text[d.end:])):
            continue  # "on either 11 or ____ December", "(c. ____ or c. 1501 – c. 1529)": the other of two gives it
            # away, and neither is sure
        if life is None and _worded_range(s.text, d):
            continue  # "Between ____ and 1843" (1842), "between 1846 and ____": so near an end, the other gives it away
        if d.granularity != "year" and _MONTH_PAIR.search(s.text[:d.start]):
            continue  # "August and ____ saw widespread attacks" (September 1922): the month before gives it away
        if re.match(r"[A-Z][a-z]+ ", d.text) and re.search(r"(?<=[a-z,;] )[A-Z][a-z]+\s+$", s.text[:d.start]) \
                and not re.search(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+$", s.text[:d.start]):
            continue  # "in the aftermath of Black July 1983": a month that ends a name ("Black July", "Bloody
            # Sunday") is no date to blank
        if d.granularity != "year" and re.search(r"\b[A-Z][\w'’-]*\s+of\s+$", s.text[:d.start]):
            continue  # "By the Treaty of Frankfurt of May 1871": a month or a day after a name's "of" is part of the
            # name, and its blank a blank inside it (as a year there is: text/dates leaves it out)
        begin = 0 if d.granularity == "day" and re.fullmatch(r"[Tt]he\s+", s.text[:d.start]) else d.start
        weekday = re.search(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+$", s.text[:d.start])
        if weekday and d.granularity == "day":
            begin = weekday.start()  # "On Saturday 15 June Richard II met Wat Tyler": "On ____ Richard II met", the
            # weekday with its day in the blank, never "On Saturday ____", a blank after a capital
        # "The 29th of September was fixed for the closing": "____ was fixed", not "The ____ was fixed"
        prompt = render(dataclasses.replace(fr, edits=tuple(sorted((*fr.edits, *life)))) if life else fr,
                        (begin, d.end))
        if d.granularity == "year" and not re.search(r"\d", d.text):  # "the following year", the year after the one
            # before: "In ____, Marie Curie received", "She died of yellow fever in Caracas in ____"
            if prompt.startswith(BLANK):
                prompt = re.sub(r"^____,?\s+", "In ____, ", prompt)
            elif not TIME_PREPOSITION.search(s.text[:d.start]):  # "until ____" stays; "in the following year" lost
                prompt = prompt.replace(f" {BLANK}", f" in {BLANK}", 1)  # its "in" with the blank
        answer = format_partial(d.iso)
        year, month_number, _ = split_iso(d.iso)
        year = year or 0
        year_shown = shows_year(prompt, year)
        month = MONTH_NAMES[month_number - 1] if d.granularity == "day" and month_number else ""
        month_shown = year_shown and bool(month) and re.search(rf"\b{month}\b", prompt) is not None
        unsaid = answer.replace(format_year(year), "").replace(month, "") if month_shown else \
            answer.replace(format_year(year), "") if year_shown else answer
        prompt = re.sub(r"____(?=\s+(?:" + "|".join(MONTH_NAMES) + r")\b)", "____,", prompt)  # "On ____, August
        # Spies spoke to a crowd": without the comma, the month's name after the blank reads as the answer's
        if month_shown and _DAYS_APART.search(prompt):
            continue  # "On 7 October ... Ten days later, on ____": the day is reckoned, not known
        if not prompt or re.search(r"\(\s*____\s*\)", prompt) or (year_shown and d.granularity == "year") or visible(
                unsaid, prompt):
            continue  # a day or month is still asked when the year stands elsewhere ("in 1854 ... on ____")
        prompt = wh_question(fr, (d.start, d.end), "when") or prompt
        step = 4 if _ELECTION.search(prompt) and d.granularity == "year" else 1
        if d.granularity == "year" and (rough(s.text[:d.start]) or re.search(r"\bc\.\s*$", s.text[:d.start])):
            step = 5  # "born around 1743": 1742 would be around 1743 too; 1738 or 1748 is not
        died = lifetime[1] if lifetime is not None and year >= lifetime[1] and _AFTER_DEATH.search(
            prompt) else None  # "Rosa Luxemburg was buried on ____" (1919): never a year before her death
        avoid = {x.iso for x in found} | {x.end_iso for x in found if x.end_iso} | {
            e for e in elsewhere if granularity(e) == 3 or (step > 1 and granularity(e) == 1)}
        options = by_chance([o for o in date_options(d.iso, rng_for(s.text, d.iso), avoid, limit=8,
                                                     same_year=year_shown or (
                                                         d.granularity != "year" and year == crowded),
                                                     step=step, same_month=month_shown,
                                                     side=date_side(s.text[:d.start]))
                             if _within(o, prompt, d.iso) and _in_life(o, d.iso, lifetime)
                             and (died is None or (year_of(o) or 0) >= died)],
                            d.iso, rng_for(s.text, d.iso, "place"))[:3]
        if len(options) < 3:
            continue
        q = BankQuestion(id=qid("date", d.iso, s.text, str(d.start)), type=QuestionType.DATE, prompt=prompt,
                         answer=answer, distractors=tuple(options), answer_kind=AnswerKind.DATE,
                         source_sentence=s.text, date=d.iso, tags=("date", *tags))
        grain = 0.75 if d.granularity != "year" else 0.9  # a year adds the most: in two readings of 600 questions,
        # 29 of 78 year questions were judged good and none of 74 day or month questions (over-precise)
        out.append(Candidate(q, s.index, f"date:{d.iso}", 0.95, grain, sentence_quality(fr), 1.0,
                             fr.focus(d.start, d.end)))
    return out


_MONTH_PAIR = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                         r"\s+(?:and|or|to|until|till|through)\s+$|\b(?:January|February|March|April|May|June|July"
                         r"|August|September|October|November|December)\s*[–—-]\s*$")


def range_candidates(fr: Frame, found: list[DateMention], tags: tuple[str, ...],
                     elsewhere: frozenset[str] = frozenset()) -> list[Candidate]:
    """The questions of a span of time the sentence gives an event ("The Irish Civil War (28 June 1922 – 24 May 1923)
    was", "the Zulu Civil War of 1819–20"): when it began and when it ended, asked of the event by name.

    Args:
        fr: the sentence's frame.
        found: its dated events (full ISO dates; a span of years holds its end in ``end_iso``).
        tags: tags for the questions.
        elsewhere: the dates of the text's events, never wrong options (see ``date_candidates``).

    Returns:
        Up to two candidates per span: "When did ... begin?" and "When did ... end?".
    """
    s = fr.sentence
    out: list[Candidate] = []
    for i, d in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        year_after = re.match(r"\s*(?:–|—|-|to|until)\s*(1\d{3}|20\d\d)\b", s.text[d.end:])
        if d.end_iso:
            first, last, stop = d.iso, d.end_iso, d.end
        elif nxt is not None and re.fullmatch(r"\s*(?:–|—|-|to|until)\s*", s.text[d.end:nxt.start]):
            first, last, stop = d.iso, nxt.iso, nxt.end
        elif year_after and d.granularity != "year":  # "December 1570 – 1575": a month to a year
            first, last, stop = d.iso, year_after.group(1), d.end + year_after.end()
        else:
            continue
        named = _SPAN_OF.search(s.text[:d.start])
        if stop > fr.usable_end or named is None or not _SPANNED.search(named.group(1)) or (
                named.group(2).startswith("(") and not re.match(r"\s*\)", s.text[stop:])):
            continue
        event = re.sub(r"^(?:In|On|At|During|After|Before|By|From|Since|Until|Through|Throughout)\s+", "",
                       named.group(1))
        event = "the" + event[3:] if event.startswith("The ") else event
        if not event.startswith("the ") and re.search(r"\b[Tt]he\s+(?:[a-z]+\s+){0,2}$", s.text[:named.start(1)]):
            event = "the " + event  # "the larger Russian Revolution of 1917–23"
        avoid = {x.iso for x in found} | {x.end_iso for x in found if x.end_iso} | {
            e for e in elsewhere if granularity(e) == 3}
        grain = int(granularity(first) or 1)  # a later date than the start, to the start's precision
        for iso, verb in ((first, "begin"), (last, "end")):
            prompt = f"When did {event} {verb}?"
            rng = rng_for(s.text, iso, verb)
            options = by_chance([o for o in date_options(iso, rng, avoid, limit=8)
                                 if (date_key(o) < date_key(last) if verb == "begin"
                                     else date_key(o)[:grain] > date_key(first)[:grain])],
                                iso, rng)[:3]
            if len(options) < 3:
                continue
            q = BankQuestion(id=qid("date", iso, s.text, verb), type=QuestionType.DATE, prompt=prompt,
                             answer=format_partial(iso), distractors=tuple(options), answer_kind=AnswerKind.DATE,
                             source_sentence=s.text, date=iso, tags=("date", *tags))
            out.append(Candidate(q, s.index, f"date:{iso}", 0.95, 0.75 if granularity(iso) != 1 else 0.9,
                                 sentence_quality(fr), 1.0, SPAN_FOCUS if verb == "begin" else SPAN_FOCUS - 0.2))
    return out


SPAN_FOCUS = 0.3  # an event's span is told in passing, mostly: the sentence's own facts come first ("The Taiping
# Rebellion (1850–1864) ... led to the deaths of some 20 million people")
_SPANNED = re.compile(r"\b(?:War|Wars|Revolution|Rebellion|Rising|Uprising|Revolt|Siege|Campaign|Crisis|Emergency"
                      r"|Conflict|Insurrection|Mutiny|Invasion|Occupation|Expedition|Reconquista)\b")
_SPAN_OF = re.compile(r"((?:The\s+|the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+the|of|the|de|and|in|for)?\s*[A-Z0-9][\w'’-]*)*)"
                      r"(\s*\(\s*|\s+of\s+)$")  # "The Irish Civil War (", "the Zulu Civil War of"; not "fought in
# World War II from 1942 to 1945", a part of it


def shows_year(prompt: str, year: int) -> bool:
    """Does the prompt write the year, in full or as the end of a range ("the Russian Civil War (1917–22)": 1922)?"""
    if year < 0:  # "in 44 BC"
        return re.search(rf"\b{-year}\s*{BC_MARK}", prompt) is not None
    return re.search(rf"\b{year}\b", prompt) is not None or any(
        int(m.group(1)) * 100 + int(m.group(2)) == year
        for m in re.finditer(r"\b(\d{2})\d{2}\s*[–—-]\s*(\d{2})\b", prompt))


_AFTER_DEATH = re.compile(r"(?i)\b(?:buried|burial|funeral|reburied|reinterred|interred|exhumed|posthumous(?:ly)?)\b")
_DAYS_APART = re.compile(r"(?i)\b(?:days?|weeks?|nights?|fortnight)\s+(?:later|after|before|earlier)\b")
_ERA_YEAR = rf"(?:\d{{1,4}}\s*{BC_MARK}|(?:AD|A\.D\.)\s*\d{{1,4}}|\d{{4}})"  # "63 BC", "AD 14", "1815"
_LIFE = re.compile(rf"(?P<lead>[^()]*;\s*)?(?P<c1>c\.\s*)?(?P<born>[^()–—;]*?(?:{_ERA_YEAR}|\d{{1,3}}))\s*[–—-]\s*"
                   rf"(?P<c2>c\.\s*)?(?P<died>[^()–—;]*?{_ERA_YEAR})\s*")
_BC_MARK = re.compile(rf"\b{BC_MARK}")


def life_years(born: str, died: str) -> tuple[int, int] | None:
    """The years of a life's two ends as written ("23 September 63 BC", "19 August AD 14"; "69" before "30 BC", of
    the same era), negative BC, or None when the first end is a short number with no era ("(1917–22)")."""
    bc_died = _BC_MARK.search(died) is not None
    end = -int(re.findall(r"\d+", died)[-1]) if bc_died else int(re.findall(r"\d+", died)[-1])
    number = re.findall(r"\d+", born)[-1]
    if _BC_MARK.search(born):
        return -int(number), end
    if len(number) < 4 and not bc_died and not re.search(r"\bA\.?D\.?\s*\d", born):
        return None
    if bc_died and (len(number) < 4 or int(number) > -end):
        return -int(number), end  # "(69–30 BC)", "(1507–1458 BC)": both BC
    return int(number), end


def life_span_after(text: str, end: int) -> tuple[int, int] | None:
    """The years of a life span in brackets right after a name ending at ``end`` (a title between may stand: "Augusta
    Ada King, Countess of Lovelace (née Byron; 10 December 1815 – 27 November 1852)"), or None."""
    opening = re.match(r"(?:,[^,()]{0,40})?\s*\(", text[end:])
    close = text.find(")", end)
    if opening is None or close < 0:
        return None
    m = _LIFE.fullmatch(text, end + opening.end(), close)
    if m is None:
        return None
    return life_years(m.group("born"), m.group("died"))


_PART = r"(?:early|late|mid-?)\s*"  # "By late 1922 and early 1923": a range of two years' seasons
_RANGE_AFTER = re.compile(rf"\s+(?:and|to|until|till)\s+(?:[A-Z][a-z]+\s+|{_PART})?(?:\d{{1,2}}\s+)?"
                          rf"(1\d{{3}}|20\d\d)\b")
_RANGE_BEFORE = re.compile(rf"\b(?:[Bb]etween|[Ff]rom|[Ll]ate|[Ee]arly|[Mm]id-?)\s*(?:[A-Z][a-z]+\s+)?(?:\d{{1,2}}\s+)?"
                           rf"(1\d{{3}}|20\d\d)\s+(?:and|to|until|till)\s+(?:the\s+|{_PART})?$")
RANGE_GAP = 3  # years: a range's ends this close give each other away


def _worded_range(text: str, d: DateMention) -> bool:
    """Is a date one end of a range written in words ("between ____ and 1843", "from 1846 to ____") whose other end,
    a year at most ``RANGE_GAP`` away, stands in the sentence, or one end of a guess ("sometime between")?"""
    year = year_of(d.iso)
    after = _RANGE_AFTER.match(text, d.end) if re.search(r"\b(?:[Bb]etween|[Ff]rom|[Ll]ate|[Ee]arly|[Mm]id-?)\s*"
                                                       r"(?:the\s+)?$", text[max(0, d.start - 12):d.start]) else None
    before = _RANGE_BEFORE.search(text[:d.start])
    other = after or before
    if other is not None and re.search(r"\b(?:sometime|some\s+time|probably|possibly|perhaps|born|died|written)\s+"
                                       r"between\s+(?:[A-Z][a-z]+\s+)?(?:\d{1,2}\s+)?(?:(?:1\d{3}|20\d\d)\s+and\s+)?$",
                                       text[max(0, d.start - 50):d.start]):
        return True  # "born sometime between ____ and 1501": one bound of what the text does not know, however far
        # (not "Prime Minister between 1947 and 1964": a time the text knows)
    return year is not None and other is not None and abs(int(other.group(1)) - year) <= RANGE_GAP


def _life_span(text: str, d: DateMention, people: frozenset[int]) -> tuple[tuple[int, int, str], ...] | None:
    """Edits that ask one end of a life span in brackets after a person's name as "born ____" or "died ____" ("Ada
    King (née Byron; 10 December 1815 – 27 November 1852) was": "(née Byron; born ____)"); None for a date that is
    no such end (nor for "the Seven Years' War (1756 – 1763)": no person)."""
    open_ = text.rfind("(", 0, d.start)
    close = text.find(")", d.end)
    if open_ < 0 or close < 0 or ")" in text[open_:d.start] or len(text[:open_].rstrip()) not in people:
        return None
    m = _LIFE.fullmatch(text, open_ + 1, close)
    if m is None:
        return None
    start = m.start("c1") if m.group("c1") else m.start("born")
    circa = "c. " if (d.start == m.start("born") and m.group("c1")) or (
        d.start == m.start("died") and m.group("c2")) else ""
    if d.start == m.start("born") and d.end == m.end("born") and "born" not in (m.group("lead") or ""):
        return (start, d.start, f"born {circa}"), (d.end, close, "")
    if d.start == m.start("died") and d.end == m.end("died"):
        return (start, d.start, f"died {circa}"),
    return None


_BEFORE_YEAR = re.compile(r"\b(?:[Bb]etween|[Ff]rom)\s+(?:[\w ]+\s)?____\s+(?:and|to|until)\s+(?:\w+\s+){0,2}(\d{4})\b")
_AFTER_YEAR = re.compile(r"\b(?:[Bb]etween|[Ff]rom)\s+(?:\w+\s+){0,2}(\d{4})\s+(?:and|to|until)\s+(?:[\w ]+\s)?____")


def _spelled_out(a: str, b: str) -> bool:
    """Is one name the other's initials ("SPD", "Social Democratic Party of Germany": every letter of the short form
    begins a word of the long one)?"""
    short, long = sorted((a, b), key=len)
    initials = {w[0] for w in re.findall(r"[A-Z][\w'’-]*", long)}
    return short.isupper() and len(short) >= 2 and set(short) <= initials


_ELECTION = re.compile(r"\bpresidential (?:election|campaign|race)s?\b|\brunning[ -]mate\b", re.I)
# "won the presidential election of ____": elections come every four years, so wrong years are election years too


_INTRODUCED = re.compile(rf"\b(?:{'|'.join(sorted(ROLE_NOUNS | {'speaker', 'orator', 'preacher', 'singer'}))})\s+$")
# "the anarchist speaker Emma Goldman lecture": a person the text introduces, not a maker's mark before a thing


def _in_life(option: str, iso: str, lifetime: tuple[int, int] | None) -> bool:
    """Does a wrong date fall within the life the answer falls strictly inside (its birth and death years are asked
    with years on both sides, so that the last or first option is never the answer)?"""
    if lifetime is None or not lifetime[0] < (year_of(iso) or 0) < lifetime[1]:
        return True
    return lifetime[0] <= (year_of(option) or 0) <= lifetime[1]


def _within(option: str, prompt: str, iso: str = "") -> bool:
    """Does a wrong date keep to the bounds the prompt sets ("between ____ and 1843": before 1843; "from 1840 to
    ____": after 1840), and to the order of its story: where the answer is later than every year told before the
    blank ("In 1905 she went to Warsaw ... arrested there in ____"), neither is a wrong date (not 1903)?"""
    year = year_of(option) or 0
    upper = _BEFORE_YEAR.search(prompt)
    lower = _AFTER_YEAR.search(prompt)
    told = [int(y) for y in re.findall(r"\b(1\d{3}|20\d\d)\b", prompt.split("____")[0])]
    if told and (year_of(iso) or 0) > max(told) and year < max(told):
        return False
    return not (upper and year >= int(upper.group(1))) and not (lower and year <= int(lower.group(1)))


_RULER = re.compile(r"\b(?:King|Queen|Emperor|Empress|Sultan|Shah|Khan|Tsar|Tsarina|Pope|Viceroy|Caliph|Pharaoh"
                    r"|Shogun|Shōgun|Negus|Maharaja|Rajah?)\b")  # a ruler named once in a long text is still no detail
_NAMING = re.compile(r"\b(?:(?:name|title)\s+of|(?:named|called|renamed)(?:\s+(?:him|her|them))?|known\s+as"
                     r"|(?:was|were)\s+born)\s+$")  # "He renamed him Gustavus Vassa": the main subject's new name


def name_candidates(fr: Frame, index: EntityIndex, model: ContextModel, hero: str | None,
                    genders: dict[str, str], tags: tuple[str, ...],
                    also_hero: frozenset[str] = frozenset(), known: frozenset[str] = frozenset(),
                    details: bool = True) -> list[Candidate]:
    """The questions about people, places, organisations and works of a sentence.

    Args:
        fr: the sentence's frame.
        index: the entity index.
        model: the context model for options.
        hero: the text's main subject (never an answer or an option).
        genders: people's genders.
        tags: tags for the questions.
        also_hero: the main subject's other names (birth name, full name): no answers or options either.
        known: names any reader of the text knows (the country it is about): no answers, but options.
        details: whether a person the text names once may be an answer (in a long text, only in its opening).

    Returns:
        One candidate per confidently typed name that can be blanked cleanly: with three options, or typed from memory.
    """
    s = fr.sentence
    mentions = [m for m in index.by_sentence.get(s.index, []) if m.key in index.kinds]
    kept = mask(s.text, s.quotes)
    here = {m.key for m in mentions}
    if fr.resolved is not None and fr.resolved.key:
        here.add(fr.resolved.key)
    out: list[Candidate] = []
    for m in mentions:
        kind = index.kinds[m.key]
        a = m.blank_start
        quoted_title = kind is AnswerKind.WORK and s.text[a - 1:a] in ('"', "“") and s.text[m.end:m.end + 1] in (
            '"', "”", ",", ".")
        own_name = m.key in also_hero and _NAMING.search(s.text[:a]) is not None  # "took the Christian name of ____"
        if kind not in _NAME_KINDS or m.key == hero or (m.key in also_hero and not own_name) or m.key in known \
                or m.end > fr.usable_end or not (kept[a:m.end].strip() or quoted_title):
            continue
        the = re.search(r"(?<=[\s,(])(?:The|An?)\s+$", s.text[:a])
        if the and kind is AnswerKind.WORK:
            a = the.start()  # "her most important work, The Accumulation of Capital,", "a book called A New Treatise on
            # Aids to Government": the article is the title's
        if (inside_name(s.text, a, m.end) and not _affiliated(m.key, kind, s.text[m.end:])) or in_list(
                s.text, a, m.end) or _counted(s.text[:a]):
            continue  # "Two Invalides, supposed to be spies": a count before it makes a name a common noun
        if kind is not AnswerKind.WORK and re.search(r"(?<![\w'’-])(?:an?|An?)\s+$", s.text[:a]) \
                and m.key.split()[-1].lower() in model.lower:
            continue  # "by the order of an Indian Court": "an" before it makes it one court of many, no name
        demonym = re.search(r"(?<=[a-z,] )([A-Z][a-z]+)\s+$", s.text[:a])
        if kind is AnswerKind.PLACE and demonym and is_demonym(demonym.group(1)):
            continue  # "a Nahua woman from the Mexican Gulf Coast", "Italian Eritrea": the people's word is the
            # name's own, and "the Mexican ____" a blank inside it
        if kind is AnswerKind.PERSON and m.text != m.key and " " not in m.text and re.search(
                r"(?<![\w])[Tt]he\s+$", s.text[:m.start]):
            continue  # "The Kong's title of Duke was maintained": a family or a line, not Kong Youde
        if not details and kind is AnswerKind.PERSON and index.counts[m.key] < 2 and not (
                blank_role(s.text[:a], s.text[m.end:]) or said_role(s.text[:a]) or _CALLING_AFTER.match(s.text[m.end:])
                or (" " in m.key and REGNAL_NUMBER.fullmatch(m.key.split()[-1])) or _RULER.search(s.text[a:m.end])):
            continue  # "his grandfather, ____": a person met once in twenty pages is a detail, unless the text says
            # what made them matter ("____, the French prime minister,", "____, a failed civil service candidate,",
            # "the overthrow of ____ II", "King Sebastian", "Murtaza Nizam Shah")
        if not _sure_enough(m.key, kind, index) or (
                kind is AnswerKind.ORG and model.generic(m.key, index.counts[m.key])):
            continue  # ... or "the Political Party" of a pamphlet's title
        if kind is AnswerKind.PERSON and not genders.get(m.key) and index.counts[m.key] < 2 \
                and index.confidence[m.key] < 0.9:
            continue  # a "person" with neither a gender nor a second mention is too often a misread name
        after = next((t for t in fr.parse.tokens if t.start >= m.end), None)
        if kind is AnswerKind.PERSON and after is not None and after.start == m.end + 1 and after.pos == "NOUN" \
                and after.text.islower() and not _INTRODUCED.search(s.text[:m.blank_start]):
            continue  # "a small Iver Johnson revolver": a maker's name before a thing, not a person in the story
        if kind in (AnswerKind.PLACE, AnswerKind.ORG) and after is not None and after.start == m.end + 1 \
                and after.pos == "NOUN" and after.text.islower() and (
                    after.lower not in TERRAIN | _CLASSIFIERS or after.dep == "compound"):
            continue  # "a Canton banker", "the Buffalo home", "Church doctrine": a modifier is no fact to ask; nor
            # "The Kuban Cossack army officer" (the army of an officer), though "the ____ army" is
        owned = _owned(fr, a, m.end)
        view = owned is not None and owned.lower == "position" and bool(
            re.match(r"\s+(?:that|on)\b", s.text[owned.end:]))  # "____'s position that the Constitution was ..."
        if owned is not None and not (owned.text.islower() and (owned.lower in _MADE or view)):
            continue  # "at James Bentley's Eureka Hotel", "fire from ____'s infantry brigade": whose it was is a
            # detail, where what is theirs is no work, plan or view of theirs ("disapproved of ____'s plan"); never
            # a blank inside a title ("____'s Scientific Memoirs")
        if _aside(s.text, a, m.end):
            continue  # "Han who assimilated to the Jurchen (in ____) before 1619", "that city (modern-day ____)"
        if kind is AnswerKind.PLACE and _qualifier(m, mentions, index, s.text):
            continue  # "Niles, ____": the state after a town is not the fact
        end = m.end + 1 if re.match(r"\.(?:\s+[a-z]|,)", s.text[m.end:m.end + 3]) else m.end  # "Louis XVI. resumed"
        short = _bracketed_alias(m, mentions, index, s.text)
        apposed = next((x for x in re.finditer(r",\s*(?:the\s+)?([A-Z][\w.-]*)(?=\s*[,;.)])", s.text[m.end:m.end + 20])
                        if x.start() == 0 and x.group(1) in model.apposed.get(m.key, ())), None)
        if short is None and apposed is not None:
            short = m.end + apposed.end()  # "joined the Social Democratic Party of Germany, the SPD, the largest":
            # the short form goes into the blank with the long one, or it gives the long one away
        if short is not None:
            end = short  # "the British Computer Society (BCS) has": both forms go into the blank
        elif index.same_as.get(m.key, set()) & here or any(
                o.key == m.key and o.text != m.text and o.start != m.start for o in mentions):
            continue  # "Anne Isabella (called Annabella": another of its names stands beside the blank
        if kind is not AnswerKind.WORK and TRIVIA_BEFORE.search(s.text[:a]):
            continue
        if re.search(r"\((?:also\s+)?(?:known|called)\s+as\s+(?:the\s+)?$", s.text[:a]):
            continue  # "the Civil Rights Act of 1871 (also known as the ____)": another name of what the sentence names
        after_name = s.text[m.end:]
        signed = _SIGNED.search(s.text[:a]) is not None and re.fullmatch(r"[\s.,;)\]]*", after_name) is not None
        if kind is AnswerKind.PERSON and (signed or _HISTORIAN_NOW.match(after_name) or TRIVIA_AFTER.match(
                after_name) and (fr.usable_end < len(s.text) or index.counts[m.key] < 3 or ESTIMATE.match(after_name)
                or m.key in model.commentators)):
            continue  # "____ argues that ...", "____ quotes one source", "...— ____.": who said it is trivia
        prompt = render(fr, (a, end))
        kin = "" if m.key in also_hero else _kin_of(m.key, kind, hero, prompt)  # "Indira Gandhi's younger son, ____"
        seen = _others_masked(prompt, m.key, index, s.index, hero) if kind is AnswerKind.PERSON else prompt
        if not prompt or (not kin and (visible(_telling(m.key, kind), seen) or visible(_telling(m.text, kind), seen)
                                       or _surname_shown(m.key, kind, prompt)
                                       or (m.key in index.groups and visible(m.key.removesuffix("s"), prompt)))) or any(
                _spelled_out(m.key, other) and re.search(rf"\b{re.escape(other)}\b", prompt)
                for other in model.apposed.get(m.key, ())):
            continue  # "the Social Democratic Party of Germany, the ____": its long form stands beside the blank
        if kind is AnswerKind.ORG and not model.shaped(m.key) and not asked_sort(prompt):
            continue  # "defeated at the hands of ____" (Yuan Chonghuan typed a body): nothing says it is a body
        wh = _WH.get(kind)
        cloze = prompt  # the options follow what stands beside the blank ("the influential wife of ____")
        asked = wh_question(fr, (a, end), wh) if wh else ""
        if asked and not _anchored(asked):
            continue  # "Who escaped and went into hiding, though his estates were forfeit?", "Who was later arrested
            # for conspiracy in the attack?": no name, place or date says of which story it asks
        prompt = asked or prompt
        excluded = (here - {m.key}) | ({hero} if hero else set()) | also_hero
        options = rank_names(m.key, kind, cloze, excluded, index, model, rng_for(s.text, m.key), genders,
                             when=model.dated.get(s.index), limit=KIN_POOL if kin else 3)
        if kin:  # the family's name stands in the prompt: its other members are the options, or it is typed
            options = [o for o in options if o.split()[-1] == kin][:3]
        if m.key in index.families:
            options = []  # "With the help of the ____" (the Van Wagenens, a family beside Isaac Van Wagenen): a family
            # is typed, never offered beside single people
        if m.key in index.groups:
            options = []  # a people is typed: the text's other peoples are too often the same one under another name
            # ("Turks" for the Ottomans, "Germans" for the Prussians) or a regiment
        if len(options) < 3 or own_name:  # the main subject's other names are one person's: typed, never offered
            whole = re.match(r"[,.;)]|\s+(?:in|on|at|by|for|from|with|which|that|and|to|during|there|then)\b",
                             s.text[m.end:]) \
                is not None and s.text[a - 1:a] not in ('"', "“", "'")  # "He wrote the ____ in Chaghatai Turkic"
            if not (m.key in index.groups or typable(m.key, kind if whole or kind in (
                    AnswerKind.PERSON, AnswerKind.PLACE) else None)) or (
                    " " not in m.key and m.key.lower() in model.lower):
                continue  # a title of one word asked whole ("a book, ____,"), never "his bull ____ disponente" nor a
                # quoted word; a person's whole name of one word ("Soshangane"), a people ("the ____": Hussites); never
                # a common word ("the ____": Treaty, which treaty only the text around says)
            options = []  # too few of its sort in the text to offer ("Temple of Music", "Junius Pamphlet"): typed
        titled = s.text[a:m.blank_start] + m.key if kind is AnswerKind.WORK and a < m.blank_start and not (
            options and not all(o.startswith(s.text[a:m.blank_start]) for o in options)) else m.key  # "Age of Reason"
        # beside "Common Sense": an article the options lack is no tell
        shown, answer, offered = with_articles(prompt, m.key, options, index) if kind is AnswerKind.PLACE else (
            prompt, titled, options)  # a title keeps the article the blank took: "A New Treatise on Aids to Government"
        shown = one_article(shown, [answer, *offered])
        q = BankQuestion(id=qid(kind.value, m.key, s.text, str(m.start)),
                         type=QuestionType.MULTIPLE_CHOICE if options else QuestionType.TYPED,
                         prompt=shown, answer=answer, distractors=tuple(offered), answer_kind=kind,
                         source_sentence=s.text, tags=(kind.value, *tags))
        head = fr.parse.head_of(a, m.end)
        given = head is not None and head.dep in ("nsubj", "nsubjpass") and 0 <= head.head < len(fr.parse.tokens) \
            and fr.parse.tokens[head.head].dep == "ROOT" and index.centrality(m.key) >= 0.6
        out.append(Candidate(q, s.index, f"{kind.value}:{m.key}", index.confidence.get(m.key, 0.0),
                             0.2 if given else 0.6,
                             sentence_quality(fr), sum(vouched(o, index, genders) for o in options) / len(options)
                             if options else TYPED_OPTIONS,
                             fr.focus(a, m.end), described(fr, a, kind), m.key in index.groups,
                             kind is AnswerKind.PLACE and _REALM.sub("", fold(m.key)) in _GUESSABLE))
    return out


_SITES = (PLACE_NOUNS | TERRAIN | {"farmhouse", "orchard", "villages", "towns", "cities"}) - {
    "kingdom", "country", "state", "territory"}  # "the farmhouse and orchard of ____"; not "the kingdom of ____"


_CALLING_AFTER = re.compile(rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?({'|'.join(sorted(PERSON_NOUNS - KIN_NOUNS))})\b")
# "____, a failed civil service candidate,": a calling set after the name (not "____, a friend of hers")
_SHORT_SPANS = frozenset({"days", "weeks", "months", "hours", "nights"})
_DEATH = re.compile(r"(?i)\b(?:died|dying|death|killed|executed|assassinated|burned|life ended)\b")
_AGE = re.compile(r"\b(?:age|aged)\s+(?:of\s+)?(?:about\s+|around\s+|only\s+|just\s+)?$", re.I)  # "at the age of ____"
_AGE_AFTER = re.compile(r"[\s-]+(?:years?|year-old)[\s-]+(?:old|of\s+age)\b", re.I)  # "____ years old"


_BORN_AT = re.compile(r"\bborn\s+(?:(?:in|on)\s+(?:the\s+)?[\w\s,]{0,24}?\b\d{3,4}\s*,?\s+)?(?:in|at|near)\s+$")


def described(fr: Frame, start: int, kind: AnswerKind) -> bool:
    """Does what a person was stand just before their name ("the pro-English bishop ____", "Scottish miner ____",
    "Toussaint's general ____", "the queen of France, ____", "the Governor of Victoria, ____"), or what a place was
    ("the farmhouse and orchard of ____")?"""
    before = [t for t in fr.parse.tokens if t.end <= start]
    if kind is AnswerKind.PLACE:
        return len(before) >= 2 and ((before[-1].lower == "of" and before[-2].text in _SITES) or bool(
            _BORN_AT.search(fr.sentence.text[:start])))  # "was born in Dorchester County, Maryland, to Harriet Green
        # and Ben Ross": where one was born before who the parents were; "born in 1738 in Surimana, in the province
        # of Tinta": the town before its province
    if kind is not AnswerKind.PERSON:
        return False
    if before and before[-1].text == ",":
        before = before[:-1]
        of = next((i for i in range(len(before) - 1, max(len(before) - 5, 0), -1) if before[i].lower == "of"), None)
        if of is not None and all(t.pos == "PROPN" or t.lower == "the" for t in before[of + 1:]):
            before = before[:of]  # "the queen of France,": the role before "of"
    if len(before) < 2:
        return False
    role = before[-1]
    return len(role.text) > 2 and (role.pos == "NOUN" and role.text.islower() or role.text in OFFICES) \
        and before[-2].pos in ("DET", "ADJ", "NOUN", "PROPN", "PART", "ADV")


_MADE = frozenset(  # what a person made, wrote or held: the one possessive worth asking ("translated ____'s article")
    "work works plan plans article articles paper papers journal journals newspaper newspapers book books letter"
    " letters speech speeches proclamation theory theories proposal proposals invention inventions engine engines"
    " machine machines poem poems novel novels play plays memoirs autobiography report reports edict edicts decree"
    " decrees programme program manifesto pamphlet pamphlets treatise treatises essay essays lecture lectures sermon"
    " sermons thesis design designs painting paintings translation translations notes doctrine doctrines idea ideas"
    " view views teaching teachings reform reforms".split())  # "position" only as a view ("position that ..."), not
# "Wellington's position at Quatre Bras"


def _owned(fr: Frame, start: int, end: int) -> Token | None:
    """The thing a name owns where it stands before "'s" ("James Bentley's Eureka Hotel": Hotel), if any."""
    if not re.match(r"['’](?:s\b|\s)", fr.sentence.text[end:end + 2]):  # "Kellermann's", "Bourgeois' brigade"
        return None
    head = fr.parse.head_of(start, end)
    if head is None or not 0 <= head.head < len(fr.parse.tokens) or head.head == head.i:
        return fr.parse.token_at(end)  # unparsed: the "'s" itself stands for what is owned
    return fr.parse.tokens[head.head]


TYPED_OPTIONS = 0.7  # a typed question weighs as if three in ten of its options were doubtful: in a strict reading
# of 220 questions, 4 of 16 typed ones were good against 17 of 147 with options, most of them spoilt by weak options
_TYPED_WORDS = range(2, 8)
_GUESSABLE = COUNTRIES | REGIONS


def _aside(text: str, start: int, end: int) -> bool:
    """Does a name, date or amount stand in a bracketed aside ("(in Jilin)", "(modern-day Guangzhou)", "(only
    Babbage's Difference Engine has been built, completed in London in 2002)")? What a bracket adds in passing is no
    fact to ask; a life span ("(née Byron; born 10 December 1815)") is, and so is a sentence all in brackets."""
    opening, closing = text.rfind("(", 0, start), text.find(")", end)
    if opening < 0 or closing < 0 or ")" in text[opening:start] or "(" in text[end:closing]:
        return False
    whole = not text[:opening].strip() and not text[closing + 1:].strip()  # a sentence all in brackets
    return not whole and not _LIFE_SPAN.search(text[opening + 1:closing])


_LIFE_SPAN = re.compile(r"(?:^|[;,])\s*(?:(?:née|nee|born|b\.|died|d\.|c\.|r\.|reigned|ruled|fl\.)(?!\w)|\d{3,4}\s*[–—-])",
                        re.I)  # "(née Byron; born 10 December 1815)", "(called Annabella; born 22 September 1837)"


def summed(value: float, prompt: str) -> bool:
    """Do the numbers after the blank add up to the amount asked ("an army of around ____ consisted of 48,000 infantry,
    14,000 cavalry and 7,000 artillery with 250 guns": 69,000)? Numbers under a hundredth of it (the guns) do not
    count; two or more must, and their sum must be the amount within a hundredth."""
    after = prompt.partition(BLANK)[2]
    parts = [float(n.replace(",", "")) for n in _NUMBER.findall(after)]
    parts = [p for p in parts if p >= value / 100]
    return value > 0 and len(parts) >= 2 and abs(sum(parts) - value) <= value / 100


_NUMBER = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\w,]|\.\d)")


def _anchored(prompt: str) -> bool:
    """Does a prompt name something besides its blank: a name (a capitalised word other than one a sentence opens
    with, "The", "In"), a year or a number? Without one, the story it asks about is anyone's."""
    return re.search(r"\d", prompt) is not None or any(
        w.lower() not in _PLAIN_WORDS for w in re.findall(r"\b[A-Z][\w'’-]*", prompt))


_PLAIN_WORDS = frozenset("the a an he she it they his her its their this these that those there who what when where"
                         " which why how in on at after before while during as by for from of to with and but or so"
                         " however yet then many most some all both each one two three several few no not also".split())
# words a sentence opens with, capitalised only there: no name


def typable(name: str, kind: AnswerKind | None = None) -> bool:
    """Can a name be asked for typing from memory: a name of two to seven words ("Temple of Music", "Junius
    Pamphlet"), or a work's title, a town or a person of one ("Flyology", "Tlaxcala", "the Byzantine empress Irene": the
    text's only name for her, though a given name too); not a country or a broad region ("Europe", "the South"), too
    easily guessed or too little to go on?"""
    folded = fold(name).removeprefix("the ")
    words = len(folded.split())
    single = words == 1 and len(folded) >= 5 and (kind is AnswerKind.WORK or (
        kind is AnswerKind.PLACE and not is_region(name)) or (
        kind is AnswerKind.PERSON))
    return (words in _TYPED_WORDS or single) and folded not in _GUESSABLE  # "Seneca", "Mzilikazi": a whole name


def _affiliated(key: str, kind: AnswerKind, after: str) -> bool:
    """Is "of the ..." after a person's full name where the person belongs ("Henry Seekamp of the Ballarat Times"),
    not the rest of the name ("Henry V of England", "John of Gaunt")?"""
    words = key.split()
    known = len(words) >= 2 and first_name_gender(words[0]) in ("m", "f") and not REGNAL_NUMBER.fullmatch(words[-1])
    single = len(words) == 1 and not first_name_gender(words[0])  # "Mzilikazi of the Khumalo": a name of one word that
    # is no European first name is the whole name (not "William of the Netherlands", "John of the Cross")
    house = kind is AnswerKind.ORG and re.search(rf"\s(?:{GROUP_NOUNS})$", key) is not None  # "the Mori clan of the
    # Chūgoku region"
    return (house or (kind is AnswerKind.PERSON and (known or single))) and re.match(
        r"\s+of\s+the\s+[A-Z]", after) is not None


def _others_masked(prompt: str, key: str, index: EntityIndex, sentence: int, hero: str | None) -> str:
    """The prompt less the titles and first names of a person's answer that stand only inside other people's names: a
    title or a first name many share gives nothing away ("Ali Pasha's right wing ... given to ____": Uluç Ali; "Empress
    Dowager Cixi joined ____": the Empress Dowager Ci'an; "the Yongzheng Emperor": the Kangxi Emperor), where a family's
    name does ("poet ____ and his wife Lady Byron")."""
    telling = {w.lower() for w in _telling(key, AnswerKind.PERSON).split()}
    titles = {w for w in telling if w.strip(".") in HONORIFICS or w in TITLES_AFTER}
    shared = titles | {w for w in telling if first_name_gender(w.capitalize()) in ("m", "f")}
    names = {m.text for i in (sentence - 1, sentence) for m in index.by_sentence.get(i, [])
             if m.key != key and key not in index.same_as.get(m.key, set())
             and index.kinds.get(m.key) is AnswerKind.PERSON} | ({hero} if hero and hero != key else set())
    for name in sorted(names, key=len, reverse=True):
        if not shared or telling <= {w.lower() for w in re.findall(r"[\w'’-]+", name)}:
            continue  # "the Earl of Uxbridge. ____ commanded the cavalry": the other name holds the whole answer
        last = re.findall(r"[\w'’-]+", name)[-1].lower()  # "Lady Byron": a first name elsewhere, her family's here
        bare = re.sub(r"[\w'’-]+", lambda w: " " * len(w.group()) if w.group().lower() in titles or (
            w.group().lower() in shared and w.group().lower() != last) else w.group(), name)
        prompt = re.sub(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", bare, prompt)
    return prompt


def _surname_shown(key: str, kind: AnswerKind, prompt: str) -> bool:
    """Does the prompt write a person's surname alone, however short ("The Qing forces were crushed by Wu ... refused
    to join ____": Wu Sangui; "Ney", "Foy")? Not inside another name ("Li Hongzhang" is no giveaway of Li Zicheng)."""
    if kind is not AnswerKind.PERSON or len(key.split()) < 2:
        return False
    surnames = {w for w in _telling(key, kind).split() if w[:1].isupper() and w.strip(".").lower() not in HONORIFICS
                and not re.fullmatch(r"[IVXL]+", w)}  # "King" or "VII" alone names no one
    runs = re.findall(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*", prompt.replace(BLANK, " "))
    return any(run in surnames for run in runs)


KIN_POOL = 12  # the options looked through for a family's other members


def _kin_of(key: str, kind: AnswerKind, hero: str | None, prompt: str) -> str:
    """The surname a person shares with the main subject where the prompt shows it only as the main subject's
    ("Francisco Madero's grandfather, ____", "Gandhi's younger son, ____"), else "": the options are then the family's
    other members, told apart by their first names."""
    words = key.split()
    if kind is not AnswerKind.PERSON or hero is None or len(words) < 2 or key == hero or hero.split()[-1] != words[-1] \
            or first_name_gender(words[0]) not in ("m", "f") or words[0].lower() in HONORIFICS:
        return ""  # not "Kanuni Suleiman" nor "Sultan Suleiman", the main subject's own other names
    surname = words[-1]
    written = [m.start() for m in re.finditer(rf"(?<![\w'’-]){re.escape(hero)}\b", prompt)]
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}\b", prompt):
        relative = re.match(r"['’]s\s+(?:\w+\s+)?(\w+)", prompt[m.end():])
        if not any(w <= m.start() < w + len(hero) for w in written) and not (
                relative and relative.group(1).lower().rstrip("s") in KIN_NOUNS):
            return ""
    return surname if re.search(rf"(?<![\w'’-]){re.escape(surname)}\b", prompt) else ""


def _telling(name: str, kind: AnswerKind) -> str:
    """The part of a name that gives it away when seen in the prompt: a person's first name does not ("William
    McKinley ... against ____": William Jennings Bryan)."""
    words = name.split()
    if kind is AnswerKind.PERSON and any(w.lower() in HONORIFICS for w in words[1:-1]):
        words = [words[0], *(w for w in words[1:-1] if w.lower() not in HONORIFICS), words[-1]]  # "Sultan Ahmad
        # Mirza" gives away no "Aisha Sultan Begum": a title inside a name is many people's (not "the emperor" of
        # "the Kangxi Emperor")
    if kind is AnswerKind.PERSON and len(words) > 1 and REGNAL_NUMBER.fullmatch(words[1]):
        return words[0]  # a sovereign's name is the first: "Charles the Mad" gives away Charles VI
    if kind is AnswerKind.PERSON and len(words) > 1 and first_name_gender(words[0]) in ("m", "f"):
        return " ".join(words[1:])
    return " ".join(words)


def _sure_enough(key: str, kind: AnswerKind, index: EntityIndex) -> bool:
    """A one-word name met once must have more than the model's label behind it to be an answer."""
    if " " in key or index.counts[key] >= 2:
        return True
    cues = index.evidence.get(key, {})
    if kind is AnswerKind.PERSON:
        return cues.get(AnswerKind.PERSON, 0) >= 1.5 or bool(cues.get("name:person"))
    if kind is AnswerKind.PLACE:
        return cues.get(AnswerKind.PLACE, 0) >= 1 or bool(cues.get("name:place"))
    return cues.get(kind, 0) >= 1


def _bracketed_alias(m: Mention, mentions: list[Mention], index: EntityIndex, text: str) -> int | None:
    """Where a name's other form in brackets just after it ends ("British Computer Society (BCS)"), when that
    is the only other form of it in the sentence or the bracket holds its initials; else None."""
    same = index.same_as.get(m.key, set())
    others = [x for x in mentions if x.key in same]
    initials = re.match(r"\s*\(([A-Z]{2,6})\)|,\s+or\s+(?:the\s+)?([A-Z]{2,6})(?=[\s,.;:)])", text[m.end:])
    if initials and (initials.group(1) or initials.group(2)) == "".join(w[0] for w in m.key.split() if w[:1].isupper()):
        return m.end + initials.end()  # "the Irish Republican Army (IRA)", "the Women's Social and Political Union, or
        # WSPU": whatever the model made of the initials, they go into the blank with the name
    gloss = re.match(r"\s\([A-Z][^()\d;:,]{1,60}\)(?![,;:])", text[m.end:])
    if gloss and not any(m.end < x.start < m.end + gloss.end() for x in mentions):
        return m.end + gloss.end()  # "the University of Paris (Sorbonne)": another name, of no kind, goes with it
    bracket = re.match(r"\s*\(\s*", text[m.end:])
    if not bracket or len(others) != 1 or others[0].blank_start != m.end + bracket.end():
        return None
    close = re.match(r"\s*\)", text[others[0].end:])
    return others[0].end + close.end() if close else None


def _qualifier(m: Mention, mentions: list[Mention], index: EntityIndex, text: str) -> bool:
    """Is a place only the region after a town ("Niles, Ohio"; "Ballarat, Victoria, Australia"; "in Andijan, in the
    Fergana Valley, in modern Uzbekistan")?"""
    return any(x.end <= m.blank_start and index.kinds.get(x.key) is AnswerKind.PLACE
               and (_WHERE_IT_LIES.fullmatch(text[x.end:m.blank_start]) or (
                   _LIES_IN.fullmatch(text[x.end:m.blank_start]) and place_grain(x.key) in ("local", "site")))
               for x in mentions)


_WHERE_IT_LIES = re.compile(rf",\s*(?:in\s+)?(?:the\s+)?(?:{NOW_CALLED}\s+)?")
_LIES_IN = re.compile(rf"\s+in\s+(?:the\s+)?(?:{NOW_CALLED}\s+)?")  # "landed at Pevensey in Sussex": the region after
# a town or a building says where it is, and is not the fact (but "the Chesapeake Bay in ____" is)


def _aged(text: str, amount: Amount) -> bool:
    """Is an amount an age ("at the age of ____", "____ years old")?"""
    return _AGE.search(text[max(0, amount.start - 30):amount.start]) is not None \
        or _AGE_AFTER.match(text[amount.end:]) is not None or (
            re.search(r"\byears?$", text[amount.start:amount.end]) is not None
            and re.match(r"\s+(?:old|of\s+age)\b", text[amount.end:]) is not None) or (
            re.search(r"(?:^|[.;]\s+)[Aa]t\s+$", text[:amount.start]) is not None
            and re.match(r",?\s+(?:[A-Z]|he\b|she\b)", text[amount.end:]) is not None)  # "about 19 years old";
    # "At forty-two he was the youngest man ever to become President": an age, whatever its unit


_HISTORIAN_NOW = re.compile(r",?\s+(?:also\s+|further\s+|then\s+)?(?:says|writes|argues|notes|claims|suggests|believes"
                            r"|maintains|contends|asserts|observes|concludes|describes|portrays|depicts|explains"
                            r"|records|recounts|relates|narrates|reports|mentions)\b(?!\s+of\b)")
# "Tacitus says that the Britons ...", "Dio describes Boudica as tall": a writer's present, however often the text
# names them; the story's own people spoke in the past


_SIGNED = re.compile(r"[.!?\"”’]\s*[—–-]\s*$")  # "... were cut off by the enemy.— Tacitus.": who signs a quotation


_NUMBER_WORD = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|one|two|three|four|five|six"
                r"|seven|eight|nine|ten|eleven|twelve|\w+teen|a few|several|some)")  # "between seventy and ____"


_TO_OR = r"\s+(?:to|or)\s+(?:about\s+|some\s+)?"


def _spanned(text: str, start: int, end: int) -> bool:
    """Is an amount one end of a range written "X to Y" or "X or Y" ("at least 3000 to ____ men", "____ or 4,000
    men")? Not a change told with "from" ("rose from 20 to ____ seats"): there the second number is the fact."""
    if re.search(rf"(?<![\w,.])(?:\d[\d,.]*|{_NUMBER_WORD}){_TO_OR}$", text[:start], re.I):
        return re.search(r"\bfrom\s+(?:about\s+|some\s+)?\S+" + _TO_OR + "$", text[:start], re.I) is None
    return re.match(rf"{_TO_OR}(?:\d|{_NUMBER_WORD}\b)", text[end:], re.I) is not None and re.search(
        r"\bfrom\s+(?:about\s+|some\s+)?$", text[:start], re.I) is None


MIN_AMOUNT_WORDS = 6  # a count asked in fewer words says too little of what was counted


def amount_candidates(fr: Frame, found: list[DateMention], tags: tuple[str, ...]) -> list[Candidate]:
    """The questions about counts and amounts of a sentence ("115 witnesses", "£3,000").

    Args:
        fr: the sentence's frame.
        found: its dates (their digits are not amounts).
        tags: tags for the questions.

    Returns:
        One candidate per amount.
    """
    s = fr.sentence
    kept = mask(s.text, s.quotes)
    out: list[Candidate] = []
    if re.search(r"\b(?:double[ds]?|tripled?|triples|twice|halved?|quadrupled?|tenfold|threefold|twofold)\b",
                 kept, re.I):
        return []  # "triple the fee from £1 to ____": the sentence gives the amount away
    amounts = [a for a in find_amounts(kept, [(d.start, d.end) for d in found]) if a.unit not in _SHORT_SPANS and (
        not _aged(s.text, a) or _DEATH.search(s.text[:a.start]))]  # "held out for three weeks", "at the age of
    # twelve": over-precise to every reader (none of the readings' amounts was judged good); an age at death is the
    # one age a student keeps
    counts = [a for a in amounts if a.unit not in DURATIONS]
    amounts = (counts or amounts)[:1]  # "69,000 men: 48,000 infantry, 14,000 cavalry", "lost 4,000 men and 300
    # elephants": the first is the fact, the rest detail; "within three years, ... 11,000 copies": the count
    shown = {re.sub(r"\D", "", n) for n in re.findall(r"\d[\d,]*", kept)}
    for amount in amounts:
        if _aside(s.text, amount.start, amount.end):
            continue  # "(some 14,000 of his men)": what a bracket adds in passing is no fact to ask
        if amount.end > fr.usable_end or re.search(rf"\d\s*[–—-]\s*$|\bbetween\s+(?:[\d,.]+|{_NUMBER_WORD})\s+"
                                                   r"(?:\w+\s+)?and\s+$", s.text[:amount.start], re.I) or re.match(
                r"\s*[–—-]\s*\d", s.text[amount.end:]) or (
                re.search(r"\b[Bb]etween\s+$", s.text[:amount.start])
                and re.match(rf"\s+and\s+(?:\d|{_NUMBER_WORD}\b)", s.text[amount.end:], re.I)) or _spanned(
                s.text, amount.start, amount.end):
            continue  # "a rally of 40–____ miners", "between 20 and ____ people": one end of a range is no amount,
            # as one end of a date range is none
        end = amount.end + 1 if re.match(r"['’]\s", s.text[amount.end:amount.end + 2]) else amount.end
        prompt = render(fr, (amount.start, end))  # "five years' solitary confinement": the apostrophe is the amount's
        side = bound_side(s.text[:amount.start])  # "at least ____ people": a smaller number would be true too
        options = [o for o in amount_options(amount, rng_for(s.text, amount.text), limit=6, side=side,
                                             rough=rough(s.text[:amount.start]), age=_aged(s.text, amount))
                   if (re.sub(r"\D", "", o) not in shown or not re.search(r"\d", o))
                   and not re.search(rf"(?<![\w,.]){re.escape(o)}(?![\w,])", prompt, re.I)][:3]
        # "... and seven of highly versatile lancers": a number the prompt (or its context) shows is no wrong option
        if not prompt or len(options) < 3 or visible(amount.text, prompt) or summed(amount.value, prompt) \
                or len(prompt.split()) < MIN_AMOUNT_WORDS:
            continue  # "Perhaps ____ Romans died.": how many, of what, only the sentences before say
        q = BankQuestion(id=qid("number", amount.text, s.text, str(amount.start)),
                         type=QuestionType.MULTIPLE_CHOICE, prompt=prompt, answer=amount.text,
                         distractors=tuple(options), answer_kind=AnswerKind.NUMBER, source_sentence=s.text,
                         tags=("number", *tags))
        out.append(Candidate(q, s.index, f"number:{amount.value:g}", 0.85, 0.7, sentence_quality(fr), 1.0,
                             fr.focus(amount.start, amount.end)))
    return out
