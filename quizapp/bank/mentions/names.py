"""Merge the spellings and short forms of a name into one canonical name, only where that is unambiguous."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from quizapp.bank.mentions.kinds import ORG_SHAPE, PLACE_SHAPE, honorific_gender
from quizapp.bank.mentions.lexicons import first_name_gender, place_evidence
from quizapp.bank.mentions.places import fold
from quizapp.bank.mentions.spans import HONORIFICS as _HONORIFICS, TITLES_AFTER
from quizapp.bank.types import AnswerKind

_PARTICLES = frozenset({"of", "de", "la", "le", "du", "des", "d'", "von", "van", "der", "the"})
_SAINTS = frozenset({"saint", "st", "st.", "sainte", "san", "santa"})  # a saint's given name is anyone's


def _contains(longer: list[str], shorter: list[str]) -> bool:
    """Is ``shorter`` a run of whole words at the start or the end of ``longer`` (before its "of": "Isabeau"
    of "Isabeau of Bavaria", never "Bavaria"), or just after its first name?"""
    n = len(shorter)
    if "of" in longer:
        head = longer[:longer.index("of")]
        return n <= len(head) and (head[:n] == shorter or head[-n:] == shorter)
    return n < len(longer) and (longer[:n] == shorter or longer[-n:] == shorter or (
        len(longer) > n + 1 and longer[1:1 + n] == shorter and first_name_gender(longer[0].capitalize()) in (
            "m", "f", "?")))  # "Ostorius" of "Publius Ostorius Scapula", after his first name


def aliases(votes: dict[str, Counter], kinds: dict[str, AnswerKind | None],  # type: ignore[type-arg]
            hint: str = "", lowered: frozenset[str] = frozenset()) -> tuple[dict[str, str], set[str]]:
    """Map each short or variant name to the one longer name it stands for.

    A one-word name ("Cauchon", "Charles") maps to a person's longer name only when it begins or ends
    exactly one such name in the text (or holds the others, as "Frederick Douglass" holds
    "Frederick Douglass Jr"); when it begins or ends several, it is ambiguous
    (unless the text's title names one of them) and gets neither a question nor a place among options.

    Args:
        votes: evidence by name (its total weight breaks ties between spellings).
        kinds: each name's preliminary kind (None when undecided).
        hint: the text's title.
        lowered: the words the text also writes in lower case (no one's name alone).

    Returns:
        ``(aliases, ambiguous)``: name -> canonical name, and the names that stay ambiguous.
    """
    out: dict[str, str] = {}
    spellings: dict[str, list[str]] = defaultdict(list)
    for name in votes:
        spellings[fold(name)].append(name)
    for names in spellings.values():
        best = max(names, key=lambda n: (sum(votes[n].values()), n != fold(n), n))
        for n in names:
            if n != best:
                out[n] = best
    canon = [n for n in votes if n not in out]
    words = {n: fold(n).split() for n in canon}
    by_word: dict[str, list[str]] = defaultdict(list)
    for n in canon:
        for w in set(words[n]):
            by_word[w].append(n)
    ambiguous: set[str] = set()
    folded_hint = fold(hint)
    for titled in canon:
        tw = words[titled]
        if len(tw) < 2 or not all(w.strip(".") in _HONORIFICS for w in tw[:-1]) or not _compatible(
                kinds.get(titled), AnswerKind.PERSON):
            continue
        if len(tw) == 2 and tw[0] in _REGAL and first_name_gender(tw[-1].capitalize()) in ("m", "f"):
            continue  # "Şehzade Mustafa", "Prince Albert": a prince's title and his first name are a name of their own,
            # not "Celalzade Mustafa" because his name ends so ("Mr. Douglass" is Frederick Douglass)
        full = [n for n in by_word.get(tw[-1], []) if n != titled and words[n][-1] == tw[-1]
                and len(words[n]) >= 2 and words[n][0].strip(".") not in _HONORIFICS
                and kinds.get(n) is AnswerKind.PERSON]
        sex = honorific_gender(tw[0].strip(".").capitalize())
        if sex and len(full) > 1:  # "Mr. Fry" is Joseph Fry, not Elizabeth Fry, his wife
            full = [n for n in full if first_name_gender(n.split()[0]) in (sex, "?", "")]
        rivals = [n for n in by_word.get(tw[-1], []) if n != titled and "of" in words[n]
                  and _core(words[n])[0][-1:] == tw[-1:] and kinds.get(n) is AnswerKind.PERSON]
        if len(full) == 1 and not rivals:  # "Ras Mikael": "Wolde Mikael" or "Ras Mikael of Wollo", so neither
            out[titled] = full[0]  # "Marshal Blücher" is "Gebhard Leberecht von Blücher"
    _same_person(canon, words, kinds, votes, out)
    for short in canon:  # "Ostorius Scapula" is "Publius Ostorius Scapula", where no other name ends so
        sw = words[short]
        if len(sw) < 2 or short in out or kinds.get(short) is not AnswerKind.PERSON:
            continue
        fuller = {n for n in canon if len(words[n]) > len(sw) and words[n][-len(sw):] == sw and n not in out
                  and kinds.get(n) is AnswerKind.PERSON and (all(
                      first_name_gender(w.capitalize()) in ("m", "f", "?") for w in words[n][:-len(sw)]) or (
                      len(words[n]) == len(sw) + 1 and words[n][0] not in lowered))}
        # its first names before it, or one word of no other use ("Pargalı Ibrahim Pasha"): not "Ten Great Campaigns of
        # the Qianlong Emperor"
        if len(fuller) == 1 and not _father_or_son(sw, words[next(iter(fuller))]):
            out[short] = fuller.pop()
    for short in canon:
        sw = words[short]
        if len(sw) != 1 or sw[0] in _PARTICLES:
            continue  # only a single word is a short form; "Frederick Douglass" is not "Frederick Douglass Jr"
        kind = kinds.get(short)
        v = votes[short]
        if kind is not None and kind is not AnswerKind.PERSON and (_leans_person(v) or (
                sw[0] in folded_hint.split() and v[AnswerKind.PLACE] + v[AnswerKind.ORG] < 1)):
            kind = None  # "Luxemburg" in a life of Rosa Luxemburg; "Wellington" who orders and rides
        if kind is AnswerKind.ORG and v[AnswerKind.ORG] < 1 and not ORG_SHAPE.search(short) and not short.isupper():
            kind = None  # an organisation to the model alone: "Laveaux named him governor"
        if kind is AnswerKind.PLACE and v[AnswerKind.PLACE] < 1 and v["name:place"] < 6:
            kind = None  # a town only to the gazetteer and the model ("Somerville" of "Mary Somerville")
        longer = {n for n in by_word.get(sw[0], []) if n != short and _contains(words[n], sw)
                  and words[n][0] not in _SAINTS}  # "Louis, Duke of Orléans" is not "Saint Louis"
        longer = {out.get(n, n) for n in longer if _compatible(kind, kinds.get(n)) or (
            kind is AnswerKind.PERSON and kinds.get(n) is None and _leans_person(v)
            and votes[n][AnswerKind.PERSON] >= 1)} - {short}  # "Mitsuhide", a man the text says so of five times, is
        # "Akechi Mitsuhide", whom the model calls an organisation ("his retainer Akechi Mitsuhide"); "General
        # Baratieri", already "Oreste Baratieri", is no second man for "Baratieri"
        if kind is AnswerKind.PLACE and place_evidence(short):
            longer = {n for n in longer if not (PLACE_SHAPE.search(n) and words[n][:len(sw)] == sw)}  # "Andijan",
            # a town, is not "Andijan Province", nor "Kiyosu" "Kiyosu Castle"
        styles = {fold(str(k)[7:]) for k in v if str(k).startswith("styled:")}
        if styles and longer:  # "Mary, Queen of Scots" is not "Mary I"; "Richard, Earl of Cornwall" is "Richard of
            # Cornwall"
            longer = {n for n in longer if styles & set(words[n])} or (longer if len(longer) > 1 else set())
        if not longer:
            continue
        if len(longer) > 1:
            longer = _innermost(longer, words)
        if len(longer) > 1 and folded_hint:
            named = {n for n in longer if fold(n) == folded_hint or fold(n) in folded_hint}
            longer = named or longer
            if not named and kind is AnswerKind.PERSON and sw[0] == folded_hint.split()[0]:
                continue  # "Suleiman", 114 times in a life titled "Suleiman the Magnificent" (which the model calls a
                # body), beside "Sultan Suleiman", "Kanuni Suleiman" and "Hadim Suleiman Pasha": the subject's own name
        if len(longer) == 1:
            out[short] = next(iter(longer))
        else:
            ambiguous.add(short)
    for name in list(out):
        seen = {name}
        while out[name] in out and out[name] not in seen:
            seen.add(out[name])
            out[name] = out[out[name]]
    return out, ambiguous


def _father_or_son(short: list[str], longer: list[str]) -> bool:
    """Is ``short`` a first name and a surname that ``longer`` holds after one more first name ("John Gurney",
    "Joseph John Gurney")? Such a name is whole, and most often a father's or a son's; never a title's ("Nadir Khan"
    of "Muhammad Nadir Khan") nor a king's ("Wilhelm I")."""
    return len(short) == 2 and len(longer) == 3 and first_name_gender(short[0].capitalize()) in ("m", "f") \
        and first_name_gender(longer[0].capitalize()) in ("m", "f") and short[-1] not in TITLES_AFTER \
        and not REGNAL_NUMBER.fullmatch(short[-1].upper())


_REGAL = frozenset("king queen prince princess emperor empress sultan şehzade sehzade shah tsar tsarina czar pope"
                   " infante infanta dauphin archduke".split())  # titles worn before a first name, not a surname
REGNAL_NUMBER = re.compile(r"[IVX]+\.?")  # "II" of "Nicholas II", "XVI." of "Louis XVI."


def _core(words: list[str]) -> tuple[list[str], str]:
    """A person's name without the titles before it and the "of ..." after it, and its regnal numeral apart:
    "Negus Menelik of Shewa" -> (["menelik"], ""), "Menelik II" -> (["menelik"], "ii")."""
    head = words[:words.index("of")] if "of" in words else list(words)
    while head and head[0].strip(".") in _HONORIFICS:
        head = head[1:]
    while len(head) > 2 and head[-1] in TITLES_AFTER:
        head = head[:-1]  # "Muhammad Shaybani Khan" is "Muhammad Shaybani"; "Genghis Khan" stays whole
    numeral = head.pop() if len(head) >= 2 and REGNAL_NUMBER.fullmatch(head[-1].upper()) else ""
    return head, numeral


def _same_person(canon: list[str], words: dict[str, list[str]], kinds: dict[str, AnswerKind | None],
                 votes: dict[str, Counter], out: dict[str, str]) -> None:  # type: ignore[type-arg]
    """Merge the forms of one person's name that differ only by a title, a realm or a numeral ("Emperor Menelik",
    "Negus Menelik of Shewa" and "Menelik II"; "Negus Tekle Haymanot" and "Tekle Haymanot of Gojjam"), where nothing
    tells them apart: one numeral at most, no title of the other sex, and a core that is no common first name
    ("King Charles" and "Charles of Anjou" are two men)."""
    groups: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for n in canon:
        if n in out or len(words[n]) < 2 or kinds.get(n) not in (AnswerKind.PERSON, None):
            continue
        core, numeral = _core(words[n])
        titled = words[n][0].strip(".") in _HONORIFICS or "of" in words[n] or bool(numeral)
        if core and (kinds.get(n) is AnswerKind.PERSON or titled):
            groups[tuple(core)].append(n)
    for core, names in groups.items():
        if len(names) < 2 or not any(kinds.get(n) is AnswerKind.PERSON for n in names):
            continue
        if len(core) == 1 and first_name_gender(core[0].capitalize()) in ("m", "f", "?"):
            names = [n for n in names if _core(words[n])[1]]  # "Louis II" and "Louis II of Hungary" are one king;
            # "King Charles" and "Charles of Anjou" may be two men
            if len(names) < 2 or not any(kinds.get(n) is AnswerKind.PERSON for n in names):
                continue
        numerals = {_core(words[n])[1] for n in names} - {""}
        sexes = {honorific_gender(n) for n in names} - {""}
        if len(numerals) > 1 or len(sexes) > 1:
            continue
        if numerals and len(core) >= 2 and first_name_gender(core[0].capitalize()) in ("m", "f") and first_name_gender(
                core[-1].capitalize()) not in ("m", "f") and not any(
                words[n][0].strip(".") in _HONORIFICS or "of" in words[n] for n in names):
            continue  # "Abraham Darby" and his grandson "Abraham Darby III": a first name and a surname with no
            # title are a family's, whose numbers tell its generations apart; "Victor Emmanuel" (two first names) is
            # still "Victor Emmanuel II"
        best = max(names, key=lambda n: (bool(_core(words[n])[1]), words[n][0].strip(".") not in _HONORIFICS,
                                         kinds.get(n) is AnswerKind.PERSON, sum(votes[n].values()), -len(n)))
        for n in names:
            if n != best:
                out[n] = best


def _leans_person(votes: Counter) -> bool:  # type: ignore[type-arg]
    """Do the context cues (not the model's labels) say person more than anything else?"""
    person = votes[AnswerKind.PERSON]
    return person >= 2 and person >= votes[AnswerKind.PLACE] + votes[AnswerKind.ORG]


def _compatible(short: AnswerKind | None, longer: AnswerKind | None) -> bool:
    if longer is None:
        return False
    return longer is AnswerKind.PERSON and short in (None, AnswerKind.PERSON)


def _innermost(names: set[str], words: dict[str, list[str]]) -> set[str]:
    """Of several longer names, keep those that hold none of the others ("Frederick Douglass", not
    "Frederick Douglass Jr", for "Douglass")."""
    return {n for n in names if not any(m != n and _contains(words[n], words[m]) for m in names)}


def a_family(name: str, kinds: dict[str, AnswerKind]) -> bool:
    """Is a person's name a family's, in the plural ("the Van Wagenens" beside "Isaac Van Wagenen", "the Curies"), and
    no one's whose given name opens it ("Roger Williams" beside "Prince William")?"""
    words = name.split()
    single = " ".join([*words[:-1], words[-1][:-1]])  # "Van Wagenen": the whole name but its plural's "s"
    return words[-1].endswith("s") and any(k.endswith(" " + single) and kinds[k] is AnswerKind.PERSON for k in kinds)
