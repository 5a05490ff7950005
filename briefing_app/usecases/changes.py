"""The wording of a change a sync found, one for the Changes tab and ``briefing-app changes``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from briefing_app.util.i18n import QT_TRANSLATE_NOOP
from briefing_app.util.multilingual import pick_stored
from briefing_app.util.timeutil import local_zone_name, stamp_text

if TYPE_CHECKING:
    from briefing_app.store import SessionChange, Store
    from briefing_app.util.timeutil import DateWords

#: What each kind of change is called, first word of the sentence.
CHANGE_WORDS = {
    "added": QT_TRANSLATE_NOOP("core", "New"),
    "removed": QT_TRANSLATE_NOOP("core", "Removed from the feed"),
    "cancelled": QT_TRANSLATE_NOOP("core", "Cancelled"),
    "moved": QT_TRANSLATE_NOOP("core", "Moved"),
    "retitled": QT_TRANSLATE_NOOP("core", "Renamed"),
    "presenters": QT_TRANSLATE_NOOP("core", "Presenters changed"),
    "updated": QT_TRANSLATE_NOOP("core", "Updated"),
    "material": QT_TRANSLATE_NOOP("core", "Kept material updated"),
}


def in_language(
    store: Store, changes: Sequence[SessionChange], languages: Sequence[str]
) -> list[SessionChange]:
    """*changes* with each session's title in the first of *languages* its feed gives it
    in (``title_fallback`` set when that is not the user's), where the change names the
    session by the title it has now; a title that has changed since is kept as stored."""
    texts = store.session_texts([c.session_id for c in changes]) if languages else {}
    if not texts:
        return list(changes)
    shown: list[SessionChange] = []
    for change in changes:
        title, maps = texts.get(change.session_id, ("", ""))
        if not maps or title != change.title:
            shown.append(change)
            continue
        picked = pick_stored(maps, "title", title, languages)
        fallback = picked.language if picked.fallback else ""
        shown.append(replace(change, title=picked.text, title_fallback=fallback))
    return shown


def describe_change(
    change: SessionChange, zone_name: str | None, words: DateWords | None = None
) -> str:
    """One sentence for *change*: ``Moved: Kick-off (was Fri 27 Nov 2026 14:05 EST)``.

    Times are shown in *zone_name*; ``None`` means this computer's zone; *words*: how the
    language shown in writes them (util/localeformat). The sentence is a marked message
    (util/i18n), English as a ``str``, translated where a front end shows it.
    """
    word: str = CHANGE_WORDS.get(change.kind, change.kind.capitalize())
    title = change.title or QT_TRANSLATE_NOOP("core", "session {id}").format(id=change.session_id)
    d = change.detail
    extra: str = ""
    if change.kind == "moved" and d.get("old_start") != d.get("new_start"):
        zone = zone_name or local_zone_name()
        extra = QT_TRANSLATE_NOOP("core", " (was {when})").format(
            when=stamp_text(str(d.get("old_start", "?")), zone, words)
        )
    elif change.kind == "moved" and d.get("old_location") != d.get("new_location"):
        extra = QT_TRANSLATE_NOOP("core", " (room: {old} → {new})").format(
            old=d.get("old_location") or "?", new=d.get("new_location") or "?"
        )
    elif change.kind == "retitled":
        extra = QT_TRANSLATE_NOOP("core", " (was “{title}”)").format(title=d.get("old_title", ""))
    elif change.kind == "material" and d.get("material"):
        extra = f" ({d.get('material')})"
    elif change.kind == "added" and d.get("restored"):
        word = QT_TRANSLATE_NOOP("core", "Back in the feed")
    return QT_TRANSLATE_NOOP("core", "{what}: {title}{extra}").format(
        what=word, title=title, extra=extra
    )
