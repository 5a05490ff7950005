"""The personal agenda: favourites in time order, and which of them clash."""

from __future__ import annotations

from collections.abc import Sequence

from briefing_app.store import SessionRecord


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
