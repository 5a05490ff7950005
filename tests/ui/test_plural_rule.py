"""Counts in the window follow the language's plural rule: French "0 séance", English
"0 sessions" (review item 7). The window picks between two literal ``tr()`` calls with
``util.i18n.is_singular``, which knows the language the window speaks."""

from __future__ import annotations

import ast
import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from support.windows import close_windows, open_window

from briefing_app.store import Store
from briefing_app.ui.dialogs.export import ExportDialog
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.organizations.models import counts_label
from briefing_app.util import i18n

pytestmark = pytest.mark.usefixtures("qapp")

UI = Path(__file__).parents[2] / "briefing_app" / "ui"


@pytest.fixture(autouse=True)
def _closed() -> Iterator[None]:
    yield
    close_windows()


def _window(qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch, lang: str) -> MainWindow:
    monkeypatch.setenv("LANG", lang)
    window = open_window(qtbot, store)
    assert window.language.language == lang[:2]
    return window


@pytest.mark.parametrize(
    ("lang", "agenda", "zero", "one", "two"),
    [
        ("fr_CA.UTF-8", "Mon agenda (0\u00a0séance)", "0 séance", "1 séance", "2 séances"),
        ("en_CA.UTF-8", "My agenda (0 sessions)", "0 sessions", "1 session", "2 sessions"),
    ],
)
def test_zero_takes_the_language_s_plural(
    qtbot: QtBot,
    sample_store: Store,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    agenda: str,
    zero: str,
    one: str,
    two: str,
) -> None:
    window = _window(qtbot, sample_store, monkeypatch, lang)
    # The Organizations tab's session counts.
    record = sample_store.organizations()[0]
    assert [counts_label(dataclasses.replace(record, sessions=n)) for n in (0, 1, 2)] == [
        zero,
        one,
        two,
    ]
    # The .ics export dialog, with no favourites.
    dialog = ExportDialog(sample_store, window.tasks, None, [], window)
    assert dialog.agenda.text().replace(" ", "\u00a0") == agenda.replace(" ", "\u00a0")
    dialog.deleteLater()


def test_my_data_export_counts_zero_in_the_singular_in_french(
    qtbot: QtBot, sample_store: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = _window(qtbot, sample_store, monkeypatch, "fr_CA.UTF-8")
    window.export_mydata_to(tmp_path / "mine.briefing-mydata.json")
    qtbot.waitUntil(lambda: "mine.briefing-mydata.json" in window.statusBar().currentMessage())
    message = window.statusBar().currentMessage()
    assert "0 favori," in message and "0 favoris" not in message, message


def test_is_singular_follows_the_language() -> None:
    assert [i18n.is_singular(n) for n in (0, 1, 2)] == [False, True, False]
    i18n.use_language("fr")
    try:
        assert [i18n.is_singular(n) for n in (0, 1, 2)] == [True, True, False]
    finally:
        i18n.use_language("en")


def _by_one(test: ast.expr) -> bool:
    return (
        isinstance(test, ast.Compare)
        and len(test.ops) == 1
        and isinstance(test.ops[0], ast.Eq)
        and isinstance(test.comparators[0], ast.Constant)
        and test.comparators[0].value == 1
    )


def test_no_count_message_is_picked_by_equal_to_one() -> None:
    """``tr("%n x") if n == 1 else tr("%n xs")`` gives French "0 xs": is_singular(n) instead."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.IfExp) and _by_one(node.test):
                picked = ast.unparse(node.body) + ast.unparse(node.orelse)
            elif isinstance(node, ast.If) and _by_one(node.test):
                picked = ast.unparse(node.body[0])
            else:
                continue
            if "%n" in picked or "{count}" in picked:
                found.append(f"{path.relative_to(UI)}:{node.lineno}")
    assert not found, found
