"""Run core work off the GUI thread and get the result, or the error, back on it.

Picard's ``run_task`` pattern: a callable runs on a QThreadPool; its return
value or its exception comes back as a signal delivered in the thread of the
:class:`TaskRunner` (the GUI thread). Widgets are touched only there. The
callable must not use the GUI's Store: it opens its own (SQLite connections
are per thread).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

logger = logging.getLogger(__name__)

#: What a task's work returns; its on_done receives it.
T = TypeVar("T")


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # handed to the GUI thread, which decides what to show
            logger.debug("background task failed", exc_info=True)
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


class TaskRunner(QObject):
    """Starts background tasks; keeps each relay alive until its task reports.

    Signals:
        busy_changed(bool): True while any task runs (for a progress indicator).
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._relays: set[_Relay] = set()

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def run(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], object],
        on_error: Callable[[Exception], object],
    ) -> None:
        # No parent: the relay must outlive a TaskRunner (a window) deleted while the
        # task runs. It lives in this (the GUI) thread, so its signals queue here.
        relay = _Relay()
        relay.done.connect(on_done)
        relay.failed.connect(on_error)
        relay.done.connect(lambda _result: self._finish(relay))
        relay.failed.connect(lambda _error: self._finish(relay))
        was_busy = self.busy
        self._relays.add(relay)
        if not was_busy:
            self.busy_changed.emit(True)
        self.pool.start(_Job(work, relay))

    def _finish(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()
        if not self._relays:
            self.busy_changed.emit(False)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (for shutdown and tests)."""
        return bool(self.pool.waitForDone(msecs))
