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

__all__ = ["gc_paused", "pause_until_resumed", "pauses_gc", "resume"]

_P = ParamSpec("_P")
_R = TypeVar("_R")
_lock = threading.Lock()
#: How many pauses are open (in any thread), whether the collector was on before the first,
#: and whether the pause of :func:`pause_until_resumed` is one of them.
_state = {"depth": 0, "was_enabled": False, "until_resumed": False}


def _enter() -> None:
    if _state["depth"] == 0:
        _state["was_enabled"] = gc.isenabled()
        gc.disable()
    _state["depth"] += 1


def _leave() -> None:
    _state["depth"] -= 1
    if _state["depth"] == 0 and _state["was_enabled"]:
        gc.enable()


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block (nested and threaded pauses are counted)."""
    with _lock:
        _enter()
    try:
        yield
    finally:
        with _lock:
            _leave()


def pause_until_resumed() -> None:
    """A pause that :func:`resume` ends, where the end is another module's to see.

    The window's start (PySide6, the app's modules, the first screen: some 60
    collections, 15 ms before the first paint, finding nothing) is paused from the
    command line's dispatch to the window's first paint (``ui/app.run_gui``). While
    one is open, another call does nothing.
    """
    with _lock:
        if not _state["until_resumed"]:
            _state["until_resumed"] = True
            _enter()


def resume() -> None:
    """End the pause of :func:`pause_until_resumed` (nothing if none is open)."""
    with _lock:
        if _state["until_resumed"]:
            _state["until_resumed"] = False
            _leave()


def pauses_gc(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """*function* run inside :func:`gc_paused`."""

    @functools.wraps(function)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with gc_paused():
            return function(*args, **kwargs)

    return wrapper
