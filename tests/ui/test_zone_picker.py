"""Feeds that name no time zone in the desktop app: the picker, adding, opening, Settings."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from support.feed_server import FeedServer, Reply

from briefing_app.store import Store
from briefing_app.sync import Fetcher, FetchPolicy, subscribe
from briefing_app.ui.dialogs.zone_picker import ZoneListModel, ZonePickerDialog
from briefing_app.ui.main_window import MainWindow
from briefing_app.util.timeutil import local_zone_name

DATA = Path(__file__).parent.parent / "data"
FOSDEM_2021 = (DATA / "fosdem-2021.xml").read_bytes()
FOSDEM_2024 = (DATA / "fosdem-2024.xml").read_bytes()


def test_zone_list_model(qtmodeltester) -> None:
    model = ZoneListModel("Asia/Kolkata")
    qtmodeltester.check(model, force_py=True)
    assert model.index(0).data() == "Asia/Kolkata  (UTC+05:30)"
    assert model.index(0).data(Qt.ItemDataRole.UserRole) == "Asia/Kolkata"
    assert model.zones.count("Asia/Kolkata") == 1


def test_the_picker_puts_the_users_zone_first_filters_and_answers(qtbot) -> None:
    picker = ZonePickerDialog("Choose:", user_zone="America/Toronto")
    qtbot.addWidget(picker)
    picker.show()
    zones = picker.visible_zones()
    assert zones[0] == "America/Toronto" and zones.count("America/Toronto") == 1
    assert len(zones) > 300 and "Europe/Brussels" in zones and "UTC" in zones
    assert not any(z.startswith(("posix/", "right/", "Etc/", "Canada/")) for z in zones)
    assert "Europe/Kyiv" in zones and "Europe/Kiev" not in zones  # current names only
    assert picker.chosen_zone() == "America/Toronto"  # preselected
    assert picker.focusWidget() is picker.filter  # typing filters at once
    qtbot.keyClicks(picker.filter, "new york")  # words, any case; "_" counts as a space
    assert picker.visible_zones() == ["America/New_York"]
    assert picker.chosen_zone() == "America/New_York"
    picker.filter.clear()
    qtbot.keyClicks(picker.filter, "zzz")
    assert picker.visible_zones() == [] and picker.chosen_zone() is None
    assert not picker.ok_button.isEnabled()
    picker.filter.clear()
    qtbot.keyClicks(picker.filter, "bru")
    assert picker.visible_zones() == ["Asia/Brunei", "Europe/Brussels"]
    assert picker.chosen_zone() == "Asia/Brunei"
    qtbot.keyClick(picker.filter, Qt.Key.Key_Down)  # the arrows work from the filter line
    assert picker.chosen_zone() == "Europe/Brussels"
    with qtbot.waitSignal(picker.zone_chosen) as chosen:
        qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    assert chosen.args == ["Europe/Brussels"]
    assert not picker.isVisible()


def test_the_picker_can_start_on_the_current_zone(qtbot) -> None:
    picker = ZonePickerDialog("Choose:", current="Europe/Paris", user_zone="Asia/Tokyo")
    qtbot.addWidget(picker)
    assert picker.visible_zones()[0] == "Asia/Tokyo"
    assert picker.chosen_zone() == "Europe/Paris"
    # A zone by an old name, or a fixed offset, is listed when it is the current one.
    legacy = ZonePickerDialog("Choose:", current="Etc/GMT-1", user_zone="US/Eastern")
    qtbot.addWidget(legacy)
    assert legacy.visible_zones()[:2] == ["US/Eastern", "Etc/GMT-1"]
    assert legacy.chosen_zone() == "Etc/GMT-1"


def _settings(qtbot, store: Store) -> tuple[MainWindow, object]:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.syncer.fetcher_factory = lambda: Fetcher(FetchPolicy(attempts=1))
    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    return window, dialog


def _picker_of(qtbot, owner: object, previous: object = None) -> ZonePickerDialog:
    qtbot.waitUntil(
        lambda: (
            getattr(owner, "zone_picker", None) is not None
            and owner.zone_picker is not previous  # type: ignore[attr-defined]
            and owner.zone_picker.isVisible()  # type: ignore[attr-defined]
        ),
        timeout=20_000,
    )
    picker = owner.zone_picker  # type: ignore[attr-defined]
    assert isinstance(picker, ZonePickerDialog)
    return picker


def test_adding_a_feed_that_names_no_zone_asks_for_it(
    qtbot, sample_store: Store, feed_server: FeedServer
) -> None:
    url = feed_server.serve("/2021.xml", Reply(body=FOSDEM_2021))
    _window, dialog = _settings(qtbot, sample_store)
    before = sample_store.dump()
    adding = dialog.add_feed(url)  # the first-run card's Add feed dialog
    picker = _picker_of(qtbot, adding)
    assert picker.visible_zones()[0] == local_zone_name()
    assert picker.chosen_zone() == local_zone_name()
    assert picker.detail.text() == (
        "the feed gives local times but names no time zone "
        "(no <time_zone_name> and no <city> to infer it from)"
    )
    # Cancel: nothing is added, the store is as it was.
    picker.reject()
    assert adding.status.text() == "Not added: the feed needs a time zone."
    assert sample_store.dump() == before
    assert dialog.feed_model.rowCount() == 1
    # Again, with a zone: the feed is added in it.
    adding = dialog.add_feed(url)
    picker = _picker_of(qtbot, adding, picker)
    qtbot.keyClicks(picker.filter, "brussels")
    with qtbot.waitSignal(dialog.feeds_changed, timeout=30_000):
        qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    feed = sample_store.feeds()[1]
    assert (feed.timezone, feed.timezone_source, feed.zone) == (
        "Europe/Brussels",
        "user",
        "Europe/Brussels",
    )
    assert sample_store.session_counts_by_feed()[feed.id] == 773
    assert dialog.feed_model.index(1).data().endswith("Time zone Europe/Brussels, chosen by you")


def test_settings_shows_an_inferred_zone_and_changes_it(
    qtbot, sample_store: Store, feed_server: FeedServer
) -> None:
    url = feed_server.serve("/2024.xml", Reply(body=FOSDEM_2024))
    window, dialog = _settings(qtbot, sample_store)
    with qtbot.waitSignal(dialog.feeds_changed, timeout=30_000):
        dialog.add_feed(url)
    assert dialog.zone_picker is None  # nothing to ask: the city says it
    assert dialog.feed_status.text() == (
        "Added: imported 674 sessions; time zone Europe/Brussels inferred from the city 'Brussels'"
    )
    row = dialog.feed_model.index(1).data()
    assert row.endswith("\nTime zone Europe/Brussels, inferred from the city “Brussels”")
    assert dialog.feed_model.index(0).data().endswith("\nTime zone America/Toronto")
    dialog.feed_list.setCurrentIndex(dialog.feed_model.index(0))
    assert not dialog.zone_button.isEnabled()  # the sample names its own zone
    dialog.feed_list.setCurrentIndex(dialog.feed_model.index(1))
    assert dialog.zone_button.isEnabled()
    qtbot.mouseClick(dialog.zone_button, Qt.MouseButton.LeftButton)
    picker = _picker_of(qtbot, dialog)
    assert picker.chosen_zone() == "Europe/Brussels"  # starts on the feed's zone
    assert "inferred from the city “Brussels”" in picker.message.text()
    qtbot.keyClicks(picker.filter, "london")
    sample_checked = sample_store.feed(1).last_attempt_at
    with qtbot.waitSignal(window.syncer.finished, timeout=30_000):
        qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    assert sample_store.feed(1).last_attempt_at == sample_checked  # only that feed is read
    feed = sample_store.feed(2)
    assert (feed.timezone, feed.timezone_source, feed.timezone_inferred_from) == (
        "Europe/London",
        "user",
        None,
    )
    assert feed.series_timezone == "Europe/London"  # read again in the new zone
    assert {s.timezone for s in sample_store.sessions(feed_id=2)} == {"Europe/London"}
    assert dialog.feed_model.index(1).data().endswith("Time zone Europe/London, chosen by you")


def test_opening_a_file_that_names_no_zone_asks_for_it(
    qtbot, sample_store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "fosdem-2021.xml"
    shutil.copy(DATA / "fosdem-2021.xml", path)
    window = MainWindow(sample_store)
    qtbot.addWidget(window)
    before = sample_store.dump()
    window.import_file(path)
    picker = _picker_of(qtbot, window)
    assert window.statusBar().currentMessage() == (
        "Which time zone are the times of fosdem-2021.xml in?"
    )
    picker.reject()
    assert window.statusBar().currentMessage() == "Not imported: fosdem-2021.xml needs a time zone."
    assert sample_store.dump() == before
    assert not window.messages.isVisibleTo(window)  # asked, not reported as a failure
    window.import_file(path)
    picker = _picker_of(qtbot, window, picker)
    qtbot.keyClicks(picker.filter, "brussels")
    with qtbot.waitSignal(window.import_finished, timeout=30_000) as imported:
        picker.accept()
    assert imported.args[0].changes.summary() == "imported 773 sessions"
    feed = sample_store.feed_by_url(path.resolve().as_uri())
    assert feed is not None
    assert (feed.timezone, feed.timezone_source) == ("Europe/Brussels", "user")
    # Imported again later, it keeps the zone chosen for it: no question.
    with qtbot.waitSignal(window.import_finished, timeout=30_000):
        window.import_file(path)
    assert window.zone_picker is picker


def _synced_in_window(
    qtbot, store: Store, feed_server: FeedServer, fetcher: Fetcher, body: bytes
) -> tuple[MainWindow, int]:
    """A feed followed without its first sync (--no-sync), then synced from a window."""
    url = feed_server.serve("/schedule.xml", Reply(body=body))
    feed_id, _ = subscribe(store, url, fetcher, first_sync=False)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.syncer.fetcher_factory = lambda: Fetcher(FetchPolicy(attempts=1))
    with qtbot.waitSignal(window.syncer.finished, timeout=30_000):
        window.syncer.sync([feed_id])
    return window, feed_id


def test_the_sync_banner_says_when_a_zone_was_inferred(
    qtbot, sample_store: Store, feed_server: FeedServer, fetcher: Fetcher
) -> None:
    window, _feed_id = _synced_in_window(qtbot, sample_store, feed_server, fetcher, FOSDEM_2024)
    assert window.messages.text() == (
        "Synced: FOSDEM 2024: imported 674 sessions; time zone Europe/Brussels inferred "
        "from the city 'Brussels' (change it in Settings)"
    )


def test_a_sync_that_needs_a_zone_offers_to_choose_it(
    qtbot, sample_store: Store, feed_server: FeedServer, fetcher: Fetcher
) -> None:
    """A feed followed without its first sync (the command line's --no-sync) that names no zone."""
    window, feed_id = _synced_in_window(qtbot, sample_store, feed_server, fetcher, FOSDEM_2021)
    assert window.messages.kind == "error" and "names no time zone" in window.messages.text()
    assert window.messages.button("Retry") is not None
    choose = window.messages.button("Choose time zone…")
    assert choose is not None
    choose.click()
    dialog = window._settings_dialog
    assert dialog is not None
    picker = _picker_of(qtbot, dialog)
    assert picker.chosen_zone() == local_zone_name()  # the feed has no zone yet: yours
    qtbot.keyClicks(picker.filter, "brussels")
    with qtbot.waitSignal(window.syncer.finished, timeout=30_000) as synced:
        picker.accept()
    assert synced.args[0].ok
    assert sample_store.session_counts_by_feed()[feed_id] == 773
    assert sample_store.feed(feed_id).zone == "Europe/Brussels"


def test_an_ambiguous_city_puts_its_zones_first(
    qtbot, sample_store: Store, feed_server: FeedServer
) -> None:
    body = FOSDEM_2024.replace(b"<city>Brussels</city>", b"<city>Portland</city>")
    url = feed_server.serve("/portland.xml", Reply(body=body))
    _window, dialog = _settings(qtbot, sample_store)
    picker = _picker_of(qtbot, dialog.add_feed(url))
    zones = picker.visible_zones()
    assert zones[0] == local_zone_name()  # the user's own first, still chosen
    assert picker.chosen_zone() == local_zone_name()
    portlands = [z for z in zones[1:4] if z.startswith("America/")]
    assert {"America/Los_Angeles", "America/New_York"} <= set(portlands) | {zones[0]}
    picker.reject()
