"""A real HTTP server on 127.0.0.1, in a thread, scripted per test."""

from __future__ import annotations

import gzip
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from briefing_app.sync import Fetcher, FetchPolicy


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    gzip: bool = False
    #: Declare this Content-Length but send only ``body`` and close (cut off mid-stream).
    declared_length: int | None = None
    #: Send the headers and this many body bytes, then go silent for ``stall`` seconds.
    stall_after: int | None = None
    stall: float = 0.0
    #: Honour If-None-Match / If-Modified-Since with a 304.
    conditional: bool = False
    #: Send the body one byte at a time, this many seconds apart.
    drip: float = 0.0
    #: With ``stall_after``: stay silent until this is set (at most ``stall`` seconds),
    #: then send the rest.
    release: threading.Event | None = None


class _QuietServer(ThreadingHTTPServer):
    """A client hanging up early (as ours does on errors) is normal, not a test failure."""

    def handle_error(self, request: object, client_address: object) -> None:
        error = sys.exc_info()[1]
        if isinstance(error, ConnectionError | ValueError | TimeoutError):
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]


@dataclass
class Seen:
    path: str
    headers: dict[str, str]


class FeedServer:
    """Serves scripted replies; each path's replies are used in order, the last one repeats."""

    def __init__(self) -> None:
        self.routes: dict[str, list[Reply]] = {}
        self.requests: list[Seen] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                return None

            def do_GET(self) -> None:
                with server._lock:
                    server.requests.append(Seen(self.path, dict(self.headers.items())))
                    replies = server.routes.get(self.path) or [Reply(404, b"not found")]
                    reply = replies.pop(0) if len(replies) > 1 else replies[0]
                body = reply.body
                headers = dict(reply.headers)
                status = reply.status
                if reply.conditional and (
                    ("ETag" in headers and self.headers.get("If-None-Match") == headers["ETag"])
                    or (
                        "Last-Modified" in headers
                        and self.headers.get("If-Modified-Since") == headers["Last-Modified"]
                    )
                ):
                    status, body = 304, b""
                if reply.gzip and status == 200:
                    body = gzip.compress(body)
                    headers["Content-Encoding"] = "gzip"
                length = reply.declared_length if reply.declared_length is not None else len(body)
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                if status != 304:
                    self.send_header("Content-Length", str(length))
                self.end_headers()
                try:
                    if reply.drip:
                        for byte in body:
                            self.wfile.write(bytes([byte]))
                            self.wfile.flush()
                            time.sleep(reply.drip)
                    elif reply.stall_after is not None:
                        self.wfile.write(body[: reply.stall_after])
                        self.wfile.flush()
                        if reply.release is not None:
                            reply.release.wait(reply.stall)
                        else:
                            time.sleep(reply.stall)
                        self.wfile.write(body[reply.stall_after :])
                    elif status != 304:
                        self.wfile.write(body)
                    self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass
                if reply.declared_length is not None:
                    self.close_connection = True

        self.httpd = _QuietServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def base(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def serve(self, path: str, *replies: Reply) -> str:
        with self._lock:
            self.routes[path] = list(replies)
        return self.url(path)

    def hits(self, path: str) -> list[Seen]:
        return [r for r in self.requests if r.path == path]


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    server = FeedServer()
    server.thread.start()
    try:
        yield server
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()


@pytest.fixture
def slept() -> list[float]:
    return []


@pytest.fixture
def fetcher(slept: list[float]) -> Iterator[Fetcher]:
    """Short timeouts, and backoff that records the wait instead of sleeping."""
    policy = FetchPolicy(
        connect_timeout=2.0,
        read_timeout=0.5,
        total_timeout=20.0,
        attempts=3,
        backoff=0.01,
        max_retry_after=30.0,
        max_bytes=5_000_000,
        sleep=slept.append,
    )
    f = Fetcher(policy)
    yield f
    f.close()
