"""What every area of the store builds on: the connection, transactions, row reads."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from briefing_app.store.failures import store_error, translatable
from briefing_app.store.tx import write_transaction

#: Statements that manage transactions themselves: :meth:`Database.execute` leaves them be.
_TRANSACTION_CONTROL = frozenset({"BEGIN", "COMMIT", "END", "RELEASE", "ROLLBACK", "SAVEPOINT"})


class Database:
    """The connection, with ``sqlite_utils.Database``'s ``execute`` (what the store uses of it).

    ``sqlite_utils`` costs every process ~50 ms to import (click, dateutil, pluggy) and the
    store needs only its migrations' ``table(...).enable_fts``: :mod:`.schema` gives the
    steps a stand-in that writes the same statements. Like it, this turns on recursive
    triggers (``INSERT OR REPLACE`` then fires the full-text delete triggers) and commits a
    statement that opened an implicit transaction, so ``execute`` behaves the same inside
    and outside a transaction.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.execute("PRAGMA recursive_triggers=on;")
        # Python's Unicode case folding (SQLite's LIKE and lower() fold ASCII only).
        conn.create_function("casefold", 1, _casefold, deterministic=True)

    def execute(
        self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None
    ) -> sqlite3.Cursor:
        """Run one statement; one that opened an implicit transaction is committed."""
        was_in_transaction = self.conn.in_transaction
        try:
            if parameters is None:
                cursor = self.conn.execute(sql)
            else:
                cursor = self.conn.execute(sql, parameters)
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")  # nothing would ever commit the failed statement's
            raise
        if (
            not was_in_transaction
            and self.conn.in_transaction
            and cursor.description is None
            and _first_keyword(sql) not in _TRANSACTION_CONTROL
        ):
            self.conn.execute("COMMIT")
        return cursor

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction (a savepoint inside another), as ``sqlite_utils``' ``atomic``."""
        with write_transaction(self.conn):
            yield self

    def close(self) -> None:
        self.conn.close()


def _first_keyword(sql: str) -> str:
    """The first keyword of *sql*, upper-cased, after spaces, ``;``, a BOM and comments."""
    i, n = 0, len(sql)
    while i < n:
        if sql[i].isspace() or sql[i] in (";", "\ufeff"):
            i += 1
        elif sql.startswith("--", i):
            newline = sql.find("\n", i)
            if newline == -1:
                return ""
            i = newline + 1
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            if end == -1:
                return ""
            i = end + 2
        else:
            break
    j = i
    while j < n and (sql[j].isalpha() or sql[j] == "_"):
        j += 1
    return sql[i:j].upper()


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

    def _after_feed_applied(self) -> None:
        """Called inside the transaction that applied a feed (attaches imported orphans)."""

    def _rows(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        cursor = self.db.conn.cursor()
        cursor.row_factory = sqlite3.Row
        return list(cursor.execute(sql, params).fetchall())


def _casefold(text: str | bytes | int | float | None) -> str | bytes | int | float | None:
    """SQL ``casefold(x)``: *x* folded as ``str.casefold`` ("É" and "é", "ß" and "ss"); not
    text: as it is."""
    return text.casefold() if isinstance(text, str) else text
