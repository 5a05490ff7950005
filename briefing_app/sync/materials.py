"""Downloading a session's materials (pre-reads, slides) for reading offline.

The same HTTP layer as feeds (:class:`~.http.Fetcher`: one deadline per
download, retries with back-off, ``Retry-After``, redirects only to http(s),
never from https down to http, a clear message per failure), with what a
file download needs on top:

- the body goes to a *partial file* on disk (never memory), hashed as it
  arrives; the caller moves the finished file into place (one rename), so no
  half file is ever seen as a material;
- resumable: a cut-off download (a reset, a stall, Cancel) keeps its partial
  file and the response's validators beside it; the next try asks for the rest
  (``Range`` with ``If-Range``), and starts again when the server sends the
  whole body instead (no range support, or the file changed). A body sent with a
  content coding (gzip) is never resumed: its ranges count encoded bytes;
- conditional: with the ETag / Last-Modified of the copy already kept, a 304
  costs a request and nothing more;
- a size limit per file: a ``Content-Length`` (or ``Content-Range`` total) over
  it is refused before the body is read, and a body that grows past it is
  stopped and its partial file removed;
- Cancel acts at once, a server gone silent mid-body too: a watcher shuts the
  connection (``Deadline.cut``) instead of waiting for the next chunk or the read
  time limit; the part read so far stays to resume from;
- a full disk (or any write failure) removes the partial file, and says so;
- the checksum a feed gives (SHA-256) is checked before the file is handed on;
- one download of an address at a time writes its partial file (an OS lock beside it,
  ``platform/filelock.py``, across threads and processes); another at the same time
  (the window's and a command's) writes a file of its own, not resumed, not kept.

Not thread-safe: one :class:`MaterialDownloader` per thread.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import os
import re
import threading
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Literal
from urllib.parse import urlsplit

import requests
import urllib3

from briefing_app.errors import OperationCancelledError, SyncError
from briefing_app.platform.filelock import try_lock
from briefing_app.sync.deadline import READING, Deadline
from briefing_app.sync.http import (
    CHUNK,
    REDIRECTS,
    Fetcher,
    FetchPolicy,
    FetchResult,
    HeaderCheck,
    _body_error,
    _printable,
    _RetryableError,
    make_session,
)
from briefing_app.sync.limits import DEFAULT_MATERIAL_MAX_BYTES, DEFAULT_MATERIAL_TIMEOUT, MIB
from briefing_app.util.i18n import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

#: ``progress(done_bytes, total_bytes)``; total is 0 when the server does not say.
Progress = Callable[[int, int], None]
#: Called between chunks; True stops the download (its partial file is kept for a resume).
CancelCheck = Callable[[], bool]
#: Opens the partial file for writing ("wb" or "ab"): a seam for tests of a full disk.
Opener = Callable[[Path, str], BinaryIO]

_CONTENT_RANGE = re.compile(r"^\s*bytes\s+(\d+)-(\d+)/(\d+|\*)\s*$", re.IGNORECASE)
#: Write failures that mean "no room": the partial file goes, the message says so.
_NO_ROOM = frozenset({errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)})
SETTING_HINT = QT_TRANSLATE_NOOP(
    "core", "raise the limit with `briefing-app settings materials-max-size {mib}` (MiB)"
)


def material_policy(
    *,
    max_bytes: int = DEFAULT_MATERIAL_MAX_BYTES,
    total_timeout: float = DEFAULT_MATERIAL_TIMEOUT,
    read_timeout: float = 30.0,
) -> FetchPolicy:
    """The fetch rules for a material: its own size limit and a longer deadline than a feed."""
    return FetchPolicy(
        max_bytes=max_bytes,
        total_timeout=total_timeout,
        read_timeout=read_timeout,
        what=QT_TRANSLATE_NOOP("core", "material"),
        too_large_hint=SETTING_HINT,
    )


@dataclass(frozen=True, slots=True)
class MaterialRequest:
    """One file to download, and what is known of it beforehand."""

    url: str
    #: For messages: the material's title.
    title: str = ""
    #: The size and SHA-256 (hex) the feed gives, when it gives them.
    expected_size: int | None = None
    expected_sha256: str | None = None
    #: The validators of the copy already kept (a conditional request), if any.
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class Downloaded:
    """A finished download: a complete file at :attr:`path`, or "not modified"."""

    status: Literal["downloaded", "not-modified"]
    url: str
    #: The complete file (``….done`` in the partial folder); the caller moves or deletes it.
    path: Path | None = None
    sha256: str = ""
    size: int = 0
    etag: str | None = None
    last_modified: str | None = None
    #: Bytes that were already on disk from an earlier, cut-off try.
    resumed_from: int = 0
    attempts: int = 1


@dataclass(slots=True)
class _Job:
    """The download in progress (the fetcher's hooks read and update it)."""

    request: MaterialRequest
    partial: Path
    progress: Progress | None
    cancel: CancelCheck | None
    offset: int = 0
    resumed_from: int = 0
    size: int = 0
    digest: str = ""
    validators: dict[str, str] = field(default_factory=dict)

    @property
    def meta(self) -> Path:
        return self.partial.with_suffix(".json")


#: How often a download reading its body looks at its cancel check while the server is
#: silent (between chunks it looks at every chunk).
CANCEL_POLL = 0.1


def _cancelled() -> OperationCancelledError:
    return OperationCancelledError(
        QT_TRANSLATE_NOOP("core", "cancelled; the part downloaded is kept to resume from").message()
    )


@contextlib.contextmanager
def _cut_on_cancel(cancel: CancelCheck | None, deadline: Deadline) -> Iterator[None]:
    """While a body is read: a Cancel shuts the connection at once (``Deadline.cut``).

    The loop looks at *cancel* between chunks; a server gone silent sends none, so a
    Cancel waited for the read time limit (30 s). A watcher thread looks every
    :data:`CANCEL_POLL` seconds (so *cancel* must be safe to call from another thread:
    a ``threading.Event.is_set``), and the blocked read wakes with end-of-file.
    """
    if cancel is None:
        yield
        return
    finished = threading.Event()

    def watch() -> None:
        while not finished.wait(CANCEL_POLL):
            if cancel():
                deadline.cut()
                return

    watcher = threading.Thread(target=watch, name="download-cancel", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        finished.set()
        watcher.join()


def check_material_url(url: str) -> str:
    """*url* if it is an http(s) address with a host; a clear :class:`SyncError` otherwise."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        shown = _printable(scheme, 20) or "schemeless"
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "core", "a {shown}: address is not downloaded; only http and https materials are"
            ).format(shown=shown),
            source=_printable(url, 120),
        )
    if not parts.hostname:
        raise SyncError(
            QT_TRANSLATE_NOOP("core", "the address has no host name").message(),
            source=_printable(url, 120),
        )
    return url.strip()


def _default_open(path: Path, mode: str) -> BinaryIO:
    return path.open(mode)  # type: ignore[return-value]  # "wb"/"ab": a BufferedWriter


class MaterialDownloader(Fetcher):
    """Downloads materials into partial files under *partial_dir*; see the module's notes."""

    def __init__(
        self,
        partial_dir: Path,
        policy: FetchPolicy | None = None,
        session: requests.Session | None = None,
        *,
        opener: Opener = _default_open,
    ) -> None:
        super().__init__(policy or material_policy(), session or make_session(accept="*/*"))
        self.partial_dir = Path(partial_dir)
        self.opener = opener
        self._job: _Job | None = None

    # ---- where partial files live ------------------------------------------------
    def partial_path(self, url: str) -> Path:
        """The partial file of *url* (one per address, so a retry finds it); a download
        writes it while it holds its ``.lock`` (another at once writes one of its own)."""
        key = hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()[:40]
        return self.partial_dir / f"{key}.part"

    # ---- the total, before starting ------------------------------------------------
    def probe(self, url: str) -> int | None:
        """The size the server announces for *url* (a HEAD request), or None if it does not say.

        Never raises: a server that fails here fails again, with its message, when downloaded.
        """
        try:
            current = check_material_url(url)
        except SyncError:
            return None
        visited = [current]
        try:
            with Deadline(min(self.policy.total_timeout, 15.0)):
                while True:
                    response = self.session.head(
                        current,
                        timeout=(self.policy.connect_timeout, self.policy.read_timeout),
                        allow_redirects=False,
                    )
                    with response:
                        if response.status_code in REDIRECTS:
                            current = self._redirect_target(url, current, response, visited)
                            visited.append(current)
                            continue
                        if not 200 <= response.status_code < 300:
                            return None
                        return _length(response.headers)
        except (requests.exceptions.RequestException, SyncError, OSError):
            return None

    # ---- downloading ------------------------------------------------------------------
    def download(
        self,
        request: MaterialRequest,
        *,
        progress: Progress | None = None,
        cancel: CancelCheck | None = None,
    ) -> Downloaded:
        """Fetch *request* into a complete file (or learn it is not modified).

        Raises:
            SyncError: the address is not http(s), the server failed (after retries),
                the file is too large, the disk is full, the checksum does not match.
                Each message names the material and says what happened.
            OperationCancelledError: *cancel* returned True; the partial file stays
                for the next try to resume.
        """
        url = check_material_url(request.url)
        shared = self.partial_path(url)
        self.partial_dir.mkdir(parents=True, exist_ok=True)
        try:
            lock = try_lock(shared.with_suffix(".lock"))
        except OSError:  # no lock file: a file of its own (whose writing says what fails)
            lock = None
        if lock is not None:
            with lock:
                return self._download(url, shared, request, progress, cancel)
        # Another download of this address writes its partial file now (the window's and
        # a command's, two views'): this one writes a file of its own, never resumed.
        own = shared.with_name(f"{shared.stem}-{uuid.uuid4().hex[:12]}{shared.suffix}")
        try:
            return self._download(url, own, request, progress, cancel)
        finally:
            _discard(own)

    def _download(
        self,
        url: str,
        partial: Path,
        request: MaterialRequest,
        progress: Progress | None,
        cancel: CancelCheck | None,
    ) -> Downloaded:
        job = _Job(request, partial, progress, cancel)
        job.validators = _read_meta(job.meta)
        if request.expected_size is not None and request.expected_size > self.policy.max_bytes:
            _discard(partial)
            too_big = SyncError(self._too_large(request.expected_size), source=url)
            raise _named(too_big, request.title)
        have_partial = _size(partial) > 0
        self._job = job
        try:
            result = self._fetch_http(
                url,
                etag=None if have_partial else request.etag,
                last_modified=None if have_partial else request.last_modified,
                check=None,
            )
        except SyncError as exc:
            raise _named(exc, request.title) from exc
        finally:
            self._job = None
        if result.status == 304:
            return Downloaded(
                "not-modified",
                url,
                etag=result.etag,
                last_modified=result.last_modified,
                attempts=result.attempts,
            )
        expected = (request.expected_sha256 or "").lower()
        if expected and expected != job.digest:
            _discard(partial)
            raise _named(
                SyncError(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "the file's checksum does not match the feed's (SHA-256 {digest}…, "
                        "expected {expected}…); it was not kept",
                    ).format(digest=job.digest[:16], expected=expected[:16]),
                    source=url,
                ),
                request.title,
            )
        job.meta.unlink(missing_ok=True)
        # Finished: no longer a partial file a next try would resume from. Named for this
        # download alone: the next one of the address may finish before the caller moves it.
        done = partial.with_name(f"{partial.stem}-{uuid.uuid4().hex[:12]}.done")
        partial.replace(done)
        return Downloaded(
            "downloaded",
            url,
            path=done,
            sha256=job.digest,
            size=job.size,
            etag=result.etag,
            last_modified=result.last_modified,
            resumed_from=job.resumed_from,
            attempts=result.attempts,
        )

    # ---- the fetcher's hooks --------------------------------------------------------
    def _attempt(
        self,
        url: str,
        headers: dict[str, str],
        deadline: Deadline,
        attempt: int,
        check: HeaderCheck | None,
    ) -> FetchResult:
        job = self._job
        if job is None:
            return super()._attempt(url, headers, deadline, attempt, check)
        headers = dict(headers)
        job.offset = _size(job.partial)
        validator = _if_range(job.validators)
        if job.offset and validator is None:
            # Nothing to tell whether the rest is of the same file: start again.
            logger.info("%s: a partial file with no validator; starting again", url)
            job.partial.unlink(missing_ok=True)
            job.offset = 0
        if job.offset:
            headers.pop("If-None-Match", None)
            headers.pop("If-Modified-Since", None)
            headers["Range"] = f"bytes={job.offset}-"
            headers["If-Range"] = validator or ""
        return super()._attempt(url, headers, deadline, attempt, check)

    def _answer(
        self,
        url: str,
        headers: dict[str, str],
        response: requests.Response,
        deadline: Deadline,
        attempt: int,
        check: HeaderCheck | None,
    ) -> FetchResult:
        job = self._job
        status = response.status_code
        if job is None or not (status in (200, 206, 416) or status == 304):
            return super()._answer(url, headers, response, deadline, attempt, check)
        if status == 304:
            if "Range" in headers or not (
                "If-None-Match" in headers or "If-Modified-Since" in headers
            ):
                raise SyncError(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "the server answered 304 Not Modified to a request for the whole material",
                    ).message(),
                    source=url,
                )
            return FetchResult(
                body=None,
                etag=response.headers.get("ETag") or headers.get("If-None-Match"),
                last_modified=response.headers.get("Last-Modified")
                or headers.get("If-Modified-Since"),
                status=304,
                url=response.url,
                attempts=attempt,
            )
        if status == 416:
            # Our range is past its end: the file changed under us. Start again, now.
            self._restart(job)
            raise _RetryableError(
                QT_TRANSLATE_NOOP("core", "the server could not resume the download").message(), 0.0
            )
        total = self._start_body(job, response, url)
        self._read_to_file(job, response, url, deadline, attempt, total)
        return FetchResult(
            body=b"",
            etag=job.validators.get("etag"),
            last_modified=job.validators.get("last_modified"),
            status=status,
            url=response.url,
            attempts=attempt,
            digest=job.digest,
        )

    # ---- the body -------------------------------------------------------------------
    def _restart(self, job: _Job) -> None:
        job.partial.unlink(missing_ok=True)
        job.meta.unlink(missing_ok=True)
        job.offset = 0
        job.validators = {}

    def _start_body(self, job: _Job, response: requests.Response, url: str) -> int | None:
        """Append or start over; refuse a declared size over the limit. The total, if known."""
        limit = self.policy.max_bytes
        total: int | None
        if response.status_code == 206:
            found = _CONTENT_RANGE.match(response.headers.get("Content-Range", ""))
            if found is None or int(found.group(1)) != job.offset:
                self._restart(job)
                raise _RetryableError(
                    QT_TRANSLATE_NOOP("core", "the server resumed at a different place").message(),
                    0.0,
                )
            total = None if found.group(3) == "*" else int(found.group(3))
            job.resumed_from = job.offset
        else:
            if job.offset:
                logger.info("%s: the server sent the whole file; starting again", url)
            self._restart(job)
            length = _length(response.headers)
            total = length
            job.validators = {
                key: value
                for key, value in (
                    ("etag", response.headers.get("ETag")),
                    ("last_modified", response.headers.get("Last-Modified")),
                )
                if value
            }
            if _encoded(response.headers):
                # A range counts encoded bytes, the partial file holds decoded ones:
                # with no validator kept, a cut-off download starts again instead.
                job.validators = {}
        if total is not None and total > limit:
            self._restart(job)
            raise SyncError(self._too_large(total), source=url)
        if job.validators:
            _write_meta(job.meta, job.validators)
        return total

    def _read_to_file(
        self,
        job: _Job,
        response: requests.Response,
        url: str,
        deadline: Deadline,
        attempt: int,
        total: int | None,
    ) -> None:
        limit = self.policy.max_bytes
        digest = hashlib.sha256()
        done = 0
        if job.offset:
            with job.partial.open("rb") as earlier:
                while chunk := earlier.read(CHUNK * 16):
                    digest.update(chunk)
                    done += len(chunk)
        deadline.phase = READING
        try:
            writer = self.opener(job.partial, "ab" if job.offset else "wb")
        except OSError as exc:
            raise self._write_failed(job, url, exc) from exc
        raw = response.raw
        with writer, _cut_on_cancel(job.cancel, deadline):
            while True:
                if job.cancel is not None and job.cancel():
                    writer.close()
                    raise _cancelled()
                try:
                    chunk = raw.read1(CHUNK, decode_content=True)
                except (urllib3.exceptions.HTTPError, OSError, ValueError) as exc:
                    writer.close()
                    if job.cancel is not None and job.cancel():  # cut by the Cancel
                        raise _cancelled() from exc
                    if deadline.expired:
                        raise self._stalled(url, deadline, attempt, done) from exc
                    raise _body_error(exc, url, done, self.policy) from exc
                if not chunk:
                    if job.cancel is not None and job.cancel():  # cut by the Cancel
                        writer.close()
                        raise _cancelled()
                    break
                done += len(chunk)
                if done > limit:
                    writer.close()
                    self._restart(job)
                    raise SyncError(self._too_large(done, at_least=True), source=url)
                try:
                    writer.write(chunk)
                except OSError as exc:
                    raise self._write_failed(job, url, exc) from exc
                digest.update(chunk)
                if job.progress is not None:
                    job.progress(done, total or 0)
            try:
                writer.flush()
                os.fsync(writer.fileno())
            except OSError as exc:
                raise self._write_failed(job, url, exc) from exc
        if deadline.fired:  # the watchdog cut the connection: not the whole body
            raise self._stalled(url, deadline, attempt, done)
        if total is not None and done < total:
            raise _RetryableError(
                QT_TRANSLATE_NOOP(
                    "core", "the download was cut off after {done:,} of {total:,} bytes"
                ).format(done=done, total=total)
            )
        job.size = done
        job.digest = digest.hexdigest()

    def _write_failed(self, job: _Job, url: str, exc: OSError) -> SyncError:
        """The partial file could not be written: removed, and said why."""
        with contextlib.suppress(OSError):
            self._restart(job)
        if exc.errno in _NO_ROOM:
            reason = QT_TRANSLATE_NOOP(
                "core",
                "the disk is full ({folder}); the partial file was removed, the "
                "materials kept before stay. Free some space and try again",
            ).format(folder=self.partial_dir)
        else:
            reason = QT_TRANSLATE_NOOP(
                "core", "cannot write the file: {error}; the partial file was removed"
            ).format(error=exc.strerror or exc)
        return SyncError(reason, source=url)


def _discard(partial: Path) -> None:
    """Remove a partial file and what it notes of its validators."""
    partial.unlink(missing_ok=True)
    partial.with_suffix(".json").unlink(missing_ok=True)


def _named(exc: SyncError, title: str) -> SyncError:
    """The same error naming the material first ("Housing pre-read (https://…): …")."""
    return exc.for_feed(title) if title and not exc.feed else exc


def _encoded(headers: Mapping[str, str]) -> bool:
    """The body is sent with a content coding (gzip, deflate): not the file's own bytes."""
    return headers.get("Content-Encoding", "identity").strip().lower() not in ("identity", "")


def _length(headers: Mapping[str, str]) -> int | None:
    declared = headers.get("Content-Length", "").strip()
    return int(declared) if declared.isdigit() and not _encoded(headers) else None


def _if_range(validators: Mapping[str, str]) -> str | None:
    """A strong ETag, else the Last-Modified date: what ``If-Range`` may carry."""
    etag = validators.get("etag", "")
    if etag and not etag.startswith("W/"):
        return etag
    return validators.get("last_modified") or None


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _read_meta(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): str(v) for k, v in data.items() if isinstance(v, str)}


def _write_meta(path: Path, validators: Mapping[str, str]) -> None:
    with contextlib.suppress(OSError):  # without it, a resume starts again: no harm
        path.write_text(json.dumps(dict(validators)), encoding="utf-8")


def max_bytes_from_mib(mib: int) -> int:
    return mib * MIB
