"""Dates, times, numbers and sizes as the window shows them: through ``QLocale()``.

The default locale is the system's, or the language the user chose in Settings
(``QLocale.setDefault``). Times follow the locale's short time format ("10:00",
"1:00 PM", "13 h 00"); a day is written with a translatable pattern ("Wed 15 Apr 2020"
in English) whose names come from the locale. Time-zone abbreviations and zone names are
the core's one rule (util/zonenames: ``EDT`` in English, ``HAE`` or ``UTC+2`` in French;
``Toronto (heure de l’Est)`` for a zone in a French sentence), in the window's language:
Qt's own ``QTimeZone`` names are not used (see util/zonenames). The core's
:func:`briefing_app.util.timeutil.format_range` stays for the CLI.
"""

from __future__ import annotations

import math
from datetime import date, datetime
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from briefing_app.util.i18n import current_language, is_singular
from briefing_app.util.timeutil import from_utc_text, in_zone, local_zone_name, zone
from briefing_app.util.zonenames import abbreviation, zone_label, zone_place


def zone_abbreviation(local: datetime, zone_name: str) -> str:
    """``EDT`` (English), ``HAE``, ``UTC+2`` (French): *local*'s zone (aware, in
    *zone_name*) at that instant, in the window's language."""
    return abbreviation(local, zone_name, current_language())


def zone_text(zone_name: str) -> str:
    """A zone named in a sentence or a list: ``America/Toronto`` in English (what the
    user chose, as always), ``Toronto (heure de l’Est)`` in French."""
    return zone_label(zone_name, current_language())


def zone_place_text(zone_name: str) -> str:
    """A zone named after a time that gives its abbreviation (``… HAE (Toronto)``):
    ``America/Toronto`` in English, as always; ``Toronto`` in French."""
    return zone_place(zone_name, current_language())


def day_pattern() -> str:
    """The pattern of a session's day: ``ddd dd MMM yyyy`` in English (QLocale's letters)."""
    return QCoreApplication.translate(
        "LocaleText", "ddd dd MMM yyyy", "date format of a day (QDate::toString pattern)"
    )


def day_text(day: date, locale: QLocale | None = None) -> str:
    """``Wed 15 Apr 2020`` (the locale's day and month names)."""
    return (locale or QLocale()).toString(QDate(day.year, day.month, day.day), day_pattern())


def note_day_text(day: date) -> str:
    """``Fri 1 May 2099``: a day named in a sentence (the day of the month unpadded)."""
    pattern = QCoreApplication.translate(
        "LocaleText", "ddd d MMM yyyy", "date format of a day in a sentence (QDate pattern)"
    )
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def long_day_text(day: date) -> str:
    """``Monday 11 May 2020`` (``lundi 11 mai 2020``): a day heading in a list."""
    locale = QLocale()
    pattern = QCoreApplication.translate(
        "LocaleText", "dddd d MMMM yyyy", "date format of a day heading (QDate::toString pattern)"
    )
    return _long_day(day.toordinal(), pattern, locale.name())


@lru_cache(maxsize=1024)
def _long_day(ordinal: int, pattern: str, _locale_name: str) -> str:
    day = date.fromordinal(ordinal)
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def weekday_text(day: date, locale: QLocale | None = None) -> str:
    """``Wed``: the locale's short name of the day."""
    return (locale or QLocale()).dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)


def hour_unpadded(pattern: str, locale: QLocale) -> str:
    """*pattern* with French's ``h`` hours unpadded: ``3 h 56``, not ``03 h 56`` (OQLF).

    QLocale's (CLDR's) Canadian French writes ``HH 'h' mm``; minutes keep two digits.
    Other languages' patterns come back as they are.
    """
    if locale.language() == QLocale.Language.French and "'h'" in pattern:
        return pattern.replace("HH", "H")
    return pattern


def time_pattern(locale: QLocale, form: QLocale.FormatType = QLocale.FormatType.ShortFormat) -> str:
    """The locale's time pattern (``HH 'h' mm``), hours unpadded in French (``H 'h' mm``)."""
    return hour_unpadded(locale.timeFormat(form), locale)


def time_text(value: datetime, locale: QLocale | None = None) -> str:
    """``10:00``, ``1:00 PM``, ``13 h 00``, ``3 h 56``: the locale's short time."""
    locale = locale or QLocale()
    return locale.toString(QTime(value.hour, value.minute), time_pattern(locale))


def between(first: str, second: str) -> str:
    """``10:00–11:30``; spaced when the times have spaces (``13 h 00 – 14 h 30``)."""
    if " " in first or " " in second or "\u202f" in first or "\u202f" in second:
        return f"{first} – {second}"
    return f"{first}–{second}"


def range_text(start: datetime, end: datetime, zone_name: str) -> str:
    """A session's time in *zone_name*: ``Wed 15 Apr 2020 10:00–11:30 EDT``.

    The window's :func:`~briefing_app.util.timeutil.format_range`, in the user's locale.
    """
    locale = QLocale()
    tz = zone(zone_name)
    local_start, local_end = start.astimezone(tz), end.astimezone(tz)
    day = day_text(local_start.date(), locale)
    start_time = time_text(local_start, locale)
    end_time = time_text(local_end, locale)
    if local_start.date() != local_end.date():
        end_time = f"{weekday_text(local_end.date(), locale)} {end_time}"
    start_name = zone_abbreviation(local_start, zone_name)
    end_name = zone_abbreviation(local_end, zone_name)
    if start_name != end_name:
        # Across a DST change: 01:30 EDT–01:30 EST is an hour, not nothing.
        return f"{day} {between(f'{start_time} {start_name}', f'{end_time} {end_name}')}"
    return f"{day} {between(start_time, end_time)} {start_name}"


def hours_text(start: datetime, end: datetime, zone_name: str) -> str:
    """``10:00–11:30`` in *zone_name* (no day, no zone)."""
    tz = zone(zone_name)
    locale = QLocale()
    return between(time_text(start.astimezone(tz), locale), time_text(end.astimezone(tz), locale))


def when_text(value: datetime, zone_name: str | None = None, *, with_zone: bool = True) -> str:
    """An instant in *zone_name* (the computer's by default): ``Fri 27 Nov 2026 14:05 EST``."""
    name = zone_name or local_zone_name()
    local = in_zone(value, name)
    locale = QLocale()
    text = f"{day_text(local.date(), locale)} {time_text(local, locale)}"
    return f"{text} {zone_abbreviation(local, name)}" if with_zone else text


def soon_text(value: datetime, zone_name: str | None = None) -> str:
    """An instant near now, without year or zone: ``Mon 04 Mar 15:00``."""
    local = in_zone(value, zone_name or local_zone_name())
    locale = QLocale()
    pattern = QCoreApplication.translate(
        "LocaleText", "ddd dd MMM", "date format of a day this year (QDate::toString pattern)"
    )
    day = locale.toString(QDate(local.year, local.month, local.day), pattern)
    return f"{day} {time_text(local, locale)}"


def stamp_text(utc_text: str, zone_name: str | None = None) -> str:
    """A stored UTC time (``2026-11-27T19:05:00Z``) as :func:`when_text` writes it.

    Text that is not a stored time comes back unchanged (it is still worth showing).
    """
    try:
        value = from_utc_text(utc_text)
    except ValueError:
        try:  # another ISO 8601 form with an offset (a file's own stamp)
            value = datetime.fromisoformat(utc_text.replace("Z", "+00:00"))
        except ValueError:
            return utc_text
        if value.tzinfo is None:
            return utc_text
    return when_text(value, zone_name)


def date_time_text(value: datetime, locale: QLocale | None = None) -> str:
    """A local date and time with the locale's short formats (for a file's heading)."""
    moment = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    return moment_short_text(moment, locale)


def moment_short_text(moment: QDateTime, locale: QLocale | None = None) -> str:
    """A date and time in the locale's short format (French hours unpadded: ``3 h 56``)."""
    locale = locale or QLocale()
    pattern = hour_unpadded(locale.dateTimeFormat(QLocale.FormatType.ShortFormat), locale)
    return locale.toString(moment, pattern)


def number_text(value: int | float) -> str:
    """``1,234`` / ``1 234``: the locale's digits and separators."""
    return QLocale().toString(value)


def size_text(size: int) -> str:
    """``1.5 kB``, ``1,8 Mo``: a file's size in the locale's decimal units (French puts a
    no-break space before the unit, as the core's Babel sizes do: never broken apart).

    The app's one rule (util/i18n.english_size, util/localeformat.format_size): bytes in
    words under 1000 (``1 byte``, ``512 octets``), SI symbols from there (``kB``, ``ko``).
    """
    if size < 1000:  # Qt writes "1 bytes", "1 octets": counted in words, with plurals
        return (
            QCoreApplication.translate("LocaleText", "%n byte", None, size)
            if is_singular(size)
            else QCoreApplication.translate("LocaleText", "%n bytes", None, size)
        )
    locale = QLocale()
    # The CLI's rule (util/localeformat.format_size): no decimal from 100 up ("412 Mo"),
    # one below ("3,5 Mo").
    scaled, steps = float(size), 0
    while scaled >= 1000 and steps < 4:  # kB, MB, GB, TB (the largest, as in the CLI)
        scaled, steps = scaled / 1000, steps + 1
    decimals = 0 if round(scaled, 1) >= 100 or size < 1000 else 1
    text = locale.formattedDataSize(size, decimals, QLocale.DataSizeFormat.DataSizeSIFormat)
    return text.replace(" ", "\u00a0") if locale.language() == QLocale.Language.French else text


def percent_format(locale: QLocale | None = None) -> str:
    """A QProgressBar's format: ``42%``, French ``42 %`` (a no-break space before the sign)."""
    locale = locale or QLocale()
    space = "\u00a0" if locale.language() == QLocale.Language.French else ""
    return f"%p{space}{locale.percent()}"


def duration_text(minutes: int) -> str:
    """``1 minute``, ``45 minutes``, ``1 hour``, ``2 hours 5 minutes``, ``3 days``.

    The window's :func:`briefing_app.usecases.reminders.duration_text`, translated.
    """
    if minutes < 60:
        return (
            QCoreApplication.translate("LocaleText", "%n minute", None, minutes)
            if is_singular(minutes)
            else QCoreApplication.translate("LocaleText", "%n minutes", None, minutes)
        )
    if minutes < 48 * 60:
        hours, rest = divmod(minutes, 60)
        text = (
            QCoreApplication.translate("LocaleText", "%n hour", None, hours)
            if is_singular(hours)
            else QCoreApplication.translate("LocaleText", "%n hours", None, hours)
        )
        if not rest:
            return text
        return QCoreApplication.translate("LocaleText", "{0} {1}", "hours and minutes").format(
            text, duration_text(rest)
        )
    days = minutes // (24 * 60)
    return QCoreApplication.translate("LocaleText", "%n days", None, days)


def minutes_until(when: datetime, now: datetime) -> int:
    """Whole minutes from *now* to *when*, rounded up (negative once *when* is past): the
    one rounding of the window's countdowns (the reminder banner, Now & next)."""
    return math.ceil((when - now).total_seconds() / 60)


def starting_in_text(minutes: int) -> str:
    """``starting in 15 minutes``, ``starting now`` or ``started 5 minutes ago``: the one
    wording of a session's countdown (the reminder banner, Now & next)."""
    if minutes > 0:
        return QCoreApplication.translate("Reminders", "starting in {0}").format(
            duration_text(minutes)
        )
    if minutes == 0:
        return QCoreApplication.translate("Reminders", "starting now")
    return QCoreApplication.translate("Reminders", "started {0} ago").format(
        duration_text(-minutes)
    )


def hours_minutes_text(minutes: int) -> str:
    """``1 h 30 min``, ``45 min``, ``2 h``: a duration (the window's ``hours_text``)."""
    hours, rest = divmod(max(0, minutes), 60)
    if not hours:
        return QCoreApplication.translate("LocaleText", "{0} min").format(number_text(rest))
    if rest:
        return QCoreApplication.translate("LocaleText", "{0} h {1} min").format(
            number_text(hours), number_text(rest)
        )
    return QCoreApplication.translate("LocaleText", "{0} h").format(number_text(hours))


def moment_text(value: datetime, *, seconds: bool = True) -> str:
    """``Sat 02 May 2026, 10:42:13``: a local date and time (seconds for revisions)."""
    locale = QLocale()
    if seconds:
        pattern = time_pattern(locale, QLocale.FormatType.LongFormat)
        pattern = pattern.replace(" t", "").replace("t", "").strip()
        clock = locale.toString(QTime(value.hour, value.minute, value.second), pattern)
    else:
        clock = time_text(value, locale)
    return QCoreApplication.translate("LocaleText", "{0}, {1}", "a day, a time").format(
        day_text(value.date(), locale), clock
    )
