"""Dialog texts that say what is true (review 10, #19): attendance when empty, where data lives."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from support.windows import close_windows, open_window

from briefing_app.platform.paths import data_dir_origin
from briefing_app.store import Store
from briefing_app.ui.dialogs.help_menu import data_location_html, data_location_text
from briefing_app.ui.main_window import MainWindow
from briefing_app.usecases.startup import open_store


@pytest.fixture
def window(qtbot: Any, sample_store: Store) -> Iterator[MainWindow]:
    yield open_window(qtbot, sample_store)
    close_windows()


def test_empty_attendance_does_not_point_at_its_disabled_buttons(window: MainWindow) -> None:
    dialog = window.open_attendance()
    assert dialog.model.rowCount() == 0
    assert dialog.empty.isVisible()
    assert not dialog.attended_button.isEnabled()
    text = dialog.empty.text()
    assert "below" not in text  # the buttons below do nothing while the list is empty
    assert "Sessions tab" in text and "Join" in text and "Attendance" in text
    dialog.close()


def test_data_folder_from_the_variable_says_the_variable(data_dir: Path) -> None:
    with open_store(data_dir) as store:
        text = data_location_text(store.path)
        html = data_location_html(store.path)
    assert data_dir_origin(data_dir) == "variable"
    assert "BRIEFING_APP_DATA_DIR environment variable" in text
    assert "--data-dir" not in text and "\u2011data\u2011dir" not in html
    assert "the logs." in text  # beside the data, as log_dir puts them
    assert "BRIEFING_APP_DATA_DIR" in html


def test_data_folder_from_the_option_says_the_option(tmp_path: Path) -> None:
    with open_store(tmp_path / "elsewhere") as store:
        text = data_location_text(store.path)
    assert data_dir_origin(tmp_path / "elsewhere") == "option"
    assert "chosen with --data-dir" in text
    assert "BRIEFING_APP_DATA_DIR" not in text


def test_the_usual_folder_says_so_and_where_the_logs_are(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import platformdirs

    monkeypatch.delenv("BRIEFING_APP_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    folder = Path(platformdirs.user_data_dir("briefing-app", False))
    with open_store(folder) as store:
        text = data_location_text(store.path)
    assert data_dir_origin(folder) == "default"
    assert "usual folder" in text
    assert "--data-dir" not in text and "BRIEFING_APP_DATA_DIR" not in text
    assert "The logs are in " in text
