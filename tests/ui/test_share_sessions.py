"""Share sessions (issue 16): text with both zones, an .ics invite with our UID, a selection."""

from __future__ import annotations

from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication

from briefing_app.calendar.export import session_uid
from briefing_app.errors import NotFoundError, UsageError
from briefing_app.store import Store
from briefing_app.ui.main_window import MainWindow
from briefing_app.usecases.share import ICS_MIME, sessions_ics, sessions_text


@pytest.fixture
def window(sample_window: MainWindow) -> MainWindow:
    sample_window.show_past.setChecked(True)
    return sample_window


def test_text_gives_both_zones_and_the_join_link(sample_store: Store) -> None:
    stage = sample_store.find_session("setting-the-stage-2020-05-11").id
    text = sessions_text(sample_store, [stage], reader_zone="Europe/Berlin")
    assert text.splitlines() == [
        "Setting the Stage",
        "When: Mon 11 May 2020 13:00–14:30 EDT",
        "Your time: Mon 11 May 2020 19:00–20:30 CEST (Europe/Berlin)",
        "Series: Re-Imagine the City of Toronto",
        "Join: https://meet.example.org/reimagine-toronto/setting-the-stage",
    ]
    same = sessions_text(sample_store, [stage], reader_zone="America/Toronto")
    assert "Your time" not in same  # the reader is in the event's zone


def test_invite_is_one_vevent_per_session_with_our_uid(sample_store: Store) -> None:
    ids = [
        sample_store.find_session(s).id
        for s in ("kickoff-2020-04-15", "setting-the-stage-2020-05-11")
    ]
    calendar = icalendar.Calendar.from_ical(sessions_ics(sample_store, ids[1:]))
    [event] = calendar.walk("VEVENT")
    detail = sample_store.session_detail(ids[1])
    assert str(event["UID"]) == session_uid(detail.feed_url, detail.session.source_id)
    assert not list(event.walk("VALARM"))  # the reader chooses their reminders
    two = icalendar.Calendar.from_ical(sessions_ics(sample_store, ids))
    assert len(two.walk("VEVENT")) == 2
    with pytest.raises(UsageError):
        sessions_ics(sample_store, [])
    with pytest.raises(NotFoundError):
        sessions_text(sample_store, [999_999])


def test_a_selection_is_copied_as_text_and_as_an_invite(qtbot, window: MainWindow) -> None:
    tab = window.sessions
    kickoff = window.store.find_session("kickoff-2020-04-15").id
    stage = window.store.find_session("setting-the-stage-2020-05-11").id
    assert tab.select_session(kickoff)
    selection = tab.table.selectionModel()
    selection.select(
        tab.model.index_of(stage),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert tab.selected_session_ids() == [kickoff, stage]
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().text()
    assert text.startswith("Re-Imagine the City of Toronto: Virtual Kick-off\n")
    assert "\n\nSetting the Stage\n" in text
    qtbot.keyClick(
        tab.table,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasFormat(ICS_MIME)
    data = bytes(mime.data(ICS_MIME).data())
    assert len(icalendar.Calendar.from_ical(data).walk("VEVENT")) == 2
    assert mime.text().startswith("BEGIN:VCALENDAR")  # the text fallback


def test_save_invite_and_the_menus(qtbot, window: MainWindow, tmp_path: Path) -> None:
    tab = window.sessions
    stage = window.store.find_session("setting-the-stage-2020-05-11").id
    tab.select_session(stage)
    assert tab.share.save_invite(tmp_path / "stage.ics")
    [event] = icalendar.Calendar.from_ical((tmp_path / "stage.ics").read_bytes()).walk("VEVENT")
    assert str(event["SUMMARY"]).startswith("Setting the Stage")
    errors: list[str] = []
    window.messages.show_message = lambda text, *_a, **_k: errors.append(text)  # type: ignore[method-assign]
    assert not tab.share.save_invite(tmp_path / "missing" / "x.ics")
    assert errors and "Could not write" in errors[0]
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    texts = [a.text() for a in edit.actions()]
    assert "&Copy session as text" in texts and "Mark &attended" in texts
    # Mark attended from the list: the record has it.
    next(a for a in edit.actions() if a.text() == "Mark &attended").trigger()
    qtbot.waitUntil(lambda: window.store.attendance_of(stage).mark is True)
