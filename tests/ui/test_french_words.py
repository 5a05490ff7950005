"""Words, numbers and typography of the French window (issue 17, session 8's pass).

Each test shows the French text and that the English stays as it was.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from briefing_app.store import Store
from briefing_app.ui import language
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.sessions.attendance_button import AttendanceButton
from briefing_app.ui.sessions.materials_section import MaterialsSection
from briefing_app.ui.sessions.session_model import Column
from briefing_app.ui.widgets import locale_text

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    """The window's language is French (its catalog, its locale, the core's rules)."""
    language.apply_language("fr")
    yield
    language.reset()


def test_french_hours_have_no_leading_zero(french: None) -> None:
    """OQLF: "3 h 56", "0 h 05"; minutes keep two digits, afternoons are unchanged."""
    assert locale_text.time_text(datetime(2020, 5, 11, 3, 56, tzinfo=UTC)) == "3 h 56"
    assert locale_text.time_text(datetime(2020, 5, 11, 0, 5, tzinfo=UTC)) == "0 h 05"
    assert locale_text.time_text(datetime(2020, 5, 11, 13, 0, tzinfo=UTC)) == "13 h 00"
    start = datetime(2020, 5, 11, 13, 0, tzinfo=UTC)  # 9 h 00 in Toronto
    end = datetime(2020, 5, 11, 14, 30, tzinfo=UTC)
    assert locale_text.hours_text(start, end, "America/Toronto") == "9 h 00 – 10 h 30"
    moment = QDateTime.fromString("2020-05-11T08:05:00", "yyyy-MM-ddTHH:mm:ss")
    assert locale_text.moment_short_text(moment).endswith(" 8 h 05")
    assert "08" not in locale_text.moment_text(datetime(2020, 5, 11, 8, 5, 9, tzinfo=UTC))
    assert locale_text.time_pattern(QLocale()) == "H 'h' mm"


def test_english_times_are_as_before() -> None:
    """English keeps its own pattern; France's colon form keeps its padded hour."""
    english = QLocale("en_CA")
    assert locale_text.time_pattern(english) == english.timeFormat(QLocale.FormatType.ShortFormat)
    assert (
        locale_text.time_text(datetime(2020, 5, 11, 3, 56, tzinfo=UTC), QLocale("en_GB")) == "03:56"
    )
    assert locale_text.time_pattern(QLocale("fr_FR")) == "HH:mm"


def test_a_material_is_read_out_with_french_sizes(french: None, sample_store: Store) -> None:
    """What a screen reader says of a material's row: its size as the cell shows it."""
    section = MaterialsSection(sample_store, lambda _url: True)
    section.show_session(sample_store.find_session("setting-the-stage-2020-05-11").id)
    table = section.table if hasattr(section, "table") else section.findChild(QTableView)
    assert isinstance(table, QTableView)
    model = table.model()
    shown = [model.index(0, column).data() for column in range(model.columnCount())]
    assert "1,8\u00a0Mo" in shown
    interface = QAccessible.queryAccessibleInterface(table)
    assert interface is not None
    said = [interface.child(i).text(QAccessible.Text.Name) for i in range(interface.childCount())]
    assert any("1,8\u00a0Mo" in text for text in said)
    assert not any("MB" in text for text in said), said
    section.deleteLater()

    language.reset()


def _column_texts(window: MainWindow, column: Column) -> list[str]:
    model = window.sessions.model
    return [str(model.index(row, int(column)).data() or "") for row in range(model.rowCount())]


def test_the_french_list_shows_kinds_in_french_and_filters_on_the_stored_kind(
    qtbot: QtBot, french_window: MainWindow
) -> None:
    qtbot.waitUntil(lambda: "Table ronde" in _column_texts(french_window, Column.KIND))
    kinds = _column_texts(french_window, Column.KIND)
    assert "Séance d’information" in kinds and "Groupe de travail" in kinds
    assert not {"Briefing", "Panel", "Working group"} & set(kinds)
    combo = french_window.sessions.filter_bar.filters["kind"]
    qtbot.waitUntil(lambda: combo.findData("panel") > 0)
    labels = {combo.itemText(i): combo.itemData(i) for i in range(combo.count())}
    assert labels["Table ronde"] == "panel"  # the menu says French, filters on the feed's
    combo.setCurrentIndex(combo.findData("panel"))
    qtbot.waitUntil(
        lambda: set(_column_texts(french_window, Column.KIND)) - {""} == {"Table ronde"}
    )


def test_the_attendance_words_are_not_follow_up_words(french_window: MainWindow) -> None:
    """'Suivi' is a follow-up (the Suivis tab); attendance reads présence / absence."""
    window = french_window
    window.select_session(window.store.find_session("setting-the-stage-2020-05-11").id)
    window.sessions.show_pending_detail()
    button = window.findChild(AttendanceButton)
    assert button is not None
    texts = [action.text() for action in button.menu().actions()]
    assert "Noter ma &présence" in texts and "Noter mon &absence" in texts
    edit = [
        a.text() for m in french_window.menuBar().actions() if m.menu() for a in m.menu().actions()
    ]
    assert "Noter ma &présence" in edit
    assert not [text for text in texts + edit if "suivie" in text.lower()]


def test_the_detail_pane_names_presenter_roles_in_french(french_window: MainWindow) -> None:
    from briefing_app.ui.sessions.detail_markdown import session_markdown

    detail = french_window.store.session_detail(
        french_window.store.find_session("setting-the-stage-2020-05-11").id
    )
    text = session_markdown(detail, languages=("fr", "en"))
    # Epicene role labels before the name (util/presenter_roles), the name still a link.
    assert "- Présentation\u00a0: **[Josie Scioli](presenter:" in text
    assert "- Panéliste\u00a0: **[Heather Taylor](presenter:" in text
    assert "présentateur" not in text and "(presenter)" not in text and "(panelist)" not in text
    assert "**Type\u00a0:** Séance d’information" in text
