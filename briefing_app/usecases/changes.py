"""The wording of a change a sync found, one for the Changes tab and ``briefing-app changes``."""

from __future__ import annotations

from briefing_app.store import SessionChange
from briefing_app.util.timeutil import local_zone_name, stamp_text

#: What each kind of change is called, first word of the sentence.
CHANGE_WORDS = {
    "added": "New",
    "removed": "Removed from the feed",
    "cancelled": "Cancelled",
    "moved": "Moved",
    "retitled": "Renamed",
    "presenters": "Presenters changed",
    "updated": "Updated",
    "material": "Kept material updated",
}


def describe_change(change: SessionChange, zone_name: str | None) -> str:
    """One sentence for *change*: ``Moved: Kick-off (was Fri 27 Nov 2026 14:05 EST)``.

    Times are shown in *zone_name*; ``None`` means this computer's zone.
    """
    words = CHANGE_WORDS.get(change.kind, change.kind.capitalize())
    title = change.title or f"session {change.session_id}"
    d = change.detail
    extra = ""
    if change.kind == "moved" and d.get("old_start") != d.get("new_start"):
        zone = zone_name or local_zone_name()
        extra = f" (was {stamp_text(str(d.get('old_start', '?')), zone)})"
    elif change.kind == "moved" and d.get("old_location") != d.get("new_location"):
        extra = f" (room: {d.get('old_location') or '?'} → {d.get('new_location') or '?'})"
    elif change.kind == "retitled":
        extra = f" (was “{d.get('old_title', '')}”)"
    elif change.kind == "material" and d.get("material"):
        extra = f" ({d.get('material')})"
    elif change.kind == "added" and d.get("restored"):
        words = "Back in the feed"
    return f"{words}: {title}{extra}"
