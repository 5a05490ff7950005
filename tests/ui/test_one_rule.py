"""Issue 12, "one rule, one place": the command line and the window give the same answer."""

from __future__ import annotations

import json

import pytest
from support.feed_server import FeedServer, Reply

from briefing_app.calendar.export import live_agenda_path
from briefing_app.cli import main
from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes
from briefing_app.store import Store
from briefing_app.ui.main_window import MainWindow
from briefing_app.usecases.agenda import LiveAgendaError, rewrite_live_agenda


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), setup_logs=False)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def window(qtbot, sample_store: Store) -> MainWindow:
    win = MainWindow(sample_store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


# ---- rewriting agenda.ics after a change ------------------------------------------------
def test_the_live_agenda_rewrite_and_its_failure_are_one_rule(
    capsys, qtbot, window: MainWindow, sample_store: Store
) -> None:
    path = live_agenda_path(sample_store)
    path.mkdir(parents=True)  # a folder where the file goes: the disk refuses
    with pytest.raises(LiveAgendaError) as caught:
        rewrite_live_agenda(sample_store)
    reason = caught.value.reason
    assert caught.value.path == path and reason
    code, _, err = run(capsys, "favourite", "2")
    assert code == 0  # the change stands
    assert err.strip() == (
        f"briefing-app: warning: could not update the live agenda file {path}: {reason}"
    )
    window.set_favourite(3, True)
    qtbot.waitUntil(
        lambda: "Could not update the live agenda file" in window.messages.text(), timeout=10_000
    )
    assert reason in window.messages.text()
    assert window.agenda_writer.wait(5000)
    path.rmdir()
    assert rewrite_live_agenda(sample_store) == path
    assert path.read_bytes().count(b"BEGIN:VEVENT") == 2  # both fronts' favourites


# ---- the wording of a change -------------------------------------------------------------
def test_a_change_reads_the_same_in_the_changes_command_and_the_changes_tab(
    capsys, qtbot, sample_store: Store, feed_server: FeedServer
) -> None:
    from briefing_app.ui.changes.view import ChangesView

    doc = json.loads(read_resource_bytes(SAMPLE_FEED))
    doc["series"]["id"] = "remote"
    doc["series"]["title"] = "Remote briefings"
    url = feed_server.serve("/f.json", Reply(body=json.dumps(doc).encode()))
    assert run(capsys, "feeds", "add", url)[0] == 0
    doc["sessions"][0]["title"] = "Kick-off, renamed"
    doc["sessions"][1]["start"] = doc["sessions"][1]["start"].replace("T1", "T0")
    doc["sessions"][4]["status"] = "cancelled"
    feed_server.serve("/f.json", Reply(body=json.dumps(doc).encode()))
    assert run(capsys, "sync")[0] == 0
    code, out, _ = run(capsys, "changes")
    assert code == 0
    cli = {line.strip() for line in out.splitlines() if line.startswith("  ")}
    view = ChangesView(sample_store)
    qtbot.addWidget(view)
    gui = {row.text for row in view.model.rows if not row.heading}
    assert cli == gui, out
    assert any(text.startswith("Moved: ") and "(was " in text for text in cli)
    assert "Cancelled: Planning Session: Fall–Winter 2020 Series" in cli
