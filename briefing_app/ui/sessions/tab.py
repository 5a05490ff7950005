"""The Sessions tab: the session list with its search box and filters, and the detail pane."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QSettings,
    QSignalBlocker,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from briefing_app.errors import BriefingError
from briefing_app.store import (
    SORT_KEYS,
    FirstPage,
    IndexEntry,
    ListResult,
    SessionQuery,
    SortKey,
    Store,
    build_match_query,
)
from briefing_app.ui import content_language, crash, gc_pacing
from briefing_app.ui.sessions.filter_bar import FilterBar
from briefing_app.ui.sessions.first_run import (
    FirstRunPanel,
    SampleInfo,
    feed_label,
    has_own_feed,
    sample_info,
)
from briefing_app.ui.sessions.hidden import HiddenControls
from briefing_app.ui.sessions.session_list import FirstRecords, GroupPlan, SessionListModel
from briefing_app.ui.sessions.session_model import Column
from briefing_app.ui.sessions.session_table import COLUMN_SORTS, SessionTable
from briefing_app.ui.sessions.share_actions import ShareActions
from briefing_app.ui.widgets.focus import escape_clears
from briefing_app.ui.workers.search_worker import FIRST_PAGE, SearchRunner
from briefing_app.ui.workers.write_queue import WriteQueue
from briefing_app.util.i18n import is_singular
from briefing_app.util.timeutil import utc_now
from briefing_app.util.trmark import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # built when first wanted (see detail_panel)
    from PySide6.QtWidgets import QTextBrowser

    from briefing_app.ui.sessions.detail_panel import SessionDetailPanel

logger = logging.getLogger(__name__)


SEARCH_DEBOUNCE_MS = 150
#: The search field's least width, in characters; it takes the rest of its line.
SEARCH_CHARS = 36
#: The window's first screen shows this many rows at most (a tall screen shows about 70);
#: the rest follows its paint.
FIRST_SCREEN = 200
#: How the list and the detail pane share a wider window.
_LIST_STRETCH, _DETAIL_STRETCH = 3, 2
#: The list's and the detail pane's widths in a new window (the splitter scales them).
_DEFAULT_SIZES = (880, 400)
#: A search's whole list (for scrolling and the count) is read once no key came for this
#: long; until then only first pages are (see SearchRunner.hold_rest).
REST_AFTER_TYPING_MS = SEARCH_DEBOUNCE_MS + 250
#: How long the detail pane waits for a search's answers to settle before showing the top one.
DETAIL_AFTER_SEARCH_MS = 200

#: The sort box: (key, label); column headers sort too.
_SORT_CHOICES: tuple[tuple[SortKey, str], ...] = (
    ("time", QT_TRANSLATE_NOOP("SessionsTab", "Time")),
    ("title", QT_TRANSLATE_NOOP("SessionsTab", "Title")),
    ("track", QT_TRANSLATE_NOOP("SessionsTab", "Track")),
    ("kind", QT_TRANSLATE_NOOP("SessionsTab", "Kind")),
    ("format", QT_TRANSLATE_NOOP("SessionsTab", "Format")),
    ("status", QT_TRANSLATE_NOOP("SessionsTab", "Status")),
    ("favourite", QT_TRANSLATE_NOOP("SessionsTab", "Favourites first")),
    ("relevance", QT_TRANSLATE_NOOP("SessionsTab", "Best match")),
)


@dataclass(frozen=True)
class ListPlace:
    """Where the user is in the session list (see :meth:`SessionsTab.place`)."""

    search: str
    session_id: int | None
    anchor: tuple[int, int] | None


class _PaneScroll(QScrollArea):
    """The detail pane's scroll area: the pane fills the view and scrolls only below what it
    needs. (A resizable scroll area sizes a pane whose layout wraps to its *preferred*
    height for the width: a scroll bar in a window that had room.)"""

    def __init__(self, pane: QWidget) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the pane's controls
        self.setWidget(pane)
        pane.installEventFilter(self)  # its needs change with the session shown

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self, self._fit)
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        pane, view = self.widget(), self.viewport().size()
        if pane is None:
            return
        # The column is never narrower than the pane needs (with room for the vertical
        # scroll bar): the splitter takes it from the list, never a horizontal scroll bar
        # over cut buttons (review 10, a pane restored 300 px wide).
        least = pane.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        if self.minimumWidth() != least:
            self.setMinimumWidth(least)
        width = max(view.width(), pane.minimumSizeHint().width())
        layout = pane.layout()
        needed = (
            layout.minimumHeightForWidth(width)
            if layout is not None and layout.hasHeightForWidth()
            else pane.minimumSizeHint().height()
        )
        size = QSize(width, max(view.height(), needed, pane.minimumSizeHint().height()))
        if pane.size() != size:
            pane.resize(size)


class SessionsTab(QSplitter):
    """Sessions on the left, the selected one in full on the right.

    The window adds it as its first tab and wires what reaches beyond the list
    (favourites, the first-run card's buttons, errors, the status bar).

    Signals:
        session_selected(int): the id of the session now shown in the detail pane.
        list_updated(): the list shows the result of the latest query (its first page).
        list_completed(): the rest of a long list arrived and was added below it.
        favourite_requested(int, bool): the user (un)marked a session as a favourite.
        status_changed(str): the list's count line, for the status bar.
        query_failed(object): a search could not run (the BriefingError).
        add_feed_requested(): the first-run card or the sample notice asks to add a feed.
        invite_requested(): the first-run card asks to open an invite.
        feed_facts_changed(): whether the user has a feed of their own was looked at again.
        detail_panel_built(object): the detail pane (SessionDetailPanel) was built, in its
            place: connect to its signals here.
    """

    session_selected = Signal(int)
    list_updated = Signal()
    list_completed = Signal()
    favourite_requested = Signal(int, bool)
    status_changed = Signal(str)
    query_failed = Signal(object)
    add_feed_requested = Signal()
    invite_requested = Signal()
    feed_facts_changed = Signal()
    detail_panel_built = Signal(object)
    #: The values the filters offer were read on a thread (see fill_filters_later).
    _filter_values_read = Signal()

    def __init__(
        self, store: Store, parent: QWidget | None = None, *, writes: WriteQueue | None = None
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.store = store
        # Searches run off the GUI thread; a newer one makes older answers moot.
        self.searcher = SearchRunner(store.path, self)
        self.searcher.page_read.connect(self._page_read)
        self.searcher.answered.connect(self._search_answered)
        self.searcher.prepared.connect(self._rest_prepared)
        self.searcher.completed.connect(self._rest_answered)
        self.searcher.failed.connect(self._query_failed)
        self._searches: dict[int, SessionQuery] = {}
        #: The groups of a whole list, planned on the worker that read it (by serial).
        self._plans: dict[int, GroupPlan] = {}
        #: A search's first page of records, read on its worker (by serial).
        self._first_records: dict[int, FirstRecords] = {}
        self._query_serial = 0
        self._shown_rows = 0  # table rows the list had before its rest arrived
        self._whole_only = 0  # a query shown only once all of it is there (keeping the place)
        self._held_fallback: str | None = None
        self._held_order: SortKey | None = None
        #: The selection (and scroll anchor) to take again once the rest arrives.
        self._place_after_rest: tuple[int, tuple[int, int] | None] | None = None
        self._scroll_anchor: tuple[int, int] | None = None  # kept across a refresh
        self._keep_selected: int | None = None
        self.last_query: SessionQuery | None = None
        self._feed_count = len(store.feeds())
        self._list_status = ""
        self.model = SessionListModel(store.sessions_by_ids, self)
        self._sort: SortKey = "time"
        self._descending = False
        self._search_sort: SortKey = "relevance"
        self._search_descending = False

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search sessions, presenters, case studies, notes, questions…")
        )
        self.search.setClearButtonEnabled(True)
        escape_clears(self.search)  # Escape empties it, as in a browser
        self.search.setAccessibleName(self.tr("Search"))
        self.show_past = QCheckBox(self.tr("Show past sessions"))
        self.show_past.setAccessibleName(self.tr("Show past sessions"))
        self.sort_choice = QComboBox()
        self.sort_choice.setAccessibleName(self.tr("Sort by"))
        self.sort_choice.setToolTip(self.tr("Sort by (or click a column header)"))
        for sort_key, label in _SORT_CHOICES:
            self.sort_choice.addItem(
                self.tr("Sort: {0}").format(QCoreApplication.translate("SessionsTab", label)),
                sort_key,
            )
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        # Its link ("Add your event's feed…") is reached by Tab and opened by Enter too.
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.notice.setStyleSheet(
            "QLabel#notice { background: palette(alternate-base); padding: 6px;"
            " border-left: 3px solid palette(highlight); }"
        )
        self.notice.setAccessibleDescription(self.tr("Notice"))
        self.notice.hide()

        self.table = SessionTable(self.model)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._header_sort)
        self.table.clicked.connect(self._clicked)
        toggle = QAction(self.tr("Toggle favourite"), self.table)
        toggle.setShortcut(QKeySequence(Qt.Key.Key_Space))
        toggle.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        toggle.triggered.connect(self.toggle_current_favourite)
        self.table.addAction(toggle)
        # Share (issue 16): the selection as text or an invite (list shortcuts, context menu).
        self.share = ShareActions(
            store, self.table, self.selected_session_ids, lambda: self.model.user_zone
        )

        #: The detail pane is built when first asked for (``detail_panel``); until then an
        #: empty widget holds its place. The window holds it back until it has painted.
        self._writes = writes
        self._detail_panel: SessionDetailPanel | None = None
        self._detail_scroll: QScrollArea | None = None  # the pane's, once built
        self._detail_held = False
        self._detail_slot = QWidget()
        #: ★ changes asked for and not stored yet, by session (the list and pane show them).
        self.favourites_waiting: dict[int, bool] = {}
        self.model.favourites_waiting = self.favourites_waiting

        self.filter_bar = FilterBar()
        self.filter_bar.changed.connect(self.refresh)
        self.filter_bar.clear_button.clicked.connect(self.clear_filters)
        self.favourites_only = self.filter_bar.favourites_only
        self.dates = self.filter_bar.dates
        self.clear_filters_button = self.filter_bar.clear_button
        self._filter_values_read.connect(self._filter_values_came)
        # Tracks and rooms the user hid: the list's context menu, "n hidden" beside the filters.
        self.hidden = HiddenControls(store, self.table, writes, self)
        self.hidden.changed.connect(self.follow_hidden)
        self.share.menu_parts.append(self.hidden.add_to_menu)  # one context menu for the row
        self.filter_bar.addWidget(self.hidden.button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        # One wrapping bar: the search takes the room its line leaves, the filters follow
        # (a line of its own had left French "Toutes les organisations" alone on a third).
        self.filter_bar.insert_widget(0, self.search, expanding=SEARCH_CHARS)
        self.filter_bar.insert_widget(1, self.sort_choice)
        self.filter_bar.insert_widget(2, self.show_past)
        left_layout.addLayout(self.filter_bar)
        left_layout.addWidget(self.notice)
        left_layout.addWidget(self.hidden.hint)  # "3 sessions hidden … Show…"
        left_layout.addWidget(self.table, 1)
        # Until the user adds a feed of their own: the call to action, where the list would
        # be (first_run: built when first shown or asked for; a window with a feed of its
        # own never polishes its style sheets before its first paint).
        self._left_layout = left_layout
        self._first_run: FirstRunPanel | None = None
        self.notice.linkActivated.connect(lambda _link: self.add_feed_requested.emit())
        self._sample: SampleInfo | None = None
        self._own_feed = True

        self.addWidget(left)
        self.addWidget(self._detail_slot)
        self.setStretchFactor(0, _LIST_STRETCH)
        self.setStretchFactor(1, _DETAIL_STRETCH)
        self.setSizes(list(_DEFAULT_SIZES))

        self._defer_detail = False
        self._closed_down = False
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(0)
        self._detail_timer.timeout.connect(self._detail_timer_fired)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(lambda: self.refresh(typed=True))
        #: False after a refresh for any other reason than typing (the store may have
        #: changed): the next answer resets the model, so no record is shown stale.
        self._rows_current = False
        self._rest_timer = QTimer(self)
        self._rest_timer.setSingleShot(True)
        self._rest_timer.setInterval(REST_AFTER_TYPING_MS)
        self._rest_timer.timeout.connect(self.searcher.release_rest)
        self.search.textChanged.connect(self._typed)
        self.show_past.toggled.connect(lambda _on: self.refresh())
        self.sort_choice.activated.connect(self._sort_chosen)
        self.table.selectionModel().currentChanged.connect(self._current_changed)

    # ---- data ---------------------------------------------------------------
    def _typed(self, _text: str) -> None:
        """A key in the search box: the search follows the debounce; whole lists (100,000
        entries for a word in every session), the detail pane's session (an answer's top
        one) and full garbage collections wait until the keys stop, so the GUI thread
        keeps the interpreter while the user types."""
        self._debounce.start()
        self.searcher.hold_rest()
        self._rest_timer.start()
        if self._detail_timer.isActive():
            self._detail_timer.start()
        gc_pacing.busy()

    def current_query(self) -> SessionQuery:
        """The query the list's search box, filters, dates and sort describe."""
        wanted = {key: combo.currentData() for key, combo in self.filter_bar.filters.items()}
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
            organization_id=int(wanted["organization"]) if wanted["organization"] else None,
            hidden_tracks=self.hidden.names.tracks,
            hidden_rooms=self.hidden.names.rooms,
            favourites_only=self.favourites_only.isChecked(),
            with_questions=self.filter_bar.with_questions.isChecked(),
            sort=self._search_sort if searching else self._sort,
            descending=(self._search_descending and self._search_sort != "relevance")
            if searching
            else self._descending,
        )

    def refresh(self, *, typed: bool = False, first: bool = False) -> None:
        """Reload the list for the current search, filters and sort.

        Browsing queries run here (a few milliseconds even for 10,000 sessions);
        searches run on a worker thread with their own connection, so typing never
        waits for the index, and only the latest search's answer is shown. *typed*
        (the search box's debounce): the store has not changed since the list was
        shown, so an answer with the rows already shown leaves them as they are.
        *first* (the window's first screen): a screenful is read, the same way at any
        store size (a session on for over a week shows when the whole list comes).
        """
        self._debounce.stop()
        gc_pacing.busy()  # not while the answer is on its way
        if not typed:
            self._rows_current = False
        query = self.current_query()
        self._query_serial += 1
        serial = self._query_serial
        # Keeping the place (a sync changed the store): the list stays as it is until the
        # whole new one is there, so it never jumps to the top and back.
        keeping = self._scroll_anchor is not None or self._keep_selected is not None
        self._whole_only = serial if keeping else 0
        if query.searching:
            self._searches = {serial: query}
            self.searcher.search(serial, query, self.model.page_reader())
            return
        # The first page here (an index read, whatever the store's size), the rest on
        # the worker: it is added below what shows when it comes.
        self.searcher.supersede(serial)
        page = self.store.list_first(query, FIRST_SCREEN if first else FIRST_PAGE, bounded=first)
        if page.rest is None or not keeping:
            self._show_result(serial, query, page.result, complete=page.rest is None)
        else:
            self._held_fallback = page.result.fallback  # shown with the whole list
            self._held_order = None
        if page.rest is not None:
            self._searches = {serial: query}
            self.searcher.load_rest(serial, page.rest, self._planner(query))

    def _page_read(self, serial: int, records: FirstRecords) -> None:
        if serial == self._query_serial:
            self._first_records = {serial: records}

    def _search_answered(self, serial: int, page: FirstPage) -> None:
        query = self._searches.get(serial)
        records = self._first_records.pop(serial, None)
        if query is None:
            return
        if page.order is not None:
            # Listed in another order than asked (a word in most sessions: by time); the
            # rest comes in that order too, and the list is grouped and labelled for it.
            query = replace(query, sort=page.order, descending=False)
            self._searches[serial] = query
        if page.rest is not None:
            self.searcher.load_rest(serial, page.rest, self._planner(query))
        if serial == self._whole_only and page.rest is not None:
            self._held_fallback = page.result.fallback  # shown with the whole list
            self._held_order = page.order
            return
        self._show_result(
            serial,
            query,
            page.result,
            complete=page.rest is None,
            order=page.order,
            first_page=records,
        )

    def _planner(self, query: SessionQuery) -> Callable[[list[IndexEntry]], GroupPlan]:
        return self.model.planner(query.sort, query.descending)

    def _rest_prepared(self, serial: int, plan: GroupPlan) -> None:
        if serial == self._query_serial:
            self._plans = {serial: plan}

    def _rest_answered(self, serial: int, entries: list[IndexEntry] | None) -> None:
        """The whole list for what shows: rows below it are added, the place is kept."""
        if entries is None:  # a first page's request ends, or one was overtaken
            return
        query = self._searches.pop(serial, None)
        plan = self._plans.pop(serial, None)
        if query is None or serial != self._query_serial:
            return
        gc_pacing.busy()
        if serial == self._whole_only:
            result = ListResult(entries, self._held_fallback)
            self._show_result(serial, query, result, plan=plan, order=self._held_order)
            return
        place, self._place_after_rest = self._place_after_rest, None
        if self.model.extend_entries(entries, plan=plan):
            # Rows added below, none reset: the place (a selection beyond the first page)
            # is taken again without laying out the whole list anew.
            self.table.lay_out_groups_from(self._shown_rows)
            if place is not None:
                self._restore_selection(place[0], scroll=place[1] is None)
                if place[1] is not None:
                    self.table.restore_top_row(place[1])
        else:
            selected, anchor = place or (self.current_session_id(), self.table.top_row_anchor())
            self.model.set_entries(entries, sort=query.sort, descending=query.descending, plan=plan)
            self._rows_current = True
            self.table.lay_out_groups()
            self._restore_selection(selected, scroll=anchor is None)
            if anchor is not None:
                self.table.restore_top_row(anchor)
        self._shown_rows = self.model.rowCount()
        self._list_status = self._count_line(len(entries), complete=True)
        self.status_changed.emit(self._list_status)
        self.list_completed.emit()

    def _query_failed(self, serial: int, error: BriefingError) -> None:
        if serial == self._query_serial:
            self.query_failed.emit(error)

    def _show_result(
        self,
        serial: int,
        query: SessionQuery,
        result: ListResult,
        *,
        complete: bool = True,
        plan: GroupPlan | None = None,
        order: SortKey | None = None,
        first_page: FirstRecords | None = None,
    ) -> None:
        """Show *result* for *query*; *order*: the order it is listed in, if not the query's;
        *first_page*: its first page of records, read on the search's worker."""
        if serial != self._query_serial:
            return  # a newer query is on its way
        gc_pacing.busy()
        # Typing on often answers with the rows already shown ("budg", "budge"...):
        # then the model is not reset, so no page of records is read again, the whole
        # table is not repainted and the selection stays where it is.
        unchanged = self._shows_already(query, result.entries, complete=complete)
        selected = self._current_entry_id()
        if self._keep_selected is not None:  # chosen before the model was reset
            selected, self._keep_selected = self._keep_selected, None
        self.last_query = query
        if not unchanged:
            self.model.set_entries(
                result.entries,
                sort=query.sort,
                descending=query.descending,
                plan=plan,
                first_page=first_page,
            )
            self._rows_current = True
            self.table.lay_out_groups()
            self.table.size_columns()
        count = len(result.entries)
        notice = ""
        if result.fallback == "past_matches":
            notice = self.tr("No upcoming sessions match “{0}”; these are past ones.").format(
                query.text
            )
        elif result.fallback == "recent":
            notice = self.tr("No upcoming sessions. These are the most recent ones.")
        elif order == "time" and query.searching:
            notice = self.tr(
                "“{text}” is in most sessions, so they are listed by time."
                " Type more to see the best matches first."
            ).format(text=query.text)
        elif (not count and query.searching) or (not count and query.text.strip()):
            notice = self.tr("No sessions match “{0}”.").format(query.text)
        elif not count and query.filtered:
            notice = self.tr("No sessions match the filters.")
        elif not count:
            notice = self.tr("No sessions yet. Use File › Import feed… to load a feed file.")
        first_run = self._show_first_run(query, result)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        if not first_run and not self._own_feed and self._sample is not None and count:
            notice = self._sample_notice()
            self.notice.setTextFormat(Qt.TextFormat.RichText)
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice) and not first_run)
        # How many the hidden tracks and rooms leave out of what is shown, counted after
        # it has painted (nothing is counted when nothing is hidden).
        shown_query = replace(query, ending_after=None) if result.fallback else query
        self.hidden.count_later(None if first_run or result.fallback == "recent" else shown_query)
        self._show_sort(query)
        self.clear_filters_button.setVisible(
            query.filtered or self.dates.is_set() or bool(query.text)
        )
        self._shown_rows = self.model.rowCount()
        self._list_status = self._count_line(count, complete=complete)
        if not self._own_feed and self._sample is not None and first_run:
            self._list_status = self.tr("Nothing coming up · {label}").format(
                label=self._sample.label
            )
        self.status_changed.emit(self._list_status)
        anchor, self._scroll_anchor = self._scroll_anchor, None
        # While typing, each answer's first row would render in the detail pane (a long
        # abstract lays out in tens of ms): it follows once the answers settle.
        self._detail_timer.setInterval(DETAIL_AFTER_SEARCH_MS if query.searching else 0)
        # A place beyond the first page is taken again when the rest arrives.
        self._place_after_rest = None
        if not unchanged:
            self._restore_selection(selected, scroll=anchor is None)
            if anchor is not None:
                self.table.restore_top_row(anchor)
            if not complete and selected is not None and self._current_entry_id() != selected:
                self._place_after_rest = (selected, anchor)
        self.list_updated.emit()

    def _shows_already(
        self, query: SessionQuery, entries: Sequence[IndexEntry], *, complete: bool
    ) -> bool:
        """True when the list shows *entries* already, in the same order and grouping.

        An incomplete first page counts as shown when the list starts with it: the rest
        that follows either matches what is shown or lays the list out anew. Never while
        a place is to be kept (the caller restores it after a reset).
        """
        if not self._rows_current:
            return False
        if self._scroll_anchor is not None or self._keep_selected is not None:
            return False
        if not entries or (query.sort, query.descending) != self.model.ordering:
            return False
        shown = self.model.entries
        if complete:
            return shown == list(entries)
        return len(shown) >= len(entries) and shown[: len(entries)] == list(entries)

    def _count_line(self, count: int, *, complete: bool) -> str:
        """ "3 sessions shown · 1 feed"; "200+ sessions shown" while the rest is read."""
        shown = (
            self.tr("%n session shown", "", count)
            if is_singular(count)
            else self.tr("%n sessions shown", "", count)
        )
        if not complete:
            shown = self.tr("{count}+ sessions shown").format(count=count)
        if not self._own_feed and self._sample is not None:
            return f"{shown} · {self._sample.label}"
        feeds = self._feed_count
        feeds_text = (
            self.tr("%n feed", "", feeds) if is_singular(feeds) else self.tr("%n feeds", "", feeds)
        )
        return self.tr("{0} · {1}").format(shown, feeds_text)

    @property
    def list_status(self) -> str:
        """The list's count line ("3 sessions shown · 1 feed"), for the status bar."""
        return self._list_status

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
        key = COLUMN_SORTS.get(Column(section)) if 0 <= section < len(Column) else None
        if key is None:  # the presenters column has no order of its own
            if self.last_query is not None:
                self._show_sort(self.last_query)
            return
        self.set_sort(key, order == Qt.SortOrder.DescendingOrder)

    def _show_sort(self, query: SessionQuery) -> None:
        """Make the header indicator and the sort box say what the list shows."""
        self.table.show_sort_indicator(query.sort, query.descending)
        self.sort_choice.blockSignals(True)
        index = self.sort_choice.findData(query.sort)
        relevance = self.sort_choice.findData("relevance")
        # Relevance only means something while searching.
        view = self.sort_choice.view()
        if isinstance(view, QListView):
            view.setRowHidden(relevance, not query.searching)
        if index < 0:
            self.sort_choice.addItem(
                self.tr("Sort: {0}").format(query.sort.capitalize()), query.sort
            )
            index = self.sort_choice.count() - 1
        self.sort_choice.setCurrentIndex(index)
        self.sort_choice.blockSignals(False)

    # ---- what the window asks of the list ---------------------------------------
    def set_time_display(self, display: str) -> None:
        """Times in the event's zone, mine, or both (this resets the list's model)."""
        self.model.set_time_display(display)
        self.table.lay_out_groups()

    def keep_place(self) -> None:
        """The next refresh keeps the selection and the scroll position (the model resets)."""
        self._keep_selected, self._scroll_anchor = (
            self.current_session_id(),
            self.table.top_row_anchor(),
        )

    def place(self) -> ListPlace:
        """Where the user is in the list: the search typed, the session selected, the scroll."""
        return ListPlace(self.search.text(), self.current_session_id(), self.table.top_row_anchor())

    def return_to(self, place: ListPlace) -> None:
        """Show the list at *place* (a new window taking an old one's place)."""
        blocker = QSignalBlocker(self.search)  # no debounce: the list reloads now
        self.search.setText(place.search)
        del blocker
        self._keep_selected, self._scroll_anchor = place.session_id, place.anchor
        self.refresh()

    def store_changed(self, *, keep_scroll: bool = False) -> None:
        """Feeds may have come or gone: update the facts and filters, then the list."""
        self._feed_count = len(self.store.feeds())
        self.update_feed_facts()
        self.fill_filters()
        if keep_scroll:
            self._scroll_anchor = self.table.top_row_anchor()
        self.refresh()

    def show_pending_detail(self) -> None:
        """The detail pane shows the list's session now, if it was to follow a moment later."""
        if self._detail_timer.isActive():
            self._show_current_detail()

    def favourite_changed(self, session_id: int) -> None:
        """*session_id* joined or left the favourites: its row (or the list) and the pane follow."""
        query = self.last_query
        if query is not None and (query.favourites_only or query.sort == "favourite"):
            self.refresh()  # the row joins, leaves or moves
        else:
            self.model.refresh_session(session_id)
        if self._detail_panel is not None:
            self._detail_panel.reload()

    def questions_changed(self, session_id: int) -> None:
        """*session_id*'s questions changed: a list filtered by them, or searching, follows."""
        query = self.last_query
        if query is not None and (query.with_questions or query.searching):
            self.refresh()  # the row may join or leave the list
        else:
            self.model.refresh_session(session_id)

    def toggle_current_favourite(self) -> None:
        session_id = self.current_session_id()
        if session_id is not None:
            self.favourite_requested.emit(session_id, not self._is_favourite(session_id))

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == Column.FAVOURITE:
            record = self.model.record(index)
            if record is not None:
                self.favourite_requested.emit(record.id, not self._is_favourite(record.id))

    def _is_favourite(self, session_id: int) -> bool:
        """As the user set it: a ★ change waiting for the database's lock counts."""
        waiting = self.favourites_waiting.get(session_id)
        return self.store.session(session_id).favourite if waiting is None else waiting

    # ---- first run: the sample, and adding one's own event ----------------------
    def update_feed_facts(self) -> None:
        """Whether the user has a feed of their own, and what the bundled sample is called."""
        self._own_feed = has_own_feed(self.store)
        self._sample = sample_info(self.store)
        if self._first_run is not None:
            self._tell_sample(self._first_run)
        self.feed_facts_changed.emit()

    def _tell_sample(self, panel: FirstRunPanel) -> None:
        if self._sample is not None:
            panel.set_sample(self._sample.label, self._sample.name, self._sample.years)
        else:
            panel.set_sample(None)

    @property
    def first_run(self) -> FirstRunPanel:
        """The call to action shown instead of the list (built when first asked for)."""
        if self._first_run is None:
            panel = FirstRunPanel()
            panel.add_feed_requested.connect(self.add_feed_requested)
            panel.open_invite_requested.connect(self.invite_requested)
            panel.show_sample_requested.connect(lambda: self.show_past.setChecked(True))
            panel.hide()
            self._tell_sample(panel)
            self._left_layout.addWidget(panel, 1)
            self._first_run = panel
        return self._first_run

    def sample_title(self) -> str | None:
        """What the window is called while only the bundled sample is there (else None)."""
        if not self._own_feed and self._sample is not None:
            return self._sample.label
        return None

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
        was_shown = self.in_first_run()
        if shown or self._first_run is not None:
            self.first_run.setVisible(shown)
        self.table.setVisible(not shown)
        self._detail_widget().setVisible(not shown)
        if not shown:  # once the splitter has laid it out again
            QTimer.singleShot(0, self, self._give_detail_room)
        if was_shown and not shown:
            # The card's buttons are gone: the keyboard goes to the list (now, and after
            # the dialog that added the feed gives focus back to its hidden button).
            self.focus_list_if_lost()
            QTimer.singleShot(0, self.focus_list_if_lost)
        return shown

    def _give_detail_room(self) -> None:
        """The detail pane, shown, gets its share of the width if the splitter left it none.

        Laid out while the first-run card hid it (a window rebuilt in another language
        starts so, then takes up the search), the pane came back 0 pixels wide.
        """
        sizes = self.sizes()
        total = sum(sizes)
        if len(sizes) != 2 or sizes[1] > 0 or total <= 0 or self._detail_widget().isHidden():
            return
        detail = total * _DEFAULT_SIZES[1] // sum(_DEFAULT_SIZES)  # as a new window splits
        self.setSizes([total - detail, detail])

    def focus_list_if_lost(self) -> None:
        window = self.window()
        focus = window.focusWidget()  # the window's, even while a dialog has the keyboard
        card = self._first_run
        if (
            focus is None
            or not focus.isVisible()
            or (card is not None and card.isAncestorOf(focus))
        ):
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if window.isVisible() and QApplication.activeModalWidget() is None:
            window.activateWindow()  # back from our own dialog (no window manager does it)

    def _sample_notice(self) -> str:
        import html  # html.entities, a 2,000-name table: when the notice shows, not at start

        assert self._sample is not None
        return self.tr(
            "You are looking at the <b>{label}</b> that comes with the app. "
            "<a href='add-feed'>Add your event's feed…</a>"
        ).format(label=html.escape(self._sample.label))

    def in_first_run(self) -> bool:
        """True while the tab shows the call to action instead of the list."""
        return self._first_run is not None and not self._first_run.isHidden()

    # ---- filters ------------------------------------------------------------
    @property
    def filters(self) -> dict[str, QComboBox]:
        """The filter menus by key ("feed", "kind" ...), their values offered."""
        self._filter_values_came()  # asked before the values read at start came: now
        return self.filter_bar.filters

    def fill_filters(self) -> None:
        """Offer the values the store holds (the choice is kept when the store changes)."""
        self._fill_filters(self.store.filter_values())

    def fill_filters_later(self) -> None:
        """The window's start: offer the feeds now, the other values once read.

        Those take a pass over every session (0.1 s at 100,000 sessions): until
        :meth:`read_filter_values` brings them, a filter offers "Any …" and the
        choice restored for it.
        """
        self._fill_filters({})

    def read_filter_values(self) -> None:
        """Read what the filters offer on a thread; they offer it when it comes."""
        if self.filter_bar.pending:
            self.store.prefetch_filter_values(on_done=self._tell_filter_values_read)

    def _tell_filter_values_read(self) -> None:
        """On the reading thread: tell the tab (on its own thread), if it is still there."""
        try:
            self._filter_values_read.emit()
        except RuntimeError:  # the window closed meanwhile: its tab was deleted
            logger.debug("The filter values came after the window closed")

    def _filter_values_came(self) -> None:
        """Offer the values read at the start (read now if they are not there yet)."""
        if not self.filter_bar.pending or self.store.closed:
            return  # offered already (asked for, or the store changed meanwhile)
        before = self.current_query()
        self.fill_filters()  # the values read on the thread (unless this store wrote since)
        if replace(self.current_query(), ending_after=None) != replace(before, ending_after=None):
            self.refresh()  # a restored choice the store no longer holds was dropped

    def follow_hidden(self) -> None:
        """A track or room was hidden or shown again: the filters and the list follow."""
        if not self.filter_bar.pending:
            self.fill_filters()
        self.refresh()

    def _fill_filters(self, values: dict[str, list[str]]) -> None:
        self.hidden.reload()
        if "track" in values and self.hidden.names.tracks:  # a hidden track is not offered
            values = {
                **values,
                "track": [t for t in values["track"] if t not in self.hidden.names.tracks],
            }
        sample = self._sample.label if self._sample is not None else None
        feeds = {str(f.id): feed_label(f, sample) for f in self.store.feeds()}
        # The organizations are read with the other values (after the first paint).
        organizations = (
            {
                str(i): picked
                for i, picked in self.store.organization_names(content_language.preference())
            }
            if values
            else None
        )
        # Tracks in the user's language (a fallback marked); they filter by the feed's text.
        texts = content_language.track_texts(self.store) if values.get("track") else {}
        tracks = {t: content_language.track_name(t, texts) for t in values.get("track", ())}
        self.filter_bar.fill(values, feeds, organizations, tracks)
        if "status" in values:
            # The status column earns its room only when some session is not plainly
            # scheduled.
            self.table.show_status_column(any(v != "scheduled" for v in values["status"]))

    def clear_filters(self) -> None:
        """Back to the plain list: no search, no filters, no date range."""
        self.filter_bar.clear()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.refresh()

    # ---- remembered state ----------------------------------------------------
    def restore_splitter(self, settings: QSettings) -> None:
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray | bytes):
            self.restoreState(splitter)

    def restore_filters(self, settings: QSettings) -> None:
        """The filters and sort saved last time (anything unreadable is ignored)."""
        # The list loads once, after everything is restored.
        blocker = QSignalBlocker(self.show_past)
        self.show_past.setChecked(settings.value("filters/show_past", "false") == "true")
        self.filter_bar.restore(settings)
        if self.filter_bar.pending:  # as last time until the statuses are read
            self.table.show_status_column(settings.value("list/status_column") == "true")
        saved_sort = str(settings.value("list/sort", "time"))
        for sort_key in SORT_KEYS:  # the saved name, typed as its SortKey
            if sort_key == saved_sort and sort_key != "relevance":
                self._sort = sort_key
        self._descending = settings.value("list/descending", "false") == "true"
        del blocker

    def save_splitter(self, settings: QSettings) -> None:
        settings.setValue("window/splitter", self.saveState())

    def save_filters(self, settings: QSettings) -> None:
        settings.setValue("filters/show_past", "true" if self.show_past.isChecked() else "false")
        self.filter_bar.save(settings)
        shown = not self.table.isColumnHidden(Column.STATUS)
        settings.setValue("list/status_column", "true" if shown else "false")
        settings.setValue("list/sort", self._sort)
        settings.setValue("list/descending", "true" if self._descending else "false")

    def close_down(self) -> None:
        """The window closes: the note being typed is saved, the search thread stops."""
        self._closed_down = True  # a list answer arriving later starts no detail either
        self._detail_timer.stop()  # nothing is shown from a closed store
        if self._detail_panel is not None:
            self._detail_panel.save_note()
            crash.remove_saver(self._detail_panel.save_note)
        self.searcher.stop()

    # ---- the detail pane: built when first wanted ------------------------------
    @property
    def detail_panel(self) -> SessionDetailPanel:
        """The selected session in full, its actions and my notes (built when first asked)."""
        if self._detail_panel is None:
            self._build_detail_panel()
            assert self._detail_panel is not None
        return self._detail_panel

    @property
    def detail(self) -> QTextBrowser:
        """The detail pane's text."""
        return self.detail_panel.browser

    @property
    def detail_built(self) -> bool:
        return self._detail_panel is not None

    def hold_detail(self) -> None:
        """Build the detail pane only when asked for, or at :meth:`release_detail` (the
        window's first paint does not wait for it: its modules, widgets and text)."""
        self._detail_held = True

    def release_detail(self) -> None:
        """Build the detail pane now, showing the list's session."""
        self._detail_held = False
        self.detail_panel  # noqa: B018 - built on the way

    def _detail_widget(self) -> QWidget:
        return self._detail_scroll if self._detail_scroll is not None else self._detail_slot

    def _build_detail_panel(self) -> None:
        from briefing_app.ui.sessions.detail_panel import SessionDetailPanel

        self._detail_held = False
        panel = SessionDetailPanel(self.store, writes=self._writes)
        panel.favourites_waiting = self.favourites_waiting
        panel.favourite_toggled.connect(self.favourite_requested)
        panel.note_saved.connect(self.model.refresh_session)
        panel.questions.questions_changed.connect(self.questions_changed)
        crash.add_saver(panel.save_note)
        shown = not self._detail_slot.isHidden()  # hidden behind the first-run card
        sizes = self.sizes()  # the place kept for it, as laid out or restored
        index = self.indexOf(self._detail_slot)
        # In a scroll area: the pane needs about 630 px of height, more than a window at
        # 200% on a 1080p screen has (540); a shorter window scrolls it rather than
        # growing past the screen or drawing its parts over each other.
        scroll = _PaneScroll(panel)
        self._detail_scroll = scroll
        self.replaceWidget(index, scroll)
        # Shown only once it is the splitter's: a parentless widget shown is a window of
        # its own, and its hiding deactivates the main window.
        scroll.setVisible(shown)
        self.setStretchFactor(index, _DETAIL_STRETCH)  # the slot's, kept in its size policy
        if shown:
            self.setSizes(sizes)
            QTimer.singleShot(0, self, self._give_detail_room)
        self._detail_slot.deleteLater()
        self._detail_panel = panel
        self.detail_panel_built.emit(panel)
        self._show_current_detail()

    # ---- selection -----------------------------------------------------------
    def show_session(self, session_id: int) -> None:
        """Select *session_id*, widening the list if it is filtered out."""
        # The call to action hides the list: show the (sample's) sessions instead.
        if self.in_first_run() or not self.select_session(session_id):
            self.show_past.blockSignals(True)
            self.show_past.setChecked(True)
            self.show_past.blockSignals(False)
            self.clear_filters()  # browsing, not searching: the list is there at once
            self.select_session(session_id)
        self.table.setFocus()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.model.position(current) is None:
            return  # a day heading: the detail pane keeps its session
        if self._defer_detail:
            self._detail_timer.start()
        else:
            self._show_current_detail()

    def _detail_timer_fired(self) -> None:
        if self._detail_panel is None and self._detail_held:
            return  # the pane, when built (release_detail), shows the list's session
        if self.store.closed:
            return  # the window's store closed before its pending detail could show
        self._show_current_detail()

    def _show_current_detail(self) -> None:
        self._detail_timer.stop()
        if self._closed_down:
            return
        session_id = self.current_session_id()
        if session_id == self.detail_panel.session_id:
            return
        self.detail_panel.show_session(session_id)
        if session_id is not None:
            self.session_selected.emit(session_id)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _open_link(self, url: QUrl) -> None:
        self.detail_panel.open_link(url)

    def _restore_selection(self, session_id: int | None, *, scroll: bool = True) -> None:
        index = self.model.index_of(session_id) if session_id is not None else QModelIndex()
        if not index.isValid() and self.model.session_count():
            index = self.model.index_at(0)
        if not index.isValid():
            if self._detail_panel is not None:
                self._detail_panel.show_session(None)
            return
        # The list paints first; the detail pane follows in the next turn of the event loop.
        self._defer_detail = True
        try:
            self.table.setCurrentIndex(index)
        finally:
            self._defer_detail = False
        if scroll:
            self.table.scrollTo(index)

    def _current_entry_id(self) -> int | None:
        """The selected row's session id, from the index (no page of records is read)."""
        position = self.model.position(self.table.currentIndex())
        return None if position is None else self.model.session_id_at(position)

    def selected_session_ids(self) -> list[int]:
        """The sessions selected in the list (in list order), else the current one."""
        ids: list[int] = []
        for index in sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row()):
            position = self.model.position(index)
            if position is not None:
                ids.append(self.model.session_id_at(position))
        if not ids and (current := self.current_session_id()) is not None:
            ids.append(current)
        return ids

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
