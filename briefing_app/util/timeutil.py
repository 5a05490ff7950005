"""Time helpers: every instant is aware, stored in UTC, shown in an IANA zone."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from briefing_app.util.i18n import QT_TRANSLATE_NOOP

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
        raise TimeFormatError(
            QT_TRANSLATE_NOOP("core", "unknown time zone {name!r}").format(name=name)
        )
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise TimeFormatError(
            QT_TRANSLATE_NOOP("core", "unknown time zone {name!r}").format(name=name)
        ) from exc


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
        raise TimeFormatError(
            QT_TRANSLATE_NOOP("core", "{text!r} is not an ISO 8601 date and time").format(text=text)
        ) from exc
    if value.tzinfo is None or value.utcoffset() is None:
        raise TimeFormatError(
            QT_TRANSLATE_NOOP(
                "core", "{text!r} has no UTC offset (expected e.g. 2020-04-15T10:00:00-04:00)"
            ).format(text=text)
        )
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise TimeFormatError(
            QT_TRANSLATE_NOOP("core", "{text!r} is outside the years {min_year}–{max_year}").format(
                text=text, min_year=MIN_YEAR, max_year=MAX_YEAR
            )
        )
    return value.astimezone(UTC)


def to_utc_text(value: datetime) -> str:
    """Serialize an aware datetime as ``YYYY-MM-DDTHH:MM:SSZ`` (sortable as text)."""
    if value.tzinfo is None:
        raise TimeFormatError(
            QT_TRANSLATE_NOOP("core", "refusing to store a naive datetime").message()
        )
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
            name = _linked_zone() or _tzlocal_zone()
    except (LookupError, OSError, ValueError):  # pragma: no cover - misconfigured system
        return "UTC"
    if not name or not is_valid_zone(name):
        return "UTC"
    return "UTC" if name in ("Etc/UTC", "Etc/Universal", "Universal", "Zulu") else name


@lru_cache(maxsize=4)
def _linked_zone(localtime: str = "/etc/localtime") -> str | None:
    """The zone ``/etc/localtime`` links to, as most Linux systems and macOS name theirs
    (``/usr/share/zoneinfo/Europe/Paris`` → ``Europe/Paris``); None where it is no such link.

    tzlocal finds the same name, but tries every tail of the link's path as a zone first
    (``usr/share/zoneinfo/Europe/Paris`` ...), each missing one a search of the ``tzdata``
    package: 20 ms of the window's start spent before its first paint.
    """
    try:
        target = os.path.realpath(localtime, strict=True)
    except (OSError, ValueError):
        return None
    marker = "/zoneinfo/"
    at = target.rfind(marker)
    if at < 0:
        return None
    name = target[at + len(marker) :]
    return name if is_valid_zone(name) else None


def _tzlocal_zone() -> str | None:
    import tzlocal  # where /etc/localtime names no zone (Windows, a copied file)

    return tzlocal.get_localzone_name() or None


def in_zone(value: datetime, zone_name: str) -> datetime:
    """Return *value* converted to the IANA zone *zone_name*."""
    return value.astimezone(zone(zone_name))


class DateWords(Protocol):
    """How a language writes a day, a weekday and a time of day (util/localeformat: Babel's).

    Without one, the text is the English default, ``Wed 15 Apr 2020 10:00``.
    """

    def day(self, value: date) -> str:
        """``lundi 11 mai 2020``."""

    def weekday(self, value: date) -> str:
        """``lundi``."""

    def clock(self, hour: int, minute: int) -> str:
        """``13 h 00``."""

    def zone(self, local: datetime, zone_name: str) -> str:
        """``HAE``: the zone's abbreviation at *local* (aware, in *zone_name*), in the
        language's way (util/zonenames)."""


def format_range(
    start: datetime,
    end: datetime,
    zone_name: str,
    words: DateWords | None = None,
    *,
    days: dict[date, str] | None = None,
) -> str:
    """Human text for a session's time in *zone_name*, e.g. ``Wed 15 Apr 2020 10:00–11:30 EDT``.

    *words*: another language's way of writing days and times (French: ``lundi 11 mai
    2020 10 h 00–11 h 30 EDT``). *days*: a dict the caller keeps over one listing, of the
    day texts already written (10,000 sessions fall on a few hundred days; strftime is
    most of the time here).
    """
    tz = zone(zone_name)
    local_start = start.astimezone(tz)
    local_end = end.astimezone(tz)
    if words is not None:
        return _range_text(local_start, local_end, words, zone_name)
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


class RangeFormatter:
    """:func:`format_range` for many sessions at once (a listing of 10,000): the same text.

    Converting an instant with zoneinfo costs about a microsecond, and a listing converts
    each session's start and end. Here a zone's UTC offset and abbreviation are looked up
    once per UTC month: a month in which they agree at every other day's start and at its
    last moment has one offset throughout, for no zone changes twice within days (tzdata's
    closest changes are four days apart). A month that holds a change (a DST change) is
    looked up by UTC day the same way (its start, middle and last moment), and a day that
    holds the change is converted per instant by zoneinfo, as :func:`format_range` does.
    The day texts and the ``HH:MM`` texts are made once each too. tests/test_timeutil.py
    holds it to :func:`format_range` over random instants and zones.
    """

    def __init__(self, words: DateWords | None = None) -> None:
        self._words = words
        #: zone name -> (UTC year, month) -> (offset, abbreviation): the months checked to
        #: have one offset and abbreviation throughout.
        self._months: dict[str, dict[tuple[int, int], _Window]] = {}
        self._changing: set[tuple[str, int, int]] = set()  # (zone, year, month) with a change
        #: (zone, UTC date) -> (offset, abbreviation), or None: the day holds the change.
        self._day_windows: dict[tuple[str, date], _Window | None] = {}
        self._days: dict[date, str] = {}  # local date -> "Wed 15 Apr 2020"
        self._weekdays: dict[date, str] = {}  # local date -> "Wed"
        self._clock = [f"{minute // 60:02d}:{minute % 60:02d}" for minute in range(24 * 60)]
        #: (zone, database abbreviation, offset) -> the words' zone name (``HAE``)
        self._zone_names: dict[tuple[str, str | None, timedelta], str] = {}
        if words is not None:  # another language's (Babel's): each time written once, when met
            self._clock = _Clock(words)  # type: ignore[assignment]  # indexed as the list is

    def text(self, start: datetime, end: datetime, zone_name: str) -> str:
        """``format_range(start, end, zone_name)``, for *start* and *end* in UTC (the store's)."""
        months = self._months.get(zone_name)
        if months is None:
            months = self._months[zone_name] = {}
        # The wall-clock fields of local_start and local_end are the zone's (their tzinfo
        # stays UTC's where the offset was added): only those fields are read. Start and
        # end are looked up alike, written out twice: a helper would be a call more per
        # instant, 20,000 in a listing.
        window = months.get((start.year, start.month))
        if window is None:
            local_start, start_name = self._local(start, zone_name)
        else:
            local_start = start + window[0]
            start_name = window[1]
        window = months.get((end.year, end.month))
        if window is None:
            local_end, end_name = self._local(end, zone_name)
        else:
            local_end = end + window[0]
            end_name = window[1]
        start_date = local_start.date()
        day = self._days.get(start_date)
        if day is None:
            day = self._days[start_date] = (
                start_date.strftime("%a %d %b %Y")
                if self._words is None
                else self._words.day(start_date)
            )
        clock = self._clock
        start_time = clock[local_start.hour * 60 + local_start.minute]
        end_time = clock[local_end.hour * 60 + local_end.minute]
        end_date = local_end.date()
        if start_date != end_date:
            weekday = self._weekdays.get(end_date)
            if weekday is None:
                weekday = self._weekdays[end_date] = (
                    end_date.strftime("%a")
                    if self._words is None
                    else self._words.weekday(end_date)
                )
            end_time = f"{weekday} {end_time}"
        if self._words is not None:  # another language's zone names (HAE), each found once
            start_name = self._zone_name(zone_name, start, local_start, start_name)
            end_name = self._zone_name(zone_name, end, local_end, end_name)
        if start_name != end_name:
            return f"{day} {start_time} {start_name}–{end_time} {end_name}"
        return f"{day} {start_time}–{end_time} {start_name}"

    def _zone_name(
        self, zone_name: str, instant: datetime, local: datetime, name: str | None
    ) -> str:
        """The zone's name at *instant* in the words' language (``HAE``), by its database
        abbreviation and offset there (*local*'s wall clock less the UTC one)."""
        offset = local.replace(tzinfo=None) - instant.replace(tzinfo=None)
        key = (zone_name, name, offset)
        text = self._zone_names.get(key)
        if text is None:
            assert self._words is not None
            text = self._zone_names[key] = self._words.zone(
                instant.astimezone(zone(zone_name)), zone_name
            )
        return text

    def _local(self, instant: datetime, zone_name: str) -> tuple[datetime, str | None]:
        """*instant* in the zone, when its month is not known to have one offset."""
        tz = zone(zone_name)
        year, month = instant.year, instant.month
        if (zone_name, year, month) not in self._changing:
            first = datetime(year, month, 1, tzinfo=UTC)
            window = _one_window(tz, first, _TWO_DAYS, month=True)
            if window is not None:
                self._months[zone_name][year, month] = window
                return instant + window[0], window[1]
            self._changing.add((zone_name, year, month))
        utc_day = instant.date()
        if (zone_name, utc_day) in self._day_windows:
            found = self._day_windows[zone_name, utc_day]
        else:
            first = datetime(utc_day.year, utc_day.month, utc_day.day, tzinfo=UTC)
            found = _one_window(tz, first, _HALF_DAY, month=False)
            self._day_windows[zone_name, utc_day] = found
        if found is None:
            local = instant.astimezone(tz)
            return local, local.tzname()
        return instant + found[0], found[1]


class _Clock(dict[int, str]):
    """Minute of the day -> its text in *words*, made the first time it is asked for."""

    def __init__(self, words: DateWords) -> None:
        super().__init__()
        self._words = words

    def __missing__(self, minute: int) -> str:
        text = self[minute] = self._words.clock(minute // 60, minute % 60)
        return text


#: A zone's UTC offset and abbreviation over a stretch of time.
_Window = tuple[timedelta, str | None]
_HALF_DAY = timedelta(hours=12)
_DAY = timedelta(days=1)
_TWO_DAYS = timedelta(days=2)
_PAST_A_MONTH = timedelta(days=32)


def _one_window(tz: ZoneInfo, first: datetime, step: timedelta, *, month: bool) -> _Window | None:
    """*tz*'s offset and abbreviation all through the UTC month (or day) from *first*.

    None if they change. They are looked at every *step* and at the last moment: a
    change between two looks shows, unless a second change undid it before the next
    look, which no zone does within days (tzdata's closest changes are four days apart).
    """
    found: set[tuple[timedelta | None, str | None]] = set()
    try:
        after = (first + _PAST_A_MONTH).replace(day=1) if month else first + _DAY
        moment = first
        while moment < after:
            local = moment.astimezone(tz)
            found.add((local.utcoffset(), local.tzname()))
            moment += step
        local = (after - _MOMENT).astimezone(tz)
        found.add((local.utcoffset(), local.tzname()))
    except OverflowError:  # the last days datetime can hold: per instant
        return None
    if len(found) != 1:
        return None
    offset, name = found.pop()
    return None if offset is None else (offset, name)


_MOMENT = timedelta(microseconds=1)


def _range_text(
    local_start: datetime, local_end: datetime, words: DateWords, zone_name: str
) -> str:
    """:func:`format_range`'s text in another language's words (and zone names: ``HAE``)."""
    start_time = words.clock(local_start.hour, local_start.minute)
    end_time = words.clock(local_end.hour, local_end.minute)
    if local_start.date() != local_end.date():
        end_time = f"{words.weekday(local_end.date())} {end_time}"
    day = words.day(local_start.date())
    start_name, end_name = words.zone(local_start, zone_name), words.zone(local_end, zone_name)
    if start_name != end_name:
        return f"{day} {start_time} {start_name}–{end_time} {end_name}"
    return f"{day} {start_time}–{end_time} {start_name}"


def stamp_text(utc_text: str, zone_name: str, words: DateWords | None = None) -> str:
    """A stored UTC time as a person reads it in *zone_name*: ``Fri 27 Nov 2026 14:05 EST``.

    Text that is not a stored time comes back unchanged (it is still worth showing).
    *words*: another language's (``vendredi 27 novembre 2026 14 h 05 HNE``).
    """
    try:
        local = in_zone(from_utc_text(utc_text), zone_name)
    except ValueError:  # TimeFormatError included
        return utc_text
    if words is not None:
        day = words.day(local.date())
        return f"{day} {words.clock(local.hour, local.minute)} {words.zone(local, zone_name)}"
    return f"{local:%a %d %b %Y %H:%M} {local.tzname()}"
