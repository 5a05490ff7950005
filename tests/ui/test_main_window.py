"""The first window, driven as a user would with pytest-qt."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage

from briefing_app.store import SessionQuery, Store
from briefing_app.tools import screenshots
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.sessions.session_list import SessionListModel
from briefing_app.ui.sessions.session_model import Column, SessionTableModel


@pytest.fixture
def window(qtbot, sample_store: Store) -> MainWindow:
    win = MainWindow(sample_store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _titles(win: MainWindow) -> list[str]:
    return win.visible_titles()


def test_window_shows_the_sample_series(window: MainWindow) -> None:
    assert _titles(window) == [
        "Re-Imagine the City of Toronto: Virtual Kick-off",
        "Setting the Stage",
        "Procurement Improvement & Innovation Working Group",
        "Procurement Innovation Expert Discussion",
        "Planning Session: Fall–Winter 2020 Series",
    ]
    # Nothing in 2020 is upcoming, and the user has no feed of their own: the call to
    # action stands where the list would be (the list holds the recent ones behind it).
    assert window.in_first_run()
    assert not window.notice.isVisible()
    # Grouped by day (in the event's zone, as all rows share it): the heading names the
    # day, the row the times, in the event's zone and mine.
    assert window.model.index(0, 0).data() == "Wednesday 15 April 2020  ·  1 session"
    assert window.model.index_at(1, Column.WHEN).data() == "13:00–14:30 EDT (17:00–18:30 UTC)"
    assert window.model.index_at(1, Column.WHEN).data(Qt.ItemDataRole.ToolTipRole) == (
        "Mon 11 May 2020 13:00–14:30 EDT (17:00–18:30 UTC)"
    )
    assert "Sample series from 2020" in window.statusBar().currentMessage()


def test_selecting_a_row_fills_the_detail_pane(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.session_selected) as blocker:
        window.table.setCurrentIndex(window.model.index_at(1))
    assert window.current_session_id() == blocker.args[0]
    text = window.detail.toPlainText()
    assert "Setting the Stage" in text
    assert "Josie Scioli (presenter), Deputy City Manager, Corporate Services" in text
    assert "Mon 11 May 2020 13:00–14:30 EDT (America/Toronto)" in text
    assert "https://meet.example.org/reimagine-toronto/setting-the-stage" in text


def test_typing_a_search_filters_the_list(qtbot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search, "procurement")
    qtbot.waitUntil(lambda: len(_titles(window)) == 2, timeout=2000)
    assert set(_titles(window)) == {
        "Procurement Innovation Expert Discussion",
        "Procurement Improvement & Innovation Working Group",
    }
    window.search.clear()
    qtbot.waitUntil(lambda: len(_titles(window)) == 5, timeout=2000)
    window.search.setText('"unterminated * - :')
    qtbot.waitUntil(lambda: "No sessions match" in window.notice.text(), timeout=2000)
    assert _titles(window) == []


def test_show_past_toggle(qtbot, window: MainWindow) -> None:
    window.show_past.setChecked(True)
    assert len(_titles(window)) == 5
    # No "no upcoming sessions" any more: only what the list is (the sample, while the
    # user has no feed of their own).
    assert "No upcoming" not in window.notice.text()
    assert "Sample series from 2020" in window.notice.text()


def test_session_model_passes_the_model_tester(qtmodeltester, sample_store: Store) -> None:
    model = SessionTableModel()
    model.set_records(sample_store.sessions())
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 5


@pytest.mark.parametrize("sort", ["time", "title", "track", "favourite"])
def test_session_list_model_passes_the_model_tester(
    qtmodeltester, sample_store: Store, sort: str
) -> None:
    model = SessionListModel(sample_store.sessions_by_ids)
    model.set_entries(sample_store.session_index(SessionQuery(sort=sort)), sort=sort)  # type: ignore[arg-type]
    qtmodeltester.check(model, force_py=True)
    assert model.session_count() == 5
    # Five sessions on four days, in four tracks; title and favourite order is not grouped.
    headings = {"time": 4, "title": 0, "track": 4, "favourite": 0}[sort]
    assert model.rowCount() == 5 + headings


def test_links_open_only_for_web_schemes(window: MainWindow, monkeypatch) -> None:
    opened: list[str] = []
    # The OS browser cannot run here; record what would be opened.
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    window._open_link(QUrl("https://meet.example.org/x"))
    window._open_link(QUrl("file:///etc/passwd"))
    window._open_link(QUrl("javascript:alert(1)"))
    assert opened == ["https://meet.example.org/x"]


def test_screenshot_script_renders_png(tmp_path: Path) -> None:
    # The shot waits for the filters' values and the layout they ask for; by then the
    # window is at least 719 pixels high at 1000 wide (the detail pane's least height).
    assert screenshots.main([str(tmp_path), "--width", "1000", "--height", "760"]) == 0
    image = QImage(str(tmp_path / "main-window.png"))
    assert (image.width(), image.height()) == (1000, 760)
    assert not image.isNull()


def test_clicking_the_star_or_pressing_space_toggles_favourite(
    qtbot, window: MainWindow, sample_store: Store
) -> None:
    window.show_past.setChecked(True)  # the sample's sessions, not the call to add a feed
    star = window.model.index_at(3, Column.FAVOURITE)
    assert star.data() == "☆"
    rect = window.table.visualRect(star)
    with qtbot.waitSignal(window.favourite_toggled) as blocker:
        qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    session_id, on = blocker.args
    assert on is True
    assert sample_store.session(session_id).favourite
    assert window.model.index_at(3, Column.FAVOURITE).data() == "★"
    window.table.setFocus()
    with qtbot.waitSignal(window.favourite_toggled) as blocker:
        qtbot.keyClick(window.table, Qt.Key.Key_Space)
    assert blocker.args == [session_id, False]
    assert not sample_store.session(session_id).favourite


def test_import_runs_in_the_background_and_refreshes(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    import json

    from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes

    feed = json.loads(read_resource_bytes(SAMPLE_FEED))
    feed["series"]["id"] = "autumn"
    for n, session in enumerate(feed["sessions"]):
        session["id"] = f"autumn-{n}"
        session["title"] = f"Autumn briefing {n}"
        session["start"] = f"2099-10-{n + 1:02d}T10:00:00-04:00"
        session["end"] = f"2099-10-{n + 1:02d}T11:00:00-04:00"
        session.pop("case_studies", None)
    feed.pop("case_studies")
    path = tmp_path / "autumn.json"
    path.write_text(json.dumps(feed), encoding="utf-8")
    with qtbot.waitSignal(window.import_finished, timeout=10_000) as blocker:
        window.import_file(path)
    assert blocker.args[0].summary() == "imported 5 sessions"
    # Now something is upcoming: the list shows only that, and no notice.
    assert _titles(window) == [f"Autumn briefing {n}" for n in range(5)]
    assert not window.notice.isVisible()


def test_import_of_a_bad_file_says_why_and_changes_nothing(
    qtbot, window: MainWindow, sample_store: Store, tmp_path: Path
) -> None:
    before = sample_store.dump()
    path = tmp_path / "broken.json"
    path.write_text('{"format": "briefing-feed", "version": 1, "series": 5, "sessions": []}')
    window.import_file(path)
    qtbot.waitUntil(lambda: "Could not import" in window.messages.text(), timeout=10_000)
    assert "broken.json: at $.series: expected an object" in window.messages.text()
    assert window.messages.kind == "error" and window.messages.button("Retry") is not None
    assert window.import_action.isEnabled()
    assert sample_store.dump() == before


def test_favourites_keep_the_live_agenda_current(
    qtbot, window: MainWindow, sample_store: Store
) -> None:
    import icalendar

    from briefing_app.calendar.export import live_agenda_path

    session_id = window.model.record(window.model.index_at(1)).id
    window.set_favourite(session_id, True)
    window.agenda_writer.wait()  # written off the GUI thread
    live = live_agenda_path(sample_store)
    summaries = [
        str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(live.read_bytes()).walk("VEVENT")
    ]
    assert summaries == ["Setting the Stage"]
    window.set_favourite(session_id, False)
    window.agenda_writer.wait()
    assert not list(icalendar.Calendar.from_ical(live.read_bytes()).walk("VEVENT"))
