"""Two stores of one feed's shape at two sizes, for growth guards (work at 1× and N×)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from briefing_app.feeds.model import Feed
from briefing_app.store import Store


@contextmanager
def small_and_large(folder: Path, small: Feed, large: Feed) -> Iterator[tuple[Store, Store]]:
    """Stores in *folder*/small and *folder*/large holding *small* and *large*; closed after."""
    stores = []
    try:
        for name, feed in (("small", small), ("large", large)):
            store = Store(folder / name / "briefing.db")
            stores.append(store)
            store.import_feed("https://example.org/conf.json", feed)
        yield stores[0], stores[1]
    finally:
        for store in stores:
            store.close()
