"""Presenter photos: downloaded once, kept on disk for offline use (no Qt here).

A feed names each presenter's photo by URL. The first time a photo is wanted
it is fetched over HTTP(S) (timeouts, a size limit enforced while streaming,
image bytes only) and written into ``<data dir>/photos/<sha256 of the URL>``
atomically, so a crash or a full disk never leaves half a picture that later
views would trust. Every later view reads the file and makes no request, so
photos work offline. The front end passes a ``verify`` callback (the GUI
checks that QImage can decode the bytes) that runs before anything is stored.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import requests
import urllib3

from briefing_app.errors import BriefingError
from briefing_app.sync.http import USER_AGENT

logger = logging.getLogger(__name__)

PHOTO_DIR_NAME = "photos"
#: A portrait is tens or hundreds of kB; anything past this is not a head shot.
MAX_PHOTO_BYTES = 4 * 1024 * 1024
CHUNK = 64 * 1024

#: Content types accepted from the server. SVG is left out on purpose: it is
#: XML that can reference other resources, and it is not a photo.
IMAGE_TYPES = frozenset(
    {"image/png", "image/jpeg", "image/jpg", "image/pjpeg", "image/gif", "image/webp", "image/bmp"}
)
#: Servers that do not know better label files this way; the bytes still decide.
GENERIC_TYPES = frozenset({"application/octet-stream", "binary/octet-stream", ""})


class PhotoError(BriefingError):
    """A photo could not be fetched or is not a usable image."""


@dataclass(frozen=True, slots=True)
class PhotoPolicy:
    """Limits for one photo download (tests shrink them)."""

    connect_timeout: float = 5.0
    read_timeout: float = 10.0
    total_timeout: float = 30.0
    max_bytes: int = MAX_PHOTO_BYTES


def photo_dir(db_path: Path | str) -> Path:
    """The photo cache that belongs to the store at *db_path* (beside the database)."""
    return Path(db_path).parent / PHOTO_DIR_NAME


def cache_path(cache_dir: Path, url: str) -> Path:
    """Where the photo at *url* is (or will be) kept: the URL's SHA-256, no extension."""
    return cache_dir / hashlib.sha256(url.encode("utf-8")).hexdigest()


def cached_photo(cache_dir: Path, url: str) -> Path | None:
    """The cached file for *url*, or ``None`` if it has not been downloaded yet."""
    if not url:
        return None
    path = cache_path(cache_dir, url)
    return path if path.is_file() else None


def is_web_url(url: str) -> bool:
    """True for an http(s) URL with a host: the only kind of photo address we fetch."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def sniff_image(data: bytes) -> str | None:
    """The image format the bytes start with (``"png"``, ``"jpeg"``, ...), or ``None``."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data.startswith(b"BM") and len(data) >= 26:
        return "bmp"
    return None


def fetch_photo(
    url: str,
    cache_dir: Path,
    *,
    session: requests.Session | None = None,
    policy: PhotoPolicy | None = None,
    verify: Callable[[bytes], bool] | None = None,
) -> Path:
    """Return the cached file of the photo at *url*, downloading it the first time.

    A photo already on disk is returned without touching the network.

    Args:
        url: The photo's address; only http and https are fetched.
        cache_dir: The photo folder (see :func:`photo_dir`); created if needed.
        session: A ``requests.Session`` to reuse; a new one is made otherwise.
        policy: Timeouts and the size limit.
        verify: Called with the downloaded bytes; returning False refuses them
            (the GUI checks that Qt can decode the image).

    Raises:
        PhotoError: refused address, HTTP error, timeout, too large, not an
            image, or the cache folder cannot be written.
    """
    cached = cached_photo(cache_dir, url)
    if cached is not None:
        return cached
    if not is_web_url(url):
        raise PhotoError(f"not a web address, not fetched: {url[:200]!r}")
    policy = policy or PhotoPolicy()
    own_session = session is None
    http = session or _make_session()
    try:
        data = _download(http, url, policy)
    finally:
        if own_session:
            http.close()
    kind = sniff_image(data)
    if kind is None:
        raise PhotoError(f"{url}: the server sent something that is not an image")
    if verify is not None and not verify(data):
        raise PhotoError(f"{url}: the {kind} image cannot be read")
    return _store_atomically(cache_dir, url, data)


def _make_session() -> requests.Session:
    session = requests.Session()
    session.headers["User-Agent"] = USER_AGENT
    session.headers["Accept"] = "image/png, image/jpeg, image/webp, image/gif;q=0.9, image/*;q=0.5"
    session.max_redirects = 5
    return session


def _download(http: requests.Session, url: str, policy: PhotoPolicy) -> bytes:
    deadline = time.monotonic() + policy.total_timeout
    try:
        response = http.get(
            url,
            timeout=(policy.connect_timeout, policy.read_timeout),
            stream=True,
            allow_redirects=True,
        )
    except requests.exceptions.Timeout as exc:
        raise PhotoError(f"{url}: the server did not answer in time") from exc
    except requests.exceptions.RequestException as exc:
        # Includes redirects to other schemes (file:, ftp:): requests refuses them.
        raise PhotoError(f"{url}: download failed ({type(exc).__name__})") from exc
    with response:
        if response.status_code != 200:
            raise PhotoError(
                f"{url}: the server answered HTTP {response.status_code} "
                f"{response.reason or ''}".rstrip()
            )
        content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if content_type not in IMAGE_TYPES and content_type not in GENERIC_TYPES:
            raise PhotoError(f"{url}: not an image (the server says {content_type})")
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > policy.max_bytes:
            raise PhotoError(_too_large(url, int(declared), policy.max_bytes))
        return _read_limited(response, url, policy, deadline)


def _read_limited(
    response: requests.Response, url: str, policy: PhotoPolicy, deadline: float
) -> bytes:
    chunks: list[bytes] = []
    size = 0
    try:
        while True:
            # read1 returns what has arrived, so the deadline is checked per packet.
            chunk = response.raw.read1(CHUNK, decode_content=True)
            if not chunk:
                break
            size += len(chunk)
            if size > policy.max_bytes:
                raise PhotoError(_too_large(url, size, policy.max_bytes, at_least=True))
            if time.monotonic() > deadline:
                raise PhotoError(f"{url}: the download took longer than {policy.total_timeout:g} s")
            chunks.append(chunk)
    except (urllib3.exceptions.HTTPError, OSError) as exc:
        raise PhotoError(f"{url}: the download broke off after {size:,} bytes") from exc
    return b"".join(chunks)


def _too_large(url: str, size: int, limit: int, *, at_least: bool = False) -> str:
    more = "more than " if at_least else ""
    return f"{url}: the photo is too large ({more}{size:,} bytes; the limit is {limit:,})"


def _store_atomically(cache_dir: Path, url: str, data: bytes) -> Path:
    target = cache_path(cache_dir, url)
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(dir=cache_dir, prefix=".part-")
        temp = Path(temp_name)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            # Two downloads of one URL may race; either finished file is fine.
            temp.replace(target)
        except BaseException:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise
    except OSError as exc:
        raise PhotoError(f"cannot save the photo in {cache_dir}: {exc.strerror or exc}") from exc
    logger.debug("cached photo %s as %s (%d bytes)", url, target.name, len(data))
    return target
