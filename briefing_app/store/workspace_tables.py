"""The presenter workspace's tables: case studies made here, overlays, notes, materials.

The workspace (:mod:`briefing_app.workspace`) keeps the logic (overlays on a
feed's version, conflicts, bundles); every SQL statement it needs is a method
here. Rows come back as plain dicts or tuples. Writes that break one of the
database's rules (a UUID already used, a missing row) raise
:class:`~briefing_app.errors.ConstraintError`; callers group writes in
:meth:`~.base.StoreBase.transaction`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

from briefing_app.errors import ConstraintError, NotFoundError, UsageError
from briefing_app.store.base import StoreBase
from briefing_app.util.i18n import QT_TRANSLATE_NOOP

#: The columns of ``case_study_overlays`` that hold an edit (NULL: the feed's value).
OVERLAY_FIELDS: tuple[str, ...] = (
    "title",
    "organization",
    "summary",
    "challenge",
    "approach",
    "outcome",
    "tags",
    "session_ids",
    "presenter_ids",
)

#: A local case study's editable fields and the ``case_studies`` column of each.
_LOCAL_COLUMNS: dict[str, str] = {
    "title": "title",
    "organization": "organization_name",
    "summary": "summary",
    "challenge": "challenge",
    "approach": "approach",
    "outcome": "outcome",
    "tags": "tags",
    "translations": "translations",
}

_CASE_SELECT = """
SELECT c.id, c.feed_id, c.source_id, c.removed, c.content_hash, c.materials AS links,
       c.title, COALESCE(o.name, c.organization_name) AS organization, c.summary, c.challenge,
       c.approach, c.outcome, c.tags,
       ov.case_study_id IS NOT NULL AS has_overlay,
       ov.title AS ov_title, ov.organization AS ov_organization, ov.summary AS ov_summary,
       ov.challenge AS ov_challenge, ov.approach AS ov_approach, ov.outcome AS ov_outcome,
       ov.tags AS ov_tags, ov.session_ids AS ov_session_ids,
       ov.presenter_ids AS ov_presenter_ids, ov.base_hash, ov.base_snapshot,
       w.uuid, w.created_at, w.updated_at, w.unresolved_links,
       f.url AS feed_url, COALESCE(n.body, '') AS note, c.translations
FROM case_studies c
LEFT JOIN organizations o ON o.id = c.organization_id
LEFT JOIN case_study_overlays ov ON ov.case_study_id = c.id
LEFT JOIN case_study_workspace w ON w.case_study_id = c.id
LEFT JOIN feeds f ON f.id = c.feed_id
LEFT JOIN case_study_notes n ON n.case_study_id = c.id
"""

_SUMMARY_SELECT = """
SELECT c.id, c.feed_id, COALESCE(ov.title, c.title) AS title,
       COALESCE(ov.organization, o.name, c.organization_name) AS organization,
       ov.case_study_id IS NOT NULL AS has_overlay, c.translations
FROM case_studies c
LEFT JOIN organizations o ON o.id = c.organization_id
LEFT JOIN case_study_overlays ov ON ov.case_study_id = c.id
"""

_REVISION_COLUMNS = "id, uuid, case_study_id, saved_at, body"


def _marks(ids: Sequence[Any]) -> str:
    return ",".join("?" * len(ids))


def _overlay_field(name: str) -> str:
    if name not in OVERLAY_FIELDS:
        raise UsageError(
            QT_TRANSLATE_NOOP("core", "no field {name} on a case study").format(name=name)
        )
    return name


class WorkspaceTablesMixin(StoreBase):
    """Every statement the presenter workspace runs, by what it does."""

    # ---- primitives ----------------------------------------------------------------
    def _ws_execute(
        self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()
    ) -> sqlite3.Cursor:
        try:
            return self.db.conn.execute(sql, params)
        except sqlite3.IntegrityError as exc:
            raise ConstraintError(str(exc)) from exc

    def _ws_executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        try:
            self.db.conn.executemany(sql, rows)
        except sqlite3.IntegrityError as exc:
            raise ConstraintError(str(exc)) from exc

    # ---- case studies ------------------------------------------------------------------
    def case_study_rows(self, ids: Sequence[int] | None = None) -> list[dict[str, Any]]:
        """Case studies with their overlay, workspace data, feed address and note, by id.

        All of them when *ids* is None.
        """
        if ids is None:
            rows = self._rows(_CASE_SELECT + " ORDER BY c.id")
        else:
            rows = self._rows(_CASE_SELECT + f"WHERE c.id IN ({_marks(ids)}) ORDER BY c.id", ids)
        return [dict(row) for row in rows]

    def case_study_summary_rows(self, ids: Sequence[int] | None = None) -> list[dict[str, Any]]:
        """What a list shows of case studies, by id (all when *ids* is None), in one query.

        Each row: ``id``, ``feed_id``, ``title`` and ``organization`` (the overlay's when
        edited) and ``has_overlay``; no long text, note, links or materials.
        """
        where = "" if ids is None else f"WHERE c.id IN ({_marks(ids)}) "
        return [
            dict(row) for row in self._rows(_SUMMARY_SELECT + where + "ORDER BY c.id", ids or ())
        ]

    def case_study_id_for_uuid(self, case_uuid: str) -> int | None:
        """The case study the workspace knows by *case_uuid* (None: none has it stored)."""
        row = self._ws_execute(
            "SELECT case_study_id FROM case_study_workspace WHERE uuid = ?", [case_uuid]
        ).fetchone()
        return None if row is None else int(row[0])

    def feed_case_study_origins(self) -> list[tuple[int, str, str]]:
        """(id, feed address, source id) of every case study from a feed."""
        return [
            (int(case_id), str(url), str(source_id))
            for case_id, url, source_id in self._ws_execute(
                "SELECT c.id, f.url, c.source_id FROM case_studies c "
                "JOIN feeds f ON f.id = c.feed_id"
            )
        ]

    def case_study_feed_origin(self, case_id: int) -> tuple[str, str] | None:
        """(feed address, source id) of a feed's case study; None for a local one."""
        row = self._ws_execute(
            "SELECT f.url, c.source_id FROM case_studies c JOIN feeds f ON f.id = c.feed_id "
            "WHERE c.id = ?",
            [case_id],
        ).fetchone()
        return None if row is None else (str(row[0]), str(row[1]))

    def case_study_id_for_feed_item(self, feed_url: str, source_id: str) -> int | None:
        row = self._ws_execute(
            "SELECT c.id FROM case_studies c JOIN feeds f ON f.id = c.feed_id "
            "WHERE f.url = ? AND c.source_id = ?",
            [feed_url, source_id],
        ).fetchone()
        return None if row is None else int(row[0])

    def case_study_session_links(self, case_ids: Sequence[int]) -> list[tuple[int, int]]:
        """(case study id, session id) pairs of *case_ids*, by session id."""
        return [
            (int(c), int(s))
            for c, s in self._ws_execute(
                f"SELECT case_study_id, session_id FROM case_study_sessions "
                f"WHERE case_study_id IN ({_marks(case_ids)}) ORDER BY session_id",
                case_ids,
            )
        ]

    def case_study_presenter_links(self, case_ids: Sequence[int]) -> list[tuple[int, int]]:
        """(case study id, presenter id) pairs of *case_ids*, by presenter id."""
        return [
            (int(c), int(p))
            for c, p in self._ws_execute(
                f"SELECT case_study_id, presenter_id FROM case_study_presenters "
                f"WHERE case_study_id IN ({_marks(case_ids)}) ORDER BY presenter_id",
                case_ids,
            )
        ]

    def insert_local_case_study(
        self, source_id: str, values: Mapping[str, Any], *, tags_json: str
    ) -> int:
        """Add a case study of no feed (its text fields from *values*); returns its id."""
        cursor = self._ws_execute(
            "INSERT INTO case_studies (feed_id, source_id, title, organization_name, summary, "
            "challenge, approach, outcome, tags, translations) "
            "VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                source_id,
                values["title"],
                values["organization"],
                values["summary"],
                values["challenge"],
                values["approach"],
                values["outcome"],
                tags_json,
                values.get("translations"),  # a bundle's other languages (None: none)
            ],
        )
        return int(cursor.lastrowid or 0)

    def update_local_case_study(self, case_id: int, values: Mapping[str, Any]) -> None:
        """Set a local case study's fields (title, organization, ..., tags as JSON text)."""
        sets = [(_LOCAL_COLUMNS[n], v) for n, v in values.items() if n in _LOCAL_COLUMNS]
        if sets:
            self._ws_execute(
                f"UPDATE case_studies SET {', '.join(f'{c} = ?' for c, _ in sets)} WHERE id = ?",
                [*(v for _, v in sets), case_id],
            )

    def delete_case_study(self, case_id: int) -> None:
        """Delete a case study row (its notes, overlay, materials and links go with it)."""
        self._ws_execute("DELETE FROM case_studies WHERE id = ?", [case_id])

    def set_case_study_sessions(self, case_id: int, session_ids: Sequence[int]) -> None:
        self._ws_execute("DELETE FROM case_study_sessions WHERE case_study_id = ?", [case_id])
        self._ws_executemany(
            "INSERT INTO case_study_sessions (case_study_id, session_id) VALUES (?, ?)",
            [(case_id, s) for s in session_ids],
        )

    def set_case_study_presenters(self, case_id: int, presenter_ids: Sequence[int]) -> None:
        self._ws_execute("DELETE FROM case_study_presenters WHERE case_study_id = ?", [case_id])
        self._ws_executemany(
            "INSERT INTO case_study_presenters (case_study_id, presenter_id) VALUES (?, ?)",
            [(case_id, p) for p in presenter_ids],
        )

    # ---- the workspace row (UUID, times, unresolved links) ---------------------------
    def add_case_study_workspace(
        self,
        case_id: int,
        case_uuid: str,
        *,
        created_at: str,
        updated_at: str,
        unresolved_links: str | None = None,
    ) -> None:
        """Give a case study its workspace row (*unresolved_links* as JSON text)."""
        if unresolved_links is None:
            self._ws_execute(
                "INSERT INTO case_study_workspace (case_study_id, uuid, created_at, updated_at) "
                "VALUES (?, ?, ?, ?)",
                [case_id, case_uuid, created_at, updated_at],
            )
        else:
            self._ws_execute(
                "INSERT INTO case_study_workspace (case_study_id, uuid, created_at, updated_at, "
                "unresolved_links) VALUES (?, ?, ?, ?, ?)",
                [case_id, case_uuid, created_at, updated_at, unresolved_links],
            )

    def set_case_study_updated_at(self, case_id: int, when: str) -> bool:
        """Record a local change; False when the case study has no workspace row yet."""
        return bool(
            self._ws_execute(
                "UPDATE case_study_workspace SET updated_at = ? WHERE case_study_id = ?",
                [when, case_id],
            ).rowcount
        )

    def set_unresolved_links(self, case_id: int, unresolved_links: str) -> None:
        """The links (JSON text) a bundle named that this store does not have."""
        self._ws_execute(
            "UPDATE case_study_workspace SET unresolved_links = ? WHERE case_study_id = ?",
            [unresolved_links, case_id],
        )

    # ---- overlays --------------------------------------------------------------------
    def case_study_overlay(self, case_id: int) -> dict[str, Any]:
        """The feed row's ``content_hash`` and the overlay's state (``has_overlay``,
        ``base_hash``, ``base_snapshot``; None without an overlay)."""
        rows = self._rows(
            "SELECT c.content_hash, ov.case_study_id IS NOT NULL AS has_overlay, "
            "ov.base_hash, ov.base_snapshot FROM case_studies c "
            "LEFT JOIN case_study_overlays ov ON ov.case_study_id = c.id WHERE c.id = ?",
            [case_id],
        )
        if not rows:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("core", "no case study number {value}").format(value=case_id)
            )
        return dict(rows[0])

    def add_overlay(
        self, case_id: int, *, base_hash: str | None, base_snapshot: str, updated_at: str
    ) -> None:
        """Start an (empty) overlay on the feed version *base_hash* (*base_snapshot*: JSON)."""
        self._ws_execute(
            "INSERT INTO case_study_overlays (case_study_id, base_hash, base_snapshot, "
            "updated_at) VALUES (?, ?, ?, ?)",
            [case_id, base_hash, base_snapshot, updated_at],
        )

    def set_overlay_field(
        self, case_id: int, name: str, value: Any, *, updated_at: str | None = None
    ) -> None:
        """Set one overlay field (None: the feed's value shows), and its time if given."""
        column = _overlay_field(name)
        if updated_at is None:
            self._ws_execute(
                f"UPDATE case_study_overlays SET {column} = ? WHERE case_study_id = ?",
                [value, case_id],
            )
        else:
            self._ws_execute(
                f"UPDATE case_study_overlays SET {column} = ?, updated_at = ? "
                "WHERE case_study_id = ?",
                [value, updated_at, case_id],
            )

    def drop_empty_overlay(self, case_id: int) -> None:
        """Delete the overlay when it no longer overrides anything."""
        nulls = " AND ".join(f"{name} IS NULL" for name in OVERLAY_FIELDS)
        self._ws_execute(
            f"DELETE FROM case_study_overlays WHERE case_study_id = ? AND {nulls}", [case_id]
        )

    def delete_overlay(self, case_id: int) -> None:
        self._ws_execute("DELETE FROM case_study_overlays WHERE case_study_id = ?", [case_id])

    def rebase_overlay(self, case_id: int, base_snapshot: str) -> None:
        """Put the overlay on the feed's current version (*base_snapshot*: its values, JSON)."""
        self._ws_execute(
            "UPDATE case_study_overlays SET base_hash = "
            "(SELECT content_hash FROM case_studies WHERE id = ?), base_snapshot = ? "
            "WHERE case_study_id = ?",
            [case_id, base_snapshot, case_id],
        )

    # ---- notes and their revisions ----------------------------------------------------
    def case_study_note(self, case_id: int) -> tuple[str, str] | None:
        """(body, updated_at) of a case study's notes; None when it has none."""
        row = self._ws_execute(
            "SELECT body, updated_at FROM case_study_notes WHERE case_study_id = ?", [case_id]
        ).fetchone()
        return None if row is None else (row[0], row[1])

    def upsert_case_study_note(self, case_id: int, body: str, updated_at: str) -> None:
        self._ws_execute(
            "INSERT INTO case_study_notes (case_study_id, body, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT(case_study_id) DO UPDATE SET body = excluded.body, "
            "updated_at = excluded.updated_at",
            [case_id, body, updated_at],
        )

    def add_note_revision(self, case_id: int, revision_uuid: str, saved_at: str, body: str) -> int:
        """Keep a revision of the notes; returns its id."""
        cursor = self._ws_execute(
            "INSERT INTO case_study_note_revisions (case_study_id, uuid, saved_at, body) "
            "VALUES (?, ?, ?, ?)",
            [case_id, revision_uuid, saved_at, body],
        )
        return int(cursor.lastrowid or 0)

    def note_revisions(self, case_id: int) -> list[tuple[int, str, int, str, str]]:
        """(id, uuid, case study id, saved at, body) of the note's revisions, newest first."""
        return [
            (r[0], r[1], r[2], r[3], r[4])
            for r in self._ws_execute(
                f"SELECT {_REVISION_COLUMNS} FROM case_study_note_revisions "
                "WHERE case_study_id = ? ORDER BY saved_at DESC, id DESC",
                [case_id],
            )
        ]

    def note_revision(self, revision_id: int) -> tuple[int, str, int, str, str] | None:
        row = self._ws_execute(
            f"SELECT {_REVISION_COLUMNS} FROM case_study_note_revisions WHERE id = ?",
            [revision_id],
        ).fetchone()
        return None if row is None else (row[0], row[1], row[2], row[3], row[4])

    def note_revision_uuids(self, case_id: int) -> set[str]:
        return {
            str(r[0])
            for r in self._ws_execute(
                "SELECT uuid FROM case_study_note_revisions WHERE case_study_id = ?", [case_id]
            )
        }

    # ---- materials ------------------------------------------------------------------------
    def case_study_materials(
        self, case_ids: Sequence[int], *, sha256: str | None = None
    ) -> list[dict[str, Any]]:
        """The material rows of *case_ids* (only those of content *sha256* if given), oldest
        first."""
        where = f"WHERE case_study_id IN ({_marks(case_ids)})"
        params: list[Any] = list(case_ids)
        if sha256 is not None:
            where += " AND sha256 = ?"
            params.append(sha256)
        return self._material_rows(where, params)

    def case_study_material(self, material_id: int) -> dict[str, Any] | None:
        found = self._material_rows("WHERE id = ?", [material_id])
        return found[0] if found else None

    def _material_rows(self, where: str, params: Sequence[Any]) -> list[dict[str, Any]]:
        return [
            dict(row)
            for row in self._rows(
                f"SELECT * FROM case_study_materials {where} ORDER BY added_at, id", params
            )
        ]

    def add_case_study_material(
        self,
        case_id: int,
        *,
        uuid: str,
        kind: str,
        name: str,
        media_type: str,
        size: int | None,
        sha256: str | None,
        url: str,
        added_at: str,
    ) -> int:
        """Attach a material row (a stored file by *sha256*, or a link by *url*); its id."""
        cursor = self._ws_execute(
            "INSERT INTO case_study_materials (case_study_id, uuid, kind, name, media_type, "
            "size, sha256, url, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [case_id, uuid, kind, name, media_type, size, sha256, url, added_at],
        )
        return int(cursor.lastrowid or 0)

    def delete_case_study_material(self, material_id: int) -> None:
        self._ws_execute("DELETE FROM case_study_materials WHERE id = ?", [material_id])

    def referenced_material_hashes(self) -> set[str]:
        """The content hashes of every stored file some material row uses.

        A case study's attached files and the session materials kept offline share
        the materials folder (one copy per content): a file either uses stays.
        """
        return {
            str(row[0])
            for row in self._ws_execute(
                "SELECT sha256 FROM case_study_materials WHERE sha256 IS NOT NULL "
                "UNION SELECT sha256 FROM kept_materials WHERE sha256 IS NOT NULL"
            )
        }

    # ---- feed items named in portable form ------------------------------------------------
    def session_feed_refs(self, session_ids: Sequence[int]) -> list[tuple[str, str, str]]:
        """(feed address, source id, title) of each session of *session_ids*."""
        return [
            (str(u), str(s), str(t))
            for u, s, t in self._ws_execute(
                "SELECT f.url, s.source_id, s.title FROM sessions s "
                "JOIN feeds f ON f.id = s.feed_id "
                f"WHERE s.id IN ({_marks(session_ids)})",
                list(session_ids),
            )
        ]

    def presenter_feed_refs(self, presenter_ids: Sequence[int]) -> list[tuple[str, str, str]]:
        """(feed address, source id, name) of each presenter of *presenter_ids*."""
        return [
            (str(u), str(s), str(n))
            for u, s, n in self._ws_execute(
                "SELECT f.url, p.source_id, p.name FROM presenters p "
                "JOIN feeds f ON f.id = p.feed_id "
                f"WHERE p.id IN ({_marks(presenter_ids)})",
                list(presenter_ids),
            )
        ]

    def session_id_for_feed_item(self, feed_url: str, source_id: str) -> int | None:
        return self._feed_item_id("sessions", feed_url, source_id)

    def presenter_id_for_feed_item(self, feed_url: str, source_id: str) -> int | None:
        return self._feed_item_id("presenters", feed_url, source_id)

    def _feed_item_id(self, table: str, feed_url: str, source_id: str) -> int | None:
        row = self._ws_execute(
            f"SELECT t.id FROM {table} t JOIN feeds f ON f.id = t.feed_id "
            "WHERE f.url = ? AND t.source_id = ?",
            [feed_url, source_id],
        ).fetchone()
        return None if row is None else int(row[0])
