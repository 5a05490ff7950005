"""Workspace writes through the window's write queue (``ui/workers/write_queue.py``).

The queue runs a write on the GUI thread's store when nobody else holds the
lock, or on its own thread's store while a sync does; a workspace write needs
the :class:`Workspace` of whichever store it is given.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

from briefing_app.store import Store
from briefing_app.ui.widgets.error_text import error_text
from briefing_app.ui.workers.write_queue import WriteQueue
from briefing_app.workspace import Workspace

T = TypeVar("T")


def on_store(own: Workspace, write: Callable[[Workspace], T]) -> Callable[[Store], T]:
    """*write* with *own* on its own store, else a workspace over the store given."""

    def work(store: Store) -> T:
        return write(own if store is own.store else Workspace(store, own.materials))

    return work


class ActionWriter:
    """Workspace actions (create, delete, revert, a link…) through the write queue.

    ``writer(key, write, done, failure)``: *done* runs once it is stored (the
    call returns True when that is now); a failure is told as
    ``"{failure}: {error}"``; *waiting* runs when a sync holds the lock.
    """

    def __init__(
        self,
        writes: WriteQueue,
        own: Workspace,
        tell: Callable[[str], object],
        waiting: Callable[[], object],
    ) -> None:
        self.writes = writes
        self.own = own
        self.tell = tell
        self.waiting = waiting

    def __call__(
        self,
        key: Hashable,
        write: Callable[[Workspace], T],
        done: Callable[[T], object],
        failure: str,
    ) -> bool:
        tell = self.tell
        return self.writes.submit(
            key,
            on_store(self.own, write),
            done,
            lambda exc: tell(f"{failure}: {error_text(exc)}"),
            self.waiting,
        )
