"""The calendar UID of a session: the same for every export, on every install.

Here (not in ``calendar/``) because the store matches a "my data" file's
sessions by it too (issue 16); :mod:`briefing_app.calendar.export` re-exports it.
"""

from __future__ import annotations

import hashlib
import uuid
from functools import lru_cache

from briefing_app.util.i18n import QT_TRANSLATE_NOOP, load_catalog, localized, message_key
from briefing_app.util.language import SOURCE_LANGUAGE, SUPPORTED_LANGUAGES

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
#: The calendar name of an agenda export (an agenda of one event has none, older ones no mark),
#: in English; written in the user's language at export time (:func:`agenda_calendar_name`).
AGENDA_CALENDAR_NAME = QT_TRANSLATE_NOOP("core", "Briefing Companion: my agenda")


def agenda_calendar_name() -> str:
    """The X-WR-CALNAME of an agenda export, in the user's language now.

    Only the name follows the language: what makes the calendar the same one is not its
    name but the export's mark (``X-BRIEFING-COMPANION-EXPORT:agenda``), its events'
    UIDs (:func:`session_uid`) and, for the live agenda, the file a client subscribed to;
    none of them changes with the language, so a re-export in another language updates
    the same calendar and the same events, never a second calendar.
    """
    return localized(AGENDA_CALENDAR_NAME)


@lru_cache(maxsize=1)
def agenda_calendar_names() -> frozenset[str]:
    """The agenda export's name in every language the app speaks (files with no mark)."""
    names = {str(AGENDA_CALENDAR_NAME)}
    key = message_key(AGENDA_CALENDAR_NAME.context, None)
    for language in SUPPORTED_LANGUAGES:
        if language != SOURCE_LANGUAGE:
            names.add(load_catalog(language).pgettext(key, str(AGENDA_CALENDAR_NAME)))
    return frozenset(names)


def is_agenda_calendar_name(name: str) -> bool:
    """Whether *name* is an agenda export's calendar name, in any language."""
    return name in agenda_calendar_names()


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
