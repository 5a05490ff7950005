"""The detail pane in French at 1400×900 (review items 2 and 15): its buttons take two rows,
the session's text keeps a readable height, the Documents table elides long titles at the end
and the question field's placeholder is whole."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot
from support.windows import close_windows, open_window

from briefing_app.store import Store
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.sessions.materials_section import MaterialColumn, RowRole, display_title

pytestmark = pytest.mark.usefixtures("qapp")

SESSION = "setting-the-stage-2020-05-11"  # the sample session with materials


@pytest.fixture(autouse=True)
def _closed() -> Iterator[None]:
    yield
    close_windows()


def _french_window(qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    window = open_window(qtbot, store)
    assert window.language.language == "fr"
    # The window a 1400×900 screen gives the app (the review's X window: 1280×780).
    window.resize(1280, 780)
    session_id = store.find_session(SESSION).id
    qtbot.waitUntil(lambda: window.model.session_count() > 3)
    assert window.select_session(session_id)
    window.detail_panel.show_session(session_id)
    qtbot.waitUntil(window.detail_panel.browser.isVisible)
    QApplication.processEvents()
    return window


def test_the_french_detail_buttons_take_two_rows_and_leave_the_text_room(
    qtbot: QtBot, sample_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _french_window(qtbot, sample_store, monkeypatch)
    panel = window.detail_panel
    top = panel.browser.mapTo(panel, panel.browser.rect().topLeft()).y()
    buttons = [
        b
        for b in panel.findChildren(QAbstractButton)
        if b.isVisible() and b.parentWidget() is panel and b.y() < top
    ]
    assert len(buttons) >= 4
    rows = {b.y() for b in buttons}
    assert len(rows) <= 2, sorted((b.y(), b.text()) for b in buttons)
    line = panel.browser.fontMetrics().lineSpacing()
    assert panel.browser.minimumHeight() >= 8 * line
    assert panel.browser.height() >= 8 * line, (panel.browser.height(), line)


def test_document_titles_elide_at_the_end_whole_in_the_tooltip_and_the_placeholder_fits(
    qtbot: QtBot, sample_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _french_window(qtbot, sample_store, monkeypatch)
    section = window.detail_panel.materials
    model = section.table.model()
    assert model.rowCount() >= 1
    assert section.table.textElideMode() == Qt.TextElideMode.ElideRight  # not "Les prior…ositives)"
    index = model.index(0, MaterialColumn.TITLE)
    title = display_title(model.data(index, RowRole).record)
    assert str(model.data(index, Qt.ItemDataRole.ToolTipRole)).startswith(title)
    assert title in str(model.data(index, Qt.ItemDataRole.AccessibleTextRole))
    field = window.detail_panel.questions.new_question
    text = field.placeholderText()
    assert text and "Entrée" in text
    room = field.contentsRect().width() - 8  # the frame's and the text's margins
    assert field.fontMetrics().horizontalAdvance(text) <= room, (text, room)
