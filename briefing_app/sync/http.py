"""Fetching a feed: HTTP(S) with requests, or a local file; never anything else.

What a demanding user needs from a download, and what the tests prove against
a real server on 127.0.0.1: connect and read timeouts (a stalled server cannot
hang the app), retries with exponential backoff on connection errors, 5xx and
429 (``Retry-After`` honoured, capped), gzip, TLS verification, a User-Agent
naming the app and version, conditional requests (ETag, Last-Modified), and a
maximum body size enforced while streaming (a huge or endless body is cut off,
never loaded whole; decompressed bytes count, so a gzip bomb is refused too).
"""

from __future__ import annotations

import email.utils
import logging
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter

from briefing_app import __version__
from briefing_app.errors import FeedFileNotFoundError, SyncError

logger = logging.getLogger(__name__)

USER_AGENT = (
    f"BriefingCompanion/{__version__} (+https://github.com/briefing-app; offline schedule app)"
)
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """How hard and how long to try. Tests shrink the numbers."""

    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    total_timeout: float = 300.0
    attempts: int = 4
    backoff: float = 1.0
    max_retry_after: float = 60.0
    max_bytes: int = DEFAULT_MAX_BYTES
    sleep: Callable[[float], None] = field(default=time.sleep, compare=False)


@dataclass(frozen=True, slots=True)
class FetchResult:
    """What came back: a body, or "not modified" (``body is None``)."""

    body: bytes | None
    etag: str | None = None
    last_modified: str | None = None
    status: int = 200
    url: str = ""
    attempts: int = 1

    @property
    def not_modified(self) -> bool:
        return self.body is None


def normalize_location(text: str) -> str:
    """Turn what a user typed into a feed address: http(s) URL or ``file://`` URI.

    Raises:
        SyncError: for any other scheme (ftp, javascript, data, ...).
    """
    text = text.strip()
    if not text:
        raise SyncError("no feed address given")
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme in ("http", "https"):
        if not parts.hostname:
            raise SyncError(f"{text!r} has no host name")
        # One spelling per feed: lower-case scheme and host, no #fragment (never sent).
        netloc = parts.netloc.rsplit("@", 1)
        netloc[-1] = netloc[-1].lower()
        return urlunsplit((scheme, "@".join(netloc), parts.path or "/", parts.query, ""))
    if scheme == "file":
        return file_path(text).expanduser().resolve().as_uri()
    if scheme and len(scheme) > 1 and not Path(text).expanduser().exists():
        # "C:\\feeds\\x.json" has a one-letter "scheme"; "schedule:v2.json" may be a file.
        raise SyncError(
            f"the {scheme}: scheme is not supported; use an http(s) address or a local file",
            source=text,
        )
    return Path(text).expanduser().resolve().as_uri()


def file_path(uri: str) -> Path:
    parts = urlsplit(uri)
    path = unquote(parts.path)
    if parts.netloc and parts.netloc != "localhost":
        path = f"//{parts.netloc}{path}"
    return Path(path)


def make_session() -> requests.Session:
    session = requests.Session()
    session.headers["User-Agent"] = USER_AGENT
    session.headers["Accept"] = (
        "application/json, application/xml;q=0.9, text/calendar;q=0.9, */*;q=0.5"
    )
    session.headers["Accept-Encoding"] = "gzip, deflate"
    adapter = HTTPAdapter(max_retries=0, pool_connections=4, pool_maxsize=4)  # we retry ourselves
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.verify = True
    return session


class Fetcher:
    """Fetches feeds with one ``requests.Session`` (connection reuse across feeds)."""

    def __init__(
        self, policy: FetchPolicy | None = None, session: requests.Session | None = None
    ) -> None:
        self.policy = policy or FetchPolicy()
        self.session = session or make_session()

    def close(self) -> None:
        self.session.close()

    def fetch(
        self, location: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult:
        url = normalize_location(location)
        if url.startswith("file:"):
            return self._read_file(url)
        return self._fetch_http(url, etag=etag, last_modified=last_modified)

    # ---- local files ------------------------------------------------------
    def _read_file(self, uri: str) -> FetchResult:
        path = file_path(uri)
        try:
            info = path.stat()
            if stat.S_ISDIR(info.st_mode):
                raise SyncError("that is a folder, not a feed file", source=str(path))
            if not stat.S_ISREG(info.st_mode):
                raise SyncError("that is not a regular file (a pipe or device?)", source=str(path))
            size = info.st_size
            if size > self.policy.max_bytes:
                raise SyncError(self._too_large(size), source=str(path))
            with path.open("rb") as handle:
                body = handle.read(self.policy.max_bytes + 1)
        except FileNotFoundError as exc:
            raise FeedFileNotFoundError("the file does not exist", source=str(path)) from exc
        except IsADirectoryError as exc:
            raise SyncError("that is a folder, not a feed file", source=str(path)) from exc
        except OSError as exc:
            raise SyncError(
                f"cannot read the file: {exc.strerror or exc}", source=str(path)
            ) from exc
        if len(body) > self.policy.max_bytes:
            raise SyncError(self._too_large(len(body)), source=str(path))
        return FetchResult(body=body, url=uri)

    # ---- HTTP -------------------------------------------------------------
    def _fetch_http(self, url: str, *, etag: str | None, last_modified: str | None) -> FetchResult:
        policy = self.policy
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        deadline = time.monotonic() + policy.total_timeout
        last_error: SyncError | None = None
        note = ""
        attempt = 0
        while attempt < policy.attempts:
            attempt += 1
            try:
                return self._attempt(url, headers, deadline, attempt)
            except _RetryableError as retry:
                last_error = retry.error
                if attempt == policy.attempts:
                    break
                wait = retry.wait if retry.wait is not None else policy.backoff * 2 ** (attempt - 1)
                if time.monotonic() + wait > deadline:
                    note = f"; the server asked to wait {wait:g} s, longer than allowed"
                    break
                logger.info("%s: %s; retrying in %.1f s", url, retry.error.reason, wait)
                policy.sleep(wait)
        assert last_error is not None
        plural = "attempt" if attempt == 1 else "attempts"
        tries = f" (after {attempt} {plural}{note})" if attempt > 1 or note else ""
        raise SyncError(last_error.reason + tries, source=url, retryable=True)

    def _attempt(
        self, url: str, headers: dict[str, str], deadline: float, attempt: int
    ) -> FetchResult:
        policy = self.policy
        try:
            response = self.session.get(
                url,
                headers=headers,
                timeout=(policy.connect_timeout, policy.read_timeout),
                stream=True,
                allow_redirects=True,
            )
        except requests.exceptions.SSLError as exc:
            raise SyncError(f"secure connection failed: {_root_cause(exc)}", source=url) from exc
        except requests.exceptions.ConnectTimeout as exc:
            raise _RetryableError(f"could not connect within {policy.connect_timeout:g} s") from exc
        except requests.exceptions.ReadTimeout as exc:
            raise _RetryableError(
                f"the server did not answer within {policy.read_timeout:g} s"
            ) from exc
        except requests.exceptions.ConnectionError as exc:
            raise _RetryableError(f"cannot connect: {_root_cause(exc)}") from exc
        except requests.exceptions.InvalidURL as exc:
            raise SyncError(f"not a valid address: {exc}", source=url) from exc
        except requests.exceptions.RequestException as exc:
            raise SyncError(f"download failed: {_root_cause(exc)}", source=url) from exc
        with response:
            status = response.status_code
            if status == 304 and not headers:
                raise SyncError(
                    "the server answered 304 Not Modified to a request that asked for the "
                    "whole feed",
                    source=url,
                )
            if status == 304:
                return FetchResult(
                    body=None,
                    etag=response.headers.get("ETag") or headers.get("If-None-Match"),
                    last_modified=response.headers.get("Last-Modified")
                    or headers.get("If-Modified-Since"),
                    status=304,
                    url=response.url,
                    attempts=attempt,
                )
            if status == 429 or status >= 500:
                wait = _retry_after(response.headers.get("Retry-After"), policy.max_retry_after)
                raise _RetryableError(
                    f"the server answered HTTP {status} {response.reason or ''}".rstrip(), wait
                )
            if status == 204 or 300 <= status < 400:
                reason = f"HTTP {status} {response.reason or ''}".rstrip()
                raise SyncError(f"the server answered {reason} with no feed", source=url)
            if status >= 400:
                raise SyncError(
                    f"the server answered HTTP {status} {response.reason or ''}".rstrip(),
                    source=url,
                )
            body = self._read_body(response, url, deadline)
            return FetchResult(
                body=body,
                etag=response.headers.get("ETag"),
                last_modified=response.headers.get("Last-Modified"),
                status=status,
                url=response.url,
                attempts=attempt,
            )

    def _read_body(self, response: requests.Response, url: str, deadline: float) -> bytes:
        limit = self.policy.max_bytes
        declared = response.headers.get("Content-Length")
        encoded = response.headers.get("Content-Encoding", "identity").lower() != "identity"
        if declared and declared.isdigit() and not encoded and int(declared) > limit:
            raise SyncError(self._too_large(int(declared)), source=url)
        chunks: list[bytes] = []
        size = 0
        raw = response.raw
        try:
            while True:
                # read1 returns whatever has arrived (decoded), so the deadline is
                # checked after every packet: a server dripping a byte at a time
                # cannot hold a sync past total_timeout (+ one read_timeout).
                chunk = raw.read1(CHUNK, decode_content=True)
                if not chunk:
                    break
                size += len(chunk)
                if size > limit:
                    raise SyncError(self._too_large(size, at_least=True), source=url)
                if time.monotonic() > deadline:
                    raise _RetryableError(
                        f"the download took longer than {self.policy.total_timeout:g} s "
                        f"(after {size:,} bytes)"
                    )
                chunks.append(chunk)
        except urllib3.exceptions.DecodeError as exc:
            raise SyncError(
                f"the compressed body is damaged: {_root_cause(exc)}", source=url
            ) from exc
        except (urllib3.exceptions.ReadTimeoutError, TimeoutError) as exc:
            raise _RetryableError(
                f"the server stopped sending for {self.policy.read_timeout:g} s "
                f"(after {size:,} bytes)"
            ) from exc
        except (urllib3.exceptions.ProtocolError, urllib3.exceptions.IncompleteRead) as exc:
            raise _RetryableError(f"the download was cut off after {size:,} bytes") from exc
        except (urllib3.exceptions.HTTPError, OSError) as exc:
            raise _RetryableError(
                f"the connection broke after {size:,} bytes: {_root_cause(exc)}"
            ) from exc
        return b"".join(chunks)

    def _too_large(self, size: int, *, at_least: bool = False) -> str:
        limit = self.policy.max_bytes
        more = "more than " if at_least else ""
        return f"the feed is too large ({more}{size:,} bytes; the limit is {limit:,})"


class _RetryableError(Exception):
    """A failure worth trying again, with the wait the server asked for."""

    def __init__(self, reason: str, wait: float | None = None) -> None:
        super().__init__(reason)
        self.error = SyncError(reason, retryable=True)
        self.wait = wait


def _retry_after(value: str | None, cap: float) -> float | None:
    """Seconds from a Retry-After header (delta or HTTP date), capped; None if absent."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), cap)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, min((when - datetime.now(UTC)).total_seconds(), cap))


def _root_cause(exc: BaseException) -> str:
    """The innermost reason, in words ("Connection refused" rather than a repr chain)."""
    seen = exc
    while True:
        inner = seen.__cause__ or seen.__context__ or (seen.args[0] if seen.args else None)
        if isinstance(inner, BaseException) and inner is not seen:
            seen = inner
            continue
        break
    text = str(seen)
    for marker in (
        "Connection refused",
        "Name or service not known",
        "No route to host",
        "certificate verify failed",
        "timed out",
        "Connection reset",
    ):
        if marker in text or marker in str(exc):
            return marker.lower() if marker != "certificate verify failed" else marker
    return text[:200]
