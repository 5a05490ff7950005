"""My attendance (View › My attendance…): the sessions joined or marked, hours per series, exports.

Model/view: :class:`AttendanceModel` holds the store's records (one row each),
:class:`SeriesHoursModel` the hours per series and the total. Marks go through the
window's :class:`WriteQueue`; errors reach the window's banner through ``error``.
Local only, and the dialog says so.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefing_app.errors import BriefingError
from briefing_app.platform.fileutil import write_atomically
from briefing_app.ui import content_language
from briefing_app.ui.widgets.error_text import error_text
from briefing_app.ui.widgets.locale_text import day_text, number_text, when_text
from briefing_app.ui.widgets.locale_text import hours_minutes_text as hours_text
from briefing_app.usecases.attendance import (
    AttendanceSummary,
    attended,
    check_target,
    csv_text,
    export_kind,
    summarize,
)
from briefing_app.util.i18n import is_singular
from briefing_app.util.timeutil import in_zone
from briefing_app.util.trmark import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from briefing_app.store import AttendanceRecord, Store
    from briefing_app.ui.workers.write_queue import WriteQueue

logger = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex


class _ColumnsModel(QAbstractTableModel):
    """A table model whose header is its ``COLUMNS``."""

    COLUMNS: tuple[str, ...] = ()

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None


class AttendanceModel(_ColumnsModel):
    """One row per session joined or marked: date, title, series, duration, joins, status."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("AttendanceModel", "Date"),
        QT_TRANSLATE_NOOP("AttendanceModel", "Session"),
        QT_TRANSLATE_NOOP("AttendanceModel", "Series"),
        QT_TRANSLATE_NOOP("AttendanceModel", "Duration"),
        QT_TRANSLATE_NOOP("AttendanceModel", "Joined"),
        QT_TRANSLATE_NOOP("AttendanceModel", "Attended"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records: list[AttendanceRecord] = []

    def set_records(self, records: list[AttendanceRecord]) -> None:
        self.beginResetModel()
        self.records = records
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.records)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.records[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return record.session_id
        tag = record.fallback_language({1: "title", 2: "series"}.get(column, ""))
        if tag and role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = record.title if column == 1 else record.series  # the badge in words
            if role == Qt.ItemDataRole.ToolTipRole:
                return content_language.fallback_explanation(tag)
            return content_language.said(text, tag)
        if role == Qt.ItemDataRole.ToolTipRole and column == 4 and record.joins:
            return "\n".join(when_text(j, record.timezone) for j in record.joins)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return day_text(in_zone(record.start, record.timezone).date())
        if column == 1:
            removed = self.tr(" (removed from its feed)") if record.removed else ""
            return content_language.marked(record.title, tag) + removed
        if column == 2:
            return content_language.marked(record.series, tag)
        if column == 3:
            return hours_text(record.minutes)
        if column == 4:
            count = len(record.joins)
            if not count:
                return ""
            if is_singular(count):
                return self.tr("once")
            return self.tr("%n times", "", count)
        status = self.tr("Yes") if record.attended else self.tr("No")
        how = {
            "joined": self.tr("joined"),
            "marked attended": self.tr("marked"),
            "marked not attended": self.tr("marked"),
        }[record.how]
        return self.tr("{0} ({1})").format(status, how)


class SeriesHoursModel(_ColumnsModel):
    """Hours per series over the attended sessions, and a Total row last."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("SeriesHoursModel", "Series"),
        QT_TRANSLATE_NOOP("SeriesHoursModel", "Sessions"),
        QT_TRANSLATE_NOOP("SeriesHoursModel", "Hours"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = AttendanceSummary((), 0, 0)

    def set_summary(self, summary: AttendanceSummary) -> None:
        self.beginResetModel()
        self.summary = summary
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.summary.series) + 1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        total = index.row() == len(self.summary.series)
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if total:
            name, sessions, minutes = self.tr("Total"), self.summary.sessions, self.summary.minutes
        else:
            series = self.summary.series[index.row()]
            name = series.series or self.tr("(no series)")
            sessions, minutes = series.sessions, series.minutes
        return (name, number_text(sessions), hours_text(minutes))[index.column()]


class AttendanceDialog(QDialog):
    """Signals:
    error(str): something went wrong; the window shows it in its banner.
    session_activated(int): a row was double-clicked (show that session).
    """

    error = Signal(str)
    session_activated = Signal(int)

    def __init__(self, store: Store, writes: WriteQueue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.writes = writes
        self.setWindowTitle(self.tr("My attendance"))
        self.resize(860, 560)
        self.model = AttendanceModel(self)
        self.series_model = SeriesHoursModel(self)

        note = QLabel(
            "<b>"
            + self.tr("Kept on this computer only; never sent.")
            + "</b> "
            + self.tr(
                "Join records each time you join; mark a session to say you attended or not. "
                "Hours are each session's scheduled length."
            )
        )
        note.setWordWrap(True)
        note.setAccessibleDescription(self.tr("Where this record is kept"))
        self.note = note

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Sessions joined or marked"))
        self.table.setTabKeyNavigation(False)  # arrows move between cells; Tab leaves the table
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.empty = QLabel(
            self.tr(
                "Nothing here yet. Choose a session in the Sessions tab, then press Join, "
                "or mark it attended with its Attendance button; it is listed here after that."
            )
        )
        self.empty.setWordWrap(True)

        self.series_table = QTableView()
        self.series_table.setModel(self.series_model)
        self.series_table.setAccessibleName(self.tr("Hours per series"))
        self.series_table.setTabKeyNavigation(False)
        self.series_table.verticalHeader().hide()
        self.series_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        series_header = self.series_table.horizontalHeader()
        series_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        series_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.series_table.setMaximumHeight(150)
        series_label = QLabel(self.tr("&Hours per series (sessions attended)"))
        series_label.setBuddy(self.series_table)

        self.attended_button = QPushButton(self.tr("Mark &attended"))
        self.attended_button.clicked.connect(lambda: self.mark_selected("attended"))
        self.not_attended_button = QPushButton(self.tr("Mark &not attended"))
        self.not_attended_button.clicked.connect(lambda: self.mark_selected("not-attended"))
        self.clear_button = QPushButton(self.tr("C&lear mark"))
        self.clear_button.setToolTip(self.tr("Forget your mark; the joins decide again"))
        self.clear_button.clicked.connect(lambda: self.mark_selected("clear"))
        self.csv_button = QPushButton(self.tr("Export C&SV…"))
        self.csv_button.clicked.connect(lambda: self.choose_export("csv"))
        self.pdf_button = QPushButton(self.tr("Export &PDF…"))
        self.pdf_button.clicked.connect(lambda: self.choose_export("pdf"))
        marks = QHBoxLayout()
        for button in (self.attended_button, self.not_attended_button, self.clear_button):
            marks.addWidget(button)
        marks.addStretch(1)
        marks.addWidget(self.csv_button)
        marks.addWidget(self.pdf_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        # What an export wrote (the pack dialog's way): shown once a file is written.
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Export status"))
        self.status.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(marks)
        layout.addWidget(series_label)
        layout.addWidget(self.series_table)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.refresh()

    # ---- showing ------------------------------------------------------------
    def refresh(self) -> None:
        """Read the record again (after a mark, a join, or a write from elsewhere)."""
        selected = set(self.selected_ids())
        try:
            languages = content_language.preference()  # the user's, a fallback marked
            records = [r.in_language(languages) for r in self.store.attendance()]
        except BriefingError as exc:
            self.error.emit(self.tr("Could not read your attendance: {0}").format(error_text(exc)))
            return
        self.model.set_records(records)
        self.series_model.set_summary(summarize(records))
        self.empty.setVisible(not records)
        selection = self.table.selectionModel()
        for row, record in enumerate(records):
            if record.session_id in selected:
                selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
        self._update_buttons()

    def select_ids(self, session_ids: list[int]) -> None:
        """Select the rows of *session_ids* (the others are deselected)."""
        wanted = set(session_ids)
        selection = self.table.selectionModel()
        selection.clearSelection()
        for row, record in enumerate(self.model.records):
            if record.session_id in wanted:
                selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
        self._update_buttons()

    def place(self) -> list[int]:
        """What to take up in a new window's dialog (the language switch): the selection."""
        return self.selected_ids()

    def return_to(self, place: object) -> None:
        if isinstance(place, list):
            self.select_ids([i for i in place if isinstance(i, int)])

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.records[r].session_id for r in rows if r < len(self.model.records)]

    def _update_buttons(self) -> None:
        has = bool(self.selected_ids())
        for button in (self.attended_button, self.not_attended_button, self.clear_button):
            button.setEnabled(has)
        attended = any(r.attended for r in self.model.records)
        self.csv_button.setEnabled(attended)
        self.pdf_button.setEnabled(attended)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.session_activated.emit(self.model.records[index.row()].session_id)

    # ---- marking ------------------------------------------------------------
    def mark_selected(self, mark: str) -> None:
        for session_id in self.selected_ids():
            self.writes.submit(
                ("attendance", session_id),
                _marking(session_id, mark),
                lambda _result: self.refresh(),
                lambda exc: self.error.emit(
                    self.tr("Could not mark the session: {0}").format(error_text(exc))
                ),
            )

    # ---- exporting ----------------------------------------------------------
    def choose_export(self, kind: str) -> None:
        stem = self.tr("attendance")  # a file name: no spaces, no accents
        if kind == "csv":
            wanted, pattern = f"{stem}.csv", self.tr("CSV (*.csv)")
        else:
            wanted, pattern = f"{stem}.pdf", self.tr("PDF (*.pdf)")
        from briefing_app.ui.dialogs.export import remember_chosen, start_in

        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export my attendance"), start_in(wanted), pattern
        )
        if name:
            remember_chosen(name)
            path = Path(name)
            if not path.suffix:
                path = path.with_suffix("." + kind)
            self.export_to(path)

    def export_to(self, path: Path) -> bool:
        """Write the sessions attended to *path* (.csv or .pdf); errors go to ``error``."""
        records = self.model.records
        self.status.hide()
        try:
            kind = export_kind(path)
            check_target(path)
            if kind == "csv":
                write_atomically(path, csv_text(records).encode("utf-8"))
            else:
                from briefing_app.ui.attendance.report import write_pdf

                # its words in the window's language, its titles as the table shows them
                write_pdf(path, records, QCoreApplication.translate)
        except BriefingError as exc:
            self.error.emit(error_text(exc))
            return False
        except OSError as exc:
            self.error.emit(self.tr("Could not write {0}: {1}").format(path, exc.strerror or exc))
            return False
        logger.info("Exported attendance to %s", path)
        count = len(attended(records))
        self.status.setText(
            (
                self.tr("Wrote %n attended session to {0}.", "", count)
                if is_singular(count)
                else self.tr("Wrote %n attended sessions to {0}.", "", count)
            ).format(path)
        )
        self.status.show()
        return True


def _marking(session_id: int, mark: str) -> Callable[[Store], None]:
    """The write that marks *session_id* (one closure per session)."""

    def work(store: Store) -> None:
        store.mark_attendance(session_id, mark)

    return work
