"""The Follow-ups tab's Due column never clips its date (review 10, #13), in English and French."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from briefing_app.store import Store
from briefing_app.ui.followups.model import Column
from briefing_app.ui.main_window import MainWindow
from briefing_app.util.timeutil import utc_now


def _longest_overdue_day() -> date:
    """Within the last two weeks, the past day whose name and month are longest (a Wednesday
    in a long month in French, say): the widest text the column may need."""
    today = utc_now().date()
    return max(
        (today - timedelta(days=back) for back in range(2, 15)),
        key=lambda day: len(day.strftime("%A %B")),  # only a choice of day
    )


def _due_column(window: MainWindow, store: Store) -> tuple[str, int, int, Any]:
    store.add_followup("Call Lisa about pilots", owner="Lisa Carroll", due=_longest_overdue_day())
    store.add_followup("Send the notes", due=utc_now().date() + timedelta(days=2))
    titles = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    window.tabs.setCurrentIndex(
        next(i for i, t in enumerate(titles) if t in ("Follow-ups", "Suivis"))
    )
    QCoreApplication.processEvents()
    view = window.followups
    view.refresh()
    QCoreApplication.processEvents()
    late = view.model.index(0, 0, view.model.index(0, 0)).siblingAtColumn(Column.DUE)
    text = late.data()
    width = view.tree.header().sectionSize(Column.DUE)
    needed = view.tree.fontMetrics().horizontalAdvance(text) + 2 * view.tree.style().pixelMetric(
        view.tree.style().PixelMetric.PM_FocusFrameHMargin
    )
    return text, width, needed, late


def _holds_its_date(window: MainWindow, store: Store, overdue: str) -> None:
    text, width, needed, late = _due_column(window, store)
    assert text.startswith(overdue)
    assert width >= needed, (text, width, needed)
    assert width >= window.followups.tree.sizeHintForColumn(Column.DUE)
    assert late.data(Qt.ItemDataRole.ToolTipRole) == text  # whole, if the user narrows it


def test_the_due_column_holds_the_french_overdue_date(
    french_window: MainWindow, sample_store: Store
) -> None:
    _holds_its_date(french_window, sample_store, "En retard\u00a0: ")


def test_the_due_column_holds_the_english_overdue_date(
    sample_window: MainWindow, sample_store: Store
) -> None:
    _holds_its_date(sample_window, sample_store, "Overdue: ")
