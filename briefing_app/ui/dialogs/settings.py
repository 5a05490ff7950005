"""Settings: feeds, sync interval, download time limit, reminder lead time, time display, theme."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from briefing_app.errors import BriefingError
from briefing_app.store import FeedRecord, Store
from briefing_app.ui import content_language
from briefing_app.ui.dialogs.zone_picker import ZonePickerDialog
from briefing_app.ui.sessions.first_run import AddFeedDialog, sample_label
from briefing_app.ui.sessions.hidden import HiddenPicker
from briefing_app.ui.widgets.error_text import error_text
from briefing_app.ui.widgets.locale_text import stamp_text
from briefing_app.ui.widgets.locale_text import zone_text as zone_label_text
from briefing_app.ui.workers.tasks import TaskRunner
from briefing_app.ui.workers.write_queue import WriteQueue
from briefing_app.usecases import settings
from briefing_app.util.i18n import is_singular
from briefing_app.util.timeutil import local_zone_name
from briefing_app.util.trmark import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

#: How the settings dialog names each of settings.TIME_DISPLAYS.
TIME_DISPLAY_LABELS = {
    "event": QT_TRANSLATE_NOOP("SettingsDialog", "The event's time zone"),
    "mine": QT_TRANSLATE_NOOP("SettingsDialog", "My time zone"),
    "both": QT_TRANSLATE_NOOP("SettingsDialog", "Both"),
}
#: How the settings dialog names each of settings.THEMES.
THEME_LABELS = {
    "system": QT_TRANSLATE_NOOP("SettingsDialog", "System"),
    "light": QT_TRANSLATE_NOOP("SettingsDialog", "Light"),
    "dark": QT_TRANSLATE_NOOP("SettingsDialog", "Dark"),
}

_Index = QModelIndex | QPersistentModelIndex


#: How the settings dialog names each language: in itself, never translated.
LANGUAGE_NAMES = {"en": "English", "fr": "Français"}


class FeedListModel(QAbstractListModel):
    """The subscriptions, one row each: name, address, last successful sync, time zone."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.feeds: list[FeedRecord] = []
        #: What the bundled sample is called ("Sample series from 2020").
        self.sample_label: str | None = None

    def set_feeds(self, feeds: list[FeedRecord]) -> None:
        self.beginResetModel()
        self.feeds = list(feeds)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.feeds)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.feeds):
            return None
        feed = self.feeds[index.row()]
        sample = (
            self.tr("{0} (bundled)").format(self.sample_label)
            if self.sample_label
            else self.tr("bundled sample")
        )
        source = sample if feed.builtin else feed.url
        if role == Qt.ItemDataRole.DisplayRole:
            shown = source
            if source.startswith("file:"):
                shown = self.tr("file {0}").format(QUrl(source).toLocalFile())
            synced = ""
            if feed.last_success_at:
                # one unit: a line never breaks inside a date or a time ("16 h 51")
                stamp = stamp_text(feed.last_success_at, local_zone_name()).replace(" ", "\u00a0")
                synced = self.tr(" · synced {0}").format(stamp)
            zone = self.zone_text(feed)
            name = content_language.feed_name(feed)  # in the user's language, marked if not
            return f"{name}\n{shown}{synced}" + (f"\n{zone}" if zone else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return source
        if role == Qt.ItemDataRole.UserRole:
            return feed.id
        return None

    def zone_text(self, feed: FeedRecord) -> str:
        """ "Time zone Europe/Brussels, inferred from the city “Brussels”", or ""."""
        if not feed.zone:
            return ""
        zone = zone_label_text(feed.zone)  # "Toronto (heure de l’Est)" in French
        if feed.zone_inferred:
            return self.tr("Time zone {zone}, inferred from the city “{place}”").format(
                zone=zone, place=feed.timezone_inferred_from
            )
        if feed.timezone_source == "user":
            return self.tr("Time zone {zone}, chosen by you").format(zone=zone)
        return self.tr("Time zone {zone}").format(zone=zone)


class FeedListView(QListView):
    """The feed list: room for at least :attr:`FEWEST` feeds whole, and for every feed up to
    :attr:`MOST` before it scrolls (a feed takes three lines: name, address, time zone)."""

    FEWEST = 3
    MOST = 6

    def _rows_height(self, rows: int) -> int:
        model = self.model()
        count = model.rowCount() if model is not None else 0
        heights = [self.sizeHintForRow(row) for row in range(min(count, rows))]
        typical = max(heights, default=0) or 3 * self.fontMetrics().lineSpacing() + 4
        heights += [typical] * (rows - len(heights))
        return sum(heights) + rows * 2 * self.spacing() + 2 * self.frameWidth()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().minimumSizeHint().width(), self._rows_height(self.FEWEST))

    def sizeHint(self) -> QSize:  # noqa: N802
        model = self.model()
        count = model.rowCount() if model is not None else 0
        rows = max(self.FEWEST, min(count, self.MOST))
        return QSize(super().sizeHint().width(), self._rows_height(rows))


def _remove_feed(store: Store, feed_id: int) -> None:
    """Remove the feed; the copies its sessions kept offline go unless something else uses them."""
    from briefing_app.usecases import prereads

    kept = store.kept_hashes()
    store.remove_feed(feed_id)
    prereads.collect(store, prereads.material_store(store), kept)


def store_preferences(
    store: Store,
    interval: int,
    reminder: int | None,
    display: str,
    theme: str,
    download_timeout: int = settings.DOWNLOAD_TIMEOUT_DEFAULT,
    max_feed_size: int = settings.MAX_FEED_SIZE_DEFAULT,
    materials_max_size: int = settings.MATERIALS_MAX_SIZE_DEFAULT,
    language: str | None = None,
) -> None:
    """The settings dialog's values, written (again, whole, when a retry needs it)."""
    settings.set_sync_interval_minutes(store, interval)
    settings.set_download_timeout_seconds(store, download_timeout)
    settings.set_max_feed_size_mib(store, max_feed_size)
    settings.set_materials_max_size_mib(store, materials_max_size)
    settings.set_reminder_minutes(store, reminder)
    settings.set_time_display(store, display)
    settings.set_theme(store, theme)
    if language is not None:
        settings.set_language(store, language)


class SettingsDialog(QDialog):
    """Signals:
    feeds_changed(): a feed was added or removed (the window reloads).
    sync_requested(): "Sync now" was pressed.
    feed_sync_requested(int): one feed should be read again (its zone changed).
    preferences_stored(): OK's values are in the store (at once, or once a sync lets go).
    """

    feeds_changed = Signal()
    sync_requested = Signal()
    feed_sync_requested = Signal(int)
    preferences_stored = Signal()
    hidden_changed = Signal()

    def __init__(
        self,
        store: Store,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        writes: WriteQueue | None = None,
    ) -> None:
        super().__init__(parent)
        #: OK, removing a feed, a zone: never waiting on the GUI thread for a sync's lock.
        self.writes = writes or WriteQueue(store, self)
        self.setWindowTitle(self.tr("Settings"))
        metrics = self.fontMetrics()
        self.store = store
        self.tasks = tasks
        self.feed_model = FeedListModel(self)
        self.feed_list = FeedListView()
        self.feed_list.setModel(self.feed_model)
        self.feed_list.setAccessibleName(self.tr("Feeds"))
        self.feed_list.setWordWrap(True)
        self.feed_list.setAlternatingRowColors(True)  # where one feed ends and the next begins
        self.feed_list.setSpacing(1)
        self.add_button = QPushButton(self.tr("Add feed…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.zone_button = QPushButton(self.tr("Time zone…"))
        for button, name in (
            (self.add_button, self.tr("Add a feed")),
            (self.remove_button, self.tr("Remove feed")),
            (self.sync_button, self.tr("Sync all feeds now")),
            (self.zone_button, self.tr("Change the feed's time zone")),
        ):
            button.setAccessibleName(name)
        #: The open time zone picker (changing a feed's zone).
        self.zone_picker: ZonePickerDialog | None = None
        #: The open Add feed dialog (the first-run card's), or None.
        self.add_dialog: AddFeedDialog | None = None
        self.zone_button.clicked.connect(self._change_selected_zone)
        selection = self.feed_list.selectionModel()
        selection.currentChanged.connect(lambda *_: self._update_zone_button())
        self.feed_model.modelReset.connect(self._update_zone_button)
        self.add_button.clicked.connect(self._ask_for_feed)
        self.remove_button.clicked.connect(self._remove_selected)
        self.sync_button.clicked.connect(self.sync_requested)
        self.feed_status = QLabel()
        self.feed_status.setWordWrap(True)
        self.feed_status.hide()  # shown while it says something: no empty band below the list

        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.zone_button, self.sync_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        feeds_box = self.feeds_box = QGroupBox(self.tr("Feeds"))
        feeds_layout = self.feeds_layout = QVBoxLayout(feeds_box)
        feeds_layout.addWidget(self.feed_list, 1)
        feeds_layout.addLayout(buttons)
        feeds_layout.addWidget(self.feed_status)

        self.interval = QSpinBox()
        self.interval.setRange(0, settings.SYNC_INTERVAL_MAX)
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setSpecialValueText(self.tr("Only when I ask"))
        self.interval.setAccessibleName(self.tr("Sync interval in minutes"))
        self.download_timeout = QSpinBox()
        self.download_timeout.setRange(settings.DOWNLOAD_TIMEOUT_MIN, settings.DOWNLOAD_TIMEOUT_MAX)
        self.download_timeout.setSuffix(self.tr(" s"))
        self.download_timeout.setAccessibleName(self.tr("Download time limit in seconds"))
        self.download_timeout.setToolTip(
            self.tr(
                "A feed or photo download that has not finished after this long, retries "
                "included, is stopped as stalled."
            )
        )
        self.max_feed_size = QSpinBox()
        self.max_feed_size.setRange(settings.MAX_FEED_SIZE_MIN, settings.MAX_FEED_SIZE_MAX)
        self.max_feed_size.setSuffix(self.tr(" MiB"))
        self.max_feed_size.setAccessibleName(self.tr("Largest feed to download, in MiB"))
        self.max_feed_size.setToolTip(
            self.tr("A feed larger than this is refused before it is read.")
        )
        self.materials_max_size = QSpinBox()
        self.materials_max_size.setRange(
            settings.MATERIALS_MAX_SIZE_MIN, settings.MATERIALS_MAX_SIZE_MAX
        )
        self.materials_max_size.setSuffix(self.tr(" MiB"))
        self.materials_max_size.setAccessibleName(
            self.tr("Largest material Keep offline downloads, in MiB")
        )
        self.materials_max_size.setToolTip(
            self.tr("A slide deck, recording or pre-read larger than this is not kept offline.")
        )
        self.reminder = QSpinBox()
        self.reminder.setRange(0, settings.REMINDER_MAX)  # as the CLI: up to a week
        self.reminder.setSuffix(self.tr(" min before"))
        self.reminder.setSpecialValueText(self.tr("No reminders"))
        self.reminder.setAccessibleName(self.tr("Reminder lead time in minutes"))
        self.time_display = QComboBox()
        self.time_display.setAccessibleName(self.tr("Show times in"))
        for key, label in TIME_DISPLAY_LABELS.items():
            self.time_display.addItem(QCoreApplication.translate("SettingsDialog", label), key)
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        for key in settings.THEMES:
            theme = THEME_LABELS.get(key)
            self.theme.addItem(
                QCoreApplication.translate("SettingsDialog", theme) if theme else key.capitalize(),
                key,
            )
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for key in settings.LANGUAGES:  # "system" first: following it is the default
            self.language.addItem(LANGUAGE_NAMES.get(key) or self.tr("System"), key)
        form = QFormLayout()
        form.addRow(self.tr("Sync &every"), self.interval)
        form.addRow(self.tr("&Give up on a download after"), self.download_timeout)
        form.addRow(self.tr("&Refuse feeds larger than"), self.max_feed_size)
        form.addRow(self.tr("&Keep offline files up to"), self.materials_max_size)
        form.addRow(self.tr("Re&mind me"), self.reminder)
        form.addRow(self.tr("Show &times in"), self.time_display)
        form.addRow(self.tr("T&heme"), self.theme)
        form.addRow(self.tr("&Language"), self.language)
        # Parented by the form (not at once): the focus chain then follows the rows, after
        # Language and before OK, and the dialog opens on the feeds (it opened on this).
        self.hidden_picker = HiddenPicker(store, self.writes)
        self.hidden_picker.changed.connect(self.hidden_changed)
        form.addRow(self.tr("H&ide tracks and rooms"), self.hidden_picker)

        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = self.main_layout = QVBoxLayout(self)
        layout.addWidget(feeds_box, 1)
        layout.addLayout(form)
        layout.addWidget(box)
        self._load()
        # once the list has taken its new rows in (their heights are known then)
        self.feed_model.modelReset.connect(lambda: QTimer.singleShot(0, self._grow_to_content))
        # Room for a feed's address on one line (in text widths, so 200% scaling keeps it),
        # and for every row whole: never smaller than what the rows need.
        hint = self.sizeHint()
        self.resize(max(metrics.horizontalAdvance("x") * 96, hint.width()), hint.height())
        self._fit_screen()

    # ---- size ---------------------------------------------------------------
    def _say(self, text: str) -> None:
        """The line below the feed buttons (hidden while there is nothing to say)."""
        self.feed_status.setText(text)
        self.feed_status.setVisible(bool(text))

    def _grow_to_content(self) -> None:
        """More feeds: the list asks for more room, and the dialog grows to give it."""
        # Each layout keeps the size hints it asked for: ask again, from the list up.
        self.feed_list.updateGeometry()
        self.feeds_layout.invalidate()
        self.feeds_box.updateGeometry()
        self.main_layout.invalidate()
        hint = self.sizeHint()
        if hint.height() > self.height() or hint.width() > self.width():
            self.resize(max(hint.width(), self.width()), max(hint.height(), self.height()))
        self._fit_screen()

    def _fit_screen(self) -> None:
        """Never taller or wider than the screen's free area (the list scrolls first)."""
        free = self.screen().availableGeometry()
        if self.width() > free.width() or self.height() > free.height():
            self.resize(min(self.width(), free.width()), min(self.height(), free.height()))

    # ---- values -------------------------------------------------------------
    def _load(self) -> None:
        self.feed_model.sample_label = sample_label(self.store)
        self.feed_model.set_feeds(self.store.feeds())
        self.interval.setValue(settings.sync_interval_minutes(self.store))
        self.download_timeout.setValue(settings.download_timeout_seconds(self.store))
        self.max_feed_size.setValue(settings.max_feed_size_mib(self.store))
        self.materials_max_size.setValue(settings.materials_max_size_mib(self.store))
        self.reminder.setValue(settings.reminder_minutes(self.store) or 0)
        self.time_display.setCurrentIndex(
            max(0, self.time_display.findData(settings.time_display(self.store)))
        )
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme(self.store))))
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language(self.store))))

    def follow_store(self) -> None:
        """Feeds were added, removed or synced elsewhere: list them as they are now.

        The values being edited below the list are the user's and stay.
        """
        selected = self.feed_list.currentIndex().row()
        self.feed_model.set_feeds(self.store.feeds())
        if 0 <= selected < self.feed_model.rowCount():
            self.feed_list.setCurrentIndex(self.feed_model.index(selected, 0))

    def accept(self) -> None:
        values = (
            self.interval.value(),
            self.reminder.value() or None,
            str(self.time_display.currentData()),
            str(self.theme.currentData()),
            self.download_timeout.value(),
            self.max_feed_size.value(),
            self.materials_max_size.value(),
            str(self.language.currentData()),
        )
        self.writes.submit(
            ("settings",),
            lambda store: store_preferences(store, *values),
            lambda _result: self._emit_if_alive(self.preferences_stored),
            self._preferences_failed,
        )
        super().accept()

    def _preferences_failed(self, error: BriefingError) -> None:
        parent = self.parentWidget()
        report = getattr(parent, "report_error", None)
        if callable(report):
            report(self.tr("Could not save the settings: {0}").format(error_text(error)))

    @staticmethod
    def _emit_if_alive(signal: Any) -> None:
        try:
            signal.emit()
        except RuntimeError:  # the dialog was replaced and deleted while the write waited
            logger.debug("settings stored after their dialog was closed")

    # ---- feeds --------------------------------------------------------------
    def _ask_for_feed(self) -> None:
        self.open_add_feed()

    def open_add_feed(self) -> AddFeedDialog:
        """Add feed…: the dialog the first-run card opens (an address or a file, Browse…),
        checked before it is added; a feed naming no time zone asks for one there."""
        if self.add_dialog is not None:
            self.add_dialog.close()
            self.add_dialog.deleteLater()
        self.add_dialog = AddFeedDialog(self.store, self.tasks, self)
        self.add_dialog.added.connect(self._added)
        self.add_dialog.open()
        return self.add_dialog

    def add_feed(self, location: str, timezone: str | None = None) -> AddFeedDialog:
        """Follow *location* in the background (downloaded and checked before it is added)."""
        dialog = self.open_add_feed()
        dialog.add(location, timezone)
        return dialog

    def _added(self, summary: str) -> None:
        self._say(
            self.tr("Added: {0}").format(
                summary or QCoreApplication.translate("SettingsDialog", "added")
            )
        )
        self.feed_model.set_feeds(self.store.feeds())
        self.feeds_changed.emit()

    # ---- time zones ---------------------------------------------------------
    def _open_zone_picker(
        self,
        message: str,
        *,
        detail: str = "",
        current: str | None = None,
        suggested: Sequence[str] = (),
    ) -> ZonePickerDialog:
        if self.zone_picker is not None:
            self.zone_picker.close()
            self.zone_picker.deleteLater()
        self.zone_picker = ZonePickerDialog(
            message, self, detail=detail, current=current, suggested=suggested
        )
        self.zone_picker.open()
        return self.zone_picker

    def _selected_feed(self) -> FeedRecord | None:
        index = self.feed_list.currentIndex()
        if not index.isValid() or not 0 <= index.row() < len(self.feed_model.feeds):
            return None
        return self.feed_model.feeds[index.row()]

    def _update_zone_button(self) -> None:
        feed = self._selected_feed()
        own = feed is not None and (feed.builtin or feed.timezone_source == "feed")
        self.zone_button.setEnabled(feed is not None and not own)
        self.zone_button.setToolTip(
            self.tr("This feed names its own time zone.")
            if own
            else self.tr("Choose the time zone of a feed that does not name its own.")
        )

    def _change_selected_zone(self) -> None:
        feed = self._selected_feed()
        if feed is not None:
            self.change_zone(feed.id)

    def change_zone(self, feed_id: int) -> ZonePickerDialog:
        """Ask for a new zone for the feed; the feed is read again in it."""
        feed = self.store.feed(feed_id)
        how = self.feed_model.zone_text(feed)
        message = self.tr("{name}: {how}. Choose the time zone its times are in:").format(
            name=feed.name, how=how or self.tr("no time zone yet")
        )
        picker = self._open_zone_picker(message, current=feed.zone)
        picker.zone_chosen.connect(lambda zone: self.set_feed_zone(feed_id, zone))
        return picker

    def set_feed_zone(self, feed_id: int, zone: str) -> None:
        self._write(
            ("feed-zone", feed_id),
            lambda store: store.set_feed_timezone(feed_id, zone),
            lambda _result: self._zone_set(feed_id, zone),
            self.tr("Could not change the time zone"),
        )

    def _write(
        self,
        key: tuple[str, int],
        work: Callable[[Store], object],
        done: Callable[[object], None],
        failure: str,
    ) -> None:
        """A feed action through the write queue: *done* once stored (a sync may hold it)."""
        self.writes.submit(
            key,
            work,
            done,
            lambda exc: self._say(f"{failure}: {error_text(exc)}"),
            lambda: self._say(
                self.tr("Waiting to save: the database is busy (a sync is running).")
            ),
        )

    def _zone_set(self, feed_id: int, zone: str) -> None:
        self.feed_model.set_feeds(self.store.feeds())
        name = self.store.feed(feed_id).name
        self._say(
            self.tr("{name} now uses {zone}; syncing it again.").format(
                name=name, zone=zone_label_text(zone)
            )
        )
        self.feed_sync_requested.emit(feed_id)

    def _remove_selected(self) -> None:
        index = self.feed_list.currentIndex()
        if not index.isValid():
            return
        feed_id = int(index.data(Qt.ItemDataRole.UserRole))
        kept = self.store.local_data_count(feed_id)
        if kept:
            answer = QMessageBox.question(
                self,
                self.tr("Remove feed"),
                (
                    self.tr(
                        "Remove {0}? %n thing of yours on its sessions (a favourite, note, "
                        "question or reminder) goes with it.",
                        "",
                        kept,
                    )
                    if is_singular(kept)
                    else self.tr(
                        "Remove {0}? %n things of yours on its sessions (favourites, notes, "
                        "questions, reminders) go with it.",
                        "",
                        kept,
                    )
                ).format(self.store.feed(feed_id).name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.remove_feed(feed_id)

    def remove_feed(self, feed_id: int) -> None:
        self._write(
            ("feed-remove", feed_id),
            lambda store: _remove_feed(store, feed_id),
            lambda _result: self._feed_removed(),
            self.tr("Could not remove the feed"),
        )

    def _feed_removed(self) -> None:
        self.feed_model.set_feeds(self.store.feeds())
        self._say(self.tr("Feed removed."))
        self.feeds_changed.emit()
