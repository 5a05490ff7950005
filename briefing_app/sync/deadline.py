"""One wall-clock deadline per download: connect, TLS, headers and body, every retry.

requests and urllib3 only know per-operation timeouts: each ``recv`` may wait
the read timeout again, so a server sending one byte of its headers every few
seconds, or a body one packet at a time, is never "timed out". Here a download
runs inside a :class:`Deadline`: every connection it uses (new or reused from the
pool) is registered with it, and a watchdog timer shuts those sockets down when
the time is up. The thread blocked in ``recv`` (or in the TLS handshake) then
sees the connection end at once, whatever phase it was in, and the fetcher
reports that the deadline passed.

The watchdog shuts a *duplicate* of each socket's descriptor, made when the
socket is created or taken from the pool: ``shutdown`` acts on the connection itself,
whichever descriptor names it, and the duplicate stays valid while urllib3 or
the ``ssl`` module replace, wrap or close the original object in the other
thread. Name resolution cannot be interrupted this way; it is bounded by the
system resolver's own timeouts, and a connection made after the deadline is
shut at once.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time
from types import TracebackType
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

logger = logging.getLogger(__name__)

_local = threading.local()

#: What a download was doing when its deadline passed (for the message).
CONNECTING = "connecting"
WAITING = "waiting for the answer"
READING = "reading"


def current_deadline() -> Deadline | None:
    """The deadline the calling thread's download runs under, if any."""
    deadline: Deadline | None = getattr(_local, "deadline", None)
    return deadline


class Deadline:
    """A time limit for a whole download, enforced on its sockets by a watchdog.

    Use it as a context manager around the requests it covers, in the thread
    that makes them; ``remaining()`` gives the budget left for per-operation
    timeouts and back-off, ``fired`` tells whether the watchdog cut anything.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.started = time.monotonic()
        self.ends = self.started + seconds
        #: True once the watchdog ran: whatever the download read after that is void.
        self.fired = False
        #: What the download was doing (CONNECTING, WAITING, READING), for the message.
        self.phase = CONNECTING
        self._lock = threading.Lock()
        self._handles: list[socket.socket] = []
        self._timer: threading.Timer | None = None
        self._previous: Deadline | None = None

    def remaining(self) -> float:
        return max(0.0, self.ends - time.monotonic())

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    @property
    def expired(self) -> bool:
        return self.fired or time.monotonic() >= self.ends

    def __enter__(self) -> Deadline:
        self._previous = current_deadline()
        _local.deadline = self
        self._timer = threading.Timer(self.remaining(), self._fire)
        self._timer.daemon = True
        self._timer.name = "download-deadline"
        self._timer.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._timer is not None:
            self._timer.cancel()
        _local.deadline = self._previous
        self._close_handles()

    def adopt(self, sock: socket.socket) -> None:
        """Cut *sock*'s connection when the time is up (at once if it already is).

        A duplicate descriptor is kept, so the original can be wrapped (TLS),
        handed to a response or closed by its owner meanwhile; the duplicates
        are closed when the deadline ends.
        """
        try:
            handle = socket.socket(fileno=socket.dup(sock.fileno()))
        except OSError:  # already closed: nothing left to cut
            return
        with self._lock:
            self._handles.append(handle)
            fired = self.fired
        if fired:
            _shut(handle)

    def cut(self) -> None:
        """Shut its connections now (a Cancel): a thread blocked reading one wakes at once.

        Unlike the time running out, this does not mark the deadline :attr:`fired`: the
        caller knows why (its cancel check says so).
        """
        with self._lock:
            handles = list(self._handles)
        for handle in handles:
            _shut(handle)

    def _close_handles(self) -> None:
        with self._lock:
            handles, self._handles = self._handles, []
        for handle in handles:
            handle.close()

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            logger.info("Download deadline of %g s passed while %s", self.seconds, self.phase)
            for handle in self._handles:
                _shut(handle)


def _shut(handle: socket.socket) -> None:
    """Shut the connection down: a thread blocked reading it wakes up with end-of-file."""
    with contextlib.suppress(OSError):
        handle.shutdown(socket.SHUT_RDWR)


class _Abortable:
    """Mixed into urllib3's connections: each new socket is adopted by the running deadline."""

    def _new_conn(self) -> socket.socket:
        sock: socket.socket = super()._new_conn()  # type: ignore[misc]  # the urllib3 class
        deadline = current_deadline()
        if deadline is not None:
            deadline.adopt(sock)
        return sock

    def connect(self) -> None:
        deadline = current_deadline()
        if deadline is not None:
            deadline.phase = CONNECTING
        super().connect()  # type: ignore[misc]  # the urllib3 class
        if deadline is not None:
            deadline.phase = WAITING


class _HTTPConnection(_Abortable, HTTPConnection):
    pass


class _HTTPSConnection(_Abortable, HTTPSConnection):
    pass


class _Watched:
    """Mixed into the pools: a connection taken for a request is watched by its deadline."""

    def _get_conn(self, timeout: float | None = None) -> Any:
        connection = super()._get_conn(timeout)  # type: ignore[misc]  # the urllib3 class
        deadline = current_deadline()
        if deadline is not None and connection.sock is not None:  # reused from the pool
            deadline.adopt(connection.sock)
        return connection


class _HTTPPool(_Watched, HTTPConnectionPool):
    ConnectionCls = _HTTPConnection


class _HTTPSPool(_Watched, HTTPSConnectionPool):
    ConnectionCls = _HTTPSConnection


class DeadlineAdapter(HTTPAdapter):
    """An HTTPAdapter whose connections a :class:`Deadline` can cut (direct and via a proxy)."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _HTTPPool, "https": _HTTPSPool}

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if not proxy.lower().startswith("socks"):  # SOCKS pools have their own connections
            manager.pool_classes_by_scheme = {"http": _HTTPPool, "https": _HTTPSPool}
        return manager
