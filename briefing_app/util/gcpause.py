"""Pausing Python's cyclic garbage collector around a burst of allocation.

Parsing a feed and writing it makes hundreds of thousands of objects (an
element tree, records, rows) that live until the write ends. Each 700 new
objects start a collection, and every tenth of those walks everything still
alive: a FOSDEM sync (883 sessions) spent a tenth of its CPU time there,
finding nothing, since those objects hold no reference cycles and reference
counting frees them. Inside :func:`gc_paused` no collection starts; when the
outermost pause ends the collector is as it was, and the next collection
finds whatever cycles were made meanwhile.
"""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

__all__ = ["gc_paused", "pauses_gc"]

_P = ParamSpec("_P")
_R = TypeVar("_R")
_lock = threading.Lock()
#: How many pauses are open (in any thread), and whether the collector was on before the first.
_state = {"depth": 0, "was_enabled": False}


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block (nested and threaded pauses are counted)."""
    with _lock:
        if _state["depth"] == 0:
            _state["was_enabled"] = gc.isenabled()
            gc.disable()
        _state["depth"] += 1
    try:
        yield
    finally:
        with _lock:
            _state["depth"] -= 1
            if _state["depth"] == 0 and _state["was_enabled"]:
                gc.enable()


def pauses_gc(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """*function* run inside :func:`gc_paused`."""

    @functools.wraps(function)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with gc_paused():
            return function(*args, **kwargs)

    return wrapper
