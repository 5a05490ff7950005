"""The window's figures: first paint, the Timeline's first open, the GUI's peak memory.

    python benchmarks/bench_gui.py [--sizes sample,10k,100k] [--runs 5]

Per size in ``ctx.sizes`` (0 means the app's bundled sample store):

* **first paint**: process start to the main window painted (the probe's
  ``first-paint`` line, ``BRIEFING_APP_STARTUP_PROBE``; the exit after it is not
  counted), beside a bare Qt window (QApplication +
  QMainWindow + QTableView, shown and painted) in a fresh interpreter, interleaved.
  Target: ≤ 2× the bare window.
* **Timeline first open**: the tab shown for the first time (store read, day
  laid out and painted), beside the bare one-day query (the same day's
  sessions straight from SQLite). Target: ≤ 150 ms (at 100k).
* **Timeline memory growth**: RSS after the first open minus before. Target ≤ 30 MB.
* **GUI peak memory** (VmHWM) after opening every tab, scrolling every list and
  searching. Target: ≤ 250 MB.

The 100k feed is larger than the default 50 MiB download cap, which ``import``
enforces; its store is then built in-process from the parsed feed (same rows).
"""

from __future__ import annotations

import gc
import json
import statistics
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import harness
from harness import Context, Measure, Target, interleaved

FLOOR_WINDOW = harness.FLOOR_WINDOW  # the bare window the first paint is compared with


def data_dir_for(ctx: Context, sessions: int, *, fresh_copy: bool = True) -> Path:
    """A data folder holding *sessions* sessions (0: the bundled sample, seeded at first open)."""
    if sessions == 0:
        folder = Path(tempfile.mkdtemp(prefix="data-sample-", dir=ctx.scratch))
        subprocess.run(
            [ctx.python, "-m", "briefing_app", "sessions", "--json"],
            env=ctx.env(folder),
            check=True,
            capture_output=True,
        )
        return folder
    return ctx.data_dir(sessions, fresh_copy=fresh_copy)  # the 100k feed too (cap raised)


def _probe_env(ctx: Context, data_dir: Path) -> dict[str, str]:
    return ctx.env(data_dir, BRIEFING_APP_STARTUP_PROBE="1")


def _first_paint_seconds(command: list[str], env: dict[str, str]) -> float:
    """Process start to its ``first-paint`` line (what the user waits for; the process's
    exit after it, which waits for background work such as the damage check, is not counted)."""
    started = time.perf_counter()
    elapsed: float | None = None
    with subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if line.strip() == "first-paint" and elapsed is None:
                elapsed = time.perf_counter() - started
        code = process.wait(timeout=300)
    if code != 0 or elapsed is None:
        raise RuntimeError(f"no first paint from {command[:3]} (exit {code})")
    return elapsed


def first_paint_without_cli(ctx: Context, data_dir: Path) -> Measure:
    """The same, started by ``ui.app.run_gui`` directly: what the window's own start costs,
    without the command line's imports (another part of issue 14 makes those lazy)."""
    env = _probe_env(ctx, data_dir)
    app = [ctx.python, "-c", "from briefing_app.ui.app import run_gui; run_gui()"]
    bare = [ctx.python, "-c", FLOOR_WINDOW]
    ours, floor = interleaved(
        ctx.runs,
        lambda: _first_paint_seconds(app, env),
        lambda: _first_paint_seconds(bare, env),
    )
    return Measure(
        area="gui",
        name="window first paint, sample store, run_gui without the CLI's imports",
        ours=ours * 1000,
        unit="ms",
        floor=floor * 1000,
        floor_name="bare QApplication + QMainWindow + QTableView",
        note="information: the part of the start that ui/ owns",
    )


def first_paint(ctx: Context, data_dir: Path, size: int | None) -> Measure:
    """Process start to the main window painted, beside the bare Qt window."""
    env = _probe_env(ctx, data_dir)
    app = [ctx.python, "-m", "briefing_app"]
    bare = [ctx.python, "-c", FLOOR_WINDOW]
    ours, floor = interleaved(
        ctx.runs,
        lambda: _first_paint_seconds(app, env),
        lambda: _first_paint_seconds(bare, env),
    )
    return Measure(
        area="gui",
        name="window first paint" if size else "window first paint, sample store",
        ours=ours * 1000,
        unit="ms",
        floor=floor * 1000,
        floor_name="bare QApplication + QMainWindow + QTableView",
        target=Target.ratio_at_most(2),
        size=size,
    )


def _in_process(ctx: Context, data_dir: Path, function: str) -> dict[str, float]:
    """Run ``bench_gui.<function>(data_dir)`` in a fresh interpreter; its JSON answer."""
    return harness.run_probe(ctx, data_dir, "bench_gui", function)


def _rss_mb() -> float:
    return harness.rss_mb()


def _status_kb(field: str) -> int:
    return harness.status_kb(field)


def _window(data_dir: str) -> Any:
    """The app's main window on *data_dir*, shown and painted, the events it posted handled."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from briefing_app.ui.app import make_application
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.usecases.startup import open_store

    app = make_application()
    store = open_store(data_dir)
    layout = Path(data_dir) / "bench-window.ini"
    layout.unlink(missing_ok=True)  # the window opens on Sessions, not on the tab left last
    settings = QSettings(str(layout), QSettings.Format.IniFormat)
    window = MainWindow(store, settings=settings)
    window.resize(1280, 800)
    window.show()
    window.repaint()
    for _ in range(5):
        QApplication.processEvents()
    window._bench_keep = (app, store)  # alive as long as the window
    return window


def timeline_probe(data_dir: str) -> None:
    """In a fresh process: the window up, then the Timeline tab shown for the first time.

    Prints the time to its painted grid, the RSS it added, and the bare one-day query
    (plain sqlite3, the same day, a connection of its own) as JSON.
    """
    import sqlite3

    from PySide6.QtWidgets import QApplication

    from briefing_app.ui.timeline.layout import day_bounds
    from briefing_app.util.timeutil import to_utc_text

    window = _window(data_dir)
    gc.collect()
    before = _rss_mb()
    started = time.perf_counter()
    window.tabs.setCurrentWidget(window.timeline)
    window.timeline.canvas.viewport().repaint()
    elapsed = time.perf_counter() - started
    QApplication.processEvents()
    grown = _rss_mb() - before
    timeline = window.timeline
    start, end = day_bounds(timeline.current_day(), timeline.display_zone())
    connection = sqlite3.connect(str(window.store.path))
    started = time.perf_counter()
    rows = connection.execute(
        "SELECT * FROM sessions WHERE start_utc >= ? AND start_utc < ? ORDER BY start_utc",
        [to_utc_text(start), to_utc_text(end)],
    ).fetchall()
    bare = time.perf_counter() - started
    connection.close()
    layout = timeline.layout_of_day()
    blocks = len(layout.blocks) if layout is not None else 0
    print(
        json.dumps(
            {"open": elapsed, "grown_mb": grown, "bare": bare, "rows": len(rows), "blocks": blocks}
        )
    )
    window.close()


def memory_probe(data_dir: str) -> None:
    """In a fresh process: open every tab, scroll every list, search; print VmHWM (MB) as JSON."""
    from PySide6.QtWidgets import QAbstractScrollArea, QApplication

    window = _window(data_dir)

    def scroll_all(area: QAbstractScrollArea) -> None:
        bar = area.verticalScrollBar()
        bar.setValue(0)
        QApplication.processEvents()
        while bar.value() < bar.maximum():
            bar.setValue(bar.value() + max(bar.pageStep(), 1))
            QApplication.processEvents()
            area.viewport().repaint()

    window.show_past.setChecked(True)
    QApplication.processEvents()
    scroll_all(window.table)
    for text in ("procurement", "c", ""):
        window.search.setText(text)
        window.refresh()
        window.searcher.wait()
        QApplication.processEvents()
    window.set_sort("title")
    window.searcher.wait()
    QApplication.processEvents()
    per_tab: dict[str, float] = {"sessions": _status_kb("VmHWM") / 1024}
    views = {
        "timeline": (window.timeline, lambda: window.timeline.canvas),
        "agenda": (window.agenda, lambda: window.agenda.table),
        "presenters": (window.presenters, lambda: window.presenters.list),
        "case_studies": (window.case_studies, lambda: None),
        "changes": (window.changes, lambda: window.changes.list),
    }
    for name, (view, area_of) in views.items():
        window.tabs.setCurrentWidget(view)
        QApplication.processEvents()
        area = area_of()
        if area is not None:
            scroll_all(area)
        per_tab[name] = _status_kb("VmHWM") / 1024
    window.timeline.go_last()
    window.timeline.go_home()
    QApplication.processEvents()
    per_tab["peak"] = _status_kb("VmHWM") / 1024
    print(json.dumps(per_tab))
    window.close()


def collect(ctx: Context) -> list[Measure]:
    measures: list[Measure] = []
    sample = data_dir_for(ctx, 0)
    measures.append(first_paint(ctx, sample, None))
    measures.append(first_paint_without_cli(ctx, sample))
    for size in ctx.sizes:
        data_dir = data_dir_for(ctx, size)
        measures.append(first_paint(ctx, data_dir, size))
        probes = [_in_process(ctx, data_dir, "timeline_probe") for _ in range(ctx.runs)]
        opened = statistics.median(p["open"] for p in probes) * 1000
        bare = statistics.median(p["bare"] for p in probes) * 1000
        blocks = int(probes[0]["blocks"])
        measures.append(
            Measure(
                area="gui",
                name="Timeline tab first open (read, lay out, paint)",
                ours=opened,
                unit="ms",
                floor=bare,
                floor_name="bare one-day query",
                target=Target.at_most(150),
                size=size,
                note=f"{blocks} blocks on the day shown",
            )
        )
        measures.append(
            Measure(
                area="gui",
                name="Timeline first open, memory growth",
                ours=statistics.median(p["grown_mb"] for p in probes),
                unit="MB",
                target=Target.at_most(30),
                size=size,
            )
        )
        peak = _in_process(ctx, data_dir, "memory_probe")
        tabs = ", ".join(f"{k} {v:.0f}" for k, v in peak.items() if k != "peak")
        measures.append(
            Measure(
                area="gui",
                name="GUI peak memory (VmHWM), every tab opened and scrolled, searched",
                ours=peak["peak"],
                unit="MB",
                target=Target.at_most(250),
                size=size,
                note=f"VmHWM after each tab (MB): {tabs}",
            )
        )
    return measures


if __name__ == "__main__":
    raise SystemExit(harness.main_for(collect))
