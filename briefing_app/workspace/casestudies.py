"""The presenter workspace: case studies, their notes with history, and materials.

:class:`Workspace` is the store's gateway for this part of the database (the
only module with its SQL), beside the files of :class:`MaterialStore`.

* A case study made here is a row of ``case_studies`` without a feed; its
  ``source_id`` is its UUID. A feed's case study is read-only at its source:
  editing it writes an overlay row that a sync never touches, remembering the
  feed version it was made on, so a later change of the feed shows
  (:attr:`CaseStudy.changed_underneath`).
* Notes are Markdown; every save that changes the text keeps a revision, so
  the history can be listed, diffed and restored (restoring saves the old
  text as a new revision: nothing is ever lost).
* Materials are files (copied into the materials folder, stored once per
  content) and links. A file goes from the folder when no case study uses it.

Nothing here imports Qt. Long file work (:meth:`MaterialStore.ingest`) takes a
progress callback and a cancel check, for a GUI worker thread; the database
calls are quick and belong on the thread that owns the :class:`Store`.
"""

from __future__ import annotations

import difflib
import json
import logging
import mimetypes
import sqlite3
import uuid as uuidlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from briefing_app.errors import (
    MaterialError,
    NotFoundError,
    ReadOnlyError,
    UsageError,
)
from briefing_app.store import Store
from briefing_app.store.records import LinkRecord
from briefing_app.workspace.materials import (
    CancelCheck,
    MaterialStore,
    ProgressCallback,
    StoredFile,
)
from briefing_app.workspace.records import (
    EDITABLE_FIELDS,
    TEXT_FIELDS,
    CaseStudy,
    CaseStudyPayload,
    ExternalRef,
    Material,
    NoteRevision,
    Origin,
)

logger = logging.getLogger(__name__)

MATERIALS_DIRNAME = "materials"
#: Feed case studies get a UUID derived from where they come from, so two
#: machines following the same feed agree on it (bundles merge by it).
_FEED_UUID_NAMESPACE = uuidlib.UUID("5b3a8e36-5a57-4b8e-9d55-2f6d0e3c1a42")
_LINK_SCHEMES = ("http://", "https://", "mailto:")


def stamp() -> str:
    """Now, UTC, to the microsecond, sortable as text (``2026-05-01T10:00:00.123456Z``).

    Finer than the store's seconds: two saves in one second must still order,
    and "the local copy is newer than the bundle" compares these.
    """
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def feed_case_study_uuid(feed_url: str, source_id: str) -> str:
    return str(uuidlib.uuid5(_FEED_UUID_NAMESPACE, f"{feed_url}\x1f{source_id}"))


def unified_diff(old: NoteRevision, new: NoteRevision, *, context: int = 3) -> str:
    """A unified diff of two revisions' text ('' when they are the same)."""
    lines = difflib.unified_diff(
        old.body.splitlines(),
        new.body.splitlines(),
        fromfile=f"revision {old.id} ({old.saved_at})",
        tofile=f"revision {new.id} ({new.saved_at})",
        n=context,
        lineterm="",
    )
    text = "\n".join(lines)
    return text + "\n" if text else ""


def guess_media_type(name: str) -> str:
    media_type, _encoding = mimetypes.guess_type(name, strict=False)
    return media_type or "application/octet-stream"


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(t.strip() for t in tags if t.strip()))


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
       f.url AS feed_url, COALESCE(n.body, '') AS note
FROM case_studies c
LEFT JOIN organizations o ON o.id = c.organization_id
LEFT JOIN case_study_overlays ov ON ov.case_study_id = c.id
LEFT JOIN case_study_workspace w ON w.case_study_id = c.id
LEFT JOIN feeds f ON f.id = c.feed_id
LEFT JOIN case_study_notes n ON n.case_study_id = c.id
"""


class Workspace:
    """Case studies, notes and materials over one :class:`Store` and its materials folder.

    Like the store, not thread-safe: one per thread. :attr:`materials` alone
    may be used from a worker (it touches no database).
    """

    def __init__(self, store: Store, materials: MaterialStore | None = None) -> None:
        self.store = store
        self.materials = materials or MaterialStore(store.path.parent / MATERIALS_DIRNAME)

    # ---- low-level helpers -----------------------------------------------------
    def _rows(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> list[sqlite3.Row]:
        cursor = self.store.db.conn.cursor()
        cursor.row_factory = sqlite3.Row
        return list(cursor.execute(sql, params).fetchall())

    def _execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> sqlite3.Cursor:
        return self.store.db.conn.execute(sql, params)

    # ---- reading -----------------------------------------------------------------
    def case_studies(self, *, search: str | None = None) -> list[CaseStudy]:
        """Every case study (local and from feeds), by title; or those matching *search*."""
        if search is not None:
            ids = self.store.search_case_studies(search)
            if not ids:
                return []
            found = {
                c.id: c for c in self._load(f"WHERE c.id IN ({','.join('?' * len(ids))})", ids)
            }
            return [found[i] for i in ids if i in found]
        return self._load("", ())

    def get(self, case_id: int) -> CaseStudy:
        found = self._load("WHERE c.id = ?", [case_id])
        if not found:
            raise NotFoundError(f"no case study number {case_id}")
        return found[0]

    def find(self, ref: str | int) -> CaseStudy:
        """A case study the way a person names it: its number (``3``, ``#3``) or its UUID."""
        text = str(ref).strip().removeprefix("#")
        if text.isascii() and text.isdigit() and len(text) < 19:
            return self.get(int(text))
        case_id = self.id_for_uuid(text)
        if case_id is None:
            raise NotFoundError(f"no case study {str(ref)!r} (give its number or its UUID)")
        return self.get(case_id)

    def id_for_uuid(self, case_uuid: str) -> int | None:
        row = self._execute(
            "SELECT case_study_id FROM case_study_workspace WHERE uuid = ?", [case_uuid]
        ).fetchone()
        if row is not None:
            return int(row[0])
        # Feed case studies nobody has touched here yet: their UUID is derived.
        for case_id, url, source_id in self._execute(
            "SELECT c.id, f.url, c.source_id FROM case_studies c JOIN feeds f ON f.id = c.feed_id"
        ):
            if feed_case_study_uuid(url, source_id) == case_uuid:
                return int(case_id)
        return None

    def _load(self, where: str, params: Sequence[Any]) -> list[CaseStudy]:
        rows = self._rows(_CASE_SELECT + where + " ORDER BY c.id", params)
        if not rows:
            return []
        ids = [row["id"] for row in rows]
        marks = ",".join("?" * len(ids))
        sessions: dict[int, list[int]] = defaultdict(list)
        for case_id, session_id in self._execute(
            f"SELECT case_study_id, session_id FROM case_study_sessions "
            f"WHERE case_study_id IN ({marks}) ORDER BY session_id",
            ids,
        ):
            sessions[case_id].append(session_id)
        people: dict[int, list[int]] = defaultdict(list)
        for case_id, presenter_id in self._execute(
            f"SELECT case_study_id, presenter_id FROM case_study_presenters "
            f"WHERE case_study_id IN ({marks}) ORDER BY presenter_id",
            ids,
        ):
            people[case_id].append(presenter_id)
        materials: dict[int, list[Material]] = defaultdict(list)
        for material in self._materials(f"WHERE case_study_id IN ({marks})", ids):
            materials[material.case_study_id].append(material)
        found = [
            self._case_study(row, sessions[row["id"]], people[row["id"]], materials[row["id"]])
            for row in rows
        ]
        return sorted(found, key=lambda c: (c.title.casefold(), c.id))

    def _case_study(
        self,
        row: sqlite3.Row,
        session_ids: list[int],
        presenter_ids: list[int],
        materials: list[Material],
    ) -> CaseStudy:
        feed_values: dict[str, Any] = {name: row[name] for name in TEXT_FIELDS}
        feed_values["tags"] = list(json.loads(row["tags"]))
        feed_values["session_ids"] = list(session_ids)
        feed_values["presenter_ids"] = list(presenter_ids)
        values = dict(feed_values)
        overridden: list[str] = []
        feed_changed: list[str] = []
        changed_underneath = False
        if row["has_overlay"]:
            for name in EDITABLE_FIELDS:
                raw = row[f"ov_{name}"]
                if raw is None:
                    continue
                overridden.append(name)
                values[name] = raw if name in TEXT_FIELDS else list(json.loads(raw))
            snapshot = json.loads(row["base_snapshot"] or "{}")
            feed_changed = [
                name
                for name in EDITABLE_FIELDS
                if name in snapshot and snapshot[name] != _comparable(name, feed_values[name])
            ]
            changed_underneath = bool(feed_changed) or row["base_hash"] != row["content_hash"]
        feed_id = row["feed_id"]
        case_uuid = row["uuid"] or (
            row["source_id"]
            if feed_id is None
            else feed_case_study_uuid(row["feed_url"], row["source_id"])
        )
        unresolved = tuple(
            ExternalRef(item["kind"], item["feed_url"], item["source_id"], item.get("label", ""))
            for item in json.loads(row["unresolved_links"] or "[]")
        )
        return CaseStudy(
            id=row["id"],
            uuid=case_uuid,
            feed_id=feed_id,
            source_id=row["source_id"],
            title=values["title"],
            organization=values["organization"],
            summary=values["summary"],
            challenge=values["challenge"],
            approach=values["approach"],
            outcome=values["outcome"],
            tags=tuple(values["tags"]),
            session_ids=tuple(values["session_ids"]),
            presenter_ids=tuple(values["presenter_ids"]),
            note=row["note"],
            materials=tuple(materials),
            links=tuple(
                LinkRecord(url=i["url"], title=i.get("title", ""), kind=i.get("type", ""))
                for i in json.loads(row["links"] or "[]")
            ),
            created_at=row["created_at"],
            updated_at=row["updated_at"],
            removed=bool(row["removed"]),
            feed_url=row["feed_url"],
            overridden=tuple(overridden),
            feed_changed=tuple(feed_changed),
            changed_underneath=changed_underneath,
            feed_version=feed_values if feed_id is not None else {},
            unresolved=unresolved,
        )

    # ---- creating, editing, deleting --------------------------------------------
    def create(
        self,
        title: str,
        *,
        organization: str = "",
        summary: str = "",
        challenge: str = "",
        approach: str = "",
        outcome: str = "",
        tags: Iterable[str] = (),
        session_ids: Iterable[int] = (),
        presenter_ids: Iterable[int] = (),
    ) -> CaseStudy:
        """Add a case study of the presenter's own; returns it with its number and UUID."""
        if not title.strip():
            raise UsageError("a case study needs a title")
        sessions = self._check_sessions(session_ids)
        people = self._check_presenters(presenter_ids)
        case_uuid = str(uuidlib.uuid4())
        now = stamp()
        with self.store.transaction():
            case_id = self._insert_local(
                case_uuid,
                {
                    "title": title.strip(),
                    "organization": organization,
                    "summary": summary,
                    "challenge": challenge,
                    "approach": approach,
                    "outcome": outcome,
                    "tags": list(_clean_tags(tags)),
                },
                created_at=now,
                updated_at=now,
            )
            self._set_links(case_id, sessions, people)
        return self.get(case_id)

    def _insert_local(
        self,
        case_uuid: str,
        values: Mapping[str, Any],
        *,
        created_at: str,
        updated_at: str,
        unresolved: Sequence[ExternalRef] = (),
    ) -> int:
        cursor = self._execute(
            "INSERT INTO case_studies (feed_id, source_id, title, organization_name, summary, "
            "challenge, approach, outcome, tags) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                case_uuid,
                values["title"],
                values["organization"],
                values["summary"],
                values["challenge"],
                values["approach"],
                values["outcome"],
                _json(list(values["tags"])),
            ],
        )
        case_id = int(cursor.lastrowid or 0)
        self._execute(
            "INSERT INTO case_study_workspace (case_study_id, uuid, created_at, updated_at, "
            "unresolved_links) VALUES (?, ?, ?, ?, ?)",
            [case_id, case_uuid, created_at, updated_at, _json([r.as_json() for r in unresolved])],
        )
        return case_id

    def update(self, case_id: int, **changes: Any) -> CaseStudy:
        """Change fields (``title=...``, ``tags=[...]``, ``session_ids=[...]``, ...).

        A local case study is changed in place. A feed's case study keeps the
        feed's version untouched: the changes go into its overlay, which the
        next sync leaves alone (a value equal to the feed's drops out of the
        overlay again, so later feed changes to it show through).
        """
        unknown = sorted(set(changes) - set(EDITABLE_FIELDS))
        if unknown:
            raise UsageError(f"cannot edit {', '.join(unknown)} of a case study")
        current = self.get(case_id)
        new = self._normalized(changes)
        if "title" in new and not new["title"]:
            raise UsageError("a case study needs a title")
        with self.store.transaction():
            if current.is_local:
                self._update_local(case_id, new)
            else:
                self._update_overlay(current, new)
            self._touch(case_id)
        return self.get(case_id)

    def _normalized(self, changes: Mapping[str, Any]) -> dict[str, Any]:
        new: dict[str, Any] = {}
        for name, value in changes.items():
            if name in TEXT_FIELDS:
                new[name] = str(value).strip() if name == "title" else str(value)
            elif name == "tags":
                new[name] = list(_clean_tags(value))
            elif name == "session_ids":
                new[name] = self._check_sessions(value)
            else:
                new[name] = self._check_presenters(value)
        return new

    def _update_local(self, case_id: int, new: Mapping[str, Any]) -> None:
        columns = {
            "title": "title",
            "organization": "organization_name",
            "summary": "summary",
            "challenge": "challenge",
            "approach": "approach",
            "outcome": "outcome",
            "tags": "tags",
        }
        sets = [
            (columns[n], _json(v) if n == "tags" else v) for n, v in new.items() if n in columns
        ]
        if sets:
            self._execute(
                f"UPDATE case_studies SET {', '.join(f'{c} = ?' for c, _ in sets)} WHERE id = ?",
                [*(v for _, v in sets), case_id],
            )
        if "session_ids" in new or "presenter_ids" in new:
            self._set_links(case_id, new.get("session_ids"), new.get("presenter_ids"))

    def _update_overlay(self, current: CaseStudy, new: Mapping[str, Any]) -> None:
        feed = current.feed_version
        row = self._rows(
            "SELECT c.content_hash, ov.case_study_id IS NOT NULL AS has_overlay "
            "FROM case_studies c LEFT JOIN case_study_overlays ov ON ov.case_study_id = c.id "
            "WHERE c.id = ?",
            [current.id],
        )[0]
        if not row["has_overlay"]:
            self._execute(
                "INSERT INTO case_study_overlays (case_study_id, base_hash, base_snapshot, "
                "updated_at) VALUES (?, ?, ?, ?)",
                [current.id, row["content_hash"], _json(_snapshot(feed)), stamp()],
            )
        for name, value in new.items():
            # Equal to the feed's value: not an edit (the feed's later changes show through).
            stored = (
                None if value == feed[name] else (value if name in TEXT_FIELDS else _json(value))
            )
            self._execute(
                f"UPDATE case_study_overlays SET {name} = ?, updated_at = ? "
                "WHERE case_study_id = ?",
                [stored, stamp(), current.id],
            )
        self._drop_empty_overlay(current.id)

    def _drop_empty_overlay(self, case_id: int) -> None:
        nulls = " AND ".join(f"{name} IS NULL" for name in EDITABLE_FIELDS)
        self._execute(
            f"DELETE FROM case_study_overlays WHERE case_study_id = ? AND {nulls}", [case_id]
        )

    def revert_to_feed(self, case_id: int, fields: Iterable[str] | None = None) -> CaseStudy:
        """Drop the presenter's edits of a feed's case study (all, or only *fields*)."""
        current = self.get(case_id)
        if current.is_local:
            raise ReadOnlyError(f"case study {case_id} is your own; it has no feed version")
        names = list(fields) if fields is not None else list(EDITABLE_FIELDS)
        unknown = sorted(set(names) - set(EDITABLE_FIELDS))
        if unknown:
            raise UsageError(f"no field {', '.join(unknown)} on a case study")
        with self.store.transaction():
            for name in names:
                self._execute(
                    f"UPDATE case_study_overlays SET {name} = NULL WHERE case_study_id = ?",
                    [case_id],
                )
            self._drop_empty_overlay(case_id)
            self._touch(case_id)
        return self.get(case_id)

    def accept_feed_version(self, case_id: int) -> CaseStudy:
        """The presenter saw the feed's change underneath: keep the edits, on the new version."""
        current = self.get(case_id)
        with self.store.transaction():
            self._execute(
                "UPDATE case_study_overlays SET base_hash = "
                "(SELECT content_hash FROM case_studies WHERE id = ?), base_snapshot = ? "
                "WHERE case_study_id = ?",
                [case_id, _json(_snapshot(current.feed_version)), case_id],
            )
        return self.get(case_id)

    def delete(self, case_id: int) -> None:
        """Delete a case study of the presenter's own, with its notes and materials.

        Files no other case study uses leave the materials folder.

        Raises:
            ReadOnlyError: it comes from a feed (revert the edits instead).
        """
        current = self.get(case_id)
        if not current.is_local:
            raise ReadOnlyError(
                f"case study {case_id} ({current.title!r}) comes from the feed "
                f"{current.feed_url}; it cannot be deleted here (your edits can be reverted)"
            )
        hashes = {m.sha256 for m in current.materials if m.sha256}
        with self.store.transaction():
            self._execute("DELETE FROM case_studies WHERE id = ?", [case_id])
        self._collect(hashes)

    def _touch(self, case_id: int, when: str | None = None) -> str:
        """Record a local change (the time a bundle's version is compared with)."""
        when = when or stamp()
        updated = self._execute(
            "UPDATE case_study_workspace SET updated_at = ? WHERE case_study_id = ?",
            [when, case_id],
        ).rowcount
        if not updated:  # a feed's case study touched for the first time
            row = self._execute(
                "SELECT f.url, c.source_id FROM case_studies c JOIN feeds f ON f.id = c.feed_id "
                "WHERE c.id = ?",
                [case_id],
            ).fetchone()
            self._execute(
                "INSERT INTO case_study_workspace (case_study_id, uuid, created_at, updated_at) "
                "VALUES (?, ?, ?, ?)",
                [case_id, feed_case_study_uuid(row[0], row[1]), when, when],
            )
        return when

    def _check_sessions(self, ids: Iterable[int] | None) -> list[int]:
        wanted = sorted(set(ids or ()))
        for session_id in wanted:
            self.store.session(session_id)  # NotFoundError names it
        return wanted

    def _check_presenters(self, ids: Iterable[int] | None) -> list[int]:
        wanted = sorted(set(ids or ()))
        for presenter_id in wanted:
            if not self.store.presenters(presenter_id=presenter_id):
                raise NotFoundError(f"no presenter with id {presenter_id}")
        return wanted

    def _set_links(
        self, case_id: int, sessions: Sequence[int] | None, people: Sequence[int] | None
    ) -> None:
        """Links of a local case study (a sync only rewrites its own feed's links)."""
        if sessions is not None:
            self._execute("DELETE FROM case_study_sessions WHERE case_study_id = ?", [case_id])
            self.store.db.conn.executemany(
                "INSERT INTO case_study_sessions (case_study_id, session_id) VALUES (?, ?)",
                [(case_id, s) for s in sessions],
            )
        if people is not None:
            self._execute("DELETE FROM case_study_presenters WHERE case_study_id = ?", [case_id])
            self.store.db.conn.executemany(
                "INSERT INTO case_study_presenters (case_study_id, presenter_id) VALUES (?, ?)",
                [(case_id, p) for p in people],
            )

    # ---- notes and their history ---------------------------------------------------
    def note(self, case_id: int) -> str:
        return self.get(case_id).note

    def save_note(
        self, case_id: int, body: str, *, saved_at: str | None = None
    ) -> NoteRevision | None:
        """Save the notes; every save that changes the text keeps a revision.

        Cheap enough to call every few seconds while typing (one row and one
        index update). Returns the new revision, or None when the text is the
        same as the last save.
        """
        self.get(case_id)
        with self.store.transaction():
            return self._save_note(case_id, body, saved_at or stamp())

    def _save_note(
        self, case_id: int, body: str, when: str, revision_uuid: str | None = None
    ) -> NoteRevision | None:
        row = self._execute(
            "SELECT body FROM case_study_notes WHERE case_study_id = ?", [case_id]
        ).fetchone()
        if row is not None and row[0] == body:
            return None
        if row is None and not body:
            return None
        self._execute(
            "INSERT INTO case_study_notes (case_study_id, body, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT(case_study_id) DO UPDATE SET body = excluded.body, "
            "updated_at = excluded.updated_at",
            [case_id, body, when],
        )
        revision = self._add_revision(case_id, revision_uuid or str(uuidlib.uuid4()), when, body)
        self._touch(case_id, when)
        return revision

    def _add_revision(self, case_id: int, revision_uuid: str, when: str, body: str) -> NoteRevision:
        cursor = self._execute(
            "INSERT INTO case_study_note_revisions (case_study_id, uuid, saved_at, body) "
            "VALUES (?, ?, ?, ?)",
            [case_id, revision_uuid, when, body],
        )
        return NoteRevision(int(cursor.lastrowid or 0), revision_uuid, case_id, when, body)

    def revisions(self, case_id: int) -> list[NoteRevision]:
        """The note's revisions, newest first."""
        self.get(case_id)
        return [
            NoteRevision(*row)
            for row in self._execute(
                "SELECT id, uuid, case_study_id, saved_at, body FROM case_study_note_revisions "
                "WHERE case_study_id = ? ORDER BY saved_at DESC, id DESC",
                [case_id],
            )
        ]

    def revision(self, revision_id: int) -> NoteRevision:
        row = self._execute(
            "SELECT id, uuid, case_study_id, saved_at, body FROM case_study_note_revisions "
            "WHERE id = ?",
            [revision_id],
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no note revision {revision_id}")
        return NoteRevision(*row)

    def diff_revisions(self, old_id: int, new_id: int) -> str:
        """A unified diff from revision *old_id* to *new_id* (of the same case study)."""
        old, new = self.revision(old_id), self.revision(new_id)
        if old.case_study_id != new.case_study_id:
            raise UsageError(
                f"revisions {old_id} and {new_id} belong to different case studies "
                f"({old.case_study_id} and {new.case_study_id})"
            )
        return unified_diff(old, new)

    def restore_revision(self, revision_id: int) -> NoteRevision:
        """Make an old revision's text current again, as a new revision (history keeps all)."""
        old = self.revision(revision_id)
        saved = self.save_note(old.case_study_id, old.body)
        return saved if saved is not None else self.revisions(old.case_study_id)[0]

    # ---- materials -------------------------------------------------------------------
    def _materials(self, where: str, params: Sequence[Any]) -> list[Material]:
        return [
            Material(
                id=r["id"],
                uuid=r["uuid"],
                case_study_id=r["case_study_id"],
                kind=r["kind"],
                name=r["name"],
                media_type=r["media_type"],
                size=r["size"],
                sha256=r["sha256"],
                url=r["url"],
                added_at=r["added_at"],
            )
            for r in self._rows(
                f"SELECT * FROM case_study_materials {where} ORDER BY added_at, id", params
            )
        ]

    def material(self, material_id: int) -> Material:
        found = self._materials("WHERE id = ?", [material_id])
        if not found:
            raise NotFoundError(f"no material {material_id}")
        return found[0]

    def material_path(self, material_id: int) -> Path:
        """The stored file of a material, to open with the system's application.

        Raises:
            UsageError: the material is a link (open its URL instead).
            MaterialMissingError: the file vanished from the materials folder.
        """
        material = self.material(material_id)
        if material.sha256 is None:
            raise UsageError(f"material {material_id} is a link: {material.url}")
        return self.materials.existing_path(material.sha256, material.name)

    def attach_file(
        self,
        case_id: int,
        source: Path,
        *,
        name: str | None = None,
        progress: ProgressCallback | None = None,
        cancel: CancelCheck | None = None,
    ) -> Material:
        """Copy *source* into the materials folder and attach it (both steps).

        The GUI runs ``self.materials.ingest`` in a worker (progress, cancel),
        then :meth:`add_stored_file` on the store's thread; this is the same
        in one call, for the CLI and tests.
        """
        self.get(case_id)
        stored = self.materials.ingest(Path(source), progress=progress, cancel=cancel)
        return self.add_stored_file(case_id, stored, name or Path(source).name)

    def add_stored_file(
        self, case_id: int, stored: StoredFile, name: str, *, media_type: str | None = None
    ) -> Material:
        """Attach a file already in the materials folder (from :meth:`MaterialStore.ingest`).

        The same content attached to the same case study again gives the
        existing material. If this fails, a file the ingest created is removed.
        """
        try:
            self.get(case_id)
            for material in self._materials(
                "WHERE case_study_id = ? AND sha256 = ?", [case_id, stored.sha256]
            ):
                return material
            with self.store.transaction():
                material_id = self._insert_material(
                    case_id,
                    uuid=str(uuidlib.uuid4()),
                    kind="file",
                    name=name,
                    media_type=media_type or guess_media_type(name),
                    size=stored.size,
                    sha256=stored.sha256,
                    url="",
                    added_at=stamp(),
                )
                self._touch(case_id)
        except BaseException:
            if stored.created:
                self._collect({stored.sha256})
            raise
        return self.material(material_id)

    def attach_link(self, case_id: int, url: str, *, name: str = "") -> Material:
        url = url.strip()
        if not url.lower().startswith(_LINK_SCHEMES):
            raise MaterialError(f"{url!r} is not a web link (http://, https:// or mailto:)")
        self.get(case_id)
        with self.store.transaction():
            material_id = self._insert_material(
                case_id,
                uuid=str(uuidlib.uuid4()),
                kind="link",
                name=name.strip() or url,
                media_type="",
                size=None,
                sha256=None,
                url=url,
                added_at=stamp(),
            )
            self._touch(case_id)
        return self.material(material_id)

    def _insert_material(self, case_id: int, **values: Any) -> int:
        columns = ["case_study_id", *values]
        cursor = self._execute(
            f"INSERT INTO case_study_materials ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})",
            [case_id, *values.values()],
        )
        return int(cursor.lastrowid or 0)

    def detach(self, material_id: int) -> None:
        """Remove a material; its file goes when no case study uses it any more."""
        material = self.material(material_id)
        with self.store.transaction():
            self._execute("DELETE FROM case_study_materials WHERE id = ?", [material_id])
            self._touch(material.case_study_id)
        if material.sha256:
            self._collect({material.sha256})

    def referenced_hashes(self) -> set[str]:
        return {
            str(row[0])
            for row in self._execute(
                "SELECT DISTINCT sha256 FROM case_study_materials WHERE sha256 IS NOT NULL"
            )
        }

    def _collect(self, hashes: Iterable[str]) -> int:
        """Delete the files of *hashes* that no material row uses (after a commit)."""
        used = self.referenced_hashes()
        return sum(self.materials.remove(sha) for sha in set(hashes) - used)

    def collect_garbage(self) -> int:
        """Delete stored files no case study uses (left by removing a feed); returns how many."""
        return self._collect(self.materials.stored_hashes())

    # ---- search ----------------------------------------------------------------------
    def search(self, text: str) -> list[CaseStudy]:
        """Case studies whose fields, overlay or notes match *text*, best first."""
        return self.case_studies(search=text)

    # ---- bundles: portable form ---------------------------------------------------------
    def payload(self, case_id: int) -> CaseStudyPayload:
        """Everything about a case study in portable form (row ids replaced by feed ids)."""
        case = self.get(case_id)
        sessions = [
            ExternalRef("session", url, source_id, title)
            for url, source_id, title in self._execute(
                "SELECT f.url, s.source_id, s.title FROM sessions s "
                "JOIN feeds f ON f.id = s.feed_id "
                f"WHERE s.id IN ({','.join('?' * len(case.session_ids))})",
                list(case.session_ids),
            )
        ]
        people = [
            ExternalRef("presenter", url, source_id, name)
            for url, source_id, name in self._execute(
                "SELECT f.url, p.source_id, p.name FROM presenters p "
                "JOIN feeds f ON f.id = p.feed_id "
                f"WHERE p.id IN ({','.join('?' * len(case.presenter_ids))})",
                list(case.presenter_ids),
            )
        ]
        sessions += [r for r in case.unresolved if r.kind == "session"]
        people += [r for r in case.unresolved if r.kind == "presenter"]
        origin = None
        if not case.is_local:
            assert case.feed_url is not None
            row = self._execute(
                "SELECT c.content_hash, ov.base_hash, ov.base_snapshot FROM case_studies c "
                "LEFT JOIN case_study_overlays ov ON ov.case_study_id = c.id WHERE c.id = ?",
                [case_id],
            ).fetchone()
            origin = Origin(
                feed_url=case.feed_url,
                source_id=case.source_id,
                base_hash=row[1] or row[0],
                overridden=case.overridden,
                base=json.loads(row[2]) if row[2] else _snapshot(case.feed_version),
            )
        note_row = self._execute(
            "SELECT updated_at FROM case_study_notes WHERE case_study_id = ?", [case_id]
        ).fetchone()
        revisions = sorted(self.revisions(case_id), key=lambda r: (r.saved_at, r.uuid))
        created = case.created_at or ""
        return CaseStudyPayload(
            uuid=case.uuid,
            created_at=created,
            updated_at=case.updated_at or created,
            title=case.title,
            organization=case.organization,
            summary=case.summary,
            challenge=case.challenge,
            approach=case.approach,
            outcome=case.outcome,
            tags=case.tags,
            sessions=tuple(sorted(sessions, key=lambda r: (r.feed_url, r.source_id))),
            presenters=tuple(sorted(people, key=lambda r: (r.feed_url, r.source_id))),
            origin=origin,
            note=case.note,
            note_updated_at=note_row[0] if note_row else None,
            revisions=tuple(revisions),
            materials=tuple(sorted(case.materials, key=lambda m: (m.added_at, m.uuid))),
        )

    def merge_target(self, payload: CaseStudyPayload) -> int | None:
        """The case study here a bundle's *payload* is a version of (by UUID, then by feed id)."""
        case_id = self.id_for_uuid(payload.uuid)
        if case_id is None and payload.origin is not None:
            row = self._execute(
                "SELECT c.id FROM case_studies c JOIN feeds f ON f.id = c.feed_id "
                "WHERE f.url = ? AND c.source_id = ?",
                [payload.origin.feed_url, payload.origin.source_id],
            ).fetchone()
            case_id = None if row is None else int(row[0])
        return case_id

    def apply_payload(
        self, payload: CaseStudyPayload, *, target: int | None, as_copy: bool = False
    ) -> tuple[int, int, int, tuple[ExternalRef, ...]]:
        """Write a bundle's case study (inside the caller's transaction).

        With *target*, the bundle's version replaces that case study's fields
        and notes; revisions and materials not yet here are added (merged by
        UUID), so nothing of either side's history is lost. *as_copy* makes a
        new case study with fresh UUIDs ("keep both").

        Returns (case study id, revisions added, materials added, unresolved links).
        """
        sessions, people, unresolved = self._resolve(payload.sessions + payload.presenters)
        fields = {
            "title": payload.title + (" (imported)" if as_copy else ""),
            "organization": payload.organization,
            "summary": payload.summary,
            "challenge": payload.challenge,
            "approach": payload.approach,
            "outcome": payload.outcome,
            "tags": list(payload.tags),
        }
        fresh = (lambda _old: str(uuidlib.uuid4())) if as_copy else (lambda old: old)
        if target is None or as_copy:
            case_id = self._insert_local(
                fresh(payload.uuid),
                fields,
                created_at=payload.created_at,
                updated_at=payload.updated_at,
                unresolved=unresolved,
            )
            self._set_links(case_id, sessions, people)
        else:
            case_id = target
            case = self.get(case_id)
            if case.is_local:
                self._update_local(case_id, fields)
                self._set_links(case_id, sessions, people)
            else:
                self._overlay_from_payload(case, payload, fields, sessions, people)
            self._execute(
                "UPDATE case_study_workspace SET unresolved_links = ? WHERE case_study_id = ?",
                [_json([r.as_json() for r in unresolved]), case_id],
            )
        known = {
            str(r[0])
            for r in self._execute(
                "SELECT uuid FROM case_study_note_revisions WHERE case_study_id = ?", [case_id]
            )
        }
        revisions_added = 0
        for revision in payload.revisions:
            if revision.uuid not in known:
                self._add_revision(case_id, fresh(revision.uuid), revision.saved_at, revision.body)
                revisions_added += 1
        current = self._execute(
            "SELECT body FROM case_study_notes WHERE case_study_id = ?", [case_id]
        ).fetchone()
        if (current[0] if current else "") != payload.note:
            self._execute(
                "INSERT INTO case_study_notes (case_study_id, body, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT(case_study_id) DO UPDATE SET body = excluded.body, "
                "updated_at = excluded.updated_at",
                [case_id, payload.note, payload.note_updated_at or payload.updated_at],
            )
        have = {(m.uuid, m.sha256) for m in self._materials("WHERE case_study_id = ?", [case_id])}
        have_uuids = {u for u, _ in have}
        have_files = {s for _, s in have if s}
        materials_added = 0
        for material in payload.materials:
            if material.uuid in have_uuids or (material.sha256 and material.sha256 in have_files):
                continue
            self._insert_material(
                case_id,
                uuid=fresh(material.uuid),
                kind=material.kind,
                name=material.name,
                media_type=material.media_type,
                size=material.size,
                sha256=material.sha256,
                url=material.url,
                added_at=material.added_at,
            )
            materials_added += 1
        self._touch(case_id, payload.updated_at)
        return case_id, revisions_added, materials_added, unresolved

    def _overlay_from_payload(
        self,
        case: CaseStudy,
        payload: CaseStudyPayload,
        fields: Mapping[str, Any],
        sessions: list[int],
        people: list[int],
    ) -> None:
        """Edits of a feed's case study arrive as an overlay, on the bundle's feed version."""
        values = {**fields, "session_ids": sessions, "presenter_ids": people}
        origin = payload.origin
        overridden = origin.overridden if origin else EDITABLE_FIELDS
        self._execute("DELETE FROM case_study_overlays WHERE case_study_id = ?", [case.id])
        content_hash = self._execute(
            "SELECT content_hash FROM case_studies WHERE id = ?", [case.id]
        ).fetchone()[0]
        self._execute(
            "INSERT INTO case_study_overlays (case_study_id, base_hash, base_snapshot, updated_at) "
            "VALUES (?, ?, ?, ?)",
            [
                case.id,
                origin.base_hash if origin else content_hash,
                _json(dict(origin.base) if origin else _snapshot(case.feed_version)),
                payload.updated_at,
            ],
        )
        for name in overridden:
            value = values[name]
            self._execute(
                f"UPDATE case_study_overlays SET {name} = ? WHERE case_study_id = ?",
                [value if name in TEXT_FIELDS else _json(value), case.id],
            )
        self._drop_empty_overlay(case.id)

    def _resolve(
        self, refs: Iterable[ExternalRef]
    ) -> tuple[list[int], list[int], tuple[ExternalRef, ...]]:
        sessions: list[int] = []
        people: list[int] = []
        unresolved: list[ExternalRef] = []
        for ref in refs:
            table = "sessions" if ref.kind == "session" else "presenters"
            row = self._execute(
                f"SELECT t.id FROM {table} t JOIN feeds f ON f.id = t.feed_id "
                "WHERE f.url = ? AND t.source_id = ?",
                [ref.feed_url, ref.source_id],
            ).fetchone()
            if row is None:
                unresolved.append(ref)
            else:
                (sessions if ref.kind == "session" else people).append(int(row[0]))
        return sorted(set(sessions)), sorted(set(people)), tuple(unresolved)


def _comparable(name: str, value: Any) -> Any:
    return list(value) if name not in TEXT_FIELDS else value


def _snapshot(feed_values: Mapping[str, Any]) -> dict[str, Any]:
    """The feed's values an overlay is made on (to say later which of them changed)."""
    return {name: _comparable(name, feed_values[name]) for name in EDITABLE_FIELDS}


__all__ = [
    "Workspace",
    "feed_case_study_uuid",
    "guess_media_type",
    "stamp",
    "unified_diff",
]
