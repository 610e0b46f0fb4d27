"""Turn a sentence into a stand-alone prompt: cut long quotations, name who "he" is, blank the answer."""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.bank.entities import EntityIndex, Mention
from quizapp.bank.text import Sentence, mask
from quizapp.bank.types import AnswerKind

BLANK = "____"
_PRONOUN = re.compile(r"\b(he|she|his|her|him|He|She|His|Her|Him)\b")
_VAGUE_START = re.compile(
    r"^(?:(?:However|But|And|Yet|Still|Then|Later|Meanwhile|Soon|Instead|Nevertheless|Thus|So),?\s+)?"
    r"(?:[Tt]hey|[Tt]hem|[Tt]heir|[Tt]hese|[Tt]hose|[Tt]his|[Bb]oth|[Ss]uch|[Ii]ts|[Ii]t(?!\s+(?:is|was)\b)|[Hh]ere"
    r"|[Tt]here|[Tt]he couple|[Tt]he two|[Tt]he latter|[Tt]he former|[Ee]ach|[Nn]either|[Ee]ither|[Aa]nother|[Oo]thers)\b")
_SPEECH_END = re.compile(
    r"\b(?:said|says|wrote|writes|argued|pointed out|recalled|commented|remarked|explained|added|claimed|noted"
    r"|observed|replied|declared|told (?:him|her|them|us|me))\W*$"
)
_NUMBERING = re.compile(r"^\(\d{1,3}\)\s+")
_NOT_POSSESSIVE = frozenset("and in at to as with from for by on of that the a an into about than or but".split())
_SHORT_QUOTE_WORDS = 6
_RELATIVES = re.compile(
    r"^['’]s?\s+(?:\w+\s+)?(?:father|mother|parents?|wife|husband|son|daughter|brother|sister|uncle|aunt"
    r"|cousin|friend|friends|biographer|secretary|lawyer|servant|partner|lover|mistress|widow|family"
    r"|relatives|children|child|nephew|niece|grandfather|grandmother|colleague|rival|assistant|teacher"
    r"|pupil|student|followers?|supporters?|comrades?|men|troops|army|brothers-in-law|sister-in-law)\b")


@dataclass(frozen=True)
class Frame:
    """A sentence made ready for prompts: edits to apply and the range of it that questions may blank."""

    sentence: Sentence
    edits: tuple[tuple[int, int, str], ...]
    usable_end: int


def _subject(s: Sentence, index: EntityIndex, hero: str | None = None) -> str | None:
    """The person a sentence is about, if it opens with one: a key, "CHAIN", "BLOCK" or None."""
    text = _NUMBERING.sub(lambda m: " " * len(m.group()), s.text)
    kept = mask(text, s.quotes)
    if re.match(r"^\s*(?:He|She|His|Her)\b", kept):
        return "CHAIN"
    people = sorted((m for m in index.by_sentence.get(s.index, [])
                     if index.kinds.get(m.key) is AnswerKind.PERSON and kept[m.start:m.end].strip()),
                    key=lambda m: m.start)
    others = any(m.key != hero for m in people)
    several = len({m.key for m in people}) > 1
    for m in people:
        if len(kept[:m.start].split()) > 10:
            return "BLOCK" if others else None
        if _RELATIVES.match(s.text[m.end:m.end + 40]):
            return "BLOCK"  # "Serge's father fled": the next "he" is the father
        if re.match(r"['’]s?\b", s.text[m.end:m.end + 2]):
            return m.key  # "Serge's health had been damaged. However, he ..."
        if re.search(r"\b(?:of|by|with|to|for|from|in|at|on|against|about|after|before|under|and)\s+$",
                     kept[:m.start]):
            continue  # inside a phrase, not the subject ("After the arrest of Kibalchich, ...")
        if several and m.key != hero:
            return "BLOCK"  # two or more people: "he" could be any of them
        if m.key != hero and _PRONOUN.search(kept, m.end):
            return "BLOCK"  # "Queen Victoria awarded her ...": the next "she" could be either woman
        return m.key
    return "BLOCK" if others else None


def antecedents(sentences: list[Sentence], index: EntityIndex, section_of: dict[int, str],
                hero: str | None = None) -> dict[int, str | None]:
    """Find who a sentence-opening or unresolved "he"/"she" refers to, from the sentences before it.

    The subject of the sentence just before counts; further back only the text's main person
    does, and nobody does across a section, a quotation or a possessive subject ("Serge's father").

    Args:
        sentences: all sentences.
        index: the entity index.
        section_of: paragraph index -> section heading.
        hero: the person the text is about, if any.

    Returns:
        Sentence index -> the person's canonical name, or None when it is not clear.
    """
    subjects = [_subject(s, index, hero) for s in sentences]
    genders = person_genders(sentences, index)
    hero_in: dict[int, int] = {}
    for m in index.mentions:
        if m.key == hero:
            hero_in[m.sentence] = 1
    result: dict[int, str | None] = {}
    for i, s in enumerate(sentences):
        found: str | None = None
        blocked = False
        for j in range(i - 1, max(-1, i - 4), -1):
            prev = sentences[j]
            if (section_of.get(prev.paragraph) != section_of.get(s.paragraph) or s.paragraph - prev.paragraph > 1
                    or not prev.narrative):
                blocked = j != i - 1 or not prev.narrative
                break
            if any(len(prev.text[a:b].split()) > _SHORT_QUOTE_WORDS for a, b in prev.quotes):
                continue  # who introduces a quotation is seldom whom the next "he" means
            subj = subjects[j]
            if subj == "CHAIN":
                found = result.get(j)
                blocked = found is None
                break
            if subj == "BLOCK":
                blocked = True
                break
            if subj is not None:
                found = subj if (j == i - 1 or subj == hero) else None
                break
            if any(index.kinds.get(m.key) is AnswerKind.PERSON and m.key != hero
                   for m in index.by_sentence.get(j, [])):
                blocked = True
                break
        if found is None and not blocked and hero is not None:
            same_paragraph = [t.index for t in sentences[max(0, i - 6):i + 1] if t.paragraph == s.paragraph]
            if any(k in hero_in for k in same_paragraph):
                found = hero
        first = _PRONOUN.search(mask(s.text, s.quotes))
        wanted = _gender(first.group()) if first else ""
        if found is not None and wanted and genders.get(found, wanted) != wanted:
            found = None  # "she" cannot be a man the text calls "he"
        result[i] = found
    return result


_MALE = re.compile(r"\b(?:Mr|Sir|King|Lord|Prince|Emperor|Tsar|Count|Duke|Baron|Father|Brother)\.?\s+$")
_FEMALE = re.compile(r"\b(?:Mrs|Miss|Ms|Madame|Mme|Lady|Queen|Princess|Empress|Tsarina|Countess|Duchess"
                     r"|Sister|Mother)\.?\s+$")


def _gender(pronoun: str) -> str:
    return "f" if pronoun.lower() in ("she", "her") else "m"


def person_genders(sentences: list[Sentence], index: EntityIndex) -> dict[str, str]:
    """Guess each person's grammatical gender from the text: titles, and the pronouns that follow
    a sentence about that person alone.

    Args:
        sentences: all sentences.
        index: the entity index.

    Returns:
        Canonical name -> "m" or "f", for the people the text gives evidence about.
    """
    votes: dict[str, list[int]] = {}
    for s in sentences:
        people = [m for m in index.by_sentence.get(s.index, []) if index.kinds.get(m.key) is AnswerKind.PERSON]
        for m in people:
            title = s.text[max(0, m.start - 12):m.start]
            v = votes.setdefault(m.key, [0, 0])
            if _MALE.search(title) or _MALE.search(m.text + " "):
                v[0] += 3
            if _FEMALE.search(title) or _FEMALE.search(m.text + " "):
                v[1] += 3
        if len({m.key for m in people}) != 1:
            continue
        m = people[0]
        after = mask(s.text, s.quotes)[m.end:]
        for p in _PRONOUN.finditer(after):
            votes[m.key][0 if _gender(p.group()) == "m" else 1] += 1
    return {k: ("m" if v[0] > v[1] else "f") for k, v in votes.items() if v[0] != v[1]}


def frame(s: Sentence, index: EntityIndex, antecedent: str | None) -> Frame | None:
    """Prepare a sentence for prompts, or refuse it when it cannot stand alone.

    Args:
        s: a narrative sentence.
        index: the entity index.
        antecedent: who an unresolved "he"/"she" refers to, if known.

    Returns:
        The frame, or None for a sentence with a long quotation inside it, a vague subject ("They"),
        or a pronoun nobody can be named for.
    """
    text = s.text
    edits: list[tuple[int, int, str]] = []
    numbering = _NUMBERING.match(text)
    start = numbering.end() if numbering else 0
    if numbering:
        edits.append((0, start, ""))
    end = len(text)
    for qa, qb in s.quotes:
        if len(text[qa:qb].split()) <= _SHORT_QUOTE_WORDS and qb < len(text):
            continue
        lead = re.search(r"[:,]\s*$", text[:qa])
        if lead and text[qb:].strip(" .!?\"”") == "":
            end = min(end, lead.start())
            break
        return None
    if end < len(text):
        edits.append((end, len(text), "."))
    body = text[start:end]
    if len(body.split()) < 6 or len(body.split()) > 60 or _VAGUE_START.match(body):
        return None
    kept = mask(text, s.quotes)
    people = [m.start for m in index.by_sentence.get(s.index, []) if index.kinds.get(m.key) is AnswerKind.PERSON]
    for p in _PRONOUN.finditer(kept, start, end):
        if any(pos < p.start() for pos in people):
            break
        comma = kept.find(",", p.end(), end)
        if (comma > 0 and p.group().lower() in ("his", "her") and any(comma < pos <= comma + 3 for pos in people)
                and re.search(r"\b(?:on|after|before|upon|during|in|at|since|following)\s+$", kept[:p.start()], re.I)
                and not _RELATIVES.match("'s " + kept[p.end():p.end() + 40].strip())):
            break  # "On his arrival in France, Serge resumed": named straight after
        if antecedent is None:
            return None
        word = p.group().lower()
        nxt = [w.strip(",.;:!?)") for w in kept[p.end():p.end() + 20].split()]
        possessive = word == "his" or (word == "her" and bool(nxt) and nxt[0].isalpha()
                                        and nxt[0].islower() and nxt[0] not in _NOT_POSSESSIVE)
        edits.append((p.start(), p.end(), antecedent + ("'s" if possessive else "")))
        break
    return Frame(s, tuple(sorted(edits)), end)


def render(fr: Frame, blank: tuple[int, int] | None) -> str:
    """Write the prompt of a frame, with a blank in place of the answer.

    Args:
        fr: the frame.
        blank: the ``(start, end)`` span of the answer in the sentence, or None.

    Returns:
        The prompt text, or an empty string if the blank overlaps an edit.
    """
    edits = list(fr.edits)
    if blank is not None:
        if any(a < blank[1] and blank[0] < b for a, b, _ in edits):
            return ""
        edits.append((blank[0], blank[1], BLANK))
    text = fr.sentence.text
    for a, b, rep in sorted(edits, reverse=True):
        text = text[:a] + rep + text[b:]
    text = " ".join(text.split()).strip()
    text = re.sub(r"\s+([.,;:])", r"\1", text)
    if blank is not None and fr.usable_end < len(fr.sentence.text) and (
        re.search(r",\s*" + re.escape(BLANK) + r"\W*$", text) or _SPEECH_END.search(text)
    ):
        return ""  # "According to his biographer, ____." or "X has pointed out.": only the cut quotation's lead-in
    if text and not re.search(r"[.!?\"”)]$", text):
        text += "."
    return text[:1].upper() + text[1:] if text[:1] != "_" else text


def in_list(m: Mention, mentions: list[Mention], kinds: dict[str, AnswerKind], text: str) -> bool:
    """Tell whether a mention is one item of a list of three or more names of its kind.

    Args:
        m: the mention.
        mentions: all mentions of its sentence.
        kinds: the voted kinds.
        text: the sentence.

    Returns:
        True for a member of such a list (blanking it would make a guessing game).
    """
    same = sorted((x for x in mentions if kinds.get(x.key) is kinds.get(m.key)), key=lambda x: x.start)
    groups: list[list[Mention]] = []
    for x in same:
        if groups and re.fullmatch(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", text[groups[-1][-1].end:x.start]):
            groups[-1].append(x)
        else:
            groups.append([x])
    return any(m in g and len(g) >= 3 for g in groups)
