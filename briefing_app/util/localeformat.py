"""Dates, times, numbers and sizes in a language's own way, by Babel (no Qt here).

The window formats through QLocale; the command line and the core, where Qt is not
loaded, through Babel's CLDR data, the same data QLocale's formats come from. Babel
is imported the first time a text is made in a language other than English (the
English default is written by util/timeutil without it, fast, and ``--help`` never
loads it). French is Canadian French: ``lundi 11 mai 2020``, ``13 h 00``, ``1,5 Mo``.
"""

from __future__ import annotations

from datetime import date, datetime, time
from functools import lru_cache
from typing import Any

#: The CLDR locale each supported language is written in.
LOCALES = {"en": "en_CA", "fr": "fr_CA"}


def locale_of(language: str) -> str:
    """The CLDR locale for *language* (``"fr"`` → ``"fr_CA"``)."""
    return LOCALES.get(language, language)


class BabelDateWords:
    """Day and time words from Babel (timeutil.DateWords): ``lundi 11 mai 2020``, ``13 h 00``.

    Each text is made once (a listing of 10,000 sessions meets a few hundred days).
    """

    def __init__(self, locale: str) -> None:
        from babel import Locale

        self.locale = Locale.parse(locale)
        self._days: dict[date, str] = {}
        self._weekdays: dict[date, str] = {}

    def day(self, value: date) -> str:
        text = self._days.get(value)
        if text is None:
            from babel.dates import format_date

            text = self._days[value] = format_date(value, format="full", locale=self.locale)
        return text

    def weekday(self, value: date) -> str:
        text = self._weekdays.get(value)
        if text is None:
            from babel.dates import format_date

            text = self._weekdays[value] = format_date(value, "EEEE", locale=self.locale)
        return text

    def clock(self, hour: int, minute: int) -> str:
        from babel.dates import format_time

        return format_time(time(hour, minute), self.clock_pattern, locale=self.locale)

    def zone(self, local: datetime, zone_name: str) -> str:
        """The zone's abbreviation at *local* in this language: ``HAE``, ``UTC+2``
        (util/zonenames, the one rule)."""
        from briefing_app.util.zonenames import abbreviation

        return abbreviation(local, zone_name, self.locale.language)

    @property
    def clock_pattern(self) -> str:
        """The locale's short time pattern, French hours unpadded (``H 'h' mm``: ``3 h 56``)."""
        return hour_unpadded(self.locale.time_formats["short"].pattern, self.locale.language)


def hour_unpadded(pattern: str, language: str) -> str:
    """*pattern* with French's ``h`` hours unpadded: ``3 h 56``, not ``03 h 56`` (OQLF);
    minutes keep two digits. Other languages' patterns come back as they are."""
    if language == "fr" and "'h'" in pattern:
        return pattern.replace("HH", "H")
    return pattern


@lru_cache(maxsize=4)
def babel_date_words(language: str) -> BabelDateWords:
    """The date words of *language* (one per language: it keeps the texts it made)."""
    return BabelDateWords(locale_of(language))


def date_words(language: str) -> BabelDateWords | None:
    """How *language* writes days and times; None for English (util/timeutil's own default)."""
    return None if language == "en" else babel_date_words(language)


def format_number(value: float, language: str) -> str:
    """*value* with the language's separators: ``12 345,5`` in French."""
    from babel.numbers import format_decimal

    return str(format_decimal(value, locale=locale_of(language)))


def localize_digits(text: str, language: str) -> str:
    """A number Python wrote (``12,345.5``) with *language*'s separators (``12 345,5``)."""
    from babel.numbers import get_decimal_symbol, get_group_symbol

    locale = locale_of(language)
    group, decimal = get_group_symbol(locale=locale), get_decimal_symbol(locale=locale)
    return text.replace(",", "\0").replace(".", decimal).replace("\0", group)


def format_size(size: int, language: str) -> str:
    """A file size in the language's units and separators: ``1,5 Mo``, ``1.5 MB``,
    ``512 octets`` (the app's one rule: util/i18n.english_size says it)."""
    from babel.units import format_unit

    units: tuple[tuple[int, str], ...] = (
        (1000**4, "digital-terabyte"),
        (1000**3, "digital-gigabyte"),
        (1000**2, "digital-megabyte"),
        (1000, "digital-kilobyte"),
    )
    for factor, unit in units:
        if size >= factor:
            value: Any = size / factor
            # The window's rule too (ui/widgets/locale_text.size_text): "412 Mo", "3,5 Mo".
            shape = "#,##0" if round(value, 1) >= 100 else "#,##0.0"
            return str(
                format_unit(value, unit, length="short", format=shape, locale=locale_of(language))
            )
    # bytes in words, singular and plural by the language's rule: "1 octet", "512 octets"
    return str(format_unit(size, "digital-byte", length="long", locale=locale_of(language)))


def format_day(value: date, language: str) -> str:
    """A day in full in *language*: ``lundi 11 mai 2020``, ``Monday, May 11, 2020``."""
    return babel_date_words(language).day(value)


__all__ = [
    "BabelDateWords",
    "babel_date_words",
    "date_words",
    "format_day",
    "format_number",
    "format_size",
    "hour_unpadded",
    "locale_of",
    "localize_digits",
]
