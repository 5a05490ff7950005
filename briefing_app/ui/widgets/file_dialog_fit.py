"""Qt's own file dialog shows its places ("Computer", the home folder) whole, in any language.

Qt keeps the width of the file dialog's sidebar for every Qt application of the user
(``FileDialog/sidebarWidth`` in ``QtProject.conf``) and gives it back as is the next
time a dialog opens. A width that held "Computer" (the English window, another Qt
program, a drag) cut the French "Ordinateur" to "Or…", and the dialog never widens
its sidebar for longer words. The 16 places that open a file dialog call Qt's static
functions (``QFileDialog.getSaveFileName`` …), which build the dialog out of reach, so
the widget dialog (offscreen, desktops without a native one) is caught when it first
takes the focus (``QApplication.focusChanged``: no filter on every event of the app)
and its sidebar widened to its widest place, at most a third of the dialog; Qt then
keeps that width. A native dialog has no sidebar of Qt's: nothing to do.

Installed with the QApplication, before the first paint: this module names no Qt class
until a file dialog shows (PySide builds a class's type, enums and all, when a module
first names it; see docs/architecture.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

#: Set on a dialog once its sidebar was fitted (the user may narrow it afterwards).
_FITTED = "briefingSidebarFitted"
#: Room beyond the widest entry, in pixels (the list's own margins vary by style).
_SLACK = 6


def fit_sidebar(dialog: QFileDialog) -> bool:
    """Widen *dialog*'s sidebar so that no place in it is cut; True if it changed."""
    from PySide6.QtWidgets import QListView, QSplitter

    sidebar = dialog.findChild(QListView, "sidebar")
    splitter = dialog.findChild(QSplitter, "splitter")
    if sidebar is None or splitter is None or sidebar.model() is None:
        return False
    if splitter.count() < 2:
        return False
    widest = sidebar.sizeHintForColumn(0)
    if sidebar.verticalScrollBar().isVisible():
        widest += sidebar.verticalScrollBar().width()
    needed = min(widest + 2 * sidebar.frameWidth() + _SLACK, splitter.width() // 3)
    sizes = splitter.sizes()
    if sizes[0] >= needed:
        return False
    sizes[1] -= needed - sizes[0]
    sizes[0] = needed
    splitter.setSizes(sizes)
    return True


def _focus_changed(_old: QWidget | None, new: QWidget | None) -> None:
    if new is None:
        return
    window = new.window()
    if window.inherits("QFileDialog") and not window.property(_FITTED):
        from PySide6.QtWidgets import QFileDialog

        window.setProperty(_FITTED, True)
        if isinstance(window, QFileDialog):
            fit_sidebar(window)


def install(app: QApplication) -> None:
    """Fit the sidebar of every file dialog *app* shows from now on."""
    app.focusChanged.connect(_focus_changed)
