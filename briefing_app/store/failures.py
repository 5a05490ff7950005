"""SQLite's failures as the errors a person understands.

Every ``sqlite3`` error that is not a bug of ours (a constraint the caller
breaks is one, handled where it happens) comes from the machine: the disk is
full, the file is damaged, read-only, locked by another program, or gone.
Each becomes a :class:`~briefing_app.errors.StoreError` subclass (exit 5) that
names the file, instead of reaching the crash dialog as an "internal error".
"""

from __future__ import annotations

import functools
import inspect
import logging
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from briefing_app.errors import (
    DatabaseBusyError,
    DatabaseDamagedError,
    DiskFullError,
    StoreError,
)
from briefing_app.util.i18n import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

#: Told of every damage found, in whichever thread finds it (see :func:`add_damage_listener`).
_damage_listeners: list[Callable[[DatabaseDamagedError], object]] = []


def add_damage_listener(listener: Callable[[DatabaseDamagedError], object]) -> None:
    """Call *listener* with every :class:`DatabaseDamagedError` the store raises from now on.

    Wherever damage surfaces (a check, a query or a write meeting a damaged page, on
    any thread and any connection), the listener hears of it before the caller does:
    the window offers its recovery dialog that way, whoever called the store. It runs
    in the thread that found the damage; it must not raise, and must not block.
    """
    _damage_listeners.append(listener)


def remove_damage_listener(listener: Callable[[DatabaseDamagedError], object]) -> None:
    if listener in _damage_listeners:
        _damage_listeners.remove(listener)


def damaged(path: Path | str, detail: str, *, problems: int | None = None) -> DatabaseDamagedError:
    """The error for damage found in *path*, told to every damage listener first."""
    error = DatabaseDamagedError(str(path), detail, problems=problems)
    for listener in list(_damage_listeners):
        try:
            listener(error)
        except Exception:  # a listener's bug must not hide the damage from the caller
            logger.exception("A damage listener failed")
    return error


# Primary result codes (https://sqlite.org/rescode.html); extended codes keep them in the low byte.
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_NOTADB = 26

#: Below this much room a failed write is taken for a full disk whatever SQLite called it.
_NEARLY_FULL = 256 * 1024
#: What any write needs at least (WAL frames for a few pages, the WAL index): 0.1 MB.
MIN_WRITE_BYTES = 100_000


def primary_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def free_bytes(path: Path) -> int:
    """Bytes free on the disk that holds *path* (0 when that cannot be told)."""
    for folder in (path.parent, *path.parents):
        try:
            return int(shutil.disk_usage(folder).free)
        except OSError:
            continue
    return 0


def nearly_full(path: Path) -> bool:
    """True when the real disk that holds *path* has almost no room left.

    A pseudo file system (``/proc``, ``/sys``: a total size of 0) is never "full":
    it takes no database at all, which is another message.
    """
    for folder in (path.parent, *path.parents):
        try:
            usage = shutil.disk_usage(folder)
        except OSError:
            continue
        return usage.total > 0 and usage.free < _NEARLY_FULL
    return False


def _missing(path: Path) -> bool:
    """True when *path* is not there (False when it is, or cannot be looked at)."""
    try:
        path.stat()
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return False


def is_busy(exc: sqlite3.Error) -> bool:
    code = primary_code(exc)
    if code is not None:
        return code in (SQLITE_BUSY, SQLITE_LOCKED)
    return "locked" in str(exc) or "busy" in str(exc)


def store_error(exc: sqlite3.Error, path: Path, *, needed: int = 0) -> StoreError:
    """The :class:`StoreError` that says what *exc* means for the database at *path*.

    *needed*: about how many bytes the failed operation would have written
    (a disk-full message says it); at least :data:`MIN_WRITE_BYTES` is assumed.
    """
    code = primary_code(exc)
    text = str(exc)
    if is_busy(exc):
        return DatabaseBusyError(
            QT_TRANSLATE_NOOP(
                "core",
                "the database {path} is busy: another program is writing to it and it "
                "stayed locked ({text}); try again in a moment",
            ).format(path=path, text=text)
        )
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB) or "malformed" in text or "not a database" in text:
        return damaged(path, text)
    if code == SQLITE_FULL or (code == SQLITE_IOERR and nearly_full(path)):
        return disk_full(path, needed)
    if code == SQLITE_READONLY:
        return StoreError(
            QT_TRANSLATE_NOOP(
                "core",
                "cannot write to the database {path}: the file or its folder is "
                "read-only ({text}); check its permissions, or that the disk is not "
                "mounted read-only",
            ).format(path=path, text=text)
        )
    if code == SQLITE_CANTOPEN:
        if _missing(path):
            return StoreError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "cannot create the database there: {path} ({text}); choose a folder on "
                    "an ordinary disk that you may write to",
                ).format(path=path, text=text)
            )
        return StoreError(
            QT_TRANSLATE_NOOP(
                "core",
                "cannot open the database {path} ({text}): check that its folder "
                "exists and that you may read and write it and the files beside it",
            ).format(path=path, text=text)
        )
    if code == SQLITE_IOERR:
        return StoreError(
            QT_TRANSLATE_NOOP(
                "core",
                "cannot read or write the database {path}: the disk reported an error "
                "({text}); the disk may be failing or was removed",
            ).format(path=path, text=text)
        )
    return StoreError(
        QT_TRANSLATE_NOOP("core", "cannot use the database {path}: {text}").format(
            path=path, text=text
        )
    )


def disk_full(path: Path, needed: int = 0) -> DiskFullError:
    return DiskFullError(str(path), needed=max(needed, MIN_WRITE_BYTES), free=free_bytes(path))


def translatable(exc: BaseException) -> bool:
    """True for the sqlite3 errors the machine causes (not a constraint, not a closed handle)."""
    return isinstance(exc, sqlite3.OperationalError | sqlite3.DatabaseError) and not isinstance(
        exc, sqlite3.IntegrityError | sqlite3.ProgrammingError | sqlite3.InterfaceError
    )


F = TypeVar("F", bound=Callable[..., Any])


def translating(method: F) -> F:
    """Wrap a public :class:`Store` method so that machine failures become :class:`StoreError`."""
    if inspect.isgeneratorfunction(method):  # pragma: no cover - the store has none
        return method

    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except (sqlite3.OperationalError, sqlite3.DatabaseError) as exc:
            if not translatable(exc):
                raise
            raise store_error(exc, self.path, needed=getattr(self, "write_estimate", 0)) from exc

    wrapper.__translating__ = True  # type: ignore[attr-defined]  # a marker, not in the type
    return wrapper  # type: ignore[return-value]  # same signature as the wrapped method


def translate_public_methods(cls: type) -> None:
    """Make every public method *cls* has (from any of its mixins) translate failures."""
    for klass in cls.__mro__:
        if klass is object:
            continue
        for name, value in list(vars(klass).items()):
            if name.startswith("_") or (name in vars(cls) and klass is not cls):
                continue
            if not inspect.isfunction(value) or getattr(value, "__translating__", False):
                continue
            if name in ("transaction",):  # a context manager: translates itself
                continue
            current = getattr(cls, name)
            if current is value:
                setattr(cls, name, translating(value))
