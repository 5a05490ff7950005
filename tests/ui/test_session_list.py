"""The Sessions tab's list: headings, lazy pages, sorting, dates, search off the GUI thread."""

from __future__ import annotations

import json
from datetime import UTC, date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from briefing_app.store import IndexEntry, SessionQuery, Store
from briefing_app.ui import crash
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.sessions.date_filter import DateRangeFilter, day_span, preset_days
from briefing_app.ui.sessions.session_list import (
    MAX_PAGES,
    PAGE_SIZE,
    SessionListModel,
    group_by_day,
    group_by_value,
)
from briefing_app.ui.sessions.session_model import Column
from briefing_app.ui.workers.search_worker import FIRST_PAGE
from briefing_app.usecases.imports import import_file


def _feed(tmp_path: Path, sessions: list[dict[str, object]], name: str = "big") -> Path:
    doc = {
        "format": "briefing-feed",
        "version": 1,
        "series": {"id": name, "title": f"Series {name}", "timezone": "America/Toronto"},
        "sessions": sessions,
    }
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _many(count: int, first_day: date = date(2099, 1, 5)) -> list[dict[str, object]]:
    sessions = []
    for n in range(count):
        day = first_day + timedelta(days=n // 8)
        hour = 9 + n % 8
        sessions.append(
            {
                "id": f"s{n}",
                "title": f"Session {n:05d}",
                "start": f"{day}T{hour:02d}:00:00-05:00",
                "end": f"{day}T{hour:02d}:45:00-05:00",
                "kind": ("panel", "briefing", "workshop")[n % 3],
                "track": ("Cloud", "Data", "AI", "Procurement")[n % 4],
            }
        )
    return sessions


@pytest.fixture
def big_store(store: Store, tmp_path: Path) -> Store:
    import_file(store, _feed(tmp_path, _many(2400)))
    return store


def _window(qtbot, store: Store) -> MainWindow:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window)
    window.searcher.wait()  # the whole list, loaded once the window has painted
    # The detail pane follows the list a turn of the event loop later.
    qtbot.waitUntil(lambda: window.detail_panel.session_id == window.current_session_id())
    return window


# ---- grouping, without a window ------------------------------------------------------
def _entry(n: int, start_utc: str, key: str = "") -> IndexEntry:
    return IndexEntry(n, start_utc, "America/Toronto", key)


def test_days_follow_the_zone_across_a_dst_change() -> None:
    # 8 March 2026: Toronto springs forward; 04:30Z is 23:30 the 7th, 05:30Z 00:30 the 8th.
    entries = [
        _entry(1, "2026-03-07T15:00:00Z"),
        _entry(2, "2026-03-08T04:30:00Z"),
        _entry(3, "2026-03-08T05:30:00Z"),
        _entry(4, "2026-03-09T03:59:00Z"),  # 23:59 EDT on the 8th
        _entry(5, "2026-03-09T04:00:00Z"),  # midnight EDT: the 9th
    ]
    groups = group_by_day(entries, "America/Toronto", descending=False, today=date(2026, 3, 8))
    assert [(g.label, g.first, g.count) for g in groups] == [
        ("Yesterday · Saturday 7 March 2026", 0, 2),
        ("Today · Sunday 8 March 2026", 2, 2),
        ("Tomorrow · Monday 9 March 2026", 4, 1),
    ]
    down = group_by_day(entries[::-1], "America/Toronto", descending=True, today=date(2020, 1, 1))
    assert [(g.label, g.first, g.count) for g in down] == [
        ("Monday 9 March 2026", 0, 1),
        ("Sunday 8 March 2026", 1, 2),
        ("Saturday 7 March 2026", 3, 2),
    ]
    # In UTC the same sessions fall on other days.
    utc = group_by_day(entries, "UTC", descending=False, today=date(2020, 1, 1))
    assert [g.count for g in utc] == [1, 2, 2]


def test_groups_by_value_fold_case_and_name_blanks() -> None:
    entries = [
        _entry(1, "", ""),
        _entry(2, "", "Cloud"),
        _entry(3, "", "cloud"),
        _entry(4, "", "AI"),
    ]
    groups = group_by_value(entries, "track")
    assert [(g.label, g.count) for g in groups] == [("No track", 1), ("Cloud", 2), ("AI", 1)]
    assert [g.label for g in group_by_value([_entry(1, "", "in-person")], "format")] == [
        "In person"
    ]


def test_rows_and_positions_map_both_ways(qtmodeltester, big_store: Store) -> None:
    model = SessionListModel(big_store.sessions_by_ids)
    model.set_entries(big_store.session_index(SessionQuery()), sort="time")
    assert model.session_count() == 2400
    assert model.rowCount() == 2400 + 300  # a heading for each of 300 days
    for position in (0, 7, 8, 1234, 2399):
        row = model.row_of_position(position)
        assert model.position_of_row(row) == position
        assert model.record_at(position).title == f"Session {position:05d}"
    assert [model.position_of_row(r) for r in (0, 9, 18)] == [None, None, None]  # headings
    assert model.flags(model.index(0, 0)) == Qt.ItemFlag.NoItemFlags  # a heading
    qtmodeltester.check(model, force_py=True)


# ---- the list in the window ----------------------------------------------------------
def test_a_long_list_loads_only_the_pages_it_paints(qtbot, big_store: Store) -> None:
    window = _window(qtbot, big_store)
    window.show_past.setChecked(True)
    model = window.model
    # The first page shows at once; the rest is read on the worker and added below it.
    assert model.session_count() == FIRST_PAGE
    selected = window.current_session_id()
    assert window.sessions.list_status.startswith(f"{FIRST_PAGE}+ sessions shown")
    assert window.searcher.wait()
    assert model.session_count() == 2400
    assert window.current_session_id() == selected  # rows were added, not reset
    assert window.sessions.list_status.startswith("2400 sessions shown")
    # The first screen needs the first page, not all 2,400 records.
    assert model.cached_rows() <= 2 * PAGE_SIZE
    pages_before = model.loaded_pages
    window.table.scrollToBottom()
    qtbot.wait(50)
    QApplication.processEvents()
    assert model.loaded_pages > pages_before  # the end was fetched when shown
    last = model.index_at(2399, Column.TITLE)
    assert last.data() == "Session 02399"
    for position in range(0, 2400, PAGE_SIZE):  # touch every page
        model.record_at(position)
    assert model.cached_rows() <= MAX_PAGES * PAGE_SIZE < 2400  # older pages let go


def test_headers_and_the_sort_box_sort_the_list(qtbot, big_store: Store) -> None:
    window = _window(qtbot, big_store)
    window.show_past.setChecked(True)
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(Column.TITLE) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert window.last_query.sort == "title"
    assert window.model.groups is None  # titles are not grouped
    first_title = window.model.index(0, Column.TITLE).data()
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # two clicks, not a double click
    x = header.sectionViewportPosition(Column.TITLE) + 10  # dates widened the time column
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert window.last_query.descending
    assert window.model.index(0, Column.TITLE).data() == "Session 02399" != first_title
    window.sort_choice.setCurrentIndex(window.sort_choice.findData("track"))
    window.sort_choice.activated.emit(window.sort_choice.currentIndex())
    assert window.last_query.sort == "track"
    assert window.searcher.wait()  # the groups below the first page
    assert header.sortIndicatorSection() == Column.TRACK
    # Chosen from the box: ascending again.
    assert [g.label for g in window.model.groups] == ["AI", "Cloud", "Data", "Procurement"]
    # Presenters have no order of their own: clicking keeps the current one.
    x = header.sectionViewportPosition(Column.PRESENTERS) + 10
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert window.last_query.sort == "track"
    assert header.sortIndicatorSection() == Column.TRACK
    window.close()
    again = _window(qtbot, big_store)  # the sort is remembered
    assert (again.last_query.sort, again.last_query.descending) == ("track", False)


def test_date_range_filter(qtbot, big_store: Store) -> None:
    window = _window(qtbot, big_store)
    window.dates.set_custom(date(2099, 1, 6), date(2099, 1, 7))
    assert window.model.session_count() == 16
    assert [g.label for g in window.model.groups] == [
        "Tuesday 6 January 2099",
        "Wednesday 7 January 2099",
    ]
    assert window.clear_filters_button.isVisible()
    window.clear_filters()
    assert not window.dates.is_set() and window.model.session_count() == FIRST_PAGE
    assert window.searcher.wait()
    assert window.model.session_count() == 2400
    assert preset_days("week", date(2026, 11, 27)) == (date(2026, 11, 27), date(2026, 11, 29))
    start, end = day_span(date(2026, 3, 8), date(2026, 3, 8), "America/Toronto")
    # The day the clocks spring forward lasts 23 hours.
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=23)


def test_date_presets_use_the_given_today(qtbot) -> None:
    dates = DateRangeFilter(today=lambda _zone: date(2099, 1, 6))
    qtbot.addWidget(dates)
    dates.preset.setCurrentIndex(dates.preset.findData("tomorrow"))
    start, end = dates.span("America/Toronto")
    assert (start.isoformat(), end.isoformat()) == (
        "2099-01-07T00:00:00-05:00",
        "2099-01-08T00:00:00-05:00",
    )
    assert dates.state() == "tomorrow"
    dates.restore("custom:2099-02-01:2099-01-30")  # reversed: read in order
    assert dates.days("UTC") == (date(2099, 1, 30), date(2099, 2, 1))
    dates.restore("custom:not-a-date:x")  # garbage: unchanged
    assert dates.key() == "custom"


def test_searches_run_off_the_gui_thread_and_only_the_latest_shows(qtbot, big_store: Store) -> None:
    window = _window(qtbot, big_store)
    window.search.setText("Session 00012")
    window.refresh()
    window.search.setText("Session 00013")
    window.refresh()
    # Nothing is shown until the worker answers; then only the later search.
    with qtbot.waitSignal(window.list_updated, timeout=5000):
        pass
    qtbot.waitUntil(lambda: window.last_query.text == "Session 00013", timeout=5000)
    window.searcher.wait()
    QApplication.processEvents()
    assert window.visible_titles()[0] == "Session 00013"
    assert window.last_query.sort == "relevance"
    assert window.table.horizontalHeader().sortIndicatorSection() == -1


def test_favourite_toggle_updates_the_row_in_place(qtbot, big_store: Store) -> None:
    window = _window(qtbot, big_store)
    index = window.model.index_at(5, Column.FAVOURITE)
    record = window.model.record(index)
    window.set_favourite(record.id, True)
    assert window.model.index_at(5, Column.FAVOURITE).data() == "★"
    assert window.model.session_count() == 2400  # no reload of the whole list


def test_presenter_and_case_study_links_open_their_pages(qtbot, sample_store: Store) -> None:
    from PySide6.QtCore import QUrl

    window = _window(qtbot, sample_store)
    detail = sample_store.session_detail(
        sample_store.find_session("setting-the-stage-2020-05-11").id
    )
    presenter = detail.presenters[0]
    window.open_session(detail.session.id)
    assert f"(presenter:{presenter.id})" in window.detail.toMarkdown()
    window.detail.anchorClicked.emit(QUrl(f"presenter:{presenter.id}"))
    assert window.tabs.currentWidget() is window.presenters
    assert window.presenters.current_presenter_id() == presenter.id
    kickoff = sample_store.session_detail(sample_store.find_session("kickoff-2020-04-15").id)
    study = kickoff.case_studies[0]
    window.open_session(kickoff.session.id)
    window.detail.anchorClicked.emit(QUrl(f"case-study:{study.id}"))
    assert window.tabs.currentWidget() is window.case_studies
    assert study.title in window.case_studies.title_label.text()


def test_reminder_choice_per_session(qtbot, store: Store, tmp_path: Path) -> None:
    import_file(store, _feed(tmp_path, _many(3)))
    window = _window(qtbot, store)
    panel = window.detail_panel
    session_id = window.current_session_id()
    assert not panel.reminder_choice.isVisibleTo(window)  # only for favourites
    window.set_favourite(session_id, True)
    assert panel.reminder_choice.isVisibleTo(window)
    assert panel.reminder_choice.currentText() == "Default (15 minutes)"
    with qtbot.waitSignal(window.reminders.rescheduled):
        panel.reminder_choice.activated.emit(panel.reminder_choice.findText("No reminder"))
    assert store.reminder(session_id) == (False, None)
    panel.reminder_choice.activated.emit(panel.reminder_choice.findText("1 hour before"))
    assert store.reminder(session_id) == (True, 60)
    store.set_reminder(session_id, enabled=True, minutes_before=25)  # set from the CLI
    panel.reload()
    assert panel.reminder_choice.currentText() == "25 minutes before"


def test_a_crash_saves_the_note_being_typed(qtbot, sample_store: Store) -> None:
    window = _window(qtbot, sample_store)
    session_id = window.current_session_id()
    window.detail_panel.notes.setPlainText("typed just before a bug")
    hook = crash.make_excepthook(None, show=lambda _text, _details: None)
    hook(RuntimeError, RuntimeError("boom"), None)
    assert sample_store.note(session_id) == "typed just before a bug"
    window.close()
    assert window.detail_panel.save_note not in crash._savers


def test_export_dialog_writes_the_chosen_sessions(
    qtbot, sample_store: Store, tmp_path: Path
) -> None:
    import icalendar

    window = _window(qtbot, sample_store)
    window.show_past.setChecked(True)
    dialog = window.open_export()
    qtbot.addWidget(dialog)
    assert dialog.this_session.isChecked() and not dialog.agenda.isEnabled()
    dialog.shown.setChecked(True)
    target = tmp_path / "listed.ics"
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as blocker:
        dialog.export_to(target)
    assert blocker.args == [5, str(target)]
    events = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert len(events) == 5
    dialog = window.open_export()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        dialog.export_to(target / "x.ics")  # a file where a folder should be
    assert dialog.save_button.isEnabled()  # the user can pick another place
    assert f"Could not write {target / 'x.ics'}: Not a directory" in dialog.error.text()
    assert dialog.error.isVisibleTo(dialog)
    missing = tmp_path / "no-such-folder" / "x.ics"  # a typo: no folder is made for it
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        dialog.export_to(missing)
    assert not missing.parent.exists()
    assert oct(target.stat().st_mode & 0o777) == oct(0o666 & ~_umask())  # not 0600


def test_offline_shows_in_the_status_bar(qtbot, sample_store: Store, fetcher) -> None:
    import socket

    from briefing_app.sync import FetchPolicy
    from briefing_app.sync.http import Fetcher

    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    sample_store.add_feed(f"http://127.0.0.1:{port}/feed.json")
    window = _window(qtbot, sample_store)
    assert window.sync_state.text() == "Not synced yet"
    window.syncer.fetcher_factory = lambda: Fetcher(FetchPolicy(attempts=1, connect_timeout=2))
    with qtbot.waitSignal(window.syncer.finished, timeout=15_000):
        window.syncer.sync()
    assert window.connection_state.text() == "○ Offline"
    assert "cannot connect" in window.messages.text()
    window.messages.close_button.click()
    assert window.messages.text() == ""


def test_arrow_keys_step_over_day_headings(qtbot, big_store: Store) -> None:
    window = _window(qtbot, big_store)
    window.show_past.setChecked(True)
    window.table.setFocus()
    window.select_session(window.model.entries[7].id)  # the last session of the first day
    with qtbot.waitSignal(window.session_selected) as blocker:
        qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert blocker.args == [window.model.entries[8].id]  # the first of the next day
    qtbot.keyClick(window.table, Qt.Key.Key_Up)
    assert window.current_session_id() == window.model.entries[7].id


def _umask() -> int:
    import os

    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def test_a_narrow_list_sheds_columns_and_a_wide_one_gets_them_back(
    qtbot, sample_store: Store
) -> None:
    window = _window(qtbot, sample_store)
    window.show_past.setChecked(True)  # the sample's list, not the call to add a feed
    table = window.table

    def shed() -> list[bool]:
        return [table.isColumnHidden(c) for c in (Column.PRESENTERS, Column.FORMAT, Column.KIND)]

    window.resize(1800, 800)
    qtbot.waitUntil(lambda: shed() == [False, False, False], timeout=3000)
    window.resize(900, 700)
    qtbot.waitUntil(lambda: shed()[0], timeout=3000)  # presenters go first
    assert not table.isColumnHidden(Column.TITLE)
    assert table.columnWidth(Column.TITLE) >= table.fontMetrics().horizontalAdvance("x" * 30)
    window.resize(1800, 800)
    qtbot.waitUntil(lambda: shed() == [False, False, False], timeout=3000)


def test_a_sort_chosen_while_searching_stays_with_the_search(qtbot, big_store: Store) -> None:
    window = _window(qtbot, big_store)
    window.search.setText("Session")
    window.refresh()
    window.searcher.wait()
    window.set_sort("title", descending=True)  # a header click on the results
    window.searcher.wait()
    assert (window.last_query.sort, window.last_query.descending) == ("title", True)
    window.search.clear()
    window.refresh()
    assert (window.last_query.sort, window.last_query.descending) == ("time", False)


def test_no_search_thread_starts_after_the_window_closed(qtbot, sample_store: Store) -> None:
    window = _window(qtbot, sample_store)
    window.search.setText("procurement")
    window.refresh()
    window.searcher.wait()
    window.close()
    window.search.setText("setting")
    window.refresh()  # a late sync or import reloading the list
    assert window.searcher.pending == 0
    assert window.searcher._thread is None


def test_a_place_beyond_the_first_page_is_taken_again_without_a_reset(
    qtbot, big_store: Store
) -> None:
    window = _window(qtbot, big_store)
    window.show_past.setChecked(True)
    assert window.searcher.wait()
    model = window.model
    far = model.session_id_at(2000)
    assert window.sessions.select_session(far)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(model.session_count()))
    window.sessions.refresh()  # the first page again (without it), then the rest
    assert resets == [FIRST_PAGE] and window.current_session_id() != far
    assert window.searcher.wait()
    assert model.session_count() == 2400
    assert resets == [FIRST_PAGE]  # the rest was added below, not laid out anew
    assert window.current_session_id() == far
    assert window.table.visualRect(window.table.currentIndex()).intersects(
        window.table.viewport().rect()
    )


def test_a_long_list_replaced_is_let_go_of_a_slice_at_a_time(qtbot) -> None:
    from briefing_app.ui.sessions.session_list import RELEASE_SLICE

    model = SessionListModel(lambda ids: [])
    long = [_entry(n, "2099-01-05T14:00:00Z") for n in range(2 * RELEASE_SLICE + 5)]
    model.set_entries(long, sort="relevance")
    shown = model.entries
    assert model.position_of(7) == 7 and model.position_of(-1) is None  # scanned, then a map
    model.set_entries(long[:10], sort="relevance")
    assert len(shown) == 2 * RELEASE_SLICE + 5  # not freed while the new list is shown
    QApplication.processEvents()
    assert len(shown) == RELEASE_SLICE + 5  # one slice per turn of the event loop
    qtbot.waitUntil(lambda: not shown)
    assert len(long) == 2 * RELEASE_SLICE + 5 and model.session_count() == 10  # copies only
