"""The Follow-ups tab's model: groups (overdue, this week, later, no due date, done) as a tree.

Top-level rows are the groups that hold something ("Overdue (2)"); their children
are the follow-ups, in the store's order (by due date). The filters (text, owner,
status, session) are applied here, so the view only shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from briefing_app.store import FollowupRecord
from briefing_app.ui import content_language
from briefing_app.ui.widgets.locale_text import note_day_text, time_text, zone_place_text
from briefing_app.usecases.followups import GROUPS, Group, group_of, matches
from briefing_app.util.timeutil import local_zone_name, utc_now, zone


def due_text(record: FollowupRecord, zone_name: str) -> str:
    """The due date as the list shows it, through QLocale ("Wed 9 Dec 2026 12:00",
    "mer. 9 déc. 2026 12 h 00"); a due time in another zone names it. "" for none."""
    if record.due is None:
        return ""
    if isinstance(record.due, datetime):
        shown = record.due_zone or zone_name
        local = record.due.astimezone(zone(shown))
        label = f"{note_day_text(local.date())} {time_text(local)}"
        return label if shown == zone_name else f"{label} ({zone_place_text(shown)})"
    return note_day_text(record.due)


_Index = QModelIndex | QPersistentModelIndex

#: The follow-up of a row (None for a group's row).
RecordRole = Qt.ItemDataRole.UserRole + 1
#: The group of a row ("overdue", "week", ...).
GroupRole = Qt.ItemDataRole.UserRole + 2


class Column(IntEnum):
    TEXT = 0
    DUE = 1
    OWNER = 2
    PRIORITY = 3
    SESSIONS = 4


_NO_PARENT = 0xFFFFFFFF


class FollowupModel(QAbstractItemModel):
    """Follow-ups grouped by when they fall due, filtered."""

    def __init__(
        self, parent: QObject | None = None, clock: Callable[[], datetime] | None = None
    ) -> None:
        super().__init__(parent)
        self.clock = clock or utc_now
        self.zone_name = local_zone_name()
        self._all: list[FollowupRecord] = []
        self._groups: list[tuple[Group, list[FollowupRecord]]] = []
        self.filters: dict[str, Any] = {"text": "", "owner": "", "status": "", "session_id": None}

    # ---- filling ----------------------------------------------------------------------
    def set_records(self, records: Sequence[FollowupRecord]) -> None:
        self._all = list(records)
        self.regroup()

    def set_filters(self, **filters: Any) -> None:
        self.filters.update(filters)
        self.regroup()

    def regroup(self) -> None:
        """Group again (the clock moved, a filter changed)."""
        now = self.clock()
        grouped: dict[Group, list[FollowupRecord]] = {}
        for record in self._all:
            if matches(record, **self.filters):
                grouped.setdefault(group_of(record, now, self.zone_name), []).append(record)
        self.beginResetModel()
        self._groups = [(g, grouped[g]) for g in GROUPS if g in grouped]
        self.endResetModel()

    def records(self) -> list[FollowupRecord]:
        return list(self._all)

    def shown(self) -> list[FollowupRecord]:
        return [r for _, rows in self._groups for r in rows]

    def group_titles(self) -> list[str]:
        return [self.group_title(g, len(rows)) for g, rows in self._groups]

    def group_title(self, group: Group, count: int) -> str:
        titles = {
            "overdue": self.tr("Overdue (%n)", "", count),
            "week": self.tr("Due this week (%n)", "", count),
            "later": self.tr("Later (%n)", "", count),
            "none": self.tr("No due date (%n)", "", count),
            "done": self.tr("Done (%n)", "", count),
        }
        return titles[group]

    def index_of(self, followup_id: int) -> QModelIndex:
        for g, (_, rows) in enumerate(self._groups):
            for n, record in enumerate(rows):
                if record.id == followup_id:
                    return self.index(n, 0, self.index(g, 0))
        return QModelIndex()

    # ---- the model ---------------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _NO_PARENT)
        return self.createIndex(row, column, parent.row())

    def parent(  # type: ignore[override]  # Qt's parent() is also QObject.parent()
        self,
        index: _Index = QModelIndex(),  # noqa: B008
    ) -> QModelIndex:
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(int(index.internalId()), 0, _NO_PARENT)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _NO_PARENT and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return len(Column)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Follow-up"),
            self.tr("Due"),
            self.tr("Owner"),
            self.tr("Priority"),
            self.tr("Sessions"),
        ][section]

    def record(self, index: _Index) -> FollowupRecord | None:
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return None
        return self._groups[int(index.internalId())][1][index.row()]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _NO_PARENT:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _NO_PARENT:
            return self._group_data(index, role)
        group = self._groups[int(index.internalId())][0]
        record = self._groups[int(index.internalId())][1][index.row()]
        column = index.column()
        if role == RecordRole:
            return record
        if role == GroupRole:
            return group
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record, group, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.TEXT:
                return record.text
            if column == Column.DUE:  # whole, where the column is narrower than it
                return self._text(record, group, column) or None
            if column == Column.SESSIONS:  # a title in another language said in words
                return "\n".join(
                    content_language.said(s.title, s.title_fallback) for s in record.sessions
                )
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == Column.TEXT:
            return _icon(group)
        if role == Qt.ItemDataRole.FontRole and record.done:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible(record, group, column)
        return None

    def _group_data(self, index: _Index, role: int) -> Any:
        group, rows = self._groups[index.row()]
        if index.column() != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.group_title(group, len(rows))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole:
            return _icon(group)
        if role == GroupRole:
            return group
        return None

    def _text(self, record: FollowupRecord, group: Group, column: int) -> str:
        if column == Column.TEXT:
            first = record.text.split("\n", 1)[0]
            return first + (" …" if "\n" in record.text else "")
        if column == Column.DUE:
            label = due_text(record, self.zone_name)
            if group == "overdue":
                return self.tr("Overdue: %1").replace("%1", label)
            if record.done and record.completed_at is not None:
                done_day = record.completed_at.astimezone(zone(self.zone_name)).date()
                return self.tr("Done %1").replace("%1", note_day_text(done_day))
            return label
        if column == Column.OWNER:
            return record.owner
        if column == Column.PRIORITY:
            return _priority_text(self, record.priority)
        titles = [
            content_language.marked(s.title, s.title_fallback)
            + (self.tr(" (removed)") if s.removed else "")
            for s in record.sessions
        ]
        return "; ".join(titles)

    def _accessible(self, record: FollowupRecord, group: Group, column: int) -> str:
        text = self._text(record, group, column)
        if column == Column.TEXT:
            state = {
                "overdue": self.tr("overdue"),
                "done": self.tr("done"),
            }.get(group, self.tr("open"))
            return f"{text}, {state}"
        return text


def _priority_text(model: QObject, priority: int | None) -> str:
    if priority is None:
        return ""
    if priority <= 4:
        return QCoreApplication.translate("FollowupModel", "%1 (high)").replace("%1", str(priority))
    if priority == 5:
        return QCoreApplication.translate("FollowupModel", "5 (medium)")
    return QCoreApplication.translate("FollowupModel", "%1 (low)").replace("%1", str(priority))


def _icon(group: Group) -> QIcon | None:
    style = QApplication.style()
    pixmaps = {
        "overdue": QStyle.StandardPixmap.SP_MessageBoxWarning,
        "done": QStyle.StandardPixmap.SP_DialogApplyButton,
    }
    which = pixmaps.get(group)
    return None if which is None else style.standardIcon(which)
