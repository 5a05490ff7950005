"""After a feed is added, the status bar says what it did in the user's language, and the
sync state follows (review 10, items 3 and 4): from the first-run dialog and from Settings,
a feed served over real HTTP on 127.0.0.1."""

from __future__ import annotations

import json

from pytestqt.qtbot import QtBot
from support.feed_server import FeedServer, Reply

from briefing_app.ui.main_window import MainWindow


def _feed(sessions: int) -> bytes:
    doc = {
        "format": "briefing-feed",
        "version": 1,
        "series": {"id": "my-event", "title": "My event", "timezone": "Europe/Berlin"},
        "sessions": [
            {
                "id": f"s{n}",
                "title": f"Talk {n}",
                "start": f"2099-03-01T{10 + n:02d}:00:00+01:00",
                "end": f"2099-03-01T{10 + n:02d}:30:00+01:00",
            }
            for n in range(sessions)
        ],
    }
    return json.dumps(doc).encode()


def test_the_first_run_dialog_says_what_it_added_in_french_and_the_sync_state(
    qtbot: QtBot, french_window: MainWindow, feed_server: FeedServer
) -> None:
    url = feed_server.serve("/feed.json", Reply(body=_feed(3)))
    window = french_window
    assert window.sync_state.text() == "Fils locaux seulement"
    dialog = window.open_add_feed()
    with qtbot.waitSignal(dialog.added, timeout=10_000):
        dialog.add(url)
    qtbot.waitUntil(lambda: not window.in_first_run())
    message = window.statusBar().currentMessage()
    assert message == "Fil ajouté\u00a0: 3 séances importées", message
    assert "imported" not in message
    assert window.sync_state.text().startswith("Dernière synchronisation"), window.sync_state.text()


def test_adding_a_feed_in_settings_updates_the_sync_state(
    qtbot: QtBot, sample_window: MainWindow, feed_server: FeedServer
) -> None:
    url = feed_server.serve("/feed.json", Reply(body=_feed(2)))
    window = sample_window
    assert window.sync_state.text() == "Local feeds only"
    dialog = window.open_settings()
    with qtbot.waitSignal(dialog.feeds_changed, timeout=10_000):
        dialog.add_feed(url)
    assert dialog.feed_status.text() == "Added: imported 2 sessions"
    assert window.sync_state.text().startswith("Last synced "), window.sync_state.text()
    assert window.connection_state.text() == "● Online"
