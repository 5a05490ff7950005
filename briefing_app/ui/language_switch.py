"""Switching the window's language without a restart: a new window takes the open one's place.

The window is rebuilt rather than retranslated (``QEvent.LanguageChange`` in every view):
every string, every model's header and every date a ``QLocale`` formatted is then made by
the same code that makes it at start, so a view cannot be left half in the old language
because it forgot a ``retranslateUi``, and a view added later needs nothing to follow.
What the user was doing is carried over (:class:`WindowPlace`): the size and position, the
open tab, the list's search, filters, sort, selection and scroll, the case study shown.
What was typed is saved first, the way closing the window saves it (notes and edits to the
store, or to drafts while another writer holds the lock: the new window stores those).
The switch waits while the window's own work runs (a sync, an import), which reports to it.

Dialogs: the switch follows Settings › OK, and Settings is window-modal, so no other
window-modal dialog (Export, Pack, a follow-up…) can be open then: they block the menus
that open Settings. A non-modal dialog can (View › My attendance): each one listed in
:data:`REOPENED` is reopened on the new window, in the new language, where it was (its
geometry and what its ``place()`` gives back to ``return_to()``). Any other dialog a
switch started by other means finds open closes with the old window (logged).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QDialog

from briefing_app.ui.language import wanted
from briefing_app.ui.sessions.tab import ListPlace
from briefing_app.usecases import settings as app_settings

if TYPE_CHECKING:
    from briefing_app.ui.main_window import MainWindow

logger = logging.getLogger(__name__)

#: While the window's own work runs, the switch is tried again this often.
RETRY_MS = 500


#: Non-modal dialogs a switch reopens: the class name → the window's method opening it.
REOPENED = {"AttendanceDialog": "open_attendance"}


@dataclass(frozen=True)
class DialogPlace:
    """An open dialog, to be opened again on the new window where it was."""

    opener: str
    geometry: QByteArray
    state: object

    @classmethod
    def of(cls, dialog: QDialog) -> DialogPlace:
        place = getattr(dialog, "place", None)
        return cls(
            REOPENED[type(dialog).__name__],
            dialog.saveGeometry(),
            place() if callable(place) else None,
        )

    def reopen(self, window: MainWindow) -> QDialog:
        dialog: QDialog = getattr(window, self.opener)()
        dialog.restoreGeometry(self.geometry)
        return_to = getattr(dialog, "return_to", None)
        if callable(return_to):
            return_to(self.state)
        return dialog


def open_dialogs(window: MainWindow) -> list[QDialog]:
    """The dialogs shown on *window* (its children), in the order they were made."""
    return [d for d in window.findChildren(QDialog) if d.isVisible() and d.parent() is not None]


@dataclass(frozen=True)
class WindowPlace:
    """What the user sees and does in a window, to be taken up by the one replacing it."""

    geometry: QByteArray
    state: Qt.WindowState
    tab: int
    list_place: ListPlace
    case_study_id: int | None
    dialogs: tuple[DialogPlace, ...] = ()

    @classmethod
    def of(cls, window: MainWindow) -> WindowPlace:
        case_study_id = None
        if "case_studies" in window._built_tabs:
            case = window.case_studies.current_case()
            case_study_id = case.id if case is not None else None
        dialogs = []
        for dialog in open_dialogs(window):
            if type(dialog).__name__ in REOPENED and not dialog.isModal():
                dialogs.append(DialogPlace.of(dialog))
            else:
                logger.info("%s closes with the window (not reopened)", type(dialog).__name__)
        return cls(
            window.saveGeometry(),
            window.windowState(),
            window.tabs.currentIndex(),
            window.sessions.place(),
            case_study_id,
            tuple(dialogs),
        )

    def give(self, window: MainWindow) -> None:
        """Put *window* where the user was (before it is shown)."""
        window.restoreGeometry(self.geometry)
        window.setWindowState(self.state)
        window.sessions.return_to(self.list_place)
        if self.case_study_id is not None:
            window.case_studies.show_case_study(self.case_study_id)
        window.tabs.setCurrentIndex(self.tab)

    def reopen_dialogs(self, window: MainWindow) -> list[QDialog]:
        """Open on *window* (shown) the dialogs that were open, where they were."""
        return [place.reopen(window) for place in self.dialogs]


def language_changed(window: MainWindow) -> bool:
    """True if the language setting asks for another language or locale than *window*'s."""
    return wanted(app_settings.language(window.store)) != window.language


def busy(window: MainWindow) -> bool:
    """True while work of the window's own reports to it (a sync, an import, agenda.ics)."""
    return window.tasks.busy or window.agenda_writer.busy


def switch_language(window: MainWindow) -> MainWindow | None:
    """Replace *window* by a new one in the language of the setting; return it.

    None: nothing to switch, or the window's work runs (the switch follows its end).
    """
    if not language_changed(window) or window.store.closed:
        return None
    if busy(window):
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "The language changes once the current task has finished."
            ),
            RETRY_MS * 2,
        )
        QTimer.singleShot(RETRY_MS, window, lambda: switch_language(window))
        return None
    from briefing_app.ui.main_window import MainWindow

    place = WindowPlace.of(window)
    for dialog in open_dialogs(window):  # else on screen until the old window is deleted
        dialog.close()
    window.shut_down()  # what closing does: typed text saved, state remembered, threads stopped
    new = MainWindow(window.store, settings=window.settings)
    place.give(new)
    new.show()
    place.reopen_dialogs(new)
    logger.info("The window was rebuilt in %s", new.language.language)
    window.replaced.emit(new)
    window.close()
    window.deleteLater()
    return new
