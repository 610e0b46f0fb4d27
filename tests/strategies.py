"""Hypothesis strategies for hostile input: lone surrogates, integers outside 64 bits, non-finite floats."""

from __future__ import annotations

import json
import math
from typing import Any

from hypothesis import strategies as st

LONE_SURROGATES = ("\ud800", "\udbff", "\udc00", "\udfff")

# Text as a JSON parser can hand it over: any character, lone UTF-16 surrogates included (hypothesis's own
# text() leaves them out, since no UTF-8 encoder can write them).
hostile_text = st.lists(st.characters() | st.sampled_from(LONE_SURROGATES), max_size=20).map("".join)

# Integers no 64-bit column holds, some of them longer than Python's 4,300-digit limit for int(str).
huge_integers = (
    st.integers(min_value=2**63, max_value=2**200)
    | st.integers(min_value=-(2**200), max_value=-(2**63) - 1)
    | st.integers(min_value=31, max_value=6000).map(lambda digits: int("9" * min(digits, 4000)))
)

non_finite_floats = st.sampled_from([math.nan, math.inf, -math.inf])

hostile_numbers = huge_integers | non_finite_floats | st.integers() | st.floats(allow_nan=True, allow_infinity=True)

# JSON values built from all of the above.
hostile_json_values = st.recursive(
    st.none() | st.booleans() | hostile_numbers | hostile_text,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(hostile_text, children, max_size=5),
    max_leaves=20,
)

QUESTION_FIELDS = ("id", "type", "prompt", "answer", "distractors", "date", "answer_kind", "source_sentence", "tags")

hostile_questions = st.fixed_dictionaries(
    {"type": st.sampled_from(["multiple_choice", "date"]), "prompt": st.just("Who?") | hostile_text, "answer": st.just("Ada") | hostile_text},
    optional={
        "distractors": st.lists(hostile_text, max_size=30) | hostile_json_values,
        "tags": st.lists(hostile_text, max_size=30) | hostile_json_values,
        **{name: hostile_json_values for name in ("id", "date", "answer_kind", "source_sentence")},
    },
)

# Values a browser or a script could put into a form field or a query string.
hostile_field_values = st.sampled_from(
    ["sNaN", "NaN", "-nan", "inf", "-Infinity", "1e999", "9" * 40, str(2**63), str(-(2**63) - 1), "9" * 5000, "0.5", ""]
) | st.text(max_size=40)


def dump_hostile_json(document: Any) -> str:
    """Serialise a document that may hold lone surrogates and non-finite numbers, as a hostile client would."""
    return json.dumps(document, allow_nan=True)
