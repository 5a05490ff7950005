"""The Organizations and Now & next views, and hiding tracks or rooms from the session list."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QDesktopServices, QImage
from support.feed_server import FeedServer, Reply
from support.orgs import DAY, orgs_feed

from briefing_app.store import Store
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.now_next.view import NowNextView
from briefing_app.ui.organizations.view import OrganizationsView
from briefing_app.ui.workers.tasks import TaskRunner
from briefing_app.usecases.photos import cache_path, photo_dir


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait(5000)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the system's opener would have been handed (it cannot run here)."""
    seen: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: seen.append(url.toString()) or True
    )
    return seen


def _png(colour: str) -> bytes:
    image = QImage(60, 30, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(data.data())


def _clock(at: list[datetime]) -> Callable[[], datetime]:
    return lambda: at[0]


def _names(view: OrganizationsView) -> list[str]:
    return [view.model.record(r).name for r in range(view.model.rowCount())]


# ---- Organizations -------------------------------------------------------------------
def test_organizations_list_page_logo_website_and_sessions(
    qtbot, store: Store, tasks: TaskRunner, feed_server: FeedServer, opened: list[str]
) -> None:
    url = feed_server.serve(
        "/acme.png", Reply(body=_png("#2060c0"), headers={"Content-Type": "image/png"})
    )
    store.import_feed("file:///orgs.json", orgs_feed(logo_url=url))
    view = OrganizationsView(store, tasks)
    qtbot.addWidget(view)
    view.resize(1000, 650)
    view.show()
    with qtbot.waitSignal(view.logos.loaded, timeout=5000):
        pass
    assert _names(view) == ["Acme Corp", "City of Springfield", "Quiet Ltd"]
    assert view.count_label.text() == "3 organizations"
    # The first is chosen: its page.
    assert view.name_label.text() == "Acme Corp"
    assert view.kinds_label.text() == "Sponsor · Member company"
    assert "Sponsor of Conference" in view.roles_label.text()
    assert view.cases_model.rowCount() == 1
    assert [view.sessions_model.record(r).title for r in range(2)] == ["Talk 1", "Talk 2"]
    qtbot.waitUntil(lambda: view.logo.accessibleName() == "Logo of Acme Corp")
    assert cache_path(photo_dir(store.path), url).is_file()  # kept offline
    # The website, through the one link rule.
    assert view.open_website()
    assert opened == ["https://acme.example.org/"]
    # A session opens in the Sessions tab.
    with qtbot.waitSignal(view.session_activated) as blocker:
        view.sessions.activated.emit(view.sessions_model.index(1, 0))
    assert blocker.args == [store.find_session("s2").id]
    # Kind filter and search.
    view.kind.setCurrentIndex(view.kind.findData("government"))
    assert _names(view) == ["City of Springfield"]
    assert view.presenters_model.rowCount() == 1
    view.kind.setCurrentIndex(0)
    view.search.setText("quiet")
    view.refresh()
    assert _names(view) == ["Quiet Ltd"]
    assert view.sessions_model.rowCount() == 0 and not view.filter_button.isEnabled()
    view.search.setText("no such")
    view.refresh()
    assert view.page_stack.currentWidget() is view.empty_label


def test_a_website_that_is_not_safe_is_refused(qtbot, store: Store, tasks: TaskRunner) -> None:
    from dataclasses import replace

    feed = orgs_feed(logo_url="")
    bad = replace(feed.organizations[0], url="javascript:alert(1)")
    store.import_feed("file:///orgs.json", replace(feed, organizations=(bad,)))
    view = OrganizationsView(store, tasks)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.link_refused):
        assert not view.open_website()
    assert "<a " not in view.website.text()


def test_the_window_filters_the_session_list_by_organization(qtbot, store: Store) -> None:
    store.import_feed("file:///orgs.json", orgs_feed(logo_url=""))
    window = MainWindow(store)
    qtbot.addWidget(window)
    assert "organizations" not in window._built_tabs  # built when first shown
    acme = next(o.id for o in store.organizations() if o.name == "Acme Corp")
    window.organizations.show_organization(acme)
    window.organizations.filter_button.click()
    assert window.tabs.currentWidget() is window.sessions
    assert window.visible_titles() == ["Talk 1", "Talk 2"]


# ---- hiding tracks and rooms ------------------------------------------------------------
def test_hiding_a_track_and_a_room_from_the_session_list(qtbot, store: Store) -> None:
    store.import_feed("file:///orgs.json", orgs_feed(logo_url=""))
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show_past.setChecked(True)
    assert len(window.visible_titles()) == 6
    hidden = window.sessions.hidden
    assert hidden.button.isHidden()
    talk0 = store.session(store.find_session("s0").id)
    menu = hidden.menu_for(talk0)
    assert menu is not None
    labels = [a.text() for a in menu.actions()]
    assert labels == ["&Hide this track (“Data”)", "Hide this &room (“Room A”)"]
    menu.actions()[0].trigger()  # Hide this track
    assert window.visible_titles() == ["Talk 2", "Talk 3", "Talk 4", "Talk 5"]
    assert hidden.button.text() == "1 hidden"
    hidden.set_hidden("room", "Room B", True)
    assert window.visible_titles() == ["Talk 2", "Talk 4"]
    assert hidden.button.text() == "2 hidden"
    assert store.hidden_names().rooms == ("Room B",)
    # The agenda and Now & next follow too.
    for key in ("s0", "s2", "s3"):
        store.set_favourite(store.find_session(key).id)
    window.agenda.refresh()
    assert [window.agenda.model.record(r).title for r in range(window.agenda.model.rowCount())] == [
        "Talk 2"
    ]
    # Shown again from the button's menu.
    actions = hidden.menu.actions()
    assert [a.text() for a in actions][:2] == [
        "Show track “Data” again",
        "Show room “Room B” again",
    ]
    actions[-1].trigger()  # Show all again
    assert len(window.visible_titles()) == 6
    assert hidden.button.isHidden()


# ---- Now & next -----------------------------------------------------------------------
def test_now_and_next_with_a_controlled_clock(
    qtbot, store: Store, opened: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Europe/Brussels")
    store.import_feed("file:///orgs.json", orgs_feed(logo_url=""))
    at = [DAY + timedelta(hours=1, minutes=20)]  # 10:20 UTC: Talk 1 on, Talk 2 at 11:00
    view = NowNextView(store, clock=_clock(at))
    qtbot.addWidget(view)
    view.show()
    assert [r.title for r in view.now_model.records()] == ["Talk 1"]
    assert [r.title for r in view.next_model.records()] == ["Talk 2", "Talk 3"]
    assert view.now_model.trailing(view.now_model.record(0)) == "ending in 30 minutes"
    assert "11:00–11:50 CET · Room B" in view.now_model.second_line(view.now_model.record(0))
    assert "Europe/Brussels" in view.zone_label.text()
    assert view.timer.isActive() and view.timer.interval() == 60_000  # 10:20:00: a minute
    # Join: the chosen session on now, through the one link rule.
    assert view.join_button.isEnabled()
    with qtbot.waitSignal(view.joined) as blocker:
        view.join_button.click()
    assert opened == ["https://meet.example.org/1"]
    assert blocker.args == [store.find_session("s1").id]
    # A minute on: the notes move, nothing is read.
    reads = view.reads
    at[0] += timedelta(minutes=1)
    view.tick()
    assert view.reads == reads
    assert view.now_model.trailing(view.now_model.record(0)) == "ending in 29 minutes"
    # Past the end of Talk 1: read again.
    at[0] = DAY + timedelta(hours=1, minutes=55)
    view.tick()
    assert view.reads == reads + 1
    assert view.now_model.records() == []
    assert view.next_model.record(0).title == "Talk 2"
    assert view.now_heading.text() == "Nothing is on right now."


@pytest.mark.qt_log_ignore("does not support QPlatformServices::openUrl")
def test_now_and_next_says_when_nothing_could_open_the_join_link(
    qtbot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Offscreen, as on a machine with no browser: the view says so, through the window."""
    monkeypatch.setenv("TZ", "Europe/Brussels")
    store.import_feed("file:///orgs.json", orgs_feed(logo_url=""))
    view = NowNextView(store, clock=_clock([DAY + timedelta(hours=1, minutes=20)]))
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.link_failed) as failed:
        assert view.join_current() is False
    assert failed.args == ["Could not open https://meet.example.org/1: no application to open it"]
    # A hidden track leaves Now & next too.
    store.set_hidden("track", "Web")
    view.refresh()
    assert [r.title for r in view.next_model.records()] == ["Talk 4", "Talk 5"]


def test_now_and_next_tab_is_built_when_asked_and_follows_the_store(qtbot, store: Store) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    assert "now_next" not in window._built_tabs
    view = window.now_next
    reads = view.reads
    window.reload_all()
    assert view.reads == reads + 1


def test_a_hidden_track_is_not_offered_and_the_list_says_what_it_hides(
    qtbot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.import_feed("file:///orgs.json", orgs_feed(logo_url=""))
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.show_past.setChecked(True)
    tracks = window.sessions.filters["track"]
    assert [tracks.itemData(i) for i in range(1, tracks.count())] == ["Data", "Web"]
    tracks.setCurrentIndex(tracks.findData("Data"))  # chosen, then hidden
    hint = window.sessions.hidden.hint
    assert hint.isHidden()
    window.sessions.hidden.set_hidden("track", "Data", True)
    # The Track filter offers only what can show (the choice of a hidden one is dropped).
    assert [tracks.itemData(i) for i in range(tracks.count())] == [None, "Web"]
    assert tracks.currentData() is None
    qtbot.waitUntil(lambda: hint.isVisible())
    assert window.sessions.hidden.hidden_count == 2  # Talk 0 and Talk 1
    assert hint.text().startswith("2 sessions hidden by the tracks and rooms you hid.")
    # A search counts what it leaves out of its own matches.
    window.sessions.search.setText("Talk 0")
    window.sessions.refresh()
    qtbot.waitUntil(lambda: window.sessions.hidden.hidden_count == 1)
    assert "Talk 0" not in window.visible_titles()
    assert hint.text().startswith("1 session hidden")
    # "Show…" offers what is hidden, to show it again.
    shown: list[bool] = []
    monkeypatch.setattr(window.sessions.hidden.button, "showMenu", lambda: shown.append(True))
    hint.linkActivated.emit("show")
    assert shown == [True]
    window.sessions.search.clear()
    window.sessions.hidden.set_hidden("track", "Data", False)
    qtbot.waitUntil(lambda: hint.isHidden())
    assert [tracks.itemData(i) for i in range(1, tracks.count())] == ["Data", "Web"]


def test_my_agenda_says_how_many_favourites_it_does_not_show(qtbot, store: Store, tmp_path) -> None:
    store.import_feed("file:///orgs.json", orgs_feed(logo_url=""))
    for key in ("s0", "s2"):
        store.set_favourite(store.find_session(key).id)
    store.set_hidden("track", "Data")  # Talk 0
    window = MainWindow(store)
    qtbot.addWidget(window)
    agenda = window.agenda
    assert agenda.model.rowCount() == 1
    assert agenda.summary.text() == (
        "1 session · 1 more in tracks or rooms you hid (exported all the same)"
    )
    # The export keeps every favourite: a calendar never loses a starred session.
    assert agenda.export_to(tmp_path / "agenda.ics") == 2
    store.set_hidden("track", "Web")  # Talk 2 too: nothing shows, the export still works
    agenda.refresh()
    assert agenda.summary.text().startswith("0 sessions · 2 more in tracks or rooms")
    assert agenda.export_button.isEnabled()


def test_the_view_menu_shows_what_is_hidden_and_shows_it_again(qtbot, store: Store) -> None:
    store.import_feed("file:///orgs.json", orgs_feed(logo_url=""))
    store.set_hidden("room", "Room B")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show_past.setChecked(True)
    menu = window.hidden_menu
    menu.aboutToShow.emit()
    checks = {a.text(): a.isChecked() for a in menu.actions() if a.isCheckable()}
    assert checks == {"Data": False, "Web": False, "Room A": False, "Room B": True}
    assert window.visible_titles() == ["Talk 0", "Talk 2", "Talk 4"]
    room_b = next(a for a in menu.actions() if a.text() == "Room B")
    room_b.setChecked(False)  # shown again
    qtbot.waitUntil(lambda: len(window.visible_titles()) == 6)
    assert not store.hidden_names()


def test_settings_hide_tracks_and_rooms(qtbot, store: Store) -> None:
    store.import_feed("file:///orgs.json", orgs_feed(logo_url=""))
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show_past.setChecked(True)
    dialog = window.open_settings()
    picker = dialog.hidden_picker
    assert picker.text() == "None hidden…"
    picker.fill()
    actions = {a.text(): a for a in picker.picker.actions() if a.isCheckable()}
    assert set(actions) == {"Data", "Web", "Room A", "Room B"}
    with qtbot.waitSignal(dialog.hidden_changed):
        actions["Room A"].setChecked(True)
    assert picker.text() == "1 hidden…"
    assert window.visible_titles() == ["Talk 1", "Talk 3", "Talk 5"]
    assert window.sessions.hidden.button.text() == "1 hidden"
    dialog.reject()


def test_the_timeline_leaves_out_hidden_rooms_and_their_sessions(qtbot, store: Store) -> None:
    from briefing_app.ui.timeline.view import DayTimeline

    store.import_feed("file:///orgs.json", orgs_feed(logo_url=""))
    store.set_hidden("room", "Room B")
    store.set_hidden("track", "Web")
    timeline = DayTimeline(store, now=lambda: DAY)
    qtbot.addWidget(timeline)
    timeline.show()
    layout = timeline.layout_of_day()
    assert layout is not None
    assert [row.label for row in layout.rows] == ["Room A"]
    assert [b.record.title for b in layout.blocks] == ["Talk 0", "Talk 4"]


def test_the_views_search_folds_case_as_unicode_does(
    qtbot, store: Store, tasks: TaskRunner
) -> None:
    """The view's own search box: "école" finds "École" (it folded ASCII only)."""
    import dataclasses

    from briefing_app.feeds.model import Organization

    feed = orgs_feed()
    extra = (Organization("ecole", "École nationale"),)
    store.import_feed(
        "file:///orgs.json", dataclasses.replace(feed, organizations=feed.organizations + extra)
    )
    view = OrganizationsView(store, tasks)
    qtbot.addWidget(view)
    view.search.setText("école")
    view.refresh()
    assert _names(view) == ["École nationale"]
