"""A misbehaving HTTP server on 127.0.0.1: raw sockets in threads, one fault per path.

``FeedServer`` (support/feed_server.py) speaks correct HTTP with scripted replies;
this one does what real servers do on a bad day, byte by byte: stall after the
accept, never answer, drip the headers or the body, reset the connection, lie
about the length, send huge headers, a gzip bomb, Retry-After in every form,
redirect loops and redirects to other schemes, garbage status lines.

Each path gets a *behaviour*: a callable ``(Conn) -> None`` run on the server's
thread for each connection to it, after the request head was read (or, for
:func:`stall_after_accept`, before anything is read). A behaviour that holds
the connection waits on the server's stop event, and ends as soon as the client
hangs up (so threads never outlive a test by more than a poll).
"""

from __future__ import annotations

import contextlib
import gzip
import io
import select
import socket
import ssl
import struct
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

#: A certificate for 127.0.0.1 (and localhost), self-signed, valid until 2125, key included.
TLS_CERT = Path(__file__).parent.parent / "data" / "tls" / "localhost.pem"

POLL = 0.05
#: What the faults say they send: generic, so feeds and photos both read on into the fault.
CONTENT_TYPE = "application/octet-stream"


@dataclass
class Conn:
    """One accepted connection: the socket, the request head, the server's stop event."""

    sock: socket.socket
    method: str
    path: str
    head: bytes
    stop: threading.Event
    server: BadServer

    def send(self, data: bytes) -> bool:
        """Send all of *data*; False if the client has gone."""
        try:
            self.sock.sendall(data)
        except OSError:
            return False
        return True

    def client_gone(self) -> bool:
        """True once the client closed (or reset) its end."""
        tls = isinstance(self.sock, ssl.SSLSocket)
        if tls and not select.select([self.sock], [], [], 0)[0]:
            return False
        try:
            self.sock.settimeout(0)
            # TLS cannot peek: there, what the client sends is read away.
            data = self.sock.recv(4096) if tls else self.sock.recv(4096, socket.MSG_PEEK)
        except (BlockingIOError, InterruptedError, ssl.SSLWantReadError):
            return False
        except OSError:
            return True
        finally:
            with contextlib.suppress(OSError):
                self.sock.settimeout(None)
        if data and not tls:
            # A pipelined request or junk: read it away so the next peek sees the hang-up.
            with contextlib.suppress(OSError):
                self.sock.recv(len(data))
        return not data

    def hold(self, seconds: float = 3600.0) -> bool:
        """Wait *seconds* (or until the test ends); False as soon as the client has gone."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if self.stop.is_set() or self.client_gone():
                return False
            self.stop.wait(min(POLL, max(0.0, end - time.monotonic())))
        return not self.client_gone()

    def drip(self, data: bytes, every: float) -> bool:
        """Send *data* one byte at a time, *every* seconds apart; False if the client went."""
        for i in range(len(data)):
            if not self.send(data[i : i + 1]):
                return False
            if i + 1 < len(data) and not self.hold(every):
                return False
        return True

    def reset(self) -> None:
        """Close with a TCP reset (RST), not an orderly FIN."""
        with contextlib.suppress(OSError):
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        with contextlib.suppress(OSError):
            self.sock.close()


Behaviour = Callable[[Conn], None]


def head(
    status: int = 200,
    reason: str = "",
    headers: dict[str, str] | list[tuple[str, str]] | None = None,
    *,
    length: int | None = None,
) -> bytes:
    """A response head; *length* (when given) becomes the Content-Length."""
    items = list(headers.items()) if isinstance(headers, dict) else list(headers or [])
    if length is not None:
        items.append(("Content-Length", str(length)))
    items.append(("Connection", "close"))
    text = f"HTTP/1.1 {status} {reason or _REASONS.get(status, 'Whatever')}\r\n"
    text += "".join(f"{k}: {v}\r\n" for k, v in items)
    return (text + "\r\n").encode("latin-1")


_REASONS = {
    200: "OK",
    204: "No Content",
    301: "Moved Permanently",
    302: "Found",
    307: "Temporary Redirect",
    308: "Permanent Redirect",
    404: "Not Found",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}


# ---- behaviours -------------------------------------------------------------------------
def stall_after_accept(conn: Conn) -> None:
    """Accept the connection, read nothing, say nothing."""
    conn.hold()


def never_answer(conn: Conn) -> None:
    """Read the request, then say nothing."""
    conn.hold()


def drip_headers(every: float = 0.2, body: bytes = b"{}") -> Behaviour:
    """A valid response whose head arrives one byte every *every* seconds (never ends in time)."""

    def run(conn: Conn) -> None:
        data = head(200, headers={"Content-Type": CONTENT_TYPE}, length=len(body)) + body
        conn.drip(data, every)
        conn.hold()

    return run


def drip_body(body: bytes, every: float = 0.2) -> Behaviour:
    """Headers at once, then the body one byte every *every* seconds."""

    def run(conn: Conn) -> None:
        if conn.send(head(200, headers={"Content-Type": CONTENT_TYPE}, length=len(body))):
            conn.drip(body, every)
        conn.hold()

    return run


def reset_mid_body(body: bytes, after: int) -> Behaviour:
    """Declare the whole body, send *after* bytes of it, then reset the connection."""

    def run(conn: Conn) -> None:
        conn.send(head(200, headers={"Content-Type": CONTENT_TYPE}, length=len(body)))
        conn.send(body[:after])
        time.sleep(0.05)
        conn.reset()

    return run


def lying_length(body: bytes, declared: int) -> Behaviour:
    """Declare *declared* bytes but send *body* and close (too long or too short a promise)."""

    def run(conn: Conn) -> None:
        conn.send(head(200, headers={"Content-Type": CONTENT_TYPE}, length=declared) + body)

    return run


def many_headers(count: int = 10_000) -> Behaviour:
    """A head with *count* header lines."""

    def run(conn: Conn) -> None:
        items = [(f"X-Filler-{i}", "x" * 20) for i in range(count)]
        conn.send(head(200, headers=items, length=2) + b"{}")
        conn.hold(5)

    return run


def huge_header_line(size: int = 1024 * 1024) -> Behaviour:
    """One header line of *size* bytes."""

    def run(conn: Conn) -> None:
        conn.send(head(200, headers={"X-Huge": "x" * size}, length=2) + b"{}")
        conn.hold(5)

    return run


def gzip_bomb(size: int = 200 * 1024 * 1024) -> Behaviour:
    """A small gzip body that inflates to *size* zero bytes (declared length is the small one)."""
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", compresslevel=9) as packer:
        chunk = bytes(1024 * 1024)
        for _ in range(size // len(chunk)):
            packer.write(chunk)
    bomb = buffer.getvalue()

    def run(conn: Conn) -> None:
        headers = {"Content-Type": CONTENT_TYPE, "Content-Encoding": "gzip"}
        conn.send(head(200, headers=headers, length=len(bomb)) + bomb)
        conn.hold(5)

    return run


def reply(
    status: int,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
    *,
    reason: str = "",
) -> Behaviour:
    """A plain, well-formed response (a 5xx, a 429 with Retry-After, a redirect, an empty 200)."""

    def run(conn: Conn) -> None:
        conn.send(head(status, reason, headers, length=len(body)) + body)

    return run


def redirect(location: str, status: int = 302) -> Behaviour:
    return reply(status, headers={"Location": location})


def redirect_to_self(status: int = 302) -> Behaviour:
    """A redirect loop of one: the Location is the address asked for."""

    def run(conn: Conn) -> None:
        reply(status, headers={"Location": conn.path})(conn)

    return run


def raw(data: bytes) -> Behaviour:
    """Send these bytes as the whole answer (a garbage or non-UTF-8 status line) and close."""

    def run(conn: Conn) -> None:
        conn.send(data)

    return run


def refused_port() -> int:
    """A port on 127.0.0.1 nothing listens on (connection refused at once)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# ---- the server -------------------------------------------------------------------------
@dataclass
class _Route:
    behaviour: Behaviour
    before_request: bool = False


@dataclass
class BadServer:
    """Serves one behaviour per path; ``hits`` counts connections per path."""

    tls: bool = False
    routes: dict[str, _Route] = field(default_factory=dict)
    hits: dict[str, int] = field(default_factory=dict)
    stop: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self._socks: list[socket.socket] = []
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self._listener.settimeout(POLL)
        self._context: ssl.SSLContext | None = None
        if self.tls:
            self._context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            self._context.load_cert_chain(TLS_CERT)
        #: A path served to a connection that arrives before the request is read.
        self._accept_route: str | None = None
        self._acceptor = threading.Thread(target=self._accept_loop, daemon=True)
        self._acceptor.start()

    @property
    def port(self) -> int:
        return int(self._listener.getsockname()[1])

    @property
    def base(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path

    def serve(self, path: str, behaviour: Behaviour) -> str:
        """Serve *behaviour* at *path*; returns its URL."""
        with self._lock:
            self.routes[path] = _Route(behaviour)
        return self.url(path)

    def serve_before_request(self, path: str, behaviour: Behaviour) -> str:
        """Every connection gets *behaviour* before its request is read (stall after accept)."""
        with self._lock:
            self.routes[path] = _Route(behaviour, before_request=True)
            self._accept_route = path
        return self.url(path)

    def close(self) -> None:
        self.stop.set()
        self._acceptor.join(5)
        with contextlib.suppress(OSError):
            self._listener.close()
        with self._lock:
            socks, threads = list(self._socks), list(self._threads)
        for sock in socks:
            with contextlib.suppress(OSError):
                sock.close()
        for thread in threads:
            thread.join(5)

    # ---- inside ----------------------------------------------------------------------
    def _accept_loop(self) -> None:
        while not self.stop.is_set():
            try:
                sock, _addr = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._handle, args=(sock,), daemon=True)
            with self._lock:
                self._socks.append(sock)
                self._threads.append(thread)
            thread.start()

    def _handle(self, sock: socket.socket) -> None:
        try:
            if self._context is not None:
                sock.settimeout(5)
                try:
                    sock = self._context.wrap_socket(sock, server_side=True)
                except (OSError, ssl.SSLError):
                    return
                with self._lock:
                    self._socks.append(sock)
            with self._lock:
                early = self._accept_route
            if early is not None:
                self._count(early)
                self.routes[early].behaviour(Conn(sock, "", early, b"", self.stop, self))
                return
            request = self._read_head(sock)
            if request is None:
                return
            method, path = request[0], request[1]
            with self._lock:
                route = self.routes.get(path)
            self._count(path)
            sock.settimeout(None)
            conn = Conn(sock, method, path, request[2], self.stop, self)
            if route is None:
                reply(404, b"not found")(conn)
            else:
                route.behaviour(conn)
        except OSError:
            return
        finally:
            with contextlib.suppress(OSError):
                sock.close()

    def _count(self, path: str) -> None:
        with self._lock:
            self.hits[path] = self.hits.get(path, 0) + 1

    def _read_head(self, sock: socket.socket) -> tuple[str, str, bytes] | None:
        sock.settimeout(POLL)
        data = b""
        while b"\r\n\r\n" not in data:
            if self.stop.is_set() or len(data) > 65536:
                return None
            try:
                chunk = sock.recv(4096)
            except TimeoutError:
                continue
            except ssl.SSLWantReadError:
                continue
            if not chunk:
                return None
            data += chunk
        line = data.split(b"\r\n", 1)[0].decode("latin-1").split()
        if len(line) < 2:
            return None
        return line[0], line[1], data


@pytest.fixture
def bad_server() -> Iterator[BadServer]:
    server = BadServer()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def bad_tls_server() -> Iterator[BadServer]:
    """The same over TLS with the certificate ``TLS_CERT`` (trust it: REQUESTS_CA_BUNDLE)."""
    server = BadServer(tls=True)
    try:
        yield server
    finally:
        server.close()
