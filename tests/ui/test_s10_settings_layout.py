"""The Settings dialog's feeds (review 10, #9): three feeds whole, the dialog grows with its
list, spin boxes never squashed, no time broken across lines, the first-run Add feed dialog."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import closing
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSpinBox
from support.feed_server import FeedServer, Reply
from support.windows import close_windows, open_window

from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes
from briefing_app.store import Store
from briefing_app.sync import subscribe
from briefing_app.ui.dialogs.settings import SettingsDialog
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.sessions.first_run import AddFeedDialog
from briefing_app.usecases.settings import feed_fetcher


def _follow(store: Store, server: FeedServer, count: int, first: int = 0) -> None:
    """*count* more feeds of the sample's shape, each its own series, over HTTP."""
    for number in range(first, first + count):
        doc = json.loads(read_resource_bytes(SAMPLE_FEED))
        doc["series"]["id"] = f"series-{number}"
        doc["series"]["title"] = f"Series number {number}"
        url = server.serve(f"/feed-{number}.json", Reply(body=json.dumps(doc).encode()))
        with closing(feed_fetcher(store)) as fetcher:
            subscribe(store, url, fetcher)


@pytest.fixture
def window(qtbot: Any, sample_store: Store) -> Iterator[MainWindow]:
    yield open_window(qtbot, sample_store)
    close_windows()


def _shown(qtbot: Any, window: MainWindow) -> SettingsDialog:
    dialog = window.open_settings()
    qtbot.waitExposed(dialog)
    QCoreApplication.processEvents()
    return dialog


def _whole_rows(dialog: SettingsDialog) -> int:
    view = dialog.feed_list
    area = view.viewport().rect()
    rows = 0
    for row in range(dialog.feed_model.rowCount()):
        rect = view.visualRect(dialog.feed_model.index(row))
        if not area.contains(rect):
            break
        rows += 1
    return rows


def _squashed(dialog: SettingsDialog) -> list[str]:
    return [
        box.accessibleName()
        for box in dialog.findChildren(QSpinBox)
        if box.height() < box.sizeHint().height()
    ]


def test_three_feeds_whole_and_the_dialog_grows_with_its_list(
    qtbot: Any, window: MainWindow, sample_store: Store, feed_server: FeedServer
) -> None:
    _follow(sample_store, feed_server, 3)
    dialog = _shown(qtbot, window)
    assert dialog.feed_model.rowCount() == 4
    assert _whole_rows(dialog) >= 3
    assert not dialog.feed_status.isVisible()  # nothing to say: no empty band below the list
    assert not _squashed(dialog)
    before = dialog.height()
    # Three more feeds, added elsewhere (the CLI): the list asks for room, the dialog gives it.
    _follow(sample_store, feed_server, 3, first=3)
    dialog.follow_store()
    QCoreApplication.processEvents()
    assert dialog.feed_model.rowCount() == 7
    free = dialog.screen().availableGeometry()
    assert dialog.height() > before or dialog.height() >= free.height()
    assert dialog.height() <= free.height()
    assert _whole_rows(dialog) >= 3
    assert not _squashed(dialog)


def test_the_dialog_never_shrinks_below_three_feeds(
    qtbot: Any, window: MainWindow, sample_store: Store, feed_server: FeedServer
) -> None:
    _follow(sample_store, feed_server, 5)
    dialog = _shown(qtbot, window)
    dialog.resize(dialog.width(), 100)  # as small as a user can drag it
    QCoreApplication.processEvents()
    assert dialog.height() >= dialog.minimumSizeHint().height()
    assert _whole_rows(dialog) >= 3
    assert not _squashed(dialog)


def test_a_feed_line_never_breaks_inside_its_time(
    qtbot: Any, window: MainWindow, sample_store: Store, feed_server: FeedServer
) -> None:
    _follow(sample_store, feed_server, 1)
    dialog = _shown(qtbot, window)
    line = dialog.feed_model.index(1).data().split("\n")[1]
    assert " · synced " in line
    stamp = line.split(" · synced ", 1)[1]
    assert stamp and " " not in stamp  # no-break spaces only ("16 h 51" in French)
    assert "\u00a0" in stamp


def test_add_feed_opens_the_first_run_dialog(qtbot: Any, window: MainWindow) -> None:
    dialog = _shown(qtbot, window)
    dialog.add_button.click()
    adding = dialog.add_dialog
    assert isinstance(adding, AddFeedDialog)
    assert adding.isVisible() and adding.browse_button.isVisible()
    assert adding.parent() is dialog
    adding.reject()
