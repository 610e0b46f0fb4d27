"""Titles of works found by rule, where NER misses them: ``Title Words (1937)`` and "his book Title Words"."""

from __future__ import annotations

import re

from quizapp.bank.mentions.lexicons import place_evidence

_TITLE_WORD = r"[A-Z0-9][\w'’\-]*"
_CONNECT = r"(?:of|the|a|an|and|in|on|to|for|from|with|at|by|de|la|le|du|des|del|von|van|der|or)"
_TITLE = rf"{_TITLE_WORD}(?:\s+(?:{_CONNECT}\s+){{0,3}}{_TITLE_WORD}){{0,11}}"  # at most twelve words: unbounded,
# a long run of capitalised words ("In 1890 In 1890 ...") made every search quadratic
_TITLE_YEAR = re.compile(rf"(?P<t>{_TITLE})\s+\((?!(?:born|née|nee|died|b\.|d\.|c\.|r\.|reigned)\s)(?:[^()–—]*?,\s*)?"
                         rf"(?:1[5-9]\d\d|20\d\d)\)")  # "Arcadia (1993)", "Travels (London, 1836)"; never a life
# ("Harriet Tubman (born Araminta Ross, c. March 1822 – March 10, 1913)": a person's name before her dates)
_WORK_NOUN = (r"(?:book|books|novel|novels|autobiography|memoirs|biography|poem|poems|play|plays|journal|newspaper"
              r"|magazine|pamphlet|essay|article|treatise|study|periodical|opera|symphony|painting|film|song|bull|hymn"
              r"|sonnet|encyclical|sermon|tract|thesis|ballad|anthology|memoir|manifesto)")
_TITLE_CUE = re.compile(
    rf"\b(?:{_WORK_NOUN}|title|work(?=,\s+[\"“]?The\s))"  # "her most important work, The Accumulation of Capital"
    rf",?\s+(?:entitled\s+|called\s+|titled\s+|named\s+)?[\"“]?(?P<t>{_TITLE})"
    rf"(?:[\"”]?,?\s+and\s+[\"“]?(?P<t2>{_TITLE}))?"
)

# "The Columbian Orator, an anthology that ...": the noun in apposition after the title
_CUE_AFTER = re.compile(rf"(?P<t>{_TITLE}),\s+(?:an?|the|his|her|their|its)\s+(?:[a-z-]+\s+){{0,2}}{_WORK_NOUN}\b")

# "Nathaniel Isaacs published his Travels and Adventures in Eastern Africa in 1836": what one publishes is a work
_PUBLISHED = re.compile(rf"\bpublished\s+(?:his|her|their|its)\s+(?:own\s+)?(?P<t>{_TITLE})")

# "the account of their observations, published by him in the following year as Notes on a Visit made to some of the
# Prisons in Scotland and the North of England, did much": a work published as a title, in sentence case, to the comma
_PUBLISHED_AS = re.compile(r"\b(?:published|issued|printed|appeared)\b[^.;:,]{0,50}?\bas\s+(?P<t>[A-Z][\w'’-]*"
                           r"(?:\s+[\w'’-]+){1,19}?)(?=\s*[,;.(])")

# "Karl Marx praised the Commune in The Civil War in France", "Ivan Turgenev's A Sportsman's Sketches": an article
# written with a capital inside a sentence opens a title
_ARTICLE_TITLE = re.compile(rf"(?<=[a-z,;] )[\"“]?(?P<t>(?:The|A|An)\s+(?>{_TITLE}))(?![\w'’-])"
                            r"(?!,\s+(?:the|and|or)\s)(?!\s+[a-z]+-)")  # whole: never "The Mass Strike" of a longer one

# "Her reply, Reform or Revolution, appeared as a pamphlet": a reply set off by commas is a work by its title
_REPLY = re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:reply|response|answer|rejoinder|rebuttal),\s+"
                    rf"(?P<t>{_TITLE}),\s")

_QUOTED_TITLE = re.compile(
    r"\b(?:book|novel|poem|play|song|hymn|sonnet|speech|essay|article|pamphlet|film|opera|painting|paper|lecture"
    r"|sermon|ballad|address|author\s+of)\s+(?:entitled\s+|called\s+|titled\s+)?[\"“](?P<t>[A-Z][^\"”]{1,80}?)[,.]?[\"”]")


# 'This speech eventually became known as "What to the Slave Is the Fourth of July?"': a work and the name it took
_KNOWN_AS = re.compile(
    r"\b(?:speech|address|oration|lecture|sermon|book|poem|essay|pamphlet|article|painting|song|hymn)\b[^.;\"“]{0,40}?"
    r"\b(?:known\s+as|entitled|titled|called)\s+[\"“](?P<t>[A-Z][^\"”]{1,80}?)[,.]?[\"”]")


# "the 1689 Treaty of Nerchinsk", "the Peace of Westphalia", "the Electoral Act 1856", "the People's Charter": laws and
# treaties, which the model often cuts down to the place or leaves out
_DOCUMENT = re.compile(
    r"(?<![\w-])(?:(?:Treaty|Convention|Edict|Peace|Charter|Declaration|Proclamation)\s+of\s+(?:the\s+)?"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
    r"|(?:[A-Z][\w'’-]+\s+(?:(?:of|for)\s+(?:the\s+)?(?=[A-Z]))?){1,3}Act(?:\s+of)?\s+1[5-9]\d\d"  # "the Government
    # of Ireland Act 1920"
    r"|[A-Z][\w-]+['’]s\s+Charter)\b")


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
    spans.extend(m.span("t") for m in _QUOTED_TITLE.finditer(text))
    spans.extend(m.span("t") for m in _KNOWN_AS.finditer(text))
    spans.extend(m.span("t") for m in _PUBLISHED.finditer(text))
    spans.extend(m.span("t") for m in _PUBLISHED_AS.finditer(text)
                 if sum(w[:1].isupper() for w in m.group("t").split()) * 3 >= len(m.group("t").split()))
    spans.extend(m.span("t") for m in _REPLY.finditer(text) if " " in m.group("t"))  # not "His reply, Grant said,"
    for m in _CUE_AFTER.finditer(text):
        a, b = m.span("t")
        if len(text[a:b].split()) > 1 and (not re.search(r"[.!?]\s*$|^\s*$", text[:a]) or text[a:a + 4] == "The "):
            spans.append((a, b))  # "He met Douglass, a book lover": one word, or a sentence's subject, is no title
    spans.extend(m.span() for m in _DOCUMENT.finditer(text))
    for m in _TITLE_CUE.finditer(text):
        for g in ("t", "t2"):
            if m.group(g):
                spans.extend(_two_titles(text, *m.span(g)))
    for m in _ARTICLE_TITLE.finditer(text):
        words = _YEAR_AFTER.sub("", m.group("t")).split()
        a, b = m.span("t")
        if len(words) >= 3 and not place_evidence(" ".join(words[1:])) and not re.search(
                r"\baccording\s+to\s+$", text[:m.start()]) and not any(x < b and a < y for x, y in spans):
            spans.append((a, b))  # never "The Hague", "The Gambia"; nor a source cited, nor a title another rule found
    return [(a, a + len(_YEAR_AFTER.sub("", text[a:b]))) for a, b in spans]
    # "his book Post-Mortem in 2007": the year is when, not the title


_YEAR_AFTER = re.compile(r"\s+(?:in|of|on|from)\s+(?:(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July"
                         r"|August|September|October|November|December)\s+(?:\d{1,2},?\s+)?)?\d{4}$")
# "his Reflections on the Revolution in France in November 1790"


def _two_titles(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Split "The Long Dusk and The Case of Comrade Tulayev" at an "and" that an article follows: two titles ("War and
    Peace" is one)."""
    join = re.search(r"\s+and\s+(?=(?:The|A|An)\s+[A-Z])", text[a:b])
    return [(a, a + join.start()), (a + join.end(), b)] if join else [(a, b)]
