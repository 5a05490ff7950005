"""Attaching materials (stored files and links) to case studies, and collecting unused files."""

from __future__ import annotations

import mimetypes
import uuid as uuidlib
from collections.abc import Iterable
from pathlib import Path

from briefing_app.errors import (
    MaterialError,
    UsageError,
)
from briefing_app.util.i18n import QT_TRANSLATE_NOOP
from briefing_app.util.links import safe_link
from briefing_app.workspace.base import WorkspaceBase, stamp
from briefing_app.workspace.materials import (
    CancelCheck,
    ProgressCallback,
    StoredFile,
)
from briefing_app.workspace.records import (
    Material,
)


def guess_media_type(name: str) -> str:
    media_type, _encoding = mimetypes.guess_type(name, strict=False)
    return media_type or "application/octet-stream"


class MaterialsMixin(WorkspaceBase):
    """Materials: stored files and web links on case studies."""

    def material_path(self, material_id: int) -> Path:
        """The stored file of a material, to open with the system's application.

        Raises:
            UsageError: the material is a link (open its URL instead).
            MaterialMissingError: the file vanished from the materials folder.
        """
        material = self.material(material_id)
        if material.sha256 is None:
            raise UsageError(
                QT_TRANSLATE_NOOP("core", "material {material_id} is a link: {url}").format(
                    material_id=material_id, url=material.url
                )
            )
        return self.materials.existing_path(material.sha256, material.name)

    def attach_file(
        self,
        case_id: int,
        source: Path,
        *,
        name: str | None = None,
        progress: ProgressCallback | None = None,
        cancel: CancelCheck | None = None,
    ) -> Material:
        """Copy *source* into the materials folder and attach it (both steps).

        The GUI runs ``self.materials.ingest`` in a worker (progress, cancel),
        then :meth:`add_stored_file` on the store's thread; this is the same
        in one call, for the CLI and tests.
        """
        self.get(case_id)
        stored = self.materials.ingest(Path(source), progress=progress, cancel=cancel)
        return self.add_stored_file(case_id, stored, name or Path(source).name)

    def add_stored_file(
        self, case_id: int, stored: StoredFile, name: str, *, media_type: str | None = None
    ) -> Material:
        """Attach a file already in the materials folder (from :meth:`MaterialStore.ingest`).

        The same content attached to the same case study again gives the
        existing material. If this fails, a file the ingest created is removed.
        """
        try:
            self.get(case_id)
            for material in self._materials([case_id], sha256=stored.sha256):
                return material
            with self.store.transaction():
                material_id = self.store.add_case_study_material(
                    case_id,
                    uuid=str(uuidlib.uuid4()),
                    kind="file",
                    name=name,
                    media_type=media_type or guess_media_type(name),
                    size=stored.size,
                    sha256=stored.sha256,
                    url="",
                    added_at=stamp(),
                )
                self._touch(case_id)
        except BaseException:
            if stored.created:
                self._collect({stored.sha256})
            raise
        return self.material(material_id)

    def attach_link(self, case_id: int, url: str, *, name: str = "") -> Material:
        safe = safe_link(url)
        if safe is None:
            raise MaterialError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{strip!r} is not a web link (http:// or https:// with a host) or a "
                    "mail link (mailto:)",
                ).format(strip=url.strip())
            )
        url = safe
        self.get(case_id)
        with self.store.transaction():
            material_id = self.store.add_case_study_material(
                case_id,
                uuid=str(uuidlib.uuid4()),
                kind="link",
                name=name.strip() or url,
                media_type="",
                size=None,
                sha256=None,
                url=url,
                added_at=stamp(),
            )
            self._touch(case_id)
        return self.material(material_id)

    def detach(self, material_id: int) -> None:
        """Remove a material; its file goes when no case study uses it any more."""
        material = self.material(material_id)
        with self.store.transaction():
            self.store.delete_case_study_material(material_id)
            self._touch(material.case_study_id)
        if material.sha256:
            self._collect({material.sha256})

    def referenced_hashes(self) -> set[str]:
        return self.store.referenced_material_hashes()

    def _collect(self, hashes: Iterable[str]) -> int:
        """Delete the files of *hashes* that no material row uses (after a commit)."""
        used = self.referenced_hashes()
        return sum(self.materials.remove(sha) for sha in set(hashes) - used)

    def collect_garbage(self) -> int:
        """Delete stored files no case study uses (left by removing a feed); returns how many."""
        return self._collect(self.materials.stored_hashes())
