"""RRULE-based VTIMEZONE components built from zoneinfo, for .ics invites.

An exported invite says ``DTSTART;TZID=America/Toronto:20240310T093000`` and
carries a VTIMEZONE that tells the reader what that local time means.  The
readers we must satisfy disagree about which VTIMEZONE shapes they understand:

* Outlook reads only yearly RRULE rules and ignores RDATE lists;
* Thunderbird (ical.js) and vobject misread the RDATE-only VTIMEZONE that
  icalendar's ``add_missing_timezones()`` writes, and summer sessions move by
  an hour.

So we write the shape every reader understands: one STANDARD or DAYLIGHT
component per yearly rule (``RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU``), derived
for any IANA zone from zoneinfo itself rather than from a hard-coded block, so
that a tzdata update is picked up by the next export.

The component is only promised to be right for the years of the export (from
1 January of the first session's year to 31 December of the last one's).
Within those years its rules give exactly zoneinfo's UTC offset at every
instant: each transition zoneinfo knows is the onset of exactly one component,
and no component has an onset zoneinfo does not know.  A zone whose changes
follow no yearly rule (Africa/Casablanca's Ramadan-dependent changes, for one)
gets ``None``, and the caller writes UTC times for it instead: an invite in UTC
is read the same way everywhere, a VTIMEZONE that only some readers understand
is not.
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

from briefing_app.util.timeutil import zone

__all__ = ["build_vtimezone", "zone_is_expressible"]

#: Scan step.  Every transition zoneinfo has is at least weeks from the next
#: one in any year we export, so stepping a day and bisecting finds them all
#: for ~1,500 zoneinfo look-ups per 4 years (about a millisecond); an hourly
#: step would cost 24 times as much.  A state lasting under a day that returns
#: to the previous one (only seen in the 1940s) would be missed.
_STEP_SECONDS = 86_400

_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")

#: Years before the first session that a VTIMEZONE also covers (see build_vtimezone).
LOOKBACK_YEARS = 10

#: ``(utcoffset, dst, tzname)`` at an instant; a change of any of them is a transition.
_State = tuple[timedelta, timedelta, str]


@dataclass(frozen=True, slots=True)
class _Transition:
    """One change of zoneinfo's state, as a VTIMEZONE onset."""

    instant: datetime  # aware, UTC
    onset: datetime  # naive local wall time before the change (RFC 5545 DTSTART)
    offset_from: timedelta
    offset_to: timedelta
    name: str
    daylight: bool

    @property
    def key(self) -> tuple[timedelta, timedelta, str, bool, int, int, int, int]:
        """What must agree for two transitions to be onsets of one yearly rule."""
        onset = self.onset
        return (
            self.offset_from,
            self.offset_to,
            self.name,
            self.daylight,
            onset.month,
            onset.hour,
            onset.minute,
            onset.second,
        )


#: How a yearly onset picks its day in the month: ``("nth", n, weekday)`` for
#: the nth weekday (n = 1..4), ``("last", -1, weekday)`` for the last one,
#: ``("day", day, 0)`` for a fixed day of the month.  Order of preference.
_Pattern = tuple[str, int, int]
_PREFERENCE = {"last": 0, "nth": 1, "day": 2}


@dataclass(frozen=True, slots=True)
class _Rule:
    """The RRULE of an observance: yearly, in one month, on one kind of day."""

    month: int
    pattern: _Pattern
    until: datetime | None  # aware, UTC; None while the rule is still in force

    def as_recur(self) -> dict[str, object]:
        """The RRULE as icalendar's ``vRecur`` takes it."""
        kind, number, weekday = self.pattern
        recur: dict[str, object] = {"FREQ": "YEARLY", "BYMONTH": self.month}
        if kind == "day":
            recur["BYMONTHDAY"] = number
        else:
            recur["BYDAY"] = f"{number}{_WEEKDAYS[weekday]}"
        if self.until is not None:
            recur["UNTIL"] = self.until
        return recur


@dataclass(frozen=True, slots=True)
class _Observance:
    """One STANDARD or DAYLIGHT component, immutable so it can be cached."""

    daylight: bool
    onset: datetime
    offset_from: timedelta
    offset_to: timedelta
    name: str
    rule: _Rule | None


@dataclass(slots=True)
class _Series:
    """Transitions of one key in consecutive years, and the patterns all of them fit."""

    transitions: list[_Transition]
    patterns: set[_Pattern] = field(default_factory=set)


def build_vtimezone(zone_name: str, first: datetime, last: datetime) -> Timezone | None:
    """Return an RRULE-based VTIMEZONE for *zone_name* covering *first* to *last*.

    *first* and *last* are aware datetimes (the first and last session of an
    export); the component is right from 1 January of *first*'s year to
    31 December of *last*'s year, years counted in the zone itself.  Its
    TZID is *zone_name*.

    Returns ``None`` when the zone's transitions in those years cannot be
    written as yearly nth-weekday or fixed-day rules without RDATE; the
    caller then writes the sessions in UTC.

    The result is a new component on every call (callers may change its
    TZID or add properties); the work behind it is cached per zone and years.
    Raises :class:`~briefing_app.util.timeutil.TimeFormatError` (a ``ValueError``)
    for an unknown zone, and ``ValueError`` for naive or reversed bounds.
    """
    first_year, last_year = _years(zone_name, first, last)
    # Reach back LOOKBACK_YEARS too: some readers (vobject, and clients that
    # cache zones by TZID) keep the first VTIMEZONE they saw for a TZID and use
    # it for later imports; a definition covering only this export's years
    # would then misplace another export's older sessions. A zone whose past
    # years follow no yearly rule keeps the exact range instead.
    observances = _observances(zone_name, max(1970, first_year - LOOKBACK_YEARS), last_year)
    if observances is None:
        observances = _observances(zone_name, first_year, last_year)
    if observances is None:
        return None
    return _to_component(zone_name, observances)


def zone_is_expressible(zone_name: str, first: datetime, last: datetime) -> bool:
    """Whether :func:`build_vtimezone` gives a VTIMEZONE (not ``None``) for these bounds.

    Lets an exporter decide once per zone whether to write local times with a
    TZID or UTC times, before it writes any session.
    """
    first_year, last_year = _years(zone_name, first, last)
    return _observances(zone_name, first_year, last_year) is not None


def _years(zone_name: str, first: datetime, last: datetime) -> tuple[int, int]:
    """The local years of *first* and *last* in the zone (the cache key)."""
    if first.utcoffset() is None or last.utcoffset() is None:
        raise ValueError("build_vtimezone needs aware datetimes")
    if first > last:
        raise ValueError(f"first ({first.isoformat()}) is after last ({last.isoformat()})")
    tz = zone(zone_name)
    return first.astimezone(tz).year, last.astimezone(tz).year


def _to_component(zone_name: str, observances: Iterable[_Observance]) -> Timezone:
    """Write the observances as icalendar components (STANDARD / DAYLIGHT)."""
    vtimezone = Timezone()
    vtimezone.add("TZID", zone_name)
    for observance in observances:
        sub = TimezoneDaylight() if observance.daylight else TimezoneStandard()
        sub.add("DTSTART", observance.onset)
        sub.add("TZOFFSETFROM", observance.offset_from)
        sub.add("TZOFFSETTO", observance.offset_to)
        sub.add("TZNAME", observance.name)
        if observance.rule is not None:
            sub.add("RRULE", observance.rule.as_recur())
        vtimezone.add_component(sub)
    return vtimezone


@lru_cache(maxsize=256)
def _observances(zone_name: str, first_year: int, last_year: int) -> tuple[_Observance, ...] | None:
    """The components for the zone in those years, or ``None`` if not expressible.

    Cached: an export asks once per zone, and a day-by-day scan of zoneinfo
    is the expensive part.
    """
    tz = zone(zone_name)
    start = datetime(first_year, 1, 1, tzinfo=tz).astimezone(UTC)
    end = datetime(last_year + 1, 1, 1, tzinfo=tz).astimezone(UTC)
    # The year before is scanned too, for the transition in force on 1 January:
    # when it is an onset of the same yearly rule as this year's, the rule can
    # start there and cover January without a component of its own.
    scanned = _transitions(tz, start - timedelta(days=366), end)
    in_range = [t for t in scanned if start <= t.instant < end]
    if not in_range:
        offset, dst, name = _state(tz, int(start.timestamp()))
        local_start = datetime(first_year, 1, 1)  # noqa: DTZ001 - DTSTART is local wall time
        return (_Observance(False, local_start, offset, offset, name, None),)

    earlier = [t for t in scanned if t.instant < start]
    lead: list[_Observance] = []
    if earlier:
        in_range.insert(0, earlier[-1])
    else:
        # Nothing changed in the year before: say what was in force on 1 January,
        # so no reader has to guess the offset before the first onset.
        offset, dst, name = _state(tz, int(start.timestamp()))
        local_start = datetime(first_year, 1, 1)  # noqa: DTZ001 - DTSTART is local wall time
        lead.append(_Observance(dst > timedelta(0), local_start, offset, offset, name, None))

    series = _group_yearly(in_range)
    # A one-off is a change of the zone's rules (a country ending DST, a new
    # start date).  The same change (offsets, name) as a one-off twice in the
    # range is no rule change but a calendar of its own (Ramadan, yearly
    # decrees) that only RDATE lists could state.  The transition in force on
    # 1 January does not count: it lies before the range.
    one_offs = Counter(
        s.transitions[0].key[:4]
        for s in series
        if len(s.transitions) == 1 and s.transitions[0].instant >= start
    )
    if any(count > 1 for count in one_offs.values()):
        return None
    return (*lead, *(_observance(s, last_year) for s in series))


def _observance(series: _Series, last_year: int) -> _Observance:
    """The component for one series: its first onset, and an RRULE if it repeats."""
    first = series.transitions[0]
    rule: _Rule | None = None
    if len(series.transitions) > 1:
        final = series.transitions[-1]
        until: datetime | None = None
        if final.onset.year < last_year:
            # UNTIL is inclusive and any value before next year's onset ends the
            # rule at the same place.  A day after the last onset also survives
            # dateutil's tzical (behind icalendar's and vobject's VTIMEZONE
            # support), which reads UNTIL's UTC digits as local wall time and so
            # would drop the last onset in every zone east of Greenwich.
            until = final.instant + timedelta(days=1)
        pattern = min(series.patterns, key=lambda p: (_PREFERENCE[p[0]], p))
        rule = _Rule(first.onset.month, pattern, until)
    return _Observance(
        first.daylight, first.onset, first.offset_from, first.offset_to, first.name, rule
    )


def _group_yearly(transitions: Sequence[_Transition]) -> list[_Series]:
    """Group transitions into yearly rules, in order of their first onset.

    A transition joins a series of the same key whose last onset was the year
    before, if some day pattern fits every onset of the series and this one;
    otherwise it starts a series of its own (a one-off, if nothing joins it).
    """
    series: list[_Series] = []
    for transition in transitions:
        patterns = _patterns(transition.onset)
        for candidate in series:
            last = candidate.transitions[-1]
            if (
                last.key == transition.key
                and last.onset.year == transition.onset.year - 1
                and candidate.patterns & patterns
            ):
                candidate.transitions.append(transition)
                candidate.patterns &= patterns
                break
        else:
            series.append(_Series([transition], set(patterns)))
    return series


def _patterns(onset: datetime) -> set[_Pattern]:
    """Every yearly day pattern that picks the onset's day in its month."""
    weekday = onset.weekday()
    nth = (onset.day - 1) // 7 + 1
    patterns: set[_Pattern] = {("day", onset.day, 0)}
    if nth <= 4:
        patterns.add(("nth", nth, weekday))
    if onset.day + 7 > calendar.monthrange(onset.year, onset.month)[1]:
        patterns.add(("last", -1, weekday))
    return patterns


def _transitions(tz: ZoneInfo, start: datetime, end: datetime) -> list[_Transition]:
    """Every change of zoneinfo's state from *start* to *end* (aware UTC bounds).

    Steps a day at a time and bisects to the second where the state changed,
    then goes on from there (so two changes within one step are both found).
    """
    found: list[_Transition] = []
    now = int(start.timestamp())
    stop = int(end.timestamp())
    state = _state(tz, now)
    while now < stop:
        ahead = min(now + _STEP_SECONDS, stop)
        if _state(tz, ahead) == state:
            now = ahead
            continue
        low, high = now, ahead  # state at low is `state`, at high it is not
        while high - low > 1:
            middle = (low + high) // 2
            if _state(tz, middle) == state:
                low = middle
            else:
                high = middle
        new_state = _state(tz, high)
        found.append(_transition(high, state, new_state))
        now, state = high, new_state
    return found


def _transition(timestamp: int, before: _State, after: _State) -> _Transition:
    offset_from, dst_from, _ = before
    offset_to, dst_to, name = after
    instant = datetime.fromtimestamp(timestamp, UTC)
    # Daylight is time ahead of the zone's standard.  Europe/Dublin's tzdata
    # has it the other way (summer IST is standard, winter GMT "negative DST");
    # readers that map VTIMEZONE to one standard and one daylight rule
    # (Outlook) expect the usual shape, so the change out of negative DST
    # starts the DAYLIGHT component.
    daylight = dst_to > timedelta(0) or (dst_to == timedelta(0) and dst_from < timedelta(0))
    onset = (instant + offset_from).replace(tzinfo=None)
    return _Transition(instant, onset, offset_from, offset_to, name, daylight)


def _state(tz: ZoneInfo, timestamp: int) -> _State:
    """zoneinfo's ``(utcoffset, dst, tzname)`` at a UTC instant."""
    local = datetime.fromtimestamp(timestamp, tz)
    offset, dst, name = local.utcoffset(), local.dst(), local.tzname()
    assert offset is not None and dst is not None and name is not None  # always, for ZoneInfo
    return offset, dst, name
