"""The session list's table: day and track headings, the sort indicator, column widths."""

from __future__ import annotations

from bisect import bisect_left
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from briefing_app.store import SortKey
from briefing_app.ui.sessions.session_list import SessionListModel
from briefing_app.ui.sessions.session_model import Column
from briefing_app.ui.widgets.core_words import core_word, status_word
from briefing_app.ui.widgets.locale_text import day_text, hours_text

#: Columns a narrow list hides first, so the title keeps its room.
_SHED_COLUMNS = (Column.PRESENTERS, Column.FORMAT, Column.KIND)
#: What clicking each column header sorts by (presenters: nothing).
COLUMN_SORTS: dict[Column, SortKey] = {
    Column.FAVOURITE: "favourite",
    Column.WHEN: "time",
    Column.TITLE: "title",
    Column.KIND: "kind",
    Column.TRACK: "track",
    Column.FORMAT: "format",
    Column.STATUS: "status",
}


class SessionTable(QTableView):
    """The rows of a SessionListModel: one line each, headings spanning the width."""

    def __init__(self, model: SessionListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._column_mode: tuple[str, bool] | None = None
        self._column_widths: dict[Column, int] = {}
        self.setModel(model)
        self.setAccessibleName(self.tr("Sessions"))
        self.setTabKeyNavigation(False)  # arrows move between cells; Tab leaves the table
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows (Ctrl, Shift) to share them at once; the current row is the detail's.
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.verticalHeader().hide()
        # Every row the same height: the view then never measures rows it does not paint.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setMinimumSectionSize(24)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(Column.WHEN, Qt.SortOrder.AscendingOrder)
        # The title needs the room; the track is in the detail pane (and its groups).
        self.setColumnHidden(Column.TRACK, True)
        # The columns are fitted when the viewport resizes (resizeEvent). The viewport is
        # never asked for before the first paint: PySide, wrapping that plain QWidget,
        # builds the Python class of every QWidget subclass to find its type (42 enums,
        # 5 ms of a start).

    def lay_out_groups(self) -> None:
        """Heading rows (a day, a track) span the whole width."""
        self.clearSpans()
        columns = len(Column)
        for row in self._model.heading_rows:
            self.setSpan(row, 0, 1, columns)

    def lay_out_groups_from(self, first_row: int) -> None:
        """Headings at or after *first_row* span the width (rows were added at the end)."""
        columns = len(Column)
        rows = self._model.heading_rows
        for row in rows[bisect_left(rows, first_row) :]:
            self.setSpan(row, 0, 1, columns)

    def show_sort_indicator(self, sort: SortKey, descending: bool) -> None:
        """The header's arrow on the column the list is sorted by (none for the others)."""
        header = self.horizontalHeader()
        header.blockSignals(True)
        column = next((c for c, k in COLUMN_SORTS.items() if k == sort), None)
        if column is None:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        else:
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            header.setSortIndicator(column, order)
        header.blockSignals(False)

    # ---- the scroll position, kept across a reset of the model --------------------
    def top_row_anchor(self) -> tuple[int, int] | None:
        """The first session at or below the list's top edge, and how many rows above it show."""
        top = self.rowAt(0)
        if top < 0:
            return None
        for row in range(top, min(top + 3, self._model.rowCount())):
            position = self._model.position_of_row(row)
            if position is not None:
                entry_id = self._model.session_id_at(position)
                return entry_id, row - top
        return None

    def restore_top_row(self, anchor: tuple[int, int]) -> None:
        session_id, rows_above = anchor
        index = self._model.index_of(session_id)
        if not index.isValid():  # it left the list: show the selection instead
            if self.currentIndex().isValid():
                self.scrollTo(self.currentIndex())
            return
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        if rows_above:  # a heading showed above it: keep showing it
            above = self._model.index(max(index.row() - rows_above, 0), index.column())
            self.scrollTo(above, QAbstractItemView.ScrollHint.PositionAtTop)

    # ---- columns -------------------------------------------------------------
    def size_columns(self) -> None:
        """Widths from the font (so 200% scaling widens them), not from loading every row.

        Under day headings the time column holds times only; the title takes the rest.
        """
        display = self._model.time_display
        by_day = self._model.times_only
        if self._column_mode == (display, by_day):
            return  # keep what the user dragged
        self._column_mode = (display, by_day)
        # Dated rows show one zone (the tooltip has both): about as wide as two zones' times.
        # In the user's locale: "13 h 00 – 14 h 30" is wider than "13:00–14:30".
        start = datetime(2026, 9, 30, 14, 0, tzinfo=UTC)
        end = start + timedelta(minutes=90)
        when = f"{hours_text(start, end, 'America/Toronto')} EDT"
        if display == "both" and by_day:
            when += f" ({hours_text(start, end, 'Europe/London')} GMT)"
        when = when if by_day else f"{day_text(start.date())} {when}"
        samples = {
            Column.FAVOURITE: "★ ▾",  # room for the sort indicator
            Column.WHEN: when,
            Column.KIND: "Working group",
            Column.TRACK: "Digital services",
            Column.FORMAT: core_word("In person"),
            Column.PRESENTERS: "Firstname Lastname",
            Column.STATUS: status_word("cancelled"),
        }
        metrics = self.fontMetrics()
        self._column_widths = {c: metrics.horizontalAdvance(t) + 24 for c, t in samples.items()}
        for column, width in self._column_widths.items():
            self.setColumnWidth(column, width)
        self._fit_columns()

    def show_status_column(self, shown: bool) -> None:
        """Show or hide the status column; the others make room or take it."""
        if self.isColumnHidden(Column.STATUS) == shown:
            self.setColumnHidden(Column.STATUS, not shown)
            self._fit_columns()

    def _fit_columns(self) -> None:
        """Keep the title readable: in a narrow list, drop presenters, then format, then kind."""
        if not self._column_widths:
            return
        # As wide as the viewport (QTableView.updateGeometries gives the header its width).
        available = self.horizontalHeader().width()
        title_room = self.fontMetrics().horizontalAdvance("x" * 30)
        used = sum(
            width
            for c, width in self._column_widths.items()
            if c in _SHED_COLUMNS or not self.isColumnHidden(c)
        )
        for column in _SHED_COLUMNS:
            shed = available - used < title_room
            if self.isColumnHidden(column) != shed:
                self.setColumnHidden(column, shed)
                if not shed:
                    self.setColumnWidth(column, self._column_widths[column])
            if shed:
                used -= self._column_widths[column]

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """The viewport resized (a scroll area's resizeEvent is its viewport's)."""
        super().resizeEvent(event)  # the header takes the viewport's new width
        self._fit_columns()
