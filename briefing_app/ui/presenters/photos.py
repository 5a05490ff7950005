"""Presenter photos: decoded safely, downloaded once in the background, kept on disk and in memory.

See :mod:`briefing_app.usecases.photos` for the download and the disk cache.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, Signal
from PySide6.QtGui import QImage, QImageReader

from briefing_app.errors import BriefingError
from briefing_app.ui.presenters.avatars import round_image
from briefing_app.ui.widgets.error_text import error_text
from briefing_app.ui.workers.tasks import TaskRunner
from briefing_app.usecases.photos import PhotoError, fetch_photo, is_web_url

logger = logging.getLogger(__name__)

#: A photo bigger than this many pixels is refused before decoding (a "pixel bomb").
MAX_PHOTO_PIXELS = 40_000_000
#: Decoded photos kept in memory (small, already scaled and rounded).
_MEMORY_PHOTOS = 256


# ---- photos ------------------------------------------------------------------
def _image_reader(data: bytes) -> tuple[QImageReader, QBuffer]:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    return QImageReader(buffer), buffer


def decode_photo(data: bytes) -> QImage:
    """Decode image bytes, refusing absurd dimensions before allocating them.

    Raises:
        PhotoError: the bytes are not an image Qt can read.
    """
    reader, _buffer = _image_reader(data)
    size = reader.size()
    if size.isValid() and size.width() * size.height() > MAX_PHOTO_PIXELS:
        raise PhotoError(
            QCoreApplication.translate("Photos", "the photo is too big ({0}×{1} pixels)").format(
                size.width(), size.height()
            )
        )
    image = reader.read()
    if image.isNull():
        raise PhotoError(
            QCoreApplication.translate("Photos", "the photo cannot be read: {0}").format(
                reader.errorString()
            )
        )
    return image


def qt_can_decode(data: bytes) -> bool:
    """The ``verify`` check for :func:`fetch_photo`: only bytes Qt can show are cached."""
    try:
        decode_photo(data)
    except PhotoError:
        return False
    return True


def load_round_photo(
    url: str, cache_dir: Path, pixels: int, shape: Callable[[QImage, int], QImage] = round_image
) -> QImage:
    """Worker side: the photo from the cache (downloading it the first time), rounded
    (or given another *shape*: an organization's logo keeps its own).

    Runs in a pool thread: it touches no widget and no Store, only the network,
    the photo folder and QImage (which is safe off the GUI thread).
    """
    path = fetch_photo(url, cache_dir, verify=qt_can_decode)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PhotoError(
            QCoreApplication.translate("Photos", "cannot read the cached photo {0}: {1}").format(
                path, exc.strerror or exc
            )
        ) from exc
    return shape(decode_photo(data), pixels)


class _PhotoFailedError(BriefingError):
    """Carries the URL of a failed photo back to the GUI thread with its error."""

    def __init__(self, url: str, error: PhotoError) -> None:
        super().__init__(str(error))
        self.url = url
        self.error = error


class PhotoLoader(QObject):
    """Loads presenter photos off the GUI thread, once per URL per run.

    Results are kept in memory (scaled), failures are remembered so a broken
    URL is not fetched again on every view; the next run tries again.

    Signals:
        loaded(str, QImage): the round photo for a URL is ready.
        failed(str, str): a URL's photo could not be had (the reason).
    """

    loaded = Signal(str, QImage)
    failed = Signal(str, str)

    def __init__(
        self,
        cache_dir: Path,
        tasks: TaskRunner,
        pixels: int,
        parent: QObject | None = None,
        *,
        shape: Callable[[QImage, int], QImage] = round_image,
    ) -> None:
        super().__init__(parent)
        self.shape = shape
        self.cache_dir = cache_dir
        self.tasks = tasks
        self.pixels = pixels
        self._images: dict[str, QImage] = {}
        self._failed: dict[str, str] = {}
        self._pending: set[str] = set()

    def image(self, url: str) -> QImage | None:
        """The photo if it is already in memory."""
        return self._images.get(url)

    def failure(self, url: str) -> str | None:
        return self._failed.get(url)

    def request(self, url: str) -> QImage | None:
        """Return the photo now if in memory; otherwise start loading it (if worth it)."""
        if url in self._images:
            return self._images[url]
        if not url or url in self._failed or url in self._pending:
            return None
        if not is_web_url(url):
            self._failed[url] = QCoreApplication.translate("Photos", "not a web address")
            return None
        self._pending.add(url)
        cache_dir, pixels, shape = self.cache_dir, self.pixels, self.shape

        def work() -> tuple[str, QImage]:
            try:
                return url, load_round_photo(url, cache_dir, pixels, shape)
            except PhotoError as exc:  # anything else is a bug: the crash dialog
                raise _PhotoFailedError(url, exc) from exc

        # Bound methods of this QObject: if the view is gone when the task ends,
        # Qt has dropped the connection and nothing is called on a dead object.
        # After a bug the URL stays pending: not fetched again, so not reported again.
        self.tasks.run(work, self._done, self._error)
        return None

    def _done(self, result: tuple[str, QImage]) -> None:
        url, image = result
        self._pending.discard(url)
        if len(self._images) >= _MEMORY_PHOTOS:
            self._images.pop(next(iter(self._images)))
        self._images[url] = image
        self.loaded.emit(url, image)

    def _error(self, failure: BriefingError) -> None:
        if not isinstance(failure, _PhotoFailedError):  # pragma: no cover - work() wraps all
            logger.error("Loading a photo failed: %s", failure)
            return
        url, error = failure.url, failure.error
        self._pending.discard(url)
        reason = error_text(error)
        logger.info("No photo: %s", error)
        self._failed[url] = reason
        self.failed.emit(url, reason)
