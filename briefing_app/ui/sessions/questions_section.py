"""The session detail pane's Questions section: my questions for the session's Q&A.

A list (model/view) of the session's questions in order, each with its state as an
icon and a word (not asked, asked, answered) and the note of its answer. Add from
the line at the bottom (Enter), edit in place (F2, double-click) or in full
(Enter on a question, Edit…: text, state, answer note), reorder (Alt+Up, Alt+Down,
or the arrows), delete (Delete; Undo, Ctrl+Z, puts it back), and Copy questions
(Ctrl+Shift+C): the unasked ones as plain text for a meeting's Q&A box
(:func:`briefing_app.usecases.questions.unasked_text`).

Every write goes through the window's :class:`WriteQueue` (never waiting on the
GUI thread for a sync's lock); the list shows what the store holds once it has it.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.errors import BriefingError, NotFoundError
from briefing_app.store import QUESTION_STATES, QuestionRecord, QuestionState, Store
from briefing_app.ui.widgets.error_text import error_text
from briefing_app.ui.workers.write_queue import WriteQueue
from briefing_app.usecases import questions as core
from briefing_app.usecases.drafts import SESSION_QUESTIONS, Draft, DraftStore, drafts_dir
from briefing_app.util.i18n import is_singular
from briefing_app.util.timeutil import utc_now

logger = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex

#: The keys that move the chosen question (also on the buttons' tooltips).
MOVE_UP_KEY = "Alt+Up"
MOVE_DOWN_KEY = "Alt+Down"
COPY_KEY = "Ctrl+Shift+C"
UNDO_KEY = "Ctrl+Z"
#: How long a passing message (Copied, nothing to copy) shows.
SAY_FOR_MS = 6000


def state_label(state: str) -> str:
    """The word for a state, as the window shows it (translated)."""
    labels = {
        "draft": QGuiApplication.translate("QuestionsSection", "Not asked"),
        "asked": QGuiApplication.translate("QuestionsSection", "Asked"),
        "answered": QGuiApplication.translate("QuestionsSection", "Answered"),
    }
    return labels.get(state, state)


def state_icon(state: str, colour: QColor, size: int = 16) -> QIcon:
    """A shape per state, in *colour* (the text's): an open ring (not asked), a filled
    dot with a speech tail (asked), a tick in a ring (answered). The shape, not the
    colour, tells them apart; the word beside it says it too."""
    pixmap = QPixmap(size * 2, size * 2)  # drawn at twice the size: crisp at 200%
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour, 1.6)
    painter.setPen(pen)
    r = size / 2 - 2
    centre = QPointF(size / 2, size / 2)
    if state == "asked":
        painter.setBrush(colour)
        painter.drawEllipse(centre, r - 1, r - 1)
        tail = QPainterPath(QPointF(3, size - 2))
        tail.lineTo(QPointF(size / 2 - 2, size / 2 + 2))
        tail.lineTo(QPointF(size / 2 + 1, size / 2 + 4))
        tail.closeSubpath()
        painter.drawPath(tail)
    else:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, r, r)
        if state == "answered":
            tick = QPainterPath(QPointF(size * 0.3, size * 0.52))
            tick.lineTo(QPointF(size * 0.45, size * 0.68))
            tick.lineTo(QPointF(size * 0.72, size * 0.34))
            painter.setPen(QPen(colour, 2.0))
            painter.drawPath(tick)
    painter.end()
    return QIcon(pixmap)


class QuestionsModel(QAbstractListModel):
    """A session's questions, in order.

    Signals:
        text_edited(int, str): the user edited a question's text in place (question id, text).
    """

    text_edited = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.questions: list[QuestionRecord] = []
        self._icons: dict[str, QIcon] = {}
        self._icon_colour = QColor()

    def set_questions(self, questions: list[QuestionRecord]) -> None:
        self.beginResetModel()
        self.questions = list(questions)
        self.endResetModel()

    def set_icon_colour(self, colour: QColor) -> None:
        if colour != self._icon_colour:
            self._icon_colour = colour
            self._icons = {s: state_icon(s, colour) for s in QUESTION_STATES}
            if self.questions:
                self.dataChanged.emit(
                    self.index(0),
                    self.index(len(self.questions) - 1),
                    [Qt.ItemDataRole.DecorationRole],
                )

    def row_of(self, question_id: int) -> int:
        return next((i for i, q in enumerate(self.questions) if q.id == question_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.questions)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.questions):
            return None
        q = self.questions[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            second = state_label(q.state)
            if q.answer:
                second += " — " + core.one_line(q.answer)
            return f"{q.position}. {core.one_line(q.text)}\n{second}"
        if role == Qt.ItemDataRole.EditRole:
            return q.text
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons.get(q.state)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{q.text}\n\n{state_label(q.state)}"
            return tip + ("\n" + self.tr("Answer: {0}").format(q.answer) if q.answer else "")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self.tr("Question {0}: {1}. {2}.").format(
                q.position, core.one_line(q.text), state_label(q.state)
            )
            if q.answer:
                text += " " + self.tr("Answer: {0}").format(core.one_line(q.answer))
            return text
        if role == Qt.ItemDataRole.UserRole:
            return q.id
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def setData(  # noqa: N802
        self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        q = self.questions[index.row()]
        text = str(value)
        if not text.strip() or text == q.text:
            return False  # an emptied question is deleted with Delete, not by editing
        self.questions[index.row()] = replace(q, text=text.strip())
        self.dataChanged.emit(index, index)
        self.text_edited.emit(q.id, text)
        return True


class QuestionDialog(QDialog):
    """Edit a question in full: its text (several lines if need be), state and answer note."""

    def __init__(self, question: QuestionRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setWindowTitle(self.tr("Question {0}").format(question.position))
        self.text = QPlainTextEdit(question.text)
        self.text.setAccessibleName(self.tr("Question"))
        self.text.setTabChangesFocus(True)
        self.state = QComboBox()
        self.state.setAccessibleName(self.tr("State"))
        for state in QUESTION_STATES:
            self.state.addItem(state_label(state), state)
        self.state.setCurrentIndex(QUESTION_STATES.index(question.state))
        self.answer = QPlainTextEdit(question.answer)
        self.answer.setAccessibleName(self.tr("Answer note"))
        self.answer.setPlaceholderText(self.tr("What was answered (for you; optional)"))
        self.answer.setTabChangesFocus(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.text.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.text.toPlainText().strip()))
        )
        form = QFormLayout(self)
        form.addRow(self.tr("&Question:"), self.text)
        form.addRow(self.tr("&State:"), self.state)
        form.addRow(self.tr("&Answer note:"), self.answer)
        form.addRow(buttons)
        self.resize(460, 320)

    def values(self) -> tuple[str, QuestionState, str]:
        state: QuestionState = QUESTION_STATES[self.state.currentIndex()]
        return self.text.toPlainText(), state, self.answer.toPlainText()


class QuestionsSection(QWidget):
    """My questions for one session (see the module doc).

    Signals:
        questions_changed(int): the store took a change to this session's questions.
        failed(str): a write was refused (bad text, the session is gone, a full disk):
            the sentence for the window's banner.
    """

    questions_changed = Signal(int)
    failed = Signal(str)

    def __init__(
        self, store: Store, writes: WriteQueue | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.writes = writes or WriteQueue(store, self)
        self.session_id: int | None = None
        #: The last question deleted (Undo puts it back).
        self.deleted: QuestionRecord | None = None
        self._keys = itertools.count()
        self._waiting = 0
        #: What was typed and waits for the lock, by session and write: kept as a draft
        #: (``drafts/session-questions-ID.json``) until stored, restored at the next start.
        self.drafts = DraftStore(drafts_dir(store.path))
        self._pending: dict[int, dict[int, dict[str, Any]]] = {}
        #: A passing message ("Copied ...") goes after a while; "Saving…" stays until saved.
        self._say_timer = QTimer(self)
        self._say_timer.setSingleShot(True)
        self._say_timer.setInterval(SAY_FOR_MS)
        self._say_timer.timeout.connect(self._said)

        self.model = QuestionsModel(self)
        self.model.text_edited.connect(self._edited_in_place)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("My questions"))
        self.view.setAccessibleDescription(
            self.tr(
                "Alt+Up and Alt+Down move a question, F2 edits it here, Enter edits it in "
                "full, Delete deletes it"
            )
        )
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setAlternatingRowColors(True)
        self.view.setSpacing(1)
        self.view.setIconSize(QSize(16, 16))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.activated.connect(lambda _index: self.edit_current())
        self._reload_after_edit = False
        self.view.itemDelegate().closeEditor.connect(self._editor_closed)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())

        self.title = QLabel(self.tr("My &questions"))
        self.title.setBuddy(self.view)
        self.copy_button = QPushButton(self.tr("Copy questions"))
        self.copy_button.setAccessibleName(self.tr("Copy the unasked questions"))
        self.copy_button.setToolTip(
            self.tr("Put the questions not asked yet on the clipboard, numbered, for a Q&A box")
            + f" ({COPY_KEY})"
        )
        self.copy_button.clicked.connect(self.copy_questions)

        self.new_question = QLineEdit()
        self.new_question.setAccessibleName(self.tr("New question"))
        self.new_question.setPlaceholderText(self.tr("Type a question and press Enter to add it"))
        self.new_question.returnPressed.connect(self.add_typed)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add the question"))
        self.add_button.clicked.connect(self.add_typed)

        self.up_button = self._tool(self.tr("Move up"), "↑", MOVE_UP_KEY, self.move_up)
        self.down_button = self._tool(self.tr("Move down"), "↓", MOVE_DOWN_KEY, self.move_down)
        self.edit_button = self._tool(
            self.tr("Edit question"), self.tr("Edit…"), "", self.edit_current
        )
        self.delete_button = self._tool(
            self.tr("Delete question"), self.tr("Delete"), "Del", self.delete_current
        )
        self.state_choice = QComboBox()
        self.state_choice.setAccessibleName(self.tr("State of the question"))
        for state in QUESTION_STATES:
            self.state_choice.addItem(state_label(state), state)
        self.state_choice.activated.connect(self._state_chosen)
        state_label_widget = QLabel(self.tr("&State:"))
        state_label_widget.setBuddy(self.state_choice)

        self.undo_label = QLabel()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the deletion"))
        self.undo_button.setToolTip(self.tr("Put the deleted question back") + f" ({UNDO_KEY})")
        self.undo_button.clicked.connect(self.undo_delete)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Questions status"))
        self.status.setWordWrap(True)

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.copy_button)
        tools = QHBoxLayout()
        for widget in (self.up_button, self.down_button, self.edit_button, self.delete_button):
            tools.addWidget(widget)
        tools.addStretch(1)
        tools.addWidget(state_label_widget)
        tools.addWidget(self.state_choice)
        adding = QHBoxLayout()
        adding.addWidget(self.new_question, 1)
        adding.addWidget(self.add_button)
        self.undo_bar = QWidget()
        undo_row = QHBoxLayout(self.undo_bar)
        undo_row.setContentsMargins(0, 0, 0, 0)
        undo_row.addWidget(self.undo_label, 1)
        undo_row.addWidget(self.undo_button)
        self.undo_bar.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.view, 1)
        layout.addLayout(tools)
        layout.addWidget(self.undo_bar)
        layout.addLayout(adding)
        layout.addWidget(self.status)
        self.status.hide()

        # The list's own keys work in the list; copy and undo anywhere in the section.
        keys: list[tuple[str, QWidget, Qt.ShortcutContext, Callable[[], object]]] = [
            (MOVE_UP_KEY, self.view, Qt.ShortcutContext.WidgetShortcut, self.move_up),
            (MOVE_DOWN_KEY, self.view, Qt.ShortcutContext.WidgetShortcut, self.move_down),
            ("Del", self.view, Qt.ShortcutContext.WidgetShortcut, self.delete_current),
            (COPY_KEY, self, Qt.ShortcutContext.WidgetWithChildrenShortcut, self.copy_questions),
            (UNDO_KEY, self, Qt.ShortcutContext.WidgetWithChildrenShortcut, self._undo_key),
        ]
        for key, owner, context, slot in keys:
            shortcut = QShortcut(QKeySequence(key), owner)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
        # Tab follows the layout: the list, its tools, the new question, Copy last.
        chain = [
            self.view,
            self.up_button,
            self.down_button,
            self.edit_button,
            self.delete_button,
            self.state_choice,
            self.undo_button,
            self.new_question,
            self.add_button,
            self.copy_button,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self._apply_palette()
        self.show_session(None)

    def _tool(self, name: str, text: str, key: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setAccessibleName(name)
        button.setToolTip(f"{name} ({key})" if key else name)
        button.clicked.connect(slot)
        return button

    # ---- showing --------------------------------------------------------------------
    def show_session(self, session_id: int | None) -> None:
        """Show *session_id*'s questions (None: none, everything disabled)."""
        if session_id != self.session_id:
            self.undo_bar.setVisible(
                self.deleted is not None and self.deleted.session_id == session_id
            )
            self.new_question.clear()
        self.session_id = session_id
        self.reload()

    def reload(self) -> None:
        """Read the session's questions again (the store changed), keeping the selection.

        Not while a question is being edited in place (that would close the editor on
        what is typed): then once the editor closes.
        """
        if self.view.state() == QAbstractItemView.State.EditingState:
            self._reload_after_edit = True
            return
        self._reload_after_edit = False
        current = self.current_question()
        questions: list[QuestionRecord] = []
        if self.session_id is not None:
            try:
                questions = self.store.questions(self.session_id)
            except BriefingError:  # the session went away (its feed was removed)
                questions = []
        self.model.set_questions(questions)
        if current is not None:
            self.select(current.id)
        count = len(questions)
        self.title.setText(
            self.tr("My &questions (%n)", "", count) if count else self.tr("My &questions")
        )
        enabled = self.session_id is not None
        for widget in (self.new_question, self.add_button):
            widget.setEnabled(enabled)
        self.copy_button.setEnabled(any(q.unasked for q in questions))
        self._update_buttons()

    def _editor_closed(self, *_args: object) -> None:
        if self._reload_after_edit:
            QTimer.singleShot(0, self, self.reload)  # once the view has left its editing state

    def select(self, question_id: int) -> None:
        row = self.model.row_of(question_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))

    def current_question(self) -> QuestionRecord | None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.questions):
            return None
        return self.model.questions[index.row()]

    def _update_buttons(self) -> None:
        q = self.current_question()
        count = len(self.model.questions)
        self.up_button.setEnabled(q is not None and q.position > 1)
        self.down_button.setEnabled(q is not None and q.position < count)
        for widget in (self.edit_button, self.delete_button, self.state_choice):
            widget.setEnabled(q is not None)
        if q is not None:
            self.state_choice.setCurrentIndex(QUESTION_STATES.index(q.state))

    def changeEvent(self, event: Any) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self._apply_palette()

    def _apply_palette(self) -> None:
        self.model.set_icon_colour(self.palette().color(QPalette.ColorRole.Text))

    # ---- actions --------------------------------------------------------------------
    def add_typed(self) -> None:
        """Add what is typed in the line as the last question."""
        text = self.new_question.text()
        if self.session_id is None or not text.strip():
            return
        session_id = self.session_id
        self.new_question.clear()

        def failed(exc: BriefingError) -> None:
            if self.session_id == session_id and not self.new_question.text():
                self.new_question.setText(text)  # nothing typed is lost
            self._failed(self.tr("Could not add the question: {0}").format(error_text(exc)))

        self._submit(
            lambda store: store.add_question(session_id, text),
            on_error=failed,
            pending=(session_id, core.pending_add(text)),
        )

    def edit_current(self) -> QuestionDialog | None:
        """Edit the chosen question in full (text, state, answer note) in a dialog."""
        q = self.current_question()
        if q is None:
            return None
        dialog = QuestionDialog(q, self)

        def accepted() -> None:
            text, state, answer = dialog.values()
            self._submit(
                lambda store: store.edit_question(q.id, text, state=state, answer=answer),
                what=self.tr("Could not save the question: {0}"),
                pending=(q.session_id, core.pending_edit(q.id, text, state, answer)),
            )

        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _result: self.view.setFocus())
        dialog.open()
        return dialog

    def _edited_in_place(self, question_id: int, text: str) -> None:
        pending = None
        if self.session_id is not None:
            pending = (self.session_id, core.pending_edit(question_id, text, None, None))
        self._submit(
            lambda store: store.edit_question(question_id, text),
            what=self.tr("Could not save the question: {0}"),
            pending=pending,
        )

    def restore(self, session_id: int, changes: dict[str, Any]) -> None:
        """Store what an earlier run kept as a draft (it closed while the store was busy)."""
        entries = list(changes.get("pending", []))

        def failed(exc: BriefingError) -> None:
            if isinstance(exc, NotFoundError):  # the session is gone: nothing to keep them on
                self.drafts.remove(SESSION_QUESTIONS, session_id)
            self._failed(
                self.tr("Could not store the questions kept from last time: {0}").format(
                    error_text(exc)
                )
            )

        self._submit(
            lambda store: core.replay_pending(store, session_id, entries),
            on_done=lambda _count: self._replayed(session_id),
            on_error=failed,
        )

    def _replayed(self, session_id: int) -> None:
        self.drafts.remove(SESSION_QUESTIONS, session_id)
        if session_id == self.session_id:
            self.reload()
        self.questions_changed.emit(session_id)

    def _state_chosen(self, index: int) -> None:
        q = self.current_question()
        if q is None:
            return
        state = QUESTION_STATES[index]
        if state != q.state:
            self._submit(
                lambda store: store.mark_question(q.id, state),
                what=self.tr("Could not mark the question: {0}"),
            )

    def mark_current(self, state: QuestionState, answer: str | None = None) -> None:
        """Mark the chosen question (and note its answer)."""
        q = self.current_question()
        if q is not None:
            self._submit(
                lambda store: store.mark_question(q.id, state, answer=answer),
                what=self.tr("Could not mark the question: {0}"),
            )

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(1)

    def _move(self, steps: int) -> None:
        q = self.current_question()
        if q is None:
            return
        target = q.position + steps
        if not 1 <= target <= len(self.model.questions):
            return
        self._submit(
            lambda store: core.move_by(store, q.id, steps),
            what=self.tr("Could not move the question: {0}"),
        )

    def move_to(self, position: int) -> None:
        """Move the chosen question to *position* (1 is first)."""
        q = self.current_question()
        if q is not None:
            self._submit(
                lambda store: store.move_question(q.id, position),
                what=self.tr("Could not move the question: {0}"),
            )

    def delete_current(self) -> None:
        """Delete the chosen question; Undo (Ctrl+Z) puts it back."""
        q = self.current_question()
        if q is None:
            return
        row = self.view.currentIndex().row()

        def done(removed: QuestionRecord) -> None:
            self.deleted = removed
            self.undo_label.setText(
                self.tr("Deleted “{0}”.").format(_shortened(core.one_line(removed.text)))
            )
            self.undo_bar.setVisible(removed.session_id == self.session_id)
            self._stored(removed)
            count = len(self.model.questions)
            if count:  # the next question (or the new last) is the chosen one
                self.view.setCurrentIndex(self.model.index(min(row, count - 1)))
            self.view.setFocus()

        self._submit(
            lambda store: store.delete_question(q.id),
            on_done=done,
            what=self.tr("Could not delete the question: {0}"),
        )

    def _undo_key(self) -> None:
        if self.undo_bar.isVisible():
            self.undo_delete()

    def undo_delete(self) -> None:
        """Put the last deleted question back where it was."""
        removed = self.deleted
        if removed is None:
            return
        self.deleted = None
        self.undo_bar.hide()
        self._submit(
            lambda store: store.restore_question(removed),
            what=self.tr("Could not put the question back: {0}"),
        )

    def copy_questions(self) -> str:
        """Put the unasked questions on the clipboard as plain text; return that text."""
        text = core.unasked_text(self.model.questions)
        if not text:
            self._say(self.tr("No unasked questions to copy."))
            return ""
        QGuiApplication.clipboard().setText(text)
        count = text.count("\n") + 1
        self._say(
            self.tr("Copied %n question for the Q&A box.", "", count)
            if is_singular(count)
            else self.tr("Copied %n questions for the Q&A box.", "", count)
        )
        return text

    # ---- writing ------------------------------------------------------------------------
    def _submit(
        self,
        work: Callable[[Store], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BriefingError], None] | None = None,
        what: str = "",
        pending: tuple[int, dict[str, Any]] | None = None,
    ) -> None:
        """One write through the window's queue (never coalesced: each is the user's step).

        *pending* (session, entry): what was typed, kept in the session's draft while the
        write waits for the lock (a refused write's text stays where it was typed).
        """
        self._waiting += 1
        key = next(self._keys)

        def settle() -> None:
            self._write_settled()
            if pending is not None:
                self._unpend(pending[0], key)

        def done(result: Any) -> None:
            settle()
            (on_done or self._stored)(result)

        def failed(exc: BriefingError) -> None:
            settle()
            self.reload()  # an optimistic in-place edit goes back to what is stored
            if on_error is not None:
                on_error(exc)
            else:
                self._failed(what.format(error_text(exc)))

        def waiting() -> None:
            self._say(self.tr("Saving… (the database is busy: a sync is running)"), passing=False)
            if pending is not None:
                session_id, entry = pending
                self._pending.setdefault(session_id, {})[key] = entry
                self._keep_draft(session_id)

        self.writes.submit(("question", key), work, done, failed, waiting)

    def _keep_draft(self, session_id: int) -> None:
        entries = self._pending.get(session_id, {})
        if entries:
            self.drafts.save(
                Draft(
                    SESSION_QUESTIONS,
                    session_id,
                    utc_now(),
                    changes={"pending": [entries[k] for k in sorted(entries)]},
                )
            )
        else:
            self._pending.pop(session_id, None)
            self.drafts.remove(SESSION_QUESTIONS, session_id)

    def _unpend(self, session_id: int, key: int) -> None:
        entries = self._pending.get(session_id)
        if entries is not None and entries.pop(key, None) is not None:
            self._keep_draft(session_id)

    def _write_settled(self) -> None:
        self._waiting = max(0, self._waiting - 1)
        if not self._waiting and self.status.text().startswith(self.tr("Saving…")):
            self.status.hide()

    def _stored(self, question: QuestionRecord) -> None:
        if question.session_id == self.session_id:
            self.reload()
            if self.model.row_of(question.id) >= 0:
                self.select(question.id)
        self.questions_changed.emit(question.session_id)

    def _failed(self, text: str) -> None:
        logger.info("A question could not be stored: %s", text)
        self.failed.emit(text)

    def _say(self, text: str, *, passing: bool = True) -> None:
        self.status.setText(text)
        self.status.show()
        if passing:
            self._say_timer.start()
        else:
            self._say_timer.stop()

    def _said(self) -> None:
        if not self._waiting:
            self.status.hide()


def _shortened(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
