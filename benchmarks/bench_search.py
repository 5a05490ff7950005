"""Search, sort and filter of the session list, per store size (issue 14).

    python benchmarks/bench_search.py [--sizes 10k,100k] [--runs 5]

For each size in ``ctx.sizes``, in one offscreen window over a copy of that size's store:

* **worst word, first screen**: from the debounce firing (``refresh()``) to the list painted
  with its first page, for a one-letter prefix every session matches (``c``); floor: the bare
  FTS5 query ranking the session index alone (``ORDER BY bm25 LIMIT 200``), same run.
* **typing stall**: ``procurement`` typed a letter every 200 ms (each prefix fires its search,
  the worst case for the GUI thread), then until every answer is in: the longest gap between
  ticks of a 1 ms ``QTimer`` on the GUI thread. Floor: the same timer in an idle window.
* **title sort** and **kind filter**: from the change to the list painted; floor: the bare
  SQL of the first page.
* **CLI** ``sessions --search procurement``, in-process (store opened, query, lines written);
  floor: the bare FTS5 query for ``procurement``. No target of its own (the start helper owns
  the whole-process figure).

At 100k the harness cannot build the store yet (``import`` refuses the 226 MB feed under the
50 MiB cap until the sync work lands), so this module imports it in-process with the cap lifted.
"""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import harness
from harness import Context, Measure, Target

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

AREA = "search"
WORST = "c"
WORD = "procurement"
KEY_INTERVAL_MS = 200
FIRST = 200
_SESSIONS_BM25 = "bm25(sessions_fts, 10.0, 6.0, 3.0, 1.0, 4.0, 4.0)"


def data_dir(ctx: Context, sessions: int) -> Path:
    """``ctx.data_dir``; when its ``import`` refuses the feed (100k), built in-process."""
    try:
        return ctx.data_dir(sessions)
    except subprocess.CalledProcessError:
        pass
    import briefing_app.sync.http as http
    from briefing_app.store.schema import LATEST_VERSION
    from briefing_app.usecases import settings
    from briefing_app.usecases.imports import import_file
    from briefing_app.usecases.startup import open_store

    key = harness._digest(harness.HERE / "make_feed.py") + f"-v{LATEST_VERSION}"
    cached = harness.CACHE / f"store-{sessions}-{key}"
    if not (cached / ".complete").exists():
        building = cached.with_name(cached.name + ".part")
        shutil.rmtree(building, ignore_errors=True)
        building.mkdir(parents=True)
        defaults = http.read_local_feed.__defaults__
        http.read_local_feed.__defaults__ = (1 << 30,)
        try:
            with open_store(building) as store:
                # import FILE obeys the max-feed-size setting (a 100k feed is 226 MB).
                settings.set_max_feed_size_mib(store, settings.MAX_FEED_SIZE_MAX)
                import_file(store, ctx.feed_file(sessions))
        finally:
            http.read_local_feed.__defaults__ = defaults
        (building / ".complete").touch()
        shutil.rmtree(cached, ignore_errors=True)
        building.replace(cached)
    copy = Path(ctx.scratch) / f"search-{sessions}"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(cached, copy)
    return copy


def bare_query(db_path: Path, sql: str, params: dict[str, object]) -> Callable[[], float]:
    """Seconds for *sql* on its own warm connection: the floor."""
    conn = sqlite3.connect(db_path)
    conn.execute(sql, params).fetchall()

    def run() -> float:
        started = time.perf_counter()
        conn.execute(sql, params).fetchall()
        return time.perf_counter() - started

    return run


def collect(ctx: Context) -> list[Measure]:
    from PySide6.QtWidgets import QApplication

    from briefing_app.ui.app import make_application

    app = QApplication.instance() or make_application()
    measures: list[Measure] = []
    for size in ctx.sizes:
        folder = data_dir(ctx, size)
        measures += _window_measures(ctx, folder, size)
        measures.append(_cli_measure(ctx, folder, size))
        measures += _design_floors(ctx, folder, size)
    del app
    return measures


def _window_measures(ctx: Context, folder: Path, size: int) -> list[Measure]:
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QSettings, QTimer

    from briefing_app.ui.main_window import MainWindow
    from briefing_app.usecases.startup import open_store

    store = open_store(folder)
    settings = QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, settings=settings)
    window.resize(1280, 800)
    window.show()
    window.show_past.setChecked(True)  # every session, not only upcoming ones
    painted: list[float] = []

    def spin(until: Callable[[], bool], seconds: float = 60.0) -> None:
        """Run the event loop as the app does (idle in Qt, not in Python) until *until*."""
        if until():
            return
        loop = QEventLoop()
        check = QTimer()
        check.setInterval(1)
        check.timeout.connect(lambda: loop.quit() if until() else None)
        check.start()
        QTimer.singleShot(round(seconds * 1000), loop.quit)
        loop.exec()
        check.stop()

    def settle() -> None:
        window.searcher.wait(120_000)
        QCoreApplication.processEvents()

    def paint_now() -> None:
        window.table.viewport().repaint()
        painted.append(time.perf_counter())

    window.list_updated.connect(paint_now)
    settle()

    def timed_change(prepare: Callable[[], None], change: Callable[[], None]) -> float:
        prepare()
        settle()
        painted.clear()
        started = time.perf_counter()
        change()
        spin(lambda: bool(painted))
        elapsed = painted[0] - started
        settle()  # the rest of the list, before the next round
        return elapsed

    def search_for(text: str) -> Callable[[], None]:
        def change() -> None:
            window.search.setText(text)
            window.refresh()  # what the debounce timer calls

        return change

    def clear_search() -> None:
        window.search.setText("")
        window.refresh()

    def worst_word() -> float:
        return timed_change(clear_search, search_for(WORST))

    def longest_gap(work: Callable[[Callable[[], bool]], None]) -> float:
        """The longest wait between ticks of a 1 ms timer on the GUI thread while *work* runs."""
        clock = QElapsedTimer()
        last = [0]
        worst = [0]

        def tick() -> None:
            now = clock.elapsed()
            worst[0] = max(worst[0], now - last[0])
            last[0] = now

        timer = QTimer()
        timer.setInterval(1)
        timer.timeout.connect(tick)
        clock.start()
        timer.start()
        work(lambda: clock.elapsed() > 0)
        timer.stop()
        return worst[0] / 1000

    def typing(_running: Callable[[], bool]) -> None:
        typed = [0]

        def key() -> None:
            typed[0] += 1
            window.search.setText(WORD[: typed[0]])

        keys = QTimer()
        keys.setInterval(KEY_INTERVAL_MS)
        keys.timeout.connect(key)
        keys.start()
        spin(lambda: typed[0] >= len(WORD))
        keys.stop()
        window_end = time.perf_counter() + 0.4  # the last debounce, then every answer
        spin(lambda: time.perf_counter() > window_end)
        spin(lambda: window.searcher.idle)  # the whole list too, once the keys stop

    def typing_stall() -> float:
        clear_search()
        settle()
        return longest_gap(typing)

    def idle_stall() -> float:
        end = time.perf_counter() + 1.0
        return longest_gap(lambda _r: spin(lambda: time.perf_counter() > end))

    kind = window.filters["kind"]

    def title_sort() -> float:
        def back() -> None:
            clear_search()
            window.set_sort("time")

        return timed_change(back, lambda: window.set_sort("title"))

    def kind_filter() -> float:
        def back() -> None:
            clear_search()
            window.set_sort("time")
            kind.setCurrentIndex(0)

        return timed_change(back, lambda: kind.setCurrentIndex(1))

    db_path = folder / "briefing.db"
    worst_floor = bare_query(
        db_path,
        f"SELECT rowid, {_SESSIONS_BM25} AS b FROM sessions_fts "
        "WHERE sessions_fts MATCH :q ORDER BY b LIMIT 200",
        {"q": f'"{WORST}"*'},
    )
    title_floor = bare_query(
        db_path,
        "SELECT id, start_utc, timezone FROM sessions "
        f"ORDER BY title COLLATE NOCASE, start_utc, end_utc, id LIMIT {FIRST + 1}",
        {},
    )
    kind_floor = bare_query(
        db_path,
        "SELECT id, start_utc, timezone FROM sessions WHERE kind = :kind "
        f"ORDER BY start_utc, end_utc, id LIMIT {FIRST + 1}",
        {"kind": kind.itemData(1)},
    )
    try:
        worst = harness.interleaved(ctx.runs, worst_word, worst_floor)
        stall = harness.interleaved(max(1, ctx.runs // 2), typing_stall, idle_stall)
        title = harness.interleaved(ctx.runs, title_sort, title_floor)
        kinds = harness.interleaved(ctx.runs, kind_filter, kind_floor)
    finally:
        window.close()
        store.close()

    def row(name: str, figures: list[float], floor_name: str, target: float) -> Measure:
        return Measure(
            AREA,
            name,
            figures[0] * 1000,
            "ms",
            floor=figures[1] * 1000,
            floor_name=floor_name,
            target=Target.at_most(target),
            size=size,
        )

    return [
        row(
            f"worst word ({WORST!r}, every session) first screen painted after the debounce",
            worst,
            "bare FTS5 bm25 top 200",
            100,
        ),
        row(
            f"longest GUI-thread stall typing {WORD!r} (a key per {KEY_INTERVAL_MS} ms)",
            stall,
            "idle window, same timer",
            30,
        ),
        row("sort by title: list painted", title, "bare SQL first page", 100),
        row("kind filter: list painted", kinds, "bare SQL first page", 100),
    ]


def _cli_measure(ctx: Context, folder: Path, size: int) -> Measure:
    from briefing_app.cli.main import build_parser
    from briefing_app.cli.sessions import cmd_sessions

    args = build_parser().parse_args(["--data-dir", str(folder), "sessions", "--search", WORD])

    def ours() -> float:
        started = time.perf_counter()
        cmd_sessions(args, io.StringIO())
        return time.perf_counter() - started

    floor = bare_query(
        folder / "briefing.db",
        f"SELECT rowid, {_SESSIONS_BM25} AS b FROM sessions_fts "
        "WHERE sessions_fts MATCH :q ORDER BY b LIMIT 200",
        {"q": f'"{WORD}"'},
    )
    ours_s, floor_s = harness.interleaved(ctx.runs, ours, floor)
    return Measure(
        AREA,
        f"CLI sessions --search {WORD}, in-process",
        ours_s * 1000,
        "ms",
        floor=floor_s * 1000,
        floor_name="bare FTS5 bm25 top 200",
        size=size,
    )


#: One row per session holding everything the six full-text tables index for it
#: (design (a) of issue 14's closing note). Presenter and case-study texts are
#: joined per session; their columns' weights follow the ranked query's products
#: (0.6 x 8 for a presenter's name, 0.5 x 6 for a case study's title, ...).
_ONE_TABLE_COLUMNS = (
    ("title", 10.0),
    ("subtitle", 6.0),
    ("summary", 3.0),
    ("description", 1.0),
    ("track", 4.0),
    ("tags", 4.0),
    ("presenter_names", 4.8),
    ("presenter_text", 1.2),
    ("case_study_titles", 3.0),
    ("case_study_text", 0.9),
    ("notes", 1.0),
)
_ONE_TABLE_FILL = """
INSERT INTO {name} (rowid, title, subtitle, summary, description, track, tags,
                    presenter_names, presenter_text, case_study_titles, case_study_text, notes)
SELECT s.id, s.title, s.subtitle, s.summary, s.description, s.track, s.tags,
       (SELECT group_concat(p.name, ' ') FROM session_presenters sp
          JOIN presenters p ON p.id = sp.presenter_id WHERE sp.session_id = s.id),
       (SELECT group_concat(p.title || ' ' || p.bio, ' ') FROM session_presenters sp
          JOIN presenters p ON p.id = sp.presenter_id WHERE sp.session_id = s.id),
       (SELECT group_concat(coalesce(o.title, c.title), ' ') FROM case_study_sessions cs
          JOIN case_studies c ON c.id = cs.case_study_id
          LEFT JOIN case_study_overlays o ON o.case_study_id = c.id
          WHERE cs.session_id = s.id),
       (SELECT group_concat(coalesce(o.summary, c.summary) || ' '
                  || coalesce(o.challenge, c.challenge) || ' ' || coalesce(o.approach, c.approach)
                  || ' ' || coalesce(o.outcome, c.outcome) || ' ' || coalesce(o.tags, c.tags)
                  || ' ' || coalesce(n.body, ''), ' ')
          FROM case_study_sessions cs JOIN case_studies c ON c.id = cs.case_study_id
          LEFT JOIN case_study_overlays o ON o.case_study_id = c.id
          LEFT JOIN case_study_notes n ON n.case_study_id = c.id
          WHERE cs.session_id = s.id),
       (SELECT body FROM session_notes WHERE session_id = s.id)
  FROM sessions s
"""


def _one_table(conn: sqlite3.Connection, name: str, prefix: str) -> None:
    from briefing_app.store.schema import FTS_TOKENIZER

    names = ", ".join(column for column, _weight in _ONE_TABLE_COLUMNS)
    options = f", prefix='{prefix}'" if prefix else ""
    conn.execute(
        f"CREATE VIRTUAL TABLE {name} USING fts5({names}, tokenize='{FTS_TOKENIZER}'{options})"
    )
    conn.execute(_ONE_TABLE_FILL.format(name=name))
    conn.commit()


def _design_floors(ctx: Context, folder: Path, size: int) -> list[Measure]:
    """Issue 14's closing note: what other index designs could do, same run.

    On a copy of the store: (a) one denormalized FTS5 table, a row per session,
    ranked by one ``bm25`` with column weights; (b) the same with ``prefix='2 3'``;
    (c) today's design, the sum of ``bm25`` over six tables (``RANKED_CTE``), top 200.
    Each for the worst word and for ``procurement``. These rows are floors, not ours.
    """
    from briefing_app.store.query import RANKED_CTE

    copy = Path(ctx.scratch) / f"designs-{size}.db"
    source = sqlite3.connect(folder / "briefing.db")
    target = sqlite3.connect(copy)
    source.backup(target)
    source.close()
    designs = (
        ("(a) one FTS5 table per session", "one_fts", ""),
        ("(b) one table, prefix='2 3'", "one_prefix_fts", "2 3"),
        ("(b') one table, prefix='1 2 3'", "one_prefix1_fts", "1 2 3"),
    )
    built: list[float] = []
    for _design, name, prefix in designs:
        started = time.perf_counter()
        _one_table(target, name, prefix)
        built.append(time.perf_counter() - started)
    target.close()
    weights = ", ".join(str(weight) for _column, weight in _ONE_TABLE_COLUMNS)
    current = f"{RANKED_CTE}SELECT session_id FROM ranked ORDER BY score, session_id LIMIT {FIRST}"
    measures: list[Measure] = []
    for label, term in ((WORST, f'"{WORST}"*'), (WORD, f'"{WORD}"')):
        works = [
            bare_query(
                copy,
                f"SELECT rowid FROM {name} WHERE {name} MATCH :q "
                f"ORDER BY bm25({name}, {weights}), rowid LIMIT {FIRST}",
                {"q": term},
            )
            for _design, name, _prefix in designs
        ]
        figures = harness.interleaved(ctx.runs, *works, bare_query(copy, current, {"q": term}))
        for (design, _name, _prefix), figure in zip(designs, figures, strict=False):
            measures.append(
                Measure(
                    AREA,
                    f"design floor {design}: {label!r} top {FIRST}",
                    figure * 1000,
                    "ms",
                    floor=figures[-1] * 1000,
                    floor_name="(c) today's six-table sum, top 200",
                    size=size,
                )
            )
    for (design, _name, _prefix), seconds in zip(designs, built, strict=True):
        measures.append(
            Measure(AREA, f"design {design}: building it from the store", seconds, "s", size=size)
        )
    copy.unlink()
    return measures


if __name__ == "__main__":
    raise SystemExit(harness.main_for(collect))
