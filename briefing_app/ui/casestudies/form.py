"""The Details tab of a case study: its fields and links, saved as they are edited.

A case study of the presenter's own is changed in place. One from a feed is
read-only at its source: what the presenter types becomes an overlay
(:meth:`Workspace.update`), each edited field says so and shows the feed's
value beside it with a button to take that back, and when the feed changed a
field underneath the edits the form says which and offers "Accept feed
version" (keep my edits) or "Revert to feed" (take the feed's).
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.errors import BriefingError
from briefing_app.ui import content_language
from briefing_app.ui.casestudies.choices import PresenterChoices, SessionChoices
from briefing_app.ui.casestudies.models import ChoiceListModel, ChoiceSource, IdRole
from briefing_app.ui.casestudies.notes import MarkdownPreview
from briefing_app.ui.casestudies.writing import ActionWriter, on_store
from briefing_app.ui.widgets.error_text import error_text
from briefing_app.ui.widgets.theme import mute
from briefing_app.ui.workers.write_queue import WriteQueue
from briefing_app.usecases.drafts import CASE_STUDY_EDIT, DraftStore, drafts_dir
from briefing_app.util.i18n import is_singular
from briefing_app.util.trmark import QT_TRANSLATE_NOOP
from briefing_app.workspace import CaseStudy, Workspace
from briefing_app.workspace.records import EDITABLE_FIELDS

logger = logging.getLogger(__name__)

#: Fields are saved this long after the last change (and at once on leaving).
FIELD_SAVE_DELAY_MS = 1000
#: A picker's filter asks the store this long after the last key.
FILTER_DELAY_MS = 150

_LABELS = {
    "title": QT_TRANSLATE_NOOP("CaseStudyForm", "Title"),
    "organization": QT_TRANSLATE_NOOP("CaseStudyForm", "Organization"),
    "summary": QT_TRANSLATE_NOOP("CaseStudyForm", "Summary"),
    "challenge": QT_TRANSLATE_NOOP("CaseStudyForm", "Challenge"),
    "approach": QT_TRANSLATE_NOOP("CaseStudyForm", "Approach"),
    "outcome": QT_TRANSLATE_NOOP("CaseStudyForm", "Outcome"),
    "tags": QT_TRANSLATE_NOOP("CaseStudyForm", "Tags"),
    "session_ids": QT_TRANSLATE_NOOP("CaseStudyForm", "Linked sessions"),
    "presenter_ids": QT_TRANSLATE_NOOP("CaseStudyForm", "Linked presenters"),
}
_LONG_FIELDS = ("summary", "challenge", "approach", "outcome")
#: Fields whose Markdown is shown rendered until clicked (or tabbed into) to edit.
_RENDERED_FIELDS = ("challenge", "approach", "outcome")
_PLACEHOLDERS = {
    "title": QT_TRANSLATE_NOOP("CaseStudyForm", "What the case study is called"),
    "organization": QT_TRANSLATE_NOOP("CaseStudyForm", "Who did it"),
    "summary": QT_TRANSLATE_NOOP("CaseStudyForm", "In a sentence or two"),
    "challenge": QT_TRANSLATE_NOOP("CaseStudyForm", "The problem it addressed"),
    "approach": QT_TRANSLATE_NOOP("CaseStudyForm", "What was done"),
    "outcome": QT_TRANSLATE_NOOP("CaseStudyForm", "What came of it"),
    "tags": QT_TRANSLATE_NOOP("CaseStudyForm", "Comma-separated, e.g. permits, digital"),
}


def _label(name: str) -> str:
    """A field's name in the user's language."""
    return QCoreApplication.translate("CaseStudyForm", _LABELS[name])


_CHIP = "QLabel {{ color: {fg}; background: {bg}; border-radius: 3px; padding: 0px 5px; }}"
CHIP_STYLES = {
    "edited": _CHIP.format(fg="#ffffff", bg="#2f69c0"),
    "feed changed": _CHIP.format(fg="#1f1300", bg="#f0b44c"),
    "needed": _CHIP.format(fg="#ffffff", bg="#c0392b"),
    "language": _CHIP.format(fg="#1f1f1f", bg="#dcdcdc"),
}


def parse_tags(text: str) -> list[str]:
    return list(dict.fromkeys(t.strip() for t in text.split(",") if t.strip()))


def _as_shown(case: CaseStudy) -> CaseStudy:
    """*case* as the form shows it: the feed's texts the presenter did not edit in the
    user's language. What the form shows is what an edit is compared with, so every
    case the form keeps goes through here (else an unedited French text reads as an edit)."""
    return case.in_language(content_language.preference())


def _editor_text(editor: QLineEdit | QPlainTextEdit) -> str:
    """What *editor* holds, no-break spaces kept (``toPlainText`` makes them plain spaces:
    French typography's "Texte :" then read as an edit of the feed's text)."""
    if isinstance(editor, QPlainTextEdit):
        raw = editor.document().toRawText()
        return raw.replace("\u2029", "\n").replace("\u2028", "\n")
    return editor.text()


def _brief(value: Any, name: str, labels: dict[int, str]) -> str:
    """A field's value as one line of plain text (for 'Feed's version: …')."""
    if name == "tags":
        text = ", ".join(value) or QCoreApplication.translate("CaseStudyForm", "(no tags)")
    elif name in ("session_ids", "presenter_ids"):
        text = "; ".join(labels.get(i, f"#{i}") for i in value) or QCoreApplication.translate(
            "CaseStudyForm", "(none)"
        )
    else:
        text = " ".join(str(value).split()) or QCoreApplication.translate(
            "CaseStudyForm", "(empty)"
        )
    return text if len(text) <= 240 else text[:239] + "…"


class MarkdownField(QStackedWidget):
    """A Markdown field shown rendered (as the notes preview renders: no HTML, nothing
    loaded); a click, or Tab into it, edits the source, and leaving shows it rendered again.
    An empty field shows its editor, placeholder and all."""

    def __init__(self, editor: QPlainTextEdit, label: str) -> None:
        super().__init__()
        self.editor = editor
        self.preview = MarkdownPreview()
        self.preview.setObjectName("markdownField")  # the dark theme draws its frame
        self.preview.setAccessibleName(self.tr("{0} (click to edit)").format(label))
        self.preview.setToolTip(self.tr("Click to edit (Markdown)"))
        self.preview.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        self.preview.installEventFilter(self)
        self.preview.viewport().installEventFilter(self)
        self.editor.installEventFilter(self)
        self.addWidget(self.preview)
        self.addWidget(self.editor)
        self.editor.textChanged.connect(self._text_changed)
        self.setFixedHeight(editor.maximumHeight())
        self._rendered = False
        self._show_rendered()

    @property
    def rendered(self) -> bool:
        """True while the field shows its Markdown rendered (not the editor)."""
        return self.currentWidget() is self.preview

    def _text_changed(self) -> None:
        if not self.editor.hasFocus():  # set by the form (another case study, a revert)
            self._show_rendered()

    def _show_rendered(self) -> None:
        text = self.editor.toPlainText()
        if not text.strip():
            self.setCurrentWidget(self.editor)
            return
        self.preview.show_markdown(text)
        self.preview.verticalScrollBar().setValue(0)
        self.setCurrentWidget(self.preview)

    def edit(self) -> None:
        """Show the source and put the cursor in it."""
        self.setCurrentWidget(self.editor)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if watched is self.editor and kind == QEvent.Type.FocusOut:
            self._show_rendered()
        elif (watched is self.preview and kind == QEvent.Type.FocusIn) or (
            watched is self.preview.viewport()
            and kind == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and not self.preview.anchorAt(event.position().toPoint())
            and not self.preview.textCursor().hasSelection()
        ):
            self.edit()
        return super().eventFilter(watched, event)


class _FieldBlock(QWidget):
    """A field's heading (name, state chips, "Use the feed's"), its editor, the feed's value."""

    def __init__(self, name: str, editor: QWidget, shown: QWidget | None = None) -> None:
        super().__init__()
        self.name = name
        self.editor = editor
        self.heading = QLabel(_label(name))
        self.heading.setBuddy(editor)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.chip = QLabel()
        self.chip.setAccessibleName(self.tr("{0}: state").format(_label(name)))
        self.chip.hide()
        self.changed_chip = QLabel(self.tr("feed changed"))
        self.changed_chip.setStyleSheet(CHIP_STYLES["feed changed"])
        self.changed_chip.setAccessibleName(
            self.tr("{0}: the feed changed it").format(_label(name))
        )
        self.changed_chip.hide()
        #: "EN": the feed gives this text in another language than the user's only.
        self.language_chip = QLabel()
        self.language_chip.setStyleSheet(CHIP_STYLES["language"])
        self.language_chip.hide()
        self.revert_button = QToolButton()
        self.revert_button.setText(self.tr("↺ Use the feed's"))
        self.revert_button.setAutoRaise(True)
        self.revert_button.setAccessibleName(
            self.tr("Use the feed's {0}").format(_label(name).lower())
        )
        self.revert_button.setToolTip(
            self.tr("Drop your edit of this field and show the feed's value")
        )
        self.revert_button.hide()
        self.feed_value = QLabel()
        self.feed_value.setTextFormat(Qt.TextFormat.PlainText)
        self.feed_value.setWordWrap(True)
        self.feed_value.setAccessibleName(self.tr("The feed's {0}").format(_label(name).lower()))
        mute(self.feed_value)  # for reference
        self.feed_value.hide()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.heading)
        top.addWidget(self.chip)
        top.addWidget(self.changed_chip)
        top.addWidget(self.language_chip)
        top.addStretch(1)
        top.addWidget(self.revert_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(shown if shown is not None else editor)
        layout.addWidget(self.feed_value)

    def show_state(
        self,
        *,
        edited: bool,
        feed_changed: bool,
        feed_text: str | None,
        needed: bool = False,
        language: str = "",
    ) -> None:
        """*language*: the tag the feed's text is shown in when not the user's ("": theirs)."""
        shown_in = language if not edited else ""
        self.language_chip.setVisible(bool(shown_in))
        if shown_in:  # the badge, and its meaning in words (never colour alone)
            said = content_language.fallback_explanation(shown_in)
            self.language_chip.setText(content_language.badge(shown_in))
            self.language_chip.setToolTip(said)
            self.language_chip.setAccessibleName(said)  # beside the field's heading
        if needed:
            self.chip.setText(self.tr("needed"))
            self.chip.setStyleSheet(CHIP_STYLES["needed"])
            self.chip.show()
        elif edited:
            self.chip.setText(self.tr("edited"))
            self.chip.setStyleSheet(CHIP_STYLES["edited"])
            self.chip.show()
        else:
            self.chip.hide()
        self.changed_chip.setVisible(feed_changed)
        self.revert_button.setVisible(edited)
        self.feed_value.setVisible(edited and feed_text is not None)
        if feed_text is not None:
            self.feed_value.setText(self.tr("Feed's version: {0}").format(feed_text))


class _ChoiceList(QWidget):
    """A filter box over a checkable list (sessions or presenters to link).

    The list reads from the store a page at a time, and what is typed in the filter
    is matched by the store (a moment after the last key), not over every row.
    """

    def __init__(self, what: str) -> None:
        super().__init__()
        self.model = ChoiceListModel(self)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter {0}…").format(what))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter {0}").format(what))
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter.textChanged.connect(lambda _text: self._filter_timer.start())
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Linked {0}").format(what))
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setToolTip(self.tr("Tick the {0} this case study belongs to").format(what))
        rows = self.view.fontMetrics().lineSpacing() + 6
        self.view.setFixedHeight(rows * 5 + 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.filter)
        layout.addWidget(self.view)

    def fill(self, source: ChoiceSource, checked: Sequence[int]) -> None:
        """List *checked* first, then the rest (as far as the filter typed lets through)."""
        self._filter_timer.stop()
        self.model.set_source(source, checked, self.filter.text().strip())
        self.view.scrollToTop()

    def apply_filter(self) -> None:
        """Match what the filter holds now (it waits for a pause in typing otherwise)."""
        self._filter_timer.stop()
        self.model.set_matching(self.filter.text().strip())
        self.view.scrollToTop()

    def labels(self, ids: Collection[int]) -> dict[int, str]:
        return self.model.labels(ids)


class CaseStudyForm(QWidget):
    """Edits one case study; every change is saved a moment later.

    Signals:
        saved(object): the case study after a save (its list row and badges follow).
        failed(str): a change could not be saved (shown to the user).
        session_activated(int): a linked session was double-clicked.
    """

    saved = Signal(object)
    failed = Signal(str)
    session_activated = Signal(int)

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
        #: Edits waiting for the lock, by case study: shown over the store's values.
        self._waiting: dict[int, dict[str, Any]] = {}
        #: Edits the store refused (a full disk, ...), by case study: shown over the store's
        #: values until it takes them (leaving or the next pause in typing tries again).
        self._unsaved: dict[int, dict[str, Any]] = {}
        self._action = ActionWriter(
            self.writes, workspace, self.failed.emit, lambda: self._show_waiting(None)
        )
        self.case: CaseStudy | None = None
        self._loading = False
        self._session_source = SessionChoices(workspace.store)
        self._presenter_source = PresenterChoices(workspace.store)

        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.source_label.setTextFormat(Qt.TextFormat.PlainText)
        self.source_label.setAccessibleDescription(self.tr("Where this case study comes from"))
        self.underneath_label = QLabel()
        self.underneath_label.setWordWrap(True)
        self.underneath_label.setTextFormat(Qt.TextFormat.PlainText)
        self.underneath_label.setAccessibleName(self.tr("The feed changed"))
        self.accept_button = QPushButton(self.tr("Accept feed version"))
        self.accept_button.setAccessibleName(self.tr("Accept feed version"))
        self.accept_button.setToolTip(
            self.tr("Keep your edits, now on top of the feed's new version (the warning goes)")
        )
        self.accept_button.clicked.connect(self.accept_feed_version)
        self.revert_button = QPushButton(self.tr("Revert to feed"))
        self.revert_button.setAccessibleName(self.tr("Revert to feed"))
        self.revert_button.setToolTip(self.tr("Drop all your edits: show the feed's version"))
        self.revert_button.clicked.connect(lambda: self.revert_to_feed(None))
        self.source_box = QFrame()
        self.source_box.setObjectName("sourceBox")
        self.source_box.setStyleSheet(
            "QFrame#sourceBox { background: palette(alternate-base);"
            " border: 1px solid palette(mid); border-left: 4px solid palette(highlight);"
            " border-radius: 4px; }"
        )
        box_layout = QVBoxLayout(self.source_box)
        box_layout.setContentsMargins(10, 6, 10, 6)
        box_layout.addWidget(self.source_label)
        box_layout.addWidget(self.underneath_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.revert_button)
        box_layout.addLayout(buttons)

        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.blocks: dict[str, _FieldBlock] = {}
        #: Challenge, approach and outcome: their Markdown rendered until edited.
        self.rendered: dict[str, MarkdownField] = {}
        for name in ("title", "organization", *_LONG_FIELDS, "tags"):
            editor: QLineEdit | QPlainTextEdit
            if name in _LONG_FIELDS:
                editor = QPlainTextEdit()
                editor.setTabChangesFocus(True)
                lines = 4 if name != "summary" else 3
                editor.setFixedHeight(editor.fontMetrics().lineSpacing() * lines + 14)
                editor.textChanged.connect(self._edited)
            else:
                editor = QLineEdit()
                editor.textEdited.connect(self._edited)
            editor.setPlaceholderText(
                QCoreApplication.translate("CaseStudyForm", _PLACEHOLDERS[name])
            )
            editor.setAccessibleName(_label(name))
            self.editors[name] = editor
            shown: QWidget | None = None
            if name in _RENDERED_FIELDS and isinstance(editor, QPlainTextEdit):
                self.rendered[name] = shown = MarkdownField(editor, _label(name))
            self.blocks[name] = _FieldBlock(name, editor, shown)
        self.sessions = _ChoiceList(self.tr("sessions"))
        self.presenters = _ChoiceList(self.tr("presenters"))
        self.sessions.view.doubleClicked.connect(self._session_double_clicked)
        for name, choice in (("session_ids", self.sessions), ("presenter_ids", self.presenters)):
            choice.model.dataChanged.connect(lambda *_a: self._edited())
            self.blocks[name] = _FieldBlock(name, choice)
        for name, block in self.blocks.items():
            block.revert_button.clicked.connect(lambda _c=False, n=name: self.revert_to_feed([n]))

        self.state_label = QLabel()
        self.state_label.setAccessibleName(self.tr("Save state"))
        mute(self.state_label)

        inner = QWidget()
        form = QVBoxLayout(inner)
        form.setContentsMargins(12, 8, 12, 8)
        form.addWidget(self.source_box)
        for name in EDITABLE_FIELDS:
            form.addWidget(self.blocks[name])
        form.addWidget(self.state_label)
        form.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(inner)
        self.scroll_area.setAccessibleName(self.tr("Case study details"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FIELD_SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        self.setEnabled(False)

    # ---- loading --------------------------------------------------------------
    def invalidate_choices(self) -> None:
        """Sessions or presenters changed (a sync): the pickers show them when a case study
        is next shown (they hold a page of rows, read then)."""

    def reload_choices(self) -> None:
        """List the sessions and presenters one can link anew, keeping what is ticked.

        The pickers read a page at a time from the store (what is ticked, then the first
        page of the rest): at 100,000 sessions, labelling every one took 1.5 s and 70 MB.
        """
        if self.case is None:
            return
        self.sessions.fill(self._session_source, self.sessions.model.checked_ids())
        self.presenters.fill(self._presenter_source, self.presenters.model.checked_ids())

    def show_case(self, case: CaseStudy | None) -> None:
        """Show *case* (None: nothing selected). Unsaved edits of the previous one are saved."""
        self.save()
        case = _as_shown(case) if case is not None else None
        self.case = case
        waiting = self._waiting.get(case.id, {}) if case is not None else {}
        unsaved = self._unsaved.get(case.id, {}) if case is not None and not waiting else {}
        shown = waiting or unsaved
        self._loading = True
        try:
            self.setEnabled(case is not None)
            for name, editor in self.editors.items():
                # Edits still on their way to the store show as typed, not the store's values.
                value = "" if case is None else shown.get(name, case.value(name))
                text = ", ".join(value) if name == "tags" else str(value)
                if isinstance(editor, QPlainTextEdit):
                    editor.setPlainText(text)
                else:
                    editor.setText(text)
                    editor.setCursorPosition(0)
            if case is None:
                self.sessions.model.set_items([], ())
                self.presenters.model.set_items([], ())
            else:  # read when first needed, not while the window starts
                self.sessions.fill(self._session_source, shown.get("session_ids", case.session_ids))
                self.presenters.fill(
                    self._presenter_source, shown.get("presenter_ids", case.presenter_ids)
                )
            if waiting:
                self.state_label.setText(self._waiting_text())
            elif unsaved:
                self.state_label.setText(self.tr("Not saved yet: your edits are still here."))
            else:
                self.state_label.setText("")
            self._show_state()
        finally:
            self._loading = False
        self.scroll_area.verticalScrollBar().setValue(0)

    def _show_state(self) -> None:
        """The source box and each field's chips, for the case study as last saved."""
        case = self.case
        if case is None or case.is_local:
            self.source_box.setVisible(case is not None)
            if case is not None:
                self.source_label.setText(
                    self.tr(
                        "Your own case study: everything here is yours to change. "
                        "Changes are saved as you type."
                    )
                )
            self.underneath_label.hide()
            self.accept_button.hide()
            self.revert_button.hide()
            for block in self.blocks.values():
                block.show_state(edited=False, feed_changed=False, feed_text=None)
            self._mark_title_needed()
            return
        self.source_box.show()
        edited = len(case.overridden)
        feeds = {f.id: content_language.feed_name(f) for f in self.workspace.store.feeds()}
        where = feeds.get(case.feed_id or 0) or case.feed_url or self.tr("a feed")
        text = self.tr(
            "From the feed “{0}”. The feed's text stays as it is: your edits are kept "
            "beside it, and syncs never overwrite them."
        ).format(where)
        if case.removed:
            text += self.tr(" The feed no longer lists this case study.")
        if edited:
            text += (
                self.tr(" You edited %n field.", "", edited)
                if is_singular(edited)
                else self.tr(" You edited %n fields.", "", edited)
            )
        self.source_label.setText(text)
        if case.changed_underneath:
            names = ", ".join(_label(n).lower() for n in case.feed_changed) or self.tr("its text")
            self.underneath_label.setText(
                self.tr(
                    "⚠ The feed changed {0} since your edits. Compare with the feed's "
                    "version under each field, then accept it (keep your edits) or revert to it."
                ).format(names)
            )
        self.underneath_label.setVisible(case.changed_underneath)
        self.accept_button.setVisible(case.changed_underneath)
        self.revert_button.setVisible(bool(case.overridden))
        labels = {
            name: choice.labels(case.feed_version.get(name, ()))
            for name, choice in (("session_ids", self.sessions), ("presenter_ids", self.presenters))
        }
        for name, block in self.blocks.items():
            block.show_state(
                edited=name in case.overridden,
                feed_changed=name in case.feed_changed,
                feed_text=_brief(case.feed_version.get(name, ""), name, labels.get(name, {})),
                language=case.fallback_language(name),
            )
        self._mark_title_needed()

    def _mark_title_needed(self) -> None:
        if self.case is not None and not _editor_text(self.editors["title"]).strip():
            self.blocks["title"].show_state(
                edited=False, feed_changed=False, feed_text=None, needed=True
            )

    # ---- saving ---------------------------------------------------------------
    def _edited(self) -> None:
        if self._loading or self.case is None:
            return
        self.state_label.setText(self.tr("Editing…"))
        self._timer.start()

    def values(self) -> dict[str, Any]:
        """What the form holds, as :meth:`Workspace.update` takes it."""
        found: dict[str, Any] = {}
        for name, editor in self.editors.items():
            text = _editor_text(editor)
            found[name] = parse_tags(text) if name == "tags" else text
        found["title"] = found["title"].strip()
        found["session_ids"] = self.sessions.model.checked_ids()
        found["presenter_ids"] = self.presenters.model.checked_ids()
        return found

    def changes(self) -> dict[str, Any]:
        """The fields whose value differs from the case study as saved."""
        case = self.case
        if case is None:
            return {}
        current = {
            name: list(v) if isinstance(v := case.value(name), tuple) else v
            for name in EDITABLE_FIELDS
        }
        return {n: v for n, v in self.values().items() if v != current[n]}

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def save(self) -> bool:
        """Store what changed (debounced while typing; at once on leaving).

        False if it waits for another writer's lock (a sync: the form keeps
        showing the edits, a draft keeps them safe) or failed.
        """
        self._timer.stop()
        if self.case is None:
            return True
        case_id = self.case.id
        changes = self.changes()
        waiting = self._waiting.get(case_id)
        if waiting is not None:  # still on their way: the form's values for them go along
            values = self.values()
            changes = {name: values[name] for name in waiting} | changes
        if not changes.get("title", True):  # an empty title is not saved (the rest is)
            del changes["title"]
        if not changes:
            self._mark_title_needed()
            return True
        if changes == waiting:
            return False  # already on its way
        return self._store(case_id, changes)

    def restore(self, case_id: int, changes: dict[str, Any]) -> None:
        """Edits an earlier run left in a draft (closed or killed during a sync): store them."""
        self._store(case_id, changes)
        if self.case is not None and self.case.id == case_id:
            self.show_case(self.case)

    def waiting(self, case_id: int) -> bool:
        """True while edits of *case_id* wait for another writer's lock."""
        return case_id in self._waiting

    def _store(self, case_id: int, changes: dict[str, Any]) -> bool:
        self._unsaved.pop(case_id, None)  # tried again now: kept again if refused
        self._waiting[case_id] = changes
        return self.writes.submit(
            ("case-study", case_id),
            on_store(self.workspace, lambda workspace: workspace.update(case_id, **changes)),
            partial(self._stored, case_id, changes),
            partial(self._failed, case_id, changes),
            partial(self._keep_waiting, case_id, changes),
        )

    def _keep_waiting(self, case_id: int, changes: dict[str, Any]) -> None:
        """Another writer holds the lock: keep the edits safe meanwhile, and say so."""
        self.drafts.save_case_study_edit(case_id, changes)
        self._show_waiting(case_id)

    def _show_waiting(self, case_id: int | None) -> None:
        """Say the shown case study's edits wait (*case_id* None: whichever is shown)."""
        if self.case is not None and case_id in (None, self.case.id):
            self.state_label.setText(self._waiting_text())

    def _waiting_text(self) -> str:
        return self.tr("Saving… the database is busy (a sync is running); your edits are kept")

    def _stored(self, case_id: int, changes: dict[str, Any], case: CaseStudy) -> None:
        if self._waiting.get(case_id) == changes:  # nothing newer waits
            del self._waiting[case_id]
            self.drafts.remove(CASE_STUDY_EDIT, case_id)
        if self.case is not None and self.case.id == case_id:
            self.case = _as_shown(case)
            if case_id not in self._waiting:
                self.state_label.setText(self.tr("All changes saved"))
            self._show_state()
        self.saved.emit(case)

    def _failed(self, case_id: int, changes: dict[str, Any], exc: BriefingError) -> None:
        """Not the lock (that is waited out): the edits stay in the form and in a draft."""
        self._waiting.pop(case_id, None)
        self._unsaved[case_id] = changes
        self.drafts.save_case_study_edit(case_id, changes)  # never raises
        logger.warning("Could not save case study %d: %s", case_id, exc)
        if self.case is not None and self.case.id == case_id:
            self.state_label.setText(self.tr("Not saved: {0}").format(error_text(exc)))
        self.failed.emit(self.tr("Could not save the case study: {0}").format(error_text(exc)))

    def revert_to_feed(self, fields: Sequence[str] | None) -> None:
        """Drop the presenter's edits (all, or *fields*) of a feed's case study."""
        if self.case is None or self.case.is_local:
            return
        self._timer.stop()
        case_id = self.case.id
        self._waiting.pop(case_id, None)  # what waits is stored first, then reverted
        self.drafts.remove(CASE_STUDY_EDIT, case_id)
        self._action(
            ("case-study-revert", case_id),
            lambda workspace: workspace.revert_to_feed(case_id, fields),
            self._reverted,
            self.tr("Could not revert to the feed's version"),
        )

    def _reverted(self, case: CaseStudy) -> None:
        if self.case is not None and self.case.id == case.id:
            self.case = None  # nothing pending to save: the reload shows the feed's values
            self.show_case(case)
            self.state_label.setText(self.tr("Reverted to the feed's version"))
        self.saved.emit(case)

    def accept_feed_version(self) -> None:
        if self.case is None or self.case.is_local:
            return
        case_id = self.case.id
        self.save()  # what is typed goes first (in the queue's order when it waits)
        if self.case is None or self.case.id != case_id:
            return
        self._action(
            ("case-study-accept", case_id),
            lambda workspace: workspace.accept_feed_version(case_id),
            self._accepted,
            self.tr("Could not accept the feed's version"),
        )

    def _accepted(self, case: CaseStudy) -> None:
        if self.case is not None and self.case.id == case.id:
            self.case = _as_shown(case)
            self._show_state()
            self.state_label.setText(self.tr("Your edits now sit on the feed's new version"))
        self.saved.emit(case)

    def _session_double_clicked(self, index: QModelIndex) -> None:
        session_id = index.data(IdRole)
        if isinstance(session_id, int):
            self.session_activated.emit(session_id)
