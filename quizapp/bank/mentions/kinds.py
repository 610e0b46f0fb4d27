"""The kind of each name from evidence: NER votes, titles, appositions, prepositions, verbs, shapes and lexicons."""

from __future__ import annotations

import re
from collections import Counter

from quizapp.bank.mentions.lexicons import first_name_gender, is_demonym, place_evidence, town_population
from quizapp.bank.mentions.spans import GROUP_NOUNS, HONORIFICS, Span
from quizapp.bank.nlp.parse import Parse, Token
from quizapp.bank.text.dates import ORDINALS
from quizapp.bank.types import AnswerKind

P, L, O, W = AnswerKind.PERSON, AnswerKind.PLACE, AnswerKind.ORG, AnswerKind.WORK
# The model's label is tallied apart from the other evidence and weighs as a share (see ``decide``): the
# small model labels one name the same wrong way all through a text ("Wellington" a place, "Napoleon" an org).
_NER_VOTE = {P: "ner:person", L: "ner:place", O: "ner:org"}
NER_WEIGHT, CONTEXT_WEIGHT = 4.0, 8.0
SURE_CUES = 8.0  # context votes for one kind, twice all others', past which the model's label no longer counts
_RULERS = frozenset({"emperor", "empress", "king", "queen", "khan", "shah", "sultan", "pope", "tsar", "regent"})
_STYLED = re.compile(r",\s+(?:\d+(?:st|nd|rd|th)\s+)?(?:Queen|King|Duke|Duchess|Earl|Count|Countess|Prince|Princess"
                     r"|Emperor|Empress|Lord|Lady|Marquis|Marquess|Margrave|Elector|Baron|Viscount|Khan|Tsar)"
                     r"\s+of\s+(?:the\s+)?([A-Z][\w'’-]+)")
_STATIVE = frozenset("was were is are be been had has have lay lies stood stands remained remains became becomes"
                     " served serves seemed contained contains held holds".split())
MIN_CONFIDENCE = 0.6
_NER = {"PERSON": P, "GPE": L, "LOC": L, "FAC": L, "ORG": O}
NOW_CALLED = r"(?:modern|modern-day|present-day|contemporary|today's|what\s+is\s+now)"  # "near present-day Melmoth",
# "(modern Anglesey)", "what is now Mozambique": the place's name today
PLACE_SHAPE = re.compile(
    r"^(?:Place|Rue|Boulevard|Avenue|Quai|Via|Plaza|Piazza|Mount|Lake|Cape|Port|Fort|Château|Castle|Isle|Temple"
    r"|River|Rio|Río|Gulf|Bay|Sierra)\b"
    r"|^(?:County|Co\.)\s|^(?:Saint|Sainte|St|San|Santa|Santo|São)-"
    r"|^(?:Chemin|Route|Calle|Camino|Bois|Forêt|Mont|Col|Pont|Porte)\b"
    r"|\b(?:Street|Road|Avenue|Square|Prospect|Bridge|Station|River|Sea|Ocean|Mountains?|Lake|Island|Islands"
    r"|Valley|Quarter|Bay|Gulf|Province|County|Region|Coast|Castle|Abbey|Cathedral|Prison|Friary|Priory"
    r"|Monastery|Palace|Fort|Fortress|Canal|Forest|Hill|Hills|Farm|Wood|Field|Fields|Plain|Heights|Harbour"
    r"|Harbor|Peninsula|Desert|Strait|Channel|Creek|Stockade|Gaol|Jail|Park|Chapel|Tower|Gate|Wall|Plateau"
    r"|Basin|Delta|Pass|Ridge|Hall|House|Manor|Building|Site|Cemetery|Museum|Library|Theatre|Theater|Hotel|Inn"
    r"|Tavern|Gully|Mine|Mines|Diggings|Indies|District|Memorial|Monument|Tomb|Mausoleum|Palisade|Rampart|Aqueduct"
    r"|Barracks|Arsenal|Dockyard|Lighthouse|Firth|Mount|Sound|Estuary|Lagoon|Cove|Falls|Rapids|Reef|Glacier|Oasis"
    r"|Steppe|Mosque|Shrine|Pagoda|Synagogue|Basilica|Citadel|Garden|Gardens|Courthouse|Barracks|Camp"
    r"|Selo|Grad|Gorod|Dorf|Stadt|Hisar|Kalesi)$"  # "Tsarskoye Selo": a village, town or castle in its own tongue
    r"|^Loch\s"  # "Muirdykes Mount", "Moray Firth", "Loch Riddon": never people, whatever first name they hold
    r"|^[A-Z][a-z]+-y?i\s+[A-Z]")  # "Qalah-yi Durrani", "Dasht-i Tup", "Bagh-i Bala": a Persian place name's link
ORG_SHAPE = re.compile(
    r"\b(?:Hospital|University|College|School|Institute|Party|Bank|Army|Navy|Company|Society|Church|Council"
    r"|Committee|League|Association|Police|Corporation|Gang|Group|Guard|(?<!['’]s )Cross|Ministry|Academy|Club"
    r"|Opposition|International|Federation|Congress|Assembly|Court|Press|Times|Post|Herald|Parliament|Senate"
    r"|Initiative|Foundation|Trust|Fund|Project|Network|Institution|Commission|Agency"
    r"|Corps|Brigade|Division|Regiment|Battalion|Legion|Union|Movement|Front|Convention|Cabinet|Government"
    r"|Office|Department|Bureau|Commission|Order|Dynasty|Empire|Guards|Tribune|Journal|Gazette|Review"
    r"|Magazine|Chronicle|Standard|Star|Agency|Board|Service|Brotherhood|Alliance|Coalition|Mission|Delegation"
    r"|Embassy)s?$")  # "the Editing Commissions"
EVENT_SHAPE = re.compile(
    r"^(?:Battle|Siege|Trial|Treaty|Congress|Conference|Peace|Edict|Act|Declaration) of\b"
    r"|^(?:Transformation|Decline|Rise|Fall|Dissolution|Partition|Stagnation|Division|Sack|Capture) of\b"  # "the
    # Transformation of the Ottoman Empire", "the Partition of Poland": a change an era went through, no body or place
    r"|\bWar\s+[IVX]+$|\b(?:Wars?|Revolution|Rebellion|Uprising)\s+of\b"  # "Greek War of Independence": no place
    r"|\b(?:War|Revolution|Uprising|Rebellion|Battle|Massacre|Trial|Conferences?|Terror|Crisis|Affair|Campaign"
    r"|Restoration|Reformation|Renaissance|Rising|Revolt|Mutiny|Riots?|Strike|Act|Treaty|Accord|Agreement"
    r"|Wars|Exhibition|Olympics|Games|Day|Award|Prize|Medal|Lecture|Festival|Death|Plague|Famine|Flood|Fire"
    r"|Earthquake|Epidemic|Crusade|Schism|Council|Coup|Incident|Expedition|Reforms?|Restoration|Meeting|Rally"
    r"|Demonstration|Protest|Intervention|Scare|Invasion|Occupation|Purge|Purges|Boycott|Exodus|Migration)$"
    r"|\w(?:ism|isms)$")  # a doctrine is no body: "Tibetan Buddhism", "Confucianism"
DOCUMENT_SHAPE = re.compile(
    r"^(?:Treaty|Convention|Edict|Act|Declaration|Charter|Statute|Bull|Manifesto|Proclamation|Constitution|Plan|Bill"
    r"|Claim|Petition|Instrument|Articles) of\b"  # "the Bill of Rights", "the Claim of Right": no Bill, no Claim
    r"|\b(?:Act|Treaty|Charter|Accord|Tariff|Manifesto|Proclamation|Edict|Pamphlet|Memorandum|Petition"
    r"|Encyclical|Speech|Address|Oration|Sermon|Oath|Letter|Tapestry|Book|Chronicle|Protocol|Pact|Concordat"
    r"|Capitulations?)(?: of \d{4})?$")
# "the Charter Oath", "the Jamaica Letter", "the Bayeux Tapestry", "the Boxer Protocol"
KIN_NOUNS = frozenset("man woman boy girl son daughter father mother wife husband brother sister uncle aunt cousin"
                      " nephew niece grandfather grandmother grandson granddaughter friend child infant relative"
                      " companion lover mistress widow heir heiress".split())  # "his son Charles", "____'s widow"
PERSON_NOUNS = KIN_NOUNS | frozenset(
    "writer author poet novelist journalist physician doctor surgeon nurse lawyer judge priest bishop"
    " monk nun king queen prince princess emperor empress general commander officer soldier captain colonel"
    " leader politician statesman minister president governor senator merchant banker teacher professor"
    " student scientist mathematician engineer inventor philosopher historian artist painter composer singer"
    " actor activist abolitionist revolutionary anarchist socialist communist orator preacher missionary"
    " explorer sailor admiral marshal ally rival"
    " secretary assistant servant slave master owner printer worker miner farmer peasant noble nobleman"
    " lord lady count duke earl baron knight squire chaplain confessor inquisitor cardinal pope saint"
    " tutor mentor patron pupil follower disciple biographer editor publisher founder candidate delegate"
    " envoy ambassador diplomat spy agent prisoner convict rebel deputy member chancellor magistrate"
    " chief chieftain ruler monarch sovereign regent warlord successor predecessor courtier official scholar"
    " reformer commissioner chairman mayor architect sculptor trader pilot playwright dramatist theologian"
    " economist chemist physicist astronomer naturalist lieutenant sergeant major prophet".split())
_NOT_ONLY_PEOPLE = frozenset("ally rival member owner master successor predecessor heir patron agent".split())
PLACE_NOUNS = frozenset(
    "city town village hamlet capital port harbour harbor river valley region province county district island"
    " mountain castle fortress fort palace prison abbey monastery cathedral church estate country kingdom"
    " state colony territory settlement suburb square street farm plain ridge hill forest lake coast bay"
    " site seat stronghold garrison field battlefield inn tavern chateau château manor friary priory".split())
_ORG_NOUNS = frozenset(
    "party group faction organisation organization movement society union league company firm newspaper"
    " journal magazine paper committee council army navy regiment brigade corps division government ministry"
    " dynasty order club association federation alliance coalition sect church institution school university"
    " college academy bank court parliament assembly agency department bureau commission".split())
_PERSON_VERBS = frozenset(
    "said says wrote writes told asked married died recalled replied believed thought argued felt learned"
    " wanted hoped feared claimed declared insisted admitted confessed promised wished refused agreed"
    " decided remembered noticed complained explained answered ordered commanded rode realised realized knew"
    " intended planned appointed resigned studied taught met visited married divorced fled escaped returned"
    " preferred doubted trusted distrusted praised criticised criticized admired loved hated".split())
_BODY_OF = re.compile(r"(?:[A-Z][\w'’-]+\s+)?(?:Government|Committee|Council|Ministry|Society|Army|League|Party"
                      r"|Congress|Assembly|Commission|Department|Board|Order|Company|Bank|Federation|Union)\s+of\s")
_DONE_TO_PEOPLE = frozenset("assassinated murdered executed beheaded hanged strangled poisoned born buried crowned"
                            " knighted baptised baptized canonised canonized imprisoned exiled wounded kidnapped"
                            " widowed".split())
_FORMED = frozenset("created formed dissolved disbanded abolished outlawed banned reorganised reorganized merged"
                    " renamed".split())  # what is done to a body
_HEARER_VERBS = frozenset("told tells tell asked asks urged persuaded informed warned advised begged convinced reminded"
                          " assured instructed invited encouraged forbade".split())  # told whom, that ...: a listener
_OWNED = re.compile(
    r"^['’]s?\s+(?:\w+\s+)?(?:army|troops|men|forces|staff|orders?|command|headquarters|wife|husband|son|daughter"
    r"|father|mother|life|death|career|reply|letter|letters|plan|plans|dispatch|despatch|reign|rule|birth|funeral"
    r"|friend|friends|speech|memoirs|diary|decision|arrival|arrest|trial|execution|marriage|supporters|aide"
    r"|division|brigade|corps|regiment|battalion|squadron|cavalry|infantry|artillery|guns|battery"
    r"|admiral|admirals|generals?|envoys?|ministers?|officers?|advisers?|advisors?|courtiers|bodyguards?)\b")
# "Octavian's admiral, Marcus Agrippa": a commander, an envoy or a minister serves a person
_NOBLE_OF = re.compile(r"\b(?:Duke|Duchess|Earl|Count|Countess|Marquess|Marquis|Prince|Princess|Lord|Lady|Baron"
                       r"|Viscount|Bishop|Archbishop)\s+of\s+(?:the\s+)?$")
_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "around", "across", "through", "within", "off"})
_MOTION_PREPS = frozenset({"from", "to", "into", "towards", "toward", "via", "reached", "entered", "left"})
_JOURNEY = re.compile(r"\b(?:travel+ed|sailed|marched|fled|rode|journeyed|moved|returned|went|came|crossed|retreated"
                      r"|withdrew|advanced|walked|escaped)\b[^.;,]{0,45}\bto(?:wards?)?\s+(?:the\s+)?$")
_IN_REGION = re.compile(r",\s+((?:[A-Z][\w'’-]+\s?){1,3}?)(?=\s*(?:[.;)]|,\s+(?:where|in|on|and)\b|$))")
_AFTER_TOWN = re.compile(r"\b(?:in|at|near|from|to|modern-day|present-day)\s+"
                         r"(?:[A-Z][\w'’-]*\s+(?:(?:de|del|la|le)\s+)*){0,3}[A-Z][\w'’-]*,\s+$")
# "in Parras de la Fuente, ": a town named before a comma, then the state or country it lies in
_RELATIVE = re.compile(
    r"^['’]s?\s+(?:\w+\s+)?(?:father|mother|parents?|wife|husband|son|daughter|brother|sister|uncle|aunt"
    r"|cousin|widow|family|children|child|nephew|niece|grandfather|grandmother|mistress|fiancée?)\b")


_NAMED_AFTER = re.compile(r"['’]s?\s+(?:Tabernacle|Church|Chapel|Tomb|Hospital|College|Cathedral|Abbey|Palace|Castle"
                          r"|Hall|Inn|Tavern|Square|Street|Bridge|Drift|Park|Gate|Tower|Mosque|Temple|Shrine|Monument"
                          r"|Meeting-house|House)\b")


def span_evidence(span: Span, text: str, parse: Parse, norp: set[str]) -> Counter[AnswerKind]:
    """Weigh what one mention says about its name's kind.

    Args:
        span: the mention.
        text: its sentence.
        parse: the sentence's parse.
        norp: nationality and group words of the text ("Bolshevik", "Prussian").

    Returns:
        Votes by kind (fractional weights).
    """
    votes: Counter[AnswerKind] = Counter()
    name = span.text
    if span.label == "WORK_RULE":
        votes[W] += 3
        return votes
    if span.label == "WORK_OF_ART":
        quoted = text[span.start - 1:span.start] in ('"', "“") and text[span.end:span.end + 1] in ('"', "”")
        votes[W] += 2 if quoted else 0.5
    elif span.label in _NER:
        votes[_NER_VOTE[_NER[span.label]]] += 1
    elif span.label in ("NORP", "EVENT", "LANGUAGE", "LAW", "PRODUCT"):
        votes[O] += 0.3 if span.label == "NORP" else 0
    words = name.split()
    if re.search(rf"\s(?:{GROUP_NOUNS})$|^(?:Clan|House of)\s", name):
        votes[O] += 3  # "the Mori clan", "the Iceni tribe", "Clan Campbell": a house or a people's state
    saint_town = words[0].strip(".").lower() in ("saint", "st", "san", "santa", "são", "sainte") and place_evidence(
        name) >= 1  # "Saint Petersburg", "St. Louis", "San Antonio": a town a saint named
    if (span.title_start < span.start or (len(words) > 1 and (words[0].strip(".").lower() in HONORIFICS
                                                              or words[-1].lower() in _RULERS))) and not saint_town:
        votes[P] += 3  # "Pope Callixtus III", "the Kangxi Emperor"
    if re.search(r"\b[Tt]he\s+$", text[max(0, span.title_start - 4):span.title_start]):
        votes["article"] += 1  # people take no article: "the Mongols" are a people, not a person
        if re.search(r"[a-z,;]\s+The\s+$", text[max(0, span.title_start - 8):span.title_start]) and not re.search(
                r"\b(?:paper|newspaper|journal|magazine|weekly|daily|review|gazette)\s+The\s+$",
                text[:span.title_start]) \
                and not place_evidence(name) and not place_evidence(f"The {name}") \
                and not re.search(r"\baccording\s+to\s+The\s+$", text[:span.title_start]):
            votes[W] += 3  # "he began The American Crisis", "Part of The Age of Reason": an article written with a
            # capital inside a sentence is a title's own (not "The Hague"; nor a source cited, which is no fact; "the
            # paper The Alarm" is a body of the press)
    an = re.search(r"(?:^|[\s(])[Aa]n?\s+$", text[max(0, span.title_start - 4):span.title_start]) is not None
    if an and not re.match(r"['’]|\s+(?!named\b|called\b)[a-z]", text[span.end:span.end + 8]):
        votes["one of"] += 1  # "Private C.R. Moore, a Texas Ranger,", "a Don Cossack named Pugachev": one of many, no
        # one's name (not "an Amsterdam armoury", where the name only qualifies the noun after it, nor "a Mrs Ann Smith
        # who")
    if re.search(r"(?:\b(?:and|or|as|was|became|the)\s+|,\s*)(?:first|second|third|last|next)\s+$",
                 text[max(0, span.title_start - 16):span.title_start]) and not re.match(r"['’]", text[span.end:]):
        votes["one of"] += 1  # "Suleiman's ... legal wife and first Haseki Sultan", "became the first Doge": a rank
        # held in turn, no one's name
    if styled := _STYLED.match(text[span.end:]):
        votes[f"styled:{styled.group(1).lower()}"] += 1  # "Mary, Queen of Scots", "Richard, Earl of Cornwall"
    after = next((t for t in parse.tokens if t.start >= span.end), None)
    if an and not re.match(r"['’]", text[span.end:span.end + 1]) and not (
            after is not None and after.start == span.end + 1 and after.pos in ("NOUN", "PROPN", "ADJ", "NUM")):
        votes["a kind"] += 1  # "whether Monmouth or a Republic would succeed": a kind of thing (for a place)
    if re.match(r"\d+(?:st|nd|rd|th)\s", name) or re.search(r"\b\d+(?:st|nd|rd|th|e|er)\s+$", text[:span.title_start]):
        votes[O] += 3  # a numbered unit: "105th Ligne", "23rd Ohio Infantry", "the French 45e Ligne"
    elif re.search(r"\s(?:College|University|School|Academy|Institute|Seminary|Hospital)$", name):
        votes[O] += 3  # "Mount Holyoke College", "Fort Hays State University": the school, not the hill or fort
    elif PLACE_SHAPE.search(name) or (len(name.split()) > 1 and name.split()[-1] in _CROSSINGS
                                       and not first_name_gender(name.split()[0])):
        votes[L] += 3  # "Harpers Ferry", "Combahee Ferry", "Rorke's Drift"; not "Jules Ferry"
    elif ORG_SHAPE.search(name) or _BODY_OF.match(name):
        votes[O] += 3  # "the Central Committee", "A Government of National Defence", "the Army of the Vosges"
    before = text[max(0, span.title_start - 25):span.title_start]
    prep = re.search(rf"(\w+)\s+(?:the\s+)?(?:{NOW_CALLED}\s+)?$", before)  # "near present-day
    # Melmoth": the preposition still says place
    word = prep.group(1).lower() if prep and not re.match(r"['’]", text[span.end:span.end + 1]) else ""
    if re.search(r"\baccording\s+to\s+$", before):
        votes[P] += 1  # "according to Baleka of the Qwabe": a teller, mostly a person (or a book), never a place
    elif word in _PLACE_PREPS:
        votes[L] += 1
    elif word in _MOTION_PREPS and word in ("to", "towards", "toward") and _JOURNEY.search(
            text[max(0, span.title_start - 60):span.title_start]):
        votes[L] += 1  # "travelled with her escort to Constantinople", "sailed down the Red Sea to Aden": where a
        # journey goes is a place (not "sent an envoy to Charlemagne", "wrote to Lenin")
    elif word in _MOTION_PREPS:
        votes[L] += 0.5
    if re.search(r"\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+(?:the\s+)?$",
                 before, re.I):
        votes[L] += 1  # "to the south of La Belle Alliance": a bearing is taken from a place
    common = re.search(r"\b(?:[Tt]he|[Aa]n?)\s+([a-z]+)\s+$", before)
    if common and common.group(1) in PLACE_NOUNS - {"state", "church", "seat", "site", "field"} \
            and not re.match(r"['’]", text[span.end:span.end + 1]):
        votes[L] += 3  # "the inn La Belle Alliance", "the village Porlock": the noun says what the name is
    body = re.search(r"\b(?:[Tt]he|[Aa]n?|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts)\s+(?:[a-z-]+\s+){0,3}?(body|newspaper|journal"
                     r"|paper|party|committee|council|society|league|union|movement|organi[sz]ation)\s+$",
                     text[max(0, span.title_start - 60):span.title_start])
    if body and not re.match(r"['’]", text[span.end:span.end + 1]):
        votes[O] += 3  # "their elected representative body Tsentrobalt", "the newspaper Iskra"
    if re.match(r"\s+(?:area|sector|district|vicinity|neighbou?rhood|road|highway)\b", text[span.end:span.end + 20]) \
            and re.search(r"\b[Tt]he\s+$", before):
        votes[L] += 3  # "in the Frichermont-La Haie area", "the Brussels road"
    region = _IN_REGION.match(text[span.end:span.end + 40])
    if (region and place_evidence(region.group(1))) or (
            _AFTER_TOWN.search(text[max(0, span.title_start - 60):span.title_start])
            and re.match(r"\s*(?:[,.;)]|$)", text[span.end:])):
        votes[L] += 2  # "Lynn, Massachusetts", "at San Pedro, Coahuila": a town and the state it lies in, each a place
    if re.search(r"\b(?:laid|lay|lays|laying)\s+siege\s+to\s+(?:the\s+)?$|\bstormed\s+$", before) \
            and not re.match(r"['’]", text[span.end:span.end + 1]):
        votes[L] += 3  # "Sir Hugh Rose laid siege to Jhansi": what is besieged is a place
    if re.search(r"\b(?:home|estate|house|residence|seat|manor|birthplace)\s+(?:at|in|near)\s+$", before, re.I):
        votes[L] += 3  # "her parents' home at Kirkby Mallory": where a home stands is a place
    if re.search(r"\b(?:city|town|village|hamlet|suburb|parish|castle|fortress|province|county|river|port|island"
                 r"|region|kingdom|siege|capital|battle|colony|settlement|territory|state|natives|inhabitants|domain"
                 r"|duchy|principality|prefecture|emirate|khanate|sultanate"
                 r"|outskirts|environs|ruins|area|district|quarter|neighbou?rhood|hill|ridge|mountain|valley|plain"
                 r"|heights|lake|bay) of\s+(?:the\s+)?$", before, re.I):
        # "the colony of Camulodunum", "the hamlet of Papelotte", "the rocky hill of Little Round Top", "the Battle of
        # the Boyne"
        votes[L] += 3
    if re.search(r"\b(?:sailed|marched|travelled|traveled|rode|went|advanced|pushed|reached|coast\s+of\s+[A-Z][\w\s]*?)"
                 r"\b[^.;]{0,40}\bas\s+far\s+as\s+$", text[max(0, span.title_start - 90):span.title_start]):
        votes[L] += 3  # "sailed ... along the coast of East Africa as far as Kilwa": how far one went is a place
    if re.search(r"\b(?:at|in|near|from)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,?\s+in\s+$", before):
        votes[L] += 3  # "William landed at Torbay in Devon": what a place lies in is a place (Devon is a first name
        # too)
    if re.search(rf"(?:\(|\b(?:in|at|near|of|from|to)\s+){NOW_CALLED}\s+(?:the\s+)?$|\bwhat\s+is\s+now\s+(?:the\s+)?$",
                 before) and not is_demonym(words[-1]):
        votes[L] += 2  # "(modern Anglesey)", "moved north towards what is now Mozambique"
    if _WORK_BEFORE.search(before) and not re.match(r"['’]", text[span.end:span.end + 1]):
        votes[W] += 2  # "He wrote the Baburnama", "the translation of the Baburnama", "the autobiography known as X"
    if _PLACES_NAMED.search(text[max(0, span.title_start - 200):span.title_start]):
        votes[L] += 3  # "counties Cork and Kerry", "the six counties – Fermanagh, Antrim, Tyrone", "county Wexford"
    if _RELATIVE.match(text[span.end:span.end + 30]) or _OWNED.match(text[span.end:span.end + 40]):
        votes[P] += 2
    if re.match(r",\s+who\b", text[span.end:span.end + 8]) and not place_evidence(name):  # not "Sweden, who"
        votes[P] += 1.5  # "against another half-brother, Mpande, who ... took over": a "who" follows people
    if _NOBLE_OF.search(before):
        votes[P] += 3
        votes["title of"] += 1  # "the Duke of Burgundy": whoever holds the title, "Burgundy" alone is no name
    if re.search(r"\b[Tt]he\s+$", before) and not re.search(r"\bof\s+the\s+$", before) and re.match(
            r"\s+by\s+(?:St\.?\s+|Sir\s+)?[A-Z][a-z]", text[span.end:]):
        votes[W] += 2  # "the Summa Theologica by St. Thomas": a work and its author (not "the siege of Paris by ...")
    if re.search(r"\b(?:members?|ranks) of\s+(?:the\s+)?$", before, re.I) and not re.match(r"['’]", text[span.end:]):
        votes[O] += 2  # "the principal members of the Centre": people are members of bodies, not of places
    if re.match(r"(?:\s*\([^()]{1,40}\))?,\s+whose\s+(?:members|leaders|founders|adherents)\b", text[span.end:]) or (
            re.search(r"\b(?:a|the)\s+(?:conspiracy|congress|branch|founder|founders|leaders?)\s+of\s+$", before)):
        votes[O] += 2  # "Young Italy (Giovine Italia), whose members were pledged", "a conspiracy of Young Italy"
    words = text[span.title_start:span.end].split()
    head = words[0].lower()
    if (head in _PEERAGE or (head in HONORIFICS and " of " in text[span.title_start:span.end])) and re.search(
            r"\b(?:made|created|became|become|raised to|styled|titled)\s+(?:(?:the\s+)?[A-Z][\w'’-]*(?:\s+of)?"
            r"(?:\s+[A-Z][\w'’-]*)?\s+and\s+)?$", text[max(0, span.title_start - 60):span.title_start]):
        votes["conferred"] += 1  # "her husband was made Earl of Lovelace and Viscount Ockham", "Siraj ud-Daulah became
        # Nawab of Bengal": a title given, no one
    if re.search(r"\b(?:ship|vessel|frigate|galleon|steamer|steamship|brig|schooner|sloop|warship|flagship|gunboat"
                 r"|ironclad|yacht|barque)s?,?\s+(?:the\s+|named\s+|called\s+)?$", before, re.I):
        votes["thing called"] += 1  # "the Liverpool slave ship Zong", "the second vessel, the Carcass": a ship's name
    if _NAMED_AFTER.match(text[span.end:span.end + 24]):
        votes["named thing"] += 1  # "buried at Whitefield's Tabernacle", "fled to Humayun's Tomb": part of a building's
        # name, no place or person of the story by itself
    if re.search(r"\b(?:title|titles|style|rank|dignity)\s+of\s+(?:the\s+)?$", before, re.I):
        votes["conferred"] += 1  # "assumed the title of Padshah", "the posthumous title of Emperor Yi": a title, no one
    if head in HONORIFICS and len(words) > 2 and words[1] == "of" and re.search(
            rf"[\w.'’)-],\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)|{_ORDINAL})\s+$", text[:span.title_start]):
        votes["conferred"] += 1  # "Simon de Montfort, sixth Earl of Leicester": the title he holds, in the line of its
        # holders, not another man of the story
    if re.search(r"\d(?:st|nd|rd|th)\s*\(\s*$", text[:span.title_start]) and re.match(
            r"\s*\)\s*(?:Regiment|Battalion|Brigade|Division|Foot|Light|Dragoons|Hussars|Lancers|Infantry)\b",
            text[span.end:]):
        votes["unit part"] += 1  # "the 12th (East Suffolk) Regiment of Foot": the regiment's name, no place of the story
    if re.search(r"\b(?:house|dynasty|family|clan) of\s+$", before, re.I):
        votes["house of"] += 1  # "the sovereigns of the house of Bourbon": a family, not one of its members
    calling = re.search(r"(?<![\w'’-])(?:[a-z]+-)*([a-z]+)\s+$", before)  # "his great-nephew Octavian": a nephew
    if calling and calling.group(1) in PERSON_NOUNS - _NOT_ONLY_PEOPLE and not re.match(r"['’]", text[span.end:]) \
            and not (ORG_SHAPE.search(name) or PLACE_SHAPE.search(name)) and span.label != "PERSON":
        votes[P] += 3  # "opposition leader Atal Bihari Vajpayee" (a body to the model): a calling set straight before
        # a name is the person's (not "its ally France", "the abolitionist Radical Democracy Party")
    if re.search(r"\b(?:which|that)\s+(?:is|was|are|were|has\s+been)\s+(?:\w+ly\s+|still\s+|now\s+|also\s+)?"
                 r"(?:called|named|known\s+as)\s+$", before):
        votes["thing called"] += 1  # "the pilgrim road ..., which is still called Darb Zubaidah": a thing's name,
        # though it holds a person's ("Zubaidah", who is no other name of it)
    named = re.search(r"\b(\w+)\s+(?:named|called)\s+$", before)
    if named and named.group(1).lower() in PERSON_NOUNS:
        votes[P] += 3
    elif named and named.group(1).lower() in PLACE_NOUNS - {"church"}:
        votes[L] += 3  # "a monastery called Les Augustins", "a village named Domrémy"
    listed = _SUCH_AS.search(text[:span.title_start])
    if listed:  # "historians, such as Chandler and Weller and Uffindell and Corum": the list is of the noun's sort
        noun = listed.group(1).lower()
        noun = noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]
        for nouns, kind in ((PERSON_NOUNS, P), (PLACE_NOUNS, L), (_ORG_NOUNS, O)):
            if noun in nouns:
                votes[kind] += 3
                break
    others = re.match(r"\s+and\s+(?:the\s+)?other\s+(?:[a-z-]+\s+)?([a-z]+?)(?:ies|s)\b", text[span.end:span.end + 50])
    if others:  # "Sun Yat-sen and other revolutionaries", "the Spartacus League and other radical groups"
        noun = others.group(1)
        if noun in PERSON_NOUNS or noun + "y" in PERSON_NOUNS:
            votes[P] += 3
        elif noun in _ORG_NOUNS or noun + "y" in _ORG_NOUNS:
            votes[O] += 3
        elif noun in PLACE_NOUNS or noun + "y" in PLACE_NOUNS:
            votes[L] += 3
    if text[span.title_start - 1:span.title_start] == "(" and re.match(r"['’]s?\)", text[span.end:span.end + 3]):
        votes[P] += 3  # "Prussian I Corps (Zieten's)": the owner of a unit, its commander
        return votes
    votes.update(_syntax(span, parse))
    return votes


def _syntax(span: Span, parse: Parse) -> Counter[AnswerKind]:
    """Appositions ("Hussites, a dissident group"; "the garrison commander, Robert de Baudricourt") and verbs."""
    votes: Counter[AnswerKind] = Counter()
    head = parse.head_of(span.start, span.end)
    if head is None:
        return votes
    nouns = [c for c in parse.children(head) if c.dep == "appos"]
    if head.dep == "appos" and 0 <= head.head < len(parse.tokens):
        nouns.append(parse.tokens[head.head])
    for noun in nouns:
        word = noun.lower.rstrip("s") if noun.lower not in PERSON_NOUNS else noun.lower
        word = word.rsplit("-", 1)[-1]  # "another half-brother, Mpande": a brother
        if noun.start >= span.start and noun.end <= span.end:
            continue
        if word in PERSON_NOUNS or noun.lower in PERSON_NOUNS:
            votes[P] += 3
        elif word in PLACE_NOUNS or noun.lower in PLACE_NOUNS:
            votes[L] += 3
        elif word in _ORG_NOUNS or noun.lower in _ORG_NOUNS:
            votes[O] += 3
    if head.dep in ("dobj", "dative") and 0 <= head.head < len(parse.tokens) \
            and parse.tokens[head.head].lower in _HEARER_VERBS and any(
                c.dep in ("ccomp", "xcomp") and c.i > head.i for c in parse.children(parse.tokens[head.head])):
        votes[P] += 1.5  # "Her father also told Baleka that ...", "urged Moray to rise": one told to think or do
    if head.dep == "nsubjpass" and 0 <= head.head < len(parse.tokens) and parse.tokens[head.head].lower in _FORMED:
        votes[O] += 1.5  # "the Cheka was created by the decree of Lenin": a body is formed and dissolved
    if head.dep in ("nsubj", "nsubjpass") and 0 <= head.head < len(parse.tokens):
        verb = parse.tokens[head.head]
        if verb.lower in _PERSON_VERBS or (head.dep == "nsubjpass" and verb.lower in _DONE_TO_PEOPLE):
            votes[P] += 1.5  # "Ōkubo Toshimichi was assassinated in Tokyo": what is done to people alone
        elif head.dep == "nsubj" and verb.pos == "VERB" and verb.lower not in _STATIVE:
            if any(t.start > span.end and (t.lower, t.dep) == ("its", "poss") and _governed_by(t, verb.i, parse)
                   for t in parse.tokens):
                votes["its"] += 1  # "Grenoble opened its gates": an agent whose own is "its" is a town or a body
            else:
                votes[P] += 0.7  # an agent: people act, places mostly lie and stand
                votes[O] += 0.3
        if _alone_with_pronoun(span, parse):
            votes[P] += 1.5
        if verb.lower in ("was", "is", "were", "are", "be", "became", "becomes", "become") and head.dep == "nsubj":
            for attr in (c for c in parse.children(verb) if c.dep == "attr" and c.pos == "NOUN"):
                word = attr.lower if attr.lower in PERSON_NOUNS else attr.lower.rstrip("s")
                kind = P if word in PERSON_NOUNS else L if word in PLACE_NOUNS else O if word in _ORG_NOUNS else None
                if kind is not None:
                    votes[kind] += 3  # "La Malinche ... was a Nahua woman", "Xicalango was an important town"
        if any(t.start > span.end and (t.lower in ("his", "himself", "herself") or (t.lower, t.dep) == ("her", "poss"))
               and _governed_by(t, verb.i, parse) for t in parse.tokens):
            votes[P] += 1  # "Cortés kept her by his side": a body's own is "its" or "their"
        if any(t.lower in ("himself", "herself") and t.start > span.end and (t.head == verb.i or (
                0 <= t.head < len(parse.tokens) and parse.tokens[t.head].head == verb.i)) for t in parse.tokens):
            votes[P] += 3  # "Nurhaci declared himself khan": only a person does something to himself
    return votes


def _governed_by(token: Token, verb: int, parse: Parse) -> bool:
    """Does a token hang, through its heads, from the verb (within its clause: not across a relative clause)?"""
    seen = 0
    while 0 <= token.head < len(parse.tokens) and token.head != token.i and seen < 12:
        if token.dep in ("relcl", "advcl", "ccomp", "conj"):
            return False
        if token.head == verb:
            return True
        token, seen = parse.tokens[token.head], seen + 1
    return False


def _alone_with_pronoun(span: Span, parse: Parse) -> bool:
    """Is the span the only name of its sentence, followed later by "he" or "she" (places are not "he")?"""
    names = [t for t in parse.tokens if t.pos == "PROPN" and not (span.start <= t.start < span.end)]
    if names:
        return False
    return any(t.lower in ("he", "she") and t.start > span.end for t in parse.tokens)


_INITIALS = re.compile(  # "B.V. Bowden", "C. L. R. James"; never "U.S. Constitution"
    r"^(?!U\.\s?S\.|U\.\s?K\.|U\.\s?N\.|E\.\s?U\.)(?:[A-Z]\.\s?){1,3}[A-Z][a-z]+(?:[-\s][A-Z][a-z]+)?$")


_ORDINAL = "|".join(ORDINALS)  # "sixth Earl of Leicester"
_PEERAGE = frozenset("viscount viscountess earl baron baroness duke duchess marquess marquis marchioness count countess"
                     " prince princess".split())
_NAME_PARTICLES = frozenset("of de da di du des del della der den van von la le y bin ibn al el zu ter".split())
# the small words of people's names ("Joan of Arc", "Ludwig van Beethoven"); "Destiny of a Revolution" is a title


_WORK_BEFORE = re.compile(
    r"\b(?:(?:wrote|written|published|composed|penned|authored)\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    r"|(?:translation|edition)\s+of\s+the\s+|author\s+of\s+(?:the\s+)?"  # not "a manuscript of Tacitus"
    r"|(?:memoirs|autobiography|book|novel|poem|play|diary|chronicle|treatise|epic|biography|pamphlet|essay)\s+"
    r"(?:known\s+as|entitled|titled|called)\s+(?:the\s+)?)$")
_PLACES_NAMED = re.compile(
    r"\b(?:(?:counties|cities|towns|villages|provinces|regions|districts|ports|islands|colonies|territories|states"
    r"|domains|duchies|principalities|prefectures)"
    r"(?:\s+of)?(?:\s*[–—:]\s*|\s+)(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?:,\s*(?:and\s+|or\s+)?|\s+and\s+"
    r"|\s+or\s+))*|(?<![A-Z]\w)(?<!the\s)(?:county|province)\s+)$")
_SUCH_AS = re.compile(r"\b([a-z]+s)(?:(?:\s+(?:in|of|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
                      r",?\s+(?:such as|like|including|notably)\s+|,\s+(?=[A-Z]))"
                      # "other major cities in Ethiopia, including", "his sons, Humayun, Kamran Mirza and Hindal Mirza"
                      # (not "politicians in France, Belgium and Spain")
                      r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+))*$")
_ARTICLES = frozenset("les la le los las el il lo der die das den het my our your".split())
# "Les Augustins", "La Belle Alliance": an article, not the first name its spelling also is ("Les", "Die", "My" of "My
# Own Story")


_CONTINENTS = frozenset({"Asia", "Africa", "Europe", "America", "Oceania", "Antarctica"})


def name_evidence(name: str, votes: Counter) -> Counter:  # type: ignore[type-arg]
    """What outside knowledge says of a name, once per name: first names and the gazetteer.

    Args:
        name: the name.
        votes: its mention evidence (a name the model calls a person gets no town vote: Wellington, Byron).

    Returns:
        Votes to add.
    """
    out: Counter[str] = Counter()
    words = name.split()
    gender = first_name_gender(words[0]) if words[0].lower() not in _ARTICLES and not (
        len(words) > 1 and (is_demonym(words[0]) or words[0] in _CONTINENTS)) else ""  # "Roman Londinium": Roman is
    # no first name there, nor Asia in "Asia Minor"
    if not gender and len(words) > 1 and re.fullmatch(r"[A-Z][a-zà-ÿ]+-[A-Z][a-zà-ÿ]+", words[0]) and not re.match(
            r"(?:Anti|Pro|Non|Pan|Neo|Post|Pre|Ex)-", words[0]):
        gender = first_name_gender(words[0].split("-")[0])  # "Louis-Napoléon Bonaparte", "Jean-Jacques Dessalines";
        # not "Anti-Treaty IRA"
    if len(words) > 1 and words[-2] not in _NAME_PARTICLES and place_evidence(words[-1]) >= 4:
        gender = ""  # "Young Italy", "Young Ireland": a movement; no one's surname is a country ("Jean de Luxembourg"
        # holds it after a particle)
    place = place_evidence(name)
    if not place and len(words) == 2 and words[0] in _REGION_WORDS:
        place = place_evidence(words[1])  # "Upper Peru", "Northern Virginia", "New Granada": a part of a place it knows
    if not place and len(words) >= 3 and words[1] in ("de", "del", "do", "da") and not first_name_gender(words[0]):
        place = place_evidence(words[0])  # "Yautepec de Zaragoza": a town and the state it lies in
    if place == 1 and len(words) == 1 and not gender and town_population(name) >= BIG_CITY:
        place = 6.0  # Palermo, Naples, Saltillo: a city of half a million that is nobody's first name is the city,
        # though the model calls it a person once ("Garibaldi took Palermo")
    if place < 4 and len(words) == 1 and votes["ner:person"] and votes["ner:person"] * 3 >= votes["ner:place"] + (
            votes["ner:org"]):
        place = 0.0  # people named like towns: Wellington, Byron, Lincoln; not Rhodes, once a person to the model and
        # four times a body
    if (len(words) >= 2 and gender in ("m", "f") and not place and not PLACE_SHAPE.search(name)
            and not ORG_SHAPE.search(name) and words[-1][:1].isupper()
            and all(w[:1].isupper() or w in _NAME_PARTICLES for w in words)
            and not re.search(r"['’]s\s+[A-Z]", name) and not (" of " in name and votes[W] >= 3)) or (  # not
            # "Geoffrey of Monmouth's History": his, not him; nor "The Age of Reason", a title by its cues
            _INITIALS.match(name) and not ORG_SHAPE.search(name) and not PLACE_SHAPE.search(name)):
        out["name:person"] += 6.0  # a known first name (or initials) and a surname: stronger than one model label
    elif len(words) == 1 and gender and not place:
        out["name:person"] += 1.0
    if not place and re.search(r"[a-z][^su]s$", name) and votes["article"] >= 2 \
            and votes["ner:org"] > votes["ner:place"]:
        out["name:org"] += 3.0  # "the Eight Banners", "the Red Shirts": a plural the text gives an article is a body
    if place and len(words) >= 2:
        out["name:place"] += 2.0 * place  # "Santo Domingo", "San Francisco": a town, not a Santo
    elif place:
        out["name:place"] += 1.5 * place
    return out


def combine(votes: Counter) -> Counter[AnswerKind]:  # type: ignore[type-arg]
    """Weigh a name's evidence: the model's labels and the context cues each as a share, plus outside knowledge.

    Args:
        votes: raw tallies: ``ner:*`` labels, cue votes by kind, and ``name:*`` outside knowledge.

    Returns:
        Votes by kind.
    """
    ner = {k: votes[v] for k, v in _NER_VOTE.items()}
    ner_total = sum(ner.values())
    cues = {k: float(votes[k]) for k in (P, L, O, W)}
    if votes["name:person"] >= 3 and votes["ner:person"] > 0:
        cues[W] = 0.0  # a first name and a surname the model calls a person: not a title of a work
    cue_total = sum(cues.values())
    out: Counter[AnswerKind] = Counter()
    top = max(cues.values())
    sure = top >= SURE_CUES and top >= 2 * (cue_total - top)  # "Tacitus writes", "his account", "Tacitus himself":
    # the text says what the model misreads every time (an organisation twenty times)
    for k in (P, L, O, W):
        if ner_total and not sure:
            out[k] += NER_WEIGHT * ner.get(k, 0) / ner_total
        if cue_total:
            out[k] += CONTEXT_WEIGHT * min(2.0, cue_total / 4) * cues[k] / cue_total
        if not (k is L and cue_total >= 6 and cues[P] > 0.7 * cue_total):
            out[k] += votes[f"name:{k.value}"]  # "the Duke of Wellington" is no town
    if cues[W] >= 3 and cues[W] * 2 > cue_total:
        out[W] += NER_WEIGHT  # a title found by rule is a work whatever the model says
    return out


def decide(votes: Counter[AnswerKind]) -> tuple[AnswerKind | None, float]:
    """Choose a name's kind from its votes, with a confidence.

    Args:
        votes: the summed evidence.

    Returns:
        The winning kind and its share of the votes; the kind is None when the evidence is too thin
        or too divided (a doubtful name gets no question and lends no option).
    """
    total = sum(v for v in votes.values() if v > 0)
    if total < 1:
        return None, 0.0
    kind, top = max(votes.items(), key=lambda kv: (kv[1], kv[0] is P))
    share = top / total
    return (kind if share >= MIN_CONFIDENCE else None), share


_REGION_WORDS = frozenset("Upper Lower Northern Southern Eastern Western Central Greater Inner Outer New".split())
_CROSSINGS = frozenset({"Ferry", "Ford", "Drift", "Crossing", "Landing", "Junction"})
BIG_CITY = 500_000  # people: a town this large, and no first name, is the town whatever the model says once


MALE_AFTER = frozenset("pasha bey beg mirza efendi effendi agha singh sahib shah".split())  # "Rüstem Pasha",
# "Babur Mirza", "Jarnail Singh", "Nana Sahib": a man's title or name after his name (a woman's are Begum, Khatun,
# Aghacha, Kaur)


MOSTLY_MEN = frozenset("general marshal field-marshal admiral colonel major captain lieutenant commander brigadier"
                       " commodore sergeant corporal gen col capt lt sgt cardinal archbishop sultan shah khan caliph"
                       " shogun daimyo".split())  # ranks and offices held, in the past, by men: a weak vote,
# any pronoun outweighs it ("Marshal Ney", whom the text never names alone before a "he")


def rank_gender(title: str) -> str:
    """The gender a rank before a name mostly meant ("Marshal" m), or ""."""
    return "m" if _title_word(title) in MOSTLY_MEN else ""


def _title_word(title: str) -> str:
    """A title's first word, folded ("Gen." -> "gen")."""
    return title.strip().split()[0].strip(".").lower() if title.strip() else ""


def honorific_gender(title: str) -> str:
    """The gender a title gives ("King" m, "Queen" f), or ""."""
    word = _title_word(title)
    if word in {"king", "lord", "sir", "mr", "prince", "emperor", "tsar", "czar", "duke", "count", "earl",
                "baron", "father", "brother", "monsieur", "pope", "bishop", "friar", "abbot", "viscount", "rana",
                "raja", "maharaja", "maharana", "nawab", "negus", "ras", "emir", "amir", "sheikh", "shaikh"}:
        return "m"
    if word in {"queen", "lady", "dame", "mrs", "ms", "miss", "madame", "mme", "princess", "empress", "tsarina",
                "duchess", "countess", "baroness", "sister", "mademoiselle", "begum", "khanum", "khanim", "aghacha",
                "khatun", "hatun", "hanim", "hanım", "bibi", "banu", "rani", "maharani"}:
        return "f"
    return ""
