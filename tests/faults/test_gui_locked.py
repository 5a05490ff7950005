"""Fault matrix, process/database family: the window while another writer holds the lock.

A sync (the CLI's, or the window's own scheduled one) holds SQLite's write lock
for as long as a minute. Whatever the user does meanwhile (type a note, switch
sessions, star a session, close the window) the window keeps answering, the
text stays in the editor and in a crash-safe draft, and everything is stored
once the lock is free. The lock is real: another connection's ``BEGIN
IMMEDIATE`` with a write, or the window's own sync applying a big feed.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from store.test_store import _make_feed_module
from support.feed_server import FeedServer, Reply
from support.windows import close_windows, crash_dialogs_fail, open_window

from briefing_app.store import Store
from briefing_app.sync import Fetcher, FetchPolicy
from briefing_app.sync.engine import subscribe
from briefing_app.ui.casestudies.view import CaseStudiesView
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.reminder_alerts import ReminderScheduler
from briefing_app.ui.sessions.session_model import Column
from briefing_app.usecases.drafts import DraftStore, drafts_dir
from briefing_app.usecases.reminders import delivered_keys
from briefing_app.workspace import Workspace

#: The window answers within this long while the lock is held. Not a speed test (the
#: machine is shared; benchmarks time the GUI): only a wait for the lock gets there, as
#: the lock is held for HOLD_S or more and a store waits up to its 10 s busy timeout.
MAX_STALL_S = 1.0
#: How long the tests hold the lock: long enough for several retries of the queue.
HOLD_S = 1.5
#: Sessions in the feed the window's own sync applies: its write takes a second or more.
SYNC_SESSIONS = 4000

FIRST = "setting-the-stage-2020-05-11"
SECOND = "procurement-wg-2020-05-11"


class StallMeter:
    """Ticks every 10 ms on the GUI thread; the longest gap between ticks is the worst stall."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = time.monotonic()
        self.worst = 0.0

    def _tick(self) -> None:
        now = time.monotonic()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last = time.monotonic()
        self.worst = 0.0
        self.timer.start()

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return self.worst


class LockHolder:
    """Another connection holding the write lock with a write pending, as a sync does."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None, timeout=0)
        self.held = False

    def take(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES ('fault.lock', '1') "
            "ON CONFLICT(key) DO UPDATE SET value = value + 1"
        )
        self.held = True

    def release(self) -> None:
        if self.held:
            self.conn.execute("COMMIT")
            self.held = False

    def close(self) -> None:
        if self.held:
            self.conn.execute("ROLLBACK")
        self.conn.close()


@contextmanager
def held_lock(path: Path) -> Iterator[LockHolder]:
    holder = LockHolder(path)
    holder.take()
    try:
        yield holder
    finally:
        holder.close()


@pytest.fixture(autouse=True)
def _no_crash_dialog(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A crash dialog fails the test: a locked database is never a crash."""
    with crash_dialogs_fail(monkeypatch):
        yield


@pytest.fixture(autouse=True)
def _store_outlives_the_windows(sample_store: Store) -> Iterator[Store]:
    """The queue's writes move the store, and the windows follow it a moment later (a
    search answered on its thread): they go, closed by qtbot, before their store closes."""
    yield sample_store
    close_windows()


_window = open_window


def _case_studies_tab(qtbot, store: Store) -> tuple[MainWindow, CaseStudiesView]:
    window = _window(qtbot, store)
    window.tabs.setCurrentWidget(window.case_studies)
    view = window.case_studies
    qtbot.waitUntil(lambda: view.current_case() is not None, timeout=3000)
    return window, view


def _draft_file(store: Store, session_id: int) -> Path:
    return drafts_dir(store.path) / f"session-note-{session_id}.json"


def test_note_typed_and_session_switched_while_a_sync_holds_the_lock(
    qtbot, sample_store: Store
) -> None:
    window = _window(qtbot, sample_store)
    panel = window.detail_panel
    first = sample_store.find_session(FIRST).id
    second = sample_store.find_session(SECOND).id
    window.select_session(first)
    meter = StallMeter()
    with held_lock(sample_store.path) as lock:
        meter.start()
        qtbot.keyClicks(panel.notes, "Ask about the budget")
        qtbot.wait(700)  # the typing pause saves (and meets the lock)
        window.select_session(second)  # leaving saves at once
        assert panel.session_id == second
        assert panel.notes.toPlainText() == ""
        qtbot.wait(300)
        # Back to the first session: the editor shows the queued text, not the store's.
        window.select_session(first)
        assert panel.notes.toPlainText() == "Ask about the budget"
        qtbot.wait(int(HOLD_S * 1000))
        stall = meter.stop()
        assert stall < MAX_STALL_S, f"the window froze {stall:.2f} s"
        assert sample_store.note(first) == ""  # nothing could be written yet
        draft = _draft_file(sample_store, first)
        assert json.loads(draft.read_text("utf-8"))["text"] == "Ask about the budget"
        assert "busy" in window.write_state.text()
        lock.release()
        # The lock holder's commit moves the store: following it keeps the typed note.
        window.watcher.poll()
        assert panel.notes.toPlainText() == "Ask about the budget"
        qtbot.waitUntil(lambda: sample_store.note(first) == "Ask about the budget", timeout=5000)
    qtbot.waitUntil(lambda: not draft.exists(), timeout=3000)
    qtbot.waitUntil(lambda: window.write_state.text() == "", timeout=3000)
    assert panel.notes.toPlainText() == "Ask about the budget"
    assert window.messages.text() == ""  # no error, no conflict


def test_typing_on_while_a_note_waits_keeps_the_last_text(qtbot, sample_store: Store) -> None:
    """Writes to one note coalesce: the last text wins, in order, whatever the retries."""
    window = _window(qtbot, sample_store)
    panel = window.detail_panel
    first = sample_store.find_session(FIRST).id
    window.select_session(first)
    with held_lock(sample_store.path) as lock:
        for word in ("one", " two", " three"):
            qtbot.keyClicks(panel.notes, word)
            panel.save_note()
            qtbot.wait(150)
        assert json.loads(_draft_file(sample_store, first).read_text("utf-8"))["text"] == (
            "one two three"
        )
        lock.release()
        qtbot.waitUntil(lambda: sample_store.note(first) == "one two three", timeout=5000)
    assert sample_store.note_history(first) == []  # no intermediate text pretended a conflict


def test_window_closed_while_the_lock_is_held_restores_the_draft_next_time(
    qtbot, sample_store: Store
) -> None:
    first = sample_store.find_session(FIRST).id
    window = _window(qtbot, sample_store)
    window.select_session(first)
    with held_lock(sample_store.path):
        qtbot.keyClicks(window.detail_panel.notes, "Typed as the window closed")
        meter = StallMeter()
        meter.start()
        window.close()
        qtbot.wait(50)
        assert meter.stop() < MAX_STALL_S
        assert _draft_file(sample_store, first).exists()
        assert sample_store.note(first) == ""
    # Next start, the lock is free: the draft is stored and the user told.
    again = _window(qtbot, sample_store)
    qtbot.waitUntil(lambda: sample_store.note(first) == "Typed as the window closed", timeout=5000)
    qtbot.waitUntil(lambda: not _draft_file(sample_store, first).exists(), timeout=3000)
    assert "Restored an unsaved note" in again.messages.text()
    again.select_session(first)
    assert again.detail_panel.notes.toPlainText() == "Typed as the window closed"


@pytest.mark.slow
def test_window_killed_while_the_lock_is_held_restores_the_draft_next_time(
    qtbot, sample_store: Store, data_dir: Path
) -> None:
    """kill -9 of the window's process: the draft on disk is all that is left, and enough."""
    first = sample_store.find_session(FIRST).id
    second = sample_store.find_session(SECOND).id
    ready = data_dir / "child-ready"
    script = textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        import briefing_app.ui.main_window as main_window
        import briefing_app.usecases.startup as startup
        app = QApplication(sys.argv)
        store = startup.open_store({str(data_dir)!r})
        window = main_window.MainWindow(store)
        window.show()
        window.show_past.setChecked(True)
        window.select_session({first})
        window.detail_panel.notes.setPlainText("Typed before the kill")
        window.select_session({second})
        end = time.monotonic() + 20
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)
            if list(Path({str(drafts_dir(sample_store.path))!r}).glob("*.json")):
                Path({str(ready)!r}).write_text("ok")
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BRIEFING_APP_DATA_DIR=str(data_dir))
    with held_lock(sample_store.path):
        child = subprocess.Popen([sys.executable, "-c", script], env=env)
        try:
            deadline = time.monotonic() + 30
            while not ready.exists() and child.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
            assert ready.exists(), "the child never wrote a draft"
        finally:
            child.kill()  # SIGKILL: no close, no flush, nothing
            child.wait(10)
        assert sample_store.note(first) == ""
    window = _window(qtbot, sample_store)
    qtbot.waitUntil(lambda: sample_store.note(first) == "Typed before the kill", timeout=5000)
    qtbot.waitUntil(lambda: not _draft_file(sample_store, first).exists(), timeout=3000)
    assert "Restored an unsaved note" in window.messages.text()


def test_draft_restored_while_a_sync_still_holds_the_lock_is_shown_and_stored_later(
    qtbot, sample_store: Store
) -> None:
    first = sample_store.find_session(FIRST).id
    DraftStore(drafts_dir(sample_store.path)).save_session_note(first, "Left over", expected="")
    with held_lock(sample_store.path) as lock:
        meter = StallMeter()
        meter.start()
        window = _window(qtbot, sample_store)
        window.select_session(first)
        qtbot.wait(300)
        assert meter.stop() < MAX_STALL_S + 0.5  # building the window itself takes a moment
        assert window.detail_panel.notes.toPlainText() == "Left over"
        assert "Restored an unsaved note" in window.messages.text()
        lock.release()
        qtbot.waitUntil(lambda: sample_store.note(first) == "Left over", timeout=5000)
    qtbot.waitUntil(lambda: not _draft_file(sample_store, first).exists(), timeout=3000)


def test_favourite_toggled_while_a_sync_holds_the_lock(qtbot, sample_store: Store) -> None:
    window = _window(qtbot, sample_store)
    stage = sample_store.find_session(FIRST).id
    window.select_session(stage)
    button = window.detail_panel.favourite_button
    meter = StallMeter()
    with held_lock(sample_store.path) as lock:
        meter.start()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert button.text() == "★ In my agenda"  # the star answers at once
        assert window.model.index_of(stage, Column.FAVOURITE).data() == "★"  # the list's too
        qtbot.wait(int(HOLD_S * 1000))
        assert meter.stop() < MAX_STALL_S
        assert not sample_store.session(stage).favourite
        window.watcher.poll()
        assert button.text() == "★ In my agenda"
        lock.release()
        qtbot.waitUntil(lambda: sample_store.session(stage).favourite, timeout=5000)
    qtbot.waitUntil(lambda: window.agenda.model.rowCount() == 1, timeout=3000)
    assert button.text() == "★ In my agenda"
    assert window.messages.text() == ""


def test_note_typed_while_the_windows_own_scheduled_sync_holds_the_lock(
    qtbot, sample_store: Store, feed_server: FeedServer, fetcher: Fetcher
) -> None:
    """The window's scheduled sync applies a big feed (a long write); the user types meanwhile."""
    document = _make_feed_module().make_feed(SYNC_SESSIONS, 3)
    url = feed_server.serve("/big.json", Reply(body=json.dumps(document).encode()))
    subscribe(sample_store, url, fetcher, first_sync=False)
    window = _window(qtbot, sample_store)
    window.syncer.fetcher_factory = lambda: Fetcher(FetchPolicy(read_timeout=20, attempts=1))
    first = sample_store.find_session(FIRST).id
    window.select_session(first)
    probe = sqlite3.connect(sample_store.path, isolation_level=None, timeout=0)
    meter = StallMeter()
    with qtbot.waitSignal(window.syncer.finished, timeout=60_000):
        window.sync_timer.start(1)  # the schedule fires
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not _locked(probe):
            qtbot.wait(2)
        window.sync_timer.stop()
        assert _locked(probe), "the sync never took the write lock"
        meter.start()
        qtbot.keyClicks(window.detail_panel.notes, "Typed during the sync")
        locked_when_saving = _locked(probe)
        window.detail_panel.save_note()
        qtbot.wait(50)
        stall = meter.stop()
    probe.close()
    assert locked_when_saving, "the sync let go of the lock before the test saved"
    assert stall < MAX_STALL_S, f"the window froze {stall:.2f} s"
    assert window.detail_panel.notes.toPlainText() == "Typed during the sync"
    qtbot.waitUntil(lambda: sample_store.note(first) == "Typed during the sync", timeout=10_000)
    assert "Could not" not in window.messages.text()


def _locked(probe: sqlite3.Connection) -> bool:
    try:
        probe.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError:
        return True
    probe.execute("ROLLBACK")
    return False


def test_case_study_notes_typed_while_a_sync_holds_the_lock(qtbot, sample_store: Store) -> None:
    """The presenter's Markdown notes: kept, drafted and stored as a session's note is."""
    window, view = _case_studies_tab(qtbot, sample_store)
    first = view.current_case().id
    draft = drafts_dir(sample_store.path) / f"case-study-note-{first}.json"
    meter = StallMeter()
    with held_lock(sample_store.path) as lock:
        meter.start()
        view.editor_tabs.setCurrentWidget(view.notes)
        qtbot.keyClicks(view.notes.editor, "Ask about the pilot")
        view.list.setCurrentIndex(view.model.index(1))  # leaving saves at once
        assert view.current_case().id != first
        qtbot.wait(300)
        view.list.setCurrentIndex(view.model.index(0))  # back: the queued text, not the store's
        assert view.notes.text() == "Ask about the pilot"
        qtbot.wait(int(HOLD_S * 1000))
        assert meter.stop() < MAX_STALL_S
        assert json.loads(draft.read_text("utf-8"))["text"] == "Ask about the pilot"
        assert "busy" in view.notes.state_label.text()
        assert Workspace(sample_store).note(first) == ""
        lock.release()
        qtbot.waitUntil(lambda: Workspace(sample_store).note(first) == "Ask about the pilot")
    qtbot.waitUntil(lambda: not draft.exists(), timeout=3000)
    qtbot.waitUntil(lambda: "Saved" in view.notes.state_label.text(), timeout=3000)
    assert view.notes.text() == "Ask about the pilot"
    assert "changed elsewhere" not in window.messages.text()  # our own write is no conflict


def test_case_study_notes_left_in_a_draft_are_restored_at_the_next_start(
    qtbot, sample_store: Store
) -> None:
    case_id = Workspace(sample_store).case_studies()[0].id
    DraftStore(drafts_dir(sample_store.path)).save_case_study_note(case_id, "From last time")
    window = _window(qtbot, sample_store)
    qtbot.waitUntil(lambda: Workspace(sample_store).note(case_id) == "From last time")
    assert not (drafts_dir(sample_store.path) / f"case-study-note-{case_id}.json").exists()
    assert "Restored an unsaved note" in window.messages.text()


def test_reminder_shown_while_a_sync_holds_the_lock_is_recorded_afterwards(
    qtbot, sample_store: Store
) -> None:
    """A reminder falls due mid-sync: shown at once, recorded as shown once the lock is free."""
    stage = sample_store.find_session(FIRST).id
    sample_store.set_favourite(stage)
    due_at = datetime(2020, 5, 11, 16, 45, tzinfo=UTC)
    scheduler = ReminderScheduler(sample_store, lambda: due_at)
    shown: list[int] = []
    scheduler.reminder_due.connect(lambda reminder: shown.append(reminder.session_id))
    with held_lock(sample_store.path) as lock:
        started = time.monotonic()
        scheduler.reschedule()
        assert time.monotonic() - started < MAX_STALL_S
        assert shown == [stage]
        lock.release()
        qtbot.waitUntil(lambda: delivered_keys(sample_store) != set(), timeout=5000)
    again = ReminderScheduler(sample_store, lambda: due_at)  # a restart does not show it twice
    again.reminder_due.connect(lambda reminder: shown.append(reminder.session_id))
    again.reschedule()
    assert shown == [stage]


def test_reminder_choice_made_while_a_sync_holds_the_lock(qtbot, sample_store: Store) -> None:
    window = _window(qtbot, sample_store)
    stage = sample_store.find_session(FIRST).id
    sample_store.set_favourite(stage)
    panel = window.detail_panel
    panel.clock = lambda: datetime(2020, 5, 11, 12, 0, tzinfo=UTC)
    window.select_session(stage)
    panel.reload()
    assert panel.reminder_box.isVisibleTo(panel)
    with held_lock(sample_store.path) as lock:
        started = time.monotonic()
        panel.reminder_choice.setCurrentIndex(1)
        panel.reminder_choice.activated.emit(1)  # "No reminder"
        assert time.monotonic() - started < MAX_STALL_S
        window.watcher.poll()
        panel.follow_store()
        assert panel.reminder_choice.currentText() == "No reminder"  # the choice stays shown
        lock.release()
        qtbot.waitUntil(lambda: sample_store.reminder(stage) == (False, None), timeout=5000)


def test_case_study_edits_made_while_a_sync_holds_the_lock(qtbot, sample_store: Store) -> None:
    """A field typed, the case study left and come back to: the edit shows, is drafted, stored."""
    _, view = _case_studies_tab(qtbot, sample_store)
    first = view.current_case().id
    draft = drafts_dir(sample_store.path) / f"case-study-edit-{first}.json"
    title = view.form.editors["title"]
    meter = StallMeter()
    with held_lock(sample_store.path) as lock:
        meter.start()
        title.selectAll()
        qtbot.keyClicks(title, "Lixar, as I tell it")
        view.list.setCurrentIndex(view.model.index(1))  # leaving saves at once
        qtbot.wait(200)
        view.list.setCurrentIndex(view.model.index(0))
        assert view.current_case().id == first
        assert title.text() == "Lixar, as I tell it"  # the waiting edit, not the store's title
        qtbot.wait(int(HOLD_S * 1000))
        assert meter.stop() < MAX_STALL_S
        assert json.loads(draft.read_text("utf-8"))["changes"]["title"] == "Lixar, as I tell it"
        assert Workspace(sample_store).get(first).title == "Lixar: technology case study"
        lock.release()
        qtbot.waitUntil(
            lambda: Workspace(sample_store).get(first).title == "Lixar, as I tell it", timeout=5000
        )
    qtbot.waitUntil(lambda: not draft.exists(), timeout=3000)
    assert title.text() == "Lixar, as I tell it"


def test_case_study_created_while_a_sync_holds_the_lock(qtbot, sample_store: Store) -> None:
    window, view = _case_studies_tab(qtbot, sample_store)
    with held_lock(sample_store.path) as lock:
        started = time.monotonic()
        assert view.new_case_study("Permit portal") is None  # not yet: it waits
        assert time.monotonic() - started < MAX_STALL_S
        assert "busy" in window.messages.text()
        lock.release()
        qtbot.waitUntil(lambda: view.current_case().title == "Permit portal", timeout=5000)
    assert [c.title for c in Workspace(sample_store).case_studies()].count("Permit portal") == 1


def test_note_version_restored_while_a_sync_holds_the_lock(qtbot, sample_store: Store) -> None:
    first = sample_store.find_session(FIRST).id
    sample_store.set_note(first, "first thoughts")
    sample_store.set_note(first, "second thoughts")  # the first is kept in the history
    window = _window(qtbot, sample_store)
    window.select_session(first)
    dialog = window.detail_panel.open_note_history()
    assert dialog is not None and dialog.versions.count() == 1
    with held_lock(sample_store.path) as lock:
        started = time.monotonic()
        dialog.restore_selected()
        assert time.monotonic() - started < MAX_STALL_S
        assert "busy" in dialog.intro.text()
        lock.release()
        qtbot.waitUntil(lambda: sample_store.note(first) == "first thoughts", timeout=5000)
    qtbot.waitUntil(
        lambda: window.detail_panel.notes.toPlainText() == "first thoughts", timeout=3000
    )
    dialog.close()


def test_settings_ok_while_a_sync_holds_the_lock(qtbot, sample_store: Store) -> None:
    window = _window(qtbot, sample_store)
    dialog = window.open_settings()
    dialog.interval.setValue(30)
    with held_lock(sample_store.path) as lock:
        started = time.monotonic()
        dialog.accept()
        assert time.monotonic() - started < MAX_STALL_S
        assert "busy" in window.write_state.text()
        lock.release()
        qtbot.waitUntil(lambda: sample_store.get_setting("sync_interval_minutes") == 30)
    qtbot.waitUntil(lambda: window.sync_timer.interval() == 30 * 60_000, timeout=3000)
    assert window.messages.text() == ""


def test_window_reads_while_another_process_holds_a_write_transaction(
    qtbot, sample_store: Store
) -> None:
    """WAL mode: the window's reads never wait for another process's open write transaction."""
    mode = sqlite3.connect(sample_store.path)
    assert mode.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    mode.close()
    window = _window(qtbot, sample_store)
    first = sample_store.find_session(FIRST).id
    second = sample_store.find_session(SECOND).id
    with subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "db.execute('BEGIN IMMEDIATE')\n"
            "db.execute(\"UPDATE sessions SET title = 'half-written' \")\n"
            "print('locked', flush=True)\n"
            "sys.stdin.readline()\n"
            "db.execute('ROLLBACK')\n",
            str(sample_store.path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        _read_while_held(qtbot, window, holder, sample_store.path, first, second)


def _read_while_held(
    qtbot,
    window: MainWindow,
    holder: subprocess.Popen[str],
    path: Path,
    first: int,
    second: int,
) -> None:
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        probe = sqlite3.connect(path, isolation_level=None, timeout=0)
        assert _locked(probe)
        probe.close()
        meter = StallMeter()
        meter.start()
        window.select_session(first)
        window.select_session(second)
        window.reload_all()
        window.tabs.setCurrentWidget(window.timeline)
        window.tabs.setCurrentWidget(window.case_studies)
        window.tabs.setCurrentWidget(window.sessions)
        qtbot.wait(100)
        assert meter.stop() < MAX_STALL_S
        assert "half-written" not in window.detail_panel.browser.toPlainText()
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(10)
