"""Start-up of the command line, as whole processes, beside ``python -c pass`` in the same run.

    .venv/bin/python benchmarks/bench_start.py [--sizes 1k,10k,100k] [--runs 5]

Rows (issue 14, "Start"):

* ``--version`` and ``--help``: target ≤ 3× ``python -c pass``;
* every reading command at each size (``sessions``, ``sessions --search procurement``,
  ``show ID``, ``agenda``, ``feeds list``, ``changes``, ``settings``, ``presenters``,
  ``case-studies list``, and issue 16's ``organizations``, ``followups list``,
  ``questions list``, ``materials list``, ``attendance list``): target ≤ 250 ms whole
  process at any size (the issue names 10k); the floor shown is ``python -c pass``, for
  information;
* ``sync FEED_ID`` answered 304 by a server on 127.0.0.1 (the standard library's file
  server, which answers If-Modified-Since): no target; its floor is
  ``python -c pass`` plus the same 304 sync in-process (store open, fetcher warm).

With a frozen bundle built (``dist/briefing-app``, see README "Build the bundle"; else
these rows are left out, saying so on stderr): the bundle's ``--version`` and
``--self-test`` as whole processes beside the source install's (interleaved), and the
bundle's size unpacked. No targets.

Every round runs the floor and each command in turn (``harness.interleaved``); the
figures are medians. Bytecode caches are allowed (see ``_env``). The store at each size
is ``ctx.data_dir(n)`` with 20 favourites (so ``agenda`` lists something) and a second,
50-session feed followed over HTTP. Each reading command's note (also on stderr) is its
in-process time with the imports done: the rest of its figure is the process and imports.
"""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import harness
from harness import Context, Measure, Target
from make_feed import make_feed

AREA = "start"
PASS = "python -c pass"
#: ms, whole process, for a reading command at 10k sessions (issue 14).
READ_TARGET_MS = 250.0
#: × python -c pass, for --version and --help (issue 14).
START_RATIO = 3.0

READING_COMMANDS: dict[str, Callable[[int], list[str]]] = {
    "sessions": lambda n: ["sessions"],
    "sessions --search procurement": lambda n: ["sessions", "--search", "procurement"],
    "show ID": lambda n: ["show", str(n // 2)],
    "agenda": lambda n: ["agenda"],
    "feeds list": lambda n: ["feeds", "list"],
    "changes": lambda n: ["changes"],
    "settings": lambda n: ["settings"],
    "presenters": lambda n: ["presenters"],
    "case-studies list": lambda n: ["case-studies", "list"],
    "organizations": lambda n: ["organizations"],
    "followups list": lambda n: ["followups", "list"],
    "questions list": lambda n: ["questions", "list"],
    "materials list": lambda n: ["materials", "list"],
    "attendance list": lambda n: ["attendance", "list"],
}


def _env(ctx: Context, data_dir: Path) -> dict[str, str]:
    """``ctx.env``, with Python's bytecode cache allowed.

    An installed app has its ``.pyc`` files (pip and PyInstaller write them); a
    ``PYTHONDONTWRITEBYTECODE=1`` in the caller's environment would make every process
    here compile every module it imports from source, which measures the compiler
    (``--version`` 0.4 s instead of 0.07 s). The warm-up round writes the caches.
    """
    env = ctx.env(data_dir)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _seconds(command: Sequence[str], env: dict[str, str]) -> Callable[[], float]:
    return lambda: harness.process_seconds(command, env)


def _app(ctx: Context, *args: str) -> list[str]:
    return [ctx.python, "-m", "briefing_app", *args]


def _run(ctx: Context, env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        _app(ctx, *args), env=env, check=True, capture_output=True, text=True, timeout=600
    )
    return done.stdout


class _Server:
    """The standard library's file server on 127.0.0.1, in a thread of this process.

    ``SimpleHTTPRequestHandler`` answers If-Modified-Since with 304 from the files'
    modification times. This process only waits on the measured ones meanwhile.
    """

    def __init__(self, root: Path) -> None:
        handler = functools.partial(_QuietHandler, directory=str(root))
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        return None


def _bare(ctx: Context) -> list[Measure]:
    """--version and --help against python -c pass."""
    env = _env(ctx, ctx.scratch / "bare")
    # Cheap processes on a noisy machine: three times the rounds, for a steadier median.
    floor, version, help_ = harness.interleaved(
        3 * ctx.runs,
        _seconds([ctx.python, "-c", "pass"], env),
        _seconds(_app(ctx, "--version"), env),
        _seconds(_app(ctx, "--help"), env),
    )
    return [
        Measure(
            AREA, name, ours * 1000, "ms", floor * 1000, PASS, Target.ratio_at_most(START_RATIO)
        )
        for name, ours in (("--version, whole process", version), ("--help, whole process", help_))
    ]


def _prepare(ctx: Context, size: int, server: _Server) -> tuple[Path, int]:
    """A store of *size* sessions with favourites and a 50-session feed followed over HTTP."""
    data_dir = ctx.data_dir(size)
    env = _env(ctx, data_dir)
    feed = server.url(f"small-{size}.json")
    listing = json.loads(_run(ctx, env, "sessions", "--json", "--limit", "20"))
    for row in listing:
        _run(ctx, env, "favourite", str(row["id"]))
    added = json.loads(_run(ctx, env, "feeds", "add", feed, "--json"))
    feed_id = int(added["feed_id"])
    _run(ctx, env, "sync", str(feed_id))  # the first 304
    return data_dir, feed_id


def _in_process_304(data_dir: Path, feed_id: int, runs: int) -> float:
    """Seconds of the same 304 sync in this process: store open, fetcher warm."""
    from briefing_app.store import Store
    from briefing_app.sync import Fetcher, sync_feed

    with Store(data_dir / "briefing.db") as store:
        fetcher = Fetcher()
        try:
            times = []
            for _ in range(runs + 1):
                started = time.perf_counter()
                outcome = sync_feed(store, feed_id, fetcher)
                times.append(time.perf_counter() - started)
                if outcome.status != "not-modified":
                    raise RuntimeError(f"expected a 304, got {outcome.status}")
        finally:
            fetcher.close()
    return harness.median(times[1:])


_IN_PROCESS = """
import os, statistics, sys, time
from briefing_app.cli.main import main
import briefing_app.store.store, briefing_app.usecases.startup, briefing_app.cli.sessions
import briefing_app.cli.feeds, briefing_app.cli.workspace, briefing_app.cli.settings
runs, args = int(sys.argv[1]), sys.argv[2:]
times = []
with open(os.devnull, "w") as devnull:
    for _ in range(runs + 1):
        sys.stdout = devnull
        started = time.perf_counter()
        main(args, setup_logs=False)
        times.append(time.perf_counter() - started)
sys.stdout = sys.__stdout__
print(statistics.median(times[1:]))
"""


def _in_process_ms(ctx: Context, env: dict[str, str], args: Sequence[str]) -> float:
    """The command's own work: main() in a process whose imports are done (median, ms)."""
    done = subprocess.run(
        [ctx.python, "-c", _IN_PROCESS, str(ctx.runs), *args],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=600,
    )
    return float(done.stdout.strip()) * 1000


def _sized(ctx: Context, size: int, server: _Server) -> list[Measure]:
    data_dir, feed_id = _prepare(ctx, size, server)
    env = _env(ctx, data_dir)
    names = list(READING_COMMANDS)
    works = [_seconds([ctx.python, "-c", "pass"], env)]
    works += [_seconds(_app(ctx, *READING_COMMANDS[name](size)), env) for name in names]
    works.append(_seconds(_app(ctx, "sync", str(feed_id)), env))
    floor, *results = harness.interleaved(ctx.runs, *works)
    measures = []
    for name, seconds in zip(names, results[:-1], strict=True):
        own = _in_process_ms(ctx, env, READING_COMMANDS[name](size))
        note = f"in-process, imports done: {own:.0f} ms"
        print(f"start: {name} @ {size:,}: whole {seconds * 1000:.0f} ms, {note}", file=sys.stderr)
        measures.append(
            Measure(
                AREA,
                f"{name}, whole process",
                seconds * 1000,
                "ms",
                floor * 1000,
                PASS,
                Target.at_most(READ_TARGET_MS),
                size=size,
                note=note,
            )
        )
    in_process = _in_process_304(data_dir, feed_id, ctx.runs)
    measures.append(
        Measure(
            AREA,
            "sync answered 304, whole process",
            results[-1] * 1000,
            "ms",
            (floor + in_process) * 1000,
            f"{PASS} + in-process 304 sync ({in_process * 1000:.0f} ms)",
            None,
            size=size,
        )
    )
    return measures


BUNDLE = harness.ROOT / "dist" / "briefing-app"


def bundle_size(folder: Path) -> int:
    """Bytes of every file in *folder*, not following symlinks (what ``du`` counts, roughly)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _bundle(ctx: Context) -> list[Measure]:
    """The frozen bundle's start beside the source install's, and its size (if it is built)."""
    frozen = BUNDLE / "briefing-app"
    if not frozen.exists():
        print(f"start: no bundle at {BUNDLE}: its rows are left out", file=sys.stderr)
        return []
    env = _env(ctx, ctx.scratch / "bundle")
    measures = []
    for option in ("--version", "--self-test"):
        ours, floor = harness.interleaved(
            ctx.runs, _seconds([str(frozen), option], env), _seconds(_app(ctx, option), env)
        )
        measures.append(
            Measure(
                AREA,
                f"frozen bundle {option}, whole process",
                ours * 1000,
                "ms",
                floor * 1000,
                f"source install {option}",
            )
        )
    measures.append(
        Measure(AREA, "frozen bundle, unpacked size", bundle_size(BUNDLE) / 2**20, "MB")
    )
    return measures


def collect(ctx: Context) -> list[Measure]:
    measures = _bare(ctx) + _bundle(ctx)
    root = ctx.scratch / "served"
    root.mkdir(parents=True, exist_ok=True)
    for size in ctx.sizes:
        body = json.dumps(make_feed(50, seed=size), ensure_ascii=False).encode("utf-8")
        path = root / f"small-{size}.json"
        path.write_bytes(body)
        old = time.time() - 60  # a minute old: If-Modified-Since compares cleanly
        os.utime(path, (old, old))
    server = _Server(root)
    try:
        for size in ctx.sizes:
            measures += _sized(ctx, size, server)
    finally:
        server.stop()
    return measures


if __name__ == "__main__":
    raise SystemExit(harness.main_for(collect))
