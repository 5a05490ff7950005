"""Every Alt+letter of the menus does one thing, in English and in French (issue 17).

Found in a real X window: in French, Alt+F then I only moved between "Importer un fil…"
and "Exporter la trousse d'information…", T, S and (View) P likewise: a mnemonic two
entries share no longer triggers either.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from briefing_app.store import Store
from briefing_app.ui.main_window import MainWindow
from briefing_app.usecases import settings

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture(autouse=True)
def _windows_closed() -> Iterator[None]:
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and shiboken6.isValid(widget):
            widget.close()
            widget.deleteLater()


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def clashes(titled: str, texts: list[str]) -> list[str]:
    by_key: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        key = mnemonic(text)
        if key is not None:
            by_key[key].append(text)
    return [f"{titled}: {key!r} in {found}" for key, found in by_key.items() if len(found) > 1]


def menu_clashes(menu: QMenu, path: str) -> list[str]:
    actions = [action for action in menu.actions() if not action.isSeparator()]
    found = clashes(path, [action.text() for action in actions])
    for action in actions:
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            found += menu_clashes(submenu, f"{path} › {action.text()}")
    return found


@pytest.mark.parametrize("choice", ["en", "fr"])
def test_no_two_menu_entries_share_a_mnemonic(
    qtbot: QtBot, sample_store: Store, choice: str
) -> None:
    settings.set_language(sample_store, choice)
    window = MainWindow(sample_store)
    assert window.language.language == choice
    bar = window.menuBar()
    top = [action.text() for action in bar.actions()]
    found = clashes("menu bar", top)
    for action in bar.actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        assert len(menu.actions()) > 2
        found += menu_clashes(menu, action.text())
    assert found == []
