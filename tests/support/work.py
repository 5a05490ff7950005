"""Counting work instead of time, for tests that guard against a slow regression.

The suite runs on a shared, noisy machine: a test that says "under 0.5 s" fails
under load and passes a regression on a fast day. These counters give the same
number on every run for the same code and data, so a guard can be tight.

- :func:`python_calls`: Python and C function calls (and generator resumptions)
  made by a piece of work: a loop gone quadratic, a per-item search of a whole
  tree or a lost cache shows up as many more calls.
- :func:`sqlite_steps`: SQLite virtual-machine steps (in thousands) run on every
  connection opened meanwhile: a query that reads every row shows up.
- :func:`peak_bytes`: the most memory Python held at once (tracemalloc).

HANG_GUARD is the one time bound left in tests whose subject is "does not hang":
generous enough that load never reaches it, short enough to end a hung run.
"""

from __future__ import annotations

import sqlite3
import sys
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any, TypeVar

T = TypeVar("T")

#: Seconds after which a test about not hanging fails (only a hang gets there).
HANG_GUARD = 60.0


def python_calls(work: Callable[[], T]) -> tuple[T, int]:
    """The result of *work* and the function calls it made (``sys.setprofile`` events)."""
    count = 0

    def profile(_frame: FrameType, event: str, _arg: Any) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    previous = sys.getprofile()
    sys.setprofile(profile)
    try:
        result = work()
    finally:
        sys.setprofile(previous)
    return result, count


#: SQLite instructions per progress-handler call.
STEP = 1000


@contextmanager
def sqlite_steps(*connections: sqlite3.Connection) -> Iterator[list[int]]:
    """Count SQLite VM steps (in units of :data:`STEP` instructions) on *connections*
    and on every connection opened inside the block; the count is ``counted[0]``."""
    counted = [0]

    def handler() -> int:
        counted[0] += 1
        return 0

    real_connect = sqlite3.connect

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = real_connect(*args, **kwargs)
        conn.set_progress_handler(handler, STEP)
        return conn

    for conn in connections:
        conn.set_progress_handler(handler, STEP)
    sqlite3.connect = connect  # type: ignore[assignment]
    try:
        yield counted
    finally:
        sqlite3.connect = real_connect
        for conn in connections:
            conn.set_progress_handler(None, STEP)


def peak_bytes(work: Callable[[], T]) -> tuple[T | BaseException, int]:
    """The result of *work* (or what it raised) and the most bytes Python held meanwhile."""
    tracemalloc.start()
    try:
        try:
            result: T | BaseException = work()
        except Exception as exc:  # the caller checks what was raised
            result = exc
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, peak


def bytes_read() -> int:
    """Bytes this process has read so far, files and pipes alike (Linux ``rchar``)."""
    with Path("/proc/self/io").open(encoding="ascii") as io:
        for line in io:
            if line.startswith("rchar:"):
                return int(line.split()[1])
    raise OSError("no rchar in /proc/self/io")  # pragma: no cover - Linux has it
