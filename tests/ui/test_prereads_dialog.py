"""Keep offline and "Download pre-reads for my agenda" in the window (pytest-qt, real servers)."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from support.bad_server import BadServer, drip_body
from support.file_server import FileServer, Hosted
from support.windows import close_windows, open_window

from briefing_app.feeds.model import Material, MaterialKind
from briefing_app.store import BUILTIN_SAMPLE_URL, Store
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.sessions.materials_section import MaterialColumn
from briefing_app.usecases import prereads
from briefing_app.usecases.startup import load_sample_feed

FAST = b"<html>fast pre-read</html>" * 300
SLOW = b"s" * 4000


@pytest.fixture
def bad() -> Iterator[BadServer]:
    server = BadServer()
    yield server
    server.close()


def _give(store: Store, *materials: Material) -> int:
    """The sample's first session with *materials*; its number."""
    feed = load_sample_feed()
    sessions = list(feed.sessions)
    sessions[0] = dataclasses.replace(sessions[0], materials=materials)
    store.import_feed(BUILTIN_SAMPLE_URL, dataclasses.replace(feed, sessions=tuple(sessions)))
    return store.find_session(feed.sessions[0].id).id


@pytest.fixture
def windows(qtbot, sample_store: Store) -> Iterator[list[MainWindow]]:
    """Windows made by the test: closed (their work done) before the store closes."""
    made: list[MainWindow] = []
    yield made
    for window in made:
        qtbot.waitUntil(lambda w=window: not w.tasks.busy, timeout=10_000)
        window.watcher.stop()  # a poll after the store closed would read a closed store
        window._follow_pending = False  # nor a follow still waiting for our worker's end
    close_windows()


def _window(qtbot, windows: list[MainWindow], store: Store, session_id: int) -> MainWindow:
    window = open_window(qtbot, store)
    windows.append(window)
    window.detail_panel.show_session(session_id)
    return window


def _offline(window: MainWindow, row: int) -> str:
    model = window.detail_panel.materials.model
    return str(model.data(model.index(row, MaterialColumn.OFFLINE), Qt.ItemDataRole.DisplayRole))


def test_keep_a_session_offline_with_progress_and_cancel(
    qtbot, windows, sample_store: Store, file_server: FileServer, bad: BadServer, monkeypatch
):
    fast = file_server.host("/fast.html", Hosted(FAST))
    slow = bad.serve("/slow.pdf", drip_body(SLOW, every=0.05))
    session = _give(
        sample_store,
        Material(MaterialKind.PRE_READ, "Fast read", fast, size=len(FAST)),
        Material(MaterialKind.SLIDES, "Slow deck", slow, size=len(SLOW)),
    )
    window = _window(qtbot, windows, sample_store, session)
    section = window.detail_panel.materials
    assert section.keep_all_button.isEnabled()
    section.keep_all_button.click()
    dialog = window._prereads_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.state == "ready", timeout=10_000)
    assert dialog.status.text() == "To download: 2 files, 11.8 kB."  # before it starts
    dialog.download_button.click()
    qtbot.waitUntil(lambda: "File 2 of 2: Slow deck" in dialog.status.text(), timeout=10_000)
    assert _offline(window, 1) == "Downloading…"
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.state == "done", timeout=10_000)
    assert dialog.status.text().startswith("Cancelled: 1 downloaded")
    assert dialog.report is not None and dialog.report.cancelled
    # The finished file is kept and opens offline; the cut one is wished, not kept.
    assert _offline(window, 0) == "Kept offline"
    assert _offline(window, 1) == "To download"
    assert hashlib.sha256(FAST).hexdigest() in prereads.material_store(sample_store).stored_hashes()
    assert not section.downloading
    # Opening the kept one opens the local copy (the system's "open with" seam).
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    section.table.selectRow(0)
    assert section.open_selected()
    assert opened and opened[0].isLocalFile()
    assert Path(opened[0].toLocalFile()).read_bytes() == FAST
    # Removing the offline copy: the row says not kept, the file goes.
    section.table.selectRow(0)
    assert section.keep_button.text() == "Remove offline copy"
    section.keep_button.click()
    qtbot.waitUntil(lambda: _offline(window, 0) == "", timeout=5_000)
    assert section.keep_button.text() == "Keep offline"
    fast_sha = hashlib.sha256(FAST).hexdigest()
    assert fast_sha not in prereads.material_store(sample_store).stored_hashes()


def test_download_pre_reads_for_my_agenda_from_the_menu(
    qtbot, windows, sample_store: Store, file_server: FileServer
):
    fast = file_server.host("/fast.html", Hosted(FAST))
    missing = file_server.host("/x", Hosted(b"x")) + "-missing"
    session = _give(
        sample_store,
        Material(MaterialKind.PRE_READ, "Fast read", fast),
        Material(MaterialKind.SLIDES, "Gone deck", missing),
    )
    for favourite in sample_store.sessions(favourites_only=True):
        sample_store.set_favourite(favourite.id, False)
    sample_store.set_favourite(session)
    window = _window(qtbot, windows, sample_store, session)
    window.prereads_action.trigger()
    dialog = window._prereads_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.state == "ready", timeout=10_000)
    assert dialog.windowTitle() == "Download pre-reads for my agenda"
    assert dialog.status.text() == "To download: 2 files, 7.8 kB + 1 of unknown size."
    dialog.download_button.click()
    qtbot.waitUntil(lambda: dialog.state == "done", timeout=10_000)
    assert dialog.status.text() == "1 downloaded (7.8 kB), 1 failed."
    assert dialog.failure_list.isVisibleTo(dialog)
    [failure] = dialog.failures.stringList()
    assert failure.startswith("Gone deck (http") and "HTTP 404" in failure
    assert _offline(window, 0) == "Kept offline" and _offline(window, 1) == "Not downloaded"
    model = window.detail_panel.materials.model
    size = model.data(model.index(0, MaterialColumn.SIZE), Qt.ItemDataRole.DisplayRole)
    assert size == "7.8 kB"  # the feed gave none: the kept copy's


def test_nothing_to_download_says_so(qtbot, windows, sample_store: Store):
    for favourite in sample_store.sessions(favourites_only=True):
        sample_store.set_favourite(favourite.id, False)
    window = _window(qtbot, windows, sample_store, sample_store.sessions()[0].id)
    dialog = window.open_prereads()
    qtbot.waitUntil(lambda: dialog.state == "done", timeout=10_000)
    assert dialog.status.text() == "There are no materials to download."
