"""Derive a question bank from a plain English history text (pure: no Flask, no database).

The stages, in the order data flows:
text -> paragraphs and sentences (``text/``) -> parses (``nlp/``) -> mentions with kinds, merged names
and resolved references (``mentions/``) -> candidate questions -> ranking (``questions/``) -> bank.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import Counter
from collections.abc import Callable

from quizapp.bank.formats.partial_dates import format_partial, iso_of, month_days, next_year, split_iso, year_of
from quizapp.bank.mentions.index import EntityIndex, build_index
from quizapp.bank.mentions.lexicons import first_name_gender
from quizapp.bank.mentions.names import fold
from quizapp.bank.mentions.places import is_country, same_place
from quizapp.bank.mentions.references import (PRONOUN_GENDER, Reference, hero_callings, hero_title, person_genders,
                                               resolve)
from quizapp.bank.mentions.spans import HONORIFICS
from quizapp.bank.nlp.parse import EMPTY, parse_sentences
from quizapp.bank.questions.candidates import (Candidate, amount_candidates, date_candidates, life_span_after,
                                               name_candidates, range_candidates)
from quizapp.bank.questions.options import build_context
from quizapp.bank.questions.prompts import CONFLICTS, called, frame, full_names, titled
from quizapp.bank.questions.trivia import commenting
from quizapp.bank.questions.ranking import LEGACY, confidence, select
from quizapp.bank.text.dates import (BC_MARK, MONTH_NAMES, TIME_PREPOSITION, WORK_NOUNS, DateMention, days_alone,
                                     early_text, find_dates, with_year)
from quizapp.bank.text.sentences import Paragraph, Sentence, clean_text, mask, sentences_of, split_paragraphs
from quizapp.bank.types import AnswerKind, QuestionBank


def derive_bank(text: str, *, title: str, source: str,
                progress: Callable[[int, int], None] | None = None) -> QuestionBank:
    """Derive a bank of multiple-choice and date questions from a history text.

    Args:
        text: the plain text (a biography, a history).
        title: the bank's title (a person it names is the text's main subject).
        source: the name of the source file.
        progress: called with (done, total) as sentences are parsed.

    Returns:
        The bank; its questions follow the order of the text and their ids are stable across runs.

    Raises:
        ValueError: if the text is empty or only whitespace.
    """
    if not text or not text.strip():
        raise ValueError("The text is empty: there is nothing to derive questions from.")
    paragraphs = split_paragraphs(clean_text(text))
    sentences = sentences_of(paragraphs)
    if not sentences:
        if progress is not None:
            progress(1, 1)
        return QuestionBank(title=title, source=source, questions=())
    parses = parse_sentences([s.text if s.narrative else "" for s in sentences], progress)
    named_by = naming_title(paragraphs, title)
    index = build_index(sentences, parses, hint=named_by)
    hero = main_person(index, sentences, named_by)
    genders = person_genders(sentences, parses, index, hero)
    alias_of_hero = hero_aliases(hero, index, sentences)
    references = resolve(sentences, parses, paragraphs, index, hero, genders, alias_of_hero)
    early = early_text(" ".join(s.text for s in sentences))
    dates = resolve_dates(paragraphs, sentences, early=early)
    main_year = text_year(dates) or lead_year(dates, paragraphs, sentences) or title_year(paragraphs)
    if main_year is not None:  # "July days. On 16 July, ...": a section that names no year is in the year of the text
        dates = resolve_dates(paragraphs, sentences, main_year, early=early)
    crowded = crowded_year(dates)
    years = sentence_years(sentences, dates)
    model = build_context(sentences, index, years)
    section_of = {p.index: p.section for p in paragraphs}
    model = dataclasses.replace(model, afterlife=afterlife(index, sentences, section_of))
    home = home_country(index, HOME_LEAST if len(sentences) >= SHORT_TEXT else HOME_LEAST_SHORT)
    also_hero = alias_of_hero | title_names(named_by, index)
    life = life_years({hero} | also_hero if hero else set(), index, sentences, dates, references)
    office = hero_title(paragraphs, hero) if life else None
    callings = sorted(hero_callings(sentences, hero))  # "the prisoner", "the reformer": the main subject's own
    candidates: list[Candidate] = []
    dated = frozenset(d.iso for found in dates.values() for d in found)
    seen: set[str] = set()
    topic = frozenset(fold(named_by).split())
    people = {k for k, kind in index.kinds.items() if kind is AnswerKind.PERSON and index.counts[k] < WELL_KNOWN}
    opening = next((p.index for p in paragraphs if not p.is_heading and any(
        s.narrative for s in sentences if s.paragraph == p.index)), -1)
    lead = frozenset(s.index for s in sentences if s.paragraph == opening)
    once = len(text.split()) <= LONG_TEXT_WORDS  # in a long text, a person met once is a detail
    alone: set[int] = set()
    guessed = _guesses(references, index, genders, also_hero)
    it_was: dict[int, str] = {}  # sentence -> what its opening "It" was written as (the text's subject)
    for s in sentences:
        key = " ".join(s.text.split())
        if not s.narrative or key in seen:
            continue
        seen.add(key)
        if _RECEPTION.search(section_of.get(s.paragraph, "")):
            continue  # "In popular culture", "Alleged relics": what came of the story since, not the story
        previous = sentences[s.index - 1] if s.index else None
        ref = references.get(s.index)
        before = references.get(previous.index) if previous else None
        if before is not None and previous is not None and previous.index in guessed:
            before = dataclasses.replace(before, key=None)  # nor is a guess written into the context of the next
        framing = (previous, parses[s.index], before, topic,
                   sentences[s.index - 2] if s.index - 2 in alone else None,
                   parses[previous.index] if previous else EMPTY, it_was.get(s.index - 1),
                   tuple((d.start, d.end) for d in dates.get(s.index, []) if _NEXT_YEAR.fullmatch(d.text)))
        fr = None
        if s.index in guessed and ref is not None:
            fr = frame(s, dataclasses.replace(ref, key=None), *framing)  # a guess between two people is no fact:
            # where the sentence before, which names the other, can stand as context, the pronoun stays as written
            # and the student reads whom it means
            if fr is not None and not fr.context:
                fr = None
        if fr is None:
            fr = frame(s, ref, *framing)
        if fr is None:
            continue
        if fr.it_names:
            it_was[s.index] = fr.it_names
        if not fr.context and fr.resolved is None and not fr.clause_only:
            alone.add(s.index)  # a sentence that stands alone as written: the first of a context of two
        fr = dataclasses.replace(fr, names=full_names(index.by_sentence.get(s.index, []), people,
                                                      {hero or ""} | also_hero, s.text, parses[s.index]))
        unnamed = hero is not None and hero not in {m.key for m in index.by_sentence.get(s.index, [])}
        if office and unnamed and life and life[0] <= years.get(s.index, life[0]) <= life[1]:
            fr = titled(fr, office, hero)
        if unnamed:
            for word in callings:  # "The prisoner was carried south": Sir William Wallace was
                fr = called(fr, word, hero)
        tags = tuple(t for t in (section_of.get(s.paragraph, ""),) if t)
        found = dates.get(s.index, [])
        if fr.context and previous is not None:  # "On the 23rd, Nadir was residing ...": the context's days in full too
            fr = dataclasses.replace(fr, context=_in_full(fr.context, previous.text, dates.get(previous.index, [])))
        opening = _DAY_OPENING.match(s.text)
        if opening and not any(d.start < opening.end() for d in found) and not any(
                a < opening.end() for a, _, _ in fr.edits):  # "On the 22nd, Kalakani sent troops": of which month, the
            fr = dataclasses.replace(fr, edits=(*fr.edits, (0, opening.end(), "")))  # text before says; left out
        fr = dataclasses.replace(fr, names=tuple(sorted((*fr.names, *written_in_full(s.text, found)))))
        people_end = frozenset(m.end for m in index.by_sentence.get(s.index, [])
                               if index.kinds.get(m.key) is AnswerKind.PERSON)
        about_hero = hero is not None and (hero in {m.key for m in index.by_sentence.get(s.index, [])} or (
            fr.resolved is not None and fr.resolved.key == hero))
        lived, people_end = life_in_years(s.text, found, people_end)
        if not any(m.key in model.commentators and commenting(s.text, m.blank_start, m.end)
                   for m in index.by_sentence.get(s.index, [])):  # "Dr. Philip Mackowiak
            # dismissed ... in his book Post-Mortem in 2007": when a writer about the story wrote is no part of it
            candidates += date_candidates(fr, lived, tags, dated, people_end, life if about_hero else None, crowded)
        candidates += range_candidates(fr, found, tags, dated)
        candidates += name_candidates(fr, index, model, hero, genders, tags, also_hero, home,
                                      details=once or s.index in lead)
        candidates += amount_candidates(fr, found, tags)
    chosen = select(candidates, index.counts, lead, model.writers)
    questions = tuple(dataclasses.replace(c.question, confidence=confidence(c)) for c in chosen)
    return QuestionBank(title=title, source=source, questions=questions)


WELL_KNOWN = 10  # a person the text names this often needs no introduction in a prompt ("Napoleon", "Wellington")
LONG_TEXT_WORDS = 5000  # about twenty pages: beyond it, a person the text names once is no answer outside its opening
_RECEPTION = re.compile(r"(?i)\b(?:popular culture|in (?:fiction|film|literature|the arts|media)|depictions?"
                        r"|portrayals?|relics|trivia|further reading|bibliography|see also|external links"
                        r"|questions for discussion)\b")
_NUMBERED = re.compile(r"(?i)\s*(?:chapter|part|book|section|volume)\s+[\divxlc]+\.?\s*")


def written_in_full(text: str, found: list[DateMention]) -> list[tuple[int, int, str]]:
    """A day the sentence gives without its year, written in full where it is no blank ("On 30 April, anti-Saqqawist
    forces re-entered ____": "On 30 April 1929"): asked alone, the day a sentence before dated points back."""
    return [(d.start, d.end, format_partial(d.iso)) for d in found if d.granularity == "day" and (y := year_of(d.iso))
            and not re.search(r"\d{3,4}", d.text) and not re.search(rf"\b{abs(y)}\b", text)] + [
        (d.start, d.end, _year_written(text, d)) for d in found if _NEXT_YEAR.fullmatch(d.text)]  # "The next year":
    # "In 1935"


def _year_written(text: str, d: DateMention) -> str:
    """A year the sentence gives as "the following year", written as one: "In 1935" opening it, "in 1803" inside it,
    the bare year after a preposition of its own ("until the following year": "until 1804")."""
    year = format_partial(d.iso)  # "1804", "AD 43", "42 BC"
    if d.start == 0:
        return f"In {year}"
    return year if TIME_PREPOSITION.search(text[:d.start]) else f"in {year}"


def _in_full(context: str, text: str, found: list[DateMention]) -> str:
    """A context (a sentence before the question, as written there) with the days it gives without a year written in
    full, as the question's own are, and an opening day it gives alone ("On the 22nd,") left out."""
    for a, b, full in written_in_full(text, found):
        context = re.sub(rf"(?<!\w){re.escape(text[a:b])}(?!\w)", full, context, count=1)
    opening = _DAY_OPENING.match(context)
    if opening:
        context = context[opening.end():opening.end() + 1].upper() + context[opening.end() + 1:]
    return context


_DAY_OPENING = re.compile(r"(?:On|By|In|Until|From|Since) the [1-3]?\d(?:st|nd|rd|th)(?=[\s,])"
                          r"(?!\s+(?:century|centuries|of|day|year|[A-Z][a-z]+\s+(?:Regiment|Division|Brigade|Corps"
                          r"|Army)\b)\b),?\s+")
# "On the 22nd, Kalakani sent troops": a day alone; not "In the 16th century"


def afterlife(index: EntityIndex, sentences: list[Sentence], section_of: dict[int, str]) -> frozenset[str]:
    """The names a text meets only in its sections on what came of the story ("Legacy", "In popular culture")."""
    inside: dict[str, bool] = {}
    for m in index.mentions:
        section = section_of.get(sentences[m.sentence].paragraph, "")
        later = bool(_RECEPTION.search(section) or LEGACY.search(section))
        inside[m.key] = inside.get(m.key, True) and later
    return frozenset(k for k, v in inside.items() if v)


def naming_title(paragraphs: list[Paragraph], title: str) -> str:
    """The title that names the text's subject: the teacher's, and the text's own when it opens with a short
    heading ("The Assassination of President William McKinley"), which names the subject as surely."""
    first = paragraphs[0] if paragraphs else None
    if first is None or not first.is_heading or len(first.text.split()) > 15 or _NUMBERED.fullmatch(first.text):
        return title
    return f"{title} {first.text}"


def main_person(index: EntityIndex, sentences: list[Sentence], title: str = "") -> str | None:
    """Return the person the text is about: never an answer, never an option, the default "he" or "she".

    Args:
        index: the entity index.
        sentences: the text's sentences.
        title: the text's title; a person it names is the main subject.

    Returns:
        The person the title names; else the first person of the first sentence when often mentioned;
        else None (a battle or a dynasty has no main subject).
    """
    people = sorted(((c, k) for k, c in index.counts.items() if index.kinds.get(k) is AnswerKind.PERSON),
                    reverse=True)
    if not people:
        return None
    title_words = set(fold(title).split()) - {"of", "the", "and", "de", "la", "le", "von", "van"}
    head_text = fold(title).split(" of ")[0]
    head = set(head_text.split()) - {"the"}  # "Queen Nzinga" of "Queen Nzinga of Ndongo and
    # Matamba": what follows "of" is mostly a realm, whose name a person may bear too (Mwongo Matamba)
    first_named = {}  # where each is first named: of the names a title fits equally, the text opens with its subject
    for i in sorted(index.by_sentence):
        for m in index.by_sentence[i]:
            first_named.setdefault(m.key, (-i, -m.start))
    named = [(len(set(fold(n).split()) & head), len(set(fold(n).split()) & title_words), c, first_named.get(n, (0, 0)),
              n)
             for c, n in people if _titled(n, title_words) or (fold(n).split()[0] in head - HONORIFICS
                                                               and not _EVENT_TITLE.search(head_text))]  # not
    # "Eureka Lead" of "Eureka Rebellion"
    if named:
        return max(named)[-1]  # "Marie Duval" before her father "Paul Duval", however often each is named; "Frederick
        # II" of "Frederick the Great", named in the opening, before his nephew "Frederick William II", as often
    first = next((s for s in sentences if s.narrative), None)
    if first is not None and not _EVENT_TITLE.search(fold(title)):  # "The Norman Conquest of 1066" opens with the
        # death of Edward the Confessor, who is no more its main subject than William or Harold
        opening = [m for m in index.by_sentence.get(first.index, []) if index.kinds.get(m.key) is not None]
        if opening and index.kinds[opening[0].key] is AnswerKind.PERSON and opening[0].start < 40 \
                and index.counts[opening[0].key] >= max(3, people[0][0] // 3):
            return opening[0].key
    return None


_EVENTS = CONFLICTS - {"rising"} | set(
    "revolution affair congress treaty restoration dynasty reform crisis massacre commune emancipation".split())
_EVENT_TITLE = re.compile(r"\b(?:" + "|".join(sorted(_EVENTS)) + r")\b")
# a title naming a fight or another event: the text has no main person by its opening (but "Argyll's Rising" is his)


def _titled(name: str, title_words: set[str]) -> bool:
    """Does the title name this person: by surname, or by a first name ("Napoleon", "Joan")? "Eureka Lead" is
    not named by "Eureka Rebellion"."""
    words = fold(name).split()
    return words[-1] in title_words or (words[0] in title_words and first_name_gender(words[0]) in ("m", "f"))


_WORK_YEAR = re.compile(rf"\b(1[0-9]{{3}}|20[0-9]{{2}})\s+(?:\w+\s+)?(?:{WORK_NOUNS})\b")


_BORN = r"was\s+born"
# a burial bounds a life too ("She was buried on 13 June 1919", where the text dates no death)
_DIED = r"died|was\s+(?:killed|executed|murdered|assassinated|shot dead|burned at the stake|buried)"


def life_years(hero: set[str], index: EntityIndex, sentences: list[Sentence], dates: dict[int, list[DateMention]],
               references: dict[int, Reference]) -> tuple[int, int] | None:
    """The years the main subject was born and died, as the text tells them: a life span in brackets after their name
    ("Augusta Ada King, Countess of Lovelace (née Byron; 10 December 1815 – 27 November 1852)"), else the first dated
    sentence where they, or a pronoun for them, "was born" and the first where they "died"; None unless both are
    found, in that order."""
    if not hero:
        return None
    born = died = None
    for s in sentences:
        named = [m for m in index.by_sentence.get(s.index, []) if m.key in hero]
        ref = references.get(s.index)
        if not named and not (ref is not None and ref.key in hero):
            continue
        span = next((found for m in named if (found := life_span_after(s.text, m.end)) is not None), None)
        if span is not None and born is None and died is None:
            born, died = span
            break
        years = [y for d in dates.get(s.index, []) if (y := year_of(d.iso)) is not None]
        names = "|".join(re.escape(n) for n in sorted({m.text for m in named} | hero, key=len, reverse=True))
        subject = rf"(?:{names}|\b[Hh]e|\b[Ss]he)(?:\s+[a-z]+){{0,2}}?\s+"  # "she was born", "Douglass finally died"
        if years and born is None and re.search(subject + rf"(?:{_BORN})\b", s.text):
            born = years[0]
        if years and died is None and re.search(subject + rf"(?:{_DIED})\b", s.text):
            died = years[0]
        if born is not None and died is not None:
            break
    return (born, died) if born is not None and died is not None and born < died else None


def crowded_year(dates: dict[int, list[DateMention]]) -> int | None:
    """The year at least two in five of the text's dates fall in, if one does and it holds five or more (1815 in a
    history of the Waterloo campaign, 1901 in one of McKinley's assassination); None in a life or a century."""
    years = Counter(y for found in dates.values() for d in found if (y := year_of(d.iso)) is not None)
    if not years:
        return None
    year, count = years.most_common(1)[0]
    return year if count >= CROWDED_DATES and count >= CROWDED_SHARE * sum(years.values()) else None


CROWDED_DATES, CROWDED_SHARE = 5, 0.4


def text_year(dates: dict[int, list[DateMention]]) -> int | None:
    """The year a text is about, where well over half its dates fall in it and twice as many as in any other (1917 in
    a history of the October Revolution, 1815 in one of Waterloo); None where dates spread (Adwa: 1895 and 1896)."""
    years = Counter(y for found in dates.values() for d in found if (y := year_of(d.iso)) is not None)
    ranked = years.most_common(2)
    if not ranked or ranked[0][1] < CROWDED_DATES or ranked[0][1] < TEXT_YEAR_SHARE * sum(years.values()) or (
            len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


TEXT_YEAR_SHARE = 0.55


def lead_year(dates: dict[int, list[DateMention]], paragraphs: list[Paragraph],
              sentences: list[Sentence]) -> int | None:
    """The one year the text's opening, before its first heading, dates all its events in, where it dates two or more
    ("Argyll's Rising was a 1685 attempt ... Argyll sailed from Holland on 2 May ... was executed on 30 June"): an
    event's year, that later sections give only as days ("On May 20 the fleet crossed over to Kintyre"). None where
    the opening names two years or more (a life, a war across a new year) or dates fewer than two events."""
    opening = next((p.index for p in paragraphs if not p.is_heading), len(paragraphs))  # after a title line
    first_heading = next((p.index for p in paragraphs if p.is_heading and p.index > opening), len(paragraphs))
    years = [y for s in sentences if opening <= s.paragraph < first_heading for d in dates.get(s.index, [])
             if (y := year_of(d.iso)) is not None]
    return years[0] if len(years) >= 2 and len(set(years)) == 1 else None


_YEARS = re.compile(r"(1\d{3}|20\d\d)\s*[–—-]\s*(1\d{3}|20\d\d)"
                    rf"|([1-9]\d{{0,3}})\s*[–—-]\s*([1-9]\d{{0,3}}\s*{BC_MARK})")  # "(1672–1725)", "(69–30 BC)"
_OF_PLACE = re.compile(r"(?:\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?\s*")


def life_in_years(text: str, found: list[DateMention], people_end: frozenset[int]
                  ) -> tuple[list[DateMention], frozenset[int]]:
    """A life told in years in brackets after a person's name ("Peter I of Russia (1672–1725), known as"): its two
    years as dates of their own, so that each is asked as "born ____" or "died ____"; and the name's end (after "of
    Russia") among the people's ends. Other dates pass as they are."""
    out: list[DateMention] = []
    ends = set(people_end)
    for d in found:
        years = _YEARS.fullmatch(d.text)
        opening = text.rfind("(", 0, d.start)
        named = next((e for e in people_end if opening >= e and _OF_PLACE.fullmatch(text, e, opening)), None)
        if named is not None and re.search(r"\b(?:[Rr]eign|[Rr]uled|[Rr]\.|[Tt]erm|[Oo]ffice)\b", text[:opening]):
            named = None  # "During the reign of the Qianlong Emperor (1735–1796)": his reign, not his life
        if years is None or not d.end_iso or opening < 0 or text[opening + 1:d.start].strip() or named is None \
                or not text[d.end:].lstrip().startswith(")"):
            out.append(d)
            continue
        ends.add(len(text[:opening].rstrip()))
        groups = (1, 2) if years.group(1) else (3, 4)  # "(1672–1725)"; "(69–30 BC)": "69" and "30 BC"
        out += [DateMention(d.start + years.start(g), d.start + years.end(g), years.group(g),
                            iso_of(int(re.match(r"\d+", years.group(g)).group()) * (-1 if groups[0] == 3 else 1)),
                            "year") for g in groups]
    return out, frozenset(ends)


def title_year(paragraphs: list[Paragraph]) -> int | None:
    """The one year the text's title line names ("The Norman Conquest of 1066"), else None."""
    first = paragraphs[0] if paragraphs else None
    years = re.findall(r"\b(1[0-9]{3}|20[0-9]{2})\b", first.text) if first is not None and first.is_heading else []
    return int(years[0]) if len(years) == 1 else None


def sentence_years(sentences: list[Sentence], dates: dict[int, list[DateMention]]) -> dict[int, int]:
    """The year each sentence speaks of: its own first date's, else the year of a work it names ("a 1993 play"),
    else the last date's before it in its paragraph."""
    out: dict[int, int] = {}
    year: int | None = None
    paragraph = -1
    for s in sentences:
        if s.paragraph != paragraph:
            year, paragraph = None, s.paragraph
        found = [y for d in dates.get(s.index, []) if (y := year_of(d.iso)) is not None]
        if found:
            year = found[0]
        work = None if found else _WORK_YEAR.search(s.text)
        period = None if found or work else _PERIOD.search(s.text)
        if work is not None:
            out[s.index] = int(work.group(1))  # "Tom Stoppard's 1993 play": no event of the story, but its time
        elif period is not None:  # "over the 1850s and 1860s", "in the 16th century": the middle of it
            out[s.index] = int(period.group(1)) + 5 if period.group(1) else (int(period.group(2)) - 1) * 100 + 50
        elif year is not None:
            out[s.index] = year
    return out


_PERIOD = re.compile(r"\b(?:[Ii]n|[Dd]uring|[Oo]ver|[Tt]hrough(?:out)?)\s+the\s+(?:(?:early|late)\s+|mid-)?"
                     r"(?:(1[0-9]{2}0|20[0-9]0)s\b|(1[0-9]|20|[5-9])(?:st|nd|rd|th)[\s-]century\b(?!\s+(?:BC|BCE)\b))")
_KNOWN_AS = re.compile(r"\b(?:(?:also\s+)?known\s+(?:also\s+)?as|also\s+called|nicknamed)\s+")
_BORN_AS = re.compile(r"\((?:née|born)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)")
_BORN_NAMED = re.compile(r"(?:^(?:She|He)\s+was\s+born|\b[Aa]t\s+(?:(?:her|his)\s+)?birth,?\s+(?:she|he)\s+was\s+"
                         r"(?:named|called|christened))\s+([A-Z][\w'’ʻ-]+(?:\s+[A-Z][\w'’ʻ-]+)+)")
# "She was born Maria Skłodowska", "and at birth she was named Lydia Kamakaʻeha"
_HERO_BORN = re.compile(r"\b([A-Z][\w'’ʻ-]+)\s+was\s+born\s+([A-Z][\w'’ʻ-]+(?:\s+[A-Z][\w'’ʻ-]+)+)")


def _guesses(references: dict[int, Reference], index: EntityIndex, genders: dict[str, str],
             hero_names: frozenset[str]) -> set[int]:
    """The sentences whose pronoun is only a guess between people: not certain, and the sentence before names
    someone else of its gender ("Philip gave the supreme command to his half-brother, Don John of Austria ... His chief
    officers were": Don John's, though the guess was Philip's)."""
    out: set[int] = set()
    for i, ref in references.items():
        if ref.key is None or ref.certain or ref.cataphoric or i == 0:
            continue
        gender = PRONOUN_GENDER.get(ref.pronoun.lower())
        if any(m.key != ref.key and m.key not in hero_names and index.kinds.get(m.key) is AnswerKind.PERSON
               and genders.get(m.key) == gender for m in index.by_sentence.get(i - 1, [])):
            out.add(i)
    return out


def hero_aliases(hero: str | None, index: EntityIndex, sentences: list[Sentence]) -> frozenset[str]:
    """The main subject's other names, given where a biography opens: its full name ("Augusta Ada King" for
    "Ada Lovelace"), its birth name ("née Byron": "Ada Byron"; "born Frederick Augustus Washington
    Bailey") and the names it is also known by. They are never answers or options either."""
    first = next((s for s in sentences if s.narrative), None)
    if hero is None or first is None:
        return frozenset()
    words = set(fold(hero).split())
    people = [m for m in index.by_sentence.get(first.index, []) if index.kinds.get(m.key) is AnswerKind.PERSON]
    out = {m.key for m in people if m.start < 5 and set(fold(m.key).split()) & words}
    ends = {fold(hero).split()[0], fold(hero).split()[-1]}
    out |= {k for k, kind in index.kinds.items() if kind is AnswerKind.PERSON and " " not in k and fold(k) in ends
            and index.counts[k] >= index.counts[hero]}  # "Madero", 112 times in a life of "Francisco Madero" (9): the
    # text's own short name for its subject, kept apart from "Evaristo Madero" and "Gustavo A. Madero"
    known = _KNOWN_AS.search(first.text)
    if known:  # "La Malinche (...), known also as Malinalli, Malintzin or Doña Marina, was": the names up to the verb
        stop = re.search(r"\)|\s(?:was|is|were|are)\s", first.text[known.end():])
        end = known.end() + (stop.start() if stop else len(first.text))
        out |= {m.key for m in people if known.end() <= m.start < end}
    second = next((s for s in sentences if s.narrative and s.index > first.index), None)
    born = [_BORN_AS.search(first.text), _BORN_NAMED.search(second.text) if second is not None
            and second.paragraph == first.paragraph else None]
    born += [m for s in sentences[first.index:first.index + 8] if s.narrative for m in _HERO_BORN.finditer(s.text)
             if fold(m.group(1)) in words]  # "Catherine was born Sophie Friederike Auguste of Anhalt-Zerbst"
    for name in {b.group(b.lastindex or 0) for b in born if b is not None}:  # "Marie Curie (...) was a physicist. She
        # was born Maria Skłodowska in Warsaw": her birth name too
        given = hero.split()[0]
        full = {fold(name), fold(f"{given} {name}")}
        out |= {k for k, kind in index.kinds.items() if kind is AnswerKind.PERSON and (
            fold(k) in full or (fold(k).split()[0] == fold(given) and fold(k).split()[-1] == fold(name).split()[-1]))}
    own = out | {hero}
    for s in sentences:  # "Eleanor (or Aliénor) was the oldest of three children": another name in brackets
        found = index.by_sentence.get(s.index, [])
        ends = [o.end for o in found if o.key in own] + [x.end() for name in own for x in re.finditer(
            rf"\b{re.escape(name)}\b", s.text)]  # "the Life of Olaudah Equiano, or Gustavus Vassa": inside a title
        out |= {m.key for m in found if index.kinds.get(m.key) is AnswerKind.PERSON and m.key not in own and any(
            end <= m.start and _OTHER_NAME_AFTER.fullmatch(s.text[end:m.start]) for end in ends)}
    short = {fold(n) for n in out | {hero}}
    out |= {k for k, kind in index.kinds.items() if kind is AnswerKind.PERSON and " " in k
            and k.split()[0].strip(".").lower() in HONORIFICS and fold(k.split(" ", 1)[1]) in short}
    # "President Madero, dead at 39, was buried": the main subject under a title is the main subject
    firsts = {fold(n).split()[0] for n in out | {hero}}
    out |= {d for d in index.doubtful if " " not in d and fold(d) in firsts and all(
        k in out or k == hero for k, kind in index.kinds.items() if kind is AnswerKind.PERSON
        and fold(d) in fold(k).split())}  # "Sophie", of "Sophie of Anhalt-Zerbst" and "Sophie Friederike Auguste", both
    # her birth names
    return frozenset(out - {hero})


_OTHER_NAME_AFTER = re.compile(r"\s*\((?:or|also|also called|also known as|known as|called|née|born)\s+|,\s+or\s+")
# "Eleanor (or Aliénor)", "the Life of Olaudah Equiano, or Gustavus Vassa, the African"


def title_names(title: str, index: EntityIndex) -> frozenset[str]:
    """The names of what the text is about, other than a person: every word of them stands in the title
    ("Waterloo" in a text called "Battle of Waterloo", "Qing dynasty" in "The Qing Dynasty"), or in it and in a word for
    a state ("Qing Empire"). Asking for them is a giveaway, so they are neither answers nor options, like the main
    subject."""
    words = set(fold(title).split())

    def named(name: str) -> bool:
        own = set(fold(name).split())
        return own <= words or (own <= words | _POLITY and bool(own & words - _POLITY))

    return frozenset(k for k, kind in index.kinds.items() if kind is not AnswerKind.PERSON and named(k))


_POLITY = frozenset("empire dynasty kingdom realm state court government clan tribe family house".split())
# "the Qing Empire" in a text called "The Qing Dynasty", "the Oda clan" in one called "Oda Nobunaga": the title's
# name under another word for the same state or house gives itself away as surely


HOME_LEAST, HOME_LEAST_SHORT, SHORT_TEXT = 8, 4, 100  # a short text (under a hundred sentences) names its country less


def home_country(index: EntityIndex, least: int = HOME_LEAST) -> frozenset[str]:
    """The country the text is about, under each of its names: the one it names most, at least ``least`` times and
    twice as often as any other ("China" in a history of the Qing, "France" in a handout on the Dreyfus affair). Asking
    for it is a giveaway ("the territorial base for modern ____", "a political scandal that divided ____"), so it is no
    answer; it is still an option for the other countries."""
    countries = sorted(((c, k) for k, c in index.counts.items()
                        if index.kinds.get(k) is AnswerKind.PLACE and is_country(k)), reverse=True)
    if not countries or countries[0][0] < least or (len(countries) > 1 and countries[0][0] < 2 * countries[1][0]):
        return frozenset()
    home = countries[0][1]
    return frozenset(k for k, kind in index.kinds.items()
                     if kind is AnswerKind.PLACE and (k == home or same_place(k, home)))


_WHEN_WORDS = ("[Oo]n|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Ss]ince|[Aa]fter|[Bb]efore|[Oo]f|and|or|to|[Tt]hrough|[Aa]s"
               "|[Ff]or|[Dd]uring|[Aa]t|[Bb]etween|[Tt]hroughout|[Aa]round|[Aa]bout|[Ee]arly|[Ll]ate|[Mm]orning"
               "|[Ee]vening|[Nn]ight|[Dd]awn|[Nn]oon|[Mm]idnight|[Aa]fternoon|[Dd]ated|[A-Z][a-z]+day,?")
_WHEN = re.compile(rf"(?:^|\b(?:{_WHEN_WORDS})\s+)(?:the\s+)?$|^\W*(?:[Tt]he\s+)?$|[,(]\s*(?:the\s+)?$")


def _day_of(d: DateMention, carry: tuple[int, int | None] | None, after: int) -> DateMention | None:
    """A day a sentence gives alone ("On the 23rd,") dated in the month of the day before it ("On 16 April ... By the
    20th": 20 April); one earlier than that day may be of the next month, and is left undated."""
    day = split_iso(d.iso)[2] or 0
    if carry is None or carry[1] is None or not after or day < after \
            or day > month_days(carry[0], carry[1]):
        return None
    return DateMention(d.start, d.end, d.text, iso_of(carry[0], carry[1], day), "day")


def _named_day(text: str, start: int) -> bool:
    """Is a day without a year the name of an event rather than when this sentence happens ("the movements which led
    to the 10th of August", "its 14th of July")? Only a day after a word of time ("on", "until", "during", "for",
    "from ... to", "the night of"), a comma or a bracket, or opening the sentence, takes the year of its section."""
    before = text[max(0, start - 40):start]
    if re.search(r"\bto\s+(?:the\s+)?$", before) and not re.search(r"\b(?:[Ff]rom|between)\b", text[:start]):
        return True  # "led to the 10th of August"; not "from the 5th to the 10th of August"
    return _WHEN.search(before) is None


def heading_years(paragraphs: list[Paragraph], early: bool = False) -> dict[int, tuple[int, int, int]]:
    """The year, and the months, a heading dates the paragraphs under it to ("Kalakani rules Kabul, Saqqawist offensives
    (February – August 1929)": 1929, months 2 to 8), up to the next heading that names a year or tells what came of the
    story ("Legacy"), through the subsections between that name none ("Kalakani versus Nadir")."""
    out: dict[int, tuple[int, int, int]] = {}
    current: tuple[int, int, int] | None = None
    for p in paragraphs:
        if p.is_heading:
            found = find_dates(p.text, early)
            years = {year_of(d.iso) for d in found} | {year_of(d.end_iso) for d in found if d.end_iso}
            if len(years) == 1 and None not in years:
                months = [MONTH_NAMES.index(m) + 1 for m in re.findall("|".join(MONTH_NAMES), p.text)]
                current = (next(iter(years)) or 0, min(months, default=1), max(months, default=12))
            elif years or _RECEPTION.search(p.text) or LEGACY.search(p.text):
                current = None
        elif current is not None:
            out[p.index] = current
    return out


def _headed_year(headed: tuple[int, int, int] | None, iso: str) -> int | None:
    """The year a heading gives a day of its months ("8 March" under "February – August 1929"), else None."""
    if headed is None:
        return None
    year, month, _ = split_iso(iso)  # "--03-08": 8 March of a year the text does not say
    month = month or 0 if year is None else 0
    return headed[0] if headed[1] <= month <= headed[2] else None


_BUILT_IN = re.compile(r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:built|founded|constructed|established|erected|dug"
                       r"|raised|laid|made|cast|forged)\s+(?:[^,;.]{0,40}\s)?(?:in|about|around|c\.)\s+$")


def _next_year(text: str, year: int) -> list[DateMention]:
    """"The following year she received the Nobel Prize in Chemistry", just after a sentence of 1910 ("She died of
    yellow fever the following year"): the year after the one the sentences before told, as a year."""
    found = _NEXT_YEAR.search(text)
    if found is None:
        return []
    return [DateMention(found.start(), found.end(), found.group(), iso_of(next_year(year)), "year")]


_NEXT_YEAR = re.compile(r"\b(?:(?:[Ii]n\s+)?[Tt]he\s+(?:following|next|succeeding)\s+year|[Aa]\s+year\s+later)"
                        r"\b(?!['’])")


def _range_year(text: str, d: DateMention, following: DateMention | None) -> int | None:
    """The year of a day that opens a range whose end gives one ("from 18 March to 28 May 1871": 1871; "from 20
    December to 5 January 1929": 1928), else None."""
    if following is None or following.needs_year or not re.fullmatch(r"\s*(?:to|and|until|till|[–—-])\s*(?:the\s+)?",
                                                                      text[d.end:following.start]):
        return None
    (_, month, _), (year, end_month, _) = split_iso(d.iso), split_iso(following.iso)
    if year is None or month is None or end_month is None:
        return None
    return year - (month > end_month) - (year == 1 and month > end_month)  # no year zero: 1 BC before AD 1


def resolve_dates(paragraphs: list[Paragraph], sentences: list[Sentence],
                  default_year: int | None = None, early: bool | None = None) -> dict[int, list[DateMention]]:
    """Find the dated events of each narrative sentence, carrying a year forward to "on 25th March".

    A year is carried from the latest dated sentence of the same section, never across a heading or
    out of a quotation (a bare year met in passing, after a month's date, carries nothing); dates inside
    quotation marks and bracketed publication years are not events.

    Args:
        paragraphs: the text's paragraphs.
        sentences: its sentences.
        default_year: the year a day takes where its section names none (the year most of the text's dates fall in).
        early: whether the text is of the first millennium (:func:`early_text`), where the caller knows it already.

    Returns:
        Sentence index -> its dated events with full ISO partial dates.
    """
    result: dict[int, list[DateMention]] = {}
    carry: tuple[int, int | None] | None = None  # year, month
    carry_day = 0  # the day of the latest dated event, where it gave one
    carried_at = -9  # the paragraph that dated it
    last_paragraph = -1
    if early is None:
        early = early_text(" ".join(s.text for s in sentences))
    headed = heading_years(paragraphs, early)
    for s in sentences:
        if s.paragraph != last_paragraph and any(p.is_heading for p in paragraphs[last_paragraph + 1:s.paragraph]):
            carry = None
        last_paragraph = s.paragraph
        if not s.narrative:
            if find_dates(s.text, early):
                carry = None  # a quotation with dates of its own: the next bare "25th March" is unclear
            continue
        found: list[DateMention] = []
        masked = mask(s.text, s.quotes)
        dated = find_dates(masked, early)
        if not dated and carry is not None and s.paragraph - carried_at <= 1:  # a sentence with no date of its own
            dated = _next_year(masked, carry[0])
        alone = [DateMention(a, b, masked[a:b], f"--{day:02d}", "day") for a, b, day in days_alone(masked)
                 if not any(d.start < b and a < d.end for d in dated)]  # dated as they come: "on the 15th of June
        dated = sorted(dated + alone, key=lambda d: d.start)  # ..., defeated Blücher on the 16th": 16 June, whatever
        # month the sentence before ended in
        for i, d in enumerate(dated):
            if d in alone:
                day = _day_of(d, carry, carry_day)
                if day is None:
                    continue
                d = day
            if d.bracketed:
                continue
            if d.needs_year:
                year, month = carry if carry is not None else (
                    _headed_year(headed.get(s.paragraph), d.iso) or default_year, None)
                year = _range_year(masked, d, dated[i + 1] if i + 1 < len(dated) else None) or year
                if year is None or _named_day(s.text, d.start):
                    continue
                resolved = with_year(d, year, month)
                if resolved is None:
                    continue
                d = resolved
            found.append(d)
            year, month, day = split_iso(d.iso)
            if year is None:
                continue
            if month is None and carry is not None and carry[1] is not None and d.start > 12 and not re.search(
                    r"\b(?:Christmas|Easter)\s+$", s.text[:d.start]):  # "At Christmas 1085" is a time of the story
                continue  # "... until dying in 1860" after "On 28 November 1854": a year in passing sets no year
            if month is None and _BUILT_IN.search(s.text[:d.start]):
                continue  # "protected by a small fort built near the shoreline in 1521": when a thing was made, told in
                # passing, is no time of the story ("In December 15" after it is of the war's year, not 1521)
            carry = (year, month)
            carry_day = day or 0
            carried_at = s.paragraph
        if found:
            result[s.index] = found
    return _told_later_than_next(result, sentences)


def _told_later_than_next(result: dict[int, list[DateMention]], sentences: list[Sentence]
                          ) -> dict[int, list[DateMention]]:
    """Drop a "following year" whose year comes after the next year its paragraph tells: "... and in 1577 Venier
    became Doge of Venice. ... the following year it put to sea ... In 1573 Venice made a separate peace": the year it
    followed was one told in passing, ahead of the story, so which year it means is unclear."""
    dated = sorted(result)
    for n, i in enumerate(dated):
        derived = [d for d in result[i] if _NEXT_YEAR.fullmatch(d.text)]
        if not derived:
            continue
        same_paragraph = itertools.takewhile(lambda j: sentences[j].paragraph == sentences[i].paragraph, dated[n + 1:])
        later = next((d for j in same_paragraph for d in result[j]
                      if not _NEXT_YEAR.fullmatch(d.text) and year_of(d.iso) is not None), None)
        if later is not None and (year_of(later.iso) or 0) < (year_of(derived[0].iso) or 0):
            kept = [d for d in result[i] if d not in derived]
            if kept:
                result[i] = kept
            else:
                del result[i]
    return result
