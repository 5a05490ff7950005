"""Syncing from the window: off the GUI thread, progress and results by signal."""

from __future__ import annotations

import json
import threading

import pytest
from support.feed_server import FeedServer, Reply

from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes
from briefing_app.store import Store
from briefing_app.sync import Fetcher, FetchPolicy, subscribe
from briefing_app.ui import language
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.sessions.session_model import Column
from briefing_app.usecases import settings


def _doc(title: str) -> bytes:
    doc = json.loads(read_resource_bytes(SAMPLE_FEED))
    doc["series"]["id"] = "remote"
    doc["sessions"][3]["title"] = title
    doc["sessions"][3]["start"] = "2099-06-23T13:00:00-04:00"
    doc["sessions"][3]["end"] = "2099-06-23T14:30:00-04:00"
    return json.dumps(doc).encode()


def test_sync_now_runs_in_the_background_and_refreshes(
    qtbot, sample_store: Store, feed_server: FeedServer, fetcher: Fetcher
) -> None:
    url = feed_server.serve("/f.json", Reply(body=_doc("Future discussion")))
    subscribe(sample_store, url, fetcher)
    window = MainWindow(sample_store)
    qtbot.addWidget(window)
    window.show()
    window.syncer.fetcher_factory = lambda: Fetcher(FetchPolicy(read_timeout=2, attempts=1))
    assert window.model.index_at(0, Column.TITLE).data() == "Future discussion"
    feed_server.serve("/f.json", Reply(body=_doc("Future discussion (moved online)")))
    threads: list[str] = []
    window.syncer.progress.connect(lambda *_: threads.append(threading.current_thread().name))
    with qtbot.waitSignal(window.syncer.finished, timeout=10_000) as blocker:
        window.sync_action.trigger()
        assert not window.sync_action.isEnabled()  # no second sync while one runs
        assert window.syncer.sync() is False
    report = blocker.args[0]
    assert report.ok
    assert {o.summary() for o in report.outcomes} >= {"1 retitled"}
    assert threads and all(name == threading.main_thread().name for name in threads)
    assert window.model.index_at(0, Column.TITLE).data() == "Future discussion (moved online)"
    assert "1 retitled" in window.statusBar().currentMessage()
    assert window.sync_action.isEnabled()


def test_sync_errors_show_in_the_banner(
    qtbot, sample_store: Store, feed_server: FeedServer, fetcher: Fetcher
) -> None:
    url = feed_server.serve("/f.json", Reply(body=_doc("x")))
    feed_id, _ = subscribe(sample_store, url, fetcher)
    window = MainWindow(sample_store)
    qtbot.addWidget(window)
    window.syncer.fetcher_factory = lambda: Fetcher(FetchPolicy(attempts=1))
    feed_server.serve("/f.json", Reply(404, b"gone"))
    before = sample_store.dump()
    with qtbot.waitSignal(window.syncer.finished, timeout=10_000):
        window.syncer.sync([feed_id])
    assert "Sync failed" in window.messages.text()
    assert f"({url}): the server answered HTTP 404 Not Found" in window.messages.text()
    assert window.messages.kind == "error"
    assert sample_store.dump() == before
    # Retry is in the banner; it runs the sync again (now the server answers).
    feed_server.serve("/f.json", Reply(body=_doc("back again")))
    with qtbot.waitSignal(window.syncer.finished, timeout=10_000) as blocker:
        window.messages.button("Retry").click()
    assert blocker.args[0].ok
    # The error made way for the summary, which opens the change list.
    assert window.messages.kind == "info" and "1 retitled" in window.messages.text()
    window.messages.button("View changes").click()
    assert window.tabs.currentWidget() is window.changes
    assert not window.messages.isVisibleTo(window)
    assert window.connection_state.text() == "● Online"
    assert window.sync_state.text().startswith("Last synced ")


def test_changes_after_a_sync_call_out_favourites(
    qtbot, qtmodeltester, sample_store: Store, feed_server: FeedServer, fetcher: Fetcher
) -> None:
    from briefing_app.ui.changes.view import ChangeListModel

    url = feed_server.serve("/f.json", Reply(body=_doc("Future discussion")))
    feed_id, _ = subscribe(sample_store, url, fetcher)
    window = MainWindow(sample_store)
    qtbot.addWidget(window)
    window.syncer.fetcher_factory = lambda: Fetcher(FetchPolicy(attempts=1))
    future = sample_store.find_session(f"{feed_id}/procurement-expert-discussion-2020-06-23")
    window.set_favourite(future.id, True)
    doc = json.loads(_doc("Future discussion, renamed"))
    doc["sessions"][0]["title"] = "Kick-off, renamed too"
    feed_server.serve("/f.json", Reply(body=json.dumps(doc).encode()))
    with qtbot.waitSignal(window.syncer.finished, timeout=10_000):
        window.syncer.sync([feed_id])
    assert "(★ 1 of your favourites)" in window.statusBar().currentMessage()
    model: ChangeListModel = window.changes.model
    qtmodeltester.check(model, force_py=True)
    rows = [model.index(r).data() for r in range(model.rowCount())]
    assert rows[0] == "★ Your favourites"
    assert rows[1] == (
        "★ Renamed: Future discussion, renamed (was “Future discussion”)"
    )  # the favourite first
    heading = rows.index(next(r for r in rows if "2 retitled" in r))
    assert rows[heading + 1].startswith("Renamed: Kick-off, renamed too")
    # Feeds newest change first, as `changes` lists them: this sync before the sample's
    # import (the window listed them by feed, oldest first).
    headings = [row.text for row in model.rows if row.heading and not row.text.startswith("★")]
    assert len(headings) == 2 and "2 retitled" in headings[0], headings
    assert "★ 1 of your favourites changed" in window.changes.summary.text()
    with qtbot.waitSignal(window.changes.session_activated) as blocker:
        window.changes.list.activated.emit(model.index(1))
    assert blocker.args == [future.id]


@pytest.mark.parametrize(
    ("lang", "failed", "partly", "not_synced"),
    [
        ("en", "Sync failed: ", "Synced with errors: ", "{0}: not synced"),
        (
            "fr",
            "La synchronisation a échoué\xa0: ",
            "Synchronisé avec des erreurs\xa0: ",
            "{0}\xa0: non synchronisé",
        ),
    ],
)
def test_a_failed_sync_never_reads_as_up_to_date(
    qtbot,
    sample_store: Store,
    feed_server: FeedServer,
    fetcher: Fetcher,
    lang: str,
    failed: str,
    partly: str,
    not_synced: str,
) -> None:
    """The status bar said "Synced: everything is up to date" under the failure's banner."""
    url = feed_server.serve("/f.json", Reply(body=_doc("x")))
    feed_id, _ = subscribe(sample_store, url, fetcher)
    settings.set_language(sample_store, lang)
    window = MainWindow(sample_store)
    qtbot.addWidget(window)
    try:
        assert window.language.language == lang
        window.syncer.fetcher_factory = lambda: Fetcher(FetchPolicy(attempts=1))
        feed_server.serve("/f.json", Reply(404, b"gone"))
        with qtbot.waitSignal(window.syncer.finished, timeout=10_000) as blocker:
            window.syncer.sync([feed_id])
        [(_id, name, _error)] = blocker.args[0].errors
        assert window.messages.kind == "error"
        assert window.statusBar().currentMessage() == failed + not_synced.format(name)
        # Every feed: the sample is reached (nothing new), the remote one fails.
        with qtbot.waitSignal(window.syncer.finished, timeout=10_000) as blocker:
            window.syncer.sync()
        assert blocker.args[0].outcomes and blocker.args[0].errors
        message = window.statusBar().currentMessage()
        assert message == partly + not_synced.format(name)
        assert window.messages.kind == "error"
    finally:
        language.reset()  # the feeds' texts too: the next test's are English
