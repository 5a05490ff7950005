"""Time helpers: every instant is aware, stored in UTC, shown in an IANA zone."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import tzlocal

UTC_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
#: Schedules live in these years; outside them UTC text would not sort or round-trip.
MIN_YEAR = 1900
MAX_YEAR = 9998


class TimeFormatError(ValueError):
    """A timestamp or zone name could not be understood."""


#: Files in the zone database that are not zones (or mean a different zone per machine).
_NOT_PORTABLE = frozenset({"localtime", "posixrules", "Factory", "leapseconds", "tzdata.zi"})


@lru_cache(maxsize=512)
def zone(name: str) -> ZoneInfo:
    """Return the IANA zone *name*, raising :class:`TimeFormatError` if unknown."""
    if (
        not name
        or name != name.strip()
        or name.startswith(("/", ".", "posix/", "right/"))
        or ".." in name
        or name in _NOT_PORTABLE
    ):
        raise TimeFormatError(f"unknown time zone {name!r}")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise TimeFormatError(f"unknown time zone {name!r}") from exc


def is_valid_zone(name: str) -> bool:
    try:
        zone(name)
    except TimeFormatError:
        return False
    return True


def parse_instant(text: str) -> datetime:
    """Parse an ISO 8601 timestamp that carries a UTC offset; return it in UTC.

    A timestamp without an offset is refused: a naive local time is
    ambiguous, and the whole point of the store is that no instant is.
    """
    try:
        value = datetime.fromisoformat(text)
    except (TypeError, ValueError) as exc:
        raise TimeFormatError(f"{text!r} is not an ISO 8601 date and time") from exc
    if value.tzinfo is None or value.utcoffset() is None:
        raise TimeFormatError(
            f"{text!r} has no UTC offset (expected e.g. 2020-04-15T10:00:00-04:00)"
        )
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise TimeFormatError(f"{text!r} is outside the years {MIN_YEAR}–{MAX_YEAR}")
    return value.astimezone(UTC)


def to_utc_text(value: datetime) -> str:
    """Serialize an aware datetime as ``YYYY-MM-DDTHH:MM:SSZ`` (sortable as text)."""
    if value.tzinfo is None:
        raise TimeFormatError("refusing to store a naive datetime")
    v = value if value.tzinfo is UTC else value.astimezone(UTC)
    # An f-string is three times faster than strftime, and this runs per instant per sync.
    return f"{v.year:04d}-{v.month:02d}-{v.day:02d}T{v.hour:02d}:{v.minute:02d}:{v.second:02d}Z"


def from_utc_text(text: str) -> datetime:
    """Inverse of :func:`to_utc_text`.

    ``fromisoformat`` is some fifty times faster than ``strptime`` and lists
    read thousands of these; the length check keeps the format as strict.
    """
    if len(text) != 20 or text[10] != "T" or text[19] != "Z":
        raise ValueError(f"not a stored UTC time: {text!r}")
    # Python 3.11 reads the "Z" itself (as datetime.UTC): five times faster than .replace.
    return datetime.fromisoformat(text)


def utc_now() -> datetime:
    return datetime.now(UTC)


def local_zone_name() -> str:
    """The IANA name of this computer's time zone (``UTC`` if it cannot be told)."""
    name: str | None = os.environ.get("TZ", "").lstrip(":") or None
    try:
        if not name or not is_valid_zone(name):
            name = tzlocal.get_localzone_name()
    except (LookupError, OSError, ValueError):  # pragma: no cover - misconfigured system
        return "UTC"
    if not name or not is_valid_zone(name):
        return "UTC"
    return "UTC" if name in ("Etc/UTC", "Etc/Universal", "Universal", "Zulu") else name


def in_zone(value: datetime, zone_name: str) -> datetime:
    """Return *value* converted to the IANA zone *zone_name*."""
    return value.astimezone(zone(zone_name))


def format_range(
    start: datetime, end: datetime, zone_name: str, *, days: dict[date, str] | None = None
) -> str:
    """Human text for a session's time in *zone_name*, e.g. ``Wed 15 Apr 2020 10:00–11:30 EDT``.

    *days*: a dict the caller keeps over one listing, of the day texts already written
    (10,000 sessions fall on a few hundred days; strftime is most of the time here).
    """
    tz = zone(zone_name)
    local_start = start.astimezone(tz)
    local_end = end.astimezone(tz)
    if days is None:
        day = local_start.strftime("%a %d %b %Y")  # strftime: the day and month names
    else:
        start_date = local_start.date()
        day = days.get(start_date) or days.setdefault(
            start_date, local_start.strftime("%a %d %b %Y")
        )
    # Hours and minutes as %H:%M writes them, without a strftime each (a listing formats
    # 10,000 of these).
    start_time = f"{local_start.hour:02d}:{local_start.minute:02d}"
    end_time = f"{local_end.hour:02d}:{local_end.minute:02d}"
    end_text = (
        end_time
        if local_start.date() == local_end.date()
        else f"{local_end.strftime('%a')} {end_time}"
    )
    start_name, end_name = local_start.tzname(), local_end.tzname()
    if start_name != end_name:
        # Across a DST change: 01:30 EDT–01:30 EST is an hour, not nothing.
        return f"{day} {start_time} {start_name}–{end_text} {end_name}"
    return f"{day} {start_time}–{end_text} {start_name}"


def stamp_text(utc_text: str, zone_name: str) -> str:
    """A stored UTC time as a person reads it in *zone_name*: ``Fri 27 Nov 2026 14:05 EST``.

    Text that is not a stored time comes back unchanged (it is still worth showing).
    """
    try:
        local = in_zone(from_utc_text(utc_text), zone_name)
    except ValueError:  # TimeFormatError included
        return utc_text
    return f"{local:%a %d %b %Y %H:%M} {local.tzname()}"
