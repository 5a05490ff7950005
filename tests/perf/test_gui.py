"""Growth guards for the window: work counted, not timed, so they cannot flake.

* The Timeline reads one day: the session records it builds and holds, and the statements
  it runs, do not grow with the store (a store ten times larger, the same day); with
  rooms and tracks hidden, neither do the rows SQLite visits (instructions counted).
* The day list visits a row per day, not per session (days ten times fuller, the same work).
* The first paint builds no tab that is not shown and imports none of their modules.
"""

from __future__ import annotations

import dataclasses
import gc
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from briefing_app.feeds.model import Feed, Series, Session
from briefing_app.store import SessionRecord, Store
from briefing_app.store.areas import ON_FIRST_USE
from briefing_app.ui.timeline.view import DayTimeline
from briefing_app.usecases.startup import open_store

ROOT = Path(__file__).resolve().parents[2]
PER_DAY = 24
#: Reads bounded by a day, or by one row (SQLite's trace shows the values bound).
ONE_DAY = re.compile(r"WHERE s\.start_utc >= '[^']+' AND s\.start_utc < '[^']+'")
ONE_ROW = re.compile(r"WHERE s\.id = \d+")
FIRST_DAY = date(2026, 2, 1)


def _feed(days: int, per_day: int = PER_DAY) -> Feed:
    """*days* conference days of *per_day* sessions each (8:00-16:00 UTC), in four rooms,
    Brussels time."""
    sessions = []
    for day in range(days):
        morning = datetime.combine(FIRST_DAY + timedelta(days=day), datetime.min.time(), UTC)
        for n in range(per_day):
            start = morning + timedelta(hours=8, minutes=(n // 4) * 4 * 480 // per_day)
            sessions.append(
                Session(
                    id=f"d{day}-s{n}",
                    title=f"Talk {n} of day {day}",
                    start=start,
                    end=start + timedelta(minutes=50),
                    timezone="Europe/Brussels",
                    location=f"Room {n % 4}",
                    track="Web" if n % 2 else "Data",
                )
            )
    return Feed(
        format="briefing-feed",
        series=Series(id="conf", title="Conference", timezone="Europe/Brussels"),
        sessions=tuple(sessions),
        rooms=tuple(f"Room {n}" for n in range(4)),
    )


class _Instructions:
    """SQLite virtual-machine instructions run on the store's connection: one per row
    visited and per check made, so a read that visits more rows shows it exactly (an
    index seek is one instruction however deep the tree)."""

    def __init__(self, store: Store) -> None:
        self.count = 0
        self._store = store

    def _step(self) -> int:
        self.count += 1
        return 0

    def __enter__(self) -> _Instructions:
        self._store.db.conn.set_progress_handler(self._step, 1)
        return self

    def __exit__(self, *_exc: object) -> None:
        self._store.db.conn.set_progress_handler(None, 0)


class _Statements:
    """Every SQL statement the store's connection runs (SQLite's own trace hook)."""

    def __init__(self, store: Store) -> None:
        self.seen: list[str] = []
        self._store = store
        store.db.conn.set_trace_callback(self.seen.append)

    def close(self) -> None:
        self._store.db.conn.set_trace_callback(None)

    def session_reads(self) -> list[str]:
        """Statements that read whole session rows (the record columns)."""
        return [sql for sql in self.seen if "presenter_names" in sql]


def _records_alive() -> int:
    gc.collect()
    return sum(1 for thing in gc.get_objects() if isinstance(thing, SessionRecord))


def _open_day(qtbot, store: Store) -> tuple[DayTimeline, int, list[str], list[str]]:
    """The Timeline opened on the conference's second day: its view, the session records
    alive, the statements it ran, and those that read session rows."""
    watch = _Statements(store)
    before = _records_alive()
    timeline = DayTimeline(store, now=lambda: datetime(2026, 2, 2, 12, tzinfo=UTC))
    qtbot.addWidget(timeline)
    timeline.resize(900, 500)
    timeline.show()
    qtbot.waitExposed(timeline)
    timeline.next_day()  # and a day change: that day only
    timeline.previous_day()
    held = _records_alive() - before
    watch.close()
    return timeline, held, watch.seen, watch.session_reads()


@pytest.fixture
def stores(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    small = Store(tmp_path / "small" / "briefing.db")
    large = Store(tmp_path / "large" / "briefing.db")
    small.import_feed("https://example.org/conf.json", _feed(3))
    large.import_feed("https://example.org/conf.json", _feed(30))
    yield small, large
    small.close()
    large.close()


def test_the_timeline_reads_one_day_whatever_the_store_holds(
    qtbot, stores: tuple[Store, Store]
) -> None:
    small, large = stores
    assert large.session_count() == 10 * small.session_count()
    small_view, small_held, small_sql, small_reads = _open_day(qtbot, small)
    large_view, large_held, large_sql, large_reads = _open_day(qtbot, large)

    for view in (small_view, large_view):
        assert view.current_day() == date(2026, 2, 2)
        layout = view.layout_of_day()
        assert layout is not None and len(layout.blocks) == PER_DAY
    assert len(large_view.days()) == 30  # the day list is whole: ◀ ▶ and "Day 2 of 30"
    assert "Day 2 of 30" in large_view.info_label.text()
    # Records built and held: one day's, not the store's.
    assert small_held == large_held
    assert large_held <= 2 * PER_DAY
    # The same statements, and every read of session rows is bounded by a day.
    assert len(large_sql) == len(small_sql)
    assert len(large_reads) == len(small_reads) > 0
    assert all(ONE_DAY.search(sql) for sql in large_reads), large_reads


def test_a_session_on_another_day_is_found_without_reading_the_store(
    qtbot, stores: tuple[Store, Store]
) -> None:
    _small, large = stores
    timeline, _held, _sql, _reads = _open_day(qtbot, large)
    last = large.sessions(newest_first=True, limit=1)[0]
    watch = _Statements(large)
    assert timeline.select_session(last.id)
    watch.close()
    assert timeline.current_session_id() == last.id
    assert timeline.current_day() == date(2026, 3, 2)
    reads = watch.session_reads()
    assert reads and all(ONE_DAY.search(sql) or ONE_ROW.search(sql) for sql in reads), reads


def test_a_day_with_hidden_rooms_and_tracks_reads_that_day_only(
    qtbot, stores: tuple[Store, Store]
) -> None:
    """The hidden rooms' sessions are left out on the day's own rows: their ids are not
    gathered from every day of the store first (a list that grew with the store)."""
    counted = []
    for store in stores:
        store.set_hidden("room", "Room 2")
        store.set_hidden("track", "Web")
        timeline, _held, _sql, _reads = _open_day(qtbot, store)
        with _Instructions(store) as work:
            timeline.next_day()
            timeline.previous_day()
        counted.append(work.count)
        layout = timeline.layout_of_day()
        assert layout is not None
        shown = {block.record.id for block in layout.blocks}
        day = [s for s in store.sessions() if s.start.date() == date(2026, 2, 2)]
        assert {s.location for s in day} >= {"Room 2"} and {s.track for s in day} >= {"Web"}
        assert shown == {s.id for s in day if s.location != "Room 2" and s.track != "Web"}
        assert "Room 2" not in {row.label for row in layout.rows}
    small, large = counted
    assert small > 0
    assert large <= small + small // 50, (small, large)  # a store ten times larger


def test_the_day_list_reads_a_row_per_day_not_per_session(tmp_path: Path) -> None:
    """Which days have sessions: one index seek per day, however full the days are."""
    counted = []
    for per_day in (PER_DAY, 10 * PER_DAY):
        with Store(tmp_path / f"{per_day}.db") as store:
            store.import_feed("https://example.org/conf.json", _feed(3, per_day))
            assert store.session_count() == 3 * per_day
            with _Instructions(store) as work:
                days = store.session_days("Europe/Brussels")
            assert days == [FIRST_DAY + timedelta(days=n) for n in range(3)]
            counted.append(work.count)
    sparse, full = counted
    assert full <= sparse + sparse // 50, (sparse, full)


_FIRST_PAINT = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget
from briefing_app.ui.app import make_application
from briefing_app.ui.main_window import MainWindow
from briefing_app.usecases.startup import open_store
WATCHED = (
    "briefing_app.ui", "briefing_app.sync", "briefing_app.feeds", "briefing_app.workspace",
    "briefing_app.calendar", "icalendar", "requests", "PySide6.QtNetwork", "briefing_app.store",
    "tzlocal", "html",
)
app = make_application(icon=False)
window = MainWindow(open_store(sys.argv[1]))
answer = {}

class FirstPaint(QObject):  # what is there when the window paints for the first time
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not answer:
            answer.update(
                modules=sorted(m for m in sys.modules if m.startswith(WATCHED)),
                built=sorted(window._built_tabs),
                tabs=[window.tabs.tabText(i) for i in range(window.tabs.count())],
                detail=window.sessions.detail_built,
                # The Python classes PySide has built (it builds one, and its enums, when
                # first named or when it types an object it wraps).
                qt_classes=sorted(
                    name
                    for module in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets")
                    for name, value in vars(sys.modules[module]).items()
                    if isinstance(value, type)
                ),
                first_run_built=window.sessions._first_run is not None,
            )
            QTimer.singleShot(0, app.quit)
        return False

probe = FirstPaint()
for widget in (window, *window.findChildren(QWidget)):
    widget.installEventFilter(probe)
window.show()
app.exec()
print(json.dumps(answer))
window.close()
"""

#: Modules of the tabs not shown first, and of dialogs not open: loaded when first used.
NOT_BEFORE_FIRST_PAINT = (
    "briefing_app.ui.timeline.view",
    "briefing_app.ui.agenda.view",
    "briefing_app.ui.presenters.view",
    "briefing_app.ui.casestudies.view",
    "briefing_app.ui.changes.view",
    "briefing_app.ui.organizations.view",
    "briefing_app.ui.now_next.view",
    "briefing_app.ui.dialogs.settings",
    "briefing_app.ui.dialogs.export",
    "briefing_app.ui.dialogs.zone_picker",
    "briefing_app.ui.dialogs.damaged_database",
    # The detail pane, the reminders and the single-instance server follow the first paint.
    "briefing_app.ui.sessions.detail_panel",
    "briefing_app.ui.sessions.note_history",
    "briefing_app.ui.widgets.markdown_view",
    "briefing_app.ui.reminder_alerts",
    "PySide6.QtNetwork",
    # Syncing, the workspace, calendar files: on first use (the feed parsers load at the
    # first start, to seed the sample).
    "requests",
    "briefing_app.sync.engine",
    "briefing_app.sync.http",
    "briefing_app.workspace.base",
    "briefing_app.calendar.export",
    "briefing_app.calendar.followups",
    "briefing_app.ui.followups.view",
    "icalendar",
    # The store's areas that load on first use (store/areas.py): the first screen reads
    # sessions, feeds, settings and hidden names only; organizations are read for the
    # filter after the paint, follow-ups, attendance, questions ... when shown.
    *(f"briefing_app.store.{area}" for area in ON_FIRST_USE),
    # A list's records are defined, not a detail's, a presenter's or an export's (13 frozen
    # dataclasses); the focus style follows the paint; the language switch is made when
    # the setting changes; the local zone is read from /etc/localtime's link (tzlocal
    # searched the tzdata package); html.entities (2,000 names) when the sample's notice
    # shows.
    "briefing_app.store.record_details",
    "briefing_app.ui.widgets.accessible_style",
    "briefing_app.ui.language_switch",
    "tzlocal",
    "html",
)
#: Qt classes the first paint does not need, each costly for PySide to build in Python:
#: QStyle (a QProxyStyle subclass defined at import built it and 18 enums, ~700 values);
#: QWizard, QGraphicsView, QMdiArea (built, with every other QWidget subclass, when PySide
#: wraps a plain QWidget it did not make, e.g. a scroll area's viewport(): 42 enums).
QT_CLASSES_NOT_BEFORE_FIRST_PAINT = (
    "QStyle",
    "QProxyStyle",
    "QWizard",
    "QGraphicsView",
    "QMdiArea",
)


@pytest.mark.slow  # a fresh interpreter: PySide6 and the app's modules load from scratch
def test_the_first_paint_builds_and_imports_only_the_sessions_tab(data_dir: Path) -> None:
    open_store(data_dir).close()  # the first start (sample, daily check) is behind it
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(data_dir / "config"),
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_PAINT, str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    assert answer["tabs"] == [
        "Sessions",
        "Timeline",
        "My agenda",
        "Presenters",
        "Case studies",
        "Changes",
        "Follow-ups",
        "Organizations",
        "Now && next",
    ]
    assert answer["built"] == []
    assert answer["detail"] is False
    assert "briefing_app.ui.sessions.tab" in answer["modules"]
    assert [m for m in NOT_BEFORE_FIRST_PAINT if m in answer["modules"]] == []
    assert "briefing_app.store.record_types" in answer["modules"]  # the list's records
    # No Qt class built that the first screen does not show (the check is a true one:
    # the window builds some, the table's among them).
    assert {"QMainWindow", "QTableView", "QHeaderView"} <= set(answer["qt_classes"])
    assert [c for c in QT_CLASSES_NOT_BEFORE_FIRST_PAINT if c in answer["qt_classes"]] == []


@pytest.mark.slow  # a fresh interpreter, as above
def test_a_window_with_a_feed_of_its_own_builds_no_first_run_card(
    data_dir: Path, tmp_path: Path
) -> None:
    """The call to action (its style sheets polished) is built when first shown."""
    store = open_store(data_dir)
    store.import_feed("https://example.org/conf.json", _feed(3))
    store.close()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_PAINT, str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    assert answer["first_run_built"] is False


def test_a_tab_is_built_in_its_place_when_first_shown(qtbot, sample_store: Store) -> None:
    from briefing_app.ui.main_window import MainWindow

    window = MainWindow(sample_store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window._built_tabs == {}
    changes: list[int] = []
    window.tabs.currentChanged.connect(changes.append)
    window.tabs.setCurrentIndex(1)
    timeline = window.tabs.currentWidget()
    assert isinstance(timeline, DayTimeline)
    assert timeline is window.timeline
    assert window.tabs.tabText(1) == "Timeline"
    assert changes == [1]  # one change told, not the swap behind it
    assert timeline.layout_of_day() is not None  # read when shown
    assert set(window._built_tabs) == {"timeline"}
    assert window.agenda is window.tabs.widget(2)  # asked for: built, in its place
    assert window.tabs.currentIndex() == 1


def test_filter_values_read_ahead_are_the_same_and_read_again_after_a_write(
    stores: tuple[Store, Store],
) -> None:
    small, _large = stores
    expected = small.filter_values()
    assert expected["track"] == ["Data", "Web"]
    watch = _Statements(small)
    small.prefetch_filter_values()
    assert small.filter_values() == expected
    assert not [sql for sql in watch.seen if "DISTINCT" in sql]  # read on the other thread
    # A write on this connection in between: the answer read ahead is not trusted.
    small.prefetch_filter_values()
    feed = _feed(3)
    changed = Feed(
        format=feed.format,
        series=feed.series,
        sessions=tuple(dataclasses.replace(s, track="Ops") for s in feed.sessions),
        rooms=feed.rooms,
    )
    small.import_feed("https://example.org/conf.json", changed)
    assert small.filter_values()["track"] == ["Ops"]
    assert [sql for sql in watch.seen if "DISTINCT" in sql]
    watch.close()


def test_a_long_list_stops_between_chunks_once_overtaken(
    stores: tuple[Store, Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing_app.errors import OperationCancelledError
    from briefing_app.store import SessionQuery

    _small, large = stores
    asked: list[int] = []

    def overtaken() -> bool:
        asked.append(1)
        return len(asked) > 1  # the first chunk is read, then it is overtaken

    large.cancel_when(overtaken, every=10**9)  # SQLite's own check never fires here
    assert len(large.session_index(SessionQuery())) == 30 * PER_DAY  # one chunk: asked once
    assert len(asked) == 1
    asked.clear()
    monkeypatch.setattr("briefing_app.store.query._CHUNK", 100)
    with pytest.raises(OperationCancelledError):
        large.session_index(SessionQuery())
    assert len(asked) == 2
    large.cancel_when(None)


def test_the_presenters_list_holds_no_bios(sample_store: Store) -> None:
    whole = sample_store.presenters()
    brief = sample_store.presenters(brief=True)
    assert any(p.bio for p in whole)  # the sample has bios: leaving them out is seen
    assert [dataclasses.replace(p, bio="", links=()) for p in whole] == brief
    assert all(not p.bio and not p.links for p in brief)
    match = whole[0].name.split()[0]
    assert [p.id for p in sample_store.presenters(search=match, brief=True)] == [
        p.id for p in sample_store.presenters(search=match)
    ]
