"""Share the selected sessions (issue 16): copy as text or as an invite, or save the invite.

The actions act on the session list's selection (several rows with Ctrl/Shift),
else its current row. They are the list's keyboard shortcuts (Ctrl+C copies as
text, Ctrl+Shift+C as an invite: only while the list has the focus, so the
questions' Ctrl+Shift+C keeps working there), its context menu, and the window's
Edit menu. What is written comes from :mod:`briefing_app.usecases.share`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractScrollArea, QFileDialog, QMenu, QWidget

from briefing_app.errors import BriefingError
from briefing_app.platform.fileutil import write_atomically
from briefing_app.ui import content_language
from briefing_app.ui.widgets.error_text import error_text
from briefing_app.usecases.share import ICS_MIME, sessions_ics, sessions_text
from briefing_app.util.i18n import is_singular

if TYPE_CHECKING:
    from briefing_app.store import Store

logger = logging.getLogger(__name__)

#: The list's shortcuts (while it has the focus).
COPY_TEXT_KEY = "Ctrl+C"
COPY_INVITE_KEY = "Ctrl+Shift+C"


class ShareActions(QObject):
    """Signals:
    error(str): sharing failed; the window shows it in its banner.
    shared(str): what was done ("Copied 2 sessions as text."), for the status bar.
    """

    error = Signal(str)
    shared = Signal(str)

    def __init__(
        self,
        store: Store,
        view: QWidget,
        selected: Callable[[], list[int]],
        reader_zone: Callable[[], str | None] = lambda: None,
    ) -> None:
        super().__init__(view)
        self.store = store
        self.view = view
        self.selected = selected
        self.reader_zone = reader_zone
        self.copy_text_action = self._action(
            self.tr("&Copy session as text"), COPY_TEXT_KEY, self.copy_text
        )
        self.copy_invite_action = self._action(
            self.tr("Copy session as &invite (.ics)"), COPY_INVITE_KEY, self.copy_invite
        )
        self.save_invite_action = self._action(
            self.tr("&Save session as invite…"), None, self.choose_invite_file
        )
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        #: Extra actions other features put in the context menu (below the share ones).
        self.more_actions: list[QAction] = []
        #: What other features add for the row clicked (the menu, the viewport's point).
        self.menu_parts: list[Callable[[QMenu, QPoint], None]] = []

    def actions(self) -> list[QAction]:
        return [self.copy_text_action, self.copy_invite_action, self.save_invite_action]

    def _action(self, text: str, key: str | None, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.view)
        if key:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.view.addAction(action)
        action.triggered.connect(lambda: slot())
        return action

    def _context_menu(self, at: QPoint) -> None:
        menu = self.context_menu(at)
        if menu is None:
            return
        # *at* is the viewport's, for a list (a scroll area): the menu opens at the row.
        area = self.view.viewport() if isinstance(self.view, QAbstractScrollArea) else self.view
        menu.popup(area.mapToGlobal(at))

    def context_menu(self, at: QPoint) -> QMenu | None:
        """The menu for the row at *at* (the viewport's point); None with nothing selected."""
        if not self.selected():
            return None
        menu = QMenu(self.view)
        for action in self.actions():
            menu.addAction(action)
        if self.more_actions:
            menu.addSeparator()
            for action in self.more_actions:
                menu.addAction(action)
        for part in self.menu_parts:
            part(menu, at)
        return menu

    # ---- what the actions do -------------------------------------------------------
    def copy_text(self) -> bool:
        ids = self.selected()
        try:
            text = sessions_text(
                self.store,
                ids,
                reader_zone=self.reader_zone(),
                translator=QCoreApplication.translate,
            )
        except BriefingError as exc:
            self.error.emit(self.tr("Could not copy: {0}").format(error_text(exc)))
            return False
        QGuiApplication.clipboard().setText(text)
        self.shared.emit(
            self.tr("Copied the session as text.")
            if is_singular(len(ids))
            else self.tr("Copied %n sessions as text.", "", len(ids))
        )
        return True

    def copy_invite(self) -> bool:
        ids = self.selected()
        try:
            data = sessions_ics(self.store, ids)
        except BriefingError as exc:
            self.error.emit(self.tr("Could not copy: {0}").format(error_text(exc)))
            return False
        mime = QMimeData()
        mime.setData(ICS_MIME, data)
        mime.setText(data.decode("utf-8"))  # for what takes text only
        QGuiApplication.clipboard().setMimeData(mime)
        self.shared.emit(
            self.tr("Copied the session as an invite.")
            if is_singular(len(ids))
            else self.tr("Copied %n sessions as an invite.", "", len(ids))
        )
        return True

    def choose_invite_file(self) -> None:
        ids = self.selected()
        if not ids:
            self.error.emit(self.tr("Select a session to share."))
            return
        name = "sessions.ics"
        if len(ids) == 1:
            try:
                shown = self.store.session(ids[0]).in_language(content_language.preference())
                title = shown.title  # the invite is in the user's language too
            except BriefingError:
                title = "session"
            name = (re.sub(r"[^\w\- ]+", "_", title)[:60].strip() or "session") + ".ics"
        from briefing_app.ui.dialogs.export import remember_chosen, start_in

        chosen, _filter = QFileDialog.getSaveFileName(
            self.view, self.tr("Save invite"), start_in(name), self.tr("Invite (*.ics)")
        )
        if chosen:
            remember_chosen(chosen)
            self.save_invite(Path(chosen))

    def save_invite(self, path: Path) -> bool:
        ids = self.selected()
        try:
            write_atomically(path, sessions_ics(self.store, ids))
        except BriefingError as exc:
            self.error.emit(self.tr("Could not save the invite: {0}").format(error_text(exc)))
            return False
        except OSError as exc:
            self.error.emit(self.tr("Could not write {0}: {1}").format(path, exc.strerror or exc))
            return False
        self.shared.emit(
            (
                self.tr("Saved the session to {0}.")
                if is_singular(len(ids))
                else self.tr("Saved %n sessions to {0}.", "", len(ids))
            ).format(path.name)
        )
        return True
