"""The file-input fault matrix: what a user names instead of a file, for each command reading one.

``import`` (a feed or an .ics invite), ``feeds add`` (a path or a ``file://`` URI),
``case-studies import`` (a bundle) and ``case-studies attach`` (a material) each
get a named pipe, ``/dev/zero``, a folder, a socket, a file over the limit, a
symbolic-link loop, a path through a file, a missing file. Each case asserts the
command's exit code and a one-line message naming the path and what it is,
that it returns at once (a pipe is never opened for reading, ``/dev/zero`` never
read), and that the store is exactly as before. A case that blocks fails after a
guard time instead of hanging the suite.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from support.bounded import cli, run_bounded
from support.privileges import as_plain_user
from support.work import bytes_read

from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes
from briefing_app.store import Store

#: A command still running after this long has hung (on a FIFO, say).
GUARD = 30.0
#: Every refusal here is a look at the file, not a read: counted in bytes the process read
#: (not timed: the machine is shared). Room for modules a command imports on first use;
#: reading the file would be 50 MiB (the limit) or the 300 MB of the oversized one.
READ_AT_MOST = 16 * 1024 * 1024


def _unblock() -> None:
    """A command stuck opening a FIFO is released by opening its other end (see ``fifo``)."""
    for fifo in _FIFOS:
        try:
            fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:
            continue
        os.close(fd)


_FIFOS: list[Path] = []


# ---- what the user names ---------------------------------------------------------------
def fifo(folder: Path, name: str) -> Path:
    path = folder / name
    os.mkfifo(path)
    _FIFOS.append(path)
    return path


def dev_zero(folder: Path, name: str) -> Path:
    path = folder / name  # a name the command expects (feed.json), pointing at the device
    path.symlink_to("/dev/zero")
    return path


def directory(folder: Path, name: str) -> Path:
    path = folder / name
    path.mkdir()
    return path


def unix_socket(folder: Path, name: str) -> Path:
    path = folder / name
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(path))
    _SOCKETS.append(listener)
    return path


_SOCKETS: list[socket.socket] = []


def oversize(folder: Path, name: str) -> Path:
    path = folder / name
    with path.open("wb") as handle:  # sparse: no disk used
        handle.truncate(300 * 1024 * 1024)
    return path


def symlink_loop(folder: Path, name: str) -> Path:
    path = folder / name
    other = folder / f"other-{name}"
    path.symlink_to(other)
    other.symlink_to(path)
    return path


def through_a_file(folder: Path, name: str) -> Path:
    blocker = folder / "a-file"
    blocker.write_text("not a folder")
    return blocker / name


def missing(folder: Path, name: str) -> Path:
    return folder / "nowhere" / name


#: fault -> (make it, words the message says)
INPUTS: dict[str, tuple[Callable[[Path, str], Path], str]] = {
    "fifo": (fifo, "it is a named pipe (FIFO), not a file"),
    "dev-zero": (dev_zero, "it is a device, not a file"),
    "directory": (directory, "it is a folder, not a file"),
    "socket": (unix_socket, "it is a socket, not a file"),
    "oversize": (oversize, "too large (314,572,800 bytes; the limit is"),
    "symlink-loop": (symlink_loop, "its symbolic links go round in a loop"),
    "path-through-a-file": (through_a_file, "cannot read it: Not a directory"),
    "missing": (missing, ""),
}


@pytest.fixture(autouse=True)
def _cleanup() -> Iterator[None]:
    yield
    _FIFOS.clear()
    while _SOCKETS:
        _SOCKETS.pop().close()


@pytest.fixture
def db(capsys: pytest.CaptureFixture[str], data_dir: Path) -> Path:
    """The data folder as a user has it: the sample, and a case study of their own."""
    code, out, err = cli(capsys, "case-studies", "new", "My study")
    assert code == 0, err
    COMMANDS["attach"] = (("case-studies", "attach", out.split()[0]), "slides.pdf", 3, 4)
    return data_dir / "briefing.db"


#: command -> (argv before the path, file name, exit code for a missing file, for the others)
COMMANDS: dict[str, tuple[tuple[str, ...], str, int, int]] = {
    "import-feed": (("import",), "feed.json", 3, 6),
    "import-ics": (("import",), "invite.ics", 3, 6),
    "feeds-add-path": (("feeds", "add"), "feed.xml", 3, 6),
    "feeds-add-file-uri": (("feeds", "add"), "feed.json", 3, 6),
    "bundle-import": (("case-studies", "import"), "study.zip", 3, 4),
    "attach": (("case-studies", "attach", "ID"), "slides.pdf", 3, 4),  # ID: see ``db``
}


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("fault", list(INPUTS))
def test_a_command_refuses_what_is_not_a_usable_file(
    fault: str, command: str, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv, name, missing_code, code_expected = COMMANDS[command]
    make, words = INPUTS[fault]
    if command == "attach" and fault == "oversize":
        words = "one material can be at most"
    if command == "bundle-import" and fault == "oversize":
        words = "not a zip file"  # bundles have no size of their own: each file in one has
    folder = tmp_path / "inputs"
    folder.mkdir()
    path = make(folder, name)
    given = path.as_uri() if command == "feeds-add-file-uri" else str(path)
    with Store(db) as store:
        before = store.dump()
    read_before = bytes_read()
    result, _elapsed = run_bounded(lambda: cli(capsys, *argv, given), GUARD, unblock=_unblock)
    read = bytes_read() - read_before
    code, out, err = result
    if fault == "missing":
        assert code == missing_code, err
    else:
        assert code == code_expected, err
    assert out == ""
    assert err.startswith("briefing-app: error: ") and err.count("\n") == 1, err
    # ``feeds add`` follows a file under its real path: it names the link's target.
    assert str(path) in err or (command.startswith("feeds") and str(path.resolve()) in err), err
    assert words in err, err
    assert read < READ_AT_MOST, f"{read:,} bytes read"
    with Store(db) as store:
        assert store.dump() == before


def test_an_unreadable_file(db: Path, tmp_path: Path) -> None:
    """A file the user may not read (as root too: the child runs without root's capabilities)."""
    path = tmp_path / "feed.json"
    path.write_bytes(read_resource_bytes(SAMPLE_FEED))
    path.chmod(0)
    with Store(db) as store:
        before = store.dump()
    for argv in (("import",), ("feeds", "add")):
        done = subprocess.run(
            [*as_plain_user(), sys.executable, "-m", "briefing_app", *argv, str(path)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 6, done.stderr
        assert "cannot read it: Permission denied" in done.stderr, done.stderr
    with Store(db) as store:
        assert store.dump() == before


def test_a_regular_file_just_under_the_limit_still_imports(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The neighbour that must keep working: a feed padded to just under 50 MiB."""
    data = read_resource_bytes(SAMPLE_FEED).replace(b"reimagine-toronto-2020", b"padded", 1)
    path = tmp_path / "padded.json"
    path.write_bytes(data + b" " * (50 * 1024 * 1024 - len(data)))
    code, out, err = cli(capsys, "import", str(path))
    assert code == 0, err
    assert "imported" in out


def test_the_read_stops_past_the_limit_whatever_the_size_says(tmp_path: Path) -> None:
    """A file whose size says 0 (as /proc files do) or that grows is read only to the limit."""
    from briefing_app.platform.fileutil import UnusableFileError, read_regular_file

    proc = Path("/proc/self/status")
    if not proc.is_file() or proc.stat().st_size != 0:
        pytest.skip("needs a Linux /proc file that reports size 0")
    with pytest.raises(UnusableFileError, match=r"too large \(more than 100 bytes"):
        read_regular_file(proc, 100)
    assert len(read_regular_file(proc, 1_000_000)) > 100


@pytest.mark.parametrize("fault", ["fifo", "symlink-loop", "oversize"])
def test_the_window_import_says_so_in_its_banner(
    fault: str, qtbot, sample_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File › Import (or a file handed to the window): the same refusal, in the banner, at once."""
    from PySide6.QtWidgets import QMessageBox

    from briefing_app.ui.main_window import MainWindow

    dialogs: list[str] = []  # a crash dialog would be a bug (and would block the test)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: dialogs.append(box.text()) or 0)

    window = MainWindow(sample_store)
    qtbot.addWidget(window)
    make, words = INPUTS[fault]
    path = make(tmp_path, "invite.ics")
    before = sample_store.dump()
    read_before = bytes_read()
    window.import_file(path)
    try:
        qtbot.waitUntil(lambda: "Could not import" in window.messages.text(), timeout=5_000)
    finally:
        _unblock()  # a worker stuck opening the pipe is released, so the test can end
        qtbot.waitUntil(lambda: not window.tasks.busy, timeout=5_000)
    assert bytes_read() - read_before < READ_AT_MOST
    assert str(path) in window.messages.text() and words in window.messages.text()
    assert window.import_action.isEnabled()
    assert dialogs == []
    assert sample_store.dump() == before
