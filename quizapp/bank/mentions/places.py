"""Places by granularity: countries, regions, sites (streets, squares, buildings) and towns."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

COUNTRIES = frozenset(
    "afghanistan albania algeria argentina armenia australia austria austria-hungary azerbaijan bavaria belgium"
    " bohemia bolivia bosnia brazil britain bulgaria burma cambodia canada ceylon chile china colombia congo"
    " croatia cuba cyprus czechoslovakia denmark egypt england estonia ethiopia finland france georgia germany"
    " greece holland hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kenya"
    " korea latvia lebanon libya lithuania luxembourg mexico mongolia morocco netherlands nicaragua nigeria norway"
    " pakistan palestine persia peru philippines poland portugal prussia romania russia scotland serbia siam spain"
    " sweden switzerland syria turkey ukraine uruguay ussr venezuela vietnam wales yugoslavia america usa uk".split()
) | frozenset({"czech republic", "great britain", "new zealand", "ottoman empire", "russian empire",
               "saudi arabia", "south africa", "soviet union", "united kingdom", "united states",
               "united states of america"})  # a name of several words is one country, never its words
COUNTRIES |= frozenset(  # states of their time a modern gazetteer forgets
    "abyssinia muscovy byzantium gaul britannia hispania dacia thrace macedonia judea babylon assyria carthage"
    " transvaal rhodesia zululand dahomey hindustan khorasan transoxiana moghulistan manchuria tibet wallachia"
    " moldavia transylvania bessarabia circassia navarre castile wessex mercia northumbria saxony westphalia"
    " piedmont lombardy tuscany mysore oudh awadh hejaz nubia numidia mauretania parthia bactria phoenicia".split())
LANDS = frozenset(  # regions and islands a history names as lands, which a gazetteer of towns and states forgets
    "anatolia mesopotamia bengal punjab kashmir sindh gujarat deccan malabar coromandel bihar rajputana kurdistan"
    " ferghana kabulistan flanders brabant silesia pomerania livonia courland dalmatia bosnia crimea rhodes crete"
    " sicily sardinia corsica cyprus ulster munster leinster connacht galicia catalonia andalusia bavaria swabia"
    " franconia tyrol styria carinthia natal tigray shewa amhara gojjam somaliland kush".split())
REGIONS = frozenset({"europe", "asia", "africa", "north america", "south america", "latin america", "americas",
                     "the americas", "the west",
                     "west", "east", "north", "south", "the north", "the south", "middle east", "far east",
                     "scandinavia", "balkans", "siberia", "oceania", "caribbean", "mediterranean", "antarctica",
                     "arctic"})
_PART_OF_CONTINENT = re.compile(
    r"(?:the )?(?:(?:north|south|east|west|central|inner|outer|middle|northern|southern|eastern|western|north-?east(?:ern)?"
    r"|south-?east(?:ern)?|north-?west(?:ern)?|south-?west(?:ern)?|sub-saharan|continental|mainland) (?:asia|europe"
    r"|africa|america)|(?:west|east) indies|asia minor)$")  # "Central Asia", "the West Indies": a part of a
# continent, a region beside regions, never beside a province or a town
_PARTS = {  # the parts of each continent a student learns, and those of them that overlap one another
    "asia": ("East Asia", "South Asia", "Southeast Asia", "Central Asia", "Western Asia"),
    "europe": ("Western Europe", "Eastern Europe", "Central Europe", "Southern Europe", "Northern Europe"),
    "africa": ("North Africa", "West Africa", "East Africa", "Southern Africa", "Central Africa"),
    "america": ("North America", "Central America", "South America"),
    "indies": ("the West Indies", "the East Indies")}
_OVERLAPS = frozenset(frozenset(pair) for pair in (
    ("inner asia", "central asia"), ("inner asia", "east asia"), ("inner asia", "north asia"),
    ("western asia", "middle east"), ("western asia", "near east"), ("east asia", "far east"),
    ("central europe", "eastern europe"), ("central europe", "western europe"), ("north america", "central america"),
    ("latin america", "south america"), ("latin america", "central america")))


def continent_parts(name: str) -> tuple[str, ...]:
    """Other parts of the continent a part of one belongs to, none overlapping it ("Inner Asia": South Asia,
    Southeast Asia, Western Asia; not Central Asia); none for any other name."""
    folded = fold(name).removeprefix("the ")
    if not _PART_OF_CONTINENT.match(folded):
        return ()
    return tuple(p for p in _PARTS.get(folded.split()[-1], ()) if (other := fold(p).removeprefix("the ")) != folded
                 and frozenset((folded, other)) not in _OVERLAPS)


_SITE = re.compile(
    r"\b(?:square|boulevard|street|st|rue|place|avenue|road|lane|quay|bridge|prison|palace|station|hotel|church"
    r"|cathedral|gate|gates|park|court|house|hall|castle|fortress|tower|barracks|cemetery|temple|hospital|museum"
    r"|theatre|theater|inn|tavern|monument|memorial|stockade|hill|camp|mine|mines|diggings|gully|farm|abbey|priory"
    r"|friary|monastery|convent|chapel|manor|pass|wall|palisade|rampart|aqueduct|arsenal|dockyard|lighthouse|citadel)\b"
    r"|\w(?:strasse|straße|platz|gasse)\b"  # "Barnimstrasse", "Alexanderplatz"
    r"|\w-(?:ji|dera|in)$"  # "Enryaku-ji", "Honnō-ji": a Japanese temple, not a town
)


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Lower-case without accents, for comparing spellings."""
    decomposed = unicodedata.normalize("NFKD", name)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower().split())


def place_grain(name: str) -> str:
    """Classify a place by granularity so that countries compete with countries and cities with cities.

    Args:
        name: a place name.

    Returns:
        ``country`` (also a republic or an empire of its time), ``water`` (a river, sea, lake), ``county``, ``terrain``
        (a forest, a valley, a plain), ``event`` (a fair, a conference), ``region``, ``land`` (a province or an
        island), ``site`` (a street, square, building) or ``local`` (a town or city).
    """
    folded = fold(name)
    if folded in COUNTRIES or folded.removeprefix("the ") in _gazetteer_countries():
        return "country"  # "Haiti", "the Dominican Republic": the gazetteer knows the countries a short list forgets
    if re.search(r"\b(?:river|sea|ocean|lake|bay|gulf|strait|channel|canal|firth|sound|estuary|lagoon|flow|loch)$"
                 r"|^(?:river|lake|gulf|bay|sea|loch|lough|sound of) ", folded):
        return "water"  # a river competes with rivers, not with a continent; "Loch Fyne", "Scapa Flow", "Moray Firth"
        # with waters, not with towns
    if folded.endswith(" county") or folded.startswith("county "):  # "Harford County", "County Kerry"
        return "county"
    if re.search(r" (?:forest|wood|woods|valley|plain|plains|ridge|heights|desert|marsh|marshes|moor|moors)$"
                 r"|^(?:bois|foret) de |^(?:mount|mt\.?) \S+$", folded):  # "the Bois de Paris", "Mt. Hiei"; not
        # "Mount Holyoke College"
        return "terrain"  # "Ambresbury Banks in ____" (Epping Forest): a forest beside forests, not Bordeaux
    if re.search(r"\b(?:republic|empire|kingdom|confederation|commonwealth|caliphate|sultanate|khanate|emirate"
                 r"|reich)$|^(?:republic|kingdom) of ", folded):
        return "country"  # "the Weimar Republic", "the Republic of Haiti", "the forms of the Republic": a state in its
        # time, beside countries, never beside Rome
    if re.search(r"\b(?:colloquium|conference|exposition|exhibition|fair|festival|games|olympics|summit|symposium)$",
                 folded):
        return "event"  # "the Lovelace Colloquium", "the Pan-American Exposition": a gathering, not a town
    if folded in LANDS:
        return "land"  # "Punjab", "Crete": a province or an island beside its like, not beside a continent or a town
    if folded in REGIONS or re.search(
            r"\b(mountains|coast|islands|province|district|prefecture|hemisphere|highlands|lowlands)$", folded) \
            or _PART_OF_CONTINENT.match(folded):
        return "region"
    if _SITE.search(folded):
        return "site"
    return "local"


def _gazetteer_countries() -> frozenset[str]:
    from quizapp.bank.mentions.lexicons import gazetteer_countries  # noqa: PLC0415 - the lexicons import this module

    return gazetteer_countries()  # built once there


def is_country(name: str) -> bool:
    """Whether ``name`` is a country (so it is a place however the text uses it)."""
    return fold(name) in COUNTRIES


_SAME = (frozenset({"united kingdom", "britain", "great britain", "england", "uk"}),
         frozenset({"united states", "united states of america", "america", "usa", "us"}),
         frozenset({"soviet union", "ussr", "russia"}), frozenset({"holland", "netherlands"}),
         frozenset({"persia", "iran"}), frozenset({"siam", "thailand"}), frozenset({"burma", "myanmar"}),
         frozenset({"ceylon", "sri lanka"}))


def same_place(a: str, b: str) -> bool:
    """Whether two names may stand for one country ("Britain" and "the United Kingdom"): never both options."""
    fa, fb = fold(a), fold(b)
    fa, fb = fa.removeprefix("the "), fb.removeprefix("the ")
    return any(fa in group and fb in group for group in _SAME)
