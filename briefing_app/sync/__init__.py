"""Following feeds over HTTP (or local files) and applying them to the store."""

from briefing_app.sync.engine import (
    SyncOutcome,
    SyncReport,
    subscribe,
    sync_all,
    sync_feed,
)
from briefing_app.sync.http import (
    DEFAULT_MAX_BYTES,
    DEFAULT_TOTAL_TIMEOUT,
    MIB,
    Fetcher,
    FetchPolicy,
    FetchResult,
    normalize_location,
)

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
