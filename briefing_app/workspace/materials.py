"""The materials folder: attached files, content-addressed by SHA-256.

A file attached to a case study is copied to ``materials/ab/abcdef…`` (its
SHA-256 in hex, under a folder named by the first two digits), so the same
file attached twice, to one case study or to several, is stored once. The
database says which case studies use which file, with its name, type and
size; this module knows nothing of the database and never imports Qt.

Copying hashes as it goes, in chunks, so one read of the source does both; it
reports progress and can be cancelled between chunks, which lets the GUI run
it in a worker thread with a progress bar (a 100 MB file takes a fraction of
a second to a few seconds, depending on the disk). Stored files are made
read-only: opening one in its application must not change what its name
promises.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from briefing_app.errors import (
    MaterialError,
    MaterialMissingError,
    NotFoundError,
    OperationCancelledError,
)
from briefing_app.platform.fileutil import UnusableFileError, open_regular_file
from briefing_app.util.i18n import QT_TRANSLATE_NOOP, Size, english_size

logger = logging.getLogger(__name__)

#: The materials folder's name, beside the database file (``Workspace`` and the session
#: materials kept offline share it).
MATERIALS_DIRNAME = "materials"
#: The largest file one material may be (a clear message names it when exceeded).
MAX_MATERIAL_BYTES = 256 * 1024 * 1024
#: Bytes read and hashed per step; progress is reported after each.
CHUNK_SIZE = 1024 * 1024
#: A folder under the materials root for files being written; never a material.
STAGING_DIR = ".staging"

#: ``progress(done_bytes, total_bytes)``; total is 0 when unknown.
ProgressCallback = Callable[[int, int], None]
#: Called between chunks; returning True stops the operation with :class:`OperationCancelledError`.
CancelCheck = Callable[[], bool]

SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")


def human_size(size: int) -> str:
    """``1536`` -> ``1.5 kB`` (decimal units, as file managers show them).

    A message takes :class:`~briefing_app.util.i18n.Size` instead: the same text
    in English, the user's units in another language."""
    return english_size(size)


@dataclass(frozen=True, slots=True)
class StoredFile:
    """A file in the materials folder.

    Attributes:
        created: True when this call put the file there (it was not stored before);
            a caller that fails afterwards removes exactly the files it created.
    """

    sha256: str
    size: int
    path: Path
    created: bool


def copy_hashing(
    reader: IO[bytes],
    writer: IO[bytes],
    *,
    total: int = 0,
    limit: int | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
    too_large: Callable[[int], Exception] | None = None,
) -> tuple[str, int]:
    """Copy *reader* to *writer* in chunks; return (SHA-256 hex, bytes copied).

    Raises *too_large(limit)* (or :class:`MaterialError`) as soon as more than
    *limit* bytes arrive, whatever the source claimed its size to be.
    """
    digest = hashlib.sha256()
    done = 0
    while True:
        if cancel is not None and cancel():
            raise OperationCancelledError(
                QT_TRANSLATE_NOOP("core", "cancelled; nothing was changed").message()
            )
        chunk = reader.read(CHUNK_SIZE)
        if not chunk:
            break
        done += len(chunk)
        if limit is not None and done > limit:
            if too_large is not None:
                raise too_large(limit)
            raise MaterialError(
                QT_TRANSLATE_NOOP("core", "more than {human_size}").format(human_size=Size(limit))
            )
        digest.update(chunk)
        writer.write(chunk)
        if progress is not None:
            progress(done, total)
    return digest.hexdigest(), done


class MaterialStore:
    """Content-addressed files under *root* (``<data dir>/materials``).

    Thread-safe for different files: every write goes to a private temporary
    file first and is renamed into place, so a reader never sees half a file
    and two workers storing the same content end with one whole copy.
    """

    def __init__(self, root: Path, *, max_bytes: int = MAX_MATERIAL_BYTES) -> None:
        self.root = Path(root)
        self.max_bytes = max_bytes

    # ---- where files live ----------------------------------------------------
    def path_for(self, sha256: str) -> Path:
        if not SHA256_HEX.match(sha256):
            raise ValueError(f"not a SHA-256 digest: {sha256!r}")
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def existing_path(self, sha256: str, name: str = "") -> Path:
        """The stored file, for opening it; raises :class:`MaterialMissingError` if it vanished."""
        path = self.path_for(sha256)
        if not path.is_file():
            label = f"{name!r} " if name else ""
            raise MaterialMissingError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "the material {label}is missing from {root} (expected {path}); it was "
                    "deleted or moved outside the app: detach it and attach the file again",
                ).format(label=label, root=self.root, path=path)
            )
        return path

    def stored_hashes(self) -> set[str]:
        """Every digest with a file in the folder (for checks and clean-ups)."""
        if not self.root.is_dir():
            return set()
        return {
            path.name
            for path in self.root.glob("??/*")
            if SHA256_HEX.match(path.name) and path.parent.name == path.name[:2]
        }

    # ---- adding --------------------------------------------------------------
    def check_size(self, size: int, name: str) -> None:
        if size > self.max_bytes:
            raise MaterialError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{name} is {human_size}; one material can be at most {human_size2}. "
                    "Share a link to it instead.",
                ).format(name=name, human_size=Size(size), human_size2=Size(self.max_bytes))
            )

    def ingest(
        self,
        source: Path,
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelCheck | None = None,
    ) -> StoredFile:
        """Copy the file at *source* into the folder (hashing as it goes).

        Safe to call from a worker thread: it touches no database. If the
        content is already stored, the copy is dropped and ``created`` is False.

        Raises:
            NotFoundError: *source* does not exist.
            MaterialError: not a regular file, unreadable, or over the size limit.
            OperationCancelledError: *cancel* returned True; nothing was stored.
        """
        source = Path(source)
        try:
            reader = open_regular_file(source)  # a pipe or a device is refused, unopened
        except UnusableFileError as exc:
            if exc.missing:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("core", "no file {source}").format(source=source)
                ) from exc
            raise MaterialError(
                QT_TRANSLATE_NOOP("core", "{source}: {reason}").format(
                    source=source, reason=exc.reason
                )
            ) from exc
        try:
            with reader:
                size = os.fstat(reader.fileno()).st_size
                self.check_size(size, str(source))
                return self._store_stream(
                    reader, total=size, progress=progress, cancel=cancel, label=str(source)
                )
        except OSError as exc:
            raise MaterialError(
                QT_TRANSLATE_NOOP("core", "cannot copy {source}: {value}").format(
                    source=source, value=exc.strerror or exc
                )
            ) from exc

    def ingest_stream(
        self,
        reader: IO[bytes],
        *,
        total: int = 0,
        label: str = QT_TRANSLATE_NOOP("core", "the file"),
        progress: ProgressCallback | None = None,
        cancel: CancelCheck | None = None,
    ) -> StoredFile:
        """Store what *reader* yields (a bundle member); same rules as :meth:`ingest`."""
        return self._store_stream(
            reader, total=total, progress=progress, cancel=cancel, label=label
        )

    def _store_stream(
        self,
        reader: IO[bytes],
        *,
        total: int,
        progress: ProgressCallback | None,
        cancel: CancelCheck | None,
        label: str,
    ) -> StoredFile:
        staging = self.root / STAGING_DIR
        staging.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(dir=staging, prefix="in-")
        temp = Path(temp_name)
        try:
            with os.fdopen(handle, "wb") as writer:
                sha256, size = copy_hashing(
                    reader,
                    writer,
                    total=total,
                    limit=self.max_bytes,
                    progress=progress,
                    cancel=cancel,
                    too_large=lambda limit: MaterialError(
                        QT_TRANSLATE_NOOP(
                            "core", "{label} is over {human_size}, the most one material can be"
                        ).format(label=label, human_size=Size(limit))
                    ),
                )
            return self.adopt(temp, sha256, size)
        finally:
            temp.unlink(missing_ok=True)
            self._remove_empty(staging)

    @contextlib.contextmanager
    def staging(self) -> Iterator[Path]:
        """A private folder for files on their way in (same disk: moving them in is a rename).

        Removed afterwards with everything left in it; a materials folder that
        did not exist before is not left behind empty.
        """
        root_existed = self.root.exists()
        base = self.root / STAGING_DIR
        base.mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(dir=base, prefix="import-"))
        try:
            yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)
            self._remove_empty(base)
            if not root_existed:
                self._remove_empty(self.root)

    def adopt(self, temp: Path, sha256: str, size: int) -> StoredFile:
        """Move a finished temporary file into its place (or drop it if already stored).

        *temp* must be in this folder's staging area and hold content whose
        SHA-256 the caller computed as *sha256*.
        """
        final = self.path_for(sha256)
        if final.is_file():
            return StoredFile(sha256, size, final, created=False)
        final.parent.mkdir(parents=True, exist_ok=True)
        temp.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        temp.replace(final)
        return StoredFile(sha256, size, final, created=True)

    # ---- removing ------------------------------------------------------------
    def remove(self, sha256: str) -> bool:
        """Delete the stored file (and its folder when empty); True if there was one."""
        path = self.path_for(sha256)
        try:
            path.chmod(stat.S_IRUSR | stat.S_IWUSR)  # Windows refuses to delete read-only files
            path.unlink()
        except FileNotFoundError:
            return False
        except OSError as exc:
            logger.warning("could not delete the material %s: %s", path, exc)
            return False
        self._remove_empty(path.parent)
        return True

    def _remove_empty(self, folder: Path) -> None:
        with contextlib.suppress(OSError):  # not empty, or already gone: fine
            folder.rmdir()
