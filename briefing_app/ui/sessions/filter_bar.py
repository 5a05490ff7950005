"""The filters over the session list: favourites, my questions, a date range,
feed/kind/track/format/status."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QSettings, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QPushButton

from briefing_app.ui import content_language
from briefing_app.ui.sessions.date_filter import DateRangeFilter
from briefing_app.ui.widgets.core_words import core_word
from briefing_app.ui.widgets.flow_layout import FlowLayout
from briefing_app.usecases.session_facts import FORMAT_LABELS
from briefing_app.util.multilingual import Picked
from briefing_app.util.session_kinds import kind_text
from briefing_app.util.trmark import QT_TRANSLATE_NOOP

#: Filter combo boxes over the session list: (key, label).
FILTERS = (
    ("feed", "Feed"),
    ("kind", "Kind"),
    ("track", "Track"),
    ("format", "Format"),
    ("status", "Status"),
    ("organization", "Organization"),
)
#: Each filter's accessible name and its "any" choice, whole phrases for the translators.
_FILTER_BY = {
    "feed": QT_TRANSLATE_NOOP("FilterBar", "Filter by feed"),
    "kind": QT_TRANSLATE_NOOP("FilterBar", "Filter by kind"),
    "track": QT_TRANSLATE_NOOP("FilterBar", "Filter by track"),
    "format": QT_TRANSLATE_NOOP("FilterBar", "Filter by format"),
    "status": QT_TRANSLATE_NOOP("FilterBar", "Filter by status"),
    "organization": QT_TRANSLATE_NOOP("FilterBar", "Filter by organization"),
}
_ANY = {
    "feed": QT_TRANSLATE_NOOP("FilterBar", "Any feed"),
    "kind": QT_TRANSLATE_NOOP("FilterBar", "Any kind"),
    "track": QT_TRANSLATE_NOOP("FilterBar", "Any track"),
    "format": QT_TRANSLATE_NOOP("FilterBar", "Any format"),
    "status": QT_TRANSLATE_NOOP("FilterBar", "Any status"),
    "organization": QT_TRANSLATE_NOOP("FilterBar", "Any organization"),
}


def _any_text(label: str) -> str:
    """ "Any track" for the filter labelled *label*."""
    key = next((k for k, name in FILTERS if name == label), "")
    return QCoreApplication.translate("FilterBar", _ANY.get(key, label))


class FilterBar(FlowLayout):
    """The filter widgets, wrapping onto a second line in a narrow window (or at 200% scaling).

    Signals:
        changed(): a filter changed (not while restoring or clearing them).
    """

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.favourites_only = QCheckBox(self.tr("★ only"))
        self.favourites_only.setAccessibleName(self.tr("Show only favourites"))
        self.favourites_only.toggled.connect(lambda _on: self.changed.emit())
        self.with_questions = QCheckBox(self.tr("With my questions"))
        self.with_questions.setAccessibleName(self.tr("Show only sessions with my questions"))
        self.with_questions.toggled.connect(lambda _on: self.changed.emit())
        self.dates = DateRangeFilter()
        self.dates.changed.connect(self.changed)
        self.filters: dict[str, QComboBox] = {}
        #: The filters whose values are not read yet (see :meth:`fill`).
        self.pending: set[str] = set()
        self.addWidget(self.favourites_only)
        self.addWidget(self.with_questions)
        self.addWidget(self.dates)
        for key, _label in FILTERS:
            combo = QComboBox()
            combo.setAccessibleName(QCoreApplication.translate("FilterBar", _FILTER_BY[key]))
            combo.setAccessibleDescription(
                combo.accessibleName()
            )  # Linux reads a combo's value as its name
            # Long track names stay readable in the menu without widening the bar.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            # ... but "Any …" itself shows whole ("Toutes les organisations" in French).
            any_text = QCoreApplication.translate("FilterBar", _ANY[key])
            combo.setMinimumContentsLength(max(11, len(any_text)))
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            self.filters[key] = combo
            self.addWidget(combo)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.addWidget(self.clear_button)

    def fill(
        self,
        values: Mapping[str, Sequence[str]],
        feeds: Mapping[str, str],
        organizations: Mapping[str, Picked] | None = None,
        tracks: Mapping[str, Picked] | None = None,
    ) -> None:
        """Offer *values* (and *feeds*: id to name, *organizations*: id to name as picked in
        the user's language, a fallback marked); the choice is kept when the store changes.

        A filter missing from *values* (not read yet: the window's start), and the
        organizations when *organizations* is None, offer "Any …" and the choice they
        have, and stay shown, until a later call gives their values. *tracks*: how a track
        reads in the user's language (it still filters by the feed's own text).
        """
        self.pending = {
            key
            for key, _label in FILTERS
            if key != "feed"
            and (organizations is None if key == "organization" else key not in values)
        }
        for key, label in FILTERS:
            combo = self.filters[key]
            chosen = combo.currentData()
            if key in self.pending:
                self._offer_choice(combo, label, chosen, key)
                continue
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(_any_text(label), None)
            if key == "feed":
                for item_id, name in feeds.items():
                    combo.addItem(name, item_id)
            elif key == "organization":
                for item_id, picked in (organizations or {}).items():
                    _add_picked(combo, picked, item_id)  # a name in another language marked
            elif key == "track" and tracks:
                shown = {value: tracks.get(value) or Picked(value) for value in values[key]}
                # In the order of what they read ("Approvisionnement" before "Priorités …").
                for value, picked in sorted(shown.items(), key=lambda v: v[1].text.casefold()):
                    _add_picked(combo, picked, value)
            else:
                for value in values[key]:
                    combo.addItem(_value_label(value, key), value)
            index = combo.findData(chosen)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
            # A filter with one choice filters nothing (unless it is the one chosen).
            combo.setVisible(combo.count() > 2 or combo.currentIndex() > 0)

    @staticmethod
    def _offer_choice(combo: QComboBox, label: str, chosen: object, key: str = "") -> None:
        """ "Any …" and *chosen* (if any) only, until the filter's values are read."""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(_any_text(label), None)
        if isinstance(chosen, str) and chosen:
            combo.addItem(_value_label(chosen, key), chosen)
            combo.setCurrentIndex(1)
        combo.blockSignals(False)
        combo.setVisible(True)

    def clear(self) -> None:
        """No filters, no date range (quietly: the caller refreshes)."""
        widgets = (self.favourites_only, self.with_questions, self.dates, *self.filters.values())
        for widget in widgets:
            widget.blockSignals(True)
        self.favourites_only.setChecked(False)
        self.with_questions.setChecked(False)
        for combo in self.filters.values():
            combo.setCurrentIndex(0)
        self.dates.clear()
        for widget in widgets:
            widget.blockSignals(False)

    def restore(self, settings: QSettings) -> None:
        """The filters saved last time, quietly (anything unreadable is ignored)."""
        blockers = [
            QSignalBlocker(w)
            for w in (
                self.favourites_only,
                self.with_questions,
                self.dates,
                *self.filters.values(),
            )
        ]
        self.favourites_only.setChecked(
            settings.value("filters/favourites_only", "false") == "true"
        )
        self.with_questions.setChecked(settings.value("filters/with_questions", "false") == "true")
        for key, combo in self.filters.items():
            saved = settings.value(f"filters/{key}")
            index = combo.findData(saved)
            if index > 0:
                combo.setCurrentIndex(index)
            elif key in self.pending and isinstance(saved, str) and saved:
                # Its values are not read yet (the window's start): the choice is kept,
                # and dropped when the values come without it.
                self._offer_choice(combo, dict(FILTERS)[key], saved, key)
        self.dates.restore(str(settings.value("filters/dates", "") or ""))
        del blockers

    def save(self, settings: QSettings) -> None:
        settings.setValue(
            "filters/favourites_only", "true" if self.favourites_only.isChecked() else "false"
        )
        settings.setValue(
            "filters/with_questions", "true" if self.with_questions.isChecked() else "false"
        )
        for key, combo in self.filters.items():
            settings.setValue(f"filters/{key}", combo.currentData())
        settings.setValue("filters/dates", self.dates.state())


def _add_picked(combo: QComboBox, picked: Picked, value: str) -> None:
    """Offer *value* as *picked* reads: a fallback marked, and said in words."""
    tag = content_language.fallback_of(picked)
    combo.addItem(content_language.marked(picked.text, tag), value)
    if tag:
        said = content_language.fallback_explanation(tag)
        combo.setItemData(combo.count() - 1, said, Qt.ItemDataRole.ToolTipRole)
        combo.setItemData(
            combo.count() - 1,
            content_language.said(picked.text, tag),
            Qt.ItemDataRole.AccessibleTextRole,
        )


def _value_label(value: str, key: str = "") -> str:
    """How a filter value reads in its menu ("hybrid" → "Hybrid", formats by their label,
    a common kind in the user's language: "panel" → "Table ronde"); the value filtered on
    stays the stored one."""
    label = FORMAT_LABELS.get(value)
    if label is not None:
        return core_word(label)
    if key == "kind":
        value = kind_text(value, QCoreApplication.translate)
    return value[:1].upper() + value[1:]
