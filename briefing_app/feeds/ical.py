"""iCalendar feeds (RFC 5545): a ``VCALENDAR`` whose ``VEVENT``\\ s become sessions.

Reading happens in three passes, each naming where it refuses
(``VEVENT #12 (UID '…') DTSTART, line 57``):

1. **Lines.** The raw bytes are unfolded *before* they are decoded: generators
   fold at 75 octets, not characters, so a fold may split a UTF-8 character in
   two (the JRES 2022 feed does). Each content line is then decoded on its own,
   and the ``BEGIN``/``END`` structure is checked here, because the
   ``icalendar`` library silently drops a component that is never closed.
2. **Values.** ``icalendar`` parses the content lines into properties
   (escapes, parameters, dates, durations, recurrence rules). Its lenient mode
   records unreadable properties instead of raising; we turn the ones we need
   into :class:`FeedError` and the rest into feed warnings.
3. **Sessions.** Times become aware UTC instants beside an IANA zone name;
   ``RRULE``/``RDATE``/``EXDATE`` series are expanded with ``dateutil`` (which
   ``icalendar`` already depends on) lazily, within the feed's own window and
   a step budget, so a hostile ``FREQ=SECONDLY`` rule costs milliseconds.

Time zones never come from icalendar's process-wide cache of ``VTIMEZONE``\\ s:
a zone defined by one feed must not change how another feed reads.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from html import unescape
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import available_timezones

# icalendar itself depends on python-dateutil and expands rules with it (its types:
# types-python-dateutil, a test dependency).
from dateutil.rrule import rrule, rruleset, rrulestr
from icalendar import Calendar, Component, vCalAddress, vCategory, vDDDLists, vDDDTypes, vRecur
from icalendar.timezone import tzp
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from briefing_app.errors import FeedError, MissingTimezoneError
from briefing_app.feeds.htmltext import html_to_markdown, looks_like_html
from briefing_app.feeds.messages import shorten
from briefing_app.feeds.model import (
    Feed,
    Link,
    Presenter,
    PresenterRole,
    Series,
    Session,
    SessionFormat,
    SessionPresenter,
    SessionStatus,
)
from briefing_app.util.timeutil import MAX_YEAR, MIN_YEAR, is_valid_zone, zone

__all__ = ["FORMAT_NAME", "looks_like", "parse"]

FORMAT_NAME = "icalendar"

#: Occurrences imported per recurring event; a daily meeting over a year-long
#: window is 365, and more than this is a rule nobody meant to show one by one.
MAX_OCCURRENCES = 500
#: Rule instants looked at per recurring event (before, in and after the window).
#: dateutil walks a rule from its DTSTART, so this bounds the time a rule
#: starting long before the window (or firing every second) can take.
MAX_RULE_STEPS = 100_000
#: The same for all recurring events of one feed together (about a second).
MAX_FEED_STEPS = 300_000
#: Components nested deeper than this are not a calendar anybody wrote.
MAX_DEPTH = 8

_BOM = b"\xef\xbb\xbf"
_NOT_ICAL = "not an iCalendar feed: it must start with BEGIN:VCALENDAR"
_NAME = re.compile(r"([A-Za-z0-9-]+)([;:])")
_TOKEN = re.compile(r"[A-Za-z0-9-]+\Z")
_UTC_STAMP = "%Y%m%dT%H%M%SZ"
_DAY_STAMP = "%Y%m%d"
_LAST_INSTANT = datetime(MAX_YEAR, 12, 31, 23, 59, 59, tzinfo=UTC)

#: Hosts (and their subdomains) whose links are a way into an online meeting.
_MEETING_HOSTS = (
    "zoom.us",
    "meet.google.com",
    "teams.microsoft.com",
    "teams.live.com",
    "meet.jit.si",
    "webex.com",
    "whereby.com",
)
_URL = re.compile(r"https?://[^\s<>\"'\\]+", re.IGNORECASE)
_ONLINE_PLACE = re.compile(r"\b(online|virtual|virtuel(?:le)?|en ligne|webinar)\b", re.IGNORECASE)

#: Properties whose value decides when an event happens: unreadable means refused.
_TIME_PROPERTIES = frozenset({"DTSTART", "DTEND", "DURATION", "RECURRENCE-ID"})
#: Properties that only add occurrences: unreadable means imported once, with a warning.
_RECURRENCE_PROPERTIES = frozenset({"RRULE", "RDATE", "EXDATE"})


def looks_like(head: bytes) -> bool:
    """True when *head* (the first few KB) starts an iCalendar object."""
    start = head.lstrip(_BOM + b" \t\r\n")
    return start[:15].upper() == b"BEGIN:VCALENDAR"


#: The ORGANIZER address of this app's own exports (see calendar.export).
OWN_ORGANIZER = "mailto:calendar@briefing-companion.invalid"


def parse(data: bytes, *, default_zone: str | None = None) -> Feed:
    """Parse an iCalendar feed; *default_zone* places floating and all-day times."""
    if default_zone is not None and not is_valid_zone(default_zone):
        raise FeedError(f"unknown default time zone {default_zone!r} (expected an IANA name)")
    outline = _outline(data)
    calendar = _load(outline)
    return _Builder(calendar, outline, default_zone).build()


# -- pass 1: content lines and structure -----------------------------------


@dataclass(slots=True)
class _Span:
    """Where one VEVENT is in the file, for error messages."""

    ordinal: int
    line: int
    uid: str = ""
    lines: dict[str, int] = field(default_factory=dict)

    def path(self, prop: str | None = None, *, line: int | None = None) -> str:
        who = f"UID {self.uid!r}" if self.uid else "no UID"
        where = f"VEVENT #{self.ordinal} ({who})"
        if prop is not None:
            where += f" {prop}"
            line = line or self.lines.get(prop)
        elif line is None:
            line = self.line
        return where + (f", line {line}" if line else "")


@dataclass(slots=True)
class _Outline:
    text: str
    events: list[_Span]
    ignored_after_end: int


def _logical_lines(data: bytes) -> list[tuple[int, bytes]]:
    """Unfold raw bytes into ``(first physical line number, content line)``.

    A fold is a line break followed by one space or tab. Unfolding bytes keeps
    a UTF-8 character that a fold split in two whole. Carriage returns at the
    end of a physical line are dropped, also doubled ones (``\\r\\r\\n``), which
    some generators leave when the text they escape had Windows line breaks.
    """
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    data = data.lstrip(b" \t\r\n")
    separator = b"\n" if b"\n" in data else b"\r"  # old Mac files end lines with CR alone
    logical: list[tuple[int, list[bytes]]] = []
    for number, raw in enumerate(data.split(separator), start=1):
        physical = raw.rstrip(b"\r")
        if not physical:
            continue
        if physical[0] in b" \t":
            logical[-1][1].append(physical[1:])  # data was stripped: never the first line
        else:
            logical.append((number, [physical]))
    return [(number, parts[0] if len(parts) == 1 else b"".join(parts)) for number, parts in logical]


def _uid_ahead(lines: Sequence[tuple[int, bytes]], index: int) -> str:
    """The UID of the VEVENT that line *index* is in, read ahead for an error message."""
    for _number, raw in lines[index:]:
        upper = raw[:12].upper()
        if upper.startswith((b"BEGIN:VEVENT", b"END:VEVENT")):
            break
        if upper.startswith((b"UID:", b"UID;")):
            return raw.partition(b":")[2].decode("utf-8", "replace").strip()
    return ""


def _outline(data: bytes) -> _Outline:
    """Decode content lines and check the BEGIN/END structure the library would forgive."""
    lines = _logical_lines(data)
    if not lines:
        raise FeedError("the feed is empty")
    texts: list[str] = []
    events: list[_Span] = []
    stack: list[tuple[str, int]] = []
    current: _Span | None = None

    def fail(reason: str, number: int, index: int) -> FeedError:
        if current is None:
            return FeedError(reason, path=f"line {number}")
        if not current.uid:
            current.uid = _uid_ahead(lines, index)
        return FeedError(reason, path=current.path(line=number))

    end_index = len(lines)
    for index, (number, raw) in enumerate(lines):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            if index == 0:
                raise FeedError(_NOT_ICAL, path="line 1") from None
            raise fail(
                f"not UTF-8 text (byte 0x{raw[exc.start]:02x}); is this a calendar file?",
                number,
                index,
            ) from None
        match = _NAME.match(text)
        if match is None or ":" not in text:
            if index == 0:
                raise FeedError(_NOT_ICAL, path="line 1")
            raise fail(
                f"not an iCalendar content line (NAME:value): {shorten(text)!r}; "
                "a folded line may have lost its leading space",
                number,
                index,
            )
        name = match.group(1).upper()
        is_marker = name in ("BEGIN", "END")
        if is_marker and match.group(2) != ":":
            # icalendar would still read it as a BEGIN/END and nest differently.
            raise fail(f"{name} takes no parameters: {shorten(text)!r}", number, index)
        value = text[match.end() :].strip().upper() if is_marker else ""
        if index == 0 and not (name == "BEGIN" and value == "VCALENDAR"):
            raise FeedError(_NOT_ICAL, path="line 1")
        if is_marker and not _TOKEN.match(value):
            raise fail(f"{name} needs a component name, got {value!r}", number, index)
        if is_marker and name == "BEGIN":
            if current is not None and value in ("VEVENT", "VCALENDAR"):
                raise fail(
                    f"the VEVENT that starts at line {current.line} has no END:VEVENT "
                    f"(BEGIN:{value} at line {number} came first)",
                    number,
                    index,
                )
            if value == "VCALENDAR" and stack:
                raise fail(f"BEGIN:VCALENDAR at line {number} inside a calendar", number, index)
            if value == "VEVENT" and len(stack) != 1:
                raise fail(
                    f"BEGIN:VEVENT at line {number} is inside {stack[-1][0]} "
                    f"(opened at line {stack[-1][1]}), not directly in the calendar",
                    number,
                    index,
                )
            if len(stack) >= MAX_DEPTH:
                raise fail(f"components nested more than {MAX_DEPTH} deep", number, index)
            if value == "VEVENT":
                current = _Span(ordinal=len(events) + 1, line=number)
                events.append(current)
            stack.append((value, number))
        elif is_marker:  # END
            top, opened = stack[-1]
            if value != top:
                if current is not None and value == "VCALENDAR":
                    reason = (
                        f"the VEVENT that starts at line {current.line} has no END:VEVENT "
                        f"(END:VCALENDAR at line {number} came first)"
                    )
                elif value == "VEVENT" and current is not None:
                    reason = f"BEGIN:{top} at line {opened} has no END:{top}"
                else:
                    reason = (
                        f"END:{value} at line {number} does not close BEGIN:{top} (line {opened})"
                    )
                raise fail(reason, number, index)
            stack.pop()
            if value == "VEVENT":
                current = None
        elif current is not None and len(stack) == 2:
            current.lines.setdefault(name, number)
            if name == "UID" and not current.uid:
                current.uid = text.partition(":")[2].strip()
        texts.append(text)
        if not stack:
            end_index = index + 1
            break
    if stack:
        last = lines[-1][0]
        if current is not None:
            raise fail(
                f"the feed ends at line {last} inside this VEVENT (no END:VEVENT): truncated?",
                last,
                len(lines),
            )
        raise FeedError(
            f"the feed ends at line {last} without END:VCALENDAR: truncated?", path=f"line {last}"
        )
    return _Outline("\r\n".join(texts) + "\r\n", events, len(lines) - end_index)


# -- pass 2: values ---------------------------------------------------------


def _load(outline: _Outline) -> Component:
    """Let icalendar read the values of the (already well-formed) content lines."""
    with warnings.catch_warnings():
        # The library warns about guessed zone names and the like; what matters
        # for the user is reported by us as feed warnings.
        warnings.simplefilter("ignore")
        try:
            components = Calendar.from_ical(outline.text, multiple=True)
        except Exception as exc:  # a third-party parser on untrusted input: any failure
            raise FeedError(f"the calendar could not be read: {shorten(str(exc), 200)}") from None
    if len(components) != 1 or components[0].name != "VCALENDAR":  # pragma: no cover - pass 1
        raise FeedError("expected exactly one VCALENDAR")
    calendar: Component = components[0]
    return calendar


def _first(component: Component, name: str) -> Any:
    """The first value of property *name* (a property may appear more than once)."""
    value = component.get(name)
    if isinstance(value, list):
        return value[0] if value else None
    return value


def _all(component: Component, name: str) -> list[Any]:
    value = component.get(name)
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _text(value: Any) -> str:
    """A TEXT value with line breaks as ``\\n`` (generators differ: CRLF, CR, LF)."""
    if not isinstance(value, str):
        return ""
    return str(value).replace("\r\n", "\n").replace("\r", "\n")


def _param(value: Any, name: str) -> str:
    params = getattr(value, "params", None)
    if params is None:
        return ""
    found = params.get(name)
    return str(found) if isinstance(found, str) else ""


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


# -- pass 3: times, zones and sessions -------------------------------------


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


_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _ints(value: object) -> list[int]:
    items = value if isinstance(value, list) else [value]
    return [item for item in items if isinstance(item, int) and not isinstance(item, bool)]


def _never_matches(rule: vRecur) -> str:
    """Why *rule* would (almost) never produce an instance, or "" if it may.

    dateutil only stops a rule at a match or at the year 9999: a daily rule
    for 30 February keeps it busy for seconds. These are the combinations
    that do that; RFC 5545 forbids most of them anyway.
    """
    freq = str((rule.get("FREQ") or [""])[0]).upper()
    months = _ints(rule.get("BYMONTH", []))
    month_days = _ints(rule.get("BYMONTHDAY", []))
    if months and month_days:
        fits = any(
            1 <= month <= 12 and day != 0 and abs(day) <= _MONTH_DAYS[month - 1]
            for month in months
            for day in month_days
        )
        if not fits:
            return "BYMONTH and BYMONTHDAY name no day that exists"
    if "BYWEEKNO" in rule and freq != "YEARLY":
        return "BYWEEKNO is only allowed with FREQ=YEARLY"
    if "BYYEARDAY" in rule and freq in ("WEEKLY", "DAILY", "MONTHLY"):
        return f"BYYEARDAY is not allowed with FREQ={freq}"
    if "BYSETPOS" in rule and freq in ("DAILY", "HOURLY", "MINUTELY", "SECONDLY"):
        return f"BYSETPOS with FREQ={freq} is not supported"
    return ""


def _stamp(value: datetime | date) -> str:
    """Compact ISO form used in occurrence ids: ``20200113T230000Z`` or ``20200113``."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime(_UTC_STAMP)
    return value.strftime(_DAY_STAMP)


def _join_url(sources: Iterable[tuple[str, bool]]) -> str:
    """The first link into an online meeting among *sources* ``(text, trusted)``.

    A trusted source (RFC 7986 ``CONFERENCE``) may name any http(s) meeting
    link; elsewhere only links to a known meeting host count, since a URL or a
    description mostly links to the talk's page.
    """
    for text, trusted in sources:
        for match in _URL.finditer(text):
            url = unescape(match.group(0)).rstrip(".,;:!?)]}")
            try:
                parts = urlsplit(url)
                host = (parts.hostname or "").lower()
            except ValueError:
                continue
            if not host:
                continue
            if trusted or _is_meeting_host(host, parts.path):
                return url
    return ""


def _is_meeting_host(host: str, path: str) -> bool:
    if any(host == known or host.endswith("." + known) for known in _MEETING_HOSTS):
        return True
    return "bigbluebutton" in host or "/bigbluebutton/" in path.lower()


class _Builder:
    """Turns the parsed calendar into the feed dataclasses."""

    def __init__(self, calendar: Component, outline: _Outline, default_zone: str | None) -> None:
        self.calendar = calendar
        self.outline = outline
        self.default_zone = default_zone
        self.warnings: list[str] = []
        if outline.ignored_after_end:
            self.warnings.append(f"ignored {outline.ignored_after_end} line(s) after END:VCALENDAR")
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
        self.calendar_zone = self._calendar_zone()
        self.series_zone = "UTC"  # decided once every event's zone is known
        self.presenters: dict[str, Presenter] = {}
        self.steps_left = MAX_FEED_STEPS

    # -- calendar-level ----------------------------------------------------
    def _calendar_zone(self) -> str | None:
        value = _first(self.calendar, "X-WR-TIMEZONE")
        if value is None:
            return None
        name = str(value).strip()
        found = _first_zone(_iana_candidates(name)) if name else None
        if found is None:
            self.warnings.append(
                f"X-WR-TIMEZONE {name!r} is not a time zone this app knows; ignored"
            )
        return found

    def _series(self) -> Series:
        name = _text(_first(self.calendar, "X-WR-CALNAME")) or _text(_first(self.calendar, "NAME"))
        name = name.strip()
        product = _text(_first(self.calendar, "PRODID")).strip()
        description = _text(_first(self.calendar, "X-WR-CALDESC")) or _text(
            _first(self.calendar, "DESCRIPTION")
        )
        url = _text(_first(self.calendar, "URL")) or _text(_first(self.calendar, "SOURCE"))
        return Series(
            id=_slug(name) or _slug(product) or "calendar",
            title=name or "Calendar",
            timezone=self.series_zone,
            description=description.strip(),
            url=url.strip(),
        )

    # -- zones ---------------------------------------------------------------
    def _tz(self, tzid: str, span: _Span, prop: str) -> tzinfo:
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
                    f"the VTIMEZONE {tzid!r} could not be read: {shorten(str(exc), 160)}",
                    path=f"VTIMEZONE {tzid!r}",
                ) from None
            hints = [_text(_first(vtimezone, "X-LIC-LOCATION")).strip(), *candidates]
            self.custom_hints[tzid] = [hint for hint in hints if hint]
        else:
            mapped = _first_zone(candidates)
            if mapped is None:
                raise FeedError(
                    f"unknown time zone TZID={tzid!r}: not an IANA name, and the feed has no "
                    "VTIMEZONE that defines it",
                    path=span.path(prop),
                )
            tz = zone(mapped)
            self.zone_names[tzid] = mapped
            self.warnings.append(f"TZID {tzid!r} was read as the IANA zone {mapped!r}")
        self.tzinfos[tzid] = tz
        return tz

    def _floating_zone(self) -> str | None:
        return self.calendar_zone or self.default_zone

    def _when(self, component: Component, span: _Span, name: str) -> _When | None:
        value = _first(component, name)
        if value is None:
            return None
        if not isinstance(value, vDDDTypes):
            raise FeedError(f"{name} is not a date or a date-time", path=span.path(name))
        return self._when_value(value.dt, _param(value, "TZID"), span, name)

    def _when_value(self, value: object, tzid: str, span: _Span, name: str) -> _When:
        if isinstance(value, datetime):
            if not MIN_YEAR <= value.year <= MAX_YEAR:
                raise FeedError(
                    f"{name} {value:%Y-%m-%d} is outside the years {MIN_YEAR}–{MAX_YEAR}",
                    path=span.path(name),
                )
            wall = value.replace(tzinfo=None)
            if tzid:
                return _When(wall.replace(tzinfo=self._tz(tzid, span, name)), None, tzid=tzid)
            if value.tzinfo is not None:
                display = self.calendar_zone or self.default_zone or "UTC"
                return _When(value.astimezone(UTC), None, display=display)
            floating = self._floating_zone()
            if floating is None:
                why = (
                    f"{name} {value:%Y-%m-%d %H:%M} has no time zone (no TZID, no Z) and the "
                    "calendar names none (X-WR-TIMEZONE)"
                )
                raise MissingTimezoneError(
                    f"{why}: give this feed a default time zone", path=span.path(name), why=why
                )
            return _When(wall.replace(tzinfo=zone(floating)), None, display=floating)
        if isinstance(value, date):
            if not MIN_YEAR <= value.year <= MAX_YEAR:
                raise FeedError(
                    f"{name} {value:%Y-%m-%d} is outside the years {MIN_YEAR}–{MAX_YEAR}",
                    path=span.path(name),
                )
            return _When(None, value)
        raise FeedError(f"{name} is not a date or a date-time", path=span.path(name))

    def _name_custom_zones(self, pending: Sequence[_Pending]) -> None:
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
                    f"the VTIMEZONE {tzid!r} matches no IANA zone; its events are shown in "
                    f"{chosen!r}"
                )
            elif chosen not in hints[:1]:
                self.warnings.append(
                    f"TZID {tzid!r} is defined by the feed's VTIMEZONE; shown as {chosen!r}, "
                    "which has the same UTC offsets at every event"
                )
            self.zone_names[tzid] = chosen

    def _display_zone(self, when: _When) -> str:
        if when.tzid is not None:
            return self.zone_names[when.tzid]
        return when.display or self.series_zone

    def _instant(self, when: _When) -> datetime:
        if when.local is not None:
            return when.local.astimezone(UTC)
        assert when.day is not None
        return datetime.combine(when.day, time(), tzinfo=zone(self.series_zone)).astimezone(UTC)

    # -- build ---------------------------------------------------------------
    def build(self) -> Feed:
        components = [sub for sub in self.calendar.subcomponents if sub.name == "VEVENT"]
        if len(components) != len(self.outline.events):  # pragma: no cover - pass 1
            raise FeedError("the VEVENTs could not be matched with their lines")
        pending = [
            self._read(component, span)
            for component, span in zip(components, self.outline.events, strict=True)
        ]
        self._name_custom_zones(pending)
        self.series_zone = self._choose_series_zone(pending)
        window = self._window(pending)
        sessions = self._dedupe(self._sessions(pending, window))
        if _text(_first(self.calendar, "METHOD")).strip().upper() == "CANCEL":
            # An organizer's cancellation: every event it names is called off,
            # whatever STATUS says (Outlook often writes none).
            sessions = [replace(s, status=SessionStatus.CANCELLED) for s in sessions]
        rooms: list[str] = []
        seen_rooms: set[str] = set()
        for item in pending:
            room = _text(_first(item.component, "LOCATION")).strip()
            if room and room not in seen_rooms:
                seen_rooms.add(room)
                rooms.append(room)
        updated = _first(self.calendar, "LAST-MODIFIED")
        return Feed(
            format=FORMAT_NAME,
            series=self._series(),
            sessions=tuple(sessions),
            presenters=tuple(self.presenters.values()),
            rooms=tuple(rooms),
            updated=self._utc_or_none(updated),
            warnings=tuple(self.warnings),
        )

    def _read(self, component: Component, span: _Span) -> _Pending:
        """Check one VEVENT's properties and read its times."""
        for name, message in component.errors:
            if name is None:
                raise FeedError(
                    f"a content line could not be read: {shorten(message, 160)}",
                    path=span.path(),
                )
            if name in _TIME_PROPERTIES:
                raise FeedError(
                    f"{name} could not be read: {shorten(message, 160)}", path=span.path(name)
                )
            if name in _RECURRENCE_PROPERTIES:
                self.warnings.append(
                    f"{span.path(name)}: could not be read ({shorten(message, 120)}); "
                    "the event is imported without its repetitions"
                )
            else:
                self.warnings.append(f"{span.path(name)}: ignored, could not be read")
        uid = _text(_first(component, "UID")).strip()
        span.uid = span.uid or uid
        start = self._when(component, span, "DTSTART")
        if start is None:
            raise FeedError("the event has no DTSTART (start time)", path=span.path())
        end = self._when(component, span, "DTEND")
        duration = None
        if end is None:
            value = _first(component, "DURATION")
            if value is not None:
                if not isinstance(value, vDDDTypes) or not isinstance(value.dt, timedelta):
                    raise FeedError("DURATION is not a duration", path=span.path("DURATION"))
                duration = value.dt
                if duration < timedelta(0):
                    raise FeedError(
                        f"DURATION is negative ({duration})", path=span.path("DURATION")
                    )
        recurrence_id = self._when(component, span, "RECURRENCE-ID")
        # A series even when its rule is unreadable: its ids then do not change
        # with the library's leniency (the rule itself is skipped with a warning).
        recurring = recurrence_id is None and ("RRULE" in component or "RDATE" in component)
        return _Pending(span, component, uid, start, end, duration, recurrence_id, recurring)

    def _choose_series_zone(self, pending: Sequence[_Pending]) -> str:
        if self.calendar_zone:
            return self.calendar_zone
        counts = Counter(
            self.zone_names[item.start.tzid] for item in pending if item.start.tzid is not None
        )
        if counts:
            return counts.most_common(1)[0][0]
        return self.default_zone or "UTC"

    def _times(self, item: _Pending) -> tuple[datetime, datetime]:
        """UTC start and end of the event as written (its first occurrence)."""
        start = self._instant(item.start)
        if item.end is not None:
            end = self._instant(item.end)
        elif item.duration is not None:
            end = self._add(item.start, item.duration)
        elif item.start.day is not None:
            end = self._instant(_When(None, item.start.day + timedelta(days=1)))
        else:
            end = start
        if end < start:
            raise FeedError(
                f"the event ends ({end:%Y-%m-%d %H:%M} UTC) before it starts "
                f"({start:%Y-%m-%d %H:%M} UTC)",
                path=item.span.path("DTEND"),
            )
        return start, end

    def _add(self, when: _When, duration: timedelta) -> datetime:
        """*when* + *duration*: whole days on the wall clock (RFC 5545), the rest exact."""
        days = timedelta(days=duration.days)
        try:
            if when.local is not None:
                return (when.local + days).astimezone(UTC) + (duration - days)
            assert when.day is not None
            return self._instant(_When(None, when.day + days)) + (duration - days)
        except OverflowError:
            return _LAST_INSTANT

    def _window(self, pending: Sequence[_Pending]) -> tuple[datetime, datetime]:
        """The span recurring events are expanded in (see the module docstring)."""
        starts: list[datetime] = []
        ends: list[datetime] = []
        series = {item.uid for item in pending if item.recurring}
        for item in pending:
            overrides_series = item.recurrence_id is not None and item.uid in series
            if not item.recurring and not overrides_series:
                start, end = self._times(item)
                starts.append(start)
                ends.append(end)
        if starts:
            return min(starts), max(ends)
        firsts = [self._instant(item.start) for item in pending]
        if not firsts:
            return _LAST_INSTANT, _LAST_INSTANT
        return _open_ended_window(min(firsts))

    def _sessions(
        self, pending: Sequence[_Pending], window: tuple[datetime, datetime]
    ) -> Iterator[Session]:
        masters: dict[str, _Pending] = {}
        overrides: dict[str, list[_Pending]] = {}
        for item in pending:
            if item.recurring and item.uid and item.uid not in masters:
                masters[item.uid] = item
        for item in pending:
            if item.recurrence_id is not None and item.uid in masters:
                overrides.setdefault(item.uid, []).append(item)
        missing_uid = 0
        for item in pending:
            if item.recurrence_id is not None and item.uid in masters:
                continue  # placed with its series
            if not item.uid:
                missing_uid += 1
            if item.recurring:
                own = overrides.get(item.uid, []) if masters.get(item.uid) is item else []
                yield from self._series_sessions(item, own, window)
                continue
            start, end = self._times(item)
            key = item.uid or self._derived_key(item, start)
            if item.recurrence_id is not None:
                self._warn_this_and_future(item)
                key = f"{key}#{_stamp(self._recurrence_key(item.recurrence_id))}"
            yield self._session(item, key, start, end)
        if missing_uid:
            self.warnings.append(
                f"{missing_uid} event(s) have no UID; their ids are derived from their time, "
                "place and title"
            )

    @staticmethod
    def _recurrence_key(when: _When) -> datetime | date:
        if when.local is not None:
            return when.local
        assert when.day is not None
        return when.day

    def _warn_this_and_future(self, item: _Pending) -> None:
        value = _first(item.component, "RECURRENCE-ID")
        if _param(value, "RANGE").upper() == "THISANDFUTURE":
            self.warnings.append(
                f"{item.span.path('RECURRENCE-ID')}: RANGE=THISANDFUTURE is applied to that "
                "one occurrence only"
            )

    def _derived_key(self, item: _Pending, start: datetime) -> str:
        title = _text(_first(item.component, "SUMMARY"))
        room = _text(_first(item.component, "LOCATION"))
        digest = hashlib.sha1(  # a key, not a secret
            f"{start:%Y%m%dT%H%M%SZ}|{room}|{title}".encode(), usedforsecurity=False
        ).hexdigest()
        return f"event-{start:%Y%m%dT%H%M%SZ}-{digest[:10]}"

    def _dedupe(self, sessions: Iterable[Session]) -> list[Session]:
        """Keep every session; later duplicates of an id get ``#2``, ``#3``… in file order."""
        result: list[Session] = []
        used: set[str] = set()
        counts: Counter[str] = Counter()
        for session in sessions:
            key = session.id
            if key in used:
                counts[session.id] += 1
                number = counts[session.id] + 1
                while f"{session.id}#{number}" in used:
                    number += 1
                key = f"{session.id}#{number}"
                session = replace(session, id=key)
            used.add(key)
            result.append(session)
        for key, extra in counts.items():
            self.warnings.append(
                f"UID {key!r} is used by {extra + 1} events; imported as {key!r}, "
                + ", ".join(repr(f"{key}#{n}") for n in range(2, extra + 2))
            )
        return result

    # -- recurrence ------------------------------------------------------------
    def _series_sessions(
        self, master: _Pending, overrides: Sequence[_Pending], window: tuple[datetime, datetime]
    ) -> Iterator[Session]:
        first_start, first_end = self._times(master)
        uid = master.uid or self._derived_key(master, first_start)
        template = self._session(master, uid, first_start, first_end)
        # Overrides by the occurrence they replace; a second override of the
        # same occurrence is kept too (it gets a "#2" id and a warning).
        by_key: dict[str, _Pending] = {}
        unmatched: list[tuple[str, _Pending]] = []
        for item in overrides:
            if item.recurrence_id is not None:
                key = _stamp(self._recurrence_key(item.recurrence_id))
                if key in by_key:
                    unmatched.append((key, item))
                else:
                    by_key[key] = item
        count = 0
        window = self._series_window(master, first_start, window)
        occurrences = list(self._expand(master, first_start, first_end, window))
        if not occurrences and window[1] != _LAST_INSTANT:
            # A series with no end that misses the other events' dates (an invite
            # with a one-off meeting and a weekly one): show its coming year.
            window = _open_ended_window(first_start)
            occurrences = list(self._expand(master, first_start, first_end, window))
        for start, end in occurrences:
            key = _stamp(start if master.start.day is None else start.date())
            if master.start.day is not None:
                start, end = self._day_span(start, end)
            else:
                start, end = start.astimezone(UTC), end.astimezone(UTC)
            count += 1
            override = by_key.pop(key, None)
            if override is not None:
                yield self._override(override, f"{uid}#{key}")
            else:
                yield replace(template, id=f"{uid}#{key}", start=start, end=end)
        # Overrides of occurrences the rule did not produce (moved out of the
        # window, or not in the rule at all) still say when something happens.
        for key, item in [*by_key.items(), *unmatched]:
            count += 1
            yield self._override(item, f"{uid}#{key}")
        if count == 0:
            self.warnings.append(
                f"{master.span.path()}: no occurrence within the feed's dates "
                f"({window[0]:%Y-%m-%d}–{window[1]:%Y-%m-%d}); not imported"
            )

    @staticmethod
    def _series_window(
        master: _Pending, first_start: datetime, window: tuple[datetime, datetime]
    ) -> tuple[datetime, datetime]:
        """The span one series is expanded in.

        A rule that ends (COUNT or UNTIL) is what an invite says in full: every
        occurrence is imported, whatever the other events' dates (the caps
        still apply). A rule without an end is shown within the feed's dates.
        """
        rules = [v for v in _all(master.component, "RRULE") if isinstance(v, vRecur)]
        if all("COUNT" in rule or "UNTIL" in rule for rule in rules):
            # Also no readable RRULE at all: RDATEs, or the DTSTART alone, are finite.
            return min(window[0], first_start), _LAST_INSTANT
        return window

    def _override(self, item: _Pending, key: str) -> Session:
        self._warn_this_and_future(item)
        start, end = self._times(item)
        return self._session(item, key, start, end)

    def _day_span(self, start: datetime, end: datetime) -> tuple[datetime, datetime]:
        """Naive midnights of an all-day occurrence as instants in the series zone."""
        tz = zone(self.series_zone)
        return (
            start.replace(tzinfo=tz).astimezone(UTC),
            end.replace(tzinfo=tz).astimezone(UTC),
        )

    def _expand(
        self,
        master: _Pending,
        first_start: datetime,
        first_end: datetime,
        window: tuple[datetime, datetime],
    ) -> Iterator[tuple[datetime, datetime]]:
        """Yield ``(start, end)`` of each occurrence whose start is in *window*.

        Timed events yield aware datetimes; all-day events yield naive midnights
        (turned into instants by the caller), so that rules run on the wall
        clock of the zone the event was written in, across DST changes.
        """
        span = master.span
        all_day = master.start.day is not None
        exact: timedelta | None = None
        if all_day:
            assert master.start.day is not None
            base = datetime.combine(master.start.day, time())
            if master.end is not None and master.end.day is not None:
                length = datetime.combine(master.end.day, time()) - base
            else:
                length = master.duration or timedelta(days=1)
        else:
            assert master.start.local is not None
            base = master.start.local
            # DTEND fixes an exact length; DURATION counts whole days on the wall clock.
            length = master.duration if master.duration is not None else timedelta(0)
            exact = first_end - first_start if master.duration is None else None
        rules = [rule for rule in self._rules(master, base) if rule is not None]
        periods: dict[datetime, timedelta] = {}
        extra = self._dates(master, "RDATE", base, periods)
        excluded = set(self._dates(master, "EXDATE", base, {}))
        excluded_days = set() if all_day else self._exdate_days(master)
        ruleset = rruleset()
        for rule in rules:
            ruleset.rrule(rule)
        for moment in extra:
            ruleset.rdate(moment)
        ruleset.rdate(base)  # RFC 5545: DTSTART is always the first instance

        found = 0
        steps = 0
        low, high = window
        iterator = iter(ruleset)
        while True:
            try:
                moment = next(iterator)
            except StopIteration:
                return
            except (ValueError, OverflowError, TypeError) as exc:
                self.warnings.append(
                    f"{span.path('RRULE')}: repetitions stopped ({shorten(str(exc), 100)})"
                )
                return
            steps += 1
            self.steps_left -= 1
            if steps > MAX_RULE_STEPS or self.steps_left < 0:
                self.warnings.append(
                    f"{span.path('RRULE')}: repeats too often to expand; stopped after "
                    f"{steps - 1:,} repetitions ({found} imported)"
                )
                return
            instant = self._naive_instant(moment) if all_day else moment.astimezone(UTC)
            if instant > high:
                return
            if instant < low or moment in excluded or moment.date() in excluded_days:
                continue
            if found == MAX_OCCURRENCES:
                self.warnings.append(
                    f"{span.path('RRULE')}: repeats more than {MAX_OCCURRENCES} times within "
                    f"the feed's dates; only the first {MAX_OCCURRENCES} were imported"
                )
                return
            found += 1
            own = periods.get(moment)
            try:
                if all_day:
                    yield moment, moment + (own if own is not None else length)
                elif own is not None or exact is not None:
                    fixed = own if own is not None else exact
                    assert fixed is not None
                    yield moment, moment.astimezone(UTC) + fixed
                else:
                    yield moment, self._add(_When(moment, None), length)
            except OverflowError:
                return

    def _naive_instant(self, moment: datetime) -> datetime:
        return moment.replace(tzinfo=zone(self.series_zone)).astimezone(UTC)

    def _rules(self, master: _Pending, base: datetime) -> Iterator[rrule | None]:
        if "RRULE" in {name for name, _message in master.component.errors}:
            return
        for value in _all(master.component, "RRULE"):
            if not isinstance(value, vRecur):
                continue
            yield self._rule(master, value, base)

    def _rule(self, master: _Pending, value: vRecur, base: datetime) -> rrule | None:
        """A dateutil rule starting at *base*, with UNTIL in the form dateutil requires."""
        problem = _never_matches(value)
        if problem:
            self.warnings.append(
                f"{master.span.path('RRULE')}: {problem}; the event is imported without "
                "these repetitions"
            )
            return None
        fixed: Any = vRecur(value)  # icalendar's to_ical is untyped
        until = fixed.get("UNTIL")
        if until:
            limit = until[0] if isinstance(until, list) else until
            fixed["UNTIL"] = [self._until(limit, base, master.start.tzid)]
        try:
            text = fixed.to_ical().decode("ascii", "replace")
            with warnings.catch_warnings():
                # dateutil deprecates COUNT together with UNTIL; RFC 5545 forbids it,
                # feeds do it anyway, and dateutil still honours both.
                warnings.simplefilter("ignore")
                rule = rrulestr(text, dtstart=base, forceset=False, cache=False)
        except Exception as exc:  # dateutil raises several types on bad rules
            self.warnings.append(
                f"{master.span.path('RRULE')}: {shorten(str(exc), 100)}; the event is "
                "imported without these repetitions"
            )
            return None
        return rule if isinstance(rule, rrule) else None

    def _until(self, limit: object, base: datetime, tzid: str | None) -> datetime:
        """UNTIL as dateutil wants it: UTC when DTSTART is aware, naive when not."""
        if base.tzinfo is None:  # all-day series: naive local dates
            if isinstance(limit, datetime):
                if limit.tzinfo is not None:
                    return limit.astimezone(zone(self.series_zone)).replace(tzinfo=None)
                return limit
            if isinstance(limit, date):
                return datetime.combine(limit, time())
            return base
        if isinstance(limit, datetime):
            if limit.tzinfo is None:
                return limit.replace(tzinfo=base.tzinfo).astimezone(UTC)
            return limit.astimezone(UTC)
        if isinstance(limit, date):
            # A date: every instance that starts that day (in the event's zone) counts.
            return datetime.combine(limit, time(23, 59, 59), tzinfo=base.tzinfo).astimezone(UTC)
        return base.astimezone(UTC)

    def _dates(
        self, master: _Pending, name: str, base: datetime, periods: dict[datetime, timedelta]
    ) -> list[datetime]:
        """RDATE or EXDATE values in the form of *base* (aware in its zone, or naive)."""
        if name in {prop for prop, _message in master.component.errors}:
            return []
        found: list[datetime] = []
        for value in _all(master.component, name):
            if not isinstance(value, vDDDLists):
                continue
            for item in value.dts:
                moment = item.dt
                length: timedelta | None = None
                if isinstance(moment, tuple) and len(moment) == 2:
                    moment, other = moment
                    if isinstance(other, timedelta):
                        length = other
                    elif isinstance(other, datetime) and isinstance(moment, datetime):
                        try:
                            length = other - moment
                        except TypeError:
                            length = None
                converted = self._like_base(moment, _param(item, "TZID"), base, master.span, name)
                if converted is None:
                    continue
                if length is not None and length >= timedelta(0):
                    periods[converted] = length
                found.append(converted)
        return found

    def _like_base(
        self, moment: object, tzid: str, base: datetime, span: _Span, name: str
    ) -> datetime | None:
        if isinstance(moment, datetime):
            if not MIN_YEAR <= moment.year <= MAX_YEAR:
                return None
            if base.tzinfo is None:
                if moment.tzinfo is not None and not tzid:
                    return moment.astimezone(zone(self.series_zone)).replace(tzinfo=None)
                return moment.replace(tzinfo=None)
            if tzid:
                moment = moment.replace(tzinfo=None).replace(tzinfo=self._tz(tzid, span, name))
            elif moment.tzinfo is None:
                moment = moment.replace(tzinfo=base.tzinfo)
            assert isinstance(moment, datetime)
            return moment.astimezone(base.tzinfo)
        if isinstance(moment, date):
            if base.tzinfo is None:
                return datetime.combine(moment, time())
            return datetime.combine(moment, base.timetz().replace(tzinfo=None), base.tzinfo)
        return None

    def _exdate_days(self, master: _Pending) -> set[date]:
        """EXDATE;VALUE=DATE on a timed series: every instance that day is excluded."""
        days: set[date] = set()
        if "EXDATE" in {prop for prop, _message in master.component.errors}:
            return days
        for value in _all(master.component, "EXDATE"):
            if isinstance(value, vDDDLists):
                days.update(
                    item.dt
                    for item in value.dts
                    if isinstance(item.dt, date) and not isinstance(item.dt, datetime)
                )
        return days

    # -- one session -------------------------------------------------------------
    def _session(self, item: _Pending, key: str, start: datetime, end: datetime) -> Session:
        component = item.component
        summary = _first(component, "SUMMARY")
        title = _text(summary)
        if not title.strip():
            title = "(untitled)"
        description = _text(_first(component, "DESCRIPTION"))
        location = _text(_first(component, "LOCATION")).strip()
        url = _text(_first(component, "URL")).strip()
        tags: list[str] = []
        for value in _all(component, "CATEGORIES"):
            if isinstance(value, vCategory):
                for category in value.cats:
                    text = _text(category).strip()
                    if text and text not in tags:
                        tags.append(text)
        status = _text(_first(component, "STATUS")).strip().upper()
        join_url = _join_url(
            [
                *((_text(value), True) for value in _all(component, "CONFERENCE")),
                *((_text(value), True) for value in _all(component, "X-GOOGLE-CONFERENCE")),
                (url, False),
                (description, False),
                (location, False),
            ]
        )
        virtual = bool(join_url) or bool(_ONLINE_PLACE.search(location))
        language = _param(summary, "LANGUAGE") or _param(
            _first(component, "DESCRIPTION"), "LANGUAGE"
        )
        return Session(
            id=key,
            title=title,
            start=start,
            end=end,
            timezone=self._display_zone(item.start),
            description=html_to_markdown(description)
            if looks_like_html(description)
            else description,
            kind="talk",
            track=tags[0] if tags else "",
            tags=tuple(tags),
            format=SessionFormat.VIRTUAL if virtual else SessionFormat.IN_PERSON,
            join_url=join_url,
            location=location,
            status={
                "CANCELLED": SessionStatus.CANCELLED,
                "TENTATIVE": SessionStatus.TENTATIVE,
            }.get(status, SessionStatus.SCHEDULED),
            presenters=self._people(component),
            language=language,
            url=url,
            links=self._attachments(component),
            updated=self._utc_or_none(_first(component, "LAST-MODIFIED")),
            revision=_sequence(_first(component, "SEQUENCE")),
        )

    def _people(self, component: Component) -> tuple[SessionPresenter, ...]:
        """ORGANIZER (the host) and ATTENDEEs, each person once; rooms and resources skipped."""
        listed: dict[str, PresenterRole] = {}
        entries = [(value, PresenterRole.HOST) for value in _all(component, "ORGANIZER")]
        for value in _all(component, "ATTENDEE"):
            role = _param(value, "ROLE").upper()
            entries.append(
                (value, PresenterRole.MODERATOR if role == "CHAIR" else PresenterRole.PRESENTER)
            )
        for value, role in entries:
            if not isinstance(value, vCalAddress):
                continue
            if _param(value, "CUTYPE").upper() in ("ROOM", "RESOURCE"):
                continue
            address = str(value).strip()
            if address.lower() == OWN_ORGANIZER:
                continue  # the address this app writes as ORGANIZER, not a person
            name = _param(value, "CN").strip().strip('"')
            email = address[7:].strip() if address.lower().startswith("mailto:") else ""
            person_id = email.lower() or _slug(name) or address.lower()
            if not person_id:
                continue
            if person_id not in self.presenters:
                self.presenters[person_id] = Presenter(id=person_id, name=name or email or address)
            listed.setdefault(person_id, role)
        return tuple(SessionPresenter(person, role) for person, role in listed.items())

    @staticmethod
    def _attachments(component: Component) -> tuple[Link, ...]:
        links = []
        for value in _all(component, "ATTACH"):
            if isinstance(value, str) and value.lower().startswith(("http://", "https://")):
                title = _param(value, "FILENAME") or _param(value, "X-FILENAME")
                links.append(Link(url=str(value).strip(), title=title, kind="attachment"))
        return tuple(links)

    @staticmethod
    def _utc_or_none(value: Any) -> datetime | None:
        if not isinstance(value, vDDDTypes):  # absent, or a broken property
            return None
        moment = getattr(value, "dt", None)
        if isinstance(moment, datetime) and MIN_YEAR <= moment.year <= MAX_YEAR:
            if moment.tzinfo is None:
                return moment.replace(tzinfo=UTC)
            return moment.astimezone(UTC)
        return None


def _open_ended_window(first: datetime) -> tuple[datetime, datetime]:
    """Where a series without an end is shown: a year from now (or from its start).

    Not from DTSTART alone: a weekly meeting begun in 2023 must show its
    coming occurrences, not those of 2023.
    """
    now = datetime.now(UTC)
    anchor = max(first, now - timedelta(days=30)) if first.tzinfo else first
    return anchor, min(anchor + timedelta(days=365), _LAST_INSTANT)


def _sequence(value: object) -> int | None:
    """SEQUENCE as a number (None when absent or not a non-negative integer)."""
    if value is None:
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        return None
    return number if number >= 0 else None
