"""An exclusive lock on a file, tried without waiting, across threads and processes.

The operating system's own lock (``flock`` on POSIX, ``LockFileEx`` through ``msvcrt`` on
Windows), held through an open file: it ends with the holder, even one that crashed, so
a lock is never stale. Two opens in one process exclude each other too.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path


class HeldLock:
    """A lock :func:`try_lock` took; :meth:`release` (or ``with``) lets it go and removes
    its file."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        if sys.platform != "win32":
            # Removed while held: a taker that opened the old file finds it is no longer
            # the one at the path (try_lock compares them) and tries again.
            with contextlib.suppress(OSError):
                self.path.unlink()
        else:
            import msvcrt

            with contextlib.suppress(OSError):
                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        os.close(fd)
        if sys.platform == "win32":
            with contextlib.suppress(OSError):  # another holder has it open: it stays
                self.path.unlink()

    def __enter__(self) -> HeldLock:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()


def try_lock(path: Path) -> HeldLock | None:
    """Take the lock *path* names (creating the file), or None when another holds it.

    Raises:
        OSError: the file cannot be created.
    """
    for _ in range(10):  # a holder releasing meanwhile removes the file: open it again
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _lock(fd):
            os.close(fd)
            return None
        if sys.platform == "win32" or _same_file(fd, path):
            return HeldLock(path, fd)
        os.close(fd)  # locked a file its holder had just removed
    return None


def _lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _same_file(fd: int, path: Path) -> bool:
    try:
        here = path.stat()
    except OSError:
        return False
    held = os.fstat(fd)
    return (here.st_dev, here.st_ino) == (held.st_dev, held.st_ino)
