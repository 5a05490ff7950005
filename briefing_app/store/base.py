"""What every area of the store builds on: the connection, transactions, row reads."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from briefing_app.errors import StoreBusyError
from briefing_app.store.tx import write_transaction


class StoreBase:
    """The connection and the two primitives every area of the :class:`~.store.Store` uses.

    The areas (feeds, sessions, presenters, local data, export) are mixins on
    this class; :class:`~.store.Store` composes them and opens the connection.
    """

    path: Path
    db: Database

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit of writes (nested calls become savepoints)."""
        try:
            with write_transaction(self.db.conn):
                yield
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise StoreBusyError(f"the database {self.path} is busy: {exc}") from exc
            raise

    def _rows(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        cursor = self.db.conn.cursor()
        cursor.row_factory = sqlite3.Row
        return list(cursor.execute(sql, params).fetchall())
