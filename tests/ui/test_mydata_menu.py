"""File › Export my data… / Import my data…: the file written, the summary before and after,
errors in the window's banner with the store unchanged (issue 16)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from briefing_app.store import Store
from briefing_app.ui.main_window import MainWindow
from briefing_app.usecases.mydata import export_mydata


@pytest.fixture
def window(qtbot, sample_store: Store) -> MainWindow:
    win = MainWindow(sample_store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _file_menu_texts(window: MainWindow) -> list[str]:
    menu = window.menuBar().actions()[0].menu()
    return [a.text() for a in menu.actions()]  # type: ignore[union-attr]


def dump(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        text = "\n".join(conn.iterdump())
    conn.close()
    return text


def test_export_my_data_from_the_file_menu(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "Export &my data…" in _file_menu_texts(window)
    window.store.set_favourite(2)
    window.store.set_note(2, "carry me")
    target = tmp_path / "mine.briefing-mydata.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_mydata_action.trigger()
    qtbot.waitUntil(target.exists, timeout=10_000)
    document = json.loads(target.read_text("utf-8"))
    assert [n["body"] for n in document["notes"]] == ["carry me"]
    qtbot.waitUntil(lambda: "Exported my data" in window.statusBar().currentMessage())
    assert "1 favourite, 1 note" in window.statusBar().currentMessage()


def test_import_my_data_shows_the_file_then_what_it_did(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "Import my dat&a…" in _file_menu_texts(window)
    window.store.set_note(3, "from elsewhere")
    path = tmp_path / "mine.briefing-mydata.json"
    export_mydata(window.store, path)
    window.store.set_note(3, "")  # gone here: the import brings it back
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.import_mydata_action.trigger()
    dialog = window._mydata_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.state == "ready", timeout=10_000)
    assert "It holds:" in dialog.heading.text()
    assert "1 note" in dialog.lines.stringList()
    assert window.store.note(3) == ""  # nothing imported before Import
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.state == "done", timeout=10_000)
    assert window.store.note(3) == "from elsewhere"
    lines = dialog.lines.stringList()
    assert "notes: 1 added, 0 updated, 0 unchanged, 0 conflicts, 0 orphaned" in lines
    assert dialog.close_button.text() == "Close"


def test_a_refused_file_is_a_banner_and_changes_nothing(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "newer.briefing-mydata.json"
    path.write_text(
        json.dumps({"format": "briefing-app/my-data", "version": 9, "app_version": "9.9"}),
        "utf-8",
    )
    before = dump(window.store.path)
    dialog = window.open_mydata_import(path)
    qtbot.waitUntil(lambda: "Could not import" in window.messages.text(), timeout=10_000)
    assert "version 9, written by a newer Briefing Companion (9.9)" in window.messages.text()
    assert dialog.state == "failed" and not dialog.isVisible()
    assert dump(window.store.path) == before


def test_the_my_data_and_follow_up_entries_have_keys_of_their_own(window: MainWindow) -> None:
    """Alt+F then one letter reaches each of them (a shared letter only highlights)."""
    import re

    keys: dict[str, list[str]] = {}
    for text in _file_menu_texts(window):
        found = re.search(r"&(\w)", text)
        if found:
            keys.setdefault(found.group(1).lower(), []).append(text)
    for text in _file_menu_texts(window):
        if "my data" in text.replace("&", "") or "follow-ups" in text.replace("&", ""):
            key = re.search(r"&(\w)", text)
            assert key is not None, text
            assert keys[key.group(1).lower()] == [text], keys[key.group(1).lower()]
