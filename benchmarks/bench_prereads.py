"""Pre-read download figures (issue 15): 50 files from loopback against a plain requests loop.

    python benchmarks/bench_prereads.py [--runs 5]

Fifty 200 KB files served by ``python -m http.server`` on 127.0.0.1 (its own
process). *Ours*: ``prereads.download`` for one session keeping them all, into
an empty materials folder and a fresh store: each file to a partial file,
hashed, fsynced, moved into the content-addressed folder, its row written. The
*floor*: a ``requests.Session`` loop writing each body to a file, nothing else.
The issue asks for the ratio; it sets no target.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import harness
from harness import Context, Measure, Server, interleaved, timed

FILES = 50
SIZE = 200 * 1024


def _targets(session_id: int, base: str) -> list:  # type: ignore[type-arg]
    from briefing_app.usecases.prereads import Target

    return [
        Target(session_id, "Bench", f"{base}/file-{n}.bin", f"File {n}", "pre-read", SIZE)
        for n in range(FILES)
    ]


def collect(ctx: Context) -> list[Measure]:
    import requests

    from briefing_app.usecases import prereads
    from briefing_app.usecases.startup import open_store

    www = Path(tempfile.mkdtemp(prefix="www-", dir=ctx.scratch))
    for n in range(FILES):
        (www / f"file-{n}.bin").write_bytes(os.urandom(SIZE))
    server = Server(www)
    base = f"http://127.0.0.1:{server.port}"
    counter = [0]

    def ours() -> float:
        counter[0] += 1
        folder = Path(tempfile.mkdtemp(prefix=f"prereads-{counter[0]}-", dir=ctx.scratch))
        store = open_store(folder)
        session_id = store.sessions()[0].id
        targets = _targets(session_id, base)
        fetch = prereads.downloader(store)
        plan = prereads.Plan(tuple(targets), {t.url: t.size for t in targets})
        seconds = timed(lambda: prereads.download(store, plan, fetch))
        fetch.close()
        store.close()
        shutil.rmtree(folder, ignore_errors=True)
        return seconds

    def floor() -> float:
        folder = Path(tempfile.mkdtemp(prefix="requests-", dir=ctx.scratch))

        def work() -> None:
            with requests.Session() as session:
                for n in range(FILES):
                    answer = session.get(f"{base}/file-{n}.bin", timeout=30)
                    answer.raise_for_status()
                    (folder / f"file-{n}.bin").write_bytes(answer.content)

        seconds = timed(work)
        shutil.rmtree(folder, ignore_errors=True)
        return seconds

    try:
        ours_s, floor_s = interleaved(max(ctx.runs, 3), ours, floor)
    finally:
        server.stop()
    return [
        Measure(
            "prereads",
            f"download {FILES} pre-reads of {SIZE // 1024} KB from loopback (Keep offline)",
            ours_s * 1000,
            "ms",
            floor=floor_s * 1000,
            floor_name="a plain requests loop writing the files",
        )
    ]


if __name__ == "__main__":
    raise SystemExit(harness.main_for(collect))
