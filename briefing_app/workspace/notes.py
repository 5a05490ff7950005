"""Case-study notes and their history (revisions, diffs, restoring)."""

from __future__ import annotations

import difflib
import uuid as uuidlib

from briefing_app.errors import (
    NotFoundError,
    UsageError,
)
from briefing_app.util.i18n import QT_TRANSLATE_NOOP
from briefing_app.workspace.base import WorkspaceBase, stamp
from briefing_app.workspace.records import (
    NoteRevision,
)


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


class NotesMixin(WorkspaceBase):
    """Notes in Markdown; every save that changes the text keeps a revision."""

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
        row = self.store.case_study_note(case_id)
        if row is not None and row[0] == body:
            return None
        if row is None and not body:
            return None
        self.store.upsert_case_study_note(case_id, body, when)
        revision = self._add_revision(case_id, revision_uuid or str(uuidlib.uuid4()), when, body)
        self._touch(case_id, when)
        return revision

    def _add_revision(self, case_id: int, revision_uuid: str, when: str, body: str) -> NoteRevision:
        revision_id = self.store.add_note_revision(case_id, revision_uuid, when, body)
        return NoteRevision(revision_id, revision_uuid, case_id, when, body)

    def revisions(self, case_id: int) -> list[NoteRevision]:
        """The note's revisions, newest first."""
        self.get(case_id)
        return [NoteRevision(*row) for row in self.store.note_revisions(case_id)]

    def revision(self, revision_id: int) -> NoteRevision:
        row = self.store.note_revision(revision_id)
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("core", "no note revision {revision_id}").format(
                    revision_id=revision_id
                )
            )
        return NoteRevision(*row)

    def diff_revisions(self, old_id: int, new_id: int) -> str:
        """A unified diff from revision *old_id* to *new_id* (of the same case study)."""
        old, new = self.revision(old_id), self.revision(new_id)
        if old.case_study_id != new.case_study_id:
            raise UsageError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "revisions {old_id} and {new_id} belong to different case studies "
                    "({case_study_id} and {case_study_id2})",
                ).format(
                    old_id=old_id,
                    new_id=new_id,
                    case_study_id=old.case_study_id,
                    case_study_id2=new.case_study_id,
                )
            )
        return unified_diff(old, new)

    def restore_revision(self, revision_id: int) -> NoteRevision:
        """Make an old revision's text current again, as a new revision (history keeps all)."""
        old = self.revision(revision_id)
        saved = self.save_note(old.case_study_id, old.body)
        return saved if saved is not None else self.revisions(old.case_study_id)[0]
