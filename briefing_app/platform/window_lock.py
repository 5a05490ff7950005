"""Is a window open on this data folder? Read without Qt, for the commands that replace the file.

The window holds a ``QLockFile`` named :data:`LOCK_NAME` in the data folder
for its whole life (``ui/single_instance.py``). Qt writes the holder's pid on
its first line, then the application's name and the host name. ``db restore``
and ``db recover`` rename the database file: with a window open, the window
would keep writing into the renamed file. A lock whose pid is dead (a crashed
window) does not count.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

from briefing_app.errors import ConflictError
from briefing_app.util.i18n import QT_TRANSLATE_NOOP

#: The lock file the window holds (the same name as in ``ui/single_instance.py``).
LOCK_NAME = "briefing-app.lock"


def window_pid(data_dir: Path) -> int | None:
    """The pid of a live window holding *data_dir*'s lock on this host, else None."""
    try:
        lines = (data_dir / LOCK_NAME).read_bytes()[:4096].decode("utf-8", "replace").splitlines()
    except OSError:
        return None
    if not lines or not lines[0].strip().isdigit():
        return None
    pid = int(lines[0].strip())
    host = lines[2].strip() if len(lines) > 2 else ""
    if pid <= 0 or (host and host != socket.gethostname()):
        return None  # another host's window: its pid means nothing here
    if sys.platform == "win32":  # os.kill would end the process: the held file refuses writers
        try:
            with (data_dir / LOCK_NAME).open("ab"):
                return None
        except PermissionError:
            return pid
        except OSError:
            return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None  # a stale lock: that window is gone
    except PermissionError:
        return pid  # alive, another user's
    except OSError:
        return None
    return pid


def refuse_if_window_open(data_dir: Path) -> None:
    """Raise :class:`ConflictError` when a live window holds *data_dir*.

    Raises:
        ConflictError: "the window is open on this data folder (pid N): quit it first".
    """
    pid = window_pid(data_dir)
    if pid is not None:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "core",
                "the window is open on this data folder (pid {pid}): quit it first ({data_dir})",
            ).format(pid=pid, data_dir=data_dir)
        )
