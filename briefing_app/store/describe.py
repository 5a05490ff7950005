"""What changed between a stored session and the feed's version of it, as change-log entries."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from briefing_app.feeds.model import Session, SessionStatus
from briefing_app.store.feed_rows import SESSION_COLUMNS, presenter_signature, session_row
from briefing_app.store.records import SessionChange
from briefing_app.util.timeutil import to_utc_text


@dataclass(frozen=True, slots=True)
class StoredSession:
    """What the store holds of a session, to compare with the feed's version."""

    id: int
    title: str
    start_utc: str
    end_utc: str
    location: str
    status: str
    removed: bool
    content_hash: str
    presenters: str
    source_sequence: int | None = None
    timezone: str = ""


def same_but_zone(new: Session, old: StoredSession) -> bool:
    """True when *new* differs from the stored row only in its time zone's name."""
    as_before = dataclasses.replace(new, timezone=old.timezone)
    return bool(session_row(0, 0, as_before)[-1] == old.content_hash)


def same_but_feedback(new: Session, old: StoredSession) -> bool:
    """True when *new* differs from the stored row only in a feedback link it now has."""
    as_before = dataclasses.replace(new, feedback_url="")
    return bool(session_row(0, 0, as_before)[-1] == old.content_hash)


def describe_change(
    session_id: int, new: Session, old: StoredSession | None
) -> list[SessionChange]:
    """Name what changed between the stored row and the feed's session."""
    if old is None:
        return [SessionChange("added", session_id, new.title)]
    if old.removed:
        return [SessionChange("added", session_id, new.title, {"restored": "yes"})]
    found: list[SessionChange] = []
    start, end = to_utc_text(new.start), to_utc_text(new.end)
    if str(new.status) != old.status:
        kind = "cancelled" if new.status is SessionStatus.CANCELLED else "updated"
        found.append(
            SessionChange(
                kind, session_id, new.title, {"status": old.status, "now": str(new.status)}
            )
        )
    if (start, end, new.location) != (old.start_utc, old.end_utc, old.location):
        found.append(
            SessionChange(
                "moved",
                session_id,
                new.title,
                {
                    "old_start": old.start_utc,
                    "new_start": start,
                    "old_end": old.end_utc,
                    "new_end": end,
                    "old_location": old.location,
                    "new_location": new.location,
                },
            )
        )
    if new.title != old.title:
        found.append(SessionChange("retitled", session_id, new.title, {"old_title": old.title}))
    if presenter_signature(new) != old.presenters:
        found.append(
            SessionChange(
                "presenters",
                session_id,
                new.title,
                {"old": old.presenters, "new": presenter_signature(new)},
            )
        )
    if not found and new.timezone != old.timezone and same_but_zone(new, old):
        # Shown in another zone, the same moment (the user chose the feed's zone):
        # the event did not change, so there is nothing to report.
        return []
    if not found and new.feedback_url and same_but_feedback(new, old):
        # Only a feedback link is new (a store from before feedback links, on its first
        # sync): the session itself did not change, so there is nothing to report.
        return []
    if not found:
        found.append(SessionChange("updated", session_id, new.title))
    return found


#: Columns with a kind of change of their own (moved, renamed, cancelled), or the feed's
#: and the store's bookkeeping (its stamp, its revision, ids): never named by "updated".
_NOT_NAMED = frozenset(
    {
        "feed_id",
        "series_id",
        "source_id",
        "title",
        "start_utc",
        "end_utc",
        "location",
        "status",
        "updated_utc",
        "source_sequence",
        "content_hash",
    }
)
#: The stored columns an "updated" change names when they differ ("join_url").
NAMED_COLUMNS: tuple[str, ...] = tuple(c for c in SESSION_COLUMNS if c not in _NOT_NAMED)
_ROW_INDEX = {name: SESSION_COLUMNS.index(name) for name in NAMED_COLUMNS}


def changed_fields(stored: Sequence[Any], row: Sequence[Any]) -> list[str]:
    """The :data:`NAMED_COLUMNS` whose *stored* values (in that order) differ from the new
    *row* (:func:`~briefing_app.store.feed_rows.session_row`'s)."""
    return [
        name
        for name, old in zip(NAMED_COLUMNS, stored, strict=True)
        if (old or "") != (row[_ROW_INDEX[name]] or "")
    ]


def with_fields(change: SessionChange, fields: list[str]) -> SessionChange:
    """An "updated" *change* that says which fields changed (``{"fields": "join_url"}``)."""
    if change.kind != "updated" or change.detail or not fields:
        return change
    return dataclasses.replace(change, detail={"fields": ",".join(fields)})
