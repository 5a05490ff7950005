"""Schema versioning: every step, backups, rollback, and refusing a too-new database."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlite_utils import Database
from support.migrations import drop_later_tables

from briefing_app.errors import SchemaTooNewError, StoreError
from briefing_app.store import LATEST_VERSION, Store, schema
from briefing_app.store.base import Database as StoreDatabase


def _raw(path: Path) -> Database:
    return Database(sqlite3.connect(path))


def test_fresh_database_reaches_latest_version(tmp_path: Path) -> None:
    with Store(tmp_path / "b.db") as store:
        assert store.schema_version == LATEST_VERSION
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_step_1_creates_tables_fts_and_triggers(tmp_path: Path) -> None:
    db = _raw(tmp_path / "b.db")
    assert schema.user_version(db) == 0
    schema.migrate(db, tmp_path / "b.db", schema.MIGRATIONS[:1])
    assert schema.user_version(db) == 1
    tables = set(db.table_names())
    for table in (
        "feeds",
        "sync_state",
        "series",
        "organizations",
        "presenters",
        "sessions",
        "session_presenters",
        "session_sponsors",
        "case_studies",
        "case_study_sessions",
        "case_study_presenters",
        "favourites",
        "session_notes",
        "reminders",
        "settings",
        "sync_runs",
        "changes",
    ):
        assert table in tables, table
    for table, columns in schema.FTS_COLUMNS.items():
        assert f"{table}_fts" in tables
        assert db.table(table).detect_fts() == f"{table}_fts"
        fts_columns = [c.name for c in db.table(f"{table}_fts").columns]
        assert fts_columns == list(columns)
    triggers = {t.name for t in db.triggers}
    assert {"sessions_ai", "sessions_ad", "sessions_au", "session_notes_au"} <= triggers
    # A fresh database (version 0) has nothing to back up.
    assert not schema.backup_path(tmp_path / "b.db", 0).exists()
    db.close()


@pytest.mark.parametrize("step", range(1, LATEST_VERSION + 1))
def test_each_step_runs_from_the_previous_version(tmp_path: Path, step: int) -> None:
    """Build the database at step - 1, then run only step; it must land at step."""
    path = tmp_path / "b.db"
    db = _raw(path)
    schema.migrate(db, path, schema.MIGRATIONS[: step - 1])
    assert schema.user_version(db) == step - 1
    was = schema.migrate(db, path, schema.MIGRATIONS[:step])
    assert was == step - 1
    assert schema.user_version(db) == step
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


def _add_column_step(db: Database) -> None:
    db.execute("ALTER TABLE sessions ADD COLUMN extra TEXT NOT NULL DEFAULT ''")


def _failing_step(db: Database) -> None:
    db.execute("CREATE TABLE half_done (x)")
    raise RuntimeError("boom")


def test_upgrade_backs_up_the_file_first(tmp_path: Path, sample_feed) -> None:
    path = tmp_path / "b.db"
    with Store(path) as store:
        store.import_feed("file:///sample.json", sample_feed)
        titles = [s.title for s in store.sessions()]
    db = _raw(path)
    steps = (*schema.MIGRATIONS, _add_column_step)
    schema.migrate(db, path, steps)
    assert schema.user_version(db) == LATEST_VERSION + 1
    assert "extra" in db.table("sessions").columns_dict
    db.close()
    backup = schema.backup_path(path, LATEST_VERSION)
    assert backup.exists()
    old = _raw(backup)
    assert schema.user_version(old) == LATEST_VERSION
    assert [r[0] for r in old.execute("SELECT title FROM sessions ORDER BY start_utc")] == titles
    assert "extra" not in old.table("sessions").columns_dict
    old.close()


def test_failed_step_rolls_back_completely(tmp_path: Path) -> None:
    path = tmp_path / "b.db"
    Store(path).close()
    db = _raw(path)
    with pytest.raises(RuntimeError, match="boom"):
        schema.migrate(db, path, (*schema.MIGRATIONS, _failing_step))
    assert schema.user_version(db) == LATEST_VERSION
    assert "half_done" not in db.table_names()
    db.close()
    assert schema.backup_path(path, LATEST_VERSION).exists()


def test_too_new_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "b.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 7}")
    conn.commit()
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(SchemaTooNewError) as info:
        Store(path)
    message = str(info.value)
    assert "newer version" in message
    assert str(LATEST_VERSION + 7) in message
    assert str(path) in message
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not Path(f"{path}-wal").exists()


def test_damaged_database_gets_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "b.db"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError, match="damaged or not a database"):
        Store(path)


def test_step_2_adds_rooms_from_existing_sessions_and_feed_zone(tmp_path: Path) -> None:
    path = tmp_path / "b.db"
    db = _raw(path)
    schema.migrate(db, path, schema.MIGRATIONS[:1])
    # Sessions as version 1 of the app stored them.
    db.execute("INSERT INTO feeds (id, url, added_at) VALUES (1, 'x', 'now')")
    rooms = ["Hall B", "Hall A", "Hall B", "", "Hall A"]
    for n, room in enumerate(rooms):
        db.execute(
            "INSERT INTO sessions (feed_id, source_id, title, start_utc, end_utc, timezone, "
            "location, first_seen_at, changed_at) VALUES (1, ?, ?, ?, ?, 'UTC', ?, 'now', 'now')",
            [
                f"s{n}",
                f"Session {n}",
                f"2020-0{n + 1}-01T10:00:00Z",
                f"2020-0{n + 1}-01T11:00:00Z",
                room,
            ],
        )
    db.conn.commit()
    schema.migrate(db, path, schema.MIGRATIONS[:2])
    assert schema.user_version(db) == 2
    assert db.execute("SELECT name, position FROM rooms ORDER BY position").fetchall() == [
        ("Hall B", 1),
        ("Hall A", 2),
    ]  # in order of first use
    for column in ("timezone", "title_locked"):
        assert column in db.table("feeds").columns_dict
    assert "source_sequence" in db.table("sessions").columns_dict
    db.close()
    assert schema.backup_path(path, 1).exists()


def test_step_3_adds_the_presenter_workspace_and_keeps_case_studies(tmp_path: Path) -> None:
    path = tmp_path / "b.db"
    db = _raw(path)
    schema.migrate(db, path, schema.MIGRATIONS[:2])
    db.execute("INSERT INTO feeds (id, url, added_at) VALUES (1, 'x', 'now')")
    db.execute(
        "INSERT INTO case_studies (feed_id, source_id, title, summary, content_hash) "
        "VALUES (1, 'cs', 'A feed case study', 'About permits', 'h1')"
    )
    db.conn.commit()
    schema.migrate(db, path, schema.MIGRATIONS[:3])
    assert schema.user_version(db) == 3
    assert db.execute(
        "SELECT title, organization_name, content_hash FROM case_studies"
    ).fetchall() == [("A feed case study", "", "h1")]
    tables = set(db.table_names())
    for table in (
        "case_study_workspace",
        "case_study_overlays",
        "case_study_notes",
        "case_study_note_revisions",
        "case_study_materials",
    ):
        assert table in tables, table
    for table, columns in schema.FTS_COLUMNS_V3.items():
        assert db.table(table).detect_fts() == f"{table}_fts"
        assert [c.name for c in db.table(f"{table}_fts").columns] == list(columns)
    # The new indexes follow their tables through the triggers.
    db.execute(
        "INSERT INTO case_study_notes (case_study_id, body, updated_at) "
        "VALUES (1, 'geothermal', 'now')"
    )
    hits = db.execute(
        "SELECT rowid FROM case_study_notes_fts WHERE case_study_notes_fts MATCH 'geothermal'"
    ).fetchall()
    assert hits == [(1,)]
    # A file material needs its digest and size; a link has neither.
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO case_study_materials (case_study_id, uuid, kind, name, added_at) "
            "VALUES (1, 'u', 'file', 'x.pdf', 'now')"
        )
    db.close()
    assert schema.backup_path(path, 2).exists()


def test_step_6_records_where_feed_zones_came_from(tmp_path: Path) -> None:
    path = tmp_path / "b.db"
    db = _raw(path)
    schema.migrate(db, path, schema.MIGRATIONS[:5])
    db.execute("INSERT INTO feeds (id, url, added_at, timezone) VALUES (1, 'a', 'now', NULL)")
    db.execute(
        "INSERT INTO feeds (id, url, added_at, timezone) VALUES (2, 'b', 'now', 'Europe/Brussels')"
    )
    db.conn.commit()
    schema.migrate(db, path, schema.MIGRATIONS[:6])
    assert schema.user_version(db) == 6
    rows = db.execute(
        "SELECT id, timezone, timezone_source, timezone_inferred_from FROM feeds ORDER BY id"
    ).fetchall()
    # A zone the user gave (feeds add --timezone, feeds timezone) is theirs; the rest is
    # learnt at the next sync.
    assert rows == [(1, None, None, None), (2, "Europe/Brussels", "user", None)]
    db.close()
    assert schema.backup_path(path, 5).exists()


def _plan(db: Database, sql: str) -> str:
    """SQLite's query plan for *sql*, its steps on one line."""
    return " ".join(str(r[3]) for r in db.execute("EXPLAIN QUERY PLAN " + sql))


def test_step_8_indexes_the_list_orders_and_keeps_sessions(tmp_path: Path, sample_feed) -> None:
    path = tmp_path / "b.db"
    db = _raw(path)
    schema.migrate(db, path, schema.MIGRATIONS[:7])
    db.close()
    with Store(path) as store:  # a store at schema 8 writes the sessions; then back to 7
        store.import_feed("file:///sample.json", sample_feed)
    db = _raw(path)
    db.execute("DROP INDEX sessions_title")
    db.execute("DROP INDEX sessions_shape")
    db.execute("PRAGMA user_version = 7")
    db.conn.commit()
    titles = [r[0] for r in db.execute("SELECT title FROM sessions ORDER BY id")]
    schema.migrate(db, path, schema.MIGRATIONS[:8])
    assert schema.user_version(db) == 8
    indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"sessions_title", "sessions_shape"} <= indexes
    assert [r[0] for r in db.execute("SELECT title FROM sessions ORDER BY id")] == titles
    # The list's title order is read from the index, not sorted.
    plan = _plan(
        db,
        "SELECT id FROM sessions ORDER BY title COLLATE NOCASE, start_utc, end_utc, id LIMIT 201",
    )
    assert "sessions_title" in plan and "TEMP B-TREE" not in plan
    # The Timeline's feed shapes are grouped from the covering index, no session row read.
    plan = _plan(
        db,
        "SELECT feed_id, location, track, timezone, count(*), min(start_utc) FROM sessions "
        "GROUP BY feed_id, location, track, timezone",
    )
    assert "COVERING INDEX sessions_shape" in plan and "TEMP B-TREE" not in plan
    db.close()
    assert schema.backup_path(path, 7).exists()


def test_step_kept_materials_adds_its_table_and_keeps_sessions(tmp_path: Path, sample_feed) -> None:
    path = tmp_path / "b.db"
    step = schema.MIGRATIONS.index(schema._step_kept_materials)
    with Store(path) as store:
        store.import_feed("file:///sample.json", sample_feed)
    db = _raw(path)
    db.execute("DROP TABLE kept_materials")
    drop_later_tables(db, step)
    db.execute(f"PRAGMA user_version = {step}")
    db.conn.commit()
    titles = [r[0] for r in db.execute("SELECT title FROM sessions ORDER BY id")]
    schema.migrate(db, path, schema.MIGRATIONS[: step + 1])
    assert schema.user_version(db) == step + 1
    assert "kept_materials" in db.table_names()
    assert [r[0] for r in db.execute("SELECT title FROM sessions ORDER BY id")] == titles
    session_id = db.execute("SELECT min(id) FROM sessions").fetchone()[0]
    db.execute(
        "INSERT INTO kept_materials (session_id, url, kept_at) VALUES (?, 'https://x/y', 'now')",
        [session_id],
    )
    db.conn.commit()
    db.close()
    assert schema.backup_path(path, step).exists()


def test_the_search_prefix_step_keeps_every_match_and_indexes_first_letters(
    tmp_path: Path, sample_feed
) -> None:
    path = tmp_path / "b.db"
    with Store(path) as store:
        store.import_feed("file:///sample.json", sample_feed)
    step = schema.MIGRATIONS.index(schema._step_search_prefix_index)
    last = len(schema.MIGRATIONS)
    db = _raw(path)
    drop_later_tables(db, step)
    # Back to the step before: the same tables without their prefix index.
    for table in schema.PREFIX_INDEXED_FTS:
        create = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
        assert "prefix='1'" in create
        db.execute(f"DROP TABLE {table}")
        db.execute(create.replace(",\n    prefix='1'", ""))
        db.execute(f"INSERT INTO {table} ({table}) VALUES ('rebuild')")
    db.execute(f"PRAGMA user_version = {step}")
    db.conn.commit()
    queries = ['"c"*', '"s"*', '"pro"*', '"climate"', '"e"* "p"*']

    def hits() -> dict[str, list[list[int]]]:
        return {
            q: [
                [
                    r[0]
                    for r in db.execute(
                        f"SELECT rowid FROM {t} WHERE {t} MATCH ? ORDER BY rowid", [q]
                    )
                ]
                for t in schema.PREFIX_INDEXED_FTS
            ]
            for q in queries
        }

    before = hits()
    assert any(rows for rows in before['"c"*']), "the sample has words starting with c"
    schema.migrate(db, path)
    assert schema.user_version(db) == last
    assert hits() == before  # every table matches what it matched
    for table in schema.PREFIX_INDEXED_FTS:
        create = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
        assert "prefix='1'" in create
    # The triggers still keep the rebuilt tables: a renamed session is found by its first letter.
    first = db.execute("SELECT min(id) FROM sessions").fetchone()[0]
    q_query = "SELECT rowid FROM sessions_fts WHERE sessions_fts MATCH '\"q\"*'"
    others = {r[0] for r in db.execute(q_query)} - {first}
    db.execute("UPDATE sessions SET title = 'Zygomorphic quokkas' WHERE id = ?", [first])
    db.conn.commit()
    assert {r[0] for r in db.execute(q_query)} == others | {first}
    assert db.execute("INSERT INTO sessions_fts (sessions_fts) VALUES ('integrity-check')")
    db.close()
    assert schema.backup_path(path, step).exists()


def _schema_rows(conn: sqlite3.Connection) -> list[tuple[str, str, str, str | None]]:
    return conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    ).fetchall()


def test_a_store_makes_the_schema_sqlite_utils_makes(tmp_path: Path) -> None:
    """The store migrates without sqlite_utils (its own ``enable_fts``): the same schema,
    statement for statement, whether all steps run at once or one by one."""
    reference = _raw(tmp_path / "reference.db")
    schema.migrate(reference, tmp_path / "reference.db")
    expected = _schema_rows(reference.conn)
    assert len(expected) > 100
    with Store(tmp_path / "fresh.db") as fresh:
        assert _schema_rows(fresh.db.conn) == expected
    stepwise = _raw(tmp_path / "stepwise.db")
    schema.migrate(stepwise, tmp_path / "stepwise.db", schema.MIGRATIONS[:1])
    stepwise.close()
    with Store(tmp_path / "stepwise.db") as store:  # steps 2 on, through the store's path
        assert store.schema_version == LATEST_VERSION
        assert _schema_rows(store.db.conn) == expected


def test_a_new_store_is_created_in_one_transaction_without_sqlite_utils(tmp_path: Path) -> None:
    """Every step of a new store in one commit, and no sqlite_utils (70 ms of imports)."""
    script = (
        "import sys\n"
        "from briefing_app.store import Store\n"
        "with Store(sys.argv[1]) as store:\n"
        "    print(store.schema_version, 'sqlite_utils' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "b.db")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.split() == [str(LATEST_VERSION), "False"]
    commits: list[str] = []
    conn = sqlite3.connect(tmp_path / "traced.db", isolation_level=None)
    conn.set_trace_callback(commits.append)
    db = StoreDatabase(conn)
    schema.migrate(db, tmp_path / "traced.db")
    assert schema.user_version(db) == LATEST_VERSION
    assert [s for s in commits if s.split()[0].upper() in ("BEGIN", "COMMIT")] == [
        "BEGIN IMMEDIATE",
        "COMMIT",
    ]
