"""The Follow-ups tab: lazy, grouped, filtered; add from the session pane; files; reminders."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QSystemTrayIcon

from briefing_app.store import Store
from briefing_app.ui.followups.model import Column, GroupRole
from briefing_app.ui.followups.view import FollowupsView
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.reminder_alerts import ReminderBanner, ReminderNotifier, ReminderScheduler
from briefing_app.util.timeutil import utc_now

STAGE = "setting-the-stage-2020-05-11"


@pytest.fixture
def window(qtbot, sample_store: Store) -> MainWindow:
    win = MainWindow(sample_store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _rows(view: FollowupsView) -> list[tuple[str, list[str]]]:
    """(group title, [follow-up texts]) as the tree shows them."""
    model = view.model
    shown = []
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        texts = [str(model.index(n, 0, group).data()) for n in range(model.rowCount(group))]
        shown.append((str(group.data()), texts))
    return shown


def _seed(store: Store) -> dict[str, int]:
    today = utc_now().date()
    stage = store.find_session(STAGE).id
    ids = {
        "late": store.add_followup(
            "Send comments", owner="Lisa Carroll", due=today - timedelta(days=3), priority=1,
            session_ids=[stage],
        ).id,
        "soon": store.add_followup("Share recording", due=today + timedelta(days=2)).id,
        "later": store.add_followup("Draft recommendations", due=today + timedelta(days=40)).id,
        "none": store.add_followup("Introduce members", owner="Me").id,
    }  # fmt: skip
    done = store.add_followup("Register", session_ids=[stage])
    store.mark_followup(done.id, "done")
    ids["done"] = done.id
    return ids


def test_the_tab_is_built_when_shown_and_groups_by_due(
    qtbot, window: MainWindow, sample_store: Store
) -> None:
    _seed(sample_store)
    assert "followups" not in window._built_tabs
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    window.tabs.setCurrentIndex(titles.index("Follow-ups"))
    assert "followups" in window._built_tabs
    view = window.followups
    assert window.tabs.currentWidget() is view
    assert _rows(view) == [
        ("Overdue (1)", ["Send comments"]),
        ("Due this week (1)", ["Share recording"]),
        ("Later (1)", ["Draft recommendations"]),
        ("No due date (1)", ["Introduce members"]),
        ("Done (1)", ["Register"]),
    ]
    # Overdue is said with an icon and words, not colour alone.
    late = view.model.index(0, 0, view.model.index(0, 0))
    assert late.data(Qt.ItemDataRole.DecorationRole) is not None
    assert late.data(GroupRole) == "overdue"
    assert late.siblingAtColumn(Column.DUE).data().startswith("Overdue: ")
    assert late.data(Qt.ItemDataRole.AccessibleTextRole) == "Send comments, overdue"
    assert late.siblingAtColumn(Column.PRIORITY).data() == "1 (high)"
    assert late.siblingAtColumn(Column.SESSIONS).data() == "Setting the Stage"
    assert view.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None


def test_filters_by_text_status_owner_and_session(
    qtbot, window: MainWindow, sample_store: Store
) -> None:
    _seed(sample_store)
    view = window.followups
    view.search.setText("recommend")
    assert _rows(view) == [("Later (1)", ["Draft recommendations"])]
    view.search.clear()
    view.status_filter.setCurrentIndex(view.status_filter.findData("done"))
    assert _rows(view) == [("Done (1)", ["Register"])]
    view.status_filter.setCurrentIndex(0)
    view.owner_filter.setCurrentIndex(view.owner_filter.findData("Me"))
    assert _rows(view) == [("No due date (1)", ["Introduce members"])]
    view.owner_filter.setCurrentIndex(0)
    stage = sample_store.find_session(STAGE).id
    view.session_filter.setCurrentIndex(view.session_filter.findData(stage))
    assert _rows(view) == [("Overdue (1)", ["Send comments"]), ("Done (1)", ["Register"])]


def test_add_from_the_session_pane_links_it_and_offers_presenters(
    qtbot, window: MainWindow, sample_store: Store
) -> None:
    stage = sample_store.find_session(STAGE).id
    window.select_session(stage)
    pane = window.detail_panel
    assert pane.followup_button.isEnabled()
    qtbot.mouseClick(pane.followup_button, Qt.MouseButton.LeftButton)
    dialog = window.followups.dialog
    assert dialog is not None and dialog.isVisible()
    owners = [dialog.owner.itemText(i) for i in range(dialog.owner.count())]
    assert {"Josie Scioli", "Lawrence Eta", "Heather Taylor", "Andrew Flynn"} <= set(owners)
    assert dialog.sessions_model.item(0).text() == "Setting the Stage"
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()  # no text yet
    dialog.text.setPlainText("Ask Heather for the slides")
    dialog.owner.setCurrentText("Heather Taylor")
    dialog.has_due.setChecked(True)
    dialog.due_date.setDate(dialog.due_date.date().addDays(30))
    dialog.priority.setCurrentIndex(dialog.priority.findData(2))
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    (stored,) = sample_store.followups()
    assert (stored.text, stored.owner, stored.priority) == (
        "Ask Heather for the slides",
        "Heather Taylor",
        2,
    )
    assert stored.session_ids == (stage,) and isinstance(stored.due, date)
    view = window.followups
    assert view.current() is not None and view.current().id == stored.id  # type: ignore[union-attr]
    assert _rows(view) == [("Later (1)", ["Ask Heather for the slides"])]


def test_edit_done_reopen_remove(qtbot, window: MainWindow, sample_store: Store) -> None:
    ids = _seed(sample_store)
    view = window.followups
    assert view.select(ids["soon"])
    assert view.done_button.text() == "Mark done"
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert sample_store.followup(ids["soon"]).done
    assert view.current().id == ids["soon"]  # type: ignore[union-attr]
    assert view.done_button.text() == "Reopen"
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert not sample_store.followup(ids["soon"]).done
    dialog = view.edit_current()
    assert dialog is not None and dialog.text.toPlainText() == "Share recording"
    assert dialog.has_due.isChecked() and not dialog.has_time.isChecked()
    dialog.has_time.setChecked(True)
    dialog.text.setPlainText("Share the recording")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    edited = sample_store.followup(ids["soon"])
    assert edited.text == "Share the recording" and isinstance(edited.due, datetime)
    assert edited.sequence == 3
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    assert ids["soon"] not in {f.id for f in sample_store.followups()}


def test_export_and_import_off_the_gui_thread_and_a_bad_file_on_the_error_road(
    qtbot, window: MainWindow, sample_store: Store, tmp_path: Path
) -> None:
    _seed(sample_store)
    view = window.followups
    target = tmp_path / "mine.ics"
    view.export_to(target)
    qtbot.waitUntil(lambda: view.last_file_message.startswith("Exported"), timeout=10_000)
    assert target.read_bytes().count(b"BEGIN:VTODO") == 5
    view.import_from(target)
    qtbot.waitUntil(lambda: view.last_file_message.startswith("Imported"), timeout=10_000)
    assert view.last_file_message == "Imported: 0 added, 0 updated, 5 unchanged."
    before = sample_store.followups()
    bad = tmp_path / "bad.ics"
    bad.write_bytes(target.read_bytes().replace(b"STATUS:NEEDS-ACTION", b"STATUS:LATER", 1))
    view.import_from(bad)
    qtbot.waitUntil(lambda: "unknown STATUS 'LATER'" in window.messages.text(), timeout=10_000)
    assert str(bad) in window.messages.text()
    assert sample_store.followups() == before
    assert view.import_button.isEnabled()


def test_a_reminder_shows_when_a_follow_up_falls_due(
    qtbot, sample_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    due = datetime(2030, 3, 4, 15, 0, tzinfo=UTC)
    record = sample_store.add_followup("Call the city", due=due, due_zone="UTC")
    now = [due - timedelta(minutes=10)]
    banner = ReminderBanner(lambda: now[0], "UTC")
    qtbot.addWidget(banner)
    scheduler = ReminderScheduler(sample_store, lambda: now[0])
    notifier = ReminderNotifier(banner)
    notifier.attach(scheduler)
    scheduler.reschedule()
    assert banner.isHidden() and scheduler.next_time == due
    now[0] = due
    scheduler.timer.timeout.emit()
    (row,) = banner.rows()
    assert row.title_label.text() == "Follow-up: Call the city — due now"
    assert row.when_label.text() == "Follow-up due Mon 04 Mar 15:00"
    assert not row.join_button.isVisibleTo(banner)
    with qtbot.waitSignal(notifier.followup_activated) as shown:
        qtbot.mouseClick(row.show_button, Qt.MouseButton.LeftButton)
    assert shown.args == [record.id]
    # Shown once; done ones never.
    scheduler.reschedule()
    assert len(banner.rows()) == 1
    sample_store.mark_followup(record.id, "done")
    scheduler.reschedule()
    assert banner.rows() == []


def test_a_follow_up_added_by_the_command_line_shows_in_the_open_tab(
    qtbot, window: MainWindow, sample_store: Store
) -> None:
    view = window.followups
    assert view.empty.isVisibleTo(view) and _rows(view) == []
    with Store(sample_store.path) as other:  # another process's connection
        other.add_followup("Written elsewhere", owner="CLI")
    window.follow_store()
    assert _rows(view) == [("No due date (1)", ["Written elsewhere"])]
    assert not view.empty.isVisibleTo(view)


def test_the_dialog_shows_the_history_and_brings_an_old_text_back(
    qtbot, window: MainWindow, sample_store: Store
) -> None:
    ids = _seed(sample_store)
    view = window.followups
    assert view.select(ids["none"])
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)  # Return edits, as a double-click does
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.history  # never edited: no history shown
    assert dialog.history_toggle.parent() is None or not dialog.history_toggle.isVisible()
    dialog.reject()
    sample_store.edit_followup(ids["none"], text="Introduce the members", owner="Ana")
    sample_store.edit_followup(ids["none"], text="Introduce the new members")
    assert view.select(ids["none"])
    dialog = view.edit_current()
    assert dialog is not None
    assert dialog.history_toggle.isVisible() and not dialog.history_box.isVisible()
    assert "2 earlier versions" in dialog.history_toggle.text()
    qtbot.keyClick(dialog.history_toggle, Qt.Key.Key_Space)  # opened from the keyboard
    assert dialog.history_box.isVisible()
    labels = [
        str(dialog.history_model.index(n, 0).data()) for n in range(dialog.history_model.rowCount())
    ]
    assert "replaced by an edit: Introduce the members" in labels[0]
    assert labels[1].endswith("replaced by an edit: Introduce members")
    assert dialog.history_text.toPlainText() == "Introduce the members"  # newest chosen
    dialog.history_view.setCurrentIndex(dialog.history_model.index(1, 0))
    assert dialog.history_text.toPlainText() == "Introduce members"
    assert dialog.history_facts.text() == "Owner: Me · No due date · Open"
    dialog.has_due.setChecked(True)  # changed in the form, then an old version is used
    dialog.use_version.click()
    assert not dialog.has_due.isChecked()
    assert dialog.text.toPlainText() == "Introduce members"
    assert dialog.owner.currentText() == "Me"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert sample_store.followup(ids["none"]).text == "Introduce members"
    # The text it replaced is kept in turn: nothing is lost.
    texts = [v.text for v in sample_store.followup_history(ids["none"])]
    assert texts[0] == "Introduce the new members" and len(texts) == 3
