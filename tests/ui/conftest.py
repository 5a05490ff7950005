"""UI test fixtures: the crash dialog never blocks a test, and never shows unseen."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtWidgets import QMessageBox

from briefing_app.ui import crash

if TYPE_CHECKING:
    from briefing_app.store import Store
    from briefing_app.ui.main_window import MainWindow


@pytest.fixture
def crash_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The crash dialogs shown (text, details): the real QMessageBox, only its exec recorded."""
    shown: list[tuple[str, str]] = []

    def exec_(box: QMessageBox) -> int:
        shown.append((box.text(), box.detailedText()))
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


@pytest.fixture(autouse=True)
def _no_unexpected_crash_dialog(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Each test starts with no bug reported; a crash dialog nobody expected fails it."""
    monkeypatch.setattr(crash, "_reported", set())
    monkeypatch.setattr(crash, "_showing", False)
    if "crash_dialogs" in request.fixturenames:
        yield
        return
    unexpected: list[str] = []
    monkeypatch.setattr(crash, "_show", lambda text, _details: unexpected.append(text))
    yield
    assert not unexpected, f"a crash dialog showed: {unexpected}"


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    """A test that made the window speak French leaves the app in English for the next."""
    yield
    from briefing_app.ui import language

    language.reset()  # the feeds' texts too (one language per process)


@pytest.fixture
def sample_window(qtbot: Any, sample_store: Store) -> MainWindow:
    """The main window on the sample store, shown."""
    from briefing_app.ui.main_window import MainWindow

    win = MainWindow(sample_store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def french_window(qtbot: Any, sample_store: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """The main window on the sample, the system in French (the app's own way), past shown."""
    from briefing_app.ui.main_window import MainWindow

    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    window = MainWindow(sample_store)
    window.show()
    qtbot.waitExposed(window)
    assert window.language.language == "fr"
    window.show_past.setChecked(True)
    yield window
    window.close()
    window.deleteLater()


@pytest.fixture
def twice_the_font() -> Iterator[None]:
    """The system font at 200% (what a 2× scale does to text measured in points)."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = app.font()
    big = QFont(normal)
    big.setPointSizeF(normal.pointSizeF() * 2)
    app.setFont(big)
    yield
    app.setFont(normal)
