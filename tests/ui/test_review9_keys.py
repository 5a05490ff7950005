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


def test_tab_reaches_the_sample_notices_link_and_enter_opens_add_feed(
    qtbot: QtBot, sample_store: Store
) -> None:
    """The review: "Add your event's feed…" in the notice above the list was skipped by Tab."""
    from support.a11y import focus_chain

    window = open_window(qtbot, sample_store)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    tab = window.sessions
    assert tab.notice.isVisible() and "add-feed" in tab.notice.text()
    chain = focus_chain(window, tab.search)
    assert tab.notice in chain
    assert chain.index(tab.notice) < chain.index(tab.table)  # where it is on screen
    before = chain[chain.index(tab.notice) - 1]
    before.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(before.hasFocus)
    qtbot.keyClick(before, Qt.Key.Key_Tab)  # as the user: Tab onto it focuses its link
    qtbot.waitUntil(tab.notice.hasFocus)
    qtbot.keyClick(tab.notice, Qt.Key.Key_Tab)  # Tab again: onto its link (as in a browser)
    assert tab.notice.hasFocus() and tab.notice.selectedText() == "Add your event's feed…"
    with qtbot.waitSignal(tab.add_feed_requested, timeout=5000):
        qtbot.keyClick(tab.notice, Qt.Key.Key_Return)
