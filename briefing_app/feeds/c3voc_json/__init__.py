"""The c3voc schedule JSON (``schedule.json`` from frab and pretalx) -> :class:`Feed`.

Shape: ``schedule.conference.days[].rooms{room name: [event, ...]}``. The
published schema (voc/schedule ``validator/json/schema.json``) is stricter than
the real feeds: frab writes acronyms and slugs it forbids, pretalx adds
``answers``. Strict validation would refuse whole conferences over fields we
never read, so this module checks by hand only what the app needs (the
nesting, identifiers, titles, times, durations, the types of the texts it
keeps) and names the JSON path of anything it refuses, e.g.
``$.schedule.conference.days[2].rooms["Saal 1"][3].date``.

Times: an event's ``date`` (ISO 8601 with a UTC offset) is authoritative for
the instant. ``start`` (local HH:MM) is only used when ``date`` is missing,
placed on the day's ``date`` in the feed's zone. The zone shown beside each
session is ``conference.time_zone_name``, else the user's default zone, else
(feeds with offsets only) a fixed ``Etc/GMT±N`` zone, with a warning.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from briefing_app.errors import FeedError
from briefing_app.feeds.c3voc_json.reader import FORMAT_NAME, _Reader
from briefing_app.feeds.messages import decode_json
from briefing_app.feeds.model import Feed
from briefing_app.feeds.sanitize import sanitize_feed
from briefing_app.util.i18n import QT_TRANSLATE_NOOP
from briefing_app.util.timeutil import TimeFormatError, zone

__all__ = ["FORMAT_NAME", "looks_like", "parse", "parse_document"]

# -- sniffing ----------------------------------------------------------------
# Keys are matched as JSON keys (a quote not escaped by a backslash), so text
# inside a string value (\"schedule\": {) does not count.
_SNIFF_SCHEDULE = re.compile(rb'(?<!\\)"schedule"\s*:\s*\{')
_SNIFF_CONFERENCE = re.compile(rb'(?<!\\)"conference"\s*:\s*\{')
_SNIFF_BRIEFING = re.compile(rb'(?<!\\)"format"\s*:\s*"briefing-feed"')


def looks_like(head: bytes) -> bool:
    """True when *head* (the first ~4 KB) is a c3voc schedule JSON.

    An object whose ``schedule`` holds a ``conference``; our own briefing feed
    (``"format": "briefing-feed"``) never counts, whatever else it contains.
    """
    head = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"{") or _SNIFF_BRIEFING.search(head):
        return False
    found = _SNIFF_SCHEDULE.search(head)
    return found is not None and _SNIFF_CONFERENCE.search(head, found.end()) is not None


# -- entry point ---------------------------------------------------------------
def parse(data: bytes, *, default_zone: str | None = None) -> Feed:
    """Parse a c3voc ``schedule.json``; *default_zone* serves feeds that name no zone."""
    warnings: list[str] = []
    document = decode_json(data, warnings)
    return parse_document(document, default_zone=default_zone, warnings=warnings)


def parse_document(
    document: Any, *, default_zone: str | None = None, warnings: Iterable[str] = ()
) -> Feed:
    """Read a decoded ``schedule.json``; *warnings* are the decoder's, reported first."""
    if default_zone is not None:
        try:
            zone(default_zone)
        except TimeFormatError as exc:
            raise FeedError(
                QT_TRANSLATE_NOOP("core", "the default time zone: {exc}").format(exc=exc)
            ) from exc
    return sanitize_feed(_Reader(document, default_zone).read(), warnings)
