"""Opening the store the way both front ends do: right place, sample on first run."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.platform import paths
from briefing_app.store import BUILTIN_SAMPLE_URL, Store
from briefing_app.util.i18n import QT_TRANSLATE_NOOP, follows_language_setting, use_language
from briefing_app.util.language import resolve
from briefing_app.util.timeutil import utc_now

if TYPE_CHECKING:
    from briefing_app.feeds.model import Feed

logger = logging.getLogger(__name__)

# The sample's file and the feed parsers load when the sample is loaded (the first start):
# importlib.resources (tempfile, random ...) is no part of a command's start.


def load_sample_feed() -> Feed:
    """The bundled sample series ("Re-Imagine the City of Toronto", 2020).

    Our own file, checked against the feed schema by the tests: not again at every
    first start (:func:`~briefing_app.feeds.briefing.parse_bundled`).
    """
    from briefing_app.feeds.briefing import parse_bundled
    from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes

    return parse_bundled(read_resource_bytes(SAMPLE_FEED))


def open_store(
    data_dir: str | os.PathLike[str] | None = None, *, seed_sample: bool = True
) -> Store:
    """Open (creating and migrating if needed) the store in the data directory.

    On first launch with no feed configured, the sample series is loaded so
    that a new user sees a full app, offline, never an empty window. On the
    first open of the day the file is checked (before anything is written) and,
    once the sample is in, backed up (``backups/``; a failed backup is a warning).

    Raises:
        DatabaseDamagedError: the file is damaged (it is left as it is).
    """
    store = Store(paths.database_path(data_dir))
    try:
        # Once a day: a quick check of the whole file (before anything writes to it), and
        # a backup once the store is ready (~0.1 s each for 10k sessions).
        backup_due = store.daily_backup_due()
        if backup_due and _later.wanted and not (seed_sample and store.sample_needed()):
            # A command that only reads: both after its output (run_daily_check_later).
            _later.paths.append(store.path)
            backup_due = False
        if backup_due:
            store.quick_check()
    except BaseException:
        store.close()
        raise
    if seed_sample:
        try:
            loaded_at = utc_now()  # the import's time and the feed's last check: one time
            if store.ensure_sample_feed(load_sample_feed, now=loaded_at):
                logger.info("Loaded the bundled sample series into %s", store.path)
                # Remember what was loaded, so syncing the sample is a cheap no-op.
                import hashlib

                from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes

                digest = hashlib.sha256(read_resource_bytes(SAMPLE_FEED)).hexdigest()
                sample = store.feed_by_url(BUILTIN_SAMPLE_URL)
                if sample is not None:
                    store.record_sync(
                        sample.id,
                        etag=None,
                        last_modified=None,
                        body_sha256=digest,
                        checked_at=loaded_at,
                    )
        except BaseException:
            store.close()
            raise
    if backup_due:
        try:
            store.daily_backup(check=False)  # after the sample: a new user's backup holds it
        except BaseException:
            store.close()
            raise
    if follows_language_setting():  # the command line: its messages from now on (util/i18n)
        from briefing_app.usecases.settings import language

        use_language(resolve(language(store)))
    return store


class _Later:
    """The stores whose daily check and backup wait for the command's output."""

    def __init__(self) -> None:
        self.wanted = False
        self.paths: list[Path] = []


_later = _Later()


def daily_check_later(wanted: bool) -> None:
    """Whether :func:`open_store` leaves the day's check and backup for later.

    For the command line's commands that only read (nothing they do writes to the
    store): they print first, then :func:`run_daily_check_later` checks and backs up
    (0.8 s at 10,000 sessions, on the first command of the day). A store that still
    needs the sample is checked before it is written, as always. ``False`` forgets
    what was left for later.
    """
    _later.wanted = wanted
    _later.paths.clear()


def run_daily_check_later() -> None:
    """The day's check and backup that :func:`open_store` left for later (see above).

    Raises:
        DatabaseDamagedError: the check found damage; no backup was made.
    """
    stores, _later.paths = _later.paths, []
    _later.wanted = False
    for path in dict.fromkeys(stores):
        with Store(path) as store:
            if store.daily_backup_due():
                store.daily_backup(check=True)


def store_path(data_dir: str | os.PathLike[str] | None = None) -> Path:
    return paths.database_path(data_dir)


def empty_database_notice(data_dir: str | os.PathLike[str] | None = None) -> str | None:
    """What to tell the user when the database file is there but empty (0 bytes), else None.

    SQLite takes an empty file for a new database, so opening it starts afresh
    with the sample series. Nothing was in it to lose, but the user had a file
    there: say so, and where the backups are, rather than start over silently.
    """
    path = paths.database_path(data_dir)
    try:
        if path.stat().st_size != 0:
            return None
    except OSError:
        return None
    return QT_TRANSLATE_NOOP(
        "core",
        "the database {path} was empty (0 bytes), so a new one is started with the sample "
        "series; if you had data there, `briefing-app db backups` lists the automatic backups "
        "and `briefing-app db restore NUMBER` brings one back",
    ).format(path=path)
