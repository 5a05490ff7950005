"""What the window fault tests share: the windows they open, and the crash-dialog guard.

A window follows its store (the write queue's thread, a search answered late):
every window a test opened is deleted before the store it shows is closed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from briefing_app.store import Store
from briefing_app.ui import crash
from briefing_app.ui.main_window import MainWindow

#: The windows tests opened, deleted by :func:`close_windows`.
_windows: list[MainWindow] = []


def open_window(qtbot: QtBot, store: Store) -> MainWindow:
    """A shown main window on *store* (past sessions listed), closed by :func:`close_windows`."""
    window = MainWindow(store)
    _windows.append(window)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_past.setChecked(True)
    return window


def close_main_windows() -> None:
    """Close and delete every main window still open, however it was made (one a language
    switch replaced is deleted already)."""
    import shiboken6
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and shiboken6.isValid(widget):
            widget.close()
            widget.deleteLater()


def close_windows() -> None:
    """Close and delete every window :func:`open_window` made (before their stores close)."""
    while _windows:
        window = _windows.pop()
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


@contextmanager
def crash_dialogs_fail(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Record crash dialogs instead of showing them; fail when the block showed any."""
    shown: list[str] = []
    monkeypatch.setattr(crash, "_reported", set())
    monkeypatch.setattr(crash, "_showing", False)
    monkeypatch.setattr(crash, "_show", lambda text, _details: shown.append(text))
    yield shown
    assert not shown, f"a crash dialog showed: {shown}"
