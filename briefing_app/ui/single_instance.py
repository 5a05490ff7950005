"""One window per data folder: a second start hands its request to the open window.

``briefing-app invite.ics`` (what a file manager runs on a double-click) or a
plain ``briefing-app`` while a window is open on the same data folder sends
the request over a local socket (a Unix domain socket in the data folder; a
named pipe on Windows) and exits 0 at once. The open window imports the files
and comes to the front. A socket left behind by a window that crashed is
found to be dead (nothing answers) and replaced.

The message is one line of JSON, ``{"files": [...absolute paths...]}``; the
window answers ``ok`` once it has taken the request.

Who opens the window is decided by a lock file in the data folder
(``briefing-app.lock``, held for the window's life; a crashed holder's lock is
taken over), so two starts at the same moment (a file manager opening several
invites at once) make one window: the one that gets the lock opens it and
listens, the other waits for it to listen and hands its files over.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from briefing_app.errors import FeedError

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

# QtNetwork loads when a socket is used: a plain start, with no window open, opens its
# window without it (its server listens once the window has painted).

logger = logging.getLogger(__name__)

#: How long a starting copy waits for the open window: to connect, then for its
#: answer (a connected window is alive; it may be busy opening a large store).
CONNECT_TIMEOUT_MS = 1000
ANSWER_TIMEOUT_MS = 30_000
#: How long a start that finds the lock taken waits for that window to listen.
STARTUP_WAIT_S = 30.0
LOCK_NAME = "briefing-app.lock"
#: A Unix socket path must fit in sockaddr_un (108 bytes on Linux, 104 on macOS).
_MAX_SOCKET_PATH = 100
SOCKET_NAME = "briefing-app.sock"


def server_name(data_dir: Path) -> str:
    """The local socket's name for the data folder *data_dir*.

    On Unix it is a path in the data folder, so two data folders (``--data-dir``)
    get two windows and only the user who owns the folder can reach it. Where
    that path would be too long, and on Windows (pipe names are not paths), it
    is a name derived from the folder's absolute path.
    """
    folder = data_dir.expanduser().resolve()
    if sys.platform != "win32":
        path = folder / SOCKET_NAME
        if len(str(path).encode()) <= _MAX_SOCKET_PATH:
            return str(path)
    import hashlib

    digest = hashlib.sha256(str(folder).encode()).hexdigest()[:16]
    return f"briefing-app-{digest}"


def hand_off(name: str, files: Sequence[Path]) -> bool:
    """Give *files* to the window listening on *name*; True if a window took them.

    False only when no window listens (or its socket is a dead one): then the
    caller may open a window itself. A window that accepted the connection is
    alive, so once connected this never returns False: a window too busy to
    answer within :data:`ANSWER_TIMEOUT_MS` still reads the request later.
    """
    if Path(name).is_absolute() and not Path(name).exists():
        logger.debug("No window on %s: no socket", name)
        return False  # nothing listens (a window's server makes the file when it listens)
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        logger.debug("No window on %s: %s", name, socket.errorString())
        return False
    message = {"files": [str(p.expanduser().resolve()) for p in files]}
    socket.write(json.dumps(message).encode() + b"\n")
    socket.waitForBytesWritten(ANSWER_TIMEOUT_MS)
    answer = b""
    while b"\n" not in answer and socket.waitForReadyRead(ANSWER_TIMEOUT_MS):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    if answer.strip() != b"ok":
        logger.warning(
            "The open window on %s has not answered yet (%r); it takes the request when it can",
            name,
            answer[:40],
        )
    else:
        logger.info("Handed %d file(s) to the open window on %s", len(files), name)
    return True


@dataclass
class WindowClaim:
    """This start opens the window: it holds the data folder's lock (if it could get it)."""

    name: str
    lock: QLockFile | None

    def release(self) -> None:
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None


def claim_window(
    data_dir: Path, files: Sequence[Path], wait_s: float = STARTUP_WAIT_S
) -> WindowClaim | None:
    """Decide who opens the window for *data_dir*; None when an open window took *files*.

    A window that listens takes the request. Otherwise this start takes the
    folder's lock and opens the window; if another start holds the lock (it is
    opening its window right now), this one waits for it to listen and hands
    over. Past *wait_s* (a window stuck before it listens) it opens one anyway,
    without listening, rather than nothing.
    """
    name = server_name(data_dir)
    if hand_off(name, files):
        return None
    lock = QLockFile(str(data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
    deadline = time.monotonic() + wait_s
    while True:
        if lock.tryLock(0):
            return WindowClaim(name, lock)
        if hand_off(name, files):
            return None
        if time.monotonic() > deadline:
            logger.warning("Another start holds %s and never listened; opening a window", LOCK_NAME)
            return WindowClaim(name, None)
        time.sleep(0.1)


class InstanceServer(QObject):
    """Listens for later starts on the same data folder (lives as long as the window).

    Signals:
        requested(list): a later start asked for the window; the files it was given.
    """

    requested = Signal(list)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Take the name (the caller holds the data folder's lock); False if that fails.

        A socket left by a window that crashed is removed first. (With access
        options Qt binds a temporary name and renames it over the old one; the
        lock is what keeps two live windows from doing so.)
        """
        self.server.removeServer(self.name)
        if self.server.listen(self.name):
            logger.info("Listening for later starts on %s", self.name)
            return True
        logger.warning("Cannot listen on %s: %s", self.name, self.server.errorString())
        return False

    def close(self) -> None:
        """Stop listening and drop the connections still open (their events too)."""
        for socket in list(self._buffers):
            socket.readyRead.disconnect()
            socket.disconnected.disconnect()
            socket.abort()  # deleted with the server, its parent
        self._buffers.clear()
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))

    def _drop(self, socket: QLocalSocket) -> None:
        if self._buffers.pop(socket, None) is not None:
            # Out of the server's children first: deleting the server must not delete a
            # socket whose deleteLater is still pending ("shared QObject deleted directly").
            socket.setParent(None)
            socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if len(data) > 1_000_000:  # nobody sends a megabyte of file names
            logger.warning("Dropped an oversized request on %s", self.name)
            socket.abort()
            return
        if b"\n" not in data:
            self._buffers[socket] = data
            return
        line = data.split(b"\n", 1)[0]
        self._buffers[socket] = b""
        from briefing_app.feeds.messages import decode_json

        try:  # the feeds' JSON reader: not UTF-8, nested too deep, ... are its FeedError
            message = decode_json(line, refuse_surrogates=True)  # one names no file
            names = [str(f) for f in message.get("files", [])]
            files = [Path(name) for name in names]
        except (FeedError, ValueError, AttributeError, TypeError) as exc:
            logger.warning("Ignored a malformed request on %s: %s", self.name, exc)
            socket.abort()
            return
        socket.write(b"ok\n")
        socket.flush()
        self.requested.emit(files)
