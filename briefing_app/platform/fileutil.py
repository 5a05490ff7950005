"""Files the user names: written whole or not at all, read only when they are regular files."""

from __future__ import annotations

import errno
import os
import shutil
import stat
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from briefing_app.errors import DiskFullError, NotFoundError, UsageError
from briefing_app.util.i18n import QT_TRANSLATE_NOOP

_umask_lock = threading.Lock()
_umask: int | None = None


def current_umask() -> int:
    """The process umask (read once: ``os.umask`` can only be read by setting it)."""
    global _umask
    with _umask_lock:
        if _umask is None:
            _umask = os.umask(0o022)
            os.umask(_umask)
        return _umask


def file_mode_for(target: Path) -> int:
    """The mode a new file at *target* should get: the old file's, else 0666 less the umask.

    A temporary file is created 0600; renamed into place as it is, a calendar
    file or a bundle would be unreadable to anyone else (a web server
    publishing ``agenda.ics``, say) and a replaced file would lose its mode.
    """
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~current_umask()


def write_atomically(path: Path, data: bytes, *, make_parents: bool = False) -> None:
    """Write *data* to *path* so a reader sees the old file or the new one, never half.

    The folder must exist unless *make_parents* (a typo in a path the user gave
    should fail, not create folders).
    """
    write_chunks_atomically(path, (data,), make_parents=make_parents)


def write_chunks_atomically(
    path: Path, chunks: Iterable[bytes], *, make_parents: bool = False
) -> int:
    """:func:`write_atomically` for data made as it is written; returns the bytes written.

    Only one chunk need exist at a time (an .ics of 100,000 events is written
    event by event). On a full disk the rest of *chunks* is still made, and
    only counted, so that :class:`DiskFullError` says how much was needed.
    """
    stream = iter(chunks)
    written = 0
    if make_parents:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        import tempfile  # random, hashlib ...: with the first file written, not at start

        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise_if_disk_full(exc, path, sum(map(len, stream)))
        raise
    try:
        with os.fdopen(handle, "wb") as out:
            for chunk in stream:
                written += len(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
            if hasattr(os, "fchmod"):  # not on Windows, where modes do not apply
                os.fchmod(out.fileno(), file_mode_for(path))
        Path(temp).replace(path)
    except BaseException as exc:
        Path(temp).unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise_if_disk_full(exc, path, written + sum(map(len, stream)))
        raise
    return written


def write_named_file(target: Path, data: Iterable[bytes], *, example: str = "") -> None:
    """Write *data* atomically to a file the user named, every failure a plain message.

    A folder is a usage error ("give a file name such as *example*"), a missing
    folder "not found" (exit 3), any other OS error a usage error naming it.
    """
    if target.is_dir():
        such = (
            QT_TRANSLATE_NOOP("core", " such as {example}").format(example=example)
            if example
            else ""
        )
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "core", "cannot write {target}: it is a folder; give a file name{such}"
            ).format(target=target, such=such)
        )
    if not target.parent.is_dir():
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "core", "cannot write {target}: the folder {parent} does not exist"
            ).format(target=target, parent=target.parent)
        )
    try:
        write_chunks_atomically(target, data)
    except FileNotFoundError as exc:  # the folder went away meanwhile
        raise NotFoundError(
            QT_TRANSLATE_NOOP("core", "cannot write {target}: {value}").format(
                target=target, value=exc.strerror or exc
            )
        ) from exc
    except OSError as exc:
        raise UsageError(
            QT_TRANSLATE_NOOP("core", "cannot write {target}: {value}").format(
                target=target, value=exc.strerror or exc
            )
        ) from exc


def raise_if_disk_full(error: OSError, path: Path, needed: int) -> None:
    """Raise :class:`DiskFullError` for *path* when *error* says the disk (or quota) is full.

    Call it with the temporary file already removed: the message gives the
    room there is, and the user's file is as it was.
    """
    if error.errno not in (errno.ENOSPC, errno.EDQUOT):
        return
    try:
        free = int(shutil.disk_usage(path.parent).free)
    except OSError:
        free = 0
    raise DiskFullError(str(path), needed=needed, free=free) from error


# ---- reading files the user names ------------------------------------------------------
class UnusableFileError(Exception):
    """A file the user named cannot be read as input; ``reason`` says why in words.

    Attributes:
        reason: "it is a named pipe (FIFO), not a file", "it is too large (...)", ...
        missing: True when nothing exists at that path (callers say "not found").
    """

    def __init__(self, reason: str, *, missing: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.missing = missing


_NOT_A_FILE = (
    (stat.S_ISDIR, QT_TRANSLATE_NOOP("core", "it is a folder, not a file").message()),
    (stat.S_ISFIFO, QT_TRANSLATE_NOOP("core", "it is a named pipe (FIFO), not a file").message()),
    (stat.S_ISCHR, QT_TRANSLATE_NOOP("core", "it is a device, not a file").message()),
    (stat.S_ISBLK, QT_TRANSLATE_NOOP("core", "it is a device, not a file").message()),
    (stat.S_ISSOCK, QT_TRANSLATE_NOOP("core", "it is a socket, not a file").message()),
)


def _check_regular(mode: int) -> None:
    for test, reason in _NOT_A_FILE:
        if test(mode):
            raise UnusableFileError(reason)
    if not stat.S_ISREG(mode):
        raise UnusableFileError(QT_TRANSLATE_NOOP("core", "it is not a regular file").message())


def _os_reason(exc: OSError) -> UnusableFileError:
    if isinstance(exc, FileNotFoundError):
        return UnusableFileError(QT_TRANSLATE_NOOP("core", "no such file").message(), missing=True)
    if exc.errno == errno.ELOOP:
        return UnusableFileError(
            QT_TRANSLATE_NOOP("core", "its symbolic links go round in a loop").message()
        )
    if isinstance(exc, IsADirectoryError):
        return UnusableFileError(QT_TRANSLATE_NOOP("core", "it is a folder, not a file").message())
    return UnusableFileError(
        QT_TRANSLATE_NOOP("core", "cannot read it: {value}").format(value=exc.strerror or exc)
    )


def open_regular_file(path: Path) -> BinaryIO:
    """Open *path* for reading if it is a regular file (after symbolic links), else refuse.

    A pipe, a device, a socket or a folder is refused before it is opened (so
    nothing blocks waiting for a writer, and no device is touched), and the
    file is checked again once open, without blocking (``O_NONBLOCK``), in case
    the path was swapped in between.

    Raises:
        UnusableFileError: missing, not a regular file, a symbolic-link loop, unreadable.
    """
    try:
        _check_regular(path.stat().st_mode)
        flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
        flags |= getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
        fd = os.open(path, flags)
    except OSError as exc:
        raise _os_reason(exc) from exc
    try:
        _check_regular(os.fstat(fd).st_mode)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")


#: Bytes read at a time from a file that grows while it is read.
CHUNK = 1 << 20


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at *path*, refused beyond *limit* bytes.

    The size is checked before reading and the read itself stops one byte past
    the limit, so a file that grows while being read (or lies about its size)
    never fills memory.

    Raises:
        UnusableFileError: as :func:`open_regular_file`, or too large.
    """
    with open_regular_file(path) as handle:
        try:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise UnusableFileError(too_large(size, limit))
            # Read what the file holds (not ``limit`` bytes at once: the limit may be
            # gigabytes), and on past it only while it grows, one byte past the limit.
            data = handle.read(min(size, limit) + 1)
            while len(data) <= limit and (more := handle.read(min(CHUNK, limit + 1 - len(data)))):
                data += more
        except OSError as exc:
            raise _os_reason(exc) from exc
    if len(data) > limit:
        raise UnusableFileError(too_large(limit, limit, at_least=True))
    return data


def too_large(
    size: int, limit: int, *, at_least: bool = False, what: str = QT_TRANSLATE_NOOP("core", "it")
) -> str:
    """ "it is too large (60,000,000 bytes; the limit is 52,428,800)"."""
    if at_least:
        return QT_TRANSLATE_NOOP(
            "core", "{what} is too large (more than {size:,} bytes; the limit is {limit:,})"
        ).format(what=what, size=size, limit=limit)
    return QT_TRANSLATE_NOOP(
        "core", "{what} is too large ({size:,} bytes; the limit is {limit:,})"
    ).format(what=what, size=size, limit=limit)
