"""Fetching a feed: HTTP(S) with requests, or a local file; never anything else.

What a demanding user needs from a download, and what the tests prove against
real servers on 127.0.0.1 (tests/support/bad_server.py misbehaves on purpose):

- one wall-clock deadline for the whole download (connect, TLS, headers, body
  and every retry; :mod:`briefing_app.sync.deadline`), so a server that stalls or
  drips bytes cannot hold the app past it (60 s unless the user sets another);
- retries with exponential backoff on connection errors, 5xx and 429
  (``Retry-After`` honoured, capped), never past the deadline, and a message
  that says what happened: the server's wait, ours, or the connection refused;
- redirects followed by hand, only to http(s), never from https down to http;
- gzip, TLS verification, a User-Agent naming the app and version,
  conditional requests (ETag, Last-Modified), and a maximum body size enforced
  while streaming (a huge or endless body is cut off, never loaded whole;
  decompressed bytes count, so a gzip bomb is refused too).

Presenter photos download through the same :class:`Fetcher` with their own limits.
"""

from __future__ import annotations

import email.utils
import hashlib
import http.client
import ipaddress
import logging
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO
from urllib.parse import SplitResult, unquote, urljoin, urlsplit, urlunsplit

import requests
import urllib3

from briefing_app import __version__
from briefing_app.errors import BadAddressError, FeedFileNotFoundError, SyncError
from briefing_app.platform.fileutil import (
    UnusableFileError,
    open_regular_file,
    read_regular_file,
    too_large,
)
from briefing_app.sync.deadline import CONNECTING, READING, Deadline, DeadlineAdapter
from briefing_app.sync.limits import DEFAULT_MAX_BYTES, DEFAULT_TOTAL_TIMEOUT, MIB
from briefing_app.util.i18n import QT_TRANSLATE_NOOP, Figure, Figures, Message, joined
from briefing_app.util.textutil import one_line

logger = logging.getLogger(__name__)

USER_AGENT = (
    f"BriefingCompanion/{__version__} (+https://github.com/briefing-app; offline schedule app)"
)
CHUNK = 64 * 1024
FEED_ACCEPT = "application/json, application/xml;q=0.9, text/calendar;q=0.9, */*;q=0.5"
REDIRECTS = frozenset({301, 302, 303, 307, 308})

#: Looks at a 2xx answer's headers before its body is read; returns why it is refused, or None.
HeaderCheck = Callable[[Mapping[str, str]], str | None]


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """How hard and how long to try. Tests shrink the numbers."""

    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    #: The deadline of the whole download, every attempt and wait included.
    total_timeout: float = DEFAULT_TOTAL_TIMEOUT
    attempts: int = 3
    backoff: float = 0.5
    max_retry_after: float = 60.0
    max_bytes: int = DEFAULT_MAX_BYTES
    max_redirects: int = 5
    #: What is downloaded, for the messages ("the feed is too large").
    what: str = QT_TRANSLATE_NOOP("core", "feed")
    #: Bodies larger than this go to an anonymous temporary file, not memory
    #: (:attr:`FetchResult.file`); None: always in memory.
    spool_bytes: int | None = None
    #: Said after "the feed is too large (...)": how to raise the limit; ``{mib}``
    #: becomes a limit in MiB that would take the body (as far as it is known).
    too_large_hint: str = ""
    sleep: Callable[[float], None] = field(default=time.sleep, compare=False)


@dataclass(frozen=True, slots=True)
class FetchResult:
    """What came back: a body (in memory, or in :attr:`file`), or "not modified"."""

    body: bytes | None
    etag: str | None = None
    last_modified: str | None = None
    status: int = 200
    url: str = ""
    attempts: int = 1
    #: A body larger than the policy's ``spool_bytes``: an anonymous temporary file
    #: (no name on disk, gone when closed or when the process dies), at its start.
    #: The caller closes it (:meth:`close`).
    file: BinaryIO | None = None
    #: The body's SHA-256 (hex), whichever way it came.
    digest: str = ""

    @property
    def not_modified(self) -> bool:
        return self.body is None and self.file is None

    def close(self) -> None:
        """Let go of the temporary file, if any."""
        if self.file is not None:
            self.file.close()


class _Sink:
    """Where a body goes while it arrives: memory, then past *spool* bytes a temporary file."""

    def __init__(self, spool: int | None) -> None:
        self.spool = spool
        self.chunks: list[bytes] = []
        self.held = 0
        self.file: BinaryIO | None = None
        self.hash = hashlib.sha256()

    def write(self, chunk: bytes) -> None:
        self.hash.update(chunk)
        if self.file is not None:
            self.file.write(chunk)
            return
        self.chunks.append(chunk)
        self.held += len(chunk)
        if self.spool is not None and self.held > self.spool:
            self.file = tempfile.TemporaryFile(prefix="briefing-feed-")  # noqa: SIM115 - handed on
            for held in self.chunks:
                self.file.write(held)
            self.chunks = []

    def discard(self) -> None:
        self.chunks = []
        if self.file is not None:
            self.file.close()
            self.file = None

    def result(self) -> tuple[bytes | None, BinaryIO | None, str]:
        """(body, None) in memory, or (None, file at its start); and the digest."""
        if self.file is None:
            return b"".join(self.chunks), None, self.hash.hexdigest()
        self.file.flush()
        self.file.seek(0)
        return None, self.file, self.hash.hexdigest()


def normalize_location(text: str) -> str:
    """Turn what a user typed into a feed address: http(s) URL or ``file://`` URI.

    Raises:
        SyncError: for any other scheme (ftp, javascript, data, ...).
    """
    text = text.strip()
    if not text:
        raise SyncError(QT_TRANSLATE_NOOP("core", "no feed address given").message())
    parts = _split_address(text)
    scheme = parts.scheme.lower()
    if scheme in ("http", "https"):
        check_web_address(text, parts)
        # One spelling per feed: lower-case scheme and host, no #fragment (never sent).
        netloc = parts.netloc.rsplit("@", 1)
        netloc[-1] = netloc[-1].lower()
        return urlunsplit((scheme, "@".join(netloc), parts.path or "/", parts.query, ""))
    if scheme == "file":
        return local_feed_uri(file_path(text))
    if scheme and len(scheme) > 1 and not Path(text).expanduser().exists():
        # "C:\\feeds\\x.json" has a one-letter "scheme"; "schedule:v2.json" may be a file.
        raise BadAddressError(
            QT_TRANSLATE_NOOP(
                "core",
                "the {scheme}: scheme is not supported; use an http(s) address or a local file",
            ).format(scheme=scheme),
            source=text,
        )
    return local_feed_uri(Path(text))


#: Why an http(s) address cannot be one, in the app's words (never the URL parser's).
_NOT_AN_ADDRESS = QT_TRANSLATE_NOOP("core", "{text!r} is not a valid address: {why}")
_HAS_SPACE = QT_TRANSLATE_NOOP(
    "core", "it contains a space or a control character (write a space as %20)"
)
_NO_HOST = QT_TRANSLATE_NOOP("core", "it has no host name")
_BAD_IPV6 = QT_TRANSLATE_NOOP("core", "the host in brackets [ ] is not a valid IPv6 address")
_BAD_HOST = QT_TRANSLATE_NOOP("core", "the host name {host!r} is not valid")
_PORT_NOT_NUMBER = QT_TRANSLATE_NOOP("core", "the port {port!r} is not a number")
_PORT_OUT_OF_RANGE = QT_TRANSLATE_NOOP("core", "the port {port} is out of range (1 to 65535)")


def _bad_address(text: str, why: Message) -> BadAddressError:
    return BadAddressError(_NOT_AN_ADDRESS.format(text=text, why=why))


def _split_address(text: str) -> SplitResult:
    """``urlsplit(text)``; its ``ValueError`` (``http://[::1``) said in the app's words."""
    try:
        return urlsplit(text)
    except ValueError as exc:
        netloc = text.partition("//")[2].split("/", 1)[0]
        why = _BAD_IPV6.message() if "[" in netloc or "]" in netloc else _bad_host(netloc)
        raise _bad_address(text, why) from exc


def _bad_host(host: str) -> Message:
    return _BAD_HOST.format(host=host)


def check_web_address(text: str, parts: SplitResult | None = None) -> None:
    """Refuse an http(s) address no server can be asked at: a space, no host, a host that
    cannot be one, a port that is not a number from 1 to 65535.

    Raises:
        BadAddressError: naming the address and why, in the app's words.
    """
    parts = parts or _split_address(text)
    if any(ch.isspace() or not ch.isprintable() for ch in text):
        raise _bad_address(text, _HAS_SPACE.message())
    host_port = parts.netloc.rpartition("@")[2]
    if host_port.startswith("["):
        host, _, rest = host_port[1:].partition("]")
        try:
            ipaddress.IPv6Address(host.partition("%")[0])
        except ValueError as exc:
            raise _bad_address(text, _BAD_IPV6.message()) from exc
        port = rest[1:] if rest.startswith(":") else ""
        if rest and not rest.startswith(":"):
            raise _bad_address(text, _BAD_IPV6.message())
    else:
        host, _, port = host_port.partition(":")
        if not host:
            raise _bad_address(text, _NO_HOST.message())
        labels = host.removesuffix(".").split(".")
        if len(host) > 253 or not all(_is_label(label) for label in labels):
            raise _bad_address(text, _bad_host(host))
        if not host.isascii() and not _is_idna_host(host):
            raise _bad_address(text, _bad_host(host))
    if port and not (port.isascii() and port.isdigit()):
        raise _bad_address(text, _PORT_NOT_NUMBER.format(port=port))
    if port and not 1 <= int(port) <= 65535:
        raise _bad_address(text, _PORT_OUT_OF_RANGE.format(port=int(port)))


def _is_idna_host(host: str) -> bool:
    """A host name in another script, as requests and urllib3 will write it (IDNA)."""
    import idna  # requests' own dependency

    try:
        idna.encode(host, uts46=True)  # requests
        idna.encode(host.lower(), strict=True, std3_rules=True)  # urllib3
    except (idna.IDNAError, UnicodeError, ValueError):
        return False
    return True


def _is_label(label: str) -> bool:
    """One dot-separated part of a host name (letters of any script, digits, ``-``, ``_``)."""
    return (
        0 < len(label) <= 63
        and all(ch.isalnum() or ch in "-_" for ch in label)
        and not label.startswith("-")
        and not label.endswith("-")
    )


def local_feed_uri(path: Path) -> str:
    """The ``file://`` URI a local feed is followed and imported under (symbolic links resolved).

    Raises:
        SyncError: the path's symbolic links go round in a loop.
    """
    try:
        return path.expanduser().resolve().as_uri()
    except (RuntimeError, OSError) as exc:  # RuntimeError before Python 3.13, OSError after
        raise SyncError(
            QT_TRANSLATE_NOOP("core", "its symbolic links go round in a loop").message(),
            source=str(path),
        ) from exc


def file_path(uri: str) -> Path:
    parts = urlsplit(uri)
    path = unquote(parts.path)
    if parts.netloc and parts.netloc != "localhost":
        path = f"//{parts.netloc}{path}"
    return Path(path)


def make_session(accept: str = FEED_ACCEPT) -> requests.Session:
    """A session whose connections a download's :class:`Deadline` can cut."""
    session = requests.Session()
    session.headers["User-Agent"] = USER_AGENT
    session.headers["Accept"] = accept
    session.headers["Accept-Encoding"] = "gzip, deflate"
    adapter = DeadlineAdapter(max_retries=0, pool_connections=4, pool_maxsize=4)  # we retry
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.verify = True
    return session


def read_local_feed(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a feed file the user named: a regular file, at most *max_bytes*.

    ``import FILE`` and ``feeds add FILE`` read files alike: a pipe, a device, a
    socket or a folder is refused without blocking, and the read stops past the
    limit (so ``/dev/zero`` or a growing file cannot fill memory).

    Raises:
        FeedFileNotFoundError: nothing at *path* (exit code 3).
        SyncError: not a regular file, too large, unreadable (exit code 6).
    """
    try:
        return read_regular_file(path, max_bytes)
    except UnusableFileError as exc:
        if exc.missing:
            raise FeedFileNotFoundError(
                QT_TRANSLATE_NOOP("core", "the file does not exist").message(), source=str(path)
            ) from exc
        reason = exc.reason
        if isinstance(reason, Message) and "what" in reason.fields:  # fileutil.too_large's
            the_feed = QT_TRANSLATE_NOOP("core", "the {what}").format(
                what=QT_TRANSLATE_NOOP("core", "feed")
            )
            reason = Message(reason.context, reason.template, {**reason.fields, "what": the_feed})
        raise SyncError(reason, source=str(path)) from exc


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # read_local_feed says what is wrong


class Fetcher:
    """Fetches feeds (and photos) with one ``requests.Session`` (connection reuse)."""

    def __init__(
        self, policy: FetchPolicy | None = None, session: requests.Session | None = None
    ) -> None:
        self.policy = policy or FetchPolicy()
        self.session = session or make_session()

    def close(self) -> None:
        self.session.close()

    def fetch(
        self,
        location: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        check: HeaderCheck | None = None,
    ) -> FetchResult:
        """Download *location* (an http(s) URL or a file); *check* may refuse a 2xx by its headers.

        Raises:
            SyncError: refused scheme or redirect, network failure, deadline passed,
                server error, too large (FeedFileNotFoundError: a missing local file).
        """
        url = normalize_location(location)
        if url.startswith("file:"):
            return self._fetch_file(url)
        return self._fetch_http(url, etag=etag, last_modified=last_modified, check=check)

    def _fetch_file(self, url: str) -> FetchResult:
        return read_feed_path(file_path(url), self.policy, url=url)

    # ---- HTTP -------------------------------------------------------------
    def _fetch_http(
        self,
        url: str,
        *,
        etag: str | None,
        last_modified: str | None,
        check: HeaderCheck | None,
    ) -> FetchResult:
        policy = self.policy
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        #: The waits between attempts: (seconds, True if the server asked for it).
        waits: list[tuple[float, bool]] = []
        with Deadline(policy.total_timeout) as deadline:
            attempt = 0
            while True:
                attempt += 1
                try:
                    return self._attempt(url, headers, deadline, attempt, check)
                except _RetryableError as retry:
                    failure = retry
                if attempt >= policy.attempts:
                    raise self._gave_up(url, failure.reason, attempt, waits, deadline)
                asked = failure.wait is not None
                wait = failure.wait if failure.wait is not None else self._backoff(attempt)
                if wait >= deadline.remaining():
                    if asked:
                        why = QT_TRANSLATE_NOOP(
                            "core",
                            "the server asked to wait {wait:g} s before trying again, "
                            "longer than the {limit:g} s download time limit allows",
                        ).format(wait=wait, limit=policy.total_timeout)
                    else:
                        why = QT_TRANSLATE_NOOP(
                            "core",
                            "no time left for another try within the {limit:g} s "
                            "download time limit",
                        ).format(limit=policy.total_timeout)
                    raise self._gave_up(url, failure.reason, attempt, waits, deadline, why)
                logger.info(
                    "%s: %s; retrying in %g s (%s)",
                    url,
                    failure.reason,
                    wait,
                    "as the server asked" if asked else "back-off",
                )
                waits.append((wait, asked))
                policy.sleep(wait)

    def _backoff(self, attempt: int) -> float:
        return float(self.policy.backoff * 2 ** (attempt - 1))

    def _gave_up(
        self,
        url: str,
        reason: str,
        attempts: int,
        waits: list[tuple[float, bool]],
        deadline: Deadline,
        why: str = "",
    ) -> SyncError:
        """The error after the last attempt: what failed, how often, and what we waited for."""
        notes: list[str] = []
        if attempts > 1:
            elapsed = deadline.elapsed()
            notes.append(
                QT_TRANSLATE_NOOP("core", "{attempts} attempts over {elapsed} s").format(
                    attempts=attempts, elapsed=Figure(elapsed, ".1f" if elapsed >= 1 else ".2f")
                )
            )
        notes.extend(_describe_waits(waits))
        if why:
            notes.append(why)
        if not notes:
            return SyncError(reason, source=url, retryable=True)
        return SyncError(
            QT_TRANSLATE_NOOP("core", "{reason} ({notes})").format(
                reason=reason, notes=joined("; ", notes)
            ),
            source=url,
            retryable=True,
        )

    def _stalled(self, url: str, deadline: Deadline, attempt: int, received: int) -> SyncError:
        """The deadline passed: say it stalled, after how long, and doing what."""
        limit = QT_TRANSLATE_NOOP("core", "{limit:g} s, the download time limit").format(
            limit=self.policy.total_timeout
        )
        if deadline.phase == CONNECTING:
            doing = QT_TRANSLATE_NOOP("core", "gave up connecting after {limit}").format(
                limit=limit
            )
        elif deadline.phase == READING:
            doing = QT_TRANSLATE_NOOP(
                "core", "gave up after {limit}, with {received:,} bytes of the {what} received"
            ).format(limit=limit, received=received, what=self.policy.what)
        else:
            doing = QT_TRANSLATE_NOOP(
                "core", "gave up waiting for its answer after {limit}"
            ).format(limit=limit)
        tries = (
            QT_TRANSLATE_NOOP("core", " ({attempts} attempts)").format(attempts=attempt)
            if attempt > 1
            else ""
        )
        return SyncError(
            QT_TRANSLATE_NOOP("core", "the server stalled: {doing}{tries}").format(
                doing=doing, tries=tries
            ),
            source=url,
            retryable=True,
        )

    def _attempt(
        self,
        url: str,
        headers: dict[str, str],
        deadline: Deadline,
        attempt: int,
        check: HeaderCheck | None,
    ) -> FetchResult:
        """One try: follow redirects (within the rules), then read a 2xx or a 304."""
        current = url
        visited = [url]
        while True:
            response = self._get(current, headers, deadline, attempt)
            with response:
                status = response.status_code
                if status in REDIRECTS:
                    target = self._redirect_target(url, current, response, visited)
                    visited.append(target)
                    current = target
                    continue
                return self._answer(url, headers, response, deadline, attempt, check)

    def _get(
        self, url: str, headers: dict[str, str], deadline: Deadline, attempt: int
    ) -> requests.Response:
        policy = self.policy
        remaining = deadline.remaining()
        if deadline.expired:
            raise self._stalled(url, deadline, attempt, 0)
        deadline.phase = CONNECTING
        try:
            response = self.session.get(
                url,
                headers=headers,
                timeout=(
                    min(policy.connect_timeout, remaining),
                    min(policy.read_timeout, remaining),
                ),
                stream=True,
                allow_redirects=False,
            )
        except requests.exceptions.RequestException as exc:
            if deadline.expired:
                raise self._stalled(url, deadline, attempt, 0) from exc
            raise _request_error(exc, url, policy) from exc
        if deadline.fired:
            # Cut mid-headers, http.client may take what came ("HTTP/1.1 200") for an answer.
            response.close()
            raise self._stalled(url, deadline, attempt, 0)
        return response

    def _redirect_target(
        self, origin: str, current: str, response: requests.Response, visited: list[str]
    ) -> str:
        """Where a 3xx points, if it may be followed; a clear SyncError otherwise."""
        status = f"HTTP {response.status_code}"
        location = response.headers.get("Location", "").strip()
        if not location:
            raise SyncError(
                QT_TRANSLATE_NOOP(
                    "core", "the server answered {status} (a redirect) without saying where to"
                ).format(status=status),
                source=origin,
            )
        target = urljoin(current, location)
        shown = _printable(target, 120)
        scheme = urlsplit(target).scheme.lower()
        if scheme not in ("http", "https"):
            raise SyncError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "the server redirected to a {value}: address ({shown}); only http and "
                    "https addresses are followed",
                ).format(value=_printable(scheme, 20) or "schemeless", shown=shown),
                source=origin,
            )
        if urlsplit(current).scheme.lower() == "https" and scheme == "http":
            raise SyncError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "the server redirected from its secure https address to an unencrypted "
                    "http one ({shown}); not followed. If the feed really moved there, add "
                    "that address yourself",
                ).format(shown=shown),
                source=origin,
            )
        if not urlsplit(target).hostname:
            raise SyncError(
                QT_TRANSLATE_NOOP(
                    "core", "the server redirected to an address with no host ({shown})"
                ).format(shown=shown),
                source=origin,
            )
        if target in visited:
            raise SyncError(
                QT_TRANSLATE_NOOP(
                    "core", "the server's redirects go round in a loop (back to {shown})"
                ).format(shown=shown),
                source=origin,
            )
        if len(visited) > self.policy.max_redirects:
            raise SyncError(
                QT_TRANSLATE_NOOP(
                    "core", "too many redirects (more than {max_redirects}; the last to {shown})"
                ).format(max_redirects=self.policy.max_redirects, shown=shown),
                source=origin,
            )
        logger.info("%s: %s redirect to %s", origin, status, target)
        return target

    def _answer(
        self,
        url: str,
        headers: dict[str, str],
        response: requests.Response,
        deadline: Deadline,
        attempt: int,
        check: HeaderCheck | None,
    ) -> FetchResult:
        policy = self.policy
        status = response.status_code
        said = f"HTTP {status} {_printable(response.reason or '', 60)}".rstrip()
        if status == 304 and not headers:
            raise SyncError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "the server answered 304 Not Modified to a request that asked for the "
                    "whole {what}",
                ).format(what=policy.what),
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
                QT_TRANSLATE_NOOP("core", "the server answered {said}").format(said=said), wait
            )
        if status == 204 or 300 <= status < 400:
            raise SyncError(
                QT_TRANSLATE_NOOP("core", "the server answered {said} with no {what}").format(
                    said=said, what=policy.what
                ),
                source=url,
            )
        if status >= 400 or status < 200:
            raise SyncError(
                QT_TRANSLATE_NOOP("core", "the server answered {status}").format(status=said),
                source=url,
            )
        if check is not None and (refused := check(response.headers)):
            raise SyncError(refused, source=url)
        body, file, digest = self._read_body(response, url, deadline, attempt)
        return FetchResult(
            body=body,
            etag=response.headers.get("ETag"),
            last_modified=response.headers.get("Last-Modified"),
            status=status,
            url=response.url,
            attempts=attempt,
            file=file,
            digest=digest,
        )

    def _read_body(
        self, response: requests.Response, url: str, deadline: Deadline, attempt: int
    ) -> tuple[bytes | None, BinaryIO | None, str]:
        """The body in memory, or in a temporary file past the policy's ``spool_bytes``."""
        limit = self.policy.max_bytes
        declared = response.headers.get("Content-Length", "").strip()
        encoded = response.headers.get("Content-Encoding", "identity").lower() != "identity"
        if declared.isdigit() and not encoded and int(declared) > limit:
            raise SyncError(self._too_large(int(declared)), source=url)
        deadline.phase = READING
        sink = _Sink(self.policy.spool_bytes)
        size = 0
        raw = response.raw
        try:
            while True:
                # read1 returns whatever has arrived (decoded); the deadline's watchdog
                # ends a read that waits past the limit.
                chunk = raw.read1(CHUNK, decode_content=True)
                if not chunk:
                    break
                size += len(chunk)
                if size > limit:
                    raise SyncError(self._too_large(size, at_least=True), source=url)
                sink.write(chunk)
            if deadline.fired:  # the watchdog cut the connection: not the whole body
                raise self._stalled(url, deadline, attempt, size)
            return sink.result()
        except (urllib3.exceptions.HTTPError, OSError, http.client.HTTPException) as exc:
            sink.discard()
            if deadline.expired:
                raise self._stalled(url, deadline, attempt, size) from exc
            raise _body_error(exc, url, size, self.policy) from exc
        except BaseException:
            sink.discard()
            raise

    def _too_large(self, size: int, *, at_least: bool = False) -> str:
        return _too_large(self.policy, size, at_least=at_least)


def _too_large(policy: FetchPolicy, size: int, *, at_least: bool = False) -> str:
    """ "the feed is too large (...)", and the policy's hint on raising the limit."""
    the_what = QT_TRANSLATE_NOOP("core", "the {what}").format(what=policy.what)
    message = too_large(size, policy.max_bytes, at_least=at_least, what=the_what)
    hint = policy.too_large_hint
    if not hint:
        return message
    mib = -(-size // MIB) if not at_least else 2 * -(-policy.max_bytes // MIB)
    return QT_TRANSLATE_NOOP("core", "{message}; {hint}").format(
        message=message, hint=hint.format(mib=max(mib, 1))
    )


def read_feed_path(path: Path, policy: FetchPolicy, *, url: str = "") -> FetchResult:
    """A feed file the user named, read as a download is: a regular file, within the limits.

    ``feeds add FILE`` (a ``file://`` feed) and ``import FILE`` read files
    alike. A file up to the policy's ``spool_bytes`` comes back in memory (see
    :func:`read_local_feed`); a bigger one is copied, at most ``max_bytes``, to
    an anonymous temporary file (:attr:`FetchResult.file`, the caller closes
    it), so that a big briefing feed streams as a big download does and the
    file may change meanwhile. Errors name *path* as given.

    Raises:
        FeedFileNotFoundError: nothing at *path* (exit code 3).
        SyncError: not a regular file, too large (saying how to raise the limit), unreadable.
    """
    spool = policy.spool_bytes
    size = _file_size(path)
    if size > policy.max_bytes:
        raise SyncError(_too_large(policy, size), source=str(path))
    if spool is None or size <= spool:
        data = read_local_feed(path, policy.max_bytes)
        return FetchResult(body=data, url=url, digest=hashlib.sha256(data).hexdigest())
    sink = _Sink(spool)
    try:
        with open_regular_file(path) as handle:
            size = 0
            while chunk := handle.read(CHUNK * 16):
                size += len(chunk)
                if size > policy.max_bytes:
                    raise SyncError(_too_large(policy, size, at_least=True), source=str(path))
                sink.write(chunk)
        body, file, digest = sink.result()
    except UnusableFileError as exc:
        sink.discard()
        if exc.missing:
            raise FeedFileNotFoundError(
                QT_TRANSLATE_NOOP("core", "the file does not exist").message(), source=str(path)
            ) from exc
        raise SyncError(exc.reason, source=str(path)) from exc
    except (OSError, SyncError) as exc:
        sink.discard()
        if isinstance(exc, SyncError):
            raise
        raise SyncError(
            QT_TRANSLATE_NOOP("core", "cannot read the feed file: {exc}").format(exc=exc),
            source=str(path),
        ) from exc
    return FetchResult(body=body, url=url, file=file, digest=digest)


class _RetryableError(Exception):
    """A failure worth trying again, with the wait the server asked for."""

    def __init__(self, reason: str, wait: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.wait = wait


def _describe_waits(waits: list[tuple[float, bool]]) -> list[str]:
    """ "waiting 1 and 2 s between them", "waiting 7 s as the server asked (Retry-After)"."""
    ours = [w for w, asked in waits if not asked]
    theirs = [w for w, asked in waits if asked]
    notes: list[str] = []
    if ours:
        notes.append(
            QT_TRANSLATE_NOOP("core", "waiting {seconds} s between them").format(seconds=_and(ours))
        )
    if theirs:
        notes.append(
            QT_TRANSLATE_NOOP(
                "core", "waiting {seconds} s as the server asked (Retry-After)"
            ).format(seconds=_and(theirs))
        )
    return notes


def _and(numbers: list[float]) -> Figure | Message:
    if len(numbers) == 1:
        return Figure(numbers[0])
    return QT_TRANSLATE_NOOP("core", "{some} and {last}").format(
        some=Figures(numbers[:-1]), last=Figure(numbers[-1])
    )


def _printable(text: str, limit: int) -> str:
    """Server-given text made safe to show: the terminal's rule (controls made visible), capped."""
    shown = one_line(text)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def _innermost(exc: BaseException) -> BaseException:
    seen = exc
    while True:
        inner = seen.__cause__ or seen.__context__
        if inner is None and seen.args and isinstance(seen.args[-1], BaseException):
            inner = seen.args[-1]
        if inner is None or inner is seen:
            return seen
        seen = inner


def _request_error(
    exc: requests.exceptions.RequestException, url: str, policy: FetchPolicy
) -> Exception:
    """What went wrong before an answer's headers arrived, as a SyncError or a retry."""
    inner = _innermost(exc)
    if isinstance(exc, requests.exceptions.SSLError):
        return SyncError(
            QT_TRANSLATE_NOOP("core", "secure connection failed: {root_cause}").format(
                root_cause=_root_cause(exc)
            ),
            source=url,
        )
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return _RetryableError(
            QT_TRANSLATE_NOOP("core", "could not connect within {connect_timeout:g} s").format(
                connect_timeout=policy.connect_timeout
            )
        )
    if isinstance(exc, requests.exceptions.ReadTimeout):
        return _RetryableError(
            QT_TRANSLATE_NOOP("core", "the server did not answer within {read_timeout:g} s").format(
                read_timeout=policy.read_timeout
            )
        )
    if isinstance(inner, http.client.LineTooLong):
        return SyncError(
            QT_TRANSLATE_NOOP(
                "core", "the server sent a header line too long to be HTTP"
            ).message(),
            source=url,
        )
    if isinstance(inner, http.client.BadStatusLine) and not isinstance(
        inner, http.client.RemoteDisconnected
    ):
        line = _printable(str(inner.args[0]) if inner.args else "", 60)
        return SyncError(
            QT_TRANSLATE_NOOP("core", "the server's answer is not HTTP (it began {line!r})").format(
                line=line
            ),
            source=url,
        )
    if isinstance(inner, http.client.HTTPException) and "headers" in str(inner):
        return SyncError(
            QT_TRANSLATE_NOOP("core", "the server sent a malformed answer ({printable})").format(
                printable=_printable(str(inner), 80)
            ),
            source=url,
        )
    if isinstance(inner, http.client.RemoteDisconnected):
        return _RetryableError(
            QT_TRANSLATE_NOOP(
                "core", "the server closed the connection without answering"
            ).message()
        )
    if isinstance(exc, requests.exceptions.ConnectionError):
        return _RetryableError(
            QT_TRANSLATE_NOOP("core", "cannot connect: {root_cause}").format(
                root_cause=_root_cause(exc)
            )
        )
    if isinstance(exc, requests.exceptions.InvalidURL):
        return SyncError(
            QT_TRANSLATE_NOOP("core", "not a valid address: {printable}").format(
                printable=_printable(str(exc), 120)
            ),
            source=url,
        )
    return SyncError(
        QT_TRANSLATE_NOOP("core", "download failed: {root_cause}").format(
            root_cause=_root_cause(exc)
        ),
        source=url,
    )


def _body_error(exc: BaseException, url: str, size: int, policy: FetchPolicy) -> Exception:
    """What went wrong while the body streamed in."""
    if isinstance(exc, urllib3.exceptions.DecodeError):
        return SyncError(
            QT_TRANSLATE_NOOP("core", "the compressed body is damaged: {root_cause}").format(
                root_cause=_root_cause(exc)
            ),
            source=url,
        )
    if isinstance(exc, urllib3.exceptions.ReadTimeoutError | TimeoutError):
        return _RetryableError(
            QT_TRANSLATE_NOOP(
                "core", "the server stopped sending for {read_timeout:g} s (after {size:,} bytes)"
            ).format(read_timeout=policy.read_timeout, size=size)
        )
    if isinstance(_innermost(exc), ConnectionResetError):
        return _RetryableError(
            QT_TRANSLATE_NOOP("core", "the connection was reset after {size:,} bytes").format(
                size=size
            )
        )
    if isinstance(exc, urllib3.exceptions.ProtocolError | urllib3.exceptions.IncompleteRead):
        return _RetryableError(
            QT_TRANSLATE_NOOP("core", "the download was cut off after {size:,} bytes").format(
                size=size
            )
        )
    return _RetryableError(
        QT_TRANSLATE_NOOP("core", "the connection broke after {size:,} bytes: {root_cause}").format(
            size=size, root_cause=_root_cause(exc)
        )
    )


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
    for marker, words in _ROOT_CAUSES.items():
        if marker in text or marker in str(exc):
            return words.message()  # shown in the user's language
    return _printable(text, 200)


#: What the system's words for a failed connection say, in ours (marked: shown translated).
_ROOT_CAUSES = {
    "Connection refused": QT_TRANSLATE_NOOP("core", "connection refused"),
    "Name or service not known": QT_TRANSLATE_NOOP("core", "name or service not known"),
    "No route to host": QT_TRANSLATE_NOOP("core", "no route to host"),
    "certificate verify failed": QT_TRANSLATE_NOOP("core", "certificate verify failed"),
    "timed out": QT_TRANSLATE_NOOP("core", "timed out"),
    "Connection reset": QT_TRANSLATE_NOOP("core", "connection reset"),
}
