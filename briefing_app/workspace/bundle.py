"""Case-study bundles: one ``.zip`` with a ``manifest.json`` and the material files.

A bundle carries one case study with its notes, every note revision and its
materials, to send to organizers or to another machine. The layout
(docs/bundle-format.md)::

    manifest.json               format, schema_version, the case study, notes, revisions,
                                materials (name, type, size, SHA-256, path)
    materials/<sha256>          each attached file once, named by its SHA-256

Importing trusts nothing in the file. Before anything is written it checks
every member name (no absolute paths, no ``..``, no backslashes, no symbolic
links, nothing but the manifest and ``materials/<sha256>``), the sizes (per
file, in total, and the compression ratio: no zip bombs), the manifest
(schema version, JSON Schema, the files it names are there and nothing else)
and every file's SHA-256, extracting into a staging folder. Then the files
move into the materials folder and the rows are written in one transaction;
if anything fails, the files this import added are removed again, so the
store and the materials folder are exactly as before.

Merging is by the case study's UUID (revisions and materials by theirs). A
local copy changed after the bundle's version is never overwritten without
asking: :class:`BundleConflictError` says so, and ``on_conflict`` chooses
"overwrite" or "keep-both".
"""

from __future__ import annotations

import logging
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from briefing_app.errors import BundleError, ConflictError, ConstraintError
from briefing_app.util.i18n import QT_TRANSLATE_NOOP
from briefing_app.workspace.bundle_export import compression_for, export_bundle, manifest_for
from briefing_app.workspace.bundle_format import (
    BUNDLE_FORMAT,
    BUNDLE_SCHEMA,
    BUNDLE_SCHEMA_VERSION,
    MANIFEST_NAME,
    MATERIALS_FOLDER,
    MAX_BUNDLE_BYTES,
    MAX_COMPRESSION_RATIO,
    MAX_MANIFEST_BYTES,
    RATIO_FLOOR,
    CheckedBundle,
    check_bundle,
    check_member_name,
    open_archive,
    open_member,
    read_bundle,
    zip_problem,
)
from briefing_app.workspace.casestudies import Workspace
from briefing_app.workspace.materials import (
    CancelCheck,
    ProgressCallback,
    copy_hashing,
)
from briefing_app.workspace.records import (
    CaseStudyPayload,
    ImportAction,
    ImportResult,
)

logger = logging.getLogger(__name__)

ConflictChoice = Literal["ask", "overwrite", "keep-both"]


class BundleConflictError(ConflictError):
    """The case study here was changed after the bundle's version of it.

    Attributes:
        case_study_id: The local case study.
        local_updated_at: When it was last changed here.
        bundle_updated_at: When the bundle's version was last changed.
    """

    def __init__(
        self, message: str, *, case_study_id: int, local_updated_at: str, bundle_updated_at: str
    ) -> None:
        super().__init__(message)
        self.case_study_id = case_study_id
        self.local_updated_at = local_updated_at
        self.bundle_updated_at = bundle_updated_at


def import_bundle(
    workspace: Workspace,
    path: Path,
    *,
    on_conflict: ConflictChoice = "ask",
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> ImportResult:
    """Import the bundle at *path*: a new case study, or merged into the one with its UUID.

    Raises:
        NotFoundError: no such file.
        BundleError: the bundle is unsafe, damaged or inconsistent; nothing was changed.
        BundleConflictError: the case study here changed after the bundle's version and
            *on_conflict* is "ask"; nothing was changed.
        OperationCancelledError: *cancel* returned True; nothing was changed.
    """
    path = Path(path)
    source = str(path)
    with open_archive(path) as archive:
        try:
            checked = check_bundle(
                archive, max_file_bytes=workspace.materials.max_bytes, source=source
            )
            payload = checked.payload
            target = workspace.merge_target(payload)
            action = _decide(workspace, payload, target, on_conflict)
            if action == "unchanged":
                assert target is not None
                return ImportResult(target, payload.uuid, payload.title, "unchanged")
            return _unpack_and_apply(
                workspace, archive, checked, target, action, source, progress, cancel
            )
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
            raise BundleError(
                QT_TRANSLATE_NOOP("core", "the bundle is damaged: {exc}").format(
                    exc=zip_problem(exc)
                ),
                source=source,
            ) from exc


def _decide(
    workspace: Workspace,
    payload: CaseStudyPayload,
    target: int | None,
    on_conflict: ConflictChoice,
) -> ImportAction:
    if target is None:
        return "created"
    local = workspace.payload(target)
    if local.same_content(payload):
        return "unchanged"
    if local.updated_at <= payload.updated_at:
        return "updated"  # the bundle's version is the newer one
    if on_conflict == "overwrite":
        return "overwritten"
    if on_conflict == "keep-both":
        return "kept-both"
    raise BundleConflictError(
        QT_TRANSLATE_NOOP(
            "core",
            "case study #{target} ({title!r}) was changed here at {updated_at}, "
            "after the bundle's version ({value}); nothing was imported. Import "
            "again choosing to overwrite it (your notes stay in their history) or "
            "to keep both",
        ).format(
            target=target,
            title=local.title,
            updated_at=local.updated_at,
            value=payload.updated_at or "undated",
        ),
        case_study_id=target,
        local_updated_at=local.updated_at,
        bundle_updated_at=payload.updated_at,
    )


def _unpack_and_apply(
    workspace: Workspace,
    archive: zipfile.ZipFile,
    checked: CheckedBundle,
    target: int | None,
    action: ImportAction,
    source: str,
    progress: ProgressCallback | None,
    cancel: CancelCheck | None,
) -> ImportResult:
    materials = workspace.materials
    total = sum(info.file_size for info in checked.members.values())
    created: list[str] = []
    with materials.staging() as staging:
        staged: dict[str, tuple[Path, int]] = {}
        done = 0
        for sha256, info in checked.members.items():
            temp = staging / sha256
            base = done

            def step(n: int, _total: int, base: int = base) -> None:
                if progress is not None:
                    progress(base + n, total)

            with open_member(archive, info, source) as reader, temp.open("wb") as writer:
                digest, size = copy_hashing(
                    reader,
                    writer,
                    limit=info.file_size,
                    progress=step,
                    cancel=cancel,
                    too_large=_overrun(info.filename, source),
                )
            if digest != sha256 or size != info.file_size:
                raise BundleError(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "checksum mismatch: {filename} does not hold the file its name "
                        "promises (damaged or altered in transit)",
                    ).format(filename=info.filename),
                    source=source,
                )
            staged[sha256] = (temp, size)
            done += size
        try:
            for sha256, (temp, size) in staged.items():
                if materials.adopt(temp, sha256, size).created:
                    created.append(sha256)
            with workspace.store.transaction():
                case_id, revisions, added, unresolved = workspace.apply_payload(
                    checked.payload, target=target, as_copy=action == "kept-both"
                )
        except ConstraintError as exc:
            _remove_created(workspace, created)
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "core", "the bundle contradicts this store ({exc}); nothing was imported"
                ).format(exc=exc),
                source=source,
            ) from exc
        except BaseException:
            _remove_created(workspace, created)
            raise
    title = workspace.get(case_id).title
    return ImportResult(
        case_study_id=case_id,
        uuid=workspace.get(case_id).uuid,
        title=title,
        action=action,
        revisions_added=revisions,
        materials_added=added,
        files_stored=len(created),
        unresolved=unresolved,
    )


def _overrun(name: str, source: str) -> Callable[[int], Exception]:
    def error(_limit: int) -> Exception:
        return BundleError(
            QT_TRANSLATE_NOOP(
                "core", "the member {name!r} unpacks to more than it declares"
            ).format(name=name),
            source=source,
        )

    return error


def _remove_created(workspace: Workspace, created: list[str]) -> None:
    for sha256 in created:
        workspace.materials.remove(sha256)


__all__ = [
    "BUNDLE_FORMAT",
    "BUNDLE_SCHEMA",
    "BUNDLE_SCHEMA_VERSION",
    "MANIFEST_NAME",
    "MATERIALS_FOLDER",
    "MAX_BUNDLE_BYTES",
    "MAX_COMPRESSION_RATIO",
    "MAX_MANIFEST_BYTES",
    "RATIO_FLOOR",
    "BundleConflictError",
    "CheckedBundle",
    "ConflictChoice",
    "check_bundle",
    "check_member_name",
    "compression_for",
    "export_bundle",
    "import_bundle",
    "manifest_for",
    "read_bundle",
]
