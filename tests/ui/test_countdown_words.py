"""Now & next and the reminder banner count down alike (review 10, item 19): one wording
("starting in 15 minutes") and one rounding (up), at the same moment, in both languages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from support.live_feed import live_feed_file

from briefing_app.feeds import parse_feed
from briefing_app.store import Store
from briefing_app.ui import language
from briefing_app.ui.now_next.view import NowNextView
from briefing_app.ui.reminder_alerts import relative_text
from briefing_app.usecases.reminders import Reminder

NOW = datetime(2026, 12, 7, 17, 0, tzinfo=UTC)


def _budget(store: Store, tmp_path: Path) -> Reminder:
    path = live_feed_file(tmp_path, NOW)
    store.import_feed(str(path), parse_feed(path.read_bytes()))
    record = store.find_session("budget")  # starts at NOW + 30 min
    return Reminder(
        session_id=record.id,
        title=record.title,
        start=record.start,
        end=record.end,
        join_url=record.join_url,
        fire_at=record.start - timedelta(minutes=15),
        minutes_before=15,
    )


@pytest.mark.parametrize(
    ("left", "words"),
    [
        (timedelta(minutes=14, seconds=20), "starting in 15 minutes"),  # the review's moment
        (timedelta(minutes=15), "starting in 15 minutes"),
        (timedelta(minutes=14, seconds=59), "starting in 15 minutes"),
        (timedelta(seconds=30), "starting in 1 minute"),
    ],
)
def test_now_and_next_and_the_banner_say_the_same(
    qtbot: QtBot, sample_store: Store, tmp_path: Path, left: timedelta, words: str
) -> None:
    reminder = _budget(sample_store, tmp_path)
    at = reminder.start - left
    view = NowNextView(sample_store, clock=lambda: at)
    qtbot.addWidget(view)
    upcoming = view.next_model.records()
    assert upcoming[0].id == reminder.session_id
    assert view.next_model.trailing(upcoming[0]) == words
    assert relative_text(reminder, at) == words


def test_the_same_words_in_french(
    qtbot: QtBot, sample_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    language.apply_language("system")
    try:
        reminder = _budget(sample_store, tmp_path)
        at = reminder.start - timedelta(minutes=14, seconds=20)
        view = NowNextView(sample_store, clock=lambda: at)
        qtbot.addWidget(view)
        trailing = view.next_model.trailing(view.next_model.records()[0])
        assert trailing == relative_text(reminder, at) == "commence dans 15 minutes"
    finally:
        monkeypatch.setenv("LANG", "C.UTF-8")
        language.apply_language("system")
