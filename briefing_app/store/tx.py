"""Write transactions that take SQLite's write lock up front.

A plain ``BEGIN`` is deferred: a transaction that reads and then writes can
fail with SQLITE_BUSY at once when another process writes, without waiting
for ``busy_timeout``. ``BEGIN IMMEDIATE`` takes the write lock first (waiting
up to the timeout), so concurrent writers queue instead of failing. Nested
calls become savepoints.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[None]:
    if conn.in_transaction:
        name = f"sp_{os.urandom(8).hex()}"  # secrets.token_hex's, without importing hmac
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        conn.execute(f"RELEASE SAVEPOINT {name}")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if _still_open(conn):  # an error may already have ended it
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _still_open(conn: sqlite3.Connection) -> bool:
    return conn.in_transaction
