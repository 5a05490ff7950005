"""The user's own data carried between machines: export, merge on import, orphans (issue 16).

The "my data" file (``docs/mydata-format.md``) has one section per kind of item
(favourites, notes, questions, reminders). Each kind here is two small functions:
one lists the kind's items as the file holds them, one merges one item from a
file into the store. Adding a kind is adding those two and a line in
:data:`_KINDS`.

Merging never duplicates and never drops text:

* an item already here unchanged is left alone (importing a file twice changes nothing);
* when both sides changed an item, the newer (``updated_at``) wins and the other
  lands in its history: a note's replaced text in ``session_note_revisions``
  and a follow-up's in ``followup_revisions`` (reason ``import``), a question's
  losing text as a copy beside it;
* an item whose session this store does not have is kept in ``mydata_orphans``
  (by feed address + the feed's session id, and calendar UID) and attached after
  a later sync brings its session (:meth:`MyDataMixin.attach_orphans`).

The items are plain dicts already checked against the file's schema (the use
case, :mod:`briefing_app.usecases.mydata`, reads and checks the file).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, cast

from briefing_app.store.attendance import AttendanceMixin
from briefing_app.store.followups import FollowupsMixin
from briefing_app.store.local import LocalDataMixin
from briefing_app.store.questions import QuestionsMixin
from briefing_app.util.i18n import QT_TRANSLATE_NOOP
from briefing_app.util.multilingual import pick_stored
from briefing_app.util.timeutil import to_utc_text, utc_now
from briefing_app.util.uids import session_uid

logger = logging.getLogger(__name__)

Item = Mapping[str, Any]

#: A question or note kept from an import whose other version won, in a note's history.
IMPORT_REASON: Final = "import"

#: The orphan kind of a follow-up's link to a session this store does not have yet.
_LINK: Final = "followup-link"


@dataclass(slots=True)
class KindCounts:
    """What an import did with one kind's items."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    orphaned: int = 0


@dataclass(slots=True)
class MyDataReport:
    """What importing a "my data" file did (or, before it is applied, would do).

    Attributes:
        counts: Per kind (in the file's order of sections).
        conflicts: One sentence per conflict: which item, which version won,
            where the other one is.
        orphans: One line per item kept for a session this store does not have.
        attached: Orphans kept earlier that found their session and were attached.
    """

    counts: dict[str, KindCounts] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)
    orphans: list[str] = field(default_factory=list)
    attached: int = 0

    @property
    def changed(self) -> bool:
        return any(c.added or c.updated for c in self.counts.values())


@dataclass(frozen=True, slots=True)
class OrphanRecord:
    """An imported item waiting for its session (kept in ``mydata_orphans``)."""

    id: int
    kind: str
    feed_url: str
    source_id: str
    uid: str
    title: str
    start_utc: str
    imported_at: str


@dataclass(frozen=True, slots=True)
class _Outcome:
    """One item merged: ``added``, ``updated`` or ``unchanged``, and a conflict's sentence."""

    result: str
    conflict: str = ""
    orphan: str = ""


_ADDED: Final = _Outcome("added")
_UPDATED: Final = _Outcome("updated")
_UNCHANGED: Final = _Outcome("unchanged")


def item_hash(kind: str, item: Item) -> str:
    """The identity of an item as a file holds it (orphans kept twice are one)."""
    text = json.dumps([kind, item], sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _newer(incoming: str | None, local: str | None) -> bool:
    """Whether *incoming* is strictly newer than *local* (UTC texts sort; None is oldest)."""
    return (incoming or "") > (local or "")


class MyDataMixin(LocalDataMixin, QuestionsMixin, FollowupsMixin, AttendanceMixin):
    """Export and merge the user's own data; keep and attach orphans."""

    #: The questions an import under way has matched already (each is matched once).
    _claimed: set[int]
    #: The languages an import under way names sessions in, in its report (the user's first).
    _report_languages: Sequence[str]

    # ---- export ------------------------------------------------------------------
    def export_mydata(self, languages: Sequence[str] = ()) -> dict[str, list[dict[str, Any]]]:
        """Every kind's items as the file holds them, orphans kept here included.

        Each session's ``title`` (for people: the file finds sessions by feed address, id
        and UID) in the first of *languages* the feed gives it in, else the feed's own.
        """
        refs = self._session_refs(languages)
        sections: dict[str, list[dict[str, Any]]] = {}
        for kind, kind_spec in _KINDS.items():
            sections[kind] = list(kind_spec.export(self, refs))
        for kind, item in self._orphan_items():
            sections.setdefault(kind, []).append(item)
        return sections

    def _session_refs(self, languages: Sequence[str] = ()) -> dict[int, dict[str, str]]:
        """The reference of every session that has any of the user's data, by session id
        (its title in the first of *languages* the feed gives it in)."""
        rows = self._rows(
            "SELECT s.id, f.url, s.source_id, s.title, s.start_utc, s.translations "
            "FROM sessions s "
            "JOIN feeds f ON f.id = s.feed_id WHERE s.id IN ("
            "SELECT session_id FROM favourites UNION SELECT session_id FROM session_notes "
            "UNION SELECT session_id FROM session_note_revisions "
            "UNION SELECT session_id FROM session_questions UNION SELECT session_id FROM reminders "
            "UNION SELECT session_id FROM followup_sessions UNION SELECT session_id FROM "
            "session_joins UNION SELECT session_id FROM session_attendance)"
        )
        return {
            int(r["id"]): {
                "feed_url": str(r["url"]),
                "source_id": str(r["source_id"]),
                "uid": session_uid(str(r["url"]), str(r["source_id"])),
                "title": pick_stored(r["translations"], "title", str(r["title"]), languages).text,
                "start": str(r["start_utc"]),
            }
            for r in rows
        }

    def _export_favourites(self, refs: Mapping[int, dict[str, str]]) -> Iterator[dict[str, Any]]:
        for r in self._rows("SELECT session_id, added_at FROM favourites ORDER BY added_at"):
            yield {"session": refs[int(r["session_id"])], "added_at": str(r["added_at"])}

    def _export_notes(self, refs: Mapping[int, dict[str, str]]) -> Iterator[dict[str, Any]]:
        history: dict[int, list[dict[str, str]]] = {}
        for r in self._rows(
            "SELECT session_id, saved_at, replaced_at, reason, body FROM session_note_revisions "
            "ORDER BY replaced_at, id"
        ):
            history.setdefault(int(r["session_id"]), []).append(
                {
                    "body": str(r["body"]),
                    "saved_at": str(r["saved_at"]),
                    "replaced_at": str(r["replaced_at"]),
                    "reason": str(r["reason"]),
                }
            )
        notes = {
            int(r["session_id"]): (str(r["body"]), str(r["updated_at"]))
            for r in self._rows("SELECT session_id, body, updated_at FROM session_notes")
        }
        for session_id in sorted(set(notes) | set(history)):
            earlier = history.get(session_id, [])
            body, updated = notes.get(
                session_id, ("", earlier[-1]["replaced_at"] if earlier else "")
            )
            yield {
                "session": refs[session_id],
                "body": body,
                "updated_at": updated,
                "history": earlier,
            }

    def _export_questions(self, refs: Mapping[int, dict[str, str]]) -> Iterator[dict[str, Any]]:
        for r in self._rows(
            "SELECT session_id, position, text, state, answer, created_at, updated_at "
            "FROM session_questions ORDER BY session_id, position, id"
        ):
            yield {
                "session": refs[int(r["session_id"])],
                "position": int(r["position"]),
                "text": str(r["text"]),
                "state": str(r["state"]),
                "answer": str(r["answer"]),
                "created_at": str(r["created_at"]),
                "updated_at": str(r["updated_at"]),
            }

    def _export_reminders(self, refs: Mapping[int, dict[str, str]]) -> Iterator[dict[str, Any]]:
        for r in self._rows(
            "SELECT session_id, enabled, minutes_before, updated_at FROM reminders "
            "ORDER BY session_id"
        ):
            yield {
                "session": refs[int(r["session_id"])],
                "enabled": bool(r["enabled"]),
                "minutes_before": r["minutes_before"],
                "updated_at": r["updated_at"],
            }

    # ---- import ------------------------------------------------------------------
    def import_mydata(
        self, sections: Mapping[str, Sequence[Item]], languages: Sequence[str] = ()
    ) -> MyDataReport:
        """Merge a checked file's *sections* into the store, all in one transaction.

        Kinds this store does not know are refused by the caller (the file's schema). The
        report's lines name sessions in the first of *languages* the feed gives them in.
        """
        report = MyDataReport()
        finder = _SessionFinder(self)
        self._claimed = set()
        self._report_languages = tuple(languages)
        with self.transaction():
            for kind, items in sections.items():
                counts = report.counts.setdefault(kind, KindCounts())
                kind_spec = _KINDS[kind]
                for item in items:
                    if kind_spec.by_session:
                        outcome = self._merge_for_session(finder, kind, item)
                    else:
                        outcome = kind_spec.merge(self, finder, item)
                    _count(counts, report, outcome)
            report.attached = self._attach_orphans(finder)
        return report

    def _merge_for_session(self, finder: _SessionFinder, kind: str, item: Item) -> _Outcome:
        """Merge an item of a kind kept per session, or keep it as an orphan."""
        session_id = finder.find(item["session"])
        if session_id is None:
            self._keep_orphan(kind, item["session"], item)
            return _Outcome("orphaned", orphan=f"{kind}: {_describe(item['session'])}")
        return _KINDS[kind].merge(self, session_id, item)

    def _keep_orphan(self, kind: str, ref: Mapping[str, str], item: Item) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO mydata_orphans (kind, feed_url, source_id, uid, title, "
            "start_utc, item, item_hash, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                kind,
                ref.get("feed_url", ""),
                ref.get("source_id", ""),
                ref.get("uid", ""),
                ref.get("title", ""),
                ref.get("start", ""),
                json.dumps(item, ensure_ascii=False, sort_keys=True),
                item_hash(kind, item),
                to_utc_text(utc_now()),
            ],
        )

    def mydata_orphans(self) -> list[OrphanRecord]:
        """Imported items still waiting for their session, oldest import first."""
        return [
            OrphanRecord(
                id=int(r["id"]),
                kind=str(r["kind"]),
                feed_url=str(r["feed_url"]),
                source_id=str(r["source_id"]),
                uid=str(r["uid"]),
                title=str(r["title"]),
                start_utc=str(r["start_utc"]),
                imported_at=str(r["imported_at"]),
            )
            for r in self._rows(
                "SELECT id, kind, feed_url, source_id, uid, title, start_utc, imported_at "
                "FROM mydata_orphans ORDER BY id"
            )
        ]

    def _orphan_items(self) -> Iterator[tuple[str, dict[str, Any]]]:
        for r in self._rows(
            "SELECT kind, item FROM mydata_orphans WHERE kind != ? ORDER BY id", [_LINK]
        ):
            yield str(r["kind"]), json.loads(r["item"])

    def attach_orphans(self) -> int:
        """Attach the orphans whose session the store now has; how many were attached."""
        if self.db.execute("SELECT 1 FROM mydata_orphans LIMIT 1").fetchone() is None:
            return 0
        with self.transaction(join=True):
            return self._attach_orphans(_SessionFinder(self))

    def _after_feed_applied(self) -> None:
        attached = self.attach_orphans()
        if attached:
            logger.info("Attached %d imported item(s) to sessions the feed brought", attached)

    def _attach_orphans(self, finder: _SessionFinder) -> int:
        attached = 0
        self._claimed = set()
        for r in self._rows("SELECT id, kind, item FROM mydata_orphans ORDER BY id"):
            kind = str(r["kind"])
            item = json.loads(r["item"])
            session_id = finder.find(item["session"])
            if session_id is None:
                continue
            if kind == _LINK:
                self._link_followup(item["uid"], session_id)
            else:
                _KINDS[kind].merge(self, session_id, item)
            self.db.execute("DELETE FROM mydata_orphans WHERE id = ?", [int(r["id"])])
            attached += 1
        return attached

    # ---- one merge per kind ----------------------------------------------------------
    def _merge_favourite(self, session_id: int, item: Item) -> _Outcome:
        cursor = self.db.execute(
            "INSERT OR IGNORE INTO favourites (session_id, added_at) VALUES (?, ?)",
            [session_id, item["added_at"]],
        )
        return _ADDED if cursor.rowcount else _UNCHANGED

    def _merge_note(self, session_id: int, item: Item) -> _Outcome:
        added_history = 0
        for old in item.get("history", []):
            added_history += self._keep_note_text(
                session_id, old["body"], old["saved_at"], old["reason"], old["replaced_at"]
            )
        body: str = item["body"]
        row = self.db.execute(
            "SELECT body, updated_at FROM session_notes WHERE session_id = ?", [session_id]
        ).fetchone()
        if not body.strip() or (row is not None and str(row[0]) == body):
            return _UPDATED if added_history else _UNCHANGED
        if row is None:
            self._put_note(session_id, body, item["updated_at"])
            return _ADDED
        local, local_at = str(row[0]), str(row[1])
        title = self._title(session_id)
        if _newer(item["updated_at"], local_at):
            self._keep_note_text(session_id, local, local_at, IMPORT_REASON)
            self._put_note(session_id, body, item["updated_at"])
            return _Outcome(
                "updated",
                QT_TRANSLATE_NOOP(
                    "core",
                    "note on “{title}”: the file's was newer and is the note now; yours is "
                    "in the note's history",
                ).format(title=title),
            )
        if self._keep_note_text(session_id, body, item["updated_at"], IMPORT_REASON):
            return _Outcome(
                "updated",
                QT_TRANSLATE_NOOP(
                    "core",
                    "note on “{title}”: yours was newer and stays; the file's is in the "
                    "note's history",
                ).format(title=title),
            )
        return _UPDATED if added_history else _UNCHANGED

    def _put_note(self, session_id: int, body: str, updated_at: str) -> None:
        self.db.execute(
            "INSERT INTO session_notes (session_id, body, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT(session_id) DO UPDATE SET body = excluded.body, "
            "updated_at = excluded.updated_at",
            [session_id, body, updated_at],
        )

    def _keep_note_text(
        self, session_id: int, body: str, saved_at: str, reason: str, replaced_at: str = ""
    ) -> int:
        """Keep *body* in the note's history unless it is there already; 1 if it was added."""
        if not body.strip():
            return 0
        if self.db.execute(
            "SELECT 1 FROM session_note_revisions WHERE session_id = ? AND body = ? "
            "AND saved_at = ?",
            [session_id, body, saved_at],
        ).fetchone():
            return 0
        self.db.execute(
            "INSERT INTO session_note_revisions (session_id, saved_at, replaced_at, reason, body) "
            "VALUES (?, ?, ?, ?, ?)",
            [session_id, saved_at, replaced_at or to_utc_text(utc_now()), reason, body],
        )
        return 1

    def _merge_question(self, session_id: int, item: Item) -> _Outcome:
        # A question has no id of its own across machines: it is the one born in the same
        # second (the same text first), each matched once per import. (Read in SQL: a
        # session's every question read per question made 2,000 questions take a minute.)
        born = [
            (str(text) != item["text"], int(position), int(qid))
            for qid, position, text in self.db.execute(
                "SELECT id, position, text FROM session_questions "
                "WHERE session_id = ? AND created_at = ?",
                [session_id, item["created_at"]],
            )
            if int(qid) not in self._claimed
        ]
        same_birth = [self.question(min(born)[2])] if born else []
        incoming = (item["text"], item["state"], item["answer"])
        if not same_birth:
            if self._question_covered(session_id, item["text"], item["answer"]):
                return _UNCHANGED
            self._claimed.add(
                self._append_question(session_id, item, item["created_at"], item["updated_at"])
            )
            return _ADDED
        local = same_birth[0]
        self._claimed.add(local.id)
        if (local.text, local.state, local.answer) == incoming:
            return _UNCHANGED
        title = self._title(session_id)
        if _newer(item["updated_at"], to_utc_text(local.updated_at)):
            self.db.execute(
                "UPDATE session_questions SET text = ?, state = ?, answer = ?, updated_at = ? "
                "WHERE id = ?",
                [*incoming, item["updated_at"], local.id],
            )
            loser: Item = {
                "text": local.text,
                "state": local.state,
                "answer": local.answer,
                "updated_at": to_utc_text(local.updated_at),
            }
            result, which = (
                "updated",
                QT_TRANSLATE_NOOP("core", "the file's was newer; yours").message(),
            )
        else:
            loser, result, which = (
                item,
                "unchanged",
                QT_TRANSLATE_NOOP("core", "yours was newer; the file's").message(),
            )
        if self._question_covered(session_id, loser["text"], loser["answer"]):
            return _Outcome(result) if result == "updated" else _UNCHANGED
        now = to_utc_text(utc_now())
        self._append_question(session_id, loser, now, loser["updated_at"])
        return _Outcome(
            "updated",
            QT_TRANSLATE_NOOP(
                "core", "question on “{title}”: {which} is kept as another question after it"
            ).format(title=title, which=which),
        )

    def _question_covered(self, session_id: int, text: str, answer: str) -> bool:
        """Whether a question of the session already holds *text* (and *answer*, if any)."""
        return (
            self.db.execute(
                "SELECT 1 FROM session_questions WHERE session_id = ? AND text = ? "
                "AND (? = '' OR answer = ?) LIMIT 1",
                [session_id, text, answer, answer],
            ).fetchone()
            is not None
        )

    def _append_question(self, session_id: int, item: Item, created: str, updated: str) -> int:
        cursor = self.db.execute(
            "INSERT INTO session_questions "
            "(session_id, position, text, state, answer, created_at, updated_at) "
            "VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM session_questions "
            "WHERE session_id = ?), ?, ?, ?, ?, ?)",
            [session_id, session_id, item["text"], item["state"], item["answer"], created, updated],
        )
        return int(cast(int, cursor.lastrowid))  # an INSERT sets it

    def _merge_reminder(self, session_id: int, item: Item) -> _Outcome:
        row = self.db.execute(
            "SELECT enabled, minutes_before, updated_at FROM reminders WHERE session_id = ?",
            [session_id],
        ).fetchone()
        wanted = (int(item["enabled"]), item["minutes_before"])
        if row is not None and (int(row[0]), row[1]) == wanted:
            return _UNCHANGED
        if row is not None and not _newer(item.get("updated_at"), row[2]):
            return _Outcome(
                "unchanged",
                QT_TRANSLATE_NOOP(
                    "core", "reminder on “{title}”: yours was newer and stays"
                ).format(title=self._title(session_id)),
            )
        self.db.execute(
            "INSERT INTO reminders (session_id, enabled, minutes_before, updated_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT(session_id) DO UPDATE SET "
            "enabled = excluded.enabled, minutes_before = excluded.minutes_before, "
            "updated_at = excluded.updated_at",
            [session_id, *wanted, item.get("updated_at")],
        )
        if row is None:
            return _ADDED
        return _Outcome(
            "updated",
            QT_TRANSLATE_NOOP("core", "reminder on “{title}”: the file's was newer").format(
                title=self._title(session_id)
            ),
        )

    # ---- follow-ups: one item per follow-up (by UID), linking any sessions ----------------
    def _export_followups(self, refs: Mapping[int, dict[str, str]]) -> Iterator[dict[str, Any]]:
        links: dict[int, list[dict[str, str]]] = {}
        for r in self._rows("SELECT followup_id, session_id FROM followup_sessions"):
            links.setdefault(int(r["followup_id"]), []).append(refs[int(r["session_id"])])
        waiting: dict[str, list[dict[str, str]]] = {}
        for r in self._rows("SELECT item FROM mydata_orphans WHERE kind = ? ORDER BY id", [_LINK]):
            link = json.loads(r["item"])
            waiting.setdefault(link["uid"], []).append(link["session"])
        history: dict[int, list[dict[str, Any]]] = {}
        for r in self._rows(
            "SELECT followup_id, text, owner, due, due_zone, status, priority, saved_at, "
            "replaced_at, reason FROM followup_revisions ORDER BY replaced_at, id"
        ):
            version = {name: r[name] for name in _FOLLOWUP_VERSION_NAMES}
            history.setdefault(int(r["followup_id"]), []).append(version)
        for r in self._rows(f"SELECT id, {_FOLLOWUP_FIELDS} FROM followups ORDER BY id"):
            item: dict[str, Any] = {name: r[name] for name in _FOLLOWUP_NAMES}
            item["sessions"] = links.get(int(r["id"]), []) + waiting.get(str(r["uid"]), [])
            if int(r["id"]) in history:  # only then: a file without any reads as before
                item["history"] = history[int(r["id"])]
            yield item

    def _merge_followup(self, finder: _SessionFinder, item: Item) -> _Outcome:
        """A follow-up by UID: added, or the newer version wins (the other's text kept)."""
        found: list[int] = []
        missing = 0
        for ref in item["sessions"]:
            session_id = finder.find(ref)
            if session_id is None:  # the link waits for its session; the follow-up does not
                self._keep_orphan(_LINK, ref, {"uid": item["uid"], "session": ref})
                missing += 1
            else:
                found.append(session_id)
        short = _short(item["text"])
        orphan = (
            QT_TRANSLATE_NOOP(
                "core", "followups: “{short}” links {missing} session(s) not here yet"
            ).format(short=short, missing=missing)
            if missing
            else ""
        )
        rows = self._rows(
            f"SELECT id, {_FOLLOWUP_FIELDS} FROM followups WHERE uid = ?", [item["uid"]]
        )
        if not rows:
            new_id = self._insert_followup(item, item["uid"], found)
            self._merge_followup_history(new_id, item)
            return _Outcome("added", orphan=orphan)
        followup_id = int(rows[0]["id"])
        local = {name: rows[0][name] for name in _FOLLOWUP_NAMES}
        linked = sum(self._link_followup_id(followup_id, sid) for sid in found)
        fields = [n for n in _FOLLOWUP_NAMES if n not in _FOLLOWUP_META]
        if all(local[n] == item[n] for n in fields):
            history = self._merge_followup_history(followup_id, item)
            return _Outcome("updated" if linked or history else "unchanged", orphan=orphan)
        if _newer(item["updated_at"], local["updated_at"]):
            self.db.execute(
                "UPDATE followups SET "
                + ", ".join(f"{n} = ?" for n in fields)
                + ", sequence = ?, updated_at = ? WHERE id = ?",
                [
                    *(item[n] for n in fields),
                    max(int(local["sequence"]), int(item["sequence"])) + 1,
                    item["updated_at"],
                    followup_id,
                ],
            )
            loser, winner, which = (
                local,
                item,
                QT_TRANSLATE_NOOP("core", "the file's was newer; yours").message(),
            )
            result = "updated"
        else:
            loser, winner, which = (
                dict(item),
                local,
                QT_TRANSLATE_NOOP("core", "yours was newer; the file's").message(),
            )
            result = "updated" if linked else "unchanged"
        history = self._merge_followup_history(followup_id, item)
        if [loser[n] for n in _FOLLOWUP_WORDS] == [winner[n] for n in _FOLLOWUP_WORDS]:
            # The same words (a status or priority changed): nothing to keep.
            conflict = (
                ""
                if result == "unchanged"
                else QT_TRANSLATE_NOOP("core", "follow-up “{short}”: {which} gave way").format(
                    short=short, which=which
                )
            )
            return _Outcome("updated" if history else result, conflict, orphan)
        if not self.keep_followup_version(followup_id, loser, IMPORT_REASON):
            # Its words are in the history already (an earlier import): nothing is lost.
            conflict = (
                ""
                if result == "unchanged"
                else QT_TRANSLATE_NOOP("core", "follow-up “{short}”: {which} gave way").format(
                    short=short, which=which
                )
            )
            return _Outcome("updated" if history else result, conflict, orphan)
        return _Outcome(
            "updated",
            QT_TRANSLATE_NOOP(
                "core", "follow-up “{short}”: {which} is in the follow-up's history"
            ).format(short=short, which=which),
            orphan,
        )

    def _merge_followup_history(self, followup_id: int, item: Item) -> int:
        """Add the file's earlier versions of a follow-up (each once); how many were added."""
        return sum(
            self.keep_followup_version(
                followup_id,
                {**old, "updated_at": old["saved_at"]},
                old["reason"],
                old["replaced_at"],
            )
            for old in item.get("history", [])
        )

    def _insert_followup(self, item: Item, uid: str, session_ids: Sequence[int]) -> int:
        names = [n for n in _FOLLOWUP_NAMES if n != "uid"]
        cursor = self.db.execute(
            f"INSERT INTO followups (uid, {', '.join(names)}) VALUES (?{', ?' * len(names)})",
            [uid, *(item[n] for n in names)],
        )
        followup_id = int(cast(int, cursor.lastrowid))  # an INSERT sets it
        for session_id in session_ids:
            self._link_followup_id(followup_id, session_id)
        return followup_id

    def _link_followup(self, uid: str, session_id: int) -> None:
        row = self.db.execute("SELECT id FROM followups WHERE uid = ?", [uid]).fetchone()
        if row is not None:
            self._link_followup_id(int(row[0]), session_id)

    def _link_followup_id(self, followup_id: int, session_id: int) -> int:
        cursor = self.db.execute(
            "INSERT OR IGNORE INTO followup_sessions (followup_id, session_id) VALUES (?, ?)",
            [followup_id, session_id],
        )
        return int(cursor.rowcount > 0)

    # ---- attendance: per session, the joins and the mark ------------------------------
    def _export_attendance(self, refs: Mapping[int, dict[str, str]]) -> Iterator[dict[str, Any]]:
        joins: dict[int, list[str]] = {}
        for r in self._rows("SELECT session_id, joined_at FROM session_joins ORDER BY joined_at"):
            joins.setdefault(int(r["session_id"]), []).append(str(r["joined_at"]))
        marks = {
            int(r["session_id"]): {"attended": bool(r["attended"]), "marked_at": r["marked_at"]}
            for r in self._rows("SELECT session_id, attended, marked_at FROM session_attendance")
        }
        for session_id in sorted(set(joins) | set(marks)):
            yield {
                "session": refs[session_id],
                "joins": joins.get(session_id, []),
                "mark": marks.get(session_id),
            }

    def _merge_attendance(self, session_id: int, item: Item) -> _Outcome:
        known = {
            str(r[0])
            for r in self.db.execute(
                "SELECT joined_at FROM session_joins WHERE session_id = ?", [session_id]
            )
        }
        new_joins = [j for j in dict.fromkeys(item["joins"]) if j not in known]
        for joined in new_joins:
            self.db.execute(
                "INSERT INTO session_joins (session_id, joined_at) VALUES (?, ?)",
                [session_id, joined],
            )
        mark = item.get("mark")
        changed = bool(new_joins)
        conflict = ""
        row = self.db.execute(
            "SELECT attended, marked_at FROM session_attendance WHERE session_id = ?",
            [session_id],
        ).fetchone()
        if mark is not None:
            if row is None or (
                bool(row[0]) != mark["attended"] and _newer(mark["marked_at"], str(row[1]))
            ):
                self.db.execute(
                    "INSERT INTO session_attendance (session_id, attended, marked_at) "
                    "VALUES (?, ?, ?) ON CONFLICT(session_id) DO UPDATE SET "
                    "attended = excluded.attended, marked_at = excluded.marked_at",
                    [session_id, int(mark["attended"]), mark["marked_at"]],
                )
                if row is not None:
                    conflict = QT_TRANSLATE_NOOP(
                        "core", "attendance of “{title}”: the file's mark was newer"
                    ).format(title=self._title(session_id))
                changed = True
            elif bool(row[0]) != mark["attended"]:
                conflict = QT_TRANSLATE_NOOP(
                    "core", "attendance of “{title}”: your mark was newer and stays"
                ).format(title=self._title(session_id))
        if not known and row is None and changed:  # neither a join nor a mark was here
            return _Outcome("added", conflict)
        return _Outcome("updated" if changed else "unchanged", conflict)

    def _title(self, session_id: int) -> str:
        """The session's title for a line of the report (in the import's languages)."""
        row = self.db.execute(
            "SELECT title, translations FROM sessions WHERE id = ?", [session_id]
        ).fetchone()
        if row is None:
            return ""
        # An orphan attached by a sync has no report language: the feed's own text (a log).
        languages = getattr(self, "_report_languages", ())
        return pick_stored(row[1], "title", str(row[0]), languages).text


_Exporter = Callable[[MyDataMixin, Mapping[int, dict[str, str]]], Iterable[dict[str, Any]]]


@dataclass(frozen=True, slots=True)
class _Kind:
    """A section of the file: how its items are listed and merged.

    *merge* takes ``(store, session_id, item)`` for a kind kept per session
    (*by_session*: its item names one session, and waits as an orphan without
    it), else ``(store, finder, item)``.
    """

    export: _Exporter
    merge: Callable[..., _Outcome]
    by_session: bool = True


#: Every kind of item a "my data" file holds, in the file's order.
_KINDS: dict[str, _Kind] = {
    "favourites": _Kind(MyDataMixin._export_favourites, MyDataMixin._merge_favourite),
    "notes": _Kind(MyDataMixin._export_notes, MyDataMixin._merge_note),
    "questions": _Kind(MyDataMixin._export_questions, MyDataMixin._merge_question),
    "reminders": _Kind(MyDataMixin._export_reminders, MyDataMixin._merge_reminder),
    "followups": _Kind(
        MyDataMixin._export_followups, MyDataMixin._merge_followup, by_session=False
    ),
    "attendance": _Kind(MyDataMixin._export_attendance, MyDataMixin._merge_attendance),
}

#: A follow-up's columns as the file names them (``sessions`` aside).
_FOLLOWUP_NAMES: Final[tuple[str, ...]] = (
    "uid",
    "text",
    "owner",
    "due",
    "due_zone",
    "status",
    "priority",
    "completed_at",
    "sequence",
    "created_at",
    "updated_at",
)
#: What a follow-up's history keeps of a version (a "my data" file's ``history`` items).
_FOLLOWUP_VERSION_NAMES: Final[tuple[str, ...]] = (
    *_FOLLOWUP_NAMES[1:7],  # text, owner, due, due_zone, status, priority
    "saved_at",
    "replaced_at",
    "reason",
)
#: A version's words: two versions that differ in these are both kept.
_FOLLOWUP_WORDS: Final[tuple[str, ...]] = ("text", "owner", "due")
#: What is not the follow-up's content (compared to tell whether two versions differ).
_FOLLOWUP_META: Final = frozenset({"uid", "sequence", "created_at", "updated_at"})
_FOLLOWUP_FIELDS: Final = ", ".join(_FOLLOWUP_NAMES)

#: The kinds this store exports and merges (the file's sections).
MYDATA_KINDS: Final[tuple[str, ...]] = tuple(_KINDS)


def _count(counts: KindCounts, report: MyDataReport, outcome: _Outcome) -> None:
    if outcome.orphan:
        counts.orphaned += 1
        report.orphans.append(outcome.orphan)
    if outcome.result == "added":
        counts.added += 1
    elif outcome.result == "updated":
        counts.updated += 1
    elif outcome.result == "unchanged":
        counts.unchanged += 1
    if outcome.conflict:
        counts.conflicts += 1
        report.conflicts.append(outcome.conflict)


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= 60 else line[:59] + "…"


def _describe(ref: Mapping[str, str]) -> str:
    title = ref.get("title") or ref.get("source_id") or ref.get("uid") or "?"
    start = ref.get("start", "")
    return f"“{title}” ({start})" if start else f"“{title}”"


class _SessionFinder:
    """The session a file's reference names here: by feed address + id, else by UID."""

    def __init__(self, store: MyDataMixin) -> None:
        self.store = store
        self._uids: dict[str, int] | None = None

    def find(self, ref: Mapping[str, str]) -> int | None:
        feed_url, source_id = ref.get("feed_url", ""), ref.get("source_id", "")
        if feed_url and source_id:
            row = self.store.db.execute(
                "SELECT s.id FROM sessions s JOIN feeds f ON f.id = s.feed_id "
                "WHERE f.url = ? AND s.source_id = ?",
                [feed_url, source_id],
            ).fetchone()
            if row is not None:
                return int(row[0])
        uid = ref.get("uid", "")
        if not uid:
            return None
        if self._uids is None:
            self._uids = {
                session_uid(str(url), str(source)): int(sid)
                for sid, url, source in self.store.db.execute(
                    "SELECT s.id, f.url, s.source_id FROM sessions s "
                    "JOIN feeds f ON f.id = s.feed_id"
                )
            }
        return self._uids.get(uid)
