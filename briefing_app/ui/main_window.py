"""The first main window: the session list with a search box and a detail pane."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefing_app import APP_NAME, __version__
from briefing_app.calendar.export import live_agenda_path, write_live_agenda
from briefing_app.errors import BriefingError
from briefing_app.services import ImportResult, import_file_at
from briefing_app.store import SessionRecord, Store
from briefing_app.sync import SyncReport
from briefing_app.timeutil import utc_now
from briefing_app.ui.agenda_view import AgendaView
from briefing_app.ui.case_studies_view import CaseStudiesView
from briefing_app.ui.changes_view import ChangesView, report_summary
from briefing_app.ui.detail_markdown import FORMAT_LABELS
from briefing_app.ui.detail_panel import SessionDetailPanel
from briefing_app.ui.presenters_view import PresentersView
from briefing_app.ui.reminders import ReminderBanner, ReminderNotifier, ReminderScheduler
from briefing_app.ui.session_model import Column, RecordRole, SessionTableModel, SortRole
from briefing_app.ui.settings_dialog import (
    SYNC_INTERVAL_SETTING,
    TIME_DISPLAY_SETTING,
    SettingsDialog,
)
from briefing_app.ui.sync_controller import SyncController
from briefing_app.ui.tasks import TaskRunner
from briefing_app.ui.theme import THEME_SETTING, apply_theme
from briefing_app.ui.timeline import DayTimeline

logger = logging.getLogger(__name__)


SEARCH_DEBOUNCE_MS = 150
SAFE_LINK_SCHEMES = frozenset({"http", "https", "mailto"})
#: Filter combo boxes over the session list: (key, label).
_FILTERS = (
    ("feed", "Feed"),
    ("kind", "Kind"),
    ("track", "Track"),
    ("format", "Format"),
    ("status", "Status"),
)

#: Columns sized to their contents, up to these widths (the title takes the rest).
_MAX_WIDTHS = {
    Column.FAVOURITE: 32,
    Column.WHEN: 260,
    Column.KIND: 130,
    Column.TRACK: 130,
    Column.FORMAT: 80,
    Column.PRESENTERS: 160,
    Column.STATUS: 90,
}


class MainWindow(QMainWindow):
    """Sessions on the left, the selected one in full on the right.

    Signals:
        session_selected(int): the id of the session now shown in the detail pane.
        favourite_toggled(int, bool): a session was marked or unmarked as a favourite.
        import_finished(object): a feed file was imported (the ImportResult).
    """

    session_selected = Signal(int)
    favourite_toggled = Signal(int, bool)
    import_finished = Signal(object)

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        tasks: TaskRunner | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        # Before any widget is built: text documents take their link colours then.
        self._apply_theme()
        self.tasks = tasks or TaskRunner(self)
        self.syncer = SyncController(store.path, self.tasks, self)
        self.syncer.started.connect(self._sync_started)
        self.syncer.progress.connect(self._sync_progress)
        self.syncer.finished.connect(self._sync_finished)
        self.syncer.failed.connect(self._sync_failed)
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 800)

        self.model = SessionTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.search = QLineEdit()
        self.search.setPlaceholderText("Search sessions, presenters, case studies, notes…")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search")
        self.show_past = QCheckBox("Show past sessions")
        self.show_past.setAccessibleName("Show past sessions")
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "QLabel#notice { background: palette(alternate-base); padding: 6px;"
            " border-left: 3px solid palette(highlight); }"
        )
        self.notice.setAccessibleName("Notice")
        self.notice.hide()

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName("Sessions")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.WHEN, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(24)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        # The title needs the room; the track is in the detail pane.
        self.table.setColumnHidden(Column.TRACK, True)
        self.table.clicked.connect(self._clicked)
        toggle = QAction("Toggle favourite", self.table)
        toggle.setShortcut(QKeySequence(Qt.Key.Key_Space))
        toggle.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        toggle.triggered.connect(self.toggle_current_favourite)
        self.table.addAction(toggle)

        self.detail_panel = SessionDetailPanel(store, self)
        self.detail_panel.favourite_toggled.connect(self.set_favourite)
        self.detail = self.detail_panel.browser

        self.favourites_only = QCheckBox("★ only")
        self.favourites_only.setAccessibleName("Show only favourites")
        self.filters: dict[str, QComboBox] = {}
        filter_bar = QHBoxLayout()
        filter_bar.addWidget(self.favourites_only)
        for key, label in _FILTERS:
            combo = QComboBox()
            combo.setAccessibleName(f"Filter by {label.lower()}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
            self.filters[key] = combo
            filter_bar.addWidget(combo)
        filter_bar.addStretch(1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.show_past)
        left_layout.addLayout(bar)
        left_layout.addLayout(filter_bar)
        left_layout.addWidget(self.notice)
        left_layout.addWidget(self.table, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([880, 400])

        self.agenda = AgendaView(store, self)
        self.agenda.session_activated.connect(self.open_session)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Views")
        self.tabs.addTab(self.splitter, "Sessions")
        self.timeline = DayTimeline(store, self)
        self.timeline.session_activated.connect(self.open_session)
        self.tabs.addTab(self.timeline, "Timeline")
        self.tabs.addTab(self.agenda, "My agenda")
        self.presenters = PresentersView(store, self.tasks, self)
        self.presenters.session_activated.connect(self.open_session)
        self.tabs.addTab(self.presenters, "Presenters")
        self.case_studies = CaseStudiesView(store, self)
        self.case_studies.session_activated.connect(self.open_session)
        self.tabs.addTab(self.case_studies, "Case studies")
        self.changes = ChangesView(store, self)
        self.changes.session_activated.connect(self.open_session)
        self.tabs.addTab(self.changes, "Changes")
        self.reminder_banner = ReminderBanner(parent=self)
        self.reminders = ReminderScheduler(store, parent=self)
        self.notifier = ReminderNotifier(self.reminder_banner, tray=None, parent=self)
        self.notifier.attach(self.reminders)
        self.notifier.session_activated.connect(self._reminder_opened)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.addWidget(self.reminder_banner)
        central_layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._build_menus()

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.show_past.toggled.connect(lambda _on: self.refresh())
        self.favourites_only.toggled.connect(lambda _on: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.settings = settings if settings is not None else QSettings()
        self.sync_timer = QTimer(self)
        self.sync_timer.timeout.connect(lambda: self.syncer.sync())
        self.apply_preferences()
        self._fill_filters()
        self._restore_state()
        self.refresh()
        self.reminders.reschedule()

    # ---- data ---------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the list from the store for the current search and filters."""
        selected = self.current_session_id()
        text = self.search.text().strip()
        now = utc_now()
        notice = ""
        records: list[SessionRecord]
        if text:
            records = self.store.search_sessions(text)
            if not self.show_past.isChecked():
                upcoming = [r for r in records if r.end > now]
                records = upcoming or records
            if not records:
                notice = f"No sessions match “{text}”."
        elif self.show_past.isChecked():
            records = self.store.sessions()
        else:
            records = self.store.sessions(ending_after=now)
            if not records:
                records = self.store.sessions(newest_first=True, limit=20)
                records.reverse()
                if records:
                    notice = "No upcoming sessions. These are the most recent ones."
                else:
                    notice = "No sessions yet. Use File › Import feed… to load a feed file."
        records = self._filtered(records)
        if not records and not notice:
            notice = "No sessions match the filters."
        self.model.set_records(records)
        # The status column only earns its room when some session is not plainly scheduled.
        self.table.setColumnHidden(
            Column.STATUS, not any(r.removed or r.status != "scheduled" for r in records)
        )
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self._size_columns()
        count = len(records)
        feeds = len(self.store.feeds())
        self.statusBar().showMessage(
            f"{count} session{'s' if count != 1 else ''} shown · "
            f"{feeds} feed{'s' if feeds != 1 else ''} · offline copy"
        )
        if text and records:
            # Search results are ranked; show best first rather than by time.
            self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
            self.proxy.sort(-1)
        elif self.proxy.sortColumn() < 0:
            self.table.sortByColumn(Column.WHEN, Qt.SortOrder.AscendingOrder)
        self._restore_selection(selected)

    # ---- preferences ---------------------------------------------------------
    def apply_preferences(self) -> None:
        """Apply what the settings dialog stores: time display, sync schedule, theme."""
        display = self.store.get_setting(TIME_DISPLAY_SETTING, "both")
        if display not in ("event", "mine", "both"):
            display = "both"
        self.model.set_time_display(display)
        self.agenda.model.set_time_display(display)
        minutes = self.store.int_setting(SYNC_INTERVAL_SETTING, 0, high=24 * 60)
        if minutes:
            self.sync_timer.start(minutes * 60_000)
        else:
            self.sync_timer.stop()
        self._apply_theme()

    def _apply_theme(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, str(self.store.get_setting(THEME_SETTING, "system")))

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.store, self.tasks, self)
        dialog.feeds_changed.connect(self._feeds_changed)
        dialog.sync_requested.connect(lambda: self.syncer.sync())
        dialog.accepted.connect(self.apply_preferences)
        dialog.accepted.connect(self.reminders.reschedule)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def reload_all(self) -> None:
        """The store changed under every view (a sync, an import, a feed added or removed)."""
        self._fill_filters()
        self.refresh()
        self.detail_panel.reload()
        for view in (self.agenda, self.presenters, self.case_studies, self.changes, self.timeline):
            view.refresh()
        self._update_live_agenda()
        self.reminders.reschedule()

    def _feeds_changed(self) -> None:
        self.reload_all()

    def _reminder_opened(self, session_id: int) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.open_session(session_id)

    # ---- filters ------------------------------------------------------------
    def _fill_filters(self) -> None:
        """Offer the values the store holds (kept when the store changes)."""
        values: dict[str, set[str]] = {key: set() for key, _label in _FILTERS}
        for record in self.store.sessions():
            values["kind"].add(record.kind)
            values["track"].add(record.track)
            values["format"].add(record.format)
            values["status"].add("removed" if record.removed else record.status)
        feeds = {str(f.id): f.name for f in self.store.feeds()}
        for key, label in _FILTERS:
            combo = self.filters[key]
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(f"Any {label.lower()}", None)
            if key == "feed":
                for feed_id, name in feeds.items():
                    combo.addItem(name, feed_id)
            else:
                for value in sorted(v for v in values[key] if v):
                    combo.addItem(FORMAT_LABELS.get(value, value[:1].upper() + value[1:]), value)
            index = combo.findData(chosen)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
            combo.setVisible(combo.count() > 2 or (key == "feed" and combo.count() > 2))

    def _filtered(self, records: list[SessionRecord]) -> list[SessionRecord]:
        wanted = {key: combo.currentData() for key, combo in self.filters.items()}
        if self.favourites_only.isChecked():
            records = [r for r in records if r.favourite]
        if wanted["feed"] is not None:
            records = [r for r in records if str(r.feed_id) == wanted["feed"]]
        for key in ("kind", "track", "format"):
            if wanted[key] is not None:
                records = [r for r in records if getattr(r, key) == wanted[key]]
        if wanted["status"] is not None:
            records = [
                r for r in records if ("removed" if r.removed else r.status) == wanted["status"]
            ]
        return records

    def clear_filters(self) -> None:
        self.favourites_only.setChecked(False)
        for combo in self.filters.values():
            combo.setCurrentIndex(0)
        self.search.clear()

    # ---- remembered state ----------------------------------------------------
    def _restore_state(self) -> None:
        # A settings file edited by hand or written by another version must not
        # stop the window from opening: anything unreadable is ignored.
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(geometry)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray | bytes):
            self.splitter.restoreState(splitter)
        tab = str(self.settings.value("window/tab", 0))
        if tab.isdigit() and int(tab) < self.tabs.count():
            self.tabs.setCurrentIndex(int(tab))
        self.show_past.setChecked(self.settings.value("filters/show_past", "false") == "true")
        self.favourites_only.setChecked(
            self.settings.value("filters/favourites_only", "false") == "true"
        )
        for key, combo in self.filters.items():
            index = combo.findData(self.settings.value(f"filters/{key}"))
            if index > 0:
                combo.setCurrentIndex(index)

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/tab", self.tabs.currentIndex())
        self.settings.setValue(
            "filters/show_past", "true" if self.show_past.isChecked() else "false"
        )
        self.settings.setValue(
            "filters/favourites_only", "true" if self.favourites_only.isChecked() else "false"
        )
        for key, combo in self.filters.items():
            self.settings.setValue(f"filters/{key}", combo.currentData())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.detail_panel.save_note()
        self.save_state()
        super().closeEvent(event)

    def open_session(self, session_id: int) -> None:
        """Show *session_id* in the Sessions tab, widening the filters if it is hidden."""
        self.tabs.setCurrentWidget(self.splitter)
        if not self.select_session(session_id):
            self.clear_filters()
            self.show_past.setChecked(True)
            self.refresh()
            self.select_session(session_id)
        self.table.setFocus()

    def _restore_selection(self, session_id: int | None) -> None:
        row = self.model.row_of(session_id) if session_id is not None else None
        if row is None and self.model.rowCount() > 0:
            row = 0
            proxy_index = self.proxy.index(0, Column.TITLE)
        elif row is not None:
            proxy_index = self.proxy.mapFromSource(self.model.index(row, Column.TITLE))
        else:
            self.detail.clear()
            return
        self.table.setCurrentIndex(proxy_index)
        self.table.selectRow(proxy_index.row())

    def current_session_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        record = index.data(RecordRole)
        return record.id if isinstance(record, SessionRecord) else None

    def select_session(self, session_id: int) -> bool:
        row = self.model.row_of(session_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, Column.TITLE))
        self.table.setCurrentIndex(index)
        return True

    def _size_columns(self) -> None:
        for column, limit in _MAX_WIDTHS.items():
            self.table.resizeColumnToContents(column)
            if self.table.columnWidth(column) > limit:
                self.table.setColumnWidth(column, limit)

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        self.import_action = file_menu.addAction("&Import feed…")
        self.import_action.setShortcut(QKeySequence.StandardKey.Open)
        self.import_action.triggered.connect(self._choose_feed_file)
        settings_action = file_menu.addAction("S&ettings…")
        settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        settings_action.triggered.connect(self.open_settings)
        self.sync_action = file_menu.addAction("&Sync now")
        self.sync_action.setShortcut(QKeySequence("Ctrl+R"))
        self.sync_action.triggered.connect(lambda: self.syncer.sync())
        file_menu.addSeparator()
        quit_action = file_menu.addAction("&Quit")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        view_menu = menu.addMenu("&View")
        find = view_menu.addAction("&Find")
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._focus_search)
        past = view_menu.addAction("Show &past sessions")
        past.setCheckable(True)
        past.toggled.connect(self.show_past.setChecked)
        self.show_past.toggled.connect(past.setChecked)
        help_menu = menu.addMenu("&Help")
        data_action = help_menu.addAction("Where my &data lives…")
        data_action.triggered.connect(self._show_data_location)
        logs_action = help_menu.addAction("Open &log folder")
        logs_action.triggered.connect(self.open_log_folder)
        live = help_menu.addAction("&Live agenda file…")
        live.triggered.connect(self._show_live_agenda)
        about = help_menu.addAction(f"&About {APP_NAME}")
        about.triggered.connect(self._about)

    # ---- favourites ---------------------------------------------------------
    def toggle_current_favourite(self) -> None:
        session_id = self.current_session_id()
        if session_id is not None:
            self.set_favourite(session_id, not self.store.session(session_id).favourite)

    def set_favourite(self, session_id: int, favourite: bool) -> None:
        self.store.set_favourite(session_id, favourite)
        self.refresh()
        self.detail_panel.reload()
        self.agenda.refresh()
        self.timeline.refresh()
        self._update_live_agenda()
        self.reminders.reschedule()
        self.favourite_toggled.emit(session_id, favourite)

    def _update_live_agenda(self) -> None:
        """Rewrite agenda.ics so calendars subscribed to it follow (a few favourites: quick)."""
        try:
            write_live_agenda(self.store)
        except OSError as exc:
            logger.warning("Could not write the live agenda file: %s", exc)
            self.statusBar().showMessage(f"Could not update the live agenda file: {exc}", 10_000)

    def data_location_text(self) -> str:
        folder = self.store.path.parent
        return (
            f"Everything the app keeps is in {folder}: the database ({self.store.path.name}), "
            f"the live agenda file, cached photos and, when the folder was chosen with "
            f"--data-dir, the logs. Back it up by copying the folder while the app is closed."
        )

    def _show_data_location(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle("Where my data lives")
        box.setText(self.data_location_text())
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_button = box.addButton("Open folder", QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.store.path.parent)))

    def open_log_folder(self) -> Path:
        from briefing_app.logging_setup import current_log_file, log_dir

        log_file = current_log_file()
        folder = log_file.parent if log_file is not None else log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        return folder

    def _show_live_agenda(self) -> None:
        path = live_agenda_path(self.store)
        box = QMessageBox(self)
        box.setWindowTitle("Live agenda file")
        box.setText(
            "Your favourites are kept in this calendar file, rewritten after every sync and "
            "every change to your favourites. Subscribe to it from your calendar app to "
            "follow changes:"
        )
        box.setInformativeText(str(path))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == Column.FAVOURITE:
            record = index.data(RecordRole)
            if isinstance(record, SessionRecord):
                self.set_favourite(record.id, not record.favourite)

    # ---- importing ----------------------------------------------------------
    def _choose_feed_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            "Import a feed or invite",
            "",
            "Feeds and invites (*.json *.xml *.ics);;All files (*)",
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """Import *path* in the background; the list refreshes when it lands."""
        db_path = self.store.path
        self.import_action.setEnabled(False)
        self.statusBar().showMessage(f"Importing {path.name}…")
        self.tasks.run(lambda: import_file_at(db_path, path), self._imported, self._failed)

    def _imported(self, result: ImportResult) -> None:
        self.import_action.setEnabled(True)
        self.reload_all()
        self.statusBar().showMessage(f"Imported: {result.summary()}", 10_000)
        self.import_finished.emit(result)

    def _failed(self, error: Exception) -> None:
        self.import_action.setEnabled(True)
        if not isinstance(error, BriefingError):
            logger.error("Import failed", exc_info=error)
        self.notice.setText(f"Could not import: {error}")
        self.notice.show()

    # ---- syncing ------------------------------------------------------------
    def _sync_started(self) -> None:
        self.sync_action.setEnabled(False)
        self.statusBar().showMessage("Syncing…")

    def _sync_progress(self, stage: str, _feed_id: int, name: str) -> None:
        self.statusBar().showMessage(f"Syncing {name}: {stage}…")

    def _sync_finished(self, report: SyncReport) -> None:
        self.sync_action.setEnabled(True)
        self.reload_all()
        favourites = {r.id for r in self.store.sessions(favourites_only=True)}
        self.statusBar().showMessage(f"Synced: {report_summary(report, favourites)}", 15_000)
        if report.errors:
            lines = "\n".join(str(error) for _fid, _name, error in report.errors)
            self.notice.setText(f"Sync failed:\n{lines}")
            self.notice.show()

    def _sync_failed(self, error: Exception) -> None:
        self.sync_action.setEnabled(True)
        self.notice.setText(f"Sync could not run: {error}")
        self.notice.show()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"<b>{APP_NAME}</b> {__version__}<br>An offline companion for briefing series."
            f"<br><br>Your data: {self.store.path}"
            f"<br>Live agenda file: {live_agenda_path(self.store)}",
        )

    # ---- slots --------------------------------------------------------------
    def _current_changed(self, current: object, _previous: object) -> None:
        session_id = self.current_session_id()
        if session_id == self.detail_panel.session_id:
            return
        self.detail_panel.show_session(session_id)
        if session_id is not None:
            self.session_selected.emit(session_id)

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    @staticmethod
    def _open_link(url: QUrl) -> None:
        SessionDetailPanel.open_link(url)
