"""What every benchmark shares: a row of the table, its target, sizes, cached feeds and stores.

A benchmark module is ``benchmarks/bench_<area>.py`` with::

    def collect(ctx: Context) -> list[Measure]: ...

    if __name__ == "__main__":
        raise SystemExit(harness.main_for(collect))

``run_all.py`` imports every ``bench_*.py``, calls ``collect`` with one ``Context`` and prints one
table: measure, ours, floor or peer, ratio, target, met? Each ``Measure`` carries the floor it was
compared with, measured in the same run (the machines are shared and noisy: ratios, medians).

Sizes are session counts of the synthetic feed (``make_feed.py``); ``ctx.sizes`` is what the user
asked for (``--sizes 1k,10k,100k``; default 10k). A measure taken at one size sets ``size``; the
runner's growth table lines up the same ``name`` across sizes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for _path in (str(HERE), str(ROOT)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

# Some shells here set PYTHONDONTWRITEBYTECODE=1: every process would then compile every module
# from source (--version took 0.4 s so), which no installed copy does (pip writes the .pyc files).
# Whole-process figures are taken with bytecode caches, as users get them.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)

CACHE = Path(os.environ.get("BRIEFING_BENCH_CACHE", str(HERE / ".cache")))


@dataclass(frozen=True)
class Target:
    """What "met" means for a measure.

    * ``ratio``: ours / floor ≤ value (``Target.ratio(0.5)`` = at least 2× faster than the peer);
    * ``max``: ours ≤ value, in the measure's unit;
    """

    kind: Literal["ratio", "max"]
    value: float

    @classmethod
    def ratio_at_most(cls, value: float) -> Target:
        return cls("ratio", value)

    @classmethod
    def at_most(cls, value: float) -> Target:
        return cls("max", value)

    def describe(self, unit: str) -> str:
        if self.kind == "ratio":
            return f"≤ {self.value:g}×"
        return f"≤ {self.value:g} {unit}"


@dataclass(frozen=True)
class Measure:
    """One row of the benchmark table."""

    area: str  # "start", "sync", "search", "timeline", "export", "gui", ...
    name: str  # what was measured, e.g. "--version, whole process"
    ours: float  # in ``unit``
    unit: str  # "ms", "s", "MB", "rows", ...
    floor: float | None = None  # the floor or peer, same unit, same run
    floor_name: str = ""  # e.g. "python -c pass", "ConfClerk 0.7.1"
    target: Target | None = None
    size: int | None = None  # sessions in the store or feed, when the measure depends on it
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.floor is None or self.floor == 0:
            return None
        return self.ours / self.floor

    @property
    def met(self) -> bool | None:
        if self.target is None:
            return None
        if self.target.kind == "ratio":
            ratio = self.ratio
            return None if ratio is None else ratio <= self.target.value
        return self.ours <= self.target.value


@dataclass
class Context:
    """What a benchmark module is given: how hard to try, at which sizes, and where to work."""

    runs: int = 5
    sizes: list[int] = field(default_factory=lambda: [10_000])
    scratch: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="bench-")))
    python: str = sys.executable

    def feed_file(self, sessions: int) -> Path:
        """A synthetic briefing feed of *sessions* sessions, written once and cached across runs."""
        from make_feed import make_feed

        key = _digest(HERE / "make_feed.py")
        path = CACHE / f"feed-{sessions}-{key}.json"
        if not path.exists():
            CACHE.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(".part")
            with partial.open("w", encoding="utf-8") as out:
                json.dump(make_feed(sessions), out, ensure_ascii=False)
            partial.replace(path)
        return path

    def data_dir(self, sessions: int, *, fresh_copy: bool = True) -> Path:
        """A data directory whose store holds the *sessions*-session feed (built once, cached).

        With ``fresh_copy`` (the default) the caller gets its own copy in the scratch folder, so
        it may write; otherwise the cached directory itself (read it only).
        """
        from briefing_app.store.schema import LATEST_VERSION

        key = _digest(HERE / "make_feed.py") + f"-v{LATEST_VERSION}"
        cached = CACHE / f"store-{sessions}-{key}"
        if not (cached / ".complete").exists():
            shutil.rmtree(cached, ignore_errors=True)
            building = cached.with_name(cached.name + ".part")
            shutil.rmtree(building, ignore_errors=True)
            building.mkdir(parents=True)
            # A 100k feed (226 MB) is past the default max-feed-size (50 MiB): raise it first.
            subprocess.run(
                [self.python, "-m", "briefing_app", "settings", "max-feed-size", "1024"],
                env=self.env(building),
                check=True,
                capture_output=True,
            )
            subprocess.run(
                [self.python, "-m", "briefing_app", "import", str(self.feed_file(sessions))],
                env=self.env(building),
                check=True,
                capture_output=True,
            )
            (building / ".complete").touch()
            building.replace(cached)
        if not fresh_copy:
            return cached
        copy = Path(tempfile.mkdtemp(prefix=f"data-{sessions}-", dir=self.scratch))
        shutil.copytree(cached, copy, dirs_exist_ok=True)
        return copy

    def env(self, data_dir: Path, **extra: str) -> dict[str, str]:
        """An environment that keeps the app in *data_dir* and its window settings beside it."""
        return {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "BRIEFING_APP_DATA_DIR": str(data_dir),
            "XDG_CONFIG_HOME": str(data_dir / ".config"),
            "XDG_CACHE_HOME": str(data_dir / ".cache"),
            "PYTHONPATH": str(ROOT),
            **extra,
        }


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:10]


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def timed(work: Callable[[], object]) -> float:
    """Seconds *work* took."""
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def process_seconds(command: Sequence[str], env: dict[str, str] | None = None) -> float:
    """Seconds a whole process took, start to exit; fails loudly if it fails."""
    started = time.perf_counter()
    subprocess.run(list(command), env=env, check=True, capture_output=True, timeout=900)
    return time.perf_counter() - started


def store_process(ctx: Context, script: str, argument: str, prefix: str) -> tuple[float, float]:
    """(seconds, peak MB) that a child running *script* reported for an empty store.

    The child gets the store's path and *argument* as ``sys.argv[1:]`` and prints its own
    seconds and VmHWM in kB; the store is removed after it.
    """
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir=ctx.scratch))
    out = subprocess.run(
        [ctx.python, "-c", script, str(folder / "briefing.db"), argument],
        env=ctx.env(folder),
        check=True,
        capture_output=True,
        text=True,
        timeout=1800,
    ).stdout.split()
    for leftover in folder.glob("briefing.db*"):
        leftover.unlink()
    return float(out[0]), int(out[1]) / 1024


def status_kb(field: str) -> int:
    """A figure of this process's ``/proc/self/status`` in kB (``VmHWM``, ``VmRSS``)."""
    status = Path("/proc/self/status").read_text(encoding="ascii")
    line = next(line for line in status.splitlines() if line.startswith(field + ":"))
    return int(line.split()[1])


def rss_mb() -> float:
    """This process's resident memory now, in MB."""
    return status_kb("VmRSS") / 1024


def run_probe(ctx: Context, data_dir: Path, module: str, function: str) -> dict[str, float]:
    """Run ``<module>.<function>(data_dir)`` (a bench module's) in a fresh interpreter.

    The function prints its figures as JSON on its last line of output; that is the answer.
    """
    script = (
        f"import sys; sys.path[:0] = [{str(HERE)!r}, {str(ROOT)!r}]\n"
        f"import {module}; {module}.{function}({str(data_dir)!r})\n"
    )
    out = subprocess.run(
        [ctx.python, "-c", script],
        env=ctx.env(data_dir),
        capture_output=True,
        text=True,
        check=True,
        timeout=900,
    ).stdout
    answer: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return answer


#: The floor of a window's first paint: a bare QApplication + QMainWindow + QTableView,
#: shown, that prints ``first-paint`` when painted (as the app's BRIEFING_APP_STARTUP_PROBE).
FLOOR_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QTableView())
window.resize(1280, 800)
class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (print("first-paint", flush=True), app.quit()))
        return False
probe = Probe()
window.installEventFilter(probe)
window.show()
app.exec()
"""


class Server:
    """``python -m http.server`` on 127.0.0.1 in its own process (no GIL shared with the client).

    It answers If-Modified-Since with 304 from the files' modification times.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "http.server",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--directory",
                str(root),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.05)
        raise RuntimeError("the benchmark HTTP server did not start")

    def put(self, name: str, data: bytes) -> str:
        """Serve *data* as *name*, a minute old (If-Modified-Since compares cleanly); its URL."""
        path = self.root / name
        path.write_bytes(data)
        old = time.time() - 60
        os.utime(path, (old, old))
        return self.url(name)

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def interleaved(runs: int, *works: Callable[[], float]) -> list[float]:
    """Median of each of *works* over *runs* rounds, taken in turn so load hits both alike.

    Each work returns its own figure (seconds, bytes ...). One warm-up round is not counted.
    """
    for work in works:
        work()
    results: list[list[float]] = [[] for _ in works]
    for _ in range(runs):
        for slot, work in zip(results, works, strict=True):
            slot.append(work())
    return [statistics.median(slot) for slot in results]


def parse_sizes(text: str) -> list[int]:
    """``"1k,10k,100k"`` → ``[1000, 10000, 100000]``."""
    sizes = []
    for part in text.split(","):
        part = part.strip().lower()
        if not part:
            continue
        scale = 1
        if part.endswith("k"):
            scale, part = 1000, part[:-1]
        elif part.endswith("m"):
            scale, part = 1_000_000, part[:-1]
        sizes.append(int(float(part) * scale))
    return sizes


def format_value(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit in {"ms", "MB", "rows"} or abs(value) >= 100:
        return f"{value:,.0f} {unit}"
    return f"{value:.2f} {unit}"


def table(measures: Iterable[Measure]) -> str:
    """The benchmark table, as Markdown: measure, ours, floor or peer, ratio, target, met?"""
    lines = [
        "| area | measure | ours | floor or peer | ratio | target | met? |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for m in measures:
        floor = f"{format_value(m.floor, m.unit)} ({m.floor_name})" if m.floor is not None else "—"
        ratio = f"{m.ratio:.2f}×" if m.ratio is not None else "—"
        target = m.target.describe(m.unit) if m.target else "—"
        met = {True: "yes", False: "**no**", None: "—"}[m.met]
        name = m.name if m.size is None else f"{m.name} @ {m.size:,}"
        ours = format_value(m.ours, m.unit)
        lines.append(f"| {m.area} | {name} | {ours} | {floor} | {ratio} | {target} | {met} |")
    return "\n".join(lines)


def main_for(collect: Callable[[Context], list[Measure]], argv: list[str] | None = None) -> int:
    """Run one benchmark module on its own: same options and table as ``run_all.py``."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", type=parse_sizes, default=[10_000])
    args = parser.parse_args(argv)
    ctx = Context(runs=args.runs, sizes=args.sizes)
    try:
        print(table(collect(ctx)))
    finally:
        shutil.rmtree(ctx.scratch, ignore_errors=True)
    return 0
