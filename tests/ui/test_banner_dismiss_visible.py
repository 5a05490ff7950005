"""The error banner's ✕ is drawn in the banner's text colour in either theme (in the dark
theme it took the theme's light text: near-invisible on the pale red)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from briefing_app.ui.widgets.message_banner import MessageBanner
from briefing_app.ui.widgets.theme import apply_theme


@pytest.fixture
def dark() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "dark")
    yield
    apply_theme(app, "system")


@pytest.mark.usefixtures("dark")
def test_the_error_banner_s_dismiss_button_is_dark_on_its_pale_red(qtbot: QtBot) -> None:
    banner = MessageBanner()
    qtbot.addWidget(banner)
    banner.show_message("Could not open https://meet.example.org/x", "error")
    banner.ensurePolished()
    banner.close_button.ensurePolished()
    text = banner.close_button.palette().color(QPalette.ColorRole.ButtonText)
    label = banner.label.palette().color(QPalette.ColorRole.WindowText)
    assert text.name() == label.name() == "#5f2120"
