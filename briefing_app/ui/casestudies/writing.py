"""Workspace writes through the window's write queue (``ui/workers/write_queue.py``).

The queue runs a write on the GUI thread's store when nobody else holds the
lock, or on its own thread's store while a sync does; a workspace write needs
the :class:`Workspace` of whichever store it is given.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from briefing_app.store import Store
from briefing_app.workspace import Workspace

T = TypeVar("T")


def on_store(own: Workspace, write: Callable[[Workspace], T]) -> Callable[[Store], T]:
    """*write* with *own* on its own store, else a workspace over the store given."""

    def work(store: Store) -> T:
        return write(own if store is own.store else Workspace(store, own.materials))

    return work
