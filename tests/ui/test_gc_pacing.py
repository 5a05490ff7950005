"""ui/gc_pacing: full collections wait for a quiet moment, never while the collector is paused."""

from __future__ import annotations

import gc
from typing import Any

from briefing_app.ui.gc_pacing import QUIET_MS, GcPacer
from briefing_app.util.gcpause import gc_paused


def test_full_collections_wait_for_a_quiet_moment_and_the_thresholds_come_back(
    qtbot: Any,
) -> None:
    before = gc.get_threshold()
    pacer = GcPacer()
    try:
        young, middle, old = gc.get_threshold()
        assert (young, middle) == before[:2] and old > 1_000_000  # no full pass on its own
        pacer.busy()
        qtbot.wait(QUIET_MS // 2)
        pacer.busy()  # still busy: the pass moves on
        qtbot.wait(QUIET_MS // 2 + 100)
        assert pacer.collections == 0
        qtbot.waitUntil(lambda: pacer.collections == 1, timeout=QUIET_MS + 2000)
    finally:
        pacer.uninstall()
    assert gc.get_threshold() == before


def test_no_pass_while_a_burst_of_allocation_pauses_the_collector(qtbot: Any) -> None:
    pacer = GcPacer()
    try:
        with gc_paused():
            pacer._collect()  # its quiet moment comes in the middle of a sync's write
            assert pacer.collections == 0
        qtbot.waitUntil(lambda: pacer.collections == 1, timeout=QUIET_MS + 2000)
    finally:
        pacer.uninstall()


class _Search:
    """A search runner's ``idle``, as the pacer sees it."""

    def __init__(self) -> None:
        self.idle = False


def test_no_full_pass_while_a_watched_search_is_on_its_way(qtbot: Any) -> None:
    """The quiet moment after the last key fell in the middle of reading a long list: the
    pass waits until the answer is in (it held the GUI thread 120-360 ms at 100k)."""
    pacer = GcPacer()
    search = _Search()
    try:
        pacer.watch(search)
        pacer._collect()  # the quiet moment comes while the list is read
        assert pacer.collections == 0
        search.idle = True
        qtbot.waitUntil(lambda: pacer.collections == 1, timeout=QUIET_MS + 2000)
        del search  # held weakly: a closed window's runner holds nothing back
        pacer._collect()
        assert pacer.collections == 2
    finally:
        pacer.uninstall()
