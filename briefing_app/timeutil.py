"""Time helpers: every instant is aware, stored in UTC, shown in an IANA zone."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

UTC_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


class TimeFormatError(ValueError):
    """A timestamp or zone name could not be understood."""


@lru_cache(maxsize=512)
def zone(name: str) -> ZoneInfo:
    """Return the IANA zone *name*, raising :class:`TimeFormatError` if unknown."""
    if not name or name != name.strip() or name.startswith(("/", ".")) or ".." in name:
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
    return value.astimezone(UTC)


def to_utc_text(value: datetime) -> str:
    """Serialize an aware datetime as ``YYYY-MM-DDTHH:MM:SSZ`` (sortable as text)."""
    if value.tzinfo is None:
        raise TimeFormatError("refusing to store a naive datetime")
    return value.astimezone(UTC).strftime(UTC_FORMAT)


def from_utc_text(text: str) -> datetime:
    """Inverse of :func:`to_utc_text`."""
    return datetime.strptime(text, UTC_FORMAT).replace(tzinfo=UTC)


def utc_now() -> datetime:
    return datetime.now(UTC)


def in_zone(value: datetime, zone_name: str) -> datetime:
    """Return *value* converted to the IANA zone *zone_name*."""
    return value.astimezone(zone(zone_name))


def format_range(start: datetime, end: datetime, zone_name: str) -> str:
    """Human text for a session's time in *zone_name*, e.g. ``Wed 15 Apr 2020 10:00–11:30 EDT``."""
    local_start = in_zone(start, zone_name)
    local_end = in_zone(end, zone_name)
    day = local_start.strftime("%a %d %b %Y")
    if local_start.date() == local_end.date():
        span = f"{local_start:%H:%M}–{local_end:%H:%M}"
    else:
        span = f"{local_start:%H:%M}–{local_end:%a %H:%M}"
    return f"{day} {span} {local_start.tzname()}"
