"""Several processes on one database file queue for the write lock instead of failing."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from briefing_app.store import Store

WORKER = textwrap.dedent(
    """
    import dataclasses, sys
    from briefing_app.usecases.startup import load_sample_feed, open_store
    data_dir, worker = sys.argv[1], sys.argv[2]
    feed = load_sample_feed()
    for round in range(5):
        with open_store(data_dir) as store:
            series = dataclasses.replace(feed.series, id=f"w{worker}")
            sessions = tuple(
                dataclasses.replace(s, title=f"{s.title} r{round}") for s in feed.sessions
            )
            store.import_feed(f"file:///w{worker}.json",
                              dataclasses.replace(feed, series=series, sessions=sessions))
    print("ok")
    """
)


def test_processes_opening_and_writing_together(tmp_path: Path) -> None:
    data_dir = tmp_path / "shared"
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, str(data_dir), str(n)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(4)
    ]
    results = [w.communicate(timeout=120) for w in workers]
    for worker, (out, err) in zip(workers, results, strict=True):
        assert worker.returncode == 0, err
        assert out.strip() == "ok"
    with Store(data_dir / "briefing.db") as store:
        # The sample once, plus one feed per worker, each at its last round.
        assert len(store.feeds()) == 5
        assert store.session_count() == 25
        assert sum(1 for s in store.sessions() if s.title.endswith(" r4")) == 20
