"""iCalendar times and zones: TZIDs and VTIMEZONEs resolved to IANA names, per feed.

Time zones never come from icalendar's process-wide cache of ``VTIMEZONE``\\ s:
a zone defined by one feed must not change how another feed reads.
"""

from __future__ import annotations

import re
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import available_timezones

from icalendar import Component, vDDDTypes
from icalendar.timezone import tzp
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from briefing_app.errors import FeedError, MissingTimezoneError
from briefing_app.feeds.ical.lines import _first, _param, _Span, _text
from briefing_app.feeds.messages import shorten
from briefing_app.util.i18n import QT_TRANSLATE_NOOP
from briefing_app.util.timeutil import MAX_YEAR, MIN_YEAR, is_valid_zone, zone

_LAST_INSTANT = datetime(MAX_YEAR, 12, 31, 23, 59, 59, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class _When:
    """One DTSTART/DTEND/RECURRENCE-ID value as the file gave it.

    Exactly one of ``local`` (an aware wall time in the zone the file named,
    or a UTC instant) and ``day`` (an all-day date) is set. ``tzid`` is the
    TZID it was given in; ``display`` the zone to show it in when that is not
    the TZID's (UTC and floating times).
    """

    local: datetime | None
    day: date | None
    tzid: str | None = None
    display: str | None = None


@dataclass(slots=True)
class _Pending:
    """A VEVENT with its times read, waiting for the feed-wide zone decisions."""

    span: _Span
    component: Component
    uid: str
    start: _When
    end: _When | None
    duration: timedelta | None
    recurrence_id: _When | None
    recurring: bool


def _iana_candidates(tzid: str) -> Iterator[str]:
    """IANA names a TZID may stand for, best first (as icalendar looks them up).

    ``/freeassociation.sourceforge.net/Europe/Berlin`` and Windows names such
    as ``W. Europe Standard Time`` are common in feeds from Outlook, Evolution
    and Lightning.
    """
    cleaned = tzid.strip().strip("/")
    yield cleaned
    if cleaned in WINDOWS_TO_OLSON:
        yield WINDOWS_TO_OLSON[cleaned]
    parts = cleaned.split("/")
    for begin in range(1, len(parts)):
        yield "/".join(parts[begin:])


def _first_zone(names: Iterable[str | None]) -> str | None:
    return next((name for name in names if name and is_valid_zone(name)), None)


@lru_cache(maxsize=1)
def _scan_zones() -> tuple[str, ...]:
    """Area/City zones to compare a custom VTIMEZONE with, in a stable order."""
    return tuple(
        sorted(
            name
            for name in available_timezones()
            if "/" in name
            and not name.startswith(("Etc/", "SystemV/", "US/", "posix", "right"))
            and is_valid_zone(name)
        )
    )


def _named_in(tzid: str) -> list[str]:
    """Zones whose city a TZID names, as Outlook's ``(UTC+01:00) Amsterdam, Berlin, …`` do."""
    text = f" {' '.join(re.findall(r'[a-z]+', tzid.lower()))} "
    named = []
    for name in _scan_zones():
        city = re.sub(r"[^a-z]+", " ", name.rsplit("/", 1)[-1].lower()).strip()
        if city and f" {city} " in text:
            named.append(name)
    return named


def _fixed_zone(offset: timedelta) -> str | None:
    """``Etc/GMT-5`` for +05:00 (the Etc names have the sign the other way round)."""
    seconds = int(offset.total_seconds())
    if seconds % 3600:
        return None
    hours = seconds // 3600
    if hours == 0:
        return "UTC"
    name = f"Etc/GMT{-hours:+d}"
    return name if is_valid_zone(name) else None


class _Zones:
    """The zones of one feed: TZIDs resolved once, custom VTIMEZONEs named, wall times read.

    *warnings* is the feed's list; what this class notices is appended to it.
    """

    def __init__(self, calendar: Component, default_zone: str | None, warnings: list[str]) -> None:
        self.default_zone = default_zone
        self.warnings = warnings
        self.vtimezones: dict[str, Component] = {}
        for sub in calendar.subcomponents:
            if sub.name == "VTIMEZONE" and isinstance(sub.get("TZID"), str):
                self.vtimezones.setdefault(str(sub["TZID"]), sub)
        #: TZID -> tzinfo the file's wall times are read in.
        self.tzinfos: dict[str, tzinfo] = {}
        #: TZID -> IANA name shown to the user (custom VTIMEZONEs are named later).
        self.zone_names: dict[str, str] = {}
        #: TZID of a custom VTIMEZONE -> IANA names to try first.
        self.custom_hints: dict[str, list[str]] = {}
        self.calendar_zone = self._calendar_zone(calendar)
        self.series_zone = "UTC"  # decided once every event's zone is known

    def _calendar_zone(self, calendar: Component) -> str | None:
        value = _first(calendar, "X-WR-TIMEZONE")
        if value is None:
            return None
        name = str(value).strip()
        found = _first_zone(_iana_candidates(name)) if name else None
        if found is None:
            self.warnings.append(
                QT_TRANSLATE_NOOP(
                    "core", "X-WR-TIMEZONE {name!r} is not a time zone this app knows; ignored"
                ).format(name=name)
            )
        return found

    def tz(self, tzid: str, span: _Span, prop: str) -> tzinfo:
        """The tzinfo to read wall times given with *tzid* in (resolved once per feed)."""
        known = self.tzinfos.get(tzid)
        if known is not None:
            return known
        candidates = list(_iana_candidates(tzid))
        vtimezone = self.vtimezones.get(tzid)
        if is_valid_zone(tzid):
            tz: tzinfo = zone(tzid)
            self.zone_names[tzid] = tzid
        elif vtimezone is not None:
            # The file defines the zone: its rules decide the instants. Our own
            # copy, not icalendar's shared cache, so that feeds stay independent.
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    tz = tzp.create_timezone(vtimezone)
            except Exception as exc:  # dateutil's tzical on untrusted input: any failure
                raise FeedError(
                    QT_TRANSLATE_NOOP(
                        "core", "the VTIMEZONE {tzid!r} could not be read: {exc}"
                    ).format(tzid=tzid, exc=shorten(str(exc), 160)),
                    path=QT_TRANSLATE_NOOP("core", "VTIMEZONE {tzid!r}").format(tzid=tzid),
                ) from None
            hints = [_text(_first(vtimezone, "X-LIC-LOCATION")).strip(), *candidates]
            self.custom_hints[tzid] = [hint for hint in hints if hint]
        else:
            mapped = _first_zone(candidates)
            if mapped is None:
                raise FeedError(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "unknown time zone TZID={tzid!r}: not an IANA name, and the feed has "
                        "no VTIMEZONE that defines it",
                    ).format(tzid=tzid),
                    path=span.path(prop),
                )
            tz = zone(mapped)
            self.zone_names[tzid] = mapped
            self.warnings.append(
                QT_TRANSLATE_NOOP(
                    "core", "TZID {tzid!r} was read as the IANA zone {mapped!r}"
                ).format(tzid=tzid, mapped=mapped)
            )
        self.tzinfos[tzid] = tz
        return tz

    def floating_zone(self) -> str | None:
        return self.calendar_zone or self.default_zone

    def when(self, component: Component, span: _Span, name: str) -> _When | None:
        value = _first(component, name)
        if value is None:
            return None
        if not isinstance(value, vDDDTypes):
            raise FeedError(
                QT_TRANSLATE_NOOP("core", "{name} is not a date or a date-time").format(name=name),
                path=span.path(name),
            )
        return self.when_value(value.dt, _param(value, "TZID"), span, name)

    def when_value(self, value: object, tzid: str, span: _Span, name: str) -> _When:
        if isinstance(value, datetime):
            if not MIN_YEAR <= value.year <= MAX_YEAR:
                raise FeedError(
                    QT_TRANSLATE_NOOP(
                        "core", "{name} {value:%Y-%m-%d} is outside the years {min_year}–{max_year}"
                    ).format(name=name, value=value, min_year=MIN_YEAR, max_year=MAX_YEAR),
                    path=span.path(name),
                )
            wall = value.replace(tzinfo=None)
            if tzid:
                return _When(wall.replace(tzinfo=self.tz(tzid, span, name)), None, tzid=tzid)
            if value.tzinfo is not None:
                display = self.calendar_zone or self.default_zone or "UTC"
                return _When(value.astimezone(UTC), None, display=display)
            floating = self.floating_zone()
            if floating is None:
                why = QT_TRANSLATE_NOOP(
                    "core",
                    "{name} {value:%Y-%m-%d %H:%M} has no time zone (no TZID, no Z) and "
                    "the calendar names none (X-WR-TIMEZONE)",
                ).format(name=name, value=value)
                raise MissingTimezoneError(
                    QT_TRANSLATE_NOOP("core", "{why}: give this feed a default time zone").format(
                        why=why
                    ),
                    path=span.path(name),
                    why=why,
                )
            return _When(wall.replace(tzinfo=zone(floating)), None, display=floating)
        if isinstance(value, date):
            if not MIN_YEAR <= value.year <= MAX_YEAR:
                raise FeedError(
                    QT_TRANSLATE_NOOP(
                        "core", "{name} {value:%Y-%m-%d} is outside the years {min_year}–{max_year}"
                    ).format(name=name, value=value, min_year=MIN_YEAR, max_year=MAX_YEAR),
                    path=span.path(name),
                )
            return _When(None, value)
        raise FeedError(
            QT_TRANSLATE_NOOP("core", "{name} is not a date or a date-time").format(name=name),
            path=span.path(name),
        )

    def name_custom_zones(self, pending: Sequence[_Pending]) -> None:
        """Give each zone a VTIMEZONE defines (and IANA does not) an IANA name.

        The instants are already right (the file's own rules). The name is for
        showing them: the first IANA zone, hints first, whose UTC offset equals
        the file's at every instant of the events given in that zone.
        """
        instants: dict[str, list[datetime]] = {tzid: [] for tzid in self.custom_hints}
        for item in pending:
            for when in (item.start, item.end, item.recurrence_id):
                if when is not None and when.tzid in instants and when.local is not None:
                    instants[when.tzid].append(when.local)
        for tzid, hints in self.custom_hints.items():
            local = instants[tzid]
            offsets = [(moment, moment.utcoffset() or timedelta(0)) for moment in local]
            preferred = [*hints, self.calendar_zone, self.default_zone, *_named_in(tzid)]
            chosen = None
            for name in (*preferred, *_scan_zones()):
                if name and is_valid_zone(name):
                    tz = zone(name)
                    if all(moment.astimezone(tz).utcoffset() == off for moment, off in offsets):
                        chosen = name
                        break
            if chosen is None:
                distinct = {off for _moment, off in offsets}
                fixed = _fixed_zone(distinct.pop()) if len(distinct) == 1 else None
                chosen = fixed or "UTC"
                self.warnings.append(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "the VTIMEZONE {tzid!r} matches no IANA zone; its events are shown in "
                        "{chosen!r}",
                    ).format(tzid=tzid, chosen=chosen)
                )
            elif chosen not in hints[:1]:
                self.warnings.append(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "TZID {tzid!r} is defined by the feed's VTIMEZONE; shown as "
                        "{chosen!r}, which has the same UTC offsets at every event",
                    ).format(tzid=tzid, chosen=chosen)
                )
            self.zone_names[tzid] = chosen

    def display_zone(self, when: _When) -> str:
        if when.tzid is not None:
            return self.zone_names[when.tzid]
        return when.display or self.series_zone

    def instant(self, when: _When) -> datetime:
        if when.local is not None:
            return when.local.astimezone(UTC)
        assert when.day is not None
        return datetime.combine(when.day, time(), tzinfo=zone(self.series_zone)).astimezone(UTC)

    def choose_series_zone(self, pending: Sequence[_Pending]) -> str:
        if self.calendar_zone:
            return self.calendar_zone
        counts = Counter(
            self.zone_names[item.start.tzid] for item in pending if item.start.tzid is not None
        )
        if counts:
            return counts.most_common(1)[0][0]
        return self.default_zone or "UTC"

    def add(self, when: _When, duration: timedelta) -> datetime:
        """*when* + *duration*: whole days on the wall clock (RFC 5545), the rest exact."""
        days = timedelta(days=duration.days)
        try:
            if when.local is not None:
                return (when.local + days).astimezone(UTC) + (duration - days)
            assert when.day is not None
            return self.instant(_When(None, when.day + days)) + (duration - days)
        except OverflowError:
            return _LAST_INSTANT

    def day_span(self, start: datetime, end: datetime) -> tuple[datetime, datetime]:
        """Naive midnights of an all-day occurrence as instants in the series zone."""
        tz = zone(self.series_zone)
        return (
            start.replace(tzinfo=tz).astimezone(UTC),
            end.replace(tzinfo=tz).astimezone(UTC),
        )

    def naive_instant(self, moment: datetime) -> datetime:
        return moment.replace(tzinfo=zone(self.series_zone)).astimezone(UTC)
