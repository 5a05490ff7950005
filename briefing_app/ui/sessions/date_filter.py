"""A date-range filter for session lists: presets (today, next 7 days ...) or two dates.

Days are the user's days: "today" starts at midnight in the zone the list
shows times in, so a session at 23:30 Toronto time is "today" for a user in
Toronto and "tomorrow" for one in Berlin.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from briefing_app.ui.widgets.locale_text import day_pattern
from briefing_app.util.timeutil import zone
from briefing_app.util.trmark import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the date boxes are made when "Dates…" is first chosen
    from PySide6.QtWidgets import QDateEdit

#: (key, label); "custom" shows the two date boxes.
PRESETS: tuple[tuple[str, str], ...] = (
    ("any", QT_TRANSLATE_NOOP("DateRangeFilter", "Any date")),
    ("today", QT_TRANSLATE_NOOP("DateRangeFilter", "Today")),
    ("tomorrow", QT_TRANSLATE_NOOP("DateRangeFilter", "Tomorrow")),
    ("week", QT_TRANSLATE_NOOP("DateRangeFilter", "This week")),
    ("next7", QT_TRANSLATE_NOOP("DateRangeFilter", "Next 7 days")),
    ("next30", QT_TRANSLATE_NOOP("DateRangeFilter", "Next 30 days")),
    ("custom", QT_TRANSLATE_NOOP("DateRangeFilter", "Dates…")),
)


def preset_days(key: str, today: date) -> tuple[date, date] | None:
    """First and last day (inclusive) a preset covers, or ``None`` for any date."""
    match key:
        case "today":
            return today, today
        case "tomorrow":
            return today + timedelta(days=1), today + timedelta(days=1)
        case "week":
            return today, today + timedelta(days=6 - today.weekday())
        case "next7":
            return today, today + timedelta(days=6)
        case "next30":
            return today, today + timedelta(days=29)
    return None


def day_span(first: date, last: date, zone_name: str) -> tuple[datetime, datetime]:
    """From midnight starting *first* to midnight ending *last*, in *zone_name*."""
    tz = zone(zone_name)
    return (
        datetime.combine(first, time(0), tzinfo=tz),
        datetime.combine(last + timedelta(days=1), time(0), tzinfo=tz),
    )


class DateRangeFilter(QWidget):
    """Signals:
    changed(): the range changed (a preset or a date).
    """

    changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, today: Callable[[str], date] | None = None
    ) -> None:
        super().__init__(parent)
        self._today = today or (lambda zone_name: datetime.now(zone(zone_name)).date())
        self.preset = QComboBox()
        self.preset.setAccessibleName(self.tr("Filter by date"))
        self.preset.setAccessibleDescription(
            self.preset.accessibleName()
        )  # Linux reads a combo's value as its name
        self.preset.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for key, label in PRESETS:
            self.preset.addItem(QCoreApplication.translate("DateRangeFilter", label), key)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.preset)
        self._date_boxes: tuple[QDateEdit, QLabel, QDateEdit] | None = None
        self.preset.currentIndexChanged.connect(self._preset_changed)

    @property
    def first(self) -> QDateEdit:
        return self._dates()[0]

    @property
    def to_label(self) -> QLabel:
        return self._dates()[1]

    @property
    def last(self) -> QDateEdit:
        return self._dates()[2]

    def _dates(self) -> tuple[QDateEdit, QLabel, QDateEdit]:
        """The two date boxes, made (hidden) when first wanted."""
        if self._date_boxes is None:
            from PySide6.QtWidgets import QDateEdit

            first, last = QDateEdit(), QDateEdit()
            for edit, name in ((first, self.tr("From date")), (last, self.tr("To date"))):
                edit.setCalendarPopup(True)
                edit.setDisplayFormat(day_pattern())
                edit.setAccessibleName(name)
                edit.setDate(QDate.currentDate())
                edit.hide()
                edit.dateChanged.connect(self._dates_edited)
            to_label = QLabel("to")
            to_label.hide()
            self._date_boxes = (first, to_label, last)
            for widget in self._date_boxes:
                self._layout.addWidget(widget)
        return self._date_boxes

    def key(self) -> str:
        return str(self.preset.currentData())

    def is_set(self) -> bool:
        return self.key() != "any"

    def days(self, zone_name: str) -> tuple[date, date] | None:
        key = self.key()
        if key == "custom":
            first, last = self.first.date().toPython(), self.last.date().toPython()
            assert isinstance(first, date) and isinstance(last, date)
            return (first, last) if first <= last else (last, first)
        return preset_days(key, self._today(zone_name))

    def span(self, zone_name: str) -> tuple[datetime | None, datetime | None]:
        """The instants the range covers in *zone_name*, or ``(None, None)`` for any date."""
        days = self.days(zone_name)
        if days is None:
            return None, None
        return day_span(days[0], days[1], zone_name)

    def set_custom(self, first: date, last: date) -> None:
        was_blocked = self.blockSignals(True)
        self.preset.blockSignals(True)
        self.first.setDate(QDate(first.year, first.month, first.day))
        self.last.setDate(QDate(last.year, last.month, last.day))
        self.preset.setCurrentIndex(self.preset.findData("custom"))
        self.preset.blockSignals(False)
        self.blockSignals(was_blocked)
        self._show_dates(True)
        self.changed.emit()

    def clear(self) -> None:
        self.preset.setCurrentIndex(0)

    # ---- remembered as text in QSettings --------------------------------------
    def state(self) -> str:
        if self.key() == "custom":
            return (
                f"custom:{self.first.date().toString('yyyy-MM-dd')}:"
                + self.last.date().toString("yyyy-MM-dd")
            )
        return self.key()

    def restore(self, text: str) -> None:
        """Apply what :meth:`state` gave; anything unreadable means any date."""
        key, _sep, rest = text.partition(":")
        if key == "custom":
            try:
                first_text, last_text = rest.split(":")
                first, last = date.fromisoformat(first_text), date.fromisoformat(last_text)
            except ValueError:
                return
            self.set_custom(first, last)
            return
        index = self.preset.findData(key)
        if index >= 0:
            self.preset.setCurrentIndex(index)

    # ---- slots --------------------------------------------------------------
    def _show_dates(self, shown: bool) -> None:
        if shown or self._date_boxes is not None:
            for widget in self._dates():
                widget.setVisible(shown)

    def _preset_changed(self, _index: int) -> None:
        self._show_dates(self.key() == "custom")
        self.changed.emit()

    def _dates_edited(self, _date: QDate) -> None:
        if self.key() == "custom" and not self.signalsBlocked():
            self.changed.emit()
