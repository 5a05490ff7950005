"""Work that ends after its asker is gone is harmless: the window closed (its store with
it), the asking object deleted, or the interpreter exiting (the screenshots tool at
100,000 sessions printed "RuntimeError: Signal source has been deleted": the damage check
ended after the window had closed)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from support.feed_server import FeedServer, Reply

from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes
from briefing_app.store import Store
from briefing_app.sync import Fetcher, FetchPolicy, subscribe
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.workers.tasks import TaskRunner


def test_a_task_ending_while_the_interpreter_exits_says_nothing() -> None:
    code = (
        "import time\n"
        "from briefing_app.ui.app import make_application\n"
        "from briefing_app.ui.workers.tasks import TaskRunner\n"
        "app = make_application(icon=False)\n"
        "runner = TaskRunner()\n"
        "runner.run(lambda: time.sleep(1) or 1, print, print)\n"  # ends after the exit starts
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0
    assert result.stderr == ""  # was a traceback: "Signal source has been deleted"


def test_a_sync_ending_after_the_window_and_its_store_closed_leaves_them_alone(
    qtbot, sample_store: Store, feed_server: FeedServer, fetcher: Fetcher
) -> None:
    doc = read_resource_bytes(SAMPLE_FEED).replace(b'"id": "', b'"id": "remote-', 1)
    url = feed_server.serve("/f.json", Reply(body=doc))
    feed_id, _ = subscribe(sample_store, url, fetcher)
    window = MainWindow(sample_store)
    qtbot.addWidget(window)
    window.show()
    window.syncer.fetcher_factory = lambda: Fetcher(FetchPolicy(read_timeout=5, attempts=1))
    feed_server.serve("/f.json", Reply(status=500, body=b"x", stall_after=0, stall=0.5))
    window.syncer.sync([feed_id])
    window.close()  # as run_gui: the window closes, then its store
    sample_store.close()
    assert window.tasks.wait(10_000)
    qtbot.wait(100)  # the sync's result was queued for the closed window: dropped
    assert window.messages.text() == ""  # no "Sync failed" over a closed window


class _Asker(QObject):
    answered = Signal(object)

    def take(self, result: object) -> None:
        self.answered.emit(result)  # raises if this object is gone


def test_a_result_for_a_deleted_asker_is_dropped(qtbot) -> None:
    runner = TaskRunner()
    release = threading.Event()
    asker = _Asker()
    runner.run(lambda: release.wait(10), asker.take, asker.take)
    asker.deleteLater()  # a dialog closed while its work runs
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    release.set()
    assert runner.wait(10_000)
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)


def test_a_closed_runner_delivers_nothing_but_still_finishes(qtbot) -> None:
    runner = TaskRunner()
    release = threading.Event()
    got: list[object] = []
    runner.run(lambda: release.wait(10), got.append, got.append)
    runner.close()
    release.set()
    assert runner.wait(10_000)
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert got == []


@pytest.mark.slow
def test_the_screenshots_tool_leaves_no_traceback(tmp_path: Path) -> None:
    """The tool's window closes with the damage check still running (100,000 sessions: a
    second or more); made slow here, the check ends while the tool exits."""
    code = (
        "import sys, time\n"
        "from briefing_app.store import Store\n"
        "check = Store.quick_check\n"
        "Store.quick_check = lambda self: (time.sleep(1.5), check(self))[1]\n"
        "from briefing_app.tools import screenshots\n"
        "sys.exit(screenshots.main(sys.argv[1:]))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    args = [str(tmp_path / "shots"), "--views", "sessions", "--data-dir", str(tmp_path / "d")]
    first = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120, env=env
    )
    assert first.returncode == 0, first.stderr
    # Today's check ran at the first open; this start's window checks after it shows.
    again = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120, env=env
    )
    assert again.returncode == 0, again.stderr
    assert "Traceback" not in again.stderr and "RuntimeError" not in again.stderr
