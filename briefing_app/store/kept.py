"""Session materials kept offline: which ones, and the copy each has (issue 15).

A row says "session S keeps the material at URL": the copy's SHA-256 (its file
is in the materials folder, shared with the presenter workspace), its size, the
server's validators for a conditional re-download, and what the feed said of it
(size, checksum) when the copy was made. The files themselves are not the
store's business: :mod:`briefing_app.usecases.prereads` downloads them, and
deletes a file once no row here or in ``case_study_materials`` uses it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from briefing_app.store.base import StoreBase
from briefing_app.store.records import SessionChange
from briefing_app.util.timeutil import utc_now


@dataclass(frozen=True, slots=True)
class KeptMaterial:
    """One material a session keeps offline (a copy or, until downloaded, the wish)."""

    id: int
    session_id: int
    url: str
    title: str
    kind: str
    feed_size: int | None
    feed_sha256: str | None
    sha256: str | None
    size: int | None
    etag: str | None
    last_modified: str | None
    kept_at: str
    downloaded_at: str | None
    last_error: str

    @property
    def has_copy(self) -> bool:
        return self.sha256 is not None


def _stamp() -> str:
    return utc_now().strftime("%Y-%m-%dT%H:%M:%SZ")


class KeptMaterialsMixin(StoreBase):
    """The ``kept_materials`` table; writes join the caller's transaction."""

    def kept_materials(self, session_ids: Sequence[int] | None = None) -> list[KeptMaterial]:
        """The kept materials (of *session_ids* if given), by session then URL."""
        where, params = "", list(session_ids or [])
        if session_ids is not None:
            where = f"WHERE session_id IN ({', '.join('?' * len(params))})"
            if not params:
                return []
        rows = self._rows(f"SELECT * FROM kept_materials {where} ORDER BY session_id, url", params)
        return [KeptMaterial(**dict(zip(row.keys(), tuple(row), strict=True))) for row in rows]

    def kept_material(self, session_id: int, url: str) -> KeptMaterial | None:
        found = [k for k in self.kept_materials([session_id]) if k.url == url]
        return found[0] if found else None

    def keep_material(
        self,
        session_id: int,
        url: str,
        *,
        title: str = "",
        kind: str = "",
    ) -> int:
        """Mark the material at *url* of *session_id* kept (idempotent); the row's id."""
        with self.transaction():
            self.db.execute(
                "INSERT INTO kept_materials (session_id, url, title, kind, kept_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (session_id, url) DO UPDATE SET "
                "title = excluded.title, kind = excluded.kind",
                [session_id, url, title, kind, _stamp()],
            )
            row = self.db.execute(
                "SELECT id FROM kept_materials WHERE session_id = ? AND url = ?", [session_id, url]
            ).fetchone()
        return int(row[0])

    def record_kept_copy(
        self,
        kept_id: int,
        *,
        sha256: str,
        size: int,
        etag: str | None,
        last_modified: str | None,
        feed_size: int | None,
        feed_sha256: str | None,
    ) -> None:
        """The row now has a whole copy (its file is in the materials folder)."""
        with self.transaction():
            self.db.execute(
                "UPDATE kept_materials SET sha256 = ?, size = ?, etag = ?, last_modified = ?, "
                "feed_size = ?, feed_sha256 = ?, downloaded_at = ?, last_error = '' WHERE id = ?",
                [sha256, size, etag, last_modified, feed_size, feed_sha256, _stamp(), kept_id],
            )

    def record_kept_error(self, kept_id: int, error: str) -> None:
        with self.transaction():
            self.db.execute(
                "UPDATE kept_materials SET last_error = ? WHERE id = ?", [error, kept_id]
            )

    def move_kept_material(self, kept_id: int, url: str, *, title: str, kind: str) -> None:
        """The feed moved the material to *url*: the row follows (its copy is refetched)."""
        with self.transaction():
            self.db.execute(
                "UPDATE kept_materials SET url = ?, title = ?, kind = ? WHERE id = ?",
                [url, title, kind, kept_id],
            )

    def forget_kept_materials(self, kept_ids: Iterable[int]) -> set[str]:
        """Delete the rows; the hashes their copies had (for the caller's clean-up)."""
        ids = list(kept_ids)
        if not ids:
            return set()
        marks = ", ".join("?" * len(ids))
        with self.transaction():
            hashes = {
                str(r[0])
                for r in self.db.execute(
                    f"SELECT sha256 FROM kept_materials WHERE id IN ({marks}) "
                    "AND sha256 IS NOT NULL",
                    ids,
                )
            }
            self.db.execute(f"DELETE FROM kept_materials WHERE id IN ({marks})", ids)
        return hashes

    def has_kept_materials(self) -> bool:
        """True when any material is kept (a cheap check before a refresh)."""
        return self.db.execute("SELECT 1 FROM kept_materials LIMIT 1").fetchone() is not None

    def kept_hashes(self) -> set[str]:
        return {
            str(r[0])
            for r in self.db.execute(
                "SELECT DISTINCT sha256 FROM kept_materials WHERE sha256 IS NOT NULL"
            )
        }

    def session_feed_ids(self, session_ids: Sequence[int]) -> dict[int, int]:
        """The feed of each session of *session_ids*."""
        if not session_ids:
            return {}
        marks = ", ".join("?" * len(session_ids))
        return {
            int(s): int(f)
            for s, f in self.db.execute(
                f"SELECT id, feed_id FROM sessions WHERE id IN ({marks})", list(session_ids)
            )
        }

    def record_material_changes(
        self, feed_id: int, changes: Sequence[SessionChange], *, run_id: int | None = None
    ) -> int:
        """Log *changes* (kept materials updated) in the Changes of *feed_id*; the run's id.

        With *run_id* (the sync that just ran on the feed), they join that run, which
        becomes "changed"; otherwise they are a run of their own.
        """
        summary = f"{len(changes)} kept material{'s' if len(changes) != 1 else ''} updated"
        with self.transaction():
            if run_id is None:
                stamp = _stamp()
                cursor = self.db.execute(
                    "INSERT INTO sync_runs (feed_id, started_at, finished_at, outcome, summary) "
                    "VALUES (?, ?, ?, 'changed', ?)",
                    [feed_id, stamp, stamp, summary],
                )
                run_id = int(cursor.lastrowid or 0)
            else:
                self.db.execute(
                    "UPDATE sync_runs SET outcome = CASE outcome WHEN 'unchanged' THEN 'changed' "
                    "ELSE outcome END, summary = CASE summary WHEN '' THEN ? "
                    "ELSE summary || ', ' || ? END WHERE id = ?",
                    [summary, summary, run_id],
                )
            self.db.conn.executemany(
                "INSERT INTO changes (sync_id, session_id, kind, detail) VALUES (?, ?, ?, ?)",
                [(run_id, c.session_id, c.kind, json.dumps(c.detail)) for c in changes],
            )
        return run_id

    def latest_run_id(self, feed_id: int) -> int | None:
        row = self.db.execute(
            "SELECT max(id) FROM sync_runs WHERE feed_id = ?", [feed_id]
        ).fetchone()
        return None if row is None or row[0] is None else int(row[0])
