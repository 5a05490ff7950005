"""The Case studies tab's figures: its first open and the memory it takes.

    python benchmarks/bench_casestudies.py [--sizes 10k,100k] [--runs 3]

Per size in ``ctx.sizes``, in a fresh interpreter each run (the window of
:mod:`bench_gui`, opened on Sessions):

* **Case studies tab first open**: the tab shown for the first time (the list's
  light rows read, the first case study read whole into the editor, painted), beside
  the bare query of the list's rows (plain sqlite3, the same statement). No target of
  its own in the issue: ≤ 150 ms, the Timeline's, is given as the yardstick.
* **Case studies tab, memory growth**: RSS after opening it, scrolling its whole list
  and searching it, minus before. The note gives what the Details' pickers (every
  session and presenter, to link) take of it, and what the whole records the list
  held before this change (``Workspace.case_studies()``) would add. Target: the
  issue's GUI peak (≤ 250 MB at 100k) leaves ≤ 30 MB for this tab once the other
  tabs are open (they reach ~230-241 MB at 100k).
"""

from __future__ import annotations

import gc
import json
import statistics
import time
from pathlib import Path
from typing import Any

import bench_gui
import harness
from harness import Context, Measure


def case_studies_probe(data_dir: str) -> None:
    """In a fresh process: open the Case studies tab, scroll it, search it; JSON figures."""
    import sqlite3

    from PySide6.QtWidgets import QApplication

    from briefing_app.store.workspace_tables import _SUMMARY_SELECT
    from briefing_app.workspace import Workspace

    window = bench_gui._window(data_dir)
    gc.collect()
    before = harness.rss_mb()
    started = time.perf_counter()
    window.tabs.setCurrentWidget(window.case_studies)
    view = window.case_studies
    view.list.viewport().repaint()
    elapsed = time.perf_counter() - started
    QApplication.processEvents()
    bar = view.list.verticalScrollBar()
    while bar.value() < bar.maximum():
        bar.setValue(bar.value() + max(bar.pageStep(), 1))
        QApplication.processEvents()
        view.list.viewport().repaint()
    for text in ("case", ""):
        view.search.setText(text)
        view.reload_list()
        QApplication.processEvents()
    gc.collect()
    grown = harness.rss_mb() - before
    listed = view.model.rowCount()

    connection = sqlite3.connect(str(window.store.path))
    started = time.perf_counter()
    rows = connection.execute(_SUMMARY_SELECT + "ORDER BY c.id").fetchall()
    bare = time.perf_counter() - started
    connection.close()
    del rows

    gc.collect()
    before_choices = harness.rss_mb()
    view.form.invalidate_choices()
    view.form.reload_choices()  # the Details' session and presenter pickers, read anew
    gc.collect()
    choices_mb = harness.rss_mb() - before_choices

    gc.collect()
    before_whole = harness.rss_mb()
    whole: Any = Workspace(window.store).case_studies()
    whole_mb = harness.rss_mb() - before_whole
    del whole
    print(
        json.dumps(
            {
                "open": elapsed,
                "bare": bare,
                "grown_mb": grown,
                "whole_mb": whole_mb,
                "choices_mb": choices_mb,
                "listed": listed,
                "hwm_mb": harness.status_kb("VmHWM") / 1024,
            }
        )
    )
    window.close()


def _probe(ctx: Context, data_dir: Path) -> dict[str, float]:
    """:func:`case_studies_probe` in a fresh interpreter."""
    return harness.run_probe(ctx, data_dir, "bench_casestudies", "case_studies_probe")


def collect(ctx: Context) -> list[Measure]:
    measures: list[Measure] = []
    for size in ctx.sizes:
        data_dir = bench_gui.data_dir_for(ctx, size)
        probes = [_probe(ctx, data_dir) for _ in range(ctx.runs)]
        listed = int(probes[0]["listed"])
        measures.append(
            Measure(
                area="gui",
                name="Case studies tab first open (light rows, one record whole, paint)",
                ours=statistics.median(p["open"] for p in probes) * 1000,
                unit="ms",
                floor=statistics.median(p["bare"] for p in probes) * 1000,
                floor_name="bare list query",
                size=size,
                # No target: the issue sets none for this tab (its memory counts in the
                # window's peak, bench_gui); 150 ms, the Timeline's, is the yardstick.
                note=f"{listed} case studies listed; yardstick 150 ms (the Timeline's)",
            )
        )
        choices = statistics.median(p["choices_mb"] for p in probes)
        whole = statistics.median(p["whole_mb"] for p in probes)
        measures.append(
            Measure(
                area="gui",
                name="Case studies tab memory growth (opened, scrolled, searched)",
                ours=statistics.median(p["grown_mb"] for p in probes),
                unit="MB",
                size=size,
                note=(
                    f"of it, the Details' session/presenter pickers {choices:.0f} MB; the "
                    f"whole records the list held before {whole:.0f} MB (no longer held)"
                ),
            )
        )
    return measures


if __name__ == "__main__":
    raise SystemExit(harness.main_for(collect))
