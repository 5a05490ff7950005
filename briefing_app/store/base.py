"""What every area of the store builds on: the connection, transactions, row reads."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from briefing_app.store.failures import store_error, translatable
from briefing_app.store.tx import write_transaction


class StoreBase:
    """The connection and the two primitives every area of the :class:`~.store.Store` uses.

    The areas (feeds, sessions, presenters, local data, export) are mixins on
    this class; :class:`~.store.Store` composes them and opens the connection.
    """

    path: Path
    db: Database
    #: About how many bytes the write under way adds (a disk-full message says it).
    write_estimate: int = 0

    @contextmanager
    def transaction(self, *, join: bool = False) -> Iterator[None]:
        """One atomic unit of writes (nested calls become savepoints).

        With *join*, a call inside another transaction becomes part of it
        instead of a savepoint: for bulk writes to full-text indexed tables,
        where SQLite's FTS5 flushes its pending index at every statement
        inside a savepoint (a 10,000-session sync took 5.4 s in a savepoint,
        0.7 s without). A joined block that fails fails its whole transaction,
        which the caller then lets go (it must not catch and commit).

        A full disk, a damaged file, a lock held too long: each becomes its
        :class:`~briefing_app.errors.StoreError` (the commit's too).
        """
        if join and self.db.conn.in_transaction:
            yield
            return
        outermost = not self.db.conn.in_transaction
        try:
            with write_transaction(self.db.conn):
                yield
        except (sqlite3.OperationalError, sqlite3.DatabaseError) as exc:
            if not translatable(exc):
                raise
            raise store_error(exc, self.path, needed=self.write_estimate) from exc
        finally:
            if outermost:  # the estimate of what it wrote served its commit
                self.write_estimate = 0

    def _rows(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        cursor = self.db.conn.cursor()
        cursor.row_factory = sqlite3.Row
        return list(cursor.execute(sql, params).fetchall())
