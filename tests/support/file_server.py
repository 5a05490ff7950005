"""A real HTTP file server on 127.0.0.1 that does what a good download server does.

HEAD, ``Range`` (206 with ``Content-Range``), ``If-Range``, ``ETag`` and
``Last-Modified`` with conditional 304s, and on request one scripted fault per
file: cut the connection after N bytes (once), or ignore ranges (send 200).
Faults that a good server never makes come from support/bad_server.py.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler

import pytest
from support.feed_server import _QuietServer


@dataclass
class Hosted:
    body: bytes
    etag: str | None = None
    last_modified: str | None = "Mon, 07 Dec 2026 05:00:00 GMT"
    #: Send this many bytes of the next GET, then reset the connection (once).
    cut_after: int | None = None
    #: Answer every Range request with the whole body (a server without range support).
    ranges: bool = True
    #: Say nothing of the size (no Content-Length: chunked-free, closes at the end).
    hide_length: bool = False
    gets: list[dict[str, str]] = field(default_factory=list)
    heads: int = 0

    def __post_init__(self) -> None:
        if self.etag is None:
            self.etag = '"' + hashlib.sha256(self.body).hexdigest()[:16] + '"'


_RANGE = re.compile(r"^bytes=(\d+)-$")


class FileServer:
    def __init__(self) -> None:
        self.files: dict[str, Hosted] = {}
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                return None

            def _hosted(self) -> Hosted | None:
                with server._lock:
                    return server.files.get(self.path)

            def do_HEAD(self) -> None:
                hosted = self._hosted()
                if hosted is None:
                    self.send_error(404)
                    return
                hosted.heads += 1
                self.send_response(200)
                if not hosted.hide_length:
                    self.send_header("Content-Length", str(len(hosted.body)))
                self.end_headers()

            def do_GET(self) -> None:
                hosted = self._hosted()
                if hosted is None:
                    self.send_error(404)
                    return
                hosted.gets.append(dict(self.headers.items()))
                body = hosted.body
                inm = self.headers.get("If-None-Match")
                ims = self.headers.get("If-Modified-Since")
                if (inm and inm == hosted.etag) or (
                    not inm and ims and ims == hosted.last_modified
                ):
                    self.send_response(304)
                    self._validators(hosted)
                    self.end_headers()
                    return
                start = 0
                wanted = _RANGE.match(self.headers.get("Range", ""))
                if_range = self.headers.get("If-Range")
                same = if_range in (None, hosted.etag, hosted.last_modified)
                if wanted and hosted.ranges and same:
                    start = int(wanted.group(1))
                    if start >= len(body):
                        self.send_response(416)
                        self.send_header("Content-Range", f"bytes */{len(body)}")
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                    self.send_response(206)
                    self.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
                else:
                    self.send_response(200)
                part = body[start:]
                self._validators(hosted)
                if hosted.hide_length:
                    self.send_header("Connection", "close")
                    self.close_connection = True
                else:
                    self.send_header("Content-Length", str(len(part)))
                self.end_headers()
                cut = hosted.cut_after
                if cut is not None:
                    hosted.cut_after = None
                    self.wfile.write(part[:cut])
                    self.wfile.flush()
                    self.close_connection = True
                    self.connection.close()
                    return
                self.wfile.write(part)

            def _validators(self, hosted: Hosted) -> None:
                if hosted.etag:
                    self.send_header("ETag", hosted.etag)
                if hosted.last_modified:
                    self.send_header("Last-Modified", hosted.last_modified)

        self.httpd = _QuietServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def host(self, path: str, hosted: Hosted) -> str:
        with self._lock:
            self.files[path] = hosted
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}{path}"


@pytest.fixture
def file_server() -> Iterator[FileServer]:
    server = FileServer()
    server.thread.start()
    try:
        yield server
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()
