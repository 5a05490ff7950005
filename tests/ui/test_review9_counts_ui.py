"""Review 9, item 4, in the window: my data's import and the follow-ups' import say each
count as its own part in French ("ajouts : 0"), as the command line does."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from briefing_app.ui.main_window import MainWindow
from briefing_app.usecases.mydata import export_mydata

NBSP = "\u00a0"


def test_my_data_import_in_french(
    qtbot, french_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = french_window
    window.store.set_note(3, "d’ailleurs")
    path = tmp_path / "mine.briefing-mydata.json"
    export_mydata(window.store, path)
    window.store.set_note(3, "")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.import_mydata_action.trigger()
    dialog = window._mydata_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.state == "ready", timeout=10_000)
    # Item 6: "exporté le lundi 7 décembre 2026 à 13 h 45 UTC", the "à" was missing.
    assert re.search(
        r"^mine\.briefing-mydata\.json a été exporté le \w+ \d+ \w+ \d{4} à \d+( h |:)\d\d UTC "
        r"par Briefing Companion .+\. Il contient\u00a0:$",
        dialog.heading.text(),
    ), dialog.heading.text()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.state == "done", timeout=10_000)
    lines = dialog.lines.stringList()
    assert (
        f"notes{NBSP}: ajouts{NBSP}: 1, mises à jour{NBSP}: 0, inchangés{NBSP}: 0, "
        f"conflit{NBSP}: 0, orphelins{NBSP}: 0"
    ) in lines
    assert not any("ajoutés" in line or "inchangés " in line for line in lines)


def test_follow_ups_export_and_import_in_french(
    qtbot, french_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = french_window
    window.store.add_followup("Envoyer le compte rendu")
    view = window.followups
    proposed: list[str] = []
    monkeypatch.setattr(  # the system's file dialog is modal: its answer given here
        QFileDialog,
        "getSaveFileName",
        lambda _parent, _title, name, _pattern: (proposed.append(name), ("", ""))[1],
    )
    view.choose_export_file()
    assert [Path(name).name for name in proposed] == ["suivis.ics"]  # item 6
    target = tmp_path / "suivis.ics"
    view.export_to(target)
    qtbot.waitUntil(lambda: bool(view.last_file_message), timeout=10_000)
    assert view.last_file_message == f"1 suivi exporté vers {target}."
    view.import_from(target)
    qtbot.waitUntil(lambda: view.last_file_message.startswith("Importation"), timeout=10_000)
    assert view.last_file_message == (
        f"Importation{NBSP}: ajouts{NBSP}: 0, mises à jour{NBSP}: 0, inchangés{NBSP}: 1."
    )
