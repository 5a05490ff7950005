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

The modules follow the passes: :mod:`.lines` (content lines, unfolding,
escaping, parameters), :mod:`.zones` (TZID and VTIMEZONE resolution),
:mod:`.recurrence` (RRULE/RDATE/EXDATE expansion under a budget) and
:mod:`.build` (events into the Feed model).
"""

from __future__ import annotations

from briefing_app.errors import FeedError
from briefing_app.feeds.ical.build import FORMAT_NAME, _Builder
from briefing_app.feeds.ical.lines import MAX_DEPTH, _load, _outline, looks_like
from briefing_app.feeds.ical.recurrence import MAX_FEED_STEPS, MAX_OCCURRENCES, MAX_RULE_STEPS
from briefing_app.feeds.model import Feed
from briefing_app.feeds.sanitize import sanitize_feed
from briefing_app.util.i18n import QT_TRANSLATE_NOOP
from briefing_app.util.timeutil import is_valid_zone
from briefing_app.util.uids import (
    AGENDA_CALENDAR_NAME,
    AGENDA_EXPORT,
    EXPORT_KIND_PROPERTY,
    OWN_ORGANIZER,
    OWN_PRODID_PREFIX,
)

__all__ = [
    "AGENDA_CALENDAR_NAME",
    "AGENDA_EXPORT",
    "EXPORT_KIND_PROPERTY",
    "FORMAT_NAME",
    "MAX_DEPTH",
    "MAX_FEED_STEPS",
    "MAX_OCCURRENCES",
    "MAX_RULE_STEPS",
    "OWN_ORGANIZER",
    "OWN_PRODID_PREFIX",
    "looks_like",
    "parse",
]


def parse(data: bytes, *, default_zone: str | None = None) -> Feed:
    """Parse an iCalendar feed; *default_zone* places floating and all-day times."""
    if default_zone is not None and not is_valid_zone(default_zone):
        raise FeedError(
            QT_TRANSLATE_NOOP(
                "core", "unknown default time zone {default_zone!r} (expected an IANA name)"
            ).format(default_zone=default_zone)
        )
    outline = _outline(data)
    calendar = _load(outline)
    return sanitize_feed(_Builder(calendar, outline, default_zone).build())
