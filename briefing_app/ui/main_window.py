"""The main window: the tabs (Sessions first), menus, status bar and message banner.

It wires what crosses tabs: syncing, importing, exporting, favourites, settings,
and following changes made elsewhere (follow_store / reload_all).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar, cast, overload

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    Qt,
    QThreadPool,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefing_app import APP_NAME
from briefing_app.errors import BriefingError
from briefing_app.store import SessionQuery, SortKey, Store
from briefing_app.ui import content_language
from briefing_app.ui.damage_watch import DamageWatch
from briefing_app.ui.dialogs import help_menu
from briefing_app.ui.dialogs.help_menu import add_help_menu
from briefing_app.ui.feed_imports import FeedImports
from briefing_app.ui.language import apply_language
from briefing_app.ui.mydata_flow import MyDataFlow
from briefing_app.ui.prereads_flow import PrereadsFlow
from briefing_app.ui.sessions.date_filter import DateRangeFilter
from briefing_app.ui.sessions.first_run import (
    AddFeedDialog,
    FirstRunPanel,
    choose_invite,
)
from briefing_app.ui.sessions.hidden import fill_hidden_menu
from briefing_app.ui.sessions.session_list import SessionListModel
from briefing_app.ui.sessions.session_table import SessionTable
from briefing_app.ui.sessions.tab import SessionsTab
from briefing_app.ui.sync_feedback import SyncFeedback
from briefing_app.ui.widgets.error_text import error_text
from briefing_app.ui.widgets.focus import focus_first_control
from briefing_app.ui.widgets.locale_text import stamp_text
from briefing_app.ui.widgets.message_banner import MessageBanner
from briefing_app.ui.widgets.shortcuts import ActionKeysFirst, preferences_shortcuts
from briefing_app.ui.widgets.theme import apply_theme, show_focus
from briefing_app.ui.workers.search_worker import SearchRunner
from briefing_app.ui.workers.store_watcher import StoreWatcher
from briefing_app.ui.workers.sync_controller import SyncController
from briefing_app.ui.workers.tasks import TaskRunner
from briefing_app.ui.workers.write_queue import WriteQueue
from briefing_app.usecases import drafts as drafts_use
from briefing_app.usecases import settings as app_settings
from briefing_app.usecases.drafts import Draft, DraftStore, drafts_dir
from briefing_app.util.i18n import is_singular
from briefing_app.util.timeutil import local_zone_name, to_utc_text, utc_now
from briefing_app.util.trmark import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the other tabs and the dialogs load when first shown
    from PySide6.QtWidgets import QTextBrowser

    from briefing_app.ui.agenda.view import AgendaView
    from briefing_app.ui.attendance.view import AttendanceDialog
    from briefing_app.ui.casestudies.view import CaseStudiesView
    from briefing_app.ui.changes.view import ChangesView
    from briefing_app.ui.dialogs.export import ExportDialog
    from briefing_app.ui.dialogs.settings import SettingsDialog
    from briefing_app.ui.dialogs.zone_picker import ZonePickerDialog
    from briefing_app.ui.followups.dialog import FollowupDialog
    from briefing_app.ui.followups.view import FollowupsView
    from briefing_app.ui.now_next.view import NowNextView
    from briefing_app.ui.organizations.view import OrganizationsView
    from briefing_app.ui.pack.dialog import PackDialog
    from briefing_app.ui.presenters.view import PresentersView
    from briefing_app.ui.reminder_alerts import ReminderBanner, ReminderNotifier, ReminderScheduler
    from briefing_app.ui.sessions.detail_panel import SessionDetailPanel
    from briefing_app.ui.timeline.view import DayTimeline

logger = logging.getLogger(__name__)


#: While this window's own worker writes, a change seen elsewhere is looked at again this often.
FOLLOW_RETRY_MS = 300

#: What the first screen does not need follows its paint, or this long after the window
#: is shown if it does not paint (started minimized).
FIRST_PAINT_LATEST_MS = 1000

#: SQLite's page cache of the window's own connection, in MB: it reads what is shown and
#: writes a note or a star; syncs and imports run on connections of their own (32 MB).
#: At 100,000 sessions the default 32 MB filled while browsing, for no speed gained.
WINDOW_CACHE_MB = 8


_T = TypeVar("_T")


class _FromSessionsTab(Generic[_T]):
    """An attribute of the window that is the Sessions tab's attribute of the same name."""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, window: None, owner: type | None = None) -> _FromSessionsTab[_T]: ...
    @overload
    def __get__(self, window: MainWindow, owner: type | None = None) -> _T: ...
    def __get__(
        self, window: MainWindow | None, owner: type | None = None
    ) -> _T | _FromSessionsTab[_T]:
        if window is None:
            return self
        return cast(_T, getattr(window.sessions, self._name))  # typed where it is declared


#: The tabs after Sessions, in order: attribute name → tab title.
_LAZY_TAB_TITLES = {
    "timeline": QT_TRANSLATE_NOOP("MainWindow", "Timeline"),
    "agenda": QT_TRANSLATE_NOOP("MainWindow", "My agenda"),
    "presenters": QT_TRANSLATE_NOOP("MainWindow", "Presenters"),
    "case_studies": QT_TRANSLATE_NOOP("MainWindow", "Case studies"),
    "changes": QT_TRANSLATE_NOOP("MainWindow", "Changes"),
    "followups": QT_TRANSLATE_NOOP("MainWindow", "Follow-ups"),
    "organizations": QT_TRANSLATE_NOOP("MainWindow", "Organizations"),
    "now_next": QT_TRANSLATE_NOOP("MainWindow", "Now && next"),
}


class _LazyTab(Generic[_T]):
    """A tab of the window that is built the first time it is shown or asked for."""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, window: None, owner: type | None = None) -> _LazyTab[_T]: ...
    @overload
    def __get__(self, window: MainWindow, owner: type | None = None) -> _T: ...
    def __get__(self, window: MainWindow | None, owner: type | None = None) -> _T | _LazyTab[_T]:
        if window is None:
            return self
        return cast(_T, window._tab(self._name))  # built by _make_tab as declared


class MainWindow(QMainWindow, FeedImports, SyncFeedback, PrereadsFlow, MyDataFlow):
    """The app's window: the Sessions tab (:class:`SessionsTab`) and the other views as tabs.

    Signals:
        session_selected(int): the id of the session now shown in the detail pane.
        favourite_toggled(int, bool): a session was marked or unmarked as a favourite.
        import_finished(object): a feed file was imported (the ImportResult).
        list_updated(): the session list shows the result of the latest query.
        first_painted(): the window painted for the first time, and what its first
            screen did not need (the whole list, the filters' values, the reminders)
            is on its way.
        replaced(object): a new window (the MainWindow) took this one's place in
            another language (``ui/language_switch.py``); this one closes.
    """

    session_selected = Signal(int)
    favourite_toggled = Signal(int, bool)
    import_finished = Signal(object)
    list_updated = Signal()
    first_painted = Signal()
    #: A new window took this one's place (its language changed): the new MainWindow.
    replaced = Signal(object)

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        tasks: TaskRunner | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        store.set_cache_size(WINDOW_CACHE_MB)
        # Before any string is translated: the language of the setting (or the system's).
        self.language = apply_language(app_settings.language(store))
        # Before any widget is built: text documents take their link colours then.
        self._theme: str | None = None
        self._apply_theme()
        self.tasks = tasks or TaskRunner(self)
        writer_pool = QThreadPool(self)
        writer_pool.setMaxThreadCount(1)  # agenda.ics rewrites, in order
        self.agenda_writer = TaskRunner(self, pool=writer_pool)
        self._follow_pending = False  # a change made elsewhere waits for our worker
        # The window's own timer: it dies with the window and shut_down stops it (a
        # parentless single shot fired on the closed store).
        self.follow_retry = QTimer(self)
        self.follow_retry.setSingleShot(True)
        self.follow_retry.setInterval(FOLLOW_RETRY_MS)
        self.follow_retry.timeout.connect(self._follow_if_pending)
        #: The user's writes (notes, ★, reminders): never waiting on the GUI thread.
        self.writes = WriteQueue(store, self)
        self.drafts = DraftStore(drafts_dir(store.path))
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
        self._pack_dialog: PackDialog | None = None
        self.sessions = SessionsTab(store, self, writes=self.writes)
        self.sessions.session_selected.connect(self.session_selected)
        self.sessions.list_updated.connect(self.list_updated)
        self.sessions.favourite_requested.connect(self.set_favourite)
        self.sessions.status_changed.connect(self._list_status_changed)
        self.sessions.query_failed.connect(self._query_failed)
        self.sessions.add_feed_requested.connect(self.open_add_feed)
        self.sessions.invite_requested.connect(self.open_invite)
        self.sessions.feed_facts_changed.connect(self._update_title)
        self.sessions.hidden.changed.connect(self._hidden_changed)
        self.sessions.hidden.failed.connect(lambda error: self.report_error(error_text(error)))
        # The detail pane is built once the window has painted (or when asked for).
        self.sessions.detail_panel_built.connect(self._wire_detail_panel)
        self.sessions.hold_detail()
        self._add_feed_dialog: AddFeedDialog | None = None

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Views"))
        self.tabs.addTab(self.sessions, self.tr("Sessions"))
        self.messages = MessageBanner(self)
        #: The other tabs are built (their modules imported, the store read) when first
        #: shown or first asked for (``window.timeline``): the first paint waits for none.
        self._built_tabs: dict[str, QWidget] = {}
        self._tab_slots: dict[str, QWidget] = {}
        for name, title in _LAZY_TAB_TITLES.items():
            slot = QWidget()
            shown = QCoreApplication.translate("MainWindow", title)
            slot.setAccessibleName(shown)
            self._tab_slots[name] = slot
            self.tabs.addTab(slot, shown)
        self._stale_views: set[QWidget] = set()
        self.tabs.currentChanged.connect(self._tab_changed)
        #: The reminders (banner, scheduler, tray) are built once the window has painted,
        #: or when first asked for (``window.reminders``).
        self._reminder_parts: tuple[ReminderBanner, ReminderScheduler, ReminderNotifier] | None
        self._reminder_parts = None
        # Attendance (issue 16): each Join, from the pane or a reminder, is recorded.
        self._attendance_dialog: AttendanceDialog | None = None
        central = QWidget()
        self._central_layout = QVBoxLayout(central)
        self._central_layout.setContentsMargins(0, 0, 0, 0)
        # The banners (messages, reminders) are under the tabs, above the status bar: one
        # coming or going moves the bottom edge of the views, never the rows under the
        # pointer (above the tabs, they pushed the list down as the user clicked a ★).
        self._central_layout.addWidget(self.tabs, 1)
        self._central_layout.addWidget(self.messages)
        self.setCentralWidget(central)
        self._build_menus()
        self.write_state: QLabel
        self.sync_state: QLabel
        self.connection_state: QLabel
        self._offline: bool | None
        self._add_sync_state()

        self.settings = settings if settings is not None else QSettings()
        self.sync_timer = QTimer(self)
        self.sync_timer.timeout.connect(lambda: self.syncer.sync())
        self.apply_preferences()
        #: The settings this window applies, as it last applied them (see _follow_store).
        self._settings_applied = self._window_settings()
        self.sessions.update_feed_facts()
        # What the first screen shows is read here, whatever the store's size: the first
        # page of the list, the feeds. The rest follows the first paint (_after_first_paint):
        # the whole list, the values the filters offer (a pass over every session), the
        # reminders.
        self.sessions.fill_filters_later()
        self._restore_state()
        self.sessions.searcher.hold_rest()
        self._first_painted = False
        self._shut_down = False
        self.installEventFilter(self)
        self.sessions.refresh(first=True)
        self._update_sync_state()
        # Other processes (a second window, a `briefing-app` command, a worker
        # thread's connection) write to the same file: follow them.
        self.watcher = StoreWatcher(store, self)
        self.watcher.changed.connect(self.follow_store)
        self.writes.waiting_changed.connect(self._writes_waiting)
        self.writes.failed.connect(lambda error: self.report_error(error_text(error)))
        self.restore_drafts()
        #: Damage found while open (a check after the window shows, a query on a damaged
        #: page): the same dialog as at start.
        self.damage = DamageWatch(store, self, self.tasks)

    # ---- the other tabs, built when first wanted ----------------------------------
    timeline: _LazyTab[DayTimeline] = _LazyTab()
    agenda: _LazyTab[AgendaView] = _LazyTab()
    presenters: _LazyTab[PresentersView] = _LazyTab()
    case_studies: _LazyTab[CaseStudiesView] = _LazyTab()
    changes: _LazyTab[ChangesView] = _LazyTab()
    followups: _LazyTab[FollowupsView] = _LazyTab()
    organizations: _LazyTab[OrganizationsView] = _LazyTab()
    now_next: _LazyTab[NowNextView] = _LazyTab()

    def _built(self, *names: str) -> list[QWidget]:
        """Those of the tabs *names* built so far (one not built reads the store when it is)."""
        return [self._built_tabs[name] for name in names if name in self._built_tabs]

    def _refresh_built(self, *names: str) -> None:
        """Reload those of the tabs *names* built so far (the others read the store when built)."""
        for view in self._built(*names):
            refresh = getattr(view, "refresh", None)
            if callable(refresh):
                refresh()

    def _tab(self, name: str) -> QWidget:
        """The tab *name*, built and put in its place in the tab bar the first time."""
        view = self._built_tabs.get(name)
        if view is not None:
            return view
        view = self._make_tab(name)
        self._built_tabs[name] = view
        slot = self._tab_slots.pop(name)
        index = self.tabs.indexOf(slot)
        current = self.tabs.currentIndex()
        blocked = self.tabs.blockSignals(True)  # the same tab stays current: no change to tell
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(
                index, view, QCoreApplication.translate("MainWindow", _LAZY_TAB_TITLES[name])
            )
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(blocked)
        slot.deleteLater()
        return view

    def _make_tab(self, name: str) -> QWidget:
        store = self.store
        view: QWidget
        if name == "timeline":
            from briefing_app.ui.timeline.view import DayTimeline

            view = DayTimeline(store, self, load=False)  # reads the store when shown
            view.session_activated.connect(self.open_session)
            view.favourite_requested.connect(self.set_favourite)  # a block's menu
            self._stale_views.add(view)
        elif name == "agenda":
            from briefing_app.ui.agenda.view import AgendaView

            view = AgendaView(store, self)
            view.model.set_time_display(app_settings.time_display(store))
            view.session_activated.connect(self.open_session)
        elif name == "presenters":
            from briefing_app.ui.presenters.view import PresentersView

            view = PresentersView(store, self.tasks, self, load=False)
            view.session_activated.connect(self.open_session)
            self._stale_views.add(view)
        elif name == "case_studies":
            from briefing_app.ui.casestudies.view import CaseStudiesView

            view = CaseStudiesView(
                store,
                self,
                load=False,
                tasks=self.tasks,
                messages=self.messages,
                writes=self.writes,
            )
            view.session_activated.connect(self.open_session)
            self._stale_views.add(view)
        elif name == "followups":
            from briefing_app.ui.followups.view import FollowupsView

            view = FollowupsView(store, self, writes=self.writes, tasks=self.tasks)
            view.session_activated.connect(self.open_session)
            view.failed.connect(self.report_error)
            view.changed.connect(self.reminders.reschedule)
        elif name == "organizations":
            from briefing_app.ui.organizations.view import OrganizationsView

            orgs = OrganizationsView(store, self.tasks, self, load=False)
            orgs.session_activated.connect(self.open_session)
            orgs.presenter_activated.connect(self.open_presenter)
            orgs.case_study_activated.connect(self.open_case_study)
            orgs.filter_requested.connect(self.filter_by_organization)
            orgs.link_refused.connect(self._link_refused)
            self._stale_views.add(orgs)
            view = orgs
        elif name == "now_next":
            from briefing_app.ui.now_next.view import NowNextView

            view = NowNextView(store, self)
            view.session_activated.connect(self.open_session)
            view.joined.connect(self.record_join)  # every Join is recorded the one way
            view.link_failed.connect(self._link_refused)
        else:
            from briefing_app.ui.changes.view import ChangesView

            view = ChangesView(store, self)
            view.session_activated.connect(self.open_session)
        return view

    def add_followup(self, session_id: int | None = None) -> FollowupDialog:
        """The Follow-ups tab's form for a new follow-up, linked to *session_id* if given."""
        return self.followups.open_dialog(session_id=session_id)

    def _show_followups_then(self, action: Callable[[FollowupsView], None]) -> None:
        self.tabs.setCurrentWidget(self.followups)
        action(self.followups)

    def open_followup(self, followup_id: int) -> None:
        self.tabs.setCurrentWidget(self.followups)
        self.followups.select(followup_id)

    def filter_by_organization(self, organization_id: int) -> None:
        """The session list, filtered by *organization_id* (from the Organizations view)."""
        combo = self.sessions.filters["organization"]
        index = combo.findData(str(organization_id))
        if index < 0:
            self.sessions.fill_filters()
            index = combo.findData(str(organization_id))
        self.sessions.show_past.setChecked(True)
        combo.setCurrentIndex(max(index, 0))
        combo.setVisible(True)
        self.tabs.setCurrentWidget(self.sessions)

    def _hidden_changed_in_settings(self) -> None:
        if self.sessions.hidden.reload():
            self.sessions.follow_hidden()
        self._hidden_changed()

    def _hidden_changed(self) -> None:
        """Tracks or rooms were hidden or shown again: every view that lists sessions follows."""
        self._refresh_built("agenda", "now_next")
        self._mark_stale(*self._built("timeline"))

    # ---- the Sessions tab ------------------------------------------------------
    def _wire_detail_panel(self, panel: SessionDetailPanel) -> None:
        panel.presenter_activated.connect(self.open_presenter)
        panel.case_study_activated.connect(self.open_case_study)
        panel.note_conflict.connect(self._note_conflict)
        panel.note_replaced.connect(self._note_replaced)
        panel.link_refused.connect(self._link_refused)
        panel.note_failed.connect(self._note_failed)
        panel.reminder_changed.connect(lambda _id: self.reminders.reschedule())
        panel.questions.failed.connect(self.report_error)
        panel.followup_requested.connect(self.add_followup)
        panel.joined.connect(self.record_join)
        panel.attendance.changed.connect(lambda _id: self._refresh_attendance())
        panel.attendance.failed.connect(self.report_error)
        self._add_prereads()  # Keep offline in the detail pane's materials

    def _list_status_changed(self, status: str) -> None:
        if self.tabs.currentWidget() is self.sessions:
            self.statusBar().showMessage(status)

    def _query_failed(self, error: BriefingError) -> None:
        self.report_error(
            self.tr("Could not search: {0}").format(error_text(error)), retry=self.sessions.refresh
        )

    # ---- preferences ---------------------------------------------------------
    def apply_preferences(self) -> None:
        """Apply what the settings dialog stores: time display, sync schedule, theme."""
        content_language.follow_settings(self.store)  # feed texts in the user's language
        display = app_settings.time_display(self.store)
        self.sessions.set_time_display(display)
        if "agenda" in self._built_tabs:
            self.agenda.model.set_time_display(display)
        self.sessions.table.size_columns()
        minutes = app_settings.sync_interval_minutes(self.store)
        if minutes:
            self.sync_timer.start(minutes * 60_000)
        else:
            self.sync_timer.stop()
        self._apply_theme()

    def _preferences_accepted(self) -> None:
        """Settings › OK: apply them; the list keeps its selection and scroll position."""
        if self._apply_stored_settings():
            self.reminders.reschedule()
            self.sessions.refresh()

    def _apply_stored_settings(self) -> bool:
        """Apply the stored settings (the list's next refresh keeps its place); False if
        the language changed: a new window in that language takes this one's place."""
        from briefing_app.ui import language_switch  # when the settings are stored

        self._settings_applied = self._window_settings()
        if language_switch.language_changed(self):  # a new window in the new language
            QTimer.singleShot(0, self, self.switch_language)
            return False
        self.sessions.keep_place()
        self.apply_preferences()  # the time display resets the list's model
        return True

    def _window_settings(self) -> tuple[object, ...]:
        """The stored settings this window applies (what Settings › OK applies)."""
        store = self.store
        return (
            app_settings.language(store),
            app_settings.theme(store),
            app_settings.time_display(store),
            app_settings.sync_interval_minutes(store),
            app_settings.reminder_minutes(store),
        )

    def _apply_theme(self) -> None:
        app = QApplication.instance()
        theme = app_settings.theme(self.store)
        if isinstance(app, QApplication) and theme != self._theme:
            self._theme = theme  # applied again only when it changes (it repolishes all)
            apply_theme(app, theme)

    def open_settings(self) -> SettingsDialog:
        from briefing_app.ui.dialogs.settings import SettingsDialog

        self._settings_dialog = _replace_dialog(
            self._settings_dialog, SettingsDialog(self.store, self.tasks, self, writes=self.writes)
        )
        dialog = self._settings_dialog
        dialog.feeds_changed.connect(self._feeds_changed)
        dialog.sync_requested.connect(lambda: self.syncer.sync())
        dialog.feed_sync_requested.connect(lambda feed_id: self.syncer.sync([feed_id]))
        dialog.preferences_stored.connect(self._preferences_accepted)
        dialog.hidden_changed.connect(self._hidden_changed_in_settings)
        dialog.open()
        return dialog

    def reload_all(self) -> None:
        """The store changed under every view (a sync, an import, a feed added or removed)."""
        self.watcher.mark_seen()  # what this reload shows needs no second one
        self._follow_pending = False
        self.sessions.store_changed()
        self.detail_panel.reload()
        self._refresh_built("agenda", "changes", "followups", "now_next")
        self._mark_stale(*self._built("timeline", "presenters", "case_studies", "organizations"))
        self._update_live_agenda()
        self.reminders.reschedule()
        self._update_sync_state()  # a feed added by address is synced, not "local only"

    def follow_store(self) -> None:
        """Another process or window wrote to the store: show it, keeping the user's place.

        The selection, the list's scroll position, the open tab, the search and
        filters, and any note being typed stay as they are; views not shown
        reload when next shown. The other process rewrote the live agenda itself.
        While this window's own worker runs (a sync, an import), whose writes
        move the store too, it waits: the worker's end reloads everything.
        """
        if self._shut_down:  # closed: its store may be too
            return
        if self.tasks.busy:
            if not self._follow_pending:
                self._follow_pending = True
                self.follow_retry.start()
            return
        self._follow_pending = False
        logger.debug("The store changed elsewhere; following it")
        try:
            self._follow_store()
        except BriefingError as exc:  # locked a moment, or a damaged file
            logger.warning("Could not follow a change made elsewhere: %s", exc)
            self.watcher.forget()  # look again at the next poll
            self.report_error(
                self.tr("Could not show the changes made elsewhere: {0}").format(error_text(exc))
            )

    def _follow_if_pending(self) -> None:
        if self._follow_pending:
            self._follow_pending = False
            self.follow_store()

    def _follow_store(self) -> None:
        # Settings a command or another window stored (language, theme, time display, sync
        # schedule, reminders): applied as Settings › OK applies them.
        settings_changed = self._window_settings() != self._settings_applied
        if settings_changed:
            logger.info("Settings changed elsewhere; applying them")
            self._apply_stored_settings()
        self.sessions.store_changed(keep_scroll=not settings_changed)  # else kept above
        self.detail_panel.follow_store()
        self._refresh_built("agenda", "changes", "followups", "now_next")
        if "case_studies" in self._built_tabs:
            self.case_studies.mark_changed_elsewhere()
        self._mark_stale(*self._built("timeline", "presenters", "case_studies", "organizations"))
        self.reminders.reschedule()
        self._update_sync_state()
        if self._settings_dialog is not None and self._settings_dialog.isVisible():
            self._settings_dialog.follow_store()
        self._refresh_attendance()

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

    def _link_refused(self, why: str) -> None:
        """A link in the detail pane was not opened: say why in the banner."""
        self.messages.show_message(why, "error")

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

    # ---- first run: adding one's own event ---------------------------------------
    def _update_title(self) -> None:
        # The window title names what is shown; the platform adds the app's name
        # ("Sample series from 2020 — Briefing Companion" on X11 and Windows).
        self.setWindowTitle(self.sessions.sample_title() or APP_NAME)

    def in_first_run(self) -> bool:
        """True while the Sessions tab shows the call to action instead of the list."""
        return self.sessions.in_first_run()

    def open_add_feed(self) -> AddFeedDialog:
        """Add your event's feed: an address or a file, checked before it is added."""
        self._add_feed_dialog = _replace_dialog(
            self._add_feed_dialog, AddFeedDialog(self.store, self.tasks, self)
        )
        dialog = self._add_feed_dialog
        dialog.added.connect(self._feed_added)
        # Closed, it gives the keyboard back to the card's button, hidden by then.
        dialog.finished.connect(
            lambda _result: QTimer.singleShot(0, self.sessions.focus_list_if_lost)
        )
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

    # ---- remembered state ----------------------------------------------------
    def _restore_state(self) -> None:
        # A settings file edited by hand or written by another version must not
        # stop the window from opening: anything unreadable is ignored.
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(geometry)
        self.sessions.restore_splitter(self.settings)
        tab = str(self.settings.value("window/tab", 0))
        if tab.isdigit() and int(tab) < self.tabs.count():
            self.tabs.setCurrentIndex(int(tab))
        self.sessions.restore_filters(self.settings)

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.sessions.save_splitter(self.settings)
        self.settings.setValue("window/tab", self.tabs.currentIndex())
        self.sessions.save_filters(self.settings)
        self.settings.sync()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self and event.type() == QEvent.Type.Paint:
            self.removeEventFilter(self)  # the first paint only
            QTimer.singleShot(0, self, self._after_first_paint)
        return super().eventFilter(watched, event)

    def _after_first_paint(self) -> None:
        """The window is on screen: load and build what its first screen did not need."""
        if self._first_painted or self.store.closed:
            return
        self._first_painted = True
        if "timeline" not in self._built_tabs:  # first: 20 ms, ahead of the longer reads
            self.store.prefetch_feed_shapes()  # what the Timeline's first open would scan
        self.sessions.release_detail()
        self.sessions.searcher.release_rest()
        self.sessions.read_filter_values()
        self.reminders.reschedule()
        self.damage.check_after_show()  # in the background
        app = QApplication.instance()
        if isinstance(app, QApplication):
            show_focus(app)  # a focused list or text pane shows it (issue 17)
        self.first_painted.emit()

    # ---- reminders: built after the first paint, or when first asked for ------------
    def _reminders_built(self) -> tuple[ReminderBanner, ReminderScheduler, ReminderNotifier]:
        if self._reminder_parts is None:
            from briefing_app.ui.reminder_alerts import (
                ReminderBanner,
                ReminderNotifier,
                ReminderScheduler,
            )

            banner = ReminderBanner(parent=self)
            scheduler = ReminderScheduler(self.store, parent=self, writes=self.writes)
            notifier = ReminderNotifier(banner, tray=None, parent=self)
            notifier.attach(scheduler)
            notifier.session_activated.connect(self._reminder_opened)
            notifier.followup_activated.connect(self.open_followup)
            banner.join_opened.connect(self.record_join)
            banner.link_failed.connect(self._link_refused)
            # Under the tabs, above the message banner (see __init__).
            self._central_layout.insertWidget(self._central_layout.indexOf(self.messages), banner)
            self._reminder_parts = (banner, scheduler, notifier)
        return self._reminder_parts

    @property
    def reminder_banner(self) -> ReminderBanner:
        """Reminders shown inside the window (where there is no system tray)."""
        return self._reminders_built()[0]

    @property
    def reminders(self) -> ReminderScheduler:
        """Wakes up when the next reminder falls due."""
        return self._reminders_built()[1]

    @property
    def notifier(self) -> ReminderNotifier:
        """Shows a reminder in the tray or the banner."""
        return self._reminders_built()[2]

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._first_painted:  # not the tab bar, where focus showed nothing (issue 17)
            focus_first_control(self.tabs.currentWidget())
        # A window shown but not painted (started minimized) starts the rest anyway.
        QTimer.singleShot(FIRST_PAINT_LATEST_MS, self, self._after_first_paint)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.shut_down()
        super().closeEvent(event)

    def shut_down(self) -> None:
        """What closing does (once): typed text saved, state remembered, threads stopped."""
        if self._shut_down:
            return
        self._shut_down = True
        self._first_painted = True  # closed first: what would follow the paint never does
        self.damage.close()
        self.follow_retry.stop()
        self._follow_pending = False
        self.tasks.close()  # a sync or check ending later finds no window to update
        self.stop_kept_refresh()  # a kept material being fetched again stops
        if self.sessions.detail_built:  # else no note was typed: nothing to build for it
            self.detail_panel.save_note()
        if "case_studies" in self._built_tabs:
            self.case_studies.save_pending()
        self.save_state()
        self.sessions.close_down()
        # What still waits for the lock is in drafts: the next start stores it.
        self.writes.stop()

    def switch_language(self) -> MainWindow | None:
        """The language setting changed: a new window in that language takes this one's
        place, where the user was (``ui/language_switch.py``); None if it waits or is not
        needed."""
        from briefing_app.ui import language_switch

        return language_switch.switch_language(self)

    def open_session(self, session_id: int) -> None:
        """Show *session_id* in the Sessions tab, widening the list if it is filtered out."""
        self.tabs.setCurrentWidget(self.sessions)
        self.sessions.show_session(session_id)

    def _mark_stale(self, *views: QWidget) -> None:
        """The store changed under *views*: the one shown reloads now, the others when shown."""
        self._stale_views.update(views)
        self._tab_changed(self.tabs.currentIndex())

    def _tab_changed(self, _index: int) -> None:
        view = self.tabs.currentWidget()
        if view is not self.sessions:  # the list's whole-list load waits for this tab
            self.sessions.searcher.give_way()
        slot_of = {slot: name for name, slot in self._tab_slots.items()}
        if view in slot_of:  # shown for the first time: build it in its place
            view = self._tab(slot_of[view])
        if view is self.sessions:  # the list's count belongs to the list
            self.statusBar().showMessage(self.sessions.list_status)
        else:
            self.statusBar().clearMessage()
        if view in self._stale_views:
            self._stale_views.discard(view)
            refresh = getattr(view, "refresh", None)
            if callable(refresh):
                refresh()
        if view is not self.sessions:
            self.sessions.searcher.go_on_when_painted(view)
        else:
            self.sessions.searcher.go_on()

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

    def _build_menus(self) -> None:
        menu = self.menuBar()
        menu.setAccessibleName(self.tr("Main menu"))  # a screen reader said only "menu bar"
        self.statusBar().setAccessibleName(self.tr("Status"))
        file_menu = menu.addMenu(self.tr("&File"))
        self.import_action = file_menu.addAction(self.tr("&Import feed or invite…"))
        self.import_action.setShortcut(QKeySequence.StandardKey.Open)
        self.import_action.triggered.connect(self._choose_feed_file)
        self.export_action = file_menu.addAction(self.tr("&Export to calendar (.ics)…"))
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.open_export)
        self.search.installEventFilter(ActionKeysFirst([self.export_action], self.search))
        self.prereads_action = file_menu.addAction(self.tr("&Download pre-reads for my agenda…"))
        self.prereads_action.triggered.connect(lambda: self.open_prereads())
        self.pack_action = file_menu.addAction(self.tr("Export briefing &pack…"))
        self.pack_action.triggered.connect(lambda: self.open_pack())
        self.print_action = file_menu.addAction(self.tr("P&rint…"))
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(lambda: self.open_pack(for_print=True))
        import_bundle = file_menu.addAction(self.tr("Import case-study &bundle…"))
        import_bundle.triggered.connect(
            self._case_studies_then(lambda view: view.choose_bundle_to_import())
        )
        export_case = file_menu.addAction(self.tr("Export case stud&y…"))
        export_case.triggered.connect(
            self._case_studies_then(lambda view: view.choose_export_target())
        )
        export_followups = file_menu.addAction(self.tr("Export follow-&ups…"))
        export_followups.triggered.connect(
            lambda: self._show_followups_then(lambda view: view.choose_export_file())
        )
        import_followups = file_menu.addAction(self.tr("Import follo&w-ups…"))
        import_followups.triggered.connect(
            lambda: self._show_followups_then(lambda view: view.choose_import_file())
        )
        self._add_mydata_actions(file_menu)
        file_menu.addSeparator()
        settings_action = file_menu.addAction(self.tr("Se&ttings…"))
        settings_action.setShortcuts(preferences_shortcuts())
        settings_action.triggered.connect(self.open_settings)
        self.sync_action = file_menu.addAction(self.tr("&Sync now"))
        self.sync_action.setShortcut(QKeySequence("Ctrl+R"))
        self.sync_action.triggered.connect(lambda: self.syncer.sync())
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        edit_menu = menu.addMenu(self.tr("&Edit"))
        for action in self.sessions.share.actions():
            edit_menu.addAction(action)
        self.sessions.share.error.connect(self.report_error)
        self.sessions.share.shared.connect(lambda text: self.statusBar().showMessage(text, 4000))
        edit_menu.addSeparator()
        attended = edit_menu.addAction(self.tr("Mark &attended"))
        attended.triggered.connect(lambda: self.mark_selected_attendance("attended"))
        not_attended = edit_menu.addAction(self.tr("Mark &not attended"))
        not_attended.triggered.connect(lambda: self.mark_selected_attendance("not-attended"))
        self.sessions.share.more_actions += [attended, not_attended]
        view_menu = menu.addMenu(self.tr("&View"))
        find = view_menu.addAction(self.tr("&Find"))
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.find_sessions)
        past = view_menu.addAction(self.tr("Show &past sessions"))
        past.setCheckable(True)
        past.toggled.connect(self.show_past.setChecked)
        self.show_past.toggled.connect(past.setChecked)
        # What is hidden, to see it and show it again (issue 16): every track and room, checked.
        self.hidden_menu = view_menu.addMenu(self.tr("&Hidden tracks and rooms"))
        self.hidden_menu.aboutToShow.connect(
            lambda: fill_hidden_menu(self.hidden_menu, self.store, self.sessions.hidden.set_hidden)
        )
        # Ctrl+PageDown/Up, the keys of tabbed windows (browsers, editors), as Ctrl+Tab.
        self.next_view_action = view_menu.addAction(self.tr("&Next view"))
        self.next_view_action.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.next_view_action.triggered.connect(lambda: self.step_view(1))
        self.previous_view_action = view_menu.addAction(self.tr("P&revious view"))
        self.previous_view_action.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.previous_view_action.triggered.connect(lambda: self.step_view(-1))
        view_menu.addSeparator()
        self.attendance_action = view_menu.addAction(self.tr("My &attendance…"))
        self.attendance_action.triggered.connect(lambda: self.open_attendance())
        add_help_menu(menu, self, self.store)

    def step_view(self, step: int) -> None:
        """The next (*step* 1) or previous (-1) tab, round from the last to the first."""
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def find_sessions(self) -> None:
        """View › Find: the Sessions tab's search box, from whichever tab is shown."""
        self.tabs.setCurrentWidget(self.sessions)  # Orca said "Search" on another tab
        self.sessions.focus_search()

    # ---- attendance (issue 16) -----------------------------------------------
    def record_join(self, session_id: int) -> None:
        """The user joined *session_id*: keep the time (each join is kept).

        The one place a Join is recorded: the detail pane's, the reminder banner's
        and Now & next's Join buttons all come here.
        """
        when = utc_now()
        self.writes.submit(
            ("join", session_id, when),
            lambda store: store.record_join(session_id, when),
            lambda _result: self._refresh_attendance(),
            lambda error: self.report_error(
                self.tr("Could not record that you joined: {0}").format(error_text(error))
            ),
        )

    def open_attendance(self) -> AttendanceDialog:
        """View › My attendance: the sessions joined or marked, hours, exports."""
        if self._attendance_dialog is None:
            from briefing_app.ui.attendance.view import AttendanceDialog

            dialog = AttendanceDialog(self.store, self.writes, self)
            dialog.error.connect(self.report_error)
            dialog.session_activated.connect(self.sessions.show_session)
            self._attendance_dialog = dialog
        self._attendance_dialog.refresh()
        self._attendance_dialog.show()
        self._attendance_dialog.raise_()
        self._attendance_dialog.activateWindow()  # its keys (Escape closes) work at once
        return self._attendance_dialog

    def mark_selected_attendance(self, mark: str) -> None:
        """Mark the sessions selected in the list attended or not (overrides their joins)."""
        for session_id in self.sessions.selected_session_ids():
            self.writes.submit(
                ("attendance", session_id),
                partial(_mark_attendance, session_id=session_id, mark=mark),
                lambda _result: self._refresh_attendance(),
                lambda error: self.report_error(
                    self.tr("Could not mark the session: {0}").format(error_text(error))
                ),
            )
        self.statusBar().showMessage(
            self.tr("Marked attended.") if mark == "attended" else self.tr("Marked not attended."),
            4000,
        )

    def _refresh_attendance(self) -> None:
        if self._attendance_dialog is not None and self._attendance_dialog.isVisible():
            self._attendance_dialog.refresh()
        if self.sessions.detail_built:  # the pane's "Attended (you joined)" follows
            self.sessions.detail_panel.attendance.reload()

    # ---- favourites ---------------------------------------------------------
    def toggle_current_favourite(self) -> None:
        self.sessions.toggle_current_favourite()

    def set_favourite(self, session_id: int, favourite: bool) -> None:
        """Star or unstar *session_id*: the ★ shows it at once, the store has it when it can."""
        self.sessions.show_pending_detail()  # the pane must show the list's session first
        waiting = self.detail_panel.favourites_waiting
        waiting[session_id] = favourite
        self.detail_panel.refresh_favourite()
        self.model.refresh_session(session_id)  # the list's ★ too
        self.writes.submit(
            ("favourite", session_id),
            lambda store: store.set_favourite(session_id, favourite),
            lambda _result: self._favourite_stored(session_id, favourite),
            lambda error: self._favourite_failed(session_id, favourite, error),
            lambda: self.drafts.save_favourite(session_id, favourite),  # until it is stored
        )

    def _favourite_failed(self, session_id: int, favourite: bool, error: BriefingError) -> None:
        if self.detail_panel.favourites_waiting.get(session_id) == favourite:
            del self.detail_panel.favourites_waiting[session_id]
            self.drafts.remove(drafts_use.FAVOURITE, session_id)
        self.detail_panel.refresh_favourite()
        self.model.refresh_session(session_id)
        self.report_error(
            self.tr("Could not change your favourites: {0}").format(error_text(error))
        )

    def _favourite_stored(self, session_id: int, favourite: bool) -> None:
        if self.detail_panel.favourites_waiting.get(session_id) == favourite:
            del self.detail_panel.favourites_waiting[session_id]
            self.drafts.remove(drafts_use.FAVOURITE, session_id)
        self.sessions.favourite_changed(session_id)
        self._refresh_built("agenda")
        # The changes list puts favourites first.
        self._mark_stale(*self._built("timeline", "changes"))
        self._update_live_agenda()
        self.reminders.reschedule()
        if favourite:
            self._say_overlaps(session_id)
        self.favourite_toggled.emit(session_id, favourite)

    def _say_overlaps(self, session_id: int) -> None:
        """A ★ that makes a clash says so in the status bar, wherever it was given (the
        detail pane shows the ⚠ line; My agenda and the Timeline flag it too)."""
        from briefing_app.usecases.agenda import overlapping_favourites

        try:
            others = overlapping_favourites(self.store, session_id)
        except BriefingError:  # gone meanwhile
            return
        if not others:
            return
        names = self.tr(", ").join(content_language.session_title(o) for o in others)
        n = len(others)
        self.statusBar().showMessage(
            (
                self.tr("Added to your agenda; it overlaps %n other favourite: {0}", "", n)
                if is_singular(n)
                else self.tr("Added to your agenda; it overlaps %n other favourites: {0}", "", n)
            ).format(names),
            10_000,
        )

    def _update_live_agenda(self) -> None:
        """Rewrite agenda.ics so calendars subscribed to it follow.

        Off the GUI thread (it ends in an fsync, and a slow disk must not freeze
        a ★ click), one write at a time in the order asked, so the last wins.
        """
        path = self.store.path

        def work() -> Path:
            from briefing_app.usecases.agenda import rewrite_live_agenda

            with Store(path) as store:
                return rewrite_live_agenda(store)  # LiveAgendaError: said in the banner

        self.agenda_writer.run(work, lambda _path: None, self._live_agenda_failed)

    def _live_agenda_failed(self, error: BriefingError) -> None:
        logger.warning("Could not write the live agenda file: %s", error)
        self.report_error(
            self.tr("Could not update the live agenda file: {0}").format(error_text(error))
        )

    def data_location_text(self) -> str:
        return help_menu.data_location_text(self.store.path)

    def data_location_html(self) -> str:
        return help_menu.data_location_html(self.store.path)

    def open_log_folder(self) -> Path:
        return help_menu.open_log_folder()

    # ---- errors and summaries: one banner -------------------------------------
    # ---- writes waiting for the lock, drafts ------------------------------------------
    def _writes_waiting(self, count: int) -> None:
        """The status bar says, discreetly, that something waits to be saved and why."""
        if count:
            self.write_state.setText(self.tr("Saving… (the database is busy: a sync is running)"))
        else:
            self.write_state.setText("")
        self.write_state.setVisible(bool(count))

    def _note_failed(self, _session_id: int, error: str) -> None:
        self.report_error(
            self.tr("Could not save your note: {0}. Your text is kept in the editor.").format(
                error
            ),
            retry=self.detail_panel.retry_unsaved_notes,
        )

    def restore_drafts(self) -> list[Draft]:
        """Store what an earlier run could not (closed or killed while a sync held the lock)."""
        found = self.drafts.drafts()
        # Notes written meanwhile (a command, another window) over a draft's base: the
        # draft replaces them and they go to the note's history. Say so.
        overwritten = [draft for draft in found if self._note_changed_since(draft)]
        for draft in found:
            logger.info("Restoring a draft left by an earlier run: %s %s", draft.kind, draft.target)
            if draft.kind == drafts_use.SESSION_NOTE:
                self.detail_panel.restore_note(draft.target, draft.text, draft.expected)
            elif draft.kind == drafts_use.FAVOURITE:
                self.set_favourite(draft.target, draft.favourite)
            elif draft.kind == drafts_use.CASE_STUDY_EDIT:
                self.case_studies.form.restore(draft.target, draft.changes)
            elif draft.kind == drafts_use.SESSION_QUESTIONS:
                self.detail_panel.questions.restore(draft.target, draft.changes)
            else:
                self.case_studies.notes.restore(draft.target, draft.text)
        texts = [draft for draft in found if draft.is_text]
        if texts:
            latest = texts[-1]
            when = stamp_text(to_utc_text(latest.saved_at), local_zone_name())
            single = (
                self.tr("Restored unsaved questions from {0}{1}.")
                if latest.kind == drafts_use.SESSION_QUESTIONS
                else self.tr("Restored an unsaved note from {0}{1}.")
            )
            text = (
                single.format(when, self._draft_subject(latest))
                if is_singular(len(texts))
                else self.tr("Restored {0} unsaved notes and edits, the last from {1}.").format(
                    len(texts), when
                )
            )
            if len(overwritten) == 1:
                text = text.removesuffix(".") + self.tr(
                    "; the note written meanwhile{0} is in its history."
                ).format("" if len(texts) == 1 else self._draft_subject(overwritten[0]))
            elif overwritten:
                text += " " + self.tr(
                    "{0} notes were written meanwhile: those versions are in their history."
                ).format(len(overwritten))
            actions: list[tuple[str, Callable[[], object]]] = []
            if latest.kind in (drafts_use.SESSION_NOTE, drafts_use.SESSION_QUESTIONS):
                actions.append((self.tr("Show"), lambda: self.open_session(latest.target)))
            else:
                actions.append((self.tr("Show"), lambda: self.open_case_study(latest.target)))
            self.messages.show_message(text, "info", actions)
        return found

    def _note_changed_since(self, draft: Draft) -> bool:
        """True if *draft* is a session note whose stored note changed since its base."""
        if draft.kind != drafts_use.SESSION_NOTE:
            return False
        try:
            stored = self.store.note(draft.target)
        except BriefingError:
            return False
        return stored not in (draft.expected or "", draft.text)

    def _draft_subject(self, draft: Draft) -> str:
        """What a restored draft belongs to, as ", on “Title”" ("" if it is gone)."""
        try:
            if draft.kind in (drafts_use.SESSION_NOTE, drafts_use.SESSION_QUESTIONS):
                title = content_language.session_title(self.store.session(draft.target))
            else:  # in the user's language, as the workspace shows it
                case = self.case_studies.workspace.get(draft.target)
                title = case.in_language(content_language.preference()).title
        except BriefingError:
            return ""
        return self.tr(", on “{0}”").format(title)

    def report_error(self, text: str, retry: Callable[[], object] | None = None) -> None:
        """Show *text* in the message banner, with Retry when trying again makes sense."""
        logger.info("Shown to the user: %s", text)
        actions = [(self.tr("Retry"), retry)] if retry is not None else []
        self.messages.show_message(text, "error", actions)

    def show_changes(self) -> None:
        self.tabs.setCurrentWidget(self.changes)

    def open_export(self) -> ExportDialog:
        """File › Export to calendar: this session, my agenda, or the sessions listed."""
        from briefing_app.ui.dialogs.export import ExportDialog

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
                (
                    self.tr("Exported %n event to {0}", "", count)
                    if is_singular(count)
                    else self.tr("Exported %n events to {0}", "", count)
                ).format(path),
                10_000,
            )
        )
        dialog.open()
        return dialog

    def open_pack(self, *, for_print: bool = False) -> PackDialog:
        """File › Export briefing pack… / Print…: this session, my agenda, or a range of days."""
        from briefing_app.ui.pack.dialog import PackDialog

        current = None if self.in_first_run() else self.current_session_id()
        self._pack_dialog = _replace_dialog(
            self._pack_dialog,
            PackDialog(self.store, self.tasks, current, for_print=for_print, parent=self),
        )
        dialog = self._pack_dialog
        dialog.exported.connect(
            lambda done: self.statusBar().showMessage(
                self.tr("Wrote the briefing pack to {0}").format(done.path), 10_000
            )
        )
        dialog.open()
        return dialog

    # ---- what tests and tools reach through the window: the Sessions tab's parts ----
    @property
    def splitter(self) -> SessionsTab:
        """The Sessions tab (a splitter: the list, then the detail pane)."""
        return self.sessions

    model = _FromSessionsTab[SessionListModel]()
    table = _FromSessionsTab[SessionTable]()
    detail_panel: _FromSessionsTab[SessionDetailPanel] = _FromSessionsTab()
    detail: _FromSessionsTab[QTextBrowser] = _FromSessionsTab()
    search = _FromSessionsTab[QLineEdit]()
    show_past = _FromSessionsTab[QCheckBox]()
    favourites_only = _FromSessionsTab[QCheckBox]()
    sort_choice = _FromSessionsTab[QComboBox]()
    dates = _FromSessionsTab[DateRangeFilter]()
    filters = _FromSessionsTab[dict[str, QComboBox]]()
    clear_filters_button = _FromSessionsTab[QPushButton]()
    notice = _FromSessionsTab[QLabel]()
    first_run = _FromSessionsTab[FirstRunPanel]()
    searcher = _FromSessionsTab[SearchRunner]()
    last_query = _FromSessionsTab[SessionQuery | None]()
    _list_status = _FromSessionsTab[str]()
    current_query = _FromSessionsTab[Callable[[], SessionQuery]]()
    refresh = _FromSessionsTab[Callable[[], None]]()
    set_sort = _FromSessionsTab[Callable[[SortKey, bool], None]]()
    clear_filters = _FromSessionsTab[Callable[[], None]]()
    current_session_id = _FromSessionsTab[Callable[[], int | None]]()
    select_session = _FromSessionsTab[Callable[[int], bool]]()
    visible_titles = _FromSessionsTab[Callable[[], list[str]]]()
    _show_current_detail = _FromSessionsTab[Callable[[], None]]()

    def _open_link(self, url: QUrl) -> None:
        self.detail_panel.open_link(url)


_Dialog = TypeVar("_Dialog", bound=QDialog)


def _replace_dialog(old: QDialog | None, new: _Dialog) -> _Dialog:
    """Keep one dialog of a kind: the one opened before goes (no dialog per use piles up)."""
    if old is not None:
        old.close()
        old.deleteLater()
    return new


def _mark_attendance(store: Store, *, session_id: int, mark: str) -> None:
    store.mark_attendance(session_id, mark)
