"""Switching the window's language without a restart: a new window takes the open one's place.

The window is rebuilt rather than retranslated (``QEvent.LanguageChange`` in every view):
every string, every model's header and every date a ``QLocale`` formatted is then made by
the same code that makes it at start, so a view cannot be left half in the old language
because it forgot a ``retranslateUi``, and a view added later needs nothing to follow.
What the user was doing is carried over (:class:`WindowPlace`): the size and position, the
open tab, the list's search, filters, sort, selection and scroll, the case study shown,
and the keyboard: the new window is activated and the control that had the focus has it
again (found by its place among its parent's children, or the tab's first control).
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

from PySide6.QtCore import QByteArray, QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from briefing_app.ui.language import wanted
from briefing_app.ui.sessions.tab import ListPlace
from briefing_app.usecases import settings as app_settings

if TYPE_CHECKING:
    from briefing_app.ui.main_window import MainWindow

logger = logging.getLogger(__name__)

#: While the window's own work runs, the switch is tried again this often.
RETRY_MS = 500
#: The focused control's pane may be built after the new window shows: looked for this often.
FOCUS_RETRY_MS = 100
FOCUS_TRIES = 20


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


#: A step to a child: its class, object name and rank among its siblings of that class.
FocusStep = tuple[str, str, int]


def focus_path(window: QWidget) -> tuple[FocusStep, ...] | None:
    """Where *window*'s focused control is, from the window down (None: no control had it)."""
    widget = window.focusWidget()
    steps: list[FocusStep] = []
    while widget is not None and widget is not window:
        parent = widget.parentWidget()
        if parent is None:  # in another window (a dialog)
            return None
        kind = type(widget).__name__
        siblings = [c for c in parent.children() if type(c).__name__ == kind]
        steps.append((kind, widget.objectName(), siblings.index(widget)))
        widget = parent
    return tuple(reversed(steps)) if widget is window and steps else None


def find_focus(window: QWidget, path: tuple[FocusStep, ...]) -> QWidget | None:
    """The control at *path* in *window* (built by the same code), or None."""
    widget: QWidget = window
    for kind, name, rank in path:
        siblings = [
            c for c in widget.children() if type(c).__name__ == kind and isinstance(c, QWidget)
        ]
        named = [c for c in siblings if name and c.objectName() == name]
        if named:
            widget = named[0]
        elif rank < len(siblings):
            widget = siblings[rank]
        else:
            return None
    return widget if widget is not window else None


def _takes_focus(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    )


def first_control(window: MainWindow) -> QWidget | None:
    """The current tab's first control that takes the keyboard focus."""
    tab: QWidget = window.tabs.currentWidget()
    return next((w for w in tab.findChildren(QWidget) if _takes_focus(w)), None)


@dataclass(frozen=True)
class WindowPlace:
    """What the user sees and does in a window, to be taken up by the one replacing it."""

    geometry: QByteArray
    state: Qt.WindowState
    tab: int
    list_place: ListPlace
    case_study_id: int | None
    dialogs: tuple[DialogPlace, ...] = ()
    #: The window's frame's top left (``pos()``): put back after showing, as X11 moves it.
    position: QPoint | None = None
    focus: tuple[FocusStep, ...] | None = None

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
            window.pos(),
            focus_path(window),
        )

    def give(self, window: MainWindow) -> None:
        """Put *window* where the user was (before it is shown)."""
        window.restoreGeometry(self.geometry)
        window.setWindowState(self.state)
        window.sessions.return_to(self.list_place)
        if self.case_study_id is not None:
            window.case_studies.show_case_study(self.case_study_id)
        window.tabs.setCurrentIndex(self.tab)

    def take_up(self, window: MainWindow) -> None:
        """Once *window* is shown: its exact place, activated, the focus where it was."""
        normal = not self.state & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen)
        if normal and self.position is not None and window.pos() != self.position:
            window.move(self.position)
        window.raise_()
        window.activateWindow()
        if not self._focus(window):
            fallback = first_control(window)
            if fallback is not None:
                fallback.setFocus(Qt.FocusReason.OtherFocusReason)
            if self.focus is not None:  # a pane the new window builds late (the details)
                self._focus_later(window, fallback, FOCUS_TRIES)

    def _focus(self, window: QWidget) -> bool:
        target = find_focus(window, self.focus) if self.focus is not None else None
        if target is None or not _takes_focus(target):
            return False
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _focus_later(self, window: QWidget, fallback: QWidget | None, tries: int) -> None:
        def again() -> None:
            if QApplication.focusWidget() is not fallback:  # the user moved on
                return
            if not self._focus(window) and tries > 1:
                self._focus_later(window, fallback, tries - 1)

        QTimer.singleShot(FOCUS_RETRY_MS, window, again)

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
    place.take_up(new)
    place.reopen_dialogs(new)
    logger.info("The window was rebuilt in %s", new.language.language)
    window.replaced.emit(new)
    window.close()
    window.deleteLater()
    return new
