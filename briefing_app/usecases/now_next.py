"""What is on now and what comes next, across every feed: the Now & next view's data.

Two indexed time-range reads, however large the store: the sessions that started
in the last :data:`LOOK_BACK` and have not ended (on now), and those starting from
the next start after now until :data:`NEXT_SPAN` after it (next). Removed sessions
and the user's hidden tracks and rooms are left out; cancelled ones stay, marked.
:func:`next_change` says when the answer changes, so a view reads again then, not
on a poll.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from briefing_app.store import HiddenNames, SessionRecord, Store

#: How far back a session on now may have started (a longer one is an all-day
#: event, not something to join now).
LOOK_BACK = timedelta(hours=24)
#: "Next" holds the sessions starting within this of the first start after now.
NEXT_SPAN = timedelta(minutes=60)
#: The most sessions each part holds (a conference's busiest hour has fewer).
MAX_ROWS = 200


@dataclass(frozen=True, slots=True)
class NowAndNext:
    """The sessions on now (soonest end first) and next (in time order) at *at*."""

    at: datetime
    now: tuple[SessionRecord, ...]
    next: tuple[SessionRecord, ...]

    def next_change(self) -> datetime | None:
        """The first instant after :attr:`at` when the answer differs: an end, or a start."""
        instants = [s.end for s in self.now] + [s.start for s in self.next]
        later = [t for t in instants if t > self.at]
        return min(later) if later else None


def now_and_next(store: Store, at: datetime, hidden: HiddenNames | None = None) -> NowAndNext:
    """What is on at *at* and what comes next (*hidden*: the user's, read when None)."""
    if hidden is None:
        hidden = store.hidden_names()
    # The store keeps whole seconds: a second more, then the exact test here.
    started = store.sessions_starting_between(
        at - LOOK_BACK, at + timedelta(seconds=1), hidden=hidden
    )
    on_now = sorted(
        (s for s in started if s.start <= at < s.end and not s.removed),
        key=lambda s: (s.end, s.start, s.id),
    )[:MAX_ROWS]
    first = store.first_start_after(at, hidden=hidden)
    upcoming: list[SessionRecord] = []
    if first is not None:
        upcoming = [
            s
            for s in store.sessions_starting_between(
                first, first + NEXT_SPAN + timedelta(seconds=1), hidden=hidden
            )
            if not s.removed
        ][:MAX_ROWS]
    return NowAndNext(at=at, now=tuple(on_now), next=tuple(upcoming))
