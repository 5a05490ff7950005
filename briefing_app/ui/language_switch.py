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
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTimer

from briefing_app.ui.language import wanted
from briefing_app.ui.sessions.tab import ListPlace
from briefing_app.usecases import settings as app_settings

if TYPE_CHECKING:
    from briefing_app.ui.main_window import MainWindow

logger = logging.getLogger(__name__)

#: While the window's own work runs, the switch is tried again this often.
RETRY_MS = 500


@dataclass(frozen=True)
class WindowPlace:
    """What the user sees and does in a window, to be taken up by the one replacing it."""

    geometry: QByteArray
    state: Qt.WindowState
    tab: int
    list_place: ListPlace
    case_study_id: int | None

    @classmethod
    def of(cls, window: MainWindow) -> WindowPlace:
        case_study_id = None
        if "case_studies" in window._built_tabs:
            case = window.case_studies.current_case()
            case_study_id = case.id if case is not None else None
        return cls(
            window.saveGeometry(),
            window.windowState(),
            window.tabs.currentIndex(),
            window.sessions.place(),
            case_study_id,
        )

    def give(self, window: MainWindow) -> None:
        """Put *window* where the user was (before it is shown)."""
        window.restoreGeometry(self.geometry)
        window.setWindowState(self.state)
        window.sessions.return_to(self.list_place)
        if self.case_study_id is not None:
            window.case_studies.show_case_study(self.case_study_id)
        window.tabs.setCurrentIndex(self.tab)


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
    window.shut_down()  # what closing does: typed text saved, state remembered, threads stopped
    new = MainWindow(window.store, settings=window.settings)
    place.give(new)
    new.show()
    logger.info("The window was rebuilt in %s", new.language.language)
    window.replaced.emit(new)
    window.close()
    window.deleteLater()
    return new
