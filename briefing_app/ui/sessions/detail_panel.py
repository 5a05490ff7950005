"""The session detail pane: facts, actions (favourite, Join, Add to calendar) and my notes."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCursor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from briefing_app.errors import BriefingError
from briefing_app.platform.fileutil import write_atomically
from briefing_app.store import SessionDetail, SessionRecord, Store
from briefing_app.ui import content_language
from briefing_app.ui.sessions.attendance_button import AttendanceButton
from briefing_app.ui.sessions.detail_markdown import (
    CASE_STUDY_SCHEME,
    LANGUAGE_SCHEME,
    PRESENTER_SCHEME,
    session_markdown,
)
from briefing_app.ui.sessions.first_run import sample_label
from briefing_app.ui.sessions.materials_section import MaterialsSection
from briefing_app.ui.sessions.note_history import NoteHistoryDialog
from briefing_app.ui.sessions.questions_section import QuestionsSection
from briefing_app.ui.widgets.error_text import error_text
from briefing_app.ui.widgets.flow_layout import FlowLayout
from briefing_app.ui.widgets.links import not_opened_text, open_link, openable
from briefing_app.ui.widgets.locale_text import duration_text, hours_text
from briefing_app.ui.widgets.markdown_view import SafeMarkdownBrowser, link_refusal
from briefing_app.ui.widgets.text_edits import replace_keeping_caret
from briefing_app.ui.widgets.text_links import (
    FirstFocusName,
    LinksButton,
    TextLink,
    links_by_mouse_only,
)
from briefing_app.ui.workers.write_queue import WriteQueue
from briefing_app.usecases.agenda import overlapping_favourites
from briefing_app.usecases.drafts import SESSION_NOTE, DraftStore, drafts_dir
from briefing_app.usecases.settings import reminder_minutes
from briefing_app.util.i18n import is_singular
from briefing_app.util.timeutil import local_zone_name, utc_now
from briefing_app.util.trmark import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

#: The Join button opens this long before a session starts (and stays until it ends).
JOIN_OPENS_BEFORE = timedelta(minutes=15)
#: Notes are saved this long after the last keystroke (and on leaving or closing).
#: A pause in typing this long saves the note (a crash loses at most this much).
NOTE_SAVE_DELAY_MS = 500
#: Per-session reminder choices: (label, enabled, minutes); minutes None = the default.
REMINDER_CHOICES: tuple[tuple[str, bool, int | None], ...] = (
    (QT_TRANSLATE_NOOP("SessionDetailPanel", "default"), True, None),
    (QT_TRANSLATE_NOOP("SessionDetailPanel", "No reminder"), False, None),
    (QT_TRANSLATE_NOOP("SessionDetailPanel", "5 minutes before"), True, 5),
    (QT_TRANSLATE_NOOP("SessionDetailPanel", "10 minutes before"), True, 10),
    (QT_TRANSLATE_NOOP("SessionDetailPanel", "15 minutes before"), True, 15),
    (QT_TRANSLATE_NOOP("SessionDetailPanel", "30 minutes before"), True, 30),
    (QT_TRANSLATE_NOOP("SessionDetailPanel", "1 hour before"), True, 60),
    (QT_TRANSLATE_NOOP("SessionDetailPanel", "1 day before"), True, 24 * 60),
)


#: The session's text keeps at least this many lines of height.
DETAIL_MIN_LINES = 8


@dataclass
class _QueuedNote:
    """A note on its way to the store while another writer holds the lock.

    *text* is the newest text waiting; *base* the stored text it replaces. The
    queue's thread moves *base* on as each text is stored, so a text this
    window wrote is never taken for a change made elsewhere.
    """

    text: str
    base: str


def _badge_tooltip(anchor: str) -> str:
    """The words of a language badge under the pointer ("" for any other link)."""
    scheme, _, tag = anchor.partition(":")
    if scheme != LANGUAGE_SCHEME or not tag:
        return ""
    return content_language.fallback_explanation(tag)


def join_window_open(detail: SessionDetail, now: datetime) -> bool:
    s = detail.session
    return bool(s.join_url) and not s.is_cancelled and s.start - JOIN_OPENS_BEFORE <= now < s.end


class SessionDetailPanel(QWidget):
    """Signals:
    favourite_toggled(int, bool): the ★ button was pressed.
    note_saved(int): the note of a session was written to the store.
    presenter_activated(int): a presenter's name was clicked.
    case_study_activated(int): a linked case study was clicked.
    reminder_changed(int): the session's own reminder setting changed.
    note_conflict(int): saving the note replaced text written elsewhere (another
        window, a command) since this pane loaded it; that text is in the note's history.
    note_replaced(int): the note the user was in (not typing) now shows text written elsewhere.
    note_failed(int, str): the note could not be stored (not the lock: that is waited out);
        the text stays in the editor and in its draft.
    """

    favourite_toggled = Signal(int, bool)
    note_saved = Signal(int)
    presenter_activated = Signal(int)
    case_study_activated = Signal(int)
    reminder_changed = Signal(int)
    note_conflict = Signal(int)
    note_replaced = Signal(int)
    #: A link was not opened (not http, https or mailto): why, for the window to show.
    link_refused = Signal(str)
    note_failed = Signal(int, str)
    #: "Add follow-up…" was pressed: a new follow-up linked to this session.
    followup_requested = Signal(int)
    #: Join opened the session's link: the window records it (attendance, issue 16).
    joined = Signal(int)

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        clock: Callable[[], datetime] | None = None,
        writes: WriteQueue | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        #: Every write goes here: the GUI thread never waits for another writer's lock.
        self.writes = writes or WriteQueue(store, self)
        self.drafts = DraftStore(drafts_dir(store.path))
        #: Notes waiting for the lock, by session: shown instead of the store's text.
        self._queued_notes: dict[int, _QueuedNote] = {}
        #: Notes the store refused (a full disk, ...), by session: shown instead of the
        #: store's text and tried again on the next edit, on leaving, or on Retry.
        self._unsaved_notes: dict[int, _QueuedNote] = {}
        #: ★ changes asked for and not stored yet, by session (the main window fills it).
        self.favourites_waiting: dict[int, bool] = {}
        #: Reminder choices waiting for the lock, by session.
        self._reminders_waiting: dict[int, tuple[bool, int | None]] = {}
        self.clock = clock or utc_now
        self.session_id: int | None = None
        self._detail: SessionDetail | None = None
        self._saved_note = ""
        self._user_zone: str | None = None
        self._palette_changed = False
        self._sample_label: str | None = None
        self._rerender_timer = QTimer(self)
        self._rerender_timer.setSingleShot(True)
        self._rerender_timer.setInterval(0)
        self._rerender_timer.timeout.connect(self._rerender)

        self.favourite_button = QPushButton(self.tr("☆ Add to my agenda"))
        self.favourite_button.setAccessibleName(self.tr("Favourite"))
        self.favourite_button.clicked.connect(self._toggle_favourite)
        self.join_button = QPushButton(self.tr("Join"))
        self.join_button.setAccessibleName(self.tr("Join the session online"))
        self.join_button.clicked.connect(self.join)
        # Feedback (issue 16): the feed's feedback form, offered once the session has ended.
        self.feedback_button = QPushButton(self.tr("Feedback…"))
        self.feedback_button.setAccessibleName(self.tr("Give feedback on the session"))
        self.feedback_button.clicked.connect(self.give_feedback)
        self.calendar_button = QPushButton(self.tr("Add to calendar…"))
        self.calendar_button.setAccessibleName(self.tr("Add to calendar (.ics)"))
        self.calendar_button.setToolTip(self.tr("Add to calendar (.ics)"))  # shorter in French
        self.calendar_button.clicked.connect(self._choose_calendar_file)
        self.reminder_choice = QComboBox()
        self.reminder_choice.setAccessibleName(self.tr("Remind me"))
        self.reminder_choice.setToolTip(
            self.tr("When to remind you of this session (favourites only)")
        )
        #: What each item of the reminder choice means: (enabled, minutes).
        self._reminder_values: list[tuple[bool, int | None]] = []
        for label, enabled, minutes in REMINDER_CHOICES:
            self.reminder_choice.addItem(QCoreApplication.translate("SessionDetailPanel", label))
            self._reminder_values.append((enabled, minutes))
        self.reminder_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.reminder_choice.activated.connect(self._reminder_chosen)
        self.reminder_label = QLabel(self.tr("&Remind me"))
        self.reminder_label.setBuddy(self.reminder_choice)
        self.join_hint = QLabel()
        self.join_hint.setAccessibleDescription(self.tr("When joining opens"))
        # On a line of its own, wrapped: one line with "Remind me" widened the pane past
        # its column (a horizontal scroll bar, the buttons cut; review 10).
        self.join_hint.setWordWrap(True)
        # A favourite that clashes with another says so where it was starred (review 10):
        # ⚠ and the words, never colour alone.
        self.overlap_label = QLabel()
        self.overlap_label.setWordWrap(True)
        self.overlap_label.setTextFormat(Qt.TextFormat.PlainText)
        self.overlap_label.setAccessibleName(self.tr("Overlap warning"))
        self.overlap_label.hide()
        #: The other favourites the session shown overlaps (while it is one).
        self.overlaps: list[SessionRecord] = []

        # The feed's text is Markdown; any HTML in it shows as text, never as markup.
        self.browser = SafeMarkdownBrowser()
        # Never squeezed to a few lines by the buttons above or the sections below.
        self.browser.setMinimumHeight(self.browser.fontMetrics().lineSpacing() * DETAIL_MIN_LINES)
        self.browser.anchorClicked.connect(self._link_clicked)
        self.browser.anchor_tooltip = _badge_tooltip
        # Qt does not give a screen reader the text's links (Tab stopped on them silently):
        # they open by click, and this menu under the text lists each by name.
        links_by_mouse_only(self.browser)
        self.browser.setAccessibleDescription(
            self.tr("Read with the arrow keys; its links are in the button after it")
        )
        # Orca does not read that description (a read-only text is a "label" to it): the
        # first focus speaks it in the name; later ones the name alone (not every Tab).
        self.browser_name = FirstFocusName(
            self.browser, self.tr("Session details"), self._browser_hinted_name
        )
        self.links_button = LinksButton(self._describe_link)
        self.links_button.setAccessibleDescription(
            self.tr(
                "A menu of the links in the session details: presenters, case studies, addresses"
            )
        )
        self.links_button.chosen.connect(self._link_clicked)

        # The session's materials (slides, recordings, pre-reads, links): their own module.
        self.materials = MaterialsSection(store, self._open_allowed)
        self.materials.refused.connect(self.link_refused)

        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("My notes"))
        self.notes.setTabChangesFocus(True)  # Tab moves on (Ctrl+Tab too): never a keyboard trap
        self.notes.setPlaceholderText(self.tr("My notes on this session (saved as you type)…"))
        self.notes_label = QLabel(self.tr("My &notes"))
        self.notes_label.setBuddy(self.notes)
        self.history_button = QToolButton()
        self.history_button.setText(self.tr("History…"))
        self.history_button.setAccessibleName(self.tr("Earlier versions of my note"))
        self.history_button.setToolTip(
            self.tr("Versions of this note that were replaced by a write from elsewhere")
        )
        self.history_button.setAutoRaise(True)
        self.history_button.clicked.connect(self.open_note_history)
        self.history_button.hide()
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(NOTE_SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_note)
        self.notes.textChanged.connect(self._note_edited)
        # The join window opens and closes with time: look again every 30 s.
        self._tick = QTimer(self)
        self._tick.setInterval(30_000)
        self._tick.timeout.connect(self._update_join)
        self._tick.start()

        actions = FlowLayout()
        actions.addWidget(self.favourite_button)
        actions.addWidget(self.join_button)
        actions.addWidget(self.feedback_button)
        actions.addWidget(self.calendar_button)
        self.followup_button = QPushButton(self.tr("Add follow-up…"))
        self.followup_button.setAccessibleName(self.tr("Add a follow-up linked to this session"))
        self.followup_button.setToolTip(self.tr("Add a follow-up linked to this session"))
        self.followup_button.clicked.connect(self._request_followup)
        actions.addWidget(self.followup_button)
        # Attendance (issue 16): the state, and marking it attended or not (with undo).
        self.attendance = AttendanceButton(store, self.writes, self.clock)
        actions.addWidget(self.attendance)
        # The label and its choice wrap together.
        self.reminder_box = QWidget()
        reminder_row = QHBoxLayout(self.reminder_box)
        reminder_row.setContentsMargins(0, 0, 0, 0)
        reminder_row.addWidget(self.reminder_label)
        reminder_row.addWidget(self.reminder_choice)
        actions.addWidget(self.reminder_box)  # wraps with the buttons

        notes_box = QWidget()
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addWidget(self.materials)  # above the notes: its rows are never squeezed
        notes_header = QHBoxLayout()
        notes_header.addWidget(self.notes_label, 1)
        notes_header.addWidget(self.history_button)
        notes_layout.addLayout(notes_header)
        notes_layout.addWidget(self.notes)
        #: My questions for the session's Q&A (their own module).
        self.questions = QuestionsSection(store, self.writes)
        text_box = QWidget()  # the details, and their links right under them
        text_layout = QVBoxLayout(text_box)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.addWidget(self.browser, 1)
        links_row = QHBoxLayout()
        links_row.addWidget(self.links_button)
        links_row.addStretch(1)
        text_layout.addLayout(links_row)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(text_box)
        split.addWidget(self.questions)
        split.addWidget(notes_box)
        # Never below what a part needs: a collapsed part drew its rows over the next one.
        split.setChildrenCollapsible(False)
        split.setSizes([400, 280, 130])
        # A taller window gives its room to the session's text first (the review: about six
        # lines of text over empty space under the materials).
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setStretchFactor(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(actions)
        layout.addWidget(self.join_hint)
        layout.addWidget(self.overlap_label)
        layout.addWidget(split, 1)
        self.show_session(None)

    # ---- showing ------------------------------------------------------------
    def show_session(self, session_id: int | None, *, user_zone: str | None = None) -> None:
        self.save_note()  # never lose what was typed for the previous session
        self.session_id = session_id
        self._user_zone = user_zone
        enabled = session_id is not None
        for widget in (self.favourite_button, self.calendar_button, self.notes):
            widget.setEnabled(enabled)
        self.followup_button.setEnabled(enabled)
        self.questions.show_session(session_id)
        self.materials.show_session(session_id)
        if session_id is None:
            self._detail = None
            self.attendance.show_session(None)
            self.browser.clear()
            self.links_button.show_links(self.browser.document())
            self._set_note_text("")
            self._update_join()
            self._update_reminder()
            self._update_history_button()
            return
        self._detail = self.store.session_detail(session_id)
        self.attendance.show_session(session_id, self._detail.session.start)
        self._sample_label = None
        if self.store.feed(self._detail.session.feed_id).builtin:
            self._sample_label = sample_label(self.store)
        self._render(keep_scroll=False)
        queued = self._queued_notes.get(session_id)
        unsaved = self._unsaved_notes.get(session_id)
        # A note still on its way to the store shows as typed, never the store's older text.
        if queued is not None:
            self._set_note_text(queued.text)
        elif unsaved is not None:  # refused by the store: shown, and tried again on leaving
            self._set_note_text(unsaved.text)
            self._saved_note = unsaved.base
        else:
            self._set_note_text(self._detail.note)
        self._show_note_state()
        self._update_favourite()
        self._update_join()
        self._update_reminder()
        self._update_history_button()

    def follow_store(self) -> None:
        """Another process or window wrote to the store: show this session's new state.

        The facts, the ★ and the reminder follow at once. The note follows too
        unless the user is typing in it: then their text stays, and the next
        save keeps the other text in the note's history and says so.
        """
        if self.session_id is None:
            return
        try:
            detail = self.store.session_detail(self.session_id)
        except BriefingError:  # the session went away (its feed was removed)
            self.show_session(None)
            return
        self._detail = detail
        self._render(keep_scroll=True)
        self.attendance.reload()
        self.questions.reload()
        self.materials.show_session(self.session_id)
        typing = self.notes.toPlainText() != self._saved_note
        queued = self.session_id in self._queued_notes
        if detail.note != self._saved_note and not typing and not queued:
            self._replace_note_keeping_cursor(detail.note)
            self.notes_label.setText(self.tr("My &notes (changed elsewhere)"))
            if self.notes.hasFocus():  # the user is in the note: say what happened to it
                self.note_replaced.emit(self.session_id)
        self._update_favourite()
        self._update_join()
        self._update_reminder()
        self._update_history_button()

    def _replace_note_keeping_cursor(self, text: str) -> None:
        replace_keeping_caret(self.notes, text)
        self._saved_note = text

    def _update_history_button(self) -> None:
        has_history = False
        if self.session_id is not None:
            try:
                has_history = bool(self.store.note_history(self.session_id))
            except BriefingError:
                has_history = False
        self.history_button.setVisible(has_history)

    def open_note_history(self) -> NoteHistoryDialog | None:
        """Show the note's earlier versions (restoring one saves the current text first)."""
        if self.session_id is None:
            return None
        self.save_note()
        dialog = NoteHistoryDialog(self.store, self.session_id, self, writes=self.writes)
        dialog.restored.connect(self._note_restored)
        dialog.open()
        return dialog

    def _note_restored(self, text: str) -> None:
        self._set_note_text(text)
        self.notes_label.setText(self.tr("My &notes (earlier version restored)"))
        self._update_history_button()
        if self.session_id is not None:
            self.note_saved.emit(self.session_id)

    def _render(self, *, keep_scroll: bool = True) -> None:
        """Write the session into the browser (again after a theme change: links take the
        palette's colour when the Markdown is read). Reads nothing from the store."""
        detail = self._detail
        if detail is None:
            return
        self.browser.show_markdown(
            session_markdown(
                detail,
                user_zone=self._user_zone,
                sample_label=self._sample_label,
                languages=content_language.preference(),
                explain=content_language.fallback_explanation,
            ),
            keep_scroll=keep_scroll,
        )
        self._show_links()

    def _show_links(self) -> None:
        """The menu of the text's links, its count on the button."""
        self.links_button.show_links(self.browser.document())
        count = len(self.links_button.links)
        self.links_button.setText(
            self.tr("%n link in the text", "", count)
            if is_singular(count)
            else self.tr("%n links in the text", "", count)
        )
        self.links_button.setAccessibleName(
            self.tr("%n link in the session details", "", count)
            if is_singular(count)
            else self.tr("%n links in the session details", "", count)
        )

    def _browser_hinted_name(self) -> str:
        """The text's name with how to read it, for its first focus (its links: when any)."""
        if self.links_button.links:
            return self.tr(
                "Session details. Read with the arrow keys; its links are in the button after it"
            )
        return self.tr("Session details. Read with the arrow keys")

    def _describe_link(self, link: TextLink) -> str:
        """A link's words in the menu: what it opens ("" for a badge: the legend says it)."""
        url = QUrl(link.href)
        scheme = url.scheme().lower()
        if scheme == LANGUAGE_SCHEME:
            return ""
        if scheme == PRESENTER_SCHEME:
            return self.tr("Presenter: {0}").format(link.text)
        if scheme == CASE_STUDY_SCHEME:
            return self.tr("Case study: {0}").format(link.text)
        address = url.toDisplayString()
        if scheme == "mailto":
            return self.tr("E-mail {0}").format(url.path())
        if link.text and link.text not in (address, link.href):
            return self.tr("{text} ({site})").format(text=link.text, site=url.host() or address)
        return f"{link.context} {address}" if link.context else address

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        # Not now: the theme is still being applied. A turn later, once (and only while shown:
        # a closed window's store may be gone).
        if event.type() == QEvent.Type.PaletteChange and self._detail is not None:
            self._palette_changed = True
            if self.isVisible():
                self._rerender_timer.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._palette_changed:
            self._rerender_timer.start()

    def _rerender(self) -> None:
        if self._palette_changed and self._detail is not None and self.isVisible():
            self._palette_changed = False
            self._render()

    def reload(self) -> None:
        if self.session_id is not None:
            try:
                self.show_session(self.session_id)
            except BriefingError:
                self.show_session(None)

    def _set_note_text(self, text: str) -> None:
        self.notes.blockSignals(True)
        self.notes.setPlainText(text)
        self.notes.blockSignals(False)
        self._saved_note = text

    def is_favourite(self) -> bool:
        """The ★ as the user set it (a change waiting for the lock shows at once)."""
        if self._detail is None:
            return False
        session = self._detail.session
        return self.favourites_waiting.get(session.id, session.favourite)

    def refresh_favourite(self) -> None:
        """The ★ (and the reminder choice that goes with it) show :meth:`is_favourite`."""
        self._update_favourite()
        self._update_reminder()

    def _update_favourite(self) -> None:
        favourite = self.is_favourite()
        self.favourite_button.setText(
            self.tr("★ In my agenda") if favourite else self.tr("☆ Add to my agenda")
        )
        self.favourite_button.setChecked(favourite)
        self._update_overlaps(favourite)

    def _update_overlaps(self, favourite: bool) -> None:
        """ "⚠ Overlaps: Title (10:00–11:00)" while the session shown is a favourite that
        clashes with another (the clashes My agenda and the Timeline flag)."""
        self.overlaps = []
        if favourite and self._detail is not None and self.session_id is not None:
            try:
                self.overlaps = overlapping_favourites(self.store, self.session_id)
            except BriefingError:  # the session went away meanwhile
                self.overlaps = []
        if not self.overlaps:
            self.overlap_label.hide()
            self.overlap_label.setText("")
            return
        zone_name = self._user_zone or local_zone_name()
        names = self.tr("; ").join(
            self.tr("{0} ({1})").format(
                content_language.session_title(other),
                hours_text(other.start, other.end, zone_name),
            )
            for other in self.overlaps
        )
        text = self.tr("⚠ Overlaps: {0}").format(names)
        self.overlap_label.setText(text)
        self.overlap_label.setAccessibleDescription(text)
        self.overlap_label.show()

    def _update_reminder(self) -> None:
        """Reminders are for favourites: the choice shows with the ★ and names the default."""
        detail = self._detail
        # Only for favourites still to come: nothing reminds of a session that has ended.
        shown = bool(detail and self.is_favourite() and detail.session.end > self.clock())
        self.reminder_box.setVisible(shown)
        if not shown or self.session_id is None:
            return
        default = reminder_minutes(self.store)
        default_text = duration_text(default) if default else self.tr("none")
        self.reminder_choice.setItemText(0, self.tr("Default ({0})").format(default_text))
        override = self._reminders_waiting.get(self.session_id) or self.store.reminder(
            self.session_id
        )
        wanted = (True, None) if override is None else override
        # A lead time set elsewhere (the CLI) is offered as it is, after the usual ones.
        while self.reminder_choice.count() > len(REMINDER_CHOICES):
            self.reminder_choice.removeItem(self.reminder_choice.count() - 1)
        del self._reminder_values[len(REMINDER_CHOICES) :]
        if wanted not in self._reminder_values:
            enabled, minutes = wanted
            label = (
                self.tr("{0} before").format(duration_text(minutes))
                if enabled and minutes
                else self.tr("No reminder")
            )
            self.reminder_choice.addItem(label)
            self._reminder_values.append(wanted)
        index = self._reminder_values.index(wanted)
        self.reminder_choice.setCurrentIndex(index)

    def _reminder_chosen(self, index: int) -> None:
        if self.session_id is None:
            return
        session_id = self.session_id
        choice = self._reminder_values[index]
        self._reminders_waiting[session_id] = choice

        def done(_result: object) -> None:
            if self._reminders_waiting.get(session_id) == choice:
                del self._reminders_waiting[session_id]
            self.reminder_changed.emit(session_id)

        def failed(exc: BriefingError) -> None:
            self._reminders_waiting.pop(session_id, None)
            self.join_hint.setText(
                self.tr("Could not save the reminder: {0}").format(error_text(exc))
            )
            self.join_hint.setVisible(True)
            self._update_reminder()

        enabled, minutes = choice
        self.writes.submit(
            ("reminder", session_id),
            lambda store: store.set_reminder(session_id, enabled=enabled, minutes_before=minutes),
            done,
            failed,
        )

    def _update_join(self) -> None:
        self._update_feedback()
        detail = self._detail
        if detail is None or not detail.session.join_url:
            self.join_button.setVisible(False)
            self.join_hint.setVisible(False)
            return
        self.join_button.setVisible(True)
        now = self.clock()
        is_open = join_window_open(detail, now)
        self.join_button.setEnabled(is_open)
        s = detail.session
        if is_open:
            hint = ""
        elif s.is_cancelled:
            hint = self.tr("This session is cancelled.")
        elif now >= s.end:
            hint = self.tr("This session has ended.")
        else:
            hint = self.tr("Joining opens 15 minutes before the start.")
        self.join_hint.setText(hint)
        self.join_hint.setVisible(bool(hint))

    def _update_feedback(self) -> None:
        """Feedback shows once the session has ended, for a web link (http, https) only."""
        detail = self._detail
        shown = bool(
            detail is not None
            and detail.feedback_url
            and not detail.session.is_cancelled
            and self.clock() >= detail.session.end
            and openable(detail.feedback_url, mailto=False) is not None
        )
        self.feedback_button.setVisible(shown)
        if shown and detail is not None:
            self.feedback_button.setToolTip(detail.feedback_url)

    # ---- actions ------------------------------------------------------------
    def give_feedback(self) -> bool:
        """Open the feed's feedback form (web links only)."""
        detail = self._detail
        if detail is None or openable(detail.feedback_url, mailto=False) is None:
            return False
        if open_link(detail.feedback_url, mailto=False):
            return True
        self.link_refused.emit(not_opened_text(detail.feedback_url))
        return False

    def join(self) -> None:
        detail = self._detail
        if (
            detail is not None
            and detail.session.join_url
            and self._open_allowed(detail.session.join_url)
        ):
            self.joined.emit(detail.session.id)

    def _link_clicked(self, url: QUrl) -> None:
        scheme, target = url.scheme().lower(), url.path()
        if scheme == PRESENTER_SCHEME and target.isdigit():
            self.presenter_activated.emit(int(target))
        elif scheme == CASE_STUDY_SCHEME and target.isdigit():
            self.case_study_activated.emit(int(target))
        elif scheme == LANGUAGE_SCHEME:  # a badge: say what it means where it is
            QToolTip.showText(
                QCursor.pos(), content_language.fallback_explanation(target), self.browser
            )
        else:
            self.open_link(url)

    def open_link(self, url: QUrl) -> bool:
        """Open an http, https or mailto link; say why any other is not opened."""
        refusal = link_refusal(url)
        if not refusal:
            return self._open_allowed(url)
        logger.warning("Refused to open link with scheme %r", url.scheme())
        self.link_refused.emit(refusal)
        return False

    def _open_allowed(self, url: QUrl | str) -> bool:
        """Hand *url* to the system (the one opener); say so when nothing could open it."""
        if open_link(url):
            return True
        self.link_refused.emit(not_opened_text(url))
        return False

    def _request_followup(self) -> None:
        if self.session_id is not None:
            self.followup_requested.emit(self.session_id)

    def _toggle_favourite(self) -> None:
        if self._detail is not None:
            self.favourite_toggled.emit(self._detail.session.id, not self.is_favourite())

    def export_to(self, path: Path) -> None:
        """Write this session as an .ics invite."""
        if self.session_id is None:
            return
        sessions = self.store.export_sessions(
            session_ids=[self.session_id], languages=content_language.preference()
        )
        from briefing_app.calendar.export import calendar_bytes  # icalendar loads when used

        write_atomically(path, calendar_bytes(sessions, alarm_minutes=reminder_minutes(self.store)))

    def _choose_calendar_file(self) -> None:
        if self._detail is None:
            return
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in self._detail.session.title)
        from briefing_app.ui.dialogs.export import remember_chosen, start_in

        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Add to calendar"),
            start_in(f"{safe[:60].strip() or 'session'}.ics"),
            self.tr("Calendar (*.ics)"),
        )
        if name:
            remember_chosen(name)
            try:
                self.export_to(Path(name))
            except OSError as exc:
                self.join_hint.setText(
                    self.tr("Could not write {0}: {1}").format(name, exc.strerror or exc)
                )
                self.join_hint.setVisible(True)

    # ---- notes --------------------------------------------------------------
    def _note_edited(self) -> None:
        self._save_timer.start()

    def save_note(self) -> None:
        """Store the note if it changed (debounced while typing; at once on leaving).

        Never waits for the lock: while another writer (a sync) holds it, the
        text waits in the write queue and in a draft file, and stays in the editor.
        """
        self._save_timer.stop()
        if self.session_id is None:
            return
        text = self.notes.toPlainText()
        if text == self._saved_note:  # stored, or already on its way
            return
        self._store_note(self.session_id, text, base=self._saved_note)

    def restore_note(self, session_id: int, text: str, base: str | None) -> None:
        """A draft left by an earlier run (closed or killed during a sync): store it now.

        *base* is the stored text it was typed over: if the note changed since,
        that text goes to the note's history and the user is told, as always.
        """
        if session_id == self.session_id:
            self._set_note_text(text)
        self._store_note(session_id, text, base=base)

    def retry_unsaved_notes(self) -> None:
        """Try again to store every note the store refused (Retry in the banner)."""
        for session_id, unsaved in list(self._unsaved_notes.items()):
            if session_id == self.session_id:
                self.save_note()
            else:
                self._store_note(session_id, unsaved.text, base=unsaved.base)

    def unsaved_notes(self) -> dict[int, str]:
        """The notes the store refused and has not taken since, by session."""
        return {session_id: note.text for session_id, note in self._unsaved_notes.items()}

    def note_waiting(self, session_id: int) -> bool:
        """True while a note of *session_id* waits for another writer's lock."""
        return session_id in self._queued_notes

    def _store_note(self, session_id: int, text: str, *, base: str | None) -> None:
        self._unsaved_notes.pop(session_id, None)  # tried again now: kept again if refused
        queued = self._queued_notes.get(session_id)
        if queued is None:
            queued = self._queued_notes[session_id] = _QueuedNote(text, base or "")
        else:
            queued.text = text
        if session_id == self.session_id:
            self._saved_note = text

        def work(store: Store) -> bool:  # on the GUI thread, or the queue's thread
            # Over the text this window started from or wrote last: anything else in
            # the store was written elsewhere and goes to the note's history.
            conflict = store.set_note(session_id, text, expected=queued.base)
            queued.base = text
            return conflict

        def waiting() -> None:  # keep the text safe until the store has it
            self.drafts.save_session_note(session_id, text, expected=queued.base)
            if session_id == self.session_id:
                self._show_note_state()

        self.writes.submit(
            ("session-note", session_id),
            work,
            partial(self._note_stored, session_id, text),
            partial(self._note_failed, session_id, text),
            waiting,
        )

    def _note_stored(self, session_id: int, text: str, conflict: bool) -> None:
        queued = self._queued_notes.get(session_id)
        if queued is not None and queued.text == text:  # nothing newer waits
            del self._queued_notes[session_id]
            self.drafts.remove(SESSION_NOTE, session_id)
        self.note_saved.emit(session_id)
        if session_id != self.session_id:
            if conflict:
                logger.info("Note of session %s was also changed elsewhere", session_id)
            return
        if conflict:
            logger.info("Note of session %s was also changed elsewhere", session_id)
            self.notes_label.setText(self.tr("My &notes (saved; the other version is in History)"))
            self._update_history_button()
            self.note_conflict.emit(session_id)
        elif session_id not in self._queued_notes:
            self.notes_label.setText(self.tr("My &notes (saved)"))

    def _note_failed(self, session_id: int, text: str, exc: BriefingError) -> None:
        """Not the lock (that is waited out): the session is gone, the disk is full, ...

        The text stays in the editor (also after switching sessions and back), here
        until the store takes it, and in its draft if the disk has room for one
        (restored at the next start). The next keystroke, leaving, or Retry tries again.
        """
        queued = self._queued_notes.pop(session_id, None)
        base = queued.base if queued is not None else ""
        if queued is not None and queued.text != text:
            text = queued.text  # a newer text was waiting behind this one: keep that
        self._unsaved_notes[session_id] = _QueuedNote(text, base)
        self.drafts.save_session_note(session_id, text, expected=base)  # never raises
        logger.error("Could not save the note of session %s: %s", session_id, exc)
        if session_id == self.session_id:
            self._saved_note = base  # the next keystroke or leaving tries again
            self.notes_label.setText(
                self.tr("My &notes (not saved: {0})").format(error_text(exc).replace("&", "&&"))
            )
        self.note_failed.emit(session_id, error_text(exc))

    def _show_note_state(self) -> None:
        if self.session_id is not None and self.session_id in self._queued_notes:
            self.notes_label.setText(
                self.tr("My &notes (saving… the database is busy: a sync is running)")
            )
        elif self.session_id is not None and self.session_id in self._unsaved_notes:
            self.notes_label.setText(self.tr("My &notes (not saved yet: your text is kept here)"))
        else:
            self.notes_label.setText(self.tr("My &notes"))
