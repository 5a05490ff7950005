"""benchmarks/run_all.py: one table from every bench module, a growth table, failures kept apart.

The runner is pointed (``--bench-dir``) at small bench modules written here, whose figures are
made up, so what the tables must say is known exactly and nothing is timed.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

RUN_ALL = Path(__file__).resolve().parents[2] / "benchmarks" / "run_all.py"

# Two sizes-dependent rows (linear and flat), a met ratio target, a missed absolute target, a note.
ALPHA = """
from harness import Context, Measure, Target

def collect(ctx: Context) -> list[Measure]:
    rows = [
        Measure("alpha", "peer import", 250.0, "ms", floor=600.0, floor_name="Peer 1.0",
                target=Target.ratio_at_most(0.5), note="peer timed from connect to commit"),
    ]
    for size in ctx.sizes:
        rows.append(Measure("alpha", "full sync", size / 100, "ms", floor=size / 200,
                            floor_name="floor", target=Target.ratio_at_most(1.5), size=size))
        rows.append(Measure("alpha", "one day", 8.0, "ms", target=Target.at_most(5), size=size))
    return rows
"""
BROKEN = """
from harness import Context, Measure

def collect(ctx: Context) -> list[Measure]:
    raise RuntimeError("the fixture server\\nwould not start")
"""
# Runs first (name order) and changes its context: the next modules must not see that.
MEDDLER = "def collect(ctx):\n    ctx.sizes.append(5)\n    ctx.runs = 99\n    return []\n"
NO_IMPORT = "import a_module_that_is_not_there\n"
WRONG = "def collect(ctx):\n    return {'not': 'a list'}\n"
ZETA = """
import sys
from harness import Context, Measure

def collect(ctx: Context) -> list[Measure]:
    print("zeta's progress chatter")
    return [Measure("zeta", "after the failures", 1.5, "s", note=f"runs={ctx.runs}")]
"""


def write_modules(folder: Path, **modules: str) -> Path:
    folder.mkdir(exist_ok=True)
    for name, text in modules.items():
        (folder / f"bench_{name}.py").write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


def run_all(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(RUN_ALL), *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def rows(text: str) -> list[list[str]]:
    return [
        [cell.strip() for cell in line.strip("|").split("|")]
        for line in text.splitlines()
        if line.startswith("| ") and not line.startswith("| ---")
    ]


def test_one_table_a_growth_table_and_a_summary(tmp_path: Path) -> None:
    folder = write_modules(tmp_path / "benches", aardvark=MEDDLER, alpha=ALPHA, zeta=ZETA)
    result = run_all("--bench-dir", str(folder), "--runs", "2", "--sizes", "1k,10k,100k")
    assert result.returncode == 0, result.stderr
    table = rows(result.stdout)
    assert table[0] == ["area", "measure", "ours", "floor or peer", "ratio", "target", "met?"]
    assert [
        "alpha",
        "peer import [1]",
        "250 ms",
        "600 ms (Peer 1.0)",
        "0.42×",
        "≤ 0.5×",
        "yes",
    ] in table
    assert [
        "alpha",
        "full sync @ 10,000",
        "100 ms",
        "50 ms (floor)",
        "2.00×",
        "≤ 1.5×",
        "**no**",
    ] in table
    assert ["alpha", "one day @ 100,000", "8 ms", "—", "—", "≤ 5 ms", "**no**"] in table
    assert ["zeta", "after the failures [2]", "1.50 s", "—", "—", "—", "—"] in table
    assert "[1] peer timed from connect to commit" in result.stdout
    assert "[2] runs=2" in result.stdout
    # The growth table: each size-dependent row across the sizes, growth against the smallest.
    growth_header = ["area", "measure", "1k", "10k", "100k", "per 10× sessions"]
    assert growth_header in table
    growth = table[table.index(growth_header) + 1 :]
    assert [
        "alpha",
        "full sync",
        "10 ms",
        "100 ms (×10.00)",
        "1,000 ms (×100.00)",
        "×10.0",
    ] in growth
    assert ["alpha", "one day", "8 ms", "8 ms (×1.00)", "8 ms (×1.00)", "×1.0"] in growth
    assert not any(row[1] in {"peer import", "after the failures"} for row in growth)
    summary = result.stdout.strip().splitlines()[-1]
    assert summary.startswith("7 targets, met 1, missed 6: alpha: full sync @ 1,000; ")
    assert "alpha: full sync @ 1,000" in summary and "alpha: one day @ 100,000" in summary
    assert "bench_alpha: 7 rows" in result.stderr and "bench_aardvark: 0 rows" in result.stderr
    assert "zeta's progress chatter" in result.stderr
    assert "chatter" not in result.stdout


def test_a_failing_module_loses_only_its_own_rows(tmp_path: Path) -> None:
    folder = write_modules(
        tmp_path / "benches", alpha=ALPHA, broken=BROKEN, noimport=NO_IMPORT, wrong=WRONG, zeta=ZETA
    )
    out_md, out_json = tmp_path / "table.md", tmp_path / "table.json"
    result = run_all(
        "--bench-dir",
        str(folder),
        "--runs",
        "1",
        "--markdown",
        str(out_md),
        "--json",
        str(out_json),
    )
    assert result.returncode == 1
    table = rows(result.stdout)
    # Everything the good modules measured is there, before and after the failures.
    assert any(row[1] == "peer import [1]" for row in table)
    assert any(row[1].startswith("after the failures") for row in table)
    errors = [row for row in table if row[-1] == "**error**"]
    assert [row[0] for row in errors] == ["broken", "noimport", "wrong"]
    # ... each in its module's place (modules run in name order).
    areas = [row[0] for row in table[1:]]
    assert areas == sorted(areas)  # grouped by module, in the order the modules ran
    assert sorted(set(areas)) == ["alpha", "broken", "noimport", "wrong", "zeta"]
    notes = result.stdout
    assert (
        "bench_broken failed (collect): RuntimeError: the fixture server would not start" in notes
    )
    assert "bench_noimport failed (import): ModuleNotFoundError: No module named" in notes
    assert "bench_wrong failed (result): collect() returned dict" in notes
    assert "Traceback" in result.stderr and "Traceback" not in result.stdout
    summary = result.stdout.strip().splitlines()[-1]
    assert summary.endswith(" 3 modules failed: bench_broken, bench_noimport, bench_wrong.")
    # With one size there is no growth table.
    assert "per 10× sessions" not in result.stdout
    assert out_md.read_text(encoding="utf-8") == result.stdout
    data = json.loads(out_json.read_text(encoding="utf-8"))
    assert data["sizes"] == [10_000] and data["runs"] == 1
    assert {f["module"] for f in data["failures"]} == {
        "bench_broken",
        "bench_noimport",
        "bench_wrong",
    }
    peer = next(m for m in data["measures"] if m["name"] == "peer import")
    assert peer["ratio"] == pytest.approx(250 / 600) and peer["met"] is True
    assert peer["target"] == {"kind": "ratio", "value": 0.5}


def test_only_and_skip_choose_modules_and_unknown_names_are_refused(tmp_path: Path) -> None:
    folder = write_modules(tmp_path / "benches", alpha=ALPHA, broken=BROKEN, zeta=ZETA)
    only = run_all("--bench-dir", str(folder), "--runs", "1", "--only", "alpha,zeta")
    assert only.returncode == 0, only.stderr
    assert "broken" not in only.stdout and "after the failures" in only.stdout
    skip = run_all("--bench-dir", str(folder), "--runs", "1", "--skip", "broken,zeta")
    assert skip.returncode == 0, skip.stderr
    assert {row[0] for row in rows(skip.stdout)[1:]} == {"alpha"}
    unknown = run_all("--bench-dir", str(folder), "--only", "alpha,nosuch")
    assert unknown.returncode == 2
    assert "no benchmark named nosuch (there are: alpha, broken, zeta)" in unknown.stderr


@pytest.mark.slow
def test_the_peer_without_confclerk_keeps_our_figures_and_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(RUN_ALL.parent))
    import bench_peer
    from harness import Context

    monkeypatch.setenv("PATH", str(tmp_path / "no-tools"))  # no confclerk, Xvfb, xdotool, strace
    (tmp_path / "scratch").mkdir()
    rows = bench_peer.collect(Context(runs=1, sizes=[1000], scratch=tmp_path / "scratch"))
    assert [row.name for row in rows] == [
        "sync fosdem-2026 vs ConfClerk 0.7.1 (in-process)",
        "sync fosdem-2026 vs ConfClerk 0.7.1 (feeds add + sync processes − 2 starts)",
        "sync fosdem-2026 vs ConfClerk 0.7.1, CPU time (in-process)",
        "bare floor (fetch + ElementTree + executemany + FTS5) vs ConfClerk 0.7.1, CPU time",
        "lowest floor (fetch + ElementTree + executemany, FTS5 and indexes built after) "
        "vs ConfClerk 0.7.1, CPU time",
        "lean floor (the same store, one object-free pass) vs ConfClerk 0.7.1, CPU time",
    ]
    in_process, processes, cpu, bare, lowest, lean = rows
    # Without ConfClerk the CPU rows keep our figures too, undecided.
    assert cpu.floor is None and cpu.met is None and cpu.ours > 0
    assert bare.floor is None and bare.target is None and bare.ours > 0
    assert lowest.floor is None and lowest.target is None and lowest.ours > 0
    assert lean.floor is None and lean.target is None and lean.ours > 0
    assert lean.note is not None and lean.note.startswith("the same store as our sync's")
    assert in_process.floor is None and in_process.met is None  # not decided, not failed
    assert in_process.ours > 0 and processes.ours > 0
    assert in_process.note == (
        "confclerk, Xvfb, xdotool, strace not installed "
        "(Debian: apt-get install -y confclerk xvfb xdotool strace)"
    )
    assert in_process.target is not None and in_process.target.value == 0.5


def test_every_bench_module_loads_with_its_collect(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real modules import (their shared helpers are harness's) and expose collect()."""
    import importlib

    monkeypatch.syspath_prepend(str(RUN_ALL.parent))
    modules = sorted(RUN_ALL.parent.glob("bench_*.py"))
    assert {"bench_start", "bench_sync", "bench_list", "bench_gui"} <= {p.stem for p in modules}
    for path in modules:
        module = importlib.import_module(path.stem)
        assert callable(module.collect), path.name
    # The older scripts these replaced are gone, and nothing imports them.
    for gone in ("sync_bench", "gui_bench", "startup_bench"):
        assert not (RUN_ALL.parent / f"{gone}.py").exists()
        for path in modules:
            text = path.read_text(encoding="utf-8")
            assert f"from {gone} import" not in text and f"import {gone}" not in text
