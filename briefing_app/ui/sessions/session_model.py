"""Table model over a list of :class:`SessionRecord` from the store."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication

from briefing_app.store import SessionRecord
from briefing_app.ui import content_language
from briefing_app.ui.timeline.colours import star_colour
from briefing_app.ui.widgets.core_words import core_word, status_word
from briefing_app.ui.widgets.locale_text import hours_text, range_text, zone_abbreviation
from briefing_app.ui.widgets.tooltips import plain_tooltip
from briefing_app.usecases.session_facts import FORMAT_LABELS
from briefing_app.util.session_kinds import shown_kind
from briefing_app.util.timeutil import in_zone, local_zone_name
from briefing_app.util.trmark import QT_TRANSLATE_NOOP

SortRole = Qt.ItemDataRole.UserRole + 1
RecordRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    FAVOURITE = 0
    WHEN = 1
    TITLE = 2
    KIND = 3
    TRACK = 4
    FORMAT = 5
    PRESENTERS = 6
    STATUS = 7


#: What a screen reader says for an empty cell of these columns.
EMPTY_CELLS = {
    Column.STATUS: QT_TRANSLATE_NOOP("SessionTable", "Scheduled"),
    Column.PRESENTERS: QT_TRANSLATE_NOOP("SessionTable", "No presenters listed"),
}

HEADERS = {
    Column.FAVOURITE: QT_TRANSLATE_NOOP("SessionTable", "★"),
    Column.WHEN: QT_TRANSLATE_NOOP("SessionTable", "When"),
    Column.TITLE: QT_TRANSLATE_NOOP("SessionTable", "Title"),
    Column.KIND: QT_TRANSLATE_NOOP("SessionTable", "Kind"),
    Column.TRACK: QT_TRANSLATE_NOOP("SessionTable", "Track"),
    Column.FORMAT: QT_TRANSLATE_NOOP("SessionTable", "Format"),
    Column.PRESENTERS: QT_TRANSLATE_NOOP("SessionTable", "Presenters"),
    Column.STATUS: QT_TRANSLATE_NOOP("SessionTable", "Status"),
}


def header_text(column: Column) -> str:
    """A column's title in the user's language."""
    return QCoreApplication.translate("SessionTable", HEADERS[column])


def status_label(record: SessionRecord) -> str:
    if record.removed:
        return QCoreApplication.translate("SessionTable", "Removed")
    return "" if record.status == "scheduled" else status_word(record.status)


def when_label(record: SessionRecord, display: str = "event", user_zone: str = "UTC") -> str:
    """The session's time: in its event's zone, the user's, or both when they differ."""
    if display == "mine":
        return range_text(record.start, record.end, user_zone)
    text = range_text(record.start, record.end, record.timezone)
    if display == "both":
        mine = range_text(record.start, record.end, user_zone)
        if mine != text:
            local_start = in_zone(record.start, user_zone)
            hours = hours_text(record.start, record.end, user_zone)
            text += f" ({hours} {zone_abbreviation(local_start, user_zone)})"
    return text


def cell_text(
    record: SessionRecord,
    column: Column,
    display: str = "event",
    user_zone: str = "UTC",
    *,
    day_shown: bool = False,
    compact: bool = False,
) -> str:
    """What a session list shows in *column* (the time without its day when *day_shown*).

    With *compact*, a row that shows its date shows one zone's time, not both: the
    column then keeps the width it has under day headings (the tooltip has both).
    """
    match column:
        case Column.FAVOURITE:
            return "★" if record.favourite else "☆"
        case Column.WHEN:
            if day_shown:
                return when_label(record, display, user_zone).split(" ", 4)[-1]
            if compact and display == "both":
                return when_label(record, "event", user_zone)
            return when_label(record, display, user_zone)
        case Column.TITLE:
            return record.title
        case Column.KIND:
            kind = shown_kind(
                record.kind,
                record.translations,
                content_language.preference(),
                QCoreApplication.translate,
            )
            return kind[:1].upper() + kind[1:]
        case Column.TRACK:  # in the user's language; the filter keeps the feed's text
            picked = record.shown("track", content_language.preference())
            return content_language.marked(picked.text, content_language.fallback_of(picked))
        case Column.FORMAT:
            label = FORMAT_LABELS.get(record.format)
            return core_word(label) if label is not None else record.format
        case Column.PRESENTERS:
            return ", ".join(record.presenter_names)
        case Column.STATUS:
            return status_label(record)


def sort_value(record: SessionRecord, column: Column) -> int | float | str:
    match column:
        case Column.FAVOURITE:
            return int(record.favourite)
        case Column.WHEN:
            return record.start.timestamp()
        case Column.TITLE:
            return record.title.casefold()
        case _:
            return cell_text(record, column).casefold()


def session_cell(
    record: SessionRecord,
    column: Column,
    role: int,
    display: str = "event",
    user_zone: str = "UTC",
    *,
    day_shown: bool = False,
    compact: bool = False,
) -> Any:
    """The data for one cell of a session list, for any item role."""
    if role == Qt.ItemDataRole.DisplayRole:
        text = cell_text(record, column, display, user_zone, day_shown=day_shown, compact=compact)
        if column == Column.TITLE and record.fallbacks:
            return title_with_badge(record, text)
        return text
    if role == SortRole:
        return sort_value(record, column)
    if role == RecordRole:
        return record
    if role == Qt.ItemDataRole.ToolTipRole:
        if column == Column.TITLE and record.fallback_language("title"):
            said = content_language.fallback_explanation(record.fallback_language("title"))
            return said + ("\n\n" + plain_tooltip(record.summary) if record.summary else "")
        if column == Column.TITLE and record.summary:
            return plain_tooltip(record.summary)
        if column == Column.WHEN:
            return when_label(record, "both", user_zone)
        if column == Column.FAVOURITE:
            if record.favourite:
                return QCoreApplication.translate(
                    "SessionTable", "Click or press Space to remove from favourites"
                )
            return QCoreApplication.translate(
                "SessionTable", "Click or press Space to add to favourites"
            )
        if column in (Column.KIND, Column.PRESENTERS):  # whole, where the column elides it
            return cell_text(record, column, display, user_zone) or None
        return None
    if role == Qt.ItemDataRole.FontRole and record.is_cancelled:
        font = QFont()
        font.setStrikeOut(column == Column.TITLE)
        font.setItalic(True)
        return font
    if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.FAVOURITE:
        return Qt.AlignmentFlag.AlignCenter
    if role == Qt.ItemDataRole.ForegroundRole and column == Column.FAVOURITE:
        return star_colour(QGuiApplication.palette()) if record.favourite else None
    if role == Qt.ItemDataRole.AccessibleTextRole:
        if column == Column.FAVOURITE:  # a screen reader said "white star"
            if record.favourite:
                return QCoreApplication.translate("SessionTable", "Favourite")
            return QCoreApplication.translate("SessionTable", "Not a favourite")
        # An empty cell is read as what it lacks, not as its column's title alone
        # (Orca read "Presenters." for a session without any).
        empty = EMPTY_CELLS.get(column)
        text = cell_text(record, column, display, user_zone) or (
            QCoreApplication.translate("SessionTable", empty)
            if empty is not None
            else QCoreApplication.translate("SessionTable", "No {0}").format(
                header_text(column).lower()
            )
        )
        if column == Column.TITLE and record.fallback_language("title"):
            # The badge in words: a screen reader says why the title is in English.
            said = content_language.fallback_explanation(record.fallback_language("title"))
            return f"{text} ({said})"
        return text
    return None


def title_with_badge(record: SessionRecord, title: str) -> str:
    """*title* with the mark of the language it is shown in, when not the user's: ``… [EN]``."""
    return content_language.marked(title, record.fallback_language("title"))


def header_data(section: int, orientation: Qt.Orientation, role: int) -> str | None:
    """Column titles shared by every session list."""
    if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
        return None
    if role == Qt.ItemDataRole.DisplayRole:
        return header_text(Column(section))
    if section == Column.FAVOURITE and role in (
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,  # what a screen reader says for the ★ column
    ):
        return QCoreApplication.translate("SessionTable", "Favourite")
    return None


class SessionTableModel(QAbstractTableModel):
    """Sessions as rows; ``SortRole`` gives native values, ``RecordRole`` the record."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[SessionRecord] = []
        #: "event", "mine" or "both" (the time display setting).
        self.time_display = "event"
        self.user_zone = local_zone_name()

    def set_time_display(self, display: str, user_zone: str | None = None) -> None:
        self.beginResetModel()
        self.time_display = display
        self.user_zone = user_zone or local_zone_name()
        self.endResetModel()

    # ---- data updates ------------------------------------------------------
    def set_records(self, records: Sequence[SessionRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> SessionRecord:
        return self._records[row]

    def row_of(self, session_id: int) -> int | None:
        return next((i for i, r in enumerate(self._records) if r.id == session_id), None)

    # ---- Qt model API ------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        return header_data(section, orientation, role)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        return session_cell(record, Column(index.column()), role, self.time_display, self.user_zone)
