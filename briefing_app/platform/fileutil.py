"""Writing files the user asked for: whole or not at all, with the permissions they expect."""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
import threading
from pathlib import Path

from briefing_app.errors import DiskFullError

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
    if make_parents:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise_if_disk_full(exc, path, len(data))
        raise
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
            if hasattr(os, "fchmod"):  # not on Windows, where modes do not apply
                os.fchmod(out.fileno(), file_mode_for(path))
        Path(temp).replace(path)
    except BaseException as exc:
        Path(temp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise_if_disk_full(exc, path, len(data))
        raise


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
