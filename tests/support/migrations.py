"""Taking a store back to an earlier schema step, for the migration tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from briefing_app.store import schema


def _tables_at(steps: int) -> set[str]:
    db = Database(sqlite3.connect(":memory:"))
    schema.migrate(db, Path(":memory:"), schema.MIGRATIONS[:steps])
    names = {str(r[0]) for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    db.close()
    return names


def drop_later_tables(db: Database, step: int) -> None:
    """Drop every table the steps after *step* (an index into MIGRATIONS) create.

    A test that rewinds a store written at the latest schema to just before *step*
    drops *step*'s own tables itself, then this drops the later steps' (their FTS
    shadow tables, triggers and indexes go with them), so that migrating forward
    meets each table only once, whatever order the steps are merged in.
    """
    later = _tables_at(len(schema.MIGRATIONS)) - _tables_at(step + 1)
    later = {name for name in later if not name.startswith("sqlite_")}
    for table in sorted(later, key=lambda name: name.endswith("_fts"), reverse=True):
        db.execute(f'DROP TABLE IF EXISTS "{table}"')
