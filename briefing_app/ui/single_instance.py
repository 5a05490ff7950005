"""One window per data folder: a second start hands its request to the open window.

``briefing-app invite.ics`` (what a file manager runs on a double-click) or a
plain ``briefing-app`` while a window is open on the same data folder sends
the request over a local socket (a Unix domain socket in the data folder; a
named pipe on Windows) and exits 0 at once. The open window imports the files
and comes to the front. A socket left behind by a window that crashed is
found to be dead (nothing answers) and replaced.

The message is one line of JSON, ``{"files": [...absolute paths...]}``; the
window answers ``ok`` once it has taken the request.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

logger = logging.getLogger(__name__)

#: How long a starting copy waits for the open window (connect, then the answer).
CONNECT_TIMEOUT_MS = 1000
ANSWER_TIMEOUT_MS = 5000
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
    digest = hashlib.sha256(str(folder).encode()).hexdigest()[:16]
    return f"briefing-app-{digest}"


def hand_off(name: str, files: Sequence[Path]) -> bool:
    """Give *files* to the window listening on *name*; True if a window took them.

    False when no window listens (or its socket is a dead one): the caller
    opens a window itself.
    """
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        logger.debug("No window on %s: %s", name, socket.errorString())
        return False
    message = {"files": [str(p.expanduser().resolve()) for p in files]}
    socket.write(json.dumps(message).encode() + b"\n")
    if not socket.waitForBytesWritten(ANSWER_TIMEOUT_MS):
        logger.warning("The open window did not take the request: %s", socket.errorString())
        return False
    answer = b""
    while b"\n" not in answer and socket.waitForReadyRead(ANSWER_TIMEOUT_MS):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    if answer.strip() != b"ok":
        logger.warning("The open window did not answer (%r); opening another", answer[:40])
        return False
    logger.info("Handed %d file(s) to the open window on %s", len(files), name)
    return True


class InstanceServer(QObject):
    """Listens for later starts on the same data folder (lives as long as the window).

    Signals:
        requested(list): a later start asked for the window; the files it was given.
    """

    requested = Signal(list)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Take the name; False if another live window holds it.

        A socket nobody answers on is left from a window that crashed: it is
        removed and taken over. (Qt would replace even a live one: with access
        options it binds a temporary name and renames it over the old, so the
        check comes first.)
        """
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(CONNECT_TIMEOUT_MS):
            probe.disconnectFromServer()
            return False  # a live window has it
        if probe.error() != QLocalSocket.LocalSocketError.ServerNotFoundError:
            logger.info("Replacing a stale instance socket %s (%s)", self.name, probe.errorString())
        QLocalServer.removeServer(self.name)
        if self.server.listen(self.name):
            logger.info("Listening for later starts on %s", self.name)
            return True
        logger.warning("Cannot listen on %s: %s", self.name, self.server.errorString())
        return False

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))

    def _drop(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
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
        try:
            message = json.loads(line)
            files = [Path(str(f)) for f in message.get("files", [])]
        except (ValueError, AttributeError, TypeError) as exc:
            logger.warning("Ignored a malformed request on %s: %s", self.name, exc)
            socket.abort()
            return
        socket.write(b"ok\n")
        socket.flush()
        self.requested.emit(files)
