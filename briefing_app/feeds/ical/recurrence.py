"""iCalendar recurrence: RRULE/RDATE/EXDATE series expanded lazily, within a window and a budget.

Series are expanded with ``dateutil`` (which ``icalendar`` already depends on),
within the feed's own window and a step budget, so a hostile
``FREQ=SECONDLY`` rule costs milliseconds.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

# icalendar itself depends on python-dateutil and expands rules with it (its types:
# types-python-dateutil, a test dependency).
from dateutil.rrule import rrule, rruleset, rrulestr
from icalendar import vDDDLists, vRecur

from briefing_app.feeds.ical.lines import _all, _param, _Span
from briefing_app.feeds.ical.zones import _LAST_INSTANT, _Pending, _When, _Zones
from briefing_app.feeds.messages import shorten
from briefing_app.util.i18n import QT_TRANSLATE_NOOP
from briefing_app.util.timeutil import MAX_YEAR, MIN_YEAR, zone

#: Occurrences imported per recurring event; a daily meeting over a year-long
#: window is 365, and more than this is a rule nobody meant to show one by one.
MAX_OCCURRENCES = 500
#: Rule instants looked at per recurring event (before, in and after the window).
#: dateutil walks a rule from its DTSTART, so this bounds the time a rule
#: starting long before the window (or firing every second) can take.
MAX_RULE_STEPS = 100_000
#: The same for all recurring events of one feed together (about a second).
MAX_FEED_STEPS = 300_000


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
            return QT_TRANSLATE_NOOP(
                "core", "BYMONTH and BYMONTHDAY name no day that exists"
            ).message()
    if "BYWEEKNO" in rule and freq != "YEARLY":
        return QT_TRANSLATE_NOOP("core", "BYWEEKNO is only allowed with FREQ=YEARLY").message()
    if "BYYEARDAY" in rule and freq in ("WEEKLY", "DAILY", "MONTHLY"):
        return QT_TRANSLATE_NOOP("core", "BYYEARDAY is not allowed with FREQ={freq}").format(
            freq=freq
        )
    if "BYSETPOS" in rule and freq in ("DAILY", "HOURLY", "MINUTELY", "SECONDLY"):
        return QT_TRANSLATE_NOOP("core", "BYSETPOS with FREQ={freq} is not supported").format(
            freq=freq
        )
    return ""


def _open_ended_window(first: datetime) -> tuple[datetime, datetime]:
    """Where a series without an end is shown: a year from now (or from its start).

    Not from DTSTART alone: a weekly meeting begun in 2023 must show its
    coming occurrences, not those of 2023.
    """
    now = datetime.now(UTC)
    anchor = max(first, now - timedelta(days=30)) if first.tzinfo else first
    return anchor, min(anchor + timedelta(days=365), _LAST_INSTANT)


class _Expander:
    """Expands the recurring events of one feed, within one step budget for the feed."""

    def __init__(self, zones: _Zones, warnings: list[str]) -> None:
        self.zones = zones
        self.warnings = warnings
        self.steps_left = MAX_FEED_STEPS

    @staticmethod
    def series_window(
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

    def expand(
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
                    QT_TRANSLATE_NOOP("core", "{path}: repetitions stopped ({exc})").format(
                        path=span.path("RRULE"), exc=shorten(str(exc), 100)
                    )
                )
                return
            steps += 1
            self.steps_left -= 1
            if steps > MAX_RULE_STEPS or self.steps_left < 0:
                self.warnings.append(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "{path}: repeats too often to expand; stopped after {value:,} "
                        "repetitions ({found} imported)",
                    ).format(path=span.path("RRULE"), value=steps - 1, found=found)
                )
                return
            instant = self.zones.naive_instant(moment) if all_day else moment.astimezone(UTC)
            if instant > high:
                return
            if instant < low or moment in excluded or moment.date() in excluded_days:
                continue
            if found == MAX_OCCURRENCES:
                self.warnings.append(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "{path}: repeats more than {max_occurrences} times within the feed's "
                        "dates; only the first {max_occurrences} were imported",
                    ).format(path=span.path("RRULE"), max_occurrences=MAX_OCCURRENCES)
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
                    yield moment, self.zones.add(_When(moment, None), length)
            except OverflowError:
                return

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
                QT_TRANSLATE_NOOP(
                    "core", "{path}: {problem}; the event is imported without these repetitions"
                ).format(path=master.span.path("RRULE"), problem=problem)
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
                QT_TRANSLATE_NOOP(
                    "core", "{path}: {exc}; the event is imported without these repetitions"
                ).format(path=master.span.path("RRULE"), exc=shorten(str(exc), 100))
            )
            return None
        return rule if isinstance(rule, rrule) else None

    def _until(self, limit: object, base: datetime, tzid: str | None) -> datetime:
        """UNTIL as dateutil wants it: UTC when DTSTART is aware, naive when not."""
        if base.tzinfo is None:  # all-day series: naive local dates
            if isinstance(limit, datetime):
                if limit.tzinfo is not None:
                    return limit.astimezone(zone(self.zones.series_zone)).replace(tzinfo=None)
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
                    return moment.astimezone(zone(self.zones.series_zone)).replace(tzinfo=None)
                return moment.replace(tzinfo=None)
            if tzid:
                moment = moment.replace(tzinfo=None).replace(tzinfo=self.zones.tz(tzid, span, name))
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
