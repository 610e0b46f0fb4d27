"""Split a plain text into paragraphs, headings and sentences, and find its quotations."""

from __future__ import annotations

import re
from dataclasses import dataclass

_TERMINAL = re.compile(r"[.!?:;\"”’]\s*$")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st mt jr sr gen col capt lt sgt rev prof hon gov pres no vol pp p ca c cf e.g i.e etc vs"
    " jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m u.s u.k fr mme mlle m messrs bros co inc ltd"
    " ave blvd fig ed eds trans r b d fl o.s n.s v".split()  # "Browder v. Gayle"
)
_SKIP_SECTIONS = re.compile(
    r"^(references|notes|footnotes|bibliography|further reading|see also|external links|sources|citations"
    r"|works cited|notes and references)$",
    re.IGNORECASE,
)
_EXTRACT_SECTIONS = re.compile(r"\b(primary sources|documents|extracts|quotations|selected writings)\b", re.I)
_NUMBERED = re.compile(r"^\(\d{1,3}\)\s+")
_FIRST_PERSON = re.compile(r"\b(I|me|my|mine|myself|we|us|our|ours|ourselves)\b")
# "World War I", "Charles I", "Napoleon I": a Roman numeral after a name, not the first person
_NUMERAL_I = re.compile(r"\b([A-Z][\w-]+)\s+I\b(?!['’])")
_NOT_NAMES = frozenset("When Then As If Because Where While Although Though Since Before After Until And But So Now"
                       " Here There What Which Who Why How Yes No Once Unless Whether Today".split())
_OPEN_QUOTES = {'"': '"', "“": "”", "«": "»"}


@dataclass(frozen=True)
class Paragraph:
    """A block of text: a heading/caption, or prose; ``section`` is the heading it falls under."""

    index: int
    text: str
    start: int
    is_heading: bool
    section: str
    narrative: bool


@dataclass(frozen=True)
class Sentence:
    """One sentence of a prose paragraph, with offsets into the paragraph and its quotation spans."""

    index: int
    paragraph: int
    start: int
    end: int
    text: str
    quotes: tuple[tuple[int, int], ...]
    narrative: bool


# "the ujen cooha (Chinese: )", "( ; )": brackets a copied page emptied of its foreign script or figures
_EMPTY_BRACKETS = re.compile(r"[ \t]*\((?:[^()\n]{0,30}:)?[\s;,]*\)")


def clean_text(text: str) -> str:
    """Normalise line endings, strip a BOM and control characters and brackets left empty, and unify some
    punctuation.

    Args:
        text: raw text.

    Returns:
        The text with ``\\n`` line endings and no control characters other than newlines and tabs.
    """
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\x00-\x08\x0b-\x1f\x7f\u200b\u2028\u2029]", " ", text)
    text = _EMPTY_BRACKETS.sub("", text)
    text = _HEADWORD.sub(lambda m: _title_case(m.group(0)), text)
    text = _REGNAL_STOP.sub(r"\1", text)
    text = _BULLET.sub("", text)
    text = _DATED_ITEM.sub(lambda m: f"{'In' if m.group(1).isdigit() else 'On'} {m.group(1)}, "
                           + (m.group(2).lower() if m.group(2) in _COMMON_OPENERS else m.group(2)), text)
    return text.replace("\u00a0", " ").replace("''", '"').replace("``", '"')


_HEADWORD = re.compile(r"(?m)^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+(?:,?\s+(?:[IVXL]+\.|[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]*))+"
                       r"(?=\s*[(,])(?=.*[a-z])")
# "ROBERT THE BRUCE (1274-1329), king of Scotland, was born": a dictionary's headword in capitals, opening a paragraph
# of prose, before its dates or a comma (not a heading in capitals, which has no small letter after it, nor "USSR AND
# USA signed"); a reign's number keeps its capitals and loses an old full stop ("FREDERICK II. (1712-1786)")
_REGNAL_STOP = re.compile(r"(\b[A-Z][a-z]+ [IVXL]{1,5})\.(?=,|;|\s+(?:\(|[a-z]))")
# "Frederick II., king of Prussia", "the son of Frederick William I. and of Sophia": an older style's full stop after a
# reign's number, which ends no sentence (not "... succeeded Louis XIV. He ...")
_BULLET = re.compile(r"(?m)^[ \t]*[-•*–—▪●◦]\s+(?=\S)")  # "- 1957: King helped found ...": a list's mark
_DATED_ITEM = re.compile(r"(?m)^((?:[A-Z][a-z]+\s+\d{1,2},\s+|\d{1,2}\s+[A-Z][a-z]+\s+)?\d{3,4})"
                         r"\s*[:–—-]\s+([A-Z][a-z]*)\b")
# "1964: He received the Nobel Peace Prize", "August 28, 1963 – He gave ...": a timeline's line, read as the sentence
# it stands for ("In 1964, He received" is asked as "In 1964, he received")
_COMMON_OPENERS = frozenset("He She They It His Her Their Its The A An".split())
_SMALL_WORDS = frozenset("the of de du da di von van der den la le and".split())


def _title_case(words: str) -> str:
    """A headword as a name is written: "ROBERT THE BRUCE" -> "Robert the Bruce", "KOSSUTH, LAJOS" -> "Lajos
    Kossuth" (a dictionary's surname first is no order a prompt reads: "Where was Hus, John (c. 1372-1415) born?")."""
    out = "".join(w.rstrip(".") if i and re.fullmatch(r"[IVXL]+\.?", w)
                  else w.lower() if i and w.lower() in _SMALL_WORDS
                  else w[:1] + w[1:].lower() for i, w in enumerate(re.split(r"(\s+)", words)))
    inverted = re.fullmatch(r"([^\s,]+),\s+((?:[^\s,]+\s+){0,2}[^\s,]+)", out)
    if inverted and not re.search(r"\b[IVXL]+\b", out):
        return f"{inverted.group(2)} {inverted.group(1)}"
    return out


def _is_heading(line: str) -> bool:
    words = line.split()
    if not words:
        return False
    if _NUMBERED.match(line) and not _TERMINAL.search(line):
        return True
    return not _TERMINAL.search(line) and len(words) <= 25


def split_paragraphs(text: str) -> list[Paragraph]:
    """Split text into paragraphs; short lines without final punctuation are headings or captions.

    Hard-wrapped prose (consecutive long lines) is joined back into one paragraph. Sections named
    like "References" are dropped; in sections of quoted extracts ("Primary Sources") only the
    numbered editorial introductions count as narrative.

    Args:
        text: cleaned text.

    Returns:
        Paragraphs in text order, each with its offset in ``text``.
    """
    paragraphs: list[Paragraph] = []
    section = ""
    skip_section = False
    extracts = False
    for block in re.finditer(r"[^\n](?:.|\n(?!\s*\n))*", text):
        lines = [(m.start() + block.start(), m.group()) for m in re.finditer(r"[^\n]+", block.group())]
        lines = [(s + len(t) - len(t.lstrip()), t.strip()) for s, t in lines if t.strip()]
        if not lines:
            continue
        wrapped = len(lines) > 1 and all(len(t) >= 45 for _, t in lines[:-1]) and not any(
            _is_heading(t) and len(t) < 45 for _, t in lines[:-1])
        if wrapped and _TERMINAL.search(lines[-1][1]):
            units = [(lines[0][0], " ".join(t for _, t in lines))]
        else:
            units = lines
        for start, unit in units:
            heading = _is_heading(unit)
            if heading and not _NUMBERED.match(unit):
                if paragraphs and paragraphs[-1].is_heading and paragraphs[-1].text == unit:
                    pass
                section = unit
                skip_section = bool(_SKIP_SECTIONS.match(unit.strip(" :")))
                extracts = bool(_EXTRACT_SECTIONS.search(unit))
            if skip_section:
                continue
            narrative = not heading and (not extracts or bool(_NUMBERED.match(unit)))
            paragraphs.append(Paragraph(len(paragraphs), unit, start, heading, section, narrative))
    return paragraphs


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Find the spans of double-quoted passages, quote marks included.

    An opening quote never closed runs to the end of the text.

    Args:
        text: a paragraph.

    Returns:
        ``(start, end)`` spans in text order.
    """
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        close = _OPEN_QUOTES.get(ch)
        if close is None:
            i += 1
            continue
        j = text.find(close, i + 1)
        if j < 0:
            spans.append((i, n))
            break
        spans.append((i, j + 1))
        i = j + 1
    return spans


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < pos < b - 1 for a, b in spans)


_OPENER = re.compile(r"\s+(?:He|She|It|They|The|This|These|His|Her|Its|Their|In|On|At|After|Before|Then|When|There"
                     r"|A|An)\b")  # words that open a sentence, and no name after an initial


def _is_abbreviation(text: str, dot: int) -> bool:
    m = re.search(r"([\w.]+)$", text[:dot])
    if not m:
        return False
    word = m.group(1)
    if word in ("I", "V", "X") and re.search(r"\b[A-Z][a-z]+\s+[IVX]$", text[:dot]) and _OPENER.match(text[dot + 1:]):
        return False  # a reign's number that ends a sentence ("Matilda married Welf V. She died"), no initial
    if word.lower().strip(".") in _ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isupper():
        return True  # an initial: "J. R. Smith"
    if re.fullmatch(r"[A-Z][a-z]?[A-Z][a-z]?", word) and re.search(r"\b[A-Z]\.\s+\S+$", text[:dot]):
        return True  # a name cut short after an initial: "continued by D. McK. Malcolm in 1950"
    return "." in word and len(word) <= 6 and all(len(p) <= 2 for p in word.split("."))  # "T.B"


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split a paragraph into sentences, never inside a quotation.

    Args:
        text: a paragraph.

    Returns:
        ``(start, end)`` spans of the sentences, whitespace trimmed.
    """
    quotes = find_quotes(text)
    spans: list[tuple[int, int]] = []
    start = 0
    for m in re.finditer(r"[.!?]+([\"”’)\]]*)(\s+)(?=[\"“(\[]?[^\W_])", text):
        follows = text[m.end():m.end() + 2].lstrip("\"“([")[:1]
        if not (follows.isdigit() or follows.isupper()):
            continue  # "... 1877. Ōkubo Toshimichi was assassinated": any capital opens a sentence, not A-Z alone
        dot = m.start()
        end = m.start(2)
        if _inside(dot, quotes) and not (m.group(1) and not _inside(end - 1, quotes)):
            continue
        closed = m.group(1) and m.end() < len(text) and text[m.end()].isdigit()  # "(25 October, O.S.) 1917"
        if text[dot] == "." and (len(m.group(0).split()[0]) == 1 or closed) and m.start(1) == dot + 1 \
                and _is_abbreviation(text, dot):
            continue
        spans.append((start, end))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text.rstrip())))
    spliced: list[tuple[int, int]] = []
    for a, b in spans:
        for m in _SPLICE.finditer(text, a, b):
            if not _inside(m.start(), quotes):
                spliced.append((a, m.start()))
                a = m.end()
        spliced.append((a, b))
    return [(a, b) for a, b in spliced if text[a:b].strip()]


_SPLICE = re.compile(r"(?<=[a-z0-9]),\s+(?=(?:(?:She|He|They)\s+[a-z]|Unlike\s|(?:Two|Three|Four|Five|Six|Seven"
                     r"|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen"
                     r"|Twenty|Thirty|Forty|Fifty)\s+(?:days|weeks|months|years)\s+later\b))")
# a full stop the text lost: "arrested on 7th April, 1912, Seventeen days later, three policemen ...", "unveiled ...
# on 27 October 1916, Unlike the London chariot statue, it shows ...", "married in 1539, She had issue"


def sentences_of(paragraphs: list[Paragraph]) -> list[Sentence]:
    """Split every prose paragraph into sentences, marking first-person and quoted ones as not narrative.

    Args:
        paragraphs: from :func:`split_paragraphs`.

    Returns:
        Sentences in text order, numbered from 0.
    """
    result: list[Sentence] = []
    for p in paragraphs:
        if p.is_heading:
            continue
        quotes = find_quotes(p.text)
        for a, b in _clauses(p.text, split_sentences(p.text), quotes):
            sq = tuple((max(qa, a) - a, min(qb, b) - a) for qa, qb in quotes if qa < b and qb > a)
            body = p.text[a:b]
            outside = mask(body, sq)
            outside = _NUMERAL_I.sub(lambda m: m.group() if m.group(1) in _NOT_NAMES else m.group()[:-1] + "#",
                                     outside)
            narrative = (p.narrative and not _FIRST_PERSON.search(outside) and len(outside.split()) >= 3
                         and not outside.rstrip().endswith("?")  # a question of the text's own is no statement
                         and not _CITATION.match(body)  # "See J. Stevenson, Documents illustrative of Sir William
                         # Wallace (Maitland Club, 1841)": where to read more, no part of the story
                         and not _ABOUT_ITSELF.search(outside))  # "Dates in this article are given in the Old Style"
            result.append(Sentence(len(result), p.index, a, b, body, sq, narrative))
    return result


LONG_SENTENCE_WORDS = 45
_ABOUT_ITSELF = re.compile(r"\b(?:in|of)\s+this\s+(?:article|handout|page|entry)\b(?!\s+of\b)"
                           r"|\b[Tt]his\s+(?:handout|page|entry)\b"
                           r"|\b[Tt]his\s+article\s+(?:is|uses|follows|covers|describes|gives|deals)\b")  # the text on
# itself ("Dates in this article are given", "This handout follows"); not a law's article ("This article allowed",
# "this article of the treaty")
_CITATION = re.compile(r"(?:See(?:\s+also)?|Cf\.?)\s+[A-Z].*(?:\([^()]*\b1\d{3}\)|\b[Vv]ols?\.|\bpp?\.\s*\d)")


def _clauses(text: str, spans: list[tuple[int, int]], quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut a long sentence into its clauses at semicolons (outside quotations): each states a fact of its own."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if len(text[a:b].split()) <= LONG_SENTENCE_WORDS:
            out.append((a, b))
            continue
        start = a
        for m in re.finditer(r";\s+", text[a:b]):
            cut = a + m.start()
            if _inside(cut, quotes) or len(text[start:cut].split()) < 6:
                continue
            out.append((start, cut + 1))
            start = a + m.end()
        out.append((start, b))
    return out


def mask(text: str, spans: tuple[tuple[int, int], ...] | list[tuple[int, int]]) -> str:
    """Blank out spans of text with spaces, keeping every offset in place.

    Args:
        text: the text.
        spans: ``(start, end)`` spans to blank.

    Returns:
        The text with the spans replaced by spaces.
    """
    chars = list(text)
    for a, b in spans:
        for i in range(max(a, 0), min(b, len(chars))):
            chars[i] = " "
    return "".join(chars)
