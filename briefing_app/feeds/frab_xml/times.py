"""frab XML times: ISO dates and date-times, clock times past midnight, durations, UTC offsets.

Every failure is a :class:`~briefing_app.util.timeutil.TimeFormatError`; the
reader turns it into a :class:`FeedError` that names the element.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from briefing_app.feeds.messages import shorten
from briefing_app.util.i18n import QT_TRANSLATE_NOOP
from briefing_app.util.timeutil import MAX_YEAR, MIN_YEAR, TimeFormatError, zone

#: ``HH:MM`` or ``HH:MM:SS`` (hours up to 29: "25:30" is 01:30 the next day).
_CLOCK = re.compile(r"(\d{1,2}):([0-5]\d)(?::([0-5]\d))?")
#: ``H:MM`` / ``HH:MM``, zero-padded ``HH:MM:SS`` (frab, Pentabarf) or
#: unpadded ``D:HH:MM`` (pretalx writes 25 h 30 min as ``1:01:30``).
_DURATION = re.compile(r"(\d{1,4}):(\d\d)(?::(\d\d))?")
#: Longest duration believed: beyond a year it is a typo, and it would push
#: the end past the years the store can hold.
_MAX_DURATION = timedelta(days=366)


def _check_year(value: datetime | date, text: str) -> None:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise TimeFormatError(
            QT_TRANSLATE_NOOP("core", "{text!r} is outside the years {min_year}–{max_year}").format(
                text=text, min_year=MIN_YEAR, max_year=MAX_YEAR
            )
        )


@lru_cache(maxsize=1024)  # a schedule's start times repeat across rooms
def _parse_datetime(text: str) -> datetime:
    """An ISO 8601 date and time, aware or naive; years are checked before any arithmetic."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise TimeFormatError(
            QT_TRANSLATE_NOOP(
                "core",
                "{text!r} is not an ISO 8601 date and time (expected e.g. "
                "2026-01-31T09:30:00+01:00)",
            ).format(text=shorten(text))
        ) from None
    _check_year(value, text)
    return value


def _parse_date(text: str) -> date:
    try:
        value = date.fromisoformat(text)
    except ValueError:
        raise TimeFormatError(
            QT_TRANSLATE_NOOP("core", "{text!r} is not a date (expected e.g. 2021-02-06)").format(
                text=shorten(text)
            )
        ) from None
    _check_year(value, text)
    return value


def _parse_clock(text: str) -> tuple[int, int, int]:
    """``HH:MM[:SS]`` as (hours, minutes, seconds); hours may run to 29 (after midnight)."""
    match = _CLOCK.fullmatch(text)
    if match is None or int(match.group(1)) > 29:
        raise TimeFormatError(
            QT_TRANSLATE_NOOP("core", "{text!r} is not a time of day (expected HH:MM)").format(
                text=shorten(text)
            )
        )
    return int(match.group(1)), int(match.group(2)), int(match.group(3) or 0)


@lru_cache(maxsize=256)  # a handful of lengths: 00:25, 00:50 ...
def _parse_duration(text: str) -> timedelta:
    """``H:MM``, ``HH:MM``, ``HH:MM:SS`` (two-digit hours) or ``D:HH:MM`` (pretalx)."""
    match = _DURATION.fullmatch(text)
    if match is None:
        raise TimeFormatError(
            QT_TRANSLATE_NOOP(
                "core", "{text!r} is not a duration (expected HH:MM, e.g. 00:45)"
            ).format(text=shorten(text))
        )
    first, second, third = match.group(1), int(match.group(2)), match.group(3)
    if third is None:
        value = timedelta(hours=int(first), minutes=second)
        valid = second < 60
    elif len(first) == 2:
        value = timedelta(hours=int(first), minutes=second, seconds=int(third))
        valid = second < 60 and int(third) < 60
    else:
        value = timedelta(days=int(first), hours=second, minutes=int(third))
        valid = second < 24 and int(third) < 60
    if not valid:
        raise TimeFormatError(
            QT_TRANSLATE_NOOP(
                "core",
                "{text!r} is not a duration (expected HH:MM, HH:MM:SS or D:HH:MM; "
                "minutes and seconds run to 59)",
            ).format(text=text)
        )
    if value > _MAX_DURATION:
        raise TimeFormatError(
            QT_TRANSLATE_NOOP("core", "{text!r} is longer than a year").format(text=text)
        )
    return value


@lru_cache(maxsize=64)
def _offset_zone(offset: timedelta) -> str:
    """A fixed IANA zone for a UTC offset: ``Etc/GMT-1`` is UTC+01:00 (POSIX signs)."""
    seconds = int(offset.total_seconds())
    if seconds == 0 or seconds % 3600:
        return "UTC"
    hours = seconds // 3600
    name = f"Etc/GMT{-hours:+d}"
    try:
        zone(name)
    except TimeFormatError:
        return "UTC"
    return name


def _offset_text(offset: timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
