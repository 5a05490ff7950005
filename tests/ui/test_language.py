"""The window's language: loaded at start from the system or the setting, switched from
Settings without a restart, in a new window that takes the open one's place (issue 17)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QRect
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from support.windows import close_main_windows

from briefing_app.store import Store
from briefing_app.ui import content_language, language, language_switch
from briefing_app.ui.app import _WindowHolder
from briefing_app.ui.main_window import MainWindow
from briefing_app.usecases import settings
from briefing_app.util import i18n

pytestmark = pytest.mark.usefixtures("qapp")


def _menus(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


@pytest.fixture(autouse=True)
def _windows_closed() -> Iterator[None]:
    """Every main window a test leaves is closed (a window replaced is deleted already)."""
    yield
    close_main_windows()


def _window(qtbot: QtBot, store: Store) -> MainWindow:
    window = MainWindow(store)  # closed by _windows_closed: qtbot's would be deleted
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_french_system_gets_the_window_in_french(
    qtbot: QtBot, sample_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    window = _window(qtbot, sample_store)
    assert window.language.language == "fr"
    assert _menus(window)[:2] == ["&Fichier", "É&dition"]  # from briefing_app_fr.qm
    assert window.tabs.tabText(0) == "Séances"
    # Qt's own catalog (qtbase_fr.qm): its standard buttons speak French too.
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"
    # Following the system, the system's locale stays the default.
    assert QLocale().name() == QLocale.system().name()


def test_an_english_system_gets_the_window_in_english(
    qtbot: QtBot, sample_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "en_CA.UTF-8")
    window = _window(qtbot, sample_store)
    assert window.language.language == "en"
    assert _menus(window)[:2] == ["&File", "&Edit"]
    assert window.tabs.tabText(0) == "Sessions"


def test_the_setting_overrides_the_system_and_brings_canadian_conventions(
    qtbot: QtBot, sample_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    settings.set_language(sample_store, "fr")
    window = _window(qtbot, sample_store)
    assert window.language == language.Applied("fr", "fr_CA")
    assert _menus(window)[0] == "&Fichier"
    assert QLocale().name() == "fr_CA"
    assert QLocale().toString(1234.5, "f", 1) == "1\u00a0234,5"  # the default locale formats
    assert content_language.language() == "fr"  # the feeds' texts follow the setting
    language.reset()
    assert QLocale().name() == QLocale.system().name()
    assert QApplication.translate("MainWindow", "&File") == "&File"
    assert content_language.language() == "en"  # reset: the feeds' texts are English again
    assert content_language.preference() == ("en", "fr")
    assert i18n.current_language() == "en"


@pytest.mark.parametrize(
    ("choice", "system", "expected"),
    [
        ("system", "de_DE", "de_DE"),
        ("fr", "en_US", "fr_CA"),
        ("fr", "fr_FR", "fr_FR"),  # the system speaks it already: its conventions stay
        ("en", "fr_CA", "en_CA"),
        ("en", "en_GB", "en_GB"),
    ],
)
def test_the_locale_a_language_setting_brings(choice: str, system: str, expected: str) -> None:
    assert language.locale_for(choice, QLocale(system)).name() == expected


def test_switching_to_french_rebuilds_the_window_where_the_user_was(
    qtbot: QtBot, sample_store: Store
) -> None:
    window = _window(qtbot, sample_store)
    window.setGeometry(QRect(40, 50, 700, 500))  # within the offscreen 800×600 screen
    window.show_past.setChecked(True)
    qtbot.waitUntil(lambda: window.model.session_count() > 3)
    third = window.model.session_id_at(2)
    assert window.select_session(third)
    window.detail_panel.show_session(third)
    window.detail_panel.notes.setPlainText("Ask about the budget")  # typed, not yet saved
    window.tabs.setCurrentIndex(0)
    holder = _WindowHolder(window)

    dialog = window.open_settings()
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == [
        "System",
        "English",
        "Français",
    ]
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    with qtbot.waitSignal(window.replaced, timeout=5000) as replaced:
        dialog.accept()
    french = replaced.args[0]
    assert isinstance(french, MainWindow)
    assert holder.window is french
    assert settings.language(sample_store) == "fr"
    assert _menus(french)[0] == "&Fichier"
    assert french.tabs.tabText(0) == "Séances"
    assert french.isVisible() and not window.isVisible()
    assert french.geometry().size() == window.geometry().size()
    assert french.show_past.isChecked()  # the filters, from the remembered state
    qtbot.waitUntil(lambda: french.current_session_id() == third)
    assert sample_store.note(third) == "Ask about the budget"  # saved as closing saves it
    assert french.detail_panel.notes.toPlainText() == "Ask about the budget"
    assert QLocale().name() == "fr_CA"

    settings.set_language(sample_store, "system")
    english = french.switch_language()
    assert english is not None
    assert holder.window is english
    assert _menus(english)[0] == "&File"
    assert english.tabs.tabText(0) == "Sessions"
    assert QLocale().name() == QLocale.system().name()
    qtbot.waitUntil(lambda: english.current_session_id() == third)


def test_the_search_and_the_tab_are_kept_across_a_switch(qtbot: QtBot, sample_store: Store) -> None:
    window = _window(qtbot, sample_store)
    window.show_past.setChecked(True)
    qtbot.keyClicks(window.search, "budget")
    qtbot.waitUntil(lambda: window.last_query is not None and window.last_query.text == "budget")
    window.tabs.setCurrentIndex(1)  # the Timeline
    settings.set_language(sample_store, "fr")
    french = window.switch_language()
    assert french is not None
    assert french.search.text() == "budget"
    assert french.tabs.currentIndex() == 1
    qtbot.waitUntil(lambda: french.last_query is not None and french.last_query.text == "budget")


def test_the_switch_waits_for_the_windows_own_work(qtbot: QtBot, sample_store: Store) -> None:
    import threading

    window = _window(qtbot, sample_store)
    release = threading.Event()
    window.tasks.run(lambda: release.wait(10), lambda _result: None, lambda _error: None)
    settings.set_language(sample_store, "fr")
    assert window.switch_language() is None  # a task reports to this window: later
    assert _menus(window)[0] == "&File"
    assert "language changes" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.replaced, timeout=5000) as replaced:
        release.set()
    assert _menus(replaced.args[0])[0] == "&Fichier"


def test_no_switch_when_the_language_stays(qtbot: QtBot, sample_store: Store) -> None:
    window = _window(qtbot, sample_store)
    settings.set_language(sample_store, "en")  # English already, on an English system
    assert language_switch.language_changed(window) == (QLocale.system().name() != "en_CA")
    settings.set_language(sample_store, "system")
    assert not language_switch.language_changed(window)
    assert window.switch_language() is None


# Found in a real X window: the details came back 0 px wide, until dragged out again.
def test_a_search_typed_over_the_first_run_card_keeps_the_details_across_a_switch(
    qtbot: QtBot, sample_store: Store
) -> None:
    window = _window(qtbot, sample_store)
    qtbot.waitUntil(lambda: window.sessions.in_first_run())
    qtbot.keyClicks(window.search, "procurement")
    qtbot.waitUntil(lambda: not window.sessions.in_first_run() and window.model.session_count() > 1)
    second = window.model.session_id_at(1)
    assert window.select_session(second)
    qtbot.waitUntil(lambda: window.detail_panel.isVisible())
    settings.set_language(sample_store, "fr")
    french = window.switch_language()
    assert french is not None
    qtbot.waitUntil(lambda: french.current_session_id() == second)
    qtbot.waitUntil(lambda: french.detail_panel.isVisible(), timeout=3000)
    # It was 0: the details gone until dragged back from the window's edge.
    qtbot.waitUntil(lambda: french.sessions.sizes()[1] > 100, timeout=3000)
    qtbot.wait(100)  # and it stays so
    assert french.sessions.sizes()[1] > 100


def test_the_window_s_language_gives_the_core_s_counted_messages_their_plural_rule() -> None:
    """A counted core message shown in the French window: 0 is singular in French."""
    from briefing_app.util.i18n import QT_TRANSLATE_NOOP, counted

    message = counted(
        0,
        QT_TRANSLATE_NOOP("core", "imported {n} session"),
        QT_TRANSLATE_NOOP("core", "imported {n} sessions"),
    )
    language.apply_language("fr")
    try:
        assert message.translated(QCoreApplication.translate) == "0 séance importée"
    finally:
        language.reset()
    assert message.translated(QCoreApplication.translate) == "imported 0 sessions"


def test_an_open_attendance_dialog_comes_back_in_french_with_its_selection(
    qtbot: QtBot, sample_store: Store
) -> None:
    """It closed with the old window and stayed closed: the user had to find it again."""
    ids = [s.id for s in sample_store.sessions()[:3]]
    for session_id in ids:
        sample_store.mark_attendance(session_id, "attended")
    window = _window(qtbot, sample_store)
    dialog = window.open_attendance()
    dialog.select_ids(ids[1:])
    dialog.setGeometry(60, 70, 600, 400)  # inside the offscreen screen
    assert dialog.windowTitle() == "My attendance"
    settings_dialog = window.open_settings()
    settings_dialog.language.setCurrentIndex(settings_dialog.language.findData("fr"))
    with qtbot.waitSignal(window.replaced, timeout=5000) as replaced:
        settings_dialog.accept()
    french = replaced.args[0]
    assert isinstance(french, MainWindow)
    again = french._attendance_dialog
    assert again is not None and again is not dialog and again.isVisible()
    assert again.parent() is french
    assert again.windowTitle() == "Mes présences"
    assert sorted(again.selected_ids()) == sorted(ids[1:])
    # Where it was (its French buttons may ask a little more width).
    assert again.pos() == dialog.pos() and again.height() == 400 and again.width() >= 600
    assert again.attended_button.isEnabled()  # it acts on the selection it shows
    assert language_switch.open_dialogs(french) == [
        again
    ]  # Settings did not come back: OK closed it


def test_a_modal_dialog_open_at_a_switch_closes_with_the_old_window(
    qtbot: QtBot, sample_store: Store
) -> None:
    """Window-modal dialogs block the menu that opens Settings, so none is open when the
    user switches; a switch made otherwise (the setting changed, then asked for) closes
    one with its window, and the new window starts without it, working."""
    window = _window(qtbot, sample_store)
    export = window.open_export()
    assert export.isModal() or export.windowModality() != 0
    settings.set_language(sample_store, "fr")
    french = window.switch_language()
    assert french is not None
    assert not export.isVisible()
    assert language_switch.open_dialogs(french) == []
    assert french.open_export().isVisible()  # opened again from the new window: French
    assert french._export_dialog is not None
    assert french._export_dialog.windowTitle() != export.windowTitle()


def test_a_switch_activates_the_new_window_and_gives_the_focus_back(
    qtbot: QtBot, sample_store: Store
) -> None:
    """Review item 8: shortcuts worked only after a click; the window moved from (0,0) to (1,25)."""
    window = _window(qtbot, sample_store)
    window.move(0, 0)
    window.activateWindow()
    window.show_past.setChecked(True)
    qtbot.waitUntil(lambda: window.model.session_count() > 0)
    first = window.model.session_id_at(0)
    assert window.select_session(first)
    window.detail_panel.show_session(first)
    qtbot.waitUntil(window.detail_panel.notes.isVisible)
    window.detail_panel.notes.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.detail_panel.notes)
    position = window.pos()
    settings.set_language(sample_store, "fr")
    french = window.switch_language()
    assert french is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is french)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is french.detail_panel.notes)
    assert french.pos() == position
    # A control the new window does not show: the tab's first control has the focus.
    french.tabs.setCurrentIndex(1)  # the Timeline
    qtbot.waitUntil(lambda: french.tabs.currentIndex() == 1)
    french.setFocus()  # the window itself: no control
    settings.set_language(sample_store, "en")
    english = french.switch_language()
    assert english is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is english)
    focused = QApplication.focusWidget()
    assert focused is not None and english.tabs.currentWidget().isAncestorOf(focused)


def test_the_focus_path_finds_the_same_control_in_a_window_built_alike(
    qtbot: QtBot, sample_store: Store
) -> None:
    window = _window(qtbot, sample_store)
    window.detail_panel.notes.setFocus()
    qtbot.waitUntil(lambda: window.focusWidget() is window.detail_panel.notes)
    path = language_switch.focus_path(window)
    assert path is not None
    other = _window(qtbot, sample_store)
    expected = other.detail_panel.notes  # the pane is built when first asked for
    assert language_switch.find_focus(other, path) is expected
