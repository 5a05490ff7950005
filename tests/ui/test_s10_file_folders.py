"""Every save and open file dialog starts in the one remembered folder (review 10, #14)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget
from support.dialogs import file_dialog_walks, walk_modal
from support.windows import close_windows, open_window

from briefing_app.store import Store
from briefing_app.ui.dialogs import export
from briefing_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: Any, sample_store: Store) -> Iterator[MainWindow]:
    win = open_window(qtbot, sample_store)
    win.searcher.wait()
    QCoreApplication.processEvents()
    win.select_session(sample_store.sessions()[1].id)
    QCoreApplication.processEvents()
    yield win
    close_windows()


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_every_file_dialog_starts_in_the_remembered_folder(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    remembered = tmp_path / "exports here"
    remembered.mkdir()
    monkeypatch.setattr(export, "_last_folder", remembered)
    started: dict[str, str] = {}

    def inspect(name: str, box: QWidget) -> None:
        assert isinstance(box, QFileDialog)
        started[name] = box.directory().absolutePath()

    walks = file_dialog_walks(window, window.store, tmp_path)
    seen = walk_modal(walks, inspect)
    assert seen == [w.name for w in walks]
    elsewhere = {name: where for name, where in started.items() if Path(where) != remembered}
    assert not elsewhere, elsewhere
    assert len(started) >= 16


def test_a_chosen_file_folder_is_where_the_next_dialog_starts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export, "_last_folder", None)
    (tmp_path / "in").mkdir()
    export.remember_chosen(tmp_path / "in" / "bundle.zip")
    assert export.start_in() == str(tmp_path / "in")
    assert export.start_in("x.ics") == str(tmp_path / "in" / "x.ics")
