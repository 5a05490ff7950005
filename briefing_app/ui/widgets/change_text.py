"""What a sync or an import changed, in the user's language.

The core words these for the CLI (``ChangeSet.summary``, ``SyncOutcome.summary``,
``ImportResult.summary``, ``usecases.changes.describe_change``); the window writes
the same sentences from the same structured values through ``tr()``, so the core
stays Qt-free and the CLI's output never changes with the window's language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from briefing_app.ui.widgets.locale_text import stamp_text, zone_text
from briefing_app.usecases.changes import fields_changed, only_end_moved
from briefing_app.util.i18n import is_singular, localized
from briefing_app.util.trmark import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from briefing_app.store import ChangeSet, SessionChange
    from briefing_app.sync import SyncOutcome
    from briefing_app.usecases.imports import ImportResult

_CONTEXT = "ChangeText"


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, None, n)


#: Each kind of change in a summary ("2 new, 1 moved"): (one, several).
_SUMMARY_WORDS = {
    "added": (QT_TRANSLATE_NOOP("ChangeText", "%n new"), QT_TRANSLATE_NOOP("ChangeText", "%n new")),
    "removed": (
        QT_TRANSLATE_NOOP("ChangeText", "%n removed"),
        QT_TRANSLATE_NOOP("ChangeText", "%n removed"),
    ),
    "cancelled": (
        QT_TRANSLATE_NOOP("ChangeText", "%n cancelled"),
        QT_TRANSLATE_NOOP("ChangeText", "%n cancelled"),
    ),
    "moved": (
        QT_TRANSLATE_NOOP("ChangeText", "%n moved"),
        QT_TRANSLATE_NOOP("ChangeText", "%n moved"),
    ),
    "retitled": (
        QT_TRANSLATE_NOOP("ChangeText", "%n retitled"),
        QT_TRANSLATE_NOOP("ChangeText", "%n retitled"),
    ),
    "presenters": (
        QT_TRANSLATE_NOOP("ChangeText", "%n with presenter changes"),
        QT_TRANSLATE_NOOP("ChangeText", "%n with presenter changes"),
    ),
    "updated": (
        QT_TRANSLATE_NOOP("ChangeText", "%n updated"),
        QT_TRANSLATE_NOOP("ChangeText", "%n updated"),
    ),
}

#: What each kind of change is called, first words of its sentence (``usecases.changes``).
_CHANGE_WORDS = {
    "added": QT_TRANSLATE_NOOP("ChangeText", "New: {0}"),
    "removed": QT_TRANSLATE_NOOP("ChangeText", "Removed from the feed: {0}"),
    "cancelled": QT_TRANSLATE_NOOP("ChangeText", "Cancelled: {0}"),
    "moved": QT_TRANSLATE_NOOP("ChangeText", "Moved: {0}"),
    "retitled": QT_TRANSLATE_NOOP("ChangeText", "Renamed: {0}"),
    "presenters": QT_TRANSLATE_NOOP("ChangeText", "Presenters changed: {0}"),
    "updated": QT_TRANSLATE_NOOP("ChangeText", "Updated: {0}"),
    "material": QT_TRANSLATE_NOOP("ChangeText", "Kept material updated: {0}"),
}

#: The fixed summaries a sync run stores (``sync_runs.summary``), shown translated.
_STORED_SUMMARIES = {
    "no changes": QT_TRANSLATE_NOOP("ChangeText", "no changes"),
    "not modified since the last sync": QT_TRANSLATE_NOOP(
        "ChangeText", "not modified since the last sync"
    ),
}


def change_set_summary(changes: ChangeSet) -> str:
    """``imported 5 sessions`` or ``2 new, 1 moved`` (:meth:`ChangeSet.summary`)."""
    if changes.first_import:
        n = changes.imported
        return (
            QCoreApplication.translate("ChangeText", "imported %n session", None, n)
            if is_singular(n)
            else QCoreApplication.translate("ChangeText", "imported %n sessions", None, n)
        )
    if not changes.changes:
        return QCoreApplication.translate("ChangeText", "no changes")
    parts = []
    for kind, (one, several) in _SUMMARY_WORDS.items():
        n = changes.count(kind)
        if n:
            parts.append(_tr(one if is_singular(n) else several, n))
    return QCoreApplication.translate("ChangeText", ", ").join(parts)


def kinds_summary(changes: list[SessionChange]) -> str:
    """``2 new, 1 moved`` for a stored run's changes."""
    parts = []
    for kind, (one, several) in _SUMMARY_WORDS.items():
        n = sum(1 for change in changes if change.kind == kind)
        if n:
            parts.append(_tr(one if is_singular(n) else several, n))
    return QCoreApplication.translate("ChangeText", ", ").join(parts)


def stored_summary(summary: str, changes: list[SessionChange]) -> str:
    """A stored run's summary: rebuilt from its changes where it can be, else as stored."""
    if summary in _STORED_SUMMARIES:
        return _tr(_STORED_SUMMARIES[summary])
    if changes and not summary.startswith("imported "):
        return kinds_summary(changes) or summary
    if summary.startswith("imported ") and summary.split(" ")[1].isdigit():
        n = int(summary.split(" ")[1])
        return (
            QCoreApplication.translate("ChangeText", "imported %n session", None, n)
            if is_singular(n)
            else QCoreApplication.translate("ChangeText", "imported %n sessions", None, n)
        )
    return summary


def zone_note(zone_name: str, city: str) -> str:
    """``time zone Europe/Brussels inferred from the city 'Brussels'``."""
    return QCoreApplication.translate(
        "ChangeText", "time zone {0} inferred from the city '{1}'"
    ).format(zone_text(zone_name), city)


def outcome_summary(outcome: SyncOutcome) -> str:
    """One feed's sync (:meth:`SyncOutcome.summary`)."""
    if outcome.status == "not-modified":
        return QCoreApplication.translate("ChangeText", "not modified since the last sync")
    if outcome.status == "unchanged" or outcome.changes is None:
        return QCoreApplication.translate("ChangeText", "no changes")
    return change_set_summary(outcome.changes)


def outcome_zone_note(outcome: SyncOutcome) -> str:
    """:meth:`SyncOutcome.zone_note`, translated ("" when the feed named its zone)."""
    if not outcome.zone_inferred:
        return ""
    return zone_note(outcome.zone_inferred, outcome.zone_inferred_from or "")


def added_feed_summary(outcome: SyncOutcome) -> str:
    """What adding a feed did, as Settings and the first-run dialog say it: the sync's
    summary, then the zone it inferred (``imported 36 sessions; time zone … inferred …``)."""
    note = outcome_zone_note(outcome)
    return outcome_summary(outcome) + (f"; {note}" if note else "")


def import_summary(result: ImportResult) -> str:
    """What importing a file did (:meth:`ImportResult.summary`)."""
    parts = []
    if result.changes is not None:
        parts.append(change_set_summary(result.changes))
        if result.changes.stale:
            n = len(result.changes.stale)
            parts.append(
                QCoreApplication.translate(
                    "ChangeText", "%n older version of events you have ignored", None, n
                )
                if is_singular(n)
                else QCoreApplication.translate(
                    "ChangeText", "%n older versions of events you have ignored", None, n
                )
            )
    if result.feed.zone_inferred_from:
        parts.append(zone_note(result.feed.series.timezone, result.feed.zone_inferred_from))
    if result.matched:
        n = len(result.matched)
        parts.append(
            QCoreApplication.translate(
                "ChangeText",
                "%n event already in the store (exported by this app; no copies made)",
                None,
                n,
            )
            if is_singular(n)
            else QCoreApplication.translate(
                "ChangeText",
                "%n events already in the store (exported by this app; no copies made)",
                None,
                n,
            )
        )
    if result.starred:
        n = len(result.starred)
        parts.append(
            QCoreApplication.translate(
                "ChangeText", "%n session of your exported agenda starred again", None, n
            )
            if is_singular(n)
            else QCoreApplication.translate(
                "ChangeText", "%n sessions of your exported agenda starred again", None, n
            )
        )
    return QCoreApplication.translate("ChangeText", "; ").join(parts) or QCoreApplication.translate(
        "ChangeText", "nothing to import"
    )


def describe_change(change: SessionChange, zone_name: str | None) -> str:
    """One sentence for *change*: ``Moved: Kick-off (was Fri 27 Nov 2026 14:05 EST)``."""
    title = change.title or QCoreApplication.translate("ChangeText", "session {0}").format(
        change.session_id
    )
    d = change.detail
    extra = ""
    if change.kind == "moved" and d.get("old_start") != d.get("new_start"):
        extra = QCoreApplication.translate("ChangeText", " (was {0})").format(
            stamp_text(str(d.get("old_start", "?")), zone_name)
        )
    elif change.kind == "moved" and d.get("old_location") != d.get("new_location"):
        extra = QCoreApplication.translate("ChangeText", " (room: {0} → {1})").format(
            d.get("old_location") or "?", d.get("new_location") or "?"
        )
    elif change.kind == "retitled":
        extra = QCoreApplication.translate("ChangeText", " (was “{0}”)").format(
            d.get("old_title", "")
        )
    elif change.kind == "material" and d.get("material"):
        extra = f" ({d.get('material')})"
    elif only_end_moved(change):
        extra = QCoreApplication.translate("ChangeText", " (now ends {0})").format(
            stamp_text(str(d.get("new_end", "?")), zone_name)
        )
    elif (fields := fields_changed(change)) is not None:  # " (join link changed)"
        extra = localized(fields, QCoreApplication.translate)
    if change.kind == "added" and d.get("restored"):
        words = QCoreApplication.translate("ChangeText", "Back in the feed: {0}")
    elif change.kind in _CHANGE_WORDS:
        words = _tr(_CHANGE_WORDS[change.kind])
    else:
        words = change.kind.capitalize() + ": {0}"
    return words.format(title + extra)
