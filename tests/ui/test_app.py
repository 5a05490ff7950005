"""Starting the app: its icon, its version, and a file passed on the command line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from briefing_app import __version__
from briefing_app.platform.resources_util import ICON_SIZES
from briefing_app.store import Store
from briefing_app.ui.app import app_icon, open_main_window

DATA = Path(__file__).parents[1] / "data"


def test_the_icon_has_every_shipped_size(qapp) -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert sorted(size.width() for size in icon.availableSizes()) == sorted(ICON_SIZES)


def test_a_file_from_the_command_line_is_imported_into_the_open_window(
    qtbot, sample_store: Store
) -> None:
    before = sample_store.session_count()
    window = open_main_window(sample_store, [DATA / "jres-2022.ics"])
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.import_finished, timeout=10_000) as blocker:
        pass
    assert blocker.args is not None and blocker.args[0].changes is not None
    assert sample_store.session_count() > before
    assert window.isVisible()


def test_about_box_shows_the_package_version(qtbot, sample_store: Store, monkeypatch) -> None:
    from briefing_app.ui.main_window import MainWindow

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    window = MainWindow(sample_store)
    qtbot.addWidget(window)
    about = next(a for a in window.menuBar().actions()[-1].menu().actions() if "About" in a.text())
    about.trigger()
    assert shown and __version__ in shown[0]


def test_a_missing_icon_file_does_not_stop_the_app(qapp, monkeypatch, caplog) -> None:
    from briefing_app.ui import app as app_module

    real = app_module.read_resource_bytes

    def without_48(name: str) -> bytes:
        if name.endswith("-48.png"):
            raise FileNotFoundError(name)
        return real(name)

    monkeypatch.setattr(app_module, "read_resource_bytes", without_48)
    icon = app_icon()
    assert 48 not in {size.width() for size in icon.availableSizes()}
    assert not icon.isNull()
    assert "No 48 px app icon" in caplog.text
