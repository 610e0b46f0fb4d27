"""Keep the best questions: one per fact, at most two per sentence, a fair share per answer, none doubtful."""

from __future__ import annotations

import heapq
import re
from collections import Counter, defaultdict

from quizapp.bank.questions.candidates import Candidate
from quizapp.bank.types import AnswerKind

PER_SENTENCE = 2
LEGACY_STEP = 0.03  # ... taken first from its opening sentences, which name what matters most
PER_LEGACY = 5  # questions of a section on what came of the story ("Commemoration", "Statues", "Biographical sources")
MIN_SCORE = 0.68
LEAD_BONUS = 0.2  # a question of the opening paragraph, where a text sums itself up
PER_WRITER = 2  # questions of a writer about the story (a historian, a chronicler), however often the text names them
PER_ANSWER_TYPED = 2  # a name with no options to offer is typed from memory at most this often
PEOPLE_TYPED = 4  # ... but a people or faction the text is full of (the Bolsheviks, the Manchus) up to this often: in a
# reading of 48 such questions, 25 were good, against 3 of 25 others read beside them
PLACE_YIELD = 0.05  # where a sentence holds more than it may ask, its place goes after its people, bodies and dates
# ("the National Convention in Paris abolished slavery on 4 February 1794": the Convention and the day, not Paris)
PEOPLE_YIELD = 0.1  # a people goes after the named people, places and bodies of its sentence ("the Ethiopian forces
# under ____ ... outnumbering the Italians": Menelik)
BROAD_YIELD = 0.15  # a country or a continent goes after a town of its sentence ("fled to Egypt and was stabbed to
# death as he stepped ashore at Pelusium": Pelusium)
DESCRIBED_BONUS = 0.1  # a person or place the sentence introduces by what it was ("the priest ____ called on them to
# rise", "the farmhouse and orchard of ____") goes before the rest of its sentence and the answer's other questions
BLANK_WINDOW, SAME_ASK = 6, 0.66  # words each side of a blank; the share of the fewer that must be shared
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
REPEAT_COST = 0.05  # each question already asked of an answer makes the next one about it a little less wanted
_STOP = frozenset("a an the and or but of to in on at by for with from as is was were be been had has have he she"
                  " it they his her their its this that which who whom after before into over about than then"
                  " also not no so such more most other some any all one two three".split())


def _content(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in _STOP}


def same_fact(a: set[str], b: set[str]) -> bool:
    """Do two sentences with the same answer state the same fact (most of their content words are shared)?"""
    if not a or not b:
        return False
    return len(a & b) / len(a | b) >= 0.45


def around_blank(prompt: str, answer: str) -> set[str]:
    """The common words beside a prompt's blank, within its own sentence ("Joan of Arc became a symbol of the ____
    during the 16th century"): how the question asks, whatever else its sentence tells. A wh-question's words are all
    beside its answer."""
    head, blank, tail = prompt.partition("____")
    own = _SENTENCE_BREAK.split(head if blank else prompt.rstrip(" ?"))[-1]  # not the context before its sentence
    words = re.findall(r"[\w'’-]+", own)
    if blank:
        words = words[-BLANK_WINDOW:] + re.findall(r"[\w'’-]+", re.split(r"[.;:!?]", tail)[0])[:BLANK_WINDOW]
    return {w for w in _content(" ".join(w for w in words if w.islower())) if len(w) > 3} - _content(answer)


def same_ask(a: set[str], b: set[str]) -> bool:
    """Do two questions with the same answer ask it the same way: most words beside one blank stand beside the other
    ("Joan of Arc became a symbol of the ____ during the 16th century" and "In the 16th century Joan of Arc became a
    symbol of the ____, and in 1803 she was declared ...")? Names are left out: they are what the text is about."""
    shared = len(a & b)
    return shared >= 2 and shared >= SAME_ASK * min(len(a), len(b))


def _legacy_starts(candidates: list[Candidate]) -> dict[str, int]:
    """The first sentence with a candidate of each section on what came of the story, by its heading."""
    starts: dict[str, int] = {}
    for c in candidates:
        for t in c.question.tags[1:]:
            if LEGACY.search(t):
                starts[t] = min(starts.get(t, c.sentence), c.sentence)
    return starts


def select(candidates: list[Candidate], counts: Counter[str], lead: frozenset[int] = frozenset(),
           writers: frozenset[str] = frozenset()) -> list[Candidate]:
    """Choose the questions of the bank from every candidate.

    The best-scoring candidates are taken first; a candidate is skipped when its sentence already
    gave two questions, when the same answer was already asked of a sentence saying much the same or
    with much the same words beside its blank, or when its answer already has its share (more for the
    names the text mentions most). A section on what came of the story gives at most ``PER_LEGACY``, of its first
    sentences.

    Args:
        candidates: every candidate of the text.
        counts: how often each name is mentioned.
        lead: the sentences of the text's opening paragraph, which says what matters most: their questions are
            taken a little before the rest.
        writers: the people the text names mostly as writers about its story (Cassius Dio): asked of at
            most ``PER_WRITER`` times, however often named; readers called the rest "who said what" trivia.

    Returns:
        The chosen candidates, in the order of the text.
    """
    kept: list[Candidate] = []
    per_sentence: Counter[int] = Counter()
    per_answer: Counter[str] = Counter()
    per_typed: Counter[str] = Counter()
    asked: dict[str, list[tuple[set[str], set[str], set[str]]]] = defaultdict(list)
    dated: set[int] = set()
    prompts: set[str] = set()
    per_legacy: Counter[str] = Counter()
    section_start = _legacy_starts(candidates)
    towns = {c.sentence for c in candidates if c.question.answer_kind is AnswerKind.PLACE and not c.broad}

    def later_in_legacy(c: Candidate) -> int:
        return next((c.sentence - section_start[t] for t in c.question.tags[1:] if t in section_start), 0)

    def priority(c: Candidate) -> float:
        return c.score - LEGACY_STEP * later_in_legacy(c) + (LEAD_BONUS if c.sentence in lead else 0.0) - (
            PLACE_YIELD if c.question.answer_kind is AnswerKind.PLACE else PEOPLE_YIELD if c.people else 0.0) \
            - REPEAT_COST * per_answer[c.fact] - (BROAD_YIELD if c.broad and c.sentence in towns else 0.0) \
            + (DESCRIBED_BONUS if c.described else 0.0)

    heap = [(-priority(c), c.sentence, i, 0, c) for i, c in enumerate(candidates) if c.score >= MIN_SCORE]
    heapq.heapify(heap)
    while heap:
        _, _, i, stale, c = heapq.heappop(heap)
        if stale != per_answer[c.fact]:  # its answer was asked meanwhile: weigh it again
            heapq.heappush(heap, (-priority(c), c.sentence, i, per_answer[c.fact], c))
            continue
        legacy = next((t for t in c.question.tags[1:] if LEGACY.search(t)), None)
        if legacy is not None and per_legacy[legacy] >= PER_LEGACY:
            continue  # "the Ada Developers Academy in ____, Washington": what came of the story since is asked of
            # its best few sentences, not of every statue, stamp and award
        if per_sentence[c.sentence] >= PER_SENTENCE or (c.question.date and c.question.prompt in prompts):
            continue  # the same question twice ("When did the Russian Civil War begin?", of two sentences that differ)
        is_date = c.fact.startswith("date:")
        if is_date and c.sentence in dated:
            continue  # one date per sentence: the second would be half given away by the first
        words = _content(c.question.source_sentence) - _content(c.question.answer)
        every = set(re.findall(r"[a-z]{3,}", c.question.source_sentence.lower()))  # its small words too: "revolted in
        # ____ and drew a manifesto of 10 grievances" and "revolted and besieged ____ ..., after which they drew a
        # manifesto of ten grievances" tell one revolt in a text's summary and again in its body
        near = around_blank(c.question.prompt, c.question.answer)
        if any(same_fact(words, w) or same_fact(every, e) or same_ask(near, n) for w, e, n in asked[c.fact]):
            continue
        name = c.fact.split(":", 1)[1]
        if per_answer[c.fact] >= (PER_WRITER if name in writers else 2 + min(counts.get(name, 0) // 3, 6)):
            continue  # at most eight of a name the text is full of: after its first two, one in twelve was a gold fact
        typed = not c.question.distractors
        if typed and per_typed[c.fact] >= (min(PEOPLE_TYPED, 2 + counts.get(name, 0) // 8) if c.people
                                           else PER_ANSWER_TYPED):
            continue  # "the ____ were practically wiped out" seven times over: typing one name again is no new test
        per_typed[c.fact] += typed
        prompts.add(c.question.prompt)
        if is_date:
            dated.add(c.sentence)
        asked[c.fact].append((words, every, near))
        per_answer[c.fact] += 1
        per_sentence[c.sentence] += 1
        if legacy is not None:
            per_legacy[legacy] += 1
        kept.append(c)
    kept = [c for c in kept if not _told_again(c, kept)]
    return sorted(kept, key=lambda c: (c.sentence, c.question.prompt.find("____"), c.question.id))


_LIFE_END = re.compile(r"\((?:[^()]*;\s*)?(born|died) ____\)")
_TOLD = {"born": re.compile(r"\b(?:born|birth)\b", re.I),
         "died": re.compile(r"\b(?:died|death|killed|executed|assassinated|murdered)\b", re.I)}


def _told_again(c: Candidate, kept: list[Candidate]) -> bool:
    """Is a question a life's end in brackets ("Harriet Tubman (died ____) was an American abolitionist") whose day
    another kept question asks of a sentence telling that birth or death ("died of pneumonia in Auburn on ____")?
    The bracket gives the day alone; the sentence tells the event."""
    end = _LIFE_END.search(c.question.prompt)
    return end is not None and c.question.date is not None and any(
        o is not c and o.question.date == c.question.date and _TOLD[end.group(1)].search(o.question.source_sentence)
        and not _LIFE_END.search(o.question.prompt) for o in kept)


def confidence(c: Candidate) -> float:
    """How sure the generator is that a teacher keeps a question as it is, 0 to 1: its score, less for what readers of
    sampled banks most often found wanting. A prompt of over 30 words (in a reading of 220 questions, four in five of
    those of 40 words or more were judged bad and none good), an exact amount to recall (none of 13 good) and a
    question from a section on what came after the story (none of 13 good in two later readings: a coding academy,
    a medal, a memorial day) come first on the review page."""
    words = len(c.question.prompt.split())
    factor = (LONG_FACTOR if words > LONG_WORDS else 1.0) * (LONG_FACTOR if words > LONGER_WORDS else 1.0)
    if c.question.answer_kind is AnswerKind.NUMBER:
        factor *= AMOUNT_FACTOR
    if any(LEGACY.search(tag) for tag in c.question.tags[1:]):
        factor *= LEGACY_FACTOR
    return round(c.score * factor, 3)


LONG_WORDS, LONGER_WORDS, LONG_FACTOR = 30, 40, 0.87
AMOUNT_FACTOR = 0.82
LEGACY_FACTOR = 0.82
LEGACY = re.compile(r"(?i)\b(?:legacy|commemorations?|memorials?|honou?rs|tributes|remembrance|in memoriam|statues"
                    r"|symbols|public celebrations|historiography|(?:biographical|historical) sources|legends"
                    r"|controvers(?:y|ies)|reputation|image|in \w+ culture)\b")
# a section on what came of the story: its names lend no options, and its questions are the readers' least wanted
