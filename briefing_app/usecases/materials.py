"""Session materials for both front ends: what may be opened, and the copies kept offline (no Qt).

A material opens in the system's application only when it is

* a copy the app keeps: a file in the materials folder (content-addressed by
  SHA-256, shared with the presenter workspace) whose digest is the one the
  offline store recorded for it (``MaterialRecord.kept_sha256``) or the one
  the feed declared (``checksum``): same digest, same bytes; or
* a web link (``http``/``https`` with a host, :func:`util.links.safe_link`).

Anything else (``javascript:``, ``file:``, ``data:``, ``mailto:``, other
schemes, malformed addresses) is shown, never opened, with the reason
(:func:`refusal`).

The sample series ships a pre-read (``resources/prereads/``), named in the
sample feed by its SHA-256: a file the app keeps from the start, so
:func:`kept_copy` finds it there (before the materials folder) and it opens
with no network on the first launch. :func:`keep_shipped_prereads` copies the
shipped pre-reads into the materials folder, for the offline store to adopt
as kept copies (nothing calls it at start-up: the workspace's folder stays
the user's own until then).
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from briefing_app.util.links import safe_link
from briefing_app.util.textutil import one_line

if TYPE_CHECKING:
    from briefing_app.store import MaterialRecord, Store

logger = logging.getLogger(__name__)

#: The folder of ``resources/`` holding the pre-reads shipped with the sample.
SHIPPED_PREREADS = "prereads"
#: The longest title a list shows (the rest is cut with an ellipsis; the tooltip has the URL).
TITLE_LIMIT = 300
#: Characters a file name may not hold on some system (and path separators).
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')
#: Under the materials folder: named copies (hard links) of stored files to open them,
#: since stored files are named by their SHA-256 and applications go by the extension.
OPEN_DIR = ".open"
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
#: What a kept copy may be opened as: documents, slides, sheets, text, images, audio,
#: video, archives. A copy named otherwise (``.exe``, ``.bat``, ``.js``, ``.desktop``,
#: ``.command``, ...) could run a program a feed sent with one click: never opened.
#: A name with no suffix opens (the system asks, or reads it as text).
OPENABLE_SUFFIXES = frozenset(
    {
        ".pdf",
        ".html",
        ".htm",
        ".xhtml",
        ".txt",
        ".md",
        ".rtf",
        ".csv",
        ".tsv",
        ".json",
        ".xml",
        ".epub",
        ".ics",
        ".doc",
        ".docx",
        ".odt",
        ".ppt",
        ".pptx",
        ".pps",
        ".ppsx",
        ".odp",
        ".key",
        ".xls",
        ".xlsx",
        ".ods",
        ".pages",
        ".numbers",
        ".png",
        ".jpg",
        ".jpeg",
        ".gif",
        ".svg",
        ".webp",
        ".avif",
        ".heic",
        ".tif",
        ".tiff",
        ".bmp",
        ".mp3",
        ".m4a",
        ".ogg",
        ".oga",
        ".opus",
        ".wav",
        ".flac",
        ".aac",
        ".mp4",
        ".m4v",
        ".webm",
        ".mkv",
        ".mov",
        ".avi",
        ".ogv",
        ".srt",
        ".vtt",
        ".zip",
    }
)


class Refusal(StrEnum):
    """Why a material is not opened ("" members never occur: :func:`refusal` returns None)."""

    EMPTY = "empty"
    SCHEME = "scheme"
    MALFORMED = "malformed"


def materials_root(store: Store) -> Path:
    """The materials folder beside the store's file (the presenter workspace's too)."""
    from briefing_app.workspace.materials import MATERIALS_DIRNAME

    return store.path.parent / MATERIALS_DIRNAME


def kept_digest(material: MaterialRecord) -> str:
    """The digest a kept copy of *material* would have ("" when none can be named)."""
    for digest in (material.kept_sha256, material.checksum):
        if digest and _SHA256.match(digest):
            return digest
    return ""


def kept_copy(material: MaterialRecord, root: Path) -> Path | None:
    """The file kept offline for *material*, or None.

    In the materials folder *root* (content-addressed), else a pre-read shipped
    with the app whose SHA-256 is the one *material* names.
    """
    digest = kept_digest(material)
    if not digest:
        return None
    from briefing_app.workspace.materials import MaterialStore

    store = MaterialStore(root)
    if store.has(digest):
        return store.path_for(digest)
    return shipped_prereads().get(digest)


@lru_cache(maxsize=1)
def shipped_prereads() -> dict[str, Path]:
    """The pre-reads shipped in ``resources/prereads/``, by SHA-256 (read once; a few KB)."""
    from briefing_app.platform.resources_util import resource

    found: dict[str, Path] = {}
    folder = resource(SHIPPED_PREREADS)
    if not folder.is_dir():
        return found
    for entry in folder.iterdir():
        if isinstance(entry, Path) and entry.is_file() and not entry.name.startswith("."):
            found[hashlib.sha256(entry.read_bytes()).hexdigest()] = entry
    return found


def web_link(material: MaterialRecord) -> str | None:
    """The material's address when it is a web link the app may open, else None."""
    return safe_link(material.url, mailto=False)


def refusal(material: MaterialRecord) -> tuple[Refusal, str] | None:
    """Why *material*'s address is not opened (with the scheme it names), or None if it is."""
    if web_link(material) is not None:
        return None
    text = material.url.strip()
    if not text:
        return Refusal.EMPTY, ""
    try:
        scheme = urlsplit(text).scheme.lower()
    except ValueError:
        return Refusal.MALFORMED, ""
    if scheme in ("http", "https") or not scheme or not scheme.isascii():
        return Refusal.MALFORMED, ""
    return Refusal.SCHEME, one_line(scheme)[:20]


def display_title(material: MaterialRecord) -> str:
    """The title a list shows: one line, cut to :data:`TITLE_LIMIT`; the URL when untitled."""
    text = one_line(material.title or material.url) or "—"
    return text if len(text) <= TITLE_LIMIT else text[: TITLE_LIMIT - 1] + "…"


def file_name(material: MaterialRecord) -> str:
    """A safe file name for a copy of *material* (title, with the URL's extension if it lacks one).

    Path separators, reserved and control characters become ``_``; a name of
    dots only becomes "material"; the length stays under 120 characters; a name Windows
    keeps for a device gets a ``_`` ("CON.pdf" → "CON_.pdf").
    """
    try:
        path = PurePosixPath(unquote(urlsplit(material.url).path))
    except ValueError:
        path = PurePosixPath("")
    suffix = path.suffix if 1 < len(path.suffix) <= 6 and path.suffix[1:].isalnum() else ""
    base = material.title.strip() or path.name or "material"
    if suffix and not base.lower().endswith(suffix.lower()):
        base += suffix
    name = _UNSAFE_NAME.sub("_", one_line(base)).strip(" .")
    if not name.strip("_"):
        name = "material" + suffix
    if len(name) > 120:
        stem, dot, ext = name.rpartition(".")
        name = (stem[:110] + dot + ext) if dot and len(ext) <= 6 else name[:120]
    from briefing_app.util.filenames import not_a_device  # not for `materials list`

    return not_a_device(name)


def unsafe_suffix(name: str) -> str:
    """The suffix of *name* when a copy so named must not be opened ("" when it may)."""
    suffix = PurePosixPath(name).suffix.lower()
    return suffix if suffix and suffix not in OPENABLE_SUFFIXES else ""


def named_copy(root: Path, sha256: str, name: str, stored: Path) -> Path:
    """A copy of the stored file *stored* named *name*, to open it (a hard link when possible).

    A hard link only for a file inside *root* (the folder's stored files are read-only);
    a file from elsewhere (a shipped pre-read) is copied, so opening it never shares it.

    Under ``<root>/.open/<first 16 digits>/``; *name* loses path separators,
    reserved and control characters, so it never leaves that folder.

    Raises:
        OSError: the disk refused (full, the stored file gone).
    """
    from briefing_app.util.filenames import not_a_device

    safe = not_a_device(_UNSAFE_NAME.sub("_", name).strip(" .") or "material")
    folder = root / OPEN_DIR / sha256[:16]
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / safe
    if target.is_file() and target.stat().st_size == stored.stat().st_size:
        return target
    target.unlink(missing_ok=True)
    if not stored.resolve().is_relative_to(root.resolve()):
        # Not one of the folder's read-only stored files (a pre-read shipped with the
        # app): a hard link would let an application that saves in place change the
        # app's own file. A copy (a few KB) keeps it apart.
        shutil.copyfile(stored, target)
        return target
    try:
        os.link(stored, target)
    except OSError:
        shutil.copyfile(stored, target)
    return target


@dataclass(frozen=True, slots=True)
class KeptPreRead:
    """A pre-read shipped with the app, as :func:`keep_shipped_prereads` stored it."""

    name: str
    sha256: str
    size: int


def keep_shipped_prereads(root: Path) -> list[KeptPreRead]:
    """Put every pre-read shipped in ``resources/prereads/`` into the materials folder *root*.

    Content-addressed, so a second call (or the same file kept by a download)
    stores nothing new. A file that cannot be stored (a full disk) is logged
    and skipped: the sample still loads; the pre-read then opens on the web.
    """
    from briefing_app.errors import BriefingError
    from briefing_app.platform.resources_util import resource
    from briefing_app.workspace.materials import MaterialStore

    store = MaterialStore(root)
    kept: list[KeptPreRead] = []
    folder = resource(SHIPPED_PREREADS)
    if not folder.is_dir():
        return kept
    for entry in sorted(folder.iterdir(), key=lambda item: item.name):
        if not entry.is_file() or entry.name.startswith("."):
            continue
        try:
            with entry.open("rb") as reader:
                stored = store.ingest_stream(reader, label=entry.name)
        except (BriefingError, OSError) as exc:
            logger.warning("Could not keep the shipped pre-read %s offline: %s", entry.name, exc)
            continue
        kept.append(KeptPreRead(entry.name, stored.sha256, stored.size))
    return kept


__all__ = [
    "OPENABLE_SUFFIXES",
    "OPEN_DIR",
    "SHIPPED_PREREADS",
    "KeptPreRead",
    "Refusal",
    "display_title",
    "file_name",
    "keep_shipped_prereads",
    "kept_copy",
    "kept_digest",
    "materials_root",
    "named_copy",
    "refusal",
    "shipped_prereads",
    "unsafe_suffix",
    "web_link",
]
