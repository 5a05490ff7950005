"""The Timeline's first day (review 10, item 19). The rule: today if the series shown has
sessions today, else the next day with sessions, else the first day of the series that
ended last. The day picked so follows the store (a feed added) until the user goes to a
day of their own."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot
from support.live_feed import live_feed_file

from briefing_app.feeds import parse_feed
from briefing_app.store import Store
from briefing_app.ui.timeline.view import DayTimeline

NOW = datetime(2026, 12, 7, 15, 0, tzinfo=UTC)  # 10:00 in Toronto


def _timeline(qtbot: QtBot, store: Store) -> DayTimeline:
    timeline = DayTimeline(store, now=lambda: NOW)
    qtbot.addWidget(timeline)
    timeline.resize(1000, 500)
    timeline.show()
    return timeline


def _add_live(store: Store, tmp_path: Path, now: datetime) -> None:
    path = live_feed_file(tmp_path, now)
    store.import_feed(str(path), parse_feed(path.read_bytes()))


def test_today_when_the_series_has_sessions_today(
    qtbot: QtBot, sample_store: Store, tmp_path: Path
) -> None:
    _add_live(sample_store, tmp_path, NOW)
    assert _timeline(qtbot, sample_store).current_day() == date(2026, 12, 7)


def test_the_next_day_with_sessions_when_today_has_none(
    qtbot: QtBot, sample_store: Store, tmp_path: Path
) -> None:
    _add_live(sample_store, tmp_path, datetime(2026, 12, 20, 15, 0, tzinfo=UTC))
    assert _timeline(qtbot, sample_store).current_day() == date(2026, 12, 20)


def test_the_first_day_of_the_latest_series_when_all_are_past(
    qtbot: QtBot, sample_store: Store, tmp_path: Path
) -> None:
    _add_live(sample_store, tmp_path, datetime(2026, 1, 31, 15, 0, tzinfo=UTC))
    # Not the 2020 sample's first day (15 April 2020): the event that ended last.
    assert _timeline(qtbot, sample_store).current_day() == date(2026, 1, 31)


def test_the_sample_alone_opens_on_its_first_day(qtbot: QtBot, sample_store: Store) -> None:
    assert _timeline(qtbot, sample_store).current_day() == date(2020, 4, 15)


def test_a_feed_added_after_the_first_open_moves_the_home_day_to_today(
    qtbot: QtBot, sample_store: Store, tmp_path: Path
) -> None:
    timeline = _timeline(qtbot, sample_store)
    assert timeline.current_day() == date(2020, 4, 15)
    _add_live(sample_store, tmp_path, NOW)
    timeline.refresh()
    assert timeline.current_day() == date(2026, 12, 7)


def test_a_day_the_user_went_to_stays_across_a_re_read(
    qtbot: QtBot, sample_store: Store, tmp_path: Path
) -> None:
    timeline = _timeline(qtbot, sample_store)
    timeline.next_day()
    chosen = timeline.current_day()
    assert chosen == date(2020, 5, 11)
    _add_live(sample_store, tmp_path, NOW)
    timeline.refresh()
    assert timeline.current_day() == chosen
