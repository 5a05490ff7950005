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

from briefing_app.workspace.base import (
    WorkspaceBase,
    feed_case_study_uuid,
    stamp,
)
from briefing_app.workspace.editing import EditingMixin
from briefing_app.workspace.material_links import MaterialsMixin, guess_media_type
from briefing_app.workspace.notes import NotesMixin, unified_diff
from briefing_app.workspace.portable import PortableMixin


class Workspace(PortableMixin, EditingMixin, MaterialsMixin, NotesMixin, WorkspaceBase):
    """Case studies, notes and materials over one :class:`Store` and its materials folder.

    Like the store, not thread-safe: one per thread. :attr:`materials` alone
    may be used from a worker (it touches no database).
    """


__all__ = [
    "Workspace",
    "feed_case_study_uuid",
    "guess_media_type",
    "stamp",
    "unified_diff",
]
