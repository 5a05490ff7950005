"""The session text's links, for the keyboard and a screen reader (issue 17).

Qt does not give AT-SPI the links inside a QTextBrowser: Orca said nothing while Tab
stopped on each of them. The pane takes them out of the Tab chain and lists them,
each named, in the menu of a button right under the text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTextBrowser, QVBoxLayout, QWidget
from support.a11y import accessible_description, accessible_name, nameless_controls

from briefing_app.store import Store
from briefing_app.ui.sessions.detail_panel import SessionDetailPanel
from briefing_app.ui.widgets.text_links import (
    TextLink,
    document_links,
    links_by_mouse_only,
    shortened,
)

STAGE = "setting-the-stage-2020-05-11"
KICKOFF = "kickoff-2020-04-15"


def _panel(qtbot: Any, store: Store, session: str) -> SessionDetailPanel:
    panel = SessionDetailPanel(store)
    qtbot.addWidget(panel)
    panel.resize(500, 700)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_session(store.find_session(session).id)
    return panel


def _items(panel: SessionDetailPanel) -> list[str]:
    return [a.text() for a in panel.links_button.links_menu.actions()]


def test_the_links_are_read_from_the_text_in_order_with_their_line(qapp: QApplication) -> None:
    document = QTextDocument()
    document.setMarkdown(
        "**Join:** <https://meet.example.org/x>  \n"
        "- **[Ana Ruiz](presenter:3)** (speaker) [`EN`](language:en)\n\n"
        "See [the **city** plan](https://toronto.ca/plan) and mail [us](mailto:a@b.ca)."
    )
    assert document_links(document) == [
        TextLink("https://meet.example.org/x", "https://meet.example.org/x", "Join:"),
        TextLink("presenter:3", "Ana Ruiz", ""),
        TextLink("language:en", "EN", "Ana Ruiz (speaker)"),
        TextLink("https://toronto.ca/plan", "the city plan", "See"),  # one link, bold inside
        TextLink("mailto:a@b.ca", "us", "See the city plan and mail"),
    ]
    long = "https://example.org/" + "a" * 200
    assert len(shortened(long)) <= 70 and shortened(long).startswith("https://example.org/a")
    assert shortened("https://example.org/") == "https://example.org/"


def test_the_menu_names_each_link_by_what_it_opens(qtbot: Any, sample_store: Store) -> None:
    panel = _panel(qtbot, sample_store, STAGE)
    assert _items(panel) == [
        "Join: https://meet.example.org/reimagine-toronto/setting-the-stage",
        "Presenter: Josie Scioli",
        "Presenter: Lawrence Eta",
        "Presenter: Heather Taylor",
        "Presenter: Andrew Flynn",
    ]
    assert panel.links_button.isVisible()
    assert panel.links_button.text() == "5 links in the text"
    assert accessible_name(panel.links_button) == "5 links in the session details"
    assert not nameless_controls(panel)
    panel.show_session(sample_store.find_session(KICKOFF).id)
    assert _items(panel)[:2] == [
        "Join: https://meet.example.org/reimagine-toronto/kickoff",
        "Register: https://events.example.org/reimagine-toronto/kickoff",
    ]
    assert "Case study: TELUS: technology case study" in _items(panel)
    panel.show_session(None)
    assert not _items(panel) and not panel.links_button.isVisible()


def test_a_link_from_the_menu_opens_as_a_click_in_the_text_does(
    qtbot: Any, sample_store: Store, monkeypatch: Any
) -> None:
    panel = _panel(qtbot, sample_store, STAGE)
    actions = {a.text(): a for a in panel.links_button.links_menu.actions()}
    with qtbot.waitSignal(panel.presenter_activated) as shown:
        actions["Presenter: Lawrence Eta"].trigger()
    eta = next(
        p for p in sample_store.session_detail(panel.session_id).presenters if "Eta" in p.name
    )
    assert shown.args == [eta.id]
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True
    )
    next(a for t, a in actions.items() if t.startswith("Join:")).trigger()
    assert opened == ["https://meet.example.org/reimagine-toronto/setting-the-stage"]
    with qtbot.waitSignal(panel.link_refused) as refused:  # the one rule: web and mail only
        panel.links_button.chosen.emit(QUrl("javascript:alert(1)"))
    assert "javascript" in refused.args[0]
    assert opened == ["https://meet.example.org/reimagine-toronto/setting-the-stage"]


def test_tab_leaves_the_session_text_for_its_links(qtbot: Any, sample_store: Store) -> None:
    panel = _panel(qtbot, sample_store, STAGE)
    panel.activateWindow()
    panel.browser.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(panel.browser, Qt.Key.Key_Tab)
    QCoreApplication.processEvents()
    assert QApplication.focusWidget() is panel.links_button  # no stop on the text's 5 links
    QTest.keyClick(panel.links_button, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is panel.browser
    assert panel.browser.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard


HINTED = "Session details. Read with the arrow keys; its links are in the button after it"


def test_the_first_focus_on_the_text_speaks_how_to_read_it_in_its_name(
    qtbot: Any, sample_store: Store
) -> None:
    """Orca reads a read-only text (AT-SPI's "label") by its name, never its description:
    the hint is in the name on the first focus (docs/accessibility-orca.txt), and later
    Tabs hear the short name only; the description keeps the hint for other readers."""
    panel = _panel(qtbot, sample_store, STAGE)
    panel.activateWindow()
    hint = "Read with the arrow keys; its links are in the button after it"
    assert accessible_name(panel.browser) == "Session details"  # before any focus
    assert accessible_description(panel.browser) == hint
    qtbot.waitUntil(panel.isActiveWindow, timeout=5000)
    panel.browser.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is panel.browser
    assert accessible_name(panel.browser) == HINTED  # what Orca says with the focus
    QTest.keyClick(panel.browser, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.links_button
    assert accessible_name(panel.links_button) == "5 links in the session details"
    QTest.keyClick(panel.links_button, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is panel.browser
    assert accessible_name(panel.browser) == "Session details"  # not every Tab: once
    assert accessible_description(panel.browser) == hint
    assert not nameless_controls(panel)


def test_a_text_without_links_is_not_said_to_have_them(qtbot: Any, sample_store: Store) -> None:
    panel = _panel(qtbot, sample_store, "fall-winter-planning-2020-07")
    panel.activateWindow()
    panel.links_button.show_links(QTextDocument())  # a session text with no link at all
    assert not panel.links_button.links
    qtbot.waitUntil(panel.isActiveWindow, timeout=5000)
    panel.browser.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is panel.browser
    assert accessible_name(panel.browser) == "Session details. Read with the arrow keys"


def test_the_hint_is_french_in_french(qtbot: Any, sample_store: Store) -> None:
    from briefing_app.ui import language

    language.apply_language("fr")  # tests/ui/conftest.py speaks English again after
    panel = _panel(qtbot, sample_store, STAGE)
    panel.activateWindow()
    assert accessible_name(panel.browser) == "Détails de la séance"
    qtbot.waitUntil(panel.isActiveWindow, timeout=5000)
    panel.browser.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is panel.browser
    assert accessible_name(panel.browser) == (
        "Détails de la séance. Se lit avec les flèches; ses liens sont dans le bouton qui suit"
    )


def test_a_text_browser_as_qt_makes_it_stops_tab_on_each_link(qtbot: Any) -> None:
    """What the pane had: Tab went to each link in turn, which a screen reader does not say."""
    box = QWidget()
    qtbot.addWidget(box)
    browser, after = QTextBrowser(), QLineEdit()
    layout = QVBoxLayout(box)
    layout.addWidget(browser)
    layout.addWidget(after)
    browser.setMarkdown("[one](https://a.example.org) and [two](https://b.example.org)")
    box.show()
    qtbot.waitExposed(box)
    box.activateWindow()
    QCoreApplication.processEvents()
    browser.setFocus(Qt.FocusReason.TabFocusReason)
    QCoreApplication.processEvents()
    assert QApplication.focusWidget() is browser
    QTest.keyClick(browser, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is browser  # on the first link, silently
    links_by_mouse_only(browser)
    QTest.keyClick(browser, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after
