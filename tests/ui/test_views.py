"""My agenda, the filters, and what the window remembers."""

from __future__ import annotations

import json
from pathlib import Path

import icalendar
from PySide6.QtCore import QSettings, Qt

from briefing_app.store import Store
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.sessions.session_model import Column
from briefing_app.usecases.imports import import_file


def _titles(table_model) -> list[str]:
    return [table_model.index(r, Column.TITLE).data() for r in range(table_model.rowCount())]


def _listed(window: MainWindow) -> list[str]:
    return window.visible_titles()


def _clashing_store(
    store: Store, tmp_path: Path, *, titles: tuple[str, str] = ("Alpha", "Beta")
) -> Store:
    doc = {
        "format": "briefing-feed",
        "version": 1,
        "series": {"id": "c", "title": "Clashes", "timezone": "America/Toronto"},
        "sessions": [
            {
                "id": "a",
                "title": titles[0],
                "start": "2099-05-01T10:00:00-04:00",
                "end": "2099-05-01T11:00:00-04:00",
                "kind": "panel",
            },
            {
                "id": "b",
                "title": titles[1],
                "start": "2099-05-01T10:30:00-04:00",
                "end": "2099-05-01T11:30:00-04:00",
                "kind": "briefing",
            },
            {
                "id": "c",
                "title": "Gamma",
                "start": "2099-05-02T10:00:00-04:00",
                "end": "2099-05-02T11:00:00-04:00",
                "kind": "briefing",
                "format": "hybrid",
            },
        ],
    }
    path = tmp_path / "clash.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    import_file(store, path)
    return store


def test_agenda_flags_overlaps_and_exports(
    qtbot, qtmodeltester, store: Store, tmp_path: Path
) -> None:
    _clashing_store(store, tmp_path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    for record in store.sessions():
        window.set_favourite(record.id, True)
    agenda = window.agenda
    assert _titles(agenda.model) == ["Alpha", "Beta", "Gamma"]
    status = [agenda.model.index(r, Column.STATUS).data() for r in range(3)]
    assert status == ["⚠ Overlaps Beta", "⚠ Overlaps Alpha", ""]
    assert "⚠ 2 overlap" in agenda.summary.text()
    qtmodeltester.check(agenda.model, force_py=True)
    assert str(store.path.parent / "agenda.ics") in agenda.live_label.text()
    out = tmp_path / "mine.ics"
    assert agenda.export_to(out) == 3
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert sorted(str(e["SUMMARY"]) for e in events) == ["Alpha", "Beta", "Gamma"]


def test_agenda_row_opens_the_session(qtbot, store: Store, tmp_path: Path) -> None:
    _clashing_store(store, tmp_path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    gamma = store.find_session("c")
    window.set_favourite(gamma.id, True)
    window.tabs.setCurrentWidget(window.agenda)
    window.agenda.table.activated.emit(window.agenda.model.index(0, Column.TITLE))
    assert window.tabs.currentWidget() is window.splitter
    assert window.current_session_id() == gamma.id
    assert "Gamma" in window.detail.toPlainText()


def test_filters(qtbot, store: Store, tmp_path: Path) -> None:
    _clashing_store(store, tmp_path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    assert _listed(window) == ["Alpha", "Beta", "Gamma"]
    kind = window.filters["kind"]
    kind.setCurrentIndex(kind.findData("briefing"))
    assert _listed(window) == ["Beta", "Gamma"]
    fmt = window.filters["format"]
    fmt.setCurrentIndex(fmt.findData("hybrid"))
    assert _listed(window) == ["Gamma"]
    window.clear_filters()
    window.set_favourite(store.find_session("a").id, True)
    window.favourites_only.setChecked(True)
    assert _listed(window) == ["Alpha"]
    window.favourites_only.setChecked(False)
    kind.setCurrentIndex(kind.findData("panel"))
    fmt.setCurrentIndex(fmt.findData("hybrid"))
    assert _listed(window) == []
    assert "No sessions match the filters" in window.notice.text()


def test_window_remembers_its_state(qtbot, sample_store: Store) -> None:
    first = MainWindow(sample_store)
    qtbot.addWidget(first)
    first.resize(760, 520)
    first.show_past.setChecked(True)
    kind = first.filters["kind"]
    kind.setCurrentIndex(kind.findData("panel"))
    first.tabs.setCurrentIndex(1)
    first.close()
    assert QSettings().value("filters/kind") == "panel"
    second = MainWindow(sample_store)
    qtbot.addWidget(second)
    assert second.show_past.isChecked()
    assert second.filters["kind"].currentData() == "panel"
    assert second.tabs.currentIndex() == 1
    assert (second.width(), second.height()) == (760, 520)
    assert _listed(second) == ["Procurement Innovation Expert Discussion"]


def test_the_window_fits_a_200_percent_screen(qtbot, sample_store: Store) -> None:
    """The review: at 200% the window came back larger than the screen (1400x900 at 2x is
    700x450). Its minimum height was 705 px, set by the detail pane's parts; the pane now
    scrolls, so a 1080p screen at 200% (960x540) holds the whole window."""
    window = MainWindow(sample_store)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.sessions.release_detail()
    window.sessions.show_session(sample_store.find_session("kickoff-2020-04-15").id)
    qtbot.waitUntil(window.detail_panel.isVisible)  # past the first-run card
    assert window.minimumSizeHint().height() <= 540  # the pane scrolls instead
    assert window.minimumSizeHint().width() <= 960
    scroll = window.sessions.widget(1)  # the pane's scroll area
    window.resize(1280, 800)
    qtbot.wait(50)
    # With room for the pane's parts, no scroll bar: it fills the view (a resizable scroll
    # area gave it its taller preferred height for the width, and a scroll bar).
    assert not scroll.verticalScrollBar().isVisible()
    assert window.detail_panel.height() == scroll.viewport().height()
    window.resize(960, 540)
    qtbot.wait(50)
    assert (window.width(), window.height()) == (960, 540)
    assert scroll.verticalScrollBar().isVisible()  # too short: the pane scrolls
    assert window.detail_panel.height() >= window.detail_panel.minimumSizeHint().height()


def test_a_reminder_in_the_window_opens_its_session(qtbot, store: Store, tmp_path: Path) -> None:
    from datetime import timedelta

    _clashing_store(store, tmp_path)
    alpha = store.find_session("a")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.set_favourite(alpha.id, True)
    # Ten minutes before Alpha (15-minute lead time): the reminder is due.
    window.reminders.clock = lambda: alpha.start - timedelta(minutes=10)
    with qtbot.waitSignal(window.reminders.reminder_due, timeout=5000):
        window.reminders.reschedule()
    assert window.reminder_banner.isVisible()
    window.tabs.setCurrentWidget(window.agenda)
    window.notifier.session_activated.emit(alpha.id)
    assert window.tabs.currentWidget() is window.splitter
    assert window.current_session_id() == alpha.id


def test_help_shows_where_data_lives_and_opens_the_log_folder(
    qtbot, sample_store: Store, monkeypatch, data_dir: Path
) -> None:
    from PySide6.QtGui import QDesktopServices

    window = MainWindow(sample_store)
    qtbot.addWidget(window)
    assert str(data_dir) in window.data_location_text()
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    folder = window.open_log_folder()
    assert folder == data_dir / "logs" and folder.is_dir()
    assert opened == [str(folder)]


def test_garbage_in_settings_does_not_stop_the_window(qtbot, sample_store: Store) -> None:
    settings = QSettings()
    for key, value in (
        ("window/geometry", "not bytes"),
        ("window/splitter", 42),
        ("window/tab", "seven"),
        ("filters/kind", "no such kind"),
        ("filters/show_past", "maybe"),
        ("filters/dates", "custom:2026-13-45:yesterday"),
        ("list/sort", "by mood"),
    ):
        settings.setValue(key, value)
    settings.sync()
    sample_store.set_setting("sync_interval_minutes", "often")
    sample_store.set_setting("time_display", "sideways")
    sample_store.set_setting("theme", 12)
    window = MainWindow(sample_store)
    qtbot.addWidget(window)
    assert window.tabs.currentIndex() == 0
    assert window.filters["kind"].currentData() is None
    assert not window.sync_timer.isActive()
    assert window.model.time_display == "both"
    assert window.model.session_count() == 5


def test_a_long_kind_leaves_room_for_the_clash_warning(qtbot, store: Store, tmp_path: Path) -> None:
    _clashing_store(store, tmp_path)
    path = tmp_path / "long.json"
    long_kind = "YOC - Alles, was in einem Forum zur Jugend und Offenheit besprochen werden kann"
    doc = json.loads((tmp_path / "clash.json").read_text(encoding="utf-8"))
    doc["sessions"][0]["kind"] = long_kind
    path.write_text(json.dumps(doc), encoding="utf-8")
    import_file(store, path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1400, 800)
    window.show()
    for record in store.sessions():
        window.set_favourite(record.id, True)
    window.tabs.setCurrentWidget(window.agenda)
    table = window.agenda.table
    assert table.columnWidth(Column.KIND) <= 160
    row = next(r for r in range(3) if window.agenda.model.record(r).kind == long_kind)
    tooltip = table.model().index(row, Column.KIND).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == long_kind
    status_right = table.columnViewportPosition(Column.STATUS) + table.columnWidth(Column.STATUS)
    assert table.columnViewportPosition(Column.STATUS) >= 0
    assert status_right <= table.viewport().width() + 2  # the warning is in view


def test_a_clash_with_long_titles_leaves_the_titles_room(
    qtbot, store: Store, tmp_path: Path
) -> None:
    """The review: the status column took about 500 px naming the other session and the
    titles were cut to "Mise en cont…"."""
    from briefing_app.ui.agenda.view import MAX_STATUS_WIDTH

    long_a = "Procurement Improvement and Innovation Working Group: second meeting of the year"
    long_b = "Working Group on the Improvement of Procurement and Innovation, all departments"
    _clashing_store(store, tmp_path, titles=(long_a, long_b))
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    for record in store.sessions():
        window.set_favourite(record.id, True)
    agenda = window.agenda
    window.tabs.setCurrentWidget(agenda)
    qtbot.wait(50)
    table = agenda.table
    status = table.columnWidth(Column.STATUS)
    assert status <= MAX_STATUS_WIDTH
    assert table.columnWidth(Column.TITLE) >= 300
    row = _titles(agenda.model).index(long_a)
    tip = agenda.model.index(row, Column.STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == f"⚠ Overlaps {long_b}"  # the whole warning, where it is cut
    assert not table.horizontalScrollBar().isVisible()
