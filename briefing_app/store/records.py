"""Read-only views of stored rows, as the front ends use them.

:class:`SessionLine` (a light row) is defined here; the records (dataclasses:
:class:`SessionRecord`, :class:`FeedRecord` ...) are :mod:`.record_types`'s (a list's)
and :mod:`.record_details`' (the rest), each loaded on first use:
``from briefing_app.store.records import FeedRecord`` loads the first, and so does
``records.FeedRecord`` in a function of a module that imported this one. A listing
(``sessions``) or ``settings`` never builds them, and their definitions (a dozen frozen
dataclasses, 10 ms) are not part of its start (tests/perf/test_start.py counts it).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from briefing_app.store.record_details import (
        NOTE_REASONS,
        CaseStudyRecord,
        CaseStudyRef,
        ChangeSet,
        ExportOutline,
        ExportSession,
        LinkRecord,
        MaterialRecord,
        NoteVersion,
        OrganizationRef,
        PresenterDetail,
        PresenterRecord,
        SessionChange,
        SessionDetail,
    )
    from briefing_app.store.record_types import FeedRecord, PresenterRef, SessionRecord


class SessionLine(NamedTuple):
    """What a one-line session listing prints (the command line's ``sessions``).

    A light row (a tuple) with the fields of :class:`SessionRecord` that the line shows,
    under the same names: a listing of 10,000 builds one in a fifth of the time.
    """

    id: int
    start: datetime
    end: datetime
    timezone: str
    title: str
    kind: str
    format: str
    status: str
    removed: bool
    favourite: bool
    presenter_names: tuple[str, ...]
    #: The session's language maps (JSON, "" when none): ``util.multilingual.pick_stored``.
    translations: str = ""


__all__ = [
    "NOTE_REASONS",
    "CaseStudyRecord",
    "CaseStudyRef",
    "ChangeSet",
    "ExportOutline",
    "ExportSession",
    "FeedRecord",
    "LinkRecord",
    "MaterialRecord",
    "NoteVersion",
    "OrganizationRef",
    "PresenterDetail",
    "PresenterRecord",
    "PresenterRef",
    "SessionChange",
    "SessionDetail",
    "SessionLine",
    "SessionRecord",
]

#: What :mod:`.record_types` defines (a list's records), loaded on the first use of one
#: of them; the rest is :mod:`.record_details`' (a detail's, presenters', exports' ...).
_LIST_RECORDS = frozenset({"FeedRecord", "PresenterRef", "SessionRecord"})
_ON_FIRST_USE = frozenset(__all__) - {"SessionLine"}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        if name not in _ON_FIRST_USE:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        if name in _LIST_RECORDS:
            from briefing_app.store import record_types as defined
        else:
            from briefing_app.store import record_details as defined

        value = getattr(defined, name)
        globals()[name] = value  # once: later lookups are plain
        return value
