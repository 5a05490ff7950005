"""Follow-ups: the user's action items, from a session or on their own (issue 16).

Local-only data like notes and questions. A follow-up links zero or more sessions by
their row id, which a sync keeps for the session's whole life (one that left its feed
is kept and marked removed), so a sync never touches follow-ups. Unsubscribing a feed
drops the links to its sessions, never the follow-up itself.

Every follow-up has a ``uid`` (its VTODO's UID, made once) and a ``sequence`` that
rises with each change, so an exported .ics updates calendars and importing it back
(:meth:`FollowupsMixin.import_followups`) updates rather than duplicates.

A follow-up has a history like a note's (``followup_revisions``): the version an edit
of its text, owner or due date replaces, or an import replaces or keeps out, is kept
there (:meth:`FollowupsMixin.followup_history`), so no edit or conflict loses text.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any, Final, Literal, cast

from briefing_app.errors import NotFoundError, UsageError
from briefing_app.store.sessions import SessionsMixin
from briefing_app.util.i18n import QT_TRANSLATE_NOOP
from briefing_app.util.timeutil import MAX_YEAR, MIN_YEAR, from_utc_text, to_utc_text, utc_now

FollowupStatus = Literal["open", "done"]

#: A follow-up's states.
FOLLOWUP_STATUSES: Final[tuple[FollowupStatus, ...]] = ("open", "done")

#: The longest follow-up text and owner name stored, in characters.
MAX_FOLLOWUP_CHARS: Final = 5000
MAX_OWNER_CHARS: Final = 200

#: The domain of the UIDs made here (the same as the session export's).
FOLLOWUP_UID_DOMAIN: Final = "briefing-companion"

#: A due date: a day, or an instant (aware) meant in a zone.
DueValue = date | datetime


@dataclass(frozen=True, slots=True)
class LinkedSession:
    """A session a follow-up is linked to (what the list, the CSV and RELATED-TO need)."""

    id: int
    title: str
    start: datetime
    timezone: str
    feed_url: str
    source_id: str
    removed: bool
    #: The session's language maps (JSON, "" when none; issue 17).
    translations: str = ""
    #: The tag the title is shown in when :meth:`in_language` fell back ("" otherwise).
    title_fallback: str = ""

    def in_language(self, preference: Sequence[str]) -> LinkedSession:
        """This link with the session's title in the first language of *preference* it has."""
        if not self.translations or not preference:
            return self
        # Loaded only when a title has maps: ``followups list`` shows no title.
        from briefing_app.util.multilingual import pick_stored

        picked = pick_stored(self.translations, "title", self.title, preference)
        return replace(
            self, title=picked.text, title_fallback=picked.language if picked.fallback else ""
        )


@dataclass(frozen=True, slots=True)
class FollowupRecord:
    """One follow-up.

    Attributes:
        due: None, a :class:`date` (a day), or an aware UTC :class:`datetime`.
        due_zone: The zone a due time was given in ("" for none or a day).
        priority: 1 (high) to 9 (low) as in RFC 5545, or None.
        sequence: Rises by one with each change (the VTODO's SEQUENCE).
        sessions: The linked sessions, in time order.
    """

    id: int
    uid: str
    text: str
    owner: str
    due: DueValue | None
    due_zone: str
    status: FollowupStatus
    priority: int | None
    completed_at: datetime | None
    sequence: int
    created_at: datetime
    updated_at: datetime
    sessions: tuple[LinkedSession, ...] = ()

    def in_language(self, preference: Sequence[str]) -> FollowupRecord:
        """This follow-up with its sessions' titles in the user's language (for showing, and
        the exports a person reads: ``calendar.followups.export_followups``)."""
        if not any(s.translations for s in self.sessions) or not preference:
            return self
        return replace(self, sessions=tuple(s.in_language(preference) for s in self.sessions))

    @property
    def done(self) -> bool:
        return self.status == "done"

    @property
    def session_ids(self) -> tuple[int, ...]:
        return tuple(s.id for s in self.sessions)


#: Why an earlier version of a follow-up was kept.
FOLLOWUP_REASONS: Final[tuple[str, ...]] = ("edited", "import")


@dataclass(frozen=True, slots=True)
class FollowupVersion:
    """An earlier version of a follow-up, kept when an edit or an import replaced it.

    Attributes:
        saved_at: When that version had been written (its ``updated_at``).
        replaced_at: When a later version replaced it (or, for ``import``, an
            import kept it out because the other version was newer).
        reason: ``edited`` or ``import`` (:data:`FOLLOWUP_REASONS`).
    """

    id: int
    followup_id: int
    text: str
    owner: str
    due: DueValue | None
    due_zone: str
    status: FollowupStatus
    priority: int | None
    saved_at: datetime
    replaced_at: datetime
    reason: str


@dataclass(frozen=True, slots=True)
class FollowupImport:
    """One follow-up as an import file gives it (already checked)."""

    uid: str
    text: str
    owner: str = ""
    due: DueValue | None = None
    due_zone: str = ""
    status: FollowupStatus = "open"
    priority: int | None = None
    completed_at: datetime | None = None
    sequence: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None
    session_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class ImportCounts:
    """What :meth:`FollowupsMixin.import_followups` did."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    ids: tuple[int, ...] = field(default=())


class _Keep:
    """ "Leave it as it is" for :meth:`FollowupsMixin.edit_followup` (None means clear)."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP: Final = _Keep()

_COLUMNS = (
    "id, uid, text, owner, due, due_zone, status, priority, completed_at, sequence, "
    "created_at, updated_at"
)


def new_followup_uid() -> str:
    return f"{uuid.uuid4()}@{FOLLOWUP_UID_DOMAIN}"


def clean_followup_text(text: str) -> str:
    """*text* with line ends made ``\\n`` and surrounding blanks trimmed (raises UsageError)."""
    cleaned = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not cleaned:
        raise UsageError(QT_TRANSLATE_NOOP("core", "a follow-up needs some text").message())
    _check_plain(cleaned, QT_TRANSLATE_NOOP("core", "follow-up"), MAX_FOLLOWUP_CHARS)
    return cleaned


def clean_owner(owner: str) -> str:
    """*owner* on one line, blanks trimmed ("" for nobody; raises UsageError)."""
    cleaned = " ".join(owner.split())
    _check_plain(cleaned, QT_TRANSLATE_NOOP("core", "owner"), MAX_OWNER_CHARS)
    return cleaned


def check_priority(priority: int | None) -> int | None:
    if priority is None:
        return None
    if isinstance(priority, bool) or not 1 <= priority <= 9:
        raise UsageError(
            QT_TRANSLATE_NOOP("core", "a priority is 1 (high) to 9 (low), not {priority!r}").format(
                priority=priority
            )
        )
    return priority


def check_status(status: str) -> FollowupStatus:
    if status not in FOLLOWUP_STATUSES:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "core", "unknown follow-up status {status!r}; use one of: {followup_statuses}"
            ).format(status=status, followup_statuses=", ".join(FOLLOWUP_STATUSES))
        )
    return status


def due_text(due: DueValue | None) -> str | None:
    """The stored form of *due*: ``YYYY-MM-DD`` or a UTC instant (raises UsageError if naive).

    A year outside ``MIN_YEAR``–``MAX_YEAR`` is refused (as a typed due date is): near
    9999-12-31 23:59 UTC is a day that does not exist west of Greenwich, and every
    list showing it would fail.
    """
    if due is None:
        return None
    if not MIN_YEAR <= due.year <= MAX_YEAR:
        raise UsageError(f"a due date is in the years {MIN_YEAR}–{MAX_YEAR}, not {due.year}")
    if isinstance(due, datetime):
        if due.tzinfo is None:
            raise UsageError(QT_TRANSLATE_NOOP("core", "a due time needs its time zone").message())
        return to_utc_text(due)
    return due.isoformat()


def parse_due_text(text: str | None) -> DueValue | None:
    if not text:
        return None
    if len(text) == 10:
        return date.fromisoformat(text)
    return from_utc_text(text)


def _check_plain(text: str, what: str, limit: int) -> None:
    if any(ord(c) < 32 and c not in "\n\t" for c in text) or "\x7f" in text:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "core", "the {what} holds a control character; type plain text"
            ).format(what=what)
        )
    if len(text) > limit:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "core", "the {what} is {count:,} characters long; at most {limit:,} are kept"
            ).format(what=what, count=len(text), limit=limit)
        )


class FollowupsMixin(SessionsMixin):
    """The user's follow-ups and the sessions they link."""

    def followups(
        self, *, status: str | None = None, session_id: int | None = None
    ) -> list[FollowupRecord]:
        """Follow-ups (open first by due date, then done), optionally of one status or session."""
        where: list[str] = []
        params: list[object] = []
        if status is not None:
            where.append("f.status = ?")
            params.append(check_status(status))
        if session_id is not None:
            where.append("f.id IN (SELECT followup_id FROM followup_sessions WHERE session_id = ?)")
            params.append(session_id)
        sql = f"SELECT {_COLUMNS} FROM followups f"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY f.status = 'done', f.due IS NULL, f.due, f.id"
        rows = self._rows(sql, params)
        links = self._links([int(row["id"]) for row in rows])
        return [_followup(row, links.get(int(row["id"]), ())) for row in rows]

    def followup(self, followup_id: int) -> FollowupRecord:
        """The follow-up with id *followup_id* (raises :class:`NotFoundError`)."""
        rows = self._rows(f"SELECT {_COLUMNS} FROM followups WHERE id = ?", [followup_id])
        if not rows:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("core", "no follow-up number {value}").format(value=followup_id)
            )
        return _followup(rows[0], self._links([followup_id]).get(followup_id, ()))

    def followup_by_uid(self, uid: str) -> FollowupRecord | None:
        row = self.db.execute("SELECT id FROM followups WHERE uid = ?", [uid]).fetchone()
        return None if row is None else self.followup(int(row[0]))

    def followup_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM followups").fetchone()[0])

    def session_keys(self) -> list[tuple[int, str, str]]:
        """(row id, feed address, feed id) of every session: what its UID is made of."""
        return [
            (int(row[0]), str(row[1]), str(row[2]))
            for row in self.db.execute(
                "SELECT s.id, f.url, s.source_id FROM sessions s JOIN feeds f ON f.id = s.feed_id"
            )
        ]

    def add_followup(
        self,
        text: str,
        *,
        owner: str = "",
        due: DueValue | None = None,
        due_zone: str = "",
        priority: int | None = None,
        status: str = "open",
        session_ids: Iterable[int] = (),
    ) -> FollowupRecord:
        """Add a follow-up; return it.

        Raises:
            NotFoundError: a linked session does not exist.
            UsageError: empty or unusable text or owner, a bad priority or status.
        """
        text = clean_followup_text(text)
        owner = clean_owner(owner)
        priority = check_priority(priority)
        checked = check_status(status)
        stored_due = due_text(due)
        linked = list(dict.fromkeys(session_ids))
        for session_id in linked:
            self.session(session_id)
        stamp = to_utc_text(utc_now())
        with self.transaction():
            cursor = self.db.execute(
                "INSERT INTO followups (uid, text, owner, due, due_zone, status, priority, "
                "completed_at, sequence, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
                [
                    new_followup_uid(),
                    text,
                    owner,
                    stored_due,
                    due_zone if isinstance(due, datetime) else "",
                    checked,
                    priority,
                    stamp if checked == "done" else None,
                    stamp,
                    stamp,
                ],
            )
            followup_id = int(cast(int, cursor.lastrowid))  # an INSERT sets it
            self._set_links(followup_id, linked)
        return self.followup(followup_id)

    def edit_followup(
        self,
        followup_id: int,
        *,
        text: str | None = None,
        owner: str | None = None,
        due: DueValue | _Keep | None = KEEP,
        due_zone: str = "",
        priority: int | _Keep | None = KEEP,
        status: str | None = None,
        session_ids: Iterable[int] | None = None,
    ) -> FollowupRecord:
        """Change what is given (``None`` for *due*/*priority* clears them); return it.

        A change raises its sequence by one; a write that changes nothing leaves it.

        Raises:
            NotFoundError: no such follow-up, or a linked session does not exist.
            UsageError: unusable values.
        """
        current = self.followup(followup_id)
        new_text = current.text if text is None else clean_followup_text(text)
        new_owner = current.owner if owner is None else clean_owner(owner)
        new_status = current.status if status is None else check_status(status)
        new_priority = current.priority if isinstance(priority, _Keep) else check_priority(priority)
        if isinstance(due, _Keep):
            new_due, new_zone = current.due, current.due_zone
        else:
            new_due, new_zone = due, (due_zone if isinstance(due, datetime) else "")
        new_links = (
            current.session_ids if session_ids is None else tuple(dict.fromkeys(session_ids))
        )
        for session_id in set(new_links) - set(current.session_ids):
            self.session(session_id)
        fields = [new_text, new_owner, due_text(new_due), new_zone, new_status, new_priority]
        was = [
            current.text,
            current.owner,
            due_text(current.due),
            current.due_zone,
            current.status,
            current.priority,
        ]
        if fields == was and sorted(new_links) == sorted(current.session_ids):
            return current
        now = utc_now()
        completed = current.completed_at
        if new_status == "done" and current.status != "done":
            completed = now
        elif new_status == "open":
            completed = None
        stamp = None if completed is None else to_utc_text(completed)
        with self.transaction():
            if fields[:4] != was[:4]:  # its words changed (text, owner, due): keep them
                self.keep_followup_version(followup_id, _version_of(current), "edited")
            self.db.execute(
                "UPDATE followups SET text = ?, owner = ?, due = ?, due_zone = ?, status = ?, "
                "priority = ?, completed_at = ?, sequence = sequence + 1, updated_at = ? "
                "WHERE id = ?",
                [*fields, stamp, to_utc_text(now), followup_id],
            )
            if sorted(new_links) != sorted(current.session_ids):
                self._set_links(followup_id, list(new_links))
        return self.followup(followup_id)

    def mark_followup(self, followup_id: int, status: str) -> FollowupRecord:
        """Mark a follow-up open or done (done records when)."""
        return self.edit_followup(followup_id, status=check_status(status))

    def delete_followup(self, followup_id: int) -> FollowupRecord:
        """Delete a follow-up; return it as it was."""
        current = self.followup(followup_id)
        with self.transaction():
            self.db.execute("DELETE FROM followups WHERE id = ?", [followup_id])
        return current

    def import_followups(self, items: Sequence[FollowupImport]) -> ImportCounts:
        """Add or update follow-ups by UID, all in one transaction.

        An item whose UID is stored replaces it only when its sequence is higher
        (then it keeps that sequence), or when the sequence is the same but its
        LAST-MODIFIED is later and it says something else (an edit in a task app
        that leaves SEQUENCE alone; the sequence then rises by one); otherwise it is
        left alone, but links to sessions found since the last import are added.
        Nothing is ever added twice for one UID.

        Raises:
            NotFoundError: an item links a session that does not exist (nothing written).
            UsageError: an item's values are unusable (nothing written).
        """
        checked = [_checked_import(item) for item in items]
        for item in checked:
            for session_id in item.session_ids:
                self.session(session_id)
        added = updated = unchanged = 0
        ids: list[int] = []
        stamp = to_utc_text(utc_now())
        with self.transaction():
            for item in checked:
                row = self.db.execute(
                    "SELECT id, sequence, updated_at, text, owner, due, due_zone, status, "
                    "priority FROM followups WHERE uid = ?",
                    [item.uid],
                ).fetchone()
                values = [
                    item.text,
                    item.owner,
                    due_text(item.due),
                    item.due_zone if isinstance(item.due, datetime) else "",
                    item.status,
                    item.priority,
                    None if item.completed_at is None else to_utc_text(item.completed_at),
                    item.sequence,
                    stamp if item.updated_at is None else to_utc_text(item.updated_at),
                ]
                if row is None:
                    cursor = self.db.execute(
                        "INSERT INTO followups (text, owner, due, due_zone, status, priority, "
                        "completed_at, sequence, updated_at, uid, created_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [
                            *values,
                            item.uid,
                            stamp if item.created_at is None else to_utc_text(item.created_at),
                        ],
                    )
                    followup_id = int(cast(int, cursor.lastrowid))  # an INSERT sets it
                    self._set_links(followup_id, list(item.session_ids))
                    added += 1
                elif item.sequence > int(row[1]) or _edited_elsewhere(item, row, values):
                    followup_id = int(row[0])
                    if item.sequence <= int(row[1]):  # rises, so calendars see the change
                        values[7] = int(row[1]) + 1
                    self._keep_replaced(followup_id, values)
                    self.db.execute(
                        "UPDATE followups SET text = ?, owner = ?, due = ?, due_zone = ?, "
                        "status = ?, priority = ?, completed_at = ?, sequence = ?, updated_at = ? "
                        "WHERE id = ?",
                        [*values, followup_id],
                    )
                    self._set_links(followup_id, list(item.session_ids))
                    updated += 1
                else:
                    followup_id = int(row[0])
                    # A session followed since the last import: its link is added now.
                    if self._add_links(followup_id, item.session_ids):
                        updated += 1
                    else:
                        unchanged += 1
                ids.append(followup_id)
        return ImportCounts(added=added, updated=updated, unchanged=unchanged, ids=tuple(ids))

    # ---- history ------------------------------------------------------------------
    def followup_history(self, followup_id: int) -> list[FollowupVersion]:
        """Earlier versions of a follow-up that edits or imports replaced, newest first.

        Raises:
            NotFoundError: no such follow-up.
        """
        self.followup(followup_id)
        return [
            _version(row)
            for row in self._rows(
                "SELECT id, followup_id, text, owner, due, due_zone, status, priority, "
                "saved_at, replaced_at, reason FROM followup_revisions WHERE followup_id = ? "
                "ORDER BY replaced_at DESC, id DESC",
                [followup_id],
            )
        ]

    def keep_followup_version(
        self, followup_id: int, version: Mapping[str, Any], reason: str, replaced_at: str = ""
    ) -> int:
        """Keep *version* (the file's field names) in the history unless it is there; 1 if kept.

        Call inside a transaction. A version is there when one with the same text,
        owner, due date and ``saved_at`` is.
        """
        text = str(version["text"])
        if not text.strip():
            return 0
        key = [text, str(version.get("owner") or ""), version.get("due")]
        saved_at = str(version["updated_at"])
        if self.db.execute(
            "SELECT 1 FROM followup_revisions WHERE followup_id = ? AND text = ? AND owner = ? "
            "AND due IS ? AND saved_at = ?",
            [followup_id, *key, saved_at],
        ).fetchone():
            return 0
        self.db.execute(
            "INSERT INTO followup_revisions (followup_id, text, owner, due, due_zone, status, "
            "priority, saved_at, replaced_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                followup_id,
                *key,
                str(version.get("due_zone") or ""),
                str(version.get("status") or "open"),
                version.get("priority"),
                saved_at,
                replaced_at or to_utc_text(utc_now()),
                reason,
            ],
        )
        return 1

    def _keep_replaced(self, followup_id: int, values: Sequence[object]) -> None:
        """Keep a follow-up before an import's *values* replace it, if its words differ."""
        current = self.followup(followup_id)
        version = _version_of(current)
        if [version["text"], version["owner"], version["due"]] != list(values[:3]):
            self.keep_followup_version(followup_id, version, "import")

    # ---- inside -------------------------------------------------------------------
    def _add_links(self, followup_id: int, session_ids: Sequence[int]) -> int:
        """Link *session_ids* not linked yet; how many were added."""
        return sum(
            self.db.execute(
                "INSERT OR IGNORE INTO followup_sessions (followup_id, session_id) VALUES (?, ?)",
                [followup_id, session_id],
            ).rowcount
            for session_id in session_ids
        )

    def _set_links(self, followup_id: int, session_ids: Sequence[int]) -> None:
        self.db.execute("DELETE FROM followup_sessions WHERE followup_id = ?", [followup_id])
        if session_ids:
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO followup_sessions (followup_id, session_id) VALUES (?, ?)",
                [(followup_id, session_id) for session_id in session_ids],
            )

    def _links(self, followup_ids: Sequence[int]) -> dict[int, tuple[LinkedSession, ...]]:
        if not followup_ids:
            return {}
        found: dict[int, list[LinkedSession]] = {}
        wanted = set(followup_ids)
        sql = (
            "SELECT l.followup_id, s.id, s.title, s.start_utc, s.timezone, f.url, s.source_id, "
            "s.removed, s.translations FROM followup_sessions l "
            "JOIN sessions s ON s.id = l.session_id "
            "JOIN feeds f ON f.id = s.feed_id"
        )
        params: list[int] = []
        if len(wanted) <= 500:
            sql += f" WHERE l.followup_id IN ({', '.join('?' * len(wanted))})"
            params = sorted(wanted)
        for row in self.db.execute(sql + " ORDER BY s.start_utc, s.id", params):
            if int(row[0]) not in wanted:
                continue
            found.setdefault(int(row[0]), []).append(
                LinkedSession(
                    id=int(row[1]),
                    title=str(row[2]),
                    start=from_utc_text(row[3]),
                    timezone=str(row[4]),
                    feed_url=str(row[5]),
                    source_id=str(row[6]),
                    removed=bool(row[7]),
                    translations=str(row[8] or ""),
                )
            )
        return {key: tuple(value) for key, value in found.items()}


def _checked_import(item: FollowupImport) -> FollowupImport:
    if not item.uid.strip():
        raise UsageError(QT_TRANSLATE_NOOP("core", "a follow-up needs a UID").message())
    due_text(item.due)
    return FollowupImport(
        uid=item.uid.strip(),
        text=clean_followup_text(item.text),
        owner=clean_owner(item.owner),
        due=item.due,
        due_zone=item.due_zone,
        status=check_status(item.status),
        priority=check_priority(item.priority),
        completed_at=item.completed_at,
        sequence=max(0, item.sequence),
        created_at=item.created_at,
        updated_at=item.updated_at,
        session_ids=tuple(dict.fromkeys(item.session_ids)),
    )


def _edited_elsewhere(
    item: FollowupImport, row: Sequence[object], values: Sequence[object]
) -> bool:
    """Whether *item* is a later edit made where SEQUENCE did not rise.

    Task apps (Apple Reminders, Thunderbird) edit a to-do and move its LAST-MODIFIED
    on, leaving its SEQUENCE as it was: with the same sequence as here, a newer
    LAST-MODIFIED and other words or state, the file's version is the later one.
    """
    # row: id, sequence, updated_at, then text, owner, due, due_zone, status, priority
    if item.updated_at is None or item.sequence != row[1]:
        return False
    return to_utc_text(item.updated_at) > str(row[2]) and list(values[:6]) != list(row[3:9])


def _version_of(record: FollowupRecord) -> dict[str, Any]:
    """*record*'s content as the history (and the "my data" file) names it."""
    return {
        "text": record.text,
        "owner": record.owner,
        "due": due_text(record.due),
        "due_zone": record.due_zone,
        "status": record.status,
        "priority": record.priority,
        "updated_at": to_utc_text(record.updated_at),
    }


def _content(row: sqlite3.Row) -> dict[str, Any]:
    """What a follow-up and each of its versions say: text, owner, due date, priority."""
    return {
        "text": str(row["text"]),
        "owner": str(row["owner"]),
        "due": parse_due_text(row["due"]),
        "due_zone": str(row["due_zone"]),
        "priority": None if row["priority"] is None else int(row["priority"]),
    }


def _version(row: sqlite3.Row) -> FollowupVersion:
    status = str(row["status"])
    return FollowupVersion(
        id=int(row["id"]),
        followup_id=int(row["followup_id"]),
        **_content(row),
        status="done" if status == "done" else "open",
        saved_at=from_utc_text(row["saved_at"]),
        replaced_at=from_utc_text(row["replaced_at"]),
        reason=str(row["reason"]),
    )


def _followup(row: sqlite3.Row, links: tuple[LinkedSession, ...]) -> FollowupRecord:
    return FollowupRecord(
        id=int(row["id"]),
        uid=str(row["uid"]),
        **_content(row),
        status=check_status(str(row["status"])),
        completed_at=None if row["completed_at"] is None else from_utc_text(row["completed_at"]),
        sequence=int(row["sequence"]),
        created_at=from_utc_text(row["created_at"]),
        updated_at=from_utc_text(row["updated_at"]),
        sessions=links,
    )
