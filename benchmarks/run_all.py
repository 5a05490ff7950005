"""Run every benchmark and print one table: measure, ours, floor or peer, ratio, target, met?

    .venv/bin/python benchmarks/run_all.py [--runs N] [--sizes 1k,10k,100k]
        [--only start,sync,...] [--skip peer,...] [--markdown FILE] [--json FILE]
        [--bench-dir DIR]

Imports every ``bench_<area>.py`` in ``benchmarks/`` (or ``--bench-dir``), calls its
``collect(ctx)`` with one shared ``harness.Context`` and prints, in module order:

* the table of every ``Measure`` (``harness.table``; a measure's note becomes a numbered footnote);
* with more than one size, a growth table: each size-dependent measure lined up across the sizes,
  its growth against the smallest size and the factor per 10× sessions (10× is linear);
* one summary line: how many targets, how many met, which were missed.

A module that fails to import or to collect (or returns something other than a list of
``Measure``) loses only its own rows: its error is a row of the table and a footnote, the
traceback goes to stderr, the other modules still run, and the exit status is 1 at the end.
Missed targets are results, not errors: they are in the summary and the exit status stays 0.
Progress (each module's name, time and row count) and whatever a module prints go to stderr;
stdout is only the tables.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import importlib.util
import json
import math
import shutil
import sys
import time
import traceback
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import harness
from harness import Context, Measure


@dataclass(frozen=True)
class Failure:
    """A bench module that gave no rows: where it failed and why."""

    module: str  # "bench_sync"
    stage: str  # "import", "collect" or "result"
    error: str  # "ValueError: the feed is empty"

    @property
    def area(self) -> str:
        return self.module.removeprefix("bench_")


@dataclass
class Outcome:
    """What one run of the runner found, module by module in the order they ran."""

    results: dict[str, list[Measure] | Failure] = dataclasses.field(default_factory=dict)
    seconds: dict[str, float] = dataclasses.field(default_factory=dict)  # import + collect

    @property
    def measures(self) -> list[Measure]:
        return [m for result in self.results.values() if isinstance(result, list) for m in result]

    @property
    def failures(self) -> list[Failure]:
        return [result for result in self.results.values() if isinstance(result, Failure)]


def discover(bench_dir: Path) -> list[Path]:
    """Every ``bench_*.py`` in *bench_dir*, in name order."""
    return sorted(bench_dir.glob("bench_*.py"))


def select(
    modules: Sequence[Path], only: Sequence[str], skip: Sequence[str]
) -> tuple[list[Path], list[str]]:
    """The modules *only* names (all when empty) less those *skip* names; and unknown names."""
    areas = {path.stem.removeprefix("bench_"): path for path in modules}
    unknown = [name for name in [*only, *skip] if name not in areas]
    chosen = [path for name, path in areas.items() if (not only or name in only)]
    return [path for path in chosen if path.stem.removeprefix("bench_") not in skip], unknown


def load(path: Path) -> ModuleType:
    """Import *path* as a module of its own name (its folder on ``sys.path`` for its helpers)."""
    folder = str(path.parent)
    if folder not in sys.path:
        sys.path.insert(0, folder)
    spec = importlib.util.spec_from_file_location(path.stem, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(path.stem, None)
        raise
    return module


def _error_text(error: BaseException) -> str:
    text = f"{type(error).__name__}: {error}".strip().rstrip(":")
    return " ".join(text.split())  # one line, whatever the message held


def run_module(path: Path, ctx: Context) -> list[Measure] | Failure:
    """The rows of one bench module, or why it gave none (the traceback goes to stderr)."""
    stage = "import"
    try:
        with contextlib.redirect_stdout(sys.stderr):  # stdout is only the tables
            module = load(path)
            collect = getattr(module, "collect", None)
            if not callable(collect):
                return Failure(path.stem, "import", "it has no collect(ctx) function")
            stage = "collect"
            # A copy each, so no module changes what the next one is asked for.
            result = collect(dataclasses.replace(ctx, sizes=list(ctx.sizes)))
    except KeyboardInterrupt:
        raise
    except BaseException as error:  # SystemExit too: one module must not end the run
        traceback.print_exc(file=sys.stderr)
        return Failure(path.stem, stage, _error_text(error))
    if not isinstance(result, list) or not all(isinstance(m, Measure) for m in result):
        return Failure(
            path.stem,
            "result",
            f"collect() returned {type(result).__name__}, not a list of harness.Measure",
        )
    return result


def run(paths: Iterable[Path], ctx: Context) -> Outcome:
    outcome = Outcome()
    for path in paths:
        print(f"{path.stem} ...", file=sys.stderr, flush=True)
        started = time.perf_counter()
        result = run_module(path, ctx)
        seconds = time.perf_counter() - started
        outcome.seconds[path.stem] = seconds
        outcome.results[path.stem] = result
        if isinstance(result, Failure):
            print(
                f"{path.stem}: FAILED ({result.stage}) after {seconds:.1f} s: {result.error}",
                file=sys.stderr,
                flush=True,
            )
        else:
            print(
                f"{path.stem}: {len(result)} rows in {seconds:.1f} s", file=sys.stderr, flush=True
            )
    return outcome


# ---- the tables ---------------------------------------------------------------------------


def main_table(outcome: Outcome) -> tuple[str, list[str]]:
    """The table of every row, module by module, and its footnotes (notes and errors).

    The rows are ``harness.table``'s; a failed module's row says so and its footnote says why.
    """
    notes: list[str] = []
    lines: list[str] = []
    for result in outcome.results.values():
        if isinstance(result, Failure):
            notes.append(f"{result.module} failed ({result.stage}): {result.error}")
            lines.append(
                f"| {result.area} | {result.module}: no figures, it failed [{len(notes)}] "
                "| — | — | — | — | **error** |"
            )
            continue
        for measure in result:
            if measure.note:
                notes.append(measure.note)
                measure = dataclasses.replace(measure, name=f"{measure.name} [{len(notes)}]")
            lines.append(harness.table([measure]).splitlines()[-1])
    header = "\n".join(harness.table([]).splitlines())
    return "\n".join([header, *lines]), [f"[{n}] {text}" for n, text in enumerate(notes, 1)]


def _size_label(size: int) -> str:
    if size >= 1_000_000 and size % 1_000_000 == 0:
        return f"{size // 1_000_000}M"
    if size >= 1000 and size % 1000 == 0:
        return f"{size // 1000}k"
    return f"{size:,}"


def growth_table(measures: Sequence[Measure]) -> str | None:
    """Each size-dependent measure across its sizes, with its growth against the smallest.

    A cell reads ``value (×growth)``; the last column is the growth per 10× sessions between the
    smallest and the largest size (``10×`` is linear, ``1×`` flat). ``None`` when no measure was
    taken at two sizes or more.
    """
    series: dict[tuple[str, str, str], dict[int, float]] = {}
    for m in measures:
        if m.size is not None:
            series.setdefault((m.area, m.name, m.unit), {})[m.size] = m.ours
    series = {key: values for key, values in series.items() if len(values) > 1}
    if not series:
        return None
    sizes = sorted({size for values in series.values() for size in values})
    header = " | ".join(_size_label(size) for size in sizes)
    lines = [
        f"| area | measure | {header} | per 10× sessions |",
        "| --- | --- | " + "--- | " * len(sizes) + "--- |",
    ]
    for (area, name, unit), values in series.items():
        smallest = min(values)
        base = values[smallest]
        cells = []
        for size in sizes:
            if size not in values:
                cells.append("—")
            elif size == smallest or base == 0:
                cells.append(harness.format_value(values[size], unit))
            else:
                growth = values[size] / base
                cells.append(f"{harness.format_value(values[size], unit)} (×{growth:.2f})")
        largest = max(values)
        per_ten = "—"
        if base > 0 and values[largest] > 0:
            exponent = math.log10(values[largest] / base) / math.log10(largest / smallest)
            per_ten = f"×{10**exponent:.1f}"
        lines.append(f"| {area} | {name} | {' | '.join(cells)} | {per_ten} |")
    return "\n".join(lines)


def summary(outcome: Outcome) -> str:
    """``N targets, met M, missed K: …`` (then the undecided and the failed modules, if any)."""
    targeted = [m for m in outcome.measures if m.target is not None]
    met = [m for m in targeted if m.met is True]
    missed = [m for m in targeted if m.met is False]
    undecided = [m for m in targeted if m.met is None]
    text = f"{len(targeted)} targets, met {len(met)}, missed {len(missed)}"
    if missed:
        text += ": " + "; ".join(_label(m) for m in missed)
    text += "."
    if undecided:
        text += f" Not decided (no floor) {len(undecided)}: "
        text += "; ".join(_label(m) for m in undecided) + "."
    failures = outcome.failures
    if failures:
        text += f" {len(failures)} module{'s' if len(failures) > 1 else ''} failed: "
        text += ", ".join(f.module for f in failures) + "."
    return text


def _label(m: Measure) -> str:
    return f"{m.area}: {m.name}" + ("" if m.size is None else f" @ {m.size:,}")


def report(outcome: Outcome, ctx: Context) -> str:
    """Everything the runner prints on stdout, as Markdown."""
    table, notes = main_table(outcome)
    sizes = ", ".join(f"{size:,}" for size in ctx.sizes)
    runs = f"{ctx.runs} runs" if ctx.runs > 1 else "1 run"
    parts = [f"Benchmarks: medians of {runs}; sizes {sizes} sessions.", "", table]
    if notes:
        parts += ["", *notes]
    growth = growth_table(outcome.measures)
    if growth is not None:
        parts += ["", "Growth with the number of sessions (against the smallest size):", "", growth]
    parts += ["", summary(outcome)]
    return "\n".join(parts) + "\n"


def as_json(outcome: Outcome, ctx: Context) -> dict[str, Any]:
    def row(m: Measure) -> dict[str, Any]:
        data = dataclasses.asdict(m)
        data["target"] = None if m.target is None else dataclasses.asdict(m.target)
        data["ratio"] = m.ratio
        data["met"] = m.met
        return data

    return {
        "runs": ctx.runs,
        "sizes": ctx.sizes,
        "measures": [row(m) for m in outcome.measures],
        "failures": [dataclasses.asdict(f) for f in outcome.failures],
        "seconds": outcome.seconds,
        "summary": summary(outcome),
    }


# ---- the command --------------------------------------------------------------------------


def _names(text: str) -> list[str]:
    return [name.strip().removeprefix("bench_") for name in text.split(",") if name.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Run every benchmarks/bench_*.py and print one table.",
    )
    parser.add_argument(
        "--runs", type=int, default=5, metavar="N", help="runs per figure (medians)"
    )
    parser.add_argument(
        "--sizes",
        type=harness.parse_sizes,
        default=[10_000],
        metavar="SIZES",
        help="session counts, e.g. 1k,10k,100k (default 10k); two or more add a growth table",
    )
    parser.add_argument(
        "--only", type=_names, default=[], metavar="AREAS", help="areas to run, e.g. start,sync"
    )
    parser.add_argument(
        "--skip", type=_names, default=[], metavar="AREAS", help="areas not to run, e.g. peer"
    )
    parser.add_argument(
        "--markdown", type=Path, metavar="FILE", help="also write the report to this file"
    )
    parser.add_argument(
        "--json", type=Path, metavar="FILE", help="also write every figure as JSON to FILE"
    )
    parser.add_argument(
        "--bench-dir",
        type=Path,
        default=HERE,
        metavar="DIR",
        help="where the bench_*.py modules are (default: beside this file)",
    )
    args = parser.parse_args(argv)
    if args.runs < 1 or not args.sizes or min(args.sizes) < 1:
        parser.error("--runs and every size must be at least 1")
    paths, unknown = select(discover(args.bench_dir), args.only, args.skip)
    if unknown:
        known = ", ".join(p.stem.removeprefix("bench_") for p in discover(args.bench_dir))
        parser.error(f"no benchmark named {', '.join(unknown)} (there are: {known or 'none'})")
    if not paths:
        parser.error(f"no bench_*.py module to run in {args.bench_dir}")

    ctx = Context(runs=args.runs, sizes=args.sizes)
    try:
        outcome = run(paths, ctx)
    finally:
        shutil.rmtree(ctx.scratch, ignore_errors=True)
    text = report(outcome, ctx)
    sys.stdout.write(text)
    if args.markdown:
        args.markdown.write_text(text, encoding="utf-8")
    if args.json:
        args.json.write_text(
            json.dumps(as_json(outcome, ctx), indent=2, ensure_ascii=False) + "\n",
            encoding="utf-8",
        )
    return 1 if outcome.failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
