"""Named things of a text: spaCy NER plus title rules, cleaned, typed by vote and merged by surname."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from quizapp.bank.ner import ner_chunks, run_ner
from quizapp.bank.places import is_country
from quizapp.bank.text import Paragraph, Sentence
from quizapp.bank.titles import title_spans
from quizapp.bank.types import AnswerKind

_LABEL_KINDS = {
    "PERSON": AnswerKind.PERSON, "GPE": AnswerKind.PLACE, "LOC": AnswerKind.PLACE, "FAC": AnswerKind.PLACE,
    "ORG": AnswerKind.ORG, "WORK_OF_ART": AnswerKind.WORK, "CARDINAL": AnswerKind.NUMBER,
}
_LEADING = re.compile(r"^(?:the|The|a|A|an|An)\s+")
_TRAILING = re.compile(r"(?:['’]s|['’]|\s+(?:on|in|at|of|and))$|[\s,.;:(]+$")
_LIST_SEP = re.compile(r"^(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$")
_BAD_START = re.compile(r"^[^A-ZÀ-Ýa-z]|^[a-z]+\b(?!['’])")
_PLACE_SHAPE = re.compile(
    r"^(?:Place|Rue|Boulevard|Avenue|Square|Quai|Via|Plaza|Piazza|Mount|Lake|Cape|Port)\b|\b(?:Street|Road"
    r"|Avenue|Square|Prospect|Bridge|Station|River|Sea|Ocean|Mountains|Lake|Island|Islands|Valley|Quarter"
    r"|Bay|Gulf|Province|County|Region|Coast)$")
_ORG_SHAPE = re.compile(
    r"\b(?:Hospital|University|College|School|Institute|Party|Bank|Army|Navy|Company|Society|Church|Council"
    r"|Committee|League|Association|Police|Corporation|Gang|Group|Guard|Cross|Ministry|Academy|Club"
    r"|Opposition|International|Federation|Congress|Assembly|Court|Press|Times|Post|Herald)$")
_EVENT_SHAPE = re.compile(
    r"^(?:Battle|Siege|Trial|Treaty|Congress|Conference|Siege) of\b|\b(?:War|Revolution|Uprising|Rebellion"
    r"|Battle|Massacre|Trial|Conferences?|Terror|Commissar|Crisis|Affair)$")
_PLACE_AFTER = re.compile(
    r"\b(?:in|near) ([A-Z][a-zà-ÿ]+(?:-[a-zA-Zà-ÿ]+)*)(?=[\s,.;])(?!\s+[A-Z])")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|to|into|from|towards|across|through|outside|via|of|and)\s+$")
_MONTH_OR_DAY = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday"
    r"|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|Spring|Summer|Autumn|Winter)$")
_GROUP_WORD = re.compile(r"^[A-Z][a-z]+(?:ite|ist|ik|ists|ites|iks|ans|ers|s)$")


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
    same_as: dict[str, set[str]] = field(default_factory=dict)


def _clean(text: str, a: int, b: int, keep_article: bool = False) -> tuple[int, int]:
    """Trim articles (except a work's "The"), possessives and punctuation from a span."""
    for _ in range(3):
        piece = text[a:b]
        lead = None if keep_article else _LEADING.match(piece)
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
                progress: Callable[[int, int], None] | None = None, n_process: int = 1,
                hint: str = "") -> EntityIndex:
    """Find, clean, type and merge the named things of a text.

    Args:
        paragraphs: the text's paragraphs (headings give extra title evidence).
        sentences: its sentences.
        progress: called with (done, total) as chunks are processed.
        n_process: spaCy worker processes.
        hint: the text's title; a bare surname shared by several people goes to the one it names.

    Returns:
        The entity index.
    """
    chunks = ner_chunks(sentences)
    ents = run_ner([c[2] for c in chunks], progress, n_process) if chunks else []
    raw: list[tuple[int, int, int, str]] = []
    for (si, off, _), found in zip(chunks, ents, strict=True):
        raw.extend((si, off + a, off + b, label) for a, b, label in found)
    for s in sentences:
        raw.extend((s.index, a, b, "WORK_RULE") for a, b in title_spans(s.text))
        raw.extend((s.index, m.start(1), m.end(1), "PLACE_RULE") for m in _PLACE_AFTER.finditer(s.text))
    for p in paragraphs:
        if p.is_heading:
            raw.extend((-1 - p.index, a, b, "WORK_RULE") for a, b in title_spans(p.text))
    return _index(raw, sentences, paragraphs, hint)


def _index(raw: list[tuple[int, int, int, str]], sentences: list[Sentence],
           paragraphs: list[Paragraph], hint: str = "") -> EntityIndex:
    rules: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for si, a, b, label in raw:
        if label == "WORK_RULE":
            rules[si].append((a, b))
    lowered = _lowercase_words(sentences)
    confirmed_works = set()
    for si, a, b, label in raw:
        if label == "WORK_RULE":
            text = sentences[si].text if si >= 0 else paragraphs[-1 - si].text
            confirmed_works.add(_fold(text[a:b]))
    mentions: list[Mention] = []
    votes: dict[str, Counter[AnswerKind]] = defaultdict(Counter)
    place_cues: Counter[str] = Counter()
    norp = {_fold((sentences[si].text if si >= 0 else paragraphs[-1 - si].text)[a:b])
            for si, a, b, label in raw if label in ("NORP", "LANGUAGE")}
    ner_spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for si, a, b, label in raw:
        if label not in ("WORK_RULE", "PLACE_RULE"):
            ner_spans[si].append((a, b))
    for si, a, b, label in raw:
        text = sentences[si].text if si >= 0 else paragraphs[-1 - si].text
        if label != "WORK_RULE" and any(x < b and a < y for x, y in rules[si]):
            continue
        if label == "PLACE_RULE":
            word = text[a:b]
            if (any(x < b and a < y for x, y in ner_spans[si]) or _fold(word) in norp
                    or _MONTH_OR_DAY.match(word) or word.lower() in lowered):
                continue
            votes[word][AnswerKind.PLACE] += 1
            place_cues[word] += 1
            mentions.append(Mention(si, a, b, word, word, label))
            continue
        kind = AnswerKind.WORK if label == "WORK_RULE" else _LABEL_KINDS.get(label)
        if kind is None or kind is AnswerKind.NUMBER:
            if kind is AnswerKind.NUMBER and si >= 0:
                mentions.append(Mention(si, a, b, text[a:b], text[a:b], label))
            continue
        if label == "WORK_OF_ART" and _fold(text[a:b]) not in confirmed_works and not (
                text[a - 1:a] in ('"', "“") and text[b:b + 1] in ('"', "”")):
            continue
        parts = _split_work(text, a, b) if kind is AnswerKind.WORK else _split_list(text, a, b)
        for x, y in parts:
            x, y = _clean(text, x, y, kind is AnswerKind.WORK and label == "WORK_RULE")
            x = _strip_sentence_start(text, x, y, lowered)
            name = " ".join(text[x:y].split())
            if not _plausible(name) or (kind is not AnswerKind.WORK and _EVENT_SHAPE.search(name)):
                continue
            weight = 3 if label == "WORK_RULE" else 1
            votes[name][kind] += weight
            if " " not in name and _LOCATIVE_BEFORE.search(text[max(0, x - 10):x]):
                place_cues[name] += 1
            if kind is not AnswerKind.WORK:
                if _PLACE_SHAPE.search(name):
                    votes[name][AnswerKind.PLACE] += 3
                elif _ORG_SHAPE.search(name):
                    votes[name][AnswerKind.ORG] += 3
            if si >= 0:
                mentions.append(Mention(si, x, y, text[x:y], name, label))
    _vote_lists(mentions, votes)
    parts_of_people = {w for n, c in votes.items() if " " in n and c.most_common(1)[0][0] is AnswerKind.PERSON
                       for w in n.split()}
    for name, n in place_cues.items():
        if name not in parts_of_people and votes[name][AnswerKind.PERSON] <= n:
            votes[name][AnswerKind.PLACE] += n + 1
    aliases = _surname_aliases(votes, _fold(hint))
    kinds: dict[str, AnswerKind] = {}
    merged: dict[str, Counter[AnswerKind]] = defaultdict(Counter)
    for name, counter in votes.items():
        target = aliases.get(name, name)
        merged[target].update(counter)
        if target != name and " " not in name and votes[target].most_common(1)[0][0] is AnswerKind.PERSON:
            merged[target][AnswerKind.PERSON] += sum(counter.values())  # a surname names the person
    _vote_first_names(merged)
    starts = _only_at_sentence_start(mentions, sentences)
    for name, counter in merged.items():
        kind = counter.most_common(1)[0][0]
        if " " not in name:
            if name.lower() in lowered or name in starts:
                continue  # a common word that is sometimes capitalised ("Party", "Typhus")
            if kind is AnswerKind.ORG and not (sum(c.isupper() for c in name) >= 2 or "'" in name):
                continue  # "Bolshevik", "Whites": a group or an adjective, not an organisation
            if kind is not AnswerKind.PERSON and _GROUP_WORD.match(name) and kind is not AnswerKind.PLACE:
                continue
            if kind is AnswerKind.PLACE and re.match(r"^[A-Z][a-z]+(?:iks|ists|ites|ians|ers)$", name):
                continue
            if kind is AnswerKind.PLACE and not (place_cues[name] or _PLACE_SHAPE.search(name) or is_country(name)):
                continue  # a place is somewhere one is in, goes to or comes from: "Liabeuf, a young worker" is not
        kinds[name] = kind
    mentions.extend(_gazetteer(sentences, mentions, kinds, aliases))
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
    same_as: dict[str, set[str]] = defaultdict(set)
    for si, ms in by_sentence.items():
        text = sentences[si].text
        for first in ms:
            for second in ms:
                if first.key != second.key and re.fullmatch(r"\s*\(\s*", text[first.end:second.start]):
                    same_as[first.key].add(second.key)  # "Communist Secret Police (GPU)": one body, two names
                    same_as[second.key].add(first.key)
    return EntityIndex(out, kinds, counts, dict(by_sentence), dict(same_as))


@lru_cache(maxsize=65536)
def _fold(name: str) -> str:
    """Lower-case and strip accents, for comparing spellings ("André" and "Andre")."""
    decomposed = unicodedata.normalize("NFKD", name)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower().split())


def _lowercase_words(sentences: list[Sentence]) -> set[str]:
    """Words that the text also writes in lower case (so are common words, not names)."""
    words: set[str] = set()
    for s in sentences:
        words.update(re.findall(r"(?<![\w'’-])[a-z][a-z'’-]*[a-z](?![\w'’-])", s.text))
    return words


def _only_at_sentence_start(mentions: list[Mention], sentences: list[Sentence]) -> set[str]:
    """Single-word names never seen except as a sentence's first word."""
    seen: dict[str, bool] = {}
    for m in mentions:
        if " " in m.key:
            continue
        text = sentences[m.sentence].text
        at_start = text[:m.start].strip(" \"“'‘(") == "" or bool(re.search(r"[.!?:][\"”]?\s*[\"“]?$", text[:m.start]))
        seen[m.key] = seen.get(m.key, True) and at_start
    return {k for k, v in seen.items() if v}


def _strip_sentence_start(text: str, a: int, b: int, lowered: set[str]) -> int:
    """Drop a capitalised ordinary word that opens a sentence from a name ("Inside Petrograd")."""
    head = text[:a].rstrip(" \"“‘(")
    if head and not re.search(r"[.!?:]$", head):
        return a
    m = re.match(r"([A-Z][a-z]+)\s+(?=[A-Z])", text[a:b])
    if m and m.group(1).lower() in lowered:
        return a + m.end()
    return a


def _split_work(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Split "The Long Dusk and The Case of Comrade Tulayev" into two titles."""
    m = re.search(r",?\s+and\s+(?=(?:The|A|An)\s)", text[a:b])
    if not m:
        return [(a, b)]
    return [(a, a + m.start()), (a + m.end(), b)]


def _vote_first_names(votes: dict[str, Counter[AnswerKind]]) -> None:
    """A two-word name starting with a first name known from a person of the text is a person too,
    and so is a single word that is the surname of one of its people."""
    people = [n for n, c in votes.items() if " " in n and c.most_common(1)[0][0] is AnswerKind.PERSON]
    firsts = {n.split()[0] for n in people if n.split()[0].isalpha()}
    lasts = {n.split()[-1] for n in people}
    for n, c in votes.items():
        if n in lasts and c.most_common(1)[0][0] is not AnswerKind.PERSON:
            c[AnswerKind.PERSON] += sum(c.values()) + 1
        parts = n.split()
        if len(parts) == 2 and parts[0] in firsts and c.most_common(1)[0][0] is not AnswerKind.PERSON:
            c[AnswerKind.PERSON] += sum(c.values()) + 1


def _gazetteer(sentences: list[Sentence], mentions: list[Mention], kinds: dict[str, AnswerKind],
               aliases: dict[str, str]) -> list[Mention]:
    """Find the mentions NER missed, by looking for every known name and alias in every sentence."""
    forms = {k: k for k in kinds}
    surnames = Counter(k.split()[-1] for k, v in kinds.items() if v is AnswerKind.PERSON and " " in k)
    forms.update({k.split()[-1]: k for k, v in kinds.items() if v is AnswerKind.PERSON and " " in k
                  and surnames[k.split()[-1]] == 1 and k.split()[-1] not in kinds and k.split()[-1][:1].isupper()})
    forms.update({a: t for a, t in aliases.items() if t in kinds})
    forms = {f: k for f, k in forms.items() if len(f) >= 3 and not re.search(r"[()\[\]]", f)}
    if not forms:
        return []
    pattern = re.compile(r"(?<![\w'’-])(" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
                         + r")(?![\w-])")
    taken: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for m in mentions:
        taken[m.sentence].append((m.start, m.end))
    found: list[Mention] = []
    for s in sentences:
        spans = taken.get(s.index, [])
        for match in pattern.finditer(s.text):
            a, b = match.span(1)
            if any(x < b and a < y for x, y in spans):
                continue
            found.append(Mention(s.index, a, b, match.group(1), forms[match.group(1)], "GAZETTEER"))
    return found


def _plausible(name: str) -> bool:
    words = name.split()
    if not words or len(words) > 8 or len(name) < 2 or len(name) > 80:
        return False
    if not any(ch.isupper() for ch in words[0]) or _BAD_START.match(name) and "'" not in words[0][:3]:
        return False
    if re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?\.?", name):
        return False  # "V.D.": initials, not a name
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


def _surname_aliases(votes: dict[str, Counter[AnswerKind]], hint: str = "") -> dict[str, str]:
    """Map a bare surname (or first name) to the one full personal name it is part of, if unique."""
    aliases: dict[str, str] = {}
    spellings: dict[str, list[str]] = defaultdict(list)
    for name in votes:
        spellings[_fold(name)].append(name)
    for names in spellings.values():
        best = max(names, key=lambda n: (sum(votes[n].values()), n != _fold(n), n))
        for n in names:
            if n != best:
                aliases[n] = best
    people = [n for n, c in votes.items()
              if " " in n and n not in aliases and c.most_common(1)[0][0] is AnswerKind.PERSON]
    last: dict[str, set[str]] = defaultdict(set)
    first: dict[str, set[str]] = defaultdict(set)
    for n in people:
        parts = n.split()
        last[parts[-1]].add(n)
        first[parts[0]].add(n)
    for name in votes:
        if " " in name:
            continue
        options = last.get(name)
        if not options and votes[name].most_common(1)[0][0] is not AnswerKind.PLACE:
            options = first.get(name)  # "Rirette", but never the city "Florence"
        if options and len(options) > 1 and hint:
            options = {o for o in options if _fold(o) == hint} or options
        if options and len(options) == 1:
            aliases[name] = next(iter(options))
    for name, target in list(aliases.items()):
        aliases[name] = aliases.get(target, target)
    return aliases
