"""Damage found while the window is open: a quick check after it shows, and every later find.

At start, the daily check (``usecases/startup.py``) finds a damaged file once a
day, and the window then asks Recover / Restore backup / Quit before it opens
(``ui/app.py``). The window itself:

- checks the file once it shows, off the GUI thread (its own connection, in the
  window's :class:`TaskRunner`), unless this start's daily check already ran:
  the first paint never waits for it;
- hears of damage wherever it surfaces later, on any thread (a query meeting a
  damaged page, a write, a sync), through the store's damage listener;

and then offers the same dialog as at start (:class:`DamagedDatabaseDialog`),
once. The answer is kept in :attr:`DamageWatch.answer` and the window closes:
the database has to be closed before it is repaired, so ``run_gui`` carries out
the choice and opens the window again on the repaired file (Quit: exit 5, the
file untouched).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from briefing_app.errors import BriefingError, DatabaseDamagedError
from briefing_app.store import Store, add_damage_listener, remove_damage_listener
from briefing_app.ui.workers.tasks import TaskRunner

if TYPE_CHECKING:
    from briefing_app.ui.dialogs.damaged_database import DamagedDatabaseDialog

logger = logging.getLogger(__name__)

#: The page cache of the check's connection, in MB. ``quick_check`` reads every page once:
#: the store's default 32 MB filled at 100,000 sessions (+33 MB of the window's memory
#: while it ran, as the user opened a tab) and made it no faster (the OS caches the file).
CHECK_CACHE_MB = 2


class DamageWatch(QObject):
    """Offers the damaged-database dialog over *window* when its store's file is damaged.

    Signals:
        found(object): damage was found in the window's database (a DatabaseDamagedError);
            emitted from any thread, delivered in the GUI thread.
        answered(object): the user answered the dialog (a :class:`Choice`).
    """

    found = Signal(object)
    answered = Signal(object)

    def __init__(self, store: Store, window: QWidget, tasks: TaskRunner) -> None:
        super().__init__(window)
        self.store = store
        self.window = window
        self.tasks = tasks
        #: The dialog answered (its choice() says what to do); None while not asked.
        self.answer: DamagedDatabaseDialog | None = None
        self.dialog: DamagedDatabaseDialog | None = None
        self._checked = False
        self._path = _same_file_key(store.path)
        # Queued even from the GUI thread: the dialog never opens inside a store call.
        self.found.connect(self.offer, Qt.ConnectionType.QueuedConnection)
        add_damage_listener(self._heard)

    def close(self) -> None:
        """The window closes: no more dialogs from it."""
        remove_damage_listener(self._heard)

    def _heard(self, error: DatabaseDamagedError) -> None:  # any thread
        if _same_file_key(Path(error.path)) != self._path:
            return  # another file (a backup being checked, another store)
        try:
            self.found.emit(error)
        except RuntimeError:  # the window was deleted meanwhile
            remove_damage_listener(self._heard)

    # ---- the check after the window shows -------------------------------------------------
    def check_after_show(self) -> bool:
        """Run SQLite's ``quick_check`` in the background; False if this start's ran already."""
        if self._checked or self.store.checked_this_start:
            return False
        self._checked = True
        path = self.store.path

        def work() -> None:  # its own connection: SQLite's are per thread
            with Store(path) as store:
                store.set_cache_size(CHECK_CACHE_MB)
                store.quick_check()

        self.tasks.run(work, self._check_passed, self._check_failed)
        return True

    def _check_passed(self, _result: object) -> None:
        logger.info("The quick check of %s passed", self.store.path)

    def _check_failed(self, error: BriefingError) -> None:
        if isinstance(error, DatabaseDamagedError):
            self.offer(error)  # the listener has asked already; this makes sure
        else:  # busy, or the file cannot be opened a second time: the next start checks
            logger.warning("Could not check %s: %s", self.store.path, error)

    # ---- asking ------------------------------------------------------------------------
    def offer(self, error: DatabaseDamagedError) -> None:
        """Show the dialog (once: damage found again while it is open or answered is logged)."""
        if self.dialog is not None or self.answer is not None:
            logger.info("More damage found in %s: %s", error.path, error.detail)
            return
        logger.error("The database is damaged: %s", error)
        from briefing_app.ui.dialogs.damaged_database import DamagedDatabaseDialog  # damage only

        dialog = DamagedDatabaseDialog(error, self.window)
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._answered(dialog))
        dialog.open()

    def _answered(self, dialog: DamagedDatabaseDialog) -> None:
        self.dialog = None
        self.answer = dialog
        choice = dialog.choice()
        logger.info("Damaged database: the user chose %s", choice.value)
        self.answered.emit(choice)
        self.window.close()  # the file is repaired with the database closed (ui/app.py)


def _same_file_key(path: Path) -> str:
    try:
        return str(path.resolve())
    except OSError:
        return str(path)
