"""The Sessions tab's list: day (or track, kind ...) headings over a lazy index.

The model holds only the light index of the rows a query selected
(:class:`~briefing_app.store.IndexEntry`: id, start, zone, order value) and
loads full records a page at a time when the view paints them, keeping a few
pages. Ten thousand sessions cost ten thousand small tuples, not ten thousand
records with their presenters.

Groups follow the order: by day when sorted by time (days in one zone: the
event's when every row shares one and times are shown in it, else the
user's), by value when sorted by track, kind, format or status, and none for
title, favourite or relevance order.
"""

from __future__ import annotations

import dataclasses
import logging
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import partial
from itertools import compress, count
from operator import attrgetter, ne
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from briefing_app.errors import BriefingError
from briefing_app.store import IndexEntry, SessionRecord, SortKey
from briefing_app.ui import content_language
from briefing_app.ui.sessions.session_model import Column, header_data, session_cell
from briefing_app.ui.widgets.core_words import core_word, status_word
from briefing_app.ui.widgets.locale_text import long_day_text
from briefing_app.usecases.session_facts import FORMAT_LABELS
from briefing_app.util.i18n import is_singular
from briefing_app.util.session_kinds import kind_text
from briefing_app.util.timeutil import from_utc_text, in_zone, local_zone_name, to_utc_text, zone
from briefing_app.util.trmark import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from briefing_app.store import Store

logger = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex

#: Rows loaded per store query (three screens: a first paint builds no more records than
#: it needs), and how many such pages stay in memory.
PAGE_SIZE = 100
MAX_PAGES = 8
#: Cells whose answers are kept (see ``SessionListModel._cells``): the pages kept, every column.
_MAX_CELLS = MAX_PAGES * PAGE_SIZE * 8
_UNKNOWN = object()
#: A list this long is let go of a slice at a time (see :meth:`SessionListModel._let_go`).
RELEASE_SLICE = 4096
_ENTRY_ID = attrgetter("id")
_ENTRY_START = attrgetter("start_utc")
_ENTRY_ZONE = attrgetter("timezone")
#: Role giving a group row's label (``None`` for session rows).
GroupRole = Qt.ItemDataRole.UserRole + 10

#: Roles no session list answers.
_UNANSWERED_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.SizeHintRole,
        Qt.ItemDataRole.StatusTipRole,
        Qt.ItemDataRole.WhatsThisRole,
    )
)
#: A session row's flags (asked for every painted cell: made once).
_SESSION_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
#: The columns by number, looked up without calling the enum per painted cell.
_COLUMNS = tuple(Column)
_GROUPED_KEYS: frozenset[SortKey] = frozenset({"time", "track", "kind", "format", "status"})
_EMPTY_GROUP = {
    "track": QT_TRANSLATE_NOOP("SessionList", "No track"),
    "kind": QT_TRANSLATE_NOOP("SessionList", "No kind"),
    "format": QT_TRANSLATE_NOOP("SessionList", "No format"),
    "status": "",
}


@dataclass(frozen=True, slots=True)
class Group:
    """A run of rows sharing a day or value: rows ``first`` to ``first + count - 1``."""

    label: str
    first: int
    count: int


def day_label(day: date, today: date) -> str:
    # The locale's names, each day written once (a 700-day grouping repeats them).
    text = long_day_text(day)
    if day == today:
        return QCoreApplication.translate("SessionList", "Today · {0}").format(text)
    if day == today + timedelta(days=1):
        return QCoreApplication.translate("SessionList", "Tomorrow · {0}").format(text)
    if day == today - timedelta(days=1):
        return QCoreApplication.translate("SessionList", "Yesterday · {0}").format(text)
    return text


def group_by_day(
    entries: Sequence[IndexEntry], zone_name: str, *, descending: bool, today: date
) -> list[Group]:
    """Runs of *entries* (in time order) starting on the same day in *zone_name*.

    Finds each day's end by bisecting for the next local midnight, so a year
    of sessions costs a few hundred lookups rather than a conversion per row.
    """
    tz = zone(zone_name)
    starts = list(map(_ENTRY_START, entries))
    if descending:
        # bisect wants ascending keys; walk the reversed list and flip the runs back.
        starts.reverse()
    groups: list[Group] = []
    position, total = 0, len(starts)
    while position < total:
        day = from_utc_text(starts[position]).astimezone(tz).date()
        next_midnight = datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz)
        end = bisect_left(starts, to_utc_text(next_midnight), lo=position + 1)
        groups.append(Group(day_label(day, today), position, end - position))
        position = end
    if descending:
        groups = [Group(g.label, total - g.first - g.count, g.count) for g in reversed(groups)]
    return groups


def group_by_value(entries: Sequence[IndexEntry], sort: SortKey) -> list[Group]:
    """Runs of *entries* sharing their order value (case-insensitively).

    The runs' starts first, then one group per run: 100,000 rows in a handful of
    tracks cost a pass of comparisons, not an object per row.
    """
    folded = [str(entry.key or "").casefold() for entry in entries]
    starts = [0] if folded else []
    starts.extend(compress(range(1, len(folded)), map(ne, folded[1:], folded[:-1])))
    ends = [*starts[1:], len(folded)]
    return [
        Group(_value_label(sort, str(entries[first].key or "")), first, end - first)
        for first, end in zip(starts, ends, strict=True)
    ]


class GroupPlan(NamedTuple):
    """How a list is grouped, for the ordering and time display it was planned for.

    Planned off the GUI thread for a long list (:meth:`SessionListModel.planner`): the
    days of 100,000 sessions take tens of milliseconds to find.
    """

    sort: SortKey
    descending: bool
    time_display: str
    user_zone: str
    #: The zone days are headed in (``None`` unless grouped by day), and whether every
    #: entry shares one zone.
    group_zone: str | None
    single_zone: bool
    groups: list[Group] | None


def zone_for(entries: Sequence[IndexEntry], time_display: str, user_zone: str) -> tuple[str, bool]:
    """The zone days are headed in for *entries*, and whether they all share one."""
    zones = set(map(_ENTRY_ZONE, entries))
    single = len(zones) == 1
    if time_display != "mine" and single:
        return zones.pop(), single
    return user_zone, single


def plan_groups(
    entries: Sequence[IndexEntry],
    *,
    sort: SortKey,
    descending: bool,
    time_display: str,
    user_zone: str,
    today: date | None = None,
) -> GroupPlan:
    """The groups a list of *entries* shows: by day for time, by value for a few keys."""
    group_zone: str | None = None
    single = False
    groups: list[Group] | None = None
    if sort == "time" and entries:
        group_zone, single = zone_for(entries, time_display, user_zone)
        when = today or datetime.now(zone(group_zone)).date()
        groups = group_by_day(entries, group_zone, descending=descending, today=when)
    elif sort in _GROUPED_KEYS and entries:
        groups = group_by_value(entries, sort)
    return GroupPlan(sort, descending, time_display, user_zone, group_zone, single, groups)


#: The records of a list's first page, by id (see :func:`read_first_page`).
FirstRecords = dict[int, SessionRecord]


def read_first_page(
    store: Store, entries: Sequence[IndexEntry], *, languages: Sequence[str]
) -> FirstRecords:
    """The records of *entries*' first page, in *languages*, read with *store* (on any
    thread: a search's worker reads them with its own connection, so showing its answer
    runs no query on the GUI thread)."""
    ids = [entry.id for entry in entries[:PAGE_SIZE]]
    return {record.id: record.in_language(languages) for record in store.sessions_by_ids(ids)}


def _value_label(sort: SortKey, value: str) -> str:
    if not value:
        empty = _EMPTY_GROUP.get(sort, "—")
        if not empty:
            return status_word("scheduled")
        return QCoreApplication.translate("SessionList", empty) if empty != "—" else empty
    if sort == "format":
        label = FORMAT_LABELS.get(value)
        return core_word(label) if label is not None else value
    if sort == "status":
        return status_word(value)
    if sort == "kind":  # a common kind in the user's language: "Table ronde"
        value = kind_text(value, QCoreApplication.translate)
    return value[:1].upper() + value[1:]


class SessionListModel(QAbstractTableModel):
    """Sessions with a heading row before each group, their records loaded page by page.

    A flat table (headings are rows the view spans across every column): a
    ``QTableView`` then asks only for the rows it paints, whatever their number.
    *loader* returns the records for a list of ids (``Store.sessions_by_ids``).
    """

    def __init__(
        self, loader: Callable[[Sequence[int]], list[SessionRecord]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._loader = loader
        self._entries: list[IndexEntry] = []
        #: Lists shown before, let go of a slice at a time; and the timer doing it.
        self._released: list[list[IndexEntry]] = []
        self._release_timer: QTimer | None = None
        self._groups: list[Group] | None = None
        #: Table rows holding a group heading, ascending; and each group's first position.
        self._heading_rows: list[int] = []
        self._group_firsts: list[int] = []
        self._positions: dict[int, int] | None = None
        self._pages: OrderedDict[int, dict[int, SessionRecord]] = OrderedDict()
        self.loaded_pages = 0  # how many page loads (for tests and benchmarks)
        #: ... of which read here, on the GUI thread (not handed over with a search's answer).
        self.pages_read_here = 0
        self.time_display = "event"
        self.user_zone = local_zone_name()
        self.group_zone: str | None = None
        self._sort: SortKey = "time"
        self._descending = False
        self._day_shown: dict[int, bool] = {}
        #: What each painted cell answered, by (position, column): its record, and its
        #: value per role. A repaint of the same rows (typing on to the same answer, the
        #: pointer over a row) then asks nothing again; a new record object misses.
        self._cells: dict[tuple[int, int], tuple[SessionRecord, dict[int, Any]]] = {}
        #: ★ changes asked for and not stored yet (a sync holds the lock): shown as asked.
        self.favourites_waiting: Mapping[int, bool] = {}

    # ---- what is shown -------------------------------------------------------
    def set_time_display(self, display: str, user_zone: str | None = None) -> None:
        self.time_display = display
        self.user_zone = user_zone or local_zone_name()
        # Day groups depend on the zone the times are shown in.
        self.set_entries(self._entries, sort=self._sort, descending=self._descending)

    def set_entries(
        self,
        entries: Sequence[IndexEntry],
        *,
        sort: SortKey = "time",
        descending: bool = False,
        today: date | None = None,
        plan: GroupPlan | None = None,
        first_page: FirstRecords | None = None,
    ) -> None:
        """Show *entries* (from ``Store.session_index``) in their order, grouped for *sort*.

        *plan*: their groups, planned elsewhere (:meth:`planner`); used if it was planned
        for this ordering and time display. *first_page*: the records of their first
        page, read elsewhere (:meth:`page_reader`); used if it holds exactly those.
        """
        plan = self._checked(plan, sort, descending) or plan_groups(
            entries,
            sort=sort,
            descending=descending,
            time_display=self.time_display,
            user_zone=self.user_zone,
            today=today,
        )
        self.beginResetModel()
        shown, self._entries = self._entries, list(entries)
        self._let_go(shown)
        self._sort, self._descending = sort, descending
        self._positions = None
        self._scanned = False
        self._pages.clear()
        if first_page is not None and first_page.keys() == {e.id for e in entries[:PAGE_SIZE]}:
            self._pages[0] = first_page
            self.loaded_pages += 1
        self._day_shown = {}
        self._cells.clear()
        self.group_zone, self._single_zone = plan.group_zone, plan.single_zone
        groups = plan.groups
        self._groups = groups
        self._group_firsts = [g.first for g in groups or ()]
        self._heading_rows = [g.first + n for n, g in enumerate(groups or ())]
        self.endResetModel()

    def extend_entries(
        self,
        entries: Sequence[IndexEntry],
        *,
        today: date | None = None,
        plan: GroupPlan | None = None,
    ) -> bool:
        """The whole list arrived, starting with the rows shown: add the rest at the end.

        Rows are inserted, not reset, so the selection, the scroll position and the
        painted pages stay. False (nothing changed) when *entries* does not start with
        what is shown, or the day headings would change zone: the caller shows it anew.
        """
        shown = len(self._entries)
        if len(entries) < shown or any(
            a.id != b.id for a, b in zip(entries, self._entries, strict=False)
        ):
            return False
        plan = self._checked(plan, self._sort, self._descending) or plan_groups(
            entries,
            sort=self._sort,
            descending=self._descending,
            time_display=self.time_display,
            user_zone=self.user_zone,
            today=today,
        )
        zone_changed = (plan.group_zone, plan.single_zone) != (self.group_zone, self._single_zone)
        if self._sort == "time" and entries and zone_changed:
            return False
        entries = list(entries)
        groups = plan.groups
        old_rows = self.rowCount()
        old_last_heading = self._heading_rows[-1] if self._heading_rows else None
        new_rows = len(entries) + len(groups or ())
        if new_rows > old_rows:
            self.beginInsertRows(QModelIndex(), old_rows, new_rows - 1)
        self._entries = entries
        self._positions = None
        self._scanned = False
        self._groups = groups
        self._group_firsts = [g.first for g in groups or ()]
        self._heading_rows = [g.first + n for n, g in enumerate(groups or ())]
        if new_rows > old_rows:
            self.endInsertRows()
        if old_last_heading is not None:  # its count grew
            self.dataChanged.emit(
                self.index(old_last_heading, 0), self.index(old_last_heading, len(Column) - 1)
            )
        return True

    _scanned = False

    def _let_go(self, entries: list[IndexEntry]) -> None:
        """Free a long list a slice per turn of the event loop, not all at once.

        Freeing 100,000 entries (their tuples and strings) holds the GUI thread for
        tens of milliseconds, in the middle of showing the next answer while typing.
        """
        if len(entries) <= RELEASE_SLICE:
            return
        self._released.append(entries)
        if self._release_timer is None:
            self._release_timer = QTimer(self)
            self._release_timer.setInterval(0)
            self._release_timer.timeout.connect(self._release_slice)
        self._release_timer.start()

    def _release_slice(self) -> None:
        if not self._released:
            if self._release_timer is not None:
                self._release_timer.stop()
            return
        entries = self._released[-1]
        del entries[-RELEASE_SLICE:]
        if not entries:
            self._released.pop()

    def planner(
        self, sort: SortKey, descending: bool
    ) -> Callable[[Sequence[IndexEntry]], GroupPlan]:
        """A function planning the groups of a list for *sort* as shown now, on any thread
        (a search's whole list is grouped on the worker that reads it)."""
        return partial(
            plan_groups,
            sort=sort,
            descending=descending,
            time_display=self.time_display,
            user_zone=self.user_zone,
        )

    def page_reader(self) -> Callable[[Store, Sequence[IndexEntry]], FirstRecords]:
        """A function reading a list's first page of records as this list shows them (in
        the user's language), on any thread, with that thread's store."""
        return partial(read_first_page, languages=content_language.preference())

    def _checked(self, plan: GroupPlan | None, sort: SortKey, descending: bool) -> GroupPlan | None:
        """*plan* if it was made for this ordering and the time display shown now."""
        wanted = (sort, descending, self.time_display, self.user_zone)
        if plan is None or plan[:4] != wanted:
            return None
        return plan

    _single_zone = False

    @property
    def times_only(self) -> bool:
        """True when every row's day is its heading's, so rows show times only."""
        return self.group_zone is not None and (self.time_display == "mine" or self._single_zone)

    def invalidate(self) -> None:
        """Records changed in the store (not which rows): reload what is painted."""
        self._pages.clear()
        self._cells.clear()
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, len(Column) - 1)
            )

    def refresh_session(self, session_id: int) -> None:
        """One session's record changed (a favourite, a note): reload its page."""
        position = self.position_of(session_id)
        if position is None:
            return
        self._pages.pop(position // PAGE_SIZE, None)
        row = self.row_of_position(position)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    @property
    def entries(self) -> list[IndexEntry]:
        """The shown entries (a list the model lets go of later: copy it to keep it)."""
        return self._entries

    @property
    def ordering(self) -> tuple[SortKey, bool]:
        """The sort key and direction the shown entries are grouped for."""
        return self._sort, self._descending

    @property
    def groups(self) -> list[Group] | None:
        return self._groups

    @property
    def heading_rows(self) -> list[int]:
        return self._heading_rows

    @property
    def sort_key(self) -> SortKey:
        return self._sort

    def session_count(self) -> int:
        return len(self._entries)

    # ---- rows, positions, records --------------------------------------------
    def position_of(self, session_id: int) -> int | None:
        """Where *session_id* is in the list. The first look-up in a new list scans it
        (at C speed: the selection kept across a 100,000-row answer costs milliseconds);
        the next ones build a map, which then answers at once."""
        if self._positions is None:
            if not self._scanned:
                self._scanned = True
                ids = list(map(_ENTRY_ID, self._entries))
                return ids.index(session_id) if session_id in ids else None
            # At C speed (a comprehension over 100,000 entries held the GUI thread 60 ms).
            self._positions = dict(zip(map(_ENTRY_ID, self._entries), count()))
        return self._positions.get(session_id)

    def session_id_at(self, position: int) -> int:
        return self._entries[position].id

    def row_of_position(self, position: int) -> int:
        """The table row of the session at *position* (headings push rows down)."""
        return position + bisect_right(self._group_firsts, position)

    def position_of_row(self, row: int) -> int | None:
        """The session position of table *row*, ``None`` for a heading."""
        headings_before = bisect_right(self._heading_rows, row)
        if headings_before and self._heading_rows[headings_before - 1] == row:
            return None
        return row - headings_before

    def index_at(self, position: int, column: int = Column.TITLE) -> QModelIndex:
        return self.index(self.row_of_position(position), column)

    def index_of(self, session_id: int, column: int = Column.TITLE) -> QModelIndex:
        position = self.position_of(session_id)
        return QModelIndex() if position is None else self.index_at(position, column)

    def position(self, index: _Index) -> int | None:
        """The position of a session row, ``None`` for a heading or an invalid index."""
        return self.position_of_row(index.row()) if index.isValid() else None

    def group_of_row(self, row: int) -> Group | None:
        n = bisect_left(self._heading_rows, row)
        if self._groups is None or n >= len(self._heading_rows) or self._heading_rows[n] != row:
            return None
        return self._groups[n]

    def record_at(self, position: int) -> SessionRecord | None:
        page_number = position // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            page = self._load_page(page_number)
        else:
            self._pages.move_to_end(page_number)
        record = page.get(self._entries[position].id)
        waiting = None if record is None else self.favourites_waiting.get(record.id)
        if record is not None and waiting is not None and waiting != record.favourite:
            return dataclasses.replace(record, favourite=waiting)
        return record

    def record(self, index: _Index) -> SessionRecord | None:
        position = self.position(index)
        return None if position is None else self.record_at(position)

    def _load_page(self, page_number: int) -> dict[int, SessionRecord]:
        first = page_number * PAGE_SIZE
        ids = [e.id for e in self._entries[first : first + PAGE_SIZE]]
        try:
            # In the user's language where the feed gives several (marked where it falls back).
            languages = content_language.preference()
            page = {r.id: r.in_language(languages) for r in self._loader(ids)}
        except BriefingError as exc:
            # Painting cannot fail: a page that cannot be read (damage: the window offers
            # recovery, see ui/damage_watch.py) shows blank rows, and is not read again
            # for every paint.
            logger.error("Could not read sessions %s..%s: %s", ids[:1], ids[-1:], exc)
            page = {}
        self.loaded_pages += 1
        self.pages_read_here += 1
        self._pages[page_number] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def cached_rows(self) -> int:
        return sum(len(page) for page in self._pages.values())

    # ---- Qt model API ------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._entries) + len(self._heading_rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        return header_data(section, orientation, role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.position(index) is None:
            # Not enabled: arrow keys step over headings from one session to the next.
            return Qt.ItemFlag.NoItemFlags
        return _SESSION_FLAGS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A repaint asks every cell for a dozen roles: those never answered, and the
        # bounds, are told apart without a further call into Qt (an invalid index's
        # row is -1).
        if role in _UNANSWERED_ROLES:
            return None
        row = index.row()
        if not 0 <= row < len(self._entries) + len(self._heading_rows):
            return None
        position = self.position_of_row(row)
        if position is None:
            return self._heading_data(index, role)
        record = self.record_at(position)
        if record is None:  # gone from the store since the query; a refresh follows
            return None
        return self._cell(record, Column(index.column()), role)

    def multiData(  # noqa: N802
        self,
        index: _Index,
        roleDataSpan: QModelRoleDataSpan | QModelRoleData,  # noqa: N803
    ) -> None:
        """Every role a cell is painted with, in one call from Qt (its item delegate asks
        for seven): the row's record is looked up once, not once per role, and the GUI
        thread enters Python once per cell (a list's repaint did 800 times)."""
        row = index.row()
        inside = 0 <= row < len(self._entries) + len(self._heading_rows)
        position = self.position_of_row(row) if inside else None
        heading = inside and position is None
        record = self.record_at(position) if position is not None else None
        column = _COLUMNS[index.column()] if record is not None else Column.FAVOURITE
        values: dict[int, Any] = {}
        if record is not None and position is not None:
            cached = self._cells.get((position, column))
            if cached is not None and cached[0] is record:
                values = cached[1]
            else:
                if len(self._cells) >= _MAX_CELLS:
                    self._cells.clear()
                self._cells[(position, column)] = (record, values)
        roles: Sequence[QModelRoleData] = (
            (roleDataSpan,)
            if isinstance(roleDataSpan, QModelRoleData)
            else cast("Sequence[QModelRoleData]", roleDataSpan)  # one at run time; not in stubs
        )
        for role_data in roles:
            role = role_data.role()
            value = None
            if role not in _UNANSWERED_ROLES:
                if record is not None:
                    value = values.get(role, _UNKNOWN)
                    if value is _UNKNOWN:
                        value = values[role] = self._cell(record, column, role)
                elif heading:
                    value = self._heading_data(index, role)
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def _cell(self, record: SessionRecord, column: Column, role: int) -> Any:
        day_shown = self._day_shown.get(record.id)
        if day_shown is None:
            day_shown = self.times_only
            if not day_shown and self.group_zone is not None and self.time_display != "mine":
                # Feeds in several zones, days headed in the user's: a row needs its date
                # only when its own zone puts it on another day than its heading.
                day_shown = in_zone(record.start, record.timezone).date() == (
                    in_zone(record.start, self.group_zone).date()
                )
            self._day_shown[record.id] = day_shown  # data() runs per cell and role
        return session_cell(
            record,
            column,
            role,
            self.time_display,
            self.user_zone,
            day_shown=day_shown,
            compact=True,  # dated rows (search results) keep the time column's width
        )

    def _heading_data(self, index: _Index, role: int) -> Any:
        group = self.group_of_row(index.row())
        if group is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() != 0:
                return None
            n = group.count
            return (
                self.tr("{0}  ·  %n session", "", n)
                if is_singular(n)
                else self.tr("{0}  ·  %n sessions", "", n)
            ).format(group.label)
        if role == GroupRole:
            return group.label
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QApplication.palette().brush(QPalette.ColorRole.Button)
        if role == Qt.ItemDataRole.ForegroundRole:  # not the greyed text of a disabled item
            return QApplication.palette().brush(QPalette.ColorRole.ButtonText)
        return None
