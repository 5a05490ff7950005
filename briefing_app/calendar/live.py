"""Where the live agenda file lives, and writing it when it would change: apart from
:mod:`.export`, so that saying where it is (``briefing-app agenda``, ``export-ics
--live-path``) does not import icalendar, nor does writing an agenda of no favourite (the
first sync of a new data folder, a user who stars nothing): :func:`empty_agenda`."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing_app.store import Store

LIVE_AGENDA_NAME = "agenda.ics"


def live_agenda_path(store: Store) -> Path:
    """Where the always-current agenda lives (beside the database)."""
    return store.path.parent / LIVE_AGENDA_NAME


def write_agenda_if_changed(path: Path, data: bytes) -> None:
    """Write *data* to *path* (atomically) unless the file says the same but for DTSTAMP.

    A sync that changed nothing leaves the file alone, so subscribers and file watchers
    see no change either. Raises ``OSError`` and ``DiskFullError`` as writing does.
    """
    from briefing_app.platform.fileutil import write_atomically

    if not _agenda_is_current(path, data):
        write_atomically(path, data, make_parents=True)


def empty_agenda() -> bytes | None:
    """The agenda of no favourite, as :mod:`.export` writes it (icalendar's bytes), without
    icalendar: the calendar's own properties and nothing else (no zone, no event, no
    DTSTAMP). None where a property would need escaping or folding (a version string no
    release has): then :mod:`.export` writes it. ``tests/calendar/test_live_agenda_unchanged.py``
    compares the two."""
    from briefing_app import __version__
    from briefing_app.util.uids import (
        AGENDA_CALENDAR_NAME,
        AGENDA_EXPORT,
        EXPORT_KIND_PROPERTY,
        OWN_PRODID_PREFIX,
    )

    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{OWN_PRODID_PREFIX}briefing-app {__version__}//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{AGENDA_CALENDAR_NAME}",
        f"{EXPORT_KIND_PROPERTY}:{AGENDA_EXPORT}",
        "END:VCALENDAR",
    ]
    if any(len(line.encode()) > 74 or _NEEDS_ESCAPE.search(line) for line in lines):
        return None
    return "".join(f"{line}\r\n" for line in lines).encode()


#: What icalendar would escape or fold in a TEXT value (and a line break would end it).
_NEEDS_ESCAPE = re.compile(r"[\\;,\r\n\x00-\x1f\x7f]")

#: The lines that change with every writing of the same agenda (DTSTAMP is never folded).
_DTSTAMP_LINE = re.compile(rb"^DTSTAMP:[^\r\n]*\r\n", re.MULTILINE)


def _agenda_is_current(path: Path, data: bytes) -> bool:
    """Whether the file at *path* holds *data* but for DTSTAMP (False if it cannot be read)."""
    from briefing_app.platform.fileutil import UnusableFileError, open_regular_file

    try:
        with open_regular_file(path) as existing:
            if existing.seek(0, 2) != len(data):  # a DTSTAMP line's length never changes
                return False
            existing.seek(0)
            old = existing.read()
    except (UnusableFileError, OSError):
        return False
    return _DTSTAMP_LINE.sub(b"", old) == _DTSTAMP_LINE.sub(b"", data)
