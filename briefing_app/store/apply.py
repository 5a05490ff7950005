"""Writing one parsed feed into the store, and saying what changed.

The caller (:meth:`Store.apply_feed`) holds the transaction. Rows are written
only when their content hash differs from what is stored, so a re-sync with a
few changes writes a few rows, full-text triggers fire only for real changes,
and every change lands in the change log with what it was before.

What needs no lock (rows, hashes, reading what is stored, naming the changes)
can run first, outside the transaction (:meth:`FeedWriter.prepare`); under
the lock the writer only writes, unless another program wrote meanwhile
(SQLite's ``data_version`` says so), when it reads again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

from briefing_app.feeds.model import CaseStudy, Feed, Session
from briefing_app.store.base import Database
from briefing_app.store.describe import (
    NAMED_COLUMNS,
    StoredSession,
    changed_fields,
    describe_change,
    with_fields,
)
from briefing_app.store.feed_rows import (
    SESSION_COLUMNS,
    content_hash,
    hashed_with_translations,
    links_json,
    presenter_signature,
    session_row,
    to_json,
    translations_json,
    unique_presenters,
    upsert_sql,
)
from briefing_app.store.materials import write_session_materials
from briefing_app.store.records import ChangeSet, SessionChange


@dataclass(slots=True)
class _SessionPlan:
    """The session writes one application of a feed makes, worked out from what is stored."""

    #: Rows to write (series id 0: filled in under the lock), in feed order.
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    #: The feed's sessions behind those rows, with what the store held of each.
    pending: list[tuple[Session, StoredSession | None]] = field(default_factory=list)
    #: Change entries of sessions already stored, by the feed's id for them.
    described: dict[str, list[SessionChange]] = field(default_factory=dict)
    #: Each of those entries' detail as JSON, by ``id()`` of the entry.
    details: dict[int, str] = field(default_factory=dict)
    stale: list[str] = field(default_factory=list)
    unchanged: int = 0
    #: The rows wait in ``temp.apply_stage`` (see :meth:`FeedWriter._stage`).
    staged: bool = False


#: The columns a session write sets, in the order of a staged row.
_STAGED_COLUMNS: tuple[str, ...] = (*SESSION_COLUMNS, "first_seen_at", "changed_at")


#: From how many rows on a write fills the full-text index in one statement afterwards.
BULK_FTS_ROWS = 200


@contextmanager
def fts_filled_after(conn: sqlite3.Connection, table: str, rows: int) -> Iterator[None]:
    """Index the rows inserted into *table* inside the block in one statement, not one by one.

    The ``<table>_ai`` trigger adds each inserted row to the external-content
    full-text table ``<table>_fts``, a statement per row (FOSDEM: 60% of the
    apply). For a write of at least :data:`BULK_FTS_ROWS` rows the trigger is
    dropped for the block, the new rows (rowids above the largest before it)
    are indexed with one ``INSERT ... SELECT``, and the trigger is created
    again from its stored SQL. The caller holds the transaction, so a failure
    rolls the trigger back too; updates still go through the update trigger.
    """
    found = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", [f"{table}_ai"]
    ).fetchone()
    if rows < BULK_FTS_ROWS or found is None or not conn.in_transaction:
        yield
        return
    columns = ", ".join(f'"{row[1]}"' for row in conn.execute(f'PRAGMA table_info("{table}_fts")'))
    before = conn.execute(f'SELECT coalesce(max(rowid), 0) FROM "{table}"').fetchone()[0]
    conn.execute(f'DROP TRIGGER "{table}_ai"')
    yield
    conn.execute(
        f'INSERT INTO "{table}_fts" (rowid, {columns}) '
        f'SELECT rowid, {columns} FROM "{table}" WHERE rowid > ?',
        [before],
    )
    conn.execute(found[0])


def _event_key(source_id: str) -> str:
    """The event a session belongs to: ``uid#20260112T100000Z`` is an occurrence of ``uid``."""
    return source_id.split("#", 1)[0]


class FeedWriter:
    """One application of a :class:`Feed` to the store (inside a transaction)."""

    def __init__(
        self, db: Database, feed_id: int, feed: Feed, stamp: str, *, partial: bool = False
    ) -> None:
        #: A partial feed (an invite file) adds and updates; what it does not list stays.
        self.partial = partial
        #: Titles of sessions skipped because the feed held an older revision of them.
        self.stale: list[str] = []
        self.first_import = False
        self.db = db
        self.conn = db.conn
        self.feed_id = feed_id
        self.feed = feed
        self.stamp = stamp
        #: Each feed session's row with series id 0 (the hash leaves it out), by position.
        self._rows: list[tuple[Any, ...]] | None = None
        #: What :meth:`prepare` read and planned, with the ``data_version`` it was read at.
        self._prepared: tuple[int, dict[str, StoredSession], _SessionPlan] | None = None
        self._pre_org_ids: dict[str, int] | None = None
        self._pre_rows: dict[str, list[tuple[Any, ...]]] = {}
        self._details: dict[int, str] = {}

    def prepare(self) -> None:
        """Compute rows, read what is stored and plan the session writes (no lock needed)."""
        version = int(self.conn.execute("PRAGMA data_version").fetchone()[0])
        stored = self._stored_sessions()
        plan = self._plan_sessions(stored)
        self._prepared = (version, stored, plan)
        # Organizations keep their ids from sync to sync: the rows that refer to them
        # are ready unless a new organization comes (then they are built under the lock).
        self._pre_org_ids = self._id_map("organizations")
        self._pre_rows = {
            "presenters": self._presenter_rows(self._pre_org_ids),
            "case_studies": self._case_rows(self._pre_org_ids),
        }
        if plan.rows and not self.conn.in_transaction:
            self._stage(plan)

    def _stage(self, plan: _SessionPlan) -> None:
        """Put the rows to write in a temporary table: no lock, and one statement under it.

        A temporary table lives in the connection's own memory, so filling it
        takes no lock on the database. Under the lock one ``INSERT ... SELECT``
        then writes them: half the time of an ``executemany`` of the same rows,
        whose every row is a statement for the full-text index.
        """
        columns = ", ".join(_STAGED_COLUMNS)
        marks = ", ".join("?" for _ in _STAGED_COLUMNS)
        self.conn.execute("DROP TABLE IF EXISTS temp.apply_stage")
        self.conn.execute(
            f"CREATE TEMP TABLE apply_stage AS SELECT {columns} FROM main.sessions WHERE 0"
        )
        self.conn.executemany(
            f"INSERT INTO temp.apply_stage ({columns}) VALUES ({marks})",
            [(*row, self.stamp, self.stamp) for row in plan.rows],
        )
        self.conn.commit()  # the implicit transaction Python opened, on the temporary table only
        plan.staged = True

    def estimate_bytes(self) -> int:
        """About how much the database (and its write-ahead log) grows when this is written."""
        sessions = self.feed.sessions
        text = sum(len(s.title) + len(s.summary) + len(s.description) + 400 for s in sessions)
        # Row, index entries, full-text postings, and the log's copy of every page.
        return 4 * text + 2000 * len(self.feed.presenters)

    def _prepared_rows(self, table: str, org_ids: dict[str, int]) -> list[tuple[Any, ...]]:
        """The presenter or case-study rows: as prepared, if the organizations' ids held."""
        if self._pre_org_ids == org_ids and table in self._pre_rows:
            return self._pre_rows[table]
        return self._presenter_rows(org_ids) if table == "presenters" else self._case_rows(org_ids)

    def _presenter_rows(self, org_ids: dict[str, int]) -> list[tuple[Any, ...]]:
        rows = []
        for person in self.feed.presenters:
            org = org_ids.get(person.organization_id) if person.organization_id else None
            values = (person.name, person.title, org, person.bio, person.photo_url)
            links = links_json(person.links)
            texts = translations_json(person.translations)
            digest = content_hash(*hashed_with_translations((values, links), texts))
            rows.append((self.feed_id, person.id, *values, links, texts, digest))
        return rows

    def _case_rows(self, org_ids: dict[str, int]) -> list[tuple[Any, ...]]:
        rows = []
        for case in self.feed.case_studies:
            org = org_ids.get(case.organization_id) if case.organization_id else None
            values = (
                case.title,
                org,
                case.summary,
                case.challenge,
                case.approach,
                case.outcome,
                to_json(list(case.tags)),
                links_json(case.materials),
            )
            texts = translations_json(case.translations)
            digest = content_hash(*hashed_with_translations((values,), texts))
            rows.append((self.feed_id, case.id, *values, texts, digest))
        return rows

    def _session_rows(self) -> list[tuple[Any, ...]]:
        if self._rows is None:
            self._rows = [session_row(self.feed_id, 0, s) for s in self.feed.sessions]
        return self._rows

    def _write_head(self) -> tuple[int, dict[str, int], dict[str, int]]:
        """Note whether this is the feed's first import; write its series, organizations
        and presenters. Their ids: the series', the organizations' and the presenters'."""
        self.first_import = (
            self.conn.execute(
                "SELECT 1 FROM sync_runs WHERE feed_id = ? LIMIT 1", [self.feed_id]
            ).fetchone()
            is None
        )
        series_id = self._series()
        org_ids = self._organizations()
        presenter_ids = self._presenters(org_ids)
        self._series_organizations(series_id, org_ids)
        return series_id, org_ids, presenter_ids

    def write(self) -> ChangeSet:
        series_id, org_ids, presenter_ids = self._write_head()
        first_import = self.first_import
        session_ids, changes, unchanged = self._sessions(series_id, presenter_ids, org_ids)
        self._case_studies(org_ids, presenter_ids, session_ids)
        self._rooms()
        change_set = ChangeSet(
            feed_id=self.feed_id,
            first_import=first_import,
            imported=len(self.feed.sessions) if first_import else 0,
            changes=() if first_import else tuple(changes),
            unchanged=unchanged,
            stale=tuple(self.stale),
        )
        self._log(change_set)
        return change_set

    # ---- helpers -------------------------------------------------------------
    def _id_map(self, table: str) -> dict[str, int]:
        return dict(
            self.conn.execute(
                f"SELECT source_id, id FROM {table} WHERE feed_id = ?", [self.feed_id]
            )
        )

    def _mark_removed(self, table: str, keep: set[str]) -> None:
        stale = [
            (row_id,)
            for source_id, row_id in self.conn.execute(
                f"SELECT source_id, id FROM {table} WHERE feed_id = ? AND removed = 0",
                [self.feed_id],
            )
            if source_id not in keep
        ]
        if stale:
            self.conn.executemany(f"UPDATE {table} SET removed = 1 WHERE id = ?", stale)

    def _sync_pairs(
        self, table: str, columns: tuple[str, str], scope_sql: str, desired: set[tuple[int, int]]
    ) -> None:
        """Make the link rows of *table* within *scope_sql* equal *desired*.

        Only the difference is written, so an unchanged feed writes nothing.
        """
        a, b = columns
        current = {
            (row[0], row[1])
            for row in self.conn.execute(
                f"SELECT {a}, {b} FROM {table} WHERE {scope_sql}", [self.feed_id]
            )
        }
        gone = current - desired
        new = desired - current
        if gone:
            self.conn.executemany(f"DELETE FROM {table} WHERE {a} = ? AND {b} = ?", sorted(gone))
        if new:
            self.conn.executemany(f"INSERT INTO {table} ({a}, {b}) VALUES (?, ?)", sorted(new))

    # ---- sections ------------------------------------------------------------
    def _series(self) -> int:
        series = self.feed.series
        self.conn.execute(
            "INSERT INTO series (feed_id, source_id, title, subtitle, description, url, timezone, "
            "translations) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(feed_id, source_id) DO UPDATE SET "
            "title = excluded.title, subtitle = excluded.subtitle, "
            "description = excluded.description, url = excluded.url, timezone = excluded.timezone, "
            "translations = excluded.translations "
            "WHERE (series.title, series.subtitle, series.description, series.url, "
            "series.timezone, series.translations) IS NOT (excluded.title, excluded.subtitle, "
            "excluded.description, excluded.url, excluded.timezone, excluded.translations)",
            [
                self.feed_id,
                series.id,
                series.title,
                series.subtitle,
                series.description,
                series.url,
                series.timezone,
                translations_json(series.translations),
            ],
        )
        row = self.conn.execute(
            "SELECT id FROM series WHERE feed_id = ? AND source_id = ?", [self.feed_id, series.id]
        ).fetchone()
        series_id = int(row[0])
        # A feed carries one series: when its id changed, every session of the
        # feed (removed ones too) moves to the new row and the old row goes.
        self.conn.execute(
            "UPDATE sessions SET series_id = ? WHERE feed_id = ? AND series_id IS NOT ?",
            [series_id, self.feed_id, series_id],
        )
        self.conn.execute(
            "DELETE FROM series WHERE feed_id = ? AND id != ?", [self.feed_id, series_id]
        )
        return series_id

    def _organizations(self) -> dict[str, int]:
        columns = (
            "feed_id",
            "source_id",
            "name",
            "kinds",
            "url",
            "description",
            "logo_url",
            "translations",
            "content_hash",
        )
        rows = []
        for org in self.feed.organizations:
            values = (org.name, to_json([str(k) for k in org.kinds]), org.url, org.description)
            # The logo joins the hash only when there is one: a stored organization's hash holds.
            hashed = (*values, org.logo_url) if org.logo_url else values
            texts = translations_json(org.translations)
            digest = content_hash(*hashed_with_translations((hashed,), texts))
            rows.append((self.feed_id, org.id, *values, org.logo_url, texts, digest))
        if rows:
            self.conn.executemany(upsert_sql("organizations", columns), rows)
        return self._id_map("organizations")

    def _presenters(self, org_ids: dict[str, int]) -> dict[str, int]:
        columns = (
            "feed_id",
            "source_id",
            "name",
            "title",
            "organization_id",
            "bio",
            "photo_url",
            "links",
            "translations",
            "content_hash",
        )
        rows = self._prepared_rows("presenters", org_ids)
        if rows:
            with fts_filled_after(self.conn, "presenters", len(rows)):
                self.conn.executemany(upsert_sql("presenters", columns, "removed = 0"), rows)
        if not self.partial:
            self._mark_removed("presenters", {p.id for p in self.feed.presenters})
        return self._id_map("presenters")

    def _series_organizations(self, series_id: int, org_ids: dict[str, int]) -> None:
        series = self.feed.series
        desired = {
            (series_id, org_ids[org], role)
            for role, refs in (
                ("organizer", series.organizer_ids),
                ("partner", series.partner_ids),
                ("sponsor", series.sponsor_ids),
            )
            for org in refs
        }
        current = {
            (row[0], row[1], row[2])
            for row in self.conn.execute(
                "SELECT series_id, organization_id, role FROM series_organizations "
                "WHERE series_id = ?",
                [series_id],
            )
        }
        if current - desired:
            self.conn.executemany(
                "DELETE FROM series_organizations WHERE series_id = ? AND organization_id = ? "
                "AND role = ?",
                sorted(current - desired),
            )
        if desired - current:
            self.conn.executemany(
                "INSERT INTO series_organizations (series_id, organization_id, role) "
                "VALUES (?, ?, ?)",
                sorted(desired - current),
            )

    def _stored_sessions(self) -> dict[str, StoredSession]:
        stored: dict[str, StoredSession] = {}
        for row in self.conn.execute(
            "SELECT s.source_id, s.id, s.title, s.start_utc, s.end_utc, s.location, s.status, "
            "s.removed, s.content_hash, "
            "(SELECT group_concat(x, '|') FROM (SELECT p.source_id || ':' || sp.role AS x "
            " FROM session_presenters sp JOIN presenters p ON p.id = sp.presenter_id "
            " WHERE sp.session_id = s.id ORDER BY sp.position)), s.source_sequence, "
            "s.timezone "
            "FROM sessions s WHERE s.feed_id = ?",
            [self.feed_id],
        ):
            stored[row[0]] = StoredSession(
                id=row[1],
                title=row[2],
                start_utc=row[3],
                end_utc=row[4],
                location=row[5],
                status=row[6],
                removed=bool(row[7]),
                content_hash=row[8],
                presenters=row[9] or "",
                source_sequence=row[10],
                timezone=row[11],
            )
        return stored

    def _still_as_prepared(self, version: int, stored: dict[str, StoredSession]) -> bool:
        """Whether the feed's sessions are still what :meth:`prepare` read (under the lock).

        ``data_version`` changes with any other program's write: the window
        saving a favourite every few seconds would make every sync plan again
        under the lock (a second, with everyone waiting). So when it changed,
        compare what the plan rests on: each session's id, removed flag and
        content hash (the hash covers every stored field the plan reads, the
        presenters too). Only a feed apply writes sessions, and it changes
        these; 10,000 of them are read in about 10 ms.
        """
        if int(self.conn.execute("PRAGMA data_version").fetchone()[0]) == version:
            return True
        now = {
            source_id: (row_id, bool(removed), digest)
            for source_id, row_id, removed, digest in self.conn.execute(
                "SELECT source_id, id, removed, content_hash FROM sessions WHERE feed_id = ?",
                [self.feed_id],
            )
        }
        return now == {
            source_id: (old.id, old.removed, old.content_hash) for source_id, old in stored.items()
        }

    def _name_fields(
        self, described: list[SessionChange], old: StoredSession, row: tuple[Any, ...]
    ) -> list[SessionChange]:
        """An "updated" change with the fields it touched ("join link"): read from the
        stored row, only for such a change (a few sessions a sync, not every one)."""
        if [c.kind for c in described] != ["updated"] or described[0].detail:
            return described
        stored = self.conn.execute(
            f"SELECT {', '.join(NAMED_COLUMNS)} FROM sessions WHERE id = ?", [old.id]
        ).fetchone()
        if stored is None:  # pragma: no cover - the row was read a moment ago
            return described
        return [with_fields(described[0], changed_fields(stored, row))]

    def _plan_sessions(self, stored: dict[str, StoredSession]) -> _SessionPlan:
        """Which sessions to write, with the change entries of those already stored."""
        plan = _SessionPlan()
        for session, row in zip(self.feed.sessions, self._session_rows(), strict=True):
            old = stored.get(session.id)
            if old is not None and old.content_hash == row[-1] and not old.removed:
                plan.unchanged += 1
                continue
            if (
                old is not None
                and old.source_sequence is not None
                and session.revision is not None
                and session.revision < old.source_sequence
            ):
                # An older revision of an event we hold a newer one of (iCalendar SEQUENCE).
                plan.stale.append(session.title)
                plan.unchanged += 1
                continue
            plan.rows.append(row)
            plan.pending.append((session, old))
            if old is not None:
                described = self._name_fields(describe_change(old.id, session, old), old, row)
                plan.described[session.id] = described
                for change in described:
                    plan.details[id(change)] = to_json(change.detail)
        return plan

    def _sessions(
        self, series_id: int, presenter_ids: dict[str, int], org_ids: dict[str, int]
    ) -> tuple[dict[str, int], list[SessionChange], int]:
        if self._prepared is not None and self._still_as_prepared(*self._prepared[:2]):
            _version, stored, plan = self._prepared
        else:  # not prepared, or another program changed the feed since: read again
            stored = self._stored_sessions()
            plan = self._plan_sessions(stored)
        ids, changes = self._write_plan(plan, series_id, presenter_ids, org_ids)
        gone = self._gone(stored)
        if gone:
            changes.extend(self._mark_gone(gone))
        return ids, changes, plan.unchanged

    def _write_plan(
        self,
        plan: _SessionPlan,
        series_id: int,
        presenter_ids: dict[str, int],
        org_ids: dict[str, int],
        ids: dict[str, int] | None = None,
    ) -> tuple[dict[str, int], list[SessionChange]]:
        """Write the planned sessions and their links; the sessions' ids and the changes.

        *ids* (the feed's session ids by source id, when the caller keeps them as
        batches come) gets the new sessions' ids; without it every id is read.
        """
        changes: list[SessionChange] = []
        self._details.update(plan.details)  # the change log's JSON, ready
        pending = plan.pending
        written = [session for session, _old in pending]
        self.stale.extend(plan.stale)
        before = 0
        if ids is not None:
            before = self.conn.execute("SELECT coalesce(max(id), 0) FROM sessions").fetchone()[0]
        write_rows = [(row[0], series_id, *row[2:], self.stamp, self.stamp) for row in plan.rows]

        updates = ", ".join(
            f"{c} = excluded.{c}" for c in SESSION_COLUMNS if c not in ("feed_id", "source_id")
        )
        upsert = (
            f"ON CONFLICT(feed_id, source_id) DO UPDATE SET {updates}, removed = 0, "
            "sequence = sessions.sequence + 1, changed_at = excluded.changed_at"
        )
        names = ", ".join(_STAGED_COLUMNS)
        new_rows = sum(1 for _session, old in pending if old is None)
        with fts_filled_after(self.conn, "sessions", new_rows):
            if plan.staged and write_rows:
                picked = ", ".join("?" if c == "series_id" else c for c in _STAGED_COLUMNS)
                self.conn.execute(
                    f"INSERT INTO sessions ({names}) SELECT {picked} FROM temp.apply_stage "
                    f"WHERE true {upsert}",
                    [series_id],
                )
            elif write_rows:
                marks = ", ".join("?" for _ in _STAGED_COLUMNS)
                self.conn.executemany(
                    f"INSERT INTO sessions ({names}) VALUES ({marks}) {upsert}", write_rows
                )
        if self._prepared is not None and self._prepared[2].staged:
            self.conn.execute("DROP TABLE IF EXISTS temp.apply_stage")
        if ids is None:
            ids = self._id_map("sessions")
        else:
            ids.update(
                self.conn.execute(
                    # By rowid (the batch's new rows), not through the feed's index:
                    # that would read every session of the feed for each batch.
                    "SELECT source_id, id FROM sessions WHERE id > ? AND +feed_id = ?",
                    [before, self.feed_id],
                )
            )

        # Links of the sessions just written: replace them wholesale (presenters
        # only where they changed: a retitled session keeps its presenter rows).
        touched = [(ids[s.id],) for s, old in pending if old is not None]
        relinked = {
            s.id for s, old in pending if old is None or old.presenters != presenter_signature(s)
        }
        if touched:
            self.conn.executemany(
                "DELETE FROM session_presenters WHERE session_id = ?",
                [(ids[s.id],) for s, old in pending if old is not None and s.id in relinked],
            )
            self.conn.executemany("DELETE FROM session_sponsors WHERE session_id = ?", touched)
        presenter_rows = [
            (ids[s.id], presenter_ids[p.presenter_id], str(p.role), position)
            for s in written
            if s.id in relinked
            for position, p in enumerate(unique_presenters(s))
        ]
        if presenter_rows:
            self.conn.executemany(
                "INSERT OR IGNORE INTO session_presenters "
                "(session_id, presenter_id, role, position) VALUES (?, ?, ?, ?)",
                presenter_rows,
            )
        write_session_materials(
            self.conn, [(ids[s.id], s.materials, old is not None) for s, old in pending]
        )
        sponsor_rows = [(ids[s.id], org_ids[o]) for s in written for o in s.sponsor_ids]
        if sponsor_rows:
            self.conn.executemany(
                "INSERT OR IGNORE INTO session_sponsors (session_id, organization_id) "
                "VALUES (?, ?)",
                sponsor_rows,
            )

        if not self.first_import:  # a first import reports "imported N", not N changes
            for session, old in pending:
                described = plan.described.get(session.id) if old is not None else None
                changes.extend(
                    described
                    if described is not None
                    else describe_change(ids[session.id], session, old)
                )

        return ids, changes

    def _gone(
        self, stored: dict[str, StoredSession], in_feed: set[str] | None = None
    ) -> list[StoredSession]:
        """Stored sessions that left the feed (*in_feed*: its ids, when not in ``self.feed``)."""
        # Sessions that left the feed: keep them, mark them removed. A partial feed
        # (an invite) speaks only for the events it names: an occurrence of one of
        # its series that it no longer lists is gone, other events are not.
        if in_feed is None:
            in_feed = {s.id for s in self.feed.sessions}
        named = {_event_key(s) for s in in_feed} if self.partial else set()
        return [
            old
            for source_id, old in stored.items()
            if source_id not in in_feed
            and not old.removed
            and (not self.partial or _event_key(source_id) in named)
        ]

    def _mark_gone(self, gone: list[StoredSession]) -> list[SessionChange]:
        self.conn.executemany(
            "UPDATE sessions SET removed = 1, sequence = sequence + 1, changed_at = ? WHERE id = ?",
            [(self.stamp, old.id) for old in gone],
        )
        return [SessionChange("removed", old.id, old.title) for old in gone]

    def _case_studies(
        self,
        org_ids: dict[str, int],
        presenter_ids: dict[str, int],
        session_ids: dict[str, int],
        named_by_sessions: Iterable[tuple[str, str]] | None = None,
    ) -> None:
        """Write the case studies and their links (*named_by_sessions*: the
        (case study, session) pairs the sessions name, when not in ``self.feed``)."""
        if named_by_sessions is None:
            named_by_sessions = [
                (cid, s.id) for s in self.feed.sessions for cid in s.case_study_ids
            ]
        columns = (
            "feed_id",
            "source_id",
            "title",
            "organization_id",
            "summary",
            "challenge",
            "approach",
            "outcome",
            "tags",
            "materials",
            "translations",
            "content_hash",
        )
        rows = self._prepared_rows("case_studies", org_ids)
        if rows:
            with fts_filled_after(self.conn, "case_studies", len(rows)):
                self.conn.executemany(upsert_sql("case_studies", columns, "removed = 0"), rows)
        if not self.partial:
            self._mark_removed("case_studies", {c.id for c in self.feed.case_studies})
        ids = self._id_map("case_studies")
        scope = "case_study_id IN (SELECT id FROM case_studies WHERE feed_id = ?)"
        session_links = {
            (ids[case.id], session_ids[sid])
            for case in self.feed.case_studies
            for sid in case.session_ids
        } | {(ids[cid], session_ids[sid]) for cid, sid in named_by_sessions}
        self._sync_pairs(
            "case_study_sessions", ("case_study_id", "session_id"), scope, session_links
        )
        people = {
            (ids[case.id], presenter_ids[pid])
            for case in self.feed.case_studies
            for pid in case.presenter_ids
        }
        self._sync_pairs("case_study_presenters", ("case_study_id", "presenter_id"), scope, people)

    def _rooms(self, locations: Iterable[str] | None = None) -> None:
        """The feed's rooms in its order, then any room only a session names.

        *locations*: the sessions' locations, when they are not in ``self.feed``.
        """
        if locations is None:
            locations = [s.location for s in self.feed.sessions]
        names = list(dict.fromkeys([*self.feed.rooms, *locations]))
        desired = [(name, position) for position, name in enumerate(n for n in names if n)]
        current = {
            (name, position)
            for name, position in self.conn.execute(
                "SELECT name, position FROM rooms WHERE feed_id = ?", [self.feed_id]
            )
        }
        if current == set(desired):
            return
        if self.partial:  # an invite adds rooms; it does not know the others
            known = {name for name, _position in current}
            self.conn.executemany(
                "INSERT INTO rooms (feed_id, name, position) VALUES (?, ?, ?)",
                [
                    (self.feed_id, name, len(known) + n)
                    for n, name in enumerate(n for n, _p in desired if n not in known)
                ],
            )
            return
        self.conn.execute("DELETE FROM rooms WHERE feed_id = ?", [self.feed_id])
        self.conn.executemany(
            "INSERT INTO rooms (feed_id, name, position) VALUES (?, ?, ?)",
            [(self.feed_id, name, position) for name, position in desired],
        )

    def _log(self, change_set: ChangeSet) -> None:
        if change_set.first_import:
            outcome = "imported"
        elif change_set.changes:
            outcome = "changed"
        else:
            outcome = "unchanged"
        cursor = self.conn.execute(
            "INSERT INTO sync_runs (feed_id, started_at, finished_at, outcome, summary) "
            "VALUES (?, ?, ?, ?, ?)",
            [self.feed_id, self.stamp, self.stamp, outcome, change_set.summary()],
        )
        sync_id = cursor.lastrowid
        details = self._details
        if change_set.changes:
            self.conn.executemany(
                "INSERT INTO changes (sync_id, session_id, kind, detail) VALUES (?, ?, ?, ?)",
                [
                    (
                        sync_id,
                        change.session_id,
                        change.kind,
                        details.get(id(change)) or to_json(change.detail),
                    )
                    for change in change_set.changes
                ],
            )


class StreamWriter(FeedWriter):
    """One application of a feed whose sessions come in batches (a big feed read as it streams).

    The head (series, organizations, presenters) is written first, then each
    batch of sessions as it comes (planned against what is stored, written,
    linked, its changes named), then what needs every session: sessions that
    left the feed, case studies, rooms and the change log. The caller holds
    the one transaction, so the store is wholly old or wholly new; memory holds
    one batch, the stored sessions' summaries and the feed's ids.
    """

    def write_stream(
        self,
        batches: Iterable[tuple[Session, ...]],
        finish: Callable[[], tuple[CaseStudy, ...]],
    ) -> ChangeSet:
        head = self.feed
        series_id, org_ids, presenter_ids = self._write_head()
        first_import = self.first_import
        stored = self._stored_sessions()
        session_ids = {source_id: old.id for source_id, old in stored.items()}
        in_feed: set[str] = set()
        locations: dict[str, None] = {}
        named: list[tuple[str, str]] = []
        changes: list[SessionChange] = []
        unchanged = 0
        for batch in batches:
            self.feed = replace(head, sessions=batch)
            self._rows = None
            plan = self._plan_sessions(stored)
            _ids, written = self._write_plan(plan, series_id, presenter_ids, org_ids, session_ids)
            changes.extend(written)
            unchanged += plan.unchanged
            for session in batch:
                in_feed.add(session.id)
                locations[session.location] = None
                named.extend((cid, session.id) for cid in session.case_study_ids)
        self.feed = replace(head, case_studies=finish())
        self._rows = None
        gone = self._gone(stored, in_feed)
        if gone:
            changes.extend(self._mark_gone(gone))
        self._case_studies(org_ids, presenter_ids, session_ids, named)
        self._rooms(locations)
        change_set = ChangeSet(
            feed_id=self.feed_id,
            first_import=first_import,
            imported=len(in_feed) if first_import else 0,
            changes=() if first_import else tuple(changes),
            unchanged=unchanged,
            stale=tuple(self.stale),
        )
        self._log(change_set)
        return change_set
