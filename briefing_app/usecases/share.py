"""Share sessions (issue 16): as text to paste in a message, or as an .ics invite.

The text gives each session's title, its time in the event's zone and in the
reader's (the app's own time formatting, :func:`~briefing_app.util.timeutil.format_range`),
where it takes place and its join link. The invite is the calendar export's
(:mod:`briefing_app.calendar.export`): one VEVENT per session with our stable UID,
so a calendar that already has the session updates it instead of adding a copy.
No alarm is added: the reader chooses their own reminders.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing_app.errors import UsageError
from briefing_app.util.i18n import QT_TRANSLATE_NOOP
from briefing_app.util.links import safe_link
from briefing_app.util.timeutil import format_range, local_zone_name

if TYPE_CHECKING:
    from briefing_app.store import SessionRecord, Store

#: The MIME type of an invite on the clipboard (text/plain is the fallback beside it).
ICS_MIME = "text/calendar"


def session_text(session: SessionRecord, *, reader_zone: str | None = None) -> str:
    """One session as plain text: title, times (event's zone, reader's), place, join link."""
    lines = [session.title + (" (cancelled)" if session.is_cancelled else "")]
    lines.append(f"When: {format_range(session.start, session.end, session.timezone)}")
    zone = reader_zone or local_zone_name()
    if zone and zone != session.timezone:
        local = format_range(session.start, session.end, zone)
        if local != format_range(session.start, session.end, session.timezone):
            named = "" if local.endswith(f" {zone}") else f" ({zone})"
            lines.append(f"Your time: {local}{named}")
    if session.series_title:
        lines.append(f"Series: {session.series_title}")
    if session.location:
        lines.append(f"Where: {session.location}")
    join = safe_link(session.join_url, mailto=False) if session.join_url else None
    if join:
        lines.append(f"Join: {join}")
    return "\n".join(lines)


def sessions_text(
    store: Store, session_ids: Sequence[int], *, reader_zone: str | None = None
) -> str:
    """The sessions as text, in the order given, separated by a blank line.

    Raises:
        UsageError: no session given.
        NotFoundError: one of them does not exist.
    """
    if not session_ids:
        raise UsageError(QT_TRANSLATE_NOOP("core", "select a session to share").message())
    return (
        "\n\n".join(
            session_text(store.session(sid), reader_zone=reader_zone) for sid in session_ids
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
