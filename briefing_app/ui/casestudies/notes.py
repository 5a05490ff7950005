"""The Notes and History tabs of a case study.

Notes are Markdown, with a live preview beside the editor. They are saved
:data:`NOTE_AUTOSAVE_MS` after typing stops, at the latest
:data:`NOTE_MAX_UNSAVED_MS` after the first unsaved keystroke (someone who
never pauses still has their text saved), and at once on leaving the case
study, hiding the view, closing the window, or when the crash hook runs. Every
save that changes the text keeps a revision; History lists them, diffs any
two, and restores one (as a new revision: restoring loses nothing either).
"""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import QEvent, QItemSelection, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from briefing_app.errors import BriefingError
from briefing_app.ui.casestudies.models import RecordRole, RevisionListModel, stamp_text
from briefing_app.ui.casestudies.writing import on_store
from briefing_app.ui.widgets.error_text import error_text
from briefing_app.ui.widgets.links import open_link
from briefing_app.ui.widgets.markdown_view import SafeMarkdownBrowser
from briefing_app.ui.widgets.text_edits import replace_keeping_caret
from briefing_app.ui.widgets.theme import mute
from briefing_app.ui.workers.write_queue import WriteQueue
from briefing_app.usecases.drafts import CASE_STUDY_NOTE, DraftStore, drafts_dir
from briefing_app.workspace import NoteRevision, Workspace, unified_diff

logger = logging.getLogger(__name__)

#: A pause in typing this long saves the notes.
NOTE_AUTOSAVE_MS = 2000
#: ... and however fast one types, nothing stays unsaved longer than this.
NOTE_MAX_UNSAVED_MS = 10_000
#: The preview follows the text this long after a keystroke (long notes render in ms).
PREVIEW_DELAY_MS = 150


class MarkdownPreview(SafeMarkdownBrowser):
    """Renders the notes' Markdown: no raw HTML, nothing loaded from files or the net."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.anchorClicked.connect(self._open)

    @staticmethod
    def _open(url: QUrl) -> None:
        open_link(url)  # the one rule: web and mail links only


def monospace_font() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


class NotesEditor(QWidget):
    """Markdown notes of one case study with a live preview, saved automatically.

    Signals:
        saved(object): a new :class:`NoteRevision` was written.
        failed(str): the notes could not be saved (the text stays in the editor).
    """

    saved = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        writes: WriteQueue | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        #: Saves never wait on the GUI thread for another writer's lock (a sync).
        self.writes = writes or WriteQueue(workspace.store, self)
        self.drafts = DraftStore(drafts_dir(workspace.store.path))
        #: Notes waiting for the lock, by case study: shown instead of the store's text.
        self._queued: dict[int, str] = {}
        #: Notes the store refused (a full disk, ...), by case study: shown instead of the
        #: store's text until it takes them (leaving or the next pause in typing tries again).
        self._unsaved: dict[int, str] = {}
        self.case_id: int | None = None
        self._saved_text = ""
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Notes (Markdown)"))
        self.editor.setTabChangesFocus(True)  # Tab moves on (Ctrl+Tab too): never a keyboard trap
        self.editor.setPlaceholderText(
            self.tr(
                "Your notes in Markdown: # headings, **bold**, - lists, [links](https://…).\n"
                "They are saved as you type, with every version kept in History."
            )
        )
        self.editor.textChanged.connect(self._edited)
        self.preview = MarkdownPreview()
        self.preview.setAccessibleName(self.tr("Notes preview"))
        self.preview.setPlaceholderText(self.tr("The preview of your notes shows here."))
        self.state_label = QLabel()
        self.state_label.setAccessibleName(self.tr("Notes save state"))
        mute(self.state_label)
        editor_box = QWidget()
        editor_layout = QVBoxLayout(editor_box)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_label = QLabel(self.tr("Mar&kdown"))
        editor_label.setBuddy(self.editor)
        editor_layout.addWidget(editor_label)
        editor_layout.addWidget(self.editor, 1)
        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_label = QLabel(self.tr("Preview"))
        preview_layout.addWidget(preview_label)
        preview_layout.addWidget(self.preview, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(editor_box)
        self.splitter.addWidget(preview_box)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.state_label)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(NOTE_AUTOSAVE_MS)
        self._save_timer.timeout.connect(self.save)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(NOTE_MAX_UNSAVED_MS)
        self._deadline.timeout.connect(self.save)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._render)
        self.setEnabled(False)

    def show_case(self, case_id: int | None, text: str = "") -> None:
        """Edit the notes of *case_id*; what was typed for the previous one is saved first."""
        self.save()
        same = case_id is not None and case_id == self.case_id
        self.case_id = case_id
        self.setEnabled(case_id is not None)
        queued = self._queued.get(case_id) if case_id is not None else None
        unsaved = self._unsaved.get(case_id) if case_id is not None else None
        if same:  # the same notes shown again (the store changed): keep the caret
            if queued is None and text != self.text():
                self._replace_keeping_caret(text)
            self._saved_text = text
            return
        # Notes still on their way to the store show as typed, never the store's older text;
        # so do notes it refused (they differ from the saved text: leaving tries again).
        if queued is not None:
            self.set_text(queued)
            self.state_label.setText(self._waiting_text())
        elif unsaved is not None:
            self.set_text(unsaved)
            self.state_label.setText(self.tr("Not saved yet: your text is still here."))
        else:
            self.set_text(text)
            self.state_label.setText("")
        self._saved_text = text

    def follow(self, stored: str) -> bool:
        """The notes in the store are now *stored* (written elsewhere); True on a conflict.

        Not typing: the editor shows *stored*, the caret where it was. Typing:
        the typed text stays and is saved over it as a new revision, so the
        other text stays in the history; the caller tells the user.
        """
        if self.case_id is None or stored == self._saved_text:
            return False
        if stored == self._queued.get(self.case_id):  # our own write, its report on the way
            return False
        if self.pending:
            self._saved_text = stored
            self.state_label.setText(
                self.tr("Also changed elsewhere: that version is in History; your text is kept")
            )
            return True
        self._replace_keeping_caret(stored)
        self._saved_text = stored
        self.state_label.setText(self.tr("Updated from elsewhere"))
        return False

    def _replace_keeping_caret(self, text: str) -> None:
        replace_keeping_caret(self.editor, text)
        self._render()

    def set_text(self, text: str) -> None:
        """Show *text* as saved (loading, or after a restore)."""
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        self._saved_text = text
        self._render()

    def text(self) -> str:
        return self.editor.toPlainText()

    @property
    def pending(self) -> bool:
        return self.case_id is not None and self.text() != self._saved_text

    def _edited(self) -> None:
        self._save_timer.start()
        if not self._deadline.isActive():
            self._deadline.start()
        self._preview_timer.start()
        self.state_label.setText(self.tr("Editing…"))

    def _render(self) -> None:
        self._preview_timer.stop()
        self.preview.show_markdown(self.text())

    def save(self) -> bool:
        """Store the notes if they changed; False if they wait for the lock or failed.

        Never waits for the lock: while another writer (a sync) holds it, the
        text waits in the write queue and in a draft file, and stays here.
        """
        self._save_timer.stop()
        self._deadline.stop()
        if not self.pending or self.case_id is None:
            return True
        text = self.text()
        if self._queued.get(self.case_id) == text:
            return False  # already on its way
        return self._store(self.case_id, text)

    def restore(self, case_id: int, text: str) -> None:
        """A draft left by an earlier run (closed or killed during a sync): store it now."""
        if case_id == self.case_id:
            self.editor.blockSignals(True)
            self.editor.setPlainText(text)
            self.editor.blockSignals(False)
            self._render()
        self._store(case_id, text)

    def waiting(self, case_id: int) -> bool:
        """True while notes of *case_id* wait for another writer's lock."""
        return case_id in self._queued

    def _store(self, case_id: int, text: str) -> bool:
        self._unsaved.pop(case_id, None)  # tried again now: kept again if refused
        self._queued[case_id] = text
        return self.writes.submit(
            ("case-study-note", case_id),
            on_store(self.workspace, lambda workspace: workspace.save_note(case_id, text)),
            partial(self._stored, case_id, text),
            partial(self._failed, case_id, text),
            partial(self._waiting, case_id, text),
        )

    def _waiting(self, case_id: int, text: str) -> None:
        """Another writer holds the lock: keep the text safe meanwhile, and say so."""
        self.drafts.save_case_study_note(case_id, text)
        if case_id == self.case_id:
            self.state_label.setText(self._waiting_text())

    def _waiting_text(self) -> str:
        return self.tr("Saving… the database is busy (a sync is running); your text is kept")

    def _stored(self, case_id: int, text: str, revision: NoteRevision | None) -> None:
        if self._queued.get(case_id) == text:  # nothing newer waits
            del self._queued[case_id]
            self.drafts.remove(CASE_STUDY_NOTE, case_id)
        if case_id == self.case_id:
            self._saved_text = text
            if revision is not None and case_id not in self._queued:
                self.state_label.setText(self.tr("Saved {0}").format(stamp_text(revision.saved_at)))
        if revision is not None:
            self.saved.emit(revision)

    def _failed(self, case_id: int, text: str, exc: BriefingError) -> None:
        """Not the lock (that is waited out): the text stays here and in its draft."""
        self._queued.pop(case_id, None)
        self._unsaved[case_id] = text
        self.drafts.save_case_study_note(case_id, text)  # never raises
        logger.error("Could not save the notes of case study %s: %s", case_id, exc)
        if case_id == self.case_id:
            self.state_label.setText(
                self.tr("Not saved: {0}. Your text is still here.").format(error_text(exc))
            )
        self.failed.emit(self.tr("Could not save your notes: {0}").format(error_text(exc)))


class DiffHighlighter(QSyntaxHighlighter):
    """Colours a unified diff: additions green, removals red, hunk headers accented."""

    def __init__(self, document: QTextDocument, palette: QPalette) -> None:
        super().__init__(document)
        self.set_palette(palette)

    def set_palette(self, palette: QPalette) -> None:
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        self.added = QTextCharFormat()
        self.removed = QTextCharFormat()
        self.hunk = QTextCharFormat()
        self.header = QTextCharFormat()
        if dark:
            self.added.setBackground(QColor("#12361f"))
            self.added.setForeground(QColor("#7ee787"))
            self.removed.setBackground(QColor("#3d1518"))
            self.removed.setForeground(QColor("#ffa198"))
        else:
            self.added.setBackground(QColor("#e6ffec"))
            self.added.setForeground(QColor("#116329"))
            self.removed.setBackground(QColor("#ffebe9"))
            self.removed.setForeground(QColor("#a40e26"))
        self.hunk.setForeground(palette.color(QPalette.ColorRole.Link))
        self.header.setFontWeight(QFont.Weight.Bold)
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802
        if text.startswith(("+++", "---")):
            self.setFormat(0, len(text), self.header)
        elif text.startswith("@@"):
            self.setFormat(0, len(text), self.hunk)
        elif text.startswith("+"):
            self.setFormat(0, len(text), self.added)
        elif text.startswith("-"):
            self.setFormat(0, len(text), self.removed)


class HistoryPane(QWidget):
    """The notes' revisions: pick one to see what it changed, two to compare, and restore.

    Signals:
        restore_requested(int): the user asked to make this revision's text current.
    """

    restore_requested = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.case_id: int | None = None
        self.model = RevisionListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Note revisions"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setAlternatingRowColors(True)
        self.list.setToolTip(
            self.tr("Select one revision to see what it changed, or two to compare them")
        )
        self.list.selectionModel().selectionChanged.connect(self._selection_changed)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("Comparing"))
        self.diff = QPlainTextEdit()
        self.diff.setReadOnly(True)
        self.diff.setAccessibleName(self.tr("Differences between revisions"))
        self.diff.setTabChangesFocus(True)
        self.diff.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.diff.setFont(monospace_font())
        self.highlighter = DiffHighlighter(self.diff.document(), self.palette())
        self.restore_button = QPushButton(self.tr("Restore this revision"))
        self.restore_button.setAccessibleName(self.tr("Restore this revision"))
        self.restore_button.setToolTip(
            self.tr("Make this revision's text your notes again (saved as a new revision)")
        )
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._restore_clicked)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("&Revisions (newest first)"))
        heading.setBuddy(self.list)
        left_layout.addWidget(heading)
        left_layout.addWidget(self.list, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.hint)
        right_layout.addWidget(self.diff, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.restore_button)
        right_layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
        self.setEnabled(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.highlighter.set_palette(self.palette())
        super().changeEvent(event)

    def load(self, case_id: int | None) -> None:
        """Show the revisions of *case_id* (the newest selected)."""
        self.case_id = case_id
        self.setEnabled(case_id is not None)
        revisions = self.workspace.revisions(case_id) if case_id is not None else []
        self.model.set_revisions(revisions)
        if revisions:
            self.list.setCurrentIndex(self.model.index(0))
        else:
            self.diff.clear()
            self.hint.setText(
                self.tr("No revisions yet: every save of your notes keeps one here.")
                if case_id is not None
                else ""
            )
            self.restore_button.setEnabled(False)

    def selected(self) -> list[NoteRevision]:
        """The selected revisions, oldest first."""
        found = [
            i.data(RecordRole) for i in self.list.selectionModel().selectedRows() if i.isValid()
        ]
        return sorted(
            (r for r in found if isinstance(r, NoteRevision)), key=lambda r: (r.saved_at, r.id)
        )

    def select(self, *revision_ids: int) -> None:
        """Select these revisions (for tests and keyboard users: Ctrl+click does the same)."""
        selection = QItemSelection()
        for row, revision in enumerate(self.model.revisions):
            if revision.id in revision_ids:
                index = self.model.index(row)
                selection.select(index, index)
        self.list.selectionModel().select(
            selection, self.list.selectionModel().SelectionFlag.ClearAndSelect
        )

    def _selection_changed(self, *_args: object) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(
            len(chosen) == 1 and bool(self.model.revisions) and chosen[0] != self.model.revisions[0]
        )
        if not chosen:
            self.diff.clear()
            self.hint.setText(
                self.tr("Select one revision to see what it changed, or two to compare them.")
            )
            return
        if len(chosen) > 2:
            self.diff.clear()
            self.hint.setText(self.tr("Select at most two revisions to compare."))
            return
        if len(chosen) == 2:
            old, new = chosen
            self.hint.setText(
                self.tr("Changes from {0} to {1}").format(
                    stamp_text(old.saved_at), stamp_text(new.saved_at)
                )
            )
            text = self.workspace.diff_revisions(old.id, new.id)
        else:
            new = chosen[0]
            before = self.model.older_than(new)
            old = before or NoteRevision(0, "", new.case_study_id, "", "")
            self.hint.setText(
                (
                    self.tr("What the save of {0} changed")
                    if before
                    else self.tr("What the save of {0} changed (the first revision)")
                ).format(stamp_text(new.saved_at))
            )
            text = unified_diff(old, new)
        self.diff.setPlainText(text or self.tr("(no differences)"))

    def _restore_clicked(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            self.restore_requested.emit(chosen[0].id)
