"""Review 8, items 3, 4 and 19: the pack dialog and the default file names in French."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from briefing_app.store import Store
from briefing_app.ui.dialogs.export import ics_file_name
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.pack.dialog import PackExported
from briefing_app.usecases.mydata import MYDATA_SUFFIX, default_file_name

KICKOFF = "kickoff-2020-04-15"
FRENCH_TITLE = "Réimaginer la Ville de Toronto\u00a0: lancement virtuel"


@pytest.fixture
def french_window(french_window: MainWindow, sample_store: Store) -> MainWindow:
    """The French window (tests/ui/conftest.py) with the kick-off selected."""
    french_window.select_session(sample_store.find_session(KICKOFF).id)
    return french_window


def test_the_pack_dialog_names_the_session_and_its_file_in_french(
    qtbot: QtBot, french_window: MainWindow
) -> None:
    dialog = french_window.open_pack()
    qtbot.addWidget(dialog)
    assert dialog.this_session.text() == f"Cette séance\u00a0: {FRENCH_TITLE}"
    stem = ics_file_name(FRENCH_TITLE).removesuffix(".ics")
    assert stem == "réimaginer-la-ville-de-toronto-lancement-virtuel"
    assert Path(dialog.path.text()).name == f"trousse-{stem}.pdf"
    dialog.agenda.setEnabled(True)
    dialog.agenda.setChecked(True)
    assert Path(dialog.path.text()).name.startswith("trousse-agenda-")


def test_the_ics_export_proposes_the_french_title(qtbot: QtBot, french_window: MainWindow) -> None:
    dialog = french_window.open_export()
    qtbot.addWidget(dialog)
    assert dialog.suggested_path().name == ics_file_name(FRENCH_TITLE)
    dialog.shown.setChecked(True)
    assert dialog.suggested_path().name.startswith("seances-")


def test_the_my_data_file_name_is_french_and_keeps_its_format_suffix(
    french_window: MainWindow,
) -> None:
    stem = QCoreApplication.translate("MainWindow", "my-data")
    name = default_file_name(datetime(2026, 12, 7, 12, tzinfo=UTC), stem=stem)
    assert name == "mes-donnees-2026-12-07.briefing-mydata.json"
    assert name.endswith(MYDATA_SUFFIX)
    assert default_file_name(datetime(2026, 12, 7, tzinfo=UTC)) == (
        "my-data-2026-12-07.briefing-mydata.json"
    )


def test_the_intro_keeps_all_its_lines_after_an_export(
    qtbot: QtBot, french_window: MainWindow, tmp_path: Path
) -> None:
    dialog = french_window.open_pack()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    dialog.path.setText(str(tmp_path / "kickoff.pdf"))
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as done:
        dialog.export_button.click()
    assert isinstance(done.args[0], PackExported)
    assert dialog.status.isVisible()
    layout = dialog.layout()
    assert layout is not None
    layout.activate()
    intro = layout.itemAt(0).widget()
    assert intro is not None
    # The wrapped intro is as tall as its text needs at its width: no line cut off.
    assert intro.height() >= intro.heightForWidth(intro.width())
    assert dialog.height() >= layout.totalHeightForWidth(dialog.width())
