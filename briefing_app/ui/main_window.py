"""The first main window: the session list with a search box and a detail pane."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QModelIndex,
    QObject,
    QSettings,
    QSignalBlocker,
    Qt,
    QThreadPool,
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
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefing_app import APP_NAME, __version__
from briefing_app.calendar.export import live_agenda_path
from briefing_app.errors import BriefingError, MissingTimezoneError
from briefing_app.store import SessionQuery, Store
from briefing_app.store.fts import build_match_query
from briefing_app.store.query import SORT_KEYS, ListResult, SortKey
from briefing_app.sync import SyncReport
from briefing_app.ui import crash
from briefing_app.ui.agenda.view import AgendaView
from briefing_app.ui.casestudies.view import CaseStudiesView
from briefing_app.ui.changes.view import ChangesView, report_summary
from briefing_app.ui.dialogs.export import ExportDialog
from briefing_app.ui.dialogs.settings import (
    SettingsDialog,
)
from briefing_app.ui.dialogs.zone_picker import ZonePickerDialog, ask_zone_for_file
from briefing_app.ui.presenters.view import PresentersView
from briefing_app.ui.reminder_alerts import ReminderBanner, ReminderNotifier, ReminderScheduler
from briefing_app.ui.sessions.date_filter import DateRangeFilter
from briefing_app.ui.sessions.detail_panel import SessionDetailPanel
from briefing_app.ui.sessions.first_run import (
    AddFeedDialog,
    FirstRunPanel,
    SampleInfo,
    choose_invite,
    feed_label,
    has_own_feed,
    sample_info,
)
from briefing_app.ui.sessions.session_list import SessionListModel
from briefing_app.ui.sessions.session_model import Column
from briefing_app.ui.timeline.view import DayTimeline
from briefing_app.ui.widgets.flow_layout import FlowLayout
from briefing_app.ui.widgets.message_banner import MessageBanner
from briefing_app.ui.widgets.shortcuts import preferences_shortcuts
from briefing_app.ui.widgets.status_text import import_status_text
from briefing_app.ui.widgets.theme import apply_theme
from briefing_app.ui.workers.search_worker import SearchRunner
from briefing_app.ui.workers.store_watcher import StoreWatcher
from briefing_app.ui.workers.sync_controller import SyncController
from briefing_app.ui.workers.tasks import TaskRunner
from briefing_app.usecases import settings as app_settings
from briefing_app.usecases.agenda import rewrite_live_agenda
from briefing_app.usecases.imports import ImportResult, import_file_at
from briefing_app.usecases.session_facts import FORMAT_LABELS
from briefing_app.util.timeutil import from_utc_text, in_zone, utc_now

logger = logging.getLogger(__name__)


SEARCH_DEBOUNCE_MS = 150
#: While this window's own worker writes, a change seen elsewhere is looked at again this often.
FOLLOW_RETRY_MS = 300

#: ``--data-dir`` spelled with non-breaking hyphens (U+2011), for text that wraps.
DATA_DIR_OPTION = "\u2011\u2011data\u2011dir"
#: Filter combo boxes over the session list: (key, label).
_FILTERS = (
    ("feed", "Feed"),
    ("kind", "Kind"),
    ("track", "Track"),
    ("format", "Format"),
    ("status", "Status"),
)

#: The sort box: (key, label); column headers sort too.
_SORT_CHOICES: tuple[tuple[SortKey, str], ...] = (
    ("time", "Time"),
    ("title", "Title"),
    ("track", "Track"),
    ("kind", "Kind"),
    ("format", "Format"),
    ("status", "Status"),
    ("favourite", "Favourites first"),
    ("relevance", "Best match"),
)
#: Columns a narrow list hides first, so the title keeps its room.
_SHED_COLUMNS = (Column.PRESENTERS, Column.FORMAT, Column.KIND)
#: What clicking each column header sorts by (presenters: nothing).
_COLUMN_SORTS: dict[Column, SortKey] = {
    Column.FAVOURITE: "favourite",
    Column.WHEN: "time",
    Column.TITLE: "title",
    Column.KIND: "kind",
    Column.TRACK: "track",
    Column.FORMAT: "format",
    Column.STATUS: "status",
}


class MainWindow(QMainWindow):
    """Sessions on the left, the selected one in full on the right.

    Signals:
        session_selected(int): the id of the session now shown in the detail pane.
        favourite_toggled(int, bool): a session was marked or unmarked as a favourite.
        import_finished(object): a feed file was imported (the ImportResult).
        list_updated(): the session list shows the result of the latest query.
    """

    session_selected = Signal(int)
    favourite_toggled = Signal(int, bool)
    import_finished = Signal(object)
    list_updated = Signal()

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
        writer_pool = QThreadPool(self)
        writer_pool.setMaxThreadCount(1)  # agenda.ics rewrites, in order
        self.agenda_writer = TaskRunner(self, pool=writer_pool)
        # Searches run off the GUI thread; a newer one makes older answers moot.
        self.searcher = SearchRunner(store.path, self)
        self.searcher.answered.connect(self._search_answered)
        self.searcher.failed.connect(self._query_failed)
        self._searches: dict[int, SessionQuery] = {}
        self._query_serial = 0
        self._scroll_anchor: tuple[int, int] | None = None  # kept across a refresh
        self._follow_pending = False  # a change made elsewhere waits for our worker
        self._keep_selected: int | None = None
        self.last_query: SessionQuery | None = None
        self.syncer = SyncController(store.path, self.tasks, self)
        self.syncer.started.connect(self._sync_started)
        self.syncer.progress.connect(self._sync_progress)
        self.syncer.finished.connect(self._sync_finished)
        self.syncer.failed.connect(self._sync_failed)
        self.syncer.crashed.connect(self._sync_crashed)
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 800)

        self._settings_dialog: SettingsDialog | None = None
        #: Asks for the zone of a file that names none (see _failed).
        self.zone_picker: ZonePickerDialog | None = None
        self._export_dialog: ExportDialog | None = None
        self._feed_count = len(store.feeds())
        self._list_status = ""
        self._column_mode: tuple[str, bool] | None = None
        self._column_widths: dict[Column, int] = {}
        self.model = SessionListModel(store.sessions_by_ids, self)
        self._sort: SortKey = "time"
        self._descending = False
        self._search_sort: SortKey = "relevance"
        self._search_descending = False

        self.search = QLineEdit()
        self.search.setPlaceholderText("Search sessions, presenters, case studies, notes…")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search")
        self.show_past = QCheckBox("Show past sessions")
        self.show_past.setAccessibleName("Show past sessions")
        self.sort_choice = QComboBox()
        self.sort_choice.setAccessibleName("Sort by")
        self.sort_choice.setToolTip("Sort by (or click a column header)")
        for sort_key, label in _SORT_CHOICES:
            self.sort_choice.addItem(f"Sort: {label}", sort_key)
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
        self.table.setModel(self.model)
        self.table.setAccessibleName("Sessions")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        # Every row the same height: the view then never measures rows it does not paint.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(24)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(Column.WHEN, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._header_sort)
        # The title needs the room; the track is in the detail pane (and its groups).
        self.table.setColumnHidden(Column.TRACK, True)
        self.table.clicked.connect(self._clicked)
        # The viewport, not the table: its new width is known when it resizes.
        self.table.viewport().installEventFilter(self)
        toggle = QAction("Toggle favourite", self.table)
        toggle.setShortcut(QKeySequence(Qt.Key.Key_Space))
        toggle.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        toggle.triggered.connect(self.toggle_current_favourite)
        self.table.addAction(toggle)

        self.detail_panel = SessionDetailPanel(store, self)
        self.detail_panel.favourite_toggled.connect(self.set_favourite)
        self.detail_panel.presenter_activated.connect(self.open_presenter)
        self.detail_panel.case_study_activated.connect(self.open_case_study)
        self.detail_panel.note_saved.connect(self.model.refresh_session)
        self.detail_panel.note_conflict.connect(self._note_conflict)
        self.detail_panel.note_replaced.connect(self._note_replaced)
        self.detail = self.detail_panel.browser
        crash.add_saver(self.detail_panel.save_note)

        self.favourites_only = QCheckBox("★ only")
        self.favourites_only.setAccessibleName("Show only favourites")
        self.dates = DateRangeFilter()
        self.dates.changed.connect(self.refresh)
        self.filters: dict[str, QComboBox] = {}
        # Filters wrap onto a second line in a narrow window (or at 200% scaling).
        filter_bar = FlowLayout()
        filter_bar.addWidget(self.favourites_only)
        filter_bar.addWidget(self.dates)
        for key, label in _FILTERS:
            combo = QComboBox()
            combo.setAccessibleName(f"Filter by {label.lower()}")
            # Long track names stay readable in the menu without widening the bar.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(11)
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
            self.filters[key] = combo
            filter_bar.addWidget(combo)
        self.clear_filters_button = QPushButton("Clear filters")
        self.clear_filters_button.setAccessibleName("Clear filters")
        self.clear_filters_button.clicked.connect(self.clear_filters)
        filter_bar.addWidget(self.clear_filters_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.sort_choice)
        bar.addWidget(self.show_past)
        left_layout.addLayout(bar)
        left_layout.addLayout(filter_bar)
        left_layout.addWidget(self.notice)
        left_layout.addWidget(self.table, 1)
        # Until the user adds a feed of their own: the call to action, where the list would be.
        self.first_run = FirstRunPanel()
        self.first_run.add_feed_requested.connect(self.open_add_feed)
        self.first_run.open_invite_requested.connect(self.open_invite)
        self.first_run.show_sample_requested.connect(lambda: self.show_past.setChecked(True))
        self.first_run.hide()
        left_layout.addWidget(self.first_run, 1)
        self.notice.linkActivated.connect(lambda _link: self.open_add_feed())
        self._add_feed_dialog: AddFeedDialog | None = None
        self._sample: SampleInfo | None = None
        self._own_feed = True

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
        # Views other than the session list read the store when first shown.
        self.timeline = DayTimeline(store, self, load=False)
        self.timeline.session_activated.connect(self.open_session)
        self.tabs.addTab(self.timeline, "Timeline")
        self.tabs.addTab(self.agenda, "My agenda")
        self.presenters = PresentersView(store, self.tasks, self, load=False)
        self.presenters.session_activated.connect(self.open_session)
        self.tabs.addTab(self.presenters, "Presenters")
        self.messages = MessageBanner(self)
        self.case_studies = CaseStudiesView(
            store, self, load=False, tasks=self.tasks, messages=self.messages
        )
        self.case_studies.session_activated.connect(self.open_session)
        self.tabs.addTab(self.case_studies, "Case studies")
        self.changes = ChangesView(store, self)
        self.changes.session_activated.connect(self.open_session)
        self.tabs.addTab(self.changes, "Changes")
        self._stale_views: set[QWidget] = {self.timeline, self.presenters, self.case_studies}
        self.tabs.currentChanged.connect(self._tab_changed)
        self.reminder_banner = ReminderBanner(parent=self)
        self.reminders = ReminderScheduler(store, parent=self)
        self.notifier = ReminderNotifier(self.reminder_banner, tray=None, parent=self)
        self.notifier.attach(self.reminders)
        self.notifier.session_activated.connect(self._reminder_opened)
        self.detail_panel.reminder_changed.connect(lambda _id: self.reminders.reschedule())
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.addWidget(self.messages)
        central_layout.addWidget(self.reminder_banner)
        central_layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.sync_state = QLabel()
        self.sync_state.setAccessibleName("Last sync")
        self.connection_state = QLabel()
        self.connection_state.setAccessibleName("Connection")
        self.statusBar().addPermanentWidget(self.sync_state)
        self.statusBar().addPermanentWidget(self.connection_state)
        self._offline: bool | None = None

        self._defer_detail = False
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(0)
        self._detail_timer.timeout.connect(self._show_current_detail)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.show_past.toggled.connect(lambda _on: self.refresh())
        self.favourites_only.toggled.connect(lambda _on: self.refresh())
        self.sort_choice.activated.connect(self._sort_chosen)
        self.table.selectionModel().currentChanged.connect(self._current_changed)

        self.settings = settings if settings is not None else QSettings()
        self.sync_timer = QTimer(self)
        self.sync_timer.timeout.connect(lambda: self.syncer.sync())
        self.apply_preferences()
        self._update_feed_facts()
        self._fill_filters()
        self._restore_state()
        self.refresh()
        self._update_sync_state()
        self.reminders.reschedule()
        # Other processes (a second window, a `briefing-app` command, a worker
        # thread's connection) write to the same file: follow them.
        self.watcher = StoreWatcher(store, self)
        self.watcher.changed.connect(self.follow_store)

    # ---- data ---------------------------------------------------------------
    def current_query(self) -> SessionQuery:
        """The query the list's search box, filters, dates and sort describe."""
        wanted = {key: combo.currentData() for key, combo in self.filters.items()}
        text = self.search.text().strip()
        searching = build_match_query(text) is not None
        start, end = self.dates.span(self.model.user_zone)
        upcoming = not self.show_past.isChecked() and start is None and end is None
        return SessionQuery(
            text=text,
            ending_after=utc_now() if upcoming else None,
            start=start,
            end=end,
            feed_id=int(wanted["feed"]) if wanted["feed"] is not None else None,
            kind=wanted["kind"],
            track=wanted["track"],
            format=wanted["format"],
            status=wanted["status"],
            favourites_only=self.favourites_only.isChecked(),
            sort=self._search_sort if searching else self._sort,
            descending=(self._search_descending and self._search_sort != "relevance")
            if searching
            else self._descending,
        )

    def refresh(self) -> None:
        """Reload the list for the current search, filters and sort.

        Browsing queries run here (a few milliseconds even for 10,000 sessions);
        searches run on a worker thread with their own connection, so typing never
        waits for the index, and only the latest search's answer is shown.
        """
        self._debounce.stop()
        query = self.current_query()
        self._query_serial += 1
        serial = self._query_serial
        if query.searching:
            self._searches = {serial: query}
            self.searcher.search(serial, query)
        else:
            self.searcher.supersede(serial)
            self._show_result(serial, query, self.store.list_sessions(query))

    def _search_answered(self, serial: int, result: ListResult | None) -> None:
        query = self._searches.pop(serial, None)
        if query is not None and result is not None:
            self._show_result(serial, query, result)

    def _query_failed(self, serial: int, error: BriefingError) -> None:
        if serial == self._query_serial:
            self.report_error(f"Could not search: {error}", retry=self.refresh)

    def _show_result(self, serial: int, query: SessionQuery, result: ListResult) -> None:
        if serial != self._query_serial:
            return  # a newer query is on its way
        selected = self.current_session_id()
        if self._keep_selected is not None:  # chosen before the model was reset
            selected, self._keep_selected = self._keep_selected, None
        self.last_query = query
        self.model.set_entries(result.entries, sort=query.sort, descending=query.descending)
        self._lay_out_groups()
        self._size_columns()
        count = len(result.entries)
        notice = ""
        if result.fallback == "past_matches":
            notice = f"No upcoming sessions match “{query.text}”; these are past ones."
        elif result.fallback == "recent":
            notice = "No upcoming sessions. These are the most recent ones."
        elif (not count and query.searching) or (not count and query.text.strip()):
            notice = f"No sessions match “{query.text}”."
        elif not count and query.filtered:
            notice = "No sessions match the filters."
        elif not count:
            notice = "No sessions yet. Use File › Import feed… to load a feed file."
        first_run = self._show_first_run(query, result)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        if not first_run and not self._own_feed and self._sample is not None and count:
            notice = self._sample_notice()
            self.notice.setTextFormat(Qt.TextFormat.RichText)
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice) and not first_run)
        self._show_sort(query)
        self.clear_filters_button.setVisible(
            query.filtered or self.dates.is_set() or bool(query.text)
        )
        feeds = self._feed_count
        self._list_status = (
            f"{count} session{'s' if count != 1 else ''} shown · "
            f"{feeds} feed{'s' if feeds != 1 else ''}"
        )
        if not self._own_feed and self._sample is not None:
            self._list_status = (
                self.tr("Nothing coming up · {label}").format(label=self._sample.label)
                if first_run
                else f"{count} session{'s' if count != 1 else ''} shown · {self._sample.label}"
            )
        if self.tabs.currentWidget() is self.splitter:
            self.statusBar().showMessage(self._list_status)
        anchor, self._scroll_anchor = self._scroll_anchor, None
        self._restore_selection(selected, scroll=anchor is None)
        if anchor is not None:
            self._restore_top_row(anchor)
        self.list_updated.emit()

    def _lay_out_groups(self) -> None:
        """Heading rows (a day, a track) span the whole width."""
        self.table.clearSpans()
        columns = len(Column)
        for row in self.model.heading_rows:
            self.table.setSpan(row, 0, 1, columns)

    # ---- sorting -------------------------------------------------------------
    def set_sort(self, key: SortKey, descending: bool = False) -> None:
        """Order the list by *key*; while searching, ``relevance`` is on offer too."""
        if build_match_query(self.search.text()) is not None:  # what the box says now
            self._search_sort, self._search_descending = key, descending
        elif key != "relevance":
            self._sort, self._descending = key, descending
        self.refresh()

    def _sort_chosen(self, index: int) -> None:
        self.set_sort(self.sort_choice.itemData(index))

    def _header_sort(self, section: int, order: Qt.SortOrder) -> None:
        key = _COLUMN_SORTS.get(Column(section)) if 0 <= section < len(Column) else None
        if key is None:  # the presenters column has no order of its own
            if self.last_query is not None:
                self._show_sort(self.last_query)
            return
        self.set_sort(key, order == Qt.SortOrder.DescendingOrder)

    def _show_sort(self, query: SessionQuery) -> None:
        """Make the header indicator and the sort box say what the list shows."""
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        column = next((c for c, k in _COLUMN_SORTS.items() if k == query.sort), None)
        if column is None:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        else:
            order = (
                Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
            )
            header.setSortIndicator(column, order)
        header.blockSignals(False)
        self.sort_choice.blockSignals(True)
        index = self.sort_choice.findData(query.sort)
        relevance = self.sort_choice.findData("relevance")
        # Relevance only means something while searching.
        view = self.sort_choice.view()
        if isinstance(view, QListView):
            view.setRowHidden(relevance, not query.searching)
        if index < 0:
            self.sort_choice.addItem(f"Sort: {query.sort.capitalize()}", query.sort)
            index = self.sort_choice.count() - 1
        self.sort_choice.setCurrentIndex(index)
        self.sort_choice.blockSignals(False)

    # ---- preferences ---------------------------------------------------------
    def apply_preferences(self) -> None:
        """Apply what the settings dialog stores: time display, sync schedule, theme."""
        display = app_settings.time_display(self.store)
        self.model.set_time_display(display)
        self._lay_out_groups()
        self.agenda.model.set_time_display(display)
        self._size_columns()
        minutes = app_settings.sync_interval_minutes(self.store)
        if minutes:
            self.sync_timer.start(minutes * 60_000)
        else:
            self.sync_timer.stop()
        self._apply_theme()

    def _preferences_accepted(self) -> None:
        """Settings › OK: apply them; the list keeps its selection and scroll position."""
        selected, anchor = self.current_session_id(), self._top_row_anchor()
        self.apply_preferences()  # the time display resets the list's model
        self.reminders.reschedule()
        self._keep_selected, self._scroll_anchor = selected, anchor
        self.refresh()

    def _apply_theme(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, app_settings.theme(self.store))

    def open_settings(self) -> SettingsDialog:
        self._settings_dialog = _replace_dialog(
            self._settings_dialog, SettingsDialog(self.store, self.tasks, self)
        )
        dialog = self._settings_dialog
        dialog.feeds_changed.connect(self._feeds_changed)
        dialog.sync_requested.connect(lambda: self.syncer.sync())
        dialog.feed_sync_requested.connect(lambda feed_id: self.syncer.sync([feed_id]))
        dialog.accepted.connect(self._preferences_accepted)
        dialog.open()
        return dialog

    def reload_all(self) -> None:
        """The store changed under every view (a sync, an import, a feed added or removed)."""
        self.watcher.mark_seen()  # what this reload shows needs no second one
        self._follow_pending = False
        self._feed_count = len(self.store.feeds())
        self._update_feed_facts()
        self._fill_filters()
        self.refresh()
        self.detail_panel.reload()
        for view in (self.agenda, self.changes):
            view.refresh()
        self._mark_stale(self.timeline, self.presenters, self.case_studies)
        self._update_live_agenda()
        self.reminders.reschedule()

    def follow_store(self) -> None:
        """Another process or window wrote to the store: show it, keeping the user's place.

        The selection, the list's scroll position, the open tab, the search and
        filters, and any note being typed stay as they are; views not shown
        reload when next shown. The other process rewrote the live agenda itself.
        While this window's own worker runs (a sync, an import), whose writes
        move the store too, it waits: the worker's end reloads everything.
        """
        if self.tasks.busy:
            if not self._follow_pending:
                self._follow_pending = True
                QTimer.singleShot(FOLLOW_RETRY_MS, self._follow_if_pending)
            return
        self._follow_pending = False
        logger.debug("The store changed elsewhere; following it")
        try:
            self._follow_store()
        except BriefingError as exc:  # locked a moment, or a damaged file
            logger.warning("Could not follow a change made elsewhere: %s", exc)
            self.watcher.forget()  # look again at the next poll
            self.report_error(f"Could not show the changes made elsewhere: {exc}")

    def _follow_if_pending(self) -> None:
        if self._follow_pending:
            self._follow_pending = False
            self.follow_store()

    def _follow_store(self) -> None:
        self._feed_count = len(self.store.feeds())
        self._update_feed_facts()
        self._fill_filters()
        self._scroll_anchor = self._top_row_anchor()
        self.refresh()
        self.detail_panel.follow_store()
        for view in (self.agenda, self.changes):
            view.refresh()
        self.case_studies.mark_changed_elsewhere()
        self._mark_stale(self.timeline, self.presenters, self.case_studies)
        self.reminders.reschedule()
        self._update_sync_state()
        if self._settings_dialog is not None and self._settings_dialog.isVisible():
            self._settings_dialog.follow_store()

    def _top_row_anchor(self) -> tuple[int, int] | None:
        """The first session at or below the list's top edge, and how many rows above it show."""
        top = self.table.rowAt(0)
        if top < 0:
            return None
        for row in range(top, min(top + 3, self.model.rowCount())):
            position = self.model.position_of_row(row)
            if position is not None:
                entry_id = self.model.session_id_at(position)
                return entry_id, row - top
        return None

    def _restore_top_row(self, anchor: tuple[int, int]) -> None:
        session_id, rows_above = anchor
        index = self.model.index_of(session_id)
        if not index.isValid():  # it left the list: show the selection instead
            if self.table.currentIndex().isValid():
                self.table.scrollTo(self.table.currentIndex())
            return
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        if rows_above:  # a heading showed above it: keep showing it
            above = self.model.index(max(index.row() - rows_above, 0), index.column())
            self.table.scrollTo(above, QAbstractItemView.ScrollHint.PositionAtTop)

    def _note_conflict(self, session_id: int) -> None:
        self.messages.show_message(
            self.tr(
                "Your note was also changed elsewhere (another window or a briefing-app "
                "command). Your text is saved; the other version is in the note's History."
            ),
            "info",
            [(self.tr("Show history"), self.detail_panel.open_note_history)],
        )
        logger.info("Told the user about a note conflict on session %s", session_id)

    def _note_replaced(self, _session_id: int) -> None:
        actions = []
        if self.detail_panel.history_button.isVisible():
            actions.append((self.tr("Show history"), self.detail_panel.open_note_history))
        self.messages.show_message(
            self.tr(
                "This note was changed elsewhere (another window or a briefing-app command) "
                "and now shows that text."
            ),
            "info",
            actions,
        )

    def _feeds_changed(self) -> None:
        self.reload_all()

    def take_request(self, files: list[Path]) -> None:
        """A later ``briefing-app [FILE…]`` on this data folder: come to the front, import."""
        logger.info("A later start asked for the window (%d file(s))", len(files))
        self.come_forward()
        for path in files:
            self.import_file(path)

    def come_forward(self) -> None:
        self.setWindowState(
            (self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
        self.show()
        self.raise_()
        self.activateWindow()

    # ---- first run: the sample, and adding one's own event ----------------------
    def _update_feed_facts(self) -> None:
        """Whether the user has a feed of their own, and what the bundled sample is called."""
        self._own_feed = has_own_feed(self.store)
        self._sample = sample_info(self.store)
        if self._sample is not None:
            self.first_run.set_sample(self._sample.label, self._sample.name, self._sample.years)
        else:
            self.first_run.set_sample(None)
        # The window title names what is shown; the platform adds the app's name
        # ("Sample series from 2020 — Briefing Companion" on X11 and Windows).
        title = APP_NAME
        if not self._own_feed and self._sample is not None:
            title = self._sample.label
        self.setWindowTitle(title)

    def _show_first_run(self, query: SessionQuery, result: ListResult) -> bool:
        """Show the call to action instead of the list while nothing of the user's is upcoming.

        That is: no feed of the user's own, the plain upcoming list (no search, filter or
        date range, past sessions not asked for), and nothing in it but the fallback.
        """
        shown = (
            not self._own_feed
            and query.ending_after is not None
            and not query.filtered
            and (not result.entries or result.fallback == "recent")
        )
        was_shown = not self.first_run.isHidden()
        self.first_run.setVisible(shown)
        self.table.setVisible(not shown)
        self.detail_panel.setVisible(not shown)
        if was_shown and not shown:
            # The card's buttons are gone: the keyboard goes to the list (now, and after
            # the dialog that added the feed gives focus back to its hidden button).
            self._focus_list_if_lost()
            QTimer.singleShot(0, self._focus_list_if_lost)
        return shown

    def _focus_list_if_lost(self) -> None:
        focus = self.focusWidget()  # this window's, even while a dialog has the keyboard
        if focus is None or not focus.isVisible() or self.first_run.isAncestorOf(focus):
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.isVisible() and QApplication.activeModalWidget() is None:
            self.activateWindow()  # back from our own dialog (no window manager does it)

    def _sample_notice(self) -> str:
        assert self._sample is not None
        return self.tr(
            "You are looking at the <b>{label}</b> that comes with the app. "
            "<a href='add-feed'>Add your event's feed…</a>"
        ).format(label=html.escape(self._sample.label))

    def in_first_run(self) -> bool:
        """True while the Sessions tab shows the call to action instead of the list."""
        return not self.first_run.isHidden()

    def open_add_feed(self) -> AddFeedDialog:
        """Add your event's feed: an address or a file, checked before it is added."""
        self._add_feed_dialog = _replace_dialog(
            self._add_feed_dialog, AddFeedDialog(self.store, self.tasks, self)
        )
        dialog = self._add_feed_dialog
        dialog.added.connect(self._feed_added)
        # Closed, it gives the keyboard back to the card's button, hidden by then.
        dialog.finished.connect(lambda _result: QTimer.singleShot(0, self._focus_list_if_lost))
        dialog.open()
        return dialog

    def _feed_added(self, summary: str) -> None:
        self.show_past.setChecked(False)  # what is next in the user's own event
        self.reload_all()
        text = self.tr("Feed added: {summary}").format(summary=summary) if summary else ""
        self.statusBar().showMessage(text or self.tr("Feed added"), 10_000)

    def open_invite(self) -> None:
        path = choose_invite(self)
        if path is not None:
            self.import_file(path)

    def _reminder_opened(self, session_id: int) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.open_session(session_id)

    # ---- filters ------------------------------------------------------------
    def _fill_filters(self) -> None:
        """Offer the values the store holds (the choice is kept when the store changes)."""
        values = self.store.filter_values()
        sample = self._sample.label if self._sample is not None else None
        feeds = {str(f.id): feed_label(f, sample) for f in self.store.feeds()}
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
                for value in values[key]:
                    combo.addItem(FORMAT_LABELS.get(value, value[:1].upper() + value[1:]), value)
            index = combo.findData(chosen)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
            # A filter with one choice filters nothing (unless it is the one chosen).
            combo.setVisible(combo.count() > 2 or combo.currentIndex() > 0)
        # The status column earns its room only when some session is not plainly scheduled.
        self.table.setColumnHidden(
            Column.STATUS, not any(v != "scheduled" for v in values["status"])
        )

    def clear_filters(self) -> None:
        """Back to the plain list: no search, no filters, no date range."""
        for widget in (self.favourites_only, self.dates, *self.filters.values(), self.search):
            widget.blockSignals(True)
        self.favourites_only.setChecked(False)
        for combo in self.filters.values():
            combo.setCurrentIndex(0)
        self.dates.clear()
        self.search.clear()
        for widget in (self.favourites_only, self.dates, *self.filters.values(), self.search):
            widget.blockSignals(False)
        self.refresh()

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
        # The list loads once, after everything is restored.
        blockers = [
            QSignalBlocker(w)
            for w in (self.show_past, self.favourites_only, self.dates, *self.filters.values())
        ]
        self.show_past.setChecked(self.settings.value("filters/show_past", "false") == "true")
        self.favourites_only.setChecked(
            self.settings.value("filters/favourites_only", "false") == "true"
        )
        for key, combo in self.filters.items():
            index = combo.findData(self.settings.value(f"filters/{key}"))
            if index > 0:
                combo.setCurrentIndex(index)
        self.dates.restore(str(self.settings.value("filters/dates", "") or ""))
        saved_sort = str(self.settings.value("list/sort", "time"))
        for sort_key in SORT_KEYS:  # the saved name, typed as its SortKey
            if sort_key == saved_sort and sort_key != "relevance":
                self._sort = sort_key
        self._descending = self.settings.value("list/descending", "false") == "true"
        del blockers

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
        self.settings.setValue("filters/dates", self.dates.state())
        self.settings.setValue("list/sort", self._sort)
        self.settings.setValue("list/descending", "true" if self._descending else "false")
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.detail_panel.save_note()
        self.save_state()
        crash.remove_saver(self.detail_panel.save_note)
        self.searcher.stop()
        super().closeEvent(event)

    def open_session(self, session_id: int) -> None:
        """Show *session_id* in the Sessions tab, widening the list if it is filtered out."""
        self.tabs.setCurrentWidget(self.splitter)
        # The call to action hides the list: show the (sample's) sessions instead.
        if self.in_first_run() or not self.select_session(session_id):
            self.show_past.blockSignals(True)
            self.show_past.setChecked(True)
            self.show_past.blockSignals(False)
            self.clear_filters()  # browsing, not searching: the list is there at once
            self.select_session(session_id)
        self.table.setFocus()

    def _mark_stale(self, *views: QWidget) -> None:
        """The store changed under *views*: the one shown reloads now, the others when shown."""
        self._stale_views.update(views)
        self._tab_changed(self.tabs.currentIndex())

    def _tab_changed(self, _index: int) -> None:
        view = self.tabs.currentWidget()
        if view is self.splitter:  # the list's count belongs to the list
            self.statusBar().showMessage(self._list_status)
        else:
            self.statusBar().clearMessage()
        if view in self._stale_views:
            self._stale_views.discard(view)
            refresh = getattr(view, "refresh", None)
            if callable(refresh):
                refresh()

    def open_presenter(self, presenter_id: int) -> None:
        self.tabs.setCurrentWidget(self.presenters)
        self.presenters.show_presenter(presenter_id)

    def _case_studies_then(self, action: Callable[[CaseStudiesView], None]) -> Callable[[], None]:
        """A File-menu action of the workspace: show its tab, then run it there."""

        def run() -> None:
            self.tabs.setCurrentWidget(self.case_studies)
            action(self.case_studies)

        return run

    def open_case_study(self, case_study_id: int) -> None:
        self.tabs.setCurrentWidget(self.case_studies)
        self.case_studies.show_case_study(case_study_id)

    def _restore_selection(self, session_id: int | None, *, scroll: bool = True) -> None:
        index = self.model.index_of(session_id) if session_id is not None else QModelIndex()
        if not index.isValid() and self.model.session_count():
            index = self.model.index_at(0)
        if not index.isValid():
            self.detail_panel.show_session(None)
            return
        # The list paints first; the detail pane follows in the next turn of the event loop.
        self._defer_detail = True
        try:
            self.table.setCurrentIndex(index)
        finally:
            self._defer_detail = False
        if scroll:
            self.table.scrollTo(index)

    def current_session_id(self) -> int | None:
        record = self.model.record(self.table.currentIndex())
        return record.id if record is not None else None

    def select_session(self, session_id: int) -> bool:
        index = self.model.index_of(session_id)
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def visible_titles(self) -> list[str]:
        """The titles the list shows, in order (loads every row: for tests and small lists)."""
        return [
            record.title
            for position in range(self.model.session_count())
            if (record := self.model.record_at(position)) is not None
        ]

    def _size_columns(self) -> None:
        """Widths from the font (so 200% scaling widens them), not from loading every row.

        Under day headings the time column holds times only; the title takes the rest.
        """
        display = self.model.time_display
        by_day = self.model.times_only
        if self._column_mode == (display, by_day):
            return  # keep what the user dragged
        self._column_mode = (display, by_day)
        # Dated rows show one zone (the tooltip has both): about as wide as two zones' times.
        when = "10:00–11:30 EDT" + (" (16:00–17:30 GMT)" if display == "both" and by_day else "")
        when = when if by_day else f"Wed 30 Sep 2026 {when}"
        samples = {
            Column.FAVOURITE: "★ ▾",  # room for the sort indicator
            Column.WHEN: when,
            Column.KIND: "Working group",
            Column.TRACK: "Digital services",
            Column.FORMAT: "In person",
            Column.PRESENTERS: "Firstname Lastname",
            Column.STATUS: "Cancelled",
        }
        metrics = self.table.fontMetrics()
        self._column_widths = {c: metrics.horizontalAdvance(t) + 24 for c, t in samples.items()}
        for column, width in self._column_widths.items():
            self.table.setColumnWidth(column, width)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Keep the title readable: in a narrow list, drop presenters, then format, then kind."""
        if not self._column_widths:
            return
        available = self.table.viewport().width()
        title_room = self.table.fontMetrics().horizontalAdvance("x" * 30)
        used = sum(
            width
            for c, width in self._column_widths.items()
            if c in _SHED_COLUMNS or not self.table.isColumnHidden(c)
        )
        for column in _SHED_COLUMNS:
            shed = available - used < title_room
            if self.table.isColumnHidden(column) != shed:
                self.table.setColumnHidden(column, shed)
                if not shed:
                    self.table.setColumnWidth(column, self._column_widths[column])
            if shed:
                used -= self._column_widths[column]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        self.import_action = file_menu.addAction("&Import feed or invite…")
        self.import_action.setShortcut(QKeySequence.StandardKey.Open)
        self.import_action.triggered.connect(self._choose_feed_file)
        self.export_action = file_menu.addAction("&Export to calendar (.ics)…")
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.open_export)
        import_bundle = file_menu.addAction("Import case-study &bundle…")
        import_bundle.triggered.connect(
            self._case_studies_then(CaseStudiesView.choose_bundle_to_import)
        )
        export_case = file_menu.addAction("Export case stud&y…")
        export_case.triggered.connect(self._case_studies_then(CaseStudiesView.choose_export_target))
        file_menu.addSeparator()
        settings_action = file_menu.addAction("S&ettings…")
        settings_action.setShortcuts(preferences_shortcuts())
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
        if self._detail_timer.isActive():  # the pane must show the list's session first
            self._show_current_detail()
        try:
            self.store.set_favourite(session_id, favourite)
        except BriefingError as exc:
            self.report_error(f"Could not change your favourites: {exc}")
            return
        query = self.last_query
        if query is not None and (query.favourites_only or query.sort == "favourite"):
            self.refresh()  # the row joins, leaves or moves
        else:
            self.model.refresh_session(session_id)
        self.detail_panel.reload()
        self.agenda.refresh()
        self._mark_stale(self.timeline, self.changes)  # the changes list puts favourites first
        self._update_live_agenda()
        self.reminders.reschedule()
        self.favourite_toggled.emit(session_id, favourite)

    def _update_live_agenda(self) -> None:
        """Rewrite agenda.ics so calendars subscribed to it follow.

        Off the GUI thread (it ends in an fsync, and a slow disk must not freeze
        a ★ click), one write at a time in the order asked, so the last wins.
        """
        path = self.store.path

        def work() -> Path:
            with Store(path) as store:
                return rewrite_live_agenda(store)  # LiveAgendaError: said in the banner

        self.agenda_writer.run(work, lambda _path: None, self._live_agenda_failed)

    def _live_agenda_failed(self, error: BriefingError) -> None:
        logger.warning("Could not write the live agenda file: %s", error)
        self.report_error(f"Could not update the live agenda file: {error}")

    def data_location_text(self) -> str:
        folder = self.store.path.parent
        return (
            f"Everything the app keeps is in {folder}: the database ({self.store.path.name}), "
            f"the live agenda file, cached photos and, when the folder was chosen with "
            f"--data-dir, the logs. Back it up by copying the folder while the app is closed."
        )

    def data_location_html(self) -> str:
        """The same as rich text: the option never breaks across lines at its hyphens.

        Qt breaks after a hyphen even inside ``<nobr>``; non-breaking hyphens hold.
        """
        folder = html.escape(str(self.store.path.parent))
        name = html.escape(self.store.path.name)
        return self.tr(
            "Everything the app keeps is in <code>{folder}</code>: the database "
            "(<nobr><code>{name}</code></nobr>), the live agenda file, cached photos and, when "
            "the folder was chosen with <code>{option}</code>, the logs. Back it "
            "up by copying the folder while the app is closed."
        ).format(folder=folder, name=name, option=DATA_DIR_OPTION)

    def _show_data_location(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle("Where my data lives")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(self.data_location_html())
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_button = box.addButton("Open folder", QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.store.path.parent)))

    def open_log_folder(self) -> Path:
        from briefing_app.platform.logging_setup import current_log_file, log_dir

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
            record = self.model.record(index)
            if record is not None:
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

    def import_file(self, path: Path, timezone: str | None = None) -> None:
        """Import *path* in the background; the list refreshes when it lands.

        *timezone* is the zone chosen for a file that names none (asked for when needed).
        """
        db_path = self.store.path
        self.import_action.setEnabled(False)
        self.statusBar().showMessage(f"Importing {path.name}…")
        self.tasks.run(
            lambda: import_file_at(db_path, path, timezone=timezone),
            lambda result: self._imported(result, path),
            lambda error: self._failed(error, path, timezone),
            self._import_crashed,
        )

    def _import_crashed(self) -> None:
        self.import_action.setEnabled(True)
        self.statusBar().clearMessage()

    def _imported(self, result: ImportResult, path: Path) -> None:
        self.import_action.setEnabled(True)
        self.reload_all()
        self.statusBar().showMessage(import_status_text(result, path.name), 10_000)
        self.import_finished.emit(result)

    def _failed(
        self, error: BriefingError, path: Path | None = None, timezone: str | None = None
    ) -> None:
        self.import_action.setEnabled(True)
        if isinstance(error, MissingTimezoneError) and path is not None and timezone is None:
            self.zone_picker = ask_zone_for_file(
                self, path, error, lambda zone: self.import_file(path, zone)
            )
            return
        retry = (lambda: self.import_file(path)) if path is not None else None
        self.report_error(f"Could not import: {error}", retry=retry)

    # ---- errors and summaries: one banner -------------------------------------
    def report_error(self, text: str, retry: Callable[[], object] | None = None) -> None:
        """Show *text* in the message banner, with Retry when trying again makes sense."""
        logger.info("Shown to the user: %s", text)
        actions = [("Retry", retry)] if retry is not None else []
        self.messages.show_message(text, "error", actions)

    def show_changes(self) -> None:
        self.tabs.setCurrentWidget(self.changes)

    def open_export(self) -> ExportDialog:
        """File › Export to calendar: this session, my agenda, or the sessions listed."""
        hidden = self.in_first_run()  # the list behind the call to action is not "shown"
        listed = [] if hidden else [e.id for e in self.model.entries]
        current = None if hidden else self.current_session_id()
        self._export_dialog = _replace_dialog(
            self._export_dialog,
            ExportDialog(self.store, self.tasks, current, listed, parent=self),
        )
        dialog = self._export_dialog
        dialog.exported.connect(
            lambda count, path: self.statusBar().showMessage(
                f"Exported {count} event{'s' if count != 1 else ''} to {path}", 10_000
            )
        )
        dialog.open()
        return dialog

    # ---- syncing ------------------------------------------------------------
    def _sync_started(self) -> None:
        self.sync_action.setEnabled(False)
        self.statusBar().showMessage("Syncing…")

    def _sync_progress(self, stage: str, _feed_id: int, name: str) -> None:
        self.statusBar().showMessage(f"Syncing {name}: {stage}…")

    def _sync_finished(self, report: SyncReport) -> None:
        self.sync_action.setEnabled(True)
        self.reload_all()
        favourites = {e.id for e in self.store.session_index(SessionQuery(favourites_only=True))}
        summary = report_summary(report, favourites)
        self.statusBar().showMessage(f"Synced: {summary}", 15_000)
        network_errors = [e for _f, _n, e in report.errors if getattr(e, "retryable", False)]
        remote = {f.id for f in self.store.feeds() if f.url.startswith(("http://", "https://"))}
        reached = any(o.feed_id in remote for o in report.outcomes)
        if report.errors:
            self._offline = bool(network_errors) and not reached
            lines = "\n".join(str(error) for _fid, _name, error in report.errors)
            self.report_error(f"Sync failed:\n{lines}", retry=lambda: self.syncer.sync())
            zoneless = [f for f, _n, e in report.errors if isinstance(e, MissingTimezoneError)]
            if zoneless:  # a question the user can answer, not only a failure
                self.messages.add_action(
                    self.tr("Choose time zone…"), lambda: self.choose_feed_zone(zoneless[0])
                )
        else:
            self._offline = False
            if any(o.changes is not None and not o.changes.is_empty for o in report.outcomes):
                self.messages.show_message(
                    f"Synced: {summary}", "info", [("View changes", self.show_changes)]
                )
        self._update_sync_state()

    def choose_feed_zone(self, feed_id: int) -> ZonePickerDialog:
        """Settings, with the zone picker for a feed that names no zone (then it syncs)."""
        return self.open_settings().change_zone(feed_id)

    def _sync_crashed(self) -> None:
        self.sync_action.setEnabled(True)
        self.statusBar().clearMessage()
        self._update_sync_state()

    def _sync_failed(self, error: BriefingError) -> None:
        self.sync_action.setEnabled(True)
        self.report_error(f"Sync could not run: {error}", retry=lambda: self.syncer.sync())
        self._update_sync_state()

    def _update_sync_state(self) -> None:
        """Status bar: when the feeds last synced, and whether the last try reached them."""
        remote = [f for f in self.store.feeds() if f.url.startswith(("http://", "https://"))]
        times = [f.last_success_at for f in remote if f.last_success_at]
        if not remote:
            self.sync_state.setText("Local feeds only")
            self.connection_state.setText("")
            return
        if times:
            latest = in_zone(from_utc_text(max(times)), self.model.user_zone)
            self.sync_state.setText(f"Last synced {latest:%a %d %b %H:%M}")
        else:
            self.sync_state.setText("Not synced yet")
        if self._offline is None:  # nothing tried in this run: what the last try recorded
            self._offline = any(
                f.last_error and (f.last_attempt_at or "") > (f.last_success_at or "")
                for f in remote
            )
        self.connection_state.setText("○ Offline" if self._offline else "● Online")
        self.connection_state.setToolTip(
            "The last sync could not reach the feeds; you are browsing the offline copy."
            if self._offline
            else "The last sync reached the feeds."
        )

    def _about(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"<b>{APP_NAME}</b> {__version__}<br>An offline companion for briefing series."
            f"<br><br>Your data: {self.store.path}"
            f"<br>Live agenda file: {live_agenda_path(self.store)}",
        )

    # ---- slots --------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.model.position(current) is None:
            return  # a day heading: the detail pane keeps its session
        if self._defer_detail:
            self._detail_timer.start()
        else:
            self._show_current_detail()

    def _show_current_detail(self) -> None:
        self._detail_timer.stop()
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


_Dialog = TypeVar("_Dialog", bound=QDialog)


def _replace_dialog(old: QDialog | None, new: _Dialog) -> _Dialog:
    """Keep one dialog of a kind: the one opened before goes (no dialog per use piles up)."""
    if old is not None:
        old.close()
        old.deleteLater()
    return new
