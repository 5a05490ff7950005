"""Run core work off the GUI thread and get the result, or the error, back on it.

Picard's ``run_task`` pattern: a callable runs on a QThreadPool; its return
value or its error comes back as a signal delivered in the thread of the
:class:`TaskRunner` (the GUI thread). Widgets are touched only there. The
callable must not use the GUI's Store: it opens its own (SQLite connections
are per thread).

Errors take one road: a :class:`BriefingError` (a failure the user can read
about) goes to the asker's ``on_error``; anything else is a bug, logged with
its traceback in the worker and shown once by :func:`crash.report`, while the
asker's ``on_crash`` (if any) puts its view back as it was.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance
from shiboken6 import isValid

from briefing_app.errors import BriefingError
from briefing_app.ui import crash

logger = logging.getLogger(__name__)

#: What a task's work returns; its on_done receives it.
T = TypeVar("T")


def let_go_of_frames(error: BaseException) -> BaseException:
    """*error* with the local variables of its finished frames dropped, here in the worker.

    An exception handed to the GUI thread carries its traceback, and the traceback its
    frames' locals: Qt objects the work made (the pack's QTextDocument, whose layout runs
    timers in the worker thread) would be destroyed in the GUI thread when the error is let
    go ("QBasicTimer::stop: Failed. Possibly trying to stop from a different thread"). The
    file, line and function of every frame stay, for the log and the crash dialog.
    """
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        traceback.clear_frames(current.__traceback__)
        current = current.__cause__ or current.__context__
    return error


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)  # a BriefingError
    crashed = Signal(object)  # anything else: a bug


class _Job(QRunnable):
    def __init__(self, work: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except BriefingError as exc:  # the asker says it in its own words
            logger.debug("background task failed: %s", exc)
            self._emit(self.relay.failed, let_go_of_frames(exc))
        except Exception as exc:  # a bug: logged here, shown by the crash handler
            logger.exception("Unexpected error in background work")
            self._emit(self.relay.crashed, let_go_of_frames(exc))
        else:
            self._emit(self.relay.done, result)

    @staticmethod
    def _emit(signal: SignalInstance, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the relay is gone (the interpreter is exiting): nobody asks
            logger.debug("a background task ended after its relay was deleted")


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
        self._closed = False

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def run(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], object],
        on_error: Callable[[BriefingError], object],
        on_crash: Callable[[], object] | None = None,
    ) -> None:
        """Run *work* in the pool; *on_done* gets its result, *on_error* its BriefingError.

        Any other exception is a bug: it goes to :func:`crash.report` (the dialog
        naming the log file), never to *on_error*; *on_crash* is called first so the
        asker can undo what it set up (a disabled button, a "running" flag).
        """
        # No parent: the relay must outlive a TaskRunner (a window) deleted while the
        # task runs. It lives in this (the GUI) thread, so its signals queue here.
        relay = _Relay()
        relay.done.connect(lambda result: self._deliver(on_done, result))
        relay.failed.connect(lambda error: self._deliver(on_error, error))
        relay.done.connect(lambda _result: self._finish(relay))
        relay.failed.connect(lambda _error: self._finish(relay))
        # The asker tidies up, the dialog shows (its loop runs what is queued, so the
        # runner is idle while it is open), then the relay is let go: last, as for done
        # and failed, or the relay could be collected before every slot ran.
        if on_crash is not None:
            relay.crashed.connect(lambda _error: self._deliver(on_crash))
        relay.crashed.connect(crash.report)  # a bug is shown even if its asker is gone
        relay.crashed.connect(lambda _error: self._finish(relay))
        was_busy = self.busy
        self._relays.add(relay)
        if not was_busy:
            self.busy_changed.emit(True)
        self.pool.start(_Job(work, relay))

    def close(self) -> None:
        """Its owner closes (a window's shut_down): the results of tasks still running are
        dropped, not handed to views that are gone or a store that is closed. The work
        itself runs to its end (it has its own store connection); a bug is still shown.
        """
        self._closed = True

    def _deliver(self, callback: Callable[..., object], *args: object) -> None:
        """Call *callback* (on the GUI thread) unless its asker is gone: this runner was
        closed, or the QObject whose method *callback* is was deleted."""
        owner = getattr(callback, "__self__", None)
        if self._closed or (isinstance(owner, QObject) and not isValid(owner)):
            logger.debug("a background task's result was dropped: its asker is gone")
            return
        callback(*args)

    def _finish(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()
        if not self._relays:
            try:
                self.busy_changed.emit(False)
            except RuntimeError:  # the runner (its window) was deleted while the task ran
                logger.debug("a task ended after its runner was deleted")

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (for shutdown and tests)."""
        return bool(self.pool.waitForDone(msecs))
