"""Start-up time of the frozen bundle beside the source install, and the bundle's size.

    .venv/bin/python benchmarks/startup_bench.py [--runs 5] [--bundle dist/briefing-app]

Times two things for each, as separate processes (offscreen Qt):

* ``--version``: the interpreter and the CLI, no Qt;
* ``--self-test``: imports everything, opens a store, exports and imports an
  .ics, shows and closes the main window.

Prints the first run (the coldest this script can get without dropping the OS
file cache) and the median of the runs after it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def bundle_size(folder: Path) -> int:
    """Bytes of every file in *folder*, not following symlinks (what ``du`` counts, roughly)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def timed(command: list[str], runs: int) -> tuple[float, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    times = []
    for _ in range(runs + 1):
        started = time.perf_counter()
        subprocess.run(command, check=True, env=env, capture_output=True, timeout=300)
        times.append(time.perf_counter() - started)
    return times[0], statistics.median(times[1:])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs after the first")
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "briefing-app")
    args = parser.parse_args(argv)
    frozen = args.bundle / "briefing-app"
    if not frozen.exists():
        print(f"no bundle at {args.bundle}: build it first (see README, 'Build the bundle')")
        return 2
    print(f"bundle {args.bundle}: {bundle_size(args.bundle) / 2**20:.0f} MiB unpacked")
    installs = {"source": [sys.executable, "-m", "briefing_app"], "frozen": [str(frozen)]}
    print(f"{'':22}{'first run':>11}{f'median of {args.runs}':>14}")
    for option in ("--version", "--self-test"):
        for name, command in installs.items():
            first, median = timed([*command, option], args.runs)
            print(f"{name + ' ' + option:22}{first:10.2f}s{median:13.2f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
