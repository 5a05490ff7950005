"""Fault matrix, bundles: every hostile case-study bundle is refused cleanly, nothing changes.

Each case is a real zip (the app's own export, then changed), imported into a second
machine's store. Only a :class:`BundleError` (exit 4) may come out, naming the file,
and the store and the materials folder must be exactly as before. Many cases held
before issue 13 and stay as regression cases; the lone surrogate, the deep nesting
and the bad UTF-8 wording did not.
"""

from __future__ import annotations

import hashlib
import io
import json
import stat
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.bundles import ESCAPING_NAMES, make_rich_case, member_info, rebuild, tree

from briefing_app.cli.main import main
from briefing_app.errors import BriefingError, BundleError
from briefing_app.store import Store
from briefing_app.usecases.startup import open_store
from briefing_app.workspace import Workspace, export_bundle, import_bundle, read_bundle


@pytest.fixture(scope="module")
def good_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The app's own export of a rich case study (made once for the module)."""
    root = tmp_path_factory.mktemp("bundle-source")
    with open_store(root / "data") as store:
        workspace = Workspace(store)
        case_id = make_rich_case(workspace, root)
        target = root / "permit-portal.zip"
        export_bundle(workspace, case_id, target)
    return target


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Workspace]:
    """The machine the bundle arrives on: the sample series, nothing else."""
    with open_store(tmp_path / "other-machine") as store:
        yield Workspace(store)


def refused(workspace: Workspace, path: Path, message: str) -> BundleError:
    """Import *path*: a BundleError naming the file and *message*, nothing changed."""
    before = workspace.store.dump()
    files = tree(workspace.materials.root)
    with pytest.raises(BundleError) as info:
        import_bundle(workspace, path)
    assert message in str(info.value)
    assert str(path) in str(info.value)
    assert info.value.exit_code == 4
    assert workspace.store.dump() == before
    assert tree(workspace.materials.root) == files
    return info.value


def with_manifest_text(source: Path, target: Path, text: str | bytes) -> Path:
    raw = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    return rebuild(source, target, raw_manifest=raw)


def manifest_text(source: Path) -> str:
    with zipfile.ZipFile(source) as archive:
        return archive.read("manifest.json").decode("utf-8")


# ---- cause 2: text that is not text --------------------------------------------------------
@pytest.mark.parametrize(
    ("field", "path"),
    [
        ("title", "$.case_study.title"),
        ("organization", "$.case_study.organization"),
    ],
)
def test_lone_surrogate_in_a_manifest_field(
    good_bundle: Path, tmp_path: Path, other: Workspace, field: str, path: str
) -> None:
    def poison(doc: dict[str, Any]) -> None:
        doc["case_study"][field] = "Permit \ud800 portal"

    document = json.loads(manifest_text(good_bundle))
    poison(document)
    bad = with_manifest_text(good_bundle, tmp_path / "bad.zip", json.dumps(document))
    assert b"\\ud800" in zipfile.ZipFile(bad).read("manifest.json")  # the JSON escape
    error = refused(other, bad, f"invalid at {path}")
    assert "lone surrogate" in str(error)


def test_lone_surrogate_in_a_note_revision(
    good_bundle: Path, tmp_path: Path, other: Workspace
) -> None:
    document = json.loads(manifest_text(good_bundle))
    document["revisions"][1]["body"] = "# Talk \udfff"
    bad = with_manifest_text(good_bundle, tmp_path / "bad.zip", json.dumps(document))
    refused(other, bad, "invalid at $.revisions[1].body")


def test_lone_surrogate_in_a_manifest_name(
    good_bundle: Path, tmp_path: Path, other: Workspace
) -> None:
    document = json.loads(manifest_text(good_bundle))
    document["case_study"]["\udc80"] = "x"
    bad = with_manifest_text(good_bundle, tmp_path / "bad.zip", json.dumps(document))
    refused(other, bad, 'invalid at $.case_study["\ufffd"] (the name)')


def test_invalid_utf8_in_the_manifest(good_bundle: Path, tmp_path: Path, other: Workspace) -> None:
    raw = manifest_text(good_bundle).encode("utf-8").replace(b"Permit portal", b"Permit \xff")
    bad = with_manifest_text(good_bundle, tmp_path / "bad.zip", raw)
    error = refused(other, bad, "manifest.json is not UTF-8 text (bad byte at offset")
    assert "codec" not in str(error)  # said in words, not Python's


def test_manifest_with_a_byte_order_mark_reads(
    good_bundle: Path, tmp_path: Path, other: Workspace
) -> None:
    """Not a fault: an editor on Windows adds a BOM; the feeds' reader takes it, so do bundles."""
    text = manifest_text(good_bundle)
    bundle = with_manifest_text(good_bundle, tmp_path / "bom.zip", "\ufeff" + text)
    assert import_bundle(other, bundle).action == "created"


def test_empty_manifest(good_bundle: Path, tmp_path: Path, other: Workspace) -> None:
    bad = with_manifest_text(good_bundle, tmp_path / "bad.zip", b"")
    refused(other, bad, "manifest.json is empty")


def test_control_characters_in_a_manifest_title_are_text_not_a_fault(
    good_bundle: Path, tmp_path: Path, other: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    """A title with ESC imports (it is the sender's text) but never reaches a terminal raw."""
    document = json.loads(manifest_text(good_bundle))
    document["case_study"]["title"] = "Permit\x1b]0;PWNED\x07\x1b[2J portal\nsecond line"
    bundle = with_manifest_text(good_bundle, tmp_path / "esc.zip", json.dumps(document))
    data_dir = str(tmp_path / "other-machine")
    assert (
        main(["--data-dir", data_dir, "case-studies", "import", str(bundle)], setup_logs=False) == 0
    )
    imported = capsys.readouterr()
    assert main(["--data-dir", data_dir, "case-studies", "list"], setup_logs=False) == 0
    out, err = capsys.readouterr()
    shown = imported.out + imported.err + out + err
    assert "\x1b" not in shown and "\x07" not in shown
    (line,) = [line for line in out.splitlines() if "PWNED" in line]  # one line in the list
    assert "portal second line" in line


# ---- cause 10: nesting and size ---------------------------------------------------------------
@pytest.mark.parametrize("depth", [100_000, 5_000])
def test_manifest_nested_deep(
    good_bundle: Path, tmp_path: Path, other: Workspace, depth: int
) -> None:
    bad = with_manifest_text(good_bundle, tmp_path / "deep.zip", "[" * depth + "]" * depth)
    refused(other, bad, "nested too deeply")


def test_manifest_nested_deep_inside_a_free_form_field(
    good_bundle: Path, tmp_path: Path, other: Workspace
) -> None:
    """Deep enough to pass the JSON reader, inside a field the schema leaves open."""
    document = json.loads(manifest_text(good_bundle))
    text = json.dumps(document)
    nested = "[" * 900 + "]" * 900
    text = text.replace('"title": "Permit portal"', f'"title": "Permit portal", "x": {nested}', 1)
    bad = with_manifest_text(good_bundle, tmp_path / "deep.zip", text)
    with pytest.raises(BriefingError):  # refused by the schema (no such field), not a crash
        import_bundle(other, bad)


def test_manifest_nested_deep_by_cli(
    good_bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = with_manifest_text(good_bundle, tmp_path / "deep.zip", "{" + '"a":{' * 100_000)
    assert main(["case-studies", "import", str(bad)], setup_logs=False) == 4
    err = capsys.readouterr().err
    assert "internal error" not in err
    assert "manifest.json is not valid JSON" in err


def test_manifest_over_the_size_limit(good_bundle: Path, tmp_path: Path, other: Workspace) -> None:
    huge = b'{"format": "' + b" " * (16 * 1024 * 1024 + 1) + b'"}'
    bad = tmp_path / "huge.zip"
    with zipfile.ZipFile(bad, "w", zipfile.ZIP_STORED) as archive:  # stored: no zip-bomb ratio
        archive.writestr("manifest.json", huge)
    refused(other, bad, "its manifest is 16,777,231 bytes, over the 16,777,216 bytes")


def test_manifest_with_a_huge_number(good_bundle: Path, tmp_path: Path, other: Workspace) -> None:
    document = manifest_text(good_bundle).replace(
        '"schema_version": 1', '"schema_version": 1' + "0" * 5000
    )
    bad = with_manifest_text(good_bundle, tmp_path / "bad.zip", document)
    refused(other, bad, "manifest.json is not valid JSON")


# ---- the zip itself (regression cases: these held before issue 13) -----------------------
@pytest.mark.parametrize(
    ("name", "message"),
    [*ESCAPING_NAMES, ("materials/\x1b[2Jevil", "has control characters in its name")],
    ids=["dotdot", "nested-dotdot", "absolute", "drive", "backslash", "control-in-name"],
)
def test_zip_slip(
    good_bundle: Path, tmp_path: Path, other: Workspace, name: str, message: str
) -> None:
    bad = rebuild(good_bundle, tmp_path / "bad.zip", extra=[(member_info(name), b"owned")])
    refused(other, bad, message)
    assert not (tmp_path / "evil.txt").exists()


def test_symlink_member(good_bundle: Path, tmp_path: Path, other: Workspace) -> None:
    link = member_info("materials/" + "a" * 64, stat.S_IFLNK | 0o777)
    bad = rebuild(good_bundle, tmp_path / "bad.zip", extra=[(link, b"/etc/passwd")])
    refused(other, bad, "is a symbolic link")


def test_zip_bomb(good_bundle: Path, tmp_path: Path, other: Workspace) -> None:
    zeros = bytes(20 * 1024 * 1024)
    name = "materials/" + hashlib.sha256(zeros).hexdigest()
    bad = rebuild(good_bundle, tmp_path / "bomb.zip", members=lambda files: {**files, name: zeros})
    refused(other, bad, "a zip bomb")


def test_duplicate_entries(good_bundle: Path, tmp_path: Path, other: Workspace) -> None:
    with zipfile.ZipFile(good_bundle) as archive:
        manifest = archive.read("manifest.json")
    with pytest.warns(UserWarning, match="Duplicate name"):
        bad = rebuild(
            good_bundle, tmp_path / "bad.zip", extra=[(member_info("manifest.json"), manifest)]
        )
    refused(other, bad, "appears twice")


def test_missing_file(good_bundle: Path, tmp_path: Path, other: Workspace) -> None:
    def drop_pdf(files: dict[str, bytes]) -> dict[str, bytes]:
        return {n: d for n, d in files.items() if not d.startswith(b"%PDF")}

    bad = rebuild(good_bundle, tmp_path / "bad.zip", members=drop_pdf)
    refused(other, bad, "names the file 'slides.pdf'")


def test_missing_manifest(good_bundle: Path, tmp_path: Path, other: Workspace) -> None:
    bad = rebuild(good_bundle, tmp_path / "bad.zip", manifest=lambda doc: ...)
    refused(other, bad, "no manifest.json")


def test_checksum_mismatch(good_bundle: Path, tmp_path: Path, other: Workspace) -> None:
    def tamper(files: dict[str, bytes]) -> dict[str, bytes]:
        return {
            n: (b"%PDF-1.7 EVIL" + d[13:]) if d.startswith(b"%PDF") else d for n, d in files.items()
        }

    bad = rebuild(good_bundle, tmp_path / "bad.zip", members=tamper)
    refused(other, bad, "checksum mismatch")


@pytest.mark.parametrize("keep", [0.2, 0.5, 0.9, 0.999])
def test_truncated_zip(good_bundle: Path, tmp_path: Path, other: Workspace, keep: float) -> None:
    data = good_bundle.read_bytes()
    bad = tmp_path / "cut.zip"
    bad.write_bytes(data[: int(len(data) * keep)])
    refused(other, bad, "")


def test_encrypted_member(good_bundle: Path, tmp_path: Path, other: Workspace) -> None:
    bad = rebuild(good_bundle, tmp_path / "bad.zip")
    data = bytearray(bad.read_bytes())
    central = data.find(b"PK\x01\x02")  # the manifest's central directory entry
    data[central + 8] |= 0x1  # "encrypted"
    bad.write_bytes(bytes(data))
    refused(other, bad, "is encrypted")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda doc: doc["case_study"].update(title=5), "invalid at case_study.title"),
        (lambda doc: doc.update(materials={}), "invalid at materials"),
        (lambda doc: doc.update(revisions=None), "invalid at revisions"),
        (lambda doc: doc["materials"][0].update(size=-1), "invalid at materials.0.size"),
        (lambda doc: doc["materials"][0].update(sha256="../../x"), "invalid at materials.0"),
        (lambda doc: doc.update(schema_version=True), "invalid at schema_version"),
        (lambda doc: doc.update(schema_version=10**20), "written by a newer version"),
    ],
    ids=[
        "title-number",
        "materials-object",
        "revisions-null",
        "negative-size",
        "sha-path",
        "bool-version",
        "huge-version",
    ],
)
def test_wrong_types_in_the_manifest(
    good_bundle: Path,
    tmp_path: Path,
    other: Workspace,
    change: Callable[[dict[str, Any]], Any],
    message: str,
) -> None:
    bad = rebuild(good_bundle, tmp_path / "bad.zip", manifest=change)
    refused(other, bad, message)


@pytest.mark.parametrize(
    "document", ["[]", '"x"', "null", "1"], ids=["list", "string", "null", "number"]
)
def test_manifest_that_is_not_an_object(
    good_bundle: Path, tmp_path: Path, other: Workspace, document: str
) -> None:
    bad = with_manifest_text(good_bundle, tmp_path / "bad.zip", document)
    refused(other, bad, "not a case-study bundle manifest")


def test_read_bundle_refuses_like_import(good_bundle: Path, tmp_path: Path) -> None:
    """The GUI's preview reads the same way: a deep manifest is a BundleError there too."""
    bad = with_manifest_text(good_bundle, tmp_path / "deep.zip", "[" * 100_000)
    with pytest.raises(BundleError, match="nested too deeply"):
        read_bundle(bad, max_file_bytes=1 << 20)


# ---- fuzzing: mutated real bundles ------------------------------------------------------------
_KNOWN = (BriefingError,)


def _fuzz_import(workspace: Workspace, data: bytes, target: Path) -> None:
    """Import *data* as a bundle: success or a known error; after a refusal nothing changed."""
    target.write_bytes(data)
    before = workspace.store.dump()
    files = tree(workspace.materials.root)
    try:
        import_bundle(workspace, target, on_conflict="keep-both")
    except _KNOWN:
        assert workspace.store.dump() == before
        assert tree(workspace.materials.root) == files


@pytest.fixture(scope="module")
def fuzz_machine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, Path]]:
    root = tmp_path_factory.mktemp("fuzz")
    with open_store(root / "data") as store:
        yield Workspace(store), root


@pytest.fixture(scope="module")
def small_bundle(fuzz_machine: tuple[Workspace, Path]) -> bytes:
    """A small real bundle (a note with history, a file, a link): fast to mutate and read."""
    workspace, root = fuzz_machine
    case = workspace.create("Fuzz", summary="s", tags=["t"])
    workspace.save_note(case.id, "one")
    workspace.save_note(case.id, "two")
    attached = root / "a.txt"
    attached.write_bytes(b"hello " * 100)
    workspace.attach_file(case.id, attached)
    workspace.attach_link(case.id, "https://example.org/", name="x")
    target = root / "small.zip"
    export_bundle(workspace, case.id, target)
    workspace.delete(case.id)
    return target.read_bytes()


_FUZZ = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@_FUZZ
@given(data=st.data())
def test_fuzz_flipped_bytes(
    fuzz_machine: tuple[Workspace, Path], small_bundle: bytes, data: st.DataObject
) -> None:
    workspace, root = fuzz_machine
    raw = bytearray(small_bundle)
    flips = data.draw(st.lists(st.integers(0, len(raw) - 1), min_size=1, max_size=8))
    for position in flips:
        raw[position] ^= data.draw(st.integers(1, 255))
    _fuzz_import(workspace, bytes(raw), root / "flipped.zip")


@_FUZZ
@given(cut=st.integers(0, 4000))
def test_fuzz_truncated(
    fuzz_machine: tuple[Workspace, Path], small_bundle: bytes, cut: int
) -> None:
    workspace, root = fuzz_machine
    _fuzz_import(workspace, small_bundle[: max(0, len(small_bundle) - cut)], root / "cut.zip")


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


@_FUZZ
@given(data=st.data())
def test_fuzz_manifest_mutations(
    fuzz_machine: tuple[Workspace, Path], small_bundle: bytes, data: st.DataObject
) -> None:
    """Replace any value of the real manifest with any JSON value (wrong types, nulls, text)."""
    workspace, root = fuzz_machine
    with zipfile.ZipFile(io.BytesIO(small_bundle)) as archive:
        document = json.loads(archive.read("manifest.json"))
        files = {n: archive.read(n) for n in archive.namelist() if n != "manifest.json"}
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(_paths(document)[1:]))
        parent = document
        for step in path[:-1]:
            parent = parent[step]
        if data.draw(st.booleans()) and isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent[path[-1]] = data.draw(_JSON)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("manifest.json", json.dumps(document))
        for name, content in files.items():
            archive.writestr(name, content)
    _fuzz_import(workspace, buffer.getvalue(), root / "mutated.zip")


def test_fuzz_store_is_a_real_one(fuzz_machine: tuple[Workspace, Path]) -> None:
    """The fuzzed store is the app's (the sample loaded), so "unchanged" is checked on real data."""
    workspace, _root = fuzz_machine
    assert isinstance(workspace.store, Store)
    assert workspace.store.sessions()
