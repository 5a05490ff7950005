"""The window's writes: never waiting on the GUI thread, never lost to a lock.

A sync (the CLI's, or this window's own) can hold SQLite's write lock for a
minute. Reads do not wait for it (WAL mode), writes do: a note saved on the GUI
thread with the store's usual timeout froze the window and then failed. So
every write the user asks for goes through one :class:`WriteQueue`:

- it is tried at once on the GUI thread's connection *without waiting* for the
  lock (``busy_timeout`` 0): when nobody else writes, it is stored right away,
  as before;
- if another writer holds the lock, it is queued for the queue's own thread,
  which has its own connection and retries with a growing pause (up to
  :data:`MAX_RETRY_DELAY_MS`) until the write is stored;
- while any write waits, later ones queue behind it and are stored in the order
  asked; writes with the same key (one session's note, one session's ★)
  coalesce while they wait: the last one wins;
- a failure other than the lock (the session is gone, the disk is full) goes to
  the asker's ``on_error``, the one error road; a bug to the crash dialog.

The asker keeps what the user did visible meanwhile (the editor's text, the ★)
and, for anything typed, a crash-safe draft (:mod:`briefing_app.usecases.drafts`).
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from briefing_app.errors import BriefingError, DatabaseBusyError
from briefing_app.store import Store
from briefing_app.ui import crash

logger = logging.getLogger(__name__)

#: The queue's own connection waits this long for the lock before each retry (its thread
#: may wait; this only bounds how long it takes to notice the window closing).
WORKER_LOCK_TIMEOUT_MS = 250
#: Pauses between retries: the first after this, doubling up to the maximum.
FIRST_RETRY_DELAY_MS = 50
MAX_RETRY_DELAY_MS = 1000


@dataclass
class _Job:
    key: Hashable
    work: Callable[[Store], Any]
    on_done: Callable[[Any], object] | None
    on_error: Callable[[BriefingError], object] | None
    on_waiting: Callable[[], object] | None


class _Relay(QObject):
    """Lives in the GUI thread: the worker's reports arrive here as queued signals."""

    done = Signal(object, object)  # job, result
    failed = Signal(object, object)  # job, BriefingError
    crashed = Signal(object, object)  # job, anything else (a bug)


class WriteQueue(QObject):
    """Stores writes for the window without ever making its GUI thread wait for the lock.

    Signals:
        waiting_changed(int): how many writes wait for another writer's lock (0: all stored).
        failed(object): a queued write with no ``on_error`` of its own failed (a BriefingError).
    """

    waiting_changed = Signal(int)
    failed = Signal(object)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._cond = threading.Condition()
        self._order: deque[Hashable] = deque()  # keys waiting, first come first
        self._jobs: dict[Hashable, _Job] = {}  # the newest write of each key waiting
        self._thread: threading.Thread | None = None
        self._stopping = False
        self._relay = _Relay(self)
        self._relay.done.connect(self._done)
        self._relay.failed.connect(self._failed)
        self._relay.crashed.connect(self._crashed)

    # ---- asking ---------------------------------------------------------------------
    def submit(
        self,
        key: Hashable,
        work: Callable[[Store], Any],
        on_done: Callable[[Any], object] | None = None,
        on_error: Callable[[BriefingError], object] | None = None,
        on_waiting: Callable[[], object] | None = None,
    ) -> bool:
        """Store ``work(store)``; True if it is stored now, False if it waits (or failed).

        *on_done* gets the result, *on_error* a BriefingError other than the lock;
        both run on the GUI thread, at once or when the queue has stored it.
        *on_waiting* runs at once when the write has to wait (to keep a draft, to
        say so). A newer write with the same *key* replaces one still waiting.
        """
        job = _Job(key, work, on_done, on_error, on_waiting)
        with self._cond:
            coalesced = key in self._jobs
            if coalesced:  # one is waiting: keep the order, the last one wins
                self._jobs[key] = job
            others_wait = bool(self._jobs)
        if coalesced:
            self._waiting(job)
            return False
        if others_wait:  # behind them, in the order asked (a note, then restoring a version)
            self._enqueue(job)
            return False
        try:
            with self.store.lock_timeout(0):  # never wait for the lock here
                result = work(self.store)
        except DatabaseBusyError as exc:
            logger.info("The database is busy; %r waits in the write queue (%s)", key, exc)
        except BriefingError as exc:
            self._report_error(job, exc)
            return False
        else:
            if on_done is not None:
                on_done(result)
            return True
        self._enqueue(job)
        return False

    @staticmethod
    def _waiting(job: _Job) -> None:
        if job.on_waiting is not None:
            job.on_waiting()

    def is_waiting(self, key: Hashable) -> bool:
        with self._cond:
            return key in self._jobs

    @property
    def waiting(self) -> int:
        with self._cond:
            return len(self._jobs)

    def stop(self) -> None:
        """The window closes: the thread ends after its current try (drafts keep the rest)."""
        with self._cond:
            self._stopping = True
            left = len(self._jobs)
            self._cond.notify_all()
        if left:
            logger.warning("%d write(s) still waited for the database at close", left)

    def join(self, timeout_s: float) -> bool:
        """Wait for the stopped thread to end (app shutdown); True if it did."""
        thread = self._thread
        if thread is None:
            return True
        thread.join(timeout_s)
        return not thread.is_alive()

    # ---- the worker ---------------------------------------------------------------
    def _enqueue(self, job: _Job) -> None:
        with self._cond:
            if job.key not in self._jobs:
                self._order.append(job.key)
            self._jobs[job.key] = job
            count = len(self._jobs)
            if self._thread is None and not self._stopping:
                self._thread = threading.Thread(target=self._run, name="write-queue", daemon=True)
                self._thread.start()
            self._cond.notify_all()
        self.waiting_changed.emit(count)
        self._waiting(job)

    def _run(self) -> None:
        store: Store | None = None
        delay = FIRST_RETRY_DELAY_MS
        try:
            while True:
                with self._cond:
                    while not self._order and not self._stopping:
                        self._cond.wait()
                    if self._stopping:
                        return
                    job = self._jobs[self._order[0]]
                try:
                    if store is None:
                        store = Store(self.store.path)
                        store.set_lock_timeout(WORKER_LOCK_TIMEOUT_MS)
                    result = job.work(store)
                except DatabaseBusyError:
                    with self._cond:
                        if not self._stopping:
                            self._cond.wait(delay / 1000)
                    delay = min(delay * 2, MAX_RETRY_DELAY_MS)
                    continue
                except BriefingError as exc:
                    self._finish(job, self._relay.failed, exc)
                except Exception as exc:  # a bug: logged here, shown by the crash dialog
                    logger.exception("Unexpected error storing %r", job.key)
                    self._finish(job, self._relay.crashed, exc)
                else:
                    self._finish(job, self._relay.done, result)
                delay = FIRST_RETRY_DELAY_MS
        finally:
            if store is not None:
                store.close()

    def _finish(self, job: _Job, signal: Any, payload: object) -> None:
        with self._cond:
            superseded = self._jobs.get(job.key) is not job  # a newer one for the key waits
            if not superseded:
                del self._jobs[job.key]
                self._order.popleft()
            if self._stopping or (superseded and signal is self._relay.failed):
                return  # the newer write is tried next, and says so if it fails
            try:
                signal.emit(job, payload)
            except RuntimeError:  # the window was deleted meanwhile
                logger.debug("a write finished after its window was deleted")

    # ---- back on the GUI thread ---------------------------------------------------
    def _done(self, job: _Job, result: object) -> None:
        self.waiting_changed.emit(self.waiting)
        if job.on_done is not None:
            job.on_done(result)

    def _failed(self, job: _Job, error: BriefingError) -> None:
        self.waiting_changed.emit(self.waiting)
        self._report_error(job, error)

    def _report_error(self, job: _Job, error: BriefingError) -> None:
        logger.error("Could not store %r: %s", job.key, error)
        if job.on_error is not None:
            job.on_error(error)
        else:
            self.failed.emit(error)

    def _crashed(self, job: _Job, error: BaseException) -> None:
        self.waiting_changed.emit(self.waiting)
        crash.report(error)
