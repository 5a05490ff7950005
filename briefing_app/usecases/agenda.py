"""The personal agenda: favourites in time order, which of them clash, and the live file."""

from __future__ import annotations

import errno
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.calendar.live import empty_agenda, live_agenda_path, write_agenda_if_changed
from briefing_app.errors import BriefingError, DiskFullError
from briefing_app.store import Store
from briefing_app.usecases.settings import content_languages, reminder_minutes

if TYPE_CHECKING:
    from briefing_app.store import SessionRecord


class LiveAgendaError(BriefingError):
    """``agenda.ics`` could not be rewritten: the disk, not a bug.

    A change already saved stands; the front says so as a warning.
    ``str(error)`` is the OS error's text; *path* and *reason* are there for
    a shorter message ("could not update the live agenda file PATH: REASON").
    """

    def __init__(self, path: Path, error: OSError) -> None:
        self.path = path
        self.reason = str(error.strerror or error)
        super().__init__(str(error))


def rewrite_live_agenda(store: Store) -> Path:
    """Rewrite ``agenda.ics`` from the favourites, after any change to them or their sessions.

    Both fronts call this after a change is saved (the desktop app off the GUI
    thread). Raises :class:`LiveAgendaError` when the file cannot be written.
    """
    try:
        if not store.has_favourites() and (empty := empty_agenda()) is not None:
            # No favourite (the first sync of a new data folder, a user who stars
            # nothing): the same bytes without icalendar (~50 ms of such a sync).
            path = live_agenda_path(store)
            write_agenda_if_changed(path, empty)
            return path
        # icalendar loads here, not with the agenda commands that only read.
        from briefing_app.calendar.export import write_live_agenda

        return write_live_agenda(
            store, alarm_minutes=reminder_minutes(store), languages=content_languages(store)
        )
    except OSError as exc:
        raise LiveAgendaError(live_agenda_path(store), exc) from exc
    except DiskFullError as exc:  # the change stands; the file is as it was
        error = OSError(errno.ENOSPC, f"the disk is full (free: {exc.free // 1000} kB)")
        raise LiveAgendaError(live_agenda_path(store), error) from exc


def find_overlaps(records: Sequence[SessionRecord]) -> dict[int, list[SessionRecord]]:
    """For each session, the other sessions it overlaps (cancelled ones never clash).

    Sessions that only touch (one ends as the next starts) do not overlap.
    A sweep over start-sorted sessions: O(n log n + clashes).
    """
    live = sorted((r for r in records if not r.is_cancelled), key=lambda r: (r.start, r.end))
    clashes: dict[int, list[SessionRecord]] = {}
    active: list[SessionRecord] = []
    for record in live:
        active = [a for a in active if a.end > record.start]
        for other in active:
            clashes.setdefault(record.id, []).append(other)
            clashes.setdefault(other.id, []).append(record)
        active.append(record)
    return clashes


def overlapping_favourites(store: Store, session_id: int) -> list[SessionRecord]:
    """The other favourites *session_id* overlaps, as My agenda and the Timeline flag them
    (:func:`find_overlaps`); what starring it would clash with if it is not one yet."""
    record = store.session(session_id)
    favourites = [r for r in store.sessions(favourites_only=True) if r.id != session_id]
    return find_overlaps([*favourites, record]).get(session_id, [])
