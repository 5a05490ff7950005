"""Session-list searches on a thread of their own, with one warm connection.

Full-text queries over a big store take tens to hundreds of milliseconds; they
run here so typing never waits, and a newer request stops an older one midway.
The worker keeps one :class:`Store` (SQLite connections are per thread) for its
whole life, so its page cache stays warm from one
keystroke to the next: a fresh connection per search re-reads the index and
cost as much again as the query. Requests carry a serial number; the worker
skips any request a newer one has overtaken, and the window shows only the
answer to the latest.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)

from briefing_app.errors import BriefingError, OperationCancelledError
from briefing_app.store import IndexEntry, SessionQuery, Store
from briefing_app.ui import crash, gc_pacing
from briefing_app.ui.workers.tasks import let_go_of_frames

logger = logging.getLogger(__name__)


#: Rows a list's first answer holds: many screens, and every list of one event; a longer
#: list's rest follows in a second answer. Ranking or ordering the first 1,000 rows costs
#: SQLite what the first 200 do (it keeps the best rows in a heap while it reads).
FIRST_PAGE = 1000
#: The worker's SQLite page cache, in MB: as the window's own connection
#: (``main_window.WINDOW_CACHE_MB``). SQLite's default here, 32 MB, filled at 100,000
#: sessions and stayed (25 MB of the GUI's peak) for no search measurably faster: the
#: pages stay in the OS's cache.
READER_CACHE_MB = 8
#: The longest a whole-list load gives way to a tab being opened (:meth:`SearchRunner.give_way`):
#: it goes on when the tab has painted, and at the latest after this.
GIVE_WAY_LONGEST_MS = 1000
_WAIT_SLICE_S = 0.02


#: What the worker does with a whole list before handing it over (the list's grouping,
#: planned off the GUI thread); its answer goes out as ``prepared``.
Prepare = Callable[[list[IndexEntry]], object]
#: What the worker reads for a first page before handing it over, with its own store (the
#: records the list paints first); its answer goes out as ``page_read``.
ReadPage = Callable[[Store, list[IndexEntry]], object]


class _Worker(QObject):
    page_read = Signal(int, object)
    answered = Signal(int, object)
    prepared = Signal(int, object)
    completed = Signal(int, object)
    failed = Signal(int, object)
    crashed = Signal(int, object)

    def __init__(self, path: Path, runner: SearchRunner) -> None:
        super().__init__()
        self.path = path
        self.runner = runner
        self.store: Store | None = None

    @Slot(int, object, bool, object)
    def run(
        self,
        serial: int,
        query: SessionQuery,
        rest_only: bool,
        prepare: Prepare | ReadPage | None,
    ) -> None:
        """The first page, or (*rest_only*) the whole list, unless overtaken (*prepare*:
        a :data:`ReadPage` for a first page, a :data:`Prepare` for a whole list)."""
        if serial < self.runner.latest:
            self.completed.emit(serial, None)  # overtaken: nobody will look at it
            return
        try:
            if self.store is None:
                self.store = Store(self.path)
                self.store.set_cache_size(READER_CACHE_MB)
                self.store.cancel_when(self._stop_here)
            self._serial = serial
            self._rest = rest_only
            entries = None
            if not rest_only:
                # The first page only: the list asks for the rest (load_rest) when it
                # wants it, which is not while keys are still coming.
                page = self.store.list_first(query, FIRST_PAGE)
                if prepare is not None and not self._stop_here():
                    read = cast(ReadPage, prepare)  # what a first page's request carries
                    self._read_page(serial, read, page.result.entries)
                self.answered.emit(serial, page)
            elif serial >= self.runner.latest:
                entries = self.store.session_index(query)
                if prepare is not None and not self._stop_here():
                    plan = cast(Prepare, prepare)  # what a whole list's request carries
                    self.prepared.emit(serial, plan(entries))
        except OperationCancelledError:
            self.completed.emit(serial, None)
            return
        except BriefingError as exc:  # handed to the GUI thread, which shows it
            logger.debug("search failed: %s", exc)
            self.failed.emit(serial, let_go_of_frames(exc))
            return
        except Exception as exc:  # a bug: logged here, shown by the crash handler
            logger.exception("Unexpected error in a search")
            self.crashed.emit(serial, let_go_of_frames(exc))
            return
        self.completed.emit(serial, entries)

    _serial = 0
    _rest = False

    def _read_page(self, serial: int, read: ReadPage, entries: list[IndexEntry]) -> None:
        """``page_read`` with what *read* found; nothing if the store could not say (the
        list reads the page itself then, and shows what it can, as for any page)."""
        assert self.store is not None
        try:
            records = read(self.store, entries)
        except OperationCancelledError:
            raise
        except BriefingError as exc:
            logger.debug("first page not read with its search: %s", exc)
            return
        self.page_read.emit(serial, records)

    def _stop_here(self) -> bool:
        """Asked between the chunks of a query (and by SQLite as it runs): True stops it,
        overtaken. A whole-list load waits here while the window opens a tab
        (:meth:`SearchRunner.give_way`): its rows are built in Python, which would take
        the interpreter from the GUI thread half the time."""
        if self.runner.latest > self._serial:
            return True
        if self._rest:  # in slices: a newer request (typing) stops the wait at once
            waited = 0.0
            while not self.runner.going.wait(_WAIT_SLICE_S) and waited < GIVE_WAY_LONGEST_MS:
                if self.runner.latest > self._serial:
                    return True
                waited += _WAIT_SLICE_S * 1000
        return self.runner.latest > self._serial

    @Slot()
    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None


class SearchRunner(QObject):
    """Runs session-list queries off the GUI thread, first page first.

    A search answers its first :data:`FIRST_PAGE` rows as soon as SQLite has
    ranked them (:meth:`Store.list_first`); the whole list (for scrolling and the
    count) is a second request, :meth:`load_rest`, which the list holds back while
    keys are still coming (:meth:`hold_rest`). A newer request stops the running
    query (:meth:`Store.cancel_when`), so typing never waits behind an old one.

    Signals:
        page_read(int, object): the serial and what ``search``'s *read_page* read for its
            first page, just before ``answered`` hands the page over.
        answered(int, object): the serial and its :class:`FirstPage`.
        prepared(int, object): the serial and what ``load_rest``'s *prepare* made of the
            whole list, just before ``completed`` hands the list over.
        completed(int, object): the serial and the whole list's entries (``None``: a
            first page's request, or one overtaken). Every request ends with
            ``completed`` or ``failed``.
        failed(int, object): the serial and the :class:`BriefingError` (a bug goes to
            :func:`crash.report` instead).
    """

    page_read = Signal(int, object)
    answered = Signal(int, object)
    prepared = Signal(int, object)
    completed = Signal(int, object)
    failed = Signal(int, object)
    _request = Signal(int, object, bool, object)
    _close = Signal()

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.latest = 0
        self.pending = 0
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._stopped = False
        #: None: whole-list loads go out at once; () or the newest one held: see hold_rest.
        self._held: tuple[()] | tuple[int, SessionQuery, Prepare | None] | None = None
        #: Cleared while a whole-list load gives way (:meth:`give_way`); the worker waits on it.
        self.going = threading.Event()
        self.going.set()
        self._giving_way: _UntilPainted | None = None
        gc_pacing.watch(self)  # no full garbage collection while an answer is on its way

    def search(self, serial: int, query: SessionQuery, read_page: ReadPage | None = None) -> bool:
        """Answer *query* in the background; a higher *serial* overtakes it.

        *read_page* runs on the worker with its store and the first page's entries (the
        records the list paints first: not read on the GUI thread); its answer comes as
        ``page_read``. False once :meth:`stop` ran (the window closed): nothing is
        started again.
        """
        return self._send(serial, query, rest_only=False, prepare=read_page)

    def load_rest(self, serial: int, query: SessionQuery, prepare: Prepare | None = None) -> bool:
        """The whole list for *query* (its first page is shown), as ``completed``.

        *prepare* runs on the worker with the list; its answer comes as ``prepared``.
        Between :meth:`hold_rest` and :meth:`release_rest` the request waits (the
        newest one only).
        """
        if self._held is not None and not self._stopped:
            self._held = (serial, query, prepare)
            return True
        return self._send(serial, query, rest_only=True, prepare=prepare)

    def hold_rest(self) -> None:
        """Keep whole-list loads back until :meth:`release_rest`: building 100,000 entries
        takes the interpreter from the GUI thread for a while, so not before the window's
        first paint, nor while the user types."""
        if self._held is None:
            self._held = ()

    def release_rest(self) -> None:
        """Send the whole-list load held back, if any; loads go out at once again."""
        held, self._held = self._held, None
        if held:
            serial, query, prepare = held
            self._send(serial, query, rest_only=True, prepare=prepare)

    def give_way(self) -> None:
        """A whole-list load (running, or sent meanwhile) waits: the window is opening a
        tab, whose reads and layout run on the GUI thread, and the load's rows are built
        in Python, which would take the interpreter from the GUI thread half the time.
        It goes on where it stopped after the tab has painted (:meth:`go_on_when_painted`),
        or at the latest after :data:`GIVE_WAY_LONGEST_MS`. A first page (the user
        typing) never waits."""
        self.go_on()
        self.going.clear()
        self._giving_way = _UntilPainted(self.go_on)

    def go_on_when_painted(self, widget: QObject) -> None:
        """End :meth:`give_way` once *widget* (the tab opened) has painted."""
        if self._giving_way is not None:
            self._giving_way.watch(widget)

    def go_on(self) -> None:
        """End :meth:`give_way` now: the whole-list load carries on."""
        self.going.set()
        waiting, self._giving_way = self._giving_way, None
        if waiting is not None:
            waiting.close()

    def _send(
        self,
        serial: int,
        query: SessionQuery,
        *,
        rest_only: bool,
        prepare: Prepare | ReadPage | None = None,
    ) -> bool:
        if self._stopped:
            return False
        if self._thread is None:
            self._start()
        self.latest = max(self.latest, serial)
        self.pending += 1
        self._request.emit(serial, query, rest_only, prepare)
        return True

    @property
    def idle(self) -> bool:
        """Nothing asked for is still to come (no answer pending, no whole list held back)."""
        return not self.pending and not self._held

    def supersede(self, serial: int) -> None:
        """A query answered elsewhere (browsing, on the GUI thread) overtakes queued searches."""
        self.latest = max(self.latest, serial)

    def _start(self) -> None:
        self._thread = QThread()
        self._thread.setObjectName("search")
        self._worker = _Worker(self.path, self)
        self._worker.moveToThread(self._thread)
        self._request.connect(self._worker.run)
        # Blocking: the connection is closed before the thread is told to end.
        self._close.connect(self._worker.close, Qt.ConnectionType.BlockingQueuedConnection)
        self._worker.page_read.connect(self.page_read)
        self._worker.answered.connect(self.answered)
        self._worker.prepared.connect(self.prepared)
        self._worker.completed.connect(self._completed)
        self._worker.failed.connect(self._failed)
        self._worker.crashed.connect(self._crashed)
        app = QCoreApplication.instance()
        if app is not None:  # never leave a running thread behind at exit
            app.aboutToQuit.connect(self.stop)
        self._thread.start()

    def _completed(self, serial: int, entries: object) -> None:
        self.pending -= 1
        self.completed.emit(serial, entries)

    def _failed(self, serial: int, error: BriefingError) -> None:
        self.pending -= 1
        self.failed.emit(serial, error)

    def _crashed(self, _serial: int, error: BaseException) -> None:
        self.pending -= 1
        crash.report(error)

    def wait(self, msecs: int = 30_000) -> bool:
        """Deliver every answer asked for (for tests, screenshots and benchmarks)."""
        self.release_rest()
        self.go_on()
        deadline = time.monotonic() + msecs / 1000
        while self.pending and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if self.pending:
                time.sleep(0.001)
        return not self.pending

    def stop(self) -> None:
        """Close the worker's connection and end its thread (the window is closing)."""
        self._stopped = True
        if self._thread is None:
            return
        # A query still running (the whole list of a large store) stops at its next check
        # instead of holding the window's close until it is done.
        self.latest += 1
        self.go_on()
        self._close.emit()
        self._thread.quit()
        self._thread.wait()
        self._thread = None
        self._worker = None


class _UntilPainted(QObject):
    """Calls *done* once, after the widget it watches has painted (its children follow
    in the same pass), or after :data:`GIVE_WAY_LONGEST_MS` at the latest (a widget not
    painted, or gone)."""

    def __init__(self, done: Callable[[], None]) -> None:
        # No parent: only the runner's reference holds it, and dropping that deletes it.
        # (Parented and closed with deleteLater, it was deleted twice when a runner went
        # before the deferred delete ran: a crash in the next test's event loop.)
        super().__init__()
        self._widget: QObject | None = None
        self._done = done
        self._closed = False
        QTimer.singleShot(GIVE_WAY_LONGEST_MS, self, self._finish)

    def watch(self, widget: QObject) -> None:
        self._forget()
        self._widget = widget
        widget.installEventFilter(self)
        widget.destroyed.connect(self._gone)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._finish)  # once this paint pass is over
        return False

    def _gone(self) -> None:
        self._widget = None

    def _forget(self) -> None:
        if self._widget is not None:
            self._widget.removeEventFilter(self)
            self._widget.destroyed.disconnect(self._gone)
        self._widget = None

    def _finish(self) -> None:
        if not self._closed:
            self._done()

    def close(self) -> None:
        """Done with: it watches nothing and calls nothing more (deleted when dropped)."""
        self._closed = True
        self._forget()
