"""Earlier versions of a session's note: what other writers' saves replaced."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from briefing_app.errors import BriefingError
from briefing_app.store import NoteVersion, Store
from briefing_app.ui.widgets.error_text import error_text
from briefing_app.ui.widgets.locale_text import stamp_text
from briefing_app.ui.workers.write_queue import WriteQueue
from briefing_app.util.timeutil import local_zone_name, to_utc_text

logger = logging.getLogger(__name__)


class NoteHistoryDialog(QDialog):
    """Lists a note's earlier versions; one can be read, copied, or made current again.

    Signals:
        restored(str): an earlier version is the note now (its text).
    """

    restored = Signal(str)

    def __init__(
        self,
        store: Store,
        session_id: int,
        parent: QWidget | None = None,
        *,
        writes: WriteQueue | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        #: Restoring never waits on the GUI thread for a sync's lock.
        self.writes = writes or WriteQueue(store, self)
        self.session_id = session_id
        self.setWindowTitle(self.tr("Earlier versions of my note"))
        self.resize(640, 420)
        self._intro_text = self.tr(
            "When a note is written from two places (this window and another, or a "
            "briefing-app command), the text that was replaced is kept here."
        )
        self.intro = QLabel(self._intro_text)
        self.intro.setWordWrap(True)
        self.versions = QListWidget()
        self.versions.setAccessibleName(self.tr("Earlier versions"))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Text of the selected version"))
        self.text.setTabChangesFocus(True)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.versions)
        split.addWidget(self.text)
        split.setSizes([240, 400])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore this version"))
        self.restore_button.setToolTip(
            self.tr("Make this text the note again; the current text is kept here")
        )
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.versions.currentItemChanged.connect(self._show_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        self.load()

    def load(self) -> None:
        self.versions.clear()
        try:
            history = self.store.note_history(self.session_id)
        except BriefingError as exc:
            self.intro.setText(
                self.tr("Could not read the note's history: {0}").format(error_text(exc))
            )
            history = []
        zone = local_zone_name()
        for version in history:
            when = stamp_text(to_utc_text(version.replaced_at), zone)
            item = QListWidgetItem(f"{when}\n{self._reason_text(version)}")
            item.setData(Qt.ItemDataRole.UserRole, version)
            self.versions.addItem(item)
        if self.versions.count():
            self.versions.setCurrentRow(0)
        self._show_selected()

    def _reason_text(self, version: NoteVersion) -> str:
        if version.reason == "conflict":
            return self.tr("written elsewhere while you typed")
        if version.reason == "overwritten":
            return self.tr("replaced from another window or a command")
        if version.reason == "import":
            return self.tr("kept by Import my data")
        return self.tr("replaced by restoring an earlier version")

    def selected(self) -> NoteVersion | None:
        item = self.versions.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, NoteVersion) else None

    def _show_selected(self, *_args: object) -> None:
        version = self.selected()
        self.text.setPlainText(version.body if version else "")
        self.restore_button.setEnabled(version is not None)

    def restore_selected(self) -> None:
        version = self.selected()
        if version is None:
            return
        version_id = version.id
        self.writes.submit(
            ("note-version", version_id),
            lambda store: store.restore_note_version(version_id),
            lambda text: self._restored(version_id, text),
            lambda exc: self.intro.setText(
                self.tr("Could not restore that version: {0}").format(error_text(exc))
            ),
            lambda: self.intro.setText(
                self.tr("Restoring… (the database is busy: a sync is running)")
            ),
        )

    def _restored(self, version_id: int, text: str) -> None:
        logger.info("Restored note version %d of session %d", version_id, self.session_id)
        self.intro.setText(self._intro_text)
        self.restored.emit(text)
        self.load()
