"""The detail pane never needs a horizontal scroll bar nor cuts its buttons (review 10,
item 5): a favourite to come with a join link and reminders, at the window's default size
(1280×800) and at 960×540, in English and French, and after a narrow pane was remembered."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QScrollArea, QWidget
from pytestqt.qtbot import QtBot
from support.live_feed import live_feed_file
from support.windows import close_windows, open_window

from briefing_app.feeds import parse_feed
from briefing_app.store import Store
from briefing_app.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _closed() -> Iterator[None]:
    yield
    close_windows()


def _budget_window(
    qtbot: QtBot, store: Store, tmp_path: Path, size: tuple[int, int]
) -> tuple[MainWindow, int]:
    path = live_feed_file(tmp_path)
    store.import_feed(str(path), parse_feed(path.read_bytes()))
    budget = store.find_session("budget").id
    store.set_favourite(budget)
    window = open_window(qtbot, store)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.model.session_count() > 6)
    assert window.select_session(budget)
    window.detail_panel.show_session(budget)
    qtbot.waitUntil(window.detail_panel.browser.isVisible)
    for _ in range(3):
        QApplication.processEvents()
    return window, budget


def _assert_fits(window: MainWindow) -> None:
    panel = window.detail_panel
    scroll = panel.parentWidget().parentWidget()
    assert isinstance(scroll, QScrollArea)
    assert not scroll.horizontalScrollBar().isVisible()
    view = scroll.viewport()
    assert panel.width() <= view.width(), (panel.width(), view.width())
    assert panel.join_hint.isVisible() and panel.reminder_choice.isVisible()
    controls: list[QWidget] = [
        w
        for w in panel.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QComboBox) and w.isVisible()
    ]
    assert len(controls) > 8
    for control in controls:
        right = control.mapTo(view, QPoint(control.width(), 0)).x()
        assert right <= view.width(), control.text() if hasattr(control, "text") else control
    hint = panel.join_hint
    assert hint.mapTo(view, QPoint(hint.width(), 0)).x() <= view.width()


@pytest.mark.parametrize("language", ["C.UTF-8", "fr_CA.UTF-8"])
@pytest.mark.parametrize("size", [(1280, 800), (960, 540)])
def test_a_favourite_to_come_with_a_join_link_fits_its_column(
    qtbot: QtBot,
    sample_store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    size: tuple[int, int],
) -> None:
    monkeypatch.setenv("LANG", language)
    window, _budget = _budget_window(qtbot, sample_store, tmp_path, size)
    assert window.detail_panel.join_hint.text()
    _assert_fits(window)


def test_a_narrow_pane_remembered_is_widened_to_what_it_needs(
    qtbot: QtBot, sample_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    window, _budget = _budget_window(qtbot, sample_store, tmp_path, (1280, 800))
    window.sessions.setSizes([980, 300])  # the review's pane after a restart
    for _ in range(3):
        QApplication.processEvents()
    _assert_fits(window)
