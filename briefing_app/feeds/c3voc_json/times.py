"""c3voc schedule JSON times: an event's start (its ``date``, or ``start`` on its day), offsets."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from typing import Any

from briefing_app.errors import FeedError
from briefing_app.feeds.messages import json_type
from briefing_app.util.i18n import QT_TRANSLATE_NOOP, message_of
from briefing_app.util.timeutil import MAX_YEAR, MIN_YEAR, TimeFormatError, parse_instant, zone

JSONObject = Mapping[str, Any]

_CLOCK = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?")


def _offset_zone(offset: timedelta) -> str:
    """The fixed IANA zone for a UTC offset: ``Etc/GMT-1`` is UTC+1 (POSIX signs)."""
    seconds = int(offset.total_seconds())
    hours, rest = divmod(seconds, 3600)
    if seconds == 0 or rest or not -12 <= hours <= 14:
        return "UTC"
    return f"Etc/GMT{-hours:+d}"


def _offset_text(offset: timedelta) -> str:
    seconds = int(offset.total_seconds())
    sign = "-" if seconds < 0 else "+"
    hours, rest = divmod(abs(seconds), 3600)
    return f"{sign}{hours:02d}:{rest // 60:02d}"


def _start(
    event: JSONObject, path: str, day: JSONObject, day_path: str, zone_name: str | None
) -> tuple[datetime, timedelta]:
    """The instant (UTC) and the UTC offset the feed wrote it with."""
    value = event.get("date")
    if value is None:
        return _start_from_clock(event, path, day, day_path, zone_name)
    if not isinstance(value, str):
        raise FeedError(
            QT_TRANSLATE_NOOP("core", "expected the date and time as text, got {kind}").format(
                kind=json_type(value)
            ),
            path=f"{path}.date",
        )
    try:
        instant = parse_instant(value)
    except TimeFormatError as exc:
        raise FeedError(message_of(exc), path=f"{path}.date") from exc
    offset = datetime.fromisoformat(value).utcoffset()
    assert offset is not None  # parse_instant refuses naive times
    return instant, offset


def _start_from_clock(
    event: JSONObject, path: str, day: JSONObject, day_path: str, zone_name: str | None
) -> tuple[datetime, timedelta]:
    """No ``date``: ``start`` (HH:MM) on the day's date in the feed's zone.

    As in frab, a clock time earlier than the day's own start belongs to
    the night after (a 01:00 event on a day running 10:00-03:00).
    """
    clock = event.get("start")
    if clock is None:
        raise FeedError(
            QT_TRANSLATE_NOOP("core", "required field 'date' is missing").message(),
            path=f"{path}.date",
        )
    local_time = _clock(clock, f"{path}.start")
    day_date = _day_date(day, day_path, f"{path}.date")
    day_start = _day_start(day, day_path)
    tz: tzinfo
    if zone_name is not None:
        tz = zone(zone_name)
    elif day_start is not None:
        tz = timezone(day_start[1])
    else:
        raise FeedError(
            QT_TRANSLATE_NOOP(
                "core",
                "the event has no 'date' and the feed names no time zone; choose the "
                "event's time zone when adding the feed",
            ).message(),
            path=f"{path}.date",
        )
    local = datetime.combine(day_date, local_time)
    if day_start is not None and local_time < day_start[0]:
        local += timedelta(days=1)
    aware = local.replace(tzinfo=tz)
    offset = aware.utcoffset()
    assert offset is not None
    return aware.astimezone(UTC), offset


def _clock(value: Any, path: str) -> time:
    if not isinstance(value, str) or not (found := _CLOCK.fullmatch(value.strip())):
        raise FeedError(
            QT_TRANSLATE_NOOP("core", "expected a time of day like 09:30, got {kind}").format(
                kind=json_type(value)
            ),
            path=path,
        )
    hour, minute, second = found.groups()
    return time(int(hour), int(minute), int(second or 0))


def _day_date(day: JSONObject, day_path: str, needed_by: str) -> date:
    value = day.get("date")
    if value is None:
        raise FeedError(
            QT_TRANSLATE_NOOP(
                "core", "the event has no 'date' and its day has none to place 'start' on"
            ).message(),
            path=needed_by,
        )
    try:
        if not isinstance(value, str):
            raise ValueError
        parsed = date.fromisoformat(value)
    except ValueError as exc:
        raise FeedError(
            QT_TRANSLATE_NOOP("core", "expected a date like 2019-08-21, got {kind}").format(
                kind=json_type(value)
            ),
            path=f"{day_path}.date",
        ) from exc
    if not MIN_YEAR <= parsed.year <= MAX_YEAR:
        raise FeedError(
            QT_TRANSLATE_NOOP(
                "core", "{value!r} is outside the years {min_year}–{max_year}"
            ).format(value=value, min_year=MIN_YEAR, max_year=MAX_YEAR),
            path=f"{day_path}.date",
        )
    return parsed


def _day_start(day: JSONObject, day_path: str) -> tuple[time, timedelta] | None:
    """The day's local start time and offset, when it gives a usable one."""
    value = day.get("day_start")
    if value is None:
        return None
    if not isinstance(value, str):
        raise FeedError(
            QT_TRANSLATE_NOOP("core", "expected the date and time as text, got {kind}").format(
                kind=json_type(value)
            ),
            path=f"{day_path}.day_start",
        )
    try:
        parse_instant(value)
    except TimeFormatError as exc:
        raise FeedError(message_of(exc), path=f"{day_path}.day_start") from exc
    local = datetime.fromisoformat(value)
    offset = local.utcoffset()
    assert offset is not None
    return local.time(), offset
