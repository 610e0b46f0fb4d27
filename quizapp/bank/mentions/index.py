"""Every named thing of a text: its mentions, its kind with a confidence, and its one canonical name."""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from quizapp.bank.mentions.kinds import (
    DOCUMENT_SHAPE,
    EVENT_SHAPE,
    KIN_NOUNS,
    ORG_SHAPE,
    PLACE_SHAPE,
    PERSON_NOUNS,
    combine,
    decide,
    name_evidence,
    span_evidence,
)
from quizapp.bank.mentions.lexicons import first_name_gender, is_demonym, place_evidence
from quizapp.bank.mentions.names import REGNAL_NUMBER, a_family, aliases, fold
from quizapp.bank.mentions.spans import HONORIFICS, Span, find_spans
from quizapp.bank.nlp.parse import Parse
from quizapp.bank.text.sentences import Sentence
from quizapp.bank.types import AnswerKind

_NUMBER_LABELS = ("CARDINAL", "MONEY", "QUANTITY")
_SACRED = frozenset({"God", "Jesus", "Christ", "Jesus Christ", "Heaven", "Hell", "Providence", "Allah", "Satan",
                     "Devil", "Virgin", "Holy Spirit", "Holy Ghost", "Lord", "Almighty", "Paradise", "Creator"})
_GROUP = re.compile(r"[A-Za-z](?:ers|ans|ists|ites|iks|oons|ards|iers|ains|ars|ics|ese)$")


@dataclass(frozen=True)
class Mention:
    """One mention of a named thing: offsets into its sentence (``title_start`` includes a title such as
    "King"), the text as written and the canonical name (``key``) it stands for."""

    sentence: int
    start: int
    end: int
    text: str
    key: str
    label: str
    title_start: int = -1

    @property
    def blank_start(self) -> int:
        """Where a blank for this mention begins (its title included)."""
        return self.title_start if 0 <= self.title_start < self.start else self.start


@dataclass
class EntityIndex:
    """The text's mentions; each canonical name's kind, confidence and mention count; doubtful names."""

    mentions: list[Mention]
    kinds: dict[str, AnswerKind]
    confidence: dict[str, float]
    counts: Counter[str]
    by_sentence: dict[int, list[Mention]]
    same_as: dict[str, set[str]] = field(default_factory=dict)
    doubtful: set[str] = field(default_factory=set)
    evidence: dict[str, Counter] = field(default_factory=dict)  # type: ignore[type-arg]
    maybe_people: dict[int, list[Mention]] = field(default_factory=dict)
    groups: frozenset[str] = frozenset()  # peoples and factions ("the Bolsheviks"): bodies asked typed, never offered

    @cached_property
    def families(self) -> frozenset[str]:
        """The people's names that are a family's, in the plural ("the Van Wagenens" beside "Isaac Van Wagenen"):
        typed when asked, never offered. Found once per text, not once per question."""
        return frozenset(k for k, kind in self.kinds.items() if kind is AnswerKind.PERSON and a_family(k, self.kinds))

    @cached_property
    def _scale(self) -> tuple[float, int]:
        """The mention count at which a name counts as fully central (the second-most mentioned, within 2 to 6),
        and the most mentions of any name."""
        ranked = sorted(self.counts.values(), reverse=True)
        second = ranked[1] if len(ranked) > 1 else 2
        return math.log1p(max(2, min(6, second))), (ranked[0] if ranked else 1)

    def centrality(self, key: str) -> float:
        """How central a name is to the text, 0 to 1: more mentions, more central, but the name that fills
        half the text (its main subject, or a side everyone fights) a little less."""
        scale, most = self._scale
        count = self.counts[key]
        return min(1.0, math.log1p(count) / scale) * (0.8 if count > 0.5 * most else 1.0)


def build_index(sentences: list[Sentence], parses: list[Parse], hint: str = "") -> EntityIndex:
    """Find, type and merge the named things of a text.

    Args:
        sentences: its sentences.
        parses: their parses, in the same order.
        hint: the text's title; among several full names a short name could stand for, the title's wins.

    Returns:
        The entity index. Names whose kind the evidence leaves in doubt, and short names that could
        stand for several people, are in ``doubtful`` and have no kind.
    """
    spans: list[Span] = []
    numbers: list[Mention] = []
    norp: set[str] = set()
    for s, parse in zip(sentences, parses, strict=True):
        spans.extend(find_spans(s.index, s.text, parse))
        norp.update(s.text[a:b] for a, b, label in parse.ents if label == "NORP")
        numbers.extend(Mention(s.index, a, b, s.text[a:b], s.text[a:b], label)
                       for a, b, label in parse.ents if label in _NUMBER_LABELS)
    lowered = _lowercase_words(sentences)
    spans = _unfused(spans, sentences, lowered)
    votes: dict[str, Counter[AnswerKind]] = defaultdict(Counter)
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for sp in spans:
        votes[sp.text].update(span_evidence(sp, sentences[sp.sentence].text, parses[sp.sentence], norp))
        labels[sp.text][sp.label] += 1
        if _modifier(sp, parses[sp.sentence]):
            labels[sp.text]["modifier"] += 1
    for name, v in votes.items():
        v.update(name_evidence(name, v))
    early = {n: None if v["thing called"] * 2 >= labels[n].total() - labels[n]["modifier"] else decide(combine(v))[0]
             for n, v in votes.items()}
    alias, ambiguous = aliases(votes, early, hint, frozenset(lowered))
    peoples = _peoples(labels)
    alias = {short: full for short, full in alias.items() if short not in peoples}  # "Jurchen" is not "Jurchen Jin"
    kin = _named_as_kin(sentences)
    ambiguous |= {short for short, full in alias.items() if short in kin and REGNAL_NUMBER.fullmatch(full.split()[-1])}
    ambiguous |= _other_kin(sentences, alias)
    alias = {short: full for short, full in alias.items() if not _told_before(short, full, spans, sentences, hint)}
    alias = {short: full for short, full in alias.items() if short not in ambiguous}  # "his son Charles" is no
    # "Charles II" (a king the text names by number): a relative named by first name alone is anyone of that name
    merged: dict[str, Counter[AnswerKind]] = defaultdict(Counter)
    merged_labels: dict[str, Counter[str]] = defaultdict(Counter)
    for name, v in votes.items():
        target = alias.get(name, name)
        if " " not in name and " " in target:
            v = Counter({k: n for k, n in v.items() if k in ("ner:person", AnswerKind.PERSON)})  # a surname's
            # own labels ("Nightingale" a place to the model) say nothing against the person's full name
        merged[target].update(v)
        merged_labels[target].update(labels[name] if target == name or " " in name else {})
    starts = _only_at_sentence_start(spans, sentences)
    quoted: dict[str, bool] = {}
    for sp in spans:  # a name written in full only inside quotation marks (its short forms may stand outside)
        quoted[sp.text] = quoted.get(sp.text, True) and any(a <= sp.start and sp.end <= b
                                                            for a, b in sentences[sp.sentence].quotes)
    kinds: dict[str, AnswerKind] = {}
    confidence: dict[str, float] = {}
    doubtful: set[str] = set(ambiguous)
    groups: set[str] = set()
    singular = frozenset(w for s in sentences for w in re.findall(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b", s.text)) | norp
    surnames = frozenset(sp.text.split()[-1] for sp in spans if sp.label == "PERSON" and " " in sp.text)
    whole = "\n".join(s.text for s in sentences)
    glosses = _glosses(spans, sentences)
    titled = frozenset(re.findall(r"[A-Z][\w'’-]+", hint))  # "Sobekneferu" opening every sentence that names her: the
    # title names her, so she is no common word capitalised by its place
    for name, v in merged.items():
        if name in ambiguous:
            continue
        kind, share = decide(combine(v))
        torn = kind is None  # the evidence split, before any rule below set a kind aside
        loose = " " not in name and not name.isupper() and not ORG_SHAPE.search(name) and v[AnswerKind.ORG] < 1
        if kind is None and not loose:
            kind, share = _site(name, combine(v), v)
        if kind is None and v[AnswerKind.PLACE] >= PLACE_BEYOND_DOUBT and v[AnswerKind.PERSON] + v[AnswerKind.ORG] < 1:
            kind, share = AnswerKind.PLACE, SITE_CONFIDENCE  # "his army had taken Gao, the chief city of the Songhai":
            # the text calls it a place, and only the model and a name list call it a person
        if " " not in name and (name.lower() in lowered or (name in starts and v["name:place"] < COUNTRY_VOTE
                                                           and name not in titled)):
            kind = None  # a common word that is sometimes capitalised ("Party", "Typhus"); not a city the gazetteer
            # knows well that the text names only as a subject ("Sevastopol fell in September 1855")
        if loose and kind in (AnswerKind.ORG, None):
            # one word the model calls an organisation, with nothing in the text to say so ("Freeland", and
            # towns it does not know: "met at Epernay"): the other evidence decides, less surely
            kind, share = decide(combine(Counter({k: n for k, n in v.items() if k != "ner:org"})))
            share *= 0.85
            known = (v["name:place"] >= COUNTRY_VOTE or (v["name:place"] >= TOWN_VOTE and (
                v["ner:place"] or v[AnswerKind.PLACE]))) and name.lower() not in lowered and not (
                v["ner:person"] or v[AnswerKind.PERSON] or v["name:person"] or merged_labels[name]["modifier"])
            # "Spain" opening its sentences, "Kilmarnock" (once "at", once a body): a country the gazetteer knows, or
            # a town it knows that the text or the model once calls a place; never one called a person, a common
            # word or only a modifier ("Canning", "a Sterling submachine gun")
            town = kind is AnswerKind.PLACE and (v[AnswerKind.PLACE] >= 1 or known) and not v["article"] \
                and not re.search(r"(?:ic|ian|ism|ist|ese)$", name)
            if not (town or (kind is AnswerKind.PERSON and (v["name:person"] >= 1 or (
                    v[AnswerKind.PERSON] >= 1.5 and v[AnswerKind.PERSON] > v[AnswerKind.PLACE] + v[AnswerKind.ORG])))):
                # a first name, or what the text says of them ("another half-brother, Mpande, who")
                kind = None
        if kind is AnswerKind.PERSON and " " not in name and not v["name:person"] and name not in surnames and (
                re.search(r"[a-z](?:ist|ite)s?$", name) or f"{name}s" in singular):
            kind = None  # "a staunch Royalist", "the Jacobites", "the moderate Whig" beside "the Whigs": a follower of a
            # cause, no one's name
        if kind is AnswerKind.PERSON and not v["name:person"] and not _one_man(name, v, labels) and re.fullmatch(
                r"(?:[A-Z][\w-]*\s+)?[A-Z][a-z]+[bdgklnrt]s", name.split(" of ")[0]):
            kind = None  # "the Mamluks of Egypt", "mostly Kipchak Turks": a people in the plural, no one's name
        if kind is AnswerKind.PLACE and re.fullmatch(r"[A-Z][a-z]+[bdgklnrt]s(?<!lands)", name) and v["article"] \
                and not v["ner:place"] and not place_evidence(name):
            kind = None  # "he fled to the Turks at Bender": a people, whom the model did not call a place (but "the
            # Lowlands" are one)
        if kind is AnswerKind.PERSON and re.search(r"\w['’]s\s+[A-Z]", name):
            kind = None  # "Geoffrey of Monmouth's History": a man's work, no man (it was offered among Boudica's poets)
        last = name.split()[-1].lower()
        if kind is AnswerKind.PERSON and (" " not in name or (last in lowered and last not in PERSON_NOUNS)) \
                and v["article"] * 2 >= sum(labelled_counts(labels[name]).values()):
            kind, share = (AnswerKind.PLACE, 0.7) if " " not in name and v[AnswerKind.PLACE] and not v[
                AnswerKind.PERSON] and not v["name:person"] and name not in peoples and not labels[name]["modifier"] \
                else (None, 0.0)  # "the Mongols", "the Dauphin", "the Eureka Flag": a people, a title or a thing;
            # "his ashes were thrown into the Rhine", "on display at the Louvre": where the text writes a place, a place
        words = name.split()
        if kind is AnswerKind.PERSON and len(words) > 1 and words[0].strip(".").lower() in HONORIFICS \
                and all(w.lower() in lowered for w in words[1:]):
            kind = None  # "Vice Presidential nominee", "Prince Regent": a title and a common word, no one's name
        if kind in (AnswerKind.PERSON, AnswerKind.PLACE) and _GROUP.search(name) and not place_evidence(name) \
                and v[AnswerKind.PLACE] < 2 and v["name:person"] < FIRST_AND_SURNAME and not _one_man(name, v, labels):
            kind = None  # "Nassauers", "Empress Dragoons": a body of people; not "Erskine Childers"
        mentioned = sum(labelled_counts(merged_labels[name]).values())
        modifier = merged_labels[name]["modifier"]
        if kind in (AnswerKind.PERSON, AnswerKind.PLACE) and (modifier >= 3 and modifier * 3 >= mentioned * 2 or (
                kind is AnswerKind.PLACE and " " not in name and modifier >= 2 and modifier >= mentioned)):
            kind = None  # "the Manchu name", "the Khorchin Mongol domains": a people's name used as an adjective; "the
            # Indian subcontinent", "the Indian state of Rajasthan", and nothing else: an adjective, no place
        if kind in (AnswerKind.PERSON, AnswerKind.PLACE) and " " not in name and v["named thing"] * 2 > mentioned:
            kind = None  # "buried at Whitefield's Tabernacle", and mostly so: a building's name, no one's, no town
        if kind is AnswerKind.PERSON and modifier and modifier >= mentioned:
            kind = None  # "a small Iver Johnson revolver", and nothing else: a maker's mark, no person of the story
        if kind is AnswerKind.ORG and len(words) > 1 and v[AnswerKind.PERSON] > v[AnswerKind.ORG] and not v["article"] \
                and not any(ORG_SHAPE.search(w) for w in words) and all(w[:1].isupper() for w in words):
            kind, share = AnswerKind.PERSON, 0.7  # "Imagawa Yoshimoto gathered an army ... his march": a body to the
            # model alone, a man to what the text says of him (else "his march" became Oda Nobunaga's)
        if torn and kind is None and len(words) > 1 and v[AnswerKind.PERSON] >= 1.5 and not v[AnswerKind.ORG] \
                and not v[AnswerKind.PLACE] and not v["article"] and not v["ner:place"] \
                and not any(ORG_SHAPE.search(w) or PLACE_SHAPE.search(w) for w in words) \
                and all(w[:1].isupper() for w in words) and not re.search(r"[a-z](?:ans|ists|ites|ers|ics)$", name):
            kind, share = AnswerKind.PERSON, 0.7  # "Ōkubo Toshimichi was assassinated in Tokyo": a body once to the
            # model, no first name the tables know, but what is done to people alone
        if kind in (AnswerKind.ORG, AnswerKind.WORK) and _not_a_body(name, v, kind):
            kind = None
        if kind is AnswerKind.WORK and v[AnswerKind.WORK] < 1:
            kind = None  # the model's unquoted "work of art", with no cue ("book", "play", quotation marks) behind it
        if kind is AnswerKind.PERSON and v["one of"] * 2 >= mentioned:
            kind = None  # "a Texas Ranger", and mostly so: a calling, no one's name
        if kind is AnswerKind.PLACE and " " not in name and v["a kind"] * 2 >= mentioned and not v[AnswerKind.PLACE] \
                and not (merged_labels[name]["GPE"] + merged_labels[name]["LOC"]):
            kind = None  # "whether Monmouth or a Republic would succeed him": a kind of state, no place, whatever
            # a gazetteer's town of that name says
        if kind is AnswerKind.PERSON and quoted.get(name) and len(words) >= 3:
            kind = None  # '"Qing Taizu Wu Huangdi Shilu"': three words and more written only inside quotation marks, a
            # title (not "van Bylandt" of "Brigade van Bylandt", whom the text names outside them as Bylandt)
        if kind is AnswerKind.PERSON and v["its"] and not v["name:person"] \
                and v[AnswerKind.PERSON] < PERSON_BEYOND_DOUBT:
            kind = None  # "Grenoble opened its gates": a person to the model once, but a doer whose own is "its"
        if kind is AnswerKind.PERSON and v["thing called"] * 2 >= mentioned:
            kind = None  # "a road ... which is still called Darb Zubaidah": a thing named after someone, no one
        if kind is AnswerKind.PERSON and v["conferred"] * 2 >= mentioned:
            kind = None  # "was made Earl of Lovelace and Viscount Ockham": a title someone was given, not a person
        if kind is AnswerKind.PERSON and " " not in name and (v["title of"] + v["house of"]) * 2 > mentioned:
            kind = None  # mostly "the Duke of Burgundy" or "the house of Bourbon": a title's place or a family
        if name in peoples and not (kind is AnswerKind.PERSON and v[AnswerKind.PERSON] >= PERSON_BEYOND_DOUBT) \
                and not (kind is AnswerKind.PLACE and v[AnswerKind.PLACE] >= PLACE_BEYOND_DOUBT
                         and not is_demonym(name)):
            kind = None  # "the Jurchens", "a Jurchen general": a people, whatever the model says; not "Zwide", whom
            # the text gives a mother, an army and a chief's title however often the model calls him a people, nor
            # "the city of Andijan"
        group_word = any((w in peoples or w in norp) and (w not in labels or labels[w]["modifier"] or f"{w}s" in labels)
                         for w in (words[0], words[-1]))  # "the Khorchin Mongol domains", "the Jurchens"; not
        # "Saigō" of "Saigō Takamori", a people to the model, but only ever a subject or an object, as people are
        if kind is AnswerKind.PERSON and len(words) > 1 and group_word and first_name_gender(words[0]) not in (
                "m", "f") and words[0].lower() not in HONORIFICS and all(w[:1].isupper() for w in words):
            kind = None  # "the Khorchin Mongol", "Jurchen Jin": a people's branch or state, not a person
        if kind is AnswerKind.PERSON and " " not in name and not v[AnswerKind.PERSON] and not v["name:person"] \
                and v[AnswerKind.PLACE] >= 1:
            kind, share = AnswerKind.PLACE, 0.7  # "a camp at Montmedy": the model's label alone says person, the
            # text says place
        if kind is AnswerKind.PLACE and " of " in name and any(
                w.lower() in HONORIFICS for w in name.split(" of ")[0].split()):
            kind = None  # "Prime Minister of Northern Ireland", "Governor of Punjab": an office, no place
        if kind is AnswerKind.PLACE and re.search(r"\s[A-Z]$", name):
            kind = None  # "Note G", "Plan B": a thing with a letter, no place
        if v["unit part"] * 2 >= mentioned:
            kind = None  # "the 12th (East Suffolk) Regiment": part of a unit's name
        if kind is AnswerKind.PLACE and merged_labels[name]["PERSON"] and not (
                merged_labels[name]["GPE"] + merged_labels[name]["LOC"] or v[AnswerKind.PLACE] or v["name:place"]):
            kind, share = AnswerKind.PERSON, 0.7  # "Takeda Shingen": a building to the model twice, a person once,
            # and nothing else says place: the model's surest label
        if kind is not None and _fragment(name, whole):
            kind = None  # "Neelam Sanjiva" of "Neelam Sanjiva Reddy", "Zahīr" of "Zahīr ud-Dīn Muhammad", "Ala" of
            # "Ala-ud-Din": the text never writes it alone, so it is part of a longer name, no one's name of its own
        if name in glosses:
            kind = None  # "Young Italy (Giovine Italia)": another name of the one before it, in another tongue, and no
            # person, place or body of its own to offer
        if name in _SACRED or PLACE_SHAPE.fullmatch(name):
            kind = None  # "God", "Heaven": capitalised, but no person, place or body to ask about; "Valley" of "the
            # Aztec-ruled Valley of Mexico": the head of a place's name, alone no place
        if kind is AnswerKind.PLACE and mentioned <= 1 and label_only(v) and merged_labels[name]["FAC"]:
            kind = None  # "Qianlong used Literary Inquisition": named once, and only the model's least sure label for
            # places (a building) calls it one
        if kind is AnswerKind.ORG and label_only(v) and not v["article"] and words[0] not in _FOREIGN_ARTICLES \
                and not any(ORG_SHAPE.search(w) for w in words) and not re.fullmatch(r"[A-Z]{3,}", name):
            kind = None  # "defeated by Yuan Chonghuan", "Babbage's Difference Engine": only the model calls it a body,
            # and neither a body's word in its name nor "the" before it says so (not "Die Rote Fahne", "GPU")
        if kind is AnswerKind.PERSON and name[:1].islower() and label_only(v) and not _ARTICLED.match(name):
            kind = None  # "de Genève" of "the Bibliothèque universelle de Genève": a particle and a word, and only the
            # model calls it a person (not "van Bylandt", whom the text calls General)
        named_so = kind is AnswerKind.PERSON and len(name.split()) == 2 and v["name:person"] >= FIRST_AND_SURNAME \
            and v[AnswerKind.PERSON] >= 1.5 and not v["article"]  # "went into partnership with Thomas Day, a distant
        # relative": a first name, and a person to the text, whatever the surname's word ("Day", "Fire") says
        if kind is not AnswerKind.WORK and not named_so and (EVENT_SHAPE.search(name) or DOCUMENT_SHAPE.search(name)):
            kind, share = (AnswerKind.WORK, 0.8) if DOCUMENT_SHAPE.search(name) else (
                (AnswerKind.ORG, 0.8) if _ASSEMBLY.match(name) and v[AnswerKind.ORG] >= 1 else (None, 0.0))
        labelled = merged_labels[name]
        group = labelled["NORP"] + labelled["LANGUAGE"]
        named = max(labelled["ORG"], labelled["PERSON"], labelled["GPE"] + labelled["LOC"])
        if kind is not AnswerKind.WORK and group and group >= named and not ORG_SHAPE.search(name) \
                and not (kind is AnswerKind.PLACE and (place_evidence(name) or v[AnswerKind.PLACE] >= 2)) \
                and not (kind is AnswerKind.PERSON and v[AnswerKind.PERSON] >= PERSON_BEYOND_DOUBT):
            kind = None  # a people, a faith or a language ("the English", "Catholic"), not a name
        if _a_people(name, v, labelled, lowered, singular, surnames):
            kind, share = AnswerKind.ORG, PEOPLE_SHARE  # "the Bolsheviks", "the Hussites", "the Iceni": a people or a
            groups.add(name)  # faction of the story
        if kind is None:
            doubtful.add(name)
            continue
        if kind is AnswerKind.ORG and name.lower() in _GENERIC_BODIES:
            doubtful.add(name)  # "the Union", "the Empire", "the Church": which one, only the text around says
            continue
        if kind is AnswerKind.PERSON and set(re.split(r"[\s-]+", name.lower())) <= HONORIFICS | _OFFICE_WORDS:
            doubtful.add(name)  # "Indira Gandhi served as Prime Minister": an office, no one's name
            continue
        kinds[name] = kind
        confidence[name] = share
    mentions = [Mention(sp.sentence, sp.start, sp.end, sp.text, alias.get(sp.text, sp.text), sp.label,
                        sp.title_start) for sp in spans]
    mentions += _gazetteer(sentences, mentions, kinds, alias, lowered)
    mentions = _other_names(mentions, sentences, kinds)
    out: list[Mention] = []
    counts: Counter[str] = Counter()
    for m in mentions:
        if m.key in kinds:
            out.append(m)
            counts[m.key] += 1
    out += numbers
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for m in sorted(out, key=lambda m: (m.sentence, m.start)):
        by_sentence[m.sentence].append(m)
    maybe: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:  # doubtful names the context calls people more than anything else: a "he" may mean them
        v = merged.get(m.key)  # ("Imagawa Yoshimoto gathered an army ... his march", once, a body to the model)
        labelled = merged_labels.get(m.key, Counter())
        if m.key in doubtful and v is not None and not labelled["NORP"] + labelled["LANGUAGE"] \
                and not _GROUP.search(m.key) \
                and v[AnswerKind.PERSON] >= max(MAYBE_PERSON, v[AnswerKind.PLACE] + v[AnswerKind.ORG]):
            maybe[m.sentence].append(m)
    return EntityIndex(out, kinds, confidence, counts, dict(by_sentence), _same_as(by_sentence, sentences, kinds),
                       doubtful, {k: merged[k] for k in kinds}, dict(maybe), frozenset(groups))


_ASSEMBLY = re.compile(r"(?:Congress|Conference|Council|Diet|Synod) of [A-Z]|(?:[A-Z][\w'’-]*\s+)+Conference$")
# "The Congress of Angostura opened on 15 February 1819 and elected him president", "the Second Round Table
# Conference": a meeting of delegates, which the text makes act as a body, is asked as one, beside other bodies


_PLURAL_TITLES = frozenset("Annals Chronicles Memoirs Letters Essays Notes Records Histories Kings Psalms Acts Gospels"
                           " Commentaries Analects Classics Times News".split())  # works and papers named in the plural
_PEOPLE_ENDING = re.compile(r"[a-z](?:ins|ants|istas|istes|ites)$")  # "the Jacobins", "the Feuillants", "the Zapatistas"
PEOPLE_SHARE = 0.7  # a people's or faction's name: sure enough to ask (typed), under the 0.8 an option needs


def _one_man(name: str, v: Counter, labels: dict[str, Counter[str]]) -> bool:  # type: ignore[type-arg]
    """Is a name that ends like a people's plural ("Baybars", like "the Nassauers") one man's all the same: the model
    calls it a person every time, and the text says so too ("Baybars, a commander of the Bahriyya regiment")?"""
    named = labelled_counts(labels.get(name, Counter()))
    return " " not in name and v[AnswerKind.PERSON] >= ONE_MAN and named["PERSON"] > 0 \
        and named["PERSON"] == sum(named.values())  # not "mostly Kipchak Turks", which "soldiers" stands beside


ONE_MAN = 3.0  # context votes for a person: an apposition ("a commander") or a calling before the name


def _a_people(name: str, v: Counter, labels: Counter[str], lowered: set[str],  # type: ignore[type-arg]
              singular: frozenset[str], surnames: frozenset[str]) -> bool:
    """Is a name a people or a faction: one the model knows as a people and the text names with "the" ("the Iceni"),
    or one written in the plural with "the" ("the Bolsheviks", "the Hussites", "the Italians") that is no place ("the
    Lowlands", "the Urals"), no one's name ("Charles", "Collins"), no title ("the Annals") and no common noun
    capitalised ("the Workers"), and that the model's word for a people, its singular elsewhere ("a Bolshevik
    leader"), a people's ending or a "the" before it three times says is one?"""
    mentioned = sum(labelled_counts(labels).values())
    folk = re.fullmatch(r"([A-Z][a-z]+) of [A-Z][\w'’-]+", name)
    if folk and v["article"] and (is_demonym(folk.group(1)) or _GROUP.search(folk.group(1)) and (
            is_demonym(folk.group(1)[:-1]) or folk.group(1)[:-1] in singular)):
        return True  # "the Genoese of Galata", "the Venetians of Crete": a people of a place, no one's name
    if re.fullmatch(r"[A-Z][a-z]+[^os]", name) and labels["NORP"] >= 3 and v["article"] * 2 >= mentioned \
            and not is_demonym(name) and name.lower() not in lowered and not place_evidence(name) \
            and labels["modifier"] * 3 < labels["NORP"]:
        return True  # "the Iceni": a people the model knows as one, named with "the"; no nation's adjective ("the
        # Ethiopian army"), no first part of a compound ("Anglo-allied")
    if not re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?[a-z]s", name) or name.endswith(("ss", "lands", "ands")) \
            or name in _PLURAL_TITLES or (name.endswith("us") and not labels["NORP"]):
        return False  # "the Annals", "the Argus": a work or a paper
    if not mentioned or v["article"] * 3 < mentioned or name.lower() in lowered or name in surnames \
            or labels["WORK_OF_ART"] * 2 > mentioned:
        return False  # "the Bolsheviks" often; not "Workers" of a title, whom the text writes "workers", nor "Annals"
    if place_evidence(name) or v[AnswerKind.PLACE] >= 2 or v["name:person"] or first_name_gender(name) in ("m", "f"):
        return False  # "Brussels", "in the Highlands"; "James", "Charles"
    return bool(labels["NORP"]) or name[:-1] in singular or _GROUP.search(name) is not None \
        or _PEOPLE_ENDING.search(name) is not None or v["article"] >= 3


MAYBE_PERSON = 0.5  # the least weight of a context's cues for a person that makes a doubtful name one a "he" may mean


def _unfused(spans: list[Span], sentences: list[Sentence], lowered: set[str]) -> list[Span]:
    """Split a name the model fused with a person's surname before it ("the Kerensky Provisional Government": Kerensky
    and the Provisional Government), where the rest is named alone at least twice and the surname ends a person's
    name, or a person's name with a town before it; join two side by side that the text names as one elsewhere
    ("Pargalı" and "Ibrahim Pasha")."""
    named = Counter(sp.text for sp in spans)
    surnames = {sp.text.split()[-1] for sp in spans if sp.label == "PERSON" and " " in sp.text}
    label_of = {sp.text: sp.label for sp in spans}
    out: list[Span] = []
    for sp in sorted(spans, key=lambda sp: (sp.sentence, sp.start)):
        last = out[-1] if out else None
        if last is not None and last.sentence == sp.sentence and sp.start - last.end == 1 and (
                label_of.get(f"{last.text} {sp.text}") == "PERSON" or (  # "Pargalı" and "Ibrahim Pasha", named whole
                    # elsewhere
                    last.label == "PROPN" and sp.label == "PERSON" and " " not in last.text and named[last.text] == 1
                    and last.title_start == last.start and sentences[sp.sentence].text[last.end:sp.start] == " "
                    and re.search(r"[a-z,] $", sentences[sp.sentence].text[:last.start])
                    and last.text.lower() not in lowered and named[sp.text] == 1 and not is_demonym(last.text))):
            # "Hemvati" and "Nandan Bahuguna": a lone word the model left out of the name it stands in (never a
            # sentence's first word, "Initially Milhaud's cavalrymen", nor a word the text also writes in lower case,
            # "the Later Jin", nor before a name the text writes alone elsewhere, "The Bolshevik Joseph Stalin")
            out[-1] = Span(sp.sentence, last.start, sp.end, f"{last.text} {sp.text}",
                           label_of.get(f"{last.text} {sp.text}", "PERSON"), last.title_start)
            continue
        first, _, rest = sp.text.partition(" ")
        text = sentences[sp.sentence].text
        at = re.search(r"\b(?:[Aa]t|[Ii]n|[Nn]ear|[Ff]rom)\s+$", text[:sp.start]) is not None
        place_first = sp.label == "PERSON" and label_of.get(rest) == "PERSON" and (
            label_of.get(first) in ("GPE", "LOC") and named[first] >= 2
            or at and named[first] >= 1 and " " in rest and not first_name_gender(first))
        # "the captain of Malacca Tristão Vaz da Veiga": a town, then a man, each named alone elsewhere; "At Blackheath
        # John Ball preached": after "at", a word named alone elsewhere that is no first name, before a man's full name
        if (place_first or sp.label != "PERSON" and first in surnames and " " in rest and named[rest] >= 2) \
                and text[sp.start:sp.start + len(first)] == first:
            cut = sp.start + len(first)
            after = cut + len(text[cut:]) - len(text[cut:].lstrip())
            out += [Span(sp.sentence, sp.start, cut, first, label_of[first] if place_first else "PERSON", sp.start),
                    Span(sp.sentence, after, sp.end, rest, sp.label, after)]
        else:
            out.append(sp)
    return out


_OTHER_NAME = re.compile(  # "Shaka kaSenzangakhona (c. 1787 – 1828), also known as Shaka Zulu (also spelled Tshaka"
    r"(?:\s+[a-z]+[A-Z][\w'’-]*)?"  # a patronymic in lower case: "kaSenzangakhona"
    r"(?:\s*\([^()]*\d[^()]*\))?"  # a life span
    r"(?:\s*\(\s*(?:also\s+(?:known\s+as\s+|spelled\s+|spelt\s+|called\s+|written\s+)?|known\s+as\s+|called\s+"
    r"|nicknamed\s+)"  # "(also spelled Tshaka", "(called Annabella"
    r"|\s*,\s*(?:also\s+)?(?:known\s+as|called|nicknamed|styled)\s+"  # ", also known as Shaka Zulu"
    r"|\s+also\s+(?:known\s+as|called)\s+)[\"“‘]?")  # never the verb: "Wellington called Uxbridge to his side"
_OR_NAME = re.compile(r"\s*,?\s+or\s+[\"“‘]?")  # "... Tshaka or Chaka"; not a comma: "also known as Boadicea,
# Prasutagus's widow" goes on to another person


def _other_names(mentions: list[Mention], sentences: list[Sentence], kinds: dict[str, AnswerKind]) -> list[Mention]:
    """Give a person's other names, where the text introduces them as such, the person's key in that sentence: "Shaka
    ... also known as Shaka Zulu (also spelled Tshaka or Chaka)" names one man, not a king, a film, a town and another
    man (a "he" after it is his). Elsewhere the names keep their own keys."""
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_sentence[m.sentence].append(m)
    out: list[Mention] = []
    opening = min((s.index for s in sentences if s.narrative), default=-1)
    for si, ms in by_sentence.items():
        text = sentences[si].text
        ms = sorted(ms, key=lambda m: m.start)
        head: Mention | None = None
        last: Mention | None = None
        for m in ms:
            if head is not None and last is not None and m.start >= last.end and m.key != head.key:
                between = text[last.end:m.title_start if m.title_start >= 0 else m.start]
                if _OTHER_NAME.fullmatch(between) or ((last is not head or si == opening and head.start < 5)
                                                      and _OR_NAME.fullmatch(between)):
                    # "Boudica or Boudicca (also Boadicea ...)", the text's first words: one name spelled two ways
                    m = dataclasses.replace(m, key=head.key)
                    last = m
                    out.append(m)
                    continue
            if kinds.get(m.key) is AnswerKind.PERSON:
                head = last = m
            elif head is not None and last is not None and m.start > last.end:
                head = None  # another name between: the run of other names is over
            out.append(m)
    return out


def _glosses(spans: list[Span], sentences: list[Sentence]) -> set[str]:
    """The names a text gives only in brackets straight after another name, as its other name ("Young Italy (Giovine
    Italia)", "The Duties of Man (Dei doveri dell'uomo)")."""
    ends = {(sp.sentence, sp.end) for sp in spans}
    inside: dict[str, bool] = {}
    for sp in spans:
        text = sentences[sp.sentence].text
        glossed = text[sp.end:sp.end + 1] == ")" and text[max(0, sp.start - 2):sp.start] == " (" \
            and (sp.sentence, sp.start - 2) in ends
        inside[sp.text] = inside.get(sp.text, True) and glossed
    return {name for name, only in inside.items() if only}


def label_only(votes: Counter) -> bool:  # type: ignore[type-arg]
    """Is the model's label all a name's evidence: no cue in the text and nothing the lexicons know?"""
    return not any(votes[k] for k in AnswerKind) and not any(
        n > 0 for k, n in votes.items() if isinstance(k, str) and k.startswith("name:"))


def _not_a_body(name: str, votes: Counter, kind: AnswerKind) -> bool:  # type: ignore[type-arg]
    """Is a name the model calls an organisation or a work something else: a role and a person ("Historian
    Geoffrey Blainey"), a person's first name and surname ("Jean-François Papillon"), a group of people ("Manchu
    Generals"), or a cut-off phrase ("Tongzhi Restoration of the", "No Union")?"""
    words = name.split()
    first, last = words[0].lower(), words[-1].lower()
    if first in {"no", "not", "and", "or", "in", "on", "at"} or (
            first in PERSON_NOUNS and len(words) >= 3 and not any(ORG_SHAPE.search(w) for w in words)):
        return True
    if last in _FUNCTION_WORDS or (last.endswith("s") and last[:-1] in PERSON_NOUNS and len(words) > 1):
        return True
    if last in PERSON_NOUNS and len(words) == 2 and kind is AnswerKind.ORG:
        return True  # "American Slave", "Crown Prince": a kind of person, not a body (a work may be "The Columbian Orator")
    return votes["name:person"] >= 6 and not any(ORG_SHAPE.search(w) for w in words)


_ARTICLED = re.compile(r"(?:al|el|an|ar|as|ash|at|ad|az|ud|ibn|bin|ben)-[A-Z]")  # "al-Nasir Muhammad": a name
_FOREIGN_ARTICLES = frozenset("Die Der Das Le La Les El Il Lo Los Las".split())
_OFFICE_WORDS = frozenset("prime first deputy vice foreign home high lord the of".split())
_GENERIC_BODIES = frozenset("union empire church army party league society kingdom republic government navy council"
                            " assembly convention court crown state".split())
_FUNCTION_WORDS = frozenset({"of", "the", "and", "or", "in", "on", "at", "to", "for", "with", "by", "a", "an"})


FIRST_AND_SURNAME = 6.0  # the lexicon's vote for a known first name before a surname (kinds.name_evidence)
TOWN_VOTE, COUNTRY_VOTE = 1.5, 6.0  # the gazetteer's votes for a town and a country it knows (kinds.name_evidence)
PLACE_BEYOND_DOUBT = 3.0  # "the city of X", "the village X": the text's own noun for a place
PERSON_BEYOND_DOUBT = 6.0  # context votes for a person (two appositions, "X's mother", "X himself") that no label of
# the model outweighs


def _peoples(labels: dict[str, Counter[str]]) -> set[str]:
    """One-word names of peoples: mostly labelled a nationality or language by the model (unless the gazetteer
    knows a town of that name), or met in the plural as well ("Jurchen" beside "the Jurchens"; not "Auld" beside
    "the Aulds", met once)."""
    out = set()
    for name, lab in labels.items():
        if " " in name or not name[:1].isupper():
            continue
        plural = sum(labels[name + "s"].values()) if name + "s" in labels else 0
        if ((lab["NORP"] + lab["LANGUAGE"]) * 2 > sum(lab.values()) and not place_evidence(name)) or plural >= 2:
            out.add(name)  # but "Orléans", a town the model takes for a people
    return out


def labelled_counts(labels: Counter[str]) -> Counter[str]:
    """A name's mentions by the label that found them (without the "modifier" tally)."""
    return Counter({k: n for k, n in labels.items() if k != "modifier"})


def _modifier(span: Span, parse: Parse) -> bool:
    """Does the name only qualify a common noun after it ("Manchu name", "Mongol domains")?"""
    head = parse.head_of(span.start, span.end)
    if head is None or not 0 <= head.head < len(parse.tokens):
        return False
    after = parse.token_at(span.end + 1)
    if after is not None and after.start == span.end + 1 and after.pos == "NOUN" and after.text[:1].islower() \
            and after.dep == head.dep and after.head == head.head and head.dep in ("dobj", "pobj", "nsubj"):
        return True  # "bought a small Iver Johnson revolver", parsed as two objects: the name is the noun's
    if head.dep not in ("compound", "amod", "nmod"):
        return False
    noun = parse.tokens[head.head]
    return noun.start >= span.end and noun.pos == "NOUN" and noun.text[:1].islower()


_ALSO = re.compile(r"\s*\(\s*(?:(?:also\s+)?(?:known\s+as|called|nicknamed)\s+)?[\"“‘]?|\s*,\s*(?:also\s+)?"
                   r"(?:known as|called|nicknamed|or)\s+[\"“‘]?")  # "Anne Isabella (called Annabella"
_BECAME = re.compile(r"\s*(?:\([^()]*\)\s*)?,?\s*(?:then\s+|later\s+|eventually\s+)?became\s+(?:the\s+)?")
_REIGN_TITLE = re.compile(r"\b(?:Emperor|Empress|King|Queen|Pope|Khan|Shah|Sultan|Tsar|Tsarina|Czar|Caliph|Kaiser"
                          r"|Pharaoh|Duke|Duchess|Earl|Count|Countess|Prince|Princess|Elector|Doge)\b")


def _same_as(by_sentence: dict[int, list[Mention]], sentences: list[Sentence],
             kinds: dict[str, AnswerKind]) -> dict[str, set[str]]:
    """Two names of one thing: "Communist Secret Police (GPU)", "Ada King, Countess of Lovelace", "Prince Yong
    became the Yongzheng Emperor"; never two of different kinds nor an owner ("The Prussian IV Corps (Bülow's)")."""
    same: dict[str, set[str]] = defaultdict(set)
    for si, ms in by_sentence.items():
        text = sentences[si].text
        for first in ms:
            for second in ms:
                one, other = kinds.get(first.key), kinds.get(second.key)
                if first.key == second.key and second.text != first.text and second.text in kinds \
                        and second.start >= first.end and _ALSO.fullmatch(text[first.end:second.start]):
                    same[first.key].add(second.text)  # "Chacha (also known as Lady Yodo)", where the text names
                    same[second.text].add(first.key)  # Lady Yodo elsewhere too: never options side by side
                    continue
                if first.key == second.key or second.start < first.end or re.match(r"['’]s?\b", text[second.end:]) \
                        or (one and other and one is not other):
                    continue
                between = text[first.end:second.start]
                if _ALSO.fullmatch(between) or (_BECAME.fullmatch(between) and _REIGN_TITLE.search(second.key)):
                    same[first.key].add(second.key)
                    same[second.key].add(first.key)
    return dict(same)


def _lowercase_words(sentences: list[Sentence]) -> set[str]:
    """Words that the text also writes in lower case (so are common words, not names)."""
    words: set[str] = set()
    for s in sentences:
        words.update(re.findall(r"(?<![\w'’-])[a-z][a-z'’-]*[a-z](?![\w'’-])", s.text))
    return words


def _only_at_sentence_start(spans: list[Span], sentences: list[Sentence]) -> set[str]:
    """Single-word names never seen except as a sentence's first word."""
    seen: dict[str, bool] = {}
    for sp in spans:
        if " " in sp.text:
            continue
        text = sentences[sp.sentence].text
        at_start = text[:sp.title_start].strip(" \"“'‘(") == "" or bool(
            re.search(r"[.!?:][\"”]?\s*[\"“]?$", text[:sp.title_start]))
        seen[sp.text] = seen.get(sp.text, True) and at_start
    return {k for k, v in seen.items() if v}


def _gazetteer(sentences: list[Sentence], mentions: list[Mention], kinds: dict[str, AnswerKind],
               alias: dict[str, str], lowered: set[str]) -> list[Mention]:
    """Find the mentions NER missed, by looking for every known name, unambiguous alias and one person's surname
    (``lowered``: the words the text also writes in lower case, no surnames) in every sentence."""
    forms = {k: k for k in kinds}
    forms.update({a: t for a, t in alias.items() if t in kinds})
    forms.update({last: full for last, full in _surnames(kinds, alias, lowered).items() if last not in forms})
    forms = {f: k for f, k in forms.items() if len(f) >= 3 and f[:1].isupper() and not re.search(r"[()\[\]]", f)}
    if not forms:
        return []
    pattern = re.compile(r"(?<![\w'’-])(" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
                         + r")(?![\w-])")
    taken: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for m in mentions:
        taken[m.sentence].append((m.blank_start, m.end))
    found: list[Mention] = []
    for s in sentences:
        spans = taken.get(s.index, [])
        for match in pattern.finditer(s.text):
            a, b = match.span(1)
            if any(x < b and a < y for x, y in spans) or re.match(r"\s+[A-Z]", s.text[b:b + 2]):
                continue
            found.append(Mention(s.index, a, b, match.group(1), forms[match.group(1)], "GAZETTEER", a))
    return found


_GLUED_AFTER = re.compile(r"-\w|[ \u00a0](?:ud|al|ad|ur|as|ibn|bin|de|da|do|del|von|van)?-?[A-Z][\w'’-]")
_GLUED_BEFORE = re.compile(r"(?:\w-|\b(?:ud|al|ad|ur|ibn|bin)[ -])$")


def _fragment(name: str, whole: str) -> bool:
    """Is a name written only as part of a longer one: always with a capitalised word or a hyphen straight after it, or
    a name particle before it ("Neelam Sanjiva Reddy", "Zahīr ud-Dīn Muhammad", "Ala-ud-Din")?"""
    seen = False
    at = whole.find(name)
    while at >= 0:
        end = at + len(name)
        if not re.match(r"[\w'’]", whole[at - 1:at]) and not re.match(r"[\w'’]", whole[end:end + 1]):
            if not (_GLUED_AFTER.match(whole, end) or _GLUED_BEFORE.search(whole[max(0, at - 4):at])):
                return False  # written alone once: a name of its own
            seen = True
        at = whole.find(name, at + 1)
    return seen


_KIN_BEFORE = re.compile(rf"\b((?:son|daughter|brother|sister|father|mother)-in-law|{'|'.join(sorted(KIN_NOUNS))})s?"
                         r"\s*,?\s+([A-Z][\w'’-]+)")


def _named_as_kin(sentences: list[Sentence]) -> set[str]:
    """The names a text writes straight after a relative's noun ("his son Charles", "her brother, Louis")."""
    return {m.group(2) for s in sentences for m in _KIN_BEFORE.finditer(s.text)}


def _told_before(short: str, full: str, spans: list[Span], sentences: list[Sentence], hint: str) -> bool:
    """Is a one-word name someone the text spoke of twice before the longer name it would stand for first appears, as
    a newcomer ("Caesar" of the Ides of March, before Cleopatra "bore a son, Ptolemy Caesar")? Then it is no short form
    of it. Not a name of the title, whose subject a text may name briefly first, nor one whose longer name comes with
    nothing new ("Hugh Auld's wife Sophia ... Sophia Auld")."""
    if " " in short or short in hint.split():
        return False
    first = min(((sp.sentence, sp.start) for sp in spans if sp.text == full), default=None)
    if first is None or not _NEWCOMER.search(sentences[first[0]].text[max(0, first[1] - 30):first[1]]):
        return False
    return sum(sp.text == short and sp.sentence < first[0] for sp in spans) >= 2


_NEWCOMER = re.compile(rf"\b(?:an?|one|another|second|third|first|eldest|younger|elder|only)\s+(?:\w+\s+)?"
                       rf"(?:{'|'.join(sorted(KIN_NOUNS))}),?\s+$")  # "she bore him a son, Ptolemy Caesar"


def _other_kin(sentences: list[Sentence], alias: dict[str, str]) -> set[str]:
    """The first names a text gives one relative ("his daughter Christina", "his brother Hasdrubal") where the longer
    name they would stand for is always another relative ("his second wife, Christina of Holstein-Gottorp", "his
    son-in-law, Hasdrubal the Fair"): a girl named after her grandmother is no alias of her."""
    roles: dict[str, set[str]] = defaultdict(set)  # name -> the relatives' nouns written before it
    for s in sentences:
        for m in _KIN_BEFORE.finditer(s.text):
            full = next((f for f in alias.values() if s.text.startswith(f, m.start(2))), None)
            roles[full or m.group(2)].add(m.group(1))
    return {short for short, full in alias.items() if full.startswith(short + " ") and (
        _apart(roles[short], roles[full]) or _apart(roles[full], roles[short]))}


_ELDERS, _YOUNG = frozenset({"mother", "father", "wife", "husband"}), frozenset({"daughter", "son"})
_BLOOD = frozenset({"brother", "sister", "son", "daughter", "father", "mother"})


def _apart(one: set[str], other: set[str]) -> bool:
    """Do the relatives' nouns two names are written after say two people, whoever's relatives they are: a child and
    a parent or spouse ("his daughter Christina", "his wife, Christina of ..."), an in-law and a blood relative ("his
    brother Hasdrubal", "his son-in-law, Hasdrubal the Fair")? Not "her mother Aenor" and "his wife, Aenor de ...", nor
    "his brothers, Richard and Geoffrey" and "their second son, Richard the Lionheart"."""
    return bool((one & _YOUNG and other & _ELDERS) or (any(r.endswith("-in-law") for r in one) and other & _BLOOD))


def _surnames(kinds: dict[str, AnswerKind], alias: dict[str, str], lowered: set[str]) -> dict[str, str]:
    """The surnames that stand for one person of the text though the model never found them alone ("Assing was a young
    German woman", after "Ottilie Assing"): the last word of exactly one person's full name, of no other name's words,
    and never written in lower case."""
    owners: dict[str, set[str]] = defaultdict(set)
    for name, kind in kinds.items():
        for word in name.split():
            owners[word].add(name if kind is AnswerKind.PERSON and word == name.split()[-1] else "")
    for short, full in alias.items():
        owners[short].add(full)
    return {w: next(iter(o)) for w, o in owners.items() if len(o) == 1 and next(iter(o)) and len(w) >= 4
            and w[:1].isupper() and w[1:].islower() and w.lower() not in lowered and " " in next(iter(o))
            and w not in kinds}


def _site(name: str, kinds: Counter[AnswerKind],
          votes: Counter) -> tuple[AnswerKind | None, float]:  # type: ignore[type-arg]
    """A name the evidence splits between a place and a body, and calls no person: the gazetteer, else its own word,
    says which ("a theological examination at Poitiers", once a body to the model, is the town; "Somerville College"
    a body). Less sure than a name the votes decide."""
    total = sum(n for n in kinds.values() if n > 0)
    site = kinds[AnswerKind.PLACE] + kinds[AnswerKind.ORG]
    if not total or site < SITE_SHARE * total:
        return None, 0.0
    if votes["name:place"] or PLACE_SHAPE.search(name):
        return AnswerKind.PLACE, SITE_CONFIDENCE  # the gazetteer first: "the Soviet Union" is a state, not a union
    if ORG_SHAPE.search(name):
        return AnswerKind.ORG, SITE_CONFIDENCE
    return None, 0.0


SITE_SHARE = 0.8  # of the votes for a place or a body, together
SITE_CONFIDENCE = 0.8  # sure enough to ask and to offer


__all__ = ["EntityIndex", "Mention", "build_index", "fold"]
