"""The material downloader against real servers on 127.0.0.1: resume, 304, limits, faults.

Every fault a file download can meet gives one clear message naming the material, and
leaves no partial file behind unless it is one a next try resumes from.
"""

from __future__ import annotations

import gzip
import hashlib
import random
import re
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import pytest
from support.bad_server import (
    BadServer,
    Conn,
    head,
    redirect,
    refused_port,
    reply,
    reset_mid_body,
    stall_after_accept,
)
from support.file_server import FileServer, Hosted

from briefing_app.errors import OperationCancelledError, SyncError
from briefing_app.sync.materials import MaterialDownloader, MaterialRequest, material_policy

BODY = bytes(range(256)) * 1024  # 256 KiB


def downloader(tmp_path: Path, **policy: float) -> MaterialDownloader:
    limits = {"total_timeout": 5.0, "read_timeout": 2.0, **policy}
    made = MaterialDownloader(
        tmp_path / "partial",
        material_policy(
            max_bytes=int(limits.pop("max_bytes", 1024 * 1024)),
            total_timeout=limits["total_timeout"],
            read_timeout=limits["read_timeout"],
        ),
    )
    return made


def leftovers(tmp_path: Path) -> list[str]:
    folder = tmp_path / "partial"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_a_whole_file_with_its_digest_and_validators(tmp_path: Path, file_server: FileServer):
    url = file_server.host("/pre-read.pdf", Hosted(BODY))
    seen: list[tuple[int, int]] = []
    got = downloader(tmp_path).download(
        MaterialRequest(url, "Pre-read"), progress=lambda d, t: seen.append((d, t))
    )
    assert got.status == "downloaded"
    assert got.path is not None and got.path.read_bytes() == BODY
    assert got.sha256 == hashlib.sha256(BODY).hexdigest()
    assert got.etag and got.last_modified
    assert seen[-1] == (len(BODY), len(BODY))


def test_the_size_before_starting(tmp_path: Path, file_server: FileServer):
    known = file_server.host("/a", Hosted(BODY))
    hidden = file_server.host("/b", Hosted(BODY, hide_length=True))
    fetch = downloader(tmp_path)
    assert fetch.probe(known) == len(BODY)
    assert fetch.probe(hidden) is None
    assert fetch.probe(f"http://127.0.0.1:{refused_port()}/x") is None
    assert fetch.probe("javascript:alert(1)") is None


def test_a_cut_download_resumes_with_a_range(tmp_path: Path, file_server: FileServer):
    hosted = Hosted(BODY, cut_after=100_000)
    url = file_server.host("/slides.pdf", hosted)
    got = downloader(tmp_path).download(MaterialRequest(url))
    assert got.path is not None and got.path.read_bytes() == BODY
    assert got.sha256 == hashlib.sha256(BODY).hexdigest()
    assert got.resumed_from == 100_000
    assert hosted.gets[1]["Range"] == "bytes=100000-"
    assert hosted.gets[1]["If-Range"] == hosted.etag


def _cancelled_partway(tmp_path: Path, url: str) -> MaterialDownloader:
    """A downloader whose download of *url* was cancelled after two chunks."""
    fetch = downloader(tmp_path)
    calls = iter(range(1000))
    with pytest.raises(OperationCancelledError):
        fetch.download(MaterialRequest(url), cancel=lambda: next(calls) >= 2)
    return fetch


def test_a_cancelled_download_resumes_next_time(tmp_path: Path, file_server: FileServer):
    hosted = Hosted(BODY)
    url = file_server.host("/big", hosted)
    fetch = _cancelled_partway(tmp_path, url)
    partial = fetch.partial_path(url)
    kept = partial.stat().st_size
    assert 0 < kept < len(BODY)
    got = fetch.download(MaterialRequest(url))
    assert got.resumed_from == kept
    assert hosted.gets[-1]["Range"] == f"bytes={kept}-"
    assert got.path is not None and got.path.read_bytes() == BODY


def test_two_downloads_of_one_address_at_once_never_share_a_file(
    tmp_path: Path, file_server: FileServer
):
    """The window's Keep offline and `materials download` on the same pre-read: the second
    used to resume from the first's partial file while the first still wrote it."""
    hosted = Hosted(BODY)
    url = file_server.host("/shared.pdf", hosted)
    first, second = downloader(tmp_path), downloader(tmp_path)
    during: list[Path | None] = []

    def meanwhile(done: int, _total: int) -> None:
        if not during and done < len(BODY):  # the first is part way: the second runs whole
            got = second.download(MaterialRequest(url, "Pre-read"))
            during.append(got.path)

    got = first.download(MaterialRequest(url, "Pre-read"), progress=meanwhile)
    [other] = during
    assert got.path is not None and other is not None and got.path != other
    assert got.path.read_bytes() == BODY and other.read_bytes() == BODY
    assert all("Range" not in request for request in hosted.gets)  # neither resumed the other
    # Left: the two finished files the callers move; no partial, note or lock.
    assert sorted(leftovers(tmp_path)) == sorted([got.path.name, other.name])
    # The address's own partial file is free again: a cut-off next try is resumable.
    assert _cancelled_partway(tmp_path, url).partial_path(url).stat().st_size > 0


def test_a_server_without_ranges_starts_again(tmp_path: Path, file_server: FileServer):
    hosted = Hosted(BODY, cut_after=50_000, ranges=False)
    url = file_server.host("/norange", hosted)
    got = downloader(tmp_path).download(MaterialRequest(url))
    assert got.resumed_from == 0
    assert got.path is not None and got.path.read_bytes() == BODY


def test_a_changed_file_is_not_glued_onto_the_old_part(tmp_path: Path, file_server: FileServer):
    url = file_server.host("/changing", Hosted(BODY))
    fetch = _cancelled_partway(tmp_path, url)
    new = b"new version " * 10_000
    file_server.host("/changing", Hosted(new))  # another ETag: If-Range fails, a 200 comes
    got = fetch.download(MaterialRequest(url))
    assert got.path is not None and got.path.read_bytes() == new
    assert got.resumed_from == 0


def test_conditional_re_download_is_a_304(tmp_path: Path, file_server: FileServer):
    hosted = Hosted(BODY)
    url = file_server.host("/kept", hosted)
    fetch = downloader(tmp_path)
    first = fetch.download(MaterialRequest(url))
    again = fetch.download(MaterialRequest(url, etag=first.etag))
    assert again.status == "not-modified" and again.path is None
    assert hosted.gets[-1]["If-None-Match"] == first.etag
    by_date = fetch.download(MaterialRequest(url, last_modified=first.last_modified))
    assert by_date.status == "not-modified"


def test_checksum_mismatch_keeps_nothing(tmp_path: Path, file_server: FileServer):
    url = file_server.host("/liar", Hosted(BODY))
    with pytest.raises(SyncError, match=r"Housing brief \(http.*checksum does not match"):
        downloader(tmp_path).download(
            MaterialRequest(url, "Housing brief", expected_sha256="0" * 64)
        )
    assert leftovers(tmp_path) == []


def test_a_matching_checksum_passes(tmp_path: Path, file_server: FileServer):
    url = file_server.host("/honest", Hosted(BODY))
    sha = hashlib.sha256(BODY).hexdigest()
    got = downloader(tmp_path).download(MaterialRequest(url, expected_sha256=sha.upper()))
    assert got.sha256 == sha


# ---- the fault matrix -------------------------------------------------------------------
@pytest.fixture
def bad() -> BadServer:
    server = BadServer()
    yield server  # type: ignore[misc]
    server.close()


def test_refused(tmp_path: Path):
    url = f"http://127.0.0.1:{refused_port()}/x.pdf"
    fetch = downloader(tmp_path)
    fetch.policy = material_policy(total_timeout=5.0)
    fetch.policy = type(fetch.policy)(**{**_fields(fetch.policy), "backoff": 0.01})
    with pytest.raises(SyncError, match=r"Slides .*connection refused"):
        fetch.download(MaterialRequest(url, "Slides"))
    assert leftovers(tmp_path) == []


def _fields(policy: object) -> dict[str, object]:
    return {name: getattr(policy, name) for name in policy.__slots__}  # type: ignore[attr-defined]


def test_stall_gives_up_at_the_time_limit(tmp_path: Path, bad: BadServer):
    url = bad.serve_before_request("/stall", stall_after_accept)
    with pytest.raises(SyncError, match="stalled"):
        downloader(tmp_path, total_timeout=1.0).download(MaterialRequest(url))


def test_reset_every_time_says_so(tmp_path: Path, bad: BadServer):
    url = bad.serve("/reset", reset_mid_body(BODY, 1000))
    fetch = downloader(tmp_path)
    fetch.policy = type(fetch.policy)(**{**_fields(fetch.policy), "backoff": 0.01})
    with pytest.raises(SyncError, match=r"reset|cut off"):
        fetch.download(MaterialRequest(url))


@pytest.mark.parametrize("status", [500, 503])
def test_server_error(tmp_path: Path, bad: BadServer, status: int):
    url = bad.serve("/5xx", reply(status))
    fetch = downloader(tmp_path)
    fetch.policy = type(fetch.policy)(**{**_fields(fetch.policy), "backoff": 0.01})
    with pytest.raises(SyncError, match=f"HTTP {status}.*3 attempts"):
        fetch.download(MaterialRequest(url))


def test_429_with_retry_after_too_long(tmp_path: Path, bad: BadServer):
    url = bad.serve("/busy", reply(429, headers={"Retry-After": "120"}))
    with pytest.raises(SyncError, match=r"429.*asked to wait 60 s"):
        downloader(tmp_path, total_timeout=5.0).download(MaterialRequest(url))


def test_a_10_gb_content_length_is_refused_before_reading(tmp_path: Path, bad: BadServer):
    ten_gb = 10 * 1024**3

    def huge(conn) -> None:  # type: ignore[no-untyped-def]
        conn.send(head(200, length=ten_gb) + b"x" * 1000)
        conn.hold(5)

    url = bad.serve("/huge", huge)
    with pytest.raises(SyncError, match=r"too large \(10,737,418,240 bytes.*materials-max-size"):
        downloader(tmp_path).download(MaterialRequest(url, "Annex"))
    assert leftovers(tmp_path) == []


def test_a_body_growing_past_the_limit_is_stopped(tmp_path: Path, file_server: FileServer):
    url = file_server.host("/endless", Hosted(b"y" * (3 * 1024 * 1024), hide_length=True))
    with pytest.raises(SyncError, match=r"too large .more than"):
        downloader(tmp_path, max_bytes=1024 * 1024).download(MaterialRequest(url))
    assert leftovers(tmp_path) == []


def test_a_feed_given_size_over_the_limit_is_not_fetched(tmp_path: Path, file_server: FileServer):
    hosted = Hosted(BODY)
    url = file_server.host("/declared", hosted)
    with pytest.raises(SyncError, match="too large"):
        downloader(tmp_path, max_bytes=1000).download(
            MaterialRequest(url, expected_size=10 * 1024**3)
        )
    assert hosted.gets == []


@pytest.mark.parametrize("target", ["ftp://127.0.0.1/x.pdf", "file:///etc/passwd", "javascript:x"])
def test_a_redirect_to_another_scheme_is_refused(tmp_path: Path, bad: BadServer, target: str):
    url = bad.serve("/moved", redirect(target))
    with pytest.raises(SyncError, match="only http and https"):
        downloader(tmp_path).download(MaterialRequest(url))


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "file:///etc/passwd", "data:text/plain,hi", "ftp://x/y"]
)
def test_other_schemes_are_never_fetched(tmp_path: Path, url: str):
    with pytest.raises(SyncError, match="only http and https"):
        downloader(tmp_path).download(MaterialRequest(url))


class _FullDisk:
    """A writer that takes *room* bytes, then fails as a full disk does."""

    def __init__(self, path: Path, mode: str, room: int) -> None:
        self.file: BinaryIO = path.open(mode)  # type: ignore[assignment]
        self.room = room

    def write(self, data: bytes) -> int:
        if self.file.tell() + len(data) > self.room:
            raise OSError(28, "No space left on device")
        return self.file.write(data)

    def __getattr__(self, name: str) -> object:
        return getattr(self.file, name)

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.file.close()


def test_a_full_disk_removes_the_partial_file(tmp_path: Path, file_server: FileServer):
    url = file_server.host("/fills", Hosted(BODY))
    fetch = MaterialDownloader(
        tmp_path / "partial",
        material_policy(max_bytes=1024 * 1024, total_timeout=5.0),
        opener=lambda path, mode: _FullDisk(path, mode, 100_000),  # type: ignore[arg-type,return-value]
    )
    with pytest.raises(SyncError, match=r"disk is full.*partial file was removed"):
        fetch.download(MaterialRequest(url))
    assert leftovers(tmp_path) == []


def _gzip_object(encoded: bytes, cut_after: int, seen: list[str]) -> Callable[[Conn], None]:
    """A stored gzip object (``Content-Encoding: gzip`` whatever the client asks, as object
    stores serve them) whose ranges count *encoded* bytes; the first whole answer is cut."""

    def run(conn: Conn) -> None:
        text = conn.head.decode("latin-1")
        found = re.search(r"(?im)^range:\s*bytes=(\d+)-\s*$", text)
        seen.append(found.group(0) if found else "")
        common = {"Content-Encoding": "gzip", "ETag": '"gz1"', "Accept-Ranges": "bytes"}
        if found:
            start = int(found.group(1))
            part = encoded[start:]
            span = f"bytes {start}-{len(encoded) - 1}/{len(encoded)}"
            conn.send(
                head(206, "Partial Content", {**common, "Content-Range": span}, length=len(part))
            )
            conn.send(part)
            return
        conn.send(head(200, headers=common, length=len(encoded)))
        if len(seen) == 1:
            conn.send(encoded[:cut_after])
            time.sleep(0.05)
            conn.reset()
            return
        conn.send(encoded)

    return run


def test_a_cut_gzip_encoded_download_starts_again_rather_than_resume(
    tmp_path: Path, bad: BadServer
) -> None:
    """A range counts encoded bytes, the partial file holds decoded ones: never glued."""
    body = random.Random(15).randbytes(200_000)  # incompressible: encoded ≈ decoded
    seen: list[str] = []
    url = bad.serve("/deck.pdf", _gzip_object(gzip.compress(body), 120_000, seen))
    got = downloader(tmp_path).download(MaterialRequest(url, "Deck"))
    assert got.path is not None and got.path.read_bytes() == body
    assert got.resumed_from == 0 and len(seen) == 2 and seen[1] == ""


def test_cancel_stops_a_stalled_body_at_once_and_keeps_its_part(tmp_path: Path, bad: BadServer):
    """A server that sends 1,000 bytes and goes silent: Cancel ends the download at once
    (it waited for the next chunk, up to the read time limit), the part kept to resume."""

    def stall_mid_body(conn: Conn) -> None:
        conn.send(head(200, length=len(BODY)) + BODY[:1000])
        conn.hold(30.0)

    url = bad.serve("/stalled.pdf", stall_mid_body)
    fetch = downloader(tmp_path, read_timeout=20.0, total_timeout=30.0)
    cancelled = threading.Event()
    seen: list[int] = []

    def progress(done: int, _total: int) -> None:
        seen.append(done)
        if done >= 1000:  # the part before the stall has arrived: the user cancels
            threading.Timer(0.3, cancelled.set).start()

    started = time.monotonic()
    with pytest.raises(OperationCancelledError):
        fetch.download(MaterialRequest(url, "Stalled"), progress=progress, cancel=cancelled.is_set)
    assert time.monotonic() - started < 5.0  # not the 20 s read limit
    assert fetch.partial_path(url).read_bytes() == BODY[:1000]
