"""What may be opened, kept copies, safe file names, the shipped pre-read (no Qt)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing_app.platform.resources_util import resource
from briefing_app.store import MaterialRecord, Store
from briefing_app.usecases.materials import (
    Refusal,
    display_title,
    file_name,
    keep_shipped_prereads,
    kept_copy,
    materials_root,
    named_copy,
    refusal,
    shipped_prereads,
    web_link,
)
from briefing_app.util.filenames import is_device_name

PRE_READ = resource("prereads").joinpath("procurement-innovation-pre-read.html").read_bytes()


def _record(url: str, title: str = "t", **extra: object) -> MaterialRecord:
    return MaterialRecord(
        id=1,
        session_id=1,
        position=0,
        kind="slides",
        title=title,
        url=url,
        **extra,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("https://a.example/x.pdf", None),
        ("http://a.example/", None),
        ("javascript:alert(1)", (Refusal.SCHEME, "javascript")),
        ("JavaScript:alert(1)", (Refusal.SCHEME, "javascript")),
        ("file:///etc/passwd", (Refusal.SCHEME, "file")),
        ("data:text/html,x", (Refusal.SCHEME, "data")),
        ("mailto:a@b.example", (Refusal.SCHEME, "mailto")),
        ("ftp://a.example/x", (Refusal.SCHEME, "ftp")),
        ("https:///x", (Refusal.MALFORMED, "")),
        ("https://bank.example@evil.example/", (Refusal.MALFORMED, "")),
        ("http://[::1", (Refusal.MALFORMED, "")),
        ("/relative/path.pdf", (Refusal.MALFORMED, "")),
        ("\u202ehttps://a.example/", (Refusal.MALFORMED, "")),
        ("", (Refusal.EMPTY, "")),
    ],
)
def test_only_web_links_open(url: str, why: tuple[Refusal, str] | None) -> None:
    record = _record(url)
    assert refusal(record) == why
    assert (web_link(record) is not None) == (why is None)


@pytest.mark.parametrize(
    ("title", "url", "name"),
    [
        ("Deck", "https://a.example/files/deck.pdf", "Deck.pdf"),
        ("deck.PDF", "https://a.example/files/deck.pdf", "deck.PDF"),
        ("", "https://a.example/files/My%20deck.pdf", "My deck.pdf"),
        ("../../etc/passwd", "https://a.example/x.html", "_.._etc_passwd.html"),
        ('C:\\con\\aux<>:"|?*', "https://a.example/x", "C__con_aux_______"),
        ("..", "https://a.example/", "material"),
        ("", "javascript:alert(1)", "alert(1)"),
        # Windows' device names, with any extension and case (a file so named is a device).
        ("CON", "https://a.example/con.pdf", "CON_.pdf"),
        ("", "https://a.example/files/aux.tar.gz", "aux_.tar.gz"),
        ("Lpt1 .txt", "https://a.example/x", "Lpt1_.txt"),
        ("nul", "https://a.example/x", "nul_"),
        ("Console", "https://a.example/x.pdf", "Console.pdf"),
        ("COM10.pdf", "https://a.example/x", "COM10.pdf"),
    ],
)
def test_file_names_are_safe(title: str, url: str, name: str) -> None:
    assert file_name(_record(url, title)) == name


@given(st.text(max_size=400), st.text(max_size=400))
def test_any_name_stays_one_plain_file_name(title: str, url: str) -> None:
    name = file_name(_record(url, title))
    assert name and len(name) <= 120
    assert not set(name) & set('\\/:*?"<>|\x00') and name not in (".", "..")
    assert not is_device_name(name)
    assert "\n" not in display_title(_record(url, title))


def test_named_copies_stay_in_their_folder(tmp_path: Path) -> None:
    stored = tmp_path / "blob"
    stored.write_bytes(b"x")
    digest = hashlib.sha256(b"x").hexdigest()
    copy = named_copy(tmp_path / "root", digest, "../../escape.txt", stored)
    assert copy.parent == tmp_path / "root" / ".open" / digest[:16]
    assert copy.name == "_.._escape.txt" and copy.read_bytes() == b"x"
    device = named_copy(tmp_path / "root", digest, "prn.docx", stored)
    assert device.name == "prn_.docx" and device.read_bytes() == b"x"


def test_the_shipped_pre_read_is_kept_from_the_start_and_found_by_its_checksum(
    sample_store: Store, tmp_path: Path
) -> None:
    root = materials_root(sample_store)
    digest = hashlib.sha256(PRE_READ).hexdigest()
    shipped = shipped_prereads()[digest]
    assert shipped.read_bytes() == PRE_READ
    assert not root.exists()  # the workspace's folder stays the user's own
    materials = [m for ms in sample_store.materials_by_session().values() for m in ms]
    pre_reads = [m for m in materials if m.kind == "pre-read"]
    assert len(pre_reads) == 2 and all(kept_copy(m, root) == shipped for m in pre_reads)
    assert all(kept_copy(m, root) is None for m in materials if m.kind != "pre-read")
    # The hook for the offline store: copied into the content-addressed folder, once.
    assert [(k.sha256, k.size) for k in keep_shipped_prereads(root)] == [(digest, len(PRE_READ))]
    assert [(k.sha256, k.size) for k in keep_shipped_prereads(root)] == [(digest, len(PRE_READ))]
    in_folder = root / digest[:2] / digest
    assert in_folder.read_bytes() == PRE_READ
    assert all(kept_copy(m, root) == in_folder for m in pre_reads)
    # A declared checksum nothing holds: nothing kept, nothing claimed.
    assert kept_copy(_record("https://a.example/", checksum="0" * 64), root) is None
    assert kept_copy(_record("https://a.example/", kept_sha256=digest), tmp_path) == shipped
    assert kept_copy(_record("https://a.example/", kept_sha256="../../x"), tmp_path) is None


def test_a_named_copy_of_a_file_outside_the_folder_is_not_a_hard_link(tmp_path: Path) -> None:
    """The shipped pre-read lives in the app's install: opening it must not share that file."""
    shipped = tmp_path / "install" / "pre-read.html"
    shipped.parent.mkdir()
    shipped.write_bytes(b"<p>shipped</p>")
    digest = hashlib.sha256(b"<p>shipped</p>").hexdigest()
    copy = named_copy(tmp_path / "root", digest, "Pre-read.html", shipped)
    assert copy.read_bytes() == b"<p>shipped</p>"
    assert not copy.samefile(shipped)
    copy.write_bytes(b"edited in place")  # an application saving over what it opened
    assert shipped.read_bytes() == b"<p>shipped</p>"
