"""The window in French leaves no English text (issue 17, "Done when").

The window is built with ``LANG=fr_CA.UTF-8``: ``ui/language.apply_language`` installs the
committed ``briefing_app_fr.qm`` and Qt's ``qtbase_fr.qm`` as it does for a user. Over them
a :class:`FrenchMarking` translator asks those same translators and marks what they
translate (``⟦…⟧``); a text Qt asks for that the French catalogs do not have comes back
English and unmarked. Every tab, the detail pane, every dialog and the message boxes are
walked on the sample store (``tests/support/i18n_walk.py``, ``tests/support/a11y.py``):
any word left unmarked that is not the store's content (names, the feeds' text), a
number, a date or a name QLocale wrote, a zone or an address fails, listed.

Removing one translation from the ``.qm`` makes the check fail: proven with a ``.qm``
compiled from the ``.ts`` without one entry, installed the app's way.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from support.a11y import (
    clipped_texts,
    every_dialog,
    every_view,
    menu_problems,
    mnemonic_problems,
)
from support.dialogs import box_walks, walk_modal
from support.windows import close_windows, open_window

from briefing_app import APP_NAME
from briefing_app.store import Store
from briefing_app.tools.i18n import lrelease
from briefing_app.ui import language
from briefing_app.ui.dialogs.settings import LANGUAGE_NAMES
from briefing_app.ui.main_window import MainWindow
from tests.support.i18n_walk import Shown, allowed_from, shown_texts, strip_marks, unmarked

SESSION = "setting-the-stage-2020-05-11"  # the sample session with materials
TS = Path(__file__).parents[2] / "resources" / "i18n" / "briefing_app_fr.ts"
#: Names nobody translates: the app's, and each language named in itself.
NAMES = (APP_NAME, *LANGUAGE_NAMES.values())
#: French words spelled as the English source: a translation equal to its source is one of these.
SAME_IN_FRENCH = {
    "Agenda",
    "Date",
    "date",
    "Description",
    "description",
    "Format",
    "Notes",
    "Note",
    "Question",
    "Questions",
    "Organisation",
    "Type",
    "Source",
    "Total",
    "Action",
    "Actions",
    "Message",
    "Version",
    "Sessions",
    "Options",
    "Minutes",
    "Image",
    "Documents",
    "Contact",
    "Correction",
    "Instructions",
    "Orientation",
    "Page",
    "Transport",
    "Dates",
    "Markdown",
    "Document",
    "Formats",
    "Logo",
    "Photo",
    "min",
    "minute",
    "minutes",
    "note",
    "notes",
    "question",
    "questions",
    "page",
    "pages",
    "https",
    "discussion",
    "film",
    "concert",
}
#: Not words: placeholders, %n, file patterns, Qt date patterns.
_NOT_TEXT = re.compile(r"\{\w*(?:![rsa])?(?::[^}]*)?\}|%n|\(\*\.\w+\)|\b[dMyhHms]+\b")


class FrenchMarking(QTranslator):
    """Marks what the app's installed French translators translate; the rest stays as asked."""

    def __init__(self, inner: list[QTranslator]) -> None:
        super().__init__()
        self.inner = inner

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        for translator in self.inner:
            text = translator.translate(context, source, disambiguation, n)
            if text:
                return f"⟦{text}⟧"
        # The English source, as Qt shows a text no catalog has ("" would be a translation).
        return source

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def french(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[FrenchMarking]:
    """The app speaks French from the system's LANG, its translators marked."""
    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    applied = language.apply_language("system")
    assert applied.language == "fr"
    installed = list(language._installed.translators)
    assert len(installed) == 2  # briefing_app_fr.qm and qtbase_fr.qm
    marking = FrenchMarking(installed)
    QCoreApplication.installTranslator(marking)
    yield marking
    QCoreApplication.removeTranslator(marking)
    language.reset()


def _menus(window: MainWindow) -> list[QMenu]:
    return [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]


def french_walk(qtbot: Any, store: Store, scratch: Path) -> list[Shown]:
    """Every tab (the detail pane shown), every dialog and message box, in French."""
    from datetime import timedelta

    from briefing_app.util.timeutil import utc_now

    # An overdue follow-up: its reminder shows in the banner under the tabs.
    store.add_followup("Send our comments on the RFP template", due=utc_now().date() - timedelta(1))
    window = open_window(qtbot, store)
    assert window.language.language == "fr"
    window.searcher.wait()
    qtbot.waitUntil(lambda: window._first_painted, timeout=5000)
    window.select_session(store.find_session(SESSION).id)
    window.sessions.show_pending_detail()
    QCoreApplication.processEvents()
    found: list[Shown] = []
    for _title, _view in every_view(window):
        found += shown_texts(window)
    window.tabs.setCurrentWidget(window.case_studies)
    for index in range(window.case_studies.editor_tabs.count()):
        window.case_studies.editor_tabs.setCurrentIndex(index)
        QCoreApplication.processEvents()
        found += shown_texts(window.case_studies)
    window.tabs.setCurrentIndex(0)
    for dialog in every_dialog(window, store, scratch):
        found += shown_texts(dialog)

    def inspect(_name: str, box: QWidget) -> None:
        found.extend(shown_texts(box))

    walks = box_walks(window, store, scratch)
    assert walk_modal(walks, inspect) == [w.name for w in walks]
    return found


#: Zone names and paths, removed before the content is (a feed's word may be part of one).
_ZONES_AND_PATHS = re.compile(
    r"\S+://\S+|\b[A-Z][A-Za-z_]+/[A-Za-z_+\-/]+|(?:~|\.{1,2})?/[^\s:;,)]+"
)
#: What the walk itself hands a dialog (the zone picker's reason comes from its caller).
WALK_INPUT = ("The file names no time zone.",)


def _strip(text: str) -> str:
    return _ZONES_AND_PATHS.sub(" ", strip_marks(text))


def _problems(found: list[Shown], store: Store) -> list[str]:
    return unmarked(found, allowed_from(store.path, extra=(*NAMES, *WALK_INPUT)), _strip)


@pytest.fixture
def closing() -> Iterator[None]:
    """The windows a test opened are closed after it (before qtbot's own teardown)."""
    yield
    close_windows()


@pytest.fixture
def french_system(monkeypatch: pytest.MonkeyPatch, qapp: QApplication, closing: None) -> None:
    """The system speaks Canadian French: the window installs its catalogs as for a user."""
    monkeypatch.setenv("LANG", "fr_CA.UTF-8")


@pytest.mark.slow
def test_no_english_is_left_in_the_french_window(
    qtbot: Any, sample_store: Store, french: FrenchMarking, tmp_path: Path, closing: None
) -> None:
    found = french_walk(qtbot, sample_store, tmp_path)
    assert any("Send our comments" in s.text for s in found)  # the banner was walked
    assert len(found) > 500  # the walk reached the tabs, the detail pane and the dialogs
    assert sum("⟦" in s.text for s in found) > 400  # and French came from the catalogs
    problems = _problems(found, sample_store)
    assert not problems, "English left in the French window:\n" + "\n".join(problems)


def _qm_without(tmp_path: Path, context: str, source: str) -> bytes:
    """``briefing_app_fr.qm`` compiled from the ``.ts`` with one translation removed."""
    tree = ET.parse(TS)
    removed = 0
    for ctx in tree.getroot().iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            if message.findtext("source") == source:
                translation = message.find("translation")
                assert translation is not None
                translation.text = ""
                translation.set("type", "unfinished")
                removed += 1
    assert removed == 1
    ts, qm = tmp_path / "holed.ts", tmp_path / "holed.qm"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lrelease(ts, qm)  # as `tools.i18n compile` does
    return qm.read_bytes()


def test_one_translation_missing_from_the_qm_is_found(
    qtbot: Any,
    sample_store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qapp: QApplication,
    closing: None,
) -> None:
    """The check is real: a .qm without the Help menu's title shows "Help", and fails."""
    holed = _qm_without(tmp_path, "MainWindow", "&Help")
    real = language.read_resource_bytes
    monkeypatch.setattr(
        language,
        "read_resource_bytes",
        lambda name: holed if name.endswith("_fr.qm") else real(name),
    )
    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    language.apply_language("system")
    marking = FrenchMarking(list(language._installed.translators))
    QCoreApplication.installTranslator(marking)
    try:
        window = open_window(qtbot, sample_store)
        problems = _problems(shown_texts(window), sample_store)
    finally:
        QCoreApplication.removeTranslator(marking)
    assert problems, "the missing translation was not found"
    assert all("Help" in line for line in problems), problems
    assert any("menu bar" in line for line in problems)


def test_every_french_menu_has_its_own_mnemonics(
    qtbot: Any,
    sample_store: Store,
    french_system: None,
) -> None:
    """No letter twice in one French menu (nor in the menu bar's titles)."""
    window = open_window(qtbot, sample_store)
    assert window.language.language == "fr"
    menus = _menus(window)
    bar = QMenu()  # the menu bar's titles share one set of Alt letters
    for menu in menus:
        bar.addAction(menu.title())
    bar.setTitle("menu bar")
    problems = menu_problems([bar, *menus])
    assert menus[0].title() == "&Fichier"
    bar.deleteLater()
    assert not problems, "\n".join(problems)


def _translations() -> Iterator[tuple[str, str, str]]:
    for ctx in ET.parse(TS).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            for text in forms or [translation.text or ""]:
                yield name, source, text


def test_a_count_reads_french_for_any_number(qapp: QApplication) -> None:
    """A plain %n message (lupdate ignores translate's n) is found for 2 too (Qt looks a
    count up by plural form): "2 séances", not the English."""
    from briefing_app.ui.organizations.models import counts_label

    language.apply_language("fr")
    try:
        texts = {n: counts_label(_Counted(n)) for n in (1, 2, 7)}  # type: ignore[arg-type]
    finally:
        language.reset()
    assert texts == {1: "1 séance", 2: "2 séances", 7: "7 séances"}


class _Counted:
    def __init__(self, sessions: int) -> None:
        self.sessions = sessions


def test_no_translation_is_the_english_left_as_it_was() -> None:
    """A finished translation equal to its English source is a French word spelled alike."""
    suspicious = []
    for context, source, text in _translations():
        words = re.findall(r"[^\W\d_]{2,}", _NOT_TEXT.sub(" ", source.replace("&", "")))
        if not words or text != source:
            continue
        if all(w in SAME_IN_FRENCH or w.isupper() for w in words):
            continue
        suspicious.append(f"{context}: {source!r}")
    assert not suspicious, "left in English:\n" + "\n".join(suspicious)


def test_no_french_label_or_button_is_clipped_at_1280_by_800(
    qtbot: Any,
    sample_store: Store,
    tmp_path: Path,
    french_system: None,
) -> None:
    """French runs ~20% longer than English: every view and dialog still fits its text."""
    window = MainWindow(sample_store)  # sized before it is shown, as a user's first start
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show_past.setChecked(True)
    window.show()
    qtbot.waitExposed(window)
    window.searcher.wait()
    qtbot.waitUntil(lambda: window._first_painted, timeout=5000)
    window.select_session(sample_store.find_session(SESSION).id)
    window.sessions.show_pending_detail()
    QCoreApplication.processEvents()
    # The detail pane at its default width (the tab's 880 + 400) takes no more in French
    # (the materials' Keep buttons in one row with the title needed 463 px, clipped or
    # collapsed it) and clips nothing.
    window.sessions.setSizes([880, 400])
    QCoreApplication.processEvents()
    pane = window.sessions.detail_panel
    assert pane.width() <= 420, f"the detail pane needs {pane.width()} px in French"
    assert not clipped_texts(pane), clipped_texts(pane)
    problems: dict[str, list[str]] = {}
    for title, view in every_view(window):
        QCoreApplication.processEvents()
        if found := clipped_texts(view):
            problems[title] = found
    for dialog in every_dialog(window, sample_store, tmp_path):
        if found := clipped_texts(dialog):
            problems[type(dialog).__name__] = found
    assert not problems, "\n" + "\n".join(
        f"{where}: {line}" for where, found in problems.items() for line in found
    )


def test_the_window_s_french_puts_a_no_break_space_before_colons_and_inside_guillemets() -> None:
    """French typography in the window's and the terminal's words: "Volet : …", « … » (never
    split at a line end)."""
    wrong = []
    for context, source, text in _translations():
        bare = text.replace("{0}:", "")  # a link's scheme ("mailto:") is not a colon of French
        # nor is a scheme the core names ("le schéma {scheme}:") or a JSON key ("format":)
        bare = re.sub(r'\{(scheme|value|shown)\}:|"\w+":', "", bare)
        if (
            re.search(r"[^\s\u00a0\u202f\d/]:(\s|$)", bare)
            or " :" in bare
            or re.search(r"«[^\u00a0\u202f]|[^\u00a0\u202f]»", bare)
        ):
            wrong.append(f"{context}: {source!r} → {text!r}")
    assert not wrong, "\n".join(wrong)


def test_the_first_run_call_to_action_is_french(
    qtbot: Any, sample_store: Store, french: FrenchMarking
) -> None:
    """What a new user sees first (the sample's sessions are past: the call to add a feed)."""
    window = MainWindow(sample_store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.searcher.wait()
    qtbot.waitUntil(window.sessions.in_first_run, timeout=5000)
    found = shown_texts(window)
    problems = _problems(found, sample_store)
    window.close()
    assert any("⟦" in s.text for s in found if "FirstRun" in s.where or "QLabel" in s.where)
    assert not problems, "English left in the first run:\n" + "\n".join(problems)


def test_every_french_dialog_label_has_its_own_mnemonic(
    qtbot: Any,
    sample_store: Store,
    tmp_path: Path,
    french_system: None,
) -> None:
    window = open_window(qtbot, sample_store)
    window.searcher.wait()
    window.select_session(sample_store.find_session(SESSION).id)
    window.sessions.show_pending_detail()
    QCoreApplication.processEvents()
    problems: dict[str, list[str]] = {}
    # The Sessions tab's letters (the detail pane's labels) and the menu bar's are one set.
    bar = tuple(a.text() for a in window.menuBar().actions())
    if found := mnemonic_problems(window.sessions, also=bar):
        problems["Séances"] = found
    for dialog in every_dialog(window, sample_store, tmp_path):
        if found := mnemonic_problems(dialog):
            problems[type(dialog).__name__] = found
    assert not problems, "\n" + "\n".join(
        f"{where}: {line}" for where, found in problems.items() for line in found
    )


def test_qt_s_own_file_dialog_has_no_english_label_in_french(
    qtbot: Any, french: FrenchMarking, tmp_path: Path
) -> None:
    """The non-native QFileDialog (offscreen, some desktops) said "Look in:", "Files of
    type:" and "Folder": qtbase_fr.qm has the first two only without "&", the last not at
    all. Our catalog has them under Qt's contexts (briefing_app/ui/qt_words.py)."""
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QTreeView

    folder = tmp_path / "shown"  # tmp_path also holds the test's settings
    (folder / "2020").mkdir(parents=True)
    english = []
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog = QFileDialog(None, "x", str(folder))
        qtbot.addWidget(dialog)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(mode)
        dialog.setNameFilters(["(*.ics)"])
        dialog.show()
        qtbot.waitExposed(dialog)
        details = dialog.findChild(QTreeView)
        assert details is not None
        model = details.model()
        qtbot.waitUntil(lambda m=model, d=details: m.rowCount(d.rootIndex()) == 1)
        texts = [
            w.text()
            for w in [*dialog.findChildren(QLabel), *dialog.findChildren(QAbstractButton)]
            if w.isVisible() and w.text()
        ]
        texts.append(model.index(0, 2, details.rootIndex()).data())  # the Type column
        english += [t for t in texts if "⟦" not in t]
        dialog.close()
    assert not english, english
