"""Reminders in the window: the scheduler's timer, the banner and the tray, with a fake clock."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import QSystemTrayIcon

from briefing_app.feeds.model import Feed
from briefing_app.store import Store
from briefing_app.ui.reminder_alerts import (
    MAX_WAIT_MS,
    ReminderBanner,
    ReminderListModel,
    ReminderNotifier,
    ReminderScheduler,
    WhenRole,
)
from briefing_app.ui.widgets.theme import dark_palette
from briefing_app.usecases.reminders import Reminder

STAGE = "setting-the-stage-2020-05-11"  # 17:00–18:30 UTC, 13:00–14:30 EDT
WORKING_GROUP = "procurement-wg-2020-05-11"  # 18:30–19:30 UTC
ZONE = "America/Toronto"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(at("2020-05-11T16:40:00"))


@pytest.fixture
def ids(sample_store: Store) -> dict[str, int]:
    return {r.source_id: r.id for r in sample_store.sessions()}


@pytest.fixture
def no_tray(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []
    # No browser here: record what would be opened.
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url.toString()) or True)
    )
    return urls


class App:
    """The pieces as the window wires them: scheduler → notifier → banner."""

    def __init__(self, qtbot, store: Store, clock: FakeClock) -> None:
        self.banner = ReminderBanner(clock, ZONE)
        qtbot.addWidget(self.banner)
        self.banner.resize(800, 10)
        self.scheduler = ReminderScheduler(store, clock)
        self.notifier = ReminderNotifier(self.banner)
        self.notifier.attach(self.scheduler)
        self.due: list[Reminder] = []
        self.scheduler.reminder_due.connect(self.due.append)

    def texts(self) -> list[tuple[str, str]]:
        return [(r.title_label.text(), r.when_label.text()) for r in self.banner.rows()]


@pytest.fixture
def app(qtbot, sample_store: Store, clock: FakeClock, no_tray: None) -> App:
    return App(qtbot, sample_store, clock)


def test_timer_fires_at_the_reminder_time_and_the_banner_shows_it(
    qtbot, app: App, sample_store: Store, clock: FakeClock, ids: dict[str, int], opened: list[str]
) -> None:
    sample_store.set_favourite(ids[STAGE])
    app.scheduler.reschedule()
    assert app.due == []
    assert app.banner.isHidden()
    assert app.scheduler.next_time == at("2020-05-11T16:45:00")
    assert app.scheduler.timer.isActive()
    assert app.scheduler.timer.interval() == MAX_WAIT_MS  # 5 minutes to go, but wakes each minute

    clock.now = at("2020-05-11T16:45:00")
    app.scheduler.timer.timeout.emit()
    assert [r.session_id for r in app.due] == [ids[STAGE]]
    assert not app.banner.isHidden()
    assert app.texts() == [
        ("Setting the Stage — starting in 15 minutes", "Mon 11 May 2020 13:00–14:30 EDT")
    ]
    (row,) = app.banner.rows()
    assert row.join_button.isVisibleTo(app.banner)
    assert row.join_button.accessibleName() == "Join Setting the Stage"
    assert not app.scheduler.timer.isActive()  # nothing else to wait for

    qtbot.mouseClick(row.join_button, Qt.MouseButton.LeftButton)
    assert opened == ["https://meet.example.org/reimagine-toronto/setting-the-stage"]
    with qtbot.waitSignal(app.notifier.session_activated) as shown:
        qtbot.mouseClick(row.show_button, Qt.MouseButton.LeftButton)
    assert shown.args == [ids[STAGE]]
    qtbot.mouseClick(row.dismiss_button, Qt.MouseButton.LeftButton)
    assert app.banner.isHidden()

    # Shown once: firing again, or a restart, does not bring it back.
    clock.now = at("2020-05-11T16:50:00")
    app.scheduler.reschedule()
    restarted = ReminderScheduler(sample_store, clock)
    again: list[Reminder] = []
    restarted.reminder_due.connect(again.append)
    restarted.reschedule()
    assert len(app.due) == 1
    assert again == []
    assert app.banner.isHidden()


def test_the_real_timer_fires(qtbot, sample_store: Store, ids: dict[str, int]) -> None:
    sample_store.set_favourite(ids[STAGE])
    # A clock running in real time, 80 ms before the reminder.
    offset = at("2020-05-11T16:45:00") - timedelta(milliseconds=80) - datetime.now(UTC)
    scheduler = ReminderScheduler(sample_store, lambda: datetime.now(UTC) + offset)
    with qtbot.waitSignal(scheduler.reminder_due, timeout=2000) as blocker:
        scheduler.reschedule()
        assert scheduler.timer.isActive()
    assert blocker.args[0].title == "Setting the Stage"


def test_starting_late_shows_it_at_once(
    app: App, sample_store: Store, clock: FakeClock, ids: dict[str, int]
) -> None:
    sample_store.set_favourite(ids[STAGE])
    clock.now = at("2020-05-11T16:57:00")
    app.scheduler.reschedule()
    assert app.texts()[0][0] == "Setting the Stage — starting in 3 minutes"
    # After the start, the banner says so as the minutes pass.
    clock.now = at("2020-05-11T17:05:00")
    app.banner.timer.timeout.emit()
    assert app.texts()[0][0] == "Setting the Stage — started 5 minutes ago"
    # Once the session is over the reminder goes.
    clock.now = at("2020-05-11T18:30:00")
    app.banner.timer.timeout.emit()
    assert app.banner.isHidden()
    assert not app.banner.timer.isActive()


def test_app_started_after_the_start_says_how_long_ago(
    app: App, sample_store: Store, clock: FakeClock, ids: dict[str, int]
) -> None:
    sample_store.set_favourite(ids[STAGE])
    clock.now = at("2020-05-11T17:05:00")
    app.scheduler.reschedule()
    assert app.texts() == [
        ("Setting the Stage — started 5 minutes ago", "Mon 11 May 2020 13:00–14:30 EDT")
    ]


def test_a_moved_session_moves_its_reminder(
    app: App, sample_store: Store, sample_feed: Feed, clock: FakeClock, ids: dict[str, int]
) -> None:
    sample_store.set_favourite(ids[STAGE])
    clock.now = at("2020-05-11T16:50:00")
    app.scheduler.reschedule()
    assert len(app.banner.rows()) == 1
    original = next(s for s in sample_feed.sessions if s.id == STAGE)
    moved = dataclasses.replace(
        sample_feed,
        sessions=tuple(
            dataclasses.replace(
                s, start=s.start + timedelta(hours=1), end=s.end + timedelta(hours=1)
            )
            if s is original
            else s
            for s in sample_feed.sessions
        ),
    )
    sample_store.apply_feed(sample_store.feeds()[0].id, moved)  # as a sync would
    app.scheduler.reschedule()
    # The old time no longer applies: its banner goes, and the timer aims at the new one.
    assert app.banner.isHidden()
    assert app.scheduler.next_time == at("2020-05-11T17:45:00")
    clock.now = at("2020-05-11T17:45:00")
    app.scheduler.reschedule()
    assert app.texts() == [
        ("Setting the Stage — starting in 15 minutes", "Mon 11 May 2020 14:00–15:30 EDT")
    ]


def test_a_removed_favourite_or_a_reminder_turned_off_drops_it(
    app: App, sample_store: Store, clock: FakeClock, ids: dict[str, int]
) -> None:
    sample_store.set_favourite(ids[STAGE])
    app.scheduler.reschedule()
    assert app.scheduler.next_time == at("2020-05-11T16:45:00")
    sample_store.set_favourite(ids[STAGE], False)
    app.scheduler.reschedule()
    assert app.scheduler.next_time is None
    assert not app.scheduler.timer.isActive()
    clock.now = at("2020-05-11T16:45:00")
    app.scheduler.reschedule()
    assert app.due == []

    sample_store.set_favourite(ids[STAGE])
    sample_store.set_reminder(ids[STAGE], enabled=True, minutes_before=30)
    clock.now = at("2020-05-11T16:40:00")
    app.scheduler.reschedule()  # 30 minutes before: due since 16:30
    assert app.texts()[0][0] == "Setting the Stage — starting in 20 minutes"
    sample_store.set_reminder(ids[STAGE], enabled=False, minutes_before=None)
    app.scheduler.reschedule()
    assert app.banner.isHidden()


def test_tray_message_where_there_is_a_tray(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    sample_store: Store,
    clock: FakeClock,
    ids: dict[str, int],
) -> None:
    # The tray cannot run here: pretend there is one and record its messages.
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "show", lambda self: None)
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QSystemTrayIcon,
        "showMessage",
        lambda self, title, body, *args: messages.append((title, body)),
    )
    app = App(qtbot, sample_store, clock)
    sample_store.set_favourite(ids[STAGE])
    app.scheduler.reschedule()
    clock.now = at("2020-05-11T16:45:00")
    app.scheduler.reschedule()
    qtbot.waitUntil(lambda: bool(messages), timeout=1000)
    assert messages == [
        ("Setting the Stage", "Starting in 15 minutes · Mon 11 May 2020 13:00–14:30 EDT")
    ]
    assert app.banner.isHidden()  # the tray took it
    with qtbot.waitSignal(app.notifier.session_activated) as clicked:
        app.notifier.tray.messageClicked.emit()
    assert clicked.args == [ids[STAGE]]

    # Two due at once (the app started late) share one message, soonest first.
    sample_store.set_favourite(ids[WORKING_GROUP])
    sample_store.set_reminder(ids[WORKING_GROUP], enabled=True, minutes_before=120)
    sample_store.set_setting("reminders_delivered", [])
    clock.now = at("2020-05-11T16:50:00")
    restarted = App(qtbot, sample_store, clock)
    restarted.scheduler.reschedule()
    qtbot.waitUntil(lambda: len(messages) == 2, timeout=1000)
    assert messages[-1] == (
        "2 sessions starting soon",
        "Setting the Stage — starting in 10 minutes\n"
        "Procurement Improvement & Innovation Working Group — starting in 1 hour 40 minutes",
    )


def _reminder(n: int, join_url: str = "") -> Reminder:
    start = at("2020-05-11T17:00:00") + timedelta(minutes=n)
    return Reminder(
        session_id=n,
        title=f"Session {n}",
        start=start,
        end=start + timedelta(hours=1),
        join_url=join_url,
        fire_at=start - timedelta(minutes=15),
        minutes_before=15,
    )


def test_banner_with_many_reminders_keyboard_and_unsafe_links(
    qtbot, clock: FakeClock, opened: list[str]
) -> None:
    banner = ReminderBanner(clock, ZONE)
    qtbot.addWidget(banner)
    banner.show()
    for n in (4, 0, 3, 1, 2):
        banner.add_reminder(_reminder(n, "javascript:alert(1)" if n == 0 else ""))
    assert [r.reminder.session_id for r in banner.rows()] == [0, 1, 2]
    assert banner.more_label.text() == "and 2 more reminders"
    assert not any(r.join_button.isVisibleTo(banner) for r in banner.rows())
    banner.join(_reminder(0, "javascript:alert(1)"))
    assert opened == []
    assert banner.rows()[1].accessibleName() == (
        "Reminder: Session 1, starting in 21 minutes, Mon 11 May 2020 13:01–14:01 EDT"
    )
    # Escape dismisses the reminder whose buttons have the focus; the next one moves up.
    first = banner.rows()[0]
    first.show_button.setFocus()
    qtbot.waitUntil(first.show_button.hasFocus, timeout=1000)
    qtbot.keyClick(first.show_button, Qt.Key.Key_Escape)
    assert [r.reminder.session_id for r in banner.rows()] == [1, 2, 3]
    assert banner.more_label.text() == "and 1 more reminder"
    # The same session again replaces its row rather than adding one.
    banner.add_reminder(dataclasses.replace(_reminder(1), title="Session 1 (renamed)"))
    assert banner.model.rowCount() == 4
    # Palette roles, not fixed colours: a dark palette gives a dark banner.
    banner.setPalette(dark_palette())
    image = banner.grab().toImage()
    assert image.pixelColor(banner.width() // 2, 2).name() == "#2b2d31"  # AlternateBase
    assert image.pixelColor(1, 2) == dark_palette().color(QPalette.ColorRole.Highlight)
    qtbot.mouseClick(banner.dismiss_all_button, Qt.MouseButton.LeftButton)
    assert banner.isHidden()
    assert banner.model.rowCount() == 0


def test_reminder_model_passes_the_model_tester(qtmodeltester, clock: FakeClock) -> None:
    model = ReminderListModel(clock, ZONE)
    for n in (2, 0, 1):
        model.add(dataclasses.replace(_reminder(n), location="K.4.201" if n == 1 else ""))
    qtmodeltester.check(model, force_py=True)
    assert [model.index(r).data() for r in range(3)] == [
        "Session 0 — starting in 20 minutes",
        "Session 1 — starting in 21 minutes",
        "Session 2 — starting in 22 minutes",
    ]
    assert model.index(0).data(Qt.ItemDataRole.ToolTipRole) == "Mon 11 May 2020 13:00–14:00 EDT"
    assert model.index(1).data(WhenRole) == "Mon 11 May 2020 13:01–14:01 EDT · K.4.201"
    model.retain({_reminder(1).key})
    assert model.rowCount() == 1
