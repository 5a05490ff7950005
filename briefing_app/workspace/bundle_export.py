"""Case-study bundles: writing one (the manifest and the material files); see :mod:`.bundle`."""

from __future__ import annotations

import json
import os
import stat
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from briefing_app import __version__
from briefing_app.errors import BundleError
from briefing_app.platform.fileutil import file_mode_for, raise_if_disk_full
from briefing_app.util.i18n import QT_TRANSLATE_NOOP
from briefing_app.workspace.bundle_format import (
    BUNDLE_FORMAT,
    BUNDLE_SCHEMA_VERSION,
    MANIFEST_NAME,
    MATERIALS_FOLDER,
)
from briefing_app.workspace.casestudies import Workspace, stamp
from briefing_app.workspace.materials import (
    CancelCheck,
    ProgressCallback,
    copy_hashing,
)
from briefing_app.workspace.records import (
    CaseStudyPayload,
    ExportResult,
    ExternalRef,
    Material,
)

#: A fixed member date: the manifest holds the real dates, and the same case study
#: exported twice gives the same bytes.
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)

#: Types that are compressed already: stored as they are (deflating them only costs time).
_PACKED_PREFIXES = (
    "image/jpeg",
    "image/png",
    "image/gif",
    "image/webp",
    "video/",
    "audio/",
    "application/pdf",
    "application/zip",
    "application/gzip",
    "application/x-7z",
    "application/vnd.openxmlformats",
    "application/vnd.oasis.opendocument",
    "application/vnd.ms-powerpoint",
    "application/vnd.apple",
)


def export_bundle(
    workspace: Workspace,
    case_id: int,
    target: Path,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> ExportResult:
    """Write case study *case_id* with its notes, revisions and materials to *target* (.zip).

    The file appears whole or not at all (written beside it, then renamed).
    Every material's file is checked against its SHA-256 on the way.

    Raises:
        MaterialMissingError: a material's file vanished from the materials folder.
        BundleError: a stored file no longer matches its checksum, or *target* cannot be written.
        OperationCancelledError: *cancel* returned True; no file was written.
    """
    payload = workspace.payload(case_id)
    files: dict[str, Material] = {}
    for material in payload.materials:
        if material.sha256 and material.sha256 not in files:
            workspace.materials.existing_path(material.sha256, material.name)  # vanished?
            files[material.sha256] = material
    manifest = manifest_for(payload)
    data = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
    total = sum(m.size or 0 for m in files.values())
    target = Path(target)
    try:
        handle, temp_name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".part"
        )
    except OSError as exc:
        raise_if_disk_full(exc, target, total + len(data))
        raise BundleError(
            QT_TRANSLATE_NOOP("core", "cannot write there: {value}").format(
                value=exc.strerror or exc
            ),
            source=str(target),
        ) from exc
    temp = Path(temp_name)
    done = 0
    try:
        if hasattr(os, "fchmod"):  # the mode a file saved there would have, not 0600
            os.fchmod(handle, file_mode_for(target))
        with os.fdopen(handle, "wb") as raw, zipfile.ZipFile(raw, "w") as archive:
            info = _member_info(MANIFEST_NAME, len(data), zipfile.ZIP_DEFLATED)
            archive.writestr(info, data)
            for sha256, material in files.items():
                path = workspace.materials.existing_path(sha256, material.name)
                size = path.stat().st_size
                member = _member_info(
                    f"{MATERIALS_FOLDER}{sha256}", size, compression_for(material)
                )
                base = done

                def step(n: int, _total: int, base: int = base) -> None:
                    if progress is not None:
                        progress(base + n, total)

                with path.open("rb") as reader, archive.open(member, "w") as writer:
                    digest, copied = copy_hashing(reader, writer, progress=step, cancel=cancel)
                if digest != sha256:
                    raise BundleError(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "the stored file of {name!r} ({path}) is damaged: its checksum no "
                            "longer matches; detach it and attach the file again",
                        ).format(name=material.name, path=path),
                        source=str(target),
                    )
                done += copied
        temp.replace(target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise_if_disk_full(exc, target, total + len(data))
        raise BundleError(
            QT_TRANSLATE_NOOP("core", "cannot write: {value}").format(value=exc.strerror or exc),
            source=str(target),
        ) from exc
    finally:
        temp.unlink(missing_ok=True)
    return ExportResult(
        path=str(target),
        case_study_id=case_id,
        materials=len(payload.materials),
        files=len(files),
        bytes_written=target.stat().st_size,
    )


def _member_info(name: str, size: int, compression: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
    info.compress_type = compression
    info.file_size = size  # lets zipfile choose ZIP64 up front for big files
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


def compression_for(material: Material) -> int:
    packed = material.media_type.startswith(_PACKED_PREFIXES)
    return zipfile.ZIP_STORED if packed else zipfile.ZIP_DEFLATED


def manifest_for(payload: CaseStudyPayload, *, exported_at: str | None = None) -> dict[str, Any]:
    """The manifest.json document of a bundle of *payload*."""
    origin = payload.origin
    case: dict[str, Any] = {
        "uuid": payload.uuid,
        "created_at": payload.created_at,
        "updated_at": payload.updated_at,
        "title": payload.title,
        "organization": payload.organization,
        "summary": payload.summary,
        "challenge": payload.challenge,
        "approach": payload.approach,
        "outcome": payload.outcome,
        "tags": list(payload.tags),
        "sessions": [_ref_json(r) for r in payload.sessions],
        "presenters": [_ref_json(r) for r in payload.presenters],
        "origin": None
        if origin is None
        else {
            "feed_url": origin.feed_url,
            "source_id": origin.source_id,
            "base_hash": origin.base_hash,
            "overridden": list(origin.overridden),
            "base": dict(origin.base),
        },
    }
    if payload.translations:
        # Version 2 only then: a bundle in one language stays readable by older apps.
        case["translations"] = json.loads(payload.translations)
    return {
        "format": BUNDLE_FORMAT,
        "schema_version": BUNDLE_SCHEMA_VERSION if payload.translations else 1,
        "app_version": __version__,
        "exported_at": exported_at or stamp(),
        "case_study": case,
        "note": {"body": payload.note, "updated_at": payload.note_updated_at},
        "revisions": [
            {"uuid": r.uuid, "saved_at": r.saved_at, "body": r.body} for r in payload.revisions
        ],
        "materials": [_material_json(m) for m in payload.materials],
    }


def _ref_json(ref: ExternalRef) -> dict[str, str]:
    return {"feed_url": ref.feed_url, "source_id": ref.source_id, "label": ref.label}


def _material_json(material: Material) -> dict[str, Any]:
    common = {
        "uuid": material.uuid,
        "kind": material.kind,
        "name": material.name,
        "added_at": material.added_at,
    }
    if material.kind == "link":
        return {**common, "url": material.url}
    return {
        **common,
        "media_type": material.media_type,
        "size": material.size,
        "sha256": material.sha256,
        "path": f"{MATERIALS_FOLDER}{material.sha256}",
    }
