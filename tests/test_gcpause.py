"""util/gcpause: no cyclic collection inside a pause; the collector is as it was after it."""

from __future__ import annotations

import gc
import threading

import pytest

from briefing_app.util.gcpause import gc_paused, pauses_gc


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


def test_the_sync_entry_points_pause_the_collector() -> None:
    from briefing_app.sync import engine

    assert engine.subscribe.__wrapped__ is not None  # type: ignore[attr-defined]
    assert engine.sync_feed.__wrapped__ is not None  # type: ignore[attr-defined]
