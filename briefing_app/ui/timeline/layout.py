"""The day timeline's layout, without Qt: which rows a day has, where each session goes.

:func:`plan_rows` decides the rows of one feed (rooms, else tracks, else one row);
:func:`build_day_layout` places a day's sessions on a time axis and stacks those
that overlap in a row into lanes (:func:`_assign_lanes`). The axis is real elapsed
time from the day's first local hour, so a day when clocks change has 23 or 25
hours. The text helpers (:func:`tooltip_html`, :func:`status_word`,
:func:`day_heading`) are here too: they are plain strings, no widgets.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from briefing_app.store import FeedRecord, FeedShape, SessionRecord
from briefing_app.util import timeutil
from briefing_app.util.trmark import QT_TRANSLATE_NOOP


def _same(text: str) -> str:
    return text


def _hh_mm(value: datetime) -> str:
    return f"{value:%H:%M}"


def _english_day(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def _database_abbreviation(local: datetime, _zone_name: str) -> str:
    return local.tzname() or ""


class _Text:
    """How the layout's words, times and days are written: English and ``%H:%M`` here;
    the window installs Qt's translation and ``QLocale`` (:func:`use_text_functions`)."""

    words: Callable[[str], str] = _same
    clock: Callable[[datetime], str] = _hh_mm
    time_range: Callable[[datetime, datetime, str], str] = timeutil.format_range
    day: Callable[[date], str] = _english_day
    zone: Callable[[datetime, str], str] = _database_abbreviation


def use_text_functions(
    words: Callable[[str], str],
    clock: Callable[[datetime], str],
    time_range: Callable[[datetime, datetime, str], str],
    day: Callable[[date], str],
    zone: Callable[[datetime, str], str] = _database_abbreviation,
) -> None:
    """Write the layout's words with *words* (translated), times with *clock*, ranges
    with *time_range*, day headings with *day* and a zone's abbreviation with *zone*
    (``HAE`` in French: util/zonenames)."""
    _Text.zone = staticmethod(zone)
    _Text.words = staticmethod(words)
    _Text.clock = staticmethod(clock)
    _Text.time_range = staticmethod(time_range)
    _Text.day = staticmethod(day)


#: Row for sessions that name no room when the others do.
NO_ROOM = QT_TRANSLATE_NOOP("TimelineLayout", "No room")
#: Row for sessions without a track when rows are tracks.
NO_TRACK = QT_TRANSLATE_NOOP("TimelineLayout", "Other")
#: The one row of a series that has neither rooms nor tracks.
SINGLE_ROW = QT_TRANSLATE_NOOP("TimelineLayout", "Sessions")


def row_label(name: str) -> str:
    """A row's name as shown: the layout's own rows in the user's language."""
    return _Text.words(name) if name in (NO_ROOM, NO_TRACK, SINGLE_ROW) else name


#: A late session may stretch the grid this far past the next local midnight.
LATE_MARGIN = timedelta(hours=6)


# ---- rows and blocks -----------------------------------------------------------------------
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
            label = _Text.clock(local)
            abbreviation = _Text.zone(local, zone_name)
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
            specs.append(RowSpec(key, row_label(key[1]), row_label(key[1])))
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
    first, second = _Text.clock(start), _Text.clock(end)
    spaced = " " in first or " " in second or "\u202f" in first or "\u202f" in second
    return f"{first} – {second}" if spaced else f"{first}–{second}"


def feed_zone(shape: FeedShape | None, feed: FeedRecord | None = None) -> str | None:
    """The zone one feed's event runs in: its own setting, else its sessions' commonest zone
    (*shape*: the feed's aggregate, :meth:`Store.feed_shapes`)."""
    if feed is not None and feed.timezone and timeutil.is_valid_zone(feed.timezone):
        return feed.timezone
    for name in shape.zones if shape is not None else ():
        if timeutil.is_valid_zone(name):
            return name
    return None


def event_zone(shapes: Sequence[FeedShape], feeds: Sequence[FeedRecord]) -> tuple[str, bool]:
    """The zone to show the feeds' sessions in, and whether it is the events' own.

    One feed, or feeds that agree: the event's zone. Feeds in different zones
    (or none at all): this computer's zone, the one the user lives in. *shapes*: the
    feeds' aggregates (:meth:`Store.feed_shapes`), so no session is read.
    """
    by_feed = {shape.feed_id: shape for shape in shapes}
    zones = {
        zone
        for feed in feeds
        if (zone := feed_zone(by_feed.get(feed.id), feed)) is not None
        and (feed.id in by_feed or len(feeds) == 1)
    }
    if len(zones) == 1:
        return zones.pop(), True
    return timeutil.local_zone_name(), False


def plan_shape_rows(
    shape: FeedShape | None, rooms: Sequence[str]
) -> tuple[str, list[str], Callable[[SessionRecord], str]]:
    """What the rows of one feed are ("room", "track" or "single"), their names, and where
    each session goes, from the feed's aggregate (*shape*; None: no sessions).

    Rooms in the feed's order, then locations only sessions name; with no rooms
    at all, one row per track (in order of first appearance), else one row.
    """
    names = list(dict.fromkeys(rooms))
    known = set(names)
    for location in shape.locations if shape is not None else ():
        if location not in known:
            known.add(location)
            names.append(location)
    if names:
        if shape is not None and shape.unlocated:
            names.append(NO_ROOM)
        return "room", names, lambda r: r.location or NO_ROOM
    tracks = list(shape.tracks) if shape is not None else []
    if tracks:
        if shape is not None and shape.untracked:
            tracks.append(NO_TRACK)
        return "track", tracks, lambda r: r.track or NO_TRACK
    return "single", [SINGLE_ROW], lambda _r: SINGLE_ROW


def plan_rows(
    records: Sequence[SessionRecord], rooms: Sequence[str]
) -> tuple[str, list[str], Callable[[SessionRecord], str]]:
    """What the rows of one feed are ("room", "track" or "single"), their names, and where
    each session goes: :func:`plan_shape_rows` of *records* (in time order)."""
    return plan_shape_rows(shape_of(records), rooms)


def shape_of(records: Sequence[SessionRecord]) -> FeedShape:
    """The aggregate :meth:`Store.feed_shapes` reads, of *records* (one feed's, in time order)."""
    counts = Counter(r.timezone for r in records)
    return FeedShape(
        feed_id=records[0].feed_id if records else 0,
        sessions=len(records),
        locations=tuple(dict.fromkeys(r.location for r in records if r.location)),
        tracks=tuple(dict.fromkeys(r.track for r in records if r.track)),
        unlocated=any(not r.location for r in records),
        untracked=any(not r.track for r in records),
        zones=tuple(name for name, _count in counts.most_common()),
    )


def tooltip_html(record: SessionRecord, zone_name: str, languages: Sequence[str] = ()) -> str:
    """What hovering a block tells: title, time, room, presenters, status (the track in
    the first of *languages* the feed gives it in)."""
    lines = [f"<b>{html.escape(record.title)}</b>"]
    if record.subtitle:
        lines.append(f"<i>{html.escape(record.subtitle)}</i>")
    words = _Text.words
    lines.append(html.escape(_Text.time_range(record.start, record.end, zone_name)))
    if record.timezone != zone_name and timeutil.is_valid_zone(record.timezone):
        event_time = _Text.time_range(record.start, record.end, record.timezone)
        text = words(QT_TRANSLATE_NOOP("TimelineLayout", "Event time: {0}"))
        lines.append(html.escape(text.format(event_time)))
    if record.location:
        text = words(QT_TRANSLATE_NOOP("TimelineLayout", "Room: {0}"))
        lines.append(html.escape(text.format(record.location)))
    if record.track:
        text = words(QT_TRANSLATE_NOOP("TimelineLayout", "Track: {0}"))
        track = record.shown("track", languages).text if languages else record.track
        lines.append(html.escape(text.format(track)))
    if record.presenter_names:
        lines.append(html.escape(", ".join(record.presenter_names)))
    status = (
        words(QT_TRANSLATE_NOOP("TimelineLayout", "Removed from the feed"))
        if record.removed
        else status_word(record)
    )
    if status:
        lines.append(f"<i>{html.escape(status)}</i>")
    if record.favourite:
        lines.append(
            html.escape(words(QT_TRANSLATE_NOOP("TimelineLayout", "★ In your favourites")))
        )
    return "<qt>" + "<br>".join(lines) + "</qt>"


#: A session's status as a block says it (an unknown status is shown capitalised).
_STATUS_WORDS = {
    "tentative": QT_TRANSLATE_NOOP("TimelineLayout", "Tentative"),
    "postponed": QT_TRANSLATE_NOOP("TimelineLayout", "Postponed"),
    "cancelled": QT_TRANSLATE_NOOP("TimelineLayout", "Cancelled"),
}


def status_word(record: SessionRecord) -> str:
    if record.removed:
        return _Text.words(QT_TRANSLATE_NOOP("TimelineLayout", "Removed"))
    if record.status == "scheduled":
        return ""
    word = _STATUS_WORDS.get(record.status)
    return _Text.words(word) if word is not None else record.status.capitalize()


def zone_abbreviation(local: datetime, zone_name: str) -> str:
    """The zone's abbreviation at *local* as the layout writes it (``EDT``, ``HAE``)."""
    return _Text.zone(local, zone_name)


def day_heading(day: date) -> str:
    return _Text.day(day)
