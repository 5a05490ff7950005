"""Every text the window shows goes through Qt's translation (issue 17, point 1).

A marking translator is installed before the window is built; every tab, the
detail pane and every dialog are opened on the sample store, and every visible
text is read (``tests/support/i18n_walk.py``). Anything unmarked that is not the
feeds' content, a name, a number, a date QLocale wrote or an address fails, listed.

The strict form marks only what ``pyside6-lupdate`` extracts from the code: a
string it cannot see (built at run time, passed through a helper, ``self.tr`` in a
class used under another name) would stay English in French, and fails here too.
The French "no English left" test walks the same way with the real translator.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

import briefing_app
from briefing_app import APP_NAME
from briefing_app.store import Store
from briefing_app.ui.dialogs.settings import LANGUAGE_NAMES
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.widgets import core_words
from briefing_app.usecases.session_facts import FORMAT_LABELS
from tests.support.i18n_walk import (
    MarkingTranslator,
    Shown,
    allowed_from,
    shown_texts,
    ts_pairs,
    unmarked,
)

SESSION = "setting-the-stage-2020-05-11"
#: Names nobody translates: the app's, and each language named in itself (Settings › Language).
NAMES = (APP_NAME, *LANGUAGE_NAMES.values())


def _lupdate() -> Path | None:
    found = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).with_name("pyside6-lupdate")
    )
    return Path(found) if Path(found).exists() else None


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """What ``pyside6-lupdate`` extracts from the package: (context, source) pairs."""
    tool = _lupdate()
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    ts = tmp_path_factory.mktemp("ts") / "all.ts"
    package = Path(briefing_app.__file__).parent
    sources = sorted(str(p) for p in package.rglob("*.py"))
    subprocess.run(
        [str(tool), *sources, "-ts", str(ts)], check=True, capture_output=True, timeout=120
    )
    return ts_pairs(ts)


def _install(translator: QTranslator) -> Iterator[QTranslator]:
    QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def marking(qapp: QApplication) -> Iterator[QTranslator]:
    """Every text translated comes back marked."""
    yield from _install(MarkingTranslator())


@pytest.fixture
def strict_marking(
    qapp: QApplication, extracted: set[tuple[str, str]]
) -> Iterator[MarkingTranslator]:
    """Only what lupdate extracted comes back marked, as with a real translation."""
    translator = MarkingTranslator(extracted)
    yield from _install(translator)


def everything_shown(qtbot: QtBot, store: Store) -> list[Shown]:
    """Build the window (under whatever translator is installed), open every tab and
    dialog, and return what each shows."""
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_past.setChecked(True)
    qtbot.waitUntil(lambda: window._first_painted, timeout=5000)
    session_id = store.find_session(SESSION).id
    window.select_session(session_id)
    window.sessions.show_pending_detail()
    QApplication.processEvents()
    found: list[Shown] = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        found += shown_texts(window)
    if window.case_studies.editor_tabs.count():
        for index in range(window.case_studies.editor_tabs.count()):
            window.tabs.setCurrentWidget(window.case_studies)
            window.case_studies.editor_tabs.setCurrentIndex(index)
            QApplication.processEvents()
            found += shown_texts(window.case_studies)
    window.tabs.setCurrentIndex(0)
    opens: list[Callable[[], QWidget]] = [
        window.open_settings,
        window.open_add_feed,
        window.open_export,
        window.open_pack,
        window.open_attendance,
        lambda: window.add_followup(session_id),
        window.open_prereads,
    ]
    for open_dialog in opens:
        dialog = open_dialog()
        qtbot.waitExposed(dialog)
        QApplication.processEvents()
        found += shown_texts(dialog)
        dialog.close()
    window.close()
    return found


def test_every_text_shown_is_translated(
    qtbot: QtBot, sample_store: Store, marking: QTranslator
) -> None:
    found = everything_shown(qtbot, sample_store)
    assert len(found) > 300  # the walk reached the tabs and dialogs
    problems = unmarked(found, allowed_from(sample_store.path, extra=NAMES))
    assert not problems, "not translated:\n" + "\n".join(problems)


@pytest.mark.slow
def test_every_text_shown_is_extracted_for_the_translators(
    qtbot: QtBot, sample_store: Store, strict_marking: MarkingTranslator
) -> None:
    found = everything_shown(qtbot, sample_store)
    problems = unmarked(found, allowed_from(sample_store.path, extra=NAMES))
    unknown = sorted(f"{context}: {source!r}" for context, source in strict_marking.unknown)
    assert not problems, "not in the .ts lupdate writes:\n" + "\n".join(problems)
    # Every text the window asked to translate is one lupdate found (in its context).
    assert not unknown, "translated at run time but not extracted:\n" + "\n".join(unknown)


def test_the_walk_finds_an_unwrapped_label(qtbot: QtBot, marking: QTranslator) -> None:
    """The check itself: a label set without tr() is reported; one through tr() is not."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    layout.addWidget(QLabel("Plain English"))
    layout.addWidget(QLabel(QCoreApplication.translate("Test", "Through tr")))
    layout.addWidget(QLabel("Toronto 2020"))  # content and a number
    box.show()
    problems = unmarked(shown_texts(box), allowed_from(None, extra=("Toronto",)))
    assert len(problems) == 1 and "Plain English" in problems[0]


def test_the_core_words_the_window_translates_are_listed() -> None:
    """Every word the core hands the window from a fixed table is extracted (core_words)."""
    from briefing_app.feeds.model import SessionStatus
    from briefing_app.usecases.session_facts import session_facts  # noqa: F401 (its labels)

    listed = set(core_words.WORDS)
    assert set(FORMAT_LABELS.values()) <= listed
    labels = {"Series", "Kind", "Track", "Format", "Location", "Join", "Register", "Tags"}
    assert labels | {"Sponsors"} <= listed
    assert {s.value for s in SessionStatus} == set(core_words.STATUS_WORDS)
