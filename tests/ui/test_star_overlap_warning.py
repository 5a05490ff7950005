"""Starring a session that overlaps another favourite says so where it was starred (review
10, item 10): a ⚠ line in the detail pane, named for a screen reader, and a status-bar
message; the clash is the one My agenda flags (one overlap logic)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from support.live_feed import live_feed_file
from support.windows import close_windows, open_window

from briefing_app.feeds import parse_feed
from briefing_app.store import Store
from briefing_app.ui.main_window import MainWindow
from briefing_app.usecases import settings


@pytest.fixture(autouse=True)
def _closed() -> Iterator[None]:
    yield
    close_windows()


def _window(qtbot: QtBot, store: Store, tmp_path: Path) -> MainWindow:
    path = live_feed_file(tmp_path)
    store.import_feed(str(path), parse_feed(path.read_bytes()))
    store.set_favourite(store.find_session("budget").id)
    window = open_window(qtbot, store)
    qtbot.waitUntil(lambda: window.model.session_count() > 6)
    return window


def _star(qtbot: QtBot, window: MainWindow, session_id: int) -> None:
    assert window.select_session(session_id)
    window.detail_panel.show_session(session_id)
    assert window.detail_panel.overlap_label.isHidden()  # not a favourite yet: no clash
    with qtbot.waitSignal(window.favourite_toggled, timeout=5000):
        window.detail_panel.favourite_button.click()


def test_starring_a_clashing_session_warns_in_the_pane_and_the_status_bar(
    qtbot: QtBot, sample_store: Store, tmp_path: Path
) -> None:
    window = _window(qtbot, sample_store, tmp_path)
    overlap = sample_store.find_session("overlap").id
    _star(qtbot, window, overlap)
    label = window.detail_panel.overlap_label
    qtbot.waitUntil(label.isVisible)
    assert label.text().startswith("⚠ Overlaps: Live briefing: budget (")
    assert label.accessibleName() == "Overlap warning"
    assert label.accessibleDescription() == label.text()
    assert window.statusBar().currentMessage() == (
        "Added to your agenda; it overlaps 1 other favourite: Live briefing: budget"
    )
    # My agenda flags the same clash.
    agenda = window.agenda
    agenda.refresh()
    assert [o.title for o in agenda.model.clashes[overlap]] == ["Live briefing: budget"]

    with qtbot.waitSignal(window.favourite_toggled, timeout=5000):
        window.detail_panel.favourite_button.click()  # unstarred: the warning goes
    QApplication.processEvents()
    assert label.isHidden()


def test_a_star_with_no_clash_says_nothing_of_overlaps(
    qtbot: QtBot, sample_store: Store, tmp_path: Path
) -> None:
    window = _window(qtbot, sample_store, tmp_path)
    _star(qtbot, window, sample_store.find_session("later").id)
    QApplication.processEvents()
    assert window.detail_panel.overlap_label.isHidden()
    assert "overlaps" not in window.statusBar().currentMessage()


def test_the_warning_is_in_french_in_a_french_window(
    qtbot: QtBot, sample_store: Store, tmp_path: Path
) -> None:
    settings.set_language(sample_store, "fr")  # French and its locale: "17 h 30"
    window = _window(qtbot, sample_store, tmp_path)
    assert window.language.language == "fr"
    _star(qtbot, window, sample_store.find_session("overlap").id)
    label = window.detail_panel.overlap_label
    qtbot.waitUntil(label.isVisible)
    assert label.text().startswith("⚠ Chevauche\u00a0: Live briefing: budget (")
    assert " h " in label.text()
    assert label.accessibleName() == "Avertissement de chevauchement"
    message = window.statusBar().currentMessage()
    assert message.startswith("Ajoutée à votre agenda; elle chevauche 1 autre favori\u00a0:"), (
        message
    )
