"""Time-zone names as a person reads them, in their language: the one rule for every front.

Two kinds of name reach the user:

- an **abbreviation** after a time (``13 h 00 HAE``, ``1:00 PM EDT``): in English the zone
  database's (``EDT``, ``CEST``, ``JST``: what the app always wrote, kept byte for byte);
  in another language CLDR's short name for that language (Canadian French: ``HNE``/``HAE``,
  ``HNC``/``HAC``, ``HNR``/``HAR``, ``HNP``/``HAP``, ``HNA``/``HAA``, ``HNT``/``HAT``,
  ``UTC``), and where CLDR has none for the zone (most of the world in French: Brussels,
  Tokyo), the UTC offset: ``UTC+2``, ``UTC−3:30``, ``UTC`` (never the English ``CEST``);
- a zone's **place** after a time that gives the abbreviation already (``13 h 00 HAE
  (Toronto)``): the exemplar city in another language, the IANA name in English;
- a zone's **label** in a sentence or a list (``Times in {zone}``, a zone picker): in English
  the IANA name, as before (``America/Toronto``: what ``--zone`` takes); in another language
  CLDR's exemplar city and the zone's generic name, ``Toronto (heure de l’Est)``,
  ``Bruxelles (heure de l’Europe centrale)``, ``UTC``; the IANA name where CLDR knows no city.

The window (``ui/widgets/locale_text.py``), the CLI (``cli/output.py``), the PDF pack,
share-as-text and the reminders all ask here. Babel is imported only for a language other
than English (``--help`` and the English window never load it). Qt's own ``QTimeZone``
names are not used: without ICU its fallback for a zone CLDR has no abbreviation for is
wrong for some zones (Africa/Casablanca at UTC+1 reads ``UTC``).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from briefing_app.util.language import SOURCE_LANGUAGE

if TYPE_CHECKING:
    from babel import Locale

#: The CLDR locale each language's names come from (util/localeformat.LOCALES's).
_LOCALES = {"en": "en_CA", "fr": "fr_CA"}
#: U+2212, the minus sign CLDR's French offsets use (``UTC−4``).
MINUS = "\u2212"


def offset_text(offset: timedelta | None) -> str:
    """``UTC+2``, ``UTC−4``, ``UTC+5:30``, ``UTC`` (zero): CLDR's short offset format."""
    if not offset:
        return "UTC"
    minutes = round(offset.total_seconds() / 60)
    sign = "+" if minutes > 0 else MINUS
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}:{rest:02d}" if rest else f"UTC{sign}{hours}"


def abbreviation(local: datetime, zone_name: str, language: str) -> str:
    """The short name of *local*'s zone at that instant, as *language* writes it.

    *local* is aware, in the zone *zone_name* (``instant.astimezone(zone(zone_name))``).
    English: the zone database's abbreviation (``EDT``), as the app always wrote it.
    """
    if language == SOURCE_LANGUAGE:
        return local.tzname() or ""
    return _abbreviation(zone_name, bool(local.dst()), local.utcoffset(), language)


def abbreviation_of(
    zone_name: str, tzname: str | None, offset: timedelta | None, dst: bool, language: str
) -> str:
    """:func:`abbreviation` from the zone's state (its database abbreviation, offset and
    whether it is daylight time) instead of a datetime: for a listing's cached windows."""
    if language == SOURCE_LANGUAGE:
        return tzname or ""
    return _abbreviation(zone_name, dst, offset, language)


@lru_cache(maxsize=2048)
def _abbreviation(zone_name: str, dst: bool, offset: timedelta | None, language: str) -> str:
    names = _short_names(zone_name, language)
    if names is not None:
        name = names.get("daylight" if dst else "standard")
        if name:
            return str(name)
    return offset_text(offset)


def _locale(language: str) -> Locale:
    from babel import Locale

    return Locale.parse(_LOCALES.get(language, language))


def _canonical(zone_name: str) -> str:
    from babel.core import get_global

    aliases = get_global("zone_aliases")
    name = aliases.get(zone_name, zone_name)
    return "Etc/UTC" if name in ("UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu") else name


def _short_names(zone_name: str, language: str) -> dict[str, str] | None:
    """CLDR's short names of the zone (its own, else its metazone's), by variant."""
    return _names(zone_name, language, "short")


@lru_cache(maxsize=1024)
def _names(zone_name: str, language: str, width: str) -> dict[str, str] | None:
    from babel.core import get_global

    locale = _locale(language)
    canonical = _canonical(zone_name)
    own = locale.time_zones.get(canonical, {}).get(width)
    if own:
        return dict(own)
    metazone = get_global("meta_zones").get(canonical)
    if metazone:
        names = locale.meta_zones.get(metazone, {}).get(width)
        if names:
            return dict(names)
    return None


@lru_cache(maxsize=1024)
def zone_label(zone_name: str, language: str) -> str:
    """A zone named in *language*: ``Toronto (heure de l’Est)``; English: the IANA name.

    CLDR's exemplar city and the zone's generic name (``heure du Japon``; the standard
    name where CLDR gives no generic one: ``heure de l’Inde``); ``UTC`` for UTC; a fixed
    ``Etc/GMT+5`` as its offset (``UTC−5``); the IANA name where CLDR knows no city.
    """
    city = zone_place(zone_name, language)  # English: the IANA name, Babel not loaded
    if city == zone_name:
        return zone_name
    canonical = _canonical(zone_name)
    if canonical == "Etc/UTC" or canonical.startswith("Etc/GMT"):
        return city  # "UTC", "UTC−5": no city to add a name to
    long_names = _names(canonical, language, "long") or {}
    generic = long_names.get("generic") or long_names.get("standard")
    return f"{city} ({generic})" if generic else city


@lru_cache(maxsize=1024)
def zone_place(zone_name: str, language: str) -> str:
    """A zone named after a time that already gives its abbreviation (``13 h 00 HAE
    (Toronto)``): CLDR's exemplar city, ``UTC``, ``UTC−5``; English: the IANA name."""
    if language == SOURCE_LANGUAGE or not zone_name:
        return zone_name
    canonical = _canonical(zone_name)
    if canonical == "Etc/UTC":
        return "UTC"
    if canonical.startswith("Etc/GMT"):
        return _fixed_label(canonical, zone_name)
    city = _city(canonical, language)
    if zone_name != canonical and zone_name.startswith(_PLACES):
        # an old name the database links to another zone: the user chose that city
        # (America/Montreal is Toronto's zone; "Montreal", not "Toronto")
        own = zone_name.rsplit("/", 1)[-1].replace("_", " ")
        if city is None or own.casefold() not in canonical.casefold():
            city = own
    return city or zone_name


#: The IANA areas whose names end with a place (not US/Eastern, Canada/Pacific ...).
_PLACES: tuple[str, ...] = ("Africa/", "America/", "Antarctica/", "Asia/", "Atlantic/")
_PLACES += ("Australia/", "Europe/", "Indian/", "Pacific/")


def _fixed_label(canonical: str, zone_name: str) -> str:
    """``Etc/GMT+5`` (POSIX's sign: five hours *behind* UTC) as ``UTC−5``."""
    tail = canonical[len("Etc/GMT") :]
    try:
        hours = -int(tail) if tail else 0
    except ValueError:
        return zone_name
    return offset_text(timedelta(hours=hours))


def _city(canonical: str, language: str) -> str | None:
    from babel.dates import get_timezone_location

    if "/" not in canonical:  # EST5EDT, CET: no place
        return None
    try:
        city = get_timezone_location(canonical, locale=_locale(language), return_city=True)
    except LookupError:
        return None
    return str(city) if city and "/" not in city else None


def zone_labels(zone_names: list[str], language: str) -> dict[str, str]:
    """Each zone's :func:`zone_label` (a picker's list)."""
    return {name: zone_label(name, language) for name in zone_names}


__all__ = [
    "MINUS",
    "abbreviation",
    "abbreviation_of",
    "offset_text",
    "zone_label",
    "zone_labels",
    "zone_place",
]
