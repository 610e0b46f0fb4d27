#!/usr/bin/env python3
"""Validate every *.pronouns.json in the corpus folder (or the files given).

Format: {"text": "NAME.txt", "items": [{"sentence", "pronoun", "occurrence", "referent", "alt"?}]}

Checks per file:
  - JSON shape; "text" is NAME.txt for NAME.pronouns.json and the text file exists;
  - each item: pronoun in she|he|her|his|him|they|their|them; occurrence a positive int;
    referent a non-empty string or null; alt (optional) a list of non-empty strings;
  - the sentence occurs verbatim in the text (whitespace-normalised);
  - the pronoun occurs in the sentence as a whole word (case-insensitive) at least
    `occurrence` times;
  - no duplicate (sentence, pronoun, occurrence).
Exit status 1 if any problem is found.
"""
import argparse
import glob
import json
import os
import re
import sys

PRONOUNS = {"she", "he", "her", "his", "him", "they", "their", "them"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def check_file(path, problems):
    def bad(msg, i=None):
        problems.append(os.path.basename(path) + (f" item {i}" if i is not None else "") + f": {msg}")

    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except Exception as e:
        bad(f"cannot read JSON: {e}")
        return 0
    if not isinstance(data, dict) or set(data) != {"text", "items"} or not isinstance(data["items"], list):
        bad("top level must be {'text': ..., 'items': [...]}")
        return 0
    if os.path.basename(path)[: -len(".pronouns.json")] + ".txt" != data["text"]:
        bad(f"text name {data['text']!r} does not match file name")
    try:
        with open(os.path.join(os.path.dirname(path), data["text"]), encoding="utf-8") as f:
            text = norm(f.read())
    except Exception as e:
        bad(f"cannot read text file: {e}")
        return 0
    seen = set()
    for i, it in enumerate(data["items"]):
        if not isinstance(it, dict):
            bad("item is not an object", i)
            continue
        extra = set(it) - {"sentence", "pronoun", "occurrence", "referent", "alt"}
        if extra:
            bad(f"unknown keys {sorted(extra)}", i)
        sent, pron, occ, ref = it.get("sentence"), it.get("pronoun"), it.get("occurrence"), it.get("referent", "")
        alt = it.get("alt", [])
        if not isinstance(sent, str) or not sent.strip():
            bad("sentence missing", i)
            continue
        if pron not in PRONOUNS:
            bad(f"bad pronoun {pron!r}", i)
            continue
        if not isinstance(occ, int) or isinstance(occ, bool) or occ < 1:
            bad(f"occurrence must be a positive integer, not {occ!r}", i)
            occ = 1
        if "referent" not in it or not (ref is None or (isinstance(ref, str) and ref.strip())):
            bad("referent must be a non-empty string or null", i)
        if not isinstance(alt, list) or not all(isinstance(a, str) and a.strip() for a in alt):
            bad("alt must be a list of non-empty strings", i)
        if ref is None and alt:
            bad("alt given for a null referent", i)
        if norm(sent) not in text:
            bad(f"sentence not found in text: {sent[:70]!r}", i)
        n = len(re.findall(r"(?<![\w'’-])" + pron + r"(?![\w'’-])", sent, re.I))
        if n < occ:
            bad(f"pronoun {pron!r} occurs {n} time(s) as a whole word, occurrence {occ} asked", i)
        key = (norm(sent), pron, occ)
        if key in seen:
            bad("duplicate item", i)
        seen.add(key)
    return len(data["items"])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", help="pronoun files (default: every *.pronouns.json in the corpus folder)")
    a = ap.parse_args()
    folder = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    files = a.files or sorted(glob.glob(os.path.join(folder, "*.pronouns.json")))
    problems = []
    total = 0
    for p in files:
        total += check_file(p, problems)
    for p in problems:
        print(p)
    print(f"{len(files)} pronoun files checked, {total} items, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
