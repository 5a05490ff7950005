"""Shared fixtures: a fresh data directory per test, the sample feed, a store."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from support.feed_server import feed_server, fetcher, slept  # noqa: F401 (fixtures)
from support.file_server import file_server  # noqa: F401 (fixture)

from briefing_app.feeds.model import Feed
from briefing_app.store import Store
from briefing_app.ui.qt_messages import quiet_qt_notes
from briefing_app.usecases.startup import load_sample_feed, open_store

# As the app: Qt's font notes never reach a handler (pytest-qt's is Python, and one called
# from inside Qt's font lock can deadlock a worker against the GUI thread).
quiet_qt_notes()

DATA = Path(__file__).parent / "data"

# Property tests check correctness, not speed: no per-example deadline (hypothesis's
# 200 ms default fails them when the shared machine is loaded). Speed lives in benchmarks/.
hypothesis_settings.register_profile("briefing", deadline=None)
hypothesis_settings.load_profile("briefing")


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data directory; nothing touches the real one."""
    path = tmp_path / "data"
    monkeypatch.setenv("BRIEFING_APP_DATA_DIR", str(path))
    monkeypatch.setenv("TZ", "UTC")
    # English, whatever the machine's language: a test of French sets LANG itself.
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    return path


@pytest.fixture
def sample_feed() -> Feed:
    return load_sample_feed()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """An empty, migrated store in a temp file."""
    with Store(tmp_path / "empty" / "briefing.db") as opened:
        yield opened


@pytest.fixture
def sample_store(data_dir: Path) -> Iterator[Store]:
    """The store as a new user gets it: the sample series loaded."""
    with open_store(data_dir) as opened:
        yield opened


@pytest.fixture(autouse=True)
def qsettings_in_tmp(tmp_path: Path) -> None:
    """The window remembers its state in QSettings: keep that in the test's own folder."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("briefing-app-tests")
    QCoreApplication.setApplicationName("briefing-app-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )
    # Qt's own (QtProject.conf: the file dialog's sidebar width, its history) too: the
    # suite left a narrow sidebar in the user's file that cut French places (issue 17).
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )


@pytest.fixture(autouse=True)
def clipboard_left_empty() -> Iterator[None]:
    """A test that puts QMimeData on the clipboard leaves it empty.

    Qt's offscreen platform (the suite's) crashes the interpreter at exit when its
    clipboard still owns a QMimeData (Share › Copy as invite puts one there): the run's
    exit code becomes 139 after a green summary. The xcb platform, a user's, does not.
    """
    yield
    import sys

    if "PySide6.QtGui" in sys.modules:
        from PySide6.QtGui import QGuiApplication

        if QGuiApplication.instance() is not None:
            QGuiApplication.clipboard().clear()
