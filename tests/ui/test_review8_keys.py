"""Keys from the French review (item 21): Ctrl+E exports from the search box, Escape closes
the non-modal pre-reads and attendance dialogs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from support.windows import close_windows, open_window

from briefing_app.store import Store
from briefing_app.ui.widgets.shortcuts import ActionKeysFirst

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture(autouse=True)
def _closed() -> Iterator[None]:
    yield
    close_windows()


def _escape_closes(qtbot: QtBot, dialog: QDialog) -> None:
    # Opened active (on X11 the keys went on to the main window: Escape did nothing).
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    focused = QApplication.focusWidget() or dialog
    assert focused is dialog or dialog.isAncestorOf(focused)
    qtbot.keyClick(focused, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


@pytest.mark.parametrize("opener", ["open_attendance", "open_prereads"])
def test_escape_closes_the_non_modal_dialog(qtbot: QtBot, sample_store: Store, opener: str) -> None:
    window = open_window(qtbot, sample_store)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # the user works in it
    dialog = getattr(window, opener)()
    qtbot.waitExposed(dialog)
    _escape_closes(qtbot, dialog)


class _ClaimingField(QLineEdit):
    """A field that claims every shortcut key, as a QLineEdit does Ctrl+E on X11."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        return super().event(event)


def test_an_action_s_key_goes_to_the_action_from_a_field_that_claims_it(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    field, other = _ClaimingField(), _ClaimingField()
    layout.addWidget(field)
    layout.addWidget(other)
    action = QAction("Export", window)
    action.setShortcut(QKeySequence("Ctrl+E"))
    window.addAction(action)
    fired: list[bool] = []
    action.triggered.connect(lambda: fired.append(True))
    field.installEventFilter(ActionKeysFirst([action], field))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    other.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is other)
    qtbot.keyClick(other, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert fired == []  # the claiming field took it: what the search box did
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert fired == [True]
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert fired == [True]  # the field's other keys stay the field's


def test_ctrl_e_in_the_search_box_opens_the_export(qtbot: QtBot, sample_store: Store) -> None:
    window = open_window(qtbot, sample_store)
    opened: list[bool] = []
    window.export_action.triggered.disconnect()
    window.export_action.triggered.connect(lambda: opened.append(True))
    window.activateWindow()
    window.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search)
    qtbot.keyClicks(window.search, "bud")
    qtbot.keyClick(window.search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert opened == [True]
    assert window.search.text() == "bud"
    filters = list(window.search.findChildren(ActionKeysFirst))
    assert filters and window.export_action in filters[0].actions
