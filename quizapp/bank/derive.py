"""Derive a question bank from a plain English history text (pure: no Flask, no database)."""

from __future__ import annotations

import hashlib
import random
import re
from collections import Counter
from collections.abc import Callable

from quizapp.bank.dates import DateMention, find_dates, format_iso, with_year
from quizapp.bank.distractors import build_context, date_options, number_options, number_value, rank_names
from quizapp.bank.entities import EntityIndex, build_index
from quizapp.bank.prompts import Frame, antecedents, frame, in_list, render
from quizapp.bank.text import Paragraph, Sentence, clean_text, mask, sentences_of, split_paragraphs
from quizapp.bank.types import AnswerKind, BankQuestion, QuestionBank, QuestionType

PARALLEL_CHARS = 1 << 62  # measured: spaCy's n_process=2 was slower here (Docs are pickled back)
MAX_PER_SENTENCE = 3
MAX_PER_ANSWER = 4
_MC_KINDS = (AnswerKind.WORK, AnswerKind.PLACE, AnswerKind.ORG, AnswerKind.PERSON)
_COUNTED = re.compile(r"^\s*(?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+")


def derive_bank(text: str, *, title: str, source: str,
                progress: Callable[[int, int], None] | None = None) -> QuestionBank:
    """Derive a bank of multiple-choice and date questions from a history text.

    Args:
        text: the plain text (a biography, a history).
        title: the bank's title.
        source: the name of the source file.
        progress: called with (done, total) as chunks of the text are processed.

    Returns:
        The bank; its questions follow the order of the text and their ids are stable across runs.

    Raises:
        ValueError: if the text is empty or only whitespace.
    """
    if not text or not text.strip():
        raise ValueError("The text is empty: there is nothing to derive questions from.")
    cleaned = clean_text(text)
    paragraphs = split_paragraphs(cleaned)
    sentences = sentences_of(paragraphs)
    if not sentences:
        if progress is not None:
            progress(1, 1)
        return QuestionBank(title=title, source=source, questions=())
    n_process = 2 if len(cleaned) > PARALLEL_CHARS else 1
    index = build_index(paragraphs, sentences, progress, n_process, hint=title)
    questions = _questions(paragraphs, sentences, index, title)
    return QuestionBank(title=title, source=source, questions=tuple(questions))


def resolve_dates(paragraphs: list[Paragraph], sentences: list[Sentence]) -> dict[int, list[DateMention]]:
    """Find the dated events of each narrative sentence, carrying a year forward to "on 25th March".

    A year is carried only from the three sentences before, never across a heading, a section
    or a quotation; dates inside quotation marks and bracketed publication years are not events.

    Args:
        paragraphs: the text's paragraphs.
        sentences: its sentences.

    Returns:
        Sentence index -> its dated events with full ISO partial dates.
    """
    result: dict[int, list[DateMention]] = {}
    carry: tuple[int, int | None, int] | None = None  # year, month, sentence index
    last_paragraph = -1
    for s in sentences:
        if s.paragraph != last_paragraph and any(p.is_heading for p in paragraphs[last_paragraph + 1:s.paragraph]):
            carry = None
        last_paragraph = s.paragraph
        if not s.narrative:
            carry = None
            continue
        found: list[DateMention] = []
        for d in find_dates(mask(s.text, s.quotes)):
            if d.bracketed:
                continue
            if d.needs_year:
                if carry is None or s.index - carry[2] > 3:
                    continue
                d = with_year(d, carry[0], carry[1])
            found.append(d)
            parts = d.iso.split("-")
            carry = (int(parts[0]), int(parts[1]) if len(parts) > 1 else None, s.index)
        if found:
            result[s.index] = found
    return result


def _qid(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:12]


def _rng(*parts: str) -> random.Random:
    return random.Random(int(hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:16], 16))


def _visible(answer: str, prompt: str) -> bool:
    """Is the answer, or a significant word of it, visible in the prompt?"""
    low = prompt.lower()
    words = [w for w in re.findall(r"[\w'’-]+", answer.lower()) if len(w) > 3 or w.isdigit()]
    significant = [w for w in words if w not in {"the", "of", "and", "from", "with"}]
    return answer.lower() in low or any(re.search(rf"\b{re.escape(w)}\b", low) for w in significant)


def main_person(index: EntityIndex, title: str = "") -> str | None:
    """Return the person the text is about, who is too easy to be an answer.

    Args:
        index: the entity index.
        title: the text's title; a person named by it is the main person.

    Returns:
        The person named by the title, else the most mentioned person if clearly ahead, or None.
    """
    people = sorted(((c, k) for k, c in index.counts.items() if index.kinds.get(k) is AnswerKind.PERSON),
                    reverse=True)
    folded_title = " ".join(title.lower().split())
    for _, name in people:
        if name.lower() == folded_title or (" " in name and name.lower() in folded_title):
            return name
    if not people:
        return None
    count, name = people[0]
    runner_up = people[1][0] if len(people) > 1 else 0
    return name if count >= 3 and count >= 1.5 * runner_up else None


def _questions(paragraphs: list[Paragraph], sentences: list[Sentence], index: EntityIndex,
               title: str = "") -> list[BankQuestion]:
    model = build_context(sentences, index)
    section_of = {p.index: p.section for p in paragraphs}
    hero = main_person(index, title)
    who = antecedents(sentences, index, section_of, hero)
    dates = resolve_dates(paragraphs, sentences)
    per_answer: Counter[str] = Counter()
    out: list[BankQuestion] = []
    seen_sentences: set[str] = set()
    seen_facts: set[tuple[str, str]] = set()
    for s in sentences:
        key = " ".join(s.text.split())
        if not s.narrative or key in seen_sentences:
            continue
        seen_sentences.add(key)
        fr = frame(s, index, who.get(s.index))
        if fr is None:
            continue
        tags = tuple(t for t in (section_of.get(s.paragraph, ""),) if t)
        made = _date_questions(fr, dates.get(s.index, []), tags)
        made += _name_questions(fr, index, model, hero, tags)[:MAX_PER_SENTENCE]
        made += _number_questions(fr, index, dates.get(s.index, []), tags)[:1]
        for q in made:
            fact = (q.answer, re.sub(r"\W+", " ", q.prompt.lower()))
            if fact in seen_facts or (
                    q.type is QuestionType.MULTIPLE_CHOICE
                    and per_answer[q.answer] >= MAX_PER_ANSWER + index.counts[q.answer] // 10):
                continue
            seen_facts.add(fact)
            per_answer[q.answer] += 1
            out.append(q)
    ids: set[str] = set()
    unique: list[BankQuestion] = []
    for q in out:
        if q.id not in ids:
            ids.add(q.id)
            unique.append(q)
    return unique


def _date_questions(fr: Frame, found: list[DateMention], tags: tuple[str, ...]) -> list[BankQuestion]:
    s = fr.sentence
    out: list[BankQuestion] = []
    for d in found:
        if d.end > fr.usable_end:
            continue
        prompt = render(fr, (d.start, d.end))
        answer = format_iso(d.iso)
        if not prompt or _visible(answer, prompt) or d.iso[:4] in prompt:
            continue
        avoid = {x.iso for x in found}
        options = date_options(d.iso, _rng(s.text, d.iso), avoid)
        if len(options) < 3:
            continue
        out.append(BankQuestion(
            id=_qid("date", d.iso, s.text, str(d.start)), type=QuestionType.DATE, prompt=prompt,
            answer=answer, distractors=tuple(options), answer_kind=AnswerKind.DATE, source_sentence=s.text,
            date=d.iso, tags=("date", *tags)))
    return out


def _name_questions(fr: Frame, index: EntityIndex, model: object, hero: str | None,
                    tags: tuple[str, ...]) -> list[BankQuestion]:
    from quizapp.bank.distractors import ContextModel  # noqa: PLC0415 - typing only

    assert isinstance(model, ContextModel)
    s = fr.sentence
    mentions = [m for m in index.by_sentence.get(s.index, []) if m.key in index.kinds]
    kept = mask(s.text, s.quotes)
    here = {m.key for m in mentions}
    out: list[BankQuestion] = []
    used: set[str] = set()
    ordered = sorted(mentions, key=lambda m: (_MC_KINDS.index(index.kinds[m.key]), m.start))
    for m in ordered:
        kind = index.kinds[m.key]
        if m.key == hero or m.key in used or m.end > fr.usable_end or not kept[m.start:m.end].strip():
            continue
        if re.match(r"[\w-]", s.text[m.end:m.end + 1]) or re.search(r"[\w-]$", s.text[:m.start]):
            continue  # part of a longer word ("Choisy" of "Choisy-le-Roi")
        if re.match(r"\s*(?:d['’]|de |du |des |del |della |la |le |von |van )[A-ZÀ-Ý]", s.text[m.end:m.end + 12]):
            continue  # part of a longer name ("Côte" of "Côte d'Azur")
        if in_list(m, mentions, index.kinds, s.text) or index.same_as.get(m.key, set()) & here:
            continue  # a list member, or "Communist Secret Police (GPU)" with its other name in sight
        prompt = render(fr, (m.start, m.end))
        if not prompt or _visible(m.key, prompt) or _visible(m.text, prompt):
            continue
        options = rank_names(m.key, kind, prompt, here - {m.key}, index, model)
        if len(options) < 3:
            continue
        used.add(m.key)
        out.append(BankQuestion(
            id=_qid(kind.value, m.key, s.text, str(m.start)), type=QuestionType.MULTIPLE_CHOICE,
            prompt=prompt, answer=m.key, distractors=tuple(options), answer_kind=kind, source_sentence=s.text,
            tags=(kind.value, *tags)))
    return out


def _number_questions(fr: Frame, index: EntityIndex, found: list[DateMention],
                      tags: tuple[str, ...]) -> list[BankQuestion]:
    s = fr.sentence
    kept = mask(s.text, s.quotes)
    out: list[BankQuestion] = []
    for m in index.by_sentence.get(s.index, []):
        if m.label != "CARDINAL" or m.end > fr.usable_end or not kept[m.start:m.end].strip():
            continue
        if any(d.start < m.end and m.start < d.end for d in found):
            continue
        value = number_value(m.text)
        if value is None or value < 2 or not _COUNTED.match(s.text[m.end:]):
            continue
        prompt = render(fr, (m.start, m.end))
        options = number_options(m.text, _rng(s.text, m.text))
        if not prompt or len(options) < 3 or re.search(rf"\b{re.escape(m.text)}\b", prompt):
            continue
        out.append(BankQuestion(
            id=_qid("number", m.text, s.text, str(m.start)), type=QuestionType.MULTIPLE_CHOICE, prompt=prompt,
            answer=m.text, distractors=tuple(options), answer_kind=AnswerKind.NUMBER, source_sentence=s.text,
            tags=("number", *tags)))
    return out
