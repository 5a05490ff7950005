"""The keyboard (issue 17): where focus starts, switching tabs, Now & next's order.

What a user who does not use a mouse meets first: the window opens with the focus on
something useful (and visibly so), Ctrl+PageDown/PageUp switch tabs as in any tabbed
window without taking keys from the control that has the focus.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from support.a11y import focus_chain, focusable, order_breaks
from support.windows import close_windows, open_window

from briefing_app.store import Store
from briefing_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: Any, sample_store: Store) -> Iterator[MainWindow]:
    win = open_window(qtbot, sample_store)
    win.searcher.wait()
    win.activateWindow()
    QCoreApplication.processEvents()
    yield win
    close_windows()


@pytest.fixture
def closing() -> Iterator[None]:
    """The windows a test opened are closed after it (before qtbot's own teardown)."""
    yield
    close_windows()


def _press(widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    QTest.keyClick(widget, key, modifier)
    QCoreApplication.processEvents()


def test_focus_starts_in_the_search_box_not_on_the_tab_bar(window: MainWindow) -> None:
    assert window.focusWidget() is window.search
    assert window.tabs.tabBar() is not window.focusWidget()


def test_focus_starts_in_the_first_control_of_the_tab_the_window_reopens_on(
    qtbot: Any, sample_store: Store, closing: None
) -> None:
    from PySide6.QtCore import QSettings

    QSettings().setValue("window/tab", 1)  # the Timeline was shown last
    again = open_window(qtbot, sample_store)
    QCoreApplication.processEvents()
    assert again.tabs.currentWidget() is again.timeline
    focused = again.focusWidget()
    assert focused is not None and again.timeline.isAncestorOf(focused), focused


def test_ctrl_page_down_and_up_switch_tabs_round_the_ends(window: MainWindow) -> None:
    count = window.tabs.count()
    assert window.tabs.currentIndex() == 0
    _press(window.search, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1
    focused = QApplication.focusWidget() or window
    _press(focused, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 0
    focused = QApplication.focusWidget() or window
    _press(focused, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == count - 1


def test_ctrl_page_down_in_a_table_switches_tabs_and_page_down_still_pages(
    window: MainWindow,
) -> None:
    table = window.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 1))
    QCoreApplication.processEvents()
    _press(table, Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier)
    assert window.tabs.currentIndex() == 0
    assert table.currentIndex().row() > 0  # the table's own key
    _press(table, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1


def test_page_down_in_the_timeline_changes_the_day_and_ctrl_page_down_the_tab(
    window: MainWindow,
) -> None:
    window.tabs.setCurrentWidget(window.timeline)
    timeline = window.timeline
    timeline.canvas.setFocus()
    QCoreApplication.processEvents()
    day = timeline._day
    _press(timeline.canvas, Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier)
    assert timeline._day != day and window.tabs.currentWidget() is timeline
    _press(timeline.canvas, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == window.tabs.indexOf(timeline) + 1


def test_now_and_next_tabs_through_each_list_before_the_buttons_under_them(
    window: MainWindow,
) -> None:
    view = window.now_next
    window.tabs.setCurrentWidget(view)
    QCoreApplication.processEvents()
    for button in (view.open_button, view.join_button):
        button.setEnabled(True)  # as with a session chosen (the sample's are past)
    chain = focus_chain(view, focusable(view)[0])
    inside = [w for w in chain if view.isAncestorOf(w)]
    assert inside == [view.now_list, view.next_list, view.open_button, view.join_button]
    assert not order_breaks(window, inside)
    # What the walker says of the order the view had: buttons first, lists after.
    assert order_breaks(window, [view.open_button, view.join_button, view.now_list])
