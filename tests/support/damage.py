"""Damaging a real SQLite file the way a bad disk or a stray write would."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path


def damage_page_of(db: Path, table: str, *, margin: int = 0) -> None:
    """Overwrite the middle leaf page of *table* in *db* with random bytes.

    *margin* bytes at each end of the page are kept (16 keeps the page header,
    so SQLite reads the page and finds its cells broken rather than refusing it).
    """
    conn = sqlite3.connect(db)
    pages = [
        int(row[0])
        for row in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
            [table],
        )
    ]
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    page = pages[len(pages) // 2]
    with db.open("r+b") as out:
        out.seek((page - 1) * page_size + margin)
        out.write(random.Random(page).randbytes(page_size - 2 * margin))
