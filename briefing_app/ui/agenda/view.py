"""My agenda: favourites in time order, clashes flagged, one-click .ics export."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefing_app.calendar.live import live_agenda_path
from briefing_app.platform.fileutil import write_atomically
from briefing_app.store import SessionRecord, Store
from briefing_app.ui import content_language
from briefing_app.ui.sessions.session_model import Column, RecordRole, SessionTableModel
from briefing_app.usecases.agenda import find_overlaps
from briefing_app.usecases.settings import reminder_minutes
from briefing_app.util.i18n import is_singular

logger = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex


#: The widest the Kind column grows (px); longer kinds are elided, whole in the tooltip.
MAX_KIND_WIDTH = 160
#: The widest the status column grows (px): a clash names the other sessions, and at its
#: full width it squeezed the titles to a few letters (the session-9 review).
MAX_STATUS_WIDTH = 280


class AgendaModel(SessionTableModel):
    """Favourites; the status column names the sessions each one clashes with."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clashes: dict[int, list[SessionRecord]] = {}

    def set_records(self, records: Sequence[SessionRecord]) -> None:
        self.clashes = find_overlaps(records)
        super().set_records(records)

    def clash_text(self, record: SessionRecord) -> str:
        others = self.clashes.get(record.id, [])
        if not others:
            return ""
        names = ", ".join(o.title for o in others)
        return self.tr("⚠ Overlaps {0}").format(names)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == Column.STATUS:
            record = self.record(index.row())
            clash = self.clash_text(record)
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and clash:
                status = super().data(index, Qt.ItemDataRole.DisplayRole)
                return f"{status} {clash}".strip()
            if role == Qt.ItemDataRole.ForegroundRole and clash:
                return QBrush(self._warning_colour())
        return super().data(index, role)

    @staticmethod
    def _warning_colour() -> QColor:
        from PySide6.QtWidgets import QApplication

        palette = QApplication.palette()
        return palette.color(QPalette.ColorRole.Link)


class AgendaView(QWidget):
    """Signals:
    session_activated(int): the user opened a session (double click or Enter).
    """

    session_activated = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.model = AgendaModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("My agenda"))
        self.table.setTabKeyNavigation(False)  # arrows move between cells; Tab leaves the table
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        # Kinds can be long ("YOC - Alles, was in einem Forum…"): elided, they leave
        # room for the presenters and the clash warning.
        for column in (Column.KIND, Column.PRESENTERS, Column.STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnHidden(Column.TRACK, True)
        self.table.activated.connect(self._activated)

        self.summary = QLabel()
        self.summary.setAccessibleDescription(self.tr("Agenda summary"))
        self.export_button = QPushButton(self.tr("Export to calendar (.ics)…"))
        self.export_button.setAccessibleName(self.tr("Export my agenda to a calendar file"))
        self.export_button.clicked.connect(self._choose_export_file)
        self.live_label = QLabel()
        self.live_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.live_label.setWordWrap(True)
        self.live_label.setAccessibleDescription(self.tr("Live agenda file"))

        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.live_label)
        self.refresh()

    def refresh(self) -> None:
        # The tracks and rooms the user hid stay hidden here too (favourites are few).
        hidden = self.store.hidden_names()
        languages = content_language.preference()  # feed texts in the user's language
        favourites = self.store.sessions(favourites_only=True)
        records = [
            r.in_language(languages) for r in favourites if not hidden.hides(r.track, r.location)
        ]
        left_out = len(favourites) - len(records)
        self.model.set_records(records)
        self._fit_columns()
        clashing = sum(1 for r in records if self.model.clashes.get(r.id))
        if not records and not left_out:
            self.summary.setText(
                self.tr(
                    "Your agenda is empty. Mark sessions with ☆ in the session list"
                    " (or press Space)."
                )
            )
        else:
            count = len(records)
            text = (
                self.tr("%n session", "", count)
                if is_singular(count)
                else self.tr("%n sessions", "", count)
            )
            if clashing:
                text = (
                    self.tr("{0} · ⚠ %n overlaps with another", "", clashing)
                    if is_singular(clashing)
                    else self.tr("{0} · ⚠ %n overlap with another", "", clashing)
                ).format(text)
            if left_out:
                # Hidden from view, never from the calendar: an export keeps every favourite.
                text += " · " + (
                    self.tr(
                        "%n more in tracks or rooms you hid (exported all the same)", "", left_out
                    )
                )
            self.summary.setText(text)
        self.export_button.setEnabled(bool(favourites))
        self.live_label.setText(
            self.tr(
                "Calendar apps can subscribe to the live agenda file, kept current after every "
                "sync and change: {0}"
            ).format(live_agenda_path(self.store))
        )

    def _fit_columns(self) -> None:
        """Kind, presenters and status as wide as their text, up to a limit (the rest is
        elided, whole in the tooltip)."""
        for column, widest in (
            (Column.KIND, MAX_KIND_WIDTH),
            (Column.PRESENTERS, 260),
            (Column.STATUS, MAX_STATUS_WIDTH),
        ):
            self.table.resizeColumnToContents(column)
            if self.table.columnWidth(column) > widest:
                self.table.setColumnWidth(column, widest)

    def export_to(self, path: Path) -> int:
        """Write the agenda as an .ics; return the number of events."""
        sessions = self.store.export_sessions(
            favourites_only=True, languages=content_language.preference()
        )
        from briefing_app.calendar.export import calendar_bytes  # icalendar: on export only

        data = calendar_bytes(
            sessions,
            name=self.tr("Briefing Companion: my agenda"),
            alarm_minutes=reminder_minutes(self.store),
        )
        write_atomically(path, data)
        return len(sessions)

    def _choose_export_file(self) -> None:
        from briefing_app.ui.dialogs.export import remember_chosen, start_in

        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export my agenda"),
            start_in("my-agenda.ics"),
            self.tr("Calendar files (*.ics)"),
        )
        if name:
            remember_chosen(name)
            try:
                count = self.export_to(Path(name))
            except OSError as exc:
                self.summary.setText(
                    self.tr("Could not write {0}: {1}").format(name, exc.strerror or exc)
                )
                return
            self.summary.setText(
                (
                    self.tr("Exported %n event to {0}", "", count)
                    if is_singular(count)
                    else self.tr("Exported %n events to {0}", "", count)
                ).format(name)
            )

    def _activated(self, index: QModelIndex) -> None:
        record = index.data(RecordRole)
        if isinstance(record, SessionRecord):
            self.session_activated.emit(record.id)
