"""After a window sync: the kept materials the sync changed, fetched again as work of their own.

A sync that changes a kept material (a new address, size or checksum) used to fetch it
inside the sync's task: the sync, its progress and the window's reload waited on the
material's server (a 200 MB recording, a stalled host). Now the sync commits and
reports; then :class:`KeptRefresh` runs :func:`prereads.refresh_kept` on its own
:class:`TaskRunner` (so the window's runner is free: following changes made elsewhere
and a language switch wait for that one) as a :class:`ProgressTask`: progress and
Cancel (the window's status bar shows it in a :class:`ProgressStrip`). A sync that
ends while a refresh runs adds its feeds to the next one.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from briefing_app.errors import BriefingError
from briefing_app.store import Store
from briefing_app.ui.workers.progress_task import CancelCheck, ProgressCallback, ProgressTask
from briefing_app.ui.workers.tasks import TaskRunner

if TYPE_CHECKING:
    from briefing_app.usecases.prereads import Refreshed

logger = logging.getLogger(__name__)


class KeptRefresh(QObject):
    """Fetches again the kept materials of the feeds a sync applied; one run at a time.

    Signals:
        started(object): a run began: its :class:`ProgressTask` (progress, Cancel).
        file_started(int, int, str): file *n* of *m* began, its title (GUI thread).
        finished(object, object): a run ended: the :class:`prereads.Refreshed` (None when
            nothing was kept) and the feed ids it refreshed (a list).
        failed(object, object): a run could not go on (the store busy or damaged): the
            :class:`BriefingError` and the feed ids.
    """

    started = Signal(object)
    file_started = Signal(int, int, str)
    finished = Signal(object, object)
    failed = Signal(object, object)

    def __init__(
        self, db_path: Path, parent: QObject | None = None, tasks: TaskRunner | None = None
    ) -> None:
        super().__init__(parent)
        self.db_path = db_path
        #: Its own runner: a long download never holds the window's (see the module).
        self.tasks = tasks or TaskRunner(self)
        self.task: ProgressTask | None = None
        self.feeds: list[int] = []
        self._waiting: set[int] = set()
        self._closed = False

    @property
    def running(self) -> bool:
        return self.task is not None

    def refresh(self, feed_ids: Iterable[int]) -> bool:
        """Refresh the kept materials of *feed_ids* (after a run under way, if any)."""
        feeds = set(feed_ids)
        if not feeds or self._closed:
            return False
        if self.running:
            self._waiting |= feeds
            return True
        self._start(sorted(feeds))
        return True

    def cancel(self) -> None:
        """Stop the run at its next chunk (a file being fetched stays resumable)."""
        self._waiting.clear()
        if self.task is not None:
            self.task.cancel()

    def close(self) -> None:
        """The window closes: the run stops soon, and reports to no one."""
        self._closed = True
        self.cancel()
        self.tasks.close()

    def _start(self, feeds: list[int]) -> None:
        task = ProgressTask("kept materials", self)
        self.task = task
        self.feeds = feeds
        task.finished.connect(lambda result, t=task: self._ended(t, result, None))
        task.failed.connect(lambda error, t=task: self._ended(t, None, error))
        task.crashed.connect(lambda t=task: self._ended(t, None, None))
        self.started.emit(task)
        task.start(self.tasks, lambda progress, cancel: self._work(feeds, progress, cancel))

    def _work(self, feeds: list[int], report: ProgressCallback, cancel: CancelCheck) -> object:
        """In the worker thread, with a Store of its own."""
        from briefing_app.usecases import prereads

        shown = [0]

        def progress(done: int, total: int, number: int, files: int, title: str) -> None:
            if number != shown[0]:
                shown[0] = number
                try:
                    self.file_started.emit(number, files, title)
                except RuntimeError:  # the window was closed; the run stops at the next chunk
                    logger.debug("kept materials: file %d not shown, the window is gone", number)
            report(done, total)

        with Store(self.db_path) as store:
            return prereads.refresh_kept(store, feeds, progress=progress, cancel=cancel)

    def _ended(
        self, task: ProgressTask, result: Refreshed | None, error: BriefingError | None
    ) -> None:
        if task is not self.task:
            return
        self.task = None
        task.deleteLater()  # after its signals: each run has a task of its own
        feeds = self.feeds
        if error is not None:
            logger.info("Refreshing the kept materials failed: %s", error)
            self.failed.emit(error, feeds)
        else:
            self.finished.emit(result, feeds)
        if self._waiting and not self._closed:
            waiting, self._waiting = sorted(self._waiting), set()
            self._start(waiting)
