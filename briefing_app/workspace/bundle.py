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

import json
import logging
import os
import re
import sqlite3
import stat
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import fastjsonschema

from briefing_app import __version__
from briefing_app.errors import BundleError, ConflictError, NotFoundError
from briefing_app.platform.fileutil import file_mode_for
from briefing_app.platform.resources_util import read_resource_bytes
from briefing_app.workspace.casestudies import Workspace, stamp
from briefing_app.workspace.materials import (
    CancelCheck,
    ProgressCallback,
    copy_hashing,
    human_size,
)
from briefing_app.workspace.records import (
    CaseStudyPayload,
    ExportResult,
    ExternalRef,
    ImportAction,
    ImportResult,
    Material,
    NoteRevision,
    Origin,
)

logger = logging.getLogger(__name__)

BUNDLE_FORMAT = "briefing-app/case-study-bundle"
#: The manifest's schema version this app writes and reads.
BUNDLE_SCHEMA_VERSION = 1
BUNDLE_SCHEMA = "case-study-bundle.schema.json"
MANIFEST_NAME = "manifest.json"
MATERIALS_FOLDER = "materials/"
#: The most a bundle may unpack to, all files together.
MAX_BUNDLE_BYTES = 2 * 1024 * 1024 * 1024
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
#: Uncompressed/compressed beyond this (for members over RATIO_FLOOR bytes) is a zip bomb.
MAX_COMPRESSION_RATIO = 100
RATIO_FLOOR = 1024 * 1024
#: A fixed member date: the manifest holds the real dates, and the same case study
#: exported twice gives the same bytes.
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)

ConflictChoice = Literal["ask", "overwrite", "keep-both"]

_MEMBER = re.compile(r"^materials/([0-9a-f]{64})$")
_DRIVE = re.compile(r"^[A-Za-z]:")
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


# ---- export ----------------------------------------------------------------------
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
        raise BundleError(f"cannot write there: {exc.strerror or exc}", source=str(target)) from exc
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
                        f"the stored file of {material.name!r} ({path}) is damaged: its "
                        "checksum no longer matches; detach it and attach the file again",
                        source=str(target),
                    )
                done += copied
        temp.replace(target)
    except OSError as exc:
        raise BundleError(f"cannot write: {exc.strerror or exc}", source=str(target)) from exc
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
    return {
        "format": BUNDLE_FORMAT,
        "schema_version": BUNDLE_SCHEMA_VERSION,
        "app_version": __version__,
        "exported_at": exported_at or stamp(),
        "case_study": {
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
        },
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


# ---- reading and checking -------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CheckedBundle:
    """A bundle whose structure and manifest passed every check (file contents not yet)."""

    payload: CaseStudyPayload
    #: Every file member by SHA-256.
    members: Mapping[str, zipfile.ZipInfo]


@lru_cache(maxsize=1)
def _validator() -> Callable[[Any], Any]:
    schema = json.loads(read_resource_bytes(BUNDLE_SCHEMA))
    return fastjsonschema.compile(schema)


def check_member_name(name: str) -> str | None:
    """Why *name* is unsafe to unpack, or None when it is safe."""
    if "\\" in name:
        return "uses backslashes (a path trick on Windows)"
    if name.startswith("/") or _DRIVE.match(name):
        return "is an absolute path"
    if ".." in name.split("/"):
        return "climbs out of its folder with '..'"
    if any(ord(ch) < 32 for ch in name):
        return "has control characters in its name"
    return None


def check_bundle(archive: zipfile.ZipFile, *, max_file_bytes: int, source: str) -> CheckedBundle:
    """Check a bundle's structure and manifest without unpacking any material.

    Raises:
        BundleError: naming the first problem found.
    """
    members: dict[str, zipfile.ZipInfo] = {}
    seen: set[str] = set()
    total = 0
    manifest_info: zipfile.ZipInfo | None = None
    for info in archive.infolist():
        name = info.filename
        problem = check_member_name(name)
        if problem:
            raise BundleError(f"the member {name!r} {problem}; refusing the bundle", source=source)
        if stat.S_ISLNK(info.external_attr >> 16):
            raise BundleError(
                f"the member {name!r} is a symbolic link; refusing the bundle", source=source
            )
        if name in seen:
            raise BundleError(f"the member {name!r} appears twice", source=source)
        seen.add(name)
        if info.is_dir():
            if name != MATERIALS_FOLDER:
                raise BundleError(f"unexpected folder {name!r} in the bundle", source=source)
            continue
        if info.flag_bits & 0x1:
            raise BundleError(f"the member {name!r} is encrypted", source=source)
        total += info.file_size
        if total > MAX_BUNDLE_BYTES:
            raise BundleError(
                f"it unpacks to more than {human_size(MAX_BUNDLE_BYTES)} (a zip bomb?)",
                source=source,
            )
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_COMPRESSION_RATIO * max(
            info.compress_size, 1
        ):
            raise BundleError(
                f"the member {name!r} expands {info.file_size // max(info.compress_size, 1)} "
                f"times ({human_size(info.compress_size)} to {human_size(info.file_size)}): "
                "a zip bomb; refusing the bundle",
                source=source,
            )
        if name == MANIFEST_NAME:
            manifest_info = info
            if info.file_size > MAX_MANIFEST_BYTES:
                raise BundleError(
                    f"its manifest is {human_size(info.file_size)}, over the "
                    f"{human_size(MAX_MANIFEST_BYTES)} a manifest may be",
                    source=source,
                )
            continue
        match = _MEMBER.match(name)
        if match is None:
            raise BundleError(
                f"unexpected member {name!r} (a bundle holds {MANIFEST_NAME} and "
                f"{MATERIALS_FOLDER}<sha256> files only)",
                source=source,
            )
        if info.file_size > max_file_bytes:
            raise BundleError(
                f"the material {name!r} is {human_size(info.file_size)}; one material can be "
                f"at most {human_size(max_file_bytes)}",
                source=source,
            )
        members[match.group(1)] = info
    if manifest_info is None:
        raise BundleError(
            f"no {MANIFEST_NAME}: this is not a case-study bundle (or it is damaged)",
            source=source,
        )
    with archive.open(manifest_info) as stream:
        raw = stream.read(MAX_MANIFEST_BYTES + 1)
    document = _decode_manifest(raw, source)
    payload = _payload(document)
    _check_files(payload, members, source)
    return CheckedBundle(payload=payload, members=members)


def _decode_manifest(raw: bytes, source: str) -> dict[str, Any]:
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise BundleError(f"{MANIFEST_NAME} is not valid JSON: {exc}", source=source) from exc
    if not isinstance(document, dict) or document.get("format") != BUNDLE_FORMAT:
        raise BundleError(
            f"{MANIFEST_NAME} is not a case-study bundle manifest "
            f'(expected "format": "{BUNDLE_FORMAT}")',
            source=source,
        )
    version = document.get("schema_version")
    if (
        isinstance(version, int)
        and not isinstance(version, bool)
        and version > BUNDLE_SCHEMA_VERSION
    ):
        raise BundleError(
            f"the bundle has schema version {version}, written by a newer version of the app "
            f"(this one reads version {BUNDLE_SCHEMA_VERSION}); update the app",
            source=source,
        )
    if version != BUNDLE_SCHEMA_VERSION:
        raise BundleError(
            f"{MANIFEST_NAME} has schema version {json.dumps(version)}; "
            f"this app reads version {BUNDLE_SCHEMA_VERSION}",
            source=source,
        )
    try:
        _validator()(document)
    except fastjsonschema.JsonSchemaValueException as error:
        where = ".".join(str(p) for p in (error.path or [])[1:])
        raise BundleError(
            f"{MANIFEST_NAME} is invalid at {where or 'the top'}: "
            f"{error.message.removeprefix('data.')}",
            source=source,
        ) from None
    return document


def _payload(document: Mapping[str, Any]) -> CaseStudyPayload:
    case = document["case_study"]
    origin = case.get("origin")
    note = document["note"]

    def refs(
        kind: Literal["session", "presenter"], items: list[dict[str, str]]
    ) -> tuple[ExternalRef, ...]:
        return tuple(
            ExternalRef(kind, i["feed_url"], i["source_id"], i.get("label", "")) for i in items
        )

    return CaseStudyPayload(
        uuid=case["uuid"],
        created_at=case["created_at"],
        updated_at=case["updated_at"],
        title=case["title"],
        organization=case.get("organization", ""),
        summary=case.get("summary", ""),
        challenge=case.get("challenge", ""),
        approach=case.get("approach", ""),
        outcome=case.get("outcome", ""),
        tags=tuple(case.get("tags", [])),
        sessions=refs("session", case.get("sessions", [])),
        presenters=refs("presenter", case.get("presenters", [])),
        origin=None
        if origin is None
        else Origin(
            feed_url=origin["feed_url"],
            source_id=origin["source_id"],
            base_hash=origin["base_hash"],
            overridden=tuple(origin["overridden"]),
            base=origin.get("base", {}),
        ),
        note=note["body"],
        note_updated_at=note.get("updated_at"),
        revisions=tuple(
            NoteRevision(0, r["uuid"], 0, r["saved_at"], r["body"]) for r in document["revisions"]
        ),
        materials=tuple(
            Material(
                id=0,
                uuid=m["uuid"],
                case_study_id=0,
                kind=m["kind"],
                name=m["name"],
                media_type=m.get("media_type", ""),
                size=m.get("size"),
                sha256=m.get("sha256"),
                url=m.get("url", ""),
                added_at=m["added_at"],
            )
            for m in document["materials"]
        ),
    )


def _check_files(
    payload: CaseStudyPayload, members: Mapping[str, zipfile.ZipInfo], source: str
) -> None:
    """The manifest names exactly the files the bundle holds, with their sizes."""
    for kind, uuids in (
        ("revision", [r.uuid for r in payload.revisions]),
        ("material", [m.uuid for m in payload.materials]),
    ):
        if len(set(uuids)) != len(uuids):
            raise BundleError(f"{MANIFEST_NAME} lists a {kind} id twice", source=source)
    named: set[str] = set()
    for material in payload.materials:
        if material.kind == "link":
            continue
        assert material.sha256 is not None and material.size is not None  # the schema says so
        named.add(material.sha256)
        info = members.get(material.sha256)
        if info is None:
            raise BundleError(
                f"{MANIFEST_NAME} names the file {material.name!r} "
                f"({MATERIALS_FOLDER}{material.sha256}), which is not in the bundle",
                source=source,
            )
        if info.file_size != material.size:
            raise BundleError(
                f"the file {material.name!r} is {info.file_size} bytes in the bundle but "
                f"{material.size} in {MANIFEST_NAME}",
                source=source,
            )
    extra = sorted(set(members) - named)
    if extra:
        raise BundleError(
            f"the bundle holds {len(extra)} file(s) its manifest does not name "
            f"({MATERIALS_FOLDER}{extra[0]})",
            source=source,
        )


def read_bundle(path: Path, *, max_file_bytes: int) -> CaseStudyPayload:
    """The case study a bundle holds, after every structural check (for a preview)."""
    source = str(path)
    with _open_archive(path) as archive:
        try:
            return check_bundle(archive, max_file_bytes=max_file_bytes, source=source).payload
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
            raise BundleError(f"the bundle is damaged: {exc}", source=source) from exc


def _open_archive(path: Path) -> zipfile.ZipFile:
    if not path.is_file():
        raise NotFoundError(f"no file {path}")
    try:
        return zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise BundleError(f"not a zip file ({exc})", source=str(path)) from exc
    except OSError as exc:
        raise BundleError(f"cannot read it: {exc.strerror or exc}", source=str(path)) from exc


# ---- import -------------------------------------------------------------------------
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
    with _open_archive(path) as archive:
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
            raise BundleError(f"the bundle is damaged: {exc}", source=source) from exc


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
        f"case study #{target} ({local.title!r}) was changed here at {local.updated_at}, "
        f"after the bundle's version ({payload.updated_at or 'undated'}); nothing was "
        "imported. Import again choosing to overwrite it (your notes stay in their "
        "history) or to keep both",
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

            with archive.open(info) as reader, temp.open("wb") as writer:
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
                    f"checksum mismatch: {info.filename} does not hold the file its name "
                    "promises (damaged or altered in transit)",
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
        except sqlite3.IntegrityError as exc:
            _remove_created(workspace, created)
            raise BundleError(
                f"the bundle contradicts this store ({exc}); nothing was imported", source=source
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
        return BundleError(f"the member {name!r} unpacks to more than it declares", source=source)

    return error


def _remove_created(workspace: Workspace, created: list[str]) -> None:
    for sha256 in created:
        workspace.materials.remove(sha256)
