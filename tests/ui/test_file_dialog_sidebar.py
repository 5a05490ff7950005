"""Qt's file dialog shows "Ordinateur" whole in French (issue 17).

Qt restores the sidebar width it remembers for every Qt program of the user
(``FileDialog/sidebarWidth`` in QtProject.conf); one that held "Computer" cut
"Ordinateur" to "Or…". ``ui/widgets/file_dialog_fit`` widens it when the dialog takes
the focus; the app installs it with its QApplication.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDir, QSettings, QUrl
from PySide6.QtWidgets import QApplication, QFileDialog, QListView, QSplitter

from briefing_app.ui import language
from briefing_app.ui.widgets import file_dialog_fit

NARROW = 60  # what an English dialog, or another Qt program, may leave behind


def _remember_narrow() -> QSettings:
    """QtProject.conf as a dialog closed narrow leaves it (Qt's default places kept)."""
    qt_settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    qt_settings.setValue("FileDialog/shortcuts", ["file:", QUrl.fromLocalFile(QDir.homePath())])
    qt_settings.setValue("FileDialog/sidebarWidth", NARROW)
    qt_settings.sync()
    return qt_settings


def _cut_places(sidebar: QListView) -> list[str]:
    model = sidebar.model()
    cut = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if sidebar.visualRect(index).width() < sidebar.sizeHintForIndex(index).width():
            cut.append(index.data())
    return cut


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_a_remembered_narrow_sidebar_is_widened_for_french_places(
    qtbot: Any, tmp_path: Path
) -> None:
    qt_settings = _remember_narrow()
    assert str(tmp_path) in qt_settings.fileName()  # the test's own, not the user's
    language.apply_language("fr")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    file_dialog_fit.install(app)

    dialog = QFileDialog(None, "Exporter", str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    sidebar = dialog.findChild(QListView, "sidebar")
    splitter = dialog.findChild(QSplitter, "splitter")
    assert sidebar is not None and splitter is not None
    dialog.show()
    qtbot.waitExposed(dialog)
    places = [sidebar.model().index(r, 0).data() for r in range(sidebar.model().rowCount())]
    assert "Ordinateur" in places
    dialog.activateWindow()
    qtbot.waitUntil(lambda: bool(dialog.property("briefingSidebarFitted")))
    assert splitter.sizes()[0] > NARROW
    assert not _cut_places(sidebar), _cut_places(sidebar)
    dialog.close()


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_without_the_fit_the_place_is_cut(qtbot: Any, tmp_path: Path) -> None:
    """What the fix is for: Qt alone keeps the remembered width and cuts the word."""
    _remember_narrow()
    language.apply_language("fr")
    dialog = QFileDialog(None, "Exporter", str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    sidebar = dialog.findChild(QListView, "sidebar")
    assert sidebar is not None
    assert "Ordinateur" in _cut_places(sidebar)
    assert file_dialog_fit.fit_sidebar(dialog)
    assert not _cut_places(sidebar)
    assert not file_dialog_fit.fit_sidebar(dialog)  # once wide enough, left alone
    dialog.close()
