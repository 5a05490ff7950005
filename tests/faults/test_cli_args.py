"""Fault matrix, command-line arguments: text that is not UTF-8 is refused at the edge.

On POSIX a shell can pass any bytes (``note 3 $'bad \\xff'``); Python hands them over
as lone surrogates (``'bad \\udcff'``), which no encoder, SQLite or terminal takes.
The rule: every text argument is checked once after parsing; a bad one is a usage
error (exit 2) naming the argument and showing the byte, and nothing is stored.
Valid text, any script or emoji, and control characters the user typed are text.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing_app.cli.main import main
from briefing_app.store import Store
from briefing_app.usecases.startup import open_store
from briefing_app.workspace import Workspace


@pytest.fixture
def store_snapshot(data_dir: Path) -> Iterator[Store]:
    """The user's store (the sample); the test checks it is unchanged after a refusal."""
    with open_store(data_dir) as store:
        yield store


def refused(
    capsys: pytest.CaptureFixture[str], store: Store, argv: list[str], name: str, shown: str
) -> str:
    before = store.dump()
    code = main(argv, setup_logs=False)
    out, err = capsys.readouterr()
    assert code == 2, err
    assert out == ""
    assert "internal error" not in err
    assert f"{name}: '{shown}' is not valid UTF-8 text" in err, err
    assert len(err.splitlines()) == 1
    assert store.dump() == before
    return err


@pytest.mark.parametrize(
    ("argv", "name", "shown"),
    [
        (["note", "1", "bad \udcff"], "TEXT", "bad \\xff"),
        (["note", "1\udcff", "fine"], "ID", "1\\xff"),
        (["case-studies", "new", "x\udcffy"], "TITLE", "x\\xffy"),
        (
            ["case-studies", "new", "ok", "--organization", "\udce9cole"],
            "--organization",
            "\\xe9cole",
        ),
        (["case-studies", "new", "ok", "--tags", "a,\udcc3"], "--tags", "a,\\xc3"),
        (["case-studies", "new", "ok", "--summary", "\ud800"], "--summary", "\\ud800"),
        (["case-studies", "note", "1", "\udcff\udcfe"], "TEXT", "\\xff\\xfe"),
        (
            ["case-studies", "attach", "1", "/tmp/sl\udce9des.pdf"],
            "FILE|URL",
            "/tmp/sl\\xe9des.pdf",
        ),
        (["case-studies", "import", "b\udcffd.zip"], "FILE", "b\\xffd.zip"),
        (["sessions", "--search", "caf\udce9"], "--search", "caf\\xe9"),
        (["presenters", "--search", "\udcff"], "--search", "\\xff"),
        (["sessions", "--tz", "Europe/\udcff"], "--tz", "Europe/\\xff"),
        (["feeds", "add", "https://example.org/\udcff"], "URL|PATH", "https://example.org/\\xff"),
        (["feeds", "add", "x.xml", "--title", "\udcff"], "--title", "\\xff"),
        (["feeds", "add", "x.xml", "--timezone", "\udcff"], "--timezone", "\\xff"),
        (["import", "feed\udcff.json"], "FILE", "feed\\xff.json"),
        (["export-ics", "--all", "-o", "out\udcff.ics"], "--output", "out\\xff.ics"),
        (["export-ics", "--session", "1", "\udcff"], "--session", "\\xff"),
        (["favourite", "\udcff"], "ID", "\\xff"),
        (["show", "\udcff"], "ID", "\\xff"),
        (["--data-dir", "/tmp/\udcff", "sessions"], "--data-dir", "/tmp/\\xff"),
    ],
    ids=[
        "note-text",
        "note-id",
        "case-new-title",
        "case-new-organization",
        "case-new-tags",
        "case-new-summary-lone-surrogate",
        "case-note-text",
        "case-attach-path",
        "case-import-path",
        "sessions-search",
        "presenters-search",
        "tz",
        "feeds-add-url",
        "feeds-add-title",
        "feeds-add-timezone",
        "import-path",
        "export-output",
        "export-session",
        "favourite-id",
        "show-id",
        "data-dir",
    ],
)
def test_argument_not_utf8(
    capsys: pytest.CaptureFixture[str],
    store_snapshot: Store,
    argv: list[str],
    name: str,
    shown: str,
) -> None:
    refused(capsys, store_snapshot, argv, name, shown)


def test_bad_bytes_in_the_text_of_a_note_leave_the_old_note(
    capsys: pytest.CaptureFixture[str], store_snapshot: Store
) -> None:
    store_snapshot.set_note(1, "keep me")
    refused(capsys, store_snapshot, ["note", "1", "bad \udcff"], "TEXT", "bad \\xff")
    assert store_snapshot.note(1) == "keep me"


def test_a_file_to_open_with_bad_bytes_is_refused_before_the_window(tmp_path: Path) -> None:
    """``briefing-app $'\\xff.ics'`` (what a file manager passes): exit 2, no window."""
    done = subprocess.run(
        [sys.executable, "-m", "briefing_app", os.fsencode(tmp_path) + b"/\xff.ics"],
        capture_output=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "BRIEFING_APP_DATA_DIR": str(tmp_path)},
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert b"FILE: '" in done.stderr and b"\\xff.ics' is not valid UTF-8 text" in done.stderr


@pytest.mark.parametrize(
    ("args", "name"),
    [
        ([b"note", b"1", b"bad \xff"], b"TEXT: 'bad \\xff'"),
        ([b"case-studies", b"new", b"x\xffy"], b"TITLE: 'x\\xffy'"),
    ],
    ids=["note", "case-studies-new"],
)
def test_raw_bytes_from_a_real_shell(data_dir: Path, args: list[bytes], name: bytes) -> None:
    """The bytes as a shell passes them, through a real process: exit 2, nothing stored."""
    with open_store(data_dir) as store:
        before = store.dump()
    done = subprocess.run(
        [sys.executable, "-m", "briefing_app", *args],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert name + b" is not valid UTF-8 text" in done.stderr
    assert b"internal error" not in done.stderr
    with open_store(data_dir) as store:
        assert store.dump() == before


@pytest.mark.parametrize(
    "text",
    ["Café — naïve", "東京で会いましょう", "emoji 😀 ok", "tab\there", "escape \x1b[2J typed"],
    ids=["latin", "japanese", "emoji", "tab", "escape-typed"],
)
def test_valid_text_is_taken_as_it_is(
    capsys: pytest.CaptureFixture[str], store_snapshot: Store, text: str
) -> None:
    assert main(["note", "1", text], setup_logs=False) == 0
    assert store_snapshot.note(1) == text  # the user's own text is stored exactly
    assert main(["note", "1"], setup_logs=False) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out  # and shown safely


def test_case_study_notes_from_stdin_that_are_not_utf8(data_dir: Path) -> None:
    """``case-studies note ID -`` reads stdin: bad bytes there are refused the same way."""
    with open_store(data_dir) as store:
        case = Workspace(store).create("Mine")
        before = store.dump()
    done = subprocess.run(
        [sys.executable, "-m", "briefing_app", "case-studies", "note", str(case.id), "-"],
        input=b"notes \xff\xfe",
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert b"standard input is not UTF-8 text" in done.stderr
    with open_store(data_dir) as store:
        assert store.dump() == before


def test_case_study_notes_from_stdin_in_utf8(data_dir: Path) -> None:
    with open_store(data_dir) as store:
        case = Workspace(store).create("Mine")
    done = subprocess.run(
        [sys.executable, "-m", "briefing_app", "case-studies", "note", str(case.id), "-"],
        input="# Notes — café\n".encode(),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    with open_store(data_dir) as store:
        assert Workspace(store).get(case.id).note == "# Notes — café\n"


def test_case_study_notes_from_an_endless_stdin(data_dir: Path) -> None:
    """``case-studies note ID - < /dev/zero`` stops at the limit: refused, nothing saved."""
    with open_store(data_dir) as store:
        case = Workspace(store).create("Mine")
        before = store.dump()
    with Path("/dev/zero").open("rb") as zero:
        done = subprocess.run(
            [sys.executable, "-m", "briefing_app", "case-studies", "note", str(case.id), "-"],
            stdin=zero,
            capture_output=True,
            timeout=60,
            check=False,
        )
    assert done.returncode == 2, done.stderr
    assert b"the standard input holds more than 16 MiB" in done.stderr
    with open_store(data_dir) as store:
        assert store.dump() == before


def test_a_session_note_from_stdin(data_dir: Path) -> None:
    """``note ID -`` reads the note from stdin, as ``case-studies note ID -`` does (not a "-")."""
    done = subprocess.run(
        [sys.executable, "-m", "briefing_app", "note", "1", "-"],
        input="Ask about — the budget\n".encode(),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    with open_store(data_dir) as store:
        assert store.note(1) == "Ask about — the budget\n"


@pytest.mark.parametrize(
    ("given", "words"),
    [(b"bad \xff", b"not UTF-8 text"), (b"x" * (16 * 1024 * 1024 + 1), b"more than 16 MiB")],
    ids=["not-utf8", "too-long"],
)
def test_a_session_note_from_stdin_refused(data_dir: Path, given: bytes, words: bytes) -> None:
    with open_store(data_dir) as store:
        before = store.dump()
    done = subprocess.run(
        [sys.executable, "-m", "briefing_app", "note", "1", "-"],
        input=given,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert words in done.stderr
    with open_store(data_dir) as store:
        assert store.dump() == before


def test_data_dir_variable_not_utf8(tmp_path: Path) -> None:
    """``BRIEFING_APP_DATA_DIR=$'/tmp/q\\xff2'``: the --data-dir rule, not an internal error."""
    folder = os.fsencode(tmp_path) + b"/q\xff2"
    env = {os.fsencode(k): os.fsencode(v) for k, v in os.environ.items()}
    env[b"BRIEFING_APP_DATA_DIR"] = folder
    done = subprocess.run(
        [sys.executable, "-m", "briefing_app", "sessions"],
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
    )
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 2, err
    assert "BRIEFING_APP_DATA_DIR: '" in err and "\\xff2' is not valid UTF-8 text" in err, err
    assert "internal error" not in err and "Traceback" not in err
    assert not Path(os.fsdecode(folder)).exists()  # nothing made there
