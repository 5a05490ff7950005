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
import random
import shutil
import signal
import socket
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from support.damage import damage_page_of
from support.privileges import as_plain_user

from briefing_app.cli import main
from briefing_app.errors import DatabaseBusyError, DatabaseDamagedError, DiskFullError
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

    def fill(self, reserve: int = 0) -> None:
        """Fill the disk, leaving *reserve* bytes free (room to open, not to write much)."""
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
        if reserve:
            os.truncate(self.filler, max(0, self.filler.stat().st_size - reserve))
        assert shutil.disk_usage(self.path).free < 8192 + reserve

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
    # What fits the 3 MB disk with room for the import's write-ahead log (schema 8's title
    # index made 600 sessions too many, the search's one-letter prefix index 500, the
    # bilingual sample and its texts' index 400).
    feed = big_feed(tmp_path / "big.json", 300)
    code, _out, import_err = cli(capsys, data, "import", str(feed))
    assert code == 0, import_err
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
    small_disk.fill(reserve=300_000)  # room to open the database, not for 2,000 sessions
    code, _out, err = cli(capsys, data, "import", str(feed))
    _assert_disk_full(code, err, data / "briefing.db")
    needed = float(err.split("needed about ")[1].split(" MB")[0])
    assert needed >= 1.0, err  # 2,000 sessions: megabytes, not a page
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


# ---- damage ------------------------------------------------------------------------------
DAMAGED = "is damaged or not a database"


@pytest.fixture
def used_store(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    """A data folder in use: 300 more sessions, two favourites and a note; today's check done."""
    data = tmp_path / "data"
    feed = big_feed(tmp_path / "feed.json", 300)
    assert cli(capsys, data, "import", str(feed))[0] == 0
    assert cli(capsys, data, "favourite", "2")[0] == 0
    assert cli(capsys, data, "favourite", "3")[0] == 0
    assert cli(capsys, data, "note", "3", "my words")[0] == 0
    return data


def _new_day(data: Path) -> None:
    """As on the next day: today's check and backup not made yet."""
    for backup in (data / "backups").glob("briefing-*.db"):
        backup.unlink()


def _damage_page_of(db: Path, table: str) -> None:
    damage_page_of(db, table, margin=16)


def test_damaged_page_is_found_at_the_daily_check(
    capsys: pytest.CaptureFixture[str], used_store: Path
) -> None:
    db = used_store / "briefing.db"
    _damage_page_of(db, "sessions")
    damaged = db.read_bytes()
    _new_day(used_store)
    for argv in (("sessions",), ("favourite", "4"), ("note", "2", "x"), ("agenda",)):
        code, _out, err = cli(capsys, used_store, *argv)
        assert code == 5, (argv, err)
        assert DAMAGED in err and str(db) in err and "db recover" in err, err
        assert "internal error" not in err
    assert db.read_bytes() == damaged  # untouched
    assert not list((used_store / "backups").glob("briefing-*.db"))  # no backup of damage


def test_damage_surfacing_later_is_exit_5_not_internal(
    capsys: pytest.CaptureFixture[str], used_store: Path
) -> None:
    db = used_store / "briefing.db"
    _damage_page_of(db, "sessions")  # today's check already passed: the read finds it
    code, _out, err = cli(capsys, used_store, "sessions")
    assert code == 5, err
    assert DAMAGED in err and "internal error" not in err


def test_recover_copies_what_can_be_read(
    capsys: pytest.CaptureFixture[str], used_store: Path
) -> None:
    db = used_store / "briefing.db"
    sessions_before = rows_of(db, "SELECT count(*) FROM sessions")[0][0]
    _damage_page_of(db, "sessions")
    damaged = db.read_bytes()
    code, out, err = cli(capsys, used_store, "db", "recover")
    assert code == 0, err
    kept = sorted(used_store.glob("briefing.db.damaged-*"))
    assert [p.name for p in kept if not p.name.endswith(("-wal", "-shm"))], out
    assert kept[0].read_bytes() == damaged
    assert "some rows could not be read" in out and "sessions:" in out
    assert rows_of(db, "PRAGMA integrity_check") == [("ok",)]
    left = rows_of(db, "SELECT count(*) FROM sessions")[0][0]
    assert 0 < left < sessions_before
    assert rows_of(db, "SELECT body FROM session_notes") == [("my words",)]
    assert cli(capsys, used_store, "sessions", "--search", "procurement")[0] == 0
    assert cli(capsys, used_store, "db", "check")[0] == 0


def test_recover_never_gives_a_lost_or_deleted_questions_number_again(
    capsys: pytest.CaptureFixture[str], used_store: Path
) -> None:
    """`db recover` of a damaged page of questions: a question added afterwards takes a
    number above every one the damaged store gave (deleted ones, lost ones), as SQLite's
    AUTOINCREMENT promises; it took the number after the highest row copied."""
    db = used_store / "briefing.db"
    with Store(db) as store:
        session = store.sessions()[0].id
        given = [
            store.add_question(session, f"Question {n} " + "words " * 30).id for n in range(300)
        ]
        for question in given[-5:]:  # the newest deleted: only the mark remembers them
            store.delete_question(question)
    damage_page_of(db, "session_questions", margin=16)
    code, out, err = cli(capsys, used_store, "db", "recover")
    assert code == 0, err
    assert "session_questions:" in out  # rows were lost
    with Store(db) as store:
        left = [q.id for q in store.questions(session)]
        assert 0 < len(left) < 295 and max(left) < max(given)
        code, out, err = cli(
            capsys, used_store, "questions", "add", "--session", str(session), "After?"
        )
        assert code == 0, err
        assert max(q.id for q in store.questions(session)) == max(given) + 1


def test_restore_a_backup(capsys: pytest.CaptureFixture[str], used_store: Path) -> None:
    db = used_store / "briefing.db"
    _new_day(used_store)
    assert cli(capsys, used_store, "sessions")[0] == 0  # the day's backup, with the note
    _damage_page_of(db, "sessions")
    code, out, _err = cli(capsys, used_store, "db", "backups")
    assert code == 0 and "daily" in out
    code, out, err = cli(capsys, used_store, "db", "restore", "1")
    assert code == 0, err
    assert "the previous file is kept as" in out
    assert rows_of(db, "PRAGMA integrity_check") == [("ok",)]
    assert rows_of(db, "SELECT body FROM session_notes") == [("my words",)]
    assert list(used_store.glob("briefing.db.replaced-*"))


def test_restore_never_gives_a_newer_questions_number_again(
    capsys: pytest.CaptureFixture[str], used_store: Path
) -> None:
    """A question added after the backup is not in it; its number stays used after `db
    restore` (a draft or a script may still name it): the next question takes a higher one."""
    db = used_store / "briefing.db"
    _new_day(used_store)
    with Store(db) as store:
        session = store.sessions()[0].id
        store.add_question(session, "In the backup")
    assert cli(capsys, used_store, "sessions")[0] == 0  # the day's backup, with the question
    with Store(db) as store:
        newer = store.add_question(session, "After the backup").id
    code, _out, err = cli(capsys, used_store, "db", "restore", "1")
    assert code == 0, err
    with Store(db) as store:
        assert [q.text for q in store.questions(session)] == ["In the backup"]
        assert store.add_question(session, "After the restore").id > newer


def test_restore_refuses_a_damaged_backup(
    capsys: pytest.CaptureFixture[str], used_store: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.db"
    shutil.copy(used_store / "briefing.db", bad)
    _damage_page_of(bad, "sessions")
    before = (used_store / "briefing.db").read_bytes()
    code, _out, err = cli(capsys, used_store, "db", "restore", str(bad))
    assert code == 5 and f"the backup {bad} is damaged" in err, err
    assert "db recover" not in err  # about the backup, not the user's database
    assert (used_store / "briefing.db").read_bytes() == before


@pytest.mark.parametrize(
    "fault",
    ["truncated-file", "text-file", "header-garbage"],
)
def test_unreadable_file_is_exit_5_and_left_alone(
    capsys: pytest.CaptureFixture[str], used_store: Path, fault: str
) -> None:
    db = used_store / "briefing.db"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = db.read_bytes()
    if fault == "truncated-file":
        db.write_bytes(data[: len(data) // 3])
    elif fault == "text-file":
        db.write_text("These are my meeting notes, not a database.\n" * 50, "utf-8")
    else:
        db.write_bytes(random.Random(3).randbytes(100) + data[100:])
    damaged = db.read_bytes()
    _new_day(used_store)
    for argv in (("sessions",), ("favourite", "4"), ("db", "check")):
        code, _out, err = cli(capsys, used_store, *argv)
        assert code == 5, (argv, err)
        assert DAMAGED in err and "internal error" not in err, err
    assert db.read_bytes() == damaged


def test_zero_byte_database_is_said(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "briefing.db").write_bytes(b"")
    code, out, err = cli(capsys, data, "sessions")
    assert code == 0
    assert "was empty (0 bytes)" in err and "db backups" in err
    assert "Re-Imagine" in out  # started afresh with the sample, and said so
    assert cli(capsys, data, "sessions")[2] == ""  # said once: the file is no longer empty


@pytest.mark.parametrize("fault", ["wal-garbage", "journal-leftover"])
def test_garbage_beside_the_database_loses_nothing(
    capsys: pytest.CaptureFixture[str], used_store: Path, fault: str
) -> None:
    db = used_store / "briefing.db"
    favourites = rows_of(db, "SELECT session_id FROM favourites ORDER BY 1")
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    suffix = "-wal" if fault == "wal-garbage" else "-journal"
    (used_store / f"briefing.db{suffix}").write_bytes(random.Random(5).randbytes(50_000))
    code, _out, err = cli(capsys, used_store, "sessions", "--favourites")
    assert code == 0, err
    assert rows_of(db, "SELECT session_id FROM favourites ORDER BY 1") == favourites
    assert rows_of(db, "SELECT body FROM session_notes") == [("my words",)]
    assert rows_of(db, "PRAGMA integrity_check") == [("ok",)]


# ---- permissions and locks -------------------------------------------------------------------
def run_child(data: Path, *argv: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, BRIEFING_APP_DATA_DIR=str(data))
    return subprocess.run(
        [*as_plain_user(), sys.executable, "-m", "briefing_app", *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )


@pytest.mark.parametrize("fault", ["read-only-db-file", "read-only-data-dir", "no-access-data-dir"])
def test_permissions(used_store: Path, fault: str) -> None:
    db = used_store / "briefing.db"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = db.read_bytes()
    target = db if fault == "read-only-db-file" else used_store
    mode = {"read-only-db-file": 0o444, "read-only-data-dir": 0o555, "no-access-data-dir": 0o000}
    old_mode = stat.S_IMODE(target.stat().st_mode)
    target.chmod(mode[fault])
    try:
        done = run_child(used_store, "favourite", "4")
    finally:
        target.chmod(old_mode)
    assert done.returncode == 5, done.stderr
    assert "internal error" not in done.stderr and "Traceback" not in done.stderr
    assert str(used_store) in done.stderr
    assert any(
        word in done.stderr for word in ("read-only", "permission", "cannot open", "cannot create")
    ), done.stderr
    assert db.read_bytes() == before


@pytest.mark.slow
def test_locked_by_another_process(used_store: Path) -> None:
    db = used_store / "briefing.db"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE'); c.execute('DELETE FROM favourites')\n"
            "print('holding', flush=True); time.sleep(60)",
            str(db),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        started = time.monotonic()
        done = run_child(used_store, "favourite", "4")
        waited = time.monotonic() - started
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    assert done.returncode == 5, done.stderr
    assert "busy" in done.stderr and "internal error" not in done.stderr
    # The busy timeout (10 s) and a process start, not the holder's 60 s: a bound that
    # only a wait for the holder reaches, with room for a loaded machine.
    assert waited < 45
    assert sorted(r[0] for r in rows_of(db, "SELECT session_id FROM favourites")) == [2, 3]


def test_short_busy_timeout_fails_fast(used_store: Path) -> None:
    """What the window needs: a write that cannot wait fails at once with the busy error."""
    db = used_store / "briefing.db"
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with Store(db, busy_timeout=0.05) as store:
            # The store waits what it was told (counted in SQLite's setting, not timed).
            assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] == 50
            started = time.monotonic()
            with pytest.raises(DatabaseBusyError, match="busy"):
                store.set_favourite(5)
            assert time.monotonic() - started < 8  # only the default 10 s wait gets there
            store.set_busy_timeout(0)
            with pytest.raises(DatabaseBusyError):
                store.set_note(5, "typed in the window")
    finally:
        holder.execute("ROLLBACK")
        holder.close()


# ---- kill -9 during a sync -----------------------------------------------------------------
def _feed_titles(db: Path, url: str) -> dict[str, str]:
    """The feed's sessions: the feed's id for each -> its title."""
    return {
        str(row[0]): str(row[1])
        for row in rows_of(
            db,
            "SELECT s.source_id, s.title FROM sessions s JOIN feeds f ON f.id = s.feed_id "
            f"WHERE f.url = '{url}' AND s.removed = 0",
        )
    }


@pytest.mark.slow
def test_kill_9_during_a_10k_sync_never_leaves_half_a_feed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """SIGKILL at seeded random moments of a real 10,000-session sync (a child process).

    After each kill: the file passes ``integrity_check``, the favourites and
    the note made before are there, and the feed is all old or all new.
    """
    data = tmp_path / "data"
    feed = big_feed(tmp_path / "feed.json", 10_000)
    assert cli(capsys, data, "feeds", "add", str(feed))[0] == 0
    db = data / "briefing.db"
    url = str(rows_of(db, "SELECT url FROM feeds ORDER BY id DESC LIMIT 1")[0][0])
    ids = [int(r[0]) for r in rows_of(db, "SELECT id FROM sessions ORDER BY id DESC LIMIT 3")]
    for session_id in ids:
        assert cli(capsys, data, "favourite", str(session_id))[0] == 0
    assert cli(capsys, data, "note", str(ids[0]), "kept through every kill")[0] == 0
    favourites = rows_of(db, "SELECT * FROM favourites ORDER BY session_id")
    notes = rows_of(db, "SELECT * FROM session_notes")
    versions = {}
    for n in range(1, 4):
        path = tmp_path / f"v{n}.json"
        big_feed(path, 10_000, tag=f"(v{n})")
        versions[n] = path.read_bytes()
    current = _feed_titles(db, url)
    assert len(current) == 10_000

    def sync_child() -> subprocess.Popen[bytes]:
        env = dict(os.environ, BRIEFING_APP_DATA_DIR=str(data))
        return subprocess.Popen(
            [sys.executable, "-m", "briefing_app", "sync"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    # How long a whole sync takes here, to spread the kills over it.
    feed.write_bytes(versions[1])
    started = time.monotonic()
    assert sync_child().wait(timeout=120) == 0
    duration = time.monotonic() - started
    current = _feed_titles(db, url)
    assert all(t.endswith("(v1)") for t in current.values())

    rng = random.Random(13)
    outcomes: list[str] = []
    for kill in range(8):
        version = 2 + kill % 2
        feed.write_bytes(versions[version])
        child = sync_child()
        time.sleep(rng.uniform(0.15, duration * 1.1))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        assert rows_of(db, "PRAGMA integrity_check") == [("ok",)], kill
        assert rows_of(db, "SELECT * FROM favourites ORDER BY session_id") == favourites
        assert rows_of(db, "SELECT * FROM session_notes") == notes
        titles = _feed_titles(db, url)
        tag = f"(v{version})"
        if titles == current:
            outcomes.append("old")
        else:
            assert len(titles) == 10_000 and all(t.endswith(tag) for t in titles.values()), kill
            outcomes.append("new")
            current = titles
    # The seeded moments land on both sides of the commit (and the loop means it).
    assert "old" in outcomes, outcomes


# ---- the window on a damaged database ------------------------------------------------------
@pytest.mark.parametrize("answer", ["Recover", "Restore backup", "Quit"])
def test_window_start_on_damaged_database_asks(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str], used_store: Path, answer: str
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from briefing_app.ui import app as ui_app
    from briefing_app.ui.dialogs.damaged_database import DamagedDatabaseDialog

    db = used_store / "briefing.db"
    _new_day(used_store)
    assert cli(capsys, used_store, "agenda")[0] == 0  # the day's backup, the note in it
    _damage_page_of(db, "sessions")
    damaged = db.read_bytes()
    # The next day: yesterday's backup (made before the damage) is there, today's check is due.
    for backup in (used_store / "backups").glob("briefing-*.db"):
        backup.rename(backup.with_name("briefing-2000-01-01.db"))
    seen: list[str] = []

    def answer_dialogs() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, DamagedDatabaseDialog):
            seen.append(widget.text())
            button = {
                "Recover": widget.recover_button,
                "Restore backup": widget.restore_button,
                "Quit": widget.quit_button,
            }[answer]
            assert button.isEnabled()
            button.click()
        elif isinstance(widget, QMessageBox):
            seen.append(widget.text())
            widget.accept()
        if len(seen) < 2 and not (answer == "Quit" and seen):
            QTimer.singleShot(50, answer_dialogs)

    QTimer.singleShot(50, answer_dialogs)
    if answer == "Quit":
        with pytest.raises(DatabaseDamagedError):
            ui_app._open_store_asking(str(used_store))
        assert db.read_bytes() == damaged  # nothing changed, nothing started over
    else:
        with ui_app._open_store_asking(str(used_store)) as store:
            assert store.note(3) == "my words"
        assert list(used_store.glob("briefing.db.*-2*"))  # the damaged file kept beside
        assert "kept as" in seen[-1]
    assert str(db) in seen[0] and "damaged" in seen[0]
    assert "(SQLite: " in seen[0] and "***" not in seen[0] and "tree page" not in seen[0]


def test_window_says_an_empty_database_file_was_started_afresh(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from briefing_app.ui import app as ui_app

    data = tmp_path / "data"
    data.mkdir()
    (data / "briefing.db").write_bytes(b"")
    with ui_app._open_store_asking(str(data)) as store:
        window = ui_app.open_main_window(store)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: "was empty (0 bytes)" in window.messages.text(), timeout=5000)
        window.close()


def test_full_disk_bundle_export(
    capsys: pytest.CaptureFixture[str], small_disk: SmallDisk, tmp_path: Path
) -> None:
    if not small_disk.tmpfs:
        pytest.skip("needs a tmpfs (root)")
    data = tmp_path / "data"
    material = tmp_path / "slides.bin"
    material.write_bytes(random.Random(9).randbytes(400_000))  # does not compress
    assert cli(capsys, data, "case-studies", "attach", "1", str(material))[0] == 0
    target = small_disk.path / "study.zip"
    small_disk.fill(reserve=100_000)
    code, _out, err = cli(capsys, data, "case-studies", "export", "1", "-o", str(target))
    _assert_disk_full(code, err, target)
    assert sorted(p.name for p in small_disk.path.iterdir()) == ["filler"]


# ---- db restore / recover / check: the follow-up review ------------------------------
def _hold_window_lock(data: Path, pid: int) -> None:
    """The lock file a window holds (Qt's QLockFile: pid, app name, host name)."""
    (data / "briefing-app.lock").write_text(
        f"{pid}\nbriefing-app\n{socket.gethostname()}\n", "utf-8"
    )


@pytest.mark.parametrize("action", ["restore", "recover"])
def test_window_open_refuses_restore_and_recover(
    capsys: pytest.CaptureFixture[str], used_store: Path, action: str
) -> None:
    db = used_store / "briefing.db"
    window = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        _hold_window_lock(used_store, window.pid)
        before = db.read_bytes()
        argv = ("db", "restore", "1") if action == "restore" else ("db", "recover", "--force")
        code, out, err = cli(capsys, used_store, *argv)
        assert code == 7, (out, err)
        assert f"the window is open on this data folder (pid {window.pid}): quit it first" in err
        assert db.read_bytes() == before
        assert not list(used_store.glob("briefing.db.*-*"))
    finally:
        window.kill()
        window.wait()
    # The window is gone (a stale lock): the command goes ahead.
    code, _out, err = cli(capsys, used_store, *argv)
    assert code == 0, err


def test_first_daily_backup_holds_the_sample(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    assert cli(capsys, data, "sessions")[0] == 0
    [backup] = (data / "backups").glob("briefing-*.db")
    assert rows_of(backup, "SELECT count(*) FROM feeds") == [(1,)]
    sessions = rows_of(backup, "SELECT count(*) FROM sessions")[0][0]
    assert sessions > 0
    code, out, _err = cli(capsys, data, "db", "backups")
    assert code == 0 and f"{sessions} sessions" in out, out
    code, out, _err = cli(capsys, data, "db", "backups", "--json")
    assert json.loads(out)[0]["sessions"] == sessions


@pytest.mark.parametrize("fault", ["other-programs-sqlite", "newer-schema", "text-file"])
def test_restore_refuses_a_file_that_is_not_ours(
    capsys: pytest.CaptureFixture[str], used_store: Path, tmp_path: Path, fault: str
) -> None:
    db = used_store / "briefing.db"
    other = tmp_path / "other.db"
    if fault == "other-programs-sqlite":
        conn = sqlite3.connect(other)
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
        conn.commit()
        conn.close()
    elif fault == "newer-schema":
        conn = sqlite3.connect(db)
        conn.execute("VACUUM INTO ?", [str(other)])
        conn.close()
        conn = sqlite3.connect(other)
        conn.execute("PRAGMA user_version = 999")
        conn.close()
    else:
        other.write_text("root:x:0:0:root:/root:/bin/bash\n" * 40, "utf-8")
    other_before = other.read_bytes()
    before = db.read_bytes()
    code, _out, err = cli(capsys, used_store, "db", "restore", str(other))
    assert code == 5, err
    if fault == "newer-schema":
        assert f"the backup {other} was written by a newer version" in err, err
    else:
        assert f"the backup {other} is not a Briefing Companion database" in err, err
    assert "db recover" not in err and "internal error" not in err
    assert db.read_bytes() == before and other.read_bytes() == other_before
    assert not list(used_store.glob("briefing.db.replaced-*"))


def test_recover_then_sync_brings_the_lost_sessions_back(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    feed = big_feed(tmp_path / "feed.json", 300)
    assert cli(capsys, data, "feeds", "add", str(feed))[0] == 0
    db = data / "briefing.db"
    before = rows_of(db, "SELECT count(*) FROM sessions")[0][0]
    _damage_page_of(db, "sessions")
    code, out, err = cli(capsys, data, "db", "recover")
    assert code == 0, err
    assert "run `briefing-app sync` to read your feeds again" in out, out
    assert rows_of(db, "SELECT count(*) FROM sessions")[0][0] < before
    assert rows_of(db, "SELECT count(*) FROM sync_state WHERE body_sha256 IS NOT NULL") == [(0,)]
    assert cli(capsys, data, "sync")[0] == 0
    assert rows_of(db, "SELECT count(*) FROM sessions")[0][0] == before


def test_log_file_on_a_full_disk_prints_no_traceback(small_disk: SmallDisk) -> None:
    if not small_disk.tmpfs:
        pytest.skip("needs a tmpfs (root): the log file's disk must be really full")
    data = small_disk.path / "data"
    assert run_child(data, "sessions").returncode == 0
    log = data / "logs" / "briefing-app.log"
    with log.open("a", encoding="utf-8") as padding:  # end on a page: the next line needs one
        padding.write("#" * (-log.stat().st_size % 4096 - 1) + "\n")
    small_disk.fill()
    done = run_child(data, "-v", "favourite", "3")  # -v: every record goes to the file too
    assert "Logging error" not in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert done.stderr.count("log file") <= 1, done.stderr
    assert len(done.stderr.splitlines()) < 15, done.stderr


@pytest.mark.parametrize("argv", [("sessions",), ("agenda",), ("note", "2", "--history")])
def test_read_only_commands_work_on_a_full_disk(
    capsys: pytest.CaptureFixture[str], small_disk: SmallDisk, argv: tuple[str, ...]
) -> None:
    if not small_disk.tmpfs:
        pytest.skip("needs a tmpfs (root): SQLite's -shm must meet a full disk")
    data = small_disk.path / "data"
    assert cli(capsys, data, "favourite", "2")[0] == 0
    assert cli(capsys, data, "note", "2", "my words")[0] == 0
    _new_day(data)  # the day's backup cannot be made: a warning, not a failure
    small_disk.fill()
    code, out, err = cli(capsys, data, *argv)
    assert code == 0, err
    assert "Setting the Stage" in out or "No earlier versions" in err, (out, err)
    assert cli(capsys, data, "db", "check")[0] == 0
    code, _out, err = cli(capsys, data, "favourite", "3")
    _assert_disk_full(code, err, data / "briefing.db")


def test_data_dir_on_a_pseudo_filesystem_is_not_a_full_disk(
    capsys: pytest.CaptureFixture[str],
) -> None:
    if not Path("/proc/self").exists():
        pytest.skip("needs Linux's /proc")
    code, _out, err = cli(capsys, Path("/proc"), "sessions")
    assert code == 5, err
    assert "cannot create the database there: /proc/briefing.db" in err, err
    assert "disk is full" not in err


def test_check_and_recover_on_an_empty_or_healthy_database(
    capsys: pytest.CaptureFixture[str], used_store: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "briefing.db").write_bytes(b"")
    code, out, _err = cli(capsys, empty, "db", "check")
    assert code == 0 and "empty" in out and ": ok" not in out, out
    code, out, err = cli(capsys, empty, "db", "recover")
    assert code == 0, err
    assert "nothing to recover" in out and "damaged" not in out + err, out
    assert sorted(p.name for p in empty.iterdir()) == ["briefing.db"]
    db = used_store / "briefing.db"
    before = db.read_bytes()
    code, out, err = cli(capsys, used_store, "db", "recover")
    assert code == 0, err
    assert "is healthy" in out and "nothing to recover" in out and "--force" in out, out
    assert db.read_bytes() == before and not list(used_store.glob("briefing.db.damaged-*"))
    code, out, err = cli(capsys, used_store, "db", "recover", "--force")
    assert code == 0 and "the original file is kept as" in out, err


def test_failed_recover_and_set_aside_files_leave_nothing_behind(
    capsys: pytest.CaptureFixture[str], used_store: Path, small_disk: SmallDisk
) -> None:
    db = used_store / "briefing.db"
    _damage_page_of(db, "sessions")
    code, _out, err = cli(capsys, used_store, "db", "recover")
    assert code == 0, err
    assert cli(capsys, used_store, "db", "restore", "1")[0] == 0
    beside = sorted(p.name for p in used_store.glob("briefing.db.*"))
    assert beside and not [n for n in beside if n.endswith(("-wal", "-shm"))], beside
    if not small_disk.tmpfs:
        return
    data = small_disk.path / "data"
    shutil.copytree(used_store, data, ignore=shutil.ignore_patterns("backups", "briefing.db.*"))
    _damage_page_of(data / "briefing.db", "sessions")
    small_disk.fill()
    code, _out, err = cli(capsys, data, "db", "recover")
    assert code == 5 and "the disk is full" in err, err
    assert not [p.name for p in data.glob(".briefing.db.recovering*")]


def _damage_cell_pointer(db: Path, table: str) -> None:
    """A cell pointer out of its page: quick_check says "On tree page N cell 0: Offset ..."."""
    conn = sqlite3.connect(db)
    page = conn.execute(
        "SELECT min(pageno) FROM dbstat WHERE name = ? AND pagetype = 'leaf'", [table]
    ).fetchone()[0]
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with db.open("r+b") as out:
        out.seek((page - 1) * page_size + 8)  # a leaf page's first cell pointer
        out.write(b"\xff\xf0")


@pytest.mark.parametrize("damage", ["page-garbage", "cell-pointer"])
def test_damage_message_is_a_plain_sentence(
    capsys: pytest.CaptureFixture[str], used_store: Path, damage: str
) -> None:
    db = used_store / "briefing.db"
    if damage == "cell-pointer":
        _damage_cell_pointer(db, "sessions")
    else:
        _damage_page_of(db, "sessions")
    _new_day(used_store)
    for argv in (("sessions",), ("db", "check")):
        code, _out, err = cli(capsys, used_store, *argv)
        assert code == 5, err
        assert "***" not in err and "tree page" not in err and "Offset" not in err, err
        assert "(SQLite: " in err, err
        assert "db restore NUMBER" in err and "db restore BACKUP" not in err, err
