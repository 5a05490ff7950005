"""Banners never move the list under the pointer (review 10, item 11): a message (an error,
a sync summary) and the reminders show under the views, so the rows keep their place on
the screen as banners come and go."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from briefing_app.store import Store
from briefing_app.ui.main_window import MainWindow
from briefing_app.usecases.reminders import Reminder


def _row_on_screen(window: MainWindow, row: int) -> QPoint:
    table = window.table
    rect = table.visualRect(window.model.index(row, 1))
    return table.viewport().mapToGlobal(rect.center())


def test_messages_and_reminders_do_not_move_the_rows(qtbot: QtBot, sample_store: Store) -> None:
    window = MainWindow(sample_store)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.show_past.setChecked(True)
    qtbot.waitUntil(lambda: window.model.rowCount() > 4)
    qtbot.waitUntil(lambda: window._first_painted)  # its reminders rescheduled (none due)
    QApplication.processEvents()
    rows = [_row_on_screen(window, row) for row in range(4)]
    tab_bar = window.tabs.tabBar().mapToGlobal(QPoint(0, 0))

    window.report_error("Could not open http://127.0.0.1:8778/join2: no application to open it")
    now = datetime.now(UTC)
    window.reminder_banner.add_reminder(
        Reminder(
            session_id=sample_store.sessions()[1].id,
            title="Live briefing: budget",
            start=now + timedelta(minutes=14),
            end=now + timedelta(minutes=60),
            join_url="https://meet.example.org/x",
            fire_at=now,
            minutes_before=15,
        )
    )
    QApplication.processEvents()
    assert window.messages.isVisible() and window.reminder_banner.isVisible()
    assert [_row_on_screen(window, row) for row in range(4)] == rows
    assert window.tabs.tabBar().mapToGlobal(QPoint(0, 0)) == tab_bar
    # Under the views, above the status bar.
    bottom = window.tabs.mapToGlobal(QPoint(0, window.tabs.height())).y()
    assert window.messages.mapToGlobal(QPoint(0, 0)).y() >= bottom
    assert window.reminder_banner.mapToGlobal(QPoint(0, 0)).y() >= bottom
    assert window.messages.geometry().bottom() < window.statusBar().geometry().top() + 1

    window.messages.dismiss()
    window.reminder_banner.model.clear()
    QApplication.processEvents()
    assert [_row_on_screen(window, row) for row in range(4)] == rows
