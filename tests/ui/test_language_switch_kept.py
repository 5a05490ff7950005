"""What a language switch must keep, found trying the app in a real X window (issue 17)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from briefing_app.store import Store
from briefing_app.ui.main_window import MainWindow
from briefing_app.usecases import settings

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture(autouse=True)
def _windows_closed() -> Iterator[None]:
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and shiboken6.isValid(widget):
            widget.close()
            widget.deleteLater()


def test_a_search_typed_over_the_first_run_card_keeps_the_details_across_a_switch(
    qtbot: QtBot, sample_store: Store
) -> None:
    window = MainWindow(sample_store)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.sessions.in_first_run())
    qtbot.keyClicks(window.search, "procurement")
    qtbot.waitUntil(lambda: not window.sessions.in_first_run() and window.model.session_count() > 1)
    second = window.model.session_id_at(1)
    assert window.select_session(second)
    qtbot.waitUntil(lambda: window.detail_panel.isVisible())
    settings.set_language(sample_store, "fr")
    french = window.switch_language()
    assert french is not None
    qtbot.waitUntil(lambda: french.current_session_id() == second)
    qtbot.waitUntil(lambda: french.detail_panel.isVisible(), timeout=3000)
    assert french.sessions.sizes()[1] > 100  # was 0: the details gone until dragged back
