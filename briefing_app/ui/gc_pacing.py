"""Full garbage collections at quiet moments, not in the middle of typing.

Python's collector makes a full pass (its oldest generation) once enough objects
have survived the young ones: it walks every tracked object, and with 100,000
sessions the list's index entries alone are 100,000 of them (NamedTuples stay
tracked). That pass holds the interpreter for 40 to 80 ms on whichever thread
happens to allocate -- often the search worker building the next list, while the
GUI thread waits for the interpreter to paint the answer (issue 14).

:func:`install` turns the automatic full pass off and runs it when the app has
been quiet for a moment (:data:`QUIET_MS` after the last :func:`busy`), or every
:data:`PERIOD_MS` at the latest. The young generations are still collected as
usual: they hold only new objects, so each of their passes is short.

Nor while a search is on its way (:func:`watch`): the quiet moment after the last key
came in the middle of reading a 100,000-row list, and the pass held the GUI thread
for 120 to 360 ms there (issue 14, typing stall).
"""

from __future__ import annotations

import gc
import time
import weakref
from typing import Protocol

from PySide6.QtCore import QObject, QTimer

#: A full collection waits this long after the last sign of activity ...
QUIET_MS = 1500
#: ... and runs at least this often.
PERIOD_MS = 30_000
#: The oldest generation's threshold: full passes never start on their own.
_NEVER = 1 << 30


class Worker(Protocol):
    """Something working for the user in the background (a search runner)."""

    @property
    def idle(self) -> bool: ...


class GcPacer(QObject):
    """Runs the full collections :func:`install` took from the allocator.

    ``collections`` counts the passes it made (for tests).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.collections = 0
        self._thresholds = gc.get_threshold()
        young, middle, _old = self._thresholds
        gc.set_threshold(young, middle, _NEVER)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._collect)
        self._timer.start(PERIOD_MS)
        #: Workers a full pass waits for (see :func:`watch`), and since when it has waited.
        self._watched: weakref.WeakSet[Worker] = weakref.WeakSet()
        self._waiting_since: float | None = None

    def watch(self, worker: Worker) -> None:
        """No full pass while *worker* is not idle (for :data:`PERIOD_MS` at the most)."""
        self._watched.add(worker)

    def busy(self) -> None:
        """Something is going on (a key typed, a list shown): collect a moment after it."""
        self._waiting_since = None
        self._timer.start(QUIET_MS)

    def _collect(self) -> None:
        if not gc.isenabled():  # paused around a burst of allocation (util/gcpause.py)
            self._timer.start(QUIET_MS)
            return
        if any(not worker.idle for worker in list(self._watched)):
            # An answer is on its way (a long list is being read): a moment later.
            now = time.monotonic()
            self._waiting_since = self._waiting_since or now
            if now - self._waiting_since < PERIOD_MS / 1000:
                self._timer.start(QUIET_MS)
                return
        self._waiting_since = None
        gc.collect()
        self.collections += 1
        self._timer.start(PERIOD_MS)

    def uninstall(self) -> None:
        """Give the collector its own thresholds back (tests; the app keeps its pacer)."""
        self._timer.stop()
        gc.set_threshold(*self._thresholds)
        global _pacer
        if _pacer is self:
            _pacer = None


_pacer: GcPacer | None = None


def install(parent: QObject) -> GcPacer:
    """Pace full collections for the life of *parent* (the application); once."""
    global _pacer
    if _pacer is None:
        _pacer = GcPacer(parent)
    return _pacer


def watch(worker: Worker) -> None:
    """Full passes wait while *worker* is busy (held weakly; no-op without a pacer)."""
    if _pacer is not None:
        _pacer.watch(worker)


def busy() -> None:
    """Tell the pacer (if one is installed) that the user is busy: no full pass now."""
    if _pacer is not None:
        _pacer.busy()
