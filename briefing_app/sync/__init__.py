"""Following feeds over HTTP (or local files) and applying them to the store.

The exports load on first use (:mod:`briefing_app.util.lazy`): ``requests`` is imported
by the commands that download, not by every command that imports this package.
"""

from typing import TYPE_CHECKING

from briefing_app.util.lazy import lazy_exports

if TYPE_CHECKING:
    from briefing_app.sync.engine import (
        SyncOutcome,
        SyncReport,
        subscribe,
        sync_all,
        sync_feed,
    )
    from briefing_app.sync.http import (
        Fetcher,
        FetchPolicy,
        FetchResult,
        normalize_location,
    )
    from briefing_app.sync.limits import DEFAULT_MAX_BYTES, DEFAULT_TOTAL_TIMEOUT, MIB

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_TOTAL_TIMEOUT",
    "MIB",
    "FetchPolicy",
    "FetchResult",
    "Fetcher",
    "SyncOutcome",
    "SyncReport",
    "normalize_location",
    "subscribe",
    "sync_all",
    "sync_feed",
]

__getattr__ = lazy_exports(
    __name__,
    {
        **dict.fromkeys(["DEFAULT_MAX_BYTES", "DEFAULT_TOTAL_TIMEOUT", "MIB"], "limits"),
        **dict.fromkeys(
            ["SyncOutcome", "SyncReport", "subscribe", "sync_all", "sync_feed"], "engine"
        ),
        **dict.fromkeys(
            [
                "FetchPolicy",
                "FetchResult",
                "Fetcher",
                "normalize_location",
            ],
            "http",
        ),
    },
)
