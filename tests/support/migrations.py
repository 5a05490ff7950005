"""Taking a store back to an earlier schema step, for the migration tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from briefing_app.store import schema


def _shape_at(steps: int) -> dict[str, list[str]]:
    """The tables (and their columns) a fresh database has after the first *steps* steps."""
    db = Database(sqlite3.connect(":memory:"))
    schema.migrate(db, Path(":memory:"), schema.MIGRATIONS[:steps])
    names = [str(r[0]) for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    shape = {
        name: [str(c[1]) for c in db.execute(f'PRAGMA table_info("{name}")')]
        for name in names
        if not name.startswith("sqlite_")
    }
    db.close()
    return shape


def drop_later_tables(db: Database, step: int) -> None:
    """Drop every table and column the steps after *step* (an index into MIGRATIONS) add.

    A test that rewinds a store written at the latest schema to just before *step*
    drops *step*'s own tables itself, then this drops the later steps' (their FTS
    shadow tables, triggers and indexes go with them) and the columns they added to
    older tables, so that migrating forward meets each only once, whatever order the
    steps are merged in.
    """
    latest, then = _shape_at(len(schema.MIGRATIONS)), _shape_at(step + 1)
    later = set(latest) - set(then)
    # Triggers a later step put on an older table (keeping its later tables) go first.
    for name, sql in db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"):
        if any(f'"{table}"' in str(sql) or f" {table} " in str(sql) for table in later):
            db.execute(f'DROP TRIGGER IF EXISTS "{name}"')
    for table in sorted(later, key=lambda name: name.endswith("_fts"), reverse=True):
        db.execute(f'DROP TABLE IF EXISTS "{table}"')
    for table, columns in then.items():
        have = {str(c[1]) for c in db.execute(f'PRAGMA table_info("{table}")')}
        for column in latest.get(table, []):
            if column not in columns and column in have:
                db.execute(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')
