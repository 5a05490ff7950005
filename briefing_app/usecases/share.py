"""Share sessions (issue 16): as text to paste in a message, or as an .ics invite.

The text gives each session's title, its time in the event's zone and in the
reader's (the app's own time formatting, :func:`~briefing_app.util.timeutil.format_range`;
in French, Babel's words and the labels' translations),
where it takes place and its join link. The invite is the calendar export's
(:mod:`briefing_app.calendar.export`): one VEVENT per session with our stable UID,
so a calendar that already has the session updates it instead of adding a copy.
No alarm is added: the reader chooses their own reminders.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from briefing_app.errors import UsageError
from briefing_app.util.i18n import (
    QT_TRANSLATE_NOOP,
    Message,
    Translator,
    current_language,
    localized,
)
from briefing_app.util.links import safe_link
from briefing_app.util.localeformat import date_words
from briefing_app.util.timeutil import DateWords, format_range, local_zone_name, zone
from briefing_app.util.zonenames import zone_place

if TYPE_CHECKING:
    from briefing_app.store import SessionRecord, Store

#: The MIME type of an invite on the clipboard (text/plain is the fallback beside it).
ICS_MIME = "text/calendar"


def session_text(
    session: SessionRecord,
    *,
    reader_zone: str | None = None,
    translator: Translator | None = None,
) -> str:
    """One session as plain text: title, times (event's zone, reader's), place, join link.

    In the language the core speaks now (:func:`~briefing_app.util.i18n.current_language`):
    labels translated by *translator* (the window passes ``QCoreApplication.translate``;
    by default the CLI's catalog), days and times in that language's way (Babel:
    ``lundi 11 mai 2020, 13 h 00 – 14 h 30 EDT``). English is written as it always was.
    """
    language = current_language()
    words = date_words(language)

    def say(message: Message) -> str:
        return localized(message, translator)

    title = say(_CANCELLED.format(title=session.title)) if session.is_cancelled else session.title
    lines = [title]
    event_time = _when(session.start, session.end, session.timezone, words, say)
    lines.append(say(_WHEN.format(when=event_time)))
    zone = reader_zone or local_zone_name()
    if zone and zone != session.timezone:
        local = _when(session.start, session.end, zone, words, say)
        if local != event_time:
            place = zone_place(zone, language)
            named = "" if local.endswith(f" {place}") else f" ({place})"
            lines.append(say(_YOUR_TIME.format(when=f"{local}{named}")))
    if session.series_title:
        lines.append(say(_SERIES.format(title=session.series_title)))
    if session.location:
        lines.append(say(_WHERE.format(place=session.location)))
    join = safe_link(session.join_url, mailto=False) if session.join_url else None
    if join:
        lines.append(say(_JOIN.format(link=join)))
    return "\n".join(lines)


_CANCELLED = QT_TRANSLATE_NOOP("core", "{title} (cancelled)")
_WHEN = QT_TRANSLATE_NOOP("core", "When: {when}")
_YOUR_TIME = QT_TRANSLATE_NOOP("core", "Your time: {when}")
_SERIES = QT_TRANSLATE_NOOP("core", "Series: {title}")
_WHERE = QT_TRANSLATE_NOOP("core", "Where: {place}")
_JOIN = QT_TRANSLATE_NOOP("core", "Join: {link}")
#: A session's time: its day, start, end and zone (French: "lundi 11 mai 2020, 13 h 00 –
#: 14 h 30 EDT"); across a change of zone name (DST) each time names its own.
_RANGE = QT_TRANSLATE_NOOP("core", "{day} {start}–{end} {zone}")
_RANGE_ACROSS = QT_TRANSLATE_NOOP("core", "{day} {start} {start_zone}–{end} {end_zone}")


def _when(
    start: datetime,
    end: datetime,
    zone_name: str,
    words: DateWords | None,
    say: Callable[[Message], str],
) -> str:
    """The session's time in *zone_name*; English: :func:`format_range`'s very text."""
    if words is None:
        return format_range(start, end, zone_name)
    tz = zone(zone_name)
    local_start, local_end = start.astimezone(tz), end.astimezone(tz)
    end_time = words.clock(local_end.hour, local_end.minute)
    if local_start.date() != local_end.date():
        end_time = f"{words.weekday(local_end.date())} {end_time}"
    day = words.day(local_start.date())
    start_time = words.clock(local_start.hour, local_start.minute)
    start_name, end_name = words.zone(local_start, zone_name), words.zone(local_end, zone_name)
    if start_name != end_name:
        return say(
            _RANGE_ACROSS.format(
                day=day, start=start_time, start_zone=start_name, end=end_time, end_zone=end_name
            )
        )
    return say(_RANGE.format(day=day, start=start_time, end=end_time, zone=start_name))


def sessions_text(
    store: Store,
    session_ids: Sequence[int],
    *,
    reader_zone: str | None = None,
    translator: Translator | None = None,
) -> str:
    """The sessions as text, in the order given, separated by a blank line.

    Raises:
        UsageError: no session given.
        NotFoundError: one of them does not exist.
    """
    if not session_ids:
        raise UsageError(QT_TRANSLATE_NOOP("core", "select a session to share").message())
    from briefing_app.usecases.settings import content_languages

    # A title (or series) the feed gives in several languages: the user's.
    languages = content_languages(store)
    return (
        "\n\n".join(
            session_text(
                store.session_detail(sid).in_language(languages).session,
                reader_zone=reader_zone,
                translator=translator,
            )
            for sid in session_ids
        )
        + "\n"
    )


def sessions_ics(store: Store, session_ids: Sequence[int]) -> bytes:
    """The sessions as one .ics invite (a VEVENT each, our UIDs; no alarm).

    Raises:
        UsageError: no session given.
        NotFoundError: one of them does not exist.
    """
    if not session_ids:
        raise UsageError(QT_TRANSLATE_NOOP("core", "select a session to share").message())
    for sid in session_ids:
        store.session(sid)  # a clear "not found" for one that went away
    from briefing_app.calendar.export import calendar_bytes  # icalendar loads when used
    from briefing_app.usecases.settings import content_languages

    languages = content_languages(store)  # one language per event: the user's
    return calendar_bytes(store.export_sessions(session_ids=list(session_ids), languages=languages))
