"""Issue 16 reviewed, in the window: a task app's .ics imports, a note kept by an import says so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing_app.store import Store
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.sessions.note_history import NoteHistoryDialog
from briefing_app.usecases.mydata import export_document, import_mydata

VTODO = Path(__file__).parent.parent / "data" / "vtodo"
STAGE = "setting-the-stage-2020-05-11"


@pytest.fixture
def window(qtbot, sample_store: Store) -> MainWindow:
    win = MainWindow(sample_store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_thunderbird_s_repeating_to_do_imports_and_too_many_says_why(
    qtbot, window: MainWindow, sample_store: Store, tmp_path: Path
) -> None:
    view = window.followups
    view.import_from(VTODO / "thunderbird.ics")
    qtbot.waitUntil(lambda: view.last_file_message.startswith("Imported"), timeout=10_000)
    assert view.last_file_message == "Imported: 3 added, 0 updated, 0 unchanged."
    assert "Weekly report" in {f.text for f in sample_store.followups()}
    before = sample_store.followups()
    todo = "BEGIN:VTODO \r\nUID:n{0}@example.org\r\nSUMMARY:Item {0}\r\nEND:VTODO\r\n"
    many = tmp_path / "many.ics"
    many.write_text(
        "BEGIN:VCALENDAR\r\n"
        + "".join(todo.format(n) for n in range(10_001))
        + "END:VCALENDAR\r\n",
        "utf-8",
    )
    view.import_from(many)
    qtbot.waitUntil(lambda: "at most 10,000" in window.messages.text(), timeout=10_000)
    assert str(many) in window.messages.text()
    assert sample_store.followups() == before
    # The window follows what its workers wrote before the store closes under it.
    qtbot.waitUntil(lambda: not window.tasks.busy and not window._follow_pending, timeout=10_000)


def test_the_history_says_which_text_an_import_kept(
    qtbot, sample_store: Store, tmp_path: Path
) -> None:
    stage = sample_store.find_session(STAGE).id
    sample_store.set_note(stage, "mine")
    document = export_document(sample_store)
    document["notes"][0].update(body="theirs", updated_at="2099-01-01T00:00:00Z")
    path = tmp_path / "n.json"
    path.write_text(json.dumps(document), "utf-8")
    import_mydata(sample_store, path)
    dialog = NoteHistoryDialog(sample_store, stage)
    qtbot.addWidget(dialog)
    (item,) = [dialog.versions.item(n) for n in range(dialog.versions.count())]
    assert item.text().endswith("kept by Import my data")
    assert "restoring" not in item.text()
    assert dialog.text.toPlainText() == "mine"
