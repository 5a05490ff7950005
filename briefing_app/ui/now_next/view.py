"""Now & next: what is on now and what comes next across every feed, with Join.

Times are in the reader's zone. The view reads the store (two indexed time-range
reads, :func:`briefing_app.usecases.now_next.now_and_next`) when it is built, when
the store changes (the window calls :meth:`NowNextView.refresh`) and when the answer
changes: a session ends or the next one starts. In between, a timer aligned to the
minute only rewrites "ends in 12 min", reading nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.store import FeedRecord, SessionRecord, Store
from briefing_app.ui import content_language
from briefing_app.ui.presenters.models import SecondLineRole, TrailingRole, TwoLineDelegate
from briefing_app.ui.sessions.session_model import RecordRole, title_with_badge
from briefing_app.ui.widgets.links import not_opened_text, open_link, openable
from briefing_app.ui.widgets.locale_text import (
    duration_text,
    minutes_until,
    soon_text,
    starting_in_text,
    zone_text,
)
from briefing_app.ui.widgets.locale_text import range_text as format_range
from briefing_app.usecases.now_next import NowAndNext, now_and_next
from briefing_app.util.timeutil import local_zone_name, utc_now

logger = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex
Clock = Callable[[], datetime]

#: The longest the view waits before looking at the clock again (a QTimer stops while
#: the computer sleeps: waking each minute keeps "now" at most a minute late).
MAX_WAIT_MS = 60_000


def minutes_text(when: datetime, now: datetime) -> str:
    """ "12 minutes", "1 hour 5 minutes", "3 days" from *now* to *when*: the reminder
    banner's words and rounding (``locale_text.minutes_until``)."""
    return duration_text(max(0, minutes_until(when, now)))


class NowNextModel(QAbstractListModel):
    """One part (on now, or next) as rows: title; time in the reader's zone · room · series."""

    def __init__(self, ending: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: True: the "ends in" part; False: the "starts in" part.
        self.ending = ending
        self.user_zone = local_zone_name()
        self.now = utc_now()
        self._records: list[SessionRecord] = []
        #: The feeds by id: their series' titles in the user's language.
        self.feeds: dict[int, FeedRecord] = {}

    def set_records(
        self,
        records: Sequence[SessionRecord],
        now: datetime,
        feeds: Sequence[FeedRecord] = (),
    ) -> None:
        self.beginResetModel()
        languages = content_language.preference()  # the user's, a fallback marked
        self._records = [r.in_language(languages) for r in records]
        self.feeds = {f.id: f for f in feeds}
        self.now = now
        self.endResetModel()

    def set_now(self, now: datetime) -> None:
        """The clock moved: only the "in N min" notes change."""
        self.now = now
        if self._records:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._records) - 1, 0), [TrailingRole]
            )

    def record(self, row: int) -> SessionRecord:
        return self._records[row]

    def records(self) -> list[SessionRecord]:
        return list(self._records)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._records)

    def second_line(self, record: SessionRecord) -> str:
        when = format_range(record.start, record.end, self.user_zone)
        series = content_language.series_title(record, self.feeds)
        return " · ".join(x for x in (when, record.location, series) if x)

    def trailing(self, record: SessionRecord) -> str:
        if record.is_cancelled:
            return self.tr("Cancelled")
        if self.ending:
            return self.tr("ending in {time}").format(time=minutes_text(record.end, self.now))
        # "starting in 15 minutes", as the reminder banner says it at the same moment.
        return starting_in_text(max(0, minutes_until(record.start, self.now)))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return title_with_badge(record, record.title)
        if role == Qt.ItemDataRole.ToolTipRole and record.fallback_language("title"):
            return content_language.fallback_explanation(record.fallback_language("title"))
        if role == SecondLineRole:
            return self.second_line(record)
        if role == TrailingRole:
            return self.trailing(record)
        if role == RecordRole:
            return record
        if role == Qt.ItemDataRole.AccessibleTextRole:
            title = content_language.said(record.title, record.fallback_language("title"))
            parts = (title, self.second_line(record), self.trailing(record))
            return ", ".join(p for p in parts if p)
        if role == Qt.ItemDataRole.FontRole and record.is_cancelled:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None


def can_join(record: SessionRecord, now: datetime) -> bool:
    """Join is offered for a session on now (or starting within 15 minutes) with a safe link."""
    return (
        bool(record.join_url)
        and not record.is_cancelled
        and record.start - timedelta(minutes=15) <= now < record.end
        and openable(record.join_url, mailto=False) is not None
    )


class NowNextView(QWidget):
    """On now and next, each a list; Join opens the chosen session's link.

    Signals:
        session_activated(int): show this session (in the Sessions tab).
        joined(int): the user pressed Join for this session (its link was opened).
    """

    session_activated = Signal(int)
    joined = Signal(int)
    link_failed = Signal(str)  # a Join link nothing could open (the window says it)

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        clock: Clock | None = None,
        load: bool = True,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.clock: Clock = clock or utc_now
        self.answer: NowAndNext | None = None
        #: How many times the store was read (tests: the timer reads only at boundaries).
        self.reads = 0
        self.now_model = NowNextModel(True, self)
        self.next_model = NowNextModel(False, self)
        self.now_list = self._list(self.now_model, self.tr("On now"))
        self.next_list = self._list(self.next_model, self.tr("Next"))
        self.now_heading = QLabel()
        self.next_heading = QLabel()
        for heading in (self.now_heading, self.next_heading):
            font = QFont(heading.font())
            font.setBold(True)
            heading.setFont(font)
        self.zone_label = QLabel()
        self.zone_label.setAccessibleDescription(self.tr("Time zone"))
        self.join_button = QPushButton(self.tr("Join"))
        self.join_button.setAccessibleName(self.tr("Join the chosen session"))
        self.join_button.clicked.connect(self.join_current)
        self.open_button = QPushButton(self.tr("Show in session list"))
        self.open_button.clicked.connect(self._open_current)
        # The lists, then the buttons that act on the one chosen in them: Tab reads the
        # view top to bottom (the buttons sat above the lists and Tab reached them first).
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.join_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.zone_label)
        layout.addWidget(self.now_heading)
        layout.addWidget(self.now_list, 1)
        layout.addWidget(self.next_heading)
        layout.addWidget(self.next_list, 1)
        layout.addLayout(bar)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.tick)
        self._selected: int | None = None
        if load:
            self.refresh()

    def _list(self, model: NowNextModel, name: str) -> QListView:
        view = QListView()
        view.setModel(model)
        view.setAccessibleName(name)
        view.setItemDelegate(TwoLineDelegate(0, view))
        view.setUniformItemSizes(True)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.activated.connect(lambda index: self._activated(model, index))
        view.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._chosen(model, current)
        )
        return view

    # ---- reading ------------------------------------------------------------
    def refresh(self) -> None:
        """Read what is on now and next (the store changed, or an answer ran out)."""
        now = self.clock()
        self.reads += 1
        self.answer = now_and_next(self.store, now)
        feeds = self.store.feeds()
        self.now_model.set_records(self.answer.now, now, feeds)
        self.next_model.set_records(self.answer.next, now, feeds)
        self._update_texts(now)
        self._reselect()
        self._schedule(now)

    def tick(self) -> None:
        """The timer: read again if the answer changed, else only move "in N min" on."""
        now = self.clock()
        change = self.answer.next_change() if self.answer is not None else None
        if self.answer is None or (change is not None and now >= change):
            self.refresh()
            return
        self.now_model.set_now(now)
        self.next_model.set_now(now)
        self._update_texts(now)
        self._schedule(now)

    def _schedule(self, now: datetime) -> None:
        """Wake at the next whole minute, or the next change if sooner."""
        to_minute = 60_000 - (now.second * 1000 + now.microsecond // 1000)
        wait = min(to_minute, MAX_WAIT_MS)
        change = self.answer.next_change() if self.answer is not None else None
        if change is not None:
            wait = min(wait, max(0, int((change - now).total_seconds() * 1000)))
        self.timer.start(max(wait, 50))

    def _update_texts(self, now: datetime) -> None:
        answer = self.answer
        on_now = len(answer.now) if answer else 0
        upcoming = len(answer.next) if answer else 0
        self.now_heading.setText(
            self.tr("On now (%n)", "", on_now) if on_now else self.tr("Nothing is on right now.")
        )
        if upcoming and answer is not None:
            first = answer.next[0].start
            self.next_heading.setText(
                self.tr("Next, from {time} (in {wait})").format(
                    time=soon_text(first, self.next_model.user_zone),
                    wait=minutes_text(first, now),
                )
            )
        else:
            self.next_heading.setText(self.tr("Nothing else is planned."))
        self.zone_label.setText(
            self.tr("Times in {zone} (your time zone)").format(
                zone=zone_text(self.now_model.user_zone)
            )
        )
        self._update_join(now)

    # ---- choosing and joining -------------------------------------------------
    def _chosen(self, model: NowNextModel, current: QModelIndex) -> None:
        if not current.isValid():
            return
        other = self.next_list if model is self.now_model else self.now_list
        other.selectionModel().clearSelection()
        other.setCurrentIndex(QModelIndex())
        self._selected = model.record(current.row()).id
        self._update_join(self.clock())

    def current_record(self) -> SessionRecord | None:
        for model in (self.now_model, self.next_model):
            for record in model.records():
                if record.id == self._selected:
                    return record
        return None

    def _reselect(self) -> None:
        """After a read: the chosen session stays chosen, else the first on now."""
        for view, model in ((self.now_list, self.now_model), (self.next_list, self.next_model)):
            for row, record in enumerate(model.records()):
                if record.id == self._selected:
                    view.setCurrentIndex(model.index(row, 0))
                    return
        if self.now_model.rowCount():
            self.now_list.setCurrentIndex(self.now_model.index(0, 0))
        elif self.next_model.rowCount():
            self.next_list.setCurrentIndex(self.next_model.index(0, 0))
        else:
            self._selected = None

    def _update_join(self, now: datetime) -> None:
        record = self.current_record()
        self.join_button.setEnabled(record is not None and can_join(record, now))
        self.open_button.setEnabled(record is not None)
        if record is not None and record.join_url and not can_join(record, now):
            self.join_button.setToolTip(self.tr("Joining opens 15 minutes before the start."))
        else:
            self.join_button.setToolTip("")

    def join_current(self) -> bool:
        """Open the chosen session's join link (the one link rule); True if opened."""
        record = self.current_record()
        if record is None or not can_join(record, self.clock()):
            return False
        if not open_link(record.join_url, mailto=False):
            if openable(record.join_url, mailto=False) is not None:  # nothing to open it with
                self.link_failed.emit(not_opened_text(record.join_url))
            return False
        self.joined.emit(record.id)
        return True

    def _open_current(self) -> None:
        record = self.current_record()
        if record is not None:
            self.session_activated.emit(record.id)

    def _activated(self, model: NowNextModel, index: QModelIndex) -> None:
        if index.isValid():
            self.session_activated.emit(model.record(index.row()).id)
