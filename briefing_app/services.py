"""Use cases shared by the command line and the desktop app (no Qt here)."""

from __future__ import annotations

from pathlib import Path

from briefing_app.errors import FeedError, NotFoundError
from briefing_app.feeds import parse_feed
from briefing_app.feeds.model import Feed
from briefing_app.store import ChangeSet, Store


def read_feed_file(path: Path) -> Feed:
    """Read and parse a feed file; every failure is a typed error naming the file."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise NotFoundError(f"{path}: no such file") from exc
    except OSError as exc:
        raise FeedError(f"cannot read the file: {exc.strerror or exc}", source=str(path)) from exc
    return parse_feed(data, source=str(path))


def import_feed_file(store: Store, path: Path) -> tuple[ChangeSet, Feed]:
    """Import the feed in *path* into *store* (all or nothing); return what changed."""
    feed = read_feed_file(path)
    return store.import_feed(path.resolve().as_uri(), feed), feed


def import_feed_file_at(db_path: Path, path: Path) -> ChangeSet:
    """Same, opening a Store of its own (for a worker thread)."""
    with Store(db_path) as store:
        changes, _feed = import_feed_file(store, path)
    return changes
