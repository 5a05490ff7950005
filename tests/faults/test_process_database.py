"""The fault matrix, process and database family: full disk, damage, locks, permissions, kill -9.

Each case is the command a user runs (the real command line, in this process or
in a child) against a real SQLite file in a real situation: a small tmpfs
filled to the last byte (as root; else SQLite's ``max_page_count``, its own
"full" for one file), bytes flipped in a page, a process holding the write
lock, a folder without write permission, a sync killed with SIGKILL.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing_app.cli import main
from briefing_app.errors import DiskFullError
from briefing_app.platform.fileutil import write_atomically
from briefing_app.store import Store

ROOT = Path(__file__).resolve().parents[2]
BENCHMARKS = ROOT / "benchmarks"


def cli(capsys: pytest.CaptureFixture[str], data_dir: Path, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(["--data-dir", str(data_dir), *argv], setup_logs=False)
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def big_feed(path: Path, sessions: int, *, seed: int = 1, tag: str = "") -> Path:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from make_feed import make_feed
    finally:
        sys.path.remove(str(BENCHMARKS))
    doc = make_feed(sessions, seed)
    if tag:
        for item in doc["sessions"]:
            item["title"] += f" {tag}"
    path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    return path


def rows_of(db: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return [tuple(row) for row in conn.execute(sql)]
    finally:
        conn.close()


# ---- a full disk ---------------------------------------------------------------------
class SmallDisk:
    """A folder on a 3 MB tmpfs of its own, which :meth:`fill` fills to the last byte.

    Without root (or where tmpfs cannot be mounted) the folder is ordinary and
    :meth:`fill` caps the database with SQLite's ``max_page_count`` instead:
    every Store opened afterwards can grow it by no page.
    """

    def __init__(self, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.path = path
        self.monkeypatch = monkeypatch
        self.filler = path / "filler"
        path.mkdir(parents=True)
        self.tmpfs = False
        wanted = not os.environ.get("BRIEFING_TEST_NO_TMPFS")  # to try the fallback
        if wanted and hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("mount"):
            done = subprocess.run(
                ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(path)],
                capture_output=True,
                check=False,
            )
            self.tmpfs = done.returncode == 0

    def fill(self) -> None:
        if not self.tmpfs:
            self._cap_databases()
            return
        fd = os.open(self.filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        try:
            chunk = b"\0" * 65536
            while chunk:
                try:
                    os.write(fd, chunk)
                except OSError:
                    chunk = chunk[: len(chunk) // 2]
        finally:
            os.close(fd)
        assert shutil.disk_usage(self.path).free < 8192

    def _cap_databases(self) -> None:
        original = Store.set_busy_timeout

        def capped(store: Store, seconds: float) -> None:
            original(store, seconds)
            pages = store.db.execute("PRAGMA page_count").fetchone()[0]
            store.db.execute(f"PRAGMA max_page_count = {pages}")

        self.monkeypatch.setattr(Store, "set_busy_timeout", capped)

    def release(self) -> None:
        """Make room again (the database's own caps stay until the test ends)."""
        self.filler.unlink(missing_ok=True)

    def unmount(self) -> None:
        if self.tmpfs:
            subprocess.run(["umount", "-l", str(self.path)], check=False, capture_output=True)


@pytest.fixture
def small_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SmallDisk]:
    disk = SmallDisk(tmp_path / "disk", monkeypatch)
    try:
        yield disk
    finally:
        disk.unmount()


DISK_FULL = "the disk is full: "


def _assert_disk_full(code: int, err: str, where: Path) -> None:
    assert code == 5, err
    assert DISK_FULL + str(where) in err, err
    assert "the operation needed about " in err and "MB (free: " in err, err
    assert "internal error" not in err


def test_full_disk_favourite(
    capsys: pytest.CaptureFixture[str], small_disk: SmallDisk, tmp_path: Path
) -> None:
    data = small_disk.path / "data"
    feed = big_feed(tmp_path / "big.json", 600)
    assert cli(capsys, data, "import", str(feed))[0] == 0
    ids = [int(row[0]) for row in rows_of(data / "briefing.db", "SELECT id FROM sessions")]
    small_disk.fill()
    # A favourite may fit in a page the file has: favourite until the disk is full.
    with Store(data / "briefing.db") as store:
        with pytest.raises(DiskFullError):
            for session_id in ids[1:]:
                store.set_favourite(session_id)
        saved = [row[0] for row in store.db.execute("SELECT session_id FROM favourites")]
    code, _out, err = cli(capsys, data, "favourite", str(ids[0]))
    _assert_disk_full(code, err, data / "briefing.db")
    small_disk.release()
    assert sorted(
        r[0] for r in rows_of(data / "briefing.db", "SELECT session_id FROM favourites")
    ) == sorted(saved)
    assert rows_of(data / "briefing.db", "PRAGMA integrity_check") == [("ok",)]


def test_full_disk_note(
    capsys: pytest.CaptureFixture[str], small_disk: SmallDisk, tmp_path: Path
) -> None:
    data = small_disk.path / "data"
    assert cli(capsys, data, "note", "2", "kept")[0] == 0
    small_disk.fill()
    code, _out, err = cli(capsys, data, "note", "2", "words " * 100_000)
    _assert_disk_full(code, err, data / "briefing.db")
    small_disk.release()
    assert rows_of(data / "briefing.db", "SELECT body FROM session_notes") == [("kept",)]


def test_full_disk_sync(
    capsys: pytest.CaptureFixture[str], small_disk: SmallDisk, tmp_path: Path
) -> None:
    data = small_disk.path / "data"
    assert cli(capsys, data, "sessions")[0] == 0
    feed = big_feed(tmp_path / "big.json", 2000)
    assert cli(capsys, data, "feeds", "add", str(feed), "--no-sync")[0] == 0
    before = rows_of(data / "briefing.db", "SELECT count(*) FROM sessions")
    small_disk.fill()
    code, _out, err = cli(capsys, data, "sync")
    assert code == 5, err
    assert DISK_FULL + str(data / "briefing.db") in err, err
    small_disk.release()
    assert rows_of(data / "briefing.db", "SELECT count(*) FROM sessions") == before
    assert rows_of(data / "briefing.db", "PRAGMA integrity_check") == [("ok",)]


def test_full_disk_import(
    capsys: pytest.CaptureFixture[str], small_disk: SmallDisk, tmp_path: Path
) -> None:
    data = small_disk.path / "data"
    assert cli(capsys, data, "sessions")[0] == 0
    feed = big_feed(tmp_path / "big.json", 2000)
    small_disk.fill()
    code, _out, err = cli(capsys, data, "import", str(feed))
    _assert_disk_full(code, err, data / "briefing.db")
    small_disk.release()
    assert rows_of(data / "briefing.db", "SELECT count(*) FROM feeds") == [(1,)]


def test_full_disk_export_ics(
    capsys: pytest.CaptureFixture[str], small_disk: SmallDisk, tmp_path: Path
) -> None:
    if not small_disk.tmpfs:  # no disk of our own to fill: fill the target's with a write
        pytest.skip("needs a tmpfs (root); the database cases run without one")
    data = tmp_path / "data"
    target = small_disk.path / "all.ics"
    target.write_bytes(b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    small_disk.fill()
    code, _out, err = cli(capsys, data, "export-ics", "--all", "-o", str(target))
    _assert_disk_full(code, err, target)
    assert target.read_bytes() == b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
    assert sorted(p.name for p in small_disk.path.iterdir()) == ["all.ics", "filler"]


def test_write_atomically_on_a_full_disk_leaves_no_partial_file(small_disk: SmallDisk) -> None:
    if not small_disk.tmpfs:
        pytest.skip("needs a tmpfs (root)")
    target = small_disk.path / "agenda.ics"
    small_disk.fill()
    with pytest.raises(DiskFullError) as caught:
        write_atomically(target, b"x" * 1_000_000)
    assert caught.value.needed == 1_000_000
    assert not target.exists()
    assert sorted(p.name for p in small_disk.path.iterdir()) == ["filler"]
