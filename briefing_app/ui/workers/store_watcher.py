"""Noticing writes that other processes make to the store the window shows.

A second window, ``briefing-app favourite 4`` in a terminal, a scheduled sync
in another copy of the app, the window's own worker threads: each writes
through its own SQLite connection. SQLite counts those commits for every other
connection (``PRAGMA data_version``), and reading the counter costs no disk
access, so the window polls it a few times a second and reloads what it shows
when it moves. Its own writes on its own connection do not move it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from briefing_app.errors import BriefingError
from briefing_app.store import Store

logger = logging.getLogger(__name__)

#: How often the window looks (ms): changes show within about this long.
POLL_INTERVAL_MS = 250


class StoreWatcher(QObject):
    """Emits :attr:`changed` when another connection has committed to *store*'s file.

    Signals:
        changed(): the file changed since the last look (or the last :meth:`mark_seen`).
    """

    changed = Signal()

    def __init__(
        self, store: Store, parent: QObject | None = None, interval_ms: int = POLL_INTERVAL_MS
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._seen = self._version()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        self._timer.start()

    def _version(self) -> int | None:
        try:
            return self.store.data_version()
        except BriefingError as exc:  # a closed or broken connection: look again later
            logger.debug("Could not read the store's data version: %s", exc)
            return None

    def poll(self) -> bool:
        """Look now; emit :attr:`changed` and return True if the file changed."""
        version = self._version()
        if version is None or version == self._seen:
            return False
        self._seen = version
        self.changed.emit()
        return True

    def mark_seen(self) -> None:
        """The caller is about to reload everything: changes up to now need no signal."""
        version = self._version()
        if version is not None:
            self._seen = version

    def forget(self) -> None:
        """The last change could not be shown: signal again at the next look."""
        self._seen = None

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()
