"""A big write fills the full-text index in one statement: same index as row-by-row triggers."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.feeds import parse_feed
from briefing_app.store import Store
from briefing_app.store import apply as apply_module

DATA = Path(__file__).resolve().parents[1] / "data"
WORDS = ("rust", "kernel", "python", "database", "security", "graphics", "nix", "brussels")


def _load(path: Path, data: bytes) -> Store:
    store = Store(path)
    feed_id = store.add_feed("https://example.org/fosdem.xml")
    with store.transaction():
        store.apply_feed(feed_id, parse_feed(data))
    return store


def _index(store: Store) -> dict[str, list[tuple[int, ...]]]:
    conn = store.db.conn
    found: dict[str, list[tuple[int, ...]]] = {}
    for table in ("sessions", "presenters"):
        for word in WORDS:
            found[f"{table}:{word}"] = conn.execute(
                f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ? ORDER BY rowid", [word]
            ).fetchall()
    return found


def _triggers(store: Store) -> list[tuple[str, str]]:
    return store.db.conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    ).fetchall()


def test_bulk_index_equals_trigger_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = (DATA / "fosdem-2026.xml").read_bytes()
    bulk = _load(tmp_path / "bulk.db", data)
    monkeypatch.setattr(apply_module, "BULK_FTS_ROWS", 10**9)  # the triggers, row by row
    by_row = _load(tmp_path / "rows.db", data)
    assert _index(bulk) == _index(by_row)
    assert sum(len(hits) for hits in _index(bulk).values()) > 100
    assert _triggers(bulk) == _triggers(by_row)  # every trigger back, as it was
    for table in ("sessions", "presenters"):
        bulk.db.conn.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('integrity-check')")


def test_a_failed_bulk_write_keeps_the_trigger(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    before = _triggers(store)
    with (
        pytest.raises(RuntimeError),
        store.transaction(),
        apply_module.fts_filled_after(store.db.conn, "sessions", 10_000),
    ):
        assert "sessions_ai" not in [name for name, _sql in _triggers(store)]
        raise RuntimeError("stop")
    assert _triggers(store) == before
