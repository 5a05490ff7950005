"""The day timeline: one day of a schedule as a grid, rooms down, time of day across.

ConfClerk, the FOSDEM companion and EventFahrplan all show a conference day
this way: a person sees at a glance what runs in parallel, and where. A FOSDEM
day has ~480 sessions in 30 rooms, so the grid is painted by one
QAbstractScrollArea over a plain-Python layout (:func:`build_day_layout`)
instead of being built from hundreds of child widgets; only what is in view is
painted.

The time axis is real elapsed time from the day's first local hour, labelled
with local clock times: on a day when clocks change it has 23 or 25 hours, and
a session at 03:30 after a spring-forward sits one hour, not two, after 01:30.
"""

from __future__ import annotations

import bisect
import ctypes
import functools
import html
import logging
import sys
import zlib
from collections import Counter
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import ParamSpec, TypeVar

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from briefing_app.store import FeedRecord, SessionRecord, Store
from briefing_app.util import timeutil

logger = logging.getLogger(__name__)

#: Row for sessions that name no room when the others do.
NO_ROOM = "No room"
#: Row for sessions without a track when rows are tracks.
NO_TRACK = "Other"
#: The one row of a series that has neither rooms nor tracks.
SINGLE_ROW = "Sessions"
#: A late session may stretch the grid this far past the next local midnight.
LATE_MARGIN = timedelta(hours=6)
#: The now line: a signal red that reads on light and dark bases alike.
NOW_COLOUR = QColor(226, 60, 50)
#: The favourite star, as in the session list.
STAR_COLOUR = QColor("#d4a017")
DEFAULT_MINUTE_WIDTH = 3.0
MIN_MINUTE_WIDTH = 1.0
MAX_MINUTE_WIDTH = 12.0
#: One notch of a mouse wheel (Qt's angleDelta unit).
WHEEL_NOTCH = 120
NOW_REFRESH_MS = 30_000


_P = ParamSpec("_P")
_R = TypeVar("_R")


# ---- a guard against a PySide6 bug --------------------------------------------------------------
#: None, True and False: mortal objects on Python 3.11, immortal from 3.12 on.
_SINGLETONS: tuple[object, ...] = (None, True, False)


def _pyside_drops_singleton_refs() -> bool:
    """True where PySide6 drops references to None (and True) it never took.

    PySide6 6.12.0 on Python 3.11 does: every call of a C++ method returning void
    (``painter.drawText(...)``) takes a reference from None, every ``signal.emit()``
    one from True. A few thousand calls later Python aborts with "none_dealloc:
    deallocating None"; a painted grid makes ~2,000 such calls per frame. Probed,
    not matched by version, so the guard switches itself off on a sound PySide6.
    """
    if sys.version_info >= (3, 12):
        return False
    probe = QRectF()
    before = sys.getrefcount(None)
    for _ in range(16):
        probe.setLeft(0.0)
    return sys.getrefcount(None) < before - 8


_REFS_LEAK = _pyside_drops_singleton_refs()
_Py_IncRef = ctypes.pythonapi.Py_IncRef
_Py_IncRef.argtypes = [ctypes.py_object]
_Py_IncRef.restype = None


class _KeepSingletonsAlive:
    """Give None, True and False back the references the Qt calls inside the block took.

    Giving back more than was lost cannot hurt (these objects are never freed); fewer
    would. The count is off by the references a caller's frame holds at the moment
    (a return value on the stack), so two more than counted are given back.
    """

    __slots__ = ("after", "before")
    #: References the with statement itself holds while __exit__ runs.
    offsets: tuple[int, ...] = (0, 0, 0)

    def __enter__(self) -> None:
        self.before = tuple(sys.getrefcount(obj) for obj in _SINGLETONS)

    def __exit__(self, *exc_info: object) -> None:
        self.after = tuple(sys.getrefcount(obj) for obj in _SINGLETONS)
        for obj, before, after, offset in zip(
            _SINGLETONS, self.before, self.after, self.offsets, strict=True
        ):
            for _ in range(before - after + offset + 2):
                _Py_IncRef(obj)


def _calibrate() -> None:
    probe = _KeepSingletonsAlive()
    with probe:
        pass
    _KeepSingletonsAlive.offsets = tuple(
        after - before for before, after in zip(probe.before, probe.after, strict=True)
    )


_calibrate()


def _keep_refs() -> AbstractContextManager[None]:
    return _KeepSingletonsAlive() if _REFS_LEAK else nullcontext()


def _guarded(method: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run *method* under :func:`_keep_refs` (for entry points called from outside Qt events)."""
    if not _REFS_LEAK:
        return method

    @functools.wraps(method)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with _KeepSingletonsAlive():
            return method(*args, **kwargs)

    return wrapper


if _REFS_LEAK:  # pragma: no cover - depends on the installed PySide6
    logger.warning(
        "This PySide6 (%s) drops references to None and True on Python %d.%d; the day timeline "
        "compensates, but other views may crash: install another PySide6 version",
        __import__("PySide6").__version__,
        *sys.version_info[:2],
    )


# ---- layout (no widgets) -----------------------------------------------------------------------
RowKey = tuple[int, str]  # (feed id, room / track / single-row name)


@dataclass(frozen=True, slots=True)
class RowSpec:
    """A row the grid may show, before lanes are known."""

    key: RowKey
    label: str
    tooltip: str


@dataclass(frozen=True, slots=True)
class TimelineRow:
    key: RowKey
    label: str
    tooltip: str
    #: Sessions that overlap in this row are stacked in lanes; the row is this many lanes high.
    lanes: int
    sessions: int


@dataclass(frozen=True, slots=True)
class TimelineBlock:
    record: SessionRecord
    row: int
    lane: int
    #: Minutes from the axis start (real elapsed time, not clock time).
    start: float
    end: float
    #: Clock times in the display zone, e.g. ``09:30–10:00``.
    time_text: str
    #: The session runs on past the end of the grid.
    clipped: bool


@dataclass(frozen=True, slots=True)
class Tick:
    minutes: float
    #: ``HH:MM`` on the hour (with the zone's abbreviation where it changes); "" on the half hour.
    label: str


@dataclass(frozen=True, slots=True)
class DayLayout:
    day: date
    zone: str
    axis_start: datetime
    axis_end: datetime
    rows: tuple[TimelineRow, ...]
    blocks: tuple[TimelineBlock, ...]
    ticks: tuple[Tick, ...]

    @property
    def minutes(self) -> float:
        return (self.axis_end - self.axis_start).total_seconds() / 60

    @property
    def hours(self) -> float:
        return self.minutes / 60

    def minutes_at(self, instant: datetime) -> float:
        return (instant - self.axis_start).total_seconds() / 60


def local_day(instant: datetime, zone_name: str) -> date:
    return timeutil.in_zone(instant, zone_name).date()


def day_bounds(day: date, zone_name: str) -> tuple[datetime, datetime]:
    """The instants (UTC) at which *day* starts and ends in *zone_name* (23–25 hours apart)."""
    tz = timeutil.zone(zone_name)
    start = datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC)
    return start, end


def _floor_hour(instant: datetime, zone_name: str) -> datetime:
    """The last instant at or before *instant* whose local clock shows a whole hour."""
    local = timeutil.in_zone(instant, zone_name)
    return instant - timedelta(
        minutes=local.minute, seconds=local.second, microseconds=local.microsecond
    )


def _ceil_hour(instant: datetime, zone_name: str) -> datetime:
    floor = _floor_hour(instant, zone_name)
    return instant if floor == instant else floor + timedelta(hours=1)


def _ticks(axis_start: datetime, axis_end: datetime, zone_name: str) -> tuple[Tick, ...]:
    """Hour and half-hour marks, found by walking real time so DST days come out right."""
    ticks: list[Tick] = []
    step = timedelta(minutes=30)
    instant = axis_start
    last_abbreviation: str | None = None
    while instant <= axis_end:
        local = timeutil.in_zone(instant, zone_name)
        minutes = (instant - axis_start).total_seconds() / 60
        if local.minute == 0:
            label = f"{local:%H:%M}"
            abbreviation = local.tzname()
            if last_abbreviation is not None and abbreviation != last_abbreviation:
                label += f" {abbreviation}"
            last_abbreviation = abbreviation
            ticks.append(Tick(minutes, label))
        elif local.minute == 30:
            ticks.append(Tick(minutes, ""))
        instant += step
    return tuple(ticks)


def _assign_lanes(blocks: list[tuple[float, float, int]]) -> tuple[dict[int, int], int]:
    """Greedy interval colouring: each (start, end, index) gets the first lane free at its start."""
    lane_ends: list[float] = []
    lanes: dict[int, int] = {}
    for start, end, index in sorted(blocks):
        for lane, lane_end in enumerate(lane_ends):
            if lane_end <= start:
                lane_ends[lane] = end
                lanes[index] = lane
                break
        else:
            lanes[index] = len(lane_ends)
            lane_ends.append(end)
    return lanes, max(1, len(lane_ends))


def build_day_layout(
    day: date,
    zone_name: str,
    records: Sequence[SessionRecord],
    rows: Sequence[RowSpec],
    row_of: Callable[[SessionRecord], RowKey],
) -> DayLayout:
    """Place *records* (the sessions starting on *day* in *zone_name*) on a grid.

    The axis runs from the local hour before the first start to the local hour
    after the last end (at most :data:`LATE_MARGIN` past midnight); an empty day
    shows the whole day.
    """
    day_start, day_end = day_bounds(day, zone_name)
    if records:
        axis_start = max(day_start, _floor_hour(min(r.start for r in records), zone_name))
        latest = day_end + LATE_MARGIN
        axis_end = min(latest, _ceil_hour(max(r.end for r in records), zone_name))
        axis_end = max(axis_end, axis_start + timedelta(hours=1))
    else:
        axis_start, axis_end = day_start, day_end
    row_index = {spec.key: n for n, spec in enumerate(rows)}
    specs = list(rows)
    placed: list[tuple[SessionRecord, int, float, float]] = []
    for record in records:
        key = row_of(record)
        if key not in row_index:  # a row the plan did not foresee: still show the session
            row_index[key] = len(specs)
            specs.append(RowSpec(key, key[1], key[1]))
        start = (record.start - axis_start).total_seconds() / 60
        end = (min(record.end, axis_end) - axis_start).total_seconds() / 60
        placed.append((record, row_index[key], start, max(end, start)))
    by_row: dict[int, list[tuple[float, float, int]]] = {}
    for n, (_record, row, start, end) in enumerate(placed):
        # A zero-length session still occupies its lane for a moment.
        by_row.setdefault(row, []).append((start, max(end, start + 1), n))
    lane_of: dict[int, int] = {}
    lanes_in_row: dict[int, int] = {}
    for row, items in by_row.items():
        lanes, count = _assign_lanes(items)
        lane_of.update(lanes)
        lanes_in_row[row] = count
    blocks = tuple(
        TimelineBlock(
            record=record,
            row=row,
            lane=lane_of[n],
            start=start,
            end=end,
            time_text=_time_text(record, zone_name),
            clipped=record.end > axis_end,
        )
        for n, (record, row, start, end) in enumerate(placed)
    )
    timeline_rows = tuple(
        TimelineRow(
            key=spec.key,
            label=spec.label,
            tooltip=spec.tooltip,
            lanes=lanes_in_row.get(n, 1),
            sessions=len(by_row.get(n, ())),
        )
        for n, spec in enumerate(specs)
    )
    return DayLayout(
        day=day,
        zone=zone_name,
        axis_start=axis_start,
        axis_end=axis_end,
        rows=timeline_rows,
        blocks=blocks,
        ticks=_ticks(axis_start, axis_end, zone_name),
    )


def _time_text(record: SessionRecord, zone_name: str) -> str:
    start = timeutil.in_zone(record.start, zone_name)
    end = timeutil.in_zone(record.end, zone_name)
    return f"{start:%H:%M}–{end:%H:%M}"


def feed_zone(records: Sequence[SessionRecord], feed: FeedRecord | None = None) -> str | None:
    """The zone one feed's event runs in: its own setting, else its sessions' commonest zone."""
    if feed is not None and feed.timezone and timeutil.is_valid_zone(feed.timezone):
        return feed.timezone
    for name, _count in Counter(r.timezone for r in records).most_common():
        if timeutil.is_valid_zone(name):
            return name
    return None


def event_zone(records: Sequence[SessionRecord], feeds: Sequence[FeedRecord]) -> tuple[str, bool]:
    """The zone to show *records* in, and whether it is the events' own.

    One feed, or feeds that agree: the event's zone. Feeds in different zones
    (or none at all): this computer's zone, the one the user lives in.
    """
    by_feed: dict[int, list[SessionRecord]] = {}
    for record in records:
        by_feed.setdefault(record.feed_id, []).append(record)
    zones = {
        zone
        for feed in feeds
        if (zone := feed_zone(by_feed.get(feed.id, []), feed)) is not None
        and (feed.id in by_feed or len(feeds) == 1)
    }
    if len(zones) == 1:
        return zones.pop(), True
    return timeutil.local_zone_name(), False


def plan_rows(
    records: Sequence[SessionRecord], rooms: Sequence[str]
) -> tuple[str, list[str], Callable[[SessionRecord], str]]:
    """What the rows of one feed are ("room", "track" or "single"), their names, and where
    each session goes.

    Rooms in the feed's order, then locations only sessions name; with no rooms
    at all, one row per track (in order of first appearance), else one row.
    """
    names = list(dict.fromkeys(rooms))
    known = set(names)
    for record in records:
        if record.location and record.location not in known:
            known.add(record.location)
            names.append(record.location)
    if names:
        if any(not r.location for r in records):
            names.append(NO_ROOM)
        return "room", names, lambda r: r.location or NO_ROOM
    tracks = list(dict.fromkeys(r.track for r in records if r.track))
    if tracks:
        if any(not r.track for r in records):
            tracks.append(NO_TRACK)
        return "track", tracks, lambda r: r.track or NO_TRACK
    return "single", [SINGLE_ROW], lambda _r: SINGLE_ROW


def tooltip_html(record: SessionRecord, zone_name: str) -> str:
    """What hovering a block tells: title, time, room, presenters, status."""
    lines = [f"<b>{html.escape(record.title)}</b>"]
    if record.subtitle:
        lines.append(f"<i>{html.escape(record.subtitle)}</i>")
    lines.append(html.escape(timeutil.format_range(record.start, record.end, zone_name)))
    if record.timezone != zone_name and timeutil.is_valid_zone(record.timezone):
        event_time = timeutil.format_range(record.start, record.end, record.timezone)
        lines.append(html.escape(f"Event time: {event_time}"))
    if record.location:
        lines.append(html.escape(f"Room: {record.location}"))
    if record.track:
        lines.append(html.escape(f"Track: {record.track}"))
    if record.presenter_names:
        lines.append(html.escape(", ".join(record.presenter_names)))
    if record.removed:
        lines.append("<i>Removed from the feed</i>")
    elif record.status == "cancelled":
        lines.append("<i>Cancelled</i>")
    elif record.status != "scheduled":
        lines.append(f"<i>{html.escape(record.status.capitalize())}</i>")
    if record.favourite:
        lines.append("★ In your favourites")
    return "<qt>" + "<br>".join(lines) + "</qt>"


def status_word(record: SessionRecord) -> str:
    if record.removed:
        return "Removed"
    if record.status == "cancelled":
        return "Cancelled"
    return "" if record.status == "scheduled" else record.status.capitalize()


def day_heading(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


# ---- painting helpers --------------------------------------------------------------------------
def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() * (1 - t) + b.redF() * t,
        a.greenF() * (1 - t) + b.greenF() * t,
        a.blueF() * (1 - t) + b.blueF() * t,
    )


def _track_hue(track: str) -> QColor:
    """A stable colour per track (crc32, not hash(): the same across runs)."""
    hue = zlib.crc32(track.encode("utf-8")) % 360
    return QColor.fromHsl(hue, 150, 128)


class _DayCanvas(QAbstractScrollArea):
    """The painted grid. Coordinates: *content* (minutes × width, rows × lanes) and *viewport*.

    Signals:
        activated(int): a session was clicked, or Enter/Space pressed on it.
        day_step(int): the wheel asked for the previous (-1) or next (+1) day.
        current_changed(int): the keyboard-current session (0: none).
    """

    activated = Signal(int)
    day_step = Signal(int)
    current_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Day timeline")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.viewport().setAutoFillBackground(False)
        #: Pixels per minute the user chose (Ctrl+Plus/Minus); short days are widened to fit.
        self.minute_width = DEFAULT_MINUTE_WIDTH
        self.scale = DEFAULT_MINUTE_WIDTH
        self._layout: DayLayout | None = None
        self._now_minutes: float | None = None
        self._rects: list[QRectF] = []
        self._row_tops: list[int] = []
        self._content_height = 0
        self._order: list[int] = []  # block indexes in time order, for Up/Down
        self._current: int | None = None
        self._hover: int | None = None
        self._pressed: int | None = None
        self._wheel_rest = 0
        self._empty_text = ""
        self._metrics()

    # ---- geometry ------------------------------------------------------------------------------
    def _metrics(self) -> None:
        fm = self.fontMetrics()
        self.lane_height = fm.height() * 2 + 12
        self.ruler_height = fm.height() + 12
        labels = [row.label for row in self._layout.rows] if self._layout else []
        widest = max((fm.horizontalAdvance(label) for label in labels), default=80)
        self.room_width = max(96, min(230, widest + 20))

    @_guarded
    def set_layout(self, layout: DayLayout, now_minutes: float | None, empty_text: str) -> None:
        current_id = self.current_session_id()
        self._layout = layout
        self._now_minutes = now_minutes
        self._empty_text = empty_text
        self._hover = None
        self._pressed = None
        self._order = sorted(
            range(len(layout.blocks)),
            key=lambda i: (layout.blocks[i].start, layout.blocks[i].row, layout.blocks[i].lane),
        )
        self._relayout()
        self._current = next(
            (i for i, b in enumerate(layout.blocks) if b.record.id == current_id), None
        )
        self.viewport().update()

    @_guarded
    def set_now(self, now_minutes: float | None) -> None:
        if now_minutes != self._now_minutes:
            self._now_minutes = now_minutes
            self.viewport().update()

    @_guarded
    def set_minute_width(self, width: float) -> None:
        width = max(MIN_MINUTE_WIDTH, min(MAX_MINUTE_WIDTH, width))
        if width == self.minute_width:
            return
        # Keep the time at the left edge of the grid where it is.
        left_minutes = self.horizontalScrollBar().value() / self.scale
        self.minute_width = width
        self._relayout()
        self.horizontalScrollBar().setValue(round(left_minutes * self.scale))
        self.viewport().update()

    def _relayout(self) -> None:
        self._metrics()
        layout = self._layout
        self._rects = []
        self._row_tops = []
        top = 0
        if layout is not None:
            for row in layout.rows:
                self._row_tops.append(top)
                top += row.lanes * self.lane_height
            # A short day fills the width instead of leaving most of the grid empty.
            fit = (self.viewport().width() - self.room_width - 8) / max(layout.minutes, 1)
            self.scale = max(self.minute_width, min(MAX_MINUTE_WIDTH, fit))
            mw = self.scale
            for block in layout.blocks:
                x = block.start * mw
                width = max((block.end - block.start) * mw, 4.0)
                y = self._row_tops[block.row] + block.lane * self.lane_height
                self._rects.append(QRectF(x + 1, y + 2, width - 2, self.lane_height - 4))
        self._content_height = top
        self._update_scrollbars()

    def _content_width(self) -> int:
        return round(self._layout.minutes * self.scale) if self._layout else 0

    def _grid_size(self) -> QSize:
        vp = self.viewport().size()
        return QSize(max(0, vp.width() - self.room_width), max(0, vp.height() - self.ruler_height))

    def _update_scrollbars(self) -> None:
        grid = self._grid_size()
        h = self.horizontalScrollBar()
        h.setRange(0, max(0, self._content_width() + 8 - grid.width()))
        h.setPageStep(max(1, grid.width()))
        h.setSingleStep(max(1, round(15 * self.scale)))
        v = self.verticalScrollBar()
        v.setRange(0, max(0, self._content_height - grid.height()))
        v.setPageStep(max(1, grid.height()))
        v.setSingleStep(max(1, self.lane_height // 2))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._relayout()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._relayout()

    def _offset(self) -> QPointF:
        """Content → viewport translation."""
        return QPointF(
            self.room_width - self.horizontalScrollBar().value(),
            self.ruler_height - self.verticalScrollBar().value(),
        )

    # ---- queries (also for tests and the integrator) -------------------------------------------
    @property
    def day_layout(self) -> DayLayout | None:
        return self._layout

    @property
    def now_minutes(self) -> float | None:
        return self._now_minutes

    def now_x(self) -> int | None:
        """The now line's x in the viewport, or None when it is not drawn."""
        if self._now_minutes is None:
            return None
        return round(self._now_minutes * self.scale + self._offset().x())

    def _index_of(self, session_id: int) -> int | None:
        if self._layout is None:
            return None
        return next(
            (i for i, b in enumerate(self._layout.blocks) if b.record.id == session_id), None
        )

    def block_rect(self, session_id: int) -> QRect | None:
        """Where the session's block is in the viewport (it may be scrolled out of view)."""
        index = self._index_of(session_id)
        if index is None:
            return None
        return self._rects[index].translated(self._offset()).toAlignedRect()

    def block_at(self, pos: QPoint) -> int | None:
        """Index of the block under viewport point *pos*."""
        if pos.x() < self.room_width or pos.y() < self.ruler_height:
            return None
        point = QPointF(pos) - self._offset()
        for index in range(len(self._rects) - 1, -1, -1):
            if self._rects[index].contains(point):
                return index
        return None

    def row_at(self, pos: QPoint) -> int | None:
        if self._layout is None or pos.y() < self.ruler_height:
            return None
        y = pos.y() - self._offset().y()
        index = bisect.bisect_right(self._row_tops, y) - 1
        if 0 <= index < len(self._layout.rows) and y < self._content_height:
            return index
        return None

    def current_session_id(self) -> int | None:
        if self._layout is None or self._current is None:
            return None
        return self._layout.blocks[self._current].record.id

    @_guarded
    def set_current_session(self, session_id: int | None) -> bool:
        index = None if session_id is None else self._index_of(session_id)
        if session_id is not None and index is None:
            return False
        self._set_current(index)
        return True

    def _set_current(self, index: int | None) -> None:
        if index == self._current:
            if index is not None:
                self.ensure_visible(index)
            return
        self._current = index
        if index is not None and self._layout is not None:
            self.ensure_visible(index)
            block = self._layout.blocks[index]
            record = block.record
            status = status_word(record)
            room = self._layout.rows[block.row].label
            self.setAccessibleDescription(
                f"{record.title}, {block.time_text}, {room}" + (f", {status}" if status else "")
            )
        self.viewport().update()
        self.current_changed.emit(self.current_session_id() or 0)

    def ensure_visible(self, index: int) -> None:
        rect = self._rects[index]
        grid = self._grid_size()
        h = self.horizontalScrollBar()
        if rect.left() < h.value():
            h.setValue(int(rect.left()) - 8)
        elif rect.right() > h.value() + grid.width():
            h.setValue(int(min(rect.left() - 8, rect.right() - grid.width() + 8)))
        v = self.verticalScrollBar()
        if rect.top() < v.value():
            v.setValue(int(rect.top()) - 2)
        elif rect.bottom() > v.value() + grid.height():
            v.setValue(int(rect.bottom() - grid.height()) + 2)

    def scroll_to_minutes(self, minutes: float, *, centre: bool = False) -> None:
        x = minutes * self.scale
        if centre:
            x -= self._grid_size().width() / 3
        self.horizontalScrollBar().setValue(max(0, round(x)))

    # ---- painting ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self.viewport())
        try:
            self._paint(painter, event.rect())
        finally:
            painter.end()

    def _paint(self, p: QPainter, dirty: QRect) -> None:
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.Text)
        window = pal.color(QPalette.ColorRole.Window)
        window_text = pal.color(QPalette.ColorRole.WindowText)
        grid_line = _mix(base, text, 0.18)
        half_line = _mix(base, text, 0.08)
        vp = self.viewport().rect()
        p.fillRect(vp, base)
        layout = self._layout
        if layout is None:
            return
        fm = self.fontMetrics()
        offset = self._offset()
        gx, gy = self.room_width, self.ruler_height
        grid_rect = QRect(gx, gy, max(0, vp.width() - gx), max(0, vp.height() - gy))
        content_right = round(offset.x() + self._content_width())

        # Rows: alternate shading, separators.
        p.setClipRect(grid_rect)
        alternate = pal.color(QPalette.ColorRole.AlternateBase)
        for n, row in enumerate(layout.rows):
            top = round(offset.y()) + self._row_tops[n]
            height = row.lanes * self.lane_height
            if top + height < gy or top > vp.height():
                continue
            if n % 2:
                p.fillRect(QRect(gx, top, vp.width() - gx, height), alternate)
        # Time grid.
        bottom = min(vp.height(), round(offset.y()) + self._content_height)
        for tick in layout.ticks:
            x = round(offset.x() + tick.minutes * self.scale)
            if gx <= x <= vp.width():
                p.setPen(QPen(grid_line if tick.label else half_line, 1))
                p.drawLine(x, gy, x, bottom)
        if content_right < vp.width():
            p.fillRect(QRect(content_right, gy, vp.width() - content_right, vp.height()), window)

        # Blocks.
        visible = QRectF(grid_rect).translated(-offset)
        p.save()
        p.translate(offset)
        for index, rect in enumerate(self._rects):
            if rect.intersects(visible):
                self._paint_block(p, index, rect, pal, fm)
        p.restore()

        if not layout.blocks and self._empty_text:
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            p.drawText(grid_rect, Qt.AlignmentFlag.AlignCenter, self._empty_text)

        if self._now_minutes is not None:
            x = round(offset.x() + self._now_minutes * self.scale)
            if x >= gx:
                p.setPen(QPen(NOW_COLOUR, 2))
                p.drawLine(x, gy, x, vp.height())
        p.setClipping(False)

        # Ruler (sticky at the top).
        p.fillRect(QRect(0, 0, vp.width(), gy), window)
        p.setClipRect(QRect(gx, 0, vp.width() - gx, gy))
        p.setPen(window_text)
        for tick in layout.ticks:
            x = round(offset.x() + tick.minutes * self.scale)
            # The last hour mark closes the grid: its label would hang past the end.
            if tick.label and gx - 80 <= x <= vp.width() and tick.minutes < layout.minutes:
                p.drawLine(x, gy - 5, x, gy)
                p.drawText(
                    QRect(x + 3, 0, 160, gy - 2),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    tick.label,
                )
        if self._now_minutes is not None:
            x = round(offset.x() + self._now_minutes * self.scale)
            if x >= gx:
                p.setPen(QPen(NOW_COLOUR, 2))
                p.drawLine(x, gy - 8, x, gy)
        p.setClipping(False)
        p.setPen(grid_line)
        p.drawLine(0, gy - 1, vp.width(), gy - 1)

        # Room column (sticky at the left).
        p.fillRect(QRect(0, gy, gx, vp.height() - gy), window)
        p.setClipRect(QRect(0, gy, gx, vp.height() - gy))
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        for n, row in enumerate(layout.rows):
            top = round(offset.y()) + self._row_tops[n]
            height = row.lanes * self.lane_height
            if top + height < gy or top > vp.height():
                continue
            p.setPen(window_text if row.sessions else muted)
            label = fm.elidedText(row.label, Qt.TextElideMode.ElideRight, gx - 14)
            p.drawText(
                QRect(8, top, gx - 14, self.lane_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            p.setPen(grid_line)
            p.drawLine(0, top + height - 1, vp.width(), top + height - 1)
        p.setClipping(False)
        p.setPen(grid_line)
        p.drawLine(gx - 1, 0, gx - 1, vp.height())
        # Corner: the zone's abbreviation on this day.
        p.setPen(muted)
        abbreviation = timeutil.in_zone(layout.axis_start, layout.zone).tzname() or layout.zone
        p.drawText(
            QRect(8, 0, gx - 14, gy - 2),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            abbreviation,
        )
        if self.hasFocus() and self._current is None:
            p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2))
            p.drawRect(vp.adjusted(1, 1, -1, -1))

    def _paint_block(
        self, p: QPainter, index: int, rect: QRectF, pal: QPalette, fm: QFontMetrics
    ) -> None:
        assert self._layout is not None
        block = self._layout.blocks[index]
        record = block.record
        base = pal.color(QPalette.ColorRole.Base)
        dark = base.lightness() < 128
        cancelled = record.is_cancelled
        if cancelled:
            fill = _mix(base, pal.color(QPalette.ColorRole.Text), 0.06)
            border = _mix(base, pal.color(QPalette.ColorRole.Text), 0.35)
            text_colour = _mix(base, pal.color(QPalette.ColorRole.Text), 0.6)
        else:
            hue = _track_hue(record.track or record.location or "")
            fill = _mix(base, hue, 0.40 if dark else 0.22)
            border = _mix(base, hue, 0.85)
            text_colour = pal.color(QPalette.ColorRole.Text)
        p.fillRect(rect, fill)
        if cancelled:
            p.fillRect(
                rect,
                QBrush(
                    _mix(base, pal.color(QPalette.ColorRole.Text), 0.25), Qt.BrushStyle.BDiagPattern
                ),
            )
        pen = QPen(border, 1)
        if cancelled:
            pen.setStyle(Qt.PenStyle.DashLine)
        if record.favourite and not cancelled:
            pen = QPen(STAR_COLOUR, 2)
        if index == self._hover:
            pen = QPen(pal.color(QPalette.ColorRole.Highlight), max(pen.widthF(), 1.5))
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        if index == self._current:
            p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 3))
            p.drawRect(rect.adjusted(1.5, 1.5, -1.5, -1.5))
        if rect.width() < 18:
            return
        inner = rect.adjusted(5, 3, -4, -3)
        line_height = fm.height()
        # Line 1: time (and status); line 2: ★ title.
        status = status_word(record)
        time_text = block.time_text
        if fm.horizontalAdvance(time_text) > inner.width():
            time_text = time_text.split("–")[0]  # the start time alone, rather than "09:3…"
        first = time_text + (f" · {status}" if status else "") + (" →" if block.clipped else "")
        first = fm.elidedText(first, Qt.TextElideMode.ElideRight, int(inner.width()))
        if first == "…":  # a sliver of a block: an ellipsis says nothing; the tooltip does
            return
        p.setPen(_mix(fill, text_colour, 0.7))
        p.drawText(
            QRectF(inner.left(), inner.top(), inner.width(), line_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            first,
        )
        title_rect = QRectF(inner.left(), inner.top() + line_height, inner.width(), line_height)
        if record.favourite:
            star = "★ "
            p.setPen(STAR_COLOUR)
            p.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, star)
            title_rect.setLeft(title_rect.left() + fm.horizontalAdvance(star))
        font = QFont(self.font())
        font.setBold(not cancelled)
        font.setStrikeOut(cancelled)
        p.setFont(font)
        bold_metrics = QFontMetrics(font)
        p.setPen(text_colour)
        p.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            bold_metrics.elidedText(
                record.title, Qt.TextElideMode.ElideRight, max(0, int(title_rect.width()))
            ),
        )
        p.setFont(self.font())

    # ---- input ---------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        with _keep_refs():
            return super().event(event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        with _keep_refs():
            if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
                self._show_tooltip(event)
                return True
            if event.type() == QEvent.Type.Leave:
                self._set_hover(None)
            return super().viewportEvent(event)

    def tooltip_for(self, pos: QPoint) -> str:
        """The tooltip text at viewport point *pos* ("" for none)."""
        layout = self._layout
        if layout is None:
            return ""
        index = self.block_at(pos)
        if index is not None:
            return tooltip_html(layout.blocks[index].record, layout.zone)
        if pos.x() < self.room_width:
            row = self.row_at(pos)
            if row is not None:
                return html.escape(layout.rows[row].tooltip)
        return ""

    def _show_tooltip(self, event: QHelpEvent) -> None:
        text = self.tooltip_for(event.pos())
        if text:
            QToolTip.showText(event.globalPos(), text, self.viewport())
        else:
            QToolTip.hideText()

    def _set_hover(self, index: int | None) -> None:
        if index != self._hover:
            self._hover = index
            cursor = Qt.CursorShape.PointingHandCursor if index is not None else None
            if cursor is None:
                self.viewport().unsetCursor()
            else:
                self.viewport().setCursor(cursor)
            self.viewport().update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._set_hover(self.block_at(event.position().toPoint()))
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = self.block_at(event.position().toPoint())
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self._layout is not None:
            index = self.block_at(event.position().toPoint())
            pressed, self._pressed = self._pressed, None
            if index is not None and index == pressed:
                self._set_current(index)
                self.activated.emit(self._layout.blocks[index].record.id)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in (
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
            Qt.Key.Key_PageUp,
            Qt.Key.Key_PageDown,
            Qt.Key.Key_Home,
            Qt.Key.Key_End,
        ):
            event.ignore()  # day navigation: the DayTimeline handles it
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self._order:
            position = self._order.index(self._current) if self._current is not None else -1
            if key == Qt.Key.Key_Down:
                position = min(len(self._order) - 1, position + 1)
            else:
                position = max(0, position - 1) if position >= 0 else len(self._order) - 1
            self._set_current(self._order[position])
            event.accept()
            return
        if (
            key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
            and self.current_session_id() is not None
        ):
            self.activated.emit(self.current_session_id())
            event.accept()
            return
        if ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_minute_width(self.scale * 1.25)
            event.accept()
            return
        if ctrl and key == Qt.Key.Key_Minus:
            self.set_minute_width(self.scale / 1.25)
            event.accept()
            return
        if ctrl and key == Qt.Key.Key_0:
            self.set_minute_width(DEFAULT_MINUTE_WIDTH)
            event.accept()
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        modifiers = event.modifiers()
        delta = event.angleDelta()
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            amount = delta.y() or delta.x()
        elif not modifiers & (
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier
        ) and abs(delta.x()) > abs(delta.y()):
            amount = delta.x()
        else:
            if modifiers & Qt.KeyboardModifier.ShiftModifier and delta.x() == 0:
                # Shift + wheel scrolls the grid sideways (horizontal scroll changes the day).
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() - delta.y())
                event.accept()
                return
            super().wheelEvent(event)
            return
        # Up / left (positive) is back in time. Touchpads send small steps: add them up.
        if (amount > 0) != (self._wheel_rest > 0):
            self._wheel_rest = 0
        self._wheel_rest += amount
        while abs(self._wheel_rest) >= WHEEL_NOTCH:
            step = -1 if self._wheel_rest > 0 else 1
            self._wheel_rest += step * WHEEL_NOTCH
            self.day_step.emit(step)
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.viewport().update()


# ---- the widget --------------------------------------------------------------------------------
class DayTimeline(QWidget):
    """One day of the schedule as a time grid, with a header to move between days.

    Days offered: the dates (in the display zone) that have sessions, plus today.
    Keys: Left/Right or PageUp/PageDown change the day, Home goes to today, or when
    today has no sessions to the nearest day that has (the next one; after the event,
    its last day) and says so; End to the last; Up/Down walk the sessions in time
    order, Enter opens one; Ctrl+Plus/Minus/0 zoom the time axis. The wheel with
    Ctrl, or a horizontal scroll, changes the day.

    Signals:
        session_activated(int): a session's block was clicked (or Enter pressed on it).
        day_changed(object): the day shown changed (a ``datetime.date``).
    """

    session_activated = Signal(int)
    day_changed = Signal(object)

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
        self._records: list[SessionRecord] = []
        self._by_day: dict[date, list[SessionRecord]] = {}
        self._rows_by_feed: dict[int, list[RowSpec]] = {}
        self._row_key_by_feed: dict[int, Callable[[SessionRecord], str]] = {}
        self._row_kind_by_feed: dict[int, str] = {}
        self._feed_titles: dict[int, str] = {}
        self._event_zone = timeutil.local_zone_name()
        self._zone_is_events = False
        self._days: list[date] = []
        self._day: date | None = None
        self._today: date | None = None

        self.previous_button = QToolButton()
        self.previous_button.setText("◀")
        self.previous_button.setAccessibleName("Previous day")
        self.previous_button.setToolTip("Previous day (Left, Page Up)")
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setAccessibleName("Next day")
        self.next_button.setToolTip("Next day (Right, Page Down)")
        self.today_button = QToolButton()
        self.today_button.setText("Today")
        self.today_button.setAccessibleName("Go to today")
        self.today_button.setToolTip(
            self.tr("Today, or the nearest day with sessions when today has none (Home)")
        )
        self.date_label = QLabel()
        self.date_label.setAccessibleName("Day shown")
        heading = QFont(self.date_label.font())
        heading.setBold(True)
        heading.setPointSizeF(heading.pointSizeF() * 1.2)
        self.date_label.setFont(heading)
        self.info_label = QLabel()
        self.info_label.setAccessibleName("Day summary")
        self.zone_label = QLabel()
        self.zone_label.setAccessibleName("Time zone")
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

        self.canvas = _DayCanvas()
        self.canvas.activated.connect(self.session_activated)
        self.canvas.day_step.connect(self._step)
        self.setFocusProxy(self.canvas)

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
        self.setTabOrder(self.previous_button, self.next_button)
        self.setTabOrder(self.next_button, self.today_button)
        self.setTabOrder(self.today_button, self.canvas)

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
    @_guarded
    def set_feed(self, feed_id: int | None) -> None:
        """Show the sessions of one feed (None: of every feed)."""
        if feed_id == self._feed_id and self._day is not None:
            return
        self._feed_id = feed_id
        self._day = None
        self.refresh()

    def feed_id(self) -> int | None:
        return self._feed_id

    @_guarded
    def set_display_zone(self, name: str | None) -> None:
        """Show times in the IANA zone *name* (None: the event's zone).

        Raises:
            timeutil.TimeFormatError: *name* is not a known zone.
        """
        if name is not None:
            timeutil.zone(name)
        self._zone_override = name
        self._regroup()
        self._show(self._day if self._day is not None else self.home_day(), force=True)

    def display_zone(self) -> str:
        return self._zone

    def days(self) -> list[date]:
        return list(self._days)

    def current_day(self) -> date:
        assert self._day is not None
        return self._day

    @_guarded
    def set_day(self, day: date) -> None:
        """Show *day* (any date; the ◀ ▶ buttons then move among the days with sessions)."""
        self._show(day)

    def today(self) -> date:
        return local_day(self._now(), self._zone)

    def home_day(self) -> date:
        """The day first shown: today if it has sessions, else the next day that has, else
        the first day with any (a past event is read from its start)."""
        today = self.today()
        session_days = sorted(self._by_day)
        if not session_days or today in self._by_day:
            return today
        upcoming = [day for day in session_days if day > today]
        return upcoming[0] if upcoming else session_days[0]

    def nearest_day(self) -> date:
        """Where Today goes: today if it has sessions, else the nearest day that has: the
        next one, or (the event is over) its last one."""
        today = self.today()
        session_days = sorted(self._by_day)
        if not session_days or today in self._by_day:
            return today
        upcoming = [day for day in session_days if day > today]
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

    @_guarded
    def select_session(self, session_id: int) -> bool:
        """Show the day of *session_id* and make it the current block; False if it is not here."""
        record = next((r for r in self._records if r.id == session_id), None)
        if record is None:
            return False
        self._show(local_day(record.start, self._zone))
        return self.canvas.set_current_session(session_id)

    def layout_of_day(self) -> DayLayout | None:
        return self.canvas.day_layout

    @_guarded
    def refresh(self) -> None:
        """Re-read the store (after a sync, an import, a favourite), keeping the day in view."""
        feeds = self.store.feeds()
        if self._feed_id is not None and all(f.id != self._feed_id for f in feeds):
            self._feed_id = None  # the feed was removed
        shown = [f for f in feeds if self._feed_id is None or f.id == self._feed_id]
        self._records = self.store.sessions(feed_id=self._feed_id)
        self._feed_titles = {f.id: f.name for f in feeds}
        by_feed: dict[int, list[SessionRecord]] = {}
        for record in self._records:
            by_feed.setdefault(record.feed_id, []).append(record)
        self._rows_by_feed = {}
        self._row_key_by_feed = {}
        self._row_kind_by_feed = {}
        for feed in shown:
            kind, names, key_of = plan_rows(by_feed.get(feed.id, []), self.store.rooms(feed.id))
            self._row_key_by_feed[feed.id] = key_of
            self._row_kind_by_feed[feed.id] = kind
            self._rows_by_feed[feed.id] = [
                RowSpec((feed.id, name), name, f"{name}\n{feed.name}") for name in names
            ]
        self._event_zone, self._zone_is_events = event_zone(self._records, shown)
        self._regroup()
        keep = self._day if self._day is not None else self.home_day()
        self._show(keep, force=True, keep_scroll=self._day is not None)

    # ---- internals -----------------------------------------------------------------------------
    def _regroup(self) -> None:
        self._zone = self._zone_override or self._event_zone
        self._by_day = {}
        for record in self._records:
            self._by_day.setdefault(local_day(record.start, self._zone), []).append(record)
        self._today = self.today()
        self._days = sorted({*self._by_day, self._today})
        self._update_zone_label()

    def _update_zone_label(self) -> None:
        if self._zone_override is not None:
            origin = "your choice"
        else:
            origin = "event time" if self._zone_is_events else "your time zone"
        self.zone_label.setText(f"Times in {self._zone} ({origin})")

    def _row_key(self, record: SessionRecord) -> RowKey:
        key_of = self._row_key_by_feed.get(record.feed_id)
        return (record.feed_id, key_of(record) if key_of else SINGLE_ROW)

    def _show(
        self, day: date, *, force: bool = False, keep_scroll: bool = False, home: bool = False
    ) -> None:
        changed = day != self._day
        if home:
            self._update_home_note(day)
        elif changed:
            self._update_home_note(None)
        if not changed and not force:
            return
        with _keep_refs():
            self._show_day(day, changed=changed, keep_scroll=keep_scroll)

    def _show_day(self, day: date, *, changed: bool, keep_scroll: bool) -> None:
        hbar = self.canvas.horizontalScrollBar()
        vbar = self.canvas.verticalScrollBar()
        old_h, old_v = hbar.value(), vbar.value()
        self._day = day
        records = self._by_day.get(day, [])
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
            empty = "No sessions yet" if not self._records else "No sessions on this day"
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
        self._update_header(layout, today)
        if changed:
            self.day_changed.emit(day)

    def _update_home_note(self, home: date | None) -> None:
        """Say why *home* is shown instead of today (None: the user moved on; say nothing)."""
        today = self.today()
        if home is None or home == today or not self._by_day:
            self._home_note_day = None
            self.home_note.hide()
            return
        self._home_note_day = home
        when = f"{home:%a} {home.day} {home:%b %Y}"
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
        self.date_label.setText(day_heading(day) + (" · Today" if today else ""))
        session_days = sorted(self._by_day)
        count = len(layout.blocks)
        if count:
            position = session_days.index(day) + 1
            used = sum(1 for row in layout.rows if row.sessions)
            noun = "session" if count == 1 else "sessions"
            text = f"Day {position} of {len(session_days)} · {count} {noun}"
            kinds = {self._row_kind_by_feed.get(row.key[0]) for row in layout.rows if row.sessions}
            if kinds in ({"room"}, {"track"}):
                (kind,) = kinds
                text += f" in {used} {kind}{'' if used == 1 else 's'}"
            self.info_label.setText(text)
        else:
            self.info_label.setText("No sessions on this day")
        self.previous_button.setEnabled(bool(self._days) and self._days[0] < day)
        self.next_button.setEnabled(bool(self._days) and self._days[-1] > day)
        self.canvas.setAccessibleDescription(
            f"{day_heading(day)}: {self.info_label.text()}. "
            "Up and Down move between sessions, Enter opens one, Left and Right change the day."
        )

    def _step(self, step: int) -> None:
        if step < 0:
            self.previous_day()
        else:
            self.next_day()

    @_guarded
    def _tick(self) -> None:
        """Move the now line; past midnight, today is another day."""
        if self.today() != self._today:
            self._regroup()
            self._show(self._day or self.home_day(), force=True, keep_scroll=True)
            return
        layout = self.canvas.day_layout
        if layout is not None:
            self.canvas.set_now(self._now_minutes(layout))

    def event(self, event: QEvent) -> bool:
        with _keep_refs():
            return super().event(event)

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
