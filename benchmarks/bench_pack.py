"""The briefing pack's figures: 100 sessions with photos, as a PDF, by the command line.

    python benchmarks/bench_pack.py [--runs 3]

A store of the synthetic feed's first 100 sessions (``make_feed.py``: 25 presenters, each
with a photo URL), every session a favourite, and every photo in the offline cache as a
real 600x600 JPEG (what a feed's head shot weighs: ~40 kB). Then, in a fresh process each
run, ``briefing-app pack --agenda -o pack.pdf``:

* **pack of 100 sessions with photos, whole process**: start to exit (reading the store,
  laying out the ~200 pages twice for the contents' numbers, painting, writing).
* **pack of 100 sessions with photos, peak memory**: the process's peak RSS (``ru_maxrss``).

The floor is the same command for one session (``--session 1``): what starting Qt, the
store and the fonts cost before the pack's size counts. The issue sets no target.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import time
from pathlib import Path

import harness
from harness import Context, Measure

SESSIONS = 100
PHOTO_SIDE = 600


def _pack_store(ctx: Context) -> Path:
    """A data folder: 100 sessions, all favourites, every presenter's photo cached."""
    from make_feed import make_feed

    folder = ctx.scratch / "pack-data"
    folder.mkdir()
    feed = ctx.scratch / "pack-feed.json"
    feed.write_text(json.dumps(make_feed(SESSIONS)), encoding="utf-8")
    env = ctx.env(folder)
    command = [ctx.python, "-m", "briefing_app"]
    subprocess.run([*command, "import", str(feed)], env=env, check=True, capture_output=True)
    script = (
        "import sys, json\n"
        "from briefing_app.store import Store\n"
        "with Store(sys.argv[1]) as s:\n"
        "    [s.set_favourite(r.id, True) for r in s.sessions()]\n"
        "    print(json.dumps([p.photo_url for p in s.presenters() if p.photo_url]))\n"
    )
    urls = json.loads(
        subprocess.run(
            [ctx.python, "-c", script, str(folder / "briefing.db")],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    )
    photos = folder / "photos"
    photos.mkdir(exist_ok=True)
    jpeg = _photo_bytes(ctx)
    for url in urls:
        (photos / hashlib.sha256(url.encode("utf-8")).hexdigest()).write_bytes(jpeg)
    return folder


def _photo_bytes(ctx: Context) -> bytes:
    """A 600x600 JPEG with detail in it (a gradient and rings), made by Qt in a child."""
    target = ctx.scratch / "photo.jpg"
    script = (
        "import sys\n"
        "from PySide6.QtGui import QGuiApplication, QImage, QColor\n"
        "app = QGuiApplication(['x', '-platform', 'offscreen'])\n"
        f"n = {PHOTO_SIDE}\n"
        "img = QImage(n, n, QImage.Format.Format_RGB32)\n"
        "for y in range(n):\n"
        "    for x in range(0, n, 4):\n"
        "        c = QColor((x * 255) // n, (y * 255) // n, ((x * y) // 7) % 256)\n"
        "        for dx in range(4): img.setPixelColor(x + dx, y, c)\n"
        "img.save(sys.argv[1], 'JPEG', 85)\n"
    )
    subprocess.run([ctx.python, "-c", script, str(target)], env=ctx.env(ctx.scratch), check=True)
    return target.read_bytes()


def _run(ctx: Context, folder: Path, *selection: str) -> tuple[float, float]:
    """(seconds, peak MB) of one ``pack`` process."""
    out = ctx.scratch / "pack.pdf"
    command = [ctx.python, "-m", "briefing_app", "pack", *selection, "-o", str(out)]
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=ctx.env(folder), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"pack failed: {process.stderr.read() if process.stderr else ''}")
    if process.stderr is not None:
        process.stderr.close()
    return seconds, usage.ru_maxrss / 1024  # kB on Linux


def collect(ctx: Context) -> list[Measure]:
    folder = _pack_store(ctx)
    _run(ctx, folder, "--agenda")  # warm-up: bytecode, font cache
    pages = _pages(ctx.scratch / "pack.pdf")
    big = [_run(ctx, folder, "--agenda") for _ in range(ctx.runs)]
    one = [_run(ctx, folder, "--session", "1") for _ in range(ctx.runs)]
    note = f"{pages} pages, every presenter's photo a cached {PHOTO_SIDE}px JPEG"
    return [
        Measure(
            "pack",
            f"pack of {SESSIONS} sessions with photos, whole process",
            harness.median([s for s, _ in big]),
            "s",
            floor=harness.median([s for s, _ in one]),
            floor_name="the pack of one session",
            size=SESSIONS,
            note=note,
        ),
        Measure(
            "pack",
            f"pack of {SESSIONS} sessions with photos, peak memory",
            max(m for _, m in big),
            "MB",
            floor=max(m for _, m in one),
            floor_name="the pack of one session",
            size=SESSIONS,
            note=note,
        ),
    ]


def _pages(path: Path) -> int:
    import re

    return len(re.findall(rb"/Type\s*/Page\b", path.read_bytes()))


if __name__ == "__main__":
    raise SystemExit(harness.main_for(collect))
