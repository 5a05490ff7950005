"""Growth guards for the window's first paint: work counted, not timed, so they cannot flake.

* What the window's own connection runs before the first paint (the statements, SQLite's
  steps) is the same for a store with twenty times the past sessions: the first page of
  the list reads a week back, never the whole history; the filters' values (a pass over
  every session) are read on a thread after the paint.
* What the first screen does not show (the detail pane, the reminders, the filters'
  values) follows the first paint, or is built when asked for. (Its modules are not
  imported before the paint: tests/perf/test_gui.py, in a fresh interpreter.)
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget
from support.stores import small_and_large

from briefing_app.feeds.model import Feed, Series, Session
from briefing_app.store import SessionQuery, Store
from briefing_app.ui.main_window import MainWindow
from briefing_app.util.timeutil import utc_now

ROOT = Path(__file__).resolve().parents[2]
#: Tables of the features the first screen does not show (issue 16's tabs and filter):
#: no statement before the first paint names them.
FEATURES_AFTER_THE_PAINT = (
    "followup",
    "attendance",
    "organizations",
    "session_questions",
    "mydata_orphans",
    "kept_materials",
)
#: The list's first page in these tests (the window's is 1,000): upcoming sessions exceed it.
PAGE = 20
UPCOMING = 60


def _feed(past: int, *, long_session: bool = False) -> Feed:
    """*past* one-hour sessions before now (one an hour, going back), UPCOMING after it."""
    hour = utc_now().replace(minute=0, second=0, microsecond=0)
    sessions = []
    for n in range(past):
        start = hour - timedelta(hours=2 + n)
        sessions.append(_session(f"p{n}", f"Past {n}", start, start + timedelta(hours=1)))
    for n in range(UPCOMING):
        start = hour + timedelta(hours=1 + n)
        sessions.append(_session(f"u{n}", f"Upcoming {n}", start, start + timedelta(hours=1)))
    if long_session:  # on now, started before the week the first page reads back
        start = hour - timedelta(days=10)
        sessions.append(_session("fair", "The fair", start, hour + timedelta(days=10)))
    return Feed(
        format="briefing-feed",
        series=Series(id="conf", title="Conference", timezone="UTC"),
        sessions=tuple(sessions),
    )


def _session(source_id: str, title: str, start: datetime, end: datetime) -> Session:
    return Session(
        id=source_id,
        title=title,
        start=start,
        end=end,
        timezone="UTC",
        track="Web" if len(title) % 2 else "Data",
    )


class _Work:
    """What the store's connection runs: statements (SQLite's trace) and steps (per 100)."""

    def __init__(self, store: Store) -> None:
        self.statements: list[str] = []
        self.steps = 0
        self._conn = store.db.conn
        self._conn.set_trace_callback(self.statements.append)
        self._conn.set_progress_handler(self._step, 100)

    def _step(self) -> int:
        self.steps += 1
        return 0

    def stop(self) -> tuple[list[str], int]:
        self._conn.set_trace_callback(None)
        self._conn.set_progress_handler(None, 0)
        return self.statements, self.steps


class _FirstPaint(QObject):
    """Stops counting the window's work at its first paint (what a user waits for)."""

    def __init__(self, work: _Work) -> None:
        super().__init__()
        self.work = work
        self.seen: tuple[list[str], int] | None = None

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.seen is None:
            self.seen = self.work.stop()
        return False


def _open_window(
    qtbot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> tuple[MainWindow, list[str], int]:
    """The window on *store*, shown and painted: the statements and steps before its paint."""
    monkeypatch.setattr("briefing_app.ui.sessions.tab.FIRST_SCREEN", PAGE)
    work = _Work(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    probe = _FirstPaint(work)
    for widget in (window, *window.findChildren(QWidget)):
        widget.installEventFilter(probe)
    with qtbot.waitSignal(window.first_painted, timeout=10_000):
        window.show()
    assert probe.seen is not None
    statements, steps = probe.seen
    return window, statements, steps


@pytest.fixture
def stores(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    with small_and_large(tmp_path, _feed(100), _feed(2_000)) as both:
        yield both


def test_the_work_before_the_first_paint_does_not_grow_with_the_store(
    qtbot, stores: tuple[Store, Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    small, large = stores
    past = [store.session_count() - UPCOMING for store in (small, large)]
    assert past[1] == 20 * past[0]
    small_window, small_sql, small_steps = _open_window(qtbot, small, monkeypatch)
    large_window, large_sql, large_steps = _open_window(qtbot, large, monkeypatch)
    whole = large.session_index(SessionQuery(ending_after=utc_now()))
    assert [e.id for e in large_window.model.entries[:PAGE]] == [e.id for e in whole[:PAGE]]
    # The same statements, about the same steps (the whole history walked would be 20×).
    assert len(large_sql) == len(small_sql)
    assert large_steps <= 1.5 * small_steps + 20, (small_steps, large_steps)
    for sql in large_sql:  # no pass over every session: no count, no distinct values
        assert "count(" not in sql.lower() and "DISTINCT" not in sql, sql
        # Nor what the tabs and filters after the paint show: follow-ups, attendance, the
        # organizations (the filter's names come with the other values), questions.
        for table in FEATURES_AFTER_THE_PAINT:
            assert table not in sql, (table, sql)
    # And after the paint: the whole list, the filters' values, the detail pane.
    for window in (small_window, large_window):
        qtbot.waitUntil(lambda w=window: not w.sessions.filter_bar.pending, timeout=10_000)
        assert window.sessions.detail_built
    qtbot.waitUntil(lambda: large_window.model.session_count() == UPCOMING, timeout=10_000)
    tracks = large_window.filters["track"]
    assert [tracks.itemData(i) for i in range(tracks.count())] == [None, "Data", "Web"]
    assert large_window.detail_panel.session_id == whole[0].id
    assert "Upcoming 0" in large_window.detail.toPlainText()


def test_a_long_session_on_now_joins_the_list_when_the_whole_list_comes(
    qtbot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.import_feed("https://example.org/conf.json", _feed(30, long_session=True))
    fair = store.find_session("fair")
    monkeypatch.setattr("briefing_app.ui.sessions.tab.FIRST_SCREEN", PAGE)
    window = MainWindow(store)
    qtbot.addWidget(window)
    # The first page reads a week back: the fair (ten days on) is not on it yet ...
    assert fair.id not in [e.id for e in window.model.entries]
    assert window.sessions.list_status.startswith(f"{PAGE}+ sessions shown")
    window.show()
    # ... the whole list, read once the window has painted, has it first.
    qtbot.waitUntil(lambda: window.model.session_count() == UPCOMING + 1, timeout=10_000)
    assert window.model.entries[0].id == fair.id
    assert window.sessions.list_status.startswith(f"{UPCOMING + 1} sessions shown")


def test_what_a_window_is_asked_for_before_its_paint_is_built_then(
    qtbot, sample_store: Store
) -> None:
    window = MainWindow(sample_store)
    qtbot.addWidget(window)
    assert not window.sessions.detail_built
    assert window.sessions.filter_bar.pending
    assert window._reminder_parts is None
    kinds = window.filters["kind"]  # asked for: the values are read now
    assert not window.sessions.filter_bar.pending and kinds.count() > 2
    window.detail_panel.show_session(None)  # asked for: built, in its place
    assert window.sessions.detail_built  # in the splitter's second place (in its scroll area)
    assert window.sessions.widget(1).isAncestorOf(window.detail_panel)
    assert window.dates._date_boxes is None  # made when "Dates…" is first chosen
    window.dates.preset.setCurrentIndex(window.dates.preset.findData("custom"))
    assert not window.dates.first.isHidden() and not window.dates.last.isHidden()
    banner = window.reminder_banner
    layout = window.centralWidget().layout()
    assert layout.indexOf(banner) == layout.indexOf(window.tabs) + 1  # under the tabs


def test_a_detail_pane_built_behind_the_first_run_card_shows_beside_the_sample(
    qtbot, sample_store: Store
) -> None:
    window = MainWindow(sample_store)
    qtbot.addWidget(window)
    window.resize(1000, 600)
    with qtbot.waitSignal(window.first_painted, timeout=10_000):
        window.show()
    assert window.in_first_run() and window.sessions.detail_built
    assert not window.detail_panel.isVisible()  # its scroll area is hidden
    window.show_past.setChecked(True)  # "Show the 2020 sample sessions"
    assert not window.in_first_run() and window.detail_panel.isVisible()
    qtbot.waitUntil(lambda: window.detail_panel.width() > 250)
    assert window.detail.toPlainText()  # the selected session, in full


def test_filter_values_that_come_after_the_window_closed_are_let_go(
    qtbot, sample_store: Store
) -> None:
    import shiboken6

    window = MainWindow(sample_store)
    tab = window.sessions
    shiboken6.delete(window)  # as a window closed while its reading thread still ran
    assert not shiboken6.isValid(tab)
    tab._tell_filter_values_read()  # what the thread calls when it is done: no error
