"""The day timeline: one day of a schedule as a grid, rooms down, time of day across.

ConfClerk, the FOSDEM companion and EventFahrplan all show a conference day
this way: a person sees at a glance what runs in parallel, and where. A FOSDEM
day has ~480 sessions in 30 rooms, so the grid is painted by one
QAbstractScrollArea (:mod:`.canvas`) over a plain-Python layout
(:func:`~.layout.build_day_layout`) instead of being built from hundreds of
child widgets; only what is in view is painted. This module is the widget
around it: the header that moves between days, the zone, the now line's clock.

The time axis is real elapsed time from the day's first local hour, labelled
with local clock times: on a day when clocks change it has 23 or 25 hours, and
a session at 03:30 after a spring-forward sits one hour, not two, after 01:30.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Mapping
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from briefing_app.errors import NotFoundError
from briefing_app.store import FeedShape, HiddenNames, SessionRecord, Store
from briefing_app.ui import content_language
from briefing_app.ui.timeline.canvas import DayCanvas
from briefing_app.ui.timeline.layout import (
    NO_TRACK,
    SINGLE_ROW,
    DayLayout,
    RowKey,
    RowSpec,
    build_day_layout,
    day_bounds,
    day_heading,
    event_zone,
    local_day,
    plan_shape_rows,
    row_label,
    use_text_functions,
)
from briefing_app.ui.widgets.locale_text import (
    long_day_text,
    note_day_text,
    range_text,
    time_text,
    zone_abbreviation,
    zone_text,
)
from briefing_app.util import timeutil
from briefing_app.util.i18n import is_singular

# The layout is Qt-free: it writes its words, times and days through these.
use_text_functions(
    lambda text: QCoreApplication.translate("TimelineLayout", text),
    time_text,
    range_text,
    long_day_text,
    zone_abbreviation,
)

NOW_REFRESH_MS = 30_000


# ---- the widget --------------------------------------------------------------------------------
class DayTimeline(QWidget):
    """One day of the schedule as a time grid, with a header to move between days.

    Days offered: the dates (in the display zone) that have sessions, plus today.
    Keys: PageUp/PageDown change the day, Alt+Home goes to today, or when today has
    no sessions to the nearest day that has (the next one; after the event, its last
    day) and says so; Alt+End to the last. In the grid the arrows, Home and End move
    between the sessions (:class:`~.canvas.DayCanvas`), Enter or Space opens one, the
    Menu key or Shift+F10 gives its menu; on a day without sessions (and in the
    header) Left/Right change the day and Home/End go to today/the last day.
    Ctrl+Plus/Minus/0 zoom the time axis. The wheel with Ctrl, or a horizontal
    scroll, changes the day.

    Signals:
        session_activated(int): a session's block was clicked (or Enter pressed on it).
        day_changed(object): the day shown changed (a ``datetime.date``).
        favourite_requested(int, bool): a block's menu asked to (un)mark a favourite.
    """

    session_activated = Signal(int)
    day_changed = Signal(object)
    favourite_requested = Signal(int, bool)

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] | None = None,
        load: bool = True,
    ) -> None:
        """*load*: read the store now (False: the owner calls :meth:`refresh` when shown)."""
        super().__init__(parent)
        self.store = store
        self._now = now or timeutil.utc_now
        self._feed_id: int | None = None
        self._zone_override: str | None = None
        self._zone = "UTC"
        #: Each shown feed's sessions in aggregate (rows, zone): no session is read for them.
        self._shapes: dict[int, FeedShape] = {}
        self._hidden = HiddenNames()
        #: The days (in the display zone) with sessions, sorted; only the shown day's are read.
        self._session_days: list[date] = []
        self._rows_by_feed: dict[int, list[RowSpec]] = {}
        self._row_key_by_feed: dict[int, Callable[[SessionRecord], str]] = {}
        self._row_kind_by_feed: dict[int, str] = {}
        self._feed_titles: dict[int, str] = {}
        self._event_zone = timeutil.local_zone_name()
        self._zone_is_events = False
        self._days: list[date] = []
        self._day: date | None = None
        #: True while the day shown is the home day, not one the user went to (see _show).
        self._auto_day = True
        self._today: date | None = None

        self.previous_button = QToolButton()
        self.previous_button.setText("◀")
        self.previous_button.setAccessibleName(self.tr("Previous day"))
        self.previous_button.setToolTip(self.tr("Previous day (Page Up)"))
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setAccessibleName(self.tr("Next day"))
        self.next_button.setToolTip(self.tr("Next day (Page Down)"))
        self.today_button = QToolButton()
        self.today_button.setText(self.tr("Today"))
        self.today_button.setAccessibleName(self.tr("Go to today"))
        self.today_button.setToolTip(
            self.tr("Today, or the nearest day with sessions when today has none (Alt+Home)")
        )
        self.date_label = QLabel()
        self.date_label.setAccessibleDescription(self.tr("Day shown"))
        heading = QFont(self.date_label.font())
        heading.setBold(True)
        heading.setPointSizeF(heading.pointSizeF() * 1.2)
        self.date_label.setFont(heading)
        self.info_label = QLabel()
        self.info_label.setAccessibleDescription(self.tr("Day summary"))
        self.zone_label = QLabel()
        self.zone_label.setAccessibleDescription(self.tr("Time zone"))
        self.zone_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        #: Says why Today showed another day ("No sessions today; showing …").
        self.home_note = QLabel()
        self.home_note.setObjectName("homeNote")
        self.home_note.setAccessibleName(self.tr("Why this day is shown"))
        self.home_note.setWordWrap(True)
        self.home_note.setStyleSheet(
            "QLabel#homeNote { background: palette(alternate-base); padding: 4px 6px;"
            " border-left: 3px solid palette(highlight); }"
        )
        self.home_note.hide()
        self._home_note_day: date | None = None

        self.canvas = DayCanvas()
        self.canvas.activated.connect(self.session_activated)
        self.canvas.day_step.connect(self._step)
        self.canvas.favourite_requested.connect(self.favourite_requested)

        header = QHBoxLayout()
        header.setContentsMargins(4, 2, 4, 2)
        header.addWidget(self.previous_button)
        header.addWidget(self.date_label)
        header.addWidget(self.next_button)
        header.addSpacing(12)
        header.addWidget(self.info_label)
        header.addStretch(1)
        header.addWidget(self.zone_label)
        header.addWidget(self.today_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.home_note)
        layout.addWidget(self.canvas, 1)
        # Tab goes ◀ ▶ Today, then the day (the layout's order). The canvas is not this
        # view's focus proxy: Tab into the view then jumped over the buttons, for good.

        self.previous_button.clicked.connect(self.previous_day)
        self.next_button.clicked.connect(self.next_day)
        self.today_button.clicked.connect(self.go_home)

        self._clock = QTimer(self)
        self._clock.setInterval(NOW_REFRESH_MS)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        if load:
            self.refresh()

    # ---- public API ----------------------------------------------------------------------------
    def set_feed(self, feed_id: int | None) -> None:
        """Show the sessions of one feed (None: of every feed)."""
        if feed_id == self._feed_id and self._day is not None:
            return
        self._feed_id = feed_id
        self._day = None
        self._auto_day = True
        self.refresh()

    def feed_id(self) -> int | None:
        return self._feed_id

    def set_display_zone(self, name: str | None) -> None:
        """Show times in the IANA zone *name* (None: the event's zone).

        Raises:
            timeutil.TimeFormatError: *name* is not a known zone.
        """
        if name is not None:
            timeutil.zone(name)
        self._zone_override = name
        self._regroup()
        day, auto = self._day_to_keep()
        self._show(day, force=True, auto=auto)

    def display_zone(self) -> str:
        return self._zone

    def days(self) -> list[date]:
        return list(self._days)

    def current_day(self) -> date:
        assert self._day is not None
        return self._day

    def set_day(self, day: date) -> None:
        """Show *day* (any date; the ◀ ▶ buttons then move among the days with sessions)."""
        self._show(day)

    def today(self) -> date:
        return local_day(self._now(), self._zone)

    def home_day(self) -> date:
        """The day first shown: today if it has sessions, else the next day that has, else
        the first day of the series that ended last (a past event is read from its start;
        not the 2020 sample's first day when a later event is loaded beside it)."""
        today = self.today()
        session_days = self._session_days
        if not session_days or self._has_sessions_on(today):
            return today
        upcoming = session_days[bisect.bisect_right(session_days, today) :]
        return upcoming[0] if upcoming else self._latest_series_start()

    def _latest_series_start(self) -> date:
        """The first day of the series (feed) shown whose last day is the latest."""
        if self._feed_id is not None:
            return self._session_days[0]
        latest: list[date] = []
        for feed in self.store.feeds():  # a few feeds; only when every session is past
            days = self.store.session_days(self._zone, feed_id=feed.id)
            if days and (not latest or days[-1] > latest[-1]):
                latest = days
        return latest[0] if latest else self._session_days[0]

    def _day_to_keep(self) -> tuple[date, bool]:
        """The day a re-read shows, and whether it is the home day: the day the user went
        to, or (none yet) the home day again, which a feed added meanwhile may move."""
        if self._day is not None and not self._auto_day:
            return self._day, False
        return self.home_day(), True

    def nearest_day(self) -> date:
        """Where Today goes: today if it has sessions, else the nearest day that has: the
        next one, or (the event is over) its last one."""
        today = self.today()
        session_days = self._session_days
        if not session_days or self._has_sessions_on(today):
            return today
        upcoming = session_days[bisect.bisect_right(session_days, today) :]
        return upcoming[0] if upcoming else session_days[-1]

    def previous_day(self) -> None:
        if self._day is None:
            return
        index = bisect.bisect_left(self._days, self._day) - 1
        if index >= 0:
            self._show(self._days[index])

    def next_day(self) -> None:
        if self._day is None:
            return
        index = bisect.bisect_right(self._days, self._day)
        if index < len(self._days):
            self._show(self._days[index])

    def go_home(self) -> None:
        """Today; with no session today, the nearest day with sessions, saying so."""
        self._show(self.nearest_day(), home=True)

    def go_last(self) -> None:
        if self._days:
            self._show(self._days[-1])

    def current_session_id(self) -> int | None:
        return self.canvas.current_session_id()

    def select_session(self, session_id: int) -> bool:
        """Show the day of *session_id* and make it the current block; False if it is not here."""
        try:
            record = self.store.session(session_id)
        except NotFoundError:
            return False
        if self._feed_id is not None and record.feed_id != self._feed_id:
            return False
        self._show(local_day(record.start, self._zone))
        return self.canvas.set_current_session(session_id)

    def layout_of_day(self) -> DayLayout | None:
        return self.canvas.day_layout

    def refresh(self) -> None:
        """Re-read the store (after a sync, an import, a favourite), keeping the day in view."""
        feeds = self.store.feeds()
        if self._feed_id is not None and all(f.id != self._feed_id for f in feeds):
            self._feed_id = None  # the feed was removed
        shown = [f for f in feeds if self._feed_id is None or f.id == self._feed_id]
        shapes = self.store.feed_shapes(feed_id=self._feed_id)
        self._shapes = {shape.feed_id: shape for shape in shapes}
        #: The tracks and rooms the user hid: neither their sessions nor their rows show.
        self._hidden = self.store.hidden_names()
        self._feed_titles = {f.id: content_language.feed_name(f) for f in feeds}
        self._rows_by_feed = {}
        self._row_key_by_feed = {}
        self._row_kind_by_feed = {}
        for feed in shown:
            kind, names, key_of = plan_shape_rows(
                self._shapes.get(feed.id), self.store.rooms(feed.id)
            )
            self._row_key_by_feed[feed.id] = key_of
            self._row_kind_by_feed[feed.id] = kind
            gone = {"room": self._hidden.rooms, "track": self._hidden.tracks}.get(kind, ())
            names = [name for name in names if name not in gone]
            texts = content_language.track_texts(self.store, feed.id) if kind == "track" else {}
            self._rows_by_feed[feed.id] = [
                self._row_spec(feed.id, name, texts if kind == "track" else None) for name in names
            ]
        self._event_zone, self._zone_is_events = event_zone(shapes, shown)
        self._regroup()
        keep, auto = self._day_to_keep()
        self._show(keep, force=True, keep_scroll=keep == self._day, auto=auto)

    # ---- internals -----------------------------------------------------------------------------
    def _row_spec(self, feed_id: int, name: str, track_texts: Mapping[str, str] | None) -> RowSpec:
        """A row of *feed_id* named *name*: a track (*track_texts* given) in the user's
        language, a fallback marked with its badge and said in the tooltip."""
        label, tag = row_label(name), ""
        if track_texts is not None and name != NO_TRACK:
            picked = content_language.track_name(name, track_texts)
            label, tag = picked.text, content_language.fallback_of(picked)
        tooltip = f"{content_language.said(label, tag)}\n{self._feed_titles[feed_id]}"
        return RowSpec((feed_id, name), content_language.marked(label, tag), tooltip)

    def _regroup(self) -> None:
        self._zone = self._zone_override or self._event_zone
        self._session_days = self.store.session_days(self._zone, feed_id=self._feed_id)
        self._today = self.today()
        self._days = sorted({*self._session_days, self._today})
        self._update_zone_label()

    def _has_sessions_on(self, day: date) -> bool:
        index = bisect.bisect_left(self._session_days, day)
        return index < len(self._session_days) and self._session_days[index] == day

    def _update_zone_label(self) -> None:
        if self._zone_override is not None:
            text = self.tr("Times in {0} (your choice)")
        elif self._zone_is_events:
            text = self.tr("Times in {0} (event time)")
        else:
            text = self.tr("Times in {0} (your time zone)")
        self.zone_label.setText(text.format(zone_text(self._zone)))

    def _row_key(self, record: SessionRecord) -> RowKey:
        key_of = self._row_key_by_feed.get(record.feed_id)
        return (record.feed_id, key_of(record) if key_of else SINGLE_ROW)

    def _show(
        self,
        day: date,
        *,
        force: bool = False,
        keep_scroll: bool = False,
        home: bool = False,
        auto: bool = False,
    ) -> None:
        # A day the user went to stays across re-reads; the home day follows the store.
        self._auto_day = auto
        changed = day != self._day
        if home:
            self._update_home_note(day)
        elif changed:
            self._update_home_note(None)
        if not changed and not force:
            return
        self._show_day(day, changed=changed, keep_scroll=keep_scroll)

    def _show_day(self, day: date, *, changed: bool, keep_scroll: bool) -> None:
        hbar = self.canvas.horizontalScrollBar()
        vbar = self.canvas.verticalScrollBar()
        old_h, old_v = hbar.value(), vbar.value()
        self._day = day
        if self._has_sessions_on(day):  # only this day's sessions are read
            start, end = day_bounds(day, self._zone)
            records = self.store.sessions_starting_between(
                start, end, feed_id=self._feed_id, hidden=self._hidden
            )
            languages = content_language.preference()  # the user's, a fallback marked
            records = [r.in_language(languages) for r in records]
        else:
            records = []
        if self._feed_id is not None:
            feeds = list(self._rows_by_feed)
        else:
            with_sessions = {r.feed_id for r in records}
            feeds = [f for f in self._rows_by_feed if f in with_sessions]
        rows = [spec for f in feeds for spec in self._rows_by_feed[f]]
        if len(feeds) > 1:
            rows = [
                RowSpec(s.key, f"{s.label} · {self._feed_titles.get(s.key[0], '')}", s.tooltip)
                for s in rows
            ]
        layout = build_day_layout(day, self._zone, records, rows, self._row_key)
        today = day == self.today()
        if not records:
            empty = (
                self.tr("No sessions yet")
                if not self._shapes
                else self.tr("No sessions on this day")
            )
        else:
            empty = ""
        self.canvas.set_layout(layout, self._now_minutes(layout), empty)
        if keep_scroll and not changed:
            hbar.setValue(old_h)
            vbar.setValue(old_v)
        else:
            vbar.setValue(old_v)
            now_minutes = self._now_minutes(layout)
            if today and now_minutes is not None:
                self.canvas.scroll_to_minutes(now_minutes, centre=True)
            else:
                hbar.setValue(0)
        if self.canvas.hasFocus():
            self.canvas.ensure_current()  # the keyboard's place stays shown on the new day
        self._update_header(layout, today)
        if changed:
            self.day_changed.emit(day)

    def _update_home_note(self, home: date | None) -> None:
        """Say why *home* is shown instead of today (None: the user moved on; say nothing)."""
        today = self.today()
        if home is None or home == today or not self._session_days:
            self._home_note_day = None
            self.home_note.hide()
            return
        self._home_note_day = home
        when = note_day_text(home)
        self.home_note.setText(
            self.tr("No sessions today; showing {day}, the nearest day with sessions.").format(
                day=when
            )
        )
        self.home_note.show()

    def _now_minutes(self, layout: DayLayout) -> float | None:
        """Where the now line goes: only on today's grid, and only inside its hours."""
        now = self._now()
        if local_day(now, self._zone) == layout.day and layout.axis_start <= now <= layout.axis_end:
            return layout.minutes_at(now)
        return None

    def _update_header(self, layout: DayLayout, today: bool) -> None:
        day = layout.day
        heading = day_heading(day)
        self.date_label.setText(self.tr("{0} · Today").format(heading) if today else heading)
        session_days = self._session_days
        count = len(layout.blocks)
        if count:
            position = bisect.bisect_left(session_days, day) + 1
            used = sum(1 for row in layout.rows if row.sessions)
            sessions = (
                self.tr("%n session", "", count)
                if is_singular(count)
                else self.tr("%n sessions", "", count)
            )
            text = self.tr("Day {0} of {1} · {2}").format(position, len(session_days), sessions)
            kinds = {self._row_kind_by_feed.get(row.key[0]) for row in layout.rows if row.sessions}
            if kinds == {"room"}:
                text = (
                    self.tr("{0} in %n room", "", used)
                    if is_singular(used)
                    else self.tr("{0} in %n rooms", "", used)
                ).format(text)
            elif kinds == {"track"}:
                text = (
                    self.tr("{0} in %n track", "", used)
                    if is_singular(used)
                    else self.tr("{0} in %n tracks", "", used)
                ).format(text)
            self.info_label.setText(text)
        else:
            self.info_label.setText(self.tr("No sessions on this day"))
        self.previous_button.setEnabled(bool(self._days) and self._days[0] < day)
        self.next_button.setEnabled(bool(self._days) and self._days[-1] > day)
        self.canvas.set_day_summary(
            self.tr(
                "Day timeline, {0}: {1}. The arrow keys move between sessions, Enter opens"
                " one, the Menu key gives its menu, Page Up and Page Down change the day."
            ).format(day_heading(day), self.info_label.text())
        )

    def _step(self, step: int) -> None:
        if step < 0:
            self.previous_day()
        else:
            self.next_day()

    def _tick(self) -> None:
        """Move the now line; past midnight, today is another day."""
        if self.today() != self._today:
            self._regroup()
            day, auto = self._day_to_keep()
            self._show(day, force=True, keep_scroll=True, auto=auto)
            return
        layout = self.canvas.day_layout
        if layout is not None:
            self.canvas.set_now(self._now_minutes(layout))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.previous_day()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self.next_day()
        elif key == Qt.Key.Key_Home:
            self.go_home()
        elif key == Qt.Key.Key_End:
            self.go_last()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
