"""Bundles: a round trip that comes back identical, merging, conflicts, and every bad bundle.

Each bad bundle is a real zip crafted for the case; importing it must raise a
clear error and leave the store and the materials folder exactly as before.
"""

from __future__ import annotations

import hashlib
import json
import stat
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from support.bundles import ESCAPING_NAMES, make_rich_case, member_info, rebuild, tree

from briefing_app.errors import (
    BundleError,
    MaterialMissingError,
    NotFoundError,
    OperationCancelledError,
)
from briefing_app.platform.resources_util import read_resource_bytes
from briefing_app.store import Store
from briefing_app.usecases.startup import open_store
from briefing_app.workspace import (
    BundleConflictError,
    Workspace,
    export_bundle,
    import_bundle,
    read_bundle,
)
from briefing_app.workspace.bundle import BUNDLE_SCHEMA, MAX_BUNDLE_BYTES


def manifest_of(path: Path) -> dict[str, Any]:
    with zipfile.ZipFile(path) as archive:
        document: dict[str, Any] = json.loads(archive.read("manifest.json"))
    document.pop("exported_at")
    return document


def members_of(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist() if name != "manifest.json"}


@pytest.fixture
def ws(sample_store: Store) -> Workspace:
    return Workspace(sample_store)


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Workspace]:
    """A second machine: a fresh data directory with the sample series."""
    with open_store(tmp_path / "other-machine") as store:
        yield Workspace(store)


@pytest.fixture
def bundle(ws: Workspace, tmp_path: Path) -> Path:
    case_id = make_rich_case(ws, tmp_path)
    target = tmp_path / "permit-portal.zip"
    export_bundle(ws, case_id, target)
    return target


# ---- round trips ----------------------------------------------------------------------------
def test_export_writes_a_manifest_and_each_file_once(ws: Workspace, bundle: Path) -> None:
    manifest = manifest_of(bundle)
    assert manifest["format"] == "briefing-app/case-study-bundle"
    assert manifest["schema_version"] == 1
    case = manifest["case_study"]
    assert case["title"] == "Permit portal" and case["origin"] is None
    assert [s["source_id"] for s in case["sessions"]] == sorted(
        s["source_id"] for s in case["sessions"]
    )
    assert len(manifest["revisions"]) == 3
    assert manifest["note"]["body"] == "# Talk\n\n- intro\n- demo\n"
    files = [m for m in manifest["materials"] if m["kind"] == "file"]
    assert len(files) == 3 and len(manifest["materials"]) == 4
    members = members_of(bundle)
    assert sorted(members) == sorted(m["path"] for m in files)
    for material in files:
        assert hashlib.sha256(members[material["path"]]).hexdigest() == material["sha256"]
    with zipfile.ZipFile(bundle) as archive:
        kinds = {i.filename: i.compress_type for i in archive.infolist()}
    pdf = next(m["path"] for m in files if m["name"] == "slides.pdf")
    csv = next(m["path"] for m in files if m["name"] == "figures.csv")
    assert kinds[pdf] == zipfile.ZIP_STORED and kinds[csv] == zipfile.ZIP_DEFLATED
    assert not list(bundle.parent.glob(".*.part"))  # no temporary file left


def test_round_trip_on_a_fresh_store_is_identical(
    ws: Workspace, other: Workspace, bundle: Path, tmp_path: Path
) -> None:
    result = import_bundle(other, bundle)
    assert result.action == "created"
    assert (result.revisions_added, result.materials_added, result.files_stored) == (3, 4, 3)
    assert result.unresolved == ()
    original = ws.get(ws.find(result.uuid).id)
    imported = other.get(result.case_study_id)
    for name in ("uuid", "title", "organization", "summary", "challenge", "approach"):
        assert getattr(imported, name) == getattr(original, name)
    assert (imported.tags, imported.note) == (original.tags, original.note)
    assert (imported.created_at, imported.updated_at) == (original.created_at, original.updated_at)
    assert [m.uuid for m in imported.materials] == [m.uuid for m in original.materials]
    assert [(r.uuid, r.saved_at, r.body) for r in other.revisions(imported.id)] == [
        (r.uuid, r.saved_at, r.body) for r in ws.revisions(original.id)
    ]
    for material in imported.materials:
        if material.sha256:
            data = other.material_path(material.id).read_bytes()
            assert hashlib.sha256(data).hexdigest() == material.sha256
    again = tmp_path / "again.zip"
    export_bundle(other, imported.id, again)
    assert manifest_of(again) == manifest_of(bundle)
    assert members_of(again) == members_of(bundle)
    # Importing the same bundle again changes nothing.
    before = other.store.dump()
    assert import_bundle(other, bundle).action == "unchanged"
    assert other.store.dump() == before


def test_links_to_sessions_this_store_lacks_are_kept_for_the_next_export(
    bundle: Path, tmp_path: Path
) -> None:
    with Store(tmp_path / "empty" / "briefing.db") as store:  # no feed at all
        empty = Workspace(store)
        result = import_bundle(empty, bundle)
        assert {r.kind for r in result.unresolved} == {"session", "presenter"}
        assert len(result.unresolved) == 3
        assert "not in this store" in result.summary()
        assert empty.get(result.case_study_id).session_ids == ()
        again = tmp_path / "again.zip"
        export_bundle(empty, result.case_study_id, again)
    assert manifest_of(again) == manifest_of(bundle)


def test_a_feed_case_study_travels_as_an_overlay(
    ws: Workspace, other: Workspace, tmp_path: Path
) -> None:
    lixar = next(c for c in ws.case_studies() if c.source_id == "cs-lixar")
    ws.update(lixar.id, summary="Lixar, in my words")
    ws.save_note(lixar.id, "Ask about the pilot")
    target = tmp_path / "lixar.zip"
    export_bundle(ws, lixar.id, target)
    origin = manifest_of(target)["case_study"]["origin"]
    assert origin["feed_url"] == "builtin:sample" and origin["overridden"] == ["summary"]

    result = import_bundle(other, target)
    assert result.action == "updated"  # merged into the same feed case study there
    there = other.get(result.case_study_id)
    assert there.source_id == "cs-lixar" and not there.is_local
    assert (there.summary, there.overridden, there.note) == (
        "Lixar, in my words",
        ("summary",),
        "Ask about the pilot",
    )
    assert not there.changed_underneath
    assert there.uuid == ws.get(lixar.id).uuid  # derived from the feed: the same on both


def test_a_newer_bundle_updates_and_merges_history(
    ws: Workspace, other: Workspace, bundle: Path, tmp_path: Path
) -> None:
    result = import_bundle(other, bundle)
    case_id = ws.find(result.uuid).id
    ws.update(case_id, outcome="Approvals in days, not weeks")
    ws.save_note(case_id, "# Talk\n\n- intro\n- demo\n- questions\n")
    newer = tmp_path / "newer.zip"
    export_bundle(ws, case_id, newer)
    updated = import_bundle(other, newer)
    assert (updated.action, updated.revisions_added) == ("updated", 1)
    there = other.get(result.case_study_id)
    assert there.outcome == "Approvals in days, not weeks"
    assert there.note.endswith("- questions\n")
    assert len(other.revisions(there.id)) == 4


def test_the_manifest_schema_is_valid_and_an_independent_validator_agrees(bundle: Path) -> None:
    schema = json.loads(read_resource_bytes(BUNDLE_SCHEMA))
    jsonschema.Draft202012Validator.check_schema(schema)
    with zipfile.ZipFile(bundle) as archive:
        document = json.loads(archive.read("manifest.json"))
    jsonschema.Draft202012Validator(schema).validate(document)
    document["materials"][0].pop("sha256")  # a file without its digest
    assert not jsonschema.Draft202012Validator(schema).is_valid(document)


# ---- conflicts -------------------------------------------------------------------------------
def test_newer_local_work_is_never_overwritten_without_asking(
    ws: Workspace, other: Workspace, bundle: Path
) -> None:
    result = import_bundle(other, bundle)
    other.save_note(result.case_study_id, "Local work, typed after the export")
    before = other.store.dump()
    files = tree(other.materials.root)
    with pytest.raises(BundleConflictError) as info:
        import_bundle(other, bundle)
    assert info.value.exit_code == 7
    assert info.value.case_study_id == result.case_study_id
    assert "was changed here" in str(info.value) and "nothing was imported" in str(info.value)
    assert other.store.dump() == before
    assert tree(other.materials.root) == files

    overwritten = import_bundle(other, bundle, on_conflict="overwrite")
    assert overwritten.action == "overwritten"
    case = other.get(result.case_study_id)
    assert case.note == "# Talk\n\n- intro\n- demo\n"
    # The local text is still in the history.
    assert "Local work, typed after the export" in [r.body for r in other.revisions(case.id)]


def test_keep_both_adds_the_bundle_beside_the_local_copy(other: Workspace, bundle: Path) -> None:
    first = import_bundle(other, bundle)
    other.update(first.case_study_id, title="Permit portal (my edit)")
    both = import_bundle(other, bundle, on_conflict="keep-both")
    assert both.action == "kept-both" and both.case_study_id != first.case_study_id
    assert both.uuid != first.uuid
    copy = other.get(both.case_study_id)
    assert copy.title == "Permit portal (imported)" and copy.is_local
    assert other.get(first.case_study_id).title == "Permit portal (my edit)"
    assert len(other.revisions(copy.id)) == 3
    # Files are shared by content: the copy adds rows, not files.
    assert both.files_stored == 0 and both.materials_added == 4


# ---- bad bundles -------------------------------------------------------------------------------
@pytest.fixture
def untouched(other: Workspace) -> Iterator[Callable[[Path, str], BundleError]]:
    """Import a bad bundle into the other machine; check nothing changed there."""
    checks: list[tuple[dict[str, Any], dict[str, str]]] = []

    def attempt(path: Path, message: str) -> BundleError:
        before = other.store.dump()
        files = tree(other.materials.root)
        checks.append((before, files))
        with pytest.raises(BundleError) as info:
            import_bundle(other, path)
        assert message in str(info.value)
        assert str(path) in str(info.value)  # the message names the file
        assert info.value.exit_code == 4
        assert other.store.dump() == before
        assert tree(other.materials.root) == files
        return info.value

    yield attempt
    assert checks, "the test imported nothing"


@pytest.mark.parametrize(("name", "message"), ESCAPING_NAMES)
def test_a_member_path_that_escapes_is_refused(
    bundle: Path, tmp_path: Path, untouched, name: str, message: str
) -> None:
    bad = rebuild(bundle, tmp_path / "bad.zip", extra=[(member_info(name), b"owned")])
    with zipfile.ZipFile(bad) as archive:
        assert name in archive.namelist()  # the crafted name really is in the zip
    untouched(bad, message)


def test_a_symlink_member_is_refused(bundle: Path, tmp_path: Path, untouched) -> None:
    link = member_info("materials/" + "a" * 64, stat.S_IFLNK | 0o777)
    bad = rebuild(bundle, tmp_path / "bad.zip", extra=[(link, b"/etc/passwd")])
    untouched(bad, "is a symbolic link")


def test_a_zip_bomb_by_ratio_is_refused(bundle: Path, tmp_path: Path, untouched) -> None:
    zeros = bytes(20 * 1024 * 1024)
    name = "materials/" + hashlib.sha256(zeros).hexdigest()
    bad = rebuild(bundle, tmp_path / "bomb.zip", members=lambda files: {**files, name: zeros})
    assert bad.stat().st_size < 1024 * 1024  # 20 MB inside, a few KB on disk
    untouched(bad, "a zip bomb")


def test_a_bundle_declaring_more_than_the_total_limit_is_refused(
    bundle: Path, tmp_path: Path, untouched
) -> None:
    """Headers that claim gigabytes (a bomb that lies about its ratio too)."""
    small = tmp_path / "small.zip"
    rebuild(bundle, small)
    data = bytearray(small.read_bytes())
    central = data.find(b"PK\x01\x02")
    claimed = MAX_BUNDLE_BYTES + 1000
    data[central + 24 : central + 28] = claimed.to_bytes(4, "little")
    forged = tmp_path / "forged.zip"
    forged.write_bytes(bytes(data))
    with zipfile.ZipFile(forged) as archive:
        assert archive.infolist()[0].file_size == claimed
    untouched(forged, "unpacks to more than 2.1 GB")


def test_a_missing_manifest_is_refused(bundle: Path, tmp_path: Path, untouched) -> None:
    bad = rebuild(bundle, tmp_path / "bad.zip", manifest=lambda doc: ...)
    untouched(bad, "no manifest.json: this is not a case-study bundle")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda doc: doc.update(schema_version=3), "schema version 3, written by a newer version"),
        (lambda doc: doc.update(schema_version="1"), 'has schema version "1"'),
        (lambda doc: doc.pop("schema_version"), "has schema version null"),
        (lambda doc: doc.update(format="something-else"), "not a case-study bundle manifest"),
        (lambda doc: doc["case_study"].update(uuid="not-a-uuid"), "invalid at case_study.uuid"),
        (lambda doc: doc["materials"][0].pop("added_at"), "invalid at materials.0"),
        (lambda doc: doc.update(revisions=doc["revisions"] * 2), "lists a revision id twice"),
    ],
)
def test_a_wrong_manifest_is_refused(
    bundle: Path, tmp_path: Path, untouched, change, message: str
) -> None:
    bad = rebuild(bundle, tmp_path / "bad.zip", manifest=change)
    untouched(bad, message)


def test_a_manifest_that_is_not_json_is_refused(bundle: Path, tmp_path: Path, untouched) -> None:
    bad = rebuild(bundle, tmp_path / "bad.zip", raw_manifest=b'{"format": ')
    untouched(bad, "manifest.json is not valid JSON")


def test_a_manifest_naming_absent_files_is_refused(bundle: Path, tmp_path: Path, untouched) -> None:
    def drop_pdf(files: dict[str, bytes]) -> dict[str, bytes]:
        return {n: d for n, d in files.items() if not d.startswith(b"%PDF")}

    bad = rebuild(bundle, tmp_path / "bad.zip", members=drop_pdf)
    untouched(bad, "names the file 'slides.pdf'")


def test_a_file_the_manifest_does_not_name_is_refused(
    bundle: Path, tmp_path: Path, untouched
) -> None:
    stray = b"stray"
    name = "materials/" + hashlib.sha256(stray).hexdigest()
    bad = rebuild(bundle, tmp_path / "bad.zip", members=lambda files: {**files, name: stray})
    untouched(bad, "1 file(s) its manifest does not name")


def test_an_unexpected_member_is_refused(bundle: Path, tmp_path: Path, untouched) -> None:
    bad = rebuild(bundle, tmp_path / "bad.zip", extra=[(member_info("readme.exe"), b"MZ")])
    untouched(bad, "unexpected member 'readme.exe'")


def test_a_checksum_mismatch_is_refused(bundle: Path, tmp_path: Path, untouched) -> None:
    def tamper(files: dict[str, bytes]) -> dict[str, bytes]:
        return {
            n: (b"%PDF-1.7 EVIL" + d[13:]) if d.startswith(b"%PDF") else d for n, d in files.items()
        }

    bad = rebuild(bundle, tmp_path / "bad.zip", members=tamper)
    error = untouched(bad, "checksum mismatch")
    assert "altered" in str(error)


def test_a_size_that_disagrees_with_the_manifest_is_refused(
    bundle: Path, tmp_path: Path, untouched
) -> None:
    def grow(doc: dict[str, Any]) -> None:
        doc["materials"][0]["size"] += 1

    bad = rebuild(bundle, tmp_path / "bad.zip", manifest=grow)
    untouched(bad, "bytes in the bundle but")


def test_not_a_zip_and_no_file(other: Workspace, tmp_path: Path) -> None:
    text = tmp_path / "notes.zip"
    text.write_text("just text")
    with pytest.raises(BundleError, match="not a zip file"):
        import_bundle(other, text)
    with pytest.raises(NotFoundError, match="no file"):
        import_bundle(other, tmp_path / "absent.zip")


def test_a_failure_while_writing_leaves_store_and_folder_as_before(
    ws: Workspace, other: Workspace, bundle: Path, tmp_path: Path
) -> None:
    """Files are already moved in when the database refuses a row: they go again."""
    mine = other.create("Already here")
    clash = other.save_note(mine.id, "a note whose revision id the bundle reuses")
    assert clash is not None

    def reuse_revision_id(doc: dict[str, Any]) -> None:
        doc["revisions"][0]["uuid"] = clash.uuid

    bad = rebuild(bundle, tmp_path / "clash.zip", manifest=reuse_revision_id)
    before = other.store.dump()
    files = tree(other.materials.root)
    with pytest.raises(BundleError, match="contradicts this store"):
        import_bundle(other, bad)
    assert other.store.dump() == before
    assert tree(other.materials.root) == files == {}


def test_a_vanished_file_stops_the_export_before_writing(ws: Workspace, tmp_path: Path) -> None:
    case_id = make_rich_case(ws, tmp_path)
    material = next(m for m in ws.get(case_id).materials if m.name == "photo.png")
    path = ws.material_path(material.id)
    path.chmod(0o600)
    path.unlink()
    target = tmp_path / "out.zip"
    with pytest.raises(MaterialMissingError, match=r"'photo\.png' is missing"):
        export_bundle(ws, case_id, target)
    assert not target.exists()
    assert not list(tmp_path.glob(".out.zip.*"))


def test_a_damaged_stored_file_stops_the_export(ws: Workspace, tmp_path: Path) -> None:
    case_id = make_rich_case(ws, tmp_path)
    material = next(m for m in ws.get(case_id).materials if m.name == "figures.csv")
    path = ws.material_path(material.id)
    path.chmod(0o600)
    path.write_bytes(b"changed behind the app's back")
    target = tmp_path / "out.zip"
    with pytest.raises(BundleError, match="checksum no longer matches"):
        export_bundle(ws, case_id, target)
    assert not target.exists()


def test_read_bundle_previews_without_importing(other: Workspace, bundle: Path) -> None:
    before = other.store.dump()
    payload = read_bundle(bundle, max_file_bytes=other.materials.max_bytes)
    assert payload.title == "Permit portal" and len(payload.materials) == 4
    assert other.store.dump() == before


def test_cancelling_export_or_import_leaves_nothing(
    ws: Workspace, other: Workspace, bundle: Path, tmp_path: Path
) -> None:
    case_id = ws.find(read_bundle(bundle, max_file_bytes=ws.materials.max_bytes).uuid).id
    target = tmp_path / "cancelled.zip"
    with pytest.raises(OperationCancelledError):
        export_bundle(ws, case_id, target, cancel=lambda: True)
    assert not target.exists() and not list(tmp_path.glob(".cancelled.zip.*"))

    before, files = other.store.dump(), tree(other.materials.root)
    seen: list[int] = []

    def cancel_after_first_file() -> bool:
        return bool(seen)

    with pytest.raises(OperationCancelledError):
        import_bundle(
            other,
            bundle,
            progress=lambda done, _total: seen.append(done),
            cancel=cancel_after_first_file,
        )
    assert seen  # it had started
    assert other.store.dump() == before
    assert tree(other.materials.root) == files
