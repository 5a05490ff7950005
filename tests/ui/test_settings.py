"""The settings dialog: feeds, sync interval, download limit, reminders, time display, theme."""

from __future__ import annotations

import json
import time

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from support.bad_server import BadServer, never_answer
from support.feed_server import FeedServer, Reply

from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes
from briefing_app.store import Store
from briefing_app.sync import subscribe
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.sessions.session_model import Column
from briefing_app.usecases.settings import feed_fetcher


def test_preferences_apply_to_the_window(qtbot, sample_store: Store) -> None:
    window = MainWindow(sample_store)
    qtbot.addWidget(window)
    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    dialog.interval.setValue(30)
    dialog.reminder.setValue(10)
    dialog.time_display.setCurrentIndex(dialog.time_display.findData("mine"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.accept()
    assert sample_store.get_setting("sync_interval_minutes") == 30
    assert sample_store.get_setting("reminder_minutes") == 10
    assert window.sync_timer.isActive() and window.sync_timer.interval() == 30 * 60_000
    assert window.model.index_at(1, Column.WHEN).data() == "17:00–18:30 UTC"
    assert window.model.index(2, 0).data() == "Monday 11 May 2020  ·  2 sessions"  # UTC days
    window_colour = QApplication.palette().color(QPalette.ColorRole.Window)
    assert window_colour.lightness() < 80  # dark
    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    assert dialog.interval.value() == 30 and dialog.theme.currentData() == "dark"
    dialog.interval.setValue(0)
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    dialog.accept()
    assert not window.sync_timer.isActive()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 180


def test_add_and_remove_a_feed(qtbot, sample_store: Store, feed_server: FeedServer) -> None:
    doc = json.loads(read_resource_bytes(SAMPLE_FEED))
    doc["series"]["id"] = "other"
    doc["series"]["title"] = "Other series"
    url = feed_server.serve("/other.json", Reply(body=json.dumps(doc).encode()))
    window = MainWindow(sample_store)
    qtbot.addWidget(window)
    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    assert dialog.feed_model.rowCount() == 1
    with qtbot.waitSignal(dialog.feeds_changed, timeout=10_000):
        dialog.add_feed(url)
    assert dialog.feed_model.rowCount() == 2
    assert "Added: imported 5 sessions" in dialog.feed_status.text()
    assert "Other series" in dialog.feed_model.index(1).data()
    assert window.model.session_count() == 10  # the window reloaded
    adding = dialog.add_feed("ftp://example.org/x.json")
    qtbot.waitUntil(lambda: "Could not add the feed" in adding.status.text(), timeout=5000)
    assert "scheme is not supported" in adding.status.text()
    assert adding.isVisible()  # open, to correct the address
    adding.reject()
    feed_id = dialog.feed_model.index(1).data(0x0100)
    with qtbot.waitSignal(dialog.feeds_changed):
        dialog.remove_feed(feed_id)
    assert dialog.feed_model.rowCount() == 1 and window.model.session_count() == 5


def test_feed_list_model(qtmodeltester, sample_store: Store) -> None:
    from briefing_app.ui.dialogs.settings import FeedListModel

    model = FeedListModel()
    model.set_feeds(sample_store.feeds())
    qtmodeltester.check(model, force_py=True)
    assert "bundled sample" in model.index(0).data()


def test_the_download_time_limit_is_a_setting_the_window_sync_obeys(
    qtbot, sample_store: Store
) -> None:
    """Settings › Give up on a download after: 2 s, and a server that never answers is left then."""
    server = BadServer()
    url = server.serve("/silent.json", never_answer)
    try:
        fetcher = feed_fetcher(sample_store)
        feed_id, _ = subscribe(sample_store, url, fetcher, title="Silent series", first_sync=False)
        fetcher.close()
        window = MainWindow(sample_store)
        qtbot.addWidget(window)
        dialog = window.open_settings()
        qtbot.addWidget(dialog)
        assert dialog.download_timeout.value() == 60  # the default
        dialog.download_timeout.setValue(2)
        dialog.accept()
        assert sample_store.get_setting("download_timeout_seconds") == 2
        started = time.monotonic()
        with qtbot.waitSignal(window.syncer.finished, timeout=15_000):
            window.syncer.sync([feed_id])
        # The 2 s limit applied, not the default 60 s: only the default gets to this bound
        # (the message below says which limit fired); not a speed test.
        assert time.monotonic() - started < 30
        text = window.messages.text()
        assert f"Silent series ({url}): the server stalled" in text, text
        assert "after 2 s, the download time limit" in text, text
    finally:
        server.close()


def test_the_feed_size_limit_is_a_setting_the_window_sync_obeys(
    qtbot, sample_store: Store, feed_server: FeedServer
) -> None:
    """Settings › Refuse feeds larger than: 1 MiB, and a 1.5 MiB feed is refused, saying how."""
    body = json.dumps({"padding": "x" * (3 * 1024 * 1024 // 2)}).encode()
    url = feed_server.serve("/big.json", Reply(body=body))
    fetcher = feed_fetcher(sample_store)
    feed_id, _ = subscribe(sample_store, url, fetcher, title="Big series", first_sync=False)
    fetcher.close()
    window = MainWindow(sample_store)
    qtbot.addWidget(window)
    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    assert dialog.max_feed_size.value() == 50  # the default
    dialog.max_feed_size.setValue(1)
    dialog.accept()
    assert sample_store.get_setting("max_feed_size_mib") == 1
    with qtbot.waitSignal(window.syncer.finished, timeout=15_000):
        window.syncer.sync([feed_id])
    text = window.messages.text()
    assert "Big series" in text and "the feed is too large" in text, text
    assert "briefing-app settings max-feed-size 2" in text, text


def test_the_materials_size_limit_is_a_setting(qtbot, sample_store: Store) -> None:
    """Settings › Keep offline files up to: stored, and the downloader uses it."""
    from briefing_app.usecases import prereads

    window = MainWindow(sample_store)
    qtbot.addWidget(window)
    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    assert dialog.materials_max_size.value() == 256  # the default
    dialog.materials_max_size.setValue(3)
    dialog.accept()
    assert sample_store.get_setting("materials_max_size_mib") == 3
    fetch = prereads.downloader(sample_store)
    assert fetch.policy.max_bytes == 3 * 1024 * 1024
    fetch.close()


def test_removing_a_feed_lets_go_of_its_kept_copies(qtbot, sample_store: Store) -> None:
    from briefing_app.usecases import prereads
    from briefing_app.usecases.materials import shipped_prereads

    shipped = set(shipped_prereads())
    session_id = next(
        sid
        for sid, found in sample_store.materials_by_session().items()
        if any(m.checksum in shipped for m in found)
    )
    targets = [t for t in prereads.session_targets(sample_store, session_id) if t.sha256 in shipped]
    fetch = prereads.downloader(sample_store)  # the shipped copy is adopted: no network
    prereads.download(sample_store, prereads.Plan(tuple(targets), {}), fetch)
    fetch.close()
    kept = sample_store.kept_hashes()
    assert kept == shipped <= prereads.material_store(sample_store).stored_hashes()
    window = MainWindow(sample_store)
    qtbot.addWidget(window)
    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.feeds_changed, timeout=10_000):
        dialog.remove_feed(sample_store.feeds()[0].id)
    assert sample_store.kept_materials() == []
    assert not kept & prereads.material_store(sample_store).stored_hashes()


def test_every_number_the_cli_accepts_survives_the_dialog(qtbot, sample_store: Store) -> None:
    """`settings reminder 3000` (the CLI allows a week) was cut to 1440 by opening and OK."""
    from briefing_app.usecases import settings

    settings.set_reminder_minutes(sample_store, settings.REMINDER_MAX)
    settings.set_sync_interval_minutes(sample_store, settings.SYNC_INTERVAL_MAX)
    settings.set_download_timeout_seconds(sample_store, settings.DOWNLOAD_TIMEOUT_MAX)
    settings.set_max_feed_size_mib(sample_store, settings.MAX_FEED_SIZE_MAX)
    window = MainWindow(sample_store)
    qtbot.addWidget(window)
    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    assert dialog.reminder.value() == settings.REMINDER_MAX
    dialog.accept()
    assert settings.reminder_minutes(sample_store) == settings.REMINDER_MAX
    assert settings.sync_interval_minutes(sample_store) == settings.SYNC_INTERVAL_MAX
    assert settings.download_timeout_seconds(sample_store) == settings.DOWNLOAD_TIMEOUT_MAX
    assert settings.max_feed_size_mib(sample_store) == settings.MAX_FEED_SIZE_MAX
