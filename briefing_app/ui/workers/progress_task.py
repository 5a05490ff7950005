"""Long file work (attaching, exporting, importing) off the GUI thread, with progress and Cancel.

The core's long operations take ``progress(done, total)`` and ``cancel() ->
bool`` callbacks (see :mod:`briefing_app.workspace.materials`). A
:class:`ProgressTask` runs one of them through the :class:`TaskRunner` and
turns the callbacks into signals delivered on the GUI thread; the
:class:`ProgressStrip` shows it (what is happening, a bar, Cancel).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from briefing_app.errors import BriefingError, OperationCancelledError
from briefing_app.ui.widgets.locale_text import percent_format
from briefing_app.ui.workers.tasks import TaskRunner

logger = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
#: The work: called in a worker thread with the progress callback and the cancel check.
Work = Callable[[ProgressCallback, CancelCheck], object]


class ProgressTask(QObject):
    """One cancellable background operation.

    Signals:
        progress(object, object): bytes done and total (total 0 when unknown), on the GUI
            thread; at most one per thousandth of the total.
        finished(object): the work's result.
        failed(object): the :class:`BriefingError` it raised (:class:`OperationCancelledError`
            when cancelled).
        crashed(): it stopped on a bug (the crash dialog tells the user).
    """

    progress = Signal(object, object)
    finished = Signal(object)
    failed = Signal(object)
    crashed = Signal()

    def __init__(self, label: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self._cancel = threading.Event()
        self._last_step = -1
        self.running = False

    def start(self, tasks: TaskRunner, work: Work) -> None:
        self.running = True
        tasks.run(
            lambda: work(self._report, self._cancel.is_set), self._done, self._failed, self._crashed
        )

    def cancel(self) -> None:
        """Ask the work to stop at its next check (within one chunk, a few milliseconds)."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _report(self, done: int, total: int) -> None:
        """Called in the worker thread for every chunk; forwards a thousandth at a time."""
        step = (done * 1000 // total) if total else done // (1 << 20)
        if step == self._last_step:
            return
        self._last_step = step
        try:
            self.progress.emit(done, total)
        except RuntimeError:  # the view was closed while the work goes on
            logger.debug("progress of %r not shown: its view is gone", self.label)

    def _done(self, result: object) -> None:
        self.running = False
        self.finished.emit(result)

    def _failed(self, error: BriefingError) -> None:
        self.running = False
        if self.cancelled and not isinstance(error, OperationCancelledError):
            logger.debug("%s failed after a cancel: %s", self.label, error)
        self.failed.emit(error)

    def _crashed(self) -> None:
        self.running = False
        self.crashed.emit()


class ProgressStrip(QWidget):
    """What runs in the background: a label, a bar, and Cancel. Hidden when idle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Progress"))
        self.label = QLabel()
        self.label.setAccessibleName(self.tr("Operation in progress"))
        self.bar = QProgressBar()
        self.bar.setFormat(percent_format())  # "0 %" in French
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the operation"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.task: ProgressTask | None = None
        self.hide()

    def track(self, task: ProgressTask, text: str) -> None:
        self.task = task
        self.label.setText(text)
        self.bar.setValue(0)
        self.cancel_button.setEnabled(True)
        task.progress.connect(self._progress)
        task.finished.connect(lambda _result, t=task: self._ended(t))
        task.failed.connect(lambda _error, t=task: self._ended(t))
        task.crashed.connect(lambda t=task: self._ended(t))
        self.show()

    def set_text(self, text: str) -> None:
        self.label.setText(text)

    def _progress(self, done: int, total: int) -> None:
        if total:
            self.bar.setRange(0, 1000)
            self.bar.setValue(min(1000, done * 1000 // total))
        else:
            self.bar.setRange(0, 0)  # busy, size unknown

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))

    def _ended(self, task: ProgressTask) -> None:
        if task is self.task:
            self.task = None
            self.hide()
