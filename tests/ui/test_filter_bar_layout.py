"""The search and filter bar wraps well in English and French (issue 17).

Found in a French render at 1400×900: the filters on a line of their own under the
search had pushed "Toutes les organisations" onto a third line, alone, with room
beside it. The search, sort, past sessions and filters now share one wrapping bar in
which the search takes what its line leaves (``FlowLayout.insert_widget(expanding=)``).
"""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.sessions.tab import SEARCH_CHARS
from briefing_app.ui.widgets.flow_layout import FlowLayout


def _settled(qtbot: Any, window: MainWindow, width: int, height: int) -> list[QWidget]:
    """The bar's shown widgets once the filters' values came and it laid out again."""
    window.resize(width, height)
    bar = window.sessions.filter_bar
    qtbot.waitUntil(lambda: not bar.pending, timeout=10_000)
    QApplication.sendPostedEvents()
    QCoreApplication.processEvents()
    shown = [bar.itemAt(i).widget() for i in range(bar.count())]
    return [w for w in shown if w is not None and w.isVisible()]


def _lines(widgets: list[QWidget]) -> list[list[QWidget]]:
    lines: dict[int, list[QWidget]] = {}
    for widget in widgets:
        centre = widget.geometry().center().y()
        key = next((k for k in lines if abs(k - centre) <= 6), centre)
        lines.setdefault(key, []).append(widget)
    return [sorted(lines[k], key=lambda w: w.x()) for k in sorted(lines)]


def _problems(window: MainWindow, widgets: list[QWidget]) -> list[str]:
    """Widgets outside the bar or over one another, and a line that ends short when the
    next line's first widget would have fitted in it."""
    bar = window.sessions.filter_bar
    area = bar.geometry()
    found = [
        f"{w.accessibleName()} outside the bar" for w in widgets if not area.contains(w.geometry())
    ]
    for n, a in enumerate(widgets):
        found += [
            f"{a.accessibleName()} over {b.accessibleName()}"
            for b in widgets[n + 1 :]
            if a.geometry().intersects(b.geometry())
        ]
    lines = _lines(widgets)
    for line, following in itertools.pairwise(lines):
        room = area.right() - line[-1].geometry().right()
        if following[0].sizeHint().width() + 6 <= room:
            found.append(f"{following[0].accessibleName()} would fit beside {line[-1]}")
    return found


@pytest.mark.parametrize("size", [(1400, 900), (1280, 800)])
def test_in_french_the_filters_fit_under_the_search(
    qtbot: Any, french_window: MainWindow, size: tuple[int, int]
) -> None:
    widgets = _settled(qtbot, french_window, *size)
    organizations = french_window.sessions.filter_bar.filters["organization"]
    assert organizations.currentText() == "Toutes les organisations"
    lines = _lines(widgets)
    assert len(lines) == 2, [[w.accessibleName() for w in line] for line in lines]
    assert organizations in lines[1]
    assert french_window.sessions.search in lines[0]
    assert not _problems(french_window, widgets)


@pytest.mark.parametrize("size", [(1400, 900), (1280, 800)])
def test_in_english_too(qtbot: Any, sample_window: MainWindow, size: tuple[int, int]) -> None:
    sample_window.show_past.setChecked(True)
    widgets = _settled(qtbot, sample_window, *size)
    assert len(_lines(widgets)) == 2
    assert not _problems(sample_window, widgets)


def test_the_search_takes_what_its_line_leaves(qtbot: Any, sample_window: MainWindow) -> None:
    widgets = _settled(qtbot, sample_window, 1400, 900)
    search = sample_window.sessions.search
    first = _lines(widgets)[0]
    assert first[0] is search
    bar = sample_window.sessions.filter_bar.geometry()
    assert abs(first[-1].geometry().right() - bar.right()) <= 1  # the line ends flush
    assert search.width() >= SEARCH_CHARS * search.fontMetrics().averageCharWidth()


def test_with_twice_the_font_the_search_gets_a_line_not_an_ellipsis(
    qtbot: Any, twice_the_font: None, french_window: MainWindow
) -> None:
    widgets = _settled(qtbot, french_window, 1280, 800)
    search = french_window.sessions.search
    assert search.width() >= SEARCH_CHARS * search.fontMetrics().averageCharWidth()
    assert not _problems(french_window, widgets)
    assert french_window.width() == 1280  # the bar no longer widens the window


def test_an_expanding_widget_fills_its_line(qtbot: Any) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    flow = FlowLayout(host)
    labels = [QLabel(text) for text in ("one", "two", "three")]
    for label in labels:
        flow.addWidget(label)
    field = QLineEdit()
    flow.insert_widget(0, field, expanding=10)
    host.resize(600, 100)
    host.show()
    qtbot.waitExposed(host)
    assert [flow.itemAt(i).widget() for i in range(flow.count())] == [field, *labels]
    assert field.geometry().left() == 0
    assert labels[-1].geometry().right() == host.width() - 1  # flush at the right
    assert field.width() > 10 * field.fontMetrics().averageCharWidth()
    # Narrow: the field keeps its least width and the labels wrap under it.
    host.resize(field.fontMetrics().averageCharWidth() * 10 + 20, 100)
    QCoreApplication.processEvents()
    flow.setGeometry(QRect(0, 0, host.width(), 100))
    assert labels[0].y() > field.y()
    assert field.width() >= 10 * field.fontMetrics().averageCharWidth()
