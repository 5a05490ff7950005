"""Case-study bundles: the layout's names and limits, and reading and checking a bundle.

Everything that decides whether a file is a bundle this app takes (member names,
sizes, compression ratio, manifest schema, SHA-256 of every file); see :mod:`.bundle`.
"""

from __future__ import annotations

import json
import re
import stat
import zipfile
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import IO, Any, BinaryIO, Literal

import fastjsonschema

from briefing_app.errors import BundleError, FeedError, NotFoundError
from briefing_app.feeds.messages import decode_json
from briefing_app.platform.fileutil import UnusableFileError, open_regular_file
from briefing_app.platform.resources_util import read_resource_bytes
from briefing_app.util.i18n import QT_TRANSLATE_NOOP, Message, Size
from briefing_app.util.links import link_refusal, safe_link
from briefing_app.workspace.records import (
    CaseStudyPayload,
    ExternalRef,
    Material,
    NoteRevision,
    Origin,
)

BUNDLE_FORMAT = "briefing-app/case-study-bundle"
#: The newest manifest version this app reads and writes: 2 added the case study's texts
#: in other languages (``case_study.translations``). A bundle without them is written as
#: version 1, which every version of the app reads.
BUNDLE_SCHEMA_VERSION = 2
#: The versions this app reads.
BUNDLE_SCHEMA_VERSIONS = (1, 2)
BUNDLE_SCHEMA = "case-study-bundle.schema.json"
MANIFEST_NAME = "manifest.json"
MATERIALS_FOLDER = "materials/"
#: The most a bundle may unpack to, all files together.
MAX_BUNDLE_BYTES = 2 * 1024 * 1024 * 1024
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
#: Uncompressed/compressed beyond this (for members over RATIO_FLOOR bytes) is a zip bomb.
MAX_COMPRESSION_RATIO = 100
RATIO_FLOOR = 1024 * 1024

_MEMBER = re.compile(r"^materials/([0-9a-f]{64})$")
_DRIVE = re.compile(r"^[A-Za-z]:")


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
        return QT_TRANSLATE_NOOP("core", "uses backslashes (a path trick on Windows)").message()
    if name.startswith("/") or _DRIVE.match(name):
        return QT_TRANSLATE_NOOP("core", "is an absolute path").message()
    if ".." in name.split("/"):
        return QT_TRANSLATE_NOOP("core", "climbs out of its folder with '..'").message()
    if any(ord(ch) < 32 for ch in name):
        return QT_TRANSLATE_NOOP("core", "has control characters in its name").message()
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
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "core", "the member {name!r} {problem}; refusing the bundle"
                ).format(name=name, problem=problem),
                source=source,
            )
        if stat.S_ISLNK(info.external_attr >> 16):
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "core", "the member {name!r} is a symbolic link; refusing the bundle"
                ).format(name=name),
                source=source,
            )
        if name in seen:
            raise BundleError(
                QT_TRANSLATE_NOOP("core", "the member {name!r} appears twice").format(name=name),
                source=source,
            )
        seen.add(name)
        if info.is_dir():
            if name != MATERIALS_FOLDER:
                raise BundleError(
                    QT_TRANSLATE_NOOP("core", "unexpected folder {name!r} in the bundle").format(
                        name=name
                    ),
                    source=source,
                )
            continue
        if info.flag_bits & 0x1:
            raise BundleError(
                QT_TRANSLATE_NOOP("core", "the member {name!r} is encrypted").format(name=name),
                source=source,
            )
        total += info.file_size
        if total > MAX_BUNDLE_BYTES:
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "core", "it unpacks to more than {human_size} (a zip bomb?)"
                ).format(human_size=Size(MAX_BUNDLE_BYTES)),
                source=source,
            )
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_COMPRESSION_RATIO * max(
            info.compress_size, 1
        ):
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "the member {name!r} expands {value} times ({human_size} to "
                    "{human_size2}): a zip bomb; refusing the bundle",
                ).format(
                    name=name,
                    value=info.file_size // max(info.compress_size, 1),
                    human_size=Size(info.compress_size),
                    human_size2=Size(info.file_size),
                ),
                source=source,
            )
        if name == MANIFEST_NAME:
            manifest_info = info
            if info.file_size > MAX_MANIFEST_BYTES:
                raise BundleError(  # in bytes: 16.8 MB over 16.8 MB would say nothing
                    QT_TRANSLATE_NOOP(
                        "core",
                        "its manifest is {file_size:,} bytes, over the {max_manifest_bytes:,} "
                        "bytes ({human_size}) a manifest may be",
                    ).format(
                        file_size=info.file_size,
                        max_manifest_bytes=MAX_MANIFEST_BYTES,
                        human_size=Size(MAX_MANIFEST_BYTES),
                    ),
                    source=source,
                )
            continue
        match = _MEMBER.match(name)
        if match is None:
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "unexpected member {name!r} (a bundle holds {manifest_name} and "
                    "{materials_folder}<sha256> files only)",
                ).format(name=name, manifest_name=MANIFEST_NAME, materials_folder=MATERIALS_FOLDER),
                source=source,
            )
        if info.file_size > max_file_bytes:
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "the material {name!r} is {human_size}; one material can be at most "
                    "{human_size2}",
                ).format(
                    name=name,
                    human_size=Size(info.file_size),
                    human_size2=Size(max_file_bytes),
                ),
                source=source,
            )
        members[match.group(1)] = info
    if manifest_info is None:
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "core", "no {manifest_name}: this is not a case-study bundle (or it is damaged)"
            ).format(manifest_name=MANIFEST_NAME),
            source=source,
        )
    with open_member(archive, manifest_info, source) as stream:
        raw = stream.read(MAX_MANIFEST_BYTES + 1)
    document = _decode_manifest(raw, source)
    payload = _payload(document)
    _check_files(payload, members, source)
    return CheckedBundle(payload=payload, members=members)


def _decode_manifest(raw: bytes, source: str) -> dict[str, Any]:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "core", "{manifest_name} is not UTF-8 text (bad byte at offset {start})"
            ).format(manifest_name=MANIFEST_NAME, start=exc.start),
            source=source,
        ) from exc
    if not raw.strip():
        raise BundleError(
            QT_TRANSLATE_NOOP("core", "{manifest_name} is empty").format(
                manifest_name=MANIFEST_NAME
            ),
            source=source,
        )
    try:  # the feeds' reader: its limits (nesting depth, huge numbers) hold for manifests too
        # A bundle is the app's own export: a lone surrogate there means damage.
        document = decode_json(raw, refuse_surrogates=True)
    except FeedError as exc:
        if exc.reason.startswith("invalid at "):
            raise BundleError(
                QT_TRANSLATE_NOOP("core", "{manifest_name} is {reason}").format(
                    manifest_name=MANIFEST_NAME, reason=exc.reason
                ),
                source=source,
            ) from exc
        raise BundleError(
            QT_TRANSLATE_NOOP("core", "{manifest_name} is not valid JSON: {reason}").format(
                manifest_name=MANIFEST_NAME, reason=exc.reason
            ),
            source=source,
        ) from exc
    if not isinstance(document, dict) or document.get("format") != BUNDLE_FORMAT:
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "core",
                "{manifest_name} is not a case-study bundle manifest (expected "
                '"format": "{bundle_format}")',
            ).format(manifest_name=MANIFEST_NAME, bundle_format=BUNDLE_FORMAT),
            source=source,
        )
    version = document.get("schema_version")
    if (
        isinstance(version, int)
        and not isinstance(version, bool)
        and version > BUNDLE_SCHEMA_VERSION
    ):
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "core",
                "the bundle has schema version {version}, written by a newer version "
                "of the app (this one reads version {bundle_schema_version}); update "
                "the app",
            ).format(version=version, bundle_schema_version=BUNDLE_SCHEMA_VERSION),
            source=source,
        )
    if version not in BUNDLE_SCHEMA_VERSIONS:
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "core",
                "{manifest_name} has schema version {dumps}; this app reads version "
                "{bundle_schema_version}",
            ).format(
                manifest_name=MANIFEST_NAME,
                dumps=json.dumps(version),
                bundle_schema_version=BUNDLE_SCHEMA_VERSION,
            ),
            source=source,
        )
    try:
        _validator()(document)
    except fastjsonschema.JsonSchemaValueException as error:
        where = ".".join(str(p) for p in (error.path or [])[1:])
        raise BundleError(
            QT_TRANSLATE_NOOP("core", "{manifest_name} is invalid at {where}: {problem}").format(
                manifest_name=MANIFEST_NAME,
                where=where or QT_TRANSLATE_NOOP("core", "the top"),
                problem=error.message.removeprefix("data."),
            ),
            source=source,
        ) from None
    except RecursionError as exc:
        raise BundleError(
            QT_TRANSLATE_NOOP("core", "{manifest_name} is nested too deeply").format(
                manifest_name=MANIFEST_NAME
            ),
            source=source,
        ) from exc
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
        translations=(
            json.dumps(case["translations"], ensure_ascii=False, sort_keys=True)
            if case.get("translations")
            else ""
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
            raise BundleError(
                QT_TRANSLATE_NOOP("core", "{manifest_name} lists a {kind} id twice").format(
                    manifest_name=MANIFEST_NAME, kind=kind
                ),
                source=source,
            )
    named: set[str] = set()
    for material in payload.materials:
        if material.kind == "link":
            if safe_link(material.url) is None:  # the rule attaching a link follows too
                raise BundleError(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "the link {name!r} ({url!r}) is not one the app opens: {link_refusal}",
                    ).format(
                        name=material.name,
                        url=material.url[:200],
                        link_refusal=link_refusal(material.url),
                    ),
                    source=source,
                )
            continue
        assert material.sha256 is not None and material.size is not None  # the schema says so
        named.add(material.sha256)
        info = members.get(material.sha256)
        if info is None:
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{manifest_name} names the file {name!r} ({materials_folder}{sha256}), "
                    "which is not in the bundle",
                ).format(
                    manifest_name=MANIFEST_NAME,
                    name=material.name,
                    materials_folder=MATERIALS_FOLDER,
                    sha256=material.sha256,
                ),
                source=source,
            )
        if info.file_size != material.size:
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "the file {name!r} is {file_size} bytes in the bundle but {size} in "
                    "{manifest_name}",
                ).format(
                    name=material.name,
                    file_size=info.file_size,
                    size=material.size,
                    manifest_name=MANIFEST_NAME,
                ),
                source=source,
            )
    extra = sorted(set(members) - named)
    if extra:
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "core",
                "the bundle holds {count} file(s) its manifest does not name "
                "({materials_folder}{extra})",
            ).format(count=len(extra), materials_folder=MATERIALS_FOLDER, extra=extra[0]),
            source=source,
        )


def open_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, source: str) -> IO[bytes]:
    """Open a member for reading; a header pointing outside the file is a damaged bundle."""
    try:
        return archive.open(info)
    except OSError as exc:  # a local header offset past either end: seek fails with EINVAL
        raise BundleError(
            QT_TRANSLATE_NOOP("core", "the bundle is damaged: {value}").format(
                value=exc.strerror or exc
            ),
            source=source,
        ) from exc


def read_bundle(path: Path, *, max_file_bytes: int) -> CaseStudyPayload:
    """The case study a bundle holds, after every structural check (for a preview)."""
    source = str(path)
    with open_archive(path) as archive:
        try:
            return check_bundle(archive, max_file_bytes=max_file_bytes, source=source).payload
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
            raise BundleError(
                QT_TRANSLATE_NOOP("core", "the bundle is damaged: {exc}").format(
                    exc=zip_problem(exc)
                ),
                source=source,
            ) from exc


def zip_problem(error: BaseException) -> Message:
    """What is wrong with a zip, in words a person reads in their language, from Python's
    error (its own English text, "File is not a zip file", stays in the log's traceback)."""
    text = str(error)
    if isinstance(error, zipfile.BadZipFile) and "not a zip file" in text:
        problem = QT_TRANSLATE_NOOP("core", "no zip directory at its end")
    elif isinstance(error, zipfile.BadZipFile) and "CRC" in text:
        problem = QT_TRANSLATE_NOOP("core", "a file in it fails its checksum")
    elif isinstance(error, EOFError) or "Truncated" in text:
        problem = QT_TRANSLATE_NOOP("core", "it ends too soon")
    elif isinstance(error, NotImplementedError):
        problem = QT_TRANSLATE_NOOP("core", "it uses a zip feature this app does not read")
    elif isinstance(error, ValueError):
        problem = QT_TRANSLATE_NOOP("core", "a name in it is not valid UTF-8")
    elif isinstance(error, zlib.error):
        problem = QT_TRANSLATE_NOOP("core", "compressed data in it is damaged")
    else:
        problem = QT_TRANSLATE_NOOP("core", "its zip structure is damaged")
    return problem.message()


class _OwnZipFile(zipfile.ZipFile):
    """A ZipFile that closes the file handed to it when it closes."""

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle
        super().__init__(handle)

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._handle.close()


def open_archive(path: Path) -> zipfile.ZipFile:
    """The bundle at *path* as an open zip; a pipe, device, folder or socket is refused unopened."""
    try:
        handle = open_regular_file(path)
    except UnusableFileError as exc:
        if exc.missing:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("core", "no file {path}").format(path=path)
            ) from exc
        raise BundleError(exc.reason, source=str(path)) from exc
    try:
        return _OwnZipFile(handle)
    except (zipfile.BadZipFile, NotImplementedError, EOFError, ValueError) as exc:
        # ValueError: a name flagged UTF-8 that is not; NotImplementedError: an unknown version
        handle.close()
        raise BundleError(
            QT_TRANSLATE_NOOP("core", "not a zip file, or a damaged one ({exc})").format(
                exc=zip_problem(exc)
            ),
            source=str(path),
        ) from exc
    except OSError as exc:
        handle.close()
        raise BundleError(
            QT_TRANSLATE_NOOP("core", "cannot read it: {value}").format(value=exc.strerror or exc),
            source=str(path),
        ) from exc
