"""The wording of a change a sync found, one for the Changes tab and ``briefing-app changes``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from briefing_app.util.i18n import QT_TRANSLATE_NOOP, Message, joined
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


#: What an "updated" change touched, by stored column (store/describe.NAMED_COLUMNS).
FIELD_WORDS = {
    "subtitle": QT_TRANSLATE_NOOP("core", "subtitle"),
    "summary": QT_TRANSLATE_NOOP("core", "summary"),
    "description": QT_TRANSLATE_NOOP("core", "description"),
    "timezone": QT_TRANSLATE_NOOP("core", "time zone"),
    "kind": QT_TRANSLATE_NOOP("core", "kind"),
    "track": QT_TRANSLATE_NOOP("core", "track"),
    "tags": QT_TRANSLATE_NOOP("core", "tags"),
    "format": QT_TRANSLATE_NOOP("core", "online or in person"),
    "join_url": QT_TRANSLATE_NOOP("core", "join link"),
    "registration_url": QT_TRANSLATE_NOOP("core", "registration link"),
    "url": QT_TRANSLATE_NOOP("core", "web page"),
    "language": QT_TRANSLATE_NOOP("core", "language"),
    "links": QT_TRANSLATE_NOOP("core", "links"),
    "feedback_url": QT_TRANSLATE_NOOP("core", "feedback link"),
    "translations": QT_TRANSLATE_NOOP("core", "translations"),
}
_FIELDS_CHANGED = QT_TRANSLATE_NOOP("core", " ({fields} changed)")
_NOW_ENDS = QT_TRANSLATE_NOOP("core", " (now ends {when})")


def fields_changed(change: SessionChange) -> Message | None:
    """What an "updated" change touched, for the window's and the CLI's sentence:
    `` (join link changed)``; None when the change does not say."""
    fields = change.detail.get("fields", "") if change.kind == "updated" else ""
    names: list[str] = [FIELD_WORDS[name] for name in fields.split(",") if name in FIELD_WORDS]
    return _FIELDS_CHANGED.format(fields=joined(", ", names)) if names else None


def only_end_moved(change: SessionChange) -> bool:
    """A "moved" change that only made the session longer or shorter (same start, room)."""
    d = change.detail
    return (
        change.kind == "moved"
        and d.get("old_start") == d.get("new_start")
        and d.get("old_location") == d.get("new_location")
        and d.get("old_end") != d.get("new_end")
    )


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
    elif only_end_moved(change):
        zone = zone_name or local_zone_name()
        extra = _NOW_ENDS.format(when=stamp_text(str(d.get("new_end", "?")), zone, words))
    elif (fields := fields_changed(change)) is not None:
        extra = fields
    return QT_TRANSLATE_NOOP("core", "{what}: {title}{extra}").format(
        what=word, title=title, extra=extra
    )
