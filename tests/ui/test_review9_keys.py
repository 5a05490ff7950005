"""Escape empties a view's search box (found by the session-9 review: it did nothing)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from support.windows import close_windows, open_window

from briefing_app.store import Store

pytestmark = pytest.mark.usefixtures("qapp")

VIEWS = ["sessions", "presenters", "case_studies", "organizations", "followups"]


@pytest.fixture(autouse=True)
def _closed() -> Iterator[None]:
    yield
    close_windows()


@pytest.mark.parametrize("name", VIEWS)
def test_escape_empties_a_views_search_box_and_then_leaves_the_window_alone(
    qtbot: QtBot, sample_store: Store, name: str
) -> None:
    window = open_window(qtbot, sample_store)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view = window.sessions if name == "sessions" else getattr(window, name)
    window.tabs.setCurrentWidget(view)
    search = view.search
    assert isinstance(search, QLineEdit)
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    qtbot.keyClicks(search, "procurement")
    assert search.text() == "procurement"
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == ""
    assert search.hasFocus()  # still there to type again
    qtbot.keyClick(search, Qt.Key.Key_Escape)  # empty: nothing to clear, nothing breaks
    assert window.isVisible() and search.text() == ""
