"""Choose wrong options: same-kind names ranked by the likeness of their contexts, and nearby dates."""

from __future__ import annotations

import math
import random
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from quizapp.bank.formats.partial_dates import date_key, iso_of, month_days, split_iso
from quizapp.bank.mentions.index import EntityIndex, Mention, label_only
from quizapp.bank.mentions.kinds import ORG_SHAPE, PLACE_SHAPE
from quizapp.bank.mentions.lexicons import (KNOWN_TOWN, PLACE_ADJECTIVES, continent, country_codes, first_name_gender,
                                             in_region, is_region, lies_in, other_names, place_evidence, placed_in,
                                             province_towns,
                                             region_towns, same_country, same_province, similar_places, town_country,
                                             town_population, us_state, within_town)
from quizapp.bank.mentions.names import REGNAL_NUMBER
from quizapp.bank.mentions.names import fold as _fold
from quizapp.bank.mentions.places import REGIONS, continent_parts, is_country, place_grain
from quizapp.bank.mentions.references import ROLE_AFTER, ROLE_BEFORE, ROLE_GENDER, given_gender
from quizapp.bank.mentions.spans import GROUP_NOUNS
from quizapp.bank.questions.trivia import commenting
from quizapp.bank.text.sentences import Sentence
from quizapp.bank.types import AnswerKind

_STOP = frozenset(
    "a an the and or but of to in on at by for with from as is was were be been being had has have he she it"
    " they them his her their its this that these those which who whom whose what when where while after before"
    " into onto over under about than then there here also not no so such very more most other some any all"
    " would could should will shall may might can did do does one two three i we you him me my our your us"
    " up out down off again once only own same too just said later later".split()
)
_WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]+")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text) if w.lower() not in _STOP]


@dataclass
class ContextModel:
    """TF-IDF vectors of the sentences each name appears in, to rank look-alike options."""

    vectors: dict[str, dict[str, float]]
    idf: dict[str, float]
    windows: dict[str, set[str]]
    near: dict[str, set[str]]
    countries: tuple[str, ...] = ()  # where the text's places lie, most named first
    years: dict[str, float] = field(default_factory=dict)  # the median year of the sentences naming each name
    commentators: frozenset[str] = frozenset()  # people the text names mostly as writers about its story
    within: dict[str, set[str]] = field(default_factory=dict)  # place -> the places the text puts it in, and
    # those it puts in it ("Ballarat, Victoria"; "Friedrichsfelde in Berlin"): never options for each other
    lower: frozenset[str] = frozenset()  # the words the text also writes in lower case ("party", "unions")
    apposed: dict[str, set[str]] = field(default_factory=dict)  # "the Social Democratic Party of Germany, the SPD":
    # a body and the short form the text sets beside it, never options for each other
    sorts: dict[str, str] = field(default_factory=dict)  # the sort the text's own words give a body or work ("the
    # newspaper Die Rote Fahne", "the Chicago paper Free Society"), above the one its name suggests
    roles: dict[str, set[str]] = field(default_factory=dict)  # the offices and callings the text gives a person
    # ("President Garfield", "the anarchist Emma Goldman", "Dr. Mann, the surgeon"): a president is no secretary
    sides: dict[str, str] = field(default_factory=dict)  # the people a name fights or works for, where the text
    # says ("the French general Reille", "Prussian IV Corps"): a French general is no option for a British one
    afterlife: frozenset[str] = frozenset()  # names met only in sections on what came of the story ("Legacy",
    # "In popular culture"): no options for the names of the story itself
    battles: frozenset[str] = frozenset()  # places the text names a battle or a siege after ("the Battle of Ligny",
    # "the siege of Orléans"): the options of a "Battle of ____", where it names enough
    holders: frozenset[str] = frozenset()  # places the text writes a town in ("Ballarat, Victoria"): a province,
    # never a town's option (Melbourne lies in it too), and offered only beside other such places
    dated: dict[int, int] = field(default_factory=dict)  # the time each sentence is told in: its own year, else the
    # last the text gave before it
    placed: dict[str, frozenset[str]] = field(default_factory=dict)  # country code -> the text's places that lie
    # there (by the gazetteer's largest namesake)
    writers: frozenset[str] = frozenset()  # people named at least half the time as writing about the story: asked of
    # only a few times, however often named (Cassius Dio)
    waters: frozenset[str] = frozenset()  # places the text tells as rivers ("the river Cydnus", "crossed the Rubicon")
    articled: frozenset[str] = frozenset()  # places the text writes after "the" most of the time ("the Hermitage"):
    # no town, whatever a gazetteer's namesake says

    def grain(self, name: str) -> str:
        """A place's grain, a river the text tells as one a water whatever its name looks like."""
        return "water" if name in self.waters else _grain(name)

    def shaped(self, name: str) -> bool:
        """Does a body's name, or the text's word for it, say what sort of body it is ("White Lotus Society", "the
        SPD", "the newspaper Die Rote Fahne", "the Red Shirts")? One that does not ("Yuan Chonghuan", "China
        Proper", "Tappers Corner" typed as bodies) is too often a person, a place or a work misread."""
        return bool(ORG_SHAPE.search(name) or name.isupper() or self.sorts.get(name) or org_grain(name)
                    or re.match(r"(?:Clan|House of)\s", name)  # "Clan Campbell"
                    or re.search(r"[a-z][^s]s$", name))  # "Three Feudatories", "Red Shirts": a body of people

    def generic(self, name: str, count: int) -> bool:
        """Is a name met once only common words the text also writes in lower case ("the Political Party and
        the Trade Unions", inside a pamphlet's title)? Which body it means, nothing says."""
        words = re.findall(r"[\w'’-]+", name)
        return count < 2 and len(words) > 1 and all(w.lower() in self.lower for w in words)

    @cached_property
    def era(self) -> float:
        """How many years apart two names are of different eras: 60 in a history of centuries, less in one of
        a life (a third of the span its names live in, at least a generation of 15)."""
        if len(self.years) < 5:
            return 60.0
        ordered = sorted(self.years.values())
        span = ordered[len(ordered) * 9 // 10] - ordered[len(ordered) // 10]
        return min(60.0, max(15.0, span / 3))

    def sentence_vector(self, text: str) -> dict[str, float]:
        """Return the normalised TF-IDF vector of a piece of text.

        Args:
            text: any text.

        Returns:
            A sparse vector.
        """
        return _normalise({w: c * self.idf.get(w, 1.0) for w, c in Counter(_words(text)).items()})


def _top(vec: dict[str, float], size: int = 40) -> dict[str, float]:
    """Keep the heaviest terms of a vector (enough to compare contexts, and fast)."""
    if len(vec) <= size:
        return vec
    return dict(sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:size])


def _normalise(vec: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {k: v / norm for k, v in vec.items()}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Return the cosine similarity of two normalised sparse vectors.

    Args:
        a: a vector.
        b: another.

    Returns:
        Their dot product.
    """
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(k, 0.0) for k, v in a.items())


def running_years(sentences: list[Sentence], years: dict[int, int]) -> dict[int, int]:
    """The time each sentence is told in: its own year, else the last year the text gave before it (a question's era,
    to keep Prince Albert from the options of a Roman governor named in an undated paragraph)."""
    out: dict[int, int] = {}
    last: int | None = None
    for s in sentences:
        last = years.get(s.index, last)
        if last is not None:
            out[s.index] = last
    return out


def build_context(sentences: list[Sentence], index: EntityIndex,
                  sentence_years: dict[int, int] | None = None) -> ContextModel:
    """Build the context vectors of every name of the index.

    Args:
        sentences: the text's sentences.
        index: its entities.
        sentence_years: the year each dated sentence speaks of (a name's era is the median of its sentences').

    Returns:
        The context model.
    """
    df: Counter[str] = Counter()
    sentence_words: dict[int, list[str]] = {}
    for s in sentences:
        ws = _words(s.text)
        sentence_words[s.index] = ws
        df.update(set(ws))
    n = max(len(sentences), 1)
    idf = {w: math.log((n + 1) / (c + 1)) + 1.0 for w, c in df.items()}
    raw: dict[str, Counter[str]] = defaultdict(Counter)
    windows: dict[str, set[str]] = defaultdict(set)
    near: dict[str, set[str]] = defaultdict(set)
    text_of = {s.index: s.text for s in sentences}
    seen: set[tuple[str, int]] = set()
    for m in index.mentions:
        if m.key not in index.kinds:
            continue
        text = text_of.get(m.sentence, "")
        windows[m.key].update(window_words(text[:m.start], text[m.end:]))
        near[m.key].update(window_words(text[:m.start], text[m.end:], 2))
        if (m.key, m.sentence) in seen:
            continue
        seen.add((m.key, m.sentence))
        own = set(_words(m.key))
        raw[m.key].update(w for w in sentence_words.get(m.sentence, []) if w not in own)
    vectors = {k: _normalise(_top({w: c * idf[w] for w, c in cnt.items()})) for k, cnt in raw.items()}
    places = [m.key for m in index.mentions if index.kinds.get(m.key) is AnswerKind.PLACE]
    dated: dict[str, list[int]] = defaultdict(list)
    for key, sentence in seen:
        if sentence_years and sentence in sentence_years:
            dated[key].append(sentence_years[sentence])
    years = {k: float(statistics.median(v)) for k, v in dated.items()}
    lower = frozenset(w for s in sentences for w in re.findall(r"(?<![\w'’-])[a-z][a-z'’-]+", s.text))
    within, holders = _within(index, text_of)
    countries = country_codes(places)
    holders = frozenset(h for h in holders if town_population(h, country_codes([p for p in places if p != h]))
                        < KNOWN_TOWN)  # "Tottenham Hale, London": a district of a city the text writes in, and the
    # city is still a town; its countries are the other places' ("Victoria" is not Hong Kong's)
    commentators, writing = _writers(index, text_of)
    return ContextModel(vectors, idf, dict(windows), dict(near), countries, years,
                        commentators, within, lower, _apposed(index, text_of),
                        _said_sorts(index, text_of), _roles(index, text_of, near), _sides(index, text_of),
                        battles=_battle_sites(index, text_of), holders=holders,
                        dated=running_years(sentences, sentence_years or {}),
                        placed=placed_in(set(places)), writers=writing, waters=_waters(index, text_of),
                        articled=frozenset(p for p in places if index.evidence.get(p, Counter())["article"] * 2
                                           > index.counts.get(p, 0)))


_DEMONYMS = frozenset(w for v in PLACE_ADJECTIVES.values() for w in v.split("|")) | frozenset(
    "prussian russian austrian german italian belgian haitian australian canadian mexican ottoman bavarian"
    " hanoverian brunswick nassau allied confederate royalist republican rebel loyalist".split())
_SIDE_BEFORE = re.compile(r"(?:^|[\s(])([A-Z][a-z]+)(?:\s+(?:[a-z]+-)?(?:general|marshal|field|commander|admiral|colonel"
                          r"|captain|officer|leader|chief|lieutenant|major|envoy|king|emperor|prince|duke|minister"
                          r"|soldier|private|sergeant|corporal|trooper)){0,2}\s+$")
# "the French general ", "Prussian Field Marshal ", "Prussian ": not "The French pursued " nor "the Prussian liaison to "


ROLE_NOUNS = frozenset(
    "president king queen emperor empress pope bishop archbishop cardinal priest monk nun general marshal admiral"
    " colonel captain lieutenant sergeant officer soldier commander governor senator congressman minister premier"
    " chancellor judge justice lawyer attorney prosecutor surgeon doctor physician nurse secretary clerk poet"
    " novelist writer author journalist editor historian biographer painter artist composer musician actress actor"
    " scientist mathematician engineer inventor philosopher economist teacher tutor professor student anarchist"
    " socialist communist revolutionary rebel miner merchant banker farmer assassin spy detective guard policeman"
    " magistrate commissioner mayor ambassador consul diplomat explorer chief gynaecologist gynecologist count duke"
    " baron earl marquis advisor adviser vizier god goddess deity".split())


MONARCHS = frozenset("king queen emperor empress tsar tsarina sultan khan shah".split())  # not a pope among kings
RANKS = frozenset("president king queen emperor empress pope tsar sultan khan general marshal admiral governor"
                  " senator chancellor bishop archbishop cardinal".split())  # offices a prompt may name beside its blank


_ROLE = "|".join(sorted(ROLE_NOUNS))
_APPOSED_ROLE = re.compile(rf"\b({_ROLE})\b(?:\s+(?:of|at|in|from|to|during)\b[^,;()]*)?,\s*(?:\d+-year-old\s+)?$",
                           re.I)  # "the captain of the fortress, 80-year-old ____"
_SUCCEEDED = re.compile(rf"\b({_ROLE})\s+[A-Z][\w'’-]*\b[^.;]*\bsucceeded\s+by\s+$", re.I)


def blank_role(before: str, after: str) -> set[str]:
    """The calling a prompt gives its blank in the words that frame it: "the English poet ____", "her tutor ____",
    "a soldier named ____", "____, a lawyer and the son of"."""
    found = _ROLE_BEFORE.search(before) or _ROLE_AFTER.match(after) or _OWN_ROLE.search(before)
    return {found.group(1).lower().removesuffix("s")} & ROLE_NOUNS if found else set()


_ROLE_BEFORE = re.compile(rf"\b({_ROLE})s?\s+(?:named\s+|called\s+)?$", re.I)  # "two retired judges named ____"
_OWN_ROLE = re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|\w+['’]s|[Aa]n?|[Tt]he)\s+(?:[A-Za-z-]+\s+)?({_ROLE}),\s*$")  # "His
# secretary, ____,": a secretary, not Abraham Lincoln; "a Canadian miner, ____": a miner, not the governor
_ROLE_AFTER = re.compile(rf",\s+(?:a|an|the)\s+(?:[a-z-]+\s+){{0,2}}?(?:[a-z]+-)?({_ROLE})\b", re.I)  # "____, the
# vice-chief of the French police"


def said_role(before: str) -> set[str]:
    """The office a prompt gives its blank from further off than the words beside it: an apposition ("The French
    king at the time of Joan's birth, ____,") or a succession ("the emperor Joseph died ... and was succeeded by
    ____")."""
    found = _APPOSED_ROLE.search(before) or _SUCCEEDED.search(before)
    return {found.group(1).lower()} if found else set()


def _roles(index: EntityIndex, text_of: dict[int, str], near: dict[str, set[str]]) -> dict[str, set[str]]:
    """The offices and callings the text gives each person: role words beside its mentions and the titles
    before them ("President Garfield", "Dr. Mann")."""
    out: dict[str, set[str]] = {}
    for m in index.mentions:
        if index.kinds.get(m.key) is not AnswerKind.PERSON:
            continue
        title = text_of.get(m.sentence, "")[m.blank_start:m.start].lower()
        words = set(re.findall(r"[a-z]+", title) + re.findall(r"[a-z]+", m.key.lower()))
        apposed = _APPOSED_CALLING.match(text_of.get(m.sentence, "")[m.end:])  # "Andraste, a British goddess of"
        words |= {apposed.group(1).lower()} if apposed else set()
        words = {"doctor" if w == "dr" else w for w in words | near.get(m.key, set())}
        words |= {w[:-1] for w in words if w.endswith("s")}  # "two retired judges named Loran L. Lewis and ..."
        words |= {part for w in words for part in w.split("-")[1:]}  # "the vice-chief of the French police"
        out.setdefault(m.key, set()).update(words & ROLE_NOUNS)
    return {k: v for k, v in out.items() if v}


_APPOSED_CALLING = re.compile(r",\s+(?:a|an|the)\s+(?:[A-Za-z-]+\s+){0,2}?([a-z]+)\b")


def _said_sorts(index: EntityIndex, text_of: dict[int, str]) -> dict[str, str]:
    """The sort the text's words just before a body or work give it ("the newspaper Die Rote Fahne", "the Chicago
    paper Free Society", "the socialist party Proletariat"); a name said to be of two sorts has none."""
    seen: dict[str, set[str]] = defaultdict(set)
    for m in index.mentions:
        if index.kinds.get(m.key) not in (AnswerKind.ORG, AnswerKind.WORK):
            continue
        chunk = text_of.get(m.sentence, "")[max(0, m.start - 30):m.start]
        words = re.findall(r"[A-Za-z]+", chunk)[-2:]
        said = [_SORT_OF_WORD[w] for w in words if w.islower() and w in _SORT_OF_WORD and not (
            w == "paper" and re.search(r"(?:['’]s|\b(?:his|her|their|a|its))\s+paper\W*$", chunk))]
        # "Turing's paper Computing Machinery and Intelligence" is a writing, "the Chicago paper" a newspaper
        if said:
            seen[m.key].add(said[-1])
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def _sides(index: EntityIndex, text_of: dict[int, str]) -> dict[str, str]:
    """The side each person or body is on, where the text says so just before its name or in it ("the French
    general Reille", "Prussian IV Corps", "Confederate Army"), or its owner's ("d'Erlon's Corps"); peoples the text
    joins with a hyphen ("Anglo-allied") are one side; a name said to be of two sides has none."""
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for m in index.mentions:
        if index.kinds.get(m.key) not in (AnswerKind.PERSON, AnswerKind.ORG):
            continue
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", m.key)} & _DEMONYMS
        words |= {PLACE_ADJECTIVES[w].split("|")[0] for w in re.findall(r"[a-z]+", _fold(m.key))
                  if w in PLACE_ADJECTIVES}  # "Netherlands Cavalry Division": Dutch
        before = _SIDE_BEFORE.search(text_of.get(m.sentence, "")[max(0, m.start - 40):m.start])
        if before and before.group(1).lower() in _DEMONYMS:
            words.add(before.group(1).lower())
        seen[m.key].update(words)
    led = _led_sides(index, text_of, seen)
    for k, side in led.items():
        seen[k][side] += 1
    camp = _camps(text_of)
    seen = defaultdict(Counter, {k: Counter({camp(w): n for w, n in c.items()}) for k, c in seen.items()})
    sides = {k: c.most_common(1)[0][0] for k, c in seen.items() if len(c) == 1}
    by_name = {_fold(k): side for k, side in sides.items()}
    for k in seen:  # "d'Erlon's Corps" is on d'Erlon's side, and "Reille's II Corps", French, makes Reille French
        owner = re.match(r"(.+?)['’]s\s", k)
        if not owner:
            continue
        if k not in sides and _fold(owner.group(1)) in by_name:
            sides[k] = by_name[_fold(owner.group(1))]
        elif k in sides:
            for person in (n for n in seen if _fold(n) == _fold(owner.group(1)) or _fold(n).endswith(
                    " " + _fold(owner.group(1)))):
                sides.setdefault(person, sides[k])
    for m in index.mentions:  # "Napoleon's army was organised in a left wing commanded by Marshal Ney": Napoleon's side
        if m.key in sides or index.kinds.get(m.key) is not AnswerKind.PERSON:
            continue
        text = text_of.get(m.sentence, "")
        if not _LED.search(text[max(0, m.blank_start - 60):m.blank_start]):
            continue
        owners = [o for o in index.by_sentence.get(m.sentence, []) if o.end < m.blank_start and o.key in sides
                  and (re.match(r"['’]s?\s+(?:[a-z-]+\s+)?(?:army|armies|forces|troops|host)\b", text[o.end:])
                       or re.search(r"\b(?:his|her)\s+(?:own\s+)?(?:army|armies|forces|troops)\b",
                                    text[o.end:m.blank_start]) and o.start < 3)]  # "Napoleon divided his army into ..."
        if owners:
            sides[m.key] = sides[owners[-1].key]
    return sides


_COORDINATED = re.compile(r"\b([A-Z][a-z]+|allied)(?:[-/]|-led\s+)(?=([A-Z][a-z]+|allied)\b)")


def _camps(text_of: dict[int, str]) -> Callable[[str], str]:
    """Which peoples the text joins into one side ("the Anglo-allied army", "a British-led allied army", "Dutch-Belgian
    troops"; not "French and British", who may be foes): each demonym's camp, named by its first member
    alphabetically."""
    parent: dict[str, str] = {}

    def find(word: str) -> str:
        while parent.get(word, word) != word:
            word = parent[word]
        return word

    for text in text_of.values():
        for match in _COORDINATED.finditer(text.replace("Anglo-", "British-")):
            a, b = (w.lower() for w in match.groups())
            if a in _DEMONYMS and b in _DEMONYMS:
                ra, rb = sorted((find(a), find(b)))
                if ra != rb:
                    parent[rb] = ra
    return find


_LED = re.compile(r"\b(?:under|led\s+by|commanded\s+by|under\s+the\s+command\s+of)\s+(?:the\s+)?"
                  r"(?:[A-Z][\w.-]*\s+(?:of\s+)?){0,2}$")  # "under the command of the Duke of Wellington"


def _led_sides(index: EntityIndex, text_of: dict[int, str], seen: dict[str, Counter[str]]) -> dict[str, str]:
    """The side of a person who leads troops the text gives a side: "British and Hanoverian troops under Sir Thomas
    Picton", "a Prussian army under the command of Blücher", "Prussian IV Corps under Bülow"."""
    out: dict[str, str] = {}
    for m in index.mentions:
        if index.kinds.get(m.key) is not AnswerKind.PERSON:
            continue
        text = text_of.get(m.sentence, "")
        before = text[max(0, m.blank_start - 90):m.blank_start]
        lead = _LED.search(before)
        if not lead:
            continue
        troops = before[:lead.start()]
        clause = re.split(r"[,;:]|\band\s+(?:a|an|the)\b", troops)[-1]  # "..., and a Prussian army under": its own
        clause_start = m.blank_start - len(before) + len(troops) - len(clause)
        said = [w.lower() for w in re.findall(r"[A-Za-z]+", clause) if w.lower() in _DEMONYMS]
        said += [side for other in index.by_sentence.get(m.sentence, []) if other.end <= m.blank_start
                 and other.start >= clause_start for side in seen.get(other.key, Counter())]  # "Prussian IV Corps
        # under Bülow": the corps' side
        if said:
            out[m.key] = said[0]  # "British and Hanoverian troops under Picton": allies, named first the British
    return out


def _apposed(index: EntityIndex, text_of: dict[int, str]) -> dict[str, set[str]]:
    """Which names the text sets side by side as one ("the Social Democratic Party of Germany, the SPD,"; "the
    Communist Party of Germany (KPD)"): a short form in capitals just after a longer name."""
    out: dict[str, set[str]] = defaultdict(set)
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for m in index.mentions:
        if m.key in index.kinds:
            by_sentence[m.sentence].append(m)
    for sentence, ms in by_sentence.items():
        text = text_of.get(sentence, "")
        ms.sort(key=lambda m: m.start)
        for a, b in zip(ms, ms[1:]):
            between = text[a.end:b.blank_start]
            if b.key.isupper() and not a.key.isupper() and re.fullmatch(r",\s*(?:the\s+)?|\s*\(\s*", between):
                out[a.key].add(b.key)
                out[b.key].add(a.key)
    return dict(out)


_IN = re.compile(r",\s*|(?:\s+[a-z]+)?\s+in\s+(?:the\s+)?|\s+near\s+(?:the\s+)?|\s+outside\s+(?:the\s+)?")
# "Ballarat, Victoria", "the Friedrichsfelde cemetery in Berlin", "a camp near Montmedy"


def _within(index: EntityIndex, text_of: dict[int, str]) -> tuple[dict[str, set[str]], frozenset[str]]:
    """Which places the text puts inside which ("Ballarat, Victoria", "the Spencer Street Barracks in Melbourne"),
    across steps up and down but never sideways: "Victoria" is no wrong answer where Ballarat is right, while
    Melbourne, also in Victoria, still is; and the places it writes a town in ("Victoria")."""
    up: dict[str, set[str]] = defaultdict(set)
    down: dict[str, set[str]] = defaultdict(set)
    holders: set[str] = set()
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for m in index.mentions:
        if index.kinds.get(m.key) is AnswerKind.PLACE:
            by_sentence[m.sentence].append(m)
    for sentence, found in by_sentence.items():
        text = text_of.get(sentence, "")
        found.sort(key=lambda m: m.start)
        run: list[Mention] = found[:1]
        for a, b in zip(found, [*found[1:], None], strict=True):
            gap = text[a.end:b.blank_start] if b is not None else ""
            if b is not None and _IN.fullmatch(gap) and "," not in gap and a.key != b.key and not is_country(a.key):
                up[a.key].add(b.key)  # "the Spencer Street Barracks in Melbourne"
                down[b.key].add(a.key)
            if b is not None and re.fullmatch(r",\s*", gap):
                run.append(b)
                continue
            after = text[run[-1].end:run[-1].end + 6]
            if len(run) > 1 and not re.match(r",?\s+(?:and|or)\b|,\s*[A-Z]", after) and not any(
                    is_country(m.key) for m in run[:-1]):  # "Ballarat, Victoria, Australia"; not "Egypt, France, Italy"
                for inner, outer in zip(run, run[1:], strict=False):
                    up[inner.key].add(outer.key)
                    down[outer.key].add(inner.key)
                    if place_grain(inner.key) == "local" and place_grain(outer.key) == "local" \
                            and not is_region(outer.key):
                        holders.add(outer.key)  # not "Buffalo, New York": a state has its own grain
            run = [b] if b is not None else []
    out: dict[str, set[str]] = {}
    for start in set(up) | set(down):
        out[start] = _reach(up, start) | _reach(down, start)
    return out, frozenset(holders)


_FRAME_WORDS = frozenset("battle battles siege sieges relief sack fall capture".split())
_BATTLE_OF = re.compile(r"\b(?:[Bb]attles?|[Ss]ieges?|[Rr]elief|[Ss]ack|[Ff]all|[Cc]apture)\s+of\s+(?:the\s+)?$")


_WATER_BEFORE = re.compile(r"(?:\b[Rr]iver|\b(?:crossed|crossing|across|along|up|down|banks\s+of|mouth\s+of"
                           r"|ford(?:ed)?)\s+the)\s+$")
_ROAD_AFTER = re.compile(r"\s+(?:road|highway|bridge|gate|valley|plain|pass)\b")  # "crossed the Brussels road"
_WATER_AFTER = re.compile(r"\s+(?:[Rr]iver|[Dd]elta|estuary)\b")


def _waters(index: EntityIndex, text_of: dict[int, str]) -> frozenset[str]:
    """The places the text tells as rivers ("the river Cydnus", "crossed the Rubicon", "the Nile delta"), whose names
    alone look like towns: a river is offered beside rivers, and never beside a town."""
    return frozenset(m.key for m in index.mentions if index.kinds.get(m.key) is AnswerKind.PLACE and " " not in m.key
                     and (_WATER_BEFORE.search(text_of.get(m.sentence, "")[max(0, m.blank_start - 30):m.blank_start])
                          or _WATER_AFTER.match(text_of.get(m.sentence, ""), m.end))
                     and not _ROAD_AFTER.match(text_of.get(m.sentence, ""), m.end))


def _battle_sites(index: EntityIndex, text_of: dict[int, str]) -> frozenset[str]:
    """The places the text names a battle or a siege after ("the Battle of Ligny", "the siege of Orléans")."""
    return frozenset(m.key for m in index.mentions if index.kinds.get(m.key) is AnswerKind.PLACE
                     and _BATTLE_OF.search(text_of.get(m.sentence, "")[max(0, m.blank_start - 30):m.blank_start]))


def _reach(links: dict[str, set[str]], start: str) -> set[str]:
    seen, todo = {start}, [start]
    while todo:
        for nxt in links.get(todo.pop(), set()) - seen:
            seen.add(nxt)
            todo.append(nxt)
    return seen - {start}


def _writers(index: EntityIndex, text_of: dict[int, str]) -> tuple[frozenset[str], frozenset[str]]:
    """The people a text names as writers about its story ("the historian Jonathan Spence writes"), counted once:

    - commentators, named only or mostly so: no options for the people of the story itself, nor its people theirs,
      where enough writers are named; a name met a few times mostly writing counts ("Donald Morris holds", "Morris
      nevertheless references ..."), not Lenin or Tacitus, who write and act all through a text;
    - writers, named at least half the time so, however often (Cassius Dio: six of twelve): asked of only a few times.
    """
    writing: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for m in index.mentions:
        if index.kinds.get(m.key) is AnswerKind.PERSON:
            seen[m.key] += 1
            writing[m.key] += commenting(text_of.get(m.sentence, ""), m.blank_start, m.end)
    commentators = frozenset(k for k, n in seen.items()
                             if writing[k] == n or (n <= FEW_MENTIONS and writing[k] * 2 >= n))
    return commentators, frozenset(k for k, n in seen.items() if writing[k] * 2 >= n)


FEW_MENTIONS = 3


def window_words(before: str, after: str, width: int = 4) -> set[str]:
    """Return the lower-case content words just before and after a name (its role: "biographer").

    Args:
        before: the text before the name.
        after: the text after it.
        width: how many words on each side.

    Returns:
        The set of content words.
    """
    left = re.findall(r"[\w'’-]+", before)[-width:]
    right = re.findall(r"[\w'’-]+", after)[:width]
    return {w for w in left + right if w.islower() and len(w) > 2 and w not in _STOP}


# the head words of many names, which say what a name is, not which one: "Treaty of Nerchinsk" is no variant of
# "Treaty of Kyakhta", nor "Saint Louis" of "Saint Michael"
_GENERIC = frozenset(
    "treaty battle siege act edict charter university college society church party council league union company"
    " bank river mount lake castle saint king queen duke duchess lord lady emperor empress prince princess pope"
    " general president governor county district province sea bay island street square count countess earl"
    " marquis marquess baron baroness viscount bishop archbishop cardinal regent elector khan sultan tsar".split()
) | frozenset(GROUP_NOUNS.split("|"))  # "Takeda clan" and "Rokkaku clan" share no name
_IGNORED = _STOP | _GENERIC


@lru_cache(maxsize=65536)
def _significant(name: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"\w+", _fold(name)) if len(w) > 2 and w not in _IGNORED)


@lru_cache(maxsize=65536)
def variant_of(a: str, b: str) -> bool:
    """Tell whether two names share a word (so one could pass for the other: "Serge", "Victor Serge").

    Args:
        a: a name.
        b: another name.

    Returns:
        True if they share a significant word.
    """
    wa, wb = _significant(a), _significant(b)
    if wa & wb or any(_one_letter_apart(x, y) for x in wa for y in wb):
        return True  # "Nāder Khan" and "Mohammed Nadir Shah": one man, spelled two ways
    fa, fb = _fold(a), _fold(b)
    return fa in fb or fb in fa


def _one_letter_apart(x: str, y: str) -> bool:
    """Are two words of five letters or more the same but for one letter inside them ("nader", "nadir"; not "guard",
    "guards", nor "india", "indira")?"""
    return len(x) == len(y) >= 5 and x[0] == y[0] and x[-1] == y[-1] and sum(
        p != q for p, q in zip(x, y, strict=True)) == 1


OFFICE_OF = re.compile(r"(?:the\s+)?(?:King|Queen|Emperor|Empress|Shah|Sultan|Tsar|Czar|President|Prime Minister"
                       r"|Chancellor|Governor|Governor-General|Viceroy|Emir|Khan|Caliph|Pharaoh|Minister|Secretary"
                       r"|Commissioner|Speaker|Director|Chief)"
                       r" of (?:the\s+)?[A-Z][\w\s'’-]*")


def rank_names(answer: str, kind: AnswerKind, prompt: str, excluded: set[str], index: EntityIndex,
               model: ContextModel, rng: random.Random, genders: dict[str, str] | None = None,
               limit: int = 3, any_gender: bool = False, when: float | None = None) -> list[str]:
    """Rank the text's other names of the answer's kind by how plausible they are as wrong options.

    Args:
        answer: the right answer (a canonical name).
        kind: its kind.
        prompt: the question's prompt (a name visible in it is never an option).
        excluded: names that must not be offered (co-mentioned in the source sentence, the main subject).
        index: the entity index.
        model: the context model.
        rng: a seeded generator; options are drawn from the best few, so one answer is not always
            offered beside the same three names.
        genders: people's genders; a person's options are of the answer's gender where known.
        limit: how many to return.
        any_gender: offer people of either gender (where the answer's own are too few to offer).
        when: the time the question's sentence is told in (its own year, else the last the text gave before it):
            the answer's time where the text dates no sentence naming it.

    Returns:
        Up to ``limit`` names, most plausible first.
    """
    genders = genders or {}
    if kind is AnswerKind.PERSON and OFFICE_OF.fullmatch(answer):
        return []  # "the ____ was obliged to conduct all foreign affairs through Italy" (Emperor of Ethiopia): Menelik
        # II, who held the office, would be right too; typed, if at all
    gender = (told_gender(prompt) or genders.get(answer) or given_gender(answer)) if kind is AnswerKind.PERSON else ""
    gender = gender if gender in ("m", "f") and not any_gender else ""
    if gender and not tells_gender(prompt):
        same = [n for n, k in index.kinds.items() if k is kind and n != answer and genders.get(n, gender) == gender]
        if len(same) < limit:
            gender = ""  # too few people of the answer's gender, and nothing in the prompt tells the gender; else
            # one woman among men, or a man among women, gives the answer away
    # "he married ____", "his wife ____": a woman's options are women the text says are women, never someone of
    # unknown gender ("Lieutenant-Governor Latrobe"), who in a history is mostly a man
    no_women = kind is AnswerKind.PERSON and not gender and not any_gender and not may_be_a_woman(prompt)
    unknown = "" if gender == "f" else gender  # nor, beside a woman, someone whose gender nothing tells
    # ("Élisée Reclus" beside Emma Goldman): in a history they are mostly men
    grain = model.grain(answer) if kind is AnswerKind.PLACE else ""
    asked = asked_grain(prompt) if kind is AnswerKind.PLACE else ""
    river = asked == "river"  # "above the rivers Yalu and ____": rivers, whatever the answer's name looks like
    if asked in ("river", "water"):
        grain, asked = "water", ""
    parts = continent_parts(answer) if kind is AnswerKind.PLACE else ()
    if parts:  # "control in ____" (Central Asia): other parts of Asia, not Sichuan nor Europe; typed if too few
        before, _, after = prompt.partition("____")
        the = bool(re.search(r"\b[Tt]he\s+$", before))
        parts = tuple(p.removeprefix("the ") if the else p for p in parts
                      if p.startswith("the ") == the and _fold(p.removeprefix("the ")) not in _fold(prompt))
        return rng.sample(parts, limit) if len(parts) >= limit else []
    grain_of = org_grain if kind is AnswerKind.ORG else work_grain if kind is AnswerKind.WORK else None

    def said_or_named(name: str) -> str:  # the sort the text says a name is of, else the one its name suggests
        return model.sorts.get(name) or (grain_of(name) if grain_of else "")

    sort_of = said_or_named if grain_of else None
    said = asked_sort(prompt, 2) if kind is AnswerKind.ORG else ""  # "the Chicago paper ____": the prompt's word
    body = (said or sort_of(answer) or (asked_sort(prompt) if kind is AnswerKind.ORG else "")) if sort_of else ""
    if kind is AnswerKind.ORG and not body:
        return []  # a body of no sort its name or the text tells ("the Hotel-Dieu", "the Danish Red Cross"): beside
        # parties and gangs it stands out; typed, if at all
    target = model.vectors.get(answer, {})
    here = model.sentence_vector(prompt)
    folded_prompt = _fold(prompt)
    before, _, after = prompt.partition("____")
    prompt_words = _significant(prompt)
    aliases = index.same_as.get(answer, set())
    framed = _FRAME_WORDS if _BATTLE_OF.search(before) else frozenset()  # "the Battle of ____": every battle's
    role = window_words(before, after) - framed  # place has "battle" beside it; that alone does not make it fit
    close = window_words(before, after, 2) - framed  # this sentence
    beside = close | {w.lower() for w in re.findall(r"[A-Z][a-z]+", before)[-1:]}
    asked_roles = (beside | (said_role(before) & RANKS)) & ROLE_NOUNS if kind is AnswerKind.PERSON else set()
    side = model.sides.get(answer, "")  # unknown: every name is on its side
    unit = _unit_level(answer) if kind is AnswerKind.ORG else ""
    station = _station(answer, model) if kind is AnswerKind.PERSON else frozenset()  # a monarch among monarchs, a
    # priest or a saint among churchmen
    head_of = _head_word if kind in (AnswerKind.ORG, AnswerKind.WORK) else _building
    head = head_of(answer)  # a treaty among treaties, a castle among castles (not "Gifu Park" for "Kiyosu Castle")
    home = continent(answer) if kind is AnswerKind.PLACE else ""  # a country's options: countries of its continent
    land = town_country(answer, model.countries) if kind is AnswerKind.PLACE else ""  # a town's: towns of its country
    article = kind is AnswerKind.PERSON and bool(re.search(r"\b[Tt]he\s+$", before) and _TITLED.search(answer))
    titled = _TITLED.search(answer) if article else None  # "Emperor" of "the Kangxi Emperor"
    middle = statistics.median(model.years.values()) if model.years else None  # the text's time
    told = when if when is not None else model.years.get(answer, middle)  # the question's time
    scored: list[tuple[float, str]] = []
    far: set[str] = set()
    ages_apart: set[str] = set()  # of another age than the answer's: Prince Albert beside a Roman governor
    unlike: set[str] = set()  # another station or another sort of document: after the answer's own
    other_body: set[str] = set()
    for name, k in index.kinds.items():
        kin = k is not kind and _kin(kind, k, name)
        if (k is not kind and not kin) or name == answer or name in excluded or name in index.families:
            continue  # nor a family ("the Van Wagenens") beside one person
        if (grain and model.grain(name) != grain) or (
                river and "river" not in _fold(name) and name not in model.waters):
            continue
        if asked and _townish(name, model) != (asked == "town") or asked == "site" and _grain(name) != "site":
            continue  # "the Ming capital, ____": towns only; "the colony of ____": no towns; "____, the house": houses
        if k is AnswerKind.PLACE and kind is AnswerKind.PLACE and (name in model.holders) != (
                answer in model.holders):
            continue  # "in ____ 1500 were sworn in" (Melbourne): not Victoria, which the text writes towns in
        if asked == "land" and (_fold(name) in REGIONS or set(_fold(name).split()) & _NOT_LANDS
                                or _grain(name) == "site"):
            continue  # "the French colony of ____": not Fort de Joux, the Northern Plain or the Americas
        if k is AnswerKind.ORG and not model.shaped(name):
            continue  # the model's organisations are its least sure kind: an option must look like one
        if k is AnswerKind.PERSON and OFFICE_OF.fullmatch(name):
            continue  # "King of Afghanistan" is an office, held by others among the options
        if k is AnswerKind.ORG and model.generic(name, index.counts[name]):
            continue

        if gender and (genders.get(name) or given_gender(name) or unknown) not in (gender, "?"):
            continue  # "his niece, ____" with men among the options
        if no_women and genders.get(name) == "f":
            continue  # an answer of no known gender is, in a history, mostly a man: a woman among its options stands
            # out ("Lady Yodo" offered as a sandal bearer, "Maham Begum" beside sultans)
        confidence = index.confidence.get(name, 0.0)
        if confidence < 0.8 or (" " not in name and index.counts[name] < 2 and not (
                k is AnswerKind.PLACE and (place_evidence(name) or confidence >= 0.95 or name in model.battles))):
            continue  # a doubtful name, or a single word met once, lends no option
        if _fold(name) in folded_prompt or variant_of(name, answer) or name in aliases or same_country(name, answer) \
                or name in model.within.get(answer, ()) or name in model.apposed.get(answer, ()):
            continue
        if _significant(name) & prompt_words:
            continue  # "Stephen Monier" when the prompt already names "Monier"
        if k is AnswerKind.PLACE and kind is AnswerKind.PLACE and within_town(name, answer, model.countries):
            continue  # "arrested in a flat in ____" (Wilmersdorf): Berlin, around it, would be true too
        abroad = bool(land) and town_country(name, model.countries) not in ("", land)  # "escaped to ____" (New
        # York City): London and Cork only where the text names too few towns of his own country
        if excluded and any(variant_of(name, e) or name in index.same_as.get(e, ()) or same_country(name, e)
                            for e in excluded):
            continue  # "Formosa" beside a prompt that names Taiwan, the same island; Holland beside the Netherlands
        if name in model.commentators and answer not in model.commentators:
            continue  # "the historian Jonathan Spence" among the emperors
        if answer in model.commentators and name not in model.commentators:
            unlike.add(name)  # a historian among historians first: not Dingiswayo beside Donald Morris
        if name in model.afterlife and answer not in model.afterlife:
            continue  # a novelist of 2005, a senator of 2018 or a college named after her: met only where the text
            # tells what came of the story
        if len(role & model.windows.get(name, set())) >= 2 or close & model.near.get(name, set()):
            continue  # it would fit this sentence too ("his biographer, ____")
        ctx = model.vectors.get(name, {})
        penalty, gap = 0.0, 0.0
        if kind in (AnswerKind.PERSON, AnswerKind.ORG) and answer in model.years and name in model.years:
            gap = abs(model.years[name] - model.years[answer])
            # another era: a historian, a medieval king; in a life of sixty years, twenty is one
            penalty = 0.3 if gap > model.era else 0.15 if gap > model.era / 2 else 0.0
        elif kind in (AnswerKind.PERSON, AnswerKind.ORG) and when is not None and name in model.years:
            gap = abs(model.years[name] - when)  # an answer the text dates nowhere, told in a year: only another
            penalty = 0.3 if gap > 60 else 0.0  # age stands out ("Prince Albert" beside a Roman governor)
        elif kind is AnswerKind.PLACE and told is not None and model.years.get(name, told) - told > PLACE_LATER:
            gap, penalty = model.years[name] - told, 0.3  # a place the text names only centuries after the question's
            # time: "Mexico City" of the statues beside "Cholula" in 1519, where the text calls it Tenochtitlán
        prominence = abs(math.log1p(index.counts[name]) - math.log1p(index.counts[answer]))
        score = 0.6 * cosine(target, ctx) + 0.4 * cosine(here, ctx) + 0.03 * math.log1p(index.counts[name]) \
            - 0.04 * prominence - penalty
        if index.counts[name] < 2 and label_only(index.evidence.get(name, Counter())):
            continue  # a name met once that only the model's label types ("Shakti Sthal", a memorial, offered as a
            # newsreader): never an option; with too few others the answer is typed
        if not vouched(name, index, genders):
            score -= 0.3  # a name met once, with nothing beside the model to vouch for its kind: a last resort
        if kind is AnswerKind.PERSON and index.counts[name] < 2 and name not in model.years and (
                answer in model.years or when is not None):
            score -= 0.35  # named once, at no time the text gives ("the third to be murdered in office, after Abraham
            # Lincoln and James A. Garfield"): no one of the story, beside an answer the text dates; below those of
            # another era the text does date
        if kin:
            score -= 0.5  # a newspaper beside books: only where the text names too few of the answer's kind
        if kind is AnswerKind.PERSON and (" " in answer) != (" " in name):
            score -= 0.2  # "Taylor" beside "Luigi Menabrea": a name of another form stands out
        if sort_of and (sort_of(name) != body if body else sort_of(name) in _APART):
            score -= 0.5  # a bank beside regiments, a novel beside treaties: only where the text names too few
            other_body.add(name)
        if asked_roles and model.roles.get(name) and not model.roles[name] & asked_roles:
            score -= 0.3  # "his secretary, ____" with a president, "the surgeon ____" with an anarchist
        where = continent(name) if home else ""
        elsewhere = bool(home) and where not in ("", home)
        if home and where != home:
            score -= 0.3 if elsewhere else 0.15  # "France had other allies on all sides of Austria: ____ on the
            # north": not America; a realm of the past the gazetteer cannot place comes after its own continent's
        if head and head_of(name) != head:
            unlike.add(name)  # "The ____ (1689) stabilized relations with Russia" (the Treaty of Nerchinsk): treaties
            # first, not the Sacred Edict, where the text names enough
        if kind is AnswerKind.ORG and unit and _unit_level(name) not in ("", unit):
            unlike.add(name)  # "the eagle of the ____" (105th Ligne): regiments first, not a division or a corps
        differ = _station(name, model) ^ station if kind is AnswerKind.PERSON else frozenset()
        if "divine" in differ:
            continue  # a goddess beside the people of the story, or a man beside the gods: never
        apart = len(differ)
        if apart:
            score -= 0.3 * apart  # "a marriage of convenience with ____": not Emperor Wilhelm II; "Father Smyth" beside
            unlike.add(name)  # Peter Lalor; Saint Margaret beside Charles VII: after the answer's own, where enough
        other_side = bool(side) and model.sides.get(name, side) != side
        if other_side:
            score -= 0.3  # the other side of a war: a French general beside British ones
        misread = article and not _TITLED.search(name)
        if misread:
            score -= 0.5  # "Joan and the ____": "the John the Fearless" reads wrong beside "the Duke of Alençon"
        elif article and titled and (held := _TITLED.search(name)) and held.group() != titled.group():
            score -= 0.2  # "After the death of the ____ (the Kangxi Emperor) ... became the Yongzheng Emperor": other
            unlike.add(name)  # emperors first, not a khan
        apart_in_time = gap > (min(60.0, 2 * model.era) if kind is AnswerKind.ORG else PLACE_LATER
                               if kind is AnswerKind.PLACE else 60)  # a body: two generations
        if apart_in_time:
            ages_apart.add(name)
        if apart_in_time or other_side or misread or elsewhere or abroad:
            far.add(name)  # centuries apart, the other side, a town abroad: never where the answer's own offers enough
        scored.append((score, name))
    scored.sort(key=lambda t: (-t[0], t[1]))
    ranked = [n for _, n in scored]
    region = _region_after(after) if kind is AnswerKind.PLACE and grain in ("local", "county", "site") else ""
    if region:  # "shot at a world's fair in ____, New York": towns of New York, or none; the state the prompt names
        ranked = [n for n in ranked if in_region(n, region)]  # gives away a town the map puts elsewhere
    province = _province_after(after, answer, index, model) if kind is AnswerKind.PLACE and not region else ""
    unplaced: list[str] = []
    if province:  # "____, Victoria, Australia" (Ballarat): towns of its own province and near it; not Sydney
        placed = {n: same_province(answer, n, model.countries) for n in ranked}
        unplaced = [n for n in ranked if placed[n] is None]  # a place of the text the gazetteer does not know
        # (Buninyong): taken to be local, after the gazetteer's own towns of the province
        ranked = [n for n in ranked if placed[n]]
    if kind is AnswerKind.PLACE and _the_blank(before, after):
        read = [n for n in ranked if takes_the(n)]  # "to the ____": the Republic of Haiti, the United States; not
        if len(_distinct(read, index, limit)) >= limit:  # "to the Belfast"
            ranked = read
        elif grain != "country":
            return []  # too few that read after "the": none (typed, if at all); a country keeps its peers

    year = when if when is not None else model.years.get(answer)
    modern = year is None or year >= MODERN_MAP  # the gazetteer lists today's towns: none beside the towns of the
    # text's older times
    battle = kind is AnswerKind.PLACE and _BATTLE_OF.search(before) is not None
    if battle:  # "defeated at the Battle of ____" (Vertières): the places of the text's other battles first, not a
        fought = [n for n in ranked if n in model.battles]  # fort, a town and an island; only they where it names
        ranked = fought + [n for n in ranked if n not in model.battles]  # enough
        if len(_distinct(fought, index, limit)) >= limit:
            ranked = fought
    if kind is AnswerKind.PLACE and grain == "local" and not asked and not battle and _townish(answer, model):
        towns = _distinct([n for n in ranked if _townish(n, model)], index, limit * 2)
        home = [n for n in towns if n not in far]
        settled = any(town_country(n, model.countries) == land for n in home)  # the text places another town there
        if not modern:
            pass  # "When Babur arrived at ____" (1524): not Karachi and Faisalabad, the gazetteer's towns of today
        elif len(towns) < limit or (len(home) < limit and settled):  # too few towns in the text, or of the answer's
            # country where the text names one more there: the gazetteer's towns of its country ("Melbourne": Sydney,
            # not "Victoria"; Berlin: Hamburg, not Rome), then the text's towns abroad; none for a town it does not
            # know, nor for one it may place wrongly (Varennes, a namesake in Quebec, in a history of France)
            home += _gazetteer_options(answer, limit - len(home), home, excluded, folded_prompt, index, model,
                                       region, TOWN_OF_NOTE, bool(province))
            towns = home + [n for n in towns if n in far]
        if province and len(towns) < limit:
            towns += [n for n in unplaced if _townish(n, model)]
        if len(_distinct(towns, index, limit)) >= limit:
            ranked = towns  # a town among towns: not beside a region or a building
    ranks = (asked_roles & RANKS | blank_role(before, after)) & model.roles.get(answer, set())
    if ranks:  # "the emperor ____", "the priest ____": emperors or priests only, or none (typed, if at all)
        ranked = [n for n in ranked if model.roles.get(n, set()) & ranks]
        if len(_distinct(ranked, index, limit)) < limit:
            return []
    for own in ([n for n in ranked if n not in far | unlike], [n for n in ranked if n not in far]):
        if len(_distinct([n for n in own if n not in other_body], index, limit)) >= limit:
            ranked = own  # enough of the answer's own era, sort, side and station
            break
    else:  # neither tier offers enough: a body would stand among bodies of another time
        if kind is AnswerKind.ORG and any(n in far for n in ranked[:limit]):
            return []  # "his father was a member of the ____ group" (before 1881) among bodies of the 1920s: typed
        if kind in (AnswerKind.PERSON, AnswerKind.PLACE) and any(
                n in ages_apart for n in _distinct(ranked, index, limit)):
            return []  # a Roman governor among the Victorians of a statue's story, Mexico City beside the Cholula of
            # 1519: typed, if at all
    pool = _distinct([n for n in ranked if n not in other_body], index, limit * 2)  # too few bodies of the answer's
    # own sort (a legislature among a league, a commission and a flag): none (typed, if at all)
    if len(pool) < limit and kind is AnswerKind.PLACE and grain not in ("water", "event", "terrain") and (
            modern or grain != "local"):
        pool += [n for n in _gazetteer_options(answer, limit * 2, pool, excluded, folded_prompt, index, model,
                                               region, 0, bool(province))
                 if not asked or _townish(n, model) == (asked == "town")][:limit - len(pool)]
    if province and len(pool) < limit:
        pool = _distinct(pool + unplaced, index, limit)
    if (region or province) and len(pool) < limit:
        return []  # too few towns of that state, country or province to offer: none (typed, if at all)
    if len(pool) < limit and gender and not tells_gender(prompt):
        return rank_names(answer, kind, prompt, excluded, index, model, rng, genders, limit, any_gender=True,
                          when=when)
    if len(pool) > limit:
        chosen = pool[:limit - 1] + [rng.choice(pool[limit - 1:])]
        pool = [n for n in pool if n in chosen]
    if article and sum(not _TITLED.search(n) for n in pool) >= 2:
        return []  # "headed by the ____ and the Duke of York" (the Prince of Wales) beside three merchants, "Henry
        # Despenser, the ____" beside John of Gaunt and St Bartholomew: only the answer reads right; typed
    if "church" in station and sum("church" in _station(n, model) for n in pool) < 2:
        return []  # "protested the treatment of ____" (Father Smyth) among lay names: his title gives him away,
        # the more so after "Catholics"; typed, if at all
    if kind is AnswerKind.PERSON and reigning(answer) and not any(_sovereign(n, model) for n in pool):
        peer = next((n for n in ranked if _sovereign(n, model) and n not in pool and n not in far
                     and not any(_fold(n).split()[-1] == _fold(c).split()[-1] for c in pool[:limit - 1])), None)
        # never a second spelling of an option ("Mikael of Wollo" beside "Michael of Wollo")
        if peer is None:
            return []  # "the overthrow of ____" (Nicholas II) beside three revolutionaries: the numeral gives him
            # away; typed, if at all
        pool = [*pool[:limit - 1], peer]  # ... but not beside Alexander II, whom the text names once
    own = (told_gender(prompt) or genders.get(answer)) if kind is AnswerKind.PERSON else ""  # what the text tells
    if not all(_fits_gender(own, genders.get(n) or given_gender(n)) for n in pool):
        return []  # "Who was arrested in Chicago ...?" (Emma Goldman) beside three men, where the text names too few
        # women: the one woman is the answer; typed, if at all
    if kind is AnswerKind.PERSON and " " not in answer.strip() and first_name_gender(answer) in ("m", "f") and pool \
            and all(" " in n.strip() for n in pool):  # a given name alone, not one whole name ("Voltaire", "Puyi")
        single = next((n for n in ranked if " " not in n.strip() and n not in pool and n != answer
                       and n not in excluded and _fits_gender(own, genders.get(n) or given_gender(n))), None)
        if single is None:
            return []  # "her infant brother ____" (Stanley) beside "Ferdinand L. Barnett", "Will Stewart" and
            # "Frederick Douglass": the one name of one word is the answer; typed, if at all
        pool = [*pool[:limit - 1], single]  # ... unless another such name stands beside them
    return pool


_THE_HEADS = frozenset(
    "river rivers sea ocean bay gulf strait straits channel canal lake lakes mountains hills valley pass peninsula"
    " island islands isles indies coast desert plain plains forest wall walls road square palace castle district states"
    " kingdom republic empire union netherlands south north east west midwest territory territories colony provinces"
    " site memorial cathedral abbey bridge".split())
TERRAIN = frozenset("ridge escarpment plateau heights hill hills road valley plain plains forest wood woods river"
                    " crossroads pass front frontier border coast region area province diggings goldfields".split())
# nouns a place may stand before as a whole name ("the Brussels road", "the Mont-Saint-Jean escarpment")
_HEAD_NOUNS = TERRAIN | frozenset("roads farm army government side line sector highway railway route campaign"
                                  " expedition field fields".split())


_NAME_AFTER = re.compile(r",\s+((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)\s*(?:[,.;)]|$)")  # "____, New York, on"


def _fits_gender(own: str, other: str) -> bool:
    """May someone of gender ``other`` stand beside an answer of gender ``own``: beside a woman only a woman (or one
    whose gender the text leaves open, "?"), beside a man anyone but a woman, beside anyone else anyone?"""
    if own == "f":
        return other in ("f", "?")
    return own != "m" or other != "f"


def _region_after(after: str) -> str:
    """The country or US state the prompt puts the blank in ("____, New York, on ..."), if it names one."""
    found = _NAME_AFTER.match(after)
    return found.group(1) if found and is_region(found.group(1)) else ""


def _province_after(after: str, answer: str, index: EntityIndex, model: ContextModel) -> str:
    """The province the prompt puts a town in where the gazetteer lists it as no country or US state ("____,
    Victoria, Australia", "____, Ontario"): a place the text names that is no country; only for an answer the
    gazetteer knows as a town."""
    found = _NAME_AFTER.match(after)
    if not found or index.kinds.get(found.group(1)) is not AnswerKind.PLACE or is_region(found.group(1)):
        return ""
    name = found.group(1)
    if place_grain(name) in ("country", "water", "site") or not town_country(answer, model.countries):
        return ""
    return "" if town_country(name, model.countries) == town_country(answer, model.countries) else name  # not a
    # list of one country's towns ("Lyon, ____, Marseille")


def _the_blank(before: str, after: str) -> bool:
    """Is the blank a whole name read after "the" ("sent to the ____."), not a name before a noun ("the ____ road")?"""
    if not re.search(r"\b[Tt]he\s+$", before):
        return False
    word = re.match(r"\s+([a-z]+)\b", after)
    return word is None or word.group(1) not in _HEAD_NOUNS


def takes_the(name: str) -> bool:
    """Does a place's name read after "the" ("the Republic of Haiti", "the Liaodong Peninsula", "the United States"),
    unlike a town's or most countries' ("the Belfast", "the Korea")?"""
    words = _fold(name).split()
    return len(words) > 1 and (words[0] == "the" or "of" in words or words[-1] in _THE_HEADS) or (
        len(words) == 1 and words[0].endswith("s") and is_country(name))  # "the Netherlands", "the Philippines"


def with_articles(prompt: str, answer: str, options: list[str], index: EntityIndex) -> tuple[str, str, list[str]]:
    """Move the article of a place asked after "the" into the options where some of them do not read after it:
    "less democratic than that of the ____" offered "France" and "Sweden" gives "the United States" away; "than that
    of ____" with "the United States", "France" and "Sweden" does not.

    Args:
        prompt: the question's prompt.
        answer: the answer's name (the text writes it after "the" here).
        options: the wrong options' names.
        index: the entity index (whether the text writes a name after "the").

    Returns:
        The prompt, the answer and the options as shown, unchanged where every option reads after "the".
    """
    before, blank, after = prompt.partition(BLANK_MARK)
    the = re.search(r"\b[Tt]he\s+$", before)
    if not blank or not options or the is None or not _the_blank(before, after):
        return prompt, answer, options

    def takes(name: str) -> bool:
        return takes_the(name) or index.evidence.get(name, {}).get("article", 0) * 2 > index.counts.get(name, 0)

    if all(takes(o) for o in options):
        return prompt, answer, options
    options = [f"the {o}" if takes(o) and not o.lower().startswith("the ") else o for o in options]
    return before[:the.start()] + BLANK_MARK + after, f"the {answer}", options


# a person named by a title, who reads after "the": "the Duke of Alençon", "the Kangxi Emperor", "the Dauphin"
_TITLED = re.compile(r"^(?:Duke|Duchess|Earl|Count|Countess|Prince|Princess|King|Queen|Marquis|Marquess|Bishop"
                     r"|Archbishop|Bastard|Lord|Lady|Emperor|Empress|Dauphin|Pope|Cardinal|Baron|Baroness|Viscount"
                     r"|Viscountess|Governor|Regent|Elector|Margrave|Landgrave|Sultan|Shah|Khan|Tsar|Czar)\b"
                     r"|\b(?:Emperor|Empress|King|Queen|Khan)$")


_CLERICAL = frozenset("father fr friar brother sister reverend rev abbé abbot bishop archbishop cardinal pope saint st"
                      .split())  # "Saint Margaret" of Joan's visions is no one to offer beside a king or a captain


def _station(name: str, model: ContextModel) -> frozenset[str]:
    """What sets a person apart among the text's people, each a step apart: "divine" for a god, "church" for a
    churchman's or a saint's title ("Father Smyth", "Bishop Cauchon", "Saint Margaret"), "crown" for a monarch (a
    regnal number, "Henry V"; a throne name, "Qianlong Emperor"; a king's or emperor's title the text gives them, "the
    emperor Leopold", but not the surname of "Hugh King", nor a pope); neither for most (a marshal is not set apart
    from a duke)."""
    words, roles = name.split(), model.roles.get(name, set())
    church = len(words) > 1 and words[0].strip(".").lower() in _CLERICAL
    crown = "pope" not in roles and bool(REGNAL_NUMBER.fullmatch(words[-1]) and len(words) > 1 or words[-1] in (
        "Emperor", "Empress") or (roles & MONARCHS) - {w.lower() for w in words[1:]})
    divine = bool(roles & _DIVINE)  # "Andraste, a British goddess of victory": no official of the story
    return frozenset(mark for mark, held in (("church", church), ("crown", crown), ("divine", divine)) if held)


_DIVINE = frozenset({"god", "goddess", "deity"})


def reigning(name: str) -> bool:
    """Is a name a sovereign's by its form: a regnal number ("Nicholas II", "Louis XVI.", "John II of Alençon") or a
    throne name ("Qianlong Emperor")?"""
    words = name.split()
    return len(words) > 1 and (any(REGNAL_NUMBER.fullmatch(w) for w in words[1:])
                               or words[-1] in _THRONE_AFTER or words[0] in _THRONE_BEFORE)


_THRONE_AFTER = frozenset({"Emperor", "Empress"})  # "Qianlong Emperor"
_THRONE_BEFORE = frozenset({"Emperor", "Empress", "King", "Queen", "Tsar", "Sultan", "Pope"})  # "Emperor Yi"


def _sovereign(name: str, model: ContextModel) -> bool:
    """Is a person a sovereign, by the form of their name or by the title the text gives them?"""
    return reigning(name) or "crown" in _station(name, model)


def _distinct(ranked: list[str], index: EntityIndex, limit: int) -> list[str]:
    """The first ``limit`` names of a ranking, each standing for something different (no variant, other name or
    part of another)."""
    pool: list[str] = []
    for name in ranked:
        if not any(variant_of(name, c) or c in index.same_as.get(name, set()) or same_country(name, c) for c in pool):
            pool.append(name)
        if len(pool) == limit:
            break
    return pool


def _grain(name: str) -> str:
    """A place's grain, with the states of the United States a grain of their own ("Governor of ____": Ohio,
    never Canton)."""
    return "state" if us_state(name) else place_grain(name)


_BODIES = (
    ("armed", r"Army|Armies|Navy|Fleet|Corps|Brigade|Division|Regiment|Battalion|Legion|Guard|Guards|Cavalry|Infantry"
              r"|Artillery|Dragoons|Hussars|Lancers|Highlanders|Rifles|Fusiliers|Grenadiers|Chasseurs|Cuirassiers"
              r"|Ligne|Banners?|Militia|Police|Gendarmerie|Squadron|Company of \w+|Rangers|Carabiniers|Troop|Landwehr"
              r"|Legions|Volunteers|Marines|Zouaves|Uhlans|Sharpshooters"),
    ("realm", r"Dynasty|Empire|Kingdom|Republic|Khanate|Caliphate|Sultanate|Principality|Duchy|Shogunate|empire"
              r"|khanate|caliphate|sultanate|shogunate"),
    ("clan", r"Clan|Tribe|Confederacy|clan|tribe|confederacy|chiefdom"),
    ("state", r"Government|Cabinet|Ministry|Office|Department|Bureau|Commission"
              r"|Council|Court|Parliament|Senate|Congress|Assembly|Convention|Diet|Reichstag|Board|Service|Agency"),
    ("party", r"Party|League|Club|Opposition|International|Federation|Union|Movement|Front|Group|Gang|Brotherhood"
              r"|Alliance|Coalition|Society|Association|Committee|Order|Circle|Faction|Democracy|Democrats|Socialists"
              r"|Communists|Republicans|Conservatives|Liberals|Radicals|Unions"),
    ("school", r"University|College|School|Institute|Academy|Institution|Hospital|Foundation|Observatory"),
    ("trade", r"Bank|Company|Corporation|Trust|Fund|Railway|Railroad|Works|Press|Exchange"),
    ("press", r"Times|Journal|Gazette|Review|Tribune|Post|Herald|Advertiser|Argus|Star|Standard|Chronicle|Courier"
              r"|Magazine|Observer|Examiner|Mercury|Telegraph|Globe|Liberator"),
    ("church", r"Church|Chapel|Synod"),
)
_BODY = dict((sort, re.compile(rf"\b(?:{words})$")) for sort, words in _BODIES)
_PUBLICATION = _BODY["press"]  # a newspaper may stand among works
_UNIT_LEVELS = tuple((level, re.compile(rf"\b(?:{words})$")) for level, words in (
    ("army", r"Army|Armies|Navy|Fleet"), ("corps", r"Corps"), ("division", r"Division"), ("brigade", r"Brigade"),
    ("regiment", _BODIES[0][1])))


def _unit_level(name: str) -> str:
    """A military unit's level by the word its name ends with ("VI Corps" a corps, "105th Ligne" a regiment), or ""."""
    return next((level for level, pattern in _UNIT_LEVELS if pattern.search(name)), "")


TOWN_OF_NOTE = 100_000  # a town the text does not name is offered only if it is large: old, and not a suburb
_TOWN_WORDS = frozenset("capital city town village port seaport".split())
_NOT_LANDS = frozenset("fort fortress castle prison plain plains ridge hill hills forest wood woods camp palace house"
                       " hotel farm church cathedral abbey road bridge square street".split())
_LAND_WORDS = frozenset("colony colonies province state country kingdom territory region island".split())
_SITE_WORDS = frozenset("house farmhouse farm inn tavern hotel castle chateau château manor palace fortress prison"
                        " abbey church cathedral chapel monastery convent".split())
_PLURALS = {"capitals": "capital", "cities": "city", "towns": "town", "villages": "village", "ports": "port",
            "provinces": "province", "states": "state", "countries": "country", "kingdoms": "kingdom",
            "territories": "territory", "regions": "region", "islands": "island"}  # "the provinces of ____ and Jilin"
_ASKED = (re.compile(r"\b([a-z]+)(?:\s+of)?,?\s+(?:the\s+)?"
                     r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*,?\s+(?:and|or)\s+)?____"),
          # "the capital, ____", "the colony of ____", "the towns of Kherson and ____"
          re.compile(r"____,\s+(?:an?|the)\s+((?:[\w-]+\s+){0,2}[a-z]+)\b"))  # "____, a small town"


_WATER = re.compile(r"\b(?:[Rr]ivers?|[Ll]akes?|[Ss]eas?)\s+(?:[A-Z][\w'’-]*,?\s+){0,3}(?:and\s+|or\s+)?____"
                    r"|____\s+(?:[Rr]ivers?|[Ll]ake)\b")


def asked_grain(prompt: str) -> str:
    """The grain of place a prompt's own words ask for: "river" ("the rivers Yalu and ____", "the ____ River"),
    "water" ("the lake ____"), "town" ("the Ming capital, ____", "the city of ____", "____, a small town"),
    "land" ("the colony of ____", "the province of ____"), "site" ("____, the house where he had spent the night"),
    else ""."""
    water = _WATER.search(prompt)
    if water:
        return "river" if "iver" in water.group() else "water"
    for pattern in _ASKED:
        for m in pattern.finditer(prompt):
            words = {_PLURALS.get(w, w) for w in m.group(1).split()}
            if words & _TOWN_WORDS:
                return "town"
            if words & _LAND_WORDS:
                return "land"
            if words & _SITE_WORDS and pattern is _ASKED[1]:
                return "site"  # not "the fortress of ____" (Wronke), "the palace of ____": named after their towns
    return ""


_SORT_WORDS = {
    "armed": "army armies regiment regiments brigade division corps battalion battalions cavalry infantry troops"
             " police guard guards militia squadron",
    "state": "government ministry parliament council court assembly congress senate cabinet department",
    "party": "party parties league club union movement society association group faction alliance",
    "school": "university college school academy institute",
    "trade": "bank company firm corporation",
    "press": "newspaper newspapers paper journal magazine weekly daily",
}
_SORT_OF_WORD = {w: sort for sort, words in _SORT_WORDS.items() for w in words.split()}


def asked_sort(prompt: str, width: int = 4) -> str:
    """The sort of body a prompt's words give its blank ("the SPD, the largest socialist party"; "the Chicago paper
    ____"): the first sort word within ``width`` words before the blank, or after it (eight in an apposition
    after it), else ""."""
    before, _, after = prompt.partition(BLANK_MARK)
    after_width = 8 if after.startswith(",") and width > 2 else width  # "____, the largest ... party"
    near = re.findall(r"[a-z]+", before.lower())[-width:][::-1] + re.findall(r"[a-z]+", after.lower())[:after_width]
    return next((_SORT_OF_WORD[w] for w in near if w in _SORT_OF_WORD), "")


def _head_word(name: str) -> str:
    """The noun that says what a body or a document is, where its name has one: "Treaty" of "Treaty of Nerchinsk",
    "Party" of "Liberty Party"; "" for a name that tells nothing ("Die Rote Fahne", "Narrative of the Life")."""
    words = re.sub(r"^(?:The|the)\s+", "", name).split()
    if len(words) >= 3 and words[1] == "of" and words[0] in _HEADS:
        return words[0]
    return words[-1] if len(words) >= 2 and words[-1] in _HEADS else ""


_HEADS = frozenset("Treaty Convention Peace Edict Act Declaration Proclamation Constitution Charter Code Bill Law"
                   " Party League Society Union Association Club Committee Council Congress Assembly Army Regiment"
                   " Brigade Division Corps Battalion Guard Guards Company Bank University College School Academy"
                   " Institute Church Times Post Herald Gazette Journal Review Tribune Standard Star Movement"
                   " Rebellion Revolt Uprising War Battle".split())


def _building(name: str) -> str:
    """The kind of building a place's name says it is ("Castle" of "Kiyosu Castle"), or ""."""
    last = name.split()[-1] if name.split() else ""
    return last if last in _BUILDINGS else ""


_BUILDINGS = frozenset("Castle Fort Fortress Palace Abbey Cathedral Prison Gaol Jail Temple Monastery Priory Friary"
                       " Barracks Tower".split())


def _townish(name: str, model: ContextModel) -> bool:
    """Is a place a town: a town of the gazetteer (and no country or state), or one the text calls a town?"""
    return (place_evidence(name) == 1.0 and name not in model.articled) or bool(
        model.near.get(name, set()) & _TOWN_WORDS)


_APART = frozenset({"armed", "press", "trade", "law", "realm"})  # sorts that never stand among others' options


def org_grain(name: str) -> str:
    """An organisation's sort, by its last word or its number, so that regiments compete with regiments and
    parties with parties ("the 42nd", "Imperial Guard": armed; "Left Opposition": party; "Institute of Anatomy":
    school); "" when its name does not tell."""
    if re.match(r"\d+(?:st|nd|rd|th|e|er)?\b", name):
        return "armed"  # "1st Life Guards", "45e Ligne"
    if re.match(r"(?:Convention|Treaty|Peace|Treaties) of\b", name):
        return "law"  # "the Convention of Tientsin" was signed, not convened
    words = name.split()
    if len(words) == 2 and is_country(words[1]) and not is_country(words[0]):
        return "realm"  # "Ming China", "Tsarist Russia": a state in its time, not a body within it
    head = re.sub(r"\s+of\b.*$", "", name) if re.search(r"\bof\b", name) else name
    for sort, pattern in _BODY.items():
        if pattern.search(head) or pattern.search(name):
            return sort
    return ""


_LAW = re.compile(r"\b(?:Act|Acts|Tariff|Charter|Amendment|Treaty|Treaties|Edict|Constitution|Code|Bill|Declaration"
                  r"|Proclamation|Law|Laws|Accord|Accords|Agreement|Compact|Peace|Protocol|Ordinance|Decree|Statute"
                  r"|Resolution|Concordat|Pact|Articles)\b")


def work_grain(name: str) -> str:
    """A work's sort, so that treaties compete with treaties and newspapers with newspapers: "law" (an act, a
    treaty, a charter), "press" (a paper, which the model may call an organisation), else "writing"."""
    if _LAW.search(name):
        return "law"
    if _PUBLICATION.search(name):
        return "press"
    return "writing"


def _kin(kind: AnswerKind, other: AnswerKind, name: str) -> bool:
    """May a name of another kind stand among a work's options: a newspaper the model calls an organisation?"""
    return kind is AnswerKind.WORK and other is AnswerKind.ORG and bool(_PUBLICATION.search(name))


def _gazetteer_options(answer: str, wanted: int, pool: list[str], excluded: set[str], folded_prompt: str,
                       index: EntityIndex, model: ContextModel, region: str = "", min_population: int = 0,
                       province: bool = False) -> list[str]:
    """Places the text does not name, to complete a place's options when the text names too few of its grain
    (towns of the same country; where the prompt names a state or country, only its towns, and where it names a
    province the gazetteer does not list, the towns of the answer's own province; countries of the same
    continent)."""
    named = {_fold(n) for n in index.kinds}
    land = town_country(answer, model.countries) if _grain(answer) == "local" and not (region or province) else ""
    if land and not model.placed.get(land, frozenset()) - {answer}:
        return []  # "Goa", to the gazetteer a town of the Philippines only, where no other place of the text lies:
        # not Sorsogon and Legaspi; where a town lies, only the text's other places may tell
    if province:
        found = province_towns(answer, model.countries, TOWN_OF_NOTE)
    else:
        found = similar_places(answer, model.countries, region=region, min_population=min_population)
    if region:  # "Pendleton, Indiana", a town the gazetteer does not know there: the largest towns of Indiana
        more = () if _grain(answer) == "county" else region_towns(region, max(min_population, TOWN_OF_NOTE // 2))
        found = tuple(n for n in (*found, *more) if in_region(n, region))
    out: list[str] = []
    for name in found:
        if len(out) == wanted:
            break
        if _fold(name) in named or _fold(name) in folded_prompt or name in excluded or any(
                variant_of(name, c) or same_country(name, c) for c in (answer, *pool, *out)):
            continue
        if other_names(name) & named:
            continue  # "Andijon" where the text names Andijan: the same town
        out.append(name)
    return out


PLACE_LATER = 150  # years: a place the text names only this much after a question's time is of another age
MODERN_MAP = 1800  # the year from which the gazetteer's towns may stand beside the text's own places (not "Mumbai"
# and "Karachi" beside the Lahore of 1524)
BLANK_MARK = "____"
_GENDERED = re.compile(
    r"\b(?:wife|husband|widow|widower|son|daughter|mother|father|sister|brother|niece|nephew|aunt|uncle|woman"
    r"|women|man|men|girl|boy|queen|king|mrs|mr|miss|lady|lord|actress|empress|emperor|princess|prince|duchess"
    r"|duke|countess|count|wives|married|marry|marries|wed|wedded|fiancée|fiancé|mistress)s?\b", re.I)
_PRONOUN_AFTER = re.compile(r"\b(?:she|he|herself|himself)\b", re.I)


def may_be_a_woman(prompt: str) -> bool:
    """Does the prompt leave room for a woman in its blank: "she" or a woman's role just after it ("____, who was the
    mother"), a birth ("Who gave birth to ...?"), or a marriage just before ("married ____")? Not "the daughter of
    ____", whose daughter is another."""
    before, _, after = prompt.partition(BLANK_MARK)
    words = re.findall(r"[A-Za-z'’]+", after)[:6]
    return bool(_HER_AFTER.search(after) or _BIRTH.search(prompt) or any(
        w.lower() in _WOMEN and not (i and re.fullmatch(r"(?i)his|her|their|\w+['’]s?", words[i - 1]))
        for i, w in enumerate(words)) or _WEDDED_BEFORE.search(before) or _HER_ROLE_APPOSED.match(after))
    # "____, his wife,": hers; not "____ reunited Babur with his sister"


_WOMEN = frozenset(w for w, g in ROLE_GENDER.items() if g == "f")  # "wife", "mother", "concubine" ...
_HER_ROLE_APPOSED = re.compile(r"\s*,\s*(?:his|her|their|[\w-]+['’]s?)\s+(?:[a-z-]+\s+)?(?:"
                               + "|".join(sorted(_WOMEN)) + r")\b", re.I)


_BIRTH = re.compile(r"\b(?:gave birth|give birth|gives birth|bore)\b")
_WEDDED_BEFORE = re.compile(r"\b(?:married|marry|marries|wed|wedded|wife|widow|mistress|fiancée|woman|women|queen"
                            r"|empress|princess|lady)\W+(?:\w+\W+){0,2}$", re.I)


def told_gender(prompt: str) -> str:
    """The gender the prompt gives its blank: a role just before or after it ("his great-great-grandfather, ____",
    "____, his sister,"); else ""."""
    before, _, after = prompt.partition(BLANK_MARK)
    role = ROLE_BEFORE.search(before) or ROLE_AFTER.match(after)
    listed = _ROLE_LIST.search(before)
    if role is None and listed is not None:  # "Her sisters, Kambu and ____", "the future kings Alexander Liholiho and
        # ____": one of those the plural names
        return ROLE_GENDER.get(listed.group(1).lower().removesuffix("s").replace("wive", "wife"), "")
    return ROLE_GENDER.get(role.group(1).lower(), "") if role else ""  # not a pronoun after it: "With ____ she
    # edited", "ennobled by ____ as a reward for her actions" are the sentence's subject's


_ROLE_LIST = re.compile(r"\b(?:his|her|their|the|two|three|four)\s+(?:[\w-]+\s+)?(" + "|".join(
    sorted({f"{r}s" for r in ROLE_GENDER} | {"wives"})) + r"),?\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*,?\s+)+and\s+$",
    re.I)


def tells_gender(prompt: str) -> bool:
    """Does the prompt tell the blank's gender: a role beside it ("his wife ____", "____, a free black woman")
    or a pronoun just after it ("____ said she would")? A "her" about someone else ("Her closest friend was
    ____") does not."""
    before, _, after = prompt.partition(BLANK_MARK)
    near_before = " ".join(before.split()[-3:])
    near_after = " ".join(after.split()[:6])
    return bool(_GENDERED.search(near_before) or _GENDERED.search(near_after) or _PRONOUN_AFTER.search(near_after)
                or _PARENTS.search(before) or _HER_AFTER.search(after) or _ROLE_LIST.search(before))


_HER_AFTER = re.compile(r"\b(?:she|her|herself)\b", re.I)  # "the speaker ____ lectured, and he said that her
# words set his mind on fire": a woman among men would stand out, wherever after the blank "she" comes


_PARENTS = re.compile(r"\b(?:(?:son|daughter|child|children|sons|daughters)\s+of|born\s+to)\s+"
                      r"(?:(?:[A-Z]|d['’])[\w'’.-]*\s+|(?:de|du|von|van|der|la|le)\s+){1,5}and\s+$")
# "the daughter of Jacques d'Arc and ____", "born to Jacques d'Arc and ____": the other parent, a woman


def vouched(name: str, index: EntityIndex, genders: dict[str, str]) -> bool:
    """Is a name's kind vouched for by a second mention, or by something beside the model (a gazetteer, a
    shape, a gender)?

    Args:
        name: a typed name of the index.
        index: the entity index.
        genders: people's genders.

    Returns:
        False for a name met once that only the model's label types.
    """
    if name not in index.kinds:
        return bool(place_evidence(name))  # a place of the gazetteer, offered where the text names too few
    if index.counts[name] >= 2:
        return True
    kind = index.kinds[name]
    if kind is AnswerKind.PLACE:
        return bool(place_evidence(name)) or bool(PLACE_SHAPE.search(name))
    if kind is AnswerKind.PERSON:
        return name in genders
    if kind is AnswerKind.ORG:
        return bool(ORG_SHAPE.search(name)) or name.isupper()
    return True


def date_options(iso: str, rng: random.Random, avoid: set[str], limit: int = 3, same_year: bool = False,
                 step: int = 1, same_month: bool = False, side: int = 0) -> list[str]:
    """Make wrong dates of the same granularity as the answer, near enough to be plausible: other years of the same
    month and day, or, when the prompt shows the year, other months and days of that year.

    Args:
        iso: the right ISO partial date.
        rng: a seeded random generator.
        avoid: ISO dates that must not be offered.
        limit: how many to return.
        same_year: only dates of the answer's year (the prompt shows the year elsewhere).
        step: years between wrong years (4 for a presidential election: an election year beside election years).
        same_month: only other days of the answer's month (the prompt shows its month and year: "On 14 August 1791
            they met ... The revolt broke out on the night of ____").
        side: -1 for earlier dates only ("By ____ she was a regular at Court": a later one would be true too), 1 for
            later ones only ("after ____"), 0 for either (see ``date_side``).

    Returns:
        ``limit`` ISO partial dates of the answer's granularity (the interchange format's form), in random order.
    """
    year, month, day = split_iso(iso)
    if year is None:
        return []
    if month is None or not same_year:
        # the year is what a student can know: "5 July 1852" against "5 July 1850", never against "2 July 1852"
        if (month, day) == (2, 29):
            step = max(step, 4)  # "29 February 1896": a leap day is offered in other leap years, not in none
        years = [year + d * step for d in (-3, -2, -1, 1, 2, 3, 4, -4)]
        pool = [iso_of(y, month, day) for y in years if y and (y > 0) == (year > 0)  # no year 0, and BC stays BC
                and (day is None or month is None or day <= month_days(y, month))]
    else:  # "in 1854 ... on ____": other months, and days of the same month, of that year
        pool = [iso_of(year, mm, day) for mm in range(max(1, month - 4), min(12, month + 4) + 1)
                if mm != month and (day is None or day <= 28)]
        if day is not None and same_month:
            pool = []
        if day is not None:
            pool += [iso_of(year, month, dd) for dd in (day - 7, day - 3, day + 3, day + 7, day + 10, day - 10, 1, 12,
                                                        20) if 1 <= dd <= 28]
    pool = [p for p in dict.fromkeys(pool) if p != iso and p not in avoid
            and (side == 0 or (date_key(p) > date_key(iso)) == (side > 0))]
    rng.shuffle(pool)
    return pool[:limit]
