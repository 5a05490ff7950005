"""Presenter photos: downloaded once, kept on disk for offline use (no Qt here).

A feed names each presenter's photo by URL. The first time a photo is wanted
it is fetched over HTTP(S) by the feeds' Fetcher (one total deadline, a size
limit enforced while streaming, the same redirect rules; image bytes only)
and written into ``<data dir>/photos/<sha256 of the URL>`` atomically, so a
crash or a full disk never leaves half a picture that later views would trust.
Every later view reads the file and makes no request, so photos work offline.
The front end passes a ``verify`` callback (the GUI checks that QImage can
decode the bytes) that runs before anything is stored.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from briefing_app.errors import BriefingError, SyncError
from briefing_app.sync.http import Fetcher, FetchPolicy, make_session
from briefing_app.util.i18n import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

PHOTO_DIR_NAME = "photos"
#: A portrait is tens or hundreds of kB; anything past this is not a head shot.
MAX_PHOTO_BYTES = 4 * 1024 * 1024
PHOTO_ACCEPT = "image/png, image/jpeg, image/webp, image/gif;q=0.9, image/*;q=0.5"

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
    #: The whole download, connect to last byte (the feeds' deadline mechanism).
    total_timeout: float = 30.0
    max_bytes: int = MAX_PHOTO_BYTES

    def fetch_policy(self) -> FetchPolicy:
        """The same limits for the feeds' Fetcher: one attempt (a view asks again later)."""
        return FetchPolicy(
            connect_timeout=self.connect_timeout,
            read_timeout=self.read_timeout,
            total_timeout=self.total_timeout,
            attempts=1,
            max_bytes=self.max_bytes,
            what="photo",
        )


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
    fetcher: Fetcher | None = None,
    policy: PhotoPolicy | None = None,
    verify: Callable[[bytes], bool] | None = None,
) -> Path:
    """Return the cached file of the photo at *url*, downloading it the first time.

    A photo already on disk is returned without touching the network. The
    download goes through the feeds' :class:`Fetcher`: one total deadline
    (connect, headers, body), the same redirect rules (http(s) only, never
    from https down to http), a size limit enforced while streaming.

    Args:
        url: The photo's address; only http and https are fetched.
        cache_dir: The photo folder (see :func:`photo_dir`); created if needed.
        fetcher: A Fetcher whose session to reuse (the photo's limits apply);
            a new session is made otherwise.
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
        raise PhotoError(
            QT_TRANSLATE_NOOP("core", "not a web address, not fetched: {url!r}").format(
                url=url[:200]
            )
        )
    limits = (policy or PhotoPolicy()).fetch_policy()
    # A Fetcher given is lent for its session (connections, proxies), with the photo's limits.
    session = fetcher.session if fetcher is not None else make_session(PHOTO_ACCEPT)
    try:
        result = Fetcher(limits, session).fetch(url, check=_image_headers)
    except SyncError as exc:
        raise PhotoError(
            QT_TRANSLATE_NOOP("core", "{url}: {reason}").format(url=url, reason=exc.reason)
        ) from exc
    finally:
        if fetcher is None:
            session.close()
    data = result.body or b""
    kind = sniff_image(data)
    if kind is None:
        raise PhotoError(
            QT_TRANSLATE_NOOP(
                "core", "{url}: the server sent something that is not an image"
            ).format(url=url)
        )
    if verify is not None and not verify(data):
        raise PhotoError(
            QT_TRANSLATE_NOOP("core", "{url}: the {kind} image cannot be read").format(
                url=url, kind=kind
            )
        )
    return _store_atomically(cache_dir, url, data)


def _image_headers(headers: Mapping[str, str]) -> str | None:
    """Refuse an answer that says it is not an image before its body is read."""
    content_type = headers.get("Content-Type", "").split(";")[0].strip().lower()
    if content_type not in IMAGE_TYPES and content_type not in GENERIC_TYPES:
        return QT_TRANSLATE_NOOP("core", "not an image (the server says {content_type})").format(
            content_type=content_type[:80]
        )
    return None


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
        raise PhotoError(
            QT_TRANSLATE_NOOP("core", "cannot save the photo in {cache_dir}: {value}").format(
                cache_dir=cache_dir, value=exc.strerror or exc
            )
        ) from exc
    logger.debug("cached photo %s as %s (%d bytes)", url, target.name, len(data))
    return target
