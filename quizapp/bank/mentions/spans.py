"""Candidate name spans of a sentence: spaCy's entities, titles of works by rule, and proper-noun runs NER missed."""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.bank.mentions.lexicons import first_name_gender, is_demonym, place_evidence
from quizapp.bank.mentions.titles import title_spans
from quizapp.bank.nlp.parse import Parse
from quizapp.bank.text.dates import MONTH_NAMES

# Words that stand before a person's name as a title ("Pope Callixtus III", "Marshal Blücher").
HONORIFICS = frozenset(
    "king queen pope bishop archbishop cardinal lord lady sir dame saint st general marshal admiral captain"
    " colonel major lieutenant president emperor empress tsar tsarina czar prince princess duke duchess count"
    " countess earl baron baroness dr mr mrs ms miss madame mme mademoiselle monsieur father brother sister"
    " dauphin chancellor governor senator judge reverend rev fr friar abbot inquisitor inquisitor-general"
    " field-marshal commander chief minister premier sultan shah khan emir regent viscount marquis marquess"
    " dowager vicomte comte duc marquise abbé père vice grand chamberlain constable attorney secretary commissioner lieutenant-governor"
    " governor-general field lieutenant-general major-general chief-justice justice chief"
    " prof professor gen col capt lt sgt sergeant private corporal brigadier dom dona doña viceroy vicereine"
    " negus ras dejazmach fitawrari raja rajah maharaja maharajah nawab caliph vizier sheikh imam hetman pharaoh kaiser"
    " shogun begum khanum mufti şehzade sehzade beylerbey bey pasha inspector officer detective superintendent"
    " mayor milord mylord monseigneur monsignor margrave margravine landgrave elector electress"
    .split())  # the titles of other courts: "Negus
# Tekle Haymanot", "Ras Alula", "Shogun Ashikaga Yoshiaki", "Maham Begum", "Mufti Ebussuud", "Şehzade Mustafa"
# "the Battle of Ligny", "the siege of Orléans": the place is a name of its own
_BATTLE_OF = re.compile(r"\b(?:[Bb]attle|[Ss]iege|[Ss]ack|[Rr]elief|[Ff]all|[Cc]apture)\s+of\s+(?:the\s+)?"
                        r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?![\w'’-]|\s+[A-Z])")  # the whole name: not "First
# Italo-Ethiopian" of "the battle of the First Italo-Ethiopian War", a war's name
_ORG_HEAD = re.compile(r"^(?:Society|Party|League|Company|Church|Army|Navy|Association|Union|Council|Committee"
                       r"|Academy|Institute|University|College|Bank|Convention|Congress|Assembly|Movement)$")
_PERSON_ADJECTIVES = frozenset({"young", "old", "elder", "younger", "little", "poor", "late", "dear", "mad"})
_LEADING = re.compile(r"^(?:the|The|a|A|an|An)\s+")
_TRAILING = re.compile(r"(?:['’]s|['’]|\s+(?:on|in|at|of|and))$|[\s,.;:(]+$")
_MONTH_OR_DAY = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday"
    r"|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter)$")
_MONTH_FIRST = re.compile(rf"(?:{'|'.join(MONTH_NAMES)})\s+(?=[A-Z])")
_NAME_LABELS = {"PERSON", "GPE", "LOC", "FAC", "ORG", "WORK_OF_ART", "NORP", "EVENT", "PRODUCT", "LAW", "LANGUAGE"}


@dataclass(frozen=True)
class Span:
    """A candidate name in a sentence: offsets, cleaned text, where it came from and the title before it."""

    sentence: int
    start: int
    end: int
    text: str
    label: str
    title_start: int


def clean(text: str, a: int, b: int, keep_article: bool = False) -> tuple[int, int]:
    """Trim articles (except a work's "The"), possessives and punctuation from a span.

    Args:
        text: the sentence.
        a: span start.
        b: span end.
        keep_article: keep a leading "The" (titles of works).

    Returns:
        The trimmed span.
    """
    for _ in range(4):
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


def _plural_title(words: str) -> bool:
    """Is this a title shared by the names after it ("Brigadiers Dabormida, Ellena and Arimondi"; not "Kings Norton")?"""
    w = words.strip().lower()
    return " " not in w and w.endswith("s") and w[:-1] in HONORIFICS


_NAMED_AFTER_SOMEONE = re.compile(r"\s(?:Cemetery|Cathedral|Church|Basilica|Abbey|Chapel|Street|Square|Bridge|Station"
                                  r"|College|School|Hospital|Palace|Castle|Park|Gate|Avenue|Boulevard|Road)$")


def strip_title(text: str, a: int, b: int) -> tuple[int, int]:
    """Move a leading honorific out of a person's name ("King Charles VII" -> "Charles VII").

    Returns:
        ``(title_start, name_start)``: where the title begins (``a`` when there is none) and the name begins.
    """
    if _NAMED_AFTER_SOMEONE.search(text[a:b]):
        return a, a  # "Père Lachaise Cemetery", "St. Paul's Cathedral": a place named after someone keeps the title
    for n in (2, 1):
        m = re.match(r"((?:[A-Z][\w-]*\.?\s+){%d})(?=[A-Z])" % n, text[a:b])
        if m and (all(w.strip(".").lower() in HONORIFICS for w in m.group(1).split()) or (
                _plural_title(m.group(1)) and re.match(r"\s*(?:,|and\b)\s*[A-Z]", text[b:]))):
            return a, a + m.end()
    for n in (2, 1):
        before = re.search(r"((?:[A-Z][\w-]*\.?\s+){%d})$" % n, text[:a])
        if before and all(w.strip(".").lower() in HONORIFICS for w in before.group(1).split()):
            return before.start(1), a
    return a, a


_JOINED_LINE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*\s+(?:and|&)\s+[A-Z][\w'’-]*\s+(?:Railway|Railroad|Canal"
                          r"|Company|Navigation|Turnpike|Fortress|Cathedral|Church|Abbey|Monastery|College)\b")
# "the Stockton and Darlington Railway", "the Peter and Paul Fortress"
_BODY_NAME = re.compile(r"(?<![\w'’-])(?:[A-Z][\w-]+\s+)*(?:Army|Armies|Government|Committee|Council|Ministry|Congress)"
                        r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")
# "the Army of Northern Virginia": a body, not the region the model draws alone; "the Congress of Angostura": no blank
# inside it ("the Congress of ____")
_DOCUMENT_NAME = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w'’-]+\s+){1,3}(?:Letter|Manifesto|Oath|Charter|Declaration"
                            r"|Proclamation|Memorandum|Petition)|(?:Bill|Claim|Petition|Instrument)\s+of\s+(?:the\s+)?"
                            r"[A-Z][\w'’-]+)(?![\w'’-]|\s+[A-Z])")
# "the Jamaica Letter", "the Claim of Right": to the model a country, or nothing, and a capitalised word
_ACT_NAME = re.compile(r"\b[Tt]he\s+([A-Z][\w'’-]+(?:\s+(?:and|for|of|of\s+the)\s+[A-Z][\w'’-]+|\s+[A-Z][\w'’-]+){0,4}"
                       r"(?:\s+\([A-Z][^()]{1,60}\))?\s+Act)\b(?!\s+[A-Z])")
# "the Cat and Mouse Act", "the Prisoners (Temporary Discharge for Ill-Health) Act": one law, not a "Cat", a "Mouse
# Act" and a person "Temporary Discharge"
_PRISON = re.compile(r"(?<![\w'’-])(?<!\bthe\s)([A-Z][a-z]{2,})\s+(?=(?:prison|gaol|jail)\b)")
# "sent to Holloway prison": the prison's name, which the model leaves out
_COUNTS = "Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Hundred|Thousand"
_NUMBERED_BODY = re.compile(rf"\b[Tt]he\s+((?:{_COUNTS})\s+[A-Z][a-z]+s|[A-Z][a-z]+\s+(?:{_COUNTS}))\b(?!\s+[A-Z])")
# "the Seven Bishops", "the Immortal Seven": a body its number names
_OWNED_PLACE = re.compile(r"(?<![\w'’-])[A-Z][a-z]+['’]s\s+(?:Hill|Ridge|Island|Bay|Creek|Farm|Wood|Field|Point|Pass"
                          r"|Gap|Landing|Ferry|Mill|Cathedral|Church|Chapel|Square)\b")  # "Culp's Hill": one place,
# not "Culp" and a "Hill"
_DASHED = re.compile(r"(?<![\w–-])([A-Z][\w'’]+)–[A-Z][\w'’]+(?![\w–-])(?!\s+[A-Z])")


def find_spans(index: int, text: str, parse: Parse) -> list[Span]:
    """Find the candidate names of one sentence.

    Args:
        index: the sentence's index.
        text: the sentence.
        parse: its parse.

    Returns:
        Non-overlapping spans: rule titles first, then entities, then proper-noun runs.
    """
    raw: list[tuple[int, int, str]] = [(a, b, "WORK_RULE") for a, b in title_spans(text)]
    raw += [(m.start(1), m.end(1), "GPE") for m in _BATTLE_OF.finditer(text)]
    raw += [(m.start(), m.end(), "ORG") for m in _JOINED_LINE.finditer(text)]
    raw += [(m.start(), m.end(), "ORG") for m in _BODY_NAME.finditer(text)
            if not any(a <= m.start() and m.end() < b for a, b, _ in parse.ents)]  # the model's longer name wins
    raw += [(m.start(1), m.end(1), "LAW") for m in _DOCUMENT_NAME.finditer(text)]
    raw += [(m.start(1), m.end(1), "WORK_RULE") for m in _ACT_NAME.finditer(text)
            if not any(a <= m.start(1) and m.end(1) < b for a, b, _ in parse.ents)]  # the model's longer name wins
    raw += [(m.start(1), m.end(1), "FAC") for m in _PRISON.finditer(text) if text[:m.start()].strip()]
    raw += [(m.start(1), m.end(1), "ORG") for m in _NUMBERED_BODY.finditer(text)]
    raw += [(m.start(), m.end(), "LOC") for m in _OWNED_PLACE.finditer(text)
            if not re.search(r"[A-Z][\w.'’-]*\s+$", text[:m.start()])]  # never "Paul's Cathedral" of "St Paul's"
    raw += [(m.start(), m.end(), "PROPN") for m in _DASHED.finditer(text)
            if not re.search(r"(?:o|ic|an|ish)$", m.group(1)) and not is_demonym(m.group(1))]  # "Toba–Fushimi": one
    # name of two joined by a dash; not "Franco–Prussian", "Sino–Japanese"
    raw += [(m.start(), m.end(), "ORG") for m in _NAMED_GROUP.finditer(text) if not is_demonym(m.group(1)) and (
        text[:m.start()].strip(" \"“‘(") or _proper(parse, m.start()))]  # not "This empire", "Each clan" opening a
    # sentence
    ents = tuple((a, a + len(text[a:b].split("(")[0].rstrip()), label) if text[a:b].count("(") > text[a:b].count(")")
                 else (a, b, label) for a, b, label in parse.ents)  # "Rani Lakshmibai (Laxmibai) of Jhansi": the
    # model's name ends inside the bracket of its other spelling; the name is what comes before it
    raw += [_ordinal(text, *_of_name(text, _with_compounds(parse, a, b) if _unquoted(text, a) else a,
                                     _with_head(parse, a, b) if label == "PERSON" else b, label))
            for a, b, label in _joined(ents, text) if label in _NAME_LABELS and b > a]
    raw += _proper_runs(parse)
    out: list[Span] = []
    taken: list[tuple[int, int]] = []
    for a, b, label in raw:
        if any(x < b and a < y for x, y in taken):
            continue
        taken.append((a, b))
        for x, y in _split_list(text, a, b) if label != "WORK_RULE" else [(a, b)]:
            x, y = clean(text, x, y, keep_article=label == "WORK_RULE")
            title_start, x = strip_title(text, x, y) if label != "WORK_RULE" else (x, x)
            if title_start < x and " " not in text[x:y].strip() and not _plural_title(text[title_start:x]):
                x = title_start  # "Lord Byron" and "Lady Byron" are two people: a one-word name keeps its title
            x, y = clean(text, x, y)
            year = re.match(r"\d{4}\s+(?=[A-Z])", text[x:y])
            if year:
                x += year.end()  # "the 1689 Treaty of Nerchinsk"
            era = re.match(r"(?:BCE?|AD|CE)\s+(?=[A-Z])", text[x:y])
            if era and re.search(r"\d\s*$", text[:x]):
                x += era.end()  # "In 218 BC Hannibal crossed the Ebro": the year's era, then the man
            month = _MONTH_FIRST.match(text[x:y])
            if month and re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$", text[:x]):
                x += month.end()  # "On the evening of the 20th of March Napoleon entered Paris": the day's month
            if label == "PERSON":
                x = _strip_adjective(text, x, y, parse)  # "Young Douglass"; never "Little Italy", "Young Guard"
            if label == "PERSON":
                x = _strip_group_word(text, x, y, parse)
                office = _OFFICE_AFTER.search(text, x, y)
                if office is not None and _MADE.search(text[:x]):
                    y = office.start()  # "proclaimed her Queen of Kings and Caesarion King of Kings": the boy, and the
                    # title he was given
            if title_start < x and not all(w.strip(".").lower() in HONORIFICS for w in text[title_start:x].split()) \
                    and not _plural_title(text[title_start:x]):
                title_start = x  # what was cut off ("Little" of "Little Italy") is no title to blank with the name
            y = _with_suffix(text, y, label)
            after_title = _TITLE_AFTER.match(text[y:]) if label == "PERSON" else None
            if after_title:
                y += after_title.end()  # "Muhammad Shaybani Khan", where the model's entity ends before "Khan"
            short = label in ("PERSON", "PROPN") and len(text[x:y].split()) <= 2
            first = (_FIRST_OF_LINE.match(text[y:]) or _NUMERAL_AFTER.match(text[y:])) if short else None
            if first:
                y += first.end()  # "the Ottoman Sultan Selim I provided": the first of his name, not "I"; "that of
                # Charles V nor that of Louis XIV": the fifth, where the model's name stops before its number
            name = " ".join(text[x:y].split())
            town_then_man = _town_then_man(text, x, y)
            if town_then_man is not None:  # "at Berkhamsted Edgar and the English leaders submitted": a town, then
                out += [Span(index, x, town_then_man, text[x:town_then_man], "GPE", x)]  # a man, never one name
                x = title_start = town_then_man + len(text[town_then_man:y]) - len(text[town_then_man:y].lstrip())
                name, label = text[x:y], "PERSON"
            if y > x and plausible(name, label == "WORK_RULE") and not _MONTH_OR_DAY.match(name) \
                    and not _gloss(text, x, y):
                out.append(Span(index, x, y, name, label, title_start))
    return out


def _town_then_man(text: str, a: int, b: int) -> int | None:
    """Where the town ends in a name of two words that is a town the gazetteer knows and a first name, after a
    preposition of place ("at Berkhamsted Edgar and the English leaders submitted"); else None."""
    words = text[a:b].split()
    if len(words) != 2 or not re.search(r"\b(?:at|in|near|from|to)\s+$", text[:a]) \
            or not re.match(r"\s+(?:and\s|[a-z]+ed\b)", text[b:]) or first_name_gender(words[1]) not in ("m", "f") \
            or first_name_gender(words[0]) or not place_evidence(words[0]) or place_evidence(" ".join(words)):
        return None  # not "her parents' home at Kirkby Mallory, taking", nor "in Central Asia and"
    return a + len(words[0])


def _joined(ents: tuple[tuple[int, int, str], ...], text: str) -> list[tuple[int, int, str]]:
    """The model's entities, two people side by side made one ("Pargalı" and "Ibrahim Pasha": "Pargalı Ibrahim
    Pasha"): nothing but a space between them makes one name; nor does "and" between a body "of" something and its
    members' plural ("Labor Unions")."""
    out: list[tuple[int, int, str]] = []
    for a, b, label in ents:
        if out and label == "PERSON" and out[-1][2] == "PERSON" and text[out[-1][1]:a] == " ":
            out[-1] = (out[-1][0], b, label)
        elif out and label == out[-1][2] == "ORG" and text[out[-1][1]:a] == " and " and " of " in text[out[-1][0]:
                                                                                                      out[-1][1]] \
                and re.fullmatch(r"(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+s", text[a:b]):
            out[-1] = (out[-1][0], b, label)  # "the Federation of Organized Trades and Labor Unions": one body
        else:
            out.append((a, b, label))
    return out


def _unquoted(text: str, at: int) -> bool:
    """Does a place in a sentence lie outside quotation marks (not in '"Qing Taizu Wu Huangdi Shilu"')?"""
    before = text[:at]
    return before.count('"') % 2 == 0 and before.count("“") <= before.count("”")


def _with_head(parse: Parse, a: int, b: int) -> int:
    """Where a person's name ends, taking in the proper noun just after it that the parse makes its head, after a first
    name or a name of two words ("Diderot" of "Denis Diderot", where the model's entity is "Denis"; not "Commissary of
    Provisions" after "Equiano")."""
    last = next((t for t in parse.tokens if t.end == b), None)
    head = parse.tokens[last.head] if last is not None and last.dep == "compound" and 0 <= last.head < len(
        parse.tokens) else None
    if head is not None and head.start == b + 1 and head.pos == "PROPN" and head.text[:1].isupper() \
            and head.text.isalpha() and head.text.lower() not in HONORIFICS \
            and (last.start > a or first_name_gender(last.text) in ("m", "f")) \
            and not (head.i + 1 < len(parse.tokens) and parse.tokens[head.i + 1].lower == "of"):
        return head.end
    return b


def _with_compounds(parse: Parse, a: int, b: int) -> int:
    """Where a name begins, taking in the proper nouns just before it that the parse joins to it ("Murtaza" of
    "Murtaza Nizam Shah", where the model's entity is "Nizam Shah")."""
    inside = {t.i for t in parse.tokens if a <= t.start < b}
    titled = any(u.start == a and _TITLE_AFTER.fullmatch(" " + u.text) for u in parse.tokens)  # "Khan Lodi": a title
    # after a name never opens one
    for t in reversed([t for t in parse.tokens if t.end <= a]):
        if t.end not in (a, a - 1) or t.pos != "PROPN" or t.dep != "compound" or t.head not in inside \
                or (first_name_gender(t.text) not in ("m", "f", "?") and not titled) or t.text.lower() in HONORIFICS:
            break  # a first name ("Daulat" of "Daulat Khan Lodi"); not "Meantime Louis XVI", "Malacca Tristão Vaz", nor
            # a title
        a, inside = t.start, inside | {t.i}
    return a


TITLES_AFTER = frozenset("khan shah pasha bey begum beg mirza agha khanum efendi".split())
# titles that follow the name they belong to ("Muhammad Shaybani Khan", "Ibrahim Pasha")
_TITLE_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(t.capitalize() for t in TITLES_AFTER)) + r")\b")
_FIRST_OF_LINE = re.compile(r"\s+I\.?(?=\s*[,;:)]|\s*$|\s+(?!(?:am|was|have|had|will|would|shall|think|can|do)\b)[a-z]+\b)")
# "Selim I provided", "Ismail I and Babur": not "... Napoleon I think", where "I" is the writer
_NUMERAL_AFTER = re.compile(r"\s+(?:X{0,3}(?:IX|IV|V?I{1,3})|X{1,3}V?|V)(?![\w'’-])")  # II, IV, V, IX, XIV, XVIII


_FOREIGN_SCRIPT = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff"  # Greek to Sinhala
                             r"\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # kana, Chinese characters, Hangul


def _gloss(text: str, a: int, b: int) -> bool:
    """Is a name a reading of foreign script in brackets ('"China" (中國, Zhōngguó; "Middle Kingdom")'): a gloss on a
    word, not a name the text tells of?"""
    opening = text.rfind("(", 0, a)
    closing = text.find(")", b)
    return opening >= 0 and ")" not in text[opening:a] \
        and _FOREIGN_SCRIPT.search(text[opening:closing if closing >= 0 else len(text)]) is not None


def _ordinal(text: str, a: int, b: int, label: str) -> tuple[int, int, str]:
    """Take in the ordinal of a unit's name ("the 23rd Ohio Infantry", "the 54th Massachusetts")."""
    m = re.search(r"\b\d{1,3}(?:st|nd|rd|th)\s+$", text[:a])
    if m and label in ("ORG", "NORP", "GPE", "FAC", "PROPN"):
        unit = _UNIT_AFTER.match(text, b)  # "Perponcher's 2nd Dutch division": the unit ends the name, not "Dutch"
        return m.start(), unit.end() if unit else b, "ORG"
    return a, b, label


_OFFICE_AFTER = re.compile(r"\s+(?:King|Queen|Emperor|Empress|Prince|Princess|Pharaoh|Lord|Lady|Duke|Duchess)"
                           r"\s+of\b")
_MADE = re.compile(r"\b(?:proclaimed|named|crowned|made|declared|styled|hailed|created)\b[^.;:]{0,40}$")
_UNIT_AFTER = re.compile(r"\s+(?:division|brigade|corps|regiment|battalion|squadron|army|fleet|legion)\b")


_REGNAL = re.compile(r"^(?:[IVXL]+|the)$")


def _of_name(text: str, a: int, b: int, label: str) -> tuple[int, int, str]:
    """Extend a person's name by "of" and a place ("Isabeau of Bavaria", "Henry V of England"); a first name and a
    numeral are a sovereign's, whatever the model's label ("Louis II of Hungary", to it a work of art)."""
    named = text[a:b].split()
    if len(named) == 2 and re.fullmatch(r"[IVX]+", named[1]) and first_name_gender(named[0]) in ("m", "f", "?"):
        label = "PERSON"
    if label not in ("PERSON", "GPE", "ORG"):
        return a, b, label
    particle = re.match(r"\s+no\s+[A-Z][\w'’-]+", text[b:])
    if particle and label == "PERSON":
        return a, b + particle.end(), label  # "Sen no Rikyū", "Taira no Shigemori": the particle joins one name
    nobiliary = re.match(r"(?:\s+[A-Z][a-z]+)?\s+(?:von|van|von\s+der|van\s+der|de|du|della)\s+[A-Z][\w'’-]+", text[b:])
    if nobiliary and label == "PERSON":
        return a, b + nobiliary.end(), label  # "Prince Karl August von Hardenberg", which the model cut at "Karl"
    m = re.match(r"\s+of\s+(?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)?", text[b:])
    if not m:
        return a, b, label
    first = text[a:b].split()[0]
    if re.search(r"(?:ers|ans|ists|ites|iks|ards|iers)$", text[a:b]):
        return a, b, label  # "the Nassauers of Wellington": a body of men, not a person "of" a place
    words = text[a:b].split()
    if len(words) >= 2 and not _REGNAL.match(words[-1]) and first_name_gender(first) in ("m", "f") \
            and first.strip(".").lower() not in HONORIFICS and first_name_gender(words[-1]) not in ("m", "f"):
        return a, b, label  # "Henry Ward Beecher of Brooklyn": a full name needs no place; "Henry V of England" does
    if label == "PERSON" or (len(text[a:b].split()) == 1 and first_name_gender(first) in ("m", "f")):
        return a, b + m.end(), "PERSON"
    return a, b, label


def _proper_runs(parse: Parse) -> list[tuple[int, int, str]]:
    """Runs of proper nouns (with "of", "de", "la" inside) that NER left out: "Beaurevoir Castle", "Vieux-Marché"."""
    runs: list[tuple[int, int, str]] = []
    toks = parse.tokens
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.pos != "PROPN" or not t.text[:1].isupper() or t.ent:
            i += 1
            continue
        j = i
        while j + 1 < len(toks) and (
                (toks[j + 1].pos == "PROPN" and toks[j + 1].text[:1].isupper() and not toks[j + 1].ent)
                or (toks[j + 1].lower in ("-", "of", "de", "la", "le", "du", "des", "d'", "no")  # "Sen no Rikyū"
                    and j + 2 < len(toks) and toks[j + 2].pos == "PROPN" and toks[j + 2].text[:1].isupper())):
            j += 1 if toks[j + 1].pos == "PROPN" else 2
        start = t.start
        if i > 0 and toks[i - 1].ent == "NORP" and toks[i - 1].text[:1].isupper() and _ORG_HEAD.search(toks[j].text):
            start = toks[i - 1].start  # "American Anti-Slavery Society": the nationality is part of the name
        runs.append((start, toks[j].end, "PROPN"))
        i = j + 1
    return runs


def _split_list(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Split an entity that swallowed a list ("Raymond Callemin, Octave Garnier") into its parts."""
    piece = text[a:b]
    if not re.search(r",|\s+and\s+|&", piece) or _JOINED_LINE.fullmatch(piece) or re.fullmatch(
            r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+of\s+[^,&]+?\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?", piece):
        return [(a, b)]  # "the Liverpool and Manchester Railway": one line joining two towns, not Manchester Railway;
        # "the Federation of Organized Trades and Labor Unions": one body of two sorts of members, no list
    parts = [m.span() for m in re.finditer(r"[^,&]+?(?=,|\s+and\s+|\s*&|$)", piece)]
    parts = [(a + x + len(piece[x:y]) - len(piece[x:y].lstrip(" and")), a + y) for x, y in parts]
    parts = [(x, y) for x, y in parts if y > x]
    if len(parts) < 2 or not all(text[x:y][:1].isupper() for x, y in parts):
        return [(a, b)]
    return parts


def _strip_adjective(text: str, a: int, b: int, parse: Parse) -> int:
    """Drop an ordinary adjective or a participle that opens a span ("Young Douglass", "Fearing Suetonius's actions")."""
    first = parse.token_at(a)
    if first is not None and (first.pos == "ADJ" or first.lower in _PERSON_ADJECTIVES or (
            first.tag == "VBG" and first.lower.endswith("ing"))) and first.end < b \
            and first.lower not in HONORIFICS and not first.text[:1].isdigit():
        rest = text[first.end:b].lstrip()
        if rest[:1].isupper() and not _REGNAL.match(rest) and not (first.text[:1].isupper() and " " not in rest
                                                                   and place_evidence(rest) >= 4):
            # "Menelik II", which the parser may call an adjective; "Young Europe", a movement named for a land
            return b - len(rest)
    return a


GROUP_NOUNS = r"clan|tribe|shogunate|empire|chiefdom|confederacy|khanate|sultanate|caliphate"
# "the Mori clan", "the Iceni tribe", "the Ashikaga shogunate", "the Mthethwa empire": the model leaves the noun out, yet
# it says what the name is, and the blank takes both (not "the Chinese empire", a people's adjective)
_NAMED_GROUP = re.compile(rf"(?<![\w'’-])([A-Z][\w'’-]*[a-zāēīōū])\s+(?:{GROUP_NOUNS})\b")
_SUFFIX = re.compile(r"-(ji|dera|jō|jo|ikki|in)\b(?!-)")  # "Honnō-ji", "Ikkō-ikki": a name's own lower-case ending


def _proper(parse: Parse, start: int) -> bool:
    """Is the word at ``start`` a proper noun to the parser?"""
    token = parse.token_at(start)
    return token is not None and token.pos == "PROPN"


def _with_suffix(text: str, b: int, label: str) -> int:
    """Take in a lower-case ending of a name that the model leaves out ("Honnō-ji", "Ikkō-ikki")."""
    suffix = _SUFFIX.match(text[b:]) if label != "WORK_RULE" else None
    if suffix is None and re.search(r"\s(?:Jr|Sr)$", text[:b]) and text[b:b + 1] == "." and re.match(
            r"\.[\s,;:)]", text[b:b + 2]):
        return b + 1  # "Martin Luther King Jr.": the full stop is the name's
    return b + suffix.end() if suffix else b


def _strip_group_word(text: str, a: int, b: int, parse: Parse) -> int:
    """Drop a faction or nationality word fused to a person's name ("Bolshevik Joseph Stalin")."""
    first = parse.token_at(a)
    if first is None or first.end >= b:
        return a
    group = re.fullmatch(r"[A-Z][a-z]+(?:ist|ists|ite|ites|ik|iks|ian|ans|ish|ese)", first.text)
    if group and first.pos == "PROPN" and first_name_gender(first.text) in ("m", "f") and not is_demonym(first.text):
        return a  # "Christian Friedrich Wilhelm von Ompteda": a first name, not a faction
    if first.pos == "ADJ" or group or is_demonym(first.text):  # "Roman Londinium": no Roman of that name
        rest = text[first.end:b].lstrip()
        if rest[:1].isupper() and not _REGNAL.match(rest):  # "Menelik II", which the parser may call an adjective
            return b - len(rest)
    return a


_PARTICLE = re.compile(r"^(?:of|for|de|la|le|du|des|d['’]\w+|von|van|der|den|the|and|al-\w+|bin|ibn|y|da|di|del"
                       r"|della|dos|das|no)$")  # "the Smolny Institute for Noble Maidens"


def plausible(name: str, work: bool = False) -> bool:
    """Tell whether a cleaned span can be a name at all (capitalised, no digits, brackets or quotes, not too long).

    Args:
        name: the cleaned span text.
        work: the span is a title of a work, whose small words may be in lower case.

    Returns:
        True if it may be a name.
    """
    words = name.split()
    if not words or len(words) > (12 if work else 8) or len(name) < 2 or len(name) > 80:  # a title runs longer
        return False
    if not words[0][:1].isupper() and not re.match(r"^(?:d['’]|de |van |von |al-|\d{1,3}(?:st|nd|rd|th) )", name):
        return False
    if not work and any(not w[:1].isupper() and not _PARTICLE.match(w) and not (
            i == len(words) - 1 and re.fullmatch(GROUP_NOUNS, w)) for i, w in enumerate(words[1:], 1)):
        return False  # "Charles VII retained": a name runs into the words after it
    if not work and all(w.strip(".").lower() in HONORIFICS for w in words):
        return False  # "Vice President", "the Emperor": a title, not a name
    if re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?\.?", name) or re.fullmatch(r"[IVXLC]+", name) or re.fullmatch(
            r"(?:B\.?)?C\.?E\.?|A\.?D\.?|B\.?C\.?", name):
        return False  # initials, a bare Roman numeral, or an era ("1526 CE")
    bare = re.sub(r"^\d{1,3}(?:st|nd|rd|th)\s+(?=[A-Z])|\s+\d{4}$", "", name)  # "54th ...", "... Act 1856"
    if work:
        bare = re.sub(r"[?!]$", "", bare)  # a title may ask or exclaim: "What to the Slave Is the Fourth of July?"
    return not re.search(r"[()\[\]{}\"“”:;!?]|\d", bare) and sum(ch.isalpha() for ch in bare) >= 2
