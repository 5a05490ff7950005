"""The write queue (ui/workers/write_queue.py): never waits, keeps order, last text wins."""

from __future__ import annotations

import sqlite3
import threading
import time

from briefing_app.errors import BriefingError, NotFoundError
from briefing_app.store import Store
from briefing_app.ui.workers.write_queue import WriteQueue

STAGE = "setting-the-stage-2020-05-11"
WG = "procurement-wg-2020-05-11"


def _lock(store: Store) -> sqlite3.Connection:
    holder = sqlite3.connect(store.path, isolation_level=None, timeout=0)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO settings (key, value) VALUES ('held', '1')")
    return holder


def test_without_a_lock_a_write_is_stored_at_once_on_the_callers_thread(
    qtbot, sample_store: Store
) -> None:
    queue = WriteQueue(sample_store)
    stage = sample_store.find_session(STAGE).id
    threads: list[str] = []
    done: list[object] = []

    def work(store: Store) -> str:
        threads.append(threading.current_thread().name)
        store.set_favourite(stage)
        return "ok"

    assert queue.submit(("favourite", stage), work, done.append) is True
    assert done == ["ok"] and threads == [threading.main_thread().name]
    assert sample_store.session(stage).favourite
    assert queue.waiting == 0


def test_while_locked_writes_wait_in_order_and_the_last_of_a_key_wins(
    qtbot, sample_store: Store
) -> None:
    queue = WriteQueue(sample_store)
    stage = sample_store.find_session(STAGE).id
    wg = sample_store.find_session(WG).id
    order: list[str] = []
    counts: list[int] = []
    queue.waiting_changed.connect(counts.append)
    holder = _lock(sample_store)
    try:
        started = time.monotonic()
        for text in ("a", "ab", "abc"):
            stored = queue.submit(
                ("note", stage),
                lambda store, text=text: store.set_note(stage, text),
                lambda _r, text=text: order.append(f"note {text}"),
            )
            assert stored is False
        queue.submit(
            ("favourite", wg),
            lambda store: store.set_favourite(wg),
            lambda _r: order.append("favourite"),
        )
        # Nothing waited for the lock: only a wait (a store's busy timeout is 10 s) gets
        # to this bound; not a speed test (the machine is shared).
        assert time.monotonic() - started < 5
        assert queue.waiting == 2 and queue.is_waiting(("note", stage))
        qtbot.wait(400)  # retries meet the lock
        assert order == []
    finally:
        holder.execute("COMMIT")
        holder.close()
    # waiting drops on the queue's thread; the callbacks follow on the GUI thread
    qtbot.waitUntil(lambda: queue.waiting == 0 and len(order) == 2, timeout=5000)
    assert order == ["note abc", "favourite"]  # first come first stored; the last text won
    assert sample_store.note(stage) == "abc"
    assert sample_store.session(wg).favourite
    assert counts[-1] == 0
    queue.stop()
    assert queue.join(5)


def test_a_failure_other_than_the_lock_goes_to_on_error_once(qtbot, sample_store: Store) -> None:
    queue = WriteQueue(sample_store)
    errors: list[BriefingError] = []
    holder = _lock(sample_store)
    queue.submit(("note", 999_999), lambda store: store.set_note(999_999, "x"), None, errors.append)
    holder.execute("COMMIT")
    holder.close()
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    qtbot.wait(100)
    assert len(errors) == 1 and isinstance(errors[0], NotFoundError)
    assert queue.waiting == 0
    # Without on_error of its own, the queue's failed signal carries it (to the banner).
    with qtbot.waitSignal(queue.failed) as failed:
        queue.submit(("note", 999_998), lambda store: store.set_note(999_998, "x"))
    assert isinstance(failed.args[0], NotFoundError)
    queue.stop()


def test_a_bug_in_a_queued_write_reaches_the_crash_dialog(
    qtbot, sample_store: Store, crash_dialogs: list[tuple[str, str]]
) -> None:
    queue = WriteQueue(sample_store)
    stage = sample_store.find_session(STAGE).id
    holder = _lock(sample_store)

    def buggy(store: Store) -> None:
        store.set_note(stage, "x")
        raise ZeroDivisionError("a bug")

    queue.submit(("bug",), buggy)
    holder.execute("COMMIT")
    holder.close()
    qtbot.waitUntil(lambda: bool(crash_dialogs), timeout=5000)
    assert "ZeroDivisionError" in crash_dialogs[0][0]
    queue.stop()
