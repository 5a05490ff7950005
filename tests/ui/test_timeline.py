"""The day timeline, driven as a user would: keys, buttons, wheel, clicks, hovering."""

from __future__ import annotations

import gc
import itertools
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import (
    QAccessible,
    QColor,
    QContextMenuEvent,
    QHelpEvent,
    QImage,
    QPalette,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QStyleFactory, QToolTip
from support.work import python_calls

from briefing_app.feeds import parse_feed
from briefing_app.feeds.model import Feed, Series, Session, SessionStatus
from briefing_app.store import Store
from briefing_app.ui.timeline.colours import NOW_COLOUR, star_colour
from briefing_app.ui.timeline.view import DayTimeline
from briefing_app.util.timeutil import TimeFormatError

DATA = Path(__file__).parent.parent / "data"
BERLIN = "Europe/Berlin"


def _clock(*args: int) -> Callable[[], datetime]:
    fixed = datetime(*args, tzinfo=UTC)
    return lambda: fixed


def _session(
    source_id: str,
    title: str,
    local_start: str,
    minutes: int,
    *,
    location: str = "",
    status: SessionStatus = SessionStatus.SCHEDULED,
) -> Session:
    start = datetime.fromisoformat(local_start).replace(tzinfo=ZoneInfo(BERLIN)).astimezone(UTC)
    return Session(
        id=source_id,
        title=title,
        start=start,
        end=start + timedelta(minutes=minutes),
        timezone=BERLIN,
        location=location,
        status=status,
    )


def _import(store: Store, *sessions: Session, rooms: tuple[str, ...] = ()) -> int:
    feed = Feed(
        format="briefing-feed",
        series=Series(id="grid", title="Grid test", timezone=BERLIN),
        sessions=sessions,
        rooms=rooms,
    )
    store.import_feed("https://example.org/grid.json", feed)
    return store.feeds()[-1].id


@pytest.fixture
def make_timeline(qtbot) -> Callable[..., DayTimeline]:
    def make(store: Store, now: Callable[[], datetime], feed_id: int | None = None) -> DayTimeline:
        timeline = DayTimeline(store, now=now)
        qtbot.addWidget(timeline)
        if feed_id is not None:
            timeline.set_feed(feed_id)
        timeline.resize(1000, 500)
        timeline.show()
        qtbot.waitExposed(timeline)
        return timeline

    return make


def _row_labels(timeline: DayTimeline) -> list[str]:
    layout = timeline.layout_of_day()
    assert layout is not None
    return [row.label for row in layout.rows]


def _titles(timeline: DayTimeline) -> list[str]:
    layout = timeline.layout_of_day()
    assert layout is not None
    return [block.record.title for block in layout.blocks]


def _image(timeline: DayTimeline) -> QImage:
    return timeline.canvas.viewport().grab().toImage()


def _colours_in(image: QImage, rect_points: tuple[int, int, int, int]) -> set[int]:
    left, top, right, bottom = rect_points
    return {
        image.pixel(x, y)
        for x in range(max(0, left), min(image.width(), right))
        for y in range(max(0, top), min(image.height(), bottom))
    }


def _click(qtbot, timeline: DayTimeline, session_id: int) -> None:
    rect = timeline.canvas.block_rect(session_id)
    assert rect is not None
    assert timeline.canvas.viewport().rect().contains(rect.center())
    qtbot.mouseClick(timeline.canvas.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _wheel(timeline: DayTimeline, angle: QPoint, modifiers: Qt.KeyboardModifier) -> None:
    viewport = timeline.canvas.viewport()
    pos = QPointF(viewport.rect().center())
    event = QWheelEvent(
        pos,
        QPointF(viewport.mapToGlobal(pos.toPoint())),
        QPoint(),
        angle,
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)


# ---- the sample series -------------------------------------------------------------------------
def test_sample_series_days_rows_and_header(make_timeline, sample_store: Store) -> None:
    timeline = make_timeline(sample_store, _clock(2026, 3, 10, 12))
    assert timeline.days() == [
        date(2020, 4, 15),
        date(2020, 5, 11),
        date(2020, 6, 23),
        date(2020, 7, 21),
        date(2026, 3, 10),  # today, though it has no sessions
    ]
    # Today is long after the series: it opens on the first day with sessions.
    assert timeline.current_day() == date(2020, 4, 15)
    assert timeline.date_label.text() == "Wednesday 15 April 2020"
    assert timeline.info_label.text() == "Day 1 of 4 · 1 session in 1 track"
    assert timeline.zone_label.text() == "Times in America/Toronto (event time)"
    # The sample has no rooms: one row per track, in order of first appearance.
    assert _row_labels(timeline) == [
        "Technology",
        "City priorities",
        "Procurement",
        "Series planning",
    ]
    assert _titles(timeline) == ["Re-Imagine the City of Toronto: Virtual Kick-off"]
    assert not timeline.previous_button.isEnabled()
    assert timeline.next_button.isEnabled()


def test_blocks_are_sized_by_duration(make_timeline, sample_store: Store) -> None:
    timeline = make_timeline(sample_store, _clock(2026, 3, 10, 12))
    timeline.set_day(date(2020, 5, 11))
    stage = sample_store.find_session("setting-the-stage-2020-05-11")  # 13:00–14:30
    working = sample_store.find_session("procurement-wg-2020-05-11")  # 14:30–15:30
    first = timeline.canvas.block_rect(stage.id)
    second = timeline.canvas.block_rect(working.id)
    assert first is not None and second is not None
    # 90 minutes against 60: one and a half times as wide (blocks keep a 2 px gap).
    assert (first.width() + 2) / (second.width() + 2) == pytest.approx(1.5, abs=0.02)
    # The second starts where the first ends, in another row (another track).
    assert abs(second.left() - (first.right() + 1)) <= 3
    assert second.top() > first.top()
    assert timeline.info_label.text() == "Day 2 of 4 · 2 sessions in 2 tracks"


def test_display_zone_moves_the_times(make_timeline, sample_store: Store) -> None:
    timeline = make_timeline(sample_store, _clock(2026, 3, 10, 12))
    timeline.set_day(date(2020, 5, 11))
    layout = timeline.layout_of_day()
    assert layout is not None
    assert [b.time_text for b in layout.blocks] == ["13:00–14:30", "14:30–15:30"]
    timeline.set_display_zone("Europe/Berlin")
    layout = timeline.layout_of_day()
    assert layout is not None
    assert [b.time_text for b in layout.blocks] == ["19:00–20:30", "20:30–21:30"]
    assert timeline.zone_label.text() == "Times in Europe/Berlin (your choice)"
    assert timeline.current_day() == date(2020, 5, 11)
    with pytest.raises(TimeFormatError):
        timeline.set_display_zone("Mars/Olympus_Mons")
    timeline.set_display_zone(None)
    assert timeline.display_zone() == "America/Toronto"


def test_every_feed_at_once(make_timeline, sample_store: Store) -> None:
    _import(sample_store, _session("m", "Berlin talk", "2020-05-11T10:00", 30, location="Saal 1"))
    timeline = make_timeline(sample_store, _clock(2026, 3, 10, 12))  # no set_feed: every feed
    # Toronto and Berlin disagree: times are shown in the user's zone (UTC in the tests).
    assert timeline.zone_label.text() == "Times in UTC (your time zone)"
    timeline.set_day(date(2020, 5, 11))
    assert _titles(timeline) == [
        "Berlin talk",
        "Setting the Stage",
        "Procurement Improvement & Innovation Working Group",
    ]
    # Only the feeds with sessions that day have rows, each named with its feed.
    assert _row_labels(timeline) == [
        "Technology · Re-Imagine the City of Toronto",
        "City priorities · Re-Imagine the City of Toronto",
        "Procurement · Re-Imagine the City of Toronto",
        "Series planning · Re-Imagine the City of Toronto",
        "Saal 1 · Grid test",
    ]
    timeline.set_day(date(2020, 4, 15))
    assert _row_labels(timeline) == [
        "Technology",
        "City priorities",
        "Procurement",
        "Series planning",
    ]


# ---- navigation --------------------------------------------------------------------------------
def test_keys_buttons_and_wheel_change_the_day(qtbot, make_timeline, sample_store: Store) -> None:
    timeline = make_timeline(sample_store, _clock(2026, 3, 10, 12))
    canvas = timeline.canvas
    canvas.setFocus()
    with qtbot.waitSignal(timeline.day_changed) as changed:
        qtbot.keyClick(canvas, Qt.Key.Key_PageDown)
    assert changed.args == [date(2020, 5, 11)]
    qtbot.keyClick(canvas, Qt.Key.Key_Right)  # in a day with sessions the arrows move among them
    assert timeline.current_day() == date(2020, 5, 11)
    qtbot.keyClick(canvas, Qt.Key.Key_PageDown)
    assert timeline.current_day() == date(2020, 6, 23)
    qtbot.keyClick(canvas, Qt.Key.Key_PageUp)
    assert timeline.current_day() == date(2020, 5, 11)
    qtbot.keyClick(canvas, Qt.Key.Key_PageUp)
    assert timeline.current_day() == date(2020, 4, 15)
    qtbot.keyClick(canvas, Qt.Key.Key_PageUp)  # nothing before the first day
    assert timeline.current_day() == date(2020, 4, 15)
    qtbot.keyClick(canvas, Qt.Key.Key_End, Qt.KeyboardModifier.AltModifier)
    assert timeline.current_day() == date(2026, 3, 10)
    assert timeline.date_label.text() == "Tuesday 10 March 2026 · Today"
    assert timeline.info_label.text() == "No sessions on this day"
    assert not timeline.next_button.isEnabled()
    # A day without sessions: Left/Right change the day, Home/End go to today/the last.
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert timeline.current_day() == date(2020, 7, 21)
    qtbot.keyClick(canvas, Qt.Key.Key_End, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(canvas, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert timeline.current_day() == date(2020, 7, 21)  # no session today: the nearest day
    qtbot.keyClick(canvas, Qt.Key.Key_End, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(canvas, Qt.Key.Key_Home)  # the same on an empty day, without Alt
    assert timeline.current_day() == date(2020, 7, 21)
    qtbot.keyClick(canvas, Qt.Key.Key_PageUp)
    qtbot.keyClick(canvas, Qt.Key.Key_PageUp)
    qtbot.keyClick(canvas, Qt.Key.Key_PageUp)
    assert timeline.current_day() == date(2020, 4, 15)

    qtbot.mouseClick(timeline.next_button, Qt.MouseButton.LeftButton)
    assert timeline.current_day() == date(2020, 5, 11)
    qtbot.mouseClick(timeline.previous_button, Qt.MouseButton.LeftButton)
    assert timeline.current_day() == date(2020, 4, 15)

    _wheel(timeline, QPoint(0, -120), Qt.KeyboardModifier.ControlModifier)
    assert timeline.current_day() == date(2020, 5, 11)
    _wheel(timeline, QPoint(-120, 0), Qt.KeyboardModifier.NoModifier)  # horizontal scroll
    assert timeline.current_day() == date(2020, 6, 23)
    for _ in range(3):  # a touchpad's small steps add up to one notch
        _wheel(timeline, QPoint(40, 0), Qt.KeyboardModifier.NoModifier)
    assert timeline.current_day() == date(2020, 5, 11)
    _wheel(timeline, QPoint(0, -120), Qt.KeyboardModifier.NoModifier)  # plain wheel scrolls
    assert timeline.current_day() == date(2020, 5, 11)


def test_click_and_enter_emit_the_session_id(qtbot, make_timeline, sample_store: Store) -> None:
    timeline = make_timeline(sample_store, _clock(2026, 3, 10, 12))
    timeline.set_day(date(2020, 5, 11))
    stage = sample_store.find_session("setting-the-stage-2020-05-11")
    working = sample_store.find_session("procurement-wg-2020-05-11")
    with qtbot.waitSignal(timeline.session_activated) as activated:
        _click(qtbot, timeline, working.id)
    assert activated.args == [working.id]
    assert timeline.current_session_id() == working.id
    # Keyboard: Up/Down go to the nearest session in the lane above/below, Enter opens one.
    timeline.canvas.setFocus()
    qtbot.keyClick(timeline.canvas, Qt.Key.Key_Up)
    assert timeline.current_session_id() == stage.id
    assert timeline.canvas.accessibleName() == "Setting the Stage, 13:00–14:30, City priorities"
    with qtbot.waitSignal(timeline.session_activated) as activated:
        qtbot.keyClick(timeline.canvas, Qt.Key.Key_Return)
    assert activated.args == [stage.id]


# Showing a tooltip on the offscreen platform says it cannot raise() the tooltip window.
@pytest.mark.qt_log_ignore("does not support raise")
def test_hovering_shows_title_time_room_and_presenters(make_timeline, sample_store) -> None:
    timeline = make_timeline(sample_store, _clock(2026, 3, 10, 12))
    stage = sample_store.find_session("setting-the-stage-2020-05-11")
    assert timeline.select_session(stage.id)  # jumps to its day
    assert timeline.current_day() == date(2020, 5, 11)
    rect = timeline.canvas.block_rect(stage.id)
    assert rect is not None
    viewport = timeline.canvas.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, rect.center(), viewport.mapToGlobal(rect.center()))
    QApplication.sendEvent(viewport, event)
    text = QToolTip.text()
    assert "<b>Setting the Stage</b>" in text
    assert "Mon 11 May 2020 13:00–14:30 EDT" in text
    assert "Track: City priorities" in text
    assert "Josie Scioli, Lawrence Eta, Heather Taylor, Andrew Flynn" in text
    QToolTip.hideText()


def test_now_line_only_on_today(make_timeline, sample_store: Store) -> None:
    # 14:10 in Toronto on the day of "Setting the Stage".
    timeline = make_timeline(sample_store, _clock(2020, 5, 11, 18, 10))
    assert timeline.current_day() == date(2020, 5, 11)  # Home is today while the series runs
    assert timeline.date_label.text() == "Monday 11 May 2020 · Today"
    x = timeline.canvas.now_x()
    assert x is not None
    stage = timeline.canvas.block_rect(sample_store.find_session("setting-the-stage-2020-05-11").id)
    assert stage is not None
    assert stage.left() < x < stage.right()  # 14:10 is inside 13:00–14:30
    image = _image(timeline)
    y = image.height() - 5
    assert any(QColor(image.pixel(x + dx, y)) == NOW_COLOUR for dx in (-1, 0, 1))

    timeline.next_day()
    assert timeline.canvas.now_x() is None
    image = _image(timeline)
    row = {QColor(image.pixel(px, image.height() - 5)).rgb() for px in range(image.width())}
    assert NOW_COLOUR.rgb() not in row


# ---- stacking, marks, DST ------------------------------------------------------------------------
def _grid(store: Store) -> tuple[int, dict[str, int]]:
    """Hall B: Delta 10:00; Hall A: Alpha 10:00 and Gamma 11:00 on one lane, Beta 10:30 on a
    second; Annex: Epsilon 12:00."""
    feed_id = _import(
        store,
        _session("a", "Alpha", "2026-05-04T10:00", 60, location="Hall A"),
        _session("b", "Beta", "2026-05-04T10:30", 60, location="Hall A"),
        _session("c", "Gamma", "2026-05-04T11:00", 30, location="Hall A"),
        _session("d", "Delta", "2026-05-04T10:00", 30, location="Hall B"),
        _session("e", "Epsilon", "2026-05-04T12:00", 30, location="Annex"),
        rooms=("Hall B", "Hall A"),
    )
    return feed_id, {s.title: s.id for s in store.sessions()}


def test_overlapping_sessions_in_a_room_are_stacked(qtbot, make_timeline, store: Store) -> None:
    feed_id, ids = _grid(store)
    timeline = make_timeline(store, _clock(2026, 5, 4, 7), feed_id)
    # The feed's rooms in its order, then a location only a session names.
    assert _row_labels(timeline) == ["Hall B", "Hall A", "Annex"]
    alpha, beta, gamma = (timeline.canvas.block_rect(ids[t]) for t in ("Alpha", "Beta", "Gamma"))
    assert alpha is not None and beta is not None and gamma is not None
    assert not alpha.intersects(beta)  # both stay visible
    assert alpha.right() > beta.left()  # though their times overlap
    assert gamma.top() == alpha.top()  # Gamma starts as Alpha ends: same lane
    layout = timeline.layout_of_day()
    assert layout is not None
    assert [row.lanes for row in layout.rows] == [1, 2, 1]
    for title in ("Alpha", "Beta"):
        with qtbot.waitSignal(timeline.session_activated) as activated:
            _click(qtbot, timeline, ids[title])
        assert activated.args == [ids[title]]


def test_cancelled_and_favourite_sessions_are_marked(make_timeline, store: Store) -> None:
    feed_id = _import(
        store,
        _session("a", "Plain", "2026-05-04T10:00", 60, location="Hall"),
        _session(
            "b",
            "Called off",
            "2026-05-04T11:00",
            60,
            location="Hall",
            status=SessionStatus.CANCELLED,
        ),
        _session("c", "Loved", "2026-05-04T12:00", 60, location="Hall"),
    )
    ids = {s.title: s.id for s in store.sessions()}
    store.set_favourite(ids["Loved"])
    timeline = make_timeline(store, _clock(2026, 5, 1, 7), feed_id)
    image = _image(timeline)

    def colours(title: str) -> set[int]:
        rect = timeline.canvas.block_rect(ids[title])
        assert rect is not None
        return _colours_in(image, (rect.left(), rect.top(), rect.right(), rect.bottom()))

    star = star_colour(timeline.canvas.palette()).rgb()
    assert star in colours("Loved")  # gold frame and ★
    assert star not in colours("Plain")
    assert len(colours("Called off") - colours("Plain")) >= 1  # hatched, dashed: other colours
    layout = timeline.layout_of_day()
    assert layout is not None
    assert [b.record.is_cancelled for b in layout.blocks] == [False, True, False]
    # The keyboard user hears the status.
    timeline.canvas.set_current_session(ids["Called off"])
    assert timeline.canvas.accessibleName() == "Called off, 11:00–12:00, Hall, Cancelled"
    # A favourite set elsewhere shows after refresh(), on the same day.
    store.set_favourite(ids["Plain"])
    timeline.refresh()
    assert star in colours("Loved")
    assert star in _colours_in(
        _image(timeline), timeline.canvas.block_rect(ids["Plain"]).getCoords()
    )
    assert timeline.current_day() == date(2026, 5, 4)


def test_spring_forward_day_places_blocks_in_real_time(make_timeline, store: Store) -> None:
    # Berlin, Sunday 29 March 2026: at 02:00 CET the clocks jump to 03:00 CEST.
    feed_id = _import(
        store,
        _session("early", "Early", "2026-03-29T01:30", 30, location="Hall"),
        _session("across", "Across the change", "2026-03-29T01:45", 30, location="Hall"),
        _session("after", "After the change", "2026-03-29T03:30", 30, location="Hall"),
    )
    timeline = make_timeline(store, _clock(2026, 3, 1, 12), feed_id)
    assert timeline.current_day() == date(2026, 3, 29)
    layout = timeline.layout_of_day()
    assert layout is not None
    # 01:00 CET to 04:00 CEST is two real hours; there is no 02:00.
    assert [t.label for t in layout.ticks if t.label] == ["01:00", "03:00 CEST", "04:00"]
    assert layout.hours == 2
    by_title = {b.record.title: b for b in layout.blocks}
    assert by_title["After the change"].start == 90  # 03:30 CEST is 90 minutes after 01:00 CET
    assert by_title["After the change"].time_text == "03:30–04:00"
    assert by_title["Across the change"].time_text == "01:45–03:15"
    assert by_title["Across the change"].end - by_title["Across the change"].start == 30
    canvas = timeline.canvas
    tick_x = next(t.minutes for t in layout.ticks if t.label == "03:00 CEST") * canvas.scale
    after = canvas.block_rect(by_title["After the change"].record.id)
    early = canvas.block_rect(by_title["Early"].record.id)
    assert after is not None and early is not None
    assert after.left() - early.left() == pytest.approx(60 * canvas.scale, abs=2)
    assert after.left() - canvas.room_width - 1 == pytest.approx(tick_x + 30 * canvas.scale, abs=2)


def test_fall_back_day_has_25_hours(make_timeline, store: Store) -> None:
    feed_id = _import(
        store,
        _session("x", "Before", "2026-10-20T10:00", 30, location="Hall"),
        _session("y", "After", "2026-10-30T10:00", 30, location="Hall"),
    )
    # Today is Sunday 25 October 2026 in Berlin, amid the series but without sessions:
    # Home is the next day that has some; today itself shows all its 25 hours.
    timeline = make_timeline(store, _clock(2026, 10, 25, 9), feed_id)
    assert timeline.current_day() == date(2026, 10, 30)
    timeline.set_day(date(2026, 10, 25))
    layout = timeline.layout_of_day()
    assert layout is not None
    assert layout.hours == 25
    labels = [t.label for t in layout.ticks if t.label]
    assert labels[:5] == ["00:00", "01:00", "02:00", "02:00 CET", "03:00"]
    assert timeline.canvas.now_x() is not None  # 10:00 CET, today
    assert _row_labels(timeline) == ["Hall"]  # the feed's rows, even on a day without sessions


# ---- a real conference -------------------------------------------------------------------------
def test_fosdem_saturday_builds_with_all_rooms(qtbot, make_timeline, store: Store) -> None:
    path = DATA / "fosdem-2026.xml"
    store.import_feed(path.resolve().as_uri(), parse_feed(path.read_bytes()))
    feed_id = store.feeds()[-1].id
    timeline = make_timeline(store, _clock(2026, 1, 31, 10, 40), feed_id)
    timeline.canvas.viewport().grab()  # paint it once
    assert timeline.current_day() == date(2026, 1, 31)
    assert timeline.display_zone() == "Europe/Brussels"
    assert _row_labels(timeline) == store.rooms(feed_id)
    assert len(_row_labels(timeline)) == 30
    assert timeline.info_label.text() == "Day 1 of 2 · 484 sessions in 29 rooms"
    layout = timeline.layout_of_day()
    assert layout is not None
    assert len(layout.blocks) == 484
    # No two blocks cover each other.
    lanes: dict[tuple[int, int], list[tuple[float, float]]] = {}
    for block in layout.blocks:
        lanes.setdefault((block.row, block.lane), []).append((block.start, block.end))
    for spans in lanes.values():
        spans.sort()
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    assert timeline.canvas.now_x() is not None  # 11:40 in Brussels

    # Building and painting the day again, counted in function calls, not timed (the
    # machine is shared; benchmarks time the Timeline): ~88,000 today (~180 a block);
    # a pass over every block for each block (lanes, overlaps) is several times that.
    def build_and_paint() -> DayTimeline:
        again = DayTimeline(store, now=_clock(2026, 1, 31, 10, 40))
        qtbot.addWidget(again)
        again.set_feed(feed_id)
        again.resize(1000, 500)
        again.canvas.viewport().grab()
        return again

    again, calls = python_calls(build_and_paint)
    assert again.info_label.text() == timeline.info_label.text()
    assert calls < 130_000, f"{calls:,} calls to build and paint the FOSDEM Saturday"
    qtbot.keyClick(timeline.canvas, Qt.Key.Key_PageDown)
    assert timeline.current_day() == date(2026, 2, 1)
    assert timeline.info_label.text() == "Day 2 of 2 · 399 sessions in 26 rooms"


def test_painting_keeps_none_alive(make_timeline, sample_store: Store) -> None:
    # PySide6 6.12.0 on Python 3.11 takes a reference from None on every void call; a
    # painted grid makes thousands per frame and Python would abort ("deallocating None").
    timeline = make_timeline(sample_store, _clock(2020, 5, 11, 18, 10))
    timeline.canvas.set_minute_width(12)  # many ticks and blocks' worth of drawing calls
    viewport = timeline.canvas.viewport()
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(50):
        viewport.repaint()  # the test's own call may take one reference each
        timeline.next_day()
        timeline.previous_day()
    # The bug takes thousands per frame (over 50,000 here); objects freed meanwhile by
    # other threads of earlier tests (a store watcher, a write queue) give back a few hundred.
    assert sys.getrefcount(None) >= before - 5_000


# ---- the keyboard and a screen reader, block by block (issue 17) -------------------------------
def _tab_into(qtbot, timeline: DayTimeline) -> None:
    """Give the grid the focus as Tab does (the window active, so it really has it)."""
    timeline.activateWindow()
    qtbot.waitUntil(timeline.isActiveWindow)
    timeline.canvas.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(timeline.canvas.hasFocus)


def _spoken(timeline: DayTimeline) -> tuple[str, str]:
    """What a screen reader is told of the grid: its accessible name and description."""
    iface = QAccessible.queryAccessibleInterface(timeline.canvas)
    assert iface is not None and iface.isValid()
    return iface.text(QAccessible.Text.Name), iface.text(QAccessible.Text.Description)


def test_arrows_home_and_end_move_block_by_block(qtbot, make_timeline, store: Store) -> None:
    feed_id, ids = _grid(store)
    timeline = make_timeline(store, _clock(2026, 5, 1, 7), feed_id)
    canvas = timeline.canvas
    assert timeline.current_session_id() is None
    _tab_into(qtbot, timeline)  # a block is current
    title = {session_id: name for name, session_id in ids.items()}

    def press(key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> str:
        qtbot.keyClick(canvas, key, modifiers)
        current = timeline.current_session_id()
        assert current is not None
        return title[current]

    assert title[timeline.current_session_id()] == "Delta"  # the first in time, top row first
    assert press(Qt.Key.Key_Right) == "Delta"  # alone in Hall B
    assert press(Qt.Key.Key_Down) == "Alpha"  # Hall A's first lane, at the same time
    assert press(Qt.Key.Key_Right) == "Beta"  # Hall A in time order, every lane
    assert press(Qt.Key.Key_Right) == "Gamma"
    assert press(Qt.Key.Key_Right) == "Gamma"  # the room's last
    assert press(Qt.Key.Key_Home) == "Alpha"
    assert press(Qt.Key.Key_End) == "Gamma"
    assert press(Qt.Key.Key_Left) == "Beta"
    assert press(Qt.Key.Key_Up) == "Alpha"  # the lane above, the nearest in time
    assert press(Qt.Key.Key_Up) == "Delta"
    assert press(Qt.Key.Key_Up) == "Delta"  # the top lane
    assert press(Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier) == "Epsilon"
    assert press(Qt.Key.Key_Up) == "Beta"  # Hall A's second lane: Beta ends nearest 12:00
    assert press(Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier) == "Delta"
    assert timeline.current_day() == date(2026, 5, 4)  # none of these changed the day
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Space):
        with qtbot.waitSignal(timeline.session_activated) as activated:
            qtbot.keyClick(canvas, key)
        assert activated.args == [ids["Delta"]]


def test_a_screen_reader_hears_the_block_and_its_states(qtbot, make_timeline, store: Store) -> None:
    feed_id, ids = _grid(store)
    store.set_favourite(ids["Alpha"])
    store.set_favourite(ids["Beta"])  # overlaps Alpha: a clash
    store.set_favourite(ids["Epsilon"])  # overlaps no favourite
    timeline = make_timeline(store, _clock(2026, 5, 1, 7), feed_id)
    canvas = timeline.canvas
    name, description = _spoken(timeline)
    assert name == "Day timeline"
    assert description.startswith("Day timeline, Monday 4 May 2026: Day 1 of 1 · 5 sessions")
    assert "arrow keys move between sessions" in description
    _tab_into(qtbot, timeline)
    assert _spoken(timeline)[0] == "Delta, 10:00–10:30, Hall B"  # no favourite: no clash
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert _spoken(timeline) == (
        "Alpha, 10:00–11:00, Hall A, favourite, overlaps another favourite",
        description,
    )
    qtbot.keyClick(canvas, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert _spoken(timeline)[0] == "Epsilon, 12:00–12:30, Annex, favourite"
    # Another day: the name follows the block the keyboard is on there.
    timeline.set_day(date(2026, 5, 5))
    assert _spoken(timeline)[0] == "Day timeline"


def test_the_focused_block_has_a_frame_of_its_own(qtbot, make_timeline, store: Store) -> None:
    feed_id, ids = _grid(store)
    timeline = make_timeline(store, _clock(2026, 5, 1, 7), feed_id)
    canvas = timeline.canvas
    canvas.set_current_session(ids["Beta"])
    ring, _inner = canvas.focus_ring_colours()
    rect = canvas.block_rect(ids["Beta"])
    assert rect is not None

    def ring_pixels(image: QImage) -> int:
        """Pixels of the ring's colour just outside the block, all round."""
        outside = [
            *((x, rect.top() - 2) for x in range(rect.left() + 4, rect.right() - 4)),
            *((x, rect.bottom() + 2) for x in range(rect.left() + 4, rect.right() - 4)),
            *((rect.left() - 2, y) for y in range(rect.top() + 4, rect.bottom() - 4)),
            *((rect.right() + 2, y) for y in range(rect.top() + 4, rect.bottom() - 4)),
        ]
        return sum(QColor(image.pixel(x, y)) == ring for x, y in outside) * 100 // len(outside)

    assert ring_pixels(_image(timeline)) < 20  # not focused: only the block's own border
    _tab_into(qtbot, timeline)
    assert timeline.current_session_id() == ids["Beta"]
    assert ring_pixels(_image(timeline)) > 90  # a frame on every side, not only the block's
    # The whole grid is framed only on a day without sessions.
    whole = _image(timeline)
    highlight = canvas.palette().color(QPalette.ColorRole.Highlight)
    assert QColor(whole.pixel(whole.width() // 2, 1)) != highlight


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_focus_frame_stands_out_at_3_to_1(qtbot, theme: str) -> None:
    from support.a11y import contrast_ratio

    from briefing_app.ui.timeline.canvas import DayCanvas
    from briefing_app.ui.timeline.colours import block_colours
    from briefing_app.ui.widgets.theme import dark_palette, light_palette

    fusion = QStyleFactory.create("Fusion")
    assert fusion is not None
    palette = light_palette(fusion.standardPalette()) if theme == "light" else dark_palette()
    canvas = DayCanvas()
    qtbot.addWidget(canvas)
    canvas.setPalette(palette)
    ring, _inner = canvas.focus_ring_colours()
    grounds = {
        role.name: palette.color(role)
        for role in (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase)
    }
    grounds["window"] = palette.color(QPalette.ColorRole.Window)
    for track in ["", "Data", "City priorities", *(f"track {n}" for n in range(60))]:
        for cancelled in (False, True):
            grounds[f"{track!r} cancelled={cancelled}"] = block_colours(palette, track, cancelled)[
                0
            ]
    low = {name: round(contrast_ratio(ring, c), 2) for name, c in grounds.items()}
    assert all(ratio >= 3.0 for ratio in low.values()), low


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_the_menu_key_and_shift_f10_give_the_block_menu(qtbot, make_timeline, store: Store) -> None:
    feed_id, ids = _grid(store)
    timeline = make_timeline(store, _clock(2026, 5, 1, 7), feed_id)
    canvas = timeline.canvas
    _tab_into(qtbot, timeline)
    qtbot.keyClick(canvas, Qt.Key.Key_Down)  # Alpha
    qtbot.keyClick(canvas, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = canvas.block_menu
    assert menu is not None and menu.isVisible()
    labels = [action.text() for action in menu.actions()]
    assert labels == ["&Open session", "Add to &favourites"]
    assert menu.activeAction() is menu.actions()[0]  # the keys start on it, and it is said
    rect = canvas.block_rect(ids["Alpha"])
    assert rect is not None  # it opens under the block, not where the mouse is
    assert canvas.viewport().mapToGlobal(rect.bottomLeft()) == menu.pos()
    with qtbot.waitSignal(timeline.favourite_requested) as requested:
        menu.actions()[1].trigger()
    assert requested.args == [ids["Alpha"], True]
    menu.close()
    key = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), QPoint(0, 0))
    QApplication.sendEvent(canvas, key)  # the Menu key
    assert canvas.block_menu is not None and canvas.block_menu.isVisible()
    with qtbot.waitSignal(timeline.session_activated) as activated:
        canvas.block_menu.actions()[0].trigger()
    assert activated.args == [ids["Alpha"]]
    canvas.block_menu.close()
    # A right-click on a block makes it current and gives its menu.
    gamma = canvas.block_rect(ids["Gamma"])
    assert gamma is not None
    viewport = canvas.viewport()
    click = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, gamma.center(), viewport.mapToGlobal(gamma.center())
    )
    QApplication.sendEvent(viewport, click)
    assert timeline.current_session_id() == ids["Gamma"]
    assert canvas.block_menu is not None and canvas.block_menu.isVisible()
    canvas.block_menu.close()


def test_page_down_keeps_a_block_current_on_the_next_day(
    qtbot, make_timeline, sample_store: Store
) -> None:
    timeline = make_timeline(sample_store, _clock(2026, 3, 10, 12))
    timeline.set_day(date(2020, 4, 15))
    _tab_into(qtbot, timeline)
    first = timeline.current_session_id()
    assert first is not None
    qtbot.keyClick(timeline.canvas, Qt.Key.Key_PageDown)
    assert timeline.current_day() == date(2020, 5, 11)
    current = timeline.current_session_id()
    assert current is not None and current != first  # the focus frame went with the day
    assert _spoken(timeline)[0].startswith(sample_store.session(current).title + ", ")


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_the_block_menu_marks_a_favourite_in_the_window(
    qtbot, sample_window, sample_store: Store
) -> None:
    timeline = sample_window.timeline
    sample_window.tabs.setCurrentWidget(timeline)
    stage = sample_store.find_session("setting-the-stage-2020-05-11")
    assert not stage.favourite
    assert timeline.select_session(stage.id)
    menu = timeline.canvas.show_block_menu()
    assert menu is not None
    menu.actions()[1].trigger()
    qtbot.waitUntil(lambda: sample_store.session(stage.id).favourite)
    menu.close()
    # The Timeline reads it back: the block's name says so.
    qtbot.waitUntil(lambda: "favourite" in _spoken(timeline)[0])
    # The stored favourite rewrites the live agenda on a thread: done before the store closes.
    assert sample_window.agenda_writer.wait()
