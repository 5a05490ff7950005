"""Schema migrations, one function per step, versioned by ``PRAGMA user_version``.

Rules (learned from Vorta and qutebrowser):

* Step *n* takes a database at version *n - 1* to version *n*; steps are never
  edited once released, only appended.
* Before any step runs on an existing database, the file is copied aside with
  SQLite's online backup (``briefing.db.v1.bak``), so a migration that goes
  wrong in a way SQLite cannot roll back still loses nothing.
* Each step runs in one transaction together with its ``user_version`` bump.
* A database whose version is newer than the app knows is refused, never
  touched.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from briefing_app.errors import SchemaTooNewError
from briefing_app.store.base import Database as StoreDatabase
from briefing_app.store.tx import write_transaction
from briefing_app.util.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    # Imported when a migration runs (migrate), not by every process that opens the store.
    from sqlite_utils import Database

logger = logging.getLogger(__name__)

Migration = Callable[["Database"], None]

FTS_TOKENIZER = "porter unicode61 remove_diacritics 2"

#: Full-text indexes: table -> indexed columns (the order sets bm25 weights).
FTS_COLUMNS: dict[str, tuple[str, ...]] = {
    "sessions": ("title", "subtitle", "summary", "description", "track", "tags"),
    "presenters": ("name", "title", "bio"),
    "case_studies": ("title", "summary", "challenge", "approach", "outcome", "tags"),
    "session_notes": ("body",),
}


def _step_1_initial(db: Database) -> None:
    """Version 1: feeds, series, sessions, people, case studies and local data."""
    statements = [
        # ---- subscriptions and their sync state --------------------------------
        """CREATE TABLE feeds (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '',
            format TEXT NOT NULL DEFAULT '',
            builtin INTEGER NOT NULL DEFAULT 0,
            added_at TEXT NOT NULL
        )""",
        """CREATE TABLE sync_state (
            feed_id INTEGER PRIMARY KEY REFERENCES feeds(id) ON DELETE CASCADE,
            etag TEXT,
            last_modified TEXT,
            body_sha256 TEXT,
            last_attempt_at TEXT,
            last_success_at TEXT,
            last_error TEXT
        )""",
        # ---- what feeds say ----------------------------------------------------
        """CREATE TABLE series (
            id INTEGER PRIMARY KEY,
            feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            source_id TEXT NOT NULL,
            title TEXT NOT NULL,
            subtitle TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            timezone TEXT NOT NULL,
            UNIQUE (feed_id, source_id)
        )""",
        """CREATE TABLE organizations (
            id INTEGER PRIMARY KEY,
            feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            source_id TEXT NOT NULL,
            name TEXT NOT NULL,
            kinds TEXT NOT NULL DEFAULT '[]',
            url TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            content_hash TEXT NOT NULL DEFAULT '',
            UNIQUE (feed_id, source_id)
        )""",
        """CREATE TABLE series_organizations (
            series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
            organization_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('organizer', 'partner', 'sponsor')),
            PRIMARY KEY (series_id, organization_id, role)
        )""",
        """CREATE TABLE presenters (
            id INTEGER PRIMARY KEY,
            feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            source_id TEXT NOT NULL,
            name TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            organization_id INTEGER REFERENCES organizations(id) ON DELETE SET NULL,
            bio TEXT NOT NULL DEFAULT '',
            photo_url TEXT NOT NULL DEFAULT '',
            links TEXT NOT NULL DEFAULT '[]',
            removed INTEGER NOT NULL DEFAULT 0,
            content_hash TEXT NOT NULL DEFAULT '',
            UNIQUE (feed_id, source_id)
        )""",
        """CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            series_id INTEGER REFERENCES series(id) ON DELETE SET NULL,
            source_id TEXT NOT NULL,
            title TEXT NOT NULL,
            subtitle TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            start_utc TEXT NOT NULL,
            end_utc TEXT NOT NULL,
            timezone TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT '',
            track TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '[]',
            format TEXT NOT NULL DEFAULT 'virtual'
                CHECK (format IN ('virtual', 'in-person', 'hybrid')),
            join_url TEXT NOT NULL DEFAULT '',
            location TEXT NOT NULL DEFAULT '',
            registration_url TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT '',
            links TEXT NOT NULL DEFAULT '[]',
            status TEXT NOT NULL DEFAULT 'scheduled'
                CHECK (status IN ('scheduled', 'tentative', 'postponed', 'cancelled')),
            updated_utc TEXT,
            removed INTEGER NOT NULL DEFAULT 0,
            sequence INTEGER NOT NULL DEFAULT 0,
            content_hash TEXT NOT NULL DEFAULT '',
            first_seen_at TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            UNIQUE (feed_id, source_id),
            CHECK (end_utc >= start_utc)
        )""",
        "CREATE INDEX sessions_start ON sessions (start_utc)",
        "CREATE INDEX sessions_series ON sessions (series_id)",
        """CREATE TABLE session_presenters (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            presenter_id INTEGER NOT NULL REFERENCES presenters(id) ON DELETE CASCADE,
            role TEXT NOT NULL DEFAULT 'presenter'
                CHECK (role IN ('presenter', 'moderator', 'panelist', 'host')),
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (session_id, presenter_id, role)
        )""",
        "CREATE INDEX session_presenters_presenter ON session_presenters (presenter_id)",
        """CREATE TABLE session_sponsors (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            organization_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
            PRIMARY KEY (session_id, organization_id)
        )""",
        """CREATE TABLE case_studies (
            id INTEGER PRIMARY KEY,
            feed_id INTEGER REFERENCES feeds(id) ON DELETE CASCADE,
            source_id TEXT NOT NULL,
            title TEXT NOT NULL,
            organization_id INTEGER REFERENCES organizations(id) ON DELETE SET NULL,
            summary TEXT NOT NULL DEFAULT '',
            challenge TEXT NOT NULL DEFAULT '',
            approach TEXT NOT NULL DEFAULT '',
            outcome TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '[]',
            materials TEXT NOT NULL DEFAULT '[]',
            removed INTEGER NOT NULL DEFAULT 0,
            content_hash TEXT NOT NULL DEFAULT '',
            UNIQUE (feed_id, source_id)
        )""",
        """CREATE TABLE case_study_sessions (
            case_study_id INTEGER NOT NULL REFERENCES case_studies(id) ON DELETE CASCADE,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            PRIMARY KEY (case_study_id, session_id)
        )""",
        "CREATE INDEX case_study_sessions_session ON case_study_sessions (session_id)",
        """CREATE TABLE case_study_presenters (
            case_study_id INTEGER NOT NULL REFERENCES case_studies(id) ON DELETE CASCADE,
            presenter_id INTEGER NOT NULL REFERENCES presenters(id) ON DELETE CASCADE,
            PRIMARY KEY (case_study_id, presenter_id)
        )""",
        # ---- local-only data: a sync never writes these --------------------------
        """CREATE TABLE favourites (
            session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
            added_at TEXT NOT NULL
        )""",
        """CREATE TABLE session_notes (
            session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
            body TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        )""",
        """CREATE TABLE reminders (
            session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
            enabled INTEGER NOT NULL DEFAULT 1,
            minutes_before INTEGER CHECK (minutes_before IS NULL OR minutes_before >= 0)
        )""",
        """CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )""",
        # ---- change log ------------------------------------------------------------
        """CREATE TABLE sync_runs (
            id INTEGER PRIMARY KEY,
            feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('imported', 'changed', 'unchanged')),
            summary TEXT NOT NULL DEFAULT ''
        )""",
        """CREATE TABLE changes (
            id INTEGER PRIMARY KEY,
            sync_id INTEGER NOT NULL REFERENCES sync_runs(id) ON DELETE CASCADE,
            session_id INTEGER REFERENCES sessions(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '{}'
        )""",
        "CREATE INDEX changes_sync ON changes (sync_id)",
    ]
    for statement in statements:
        db.execute(statement)
    for table, columns in FTS_COLUMNS.items():
        db.table(table).enable_fts(
            list(columns), fts_version="FTS5", create_triggers=True, tokenize=FTS_TOKENIZER
        )


def _step_2_rooms_and_feed_zone(db: Database) -> None:
    """Version 2: rooms, a time zone the user gives a feed, a session's source revision.

    Legacy frab files say neither their zone nor a date with an offset; the
    user names the zone when subscribing, and every sync uses it.
    """
    db.execute("ALTER TABLE feeds ADD COLUMN timezone TEXT")
    # A name the user gave the feed; syncs then leave the title alone.
    db.execute("ALTER TABLE feeds ADD COLUMN title_locked INTEGER NOT NULL DEFAULT 0")
    # An iCalendar event's own SEQUENCE: an older revision never overwrites a newer one.
    db.execute("ALTER TABLE sessions ADD COLUMN source_sequence INTEGER")
    db.execute(
        """CREATE TABLE rooms (
            id INTEGER PRIMARY KEY,
            feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            UNIQUE (feed_id, name)
        )"""
    )
    # Rooms of feeds imported before this version: the distinct session locations.
    db.execute(
        "INSERT INTO rooms (feed_id, name, position) "
        "SELECT feed_id, location, "
        "row_number() OVER (PARTITION BY feed_id ORDER BY min(start_utc)) "
        "FROM sessions WHERE location != '' GROUP BY feed_id, location"
    )


#: Full-text indexes added by step 3 (the presenter workspace). Kept apart from
#: :data:`FTS_COLUMNS`, which step 1 reads and which must therefore never change.
FTS_COLUMNS_V3: dict[str, tuple[str, ...]] = {
    "case_study_overlays": ("title", "summary", "challenge", "approach", "outcome", "tags"),
    "case_study_notes": ("body",),
}


def _step_3_presenter_workspace(db: Database) -> None:
    """Version 3: the presenter workspace (issue 6).

    * Case studies made on this machine live in ``case_studies`` with no feed
      (``feed_id`` NULL); their ``source_id`` is a UUID, so a bundle merges
      them by id on another machine. A feed sync only ever touches rows of its
      own feed, so it never sees them.
    * A presenter's edits of a feed's case study are an overlay row (NULL: the
      feed's value) that a sync never writes; ``base_hash`` is the feed row's
      ``content_hash`` the edits were made against, so a later change of the
      feed's version shows ("changed underneath").
    * Notes in Markdown with every save kept as a revision; materials (files,
      content-addressed by SHA-256 in the materials folder, and links).
    """
    statements = [
        # Free-text organization of a local case study (feed ones link an organization row).
        "ALTER TABLE case_studies ADD COLUMN organization_name TEXT NOT NULL DEFAULT ''",
        """CREATE TABLE case_study_workspace (
            case_study_id INTEGER PRIMARY KEY REFERENCES case_studies(id) ON DELETE CASCADE,
            uuid TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            unresolved_links TEXT NOT NULL DEFAULT '[]'
        )""",
        """CREATE TABLE case_study_overlays (
            case_study_id INTEGER PRIMARY KEY REFERENCES case_studies(id) ON DELETE CASCADE,
            title TEXT,
            organization TEXT,
            summary TEXT,
            challenge TEXT,
            approach TEXT,
            outcome TEXT,
            tags TEXT,
            session_ids TEXT,
            presenter_ids TEXT,
            base_hash TEXT NOT NULL,
            base_snapshot TEXT NOT NULL DEFAULT '{}',
            updated_at TEXT NOT NULL
        )""",
        """CREATE TABLE case_study_notes (
            case_study_id INTEGER PRIMARY KEY REFERENCES case_studies(id) ON DELETE CASCADE,
            body TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        )""",
        """CREATE TABLE case_study_note_revisions (
            id INTEGER PRIMARY KEY,
            case_study_id INTEGER NOT NULL REFERENCES case_studies(id) ON DELETE CASCADE,
            uuid TEXT NOT NULL UNIQUE,
            saved_at TEXT NOT NULL,
            body TEXT NOT NULL
        )""",
        "CREATE INDEX case_study_note_revisions_case ON case_study_note_revisions "
        "(case_study_id, saved_at)",
        """CREATE TABLE case_study_materials (
            id INTEGER PRIMARY KEY,
            case_study_id INTEGER NOT NULL REFERENCES case_studies(id) ON DELETE CASCADE,
            uuid TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('file', 'link')),
            name TEXT NOT NULL,
            media_type TEXT NOT NULL DEFAULT '',
            size INTEGER,
            sha256 TEXT,
            url TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL,
            CHECK ((kind = 'file') = (sha256 IS NOT NULL AND size IS NOT NULL))
        )""",
        "CREATE INDEX case_study_materials_case ON case_study_materials (case_study_id)",
        "CREATE INDEX case_study_materials_sha ON case_study_materials (sha256)",
    ]
    for statement in statements:
        db.execute(statement)
    for table, columns in FTS_COLUMNS_V3.items():
        db.table(table).enable_fts(
            list(columns), fts_version="FTS5", create_triggers=True, tokenize=FTS_TOKENIZER
        )


def _step_4_session_list_index(db: Database) -> None:
    """Version 4: an index covering what the session list reads and filters on.

    The list asks for ids in time order with their zone and filter columns;
    from the table that means reading every row's abstract and description
    pages too (21 ms for 10,000 sessions), from this index 10 ms.
    """
    db.execute(
        "CREATE INDEX sessions_list ON sessions "
        "(start_utc, end_utc, id, timezone, feed_id, kind, track, format, status, removed, title)"
    )


def _step_5_session_note_history(db: Database) -> None:
    """Version 5: earlier versions of session notes that another writer replaced.

    A note can be written from several places at once (the window, a second
    window, ``briefing-app note``). Whenever a write replaces text that the
    writer had not seen, or a command overwrites a note, the text it replaces
    is kept here, so two writers never lose each other's words silently.
    """
    db.execute(
        """CREATE TABLE session_note_revisions (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            saved_at TEXT NOT NULL,
            replaced_at TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL
        )"""
    )
    db.execute(
        "CREATE INDEX session_note_revisions_session ON session_note_revisions "
        "(session_id, replaced_at)"
    )


def _step_6_feed_zone_source(db: Database) -> None:
    """Version 6: where each feed's time zone came from.

    ``timezone_source`` is ``feed`` (the feed names it), ``user`` (the zone the
    user gave, ``feeds.timezone``) or ``inferred`` (from the place the feed
    names, ``timezone_inferred_from``); NULL until the feed is first applied.
    Feeds the user gave a zone count as ``user`` from the start.
    """
    db.execute("ALTER TABLE feeds ADD COLUMN timezone_source TEXT")
    db.execute("ALTER TABLE feeds ADD COLUMN timezone_inferred_from TEXT")
    db.execute("UPDATE feeds SET timezone_source = 'user' WHERE timezone IS NOT NULL")


#: The feed tables whose full-text rows :func:`_step_7_reindex_only_text_changes` keeps.
_FEED_FTS_TABLES: tuple[str, ...] = ("sessions", "presenters", "case_studies")


def _step_7_reindex_only_text_changes(db: Database) -> None:
    """Version 7: an update re-indexes a row's full text only when that text changed.

    The update trigger that ``enable_fts`` made deletes and re-adds a row's
    full-text entry on every update, whatever it changed: marking 10,000
    sessions removed (a feed whose ids all changed) tokenized their text twice
    each and held the write lock 1.7 s for nothing. The index holds the same
    text either way (external content, keyed by rowid).
    """
    for table in _FEED_FTS_TABLES:
        columns = FTS_COLUMNS[table]
        names = ", ".join(f'"{c}"' for c in columns)
        old = ", ".join(f'old."{c}"' for c in columns)
        new = ", ".join(f'new."{c}"' for c in columns)
        changed = " OR ".join(f'old."{c}" IS NOT new."{c}"' for c in ("id", *columns))
        db.execute(f'DROP TRIGGER "{table}_au"')
        db.execute(
            f'CREATE TRIGGER "{table}_au" AFTER UPDATE OF "id", {names} ON "{table}" '
            f"WHEN {changed} BEGIN\n"
            f'  INSERT INTO "{table}_fts" ("{table}_fts", rowid, {names}) '
            f"VALUES('delete', old.rowid, {old});\n"
            f'  INSERT INTO "{table}_fts" (rowid, {names}) VALUES (new.rowid, {new});\n'
            "END"
        )


def _step_8_list_order_indexes(db: Database) -> None:
    """Version 8: the session list sorted by title, its first page at any size (issue 14).

    ``sessions_title`` orders the list by title without sorting: the first
    screen of 100,000 sessions sorted by title is read, not computed (the
    other orders have ``sessions_list`` or are few values).

    ``sessions_shape`` covers the Timeline's grouped read of each feed's rooms,
    tracks and zones (:meth:`Store.feed_shapes`): it scans that small index in
    group order instead of every session row (1 s at 100,000 sessions).
    """
    db.execute(
        "CREATE INDEX sessions_title ON sessions "
        "(title COLLATE NOCASE, start_utc, end_utc, id, timezone)"
    )
    db.execute(
        "CREATE INDEX sessions_shape ON sessions (feed_id, location, track, timezone, start_utc)"
    )


#: The full-text tables as large as the feeds (the user's own texts stay small), and
#: the prefix lengths their indexes keep: see :func:`_step_search_prefix_index`.
PREFIX_INDEXED_FTS: tuple[str, ...] = ("sessions_fts", "presenters_fts", "case_studies_fts")
FTS_PREFIX = "1"


def _step_search_prefix_index(db: Database) -> None:
    """The feed-sized full-text tables keep a one-letter prefix index (issue 14).

    The first letter typed in the search box is a prefix query (``"c"*``). Without a
    prefix index FTS5 merges the doclists of every term starting with it, on every
    query that touches the table: 80 to 170 ms at 100,000 sessions for one letter,
    before anything is ranked or listed; with it, the letter is one doclist (as cheap
    as a whole word: 21 ms for the first screen). Longer prefixes cover fewer terms
    and merge less; a two- and three-letter index cost 60 to 100 % more index build
    time (every sync's writes) for less gain, so only one letter is kept.

    The tables are rebuilt from their content tables; the triggers that keep them
    follow by name and are unchanged.
    """
    for table in PREFIX_INDEXED_FTS:
        row = db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]
        ).fetchone()
        create = str(row[0]).rstrip()
        if not create.endswith(")"):  # pragma: no cover - every FTS5 table's does
            raise ValueError(f"unexpected definition of {table}: {create}")
        create = f"{create[:-1].rstrip()},\n    prefix='{FTS_PREFIX}'\n)"
        db.execute(f'DROP TABLE "{table}"')
        db.execute(create)
        db.execute(f'INSERT INTO "{table}" ("{table}") VALUES (\'rebuild\')')


#: The full-text index added by :func:`_step_session_questions` (the user's questions).
FTS_COLUMNS_QUESTIONS: dict[str, tuple[str, ...]] = {
    "session_questions": ("text", "answer"),
}


def _step_session_questions(db: Database) -> None:
    """The user's questions for a session's Q&A (issue 15).

    Local-only data, keyed like notes and favourites by the session's row id,
    which a sync keeps for the life of the session (a changed session is
    updated in place, one that left its feed is kept and marked removed), so
    questions survive every sync. ``position`` orders a session's questions
    (1, 2, ...); ``state`` is draft, asked or answered, ``answer`` the user's
    note of the answer. Searchable: the index finds a session by its questions.
    A question's number (``id``) is never given again once it is deleted
    (AUTOINCREMENT), so a script's or a draft's number never names another question.
    """
    db.execute(
        """CREATE TABLE session_questions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL CHECK (text != ''),
            state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'asked', 'answered')),
            answer TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX session_questions_session ON session_questions (session_id, position)")
    for table, columns in FTS_COLUMNS_QUESTIONS.items():
        db.table(table).enable_fts(
            list(columns), fts_version="FTS5", create_triggers=True, tokenize=FTS_TOKENIZER
        )
    # Reordering and marking rewrite positions and states, not text: re-index on text only.
    db.execute('DROP TRIGGER "session_questions_au"')
    db.execute(
        'CREATE TRIGGER "session_questions_au" AFTER UPDATE OF "id", "text", "answer" '
        'ON "session_questions" BEGIN\n'
        '  INSERT INTO "session_questions_fts" ("session_questions_fts", rowid, "text", "answer") '
        'VALUES(\'delete\', old.rowid, old."text", old."answer");\n'
        '  INSERT INTO "session_questions_fts" (rowid, "text", "answer") '
        'VALUES (new.rowid, new."text", new."answer");\n'
        "END"
    )


def _step_session_materials(db: Database) -> None:
    """Slides, recordings, pre-reads and links of each session (issue 15).

    One row per material of a session, unique by URL within it: a sync
    updates a row in place while the URL stays, so its id lasts (what is kept
    of it offline refers to it). Sessions already stored get the materials
    their stored links and attachments say (frab, c3voc, iCalendar ATTACH), so
    the window shows them before the next sync.
    """
    from briefing_app.store.materials import materials_from_links_json, write_session_materials

    db.execute(
        """CREATE TABLE session_materials (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            kind TEXT NOT NULL DEFAULT 'link',
            title TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL,
            size INTEGER,
            checksum TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT '',
            UNIQUE (session_id, url)
        )"""
    )
    found = db.conn.execute("SELECT id, links FROM sessions WHERE links NOT IN ('', '[]')")
    write_session_materials(
        db.conn,
        ((session_id, materials_from_links_json(links), False) for session_id, links in found),
    )


def _step_kept_materials(db: Database) -> None:
    """Session materials kept offline (issue 15): which, and the copy's validators.

    The file itself is in the materials folder under its SHA-256, shared with the
    presenter workspace's attached files (one copy per content). A row stays while
    its session needs it; its file goes when no row (here or a case study's) uses it.
    ``feed_size`` and ``feed_sha256`` are what the feed said when the copy was made,
    so a sync that changes them fetches the new one.
    """
    db.execute(
        """CREATE TABLE kept_materials (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            url TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT '',
            feed_size INTEGER,
            feed_sha256 TEXT,
            sha256 TEXT,
            size INTEGER,
            etag TEXT,
            last_modified TEXT,
            kept_at TEXT NOT NULL,
            downloaded_at TEXT,
            last_error TEXT NOT NULL DEFAULT '',
            UNIQUE (session_id, url)
        )"""
    )
    db.execute("CREATE INDEX kept_materials_sha256 ON kept_materials (sha256)")


def _step_followups(db: Database) -> None:
    """Follow-ups: the user's action items, from a session or on their own (issue 16).

    Local-only data. ``uid`` is the iCalendar UID of its VTODO: made once, kept
    for life (an import of our own file matches on it, never duplicates);
    ``sequence`` rises with every change (the VTODO's SEQUENCE). ``due`` is a
    date (``YYYY-MM-DD``) or a UTC instant (``YYYY-MM-DDTHH:MM:SSZ``) with the
    zone it was given in (``due_zone``). A follow-up links zero or more
    sessions by row id, like notes: a session that left its feed is kept, so
    its links stay; unsubscribing the feed drops the links, never the follow-up.
    """
    db.execute(
        """CREATE TABLE IF NOT EXISTS followups (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uid TEXT NOT NULL UNIQUE,
            text TEXT NOT NULL CHECK (text != ''),
            owner TEXT NOT NULL DEFAULT '',
            due TEXT,
            due_zone TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
            priority INTEGER CHECK (priority BETWEEN 1 AND 9),
            completed_at TEXT,
            sequence INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE IF NOT EXISTS followup_sessions (
            followup_id INTEGER NOT NULL REFERENCES followups(id) ON DELETE CASCADE,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            PRIMARY KEY (followup_id, session_id)
        )"""
    )
    db.execute(
        "CREATE INDEX IF NOT EXISTS followup_sessions_session ON followup_sessions (session_id)"
    )
    db.execute("CREATE INDEX IF NOT EXISTS followups_due ON followups (status, due)")


def _step_mydata(db: Database) -> None:
    """ "My data" carried between machines (issue 16): orphans, and when a reminder changed.

    ``mydata_orphans`` keeps what an imported "my data" file holds for sessions this
    store does not have (yet): the item as the file gives it (JSON), under the
    session's feed address and id and its calendar UID. After every feed applied the
    store attaches the orphans whose session it now has (and deletes them); one kept
    twice is one row (``item_hash``), so importing a file again adds nothing.
    ``reminders.updated_at`` lets an import tell which of two reminder choices is newer.
    """
    db.execute(
        """CREATE TABLE IF NOT EXISTS mydata_orphans (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            feed_url TEXT NOT NULL DEFAULT '',
            source_id TEXT NOT NULL DEFAULT '',
            uid TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            start_utc TEXT NOT NULL DEFAULT '',
            item TEXT NOT NULL,
            item_hash TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            UNIQUE (kind, item_hash)
        )"""
    )
    # Safe to run again (a merge may reorder steps; tests take a store back before a step).
    if "updated_at" not in {row[1] for row in db.execute("PRAGMA table_info(reminders)")}:
        db.execute("ALTER TABLE reminders ADD COLUMN updated_at TEXT")


def _step_attendance(db: Database) -> None:
    """Attendance record and feedback links (issue 16).

    Local-only data, keyed like notes and favourites by the session's row id
    (a sync keeps it for the session's whole life; a session that left its feed
    is kept, marked removed, and stays listed). ``session_joins`` has one row per
    press of Join (several joins keep each time); ``session_attendance`` is the
    user's explicit mark (attended 1 or not 0), which overrides the joins.
    ``sessions.feedback_url`` is the feed's feedback form (pretalx ``feedback_url``).
    Written so that running it again is harmless (a merge may reorder steps).
    """
    db.execute(
        """CREATE TABLE IF NOT EXISTS session_joins (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            joined_at TEXT NOT NULL
        )"""
    )
    db.execute(
        "CREATE INDEX IF NOT EXISTS session_joins_session ON session_joins (session_id, joined_at)"
    )
    db.execute(
        """CREATE TABLE IF NOT EXISTS session_attendance (
            session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
            attended INTEGER NOT NULL CHECK (attended IN (0, 1)),
            marked_at TEXT NOT NULL
        )"""
    )
    columns = {row[1] for row in db.execute("PRAGMA table_info(sessions)")}
    if "feedback_url" not in columns:
        db.execute("ALTER TABLE sessions ADD COLUMN feedback_url TEXT NOT NULL DEFAULT ''")


def _step_organization_logos(db: Database) -> None:
    """An organization's logo (issue 16): the image URL its feed gives, "" when none.

    The image itself is kept offline like a presenter's photo (``usecases/photos.py``).
    Organizations stored before this step get theirs at their feed's next sync.
    """
    db.execute("ALTER TABLE organizations ADD COLUMN logo_url TEXT NOT NULL DEFAULT ''")


def _step_followup_history(db: Database) -> None:
    """Earlier versions of follow-ups (issue 16): what an edit or an import replaced.

    Like a note's history (``session_note_revisions``): editing a follow-up's text,
    owner or due date, importing a newer version of it (a VTODO file, a "my data"
    file), or an import whose older version loses, keeps the version it replaces
    here, so a conflict never drops text. ``saved_at`` is when that version was
    written (its ``updated_at``), ``replaced_at`` when it was replaced, ``reason``
    ``edited`` or ``import``. Deleting the follow-up deletes its history.
    """
    db.execute(
        """CREATE TABLE IF NOT EXISTS followup_revisions (
            id INTEGER PRIMARY KEY,
            followup_id INTEGER NOT NULL REFERENCES followups(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            owner TEXT NOT NULL DEFAULT '',
            due TEXT,
            due_zone TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open',
            priority INTEGER,
            saved_at TEXT NOT NULL,
            replaced_at TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute(
        "CREATE INDEX IF NOT EXISTS followup_revisions_followup ON followup_revisions "
        "(followup_id, replaced_at)"
    )


#: The feed tables that keep their rows' language maps (issue 17), and of those the ones
#: a search looks in (each its own full-text table ``<table>_i18n_fts``, see below).
TRANSLATED_TABLES: tuple[str, ...] = (
    "series",
    "organizations",
    "presenters",
    "sessions",
    "case_studies",
)
TRANSLATED_FTS_TABLES: tuple[str, ...] = ("sessions", "presenters", "case_studies")


def _step_multilingual_text(db: Database) -> None:
    """Texts a feed gives in several languages (issue 17): kept, and searched.

    Each feed table gets ``translations``: the row's language maps as one JSON
    object (``{"title": {"en": "...", "fr": "..."}, ...}``), NULL when the feed
    gave none, which costs a feed in one language nothing (no JSON, no index row;
    adding a column with no default rewrites no row). The usual columns keep the
    feed's default text, so everything that reads them works as before.

    The texts of the maps are searched through one full-text table per searched
    feed table, ``<table>_i18n_fts`` (rowid: the row's id), which triggers keep: a
    row is indexed only when it has maps, and again only when they change. Not
    the feed tables' own indexes: those index columns, and a JSON column would add
    its keys (``title``, ``en``) as words. Rows stored before this step have no
    maps (their next sync gives them theirs). Safe to run again.
    """
    for table in (*TRANSLATED_TABLES, "session_materials"):  # a material's title too
        columns = {row[1] for row in db.execute(f'PRAGMA table_info("{table}")')}
        if "translations" not in columns:
            db.execute(f'ALTER TABLE "{table}" ADD COLUMN translations TEXT')
    for table in TRANSLATED_FTS_TABLES:
        fts = f"{table}_i18n_fts"
        db.execute(
            f'CREATE VIRTUAL TABLE IF NOT EXISTS "{fts}" USING fts5('
            f"text, tokenize='{FTS_TOKENIZER}', prefix='{FTS_PREFIX}')"
        )
        texts = (
            "SELECT new.id, group_concat(j.value, char(10)) FROM json_tree(new.translations) j"
            " WHERE j.type = 'text' HAVING count(*) > 0"
        )
        db.execute(
            f'CREATE TRIGGER IF NOT EXISTS "{table}_i18n_ai" AFTER INSERT ON "{table}" '
            "WHEN new.translations IS NOT NULL BEGIN\n"
            f'  INSERT INTO "{fts}" (rowid, text) {texts};\nEND'
        )
        db.execute(
            f'CREATE TRIGGER IF NOT EXISTS "{table}_i18n_au" AFTER UPDATE OF translations '
            f'ON "{table}" WHEN old.translations IS NOT new.translations BEGIN\n'
            f'  DELETE FROM "{fts}" WHERE rowid = old.id;\n'
            f'  INSERT INTO "{fts}" (rowid, text) {texts};\n'
            "END"
        )
        db.execute(
            f'CREATE TRIGGER IF NOT EXISTS "{table}_i18n_ad" AFTER DELETE ON "{table}" '
            "WHEN old.translations IS NOT NULL BEGIN\n"
            f'  DELETE FROM "{fts}" WHERE rowid = old.id;\nEND'
        )


#: Every released step, in order. ``MIGRATIONS[n - 1]`` takes version n - 1 to n.
MIGRATIONS: tuple[Migration, ...] = (
    _step_1_initial,
    _step_2_rooms_and_feed_zone,
    _step_3_presenter_workspace,
    _step_4_session_list_index,
    _step_5_session_note_history,
    _step_6_feed_zone_source,
    _step_7_reindex_only_text_changes,
    _step_8_list_order_indexes,
    _step_search_prefix_index,
    _step_session_materials,
    _step_kept_materials,
    _step_session_questions,
    _step_followups,
    _step_attendance,
    _step_mydata,
    _step_organization_logos,
    _step_followup_history,
    _step_multilingual_text,
)
LATEST_VERSION = len(MIGRATIONS)


def user_version(db: Database | StoreDatabase) -> int:
    row = db.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def backup_path(db_path: Path, version: int) -> Path:
    return db_path.with_name(f"{db_path.name}.v{version}.bak")


def check_not_too_new(
    db: Database | StoreDatabase, db_path: Path | None, steps: Sequence[Migration] = MIGRATIONS
) -> None:
    """Raise :class:`SchemaTooNewError` if *db* was written by a newer app."""
    current = user_version(db)
    latest = len(steps)
    if current > latest:
        where = f" {db_path}" if db_path else ""
        raise SchemaTooNewError(
            QT_TRANSLATE_NOOP(
                "core",
                "the database{where} was written by a newer version of Briefing "
                "Companion (schema {current}, this app knows up to {latest}); update "
                "the app. The file was left untouched.",
            ).format(where=where, current=current, latest=latest)
        )


def migrate(
    db: Database | StoreDatabase, db_path: Path | None, steps: Sequence[Migration] = MIGRATIONS
) -> int:
    """Bring *db* to the latest version; return the version it was at.

    Raises:
        SchemaTooNewError: the database was written by a newer app.
    """
    check_not_too_new(db, db_path, steps)
    current = user_version(db)
    latest = len(steps)
    if current == latest:
        return current
    if current > 0 and db_path is not None:
        target = backup_path(db_path, current)
        logger.info("Backing up %s to %s before migrating", db_path, target)
        with sqlite3.connect(target) as copy:
            db.conn.backup(copy)
        copy.close()
    # The steps use sqlite_utils' Database for ``table(...).enable_fts`` only: a store's own
    # connection gets the same statements from _MigrationDatabase, without importing
    # sqlite_utils (click, dateutil, pluggy's scan of every installed package: 70 ms).
    full = (
        cast("Database", _MigrationDatabase(db))  # what the steps use of it, typed so
        if isinstance(db, StoreDatabase)
        else db
    )
    if current == 0:
        # A new, empty store: every step in one transaction (one commit, not one per step);
        # one that another process created meanwhile goes the step-by-step way below.
        with write_transaction(db.conn):
            if user_version(db) == 0:
                logger.info("Creating the database at schema %d", latest)
                for step in steps:
                    step(full)
                db.execute(f"PRAGMA user_version = {latest:d}")
        if user_version(db) == latest:
            return current
    for version in range(current, latest):
        with write_transaction(db.conn):
            # Another process may have migrated while we waited for the lock.
            now_at = user_version(db)
            if now_at > version:
                continue
            logger.info("Migrating database from schema %d to %d", version, version + 1)
            steps[version](full)
            db.execute(f"PRAGMA user_version = {version + 1:d}")
    return current


class _MigrationDatabase:
    """What the migration steps use of ``sqlite_utils.Database``, over the store's connection.

    ``execute``, ``conn`` and ``table(name).enable_fts(...)``, which runs the very
    statements sqlite_utils' does (``tests/store/test_migrations.py`` compares the
    schemas both make), one at a time inside the step's transaction.
    """

    def __init__(self, db: StoreDatabase) -> None:
        self.conn = db.conn
        self.execute = db.execute

    def table(self, name: str) -> _FtsTable:
        return _FtsTable(self, name)


class _FtsTable:
    def __init__(self, db: _MigrationDatabase, name: str) -> None:
        self.db = db
        self.name = name

    def enable_fts(
        self,
        columns: Sequence[str],
        fts_version: str = "FTS5",
        create_triggers: bool = False,
        tokenize: str | None = None,
    ) -> None:
        """sqlite_utils' ``Table.enable_fts`` (never ``replace``): the index, filled, and its
        triggers, the SQL text for text as sqlite_utils writes it."""
        table, fts = _quoted(self.name), _quoted(self.name + "_fts")
        names = ", ".join(_quoted(c) for c in columns)
        tokenizer = ""
        if tokenize:
            quoted = self.db.execute("SELECT quote(?)", [tokenize]).fetchone()[0]
            tokenizer = f"\n    tokenize={quoted},"
        self.db.execute(
            f"CREATE VIRTUAL TABLE {fts} USING {fts_version} (\n"
            f"    {names},{tokenizer}\n    content={table}\n)"
        )
        self.db.execute(
            f"INSERT INTO {fts} (rowid, {names})\n    SELECT rowid, {names} FROM {table}"
        )
        if not create_triggers:
            return
        old = ", ".join(f"old.{_quoted(c)}" for c in columns)
        new = ", ".join(f"new.{_quoted(c)}" for c in columns)
        insert = f"  INSERT INTO {fts} (rowid, {names}) VALUES (new.rowid, {new});\n"
        delete = (
            f"  INSERT INTO {fts} ({fts}, rowid, {names}) VALUES('delete', old.rowid, {old});\n"
        )
        for suffix, event, body in (
            ("_ai", "INSERT", insert),
            ("_ad", "DELETE", delete),
            ("_au", "UPDATE", delete + insert),
        ):
            self.db.execute(
                f"CREATE TRIGGER {_quoted(self.name + suffix)} AFTER {event} ON {table} BEGIN\n"
                f"{body}END"
            )


def _quoted(identifier: str) -> str:
    return '"{}"'.format(identifier.replace('"', '""'))
