"""The Qt side of syncing: runs the core's sync off the GUI thread, reports by signals."""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from briefing_app.errors import BriefingError
from briefing_app.store import Store
from briefing_app.ui.workers.tasks import TaskRunner
from briefing_app.usecases.settings import feed_fetcher

if TYPE_CHECKING:
    from briefing_app.sync import Fetcher, SyncReport


def sync_all(store: Store, fetcher: Fetcher, **options: Any) -> SyncReport:
    """:func:`briefing_app.sync.sync_all`, imported on the first sync (requests and the feed
    parsers are not loaded before the window's first paint)."""
    from briefing_app.sync import sync_all as run

    return run(store, fetcher, **options)


logger = logging.getLogger(__name__)


class SyncController(QObject):
    """Syncs feeds in a worker thread; one sync at a time.

    Signals:
        started(): a sync began.
        progress(str, int, str): stage ("fetching", "parsing", "applying"), feed id, feed name;
            emitted from the worker, delivered on the GUI thread.
        finished(object): the :class:`SyncReport` (outcomes and per-feed errors).
        failed(object): the sync could not run at all (e.g. the database is locked): the
            :class:`BriefingError`.
        crashed(): the sync stopped on a bug (the crash dialog tells the user).
    """

    started = Signal()
    progress = Signal(str, int, str)
    finished = Signal(object)
    failed = Signal(object)
    crashed = Signal()

    def __init__(
        self,
        db_path: Path,
        tasks: TaskRunner,
        parent: QObject | None = None,
        fetcher_factory: Callable[[], Fetcher] | None = None,
    ) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.tasks = tasks
        self.fetcher_factory = fetcher_factory
        self.running = False

    def sync(self, feed_ids: list[int] | None = None) -> bool:
        """Start syncing (all feeds, or *feed_ids*); False if a sync already runs."""
        if self.running:
            return False
        self.running = True
        self.started.emit()
        self.tasks.run(lambda: self._work(feed_ids), self._done, self._failed, self._crashed)
        return True

    def _work(self, feed_ids: list[int] | None) -> SyncReport:
        with Store(self.db_path) as store:
            # The user's download time limit, unless a test brings its own fetcher.
            factory = self.fetcher_factory or (lambda: feed_fetcher(store))
            with closing(factory()) as fetcher:
                # The kept materials the feeds changed are fetched after this, as work of
                # their own (ui/workers/kept_refresh.py): a sync never waits on their servers.
                return sync_all(store, fetcher, feed_ids=feed_ids, progress=self._report)

    def _report(self, stage: str, feed_id: int, name: str) -> None:
        """Progress from the worker thread; the window may be gone by now."""
        try:
            self.progress.emit(stage, feed_id, name)
        except RuntimeError:  # the controller was deleted (window closed): sync goes on
            logger.debug("progress for feed %d not shown: the window is closed", feed_id)

    def _done(self, report: SyncReport) -> None:
        self.running = False
        self.finished.emit(report)

    def _failed(self, error: BriefingError) -> None:
        self.running = False
        logger.error("Sync could not run: %s", error)
        self.failed.emit(error)

    def _crashed(self) -> None:
        self.running = False
        self.crashed.emit()
