"""Crash-safe drafts: what the user typed or chose, kept on disk until the store has it.

A sync can hold the database's write lock for a minute. The window never waits
for it: a write that finds the lock held is queued and retried off the GUI
thread (``ui/workers/write_queue.py``), and meanwhile its content is written
here, one small JSON file per thing being written (``drafts/session-note-12.json``
beside the database), atomically. Once the store has it, the draft goes. If the
window closes, is killed or crashes first, the next start finds the draft and
stores it then (:func:`store_draft`), so nothing typed is ever lost to a lock.

Qt-free, so the CLI and the tests use it as the window does.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from briefing_app.errors import BriefingError
from briefing_app.platform.fileutil import write_atomically
from briefing_app.store import Store
from briefing_app.util.timeutil import from_utc_text, to_utc_text, utc_now

logger = logging.getLogger(__name__)

#: The folder beside the database that holds the drafts.
DRAFTS_DIR_NAME: Final = "drafts"

#: The kinds of draft: a session's note, a case study's notes, edits to a case study's
#: fields, a favourite.
SESSION_NOTE: Final = "session-note"
CASE_STUDY_NOTE: Final = "case-study-note"
CASE_STUDY_EDIT: Final = "case-study-edit"
FAVOURITE: Final = "favourite"
#: A session's questions added or edited and not stored yet: ``changes["pending"]`` lists
#: them in order (see :func:`briefing_app.usecases.questions.replay_pending`).
SESSION_QUESTIONS: Final = "session-questions"
KINDS: Final = (SESSION_NOTE, CASE_STUDY_NOTE, CASE_STUDY_EDIT, FAVOURITE, SESSION_QUESTIONS)

#: Kinds whose draft is something the user typed (the window says it restored it).
TEXT_KINDS: Final = (SESSION_NOTE, CASE_STUDY_NOTE, CASE_STUDY_EDIT, SESSION_QUESTIONS)
#: Kinds whose draft is a JSON object of changes (not a text).
CHANGE_KINDS: Final = (CASE_STUDY_EDIT, SESSION_QUESTIONS)


def drafts_dir(db_path: Path | str) -> Path:
    """The drafts of the store at *db_path* (beside the database)."""
    return Path(db_path).parent / DRAFTS_DIR_NAME


@dataclass(frozen=True)
class Draft:
    """One write the store does not have yet.

    *target* is the session or case study id. For notes, *text* is the text and
    *expected* the stored text it was typed over (a session note only: if the
    store changed meanwhile, the other text goes to the note's history).
    For edits to a case study, *changes* are the fields as :meth:`Workspace.update`
    takes them. For a favourite, *favourite* says which way.
    """

    kind: str
    target: int
    saved_at: datetime
    text: str = ""
    expected: str | None = None
    favourite: bool = False
    changes: dict[str, Any] = field(default_factory=dict)

    @property
    def is_text(self) -> bool:
        return self.kind in TEXT_KINDS


def _file_name(kind: str, target: int) -> str:
    return f"{kind}-{target}.json"


class DraftStore:
    """The drafts folder: save, list and remove drafts. Writing a draft never raises."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, kind: str, target: int) -> Path:
        return self.folder / _file_name(kind, target)

    def save(self, draft: Draft) -> bool:
        """Write *draft* (replacing the one for the same thing); False if the disk refused.

        Never raises: a draft is a safety net beside the editor and the write queue, so a
        full disk (:class:`~briefing_app.errors.DiskFullError`) or any other refusal is
        logged and the save it goes with carries on.
        """
        record: dict[str, Any] = {
            "kind": draft.kind,
            "target": draft.target,
            "saved_at": to_utc_text(draft.saved_at),
        }
        if draft.kind in CHANGE_KINDS:
            record["changes"] = draft.changes
        elif draft.is_text:
            record["text"] = draft.text
            record["expected"] = draft.expected
        else:
            record["favourite"] = draft.favourite
        data = json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8")
        try:
            write_atomically(self.path(draft.kind, draft.target), data, make_parents=True)
        except (OSError, BriefingError) as exc:
            # The text is still in the editor and the write still queued: only a crash
            # before the store takes it could lose it now. Say so in the log.
            logger.error("Could not keep a draft in %s: %s", self.folder, exc)
            return False
        return True

    def save_session_note(self, session_id: int, text: str, *, expected: str | None) -> bool:
        return self.save(Draft(SESSION_NOTE, session_id, utc_now(), text=text, expected=expected))

    def save_case_study_note(self, case_id: int, text: str) -> bool:
        return self.save(Draft(CASE_STUDY_NOTE, case_id, utc_now(), text=text))

    def save_case_study_edit(self, case_id: int, changes: dict[str, Any]) -> bool:
        return self.save(Draft(CASE_STUDY_EDIT, case_id, utc_now(), changes=dict(changes)))

    def save_favourite(self, session_id: int, favourite: bool) -> bool:
        return self.save(Draft(FAVOURITE, session_id, utc_now(), favourite=favourite))

    def remove(self, kind: str, target: int) -> None:
        try:
            self.path(kind, target).unlink(missing_ok=True)
        except OSError as exc:
            logger.warning("Could not remove the draft %s-%s: %s", kind, target, exc)

    def get(self, kind: str, target: int) -> Draft | None:
        return self._read(self.path(kind, target))

    def drafts(self) -> list[Draft]:
        """Every readable draft, oldest first. An unreadable file is left there and logged."""
        try:
            files = sorted(self.folder.glob("*.json"))
        except OSError as exc:
            logger.warning("Could not list the drafts in %s: %s", self.folder, exc)
            return []
        found = [draft for draft in map(self._read, files) if draft is not None]
        return sorted(found, key=lambda d: d.saved_at)

    @staticmethod
    def _read(path: Path) -> Draft | None:
        try:
            record = json.loads(path.read_text("utf-8"))
            kind = record["kind"]
            target = record["target"]
            if (
                kind not in KINDS
                or not isinstance(target, int)
                or path.name != _file_name(kind, target)
            ):
                raise ValueError(f"not a draft: {kind!r} {target!r}")
            saved_at = from_utc_text(str(record["saved_at"]))
            if kind in CHANGE_KINDS:
                changes = record["changes"]
                if not isinstance(changes, dict):
                    raise ValueError("the changes are not an object")
                return Draft(kind, target, saved_at, changes=changes)
            if kind in TEXT_KINDS:
                text, expected = record["text"], record.get("expected")
                if not isinstance(text, str) or not isinstance(expected, str | None):
                    raise ValueError("the text is not a string")
                return Draft(kind, target, saved_at, text=text, expected=expected)
            return Draft(kind, target, saved_at, favourite=bool(record["favourite"]))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            logger.warning("Ignoring the unreadable draft %s: %s", path, exc)
            return None


def store_draft(store: Store, draft: Draft) -> bool:
    """Write *draft* to the store; True if a session note replaced text written elsewhere.

    Raises what the store raises: :class:`~briefing_app.errors.DatabaseBusyError`
    while another writer holds the lock (try again later), NotFoundError when the
    session or case study is gone.
    """
    if draft.kind == SESSION_NOTE:
        return store.set_note(draft.target, draft.text, expected=draft.expected)
    if draft.kind == CASE_STUDY_NOTE:
        from briefing_app.workspace import Workspace  # a draft to save: rare

        Workspace(store).save_note(draft.target, draft.text)
        return False
    if draft.kind == CASE_STUDY_EDIT:
        from briefing_app.workspace import Workspace

        Workspace(store).update(draft.target, **draft.changes)
        return False
    if draft.kind == SESSION_QUESTIONS:
        from briefing_app.usecases.questions import replay_pending

        replay_pending(store, draft.target, draft.changes.get("pending", []))
        return False
    store.set_favourite(draft.target, draft.favourite)
    return False
