"""The session list beyond bench_search's rows: searches of each kind, sorts, filters, scrolling.

    python benchmarks/bench_list.py [--sizes 10k,100k] [--runs 5]

For each size in ``ctx.sizes``, in one offscreen window over a copy of that size's store
(what the former ``gui_bench.py`` timed, as rows of the table):

* **search, first screen** for a word, two words, a presenter's name and a miss: from the
  debounce firing (``refresh()``) to the list painted; floor: the bare index query
  (``Store.session_index``) for the same text, same run. No target (the issue sets one for
  the worst word only: bench_search).
* **sort and filter changes** bench_search does not time (by track, by time, the "next 30
  days" and "any date" presets): from the change to the list painted. Target: the issue's
  ≤ 100 ms for sort and filter.
* **scrolling the whole list** a screen at a time, each screen painted: the median time per
  screen, and (note) the most records the model held at once (pages, not every row).
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import harness
from harness import Context, Measure, Target

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

AREA = "list"
SEARCHES = (
    ("word", "procurement"),
    ("two words", "cloud migration"),
    ("a presenter's name", "Kowalski"),
    ("a miss", "zzqxv"),
)


def collect(ctx: Context) -> list[Measure]:
    from PySide6.QtWidgets import QApplication

    from briefing_app.ui.app import make_application

    app = QApplication.instance() or make_application()
    measures: list[Measure] = []
    for size in ctx.sizes:
        measures += _window_measures(ctx, ctx.data_dir(size), size)
    del app
    return measures


def _window_measures(ctx: Context, folder: Path, size: int) -> list[Measure]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from briefing_app.store import SessionQuery
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.ui.sessions.session_list import MAX_PAGES, PAGE_SIZE
    from briefing_app.usecases.startup import open_store

    store = open_store(folder)
    settings = QSettings(str(folder / "list-window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, settings=settings)
    window.resize(1280, 800)
    window.show()
    window.tabs.setCurrentWidget(window.splitter)
    window.show_past.setChecked(True)  # every session, not only upcoming ones
    painted: list[float] = []

    def settle() -> None:
        window.searcher.wait(120_000)
        QApplication.processEvents()
        window.table.viewport().repaint()

    def paint_now() -> None:
        window.table.viewport().repaint()
        painted.append(time.perf_counter())

    window.list_updated.connect(paint_now)
    settle()

    def timed(prepare: Callable[[], None], change: Callable[[], None]) -> float:
        prepare()
        settle()
        painted.clear()
        started = time.perf_counter()
        change()
        settle()
        return painted[0] - started

    def search_for(text: str) -> Callable[[], None]:
        def change() -> None:
            window.search.setText(text)
            window.refresh()  # what the debounce timer calls

        return change

    def bare_index(text: str) -> Callable[[], float]:
        return lambda: harness.timed(
            lambda: store.session_index(SessionQuery(text=text, sort="relevance"))
        )

    kind, dates = window.filters["kind"], window.dates.preset

    def whole_list() -> None:
        window.search.setText("")
        window.refresh()
        kind.setCurrentIndex(0)
        dates.setCurrentIndex(0)

    measures = []
    try:
        for label, text in SEARCHES:
            ours, floor = harness.interleaved(
                ctx.runs, lambda t=text: timed(whole_list, search_for(t)), bare_index(text)
            )
            measures.append(
                Measure(
                    AREA,
                    f"search for {label} ({text!r}): first screen painted after the debounce",
                    ours * 1000,
                    "ms",
                    floor=floor * 1000,
                    floor_name="bare index query",
                    size=size,
                    note=f"{window.model.session_count()} matches",
                )
            )
        whole_list()
        settle()
        # (label, the change timed, the change back): each run starts from the same list.
        changes = (
            ("sort by track", lambda: window.set_sort("track"), lambda: window.set_sort("time")),
            ("sort by time", lambda: window.set_sort("time"), lambda: window.set_sort("title")),
            ("next 30 days", lambda: dates.setCurrentIndex(5), lambda: dates.setCurrentIndex(0)),
            ("any date", lambda: dates.setCurrentIndex(0), lambda: dates.setCurrentIndex(5)),
        )
        for label, change, back in changes:
            times = [timed(back, change) for _ in range(ctx.runs)]
            measures.append(
                Measure(
                    AREA,
                    f"{label}: list painted",
                    statistics.median(times) * 1000,
                    "ms",
                    target=Target.at_most(100),
                    size=size,
                    note=f"{window.model.session_count()} rows",
                )
            )
            whole_list()
            window.set_sort("time")
            settle()
        measures.append(_scrolling(window, size, MAX_PAGES * PAGE_SIZE))
    finally:
        window.close()
        store.close()
    return measures


def _scrolling(window: object, size: int, cap: int) -> Measure:
    """The whole list a screen at a time, each screen painted."""
    from PySide6.QtWidgets import QApplication

    table = window.table  # type: ignore[attr-defined]
    model = window.model  # type: ignore[attr-defined]
    bar = table.verticalScrollBar()
    bar.setValue(0)
    QApplication.processEvents()
    screens, most_held, times = 0, 0, []
    while True:
        started = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        QApplication.processEvents()
        table.viewport().repaint()
        times.append(time.perf_counter() - started)
        screens += 1
        most_held = max(most_held, model.cached_rows())
        if bar.value() >= bar.maximum():
            break
    return Measure(
        AREA,
        "scrolling the whole list, per screen painted",
        statistics.median(times) * 1000,
        "ms",
        size=size,
        note=(
            f"{screens} screens, slowest {max(times) * 1000:.1f} ms; records held at most "
            f"{most_held} (cap {cap})"
        ),
    )


if __name__ == "__main__":
    raise SystemExit(harness.main_for(collect))
