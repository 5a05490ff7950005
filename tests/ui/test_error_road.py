"""One error road: a BriefingError reaches the view that asked; a bug reaches the crash dialog.

Bugs are planted in real workers (the task runner, the import, the sync, the search
thread); only the crash dialog's modal ``exec`` is recorded instead of blocking.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool

from briefing_app.errors import BriefingError, StoreError
from briefing_app.store import SessionQuery, Store
from briefing_app.ui import crash
from briefing_app.ui.casestudies.view import CaseStudiesView
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.workers import sync_controller
from briefing_app.ui.workers.progress_task import ProgressStrip, ProgressTask
from briefing_app.ui.workers.search_worker import SearchRunner
from briefing_app.ui.workers.tasks import TaskRunner
from briefing_app.usecases import imports
from briefing_app.workspace import MaterialStore


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The crash handler installed as the app installs it, naming this log file."""
    path = tmp_path / "logs" / "briefing-app.log"
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(crash, "_log_file", None)
    crash.install(path)
    return path


@pytest.fixture
def window(qtbot, sample_store: Store) -> MainWindow:
    win = MainWindow(sample_store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _planted_bug() -> int:
    return 1 // 0


def _tracebacks(caplog: pytest.LogCaptureFixture, kind: type[BaseException]) -> list[str]:
    """The log records that carry a traceback of *kind* (formatted, as the log file has it)."""
    formatter = logging.Formatter()
    return [
        formatter.formatException(r.exc_info)
        for r in caplog.records
        if r.exc_info and r.exc_info[0] is kind
    ]


def _assert_one_crash_dialog(
    shown: list[tuple[str, str]], log_file: Path, kind: str, where: str
) -> None:
    ((text, details),) = shown
    assert f"({kind}:" in text
    assert str(log_file) in text
    assert "Traceback" in details and where in details


# ---- the task runner ---------------------------------------------------------------------
def test_a_bug_in_a_task_goes_to_the_crash_dialog_once(
    qtbot, caplog, crash_dialogs, log_file: Path
) -> None:
    runner = TaskRunner()
    errors: list[BriefingError] = []
    crashed: list[str] = []
    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)
    runner.run(_planted_bug, lambda _r: None, errors.append, lambda: crashed.append("tidy"))
    qtbot.waitUntil(lambda: bool(crash_dialogs) and not runner.busy, timeout=10_000)
    assert busy == [True, False]
    assert errors == []  # the asker's on_error never sees a bug
    assert crashed == ["tidy"]  # ...but may put its view back as it was
    _assert_one_crash_dialog(crash_dialogs, log_file, "ZeroDivisionError", "_planted_bug")
    (logged,) = _tracebacks(caplog, ZeroDivisionError)  # logged once, with its traceback
    assert "_planted_bug" in logged and "1 // 0" in logged

    # The same bug again: in the log, but no second dialog.
    runner.run(_planted_bug, lambda _r: None, errors.append)
    qtbot.waitUntil(
        lambda: any("same unexpected error again" in r.getMessage() for r in caplog.records),
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert len(crash_dialogs) == 1 and errors == []
    assert runner.wait(5000)


def test_a_task_that_ends_after_its_runner_was_deleted_is_no_error(qtbot, crash_dialogs) -> None:
    import threading

    release = threading.Event()
    pool = QThreadPool()
    window = QObject()
    runner = TaskRunner(window, pool=pool)
    ended: list[str] = []
    for work in (lambda: release.wait(10), _planted_bug):
        runner.run(work, lambda _r: ended.append("done"), lambda _e: None, lambda: None)
    window.deleteLater()  # the window closed while its tasks run
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    release.set()
    assert pool.waitForDone(10_000)
    qtbot.waitUntil(lambda: ended == ["done"] and len(crash_dialogs) == 1, timeout=10_000)
    qtbot.wait(50)  # the relays finish without "Signal source has been deleted"


def test_a_briefing_error_in_a_task_goes_to_the_asker_only(qtbot, caplog) -> None:
    runner = TaskRunner()
    errors: list[BriefingError] = []

    def fails() -> None:
        raise StoreError("the database is in use by another program")

    runner.run(fails, lambda _r: None, errors.append, lambda: pytest.fail("not a crash"))
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert [str(e) for e in errors] == ["the database is in use by another program"]
    assert not runner.busy
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
    assert runner.wait(5000)  # and the autouse fixture checks no crash dialog showed


def test_a_second_bug_while_the_dialog_is_open_does_not_stack_a_dialog(
    qapp, crash_dialogs, log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def first() -> None:
        raise KeyError("first")

    def second() -> None:
        raise ValueError("second")

    errors = []
    for bug in (first, second):
        try:
            bug()
        except Exception as exc:
            errors.append(exc)
    opened = crash._show

    def show_and_meanwhile(text: str, details: str) -> None:
        crash.report(errors[1])  # arrives while the first dialog is open
        opened(text, details)

    monkeypatch.setattr(crash, "_show", show_and_meanwhile)
    crash.report(errors[0])
    assert len(crash_dialogs) == 1 and "KeyError" in crash_dialogs[0][0]
    monkeypatch.setattr(crash, "_show", opened)
    crash.report(errors[1])  # a distinct bug, the dialog closed: shown
    assert len(crash_dialogs) == 2 and "ValueError: second" in crash_dialogs[1][0]


# ---- the import (a real worker, a bug planted in the core) --------------------------------
def test_a_bug_in_the_import_shows_the_crash_dialog_not_a_banner(
    qtbot, window: MainWindow, caplog, crash_dialogs, log_file: Path, monkeypatch, tmp_path: Path
) -> None:
    def read_feed_file(*_args: object, **_kwargs: object) -> None:
        raise KeyError("planted import bug")

    monkeypatch.setattr(imports, "read_feed_file", read_feed_file)
    path = tmp_path / "autumn.json"
    path.write_text("{}", encoding="utf-8")
    window.import_file(path)
    assert not window.import_action.isEnabled()
    qtbot.waitUntil(lambda: bool(crash_dialogs) and not window.tasks.busy, timeout=10_000)
    _assert_one_crash_dialog(crash_dialogs, log_file, "KeyError", "read_feed_file")
    assert "planted" not in window.messages.text()
    assert not window.messages.isVisible()
    assert window.import_action.isEnabled()
    assert not window.tasks.busy
    (logged,) = _tracebacks(caplog, KeyError)
    assert "planted import bug" in logged


def test_a_bad_file_to_import_is_still_a_banner(
    qtbot, window: MainWindow, tmp_path: Path, caplog
) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"format": "briefing-feed", "version": 1, "series": 5, "sessions": []}')
    window.import_file(path)
    qtbot.waitUntil(lambda: "Could not import" in window.messages.text(), timeout=10_000)
    assert "broken.json: at $.series: expected an object" in window.messages.text()
    assert window.import_action.isEnabled() and not window.tasks.busy
    assert not [r for r in caplog.records if r.exc_info]  # not logged as a crash


# ---- the sync controller -------------------------------------------------------------------
def test_a_bug_in_the_sync_shows_the_crash_dialog_and_sync_can_run_again(
    qtbot, window: MainWindow, caplog, crash_dialogs, log_file: Path, monkeypatch
) -> None:
    def sync_all(*_args: object, **_kwargs: object) -> None:
        raise KeyError("planted sync bug")

    monkeypatch.setattr(sync_controller, "sync_all", sync_all)
    with qtbot.waitSignal(window.syncer.crashed, timeout=10_000):
        assert window.syncer.sync()
    qtbot.waitUntil(lambda: bool(crash_dialogs) and not window.tasks.busy, timeout=10_000)
    _assert_one_crash_dialog(crash_dialogs, log_file, "KeyError", "sync_all")
    assert "planted" not in window.messages.text()
    assert not window.syncer.running and window.sync_action.isEnabled()
    assert "Syncing" not in window.statusBar().currentMessage()
    assert not window.tasks.busy
    assert len(_tracebacks(caplog, KeyError)) == 1


def test_a_sync_that_cannot_run_is_still_a_banner(
    qtbot, window: MainWindow, monkeypatch, caplog
) -> None:
    def sync_all(*_args: object, **_kwargs: object) -> None:
        raise StoreError("the database is locked")

    monkeypatch.setattr(sync_controller, "sync_all", sync_all)
    with qtbot.waitSignal(window.syncer.failed, timeout=10_000) as blocker:
        window.syncer.sync()
    assert isinstance(blocker.args[0], StoreError)
    assert window.messages.text() == "Sync could not run: the database is locked"
    assert window.messages.button("Retry") is not None
    assert not window.syncer.running and window.sync_action.isEnabled()
    assert not [r for r in caplog.records if r.exc_info]  # not logged as a crash


# ---- the search thread ---------------------------------------------------------------------
def test_a_bug_in_a_search_shows_the_crash_dialog(
    qtbot, sample_store: Store, caplog, crash_dialogs, log_file: Path, monkeypatch
) -> None:
    def list_first(_self: Store, _query: SessionQuery, _count: int) -> None:
        raise KeyError("planted search bug")

    runner = SearchRunner(sample_store.path)
    failed: list[object] = []
    runner.failed.connect(lambda _serial, error: failed.append(error))
    monkeypatch.setattr(Store, "list_first", list_first)
    try:
        assert runner.search(1, SessionQuery(text="procurement"))
        assert runner.wait(10_000)
    finally:
        runner.stop()
    assert failed == []
    _assert_one_crash_dialog(crash_dialogs, log_file, "KeyError", "list_first")
    assert len(_tracebacks(caplog, KeyError)) == 1


def test_a_search_that_fails_says_so_in_the_window(qtbot, window: MainWindow, monkeypatch) -> None:
    def list_first(_self: Store, _query: SessionQuery, _count: int) -> None:
        raise StoreError("the search index is damaged")

    runner = SearchRunner(window.store.path)
    runner.failed.connect(window.sessions._query_failed)
    monkeypatch.setattr(Store, "list_first", list_first)
    try:
        window.sessions._query_serial = 7
        runner.search(7, SessionQuery(text="procurement"))
        assert runner.wait(10_000)
    finally:
        runner.stop()
    assert window.messages.text() == "Could not search: the search index is damaged"


# ---- long file work with progress ----------------------------------------------------------
def test_a_bug_in_progress_work_hides_the_strip(
    qtbot, crash_dialogs, log_file: Path, caplog
) -> None:
    runner = TaskRunner()
    strip = ProgressStrip()
    qtbot.addWidget(strip)
    task = ProgressTask("attach deck.pdf")
    failed: list[object] = []
    task.failed.connect(failed.append)

    def work(progress, _cancel) -> None:
        progress(10, 100)
        raise AttributeError("planted progress bug")

    strip.track(task, "Attaching deck.pdf…")
    with qtbot.waitSignal(task.crashed, timeout=10_000):
        task.start(runner, work)
    assert not task.running and strip.task is None and strip.isHidden()
    assert failed == []
    qtbot.waitUntil(lambda: bool(crash_dialogs) and not runner.busy, timeout=10_000)
    _assert_one_crash_dialog(crash_dialogs, log_file, "AttributeError", "planted progress bug")
    assert runner.wait(5000)


def test_a_bug_attaching_a_file_shows_the_crash_dialog_and_the_pane_recovers(
    qtbot, sample_store: Store, crash_dialogs, log_file: Path, monkeypatch, tmp_path: Path
) -> None:
    def ingest(*_args: object, **_kwargs: object) -> None:
        raise KeyError("planted attach bug")

    monkeypatch.setattr(MaterialStore, "ingest", ingest)
    runner = TaskRunner()
    view = CaseStudiesView(sample_store, tasks=runner)
    qtbot.addWidget(view)
    view.show()
    deck = tmp_path / "deck.pdf"
    deck.write_bytes(b"%PDF-1.4 deck")
    with qtbot.waitSignal(view.materials.idle, timeout=10_000):
        view.materials.attach_files([deck])
    qtbot.waitUntil(lambda: bool(crash_dialogs), timeout=10_000)
    _assert_one_crash_dialog(crash_dialogs, log_file, "KeyError", "planted attach bug")
    assert not view.materials.attaching and view.strip.isHidden()
    assert "planted" not in view.messages.text()
    assert view.materials.model.rowCount() == 0
    assert runner.wait(5000)


# ---- the user's disk is not a bug ---------------------------------------------------------
def test_a_live_agenda_the_disk_refuses_is_a_banner_not_a_crash(
    qtbot, window: MainWindow, sample_store: Store
) -> None:
    from briefing_app.calendar.export import live_agenda_path

    live_agenda_path(sample_store).mkdir(parents=True)  # a folder where the file goes
    window.set_favourite(window.model.record(window.model.index_at(1)).id, True)
    qtbot.waitUntil(
        lambda: "Could not update the live agenda file" in window.messages.text(), timeout=10_000
    )
    assert "Is a directory" in window.messages.text() or "Errno" in window.messages.text()
    assert window.agenda_writer.wait(5000)
