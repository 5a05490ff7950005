"""Fault matrix, the window's own faults: a full disk, damage found after opening, a link
that nothing can open, a restored draft over a note written meanwhile.

Real SQLite files, a real (small tmpfs) full disk where we are root; the window
says every failure in its banner, never in the crash dialog, and nothing the
user typed is lost.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from faults.test_process_database import SmallDisk
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox
from support.damage import damage_page_of
from support.windows import close_windows, crash_dialogs_fail, open_window

from briefing_app.cli.main import main as cli_main
from briefing_app.store import Store
from briefing_app.ui.casestudies.form import _editor_text
from briefing_app.ui.casestudies.view import CaseStudiesView
from briefing_app.ui.dialogs.damaged_database import (
    Choice,
    DamagedDatabaseDialog,
    carry_out_answer,
)
from briefing_app.ui.main_window import MainWindow
from briefing_app.usecases.drafts import DraftStore, drafts_dir
from briefing_app.usecases.startup import open_store
from briefing_app.workspace import Workspace

FIRST = "setting-the-stage-2020-05-11"
SECOND = "procurement-wg-2020-05-11"


@pytest.fixture(autouse=True)
def _no_crash_dialog(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A crash dialog fails the test (a BriefingError is said in the banner)."""
    with crash_dialogs_fail(monkeypatch) as shown:
        yield shown


@pytest.fixture(autouse=True)
def _close_windows() -> Iterator[None]:
    yield
    close_windows()


_window = open_window


@pytest.fixture
def disk_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[SmallDisk, Store]]:
    """The sample store on a small disk of its own (see SmallDisk)."""
    disk = SmallDisk(tmp_path / "disk", monkeypatch)
    data = disk.path / "data"
    monkeypatch.setenv("BRIEFING_APP_DATA_DIR", str(data))
    try:
        with open_store(data) as store:
            yield disk, store
            close_windows()
    finally:
        disk.unmount()


# ---- a full disk ---------------------------------------------------------------------
def _fill(disk: SmallDisk, store: Store) -> None:
    """The disk is full (without a tmpfs: the window's open database can grow by no page)."""
    disk.fill()
    if not disk.tmpfs:
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages}")


def _free(disk: SmallDisk, store: Store) -> None:
    disk.release()
    if not disk.tmpfs:
        store.db.execute("PRAGMA max_page_count = 1073741823")


def test_full_disk_note_typed_and_session_switched_keeps_the_text(
    qtbot, disk_store: tuple[SmallDisk, Store]
) -> None:
    disk, store = disk_store
    window = _window(qtbot, store)
    panel = window.detail_panel
    first = store.find_session(FIRST).id
    second = store.find_session(SECOND).id
    window.select_session(first)
    _fill(disk, store)
    text = "Ask about the budget " * 400  # more than a page: the database must grow
    panel.notes.setPlainText(text)
    window.select_session(second)  # leaving saves at once: the disk refuses
    assert panel.session_id == second
    assert "disk is full" in window.messages.text()
    assert store.note(first) == ""
    window.select_session(first)  # back: the text is still there
    assert panel.notes.toPlainText() == text
    assert "not saved" in panel.notes_label.text()
    window.select_session(second)  # leaving tries again: still full, still kept
    assert panel.unsaved_notes() == {first: text}
    # Room again: Retry in the banner stores it, from whichever session is shown.
    _free(disk, store)
    retry = window.messages.button("Retry")
    assert retry is not None
    retry.click()
    qtbot.waitUntil(lambda: store.note(first) == text, timeout=5000)
    assert panel.unsaved_notes() == {}
    assert not list(drafts_dir(store.path).glob("*.json"))


def _case_studies_tab(qtbot, store: Store) -> tuple[MainWindow, CaseStudiesView]:
    window = _window(qtbot, store)
    window.tabs.setCurrentWidget(window.case_studies)
    view = window.case_studies
    qtbot.waitUntil(lambda: view.current_case() is not None, timeout=3000)
    return window, view


def test_full_disk_case_study_notes_typed_and_case_switched_keeps_the_text(
    qtbot, disk_store: tuple[SmallDisk, Store]
) -> None:
    disk, store = disk_store
    window, view = _case_studies_tab(qtbot, store)
    first = view.current_case().id
    view.editor_tabs.setCurrentWidget(view.notes)
    _fill(disk, store)
    text = "Ask about the pilot " * 400
    view.notes.editor.setPlainText(text)
    view.list.setCurrentIndex(view.model.index(1))  # leaving saves at once: refused
    assert view.current_case().id != first
    assert "disk is full" in window.messages.text()
    view.list.setCurrentIndex(view.model.index(0))  # back: the typed text, not the store's
    assert view.notes.text() == text
    _free(disk, store)
    view.list.setCurrentIndex(view.model.index(1))  # leaving tries again: stored
    qtbot.waitUntil(lambda: Workspace(store).note(first) == text, timeout=5000)
    assert not list(drafts_dir(store.path).glob("*.json"))


def test_full_disk_case_study_edit_and_case_switched_keeps_the_edit(
    qtbot, disk_store: tuple[SmallDisk, Store]
) -> None:
    disk, store = disk_store
    window, view = _case_studies_tab(qtbot, store)
    first = view.current_case().id
    summary = view.form.editors["summary"]
    _fill(disk, store)
    text = "As I tell it. " * 400
    summary.setPlainText(text)
    view.list.setCurrentIndex(view.model.index(1))  # leaving saves at once: refused
    assert "disk is full" in window.messages.text()
    view.list.setCurrentIndex(view.model.index(0))
    assert view.current_case().id == first
    assert _editor_text(summary) == text  # the edit, not the store's summary
    _free(disk, store)
    view.list.setCurrentIndex(view.model.index(1))
    qtbot.waitUntil(lambda: Workspace(store).get(first).summary == text, timeout=5000)
    assert not list(drafts_dir(store.path).glob("*.json"))


# ---- a link nothing can open -------------------------------------------------------------
@pytest.mark.qt_log_ignore("does not support QPlatformServices::openUrl")
def test_link_with_no_application_to_open_it_is_said(qtbot, sample_store: Store) -> None:
    """Offscreen (as on a machine with no browser) the system opens nothing: say so."""
    window = _window(qtbot, sample_store)
    window.select_session(sample_store.find_session(FIRST).id)
    url = "https://127.0.0.1:9/agenda"
    assert window.detail_panel.open_link(QUrl(url)) is False
    assert window.messages.text() == f"Could not open {url}: no application to open it"


# ---- a restored draft over a note written meanwhile ---------------------------------------
def test_restored_draft_over_a_note_written_meanwhile_says_so(
    qtbot, sample_store: Store, data_dir: Path
) -> None:
    first = sample_store.find_session(FIRST).id
    DraftStore(drafts_dir(sample_store.path)).save_session_note(
        first, "Typed in the window", expected=""
    )
    cli_main(["note", str(first), "Written by the command"], setup_logs=False)  # meanwhile, the CLI
    assert sample_store.note(first) == "Written by the command"
    window = _window(qtbot, sample_store)
    qtbot.waitUntil(lambda: sample_store.note(first) == "Typed in the window", timeout=5000)
    banner = window.messages.text()
    assert "Restored an unsaved note" in banner
    assert "the note written meanwhile is in its history" in banner
    assert [v.body for v in sample_store.note_history(first)] == ["Written by the command"]


def test_restored_draft_over_an_unchanged_note_says_nothing_more(
    qtbot, sample_store: Store
) -> None:
    first = sample_store.find_session(FIRST).id
    DraftStore(drafts_dir(sample_store.path)).save_session_note(first, "Typed", expected="")
    window = _window(qtbot, sample_store)
    qtbot.waitUntil(lambda: sample_store.note(first) == "Typed", timeout=5000)
    assert "Restored an unsaved note" in window.messages.text()
    assert "meanwhile" not in window.messages.text()


# ---- damage found after opening ------------------------------------------------------------
def _damage_page_of(db: Path, table: str) -> None:
    damage_page_of(db, table)


def _answer_damage(qtbot, window: MainWindow, button: str) -> DamagedDatabaseDialog:
    qtbot.waitUntil(lambda: window.damage.dialog is not None, timeout=5000)
    dialog = window.damage.dialog
    assert dialog is not None and dialog.isVisible()
    assert str(window.store.path) in dialog.text() and "damaged" in dialog.text()
    getattr(dialog, f"{button}_button").click()
    qtbot.waitUntil(lambda: window.damage.answer is dialog, timeout=3000)
    return dialog


def test_damage_is_found_by_the_check_after_the_window_shows(qtbot, data_dir: Path) -> None:
    """Not the day's first start (no daily check): the window checks in the background."""
    with open_store(data_dir):
        pass
    db = data_dir / "briefing.db"
    _damage_page_of(db, "presenters_fts_data")  # not read until someone searches
    damaged = db.read_bytes()
    with Store(db) as store:
        assert not store.checked_this_start
        window = _window(qtbot, store)
        assert window.damage.dialog is None  # the first paint did not wait for the check
        dialog = _answer_damage(qtbot, window, "quit")
        assert dialog.choice() is Choice.QUIT
        assert not window.isVisible()  # the window closes; run_gui exits 5
    assert db.read_bytes() == damaged


def test_no_second_check_when_the_daily_check_ran(qtbot, sample_store: Store) -> None:
    assert sample_store.checked_this_start  # the fixture's open_store made today's backup
    window = _window(qtbot, sample_store)
    assert window.damage.check_after_show() is False


def test_damage_met_by_a_query_later_offers_the_dialog(qtbot, sample_store: Store) -> None:
    """A page damaged while the window is open: the next read meeting it asks, not a banner."""
    window = _window(qtbot, sample_store)
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=5000)
    _damage_page_of(sample_store.path, "sessions")
    window.refresh()  # the list reads its rows again: the damaged page, on the GUI thread
    window.table.viewport().repaint()
    dialog = _answer_damage(qtbot, window, "quit")
    assert dialog.choice() is Choice.QUIT


def test_damage_found_after_opening_recover_keeps_the_users_data(qtbot, data_dir: Path) -> None:
    """Recover: the window closes, the file is repaired with the database closed (as run_gui
    does), and the store opens again with the user's note."""
    with open_store(data_dir) as first:
        session = first.find_session(FIRST).id
        first.set_note(session, "my words")
    db = data_dir / "briefing.db"
    _damage_page_of(db, "presenters_fts_data")
    store = Store(db)
    try:
        window = _window(qtbot, store)
        dialog = _answer_damage(qtbot, window, "recover")
        assert dialog.choice() is Choice.RECOVER
        assert not window.isVisible()
    finally:
        window.damage.close()
        store.close()
    told: list[str] = []

    def accept_message() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            told.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, accept_message)

    QTimer.singleShot(20, accept_message)
    assert carry_out_answer(dialog)
    assert "Recovered the database" in told[0] and "kept as" in told[0]
    assert list(data_dir.glob("briefing.db.*-2*"))  # the damaged file kept beside
    with Store(db) as again:
        again.quick_check()
        assert again.note(session) == "my words"


@pytest.mark.qt_log_ignore("does not support QPlatformServices::openUrl")
def test_a_reminders_join_with_no_application_to_open_it_is_said(
    qtbot, sample_store: Store
) -> None:
    """The reminder banner's Join said nothing when no browser could open the link."""
    from datetime import UTC, datetime, timedelta

    from briefing_app.usecases.reminders import Reminder

    window = _window(qtbot, sample_store)
    url = "https://127.0.0.1:9/live"
    now = datetime.now(UTC)
    reminder = Reminder(1, "Live", now, now + timedelta(hours=1), url, now, 10)
    joined: list[int] = []
    window.reminder_banner.join_opened.connect(joined.append)
    window.reminder_banner.join(reminder)
    assert window.messages.text() == f"Could not open {url}: no application to open it"
    assert joined == []  # not recorded as attended: nothing opened
