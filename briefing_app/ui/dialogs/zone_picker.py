"""Ask for a time zone: a filter line over every IANA zone, the user's own first.

Used where a feed gives local times but names no zone and none could be
inferred from its place (adding a feed, opening a file), and to change the
zone of a feed from Settings.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from datetime import datetime
from importlib.resources import files
from pathlib import Path
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.errors import MissingTimezoneError
from briefing_app.ui.widgets.error_text import error_text
from briefing_app.ui.widgets.locale_text import zone_text
from briefing_app.util.timeutil import is_valid_zone, local_zone_name, utc_now, zone

_Index = QModelIndex | QPersistentModelIndex
ZONE_ROLE = Qt.ItemDataRole.UserRole
#: The zone's name as the filter compares it (lower case, "_" and "/" as spaces).
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


@functools.cache
def zone_names() -> tuple[str, ...]:
    """Every IANA zone a person would pick, sorted, and UTC.

    The zones of tzdata's ``zone.tab`` (one or more per country, by their
    current names: Europe/Kyiv, not Europe/Kiev or Canada/Eastern); without
    it, every Area/City zone the system knows.
    """
    try:
        table = files("tzdata").joinpath("zoneinfo").joinpath("zone.tab").read_text("utf-8")
        listed = {line.split("\t")[2] for line in table.splitlines() if line and line[0] != "#"}
    except (ImportError, OSError, IndexError):
        listed = {
            name
            for name in available_timezones()
            if "/" in name and not name.startswith(("Etc/", "SystemV/", "US/", "posix", "right"))
        }
    return (*sorted(name for name in listed if is_valid_zone(name)), "UTC")


def _offset_text(name: str, now: datetime) -> str:
    offset = now.astimezone(zone(name)).utcoffset()
    minutes = int(offset.total_seconds()) // 60 if offset is not None else 0
    sign = "+" if minutes >= 0 else "−"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _fold(text: str) -> str:
    return text.replace("_", " ").replace("/", " ").casefold()


class ZoneListModel(QAbstractListModel):
    """Zones, one row each: "Europe/Brussels  (UTC+01:00)"; ZONE_ROLE gives the name."""

    def __init__(
        self,
        first: str | None = None,
        parent: QObject | None = None,
        *,
        also: str | None = None,
        suggested: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        names = list(zone_names())
        if also and is_valid_zone(also) and also not in names:
            names.insert(0, also)  # e.g. a feed's zone that zone.tab names otherwise
        # The user's zone first, then what the feed's place could mean, then the rest.
        leading = [first] if first else []
        leading += [z for z in suggested if z not in leading]
        for name in reversed(leading):
            if is_valid_zone(name):
                if name in names:
                    names.remove(name)
                names.insert(0, name)
        now = utc_now()
        self.zones = names
        # French: "Bruxelles (heure de l’Europe centrale) · Europe/Brussels  (UTC+01:00)",
        # found by either name; English: the IANA name alone, as always.
        shown = [zone_text(name) for name in names]
        self.labels = [
            f"{label} · {name}  ({_offset_text(name, now)})"
            if label != name
            else f"{name}  ({_offset_text(name, now)})"
            for name, label in zip(names, shown, strict=True)
        ]
        self.keys = [
            _fold(name) if label == name else f"{_fold(name)} {_fold(label)}"
            for name, label in zip(names, shown, strict=True)
        ]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.zones)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.zones):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.labels[index.row()]
        if role == ZONE_ROLE:
            return self.zones[index.row()]
        if role == KEY_ROLE:
            return self.keys[index.row()]
        return None


class ZoneFilter(QSortFilterProxyModel):
    """Rows whose zone contains every word typed ("new york", "brussels", "america/"),
    ignoring case; "_" and "/" count as spaces."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setFilterRole(KEY_ROLE)

    def set_text(self, text: str) -> None:
        # Every word, in any order: one lookahead each.
        pattern = "".join(f"(?=.*{re.escape(word)})" for word in _fold(text).split())
        self.setFilterRegularExpression(QRegularExpression(f"^{pattern}" if pattern else ""))


class ZonePickerDialog(QDialog):
    """Choose an IANA zone; the user's own zone is listed first and preselected.

    Type to filter; Up and Down move through the list from the filter line;
    Enter (or a double click) takes the selected zone.

    Signals:
        zone_chosen(str): OK was pressed with this zone selected.
    """

    zone_chosen = Signal(str)

    def __init__(
        self,
        message: str,
        parent: QWidget | None = None,
        *,
        detail: str = "",
        current: str | None = None,
        user_zone: str | None = None,
        suggested: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose the time zone"))
        self.user_zone = user_zone or local_zone_name()
        self.model = ZoneListModel(self.user_zone, self, also=current, suggested=suggested)
        self.proxy = ZoneFilter(self)
        self.proxy.setSourceModel(self.model)
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.detail = QLabel(detail)
        self.detail.setWordWrap(True)
        self.detail.setVisible(bool(detail))
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter, e.g. Brussels or New York"))
        self.filter.setAccessibleName(self.tr("Filter time zones"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setAccessibleName(self.tr("Time zones"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Use this time zone"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.filter.textChanged.connect(self._filter_changed)
        self.filter.installEventFilter(self)
        self.list.doubleClicked.connect(lambda _index: self.accept())
        self.list.selectionModel().currentChanged.connect(lambda *_: self._update_ok())
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.detail)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.horizontalAdvance("x") * 64, metrics.height() * 26)
        self.select_zone(current if current and is_valid_zone(current) else self.user_zone)
        self.filter.setFocus()

    # ---- selection ----------------------------------------------------------
    def chosen_zone(self) -> str | None:
        index = self.list.currentIndex()
        if not index.isValid() or not self.list.selectionModel().isSelected(index):
            return None
        value = index.data(ZONE_ROLE)
        return str(value) if value else None

    def select_zone(self, name: str) -> bool:
        """Select *name* if the filter shows it; True when it did."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ZONE_ROLE) == name:
                self._select(index)
                return True
        return False

    def visible_zones(self) -> list[str]:
        return [str(self.proxy.index(r, 0).data(ZONE_ROLE)) for r in range(self.proxy.rowCount())]

    def _select(self, index: QModelIndex) -> None:
        self.list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.list.scrollTo(index)
        self._update_ok()

    def _filter_changed(self, text: str) -> None:
        kept = self.chosen_zone()
        self.proxy.set_text(text)
        if not (kept and self.select_zone(kept)) and self.proxy.rowCount():
            self._select(self.proxy.index(0, 0))
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.chosen_zone() is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Up, Down, Page Up and Page Down in the filter line move through the list."""
        if watched is self.filter and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (
                Qt.Key.Key_Up,
                Qt.Key.Key_Down,
                Qt.Key.Key_PageUp,
                Qt.Key.Key_PageDown,
            ):
                QApplication.sendEvent(self.list, event)
                if self.list.currentIndex().isValid():
                    self._select(self.list.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        zone_name = self.chosen_zone()
        if zone_name is None:
            return
        super().accept()
        self.zone_chosen.emit(zone_name)


def ask_zone_for_file(
    parent: QWidget, path: Path, error: MissingTimezoneError, retry: Callable[[str], object]
) -> ZonePickerDialog:
    """Ask for the zone of a feed file that names none; *retry* imports it with the answer."""
    message = QCoreApplication.translate(
        "ZonePickerDialog",
        "{name} gives its times as local times but does not say in which time zone, "
        "and its place does not tell. Choose the event's time zone:",
    ).format(name=path.name)
    picker = ZonePickerDialog(
        message, parent, detail=error_text(error.why), suggested=error.candidates
    )
    picker.zone_chosen.connect(retry)
    if isinstance(parent, QMainWindow):
        status = parent.statusBar()
        status.showMessage(
            QCoreApplication.translate(
                "ZonePickerDialog", "Which time zone are the times of {name} in?"
            ).format(name=path.name)
        )
        picker.rejected.connect(
            lambda: status.showMessage(
                QCoreApplication.translate(
                    "ZonePickerDialog", "Not imported: {name} needs a time zone."
                ).format(name=path.name),
                10_000,
            )
        )
    picker.open()
    return picker
