"""Qt objects a background task made die in the task's thread, even when it fails.

A failing task's exception travelled to the GUI thread with its traceback, and the
traceback held the task's frames: the briefing pack's QTextDocument (whose layout runs
timers in the worker thread) was destroyed in the GUI thread when the error was let go,
and Qt said "QBasicTimer::stop: Failed. Possibly trying to stop from a different thread"
(seen under load when a large pack was cancelled).
"""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QSizeF, QThread
from PySide6.QtGui import QTextDocument

from briefing_app.errors import BriefingError
from briefing_app.ui.workers.tasks import TaskRunner


class _Destroyed:
    def __init__(self) -> None:
        self.threads: list[QThread | None] = []
        self.event = threading.Event()


def _laid_out_document(seen: _Destroyed) -> QTextDocument:
    doc = QTextDocument()
    doc.setPageSize(QSizeF(600, 800))
    doc.setHtml("<p>briefing pack text</p>" * 2000)
    assert doc.pageCount() > 1  # its layout ran (and started its timers) in this thread

    def note_thread() -> None:
        seen.threads.append(QThread.currentThread())
        seen.event.set()

    doc.destroyed.connect(note_thread)
    return doc


def test_a_failed_task_lets_go_of_its_qt_objects_in_its_own_thread(qtbot) -> None:
    seen = _Destroyed()
    runner = TaskRunner()
    errors: list[BriefingError] = []

    def work() -> None:
        doc = _laid_out_document(seen)
        raise BriefingError(f"the pack was cancelled after {doc.pageCount()} pages")

    runner.run(work, lambda _result: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=30_000)
    assert errors[0].__traceback__ is not None  # where it failed is still known
    gc.collect()
    assert seen.event.wait(10)
    gui = QThread.currentThread()
    assert seen.threads and seen.threads[0] is not gui


def test_a_crashed_task_lets_go_of_its_qt_objects_in_its_own_thread(qtbot, monkeypatch) -> None:
    seen = _Destroyed()
    runner = TaskRunner()
    reported: list[BaseException] = []
    monkeypatch.setattr("briefing_app.ui.workers.tasks.crash.report", reported.append)
    undone: list[bool] = []

    def work() -> None:
        doc = _laid_out_document(seen)
        raise ValueError(f"a bug after {doc.pageCount()} pages")

    runner.run(work, lambda _result: None, lambda _error: None, lambda: undone.append(True))
    qtbot.waitUntil(lambda: bool(undone), timeout=30_000)
    gc.collect()
    assert seen.event.wait(10)
    assert seen.threads and seen.threads[0] is not QThread.currentThread()
