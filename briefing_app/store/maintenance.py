"""Looking after the database file: a daily check and backup, recovery, restoring a backup.

* Once a day, on the first open of the day, the store runs SQLite's
  ``quick_check`` and, when it passes, copies itself with ``VACUUM INTO`` into
  ``<data dir>/backups/briefing-YYYY-MM-DD.db`` (the last :data:`KEEP_DAILY`
  kept). A 10,000-session store takes about 0.1 s for both.
* Before a schema migration the file is copied aside as ``briefing.db.vN.bak``
  (:mod:`.schema`); those are listed with the daily ones.
* A damaged file is never changed or replaced silently. :func:`recover` copies
  what can still be read, table by table and row range by row range, into a
  new database, rebuilds the search index, and keeps the damaged file as
  ``briefing.db.damaged-<timestamp>``; :func:`restore` puts a backup in place,
  keeping the current file as ``briefing.db.replaced-<timestamp>``.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import threading
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from briefing_app.errors import (
    BackupRefusedError,
    DatabaseDamagedError,
    NotFoundError,
    StoreError,
    damage_summary,
)
from briefing_app.store import schema
from briefing_app.store.failures import (
    SQLITE_CANTOPEN,
    SQLITE_FULL,
    SQLITE_IOERR,
    nearly_full,
    primary_code,
    store_error,
)
from briefing_app.store.failures import damaged as found_damaged
from briefing_app.util.i18n import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

BACKUP_FOLDER = "backups"
#: Daily backups kept (the oldest go first).
KEEP_DAILY = 7
_DAILY_PREFIX = "briefing-"


@dataclass(frozen=True, slots=True)
class Backup:
    """One copy of the database the app made: daily, or before a migration."""

    path: Path
    kind: str  # "daily" or "before migration"
    made_at: datetime
    size: int
    #: Feeds and sessions in it (None when it cannot be read): an empty one shows.
    feeds: int | None = None
    sessions: int | None = None


@dataclass(slots=True)
class RecoveryReport:
    """What :func:`recover` copied and what it could not read."""

    recovered: Path
    damaged_kept_as: Path
    copied: dict[str, int] = field(default_factory=dict)
    lost: dict[str, int] = field(default_factory=dict)
    unreadable_tables: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.lost and not self.unreadable_tables


def backup_folder(db_path: Path) -> Path:
    return db_path.parent / BACKUP_FOLDER


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


def quick_check(conn: sqlite3.Connection, path: Path) -> None:
    """Raise :class:`DatabaseDamagedError` unless SQLite's ``quick_check`` passes.

    ``quick_check`` reads every page (O(size): 0.06-0.1 s for 10,000
    sessions) but skips the slow index-content comparison ``integrity_check`` makes.
    """
    try:
        rows = conn.execute("PRAGMA quick_check(5)").fetchall()
    except sqlite3.DatabaseError as exc:
        raise store_error(exc, path) from exc
    problems = [str(row[0]) for row in rows if row[0] != "ok"]
    if problems:
        raise damaged(path, problems)


def damaged(path: Path, problems: list[str]) -> DatabaseDamagedError:
    """The error for SQLite's *problems* with *path*: their count shown, their text logged.

    Told to the damage listeners (the window's dialog) like any damage met.
    """
    logger.info("SQLite found damage in %s: %s", path, "; ".join(problems))  # file only
    return found_damaged(path, "; ".join(problems), problems=len(problems))


def is_empty_database(db_path: Path) -> bool:
    """True for a 0-byte file, or a readable database with no table (nothing in it to lose)."""
    try:
        if db_path.stat().st_size == 0:
            return True
        conn = read_only(db_path)
    except (OSError, sqlite3.Error):
        return False
    try:
        return int(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]) == 0
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def integrity_problems(db_path: Path) -> list[str]:
    """SQLite's full ``integrity_check`` of the file at *db_path*: [] when it is sound."""
    try:
        conn = read_only(db_path)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = conn.execute("PRAGMA integrity_check(20)").fetchall()
        return [str(row[0]) for row in rows if row[0] != "ok"]
    except sqlite3.DatabaseError as exc:
        if primary_code(exc) in (SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN):
            raise store_error(exc, db_path) from exc  # the machine, not damage
        return [str(exc)]
    finally:
        conn.close()


def read_only(db_path: Path) -> sqlite3.Connection:
    """A connection to *db_path* to read it with, that reads even on a full disk.

    A WAL database's reader needs the shared-memory index (``-shm``), which a
    full disk cannot hold: then SQLite's exclusive locking mode keeps it in memory.
    """
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA user_version").fetchone()
    except sqlite3.OperationalError as exc:
        if primary_code(exc) not in (SQLITE_IOERR, SQLITE_FULL) or not nearly_full(db_path):
            return conn
        conn.close()
        # Exclusive mode needs a read-write handle (mode=rw: never creates the file);
        # only reads are made through it.
        conn = sqlite3.connect(f"file:{db_path}?mode=rw", uri=True)
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    return conn


def daily_backup_target(db_path: Path, *, today: date | None = None) -> Path:
    """Where today's daily backup of *db_path* goes."""
    day = (today or datetime.now(UTC).date()).isoformat()
    return backup_folder(db_path) / f"{_DAILY_PREFIX}{day}.db"


def daily_backup(
    conn: sqlite3.Connection, db_path: Path, *, today: date | None = None, check: bool = True
) -> Path | None:
    """On the first open of the day: check the file, then copy it into the backups folder.

    Returns the new backup, or None when today's exists already, or the store
    holds nothing worth a backup (no feed, no case study: a backup of it would
    only be offered in place of a real one), or the copy could not be made (a
    full disk: a warning, the app goes on). Raises :class:`DatabaseDamagedError`
    when the check fails (*check* False: the caller has just made it), and
    never makes a backup of a damaged file.
    """
    target = daily_backup_target(db_path, today=today)
    folder = target.parent
    if target.exists():
        return None
    if check:
        quick_check(conn, db_path)
    if not _holds_data(conn):
        return None
    try:
        folder.mkdir(exist_ok=True)
        _vacuum_into(conn, target, db_path)
    except StoreError as exc:  # a backup that cannot be made must not stop the app
        logger.warning("No daily backup of %s: %s", db_path, exc)
        return None
    except OSError as exc:
        logger.warning("No daily backup of %s: %s", db_path, exc.strerror or exc)
        return None
    _prune(folder)
    logger.info("Backed up %s to %s", db_path, target)
    return target


def _holds_data(conn: sqlite3.Connection) -> bool:
    try:
        return any(
            conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None
            for table in ("feeds", "case_studies")
        )
    except sqlite3.Error:
        return True  # cannot tell: keep the backup


def _vacuum_into(conn: sqlite3.Connection, target: Path, db_path: Path) -> None:
    """A consistent, compact copy of the open database at *target* (whole or not at all)."""
    partial = target.with_name(f".{target.name}.{os.getpid()}-{threading.get_ident()}.part")
    partial.unlink(missing_ok=True)
    try:
        conn.execute("VACUUM INTO ?", [str(partial)])
        partial.replace(target)
    except sqlite3.Error as exc:
        raise store_error(exc, db_path) from exc
    finally:
        partial.unlink(missing_ok=True)


def _prune(folder: Path) -> None:
    daily = sorted(folder.glob(f"{_DAILY_PREFIX}????-??-??.db"))
    for old in daily[:-KEEP_DAILY]:
        old.unlink(missing_ok=True)


def backups(db_path: Path) -> list[Backup]:
    """Every backup the app made of *db_path*, newest first."""
    found: list[Backup] = []
    for path in backup_folder(db_path).glob(f"{_DAILY_PREFIX}????-??-??.db"):
        found.append(_backup(path, "daily"))
    for path in db_path.parent.glob(f"{db_path.name}.v*.bak"):
        found.append(_backup(path, "before migration"))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def _backup(path: Path, kind: str) -> Backup:
    info = path.stat()
    feeds = sessions = None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            feeds = int(conn.execute("SELECT count(*) FROM feeds").fetchone()[0])
            sessions = int(conn.execute("SELECT count(*) FROM sessions").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        pass
    made_at = datetime.fromtimestamp(info.st_mtime, UTC)
    return Backup(path, kind, made_at, info.st_size, feeds, sessions)


def find_backup(db_path: Path, name: str) -> Path:
    """The backup the user named: a path, a file name in the list, or its number (1: newest)."""
    listed = backups(db_path)
    if name.isdigit() and 1 <= int(name) <= len(listed):
        return listed[int(name) - 1].path
    for backup in listed:
        if name in (backup.path.name, str(backup.path)):
            return backup.path
    path = Path(name).expanduser()
    if path.is_file():
        return path
    raise NotFoundError(
        QT_TRANSLATE_NOOP(
            "core",
            "no backup {name!r}: give its number or name from `briefing-app db "
            "backups`, or the path of a database file",
        ).format(name=name)
    )


def _set_aside(db_path: Path, label: str) -> Path:
    """Move the database to ``<name>.<label>-<timestamp>``; return it.

    The file is not written to (it may be damaged). A -wal or -journal with
    content belongs to it and goes along; an empty one, and the -shm (only an
    index SQLite rebuilds from the -wal), are removed, so no stray files stay.
    """
    kept = db_path.with_name(f"{db_path.name}.{label}-{_stamp()}")
    if db_path.exists():
        db_path.replace(kept)
    for suffix in ("-wal", "-journal", "-shm"):
        side = db_path.with_name(db_path.name + suffix)
        try:
            if suffix != "-shm" and side.stat().st_size > 0:
                side.replace(kept.with_name(kept.name + suffix))
            else:
                side.unlink()
        except FileNotFoundError:
            continue
    return kept


def check_backup(backup: Path) -> None:
    """Refuse *backup* unless it is a sound Briefing Companion database this app can open.

    Raises:
        BackupRefusedError: another program's file, a newer app's, or a damaged one.
    """
    try:
        conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise BackupRefusedError(
            QT_TRANSLATE_NOOP(
                "core",
                "the backup {backup} cannot be opened ({exc}); nothing was changed. "
                "`briefing-app db backups` lists the backups",
            ).format(backup=backup, exc=exc)
        ) from exc
    try:
        tables = {str(row[0]) for row in conn.execute("SELECT name FROM sqlite_master")}
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        raise BackupRefusedError(
            QT_TRANSLATE_NOOP(
                "core",
                "the backup {backup} is not a Briefing Companion database (SQLite: {exc}); "
                "nothing was changed. "
                "`briefing-app db backups` lists the backups",
            ).format(backup=backup, exc=exc)
        ) from exc
    finally:
        conn.close()
    if not {"feeds", "sessions", "sync_state"} <= tables or version < 1:
        raise BackupRefusedError(
            QT_TRANSLATE_NOOP(
                "core",
                "the backup {backup} is not a Briefing Companion database; nothing was changed. "
                "`briefing-app db backups` lists the backups",
            ).format(backup=backup)
        )
    if version > schema.LATEST_VERSION:
        raise BackupRefusedError(
            QT_TRANSLATE_NOOP(
                "core",
                "the backup {backup} was written by a newer version of Briefing Companion (schema "
                "{version}, this app knows up to {latest_version}); update the "
                "app; nothing was changed. "
                "`briefing-app db backups` lists the backups",
            ).format(
                backup=backup,
                version=version,
                latest_version=schema.LATEST_VERSION,
            )
        )
    problems = integrity_problems(backup)
    if problems:
        logger.info("SQLite found damage in the backup %s: %s", backup, "; ".join(problems))
        raise BackupRefusedError(
            QT_TRANSLATE_NOOP(
                "core",
                "the backup {backup} is damaged ({summary}); nothing was changed. "
                "`briefing-app db backups` lists the backups",
            ).format(backup=backup, summary=damage_summary("", len(problems)))
        )


def restore(db_path: Path, backup: Path) -> Path:
    """Put *backup* in place of the database; return where the current file was kept.

    The backup is checked first (a damaged backup is refused, nothing moved).
    Quit the window first: an open window keeps using the file it opened. A number the
    current file gave since the backup (a question's) stays given.
    """
    check_backup(backup)
    part = db_path.with_name(f".{db_path.name}.restore.part")
    try:
        src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            src.execute("VACUUM INTO ?", [str(part)])
        finally:
            src.close()
        _keep_marks_of(db_path, part)
        kept = _set_aside(db_path, "replaced")
        part.replace(db_path)
    except sqlite3.Error as exc:
        raise store_error(exc, backup) from exc
    finally:
        part.unlink(missing_ok=True)
    return kept


_CHUNK = 256


def recover(db_path: Path) -> RecoveryReport:
    """Copy what can be read of the damaged database into a new one, and put that in place.

    Table by table, in rowid ranges of 256: a range that cannot be read is
    counted as lost and skipped. The search index is rebuilt from the copied
    rows, rows whose session or feed was lost go too (the rules the schema
    keeps), and the damaged file is kept beside, renamed. Every feed's sync
    validators are forgotten, so the next sync reads each feed in full again and
    brings back the sessions that were lost. The AUTOINCREMENT marks are carried over
    (:func:`_carry_high_water_marks`): a deleted or lost question's number is never
    given again.
    """
    if not db_path.exists():
        raise NotFoundError(
            QT_TRANSLATE_NOOP("core", "there is no database at {value}").format(value=db_path)
        )
    fresh = db_path.with_name(f".{db_path.name}.recovering")
    _remove_with_sidecars(fresh)
    try:
        report = _recover_into(db_path, fresh)
    except BaseException:
        _remove_with_sidecars(fresh)  # a failed recovery (a full disk) leaves nothing behind
        raise
    report.damaged_kept_as = _set_aside(db_path, "damaged")
    fresh.replace(db_path)
    _remove_with_sidecars(fresh)
    return report


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _recover_into(db_path: Path, fresh: Path) -> RecoveryReport:
    """Copy what can be read of *db_path* into the new database *fresh*."""
    from briefing_app.store.store import Store

    with Store(fresh):
        pass  # the current schema, empty
    report = RecoveryReport(recovered=db_path, damaged_kept_as=db_path)
    conn = sqlite3.connect(fresh, isolation_level=None)
    source: sqlite3.Connection | None = None
    salvaged: Path | None = None
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        source = _open_damaged(db_path)
        if source is None:  # its list of tables is unreadable: let SQLite's .recover find them
            salvaged = _sqlite_recover(db_path)
            source = None if salvaged is None else _open_damaged(salvaged)
        if source is not None:
            conn.execute("BEGIN")
            for table, columns in _copyable_tables(conn):
                _copy_table(source, conn, table, columns, report)
            _carry_high_water_marks(source, conn)
            conn.execute("COMMIT")
            _drop_orphans(conn)
            for table in (
                *schema.FTS_COLUMNS,
                *schema.FTS_COLUMNS_V3,
                *schema.FTS_COLUMNS_QUESTIONS,
            ):
                conn.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as exc:
        raise store_error(exc, db_path) from exc
    finally:
        conn.close()
        if source is not None:
            source.close()
        if salvaged is not None:
            salvaged.unlink(missing_ok=True)
    if not any(report.copied.values()):
        raise DatabaseDamagedError(
            str(db_path),
            "nothing could be read",
            advice=QT_TRANSLATE_NOOP(
                "core",
                "Nothing in it could be read, so nothing was changed; restore a backup "
                "(`briefing-app db backups`, then `briefing-app db restore NUMBER`) or move "
                "the file aside to start afresh",
            ).message(),
        )
    # Sessions lost here come back from the feeds only if the next sync reads them anew.
    with Store(fresh) as store:
        store.forget_sync_validators()
    return report


def _open_damaged(path: Path) -> sqlite3.Connection | None:
    """A read-only connection to the damaged file, or None when even its table list is unreadable.

    ``writable_schema`` makes SQLite tolerate schema entries it cannot parse;
    the file is opened read-only and never written.
    """
    try:
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        source.execute("PRAGMA writable_schema = ON")
        source.execute("SELECT name FROM sqlite_master").fetchall()
    except sqlite3.Error:
        source.close()
        return None
    return source


def _sqlite_recover(path: Path) -> Path | None:
    """The ``sqlite3`` shell's ``.recover`` of *path* into a scratch database, when installed.

    It reads the file page by page, so it finds tables whose entries in the
    schema are lost. None when the shell is missing or fails.
    """
    import subprocess  # here: every process opening the store would import it for this

    shell = shutil.which("sqlite3")
    if shell is None:
        return None
    scratch = path.with_name(f".{path.name}.salvage")
    scratch.unlink(missing_ok=True)
    try:
        dump = subprocess.run(  # noqa: S603 - the sqlite3 shell on PATH, our own file
            [shell, f"file:{path}?mode=ro", ".recover"],
            capture_output=True,
            timeout=600,
            check=False,
        )
        if not dump.stdout:
            return None
        loaded = subprocess.run(  # noqa: S603 - the same shell, loading its own output
            [shell, str(scratch)], input=dump.stdout, capture_output=True, timeout=600, check=False
        )
    except (OSError, subprocess.SubprocessError) as exc:
        logger.warning("sqlite3 .recover of %s failed: %s", path, exc)
        scratch.unlink(missing_ok=True)
        return None
    if loaded.returncode != 0 and not scratch.exists():
        return None
    return scratch


def _copyable_tables(conn: sqlite3.Connection) -> list[tuple[str, list[str]]]:
    """Tables of the new schema that hold data (not the search index), parents first."""
    names = [
        str(row[0])
        for row in conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' AND sql NOT LIKE "
            "'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' "
            "ORDER BY rootpage"
        )
    ]
    order = ["feeds", "series", "organizations", "presenters", "sessions", "case_studies"]
    names.sort(key=lambda n: (order.index(n) if n in order else len(order), n))
    tables = []
    for name in names:
        columns = [str(row[1]) for row in conn.execute(f'PRAGMA main.table_info("{name}")')]
        tables.append((name, columns))
    return tables


def _copy_table(
    source: sqlite3.Connection,
    conn: sqlite3.Connection,
    table: str,
    columns: list[str],
    report: RecoveryReport,
) -> None:
    try:
        old_columns = {str(row[1]) for row in source.execute(f'PRAGMA table_info("{table}")')}
    except sqlite3.DatabaseError:
        old_columns = set()
    if not old_columns:  # a table the damaged file lacks, or whose entry is lost
        report.unreadable_tables.append(table)
        return
    shared = [c for c in columns if c in old_columns]
    names = ", ".join(f'"{c}"' for c in shared)
    marks = ", ".join("?" for _ in shared)
    insert = f'INSERT OR IGNORE INTO main."{table}" ({names}) VALUES ({marks})'
    copied = lost = 0
    try:
        top = source.execute(f'SELECT max(rowid) FROM "{table}"').fetchone()[0] or 0
    except sqlite3.DatabaseError:
        top = None
    start = 0
    while True:
        try:
            rows = source.execute(
                f'SELECT rowid, {names} FROM "{table}" WHERE rowid > ? ORDER BY rowid LIMIT ?',
                [start, _CHUNK],
            ).fetchall()
            next_start = int(rows[-1][0]) if rows else start
        except sqlite3.DatabaseError:
            # An unreadable page in this range: take what can be read of it row by row.
            rows = _rows_one_by_one(source, table, names, start)
            lost += _CHUNK - len(rows)
            next_start = start + _CHUNK
            if not rows and (top is None or next_start >= top):
                break
        if rows:
            conn.executemany(insert, [row[1:] for row in rows])
            copied += len(rows)
        elif next_start == start:
            break
        start = next_start
    report.copied[table] = copied
    if lost:
        report.lost[table] = lost


def _keep_marks_of(db_path: Path, restored: Path) -> None:
    """The numbers the current file gave stay given in *restored* (an older backup): a
    question or follow-up added since the backup keeps its number to itself."""
    current = _open_damaged(db_path) if db_path.exists() else None
    if current is None:
        return
    conn = sqlite3.connect(restored, isolation_level=None)
    try:
        conn.execute("BEGIN")
        _carry_high_water_marks(current, conn)
        conn.execute("COMMIT")
    finally:
        conn.close()
        current.close()


def _carry_high_water_marks(source: sqlite3.Connection, conn: sqlite3.Connection) -> None:
    """Every AUTOINCREMENT table's high-water mark, never below the damaged file's.

    A question's or a follow-up's number is never given again once deleted (a draft
    or a script still naming it would reach another one): SQLite keeps the highest
    number given in ``sqlite_sequence``, which a copy of the rows alone does not carry
    (the next number would follow the highest *copied* row). The mark is the largest
    of the damaged file's ``sqlite_sequence``, its table's highest row id, and the rows
    copied; whichever of them can be read.
    """
    try:
        marks = {
            str(name): int(seq)
            for name, seq in source.execute(
                "SELECT name, seq FROM sqlite_sequence WHERE typeof(seq) = 'integer'"
            )
        }
    except sqlite3.DatabaseError:  # its page is damaged (or the table never existed)
        marks = {}
    tables = [
        str(row[0])
        for row in conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' "
            "AND sql LIKE '%AUTOINCREMENT%'"
        )
    ]
    for table in tables:
        try:
            top = source.execute(f'SELECT max(rowid) FROM "{table}"').fetchone()[0] or 0
        except sqlite3.DatabaseError:
            top = 0
        mark = max(marks.get(table, 0), int(top))
        if not mark:
            continue
        updated = conn.execute(
            "UPDATE main.sqlite_sequence SET seq = max(seq, ?) WHERE name = ?", [mark, table]
        )
        if not updated.rowcount:
            conn.execute(
                "INSERT INTO main.sqlite_sequence (name, seq) VALUES (?, ?)", [table, mark]
            )


def _rows_one_by_one(
    source: sqlite3.Connection, table: str, names: str, start: int
) -> list[tuple[object, ...]]:
    """The readable rows of the range after *start* that failed as a whole, row by row."""
    rows: list[tuple[object, ...]] = []
    for rowid in range(start + 1, start + _CHUNK + 1):
        try:
            row = source.execute(
                f'SELECT rowid, {names} FROM "{table}" WHERE rowid = ?', [rowid]
            ).fetchone()
        except sqlite3.DatabaseError:
            continue
        if row is not None:
            rows.append(tuple(row))
    return rows


def _drop_orphans(conn: sqlite3.Connection) -> None:
    """Rows whose parent row was lost: delete them, as the schema's cascades would."""
    for _ in range(5):  # a deleted parent can orphan children in turn
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if not problems:
            return
        for table, rowid, _parent, _fk in problems:
            if rowid is not None:
                conn.execute(f'DELETE FROM "{table}" WHERE rowid = ?', [rowid])
