"""My attendance: Join is recorded, marks override, hours per series, exports; local only."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from briefing_app.store import Store
from briefing_app.ui.attendance.view import AttendanceDialog
from briefing_app.ui.main_window import MainWindow


@pytest.fixture
def window(sample_window: MainWindow) -> MainWindow:
    return sample_window


def test_pressing_join_records_each_join_and_the_view_lists_it(
    qtbot, window: MainWindow, sample_store: Store, monkeypatch
) -> None:
    stage = sample_store.find_session("setting-the-stage-2020-05-11")
    window.sessions.show_session(stage.id)
    panel = window.detail_panel
    panel.clock = lambda: stage.start  # the join window is open
    panel._update_join()
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True
    )
    qtbot.mouseClick(panel.join_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.join_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 2
    qtbot.waitUntil(lambda: len(sample_store.attendance_of(stage.id).joins) == 2)
    dialog = window.open_attendance()
    qtbot.waitExposed(dialog)
    assert "never sent" in dialog.note.text()
    model = dialog.model
    assert model.rowCount() == 1
    assert model.index(0, 1).data() == "Setting the Stage"
    assert model.index(0, 3).data() == "1 h 30 min"
    assert model.index(0, 4).data() == "2 times"
    assert model.index(0, 5).data() == "Yes (joined)"
    series = dialog.series_model
    assert series.rowCount() == 2  # the sample's series and the total
    assert series.index(1, 0).data() == "Total"
    assert series.index(1, 2).data() == "1 h 30 min"


def test_a_refused_link_records_no_join(qtbot, window: MainWindow, sample_store: Store) -> None:
    stage = sample_store.find_session("setting-the-stage-2020-05-11")
    window.sessions.show_session(stage.id)
    window.detail_panel._open_allowed = lambda _url: False  # type: ignore[method-assign]
    window.detail_panel.clock = lambda: stage.start
    window.detail_panel._update_join()
    window.detail_panel.join()
    assert sample_store.attendance() == []


def test_marks_override_and_exports_write_files(
    qtbot, window: MainWindow, sample_store: Store, tmp_path: Path
) -> None:
    kickoff = sample_store.find_session("kickoff-2020-04-15").id
    stage = sample_store.find_session("setting-the-stage-2020-05-11").id
    sample_store.record_join(kickoff, sample_store.session(kickoff).start)
    sample_store.mark_attendance(stage, "attended")
    dialog = window.open_attendance()
    assert [r.session_id for r in dialog.model.records] == [kickoff, stage]
    assert not dialog.attended_button.isEnabled()  # nothing selected
    dialog.table.selectRow(0)
    assert dialog.attended_button.isEnabled()
    qtbot.mouseClick(dialog.not_attended_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.index(0, 5).data() == "No (marked)")
    assert dialog.series_model.index(1, 1).data() == "1"  # only the stage counts now
    assert dialog.export_to(tmp_path / "a.csv")
    lines = (tmp_path / "a.csv").read_text("utf-8").splitlines()
    assert len(lines) == 2 and lines[1].startswith(f"{stage},Setting the Stage,")
    assert dialog.export_to(tmp_path / "a.pdf")
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF-")
    errors: list[str] = []
    dialog.error.connect(errors.append)
    assert not dialog.export_to(tmp_path / "missing" / "a.csv")
    assert not dialog.export_to(tmp_path / "a.txt")
    assert "does not exist" in errors[0] and ".csv or .pdf" in errors[1]


def test_an_empty_record_says_how_to_start(qtbot, sample_store: Store) -> None:
    from briefing_app.ui.workers.write_queue import WriteQueue

    dialog = AttendanceDialog(sample_store, WriteQueue(sample_store))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty.isVisible() and dialog.model.rowCount() == 0
    assert not dialog.csv_button.isEnabled() and not dialog.pdf_button.isEnabled()
    assert dialog.series_model.index(0, 2).data() == "0 min"
    sample_store.mark_attendance(sample_store.find_session("kickoff-2020-04-15").id, "attended")
    dialog.refresh()
    assert not dialog.empty.isVisible() and dialog.csv_button.isEnabled()
    assert timedelta(minutes=dialog.model.records[0].minutes) == timedelta(hours=1, minutes=30)


def test_the_pane_marks_attended_or_not_and_clears_the_mark(
    qtbot, window: MainWindow, sample_store: Store
) -> None:
    stage = sample_store.find_session("setting-the-stage-2020-05-11")
    window.sessions.show_session(stage.id)
    button = window.detail_panel.attendance
    assert button.isVisible() and button.accessibleName() == "Attendance"
    assert button.text() == "Attendance: not recorded"
    assert not button.clear_action.isEnabled()
    button.attended_action.trigger()  # the menu's Mark attended
    qtbot.waitUntil(lambda: sample_store.attendance_of(stage.id).mark is True)
    assert button.text() == "Attended (marked)" and button.attended_action.isChecked()
    dialog = window.open_attendance()  # the record follows at once
    assert [r.session_id for r in dialog.model.records] == [stage.id]
    button.not_attended_action.trigger()
    qtbot.waitUntil(lambda: button.text() == "Not attended (marked)")
    assert sample_store.attendance_of(stage.id).mark is False
    assert dialog.model.index(0, 5).data() == "No (marked)"
    button.clear_action.trigger()  # the undo: back to what the joins say
    qtbot.waitUntil(lambda: button.text() == "Attendance: not recorded")
    assert sample_store.attendance() == []
    # A session still to come has no attendance to mark.
    window.detail_panel.clock = lambda: stage.start - timedelta(days=1)
    button.clock = window.detail_panel.clock
    window.sessions.show_session(stage.id)
    window.detail_panel.show_session(stage.id)
    assert button.isHidden()


def test_every_join_is_recorded_the_one_way(
    qtbot, window: MainWindow, sample_store: Store, monkeypatch
) -> None:
    """The pane's, the reminder banner's and Now & next's Join all land in the record."""
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True
    )
    stage = sample_store.find_session("setting-the-stage-2020-05-11")
    window.sessions.show_session(stage.id)
    view = window.now_next
    view.clock = lambda: stage.start + timedelta(minutes=5)
    view.refresh()
    assert [r.id for r in view.now_model.records()] == [stage.id]
    view.now_list.setCurrentIndex(view.now_model.index(0, 0))
    assert view.join_current()
    assert opened == ["https://meet.example.org/reimagine-toronto/setting-the-stage"]
    qtbot.waitUntil(lambda: len(sample_store.attendance_of(stage.id).joins) == 1)
    # The pane showing it follows: joined, so attended.
    assert window.detail_panel.attendance.text() == "Attended (you joined)"


def test_an_export_says_what_it_wrote_in_french(
    qtbot,
    french_window: MainWindow,
    sample_store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Review 9, item 3: after Exporter en CSV…/PDF… the dialog said nothing; the pack
    dialog's way now (a status line); the default names are French too."""
    stage = sample_store.find_session("setting-the-stage-2020-05-11").id
    sample_store.mark_attendance(stage, "attended")
    dialog = french_window.open_attendance()
    qtbot.waitExposed(dialog)
    assert not dialog.status.isVisible()
    assert dialog.export_to(tmp_path / "a.csv")
    assert dialog.status.isVisible()
    assert dialog.status.text() == f"1 présence écrite dans {tmp_path / 'a.csv'}."  # not "suivie"
    assert dialog.status.accessibleName() == "État de l’exportation"
    data = (tmp_path / "a.csv").read_bytes()
    assert data.startswith("\ufeffsession,title,".encode())  # columns as in English
    assert not dialog.export_to(tmp_path / "a.txt")
    assert not dialog.status.isVisible()  # no stale success next to a failure
    seen: list[str] = []
    monkeypatch.setattr(  # the system's file dialog is modal: its answer given here
        "briefing_app.ui.attendance.view.QFileDialog.getSaveFileName",
        lambda _parent, _title, path, _pattern: (seen.append(path), ("", ""))[1],
    )
    dialog.choose_export("pdf")
    assert Path(seen[0]).name == "presences.pdf"
