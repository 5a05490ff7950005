"""Settings another process stores are applied by the open window (review 10, item 2).

The writer is real: ``briefing-app settings NAME VALUE`` in a child process on the
window's data folder. The window notices the store change and applies what Settings › OK
applies: the language (a new window takes the open one's place), the theme, the time
display, the sync schedule and the reminders.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from support.second_writer import run_command
from support.windows import close_main_windows

from briefing_app.store import Store
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.widgets.theme import apply_theme

pytestmark = pytest.mark.usefixtures("qapp")

WITHIN_MS = 5000


def _settings_command(data_dir: Path, name: str, value: str) -> None:
    run_command(data_dir, "settings", name, value)


@pytest.fixture(autouse=True)
def _windows_closed() -> Iterator[None]:
    yield
    close_main_windows()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "system")  # the next test's palette


def _window(qtbot: QtBot, store: Store) -> MainWindow:
    window = MainWindow(store)  # closed by _windows_closed: a replaced one is deleted
    window.show()
    qtbot.waitExposed(window)
    window.show_past.setChecked(True)
    return window


def test_a_language_set_on_the_command_line_switches_the_open_window(
    qtbot: QtBot, sample_store: Store, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    window = _window(qtbot, sample_store)
    assert window.language.language == "fr"
    with qtbot.waitSignal(window.replaced, timeout=WITHIN_MS) as replaced:
        _settings_command(data_dir, "language", "en")
    english = replaced.args[0]
    assert isinstance(english, MainWindow)
    assert english.language.language == "en"
    assert english.tabs.tabText(0) == "Sessions"


def test_theme_time_display_and_sync_schedule_set_elsewhere_are_applied(
    qtbot: QtBot, sample_store: Store, data_dir: Path
) -> None:
    window = _window(qtbot, sample_store)
    qtbot.waitUntil(lambda: window.model.session_count() > 3)
    assert window.model.time_display == "both"
    assert not window.sync_timer.isActive()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.palette().window().color().lightness() > 100  # the offscreen system's, light

    _settings_command(data_dir, "theme", "dark")
    qtbot.waitUntil(lambda: app.palette().window().color().lightness() < 100, timeout=WITHIN_MS)

    _settings_command(data_dir, "time-display", "event")
    qtbot.waitUntil(lambda: window.model.time_display == "event", timeout=WITHIN_MS)
    qtbot.waitUntil(lambda: window.model.session_count() > 3)  # the list is there again

    _settings_command(data_dir, "sync-interval", "30")
    qtbot.waitUntil(window.sync_timer.isActive, timeout=WITHIN_MS)
    assert window.sync_timer.interval() == 30 * 60_000


def test_garbage_settings_written_elsewhere_read_as_the_defaults(
    qtbot: QtBot, sample_store: Store
) -> None:
    """Another program writing nonsense into the settings table (not through our commands):
    the open window follows the store, reads each unusable value as its default, keeps
    running, and writes nothing back."""
    window = _window(qtbot, sample_store)
    qtbot.waitUntil(lambda: window.model.session_count() > 3)
    path = sample_store.db.conn.execute("PRAGMA database_list").fetchone()[2]
    garbage = {
        "theme": '"purple"',
        "language": "42",
        "time_display": "{{ not json",
        "reminder_minutes": '"soon"',
        "sync_interval_minutes": "-5",
    }
    writer = sqlite3.connect(path)
    with writer:
        writer.executemany(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            list(garbage.items()),
        )
    writer.close()
    before = sample_store.dump()
    window.follow_store()
    qtbot.waitUntil(lambda: window.model.session_count() > 3)
    assert window.isVisible()
    assert window.model.time_display == "both"
    assert not window.sync_timer.isActive()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.palette().window().color().lightness() > 100  # the system's, not a "purple"
    assert sample_store.dump() == before  # read as defaults; nothing written back
