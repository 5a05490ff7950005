"""The one gateway to the SQLite database.

Callers never write SQL of their own: they ask the :class:`Store` for records
and hand it feeds to apply. Every write that changes more than one row runs in
one transaction, so a failure leaves the database exactly as before.

The class is composed of one mixin per area, each in its own module:
:mod:`.subscriptions` (feeds, sync state, applying a feed, the change log),
:mod:`.sessions` (lists, queries, lookups, search), :mod:`.timeline` (one
day's sessions, the days with sessions, each feed's shape), :mod:`.presenters`
(presenters and case studies), :mod:`.local` (settings, favourites, notes,
reminders), :mod:`.questions` (the user's questions per session), :mod:`.mydata`
(the user's data carried between machines), :mod:`.export`
and :mod:`.workspace_tables` (the presenter workspace's statements); :mod:`.base`
holds the transaction and row primitives they share. This module opens and closes the connection.

What every command needs loads with the Store: the sessions, the feeds (subscriptions),
the settings and the user's favourites and notes (local), the hidden tracks and rooms
(:mod:`.hidden`). The other areas (:data:`~.areas.ON_FIRST_USE`: follow-ups, my data,
organizations, questions, the Timeline's reads ...) load on the first use of one of
their methods (:mod:`.areas`), so ``briefing-app sessions`` does not import the
follow-ups' module. For mypy every area is a base of the Store (``TYPE_CHECKING``).
tests/perf/test_start.py checks that a method resolves as it would were every area a
base, and which areas each reading command loads.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

from briefing_app.errors import StoreError
from briefing_app.store import maintenance, schema
from briefing_app.store.areas import AreasOnFirstUse
from briefing_app.store.base import Database, StoreBase
from briefing_app.store.failures import (
    SQLITE_FULL,
    SQLITE_IOERR,
    nearly_full,
    primary_code,
    store_error,
    translatable,
    translate_public_methods,
)
from briefing_app.store.hidden import HiddenNamesMixin
from briefing_app.store.local import LocalDataMixin, SettingsMixin
from briefing_app.store.sessions import SessionsMixin
from briefing_app.store.subscriptions import SubscriptionsMixin
from briefing_app.util.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    # Loaded on first use at run time (areas.ON_FIRST_USE); bases here for mypy, the
    # import contracts and PyInstaller's analysis (the frozen bundle).
    from briefing_app.store.attendance import AttendanceMixin
    from briefing_app.store.export import ExportMixin
    from briefing_app.store.followups import FollowupsMixin
    from briefing_app.store.kept import KeptMaterialsMixin
    from briefing_app.store.materials import MaterialsMixin
    from briefing_app.store.mydata import MyDataMixin
    from briefing_app.store.organizations import OrganizationsMixin
    from briefing_app.store.presenters import PresentersMixin
    from briefing_app.store.questions import QuestionsMixin
    from briefing_app.store.timeline import TimelineMixin
    from briefing_app.store.workspace_tables import WorkspaceTablesMixin

    class _Areas(
        ExportMixin,
        SubscriptionsMixin,
        MyDataMixin,
        LocalDataMixin,
        QuestionsMixin,
        FollowupsMixin,
        AttendanceMixin,
        SettingsMixin,
        SessionsMixin,
        TimelineMixin,
        PresentersMixin,
        MaterialsMixin,
        WorkspaceTablesMixin,
        KeptMaterialsMixin,
        OrganizationsMixin,
        HiddenNamesMixin,
        StoreBase,
    ):
        """Every area a base, as mypy sees the Store."""

else:

    class _Areas(
        AreasOnFirstUse,
        SubscriptionsMixin,
        LocalDataMixin,
        SettingsMixin,
        SessionsMixin,
        HiddenNamesMixin,
        StoreBase,
    ):
        """The areas every command needs; the others are set here on first use (.areas)."""


logger = logging.getLogger(__name__)

#: Seconds a write waits for another program's write lock by default.
DEFAULT_BUSY_TIMEOUT = 10.0


class Store(_Areas):
    """Owns the connection to one SQLite database file.

    Use as a context manager or call :meth:`close`. Not thread-safe: each
    thread that needs the database opens its own ``Store`` on the same file
    (WAL mode lets readers and one writer work at once).
    """

    def __init__(self, path: Path | str, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> None:
        """Open (creating and migrating if needed) the database at *path*.

        *busy_timeout*: how many seconds a write waits for another program's
        write lock before it fails with :class:`DatabaseBusyError`. The window
        opens its store with a short one (it must never wait on the lock) and
        queues the write when that comes; :meth:`set_busy_timeout` changes it.

        Raises:
            StoreError: the file cannot be opened or used (a subclass says why:
                :class:`DatabaseDamagedError`, :class:`DiskFullError`,
                :class:`DatabaseBusyError`, :class:`SchemaTooNewError`).
        """
        self.path = Path(path)
        self._closed = False
        #: True once this connection's quick check (or the daily one) passed: the window
        #: checks the file after it shows unless this start has.
        self.checked_this_start = False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = self._connect(busy_timeout)
        except OSError as exc:
            raise StoreError(
                QT_TRANSLATE_NOOP("core", "cannot open the database {path}: {value}").format(
                    path=self.path, value=exc.strerror or exc
                )
            ) from exc
        except sqlite3.Error as exc:
            raise store_error(exc, self.path) from exc
        self.db = Database(conn)
        try:
            self.db.execute("PRAGMA foreign_keys = ON")
            self.set_busy_timeout(busy_timeout)
            # Refuse a too-new database before anything (even WAL mode) writes to it.
            schema.check_not_too_new(self.db, self.path)
            mode = self.db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode != "wal":
                logger.warning("SQLite refused WAL mode for %s (got %s)", self.path, mode)
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.db.execute("PRAGMA cache_size = -32000")  # 32 MB: full-text merges need it
            self.db.execute("PRAGMA temp_store = MEMORY")
            # Checkpoint the WAL every ~32 MB rather than every 4 MB: a big sync
            # then commits without copying the database twice (SQLite also
            # checkpoints when the last connection closes).
            self.db.execute("PRAGMA wal_autocheckpoint = 8000")
            schema.migrate(self.db, self.path)
        except (sqlite3.OperationalError, sqlite3.DatabaseError) as exc:
            conn.close()
            if not translatable(exc):
                raise
            raise store_error(exc, self.path) from exc
        except BaseException:
            conn.close()
            raise

    def _connect(self, busy_timeout: float) -> sqlite3.Connection:
        """A connection to the file; on a full disk, one that can still read it.

        Reading a WAL database needs its shared-memory index (``-shm``), which
        SQLite must create and grow: on a full disk even a read fails. Then the
        file is opened in SQLite's exclusive locking mode, which keeps that index
        in memory: reading commands work, and a write fails as "disk full".
        """
        conn = sqlite3.connect(self.path, timeout=busy_timeout)
        try:
            conn.execute("PRAGMA user_version").fetchone()  # the first read of the file
        except sqlite3.OperationalError as exc:
            if primary_code(exc) not in (SQLITE_IOERR, SQLITE_FULL) or not nearly_full(self.path):
                return conn  # reported as usual by the first statement that meets it
            conn.close()
            logger.info("The disk holding %s is full: opening it for reading only", self.path)
            conn = sqlite3.connect(self.path, timeout=busy_timeout)
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        return conn

    def set_busy_timeout(self, seconds: float) -> None:
        """How long a write waits for another program's lock (0: fail at once if locked)."""
        self.db.execute(f"PRAGMA busy_timeout = {max(0, round(seconds * 1000)):d}")

    # ---- lifecycle ---------------------------------------------------------
    def set_cache_size(self, megabytes: int) -> None:
        """Let this connection keep at most about *megabytes* of pages in memory.

        32 MB by default, which a sync's full-text merges need; a connection that only
        reads what a window shows does as well with less (the pages stay in the OS's cache).
        """
        self.db.execute(f"PRAGMA cache_size = -{max(1, int(megabytes)) * 1000:d}")

    def close(self) -> None:
        self.db.close()
        self._closed = True

    @property
    def closed(self) -> bool:
        """True once :meth:`close` ran (a window's late event may find its store closed)."""
        return self._closed

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def data_version(self) -> int:
        """A number that changes when another connection commits a write to the file.

        SQLite's ``PRAGMA data_version``: cheap (no disk read), and unchanged by
        this connection's own writes, so a window polls it to notice what another
        process, window or worker thread wrote.

        Raises:
            StoreError: the connection is closed or the file cannot be read.
        """
        try:
            return int(self.db.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error as exc:
            raise StoreError(
                QT_TRANSLATE_NOOP("core", "cannot read the database {path}: {exc}").format(
                    path=self.path, exc=exc
                )
            ) from exc

    def set_lock_timeout(self, milliseconds: int) -> int:
        """Wait at most *milliseconds* for another writer's lock (0: fail at once); return the old.

        A write that finds the lock still held raises
        :class:`~briefing_app.errors.DatabaseBusyError`. Reads never wait on a
        writer (WAL mode), so the window's GUI thread writes with 0 and hands a
        busy write to a worker that retries (``ui/workers/write_queue.py``).
        """
        try:
            old = int(self.db.execute("PRAGMA busy_timeout").fetchone()[0])
            self.db.execute(f"PRAGMA busy_timeout = {max(0, int(milliseconds))}")
        except sqlite3.Error as exc:
            raise store_error(exc, self.path) from exc
        return old

    @contextmanager
    def lock_timeout(self, milliseconds: int) -> Iterator[None]:
        """:meth:`set_lock_timeout` for the writes in this block only."""
        old = self.set_lock_timeout(milliseconds)
        try:
            yield
        finally:
            self.set_lock_timeout(old)

    def daily_backup(self, *, check: bool = True) -> Path | None:
        """On the first open of the day: check the file, then back it up (see :mod:`.maintenance`).

        *check* False: the caller ran :meth:`quick_check` since it opened the store.

        Raises:
            DatabaseDamagedError: the check found damage; no backup was made.
        """
        due = check and self.daily_backup_due()
        made = maintenance.daily_backup(self.db.conn, self.path, check=check)
        if due:  # the check ran (and passed) before the backup
            self.checked_this_start = True
        return made

    def daily_backup_due(self) -> bool:
        """True until today's daily backup exists (the first open of the day checks the file)."""
        return not maintenance.daily_backup_target(self.path).exists()

    def forget_sync_validators(self) -> int:
        """Forget every feed's ETag, Last-Modified and body digest; return how many feeds.

        The next sync then downloads and applies each feed in full, even if the
        server's copy did not change (after :func:`~.maintenance.recover`, to bring
        back the sessions that could not be read).
        """
        with self.transaction():
            cursor = self.db.execute(
                "UPDATE sync_state SET etag = NULL, last_modified = NULL, body_sha256 = NULL"
            )
        return int(cursor.rowcount)

    def quick_check(self) -> None:
        """Raise :class:`DatabaseDamagedError` when SQLite's ``quick_check`` finds damage."""
        maintenance.quick_check(self.db.conn, self.path)
        self.checked_this_start = True

    @property
    def schema_version(self) -> int:
        return schema.user_version(self.db)

    def _after_feed_applied(self) -> None:
        """My data's: an imported item waiting for its session attaches to it.

        StoreBase's does nothing, and a miss never reaches an area's method for a name
        a base has: the area is loaded here, by name, and only when an item waits (most
        stores have none: the area's module is no part of a sync's time then).
        """
        if self.db.execute("SELECT 1 FROM mydata_orphans LIMIT 1").fetchone() is None:
            return
        from briefing_app.store.mydata import MyDataMixin

        MyDataMixin._after_feed_applied(self)

    # ---- diagnostics --------------------------------------------------------------
    def dump(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every row of every table (FTS shadow tables included), for exact before/after checks."""
        tables = [
            row[0]
            for row in self.db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            table: sorted(
                (tuple(row) for row in self.db.execute(f'SELECT * FROM "{table}"')), key=repr
            )
            for table in tables
        }


translate_public_methods(Store)
