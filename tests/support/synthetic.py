"""The benchmarks' synthetic briefing feed (benchmarks/make_feed.py), for tests that need size."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

MAKE_FEED = Path(__file__).resolve().parents[2] / "benchmarks" / "make_feed.py"


def synthetic_feed(sessions: int, seed: int = 1) -> dict[str, Any]:
    """A briefing feed document with *sessions* sessions (the same for the same seed)."""
    spec = importlib.util.spec_from_file_location("make_feed", MAKE_FEED)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    document: dict[str, Any] = module.make_feed(sessions, seed)
    return document


def synthetic_feed_file(folder: Path, sessions: int) -> Path:
    """The synthetic feed of *sessions* sessions written to ``folder/feed-N.json``."""
    path = folder / f"feed-{sessions}.json"
    path.write_text(json.dumps(synthetic_feed(sessions), ensure_ascii=False), encoding="utf-8")
    return path
