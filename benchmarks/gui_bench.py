"""Desktop benchmarks with a 10,000-session store, each beside a floor from the same run.

    python benchmarks/gui_bench.py [--runs 5] [--sessions 10000]

Runs offscreen (``QT_QPA_PLATFORM=offscreen``). Figures are medians of --runs.

1. Start-up: process start to the first painted main window
   (``BRIEFING_APP_STARTUP_PROBE``: the app prints ``first-paint`` and quits),
   beside a bare PySide6 window with an empty table in a fresh interpreter.
   Target: under 1.0 s.
2. Search: from the debounce firing (the keystroke's query leaving) to the
   list showing its answer, painted; beside the bare index query
   (``Store.session_index``) for the same text. Realistic words, a title
   fragment, a miss, and the worst case (a prefix every session matches).
   Target: under 50 ms. Filter and sort changes, which run on the GUI thread,
   are timed the same way.
3. Scrolling the whole list a screen at a time, painting each: time per
   screen, and the most records held at once (pages, not all rows).
4. Peak memory (VmHWM) of a process that opens the window, scrolls the full
   list, searches and sorts. Target: under 250 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from make_feed import make_feed

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

SEARCHES = (
    ("word", "procurement"),
    ("two words", "cloud migration"),
    ("name", "Kowalski"),
    ("miss", "zzqxv"),
    ("worst: c* (all match)", "c"),
)


def median_ms(values: list[float]) -> float:
    return statistics.median(values) * 1000


def build_store(data_dir: Path, sessions: int) -> None:
    from briefing_app.usecases.imports import import_file
    from briefing_app.usecases.startup import open_store

    feed = data_dir / "feed.json"
    feed.write_text(json.dumps(make_feed(sessions)), encoding="utf-8")
    with open_store(data_dir) as store:
        import_file(store, feed)


def time_process(args: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    out = subprocess.run(args, env=env, capture_output=True, text=True, check=True).stdout
    elapsed = time.perf_counter() - started
    if "first-paint" not in out:
        raise RuntimeError(f"no first paint from {args}: {out!r}")
    return elapsed


def isolated_env(data_dir: Path) -> dict[str, str]:
    """The app's window settings (QSettings) in the scratch folder, not the user's."""
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(data_dir.parent / "config"),
    }


def startup(data_dir: Path, runs: int) -> None:
    env = {**isolated_env(data_dir), "BRIEFING_APP_STARTUP_PROBE": "1"}
    app = [sys.executable, "-m", "briefing_app", "--data-dir", str(data_dir)]
    floor = [sys.executable, "-c", FLOOR_WINDOW]
    time_process(app, env)  # warm the page cache and the .pyc files
    ours, bare = [], []
    for _ in range(runs):
        ours.append(time_process(app, env))
        bare.append(time_process(floor, env))
    o, b = median_ms(ours), median_ms(bare)
    print(f"start-up to first painted window: {o:.0f} ms (floor: bare Qt window {b:.0f} ms)")
    print(f"  ratio {o / b:.2f}x; target under 1000 ms: {'met' if o < 1000 else 'MISSED'}")


def interactive(data_dir: Path, runs: int) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from briefing_app.store import SessionQuery
    from briefing_app.ui.app import make_application
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.ui.sessions.session_list import MAX_PAGES, PAGE_SIZE
    from briefing_app.usecases.startup import open_store

    app = make_application()
    store = open_store(data_dir)
    settings = QSettings(str(data_dir.parent / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, settings=settings)
    window.resize(1280, 800)
    window.show()
    window.tabs.setCurrentWidget(window.splitter)
    window.show_past.setChecked(True)
    QApplication.processEvents()
    total = window.model.session_count()

    def settle() -> None:
        """Wait for the list to show the latest query and everything after it (detail pane)."""
        window.searcher.wait()
        QApplication.processEvents()
        window.table.viewport().repaint()

    painted: list[float] = []

    def paint_now() -> None:
        """When the list has its new rows: paint it at once and note the time."""
        window.table.viewport().repaint()
        painted.append(time.perf_counter())

    window.list_updated.connect(paint_now)

    print(f"\nsearch with {total} sessions in the store (debounce fired to list painted)")
    print(
        f"  {'query':<22} {'matches':>7} {'list':>9} {'+ detail':>9} {'bare query':>11} "
        f"{'ratio':>6}"
    )
    for label, text in SEARCHES:
        times, whole, floors = [], [], []
        for _ in range(runs):
            window.search.setText("")
            window.refresh()
            settle()
            window.search.setText(text)
            painted.clear()
            started = time.perf_counter()
            window.refresh()  # what the debounce timer calls
            settle()
            whole.append(time.perf_counter() - started)
            times.append(painted[0] - started)
            started = time.perf_counter()
            store.session_index(SessionQuery(text=text, sort="relevance"))
            floors.append(time.perf_counter() - started)
        shown = window.model.session_count()
        t, w, f = median_ms(times), median_ms(whole), median_ms(floors)
        print(
            f"  {label:<22} {shown:>7} {t:>7.1f}ms {w:>7.1f}ms {f:>9.1f}ms "
            f"{t / max(f, 0.01):>5.1f}x"
        )
    window.search.setText("")
    window.refresh()
    settle()

    kind, dates = window.filters["kind"], window.dates.preset
    # (label, the change timed, the change back): each run starts from the same list.
    changes = (
        ("kind filter", lambda: kind.setCurrentIndex(1), lambda: kind.setCurrentIndex(0)),
        ("sort by title", lambda: window.set_sort("title"), lambda: window.set_sort("time")),
        ("sort by track", lambda: window.set_sort("track"), lambda: window.set_sort("time")),
        ("sort by time", lambda: window.set_sort("time"), lambda: window.set_sort("title")),
        ("next 30 days", lambda: dates.setCurrentIndex(5), lambda: dates.setCurrentIndex(0)),
        ("any date", lambda: dates.setCurrentIndex(0), lambda: dates.setCurrentIndex(5)),
    )
    print("\nfilter and sort changes (GUI thread): to list painted, and with the detail pane")
    for label, change, back in changes:
        times, whole = [], []
        for _ in range(runs):
            back()
            settle()
            painted.clear()
            started = time.perf_counter()
            change()
            settle()
            whole.append(time.perf_counter() - started)
            times.append(painted[0] - started)
        rows = window.model.session_count()
        print(
            f"  {label:<22} {median_ms(times):>7.1f} ms {median_ms(whole):>7.1f} ms ({rows} rows)"
        )
        kind.setCurrentIndex(0)  # back to the whole list for the next change
        dates.setCurrentIndex(0)
        window.set_sort("time")
        settle()

    bar = window.table.verticalScrollBar()
    screens, most_held, times = 0, 0, []
    bar.setValue(0)
    QApplication.processEvents()
    started_all = time.perf_counter()
    while True:
        started = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        QApplication.processEvents()
        window.table.viewport().repaint()
        times.append(time.perf_counter() - started)
        screens += 1
        most_held = max(most_held, window.model.cached_rows())
        if bar.value() >= bar.maximum():
            break
    whole = time.perf_counter() - started_all
    print(
        f"\nscrolling all {total} rows: {screens} screens in {whole:.2f} s, "
        f"median {median_ms(times):.1f} ms/screen, max {max(times) * 1000:.1f} ms; "
        f"records held at most {most_held} (cap {MAX_PAGES * PAGE_SIZE})"
    )
    window.close()
    store.close()
    del app


def peak_memory(data_dir: Path) -> None:
    script = f"""
import sys
sys.path.insert(0, {str(HERE)!r}); sys.path.insert(0, {str(ROOT)!r})
from gui_bench import exercise
exercise({str(data_dir)!r})
"""
    env = isolated_env(data_dir)
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    ).stdout
    kb = int(out.split()[-1])
    verdict = "met" if kb < 250 * 1024 else "MISSED"
    print(f"\npeak memory (VmHWM) opening, scrolling all, searching, sorting: {kb / 1024:.0f} MB")
    print(f"  target under 250 MB: {verdict}")


def exercise(data_dir: str) -> None:
    """In a fresh process: everything a user does with the big list, then print VmHWM."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from briefing_app.ui.app import make_application
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.usecases.startup import open_store

    app = make_application()
    store = open_store(data_dir)
    settings = QSettings(str(Path(data_dir).parent / "memory.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, settings=settings)
    window.resize(1280, 800)
    window.show()
    window.show_past.setChecked(True)
    bar = window.table.verticalScrollBar()
    while bar.value() < bar.maximum():
        bar.setValue(bar.value() + bar.pageStep())
        QApplication.processEvents()
    for text in ("procurement", "c", ""):
        window.search.setText(text)
        window.refresh()
        window.searcher.wait()
        QApplication.processEvents()
    window.set_sort("title")
    window.tabs.setCurrentWidget(window.timeline)
    QApplication.processEvents()
    window.tabs.setCurrentWidget(window.presenters)
    QApplication.processEvents()
    status = Path("/proc/self/status").read_text(encoding="ascii")
    hwm = next(line for line in status.splitlines() if line.startswith("VmHWM"))
    print(hwm.split()[1])
    window.close()
    store.close()
    del app


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sessions", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        data_dir.mkdir()
        started = time.perf_counter()
        build_store(data_dir, args.sessions)
        print(f"store with {args.sessions} sessions built in {time.perf_counter() - started:.1f} s")
        startup(data_dir, args.runs)
        interactive(data_dir, args.runs)
        peak_memory(data_dir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
