"""The calendar UID of a session: the same for every export, on every install.

Here (not in ``calendar/``) because the store matches a "my data" file's
sessions by it too (issue 16); :mod:`briefing_app.calendar.export` re-exports it.
"""

from __future__ import annotations

import hashlib
import uuid

UID_DOMAIN = "briefing-companion"

# What marks this app's own exports, for the writer (calendar.export) and the reader
# (feeds.ical, which knows them when one comes back): here, so that writing a calendar
# does not import the iCalendar feed parser (a third of calendar.export's imports).
#: The ORGANIZER address of this app's own exports.
OWN_ORGANIZER = "mailto:calendar@briefing-companion.invalid"
#: How this app's own exports' PRODID starts.
OWN_PRODID_PREFIX = "-//Briefing Companion//"
#: The calendar property this app writes in an export of the user's agenda (its favourites).
EXPORT_KIND_PROPERTY = "X-BRIEFING-COMPANION-EXPORT"
AGENDA_EXPORT = "agenda"
#: The calendar name of an agenda export (an agenda of one event has none, older ones no mark).
AGENDA_CALENDAR_NAME = "Briefing Companion: my agenda"

_URL_NAMESPACE = uuid.NAMESPACE_URL.bytes


def session_uid(feed_url: str, source_id: str) -> str:
    """The UID of a session's event: the same for every export, on every install.

    A session that came from one of our own exports (on another machine) keeps
    that UID, so calendars holding it update rather than duplicate.
    """
    if is_our_uid(source_id):
        return source_id
    return f"{_url_uuid5(f'{feed_url}#{source_id}')}@{UID_DOMAIN}"


def _url_uuid5(name: str) -> str:
    """``str(uuid.uuid5(uuid.NAMESPACE_URL, name))`` without building a UUID object."""
    digest = bytearray(hashlib.sha1(_URL_NAMESPACE + name.encode("utf-8")).digest()[:16])  # noqa: S324 - RFC 4122 names it
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    text = digest.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def is_our_uid(uid: str) -> bool:
    return uid.endswith(f"@{UID_DOMAIN}")
