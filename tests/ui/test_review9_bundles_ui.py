"""Review 9, items 5 and 6, in the French window: a bundle import says one sentence per
outcome with the title in French; the proposed file name is a slug; a file that is not a
zip is described in French, not with Python's English words."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from briefing_app.ui.casestudies.bundles import bundle_file_name
from briefing_app.ui.main_window import MainWindow
from briefing_app.workspace import Workspace

NBSP = "\u00a0"


def _lixar(window: MainWindow) -> int:
    workspace = Workspace(window.store)
    return next(c.id for c in workspace.case_studies() if c.title.startswith("Lixar"))


def test_import_says_one_french_sentence_per_outcome(
    qtbot, french_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = french_window
    view = window.case_studies
    window.tabs.setCurrentWidget(view)
    case_id = _lixar(window)
    assert view.show_case_study(case_id)
    french_title = view.current_case().title
    assert french_title == "Lixar\u00a0: étude de cas technologique"
    proposed: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda _parent, _title, name, _pattern: (proposed.append(name), ("", ""))[1],
    )
    view.choose_export_target()
    assert [Path(name).name for name in proposed] == ["lixar-étude-de-cas-technologique.zip"]
    assert bundle_file_name("Lixar: technology case study") == "lixar-technology-case-study.zip"
    target = tmp_path / "lixar.zip"
    with qtbot.waitSignal(view.exported, timeout=10_000):
        assert view.export_bundle_to(target)
    with qtbot.waitSignal(view.imported, timeout=10_000):
        assert view.import_bundle_from(target)
    assert view.messages.text() == (
        f"«{NBSP}{french_title}{NBSP}» (n° {case_id}) est déjà à jour{NBSP}: rien n’a été importé."
    )
    assert "importé." not in view.messages.text().replace("rien n’a été importé.", "")
    not_zip = tmp_path / "notes.zip"
    not_zip.write_text("pas un zip")
    with qtbot.waitSignal(view.bundle_failed, timeout=10_000):
        view.import_bundle_from(not_zip)
    message = view.messages.text()
    assert "ce n’est pas un fichier zip, ou il est endommagé (aucun répertoire zip à sa fin)" in (
        message
    )
    assert "File is not a zip file" not in message


def test_an_english_import_reads_as_one_sentence(
    qtbot, sample_window: MainWindow, tmp_path: Path
) -> None:
    window = sample_window
    view = window.case_studies
    window.tabs.setCurrentWidget(view)
    case_id = _lixar(window)
    target = tmp_path / "lixar.zip"
    with qtbot.waitSignal(view.exported, timeout=10_000):
        assert view.export_bundle_to(target, case_id)
    with zipfile.ZipFile(target) as archive:
        assert b'"schema_version": 2' in archive.read("manifest.json")
    with qtbot.waitSignal(view.imported, timeout=10_000):
        assert view.import_bundle_from(target)
    assert view.messages.text() == (
        f"“Lixar: technology case study” (#{case_id}) is already up to date: nothing was imported."
    )
