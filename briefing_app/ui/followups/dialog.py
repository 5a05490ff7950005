"""Add or edit a follow-up: text, owner (a linked session's presenter or anyone), due, priority.

An edited follow-up shows its history (the versions edits and imports replaced, newest
first): choose one to read it, **Use this text** puts its words back in the form (Save
then keeps the current ones in the history in turn).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QLocale, QModelIndex, Qt, QTime
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
    QPushButton,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.store import FollowupRecord, FollowupVersion
from briefing_app.ui.widgets.locale_text import day_pattern, moment_short_text, time_pattern
from briefing_app.util.i18n import is_singular
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
        history: Sequence[FollowupVersion] = (),
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
        self.due_time.setDisplayFormat(time_pattern(QLocale()))
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
            form.addRow(self.tr("Sess&ions"), self.sessions_view)
        else:
            self.sessions_view.hide()
            form.addRow(QLabel(self.tr("Not linked to a session.")))
        self.history = list(history)
        self.history_toggle = QToolButton()
        self.history_box = QWidget()
        self.history_model = QStandardItemModel(self)
        self.history_view = QListView()
        self.history_text = QPlainTextEdit()
        self.history_facts = QLabel()
        self.use_version = QPushButton(self.tr("&Use this version"))
        if self.history:
            self._build_history()
            form.addRow(self.history_toggle)
            form.addRow(self.history_box)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        if record is not None:
            self._fill(record)
        self._update_due()
        self._update_save()
        self.resize(520, 380)

    # ---- history -----------------------------------------------------------------------
    def _build_history(self) -> None:
        """The versions edits and imports replaced: a list, the chosen one's text, Use."""
        count = len(self.history)
        self.history_toggle.setText(
            self.tr("&History (%n earlier version)", "", count)
            if is_singular(count)
            else self.tr("&History (%n earlier versions)", "", count)
        )
        self.history_toggle.setCheckable(True)
        self.history_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.history_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.history_toggle.setAutoRaise(True)
        self.history_toggle.setToolTip(self.tr("What edits and imports replaced: nothing is lost"))
        self.history_toggle.toggled.connect(self._show_history)
        for version in self.history:
            item = QStandardItem(self._version_label(version))
            item.setEditable(False)
            item.setToolTip(version.text)
            self.history_model.appendRow(item)
        self.history_view.setModel(self.history_model)
        self.history_view.setAccessibleName(self.tr("Earlier versions"))
        line = self.fontMetrics().lineSpacing()
        self.history_view.setFixedHeight(line * 4 + 8)  # four versions; more scroll
        self.history_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.history_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history_view.selectionModel().currentChanged.connect(self._version_chosen)
        self.history_text.setReadOnly(True)
        self.history_text.setAccessibleName(self.tr("The chosen version's text"))
        self.history_text.setFixedHeight(line * 3 + 14)
        self.history_text.setTabChangesFocus(True)
        self.history_facts.setWordWrap(True)
        self.history_facts.setAccessibleName(self.tr("The chosen version's owner and due date"))
        self.use_version.setAccessibleName(self.tr("Use the chosen version"))
        self.use_version.setToolTip(
            self.tr("Its text, owner and due date go back in the form; Save keeps the current ones")
        )
        self.use_version.setEnabled(False)
        self.use_version.clicked.connect(self.use_chosen_version)
        box = QVBoxLayout(self.history_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.history_view)
        box.addWidget(self.history_text)
        row = QHBoxLayout()
        row.addWidget(self.history_facts, 1)
        row.addWidget(self.use_version)
        box.addLayout(row)
        self.history_box.hide()

    def _version_label(self, version: FollowupVersion) -> str:
        when = moment_short_text(QDateTime.fromSecsSinceEpoch(int(version.replaced_at.timestamp())))
        first = " ".join(version.text.split("\n", 1)[0].split())
        if version.reason == "import":
            return self.tr("{when}, replaced by an import: {text}").format(when=when, text=first)
        return self.tr("{when}, replaced by an edit: {text}").format(when=when, text=first)

    def _show_history(self, shown: bool) -> None:
        self.history_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.history_box.setVisible(shown)
        if shown and not self.history_view.currentIndex().isValid():
            self.history_view.setCurrentIndex(self.history_model.index(0, 0))
        # The form keeps its room: the dialog grows by the history's height (and back),
        # never past the screen.
        self.history_box.adjustSize()
        form = self.layout()
        grow = self.history_box.sizeHint().height() + (form.spacing() if form else 6)
        height = self.height() + (grow if shown else -grow)
        screen = self.screen()
        if screen is not None:
            height = min(height, screen.availableGeometry().height() - 60)
        self.resize(self.width(), max(height, self.minimumSizeHint().height()))
        if shown:
            self.history_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _version_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        version = self.chosen_version()
        self.history_text.setPlainText("" if version is None else version.text)
        self.history_facts.setText("" if version is None else self._version_facts(version))
        self.use_version.setEnabled(version is not None)

    def _version_facts(self, version: FollowupVersion) -> str:
        """ "Owner: Ana · Due: 20/05/2020 · Done" (what the text alone does not say)."""
        locale = QLocale()
        parts = [self.tr("Owner: {name}").format(name=version.owner)] if version.owner else []
        if isinstance(version.due, datetime):
            local = in_zone(version.due, version.due_zone or self.zone_name)
            moment = QDateTime(
                QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)
            )
            shown = moment_short_text(moment, locale)
            parts.append(self.tr("Due: {when}").format(when=shown))
        elif version.due is not None:
            day = QDate(version.due.year, version.due.month, version.due.day)
            shown = locale.toString(day, QLocale.FormatType.ShortFormat)
            parts.append(self.tr("Due: {when}").format(when=shown))
        else:
            parts.append(self.tr("No due date"))
        parts.append(self.tr("Done") if version.status == "done" else self.tr("Open"))
        return " · ".join(parts)

    def chosen_version(self) -> FollowupVersion | None:
        row = self.history_view.currentIndex().row()
        return self.history[row] if 0 <= row < len(self.history) else None

    def use_chosen_version(self) -> None:
        """Put the chosen version's text, owner and due date back in the form; Save stores them."""
        version = self.chosen_version()
        if version is None:
            return
        self.text.setPlainText(version.text)
        self.owner.setCurrentText(version.owner)
        self._set_due(version.due, version.due_zone)
        self._update_due()
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill(self, record: FollowupRecord) -> None:
        self.text.setPlainText(record.text)
        self.owner.setCurrentText(record.owner)
        self._set_due(record.due, record.due_zone)
        self.priority.setCurrentIndex(self.priority.findData(record.priority))
        self.status.setCurrentIndex(self.status.findData(record.status))

    def _set_due(self, due: date | datetime | None, due_zone: str) -> None:
        self.has_due.setChecked(due is not None)
        self.has_time.setChecked(isinstance(due, datetime))
        if isinstance(due, datetime):
            shown = in_zone(due, due_zone or self.zone_name)
            self.zone_name = due_zone or self.zone_name
            self.due_date.setDate(QDate(shown.year, shown.month, shown.day))
            self.due_time.setTime(QTime(shown.hour, shown.minute))
        elif due is not None:
            self.due_date.setDate(QDate(due.year, due.month, due.day))

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
