"""The session list's whole-list load gives way while the window opens another tab.

At 100,000 sessions the load builds its entries in Python on the search thread for a
second or more after the first paint; a tab opened meanwhile (the Timeline) read and
laid out its day at half speed, sharing the interpreter. The load now waits where it is
until the tab has painted, and goes on from there: nothing is read twice, nothing lost.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication

from briefing_app.store import SessionQuery, Store
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.workers.search_worker import FIRST_PAGE, SearchRunner
from briefing_app.usecases.imports import import_file

SESSIONS = 2400


def _store(store: Store, tmp_path: Path) -> Store:
    first = date(2099, 1, 5)
    sessions = [
        {
            "id": f"s{n}",
            "title": f"Session {n:05d}",
            "start": f"{first + timedelta(days=n // 8)}T{9 + n % 8:02d}:00:00-05:00",
            "end": f"{first + timedelta(days=n // 8)}T{9 + n % 8:02d}:45:00-05:00",
        }
        for n in range(SESSIONS)
    ]
    feed = tmp_path / "big.json"
    feed.write_text(
        json.dumps(
            {
                "format": "briefing-feed",
                "version": 1,
                "series": {"id": "big", "title": "Big", "timezone": "America/Toronto"},
                "sessions": sessions,
            }
        ),
        encoding="utf-8",
    )
    import_file(store, feed)
    return store


def test_a_whole_list_load_waits_while_giving_way_and_goes_on_after(
    qtbot, store: Store, tmp_path: Path
) -> None:
    _store(store, tmp_path)
    runner = SearchRunner(store.path)
    done: list[object] = []
    runner.completed.connect(lambda _serial, entries: done.append(entries))
    try:
        runner.give_way()
        assert not runner.going.is_set()
        runner.load_rest(1, SessionQuery())
        qtbot.wait(300)  # unpaused, 2,400 entries take a few milliseconds
        assert done == [] and runner.pending == 1
        runner.go_on()
        qtbot.waitUntil(lambda: bool(done), timeout=10_000)
        entries = done[0]
        assert isinstance(entries, list) and len(entries) == SESSIONS  # all of it, once
    finally:
        runner.stop()


def test_a_search_typed_meanwhile_is_answered_at_once(qtbot, store: Store, tmp_path: Path) -> None:
    _store(store, tmp_path)
    runner = SearchRunner(store.path)
    answers: list[int] = []
    overtaken: list[object] = []
    runner.answered.connect(lambda serial, _page: answers.append(serial))
    runner.completed.connect(lambda serial, entries: overtaken.append((serial, entries)))
    try:
        runner.give_way()
        runner.load_rest(1, SessionQuery())
        qtbot.wait(100)  # the load is waiting for the tab
        runner.search(2, SessionQuery(text="Session"))
        # Long before the give-way's longest wait (1 s) ends: the load stops overtaken.
        qtbot.waitUntil(lambda: answers == [2], timeout=900)
        assert (1, None) in overtaken
    finally:
        runner.stop()


def test_opening_a_tab_pauses_the_load_until_the_tab_has_painted(
    qtbot, store: Store, tmp_path: Path
) -> None:
    _store(store, tmp_path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window._first_painted, timeout=5000)  # the load is on its way
    searcher = window.searcher
    window.tabs.setCurrentWidget(window.timeline)  # built and read now
    assert not searcher.going.is_set()
    window.timeline.repaint()  # its paint ends the wait (a turn of the loop later)
    QApplication.processEvents()
    assert searcher.going.is_set()
    # The list is whole once the load went on.
    assert searcher.wait()
    assert window.model.session_count() == SESSIONS
    window.show_past.setChecked(True)
    assert searcher.wait()
    assert window.model.session_count() == SESSIONS
    # Back on the list: nothing waits.
    window.tabs.setCurrentWidget(window.agenda)
    assert not searcher.going.is_set()
    window.tabs.setCurrentWidget(window.sessions)
    assert searcher.going.is_set()
    assert FIRST_PAGE < SESSIONS  # the load that gave way was a real second answer
