"""Add or edit a follow-up: text, owner (a linked session's presenter or anyone), due, priority."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QTimeEdit,
    QWidget,
)

from briefing_app.store import FollowupRecord
from briefing_app.ui.widgets.locale_text import day_pattern
from briefing_app.util.timeutil import in_zone, local_zone_name, utc_now, zone


@dataclass(frozen=True, slots=True)
class FollowupValues:
    """What the dialog says, ready for the store."""

    text: str
    owner: str
    due: date | datetime | None
    due_zone: str
    priority: int | None
    status: str
    session_ids: tuple[int, ...]


class FollowupDialog(QDialog):
    """The form for one follow-up (a new one when *record* is None)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        record: FollowupRecord | None = None,
        sessions: Sequence[tuple[int, str]] = (),
        presenters: Sequence[str] = (),
        owners: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.zone_name = local_zone_name()
        self.setWindowTitle(self.tr("Edit follow-up") if record else self.tr("Add follow-up"))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("What is to be done"))
        self.text.setPlaceholderText(self.tr("What is to be done…"))
        self.text.setTabChangesFocus(True)
        self.owner = QComboBox()
        self.owner.setEditable(True)
        self.owner.setAccessibleName(self.tr("Owner"))
        self.owner.setToolTip(self.tr("Pick a presenter of the linked session, or type any name"))
        self.owner.addItem("")
        for name in dict.fromkeys([*presenters, *owners]):
            if name:
                self.owner.addItem(name)
        self.has_due = QCheckBox(self.tr("Due"))
        self.due_date = QDateEdit()
        self.due_date.setCalendarPopup(True)
        self.due_date.setDisplayFormat(day_pattern())
        self.due_date.setAccessibleName(self.tr("Due date"))
        self.has_time = QCheckBox(self.tr("at"))
        self.due_time = QTimeEdit()
        self.due_time.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.due_time.setAccessibleName(self.tr("Due time"))
        today = in_zone(utc_now(), self.zone_name).date()
        self.due_date.setDate(QDate(today.year, today.month, today.day).addDays(7))
        self.due_time.setTime(QTime(9, 0))
        self.has_due.toggled.connect(self._update_due)
        self.has_time.toggled.connect(self._update_due)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due_date)
        due_row.addWidget(self.has_time)
        due_row.addWidget(self.due_time)
        due_row.addStretch(1)
        self.priority = QComboBox()
        self.priority.setAccessibleName(self.tr("Priority"))
        self.priority.addItem(self.tr("None"), None)
        for number in range(1, 10):
            label = {1: self.tr("1 (high)"), 5: self.tr("5 (medium)"), 9: self.tr("9 (low)")}
            self.priority.addItem(label.get(number, str(number)), number)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("Open"), "open")
        self.status.addItem(self.tr("Done"), "done")
        #: The linked sessions: checked ones stay linked.
        self.sessions_model = QStandardItemModel(self)
        for session_id, title in sessions:
            item = QStandardItem(title)
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Checked)
            item.setEditable(False)
            item.setData(session_id, Qt.ItemDataRole.UserRole)
            self.sessions_model.appendRow(item)
        self.sessions_view = QListView()
        self.sessions_view.setModel(self.sessions_model)
        self.sessions_view.setAccessibleName(self.tr("Linked sessions"))
        self.sessions_view.setMaximumHeight(90)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._update_save)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()

        form = QFormLayout(self)
        form.addRow(self.tr("&Follow-up"), self.text)
        form.addRow(self.tr("&Owner"), self.owner)
        form.addRow(self.tr("When"), due_row)
        form.addRow(self.tr("&Priority"), self.priority)
        form.addRow(self.tr("&Status"), self.status)
        if sessions:
            form.addRow(self.tr("Sessions"), self.sessions_view)
        else:
            self.sessions_view.hide()
            form.addRow(QLabel(self.tr("Not linked to a session.")))
        form.addRow(self.problem)
        form.addRow(self.buttons)
        if record is not None:
            self._fill(record)
        self._update_due()
        self._update_save()
        self.resize(520, 380)

    def _fill(self, record: FollowupRecord) -> None:
        self.text.setPlainText(record.text)
        self.owner.setCurrentText(record.owner)
        if record.due is not None:
            self.has_due.setChecked(True)
            if isinstance(record.due, datetime):
                shown = in_zone(record.due, record.due_zone or self.zone_name)
                self.zone_name = record.due_zone or self.zone_name
                self.due_date.setDate(QDate(shown.year, shown.month, shown.day))
                self.has_time.setChecked(True)
                self.due_time.setTime(QTime(shown.hour, shown.minute))
            else:
                self.due_date.setDate(QDate(record.due.year, record.due.month, record.due.day))
        self.priority.setCurrentIndex(self.priority.findData(record.priority))
        self.status.setCurrentIndex(self.status.findData(record.status))

    def _update_due(self) -> None:
        due = self.has_due.isChecked()
        self.due_date.setEnabled(due)
        self.has_time.setEnabled(due)
        self.due_time.setEnabled(due and self.has_time.isChecked())

    def _update_save(self) -> None:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        button.setEnabled(bool(self.text.toPlainText().strip()))

    def values(self) -> FollowupValues:
        due: date | datetime | None = None
        due_zone = ""
        if self.has_due.isChecked():
            day = self.due_date.date().toPython()
            assert isinstance(day, date)
            if self.has_time.isChecked():
                clock = self.due_time.time().toPython()
                assert isinstance(clock, time)
                local = datetime.combine(day, clock, tzinfo=zone(self.zone_name))
                due, due_zone = local.astimezone(zone("UTC")), self.zone_name
            else:
                due = day
        linked = tuple(
            int(self.sessions_model.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.sessions_model.rowCount())
            if self.sessions_model.item(row).checkState() == Qt.CheckState.Checked
        )
        return FollowupValues(
            text=self.text.toPlainText(),
            owner=self.owner.currentText(),
            due=due,
            due_zone=due_zone,
            priority=self.priority.currentData(),
            status=str(self.status.currentData()),
            session_ids=linked,
        )
