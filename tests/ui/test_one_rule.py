"""Issue 12, "one rule, one place": the command line and the window give the same answer."""

from __future__ import annotations

import pytest

from briefing_app.calendar.export import live_agenda_path
from briefing_app.cli import main
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
