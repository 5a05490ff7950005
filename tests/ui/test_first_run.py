"""Issue 11, point 7: a new user's first view is alive, and the sample says it is one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.feed_server import FeedServer, Reply

from briefing_app import APP_NAME
from briefing_app.feeds import parse_feed
from briefing_app.store import Store
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.sessions import first_run
from briefing_app.ui.sessions.first_run import (
    AddFeedDialog,
    FirstRunPanel,
    sample_info,
    sample_label,
)


def _window(qtbot, store: Store) -> MainWindow:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


def _feed_doc(series: str, title: str, start: str, end: str) -> dict[str, object]:
    return {
        "format": "briefing-feed",
        "version": 1,
        "series": {"id": series, "title": series.title(), "timezone": "Europe/Berlin"},
        "sessions": [{"id": "s1", "title": title, "start": start, "end": end}],
    }


def _own_feed(tmp_path: Path) -> Path:
    path = tmp_path / "my-event.json"
    doc = _feed_doc(
        "my-event", "Opening keynote", "2099-03-01T10:00:00+01:00", "2099-03-01T11:00:00+01:00"
    )
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


# ---- the first view ------------------------------------------------------------------
def test_a_new_user_is_asked_to_add_their_event(qtbot, sample_store: Store) -> None:
    window = _window(qtbot, sample_store)
    panel = window.first_run
    assert window.in_first_run()
    assert panel.isVisible() and not window.table.isVisible()
    assert not window.detail_panel.isVisible()
    assert panel.title.text() == "Add your event to get started"
    assert panel.add_button.text() == "Add your event's feed…"
    assert panel.add_button.isDefault()
    assert panel.invite_button.text() == "Open an .ics invite…"
    for name in ("pretalx", "frab XML", "iCalendar", "briefing feed"):
        assert name in panel.formats.text()
    assert panel.sample_button.isVisible()
    assert panel.sample_button.text() == "Show the 2020 sample sessions"
    assert panel.badge.text() == "Sample series from 2020"
    assert "Re-Imagine the City of Toronto" in panel.body.text()
    assert window.windowTitle() == "Sample series from 2020"  # the platform adds the app's name
    assert "Sample series from 2020" in window.statusBar().currentMessage()


def test_the_sample_sessions_are_a_click_away_and_labelled(qtbot, sample_store: Store) -> None:
    window = _window(qtbot, sample_store)
    window.first_run.sample_button.click()
    assert window.show_past.isChecked()
    assert not window.in_first_run() and window.table.isVisible()
    assert len(window.visible_titles()) == 5
    # The list says what it is, with the call to action still in reach.
    assert window.notice.isVisible()
    assert "Sample series from 2020" in window.notice.text()
    assert "Add your event's feed…" in window.notice.text()
    qtbot.waitUntil(lambda: window.detail_panel.session_id is not None)
    assert window.detail_panel.isVisible()
    assert (
        "Series: Re-Imagine the City of Toronto (Sample series from 2020)"
        in window.detail.toPlainText()
    )
    # The notice's link opens the same dialog as the button.
    window.notice.linkActivated.emit("add-feed")
    assert isinstance(window._add_feed_dialog, AddFeedDialog)
    assert window._add_feed_dialog.isVisible()
    window._add_feed_dialog.reject()
    # Past sessions hidden again: back to the call to action.
    window.show_past.setChecked(False)
    assert window.in_first_run()


def test_searching_the_sample_shows_results_not_the_call_to_action(
    qtbot, sample_store: Store
) -> None:
    window = _window(qtbot, sample_store)
    window.search.setText("procurement")
    window.refresh()
    qtbot.waitUntil(lambda: len(window.visible_titles()) == 2)
    assert not window.in_first_run() and window.table.isVisible()


def test_the_sample_year_comes_from_its_sessions(qtbot, store: Store) -> None:
    doc = _feed_doc("old", "Long ago", "2018-05-01T10:00:00+02:00", "2018-05-01T11:00:00+02:00")
    feed = parse_feed(json.dumps(doc).encode(), source="test")
    feed_id = store.add_feed("builtin:sample", title="Old sample", format=feed.format, builtin=True)
    store.apply_feed(feed_id, feed)
    assert sample_label(store) == "Sample series from 2018"
    info = sample_info(store)
    assert info is not None and info.years == "2018"
    panel = FirstRunPanel()
    qtbot.addWidget(panel)
    panel.set_sample(info.label, info.name, info.years)
    assert panel.sample_button.text() == "Show the 2018 sample sessions"
    assert "2020" not in panel.body.text()


def test_with_no_sample_and_no_feed_the_call_to_action_stands_alone(qtbot, store: Store) -> None:
    window = _window(qtbot, store)
    assert window.in_first_run()
    assert window.first_run.sample_button.isHidden()
    assert window.first_run.badge.isHidden()
    assert "no sessions yet" in window.first_run.body.text()
    assert window.windowTitle() == APP_NAME


# ---- adding one's own event ---------------------------------------------------------
def test_adding_a_feed_file_ends_the_first_run(qtbot, sample_store: Store, tmp_path: Path) -> None:
    window = _window(qtbot, sample_store)
    window.activateWindow()
    window.first_run.add_button.setFocus()
    window.first_run.add_button.click()
    dialog = window._add_feed_dialog
    assert isinstance(dialog, AddFeedDialog) and dialog.isVisible()
    assert not dialog.add_button.isEnabled()  # nothing typed yet
    dialog.location.setText(str(_own_feed(tmp_path)))
    assert dialog.add_button.isEnabled()
    with qtbot.waitSignal(dialog.added, timeout=10_000):
        dialog.add_button.click()
    qtbot.waitUntil(lambda: not window.in_first_run())
    assert window.visible_titles() == ["Opening keynote"]
    assert window.windowTitle() == APP_NAME
    assert not dialog.isVisible()
    # The card's button had the keyboard: now the list has it (Space, arrows work). The
    # window's focus widget is what gets the keyboard (offscreen never re-activates it).
    qtbot.waitUntil(lambda: window.focusWidget() is window.table)
    assert window.statusBar().currentMessage() == "Feed added: imported 1 session"
    # The feed filter names the sample as one, beside the user's own feed.
    feed_combo = window.filters["feed"]
    labels = [feed_combo.itemText(i) for i in range(feed_combo.count())]
    assert "Re-Imagine the City of Toronto (Sample series from 2020)" in labels
    assert "My-Event" in labels
    # No call to action in the list's notice any more, even with the past shown.
    window.show_past.setChecked(True)
    assert "Add your event" not in window.notice.text()


def test_adding_a_feed_by_address(
    qtbot, sample_store: Store, feed_server: FeedServer, tmp_path: Path
) -> None:
    url = feed_server.serve("/feed.json", Reply(body=_own_feed(tmp_path).read_bytes()))
    window = _window(qtbot, sample_store)
    dialog = window.open_add_feed()
    with qtbot.waitSignal(dialog.added, timeout=10_000) as blocker:
        dialog.add(url)
    assert "imported 1 session" in blocker.args[0]
    qtbot.waitUntil(lambda: not window.in_first_run())
    assert any(f.url == url for f in sample_store.feeds())


def test_a_bad_feed_is_refused_in_the_dialog_and_nothing_changes(
    qtbot, sample_store: Store, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    window = _window(qtbot, sample_store)
    before = sample_store.dump()
    dialog = window.open_add_feed()
    dialog.location.setText(str(bad))
    dialog.add_button.click()
    qtbot.waitUntil(lambda: "Could not add the feed" in dialog.status.text(), timeout=10_000)
    assert dialog.isVisible() and dialog.add_button.isEnabled()
    assert sample_store.dump() == before
    assert window.in_first_run()


def test_opening_an_ics_invite_ends_the_first_run(
    qtbot, sample_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    invite = tmp_path / "invite.ics"
    invite.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        "UID:abc@example.org\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20990101T100000Z\r\n"
        "DTEND:20990101T110000Z\r\nSUMMARY:Invited talk\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    # The platform's file dialog cannot be driven here: answer it.
    monkeypatch.setattr(
        first_run.QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(invite), "")
    )
    window = _window(qtbot, sample_store)
    with qtbot.waitSignal(window.import_finished, timeout=10_000):
        window.first_run.invite_button.click()
    qtbot.waitUntil(lambda: not window.in_first_run())
    assert window.visible_titles() == ["Invited talk"]
    assert window.statusBar().currentMessage() == "Imported 1 session from invite.ics"


def test_the_settings_feed_list_labels_the_sample(qtbot, sample_store: Store) -> None:
    window = _window(qtbot, sample_store)
    dialog = window.open_settings()
    text = dialog.feed_model.index(0).data()
    assert "Sample series from 2020" in text
    dialog.reject()


def test_opening_a_session_from_another_tab_shows_it_not_the_call_to_action(
    qtbot, sample_store: Store
) -> None:
    window = _window(qtbot, sample_store)
    assert window.in_first_run()
    session = sample_store.find_session("2")
    window.tabs.setCurrentWidget(window.timeline)
    window.timeline.session_activated.emit(session.id)
    assert window.tabs.currentWidget() is window.splitter
    assert not window.in_first_run() and window.table.isVisible()
    assert window.current_session_id() == session.id
    qtbot.waitUntil(lambda: window.detail_panel.session_id == session.id)
    assert window.detail_panel.isVisible()


def test_export_offers_nothing_hidden_behind_the_call_to_action(qtbot, sample_store: Store) -> None:
    window = _window(qtbot, sample_store)
    dialog = window.open_export()
    qtbot.addWidget(dialog)
    assert not dialog.this_session.isEnabled() and not dialog.shown.isEnabled()
    assert not dialog.save_button.isEnabled()
    dialog.reject()
    window.show_past.setChecked(True)
    dialog = window.open_export()
    qtbot.addWidget(dialog)
    assert dialog.this_session.isEnabled() and dialog.shown.text().endswith("(5 sessions)")


def test_the_first_sample_session_opens_at_the_top_of_its_text(qtbot, sample_store: Store) -> None:
    """The review: after "Show the 2020 sample sessions" the first session's text opened
    scrolled to its end (the caret was left there, and showing the pane scrolled to it)."""
    window = _window(qtbot, sample_store)
    window.resize(1400, 700)
    window.first_run.sample_button.click()
    qtbot.waitUntil(lambda: window.detail_panel.session_id is not None)
    browser = window.detail_panel.browser
    qtbot.waitUntil(lambda: browser.verticalScrollBar().maximum() > 0)  # more than fits
    qtbot.wait(50)
    assert browser.verticalScrollBar().value() == 0
    assert browser.textCursor().position() == 0
