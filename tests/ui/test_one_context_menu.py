"""The session list's context menu is one menu: share, attendance and hide (issue 16).

Found in a real X window: a right-click (or the Menu key) opened the share actions' menu
and, over it, a second one with "Hide this track" of its own, covering "Copy session as
invite"; Escape closed one and left the other on screen.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot
from support.orgs import orgs_feed

from briefing_app.store import Store
from briefing_app.ui.main_window import MainWindow


def _close_popups() -> None:
    """A menu run by exec() would block the test: close every popup."""
    while (popup := QApplication.activePopupWidget()) is not None:
        popup.close()


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_a_right_click_opens_one_menu_with_the_hide_actions(qtbot: QtBot, store: Store) -> None:
    store.import_feed("file:///orgs.json", orgs_feed(logo_url=""))
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_past.setChecked(True)
    talk0 = store.session(store.find_session("s0").id)
    qtbot.waitUntil(lambda: window.select_session(talk0.id))
    table = window.sessions.table
    index = table.currentIndex()
    at = table.visualRect(index).center()
    menus: list[QMenu] = []

    def look() -> None:
        menus.extend(
            widget
            for widget in QApplication.topLevelWidgets()
            if isinstance(widget, QMenu) and widget.isVisible()
        )
        _close_popups()

    QTimer.singleShot(200, look)
    table.customContextMenuRequested.emit(at)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None and bool(menus))
    assert len(menus) == 1
    labels = [action.text() for action in menus[0].actions() if not action.isSeparator()]
    assert "&Copy session as text" in labels
    assert "Mark &attended" in labels
    assert labels[-2:] == ["&Hide this track (“Data”)", "Hide this &room (“Room A”)"]
    menus[0].actions()[-2].trigger()
    qtbot.waitUntil(lambda: store.hidden_names().tracks == ("Data",))
