"""The detail pane: favourite, Join (from 15 minutes before), Add to calendar, notes never lost."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import icalendar
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from briefing_app.store import Store
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.sessions.detail_panel import SessionDetailPanel


def test_join_opens_fifteen_minutes_before_until_the_end(
    qtbot, sample_store: Store, monkeypatch
) -> None:
    stage = sample_store.find_session("setting-the-stage-2020-05-11")
    now = [stage.start - timedelta(minutes=20)]
    panel = SessionDetailPanel(sample_store, clock=lambda: now[0])
    qtbot.addWidget(panel)
    panel.show()
    panel.show_session(stage.id)
    assert panel.join_button.isVisible() and not panel.join_button.isEnabled()
    assert "15 minutes before" in panel.join_hint.text()
    now[0] = stage.start - timedelta(minutes=15)
    panel._update_join()
    assert panel.join_button.isEnabled()
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    qtbot.mouseClick(panel.join_button, Qt.MouseButton.LeftButton)
    assert opened == ["https://meet.example.org/reimagine-toronto/setting-the-stage"]
    now[0] = stage.end
    panel._update_join()
    assert not panel.join_button.isEnabled() and "ended" in panel.join_hint.text()


def test_add_to_calendar_writes_one_event(qtbot, sample_store: Store, tmp_path: Path) -> None:
    panel = SessionDetailPanel(sample_store)
    qtbot.addWidget(panel)
    stage = sample_store.find_session("setting-the-stage-2020-05-11")
    panel.show_session(stage.id)
    out = tmp_path / "stage.ics"
    panel.export_to(out)
    (event,) = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Setting the Stage"


def test_notes_save_while_typing_on_switch_and_on_close(qtbot, sample_store: Store) -> None:
    window = MainWindow(sample_store)
    qtbot.addWidget(window)
    window.show()
    window.show_past.setChecked(True)
    first = sample_store.find_session("setting-the-stage-2020-05-11").id
    second = sample_store.find_session("procurement-wg-2020-05-11").id
    window.select_session(first)
    panel = window.detail_panel
    qtbot.keyClicks(panel.notes, "Ask about the budget")
    with qtbot.waitSignal(panel.note_saved, timeout=3000):
        pass  # the debounce fires on its own
    assert sample_store.note(first) == "Ask about the budget"
    qtbot.keyClicks(panel.notes, " and timelines")
    window.select_session(second)  # leaving saves at once, no waiting
    assert sample_store.note(first) == "Ask about the budget and timelines"
    assert panel.notes.toPlainText() == ""
    qtbot.keyClicks(panel.notes, "Typed just before closing")
    window.close()
    assert sample_store.note(second) == "Typed just before closing"
    reopened = MainWindow(sample_store)
    qtbot.addWidget(reopened)
    reopened.show_past.setChecked(True)
    reopened.select_session(first)
    assert reopened.detail_panel.notes.toPlainText() == "Ask about the budget and timelines"
    # Notes are searchable at once.
    assert [r.id for r in sample_store.search_sessions("timelines")] == [first]


def test_favourite_button(qtbot, sample_store: Store) -> None:
    window = MainWindow(sample_store)
    qtbot.addWidget(window)
    window.show_past.setChecked(True)
    stage = sample_store.find_session("setting-the-stage-2020-05-11").id
    window.select_session(stage)
    button = window.detail_panel.favourite_button
    assert button.text() == "☆ Add to my agenda"
    with qtbot.waitSignal(window.favourite_toggled):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert sample_store.session(stage).favourite
    assert window.detail_panel.favourite_button.text() == "★ In my agenda"
    assert window.agenda.model.rowCount() == 1
