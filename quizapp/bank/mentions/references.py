"""Who "he", "she", "his" and "her" refer to: the most salient earlier person of matching gender, or nobody."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import NamedTuple

from quizapp.bank.mentions.index import EntityIndex, Mention
from quizapp.bank.mentions.kinds import KIN_NOUNS, MALE_AFTER, PERSON_NOUNS, honorific_gender, rank_gender
from quizapp.bank.mentions.lexicons import first_name_gender
from quizapp.bank.mentions.names import REGNAL_NUMBER
from quizapp.bank.mentions.spans import HONORIFICS
from quizapp.bank.nlp.parse import Parse, Token
from quizapp.bank.text.sentences import Paragraph, Sentence
from quizapp.bank.types import AnswerKind

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
_SUBJECT = ("nsubj", "nsubjpass")
ROLE_GENDER = {w: "f" for w in "woman wife daughter mother sister widow queen niece aunt actress mistress"
                " girl empress princess duchess countess grandmother concubine consort nun abbess chieftainess"
                " priestess heiress baroness marchioness tsarina czarina granddaughter stepmother stepdaughter"
                " governess lady".split()}
ROLE_GENDER.update({w: "m" for w in "man husband son father brother widower king nephew uncle boy emperor"
                     " prince duke grandfather gunman nobleman clergyman policeman chairman statesman tsar czar"
                     " earl baron marquis grandson stepson stepfather monk friar abbot".split()})
_PERSON_NOUNS = frozenset("correspondent reporter journalist officer soldier trooper sergeant constable guard sentry"
                          " driver witness doctor surgeon physician lawyer clerk servant messenger envoy agent spy"
                          " student teacher writer poet painter merchant farmer worker miner sailor prisoner assassin"
                          " killer stranger visitor traveller traveler preacher reformer captive exile fugitive"
                          " heretic".split())  # either gender: "The correspondent
# ... was approaching the prison when he heard a volley of shots": his own "he", not the main subject's
_CALLINGS = (PERSON_NOUNS - KIN_NOUNS) | _PERSON_NOUNS | {"hostage"}  # what makes someone a sentence's subject unnamed
_RULERS = frozenset("king queen emperor empress prince princess duke duchess tsar".split())
_ROLES = "|".join(sorted(ROLE_GENDER, key=len, reverse=True))
ROLE_AFTER = re.compile(rf"^(?:,\s+|\s*\(\s*)(?:an?|the|his|her|their)\s+(?:[\w'’-]+\s+){{0,3}}?({_ROLES})\b(?!['’])",
                        re.I)  # "____, the late emperor's chief wife": a wife
ROLE_BEFORE = re.compile(rf"(?:\b(?:his|her|their|a|the|another)|[\w-]['’]s)\s+(?:[\w-]+\s+)?(?:half-|step-|great-)*"
                          rf"({_ROLES}),?\s+(?:(?:named|called)\s+)?$", re.I)  # "another half-brother, Mpande", "a
# chieftainess named Mjanji", "Shaka's younger
# half-brother Sigujana"
_BECAME_ROLE = re.compile(rf"^\s*(?:\([^)]*\)\s*)?(?:,[^,]{{1,30}},\s*)?(?:became|was|is)\s+(?:the|an?|his|her)\s+"
                     rf"(?:[\w-]+\s+)?({_ROLES})\s+(?:of|to)\b", re.I)  # "Chacha (also known as Lady Yodo), the eldest,
# became the mistress of Toyotomi Hideyoshi"
_MOTHERED = re.compile(r"^\s+(?:gave birth|bore (?:him|her|his|a|an|two|three|the)\b|was pregnant)")
_WIVES_BEFORE = re.compile(r"\b(?:his|her|their|[\w-]+['’]s)\s+(?:[\w-]+\s+)?(?:wives|concubines|consorts"
                           r"|daughters|sisters|mistresses)\s+(?:[A-Z][\w'’-]*\s+){0,3}?"
                           r"(?:(?:and|,)\s+(?:[A-Z][\w'’-]*\s+){1,3})?$")
_NAMING = re.compile(r"\b(?:call|calls|called|calling|name|names|named|naming|dub|dubs|dubbed|nickname|nicknamed"
                     r"|crown|crowned|proclaim|proclaimed|style|styled|make|made|declare|declared)\s+$")
_OPENING = re.compile(r"^(?:As|Despite|From|Under|Through|Without|In|After|When|While|Although|Though|Because|Since"
                      r"|On|Before|Upon"
                      r"|Following|During|Unlike|Like|Throughout|For|With|At|By|Having|Once|If"
                      r"|Unable|Unwilling|Eager|Determined|Anxious|Fearing|Hoping|Wishing|Seeing|Knowing|Realizing"
                      r"|Realising|Leaving|Taking|Leading|Finding|Angered|Encouraged|Convinced|Frustrated)\b")
# "Unable to ferry his troops across ..., the Adil Shah ordered": an opening phrase whose subject comes after it


@dataclass(frozen=True)
class Reference:
    """The first third-person pronoun of a sentence and the person it refers to (None when unclear)."""

    start: int
    end: int
    pronoun: str
    key: str | None
    possessive: bool
    certain: bool
    cataphoric: bool = False


def person_genders(sentences: list[Sentence], parses: list[Parse], index: EntityIndex,
                   hero: str | None = None) -> dict[str, str]:
    """Each person's gender from titles, first names, and the pronouns that follow a sentence naming them alone.

    Args:
        sentences: all sentences.
        parses: their parses.
        index: the entity index.
        hero: the text's main subject: a pronoun of its gender after another person ("Tacitus says that she ...")
            is mostly about them, and says nothing of the other's gender.

    Returns:
        Canonical name -> "m" or "f", for the people the evidence decides.
    """
    votes: dict[str, Counter[str]] = {}
    heard: dict[str, Counter[str]] = {}  # pronoun votes, weighed once the main subject's gender is known
    alone: tuple[int, str] | None = None  # (paragraph, person) of the sentence before, where it names one person only
    for s, parse in zip(sentences, parses, strict=True):
        people = [m for m in index.by_sentence.get(s.index, []) if index.kinds.get(m.key) is AnswerKind.PERSON]
        opener = next((t for t in parse.tokens if t.dep in ("nsubj", "nsubjpass") and PRONOUN_GENDER.get(t.lower)
                       and not _quoted(s, t.start)), None)
        if alone is not None and alone[0] == s.paragraph and opener is not None and not any(
                m.start < opener.start for m in people):
            heard.setdefault(alone[1], Counter())[PRONOUN_GENDER[opener.lower]] += 1  # "..., Hong Xiuquan, was born
            # in 1814 ... He failed the imperial examinations": the one person just named, where no one else is
        alone = (s.paragraph, people[0].key) if len({m.key for m in people}) == 1 and not any(
            PRONOUN_GENDER.get(t.lower) for t in parse.tokens) else None
        for m in people:
            v = votes.setdefault(m.key, Counter())
            title = honorific_gender(s.text[m.blank_start:m.start]) if m.blank_start < m.start else ""
            if title:
                v[title] += 3
            elif m.blank_start < m.start and rank_gender(s.text[m.blank_start:m.start]):
                v["m"] += 1
            role = ROLE_AFTER.match(s.text[m.end:m.end + 60]) or ROLE_BEFORE.search(
                s.text[max(0, m.blank_start - 30):m.blank_start]) or _BECAME_ROLE.match(s.text[m.end:m.end + 80])
            if role:
                v[ROLE_GENDER[role.group(1).lower()]] += 3  # "Anna Murray, a free black woman"; "his wife Anna"
            elif _MOTHERED.match(s.text[m.end:m.end + 40]) or _WIVES_BEFORE.search(s.text[max(0, m.blank_start - 40):
                                                                                        m.blank_start]):
                v["f"] += 3  # "Kitsuno gave birth to Nobunaga's eldest son", "his concubines Kitsuno and Lady Saka"
            elif reflexive := re.match(r"\s+(himself|herself)\b", s.text[m.end:]):
                v[PRONOUN_GENDER[reflexive.group(1)]] += 3  # "Robespierre himself noted"
        earlier = any(PRONOUN_GENDER.get(t.lower) and t.start < people[0].start and not _quoted(s, t.start)
                      for t in parse.tokens) if people else True
        if len({m.key for m in people}) == 1 and not earlier:  # "She was struck by a soldier named Otto Runge
            first = people[0]                                   # as she was led out": her pronouns, not his
            for t in parse.tokens:
                g = PRONOUN_GENDER.get(t.lower)
                if g and t.start > first.end and not _quoted(s, t.start):
                    heard.setdefault(first.key, Counter())[g] += 1
    hers = _decided(votes.get(hero or "", Counter()) + heard.get(hero or "", Counter()))
    if hero and not hers:  # "Hatshepsut, the fifth pharaoh ...": a queen with a king's title and a name no table
        hers = _told_as(sentences, parses)  # knows; a life told mostly as "she" is hers
        if hers:
            votes.setdefault(hero, Counter())[hers] += TOLD_AS_VOTE
    for key, pronouns in heard.items():
        votes.setdefault(key, Counter()).update(
            {g: n for g, n in pronouns.items() if key == hero or g != hers})  # "Tacitus says that she ..." in a life
        # of Boudica: her, not him
    for key in votes:
        g = given_gender(key)
        if g in ("m", "f"):
            votes[key][g] += 2
        last = key.split()[-1].lower() if " " in key else ""
        g = honorific_gender(key) or ("f" if last and honorific_gender(last) == "f" else "") or (
            "m" if last in MALE_AFTER else "")
        if g:
            votes[key][g] += 3  # "Empress Dowager Xiaozhuang", "Lady Byron", "Maham Begum": the title is part of the
            # name (a man's title after a name is no title: "Mary Prince")
        elif " " in key and rank_gender(key):
            votes[key]["m"] += 1  # "Marshal Ney", "General Baldissera"
    return {k: g for k, v in votes.items() if (g := _decided(v))}


TOLD_AS_VOTE = 10  # outweighs a title and a role: the pronouns of a whole life say more than one word of it
_TOLD_AS_LEAD = 2  # how many times more often a life's subject pronoun must be of one gender than the other
_TOLD_AS_LEAST = 5


def _told_as(sentences: list[Sentence], parses: list[Parse]) -> str:
    """The gender of the subject pronouns a text mostly uses ("she" twice as often as "he", and five times at least):
    the main subject's, where nothing else says theirs; "" where neither prevails."""
    said: Counter[str] = Counter()
    for s, parse in zip(sentences, parses, strict=True):
        if s.narrative:
            said.update(PRONOUN_GENDER[t.lower] for t in parse.tokens if t.dep in _SUBJECT and t.lower in ("he", "she")
                        and not _quoted(s, t.start))
    top = max(("m", "f"), key=lambda g: said[g])
    other = "f" if top == "m" else "m"
    return top if said[top] >= _TOLD_AS_LEAST and said[top] >= _TOLD_AS_LEAD * said[other] else ""


def _newcomer(key: str, i: int, seen: list[list[tuple[str, str, bool]]], realized: list[set[str]],
              index: EntityIndex, hero: str | None, gender: str) -> bool:
    """Is ``key`` a person the text names only once, in the sentence just before, after a sentence whose subject was
    the main subject (of the pronoun's gender)? Taking the main subject instead was measured: four more wrong of the
    corpus's hand-resolved pronouns."""
    if hero is None or key == hero or i < 2 or index.counts.get(key, 0) != 1:
        return False
    before = seen[i - 2]
    return any(k == key for k, _, _ in seen[i - 1]) and not any(k == hero for k, _, _ in seen[i - 1]) and (
        any(k == hero and g in (gender, "") and subj for k, g, subj in before) or hero in realized[i - 2])


def _decided(votes: Counter[str]) -> str:
    """The gender the votes give, or "" where they tie (or there are none)."""
    return max(votes, key=lambda g: votes[g]) if votes and (len(set(votes.values())) > 1 or len(votes) == 1) else ""


def given_gender(name: str) -> str:
    """The gender a person's first word gives as a first name; none where it is a title ("Rana Sanga": Rana is also a
    woman's name, but "Ras Alula" has no first name)."""
    first = name.split()[0]
    return "" if first.lower() in HONORIFICS else first_name_gender(first)


def _quoted(s: Sentence, pos: int) -> bool:
    return any(a <= pos < b for a, b in s.quotes)


def resolve(sentences: list[Sentence], parses: list[Parse], paragraphs: list[Paragraph], index: EntityIndex,
            hero: str | None, genders: dict[str, str], also: frozenset[str] = frozenset()) -> dict[int, Reference]:
    """Resolve the first he/she/his/her/him of each sentence that comes before any person of its gender.

    The person is the most recent earlier one of matching gender within the same section (the
    subject when a sentence names several; the text's main subject when one of several); with no
    one in sight, the main subject, if the gender fits. Unclear cases get ``key=None``.

    Args:
        sentences: all sentences.
        parses: their parses.
        paragraphs: the paragraphs (for sections).
        index: the entity index.
        hero: the main subject of the text, if any.
        genders: people's genders, from :func:`person_genders`.
        also: the main subject's other names ("Malinalli" of La Malinche): the same person, no rival for a "she".

    Returns:
        Sentence index -> its reference, for the sentences that have such a pronoun.
    """
    hero_gender = genders.get(hero, "") if hero else ""
    section = {p.index: p.section for p in paragraphs}
    found: dict[int, Reference] = {}
    # per sentence: (person key, gender, is subject) for the people it names or refers to
    seen: list[list[tuple[str, str, bool]]] = []
    realized: list[set[str]] = []  # per sentence: the people a resolved pronoun stands for (its topic)
    leading: set[int] = set()  # sentences whose first pronoun is their main clause's subject
    apart: set[int] = set()  # sentences whose unresolved pronoun is the object of the one person they name
    doers: list[_Doers] = []  # per sentence: who acts there beside its subjects
    dead: list[set[str]] = []  # per sentence: who dies in its main clause
    gone: list[set[str]] = []  # ... and who dies in any of its clauses
    titles = _hero_titles(paragraphs, hero)
    held = _office_titles(paragraphs, hero)  # "king", "King" and "prince" of a king's life
    heirs = held & frozenset(_HEIRS.values())
    crowned = _crowned_in(sentences, hero, hero_gender) if hero and heirs else None
    shared = _shared_surnames(index, genders)  # "Parsons had fled to Wisconsin, but on the first day he walked in":
    # the "he" is the Parsons named before it, whichever of the two
    sole_title = _sole_bearer(paragraphs, hero, titles | held)  # "the President" means the main subject all through
    offices = person_offices(sentences, index)
    callings = hero_callings(sentences, hero)  # "the prisoner was moved to Gottlieben. He was tried": the life's own
    strangers: list[set[str]] = []  # per sentence: the genders of someone there no name or pronoun stands for
    for s, parse in zip(sentences, parses, strict=True):
        now = held - heirs if crowned is None or s.index > crowned else heirs  # the prince, then the king
        people = _people(s, index, hero, titles | now)
        named = [(hero, hero_gender or g, subj) if hero and k in also else (k, g, subj)
                 for k, g, subj in _named(s, parse, people, index, genders)]
        pronoun = _first_pronoun(s, parse)
        own = len(people)
        # "the President" settles a pronoun of its own sentence, but only blocks the next ones: it may mean another
        here: list[tuple[str, str, bool]] = [("", g, subj) if m.label == _TITLED and not sole_title else (k, g, subj)
                                             for (k, g, subj), m in zip(named, people, strict=True)]
        if pronoun is not None and s.narrative and _paired(parse, pronoun):
            pronoun = None  # "the Tsar and his family were executed": his own, whoever the Tsar is; nothing to resolve
        if pronoun is not None and s.narrative:
            g = PRONOUN_GENDER[pronoun.lower]
            before = [p for p, m in zip(named, people, strict=True) if m.start < pronoun.start]
            same = [p for p in before if p[1] in (g, "")]
            # "Bouille prepared everything to receive him": an object is not its own clause's subject
            not_subject = pronoun.tag == "PRP" and pronoun.lower in ("him", "her") and pronoun.dep in (
                "dobj", "pobj", "dative") and len({k for k, _, _ in same}) == 1 and same[0][0] and all(
                subj for _, _, subj in same) and _clause_subject(parse, pronoun, people, same[0][0])
            later = _cataphora(s, pronoun, g, named, people, parse)
            passing = pronoun.dep in _SUBJECT and 0 <= pronoun.head < len(parse.tokens) and (parse.tokens[
                pronoun.head].dep == "ROOT" or all(_in_phrase_of(parse, m, pronoun.head) for p, m in zip(
                    named, people, strict=True) if m.start < pronoun.start and p[1] in (g, ""))) and bool(same) \
                and not any(subj for _, _, subj in same) and all(k for k, _, _ in same) and not not_subject
            # "In 1847, with the help of Count Lajos Batthyány, he was elected", "For Mehmed he cast an enormous
            # cannon": one named in a phrase of the verb whose subject the pronoun is, is not its subject; whom it
            # means, the sentences before say
            if passing:
                same = []
            if later is not None:
                found[s.index] = Reference(pronoun.start, pronoun.end, pronoun.text, later or None, False, bool(later),
                                           cataphoric=True)
            elif (not_subject or not same) and not any(
                    m.start < pronoun.start and _maybe_gender(m.key) in (g, "")
                    for m in _maybe_people(s, index)) and not (pronoun.lower in ("he", "she") and any(
                    g in sexes and re.search(rf"(?<![\w'’-]){re.escape(name)}\b", s.text[:pronoun.start])
                    for name, sexes in shared.items())):
                subject = pronoun.dep in _SUBJECT or pronoun.dep == "poss" and 0 <= pronoun.head < len(
                    parse.tokens) and parse.tokens[pronoun.head].dep in _SUBJECT  # "His first act was": the topic
                later = {m.key for m in people if (m.start > pronoun.start or passing) and not _as_a_name(s.text,
                                                                                                        m.start)}
                # "she married John Tubman ... and took her mother's name, Harriet": a name told as a word is no
                # one named later
                # "Under her mother's influence, she had ...": the "she" makes her the subject there
                again = any(t.lower in ("he", "she") and PRONOUN_GENDER[t.lower] == g and t.dep in _SUBJECT
                            and t.start > pronoun.start and not _quoted(s, t.start) for t in parse.tokens)
                key, certain = _antecedent(s, g, subject, seen, found, sentences, section, hero, hero_gender, realized,
                                           later if subject or again else set(), leading, apart)
                vetoed = False  # a rule below left it unresolved on purpose: no later guess may settle it
                if key is not None and key == hero and not certain and _object_before(s, g, seen, doers, sentences,
                                                                                     section, hero):
                    key, vetoed = None, True  # "... three policemen surprised Jules Bonnot. He shot at the
                    # officers": Bonnot, not the main subject, whom the sentence before does not name
                if key is not None and _newcomer(key, s.index, seen, realized, index, hero, g):
                    key, vetoed = None, True  # "He was tried by a military court ... The new governor-general,
                    # Camilo de Polavieja, confirmed the sentence two days later. On the last night of his life he
                    # wrote": a man named once, in the sentence between, is no surer than the life's own subject
                if passing and not certain:
                    key = None  # "In one letter to Lady Milbanke, she referred to her daughter as 'it'": only a guess
                if key is None and subject and not passing:
                    key = _continuing(s, g, seen, doers, sentences, section, later, hero, realized, apart)
                if key is None and not vetoed and not passing and not not_subject and hero and g == hero_gender \
                        and hero not in later and _hero_in_view(s, g, seen, strangers, sentences, section, hero,
                                                                realized):
                    key = hero  # "Friends came to her aid. Punch printed verses in her praise ... ¶ She spent some
                    # years in Jamaica": pronouns nobody settled, and no one else of her sex in sight, are the life's
                if key is not None and s.index > 0 and 0 <= pronoun.head < len(parse.tokens) and (
                        key in gone[s.index - 1] and pronoun.dep == "nsubj" and parse.tokens[pronoun.head].pos == "VERB"
                        or key in gone[s.index - 1] and pronoun.dep == "nsubjpass"
                        and parse.tokens[pronoun.head].lower in _KILLED):
                    key = None  # "Ci'an died suddenly in April 1881. From then on she governed alone": no deed of the
                    # dead (but "Douglass died of a heart attack. He was 77")
                if not_subject and key == same[0][0]:
                    key = None
                if not_subject and key is None:
                    apart.add(s.index)  # "Queen Victoria received her": whoever "her" is, she is not the Queen
                if key is not None and pronoun.dep == "nsubjpass" and s.index > 0 \
                        and _acted_on(parses[s.index - 1], g) and any(
                            k and gk == g and subj for k, gk, subj in seen[s.index - 1]):
                    key = None  # "Peter Tolstoy talked him into coming home. He was tried for treason": the one
                    # acted on may be the next "he" that is acted on as well as the one who acted
                if key is not None and pronoun.tag == "PRP" and (any(
                        m.key == key and m.start > pronoun.start and not _FAMILY_AFTER.match(s.text[m.end:])
                        and not _as_a_name(s.text, m.start) for m in people) or _named_after(key, s.text, pronoun.end, [
                            (m.start, m.end) for m in index.by_sentence.get(s.index, [])
                            if m.key != key or _as_a_name(s.text, m.start)])):  # "she took the name Sojourner Truth"
                    key = None  # "He attempted to get Serge to sign": whoever "he" is, he is not Serge; but "He was
                    # buried ... in the Douglass family plot" may be Douglass; nor is he whose surname alone follows,
                    # a name too doubtful to be a mention ("he found the two cars with the bodies of Madero")
                if key is not None and _office_after(s, parse, pronoun, offices.get(key, frozenset()), people):
                    key = None  # "Philip gave the command to Medina Sidonia. He had no experience of war at sea, and
                    # he begged the king to choose someone else": whoever "he" is, he is not the king he begged
                kin = _KIN_NAMED.match(s.text[pronoun.start:]) if pronoun.start == 0 else None
                if kin and hero and key != hero and _surname(kin.group(1)) == _surname(hero) and (
                        key is None or _surname(key) != _surname(hero)):
                    key = hero  # "In his verdict, Areche banned Inca dress. ... His cousin Diego Cristóbal Túpac Amaru
                    # fought on": a kinsman who bears the main subject's name is the main subject's
                if key is not None and key == hero and pronoun.dep in _SUBJECT and _youth_acted_on(parse, g):
                    key = None  # "Tecumseh was raised by his elder brother Chiksika. He took the teenager on raids":
                    # the teenager is the main subject in his youth, so the "he" who took him is someone else
                unnamed = _in_clause_of_unnamed(parse, pronoun, people)
                inside = unnamed and pronoun.tag == "PRP$" and _who_clause(parse, pronoun)  # "this heavy woman, who
                # had died in her fifties, was Hatshepsut": whoever she is, the sentence says it, and stands alone
                if unnamed or _unnamed_before(parse, pronoun, g, people, key, certain):
                    key = None  # "Monsieur, who had fled at the same time as his brother": Monsieur's brother;
                    # "the death of a drummer boy ... a memorial erected to him": the boy
                possessive = (pronoun.tag == "PRP$" or pronoun.lower == "his" and pronoun.dep == "poss") and not (
                    pronoun.lower == "her" and _NAMING.search(s.text[:pronoun.start])
                    and re.match(r"\s+[\"“]?[A-Z]", s.text[pronoun.end:]))  # "calls her Voadicia": whom, not whose
                if not inside:
                    found[s.index] = Reference(pronoun.start, pronoun.end, pronoun.text, key, possessive, certain)
                # an unresolved pronoun keeps the next one unresolved
                if pronoun.dep in _SUBJECT and 0 <= pronoun.head < len(parse.tokens) \
                        and parse.tokens[pronoun.head].dep == "ROOT":
                    leading.add(s.index)  # "He admitted that he had asked Victor Serge ...": the sentence's own doer
                here.append((key or "", g, subject or again and key is not None))
                own = len(here)  # the pronoun's own entry is no stranger
        if s.narrative:
            youth = _young_hero(parse, hero_gender) if hero else None
            here += _others(s, parse, pronoun, named, people, s.index in found, youth)
            here += _unnamed_relatives(parse, people, youth)
            here += [(hero or "", hero_gender, t.dep in _SUBJECT) if t.lower in callings
                     else (_CALLED, ROLE_GENDER.get(t.lower, ""), True) if t.dep in _SUBJECT
                     else (_DESCRIBED, "", False)
                     for t in parse.tokens if t.pos == "NOUN" and (
                         t.lower in _PERSON_NOUNS and t.dep in ("dobj", "pobj")
                         or t.lower in _CALLINGS and t.dep in _SUBJECT and not _copula(parse, t)
                         and 0 <= t.head < len(parse.tokens) and parse.tokens[t.head].dep == "ROOT")  # not "... who
                     # sent money when the author had run out"
                     and any(c.dep == "det" and c.lower == "the" for c in parse.children(t))
                     and not any(m.start <= n.start < m.end for n in (t, *parse.children(t)) for m in people)]
            # "Széchenyi accused the journalist of leading the nation towards revolution. Having lost the editorship,
            # he founded": the journalist, someone the text names otherwise, may be the next "he" as well; "When John
            # XXIII fled from Constance, the prisoner was transferred. He was brought before the council": the one a
            # calling makes the subject, not the man named in passing before it
            if hero and youth is not None:
                here.append((hero, hero_gender, youth.dep in _SUBJECT))
        here += [(hero or "", hero_gender, False) if m.key in also else ("", _maybe_gender(m.key), False)
                 for m in _maybe_people(s, index)]  # "Sophie", of two birth names of the main subject, is her
        strangers.append({g for (k, g, _), m in zip(here[:len(people)], people, strict=True) if not k}
                         | {g for k, g, _ in here[len(people):] if k in (_CALLED, _DESCRIBED)}
                         | {g for k, g, subj in here[own:] if not k and subj}
                         | {_maybe_gender(m.key) for m in _maybe_people(s, index) if m.key not in also})
        if s.narrative and _seized_by_named(parse, people):
            apart.add(s.index)  # "On his way home he was seized by Túpac Amaru": the "he" is not the one who seized
        seen.append(here)
        doers.append(_doers_of(parse, named, people))
        dead.append({k for (k, _, _), m in zip(named, people, strict=True) if k and _dies(
            parse, parse.head_of(m.start, m.end), main=True)} if s.narrative else set())
        gone.append(dead[-1] | {k for (k, _, _), m in zip(named, people, strict=True) if k and _dies(
            parse, parse.head_of(m.start, m.end))} if s.narrative else set())  # in any clause: "When Hamilcar drowned"
        ref = found.get(s.index)
        realized.append({ref.key} if ref is not None and ref.key and not ref.cataphoric else set())
    return found


# the titles one holder at a time is called by alone ("the king", "the caliph"); not prompts.OFFICES, the offices a
# body's name follows ("the Speaker of the ____")
_OFFICE_WORDS = HONORIFICS & frozenset(
    "king queen emperor empress tsar tsarina czar sultan caliph shah khan pope regent prince princess duke duchess"
    " earl viceroy governor general admiral president chancellor archbishop bishop cardinal marshal pharaoh shogun"
    " emir dauphin".split())
_OFFICE = "|".join(sorted(_OFFICE_WORDS))
_OFFICE_BEFORE = re.compile(rf"\b(?:the|an?)\s+(?:[\w-]+\s+){{0,3}}?({_OFFICE}),?\s+$")  # "the Abbasid caliph Harun"
_OFFICE_AFTER = re.compile(rf"^(?:,\s+|\s+(?:was|became|is)\s+)(?:the|an?)\s+(?:[\w-]+\s+){{0,3}}?({_OFFICE})\b"
                           r"|^,\s+([A-Z][a-z]+)\s+of\b")  # ", the regent"; "Alonso Pérez de Guzmán, Duke of Medina
# Sidonia"


def person_offices(sentences: list[Sentence], index: EntityIndex) -> dict[str, frozenset[str]]:
    """The offices the text gives each person: as a title ("King Philip II"), before the name ("the Abbasid caliph
    Harun"), in apposition or as a predicate ("Harun al-Rashid was the fifth caliph of the Abbasid dynasty")."""
    found: dict[str, set[str]] = {}
    for s in sentences:
        for m in index.by_sentence.get(s.index, []):
            if index.kinds.get(m.key) is not AnswerKind.PERSON:
                continue
            words = re.findall(r"[A-Za-z]+", f"{s.text[m.blank_start:m.start]} {m.key}")
            before = _OFFICE_BEFORE.search(s.text[max(0, m.blank_start - 60):m.blank_start])
            after = _OFFICE_AFTER.match(s.text[m.end:m.end + 80])
            words += [before.group(1)] if before else []
            words += [w for w in after.groups() if w] if after else []
            found.setdefault(m.key, set()).update(w.lower() for w in words if w.lower() in _OFFICE_WORDS)
    return {k: frozenset(v) for k, v in found.items() if v}


def _office_after(s: Sentence, parse: Parse, pronoun: Token, offices: frozenset[str], people: list[Mention]) -> bool:
    """Does the pronoun's sentence name, after it, "the <office>" its candidate holds, as someone else acted on or
    beside ("he begged the king", "he wrote to the caliph"), not as what the pronoun is ("he became the king")?"""
    for t in parse.tokens:
        if t.start <= pronoun.start or t.lower not in offices or t.dep in ("attr", "appos", "conj") \
                or any(m.blank_start <= t.start < m.end for m in people) or _quoted(s, t.start):
            continue
        if re.search(r"(?<!\bas )\bthe\s+$", s.text[max(0, t.start - 8):t.start]) \
                and not re.match(r"\s+(?:of\s+)?[A-Z]", s.text[t.end:]):
            return True
    return False


def _shared_surnames(index: EntityIndex, genders: dict[str, str]) -> dict[str, set[str]]:
    """The surnames two or more of the text's people bear, written alone in doubt ("Parsons": Albert or Lucy), with
    the genders of those who bear them."""
    bearers: dict[str, list[str]] = {}
    for k, kind in index.kinds.items():
        if kind is AnswerKind.PERSON and " " in k and " of " not in k:  # "Robert of Normandy": a land, no surname
            bearers.setdefault(k.split()[-1], []).append(k)
    return {n: {genders.get(k) or first_name_gender(k.split()[0]) for k in bearers[n]} for n in index.doubtful
            if " " not in n and len(bearers.get(n, [])) >= 2 and n[:1].isupper()}


def _as_a_name(text: str, start: int) -> bool:
    """Is the name at ``start`` told as a word ("took her mother's name, Harriet", "known as Tianjing"), not a person
    acting or acted on?"""
    return re.search(r"\b(?:name|named|called|calls|call|nicknamed|known\s+as)[,:]?\s+[\"“]?$",
                     text[:start]) is not None


_FAMILY_AFTER = re.compile(r"['’]?s?\s+(?:family|household|estate|plot|papers|archives?|line|dynasty|clan)\b")


def _clause_subject(parse: Parse, pronoun: Token, people: list[Mention], key: str) -> bool:
    """Is the person the subject of the pronoun's own clause ("Bouille prepared everything to receive him"), not of
    another ("Joan gained favour with Charles, who accepted her as sane": her clause's subject is "who")?"""
    head, seen = pronoun, set()
    while head.pos not in ("VERB", "AUX") and 0 <= head.head < len(parse.tokens) and head.i not in seen:
        seen.add(head.i)
        head = parse.tokens[head.head]
    to = parse.tokens[head.i - 1] if head.i > 1 and head.tag == "VB" else None
    if to is not None and to.lower == "to" and parse.tokens[to.i - 1].pos == "NOUN" \
            and parse.tokens[to.i - 1].dep == "pobj":
        return False  # "died without a son to succeed him": the son would succeed, and "him" is the one who died
    while head.dep in ("xcomp", "advcl") and 0 <= head.head < len(parse.tokens) and head.i not in seen:
        seen.add(head.i)  # "to receive him": the subject of "prepared"
        head = parse.tokens[head.head]
    subjects = [c for c in parse.children(head) if c.dep in ("nsubj", "nsubjpass")]
    return not subjects or any(m.key == key and m.start <= c.start < m.end for c in subjects for m in people)


def _acted_on(parse: Parse, gender: str) -> bool:
    """Does a person named as a sentence's subject act on an unnamed "him" or "her" of ``gender`` ("Peter Tolstoy
    talked him into coming home"; not "Rosa Luxemburg's sharp pen brought her into conflict")?"""
    actor = next((t for t in parse.tokens if t.dep == "nsubj" and t.ent == "PERSON"), None)
    return actor is not None and any(
        t.lower in ("him", "her") and t.tag == "PRP" and t.dep in ("dobj", "pobj", "dative") and t.i > actor.i
        and PRONOUN_GENDER[t.lower] == gender for t in parse.tokens)


def _maybe_gender(name: str) -> str:
    """The gender a doubtful person's first word gives ("Charles" m), or "" (either)."""
    g = first_name_gender(name.split()[0])
    return g if g in ("m", "f") else ""


def _others(s: Sentence, parse: Parse, first: Token | None, named: list[tuple[str, str, bool]],
            people: list[Mention], resolved: bool, youth: Token | None = None) -> list[tuple[str, str, bool]]:
    """Pronouns that may mean someone not named ("Penney prosecuted him"): they make the next sentence's
    "he" unclear; not the main subject's own after ``youth`` ("the girl passed her youth"). Returns blockers ("",
    gender, subject)."""
    out: list[tuple[str, str, bool]] = []
    chained: set[str] = set()  # genders whose one named person a subject or possessive pronoun already took up
    for t in parse.tokens:
        g = PRONOUN_GENDER.get(t.lower)
        if not g or t.tag not in ("PRP", "PRP$") or _quoted(s, t.start) or (first is not None and t.i == first.i
                                                                              and resolved):
            continue
        if t.lower in ("himself", "herself"):
            continue  # "Bouille hastened himself": a reflexive is its own clause's subject, never someone else
        if resolved and first is not None and PRONOUN_GENDER[first.lower] == g and t.start > first.start:
            continue  # "she ... her": the same person again
        if youth is not None and t.start > youth.start and PRONOUN_GENDER[t.lower] == _YOUNG[youth.lower]:
            continue  # "the girl passed her youth": hers
        same = {k for (k, pg, _), m in zip(named, people, strict=True) if pg == g and m.start < t.start}
        if same and (t.dep in _SUBJECT or t.tag == "PRP$"):
            if len(same) == 1:
                chained.add(g)
            continue  # "Douglass said he would", "Nightingale ... her birth": the same person
        if g in chained and len(same) == 1:
            continue  # "Ada made it clear that she did not like him, which led her to ...": Ada still
        out.append(("", g, False))
    return out


def _relative_clause(parse: Parse, pronoun: Token) -> Token | None:
    """The head of the relative clause a pronoun stands in, if any (within a dozen steps up the parse)."""
    t, steps = pronoun, 0
    while t.dep != "relcl" and 0 <= t.head < len(parse.tokens) and t.head != t.i and steps < 12:
        t, steps = parse.tokens[t.head], steps + 1
    return t if t.dep == "relcl" else None


def _in_clause_of_unnamed(parse: Parse, pronoun: Token, people: list[Mention]) -> bool:
    """Is the pronoun inside a "who" clause ("X, who ... his ...") whose X is no person the text names? The
    pronoun then most likely means X, whoever that is."""
    t = _relative_clause(parse, pronoun)
    if t is None or not 0 <= t.head < len(parse.tokens) or not any(
            c.lower in ("who", "whom", "whose") for c in parse.children(t)):
        return False  # "a dispatch he had received", "the anarchists he tried to befriend": not about the noun
    antecedent = parse.tokens[t.head]
    return not any(m.start <= antecedent.start < m.end for m in people)


def _who_clause(parse: Parse, pronoun: Token) -> bool:
    """Is the pronoun in a clause whose subject is "who" ("a woman, who had died in her fifties"), so that it is
    the clause's own subject's (not "the deaconesses whom she had seen")?"""
    t = _relative_clause(parse, pronoun)
    return t is not None and any(c.lower == "who" and c.dep in _SUBJECT for c in parse.children(t))


def _unnamed_relatives(parse: Parse, people: list[Mention], youth: Token | None = None) -> list[tuple[str, str, bool]]:
    """A relative who is a subject and is not named ("Serge's father fled"; not "Her father, Paul Duval, was"):
    the next "he" may mean him. Returns blockers ("", gender, True); never ``youth``, the main subject as "the
    girl"."""
    heads = [h for h in (parse.head_of(m.start, m.end) for m in people) if h is not None]
    named = {h.head for h in heads if h.dep != "poss"} | {h.i for h in heads}  # nor "the king" that is the main
    # subject's title ("In 1621 the king took Riga")
    equated = {h.head for h in heads if h.dep == "attr"} | {
        parse.tokens[h.head].head for h in heads if h.dep == "pobj" and 0 <= h.head < len(parse.tokens)
        and parse.tokens[h.head].lower == "as"}  # "The most powerful man of the reign was Grigory Potemkin", "her
    # nephew came to the throne as Peter III": the one named
    return [("", ROLE_GENDER[t.lower], True) for t in parse.tokens
            if t.dep in _SUBJECT and t.lower in ROLE_GENDER and t.pos == "NOUN" and t.i not in named
            and t.head not in equated
            and not (0 <= t.head < len(parse.tokens) and parse.tokens[t.head].lower in _DIED)
            and (youth is None or t.i != youth.i)]
    # "Her mother died of tuberculosis when Maria was ten. ... she studied in secret": the dead are no one's next "she"


_YOUNG = {"girl": "f", "boy": "m", "lad": "m", "maiden": "f"}


_KIN_NAMED = re.compile(r"(?:His|Her)\s+(?:[a-z-]+\s+)?(?:cousin|brother|sister|son|daughter|nephew|niece|uncle|aunt"
                        r"|grandson|granddaughter|half-brother|half-sister),?\s+"
                        r"((?:[A-Z][\w'’-]*\s+){1,4}[A-Z][\w'’-]*)")


def _surname(name: str) -> str:
    """A name's last capitalised word, in lower case, not a reign's number ("Túpac Amaru II": "amaru")."""
    words = [w for w in name.split() if w[:1].isupper() and not REGNAL_NUMBER.fullmatch(w)]
    return words[-1].lower() if words else ""


def _clause_apart(text: str, after: int, names: list[str]) -> bool:
    """Does a clause of its own end between a pronoun and the names after it ("Her pupils became warmly attached to
    her; but Lady Kingsborough grew jealous", "restored him to the army, and Picquart was made")? The pronoun is then
    no forward mention of them."""
    spots = [text.find(n.split()[-1], after) for n in names if n.strip()]  # not one told by a calling alone
    first = min((x for x in spots if x >= 0), default=-1)
    return first > after and re.search(r";|\bbut\b|,\s+and\s+(?=[A-Z])", text[after:first + 1]) is not None
    # "parliament restored him to the army, and Picquart was made a general": two clauses, "him" no forward mention of
    # Picquart


def _seized_by_named(parse: Parse, people: list[Mention]) -> bool:
    """Is a "he" or "she" of the sentence acted on by someone it names ("he was seized by Túpac Amaru")?"""
    named = {h.i for h in (parse.head_of(m.start, m.end) for m in people) if h is not None}
    for t in parse.tokens:
        if t.lower in ("he", "she") and t.dep == "nsubjpass" and 0 <= t.head < len(parse.tokens):
            agents = [a for a in parse.tokens if a.head == t.head and a.dep == "agent"]
            if any(o.head == a.i and o.dep == "pobj" and o.i in named for a in agents for o in parse.tokens):
                return True
    return False


def _the_young(parse: Parse, t: Token, gender: str, either: bool = False) -> bool:
    """Is ``t`` "the girl" or "the boy" of ``gender`` (with ``either``, also "the teenager", "the youth")?"""
    return t.pos == "NOUN" and t.i > 0 and parse.tokens[t.i - 1].lower == "the" and (
        _YOUNG.get(t.lower) == gender or either and t.lower in ("teenager", "youth", "child", "youngster"))


def _youth_acted_on(parse: Parse, gender: str) -> bool:
    """Is "the boy", "the teenager" or "the youth" (of the pronoun's gender or none) a verb's object in the sentence?"""
    return any(t.dep in ("dobj", "pobj") and _the_young(parse, t, gender, either=True) for t in parse.tokens)


def _young_hero(parse: Parse, gender: str) -> Token | None:
    """The "girl" or "boy" of a life of a girl or a boy: the main subject in their youth ("Mr. Gurney had removed
    with his family to Earlham Hall, and there the girl passed her youth"), not someone else unnamed."""
    return next((t for t in parse.tokens if _the_young(parse, t, gender)), None)


_DIED = frozenset({"died", "dies", "perished", "drowned"})
_KILLED = frozenset({"murdered", "killed", "assassinated", "executed", "slain", "poisoned", "beheaded", "hanged"})
# "Hamilcar drowned in 228 BC ... He was murdered in 221 BC": the dead are killed no more


def _dies(parse: Parse, head: Token | None, main: bool = False) -> bool:
    """Is the person a subject only of a clause of their death ("after Ward was killed in battle in 1862, by Charles
    Gordon")? The dead are no one's next "he". With ``main``, of the sentence's own main clause ("Ci'an died suddenly
    in April 1881"), which leaves a dead man's burial to a "he" after it, but no deed."""
    verb = parse.tokens[head.head] if head is not None and 0 <= head.head < len(parse.tokens) else None
    if head is not None and not main and any(
            c.dep == "relcl" and (c.lower in _DIED or c.lower in _KILLED) and any(
                w.lower == "who" and w.dep in _SUBJECT for w in parse.children(c)) for c in parse.children(head)):
        return True  # "the loss was that of Brian de Jay, master of the Templars, who was slain in the pursuit"
    if head is None or head.dep not in _SUBJECT:
        return False
    if verb is not None and verb.lower in ("was", "is") and any(
            t.head == verb.i and t.dep == "acomp" and t.lower == "dead" for t in parse.tokens):
        return True  # "By then Nicholas was dead, and his son Alexander II had come to the throne. He made peace"
    return verb is not None and (verb.dep == "ROOT") == main and (verb.lower in _DIED or (
        head.dep == "nsubjpass" and verb.lower in ("killed", "executed", "murdered", "assassinated")))


def _cataphora(s: Sentence, pronoun: Token, gender: str, named: list[tuple[str, str, bool]],
               people: list[Mention], parse: Parse) -> str | None:
    """"Despite holding his ground, ... forced Wellington to withdraw": a pronoun in an opening phrase
    refers to the first person of its gender named after that phrase's comma. A pronoun of the main clause
    ("In 1900 he defeated Bryan, with Roosevelt as his running mate") is no such pronoun."""
    comma = s.text.find(",", pronoun.end)
    if comma < 0 or any(m.start < pronoun.start for m in people) or not _OPENING.match(s.text):
        return None
    verb = pronoun
    while verb.pos not in ("VERB", "AUX") and 0 <= verb.head < len(parse.tokens) and verb.head != verb.i:
        verb = parse.tokens[verb.head]
    if verb.dep == "ROOT" and verb.start < comma:
        return None
    root = next((t for t in parse.tokens if t.dep == "ROOT"), None)
    marked = any(t.head == verb.i and t.dep == "mark" for t in parse.tokens)
    if ";" in s.text[pronoun.end:comma] or (pronoun.dep in _SUBJECT and not marked and (
            verb.dep in ("ccomp", "conj", "parataxis") or (verb.tag in ("VBD", "VBZ", "VBP") and root is not None
                                                           and root.pos not in ("VERB", "AUX")))):
        return None  # "For some years he wavered ...; he swore fealty to Edward I, but joined the rising of William
        # Wallace": a subject of a clause of its own, no opening phrase, whatever the parser made its root ("As a
        # young man he married Cornelia, the daughter of Lucius Cornelius Cinna": "As" its root, "married" a clause
        # hanging from "man")
    for (key, g, _), m in zip(named, people, strict=True):
        if m.start > comma:
            if any(comma < t.start < m.start and t.dep in _SUBJECT and (
                    t.lower in ("he", "she") and PRONOUN_GENDER[t.lower] == gender or t.pos in ("PROPN", "NOUN")
                    and not any(p.start <= t.start < p.end for p in people) and s.text[t.end:t.end + 1] != ",")
                   for t in parse.tokens):
                return None  # "in response to a dispatch he had received from Grouchy, he sent a reply telling
                # Grouchy": the main clause's doer is a pronoun too, not the name after it; "With the aid of his
                # father's army, Selim defeated Bayezid": a doer the text names too loosely to be a mention;
                # "Although he had been invested, a messenger gave him the news that Louis VI had died": someone
                # unnamed
            if not key and not g:
                return ""  # "From his palace at Bithur, Nana Sahib took command": a doubtful name, but the one meant
            return key if g == gender else None
    return None


def _people(s: Sentence, index: EntityIndex, hero: str | None = None, titles: frozenset[str] = frozenset()
            ) -> list[Mention]:
    """The people a sentence names, with "the President" standing for a main subject the text calls
    "President William McKinley"."""
    out = [m for m in index.by_sentence.get(s.index, []) if index.kinds.get(m.key) is AnswerKind.PERSON]
    if hero is not None and titles:
        for t in re.finditer(r"\b[Tt]he (?:(?:young|old|aged|ageing|new|dying|ailing|boy|girl) )?((?:"
                             + "|".join(sorted(titles)) + r"))\b(?!\s+(?:of\s+)?[A-Z])", s.text):  # "The young king"
            if not any(m.start <= t.start(1) < m.end for m in out):
                out.append(Mention(s.index, t.start(1), t.end(1), t.group(1), hero, _TITLED))
    return sorted(out, key=lambda m: m.start)


def _hero_titles(paragraphs: list[Paragraph], hero: str | None) -> frozenset[str]:
    """The titles the main subject bears in the text or its heading ("President" of "The Assassination of
    President William McKinley"): "the President" then means them."""
    if hero is None:
        return frozenset()
    surname = re.escape(hero.split()[-1])
    found = (re.finditer(rf"\b([A-Z][a-z]+)\s+(?:[A-Z][\w.]*\s+){{0,3}}{surname}\b", p.text) for p in paragraphs)
    return frozenset(m.group(1) for ms in found for m in ms if m.group(1).lower() in HONORIFICS)


def _office_titles(paragraphs: list[Paragraph], hero: str | None) -> frozenset[str]:
    """The office the opening gives the main subject after their name ("GUSTAVUS ADOLPHUS (1594-1632), king of
    Sweden", "Frederick II, called the Great, was king of Prussia"), in both cases, with what its holder was called
    before the throne ("prince")."""
    if hero is None:
        return frozenset()
    opening = next((p.text for p in paragraphs if not p.is_heading), "")
    office = re.search(rf"{re.escape(hero)}\s*(?:\([^()]*\))?"
                       rf"(?:,\s+(?:called|known\s+as|surnamed|styled)\s+[^,.;]{{1,40}})?"
                       rf"(?:,\s+|\s+(?:was|became)\s+)(?:the\s+|an?\s+)?"
                       rf"(?:[\w-]+\s+){{0,2}}?({_OFFICE})\s+of\b", opening, re.IGNORECASE)
    if office is not None:  # "GUSTAVUS ADOLPHUS (1594-1632), king of Sweden": "the king" of the sketch is he, and
        # "the prince" his youth
        word = office.group(1).lower()
        return frozenset({word, word.capitalize()} | {heir for w, heir in _HEIRS.items() if w == word})
    return frozenset()


_ACCESSION = re.compile(r"\b(?:succeeded|ascended|came\s+to\s+the\s+throne|mounted\s+the\s+throne|was\s+crowned"
                        r"|accession|became\s+(?:king|queen|emperor|empress|tsar|sultan))\b")


def _crowned_in(sentences: list[Sentence], hero: str, gender: str) -> int | None:
    """The sentence that tells the main subject's accession ("In 1740 he succeeded to the throne"): before it "the
    king" is another (the father), after it "the prince" is."""
    pronoun = {"m": r"\b[Hh]e\b", "f": r"\b[Ss]he\b"}.get(gender, r"(?!)")
    first = re.escape(hero.split()[0])
    for s in sentences:
        found = _ACCESSION.search(s.text)
        if found and re.search(rf"\b{first}\b|{pronoun}", s.text[:found.start()]):
            return s.index
    return None


def hero_title(paragraphs: list[Paragraph], hero: str | None) -> str | None:
    """The one title the text gives its main subject and no one else ("President" of "President William McKinley"),
    so that "the President" of its story may be written "President William McKinley"; None otherwise."""
    titles = _hero_titles(paragraphs, hero)
    return next(iter(titles)) if len(titles) == 1 and _sole_bearer(paragraphs, hero, titles) else None


def _sole_bearer(paragraphs: list[Paragraph], hero: str | None, titles: frozenset[str]) -> bool:
    """Does the text give the main subject's titles to no one else ("President William McKinley", never "President
    Roosevelt"; a "Vice President" holds another title)?"""
    if hero is None or not titles:
        return False
    surname = hero.split()[-1]
    named = sorted(t for t in titles if t[0].isupper())  # "King Christian", not "the king was"
    bearer = re.compile(r"(?<![\w-])(?<![Vv]ice )(?<![Vv]ice-)(?:" + "|".join(named)
                        + r")\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)")
    return all(m.group(1).split()[-1] == surname for p in paragraphs for m in bearer.finditer(p.text))


_HEIRS = {"king": "prince", "queen": "princess"}  # what a monarch was called before the throne
_DESCRIBED = " "  # the key of someone a sentence acts on by a calling alone ("accused the journalist"): unnamed
_CALLED = "  "  # ... and of one a calling alone makes its subject ("the prisoner was moved"): a rival for the next
# subject pronoun, not for an object one ("The judge rejected the charges against Indira Gandhi. The court ordered her")
_TITLED = "TITLED"  # the label of a mention that is only the main subject's title ("the President")


_LIFE_CALLINGS = frozenset("prisoner captive exile fugitive reformer preacher traveller traveler pilgrim heretic"
                           .split())


def hero_callings(sentences: list[Sentence], hero: str | None) -> frozenset[str]:
    """The callings of a life's own course ("the prisoner", "the exile", "the reformer") that a text with a main
    subject uses and gives no one else it names ("John Wycliffe, the English reformer", "the preacher Jan Milíč"):
    there, the main subject."""
    if hero is None:
        return frozenset()
    own = set(hero.split())
    text = " ".join(s.text for s in sentences)
    out = set()
    for word in _LIFE_CALLINGS:
        if not re.search(rf"\b[Tt]he {word}\b", text):
            continue
        tied = [m.group(1) for m in re.finditer(rf"([A-Z][\w'’-]+)(?:\s*\([^()]*\))?,\s+(?:the\s+|an?\s+)?"
                                                rf"(?:[\w-]+\s+){{0,2}}?{word}\b", text)]
        tied += [m.group(1) for m in re.finditer(rf"\b{word}\s+([A-Z][\w'’-]+)", text)]
        if all(name in own for name in tied):
            out.add(word)
    return frozenset(out)


def _copula(parse: Parse, t: Token) -> bool:
    """Is a token the subject of "was", "became" ("The second rival was Harald Hardrada"): the one named there?"""
    return 0 <= t.head < len(parse.tokens) and parse.tokens[t.head].lower in _COPULAS


_COPULAS = frozenset("is was were are be been became become becomes remained remains".split())


def _in_phrase_of(parse: Parse, m: Mention, verb: int) -> bool:
    """Is a person named in a phrase of ``verb`` ("For Mehmed he cast"), not in a clause of their own?"""
    head = parse.head_of(m.start, m.end)
    if head is None or head.dep != "pobj" or not 0 <= head.head < len(parse.tokens):
        return False
    prep = parse.tokens[head.head]
    return prep.dep == "prep" and prep.head == verb


def _maybe_people(s: Sentence, index: EntityIndex) -> list[Mention]:
    """The names of a sentence that may be people's ("Nurhaci"); not "the Holy Spirit" of a quotation, nor the calling
    of "a Don Cossack named Yemelyan Pugachev"."""
    return [m for m in index.maybe_people.get(s.index, [])
            if not _quoted(s, m.start) and not re.match(r"\s+(?:named|called)\s", s.text[m.end:])]


def _year_fused(parse: Parse, head: Token | None) -> bool:
    """Is a name the subject the parser read into an opening year ("In 1744 Empress Elizabeth of Russia chose Sophie":
    "Elizabeth", the object of "In", and "chose" with no subject)?"""
    if head is None or head.dep != "pobj" or not 0 <= head.head < len(parse.tokens):
        return False
    prep = parse.tokens[head.head]
    root = parse.tokens[prep.head] if 0 <= prep.head < len(parse.tokens) else prep
    return prep.i == 0 and prep.dep == "prep" and root.dep == "ROOT" and root.pos in ("VERB", "AUX") \
        and any(c.dep == "nummod" and c.tag == "CD" for c in parse.children(head)) \
        and not any(c.dep in _SUBJECT for c in parse.children(root))


def _subject_as(parse: Parse, head: Token | None) -> bool:
    """Is a name who the subject, a calling or a relative, is or became ("Their chairman was General Yakov
    Rostovtsev", "her nephew came to the throne as Peter III")?"""
    if head is None or head.dep not in ("pobj", "attr") or not 0 <= head.head < len(parse.tokens):
        return False
    verb = parse.tokens[head.head]
    if head.dep == "pobj":
        if verb.lower != "as" or not 0 <= verb.head < len(parse.tokens):
            return False
        verb = parse.tokens[verb.head]
    return any(c.dep in _SUBJECT and c.pos == "NOUN" and c.lower in ROLE_GENDER for c in parse.children(verb))


_CALLING_NAMED = re.compile(r"(?:^|,\s+|\b\d{3,4}\s+)(?:[Aa]n?|[Oo]ne)\s+(?:[\w'’-]+\s+){1,3}(?:named|called)\s+$")


def _named(s: Sentence, parse: Parse, people: list[Mention], index: EntityIndex,
           genders: dict[str, str]) -> list[tuple[str, str, bool]]:
    out = []
    for m in people:
        head = parse.head_of(m.start, m.end)
        owner = parse.tokens[head.head] if head is not None and head.dep == "poss" and 0 <= head.head < len(
            parse.tokens) else None  # "Czolgosz's trial opened": his topic; not "Serge's father fled"
        apposed = parse.tokens[head.head] if head is not None and head.dep == "appos" and 0 <= head.head < len(
            parse.tokens) else None  # "Its king, Charles XII, was only eighteen", "His son Alexei Petrovich ...
        # hated his father's wars": the subject is the man the noun before his name stands for
        subject = head is not None and (head.dep in _SUBJECT or owner is not None and owner.dep in _SUBJECT
                                        and owner.lower not in ROLE_GENDER
                                        or apposed is not None and apposed.dep in _SUBJECT and apposed.tag == "NN"
                                        and parse.tokens[apposed.head].dep == "ROOT") and not _dies(parse, head) \
            and not (head.dep in _SUBJECT and 0 <= head.head < len(parse.tokens)
                     and parse.tokens[head.head].dep == "relcl")  # "the unity which Garibaldi won in the south was
        # gathered into the hands of the monarchy": the subject of a clause about a thing is no doer a "he" goes on
        subject = subject or bool(_CALLING_NAMED.search(s.text[:m.start])) or _year_fused(parse, head) \
            or _subject_as(parse, head)  # "a Don Cossack named Yemelyan Pugachev raised the Yaik Cossacks": the one
        # the subject's calling names
        if index.confidence.get(m.key, 0.0) < 0.75 and not genders.get(m.key):
            out.append(("", "", subject))  # a doubtful "person" is never named for a pronoun, but may be meant
        else:
            out.append((m.key, genders.get(m.key, ""), subject))
    return out


class _Doers(NamedTuple):
    """Who acts in a sentence beside its subjects."""

    acting: set[tuple[str, str]]  # (name, gender) of those who act though not subjects: "Charles VII" of "The
    # future French king, Charles VII, assumed"
    verbless: set[str]  # subjects of no verb: "making Annabella her executor"
    objects: set[str]  # a verb's objects: "policemen surprised Bonnot"


def _doers_of(parse: Parse, named: list[tuple[str, str, bool]], people: list[Mention]) -> _Doers:
    acting: set[tuple[str, str]] = set()
    verbless: set[str] = set()
    objects: set[str] = set()
    for (key, gender, subject), m in zip(named, people, strict=True):
        head = parse.head_of(m.start, m.end)
        if head is None:
            continue
        if key and _acts(parse, head):
            acting.add((key, gender))
        verb = parse.tokens[head.head] if 0 <= head.head < len(parse.tokens) else head
        if subject and head.dep in _SUBJECT and verb.pos not in ("VERB", "AUX"):
            verbless.add(key)
        if _received(parse, head):
            objects.add(key)
    return _Doers(acting, verbless, objects)


def _received(parse: Parse, head: Token) -> bool:
    """Is a name a verb's object or the one it is given to ("gave the supreme command to his half-brother, Don John of
    Austria"), itself or as the apposition of one?"""
    toks = parse.tokens
    if head.dep == "appos" and 0 <= head.head < len(toks):
        head = toks[head.head]
    if head.dep in ("dobj", "dative"):
        return True
    prep = toks[head.head] if head.dep == "pobj" and 0 <= head.head < len(toks) else None
    return prep is not None and prep.lower == "to" and prep.dep in ("prep", "dative") and 0 <= prep.head < len(
        toks) and toks[prep.head].pos == "VERB"


def _acts(parse: Parse, head: Token) -> bool:
    """Is a name the doer of a clause though not its subject: set beside the subject ("The future French king,
    Charles VII, assumed"), joined to it ("Toussaint and Dessalines marched": each acts), the agent of a participle
    ("the Banner Armies led by Dorgon"), or the person a "who" clause is about? Not one of a plural subject ("Their
    two daughters, Katherine and Ida, died") nor the agent of the main verb ("were written by Lang")."""
    up = parse.tokens[head.head] if 0 <= head.head < len(parse.tokens) else head
    if head.dep in ("appos", "conj") and up.tag not in ("NNS", "NNPS") and (
            up.dep in _SUBJECT or up.dep in ("appos", "conj") and 0 <= up.head < len(parse.tokens)
            and parse.tokens[up.head].dep in _SUBJECT and parse.tokens[up.head].tag not in ("NNS", "NNPS")):
        return True
    verb = parse.tokens[up.head] if up.dep == "agent" and 0 <= up.head < len(parse.tokens) else None
    return verb is not None and verb.dep == "acl" or _heads_who_clause(parse, head)


def _unnamed_before(parse: Parse, pronoun: Token, gender: str, people: list[Mention], key: str | None,
                    certain: bool) -> bool:
    """Does a person of the pronoun's gender stand unnamed before it in its sentence, who may be the one it means
    rather than ``key``: someone new ("a drummer boy ... erected to him"); "the king" when ``key`` bears no
    regnal number or title of a king ("The assembly sided with Barnave. ... the king should abdicate if he
    retracted"); another "the man" when ``key`` was not the last sentence's subject? Not one set beside a name
    ("his wife Anna", "the king, Charles")."""
    for t in parse.tokens:
        if t.start >= pronoun.start:
            return False
        if t.pos == "NOUN" and t.lower in _PERSON_NOUNS and t.dep in _SUBJECT and not any(
                m.start <= n.start < m.end for n in (t, *parse.children(t)) for m in people):
            return True  # "The correspondent ... when he heard": someone new, unnamed, the sentence's own subject
        if t.pos != "NOUN" or ROLE_GENDER.get(t.lower) != gender:
            continue
        if key is not None and any(c.dep == "det" and c.lower in ("the", "this", "that") for c in parse.children(t)):
            if t.lower in _RULERS:
                if re.search(r"\b[IVXL]+\.?$", key) or key.lower().startswith(t.lower + " "):
                    continue  # "Louis XVI drew near. ... rendered the king confident; he had": the same
            elif certain and t.dep in _SUBJECT:
                continue  # "the man" acting is the one the text follows; "stood behind the gunman, struck him": the
                # gunman, not the main subject
        near = [t, *parse.children(t)]
        if 0 <= t.head < len(parse.tokens):
            near.append(parse.tokens[t.head])
        if not any(m.start <= n.start < m.end for n in near for m in people):
            return True
    return False


def _paired(parse: Parse, pronoun: Token) -> bool:
    """Is a possessive bound to a person's role named just before it, as one pair ("the Tsar and his family", "the
    king and his ministers")?"""
    if pronoun.tag != "PRP$" or not 0 <= pronoun.head < len(parse.tokens):
        return False
    owned = parse.tokens[pronoun.head]
    if owned.dep != "conj" or not 0 <= owned.head < len(parse.tokens):
        return False
    role = parse.tokens[owned.head]
    gender = ROLE_GENDER.get(role.lower) or honorific_gender(role.text)
    return role.pos in ("NOUN", "PROPN") and gender == PRONOUN_GENDER[pronoun.lower] and any(
        c.dep == "det" and c.lower == "the" for c in parse.children(role))


def _heads_who_clause(parse: Parse, head: Token) -> bool:
    """"... for Edward Covey, a poor farmer who had a reputation": the person a "who" clause is about is that
    clause's subject, and may be the next sentence's "he"."""
    nouns = [head, *(c for c in parse.children(head) if c.dep == "appos")]
    return any(c.dep == "relcl" and any(w.lower == "who" and w.dep in _SUBJECT for w in parse.children(c))
               for n in nouns for c in parse.children(n))


def _first_pronoun(s: Sentence, parse: Parse) -> Token | None:
    for t in parse.tokens:
        if t.lower in PRONOUN_GENDER and t.tag in ("PRP", "PRP$") and not _quoted(s, t.start):
            return t
    return None


def _antecedent(s: Sentence, gender: str, subject: bool, seen: list[list[tuple[str, str, bool]]],
                found: dict[int, Reference],
                sentences: list[Sentence], section: dict[int, str], hero: str | None,
                hero_gender: str, realized: list[set[str]], later: AbstractSet[str] = frozenset(),
                leading: AbstractSet[int] = frozenset(),
                apart: AbstractSet[int] = frozenset()) -> tuple[str | None, bool]:
    """Find the person a pronoun of ``gender`` refers to, conservatively; returns (key, certain).

    Where the nearest sentence leaves it unclear, a subject pronoun still means the main subject when no one
    else of that gender was that sentence's subject and the main subject was a subject, or the person a
    pronoun stood for, in the few sentences before ("Together with Clara Zetkin ..., they formed the group.
    She spent most of the war behind bars").
    """
    key, certain = _nearest(s, gender, subject, seen, found, sentences, section, hero, hero_gender, realized, later,
                            leading, apart)
    if key is not None or not subject or hero is None or hero_gender != gender:
        return key, certain
    for j in range(s.index - 1, max(-1, s.index - 4), -1):
        if section.get(sentences[j].paragraph) != section.get(s.paragraph) or s.paragraph - sentences[j].paragraph > 1:
            break
        possible = [(k, subj) for k, g, subj in seen[j] if g in (gender, "")]
        if not possible:
            continue
        if any(subj for k, subj in possible if k != hero):
            break
        if hero in {k for k, _ in possible} and not any(subj for k, subj in possible if k == hero) and any(
                k and k != hero and g == gender for k, g, _ in seen[j]):
            break  # "Between Mazzini and Count Cavour, ..., there could be neither understanding nor trust. He had
            # staked ...": the main subject and another man, named alike, leave "he" to either
        if any(hero in {k for k, _, subj in seen[x] if subj} | realized[x] for x in range(max(0, j - 3), s.index)):
            return hero, False
        break
    return None, False


def _hero_in_view(s: Sentence, gender: str, seen: list[list[tuple[str, str, bool]]], strangers: list[set[str]],
                  sentences: list[Sentence], section: dict[int, str], hero: str, realized: list[set[str]]) -> bool:
    """Is the main subject the one person of ``gender`` in sight: named, or meant by a pronoun, in one of the few
    sentences before (of the same section, the paragraph before at most), with no one else of that gender named
    there, nor anyone unnamed ("her mother", "the journalist") who could be meant?"""
    for j in range(s.index - 1, max(-1, s.index - 5), -1):
        if section.get(sentences[j].paragraph) != section.get(s.paragraph) or s.paragraph - sentences[j].paragraph > 1:
            return False
        if strangers[j] & {gender, ""}:
            return False
        named = {k for k, g, _ in seen[j] if k and g in (gender, "")}
        if named - {hero}:
            return False
        if hero in named and any(not k and g == gender for k, g, _ in seen[j]):
            return False  # "On his way home he was seized by Túpac Amaru": the "he" beside him is someone else
        if hero in named or hero in realized[j]:
            return True
    return False


def _named_after(key: str, text: str, start: int, names: list[tuple[int, int]]) -> bool:
    """Does a sentence name ``key`` by its surname alone after ``start``: not as a family ("the Douglass family
    plot"), nor inside another name (``names``: "Jacques d'Arc", "Narrative of the Life of Frederick Douglass", "the
    Kangxi Emperor" for the Shunzhi Emperor, whose title is no surname)?"""
    words = [w for w in key.split() if w.lower() not in HONORIFICS]
    surname = words[-1] if words else key
    return len(surname) > 2 and any(
        not any(a <= m.start() < b for a, b in names)
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}\b(?!{_FAMILY_AFTER.pattern})", text)
        if m.start() >= start)


def _object_before(s: Sentence, gender: str, seen: list[list[tuple[str, str, bool]]], doers: list[_Doers],
                   sentences: list[Sentence], section: dict[int, str], hero: str | None) -> bool:
    """Is someone of ``gender`` a verb's object in the nearest sentence before that names anyone of it, and the main
    subject not named there ("policemen surprised Bonnot")? A pronoun after it may be theirs, so the main subject is
    no safe guess."""
    for j in range(s.index - 1, max(-1, s.index - 4), -1):
        prev = sentences[j]
        if section.get(prev.paragraph) != section.get(s.paragraph) or s.paragraph - prev.paragraph > 1:
            return False
        named = [k for k, g, _ in seen[j] if g == gender and k]
        if named:
            return hero not in named and any(k in doers[j].objects for k in named)
    return False


def _continuing(s: Sentence, gender: str, seen: list[list[tuple[str, str, bool]]],
                doers: list[_Doers], sentences: list[Sentence], section: dict[int, str], later: set[str],
                hero: str | None, realized: list[set[str]], apart: AbstractSet[int] = frozenset()) -> str | None:
    """Where the nearest rules leave a subject pronoun unclear, the one person of its gender who acted in the
    nearest sentence naming anyone who could be meant ("Ney noted an exodus from Wellington's centre. He mistook
    ..."): its subject, or a name set beside or joined to it, an agent, the person a "who" clause is about; none
    when one of the gender is a verb's object there. Not a person the pronoun's own sentence names later; with
    several, the main subject if a pronoun there meant them.
    """
    for j in range(s.index - 1, max(-1, s.index - 4), -1):
        prev = sentences[j]
        if section.get(prev.paragraph) != section.get(s.paragraph) or s.paragraph - prev.paragraph > 1:
            return None
        possible = [(k, g, subj) for k, g, subj in seen[j] if g in (gender, "")]
        if not possible:
            continue
        acting, verbless, objects = doers[j]
        if any(k in (_DESCRIBED, _CALLED) for k, _, _ in possible):
            return None  # "Széchenyi accused the journalist ... He answered": the journalist may have answered
        if j in apart:
            return None  # "Queen Victoria received her more than once. She was no less honoured abroad": the one she
            # received, whom no one could name, may be meant as well
        if any(k in objects for k, g, _ in possible if g == gender):
            return None  # "Callemin was arrested; days later, policemen surprised Bonnot. He shot at them": Bonnot
        if any(not k and g == gender and not subj for k, g, subj in possible):
            return None  # "parliament restored him to the army, and Picquart was made a general. He received": the
            # one "him" meant, whom no one named, may be the next "he" as well
        actors = ({(k, g) for k, g, subj in possible if subj and k not in verbless}
                  | {(k, g) for k, g in acting if g in (gender, "")})
        actors = {(k, g) for k, g in actors if k not in later}
        if any(k in realized[j] and k not in {a for a, _ in actors} for k, _, _ in possible):
            return None  # "Queen Victoria awarded her the Royal Red Cross. She died": the one a pronoun meant
        if len(actors) == 1 and next(iter(actors))[0] and next(iter(actors))[1] == gender and not (
                hero is not None and next(iter(actors))[0] != hero and any(k == hero for k, _, _ in possible)):
            return next(iter(actors))[0]  # not where the main subject is named there too ("Salma Sultan gave the
            # first news of the assassination of Indira Gandhi. She died ...": in her life, most likely her)
        if hero is not None and (hero, gender) in actors and hero in realized[j] and all(k for k, _ in actors):
            return hero  # "His godfather, Pierre Baptiste, taught him, and he learned French. He worked as ..."
        return None
    return None


def _nearest(s: Sentence, gender: str, subject: bool, seen: list[list[tuple[str, str, bool]]],
             found: dict[int, Reference],
             sentences: list[Sentence], section: dict[int, str], hero: str | None,
             hero_gender: str, realized: list[set[str]], later: AbstractSet[str] = frozenset(),
             leading: AbstractSet[int] = frozenset(), apart: AbstractSet[int] = frozenset()) -> tuple[str | None, bool]:
    """The person the nearest sentence naming anyone of ``gender`` gives a pronoun; returns (key, certain).

    The nearest earlier sentence (same section, at most three back) that names anyone who could be
    meant decides: one person of that gender there is the answer; several, or one of unknown gender,
    leave it unclear, unless the pronoun is a subject and exactly one of them was the subject there.
    With nobody in sight, the text's main subject is meant if the gender fits; and when the main subject was
    that sentence's topic (a pronoun stood for them) and no one of the gender was its subject, it still is.
    """
    veiled = False
    for j in range(s.index - 1, max(-1, s.index - 4), -1):
        prev = sentences[j]
        if section.get(prev.paragraph) != section.get(s.paragraph) or s.paragraph - prev.paragraph > 1:
            break
        possible = [(k, g, subj) for k, g, subj in seen[j] if g in (gender, "") and (subject or k != _CALLED)]
        if j == s.index - 1 and prev.paragraph != s.paragraph and subject and hero is not None \
                and hero_gender == gender and possible and not any(k for k, _, _ in possible):
            return hero, False  # "She taught her daughter to read. At sixteen she left home. ¶ In 1841 she moved to
            # London": a paragraph of the life opens with its own subject, where the last one ended on no one named
        blanks = [p for p in possible if not p[0]]
        unclear = found.get(j)  # its own pronoun, left unresolved
        if len(blanks) == 1 and blanks[0][1] == gender and unclear is not None and unclear.key is None \
                and not unclear.cataphoric and PRONOUN_GENDER[unclear.pronoun.lower()] == gender \
                and not (j in leading and not any(subj for k, _, subj in possible if k)) and j not in apart \
                and not _clause_apart(prev.text, unclear.end, [k for k, _, _ in possible if k]):
            veiled = veiled or not any(p[0] for p in possible)  # "The governor-general confirmed the sentence. On the
            # last night of his life he wrote a poem. He handed the lamp": who was meant there, only the main subject
            # may be, not the one named before it
            possible = [p for p in possible if p[0]]  # "Shortly after he returned home, Douglass died. He was 77.":
            # a pronoun left unresolved there (after one unclear, the next ones are too) most likely means whom that
            # sentence names, and hides no one else; not where that pronoun is the subject and the one named is not
            # ("He admitted that he had asked Victor Serge to post the letter. He later admitted ...": Rosenthal), nor
            # where it is the object of the one it names ("Queen Victoria received her. She was honoured abroad")
        if not possible:
            continue
        keys = list(dict.fromkeys(k for k, _, _ in possible))
        if "" in keys or _DESCRIBED in keys or _CALLED in keys:
            return None, False
        known = {k for k, g, _ in possible if g == gender}
        if len(keys) == 1 and keys[0] in known:
            was_subject = any(subj for k, _, subj in possible if k == keys[0])
            if not was_subject and keys[0] != hero and (
                    (hero is not None and hero_gender == gender)
                    or (j > 0 and any(g == gender and k != keys[0] for k, g, _ in seen[j - 1]))):
                return None, False  # "... led by Thomas Penney. ... find him guilty": Penney, or the man before?
            return (None, False) if veiled and keys[0] != hero else (keys[0], was_subject or not subject)
        subjects = list(dict.fromkeys(k for k, _, subj in possible if subj and k in known))
        if subject and len(subjects) == 1 and (subjects[0] == hero or len(known) == 1):
            return (None, False) if veiled and subjects[0] != hero else (subjects[0], False)
        topic = [k for k in realized[j] if k in known]
        if len(topic) == 1 and not subjects and topic[0] == hero:
            return topic[0], False  # "Her mother, Jeanne Roux, was ... . Her father ...": "her" stays the topic's
        left = [k for k in keys if k not in later]
        if len(keys) == 2 and len(left) == 1 and left[0] in known:
            return (None, False) if veiled and left[0] != hero else (left[0], False)  # "Annabella took command over
            # whom Ada saw. ... she ... making Annabella her executor": a subject pronoun is not the one its own
            # sentence names later, so it is the other
        return None, False
    if hero is not None and hero_gender == gender:
        return hero, True
    return None, False


__all__ = ["Reference", "hero_callings", "hero_title", "person_genders", "resolve"]
