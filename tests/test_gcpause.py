"""util/gcpause: no cyclic collection inside a pause; the collector is as it was after it."""

from __future__ import annotations

import gc
import threading
from pathlib import Path
from typing import Any

import pytest

from briefing_app.util.gcpause import gc_paused, pause_until_resumed, pauses_gc, resume

DATA = Path(__file__).parent / "data"


def test_a_pause_stops_collection_and_restores_it_even_after_an_error() -> None:
    assert gc.isenabled()
    with pytest.raises(ValueError), gc_paused():
        assert not gc.isenabled()
        raise ValueError("boom")
    assert gc.isenabled()


def test_nested_pauses_end_with_the_outermost() -> None:
    with gc_paused():
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause still holds
    assert gc.isenabled()


def test_a_collector_turned_off_before_stays_off() -> None:
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_pauses_in_two_threads_end_when_both_have() -> None:
    inside, release = threading.Event(), threading.Event()

    @pauses_gc
    def hold() -> None:
        inside.set()
        release.wait(10)

    worker = threading.Thread(target=hold)
    worker.start()
    assert inside.wait(10)
    with gc_paused():
        pass
    assert not gc.isenabled()  # the worker's pause is still open
    release.set()
    worker.join(10)
    assert gc.isenabled()


def test_a_sync_pauses_the_collector_for_its_parse_and_write_not_its_download(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pause covers the burst of objects, not the wait for a server (up to a minute)."""
    from briefing_app.store import Store
    from briefing_app.sync import Fetcher, subscribe, sync_feed

    seen: dict[str, list[bool]] = {"download": [], "write": []}
    real_fetch, real_apply = Fetcher.fetch, Store.apply_feed

    def fetch(self: Fetcher, *args: Any, **kwargs: Any) -> Any:
        seen["download"].append(gc.isenabled())
        return real_fetch(self, *args, **kwargs)

    def apply(self: Store, *args: Any, **kwargs: Any) -> Any:
        seen["write"].append(gc.isenabled())
        return real_apply(self, *args, **kwargs)

    monkeypatch.setattr(Fetcher, "fetch", fetch)
    monkeypatch.setattr(Store, "apply_feed", apply)
    feed = tmp_path / "fosdem.xml"
    feed.write_bytes(DATA.joinpath("fosdem-2026.xml").read_bytes())
    fetcher = Fetcher()
    try:
        with Store(tmp_path / "s.db") as store:
            feed_id, _ = subscribe(store, str(feed), fetcher)
            feed.write_bytes(feed.read_bytes().replace(b"</title>", b" (moved)</title>", 1))
            assert sync_feed(store, feed_id, fetcher).status == "applied"
    finally:
        fetcher.close()
    assert gc.isenabled()
    assert seen == {"download": [True, True], "write": [False, False]}


def test_a_streamed_feed_is_written_with_the_collector_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big (streamed) feed's batches come and go: pausing for 100k sessions held 57 MB more."""
    from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes
    from briefing_app.store import Store
    from briefing_app.sync import Fetcher, FetchPolicy, subscribe

    seen: list[bool] = []
    real = Store.apply_feed_stream

    def apply_stream(self: Store, *args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Store, "apply_feed_stream", apply_stream)
    feed = tmp_path / "sample.json"
    feed.write_bytes(read_resource_bytes(SAMPLE_FEED))
    fetcher = Fetcher(FetchPolicy(spool_bytes=1024))  # any body past 1 KiB streams
    try:
        with Store(tmp_path / "s.db") as store:
            subscribe(store, str(feed), fetcher)
    finally:
        fetcher.close()
    assert seen == [True]


def test_a_pause_until_resumed_ends_once_whoever_resumes_and_nests_with_the_others() -> None:
    """The window's start: paused by the command line, resumed by the first paint (and again,
    harmlessly, when run_gui returns)."""
    assert gc.isenabled()
    resume()  # none open: nothing
    assert gc.isenabled()
    pause_until_resumed()
    pause_until_resumed()  # one is open: nothing more
    assert not gc.isenabled()
    with gc_paused():
        resume()
        assert not gc.isenabled()  # the block's pause is still open
    assert gc.isenabled()
    resume()
    assert gc.isenabled()


@pytest.mark.slow  # a window, in a process of its own
def test_the_window_starts_paused_and_collects_once_painted(tmp_path: Path) -> None:
    import json
    import os
    import subprocess
    import sys

    code = """
import gc, json, sys
from PySide6.QtCore import QTimer
from briefing_app.cli.main import main
import briefing_app.ui.main_window as mw
seen = {}
real = mw.MainWindow.__init__
def init(self, *args, **kwargs):
    real(self, *args, **kwargs)
    seen["building"] = gc.isenabled()
    self.first_painted.connect(lambda: QTimer.singleShot(0, after))
def after():
    seen["painted"] = gc.isenabled()
    from PySide6.QtWidgets import QApplication
    QApplication.quit()
mw.MainWindow.__init__ = init
code = main([])
print(json.dumps({**seen, "code": code, "after": gc.isenabled()}))
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BRIEFING_APP_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"building": False, "painted": True, "code": 0, "after": True}
