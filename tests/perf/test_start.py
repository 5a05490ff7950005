"""Start-up growth guard: what each command imports, counted (never timed).

A command loads what it needs and nothing else: ``--version`` and ``--help`` no store at
all; a command that reads the store neither the network (requests) nor the calendar
writer (icalendar) nor the feed parsers nor Qt; a sync answered 304 not the calendar
writer nor a parser; a first ``feeds add`` not sqlite_utils (the store's migrations).
Each check runs the command in a process of its own and reads ``sys.modules`` at its
end, so an import added at the top of a module shows up here, whatever the machine's
speed (benchmarks/bench_start.py has the times).
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from support.feed_server import FeedServer, Reply

import briefing_app
from briefing_app.cli.main import main
from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes
from briefing_app.util import textutil
from briefing_app.util.timeutil import format_range, in_zone

MARK = "@@modules@@"
RUN = f"""
import json, sys
from briefing_app.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
sys.stdout.flush()
print({MARK!r} + json.dumps({{"code": code, "modules": sorted(sys.modules)}}))
"""

#: Never loaded by a command that does not download, write a calendar, parse a feed
#: or open the window.
HEAVY = (
    "PySide6",
    "shiboken6",
    "requests",
    "urllib3",
    "icalendar",
    "dateutil",
    "sqlite_utils",
    "click",
    "defusedxml",
    "xml.etree",
    "briefing_app.ui",
    "briefing_app.sync.http",
    "briefing_app.calendar.export",
    "briefing_app.workspace.bundle",
)
#: Not loaded by --version and --help either: they open no store.
STORE = ("sqlite3", "briefing_app.store.store", "briefing_app.usecases.startup")
#: Not loaded by a command that reads the store (the sample is already in).
PARSERS = ("briefing_app.feeds.briefing", "briefing_app.feeds.c3voc_json")
#: Translation machinery heavier than gettext (issue 17): a reading command in the default
#: language loads none of it. A catalogue a command needs loads with that command.
LOCALE_LIBRARIES = ("babel",)

#: What each reading command loads, counted: the store areas (store/areas.py: ON_FIRST_USE)
#: of the features it shows and no other, at most so many modules in sys.modules (the
#: interpreter's own included) and at most so many of the app's. Issue 16 made every
#: command load every area (+20 modules: uuid, platform, hashlib ...), and `sessions` at
#: 10,000 sessions took 100 ms longer; these numbers would have caught it. They are what
#: the command loaded when written + 8 (+ 4 of the app's), the records' definitions
#: (store/record_types.py) and logging.handlers (socket, pickle, queue) left out. A
#: command that needs more (a French catalogue, issue 17) loads it when it runs and
#: raises its numbers here, saying why. Issue 17 added 2 to every command: util.language
#: and util.i18n decide and speak the CLI's language (no catalogue, no Babel in English);
#: util.multilingual picks a feed's text in the user's language where a command shows
#: feed content in two languages (case studies, organizations, materials: +1; materials
#: also builds its records, now in the user's language: record_types). The records are
#: two modules since (a list's, record_types, and the rest, record_details: the window's
#: first paint defines a list's only): +1 of the app's for case studies and materials.
READING_AREAS: dict[tuple[str, ...], tuple[frozenset[str], int, int]] = {
    ("sessions",): (frozenset(), 179, 46),
    ("sessions", "--search", "procurement"): (frozenset(), 180, 47),
    ("sessions", "--json", "--limit", "3"): (frozenset(), 180, 47),
    ("show", "2"): (frozenset({"questions", "materials"}), 199, 56),
    ("agenda",): (frozenset(), 180, 47),
    ("feeds", "list"): (frozenset(), 179, 47),
    ("changes",): (frozenset(), 179, 47),
    ("settings",): (frozenset(), 174, 42),
    ("presenters",): (frozenset({"presenters"}), 181, 48),
    ("case-studies", "list"): (frozenset({"workspace_tables"}), 200, 53),
    ("note", "2"): (frozenset(), 180, 47),
    ("db", "backups"): (frozenset(), 176, 39),
    ("organizations",): (frozenset({"organizations"}), 172, 41),
    ("followups", "list"): (frozenset({"followups"}), 175, 40),
    ("questions", "list"): (frozenset({"questions"}), 172, 40),
    ("materials", "list"): (frozenset({"materials"}), 201, 49),
    ("attendance", "list"): (frozenset({"attendance"}), 177, 41),
}

READING = (
    ("sessions",),
    ("sessions", "--search", "procurement"),
    ("show", "2"),
    ("agenda",),
    ("feeds", "list"),
    ("changes",),
    ("settings",),
    ("presenters",),
    ("case-studies", "list"),
    ("note", "2"),
    ("db", "backups"),
    ("questions", "list"),
    ("materials", "list"),
    ("attendance", "list"),
)


def _run(data_dir: Path, *argv: str) -> tuple[int, str, set[str]]:
    env = {**os.environ, "BRIEFING_APP_DATA_DIR": str(data_dir)}
    done = subprocess.run(
        [sys.executable, "-c", RUN, *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    out, _, tail = done.stdout.rpartition(MARK)
    assert tail, done.stderr
    result = json.loads(tail)
    return result["code"], out, set(result["modules"])


def _loaded(modules: set[str], names: Iterable[str]) -> list[str]:
    """Which of *names* (packages count with their submodules) are in *modules*."""
    return sorted(
        module
        for module in modules
        for name in names
        if module == name or module.startswith(name + ".")
    )


@pytest.fixture(scope="module")
def used_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder whose first start (sample, daily check and backup) is behind it."""
    data_dir = tmp_path_factory.mktemp("start") / "data"
    code, _out, _modules = _run(data_dir, "favourite", "2")
    assert code == 0
    return data_dir


#: Not loaded by --help and --version: they log nothing (logging brings traceback,
#: tokenize, threading, weakref), and no parser of theirs needs a date.
NOT_FOR_HELP = ("logging", "datetime")


def test_version_loads_no_store_and_no_library(used_dir: Path) -> None:
    code, out, modules = _run(used_dir, "--version")
    assert code == 0
    assert out.strip() == f"briefing-app {briefing_app.__version__}"
    assert _loaded(modules, (*HEAVY, *STORE, *NOT_FOR_HELP)) == []


def test_help_loads_no_store_and_no_library(used_dir: Path) -> None:
    code, out, modules = _run(used_dir, "--help")
    assert code == 0
    assert "case-studies" in out and "settings" in out  # every command is listed
    assert _loaded(modules, (*HEAVY, *STORE, *NOT_FOR_HELP)) == []


@pytest.mark.parametrize("argv", READING, ids=" ".join)
def test_reading_commands_load_no_network_calendar_or_parser(
    used_dir: Path, argv: tuple[str, ...]
) -> None:
    code, out, modules = _run(used_dir, *argv)
    assert code == 0, out
    assert "briefing_app.store.store" in modules  # it did read the store
    assert _loaded(modules, (*HEAVY, *PARSERS, *LOCALE_LIBRARIES)) == []


@pytest.mark.parametrize("argv", list(READING_AREAS), ids=" ".join)
def test_reading_commands_load_only_the_store_areas_they_show(
    used_dir: Path, argv: tuple[str, ...]
) -> None:
    """Counted, not timed: the store areas, and the modules, a reading command loads."""
    from briefing_app.store.areas import ON_FIRST_USE

    code, out, modules = _run(used_dir, *argv)
    assert code == 0, out
    areas = {area for area in ON_FIRST_USE if f"briefing_app.store.{area}" in modules}
    expected_areas, most_modules, most_app_modules = READING_AREAS[argv]
    assert areas == expected_areas
    app = [m for m in modules if m.startswith("briefing_app")]
    assert len(modules) <= most_modules, sorted(modules)
    assert len(app) <= most_app_modules, sorted(app)


@pytest.mark.parametrize("argv", [("sessions",), ("settings",), ("db", "backups")], ids=" ".join)
def test_a_listing_builds_no_record_and_loads_their_definitions_not(
    used_dir: Path, argv: tuple[str, ...]
) -> None:
    """The records (store/record_types.py and record_details.py, frozen dataclasses) load
    on first use: `sessions` prints light rows (SessionLine), `settings` and `db backups` none."""
    code, out, modules = _run(used_dir, *argv)
    assert code == 0, out
    assert "briefing_app.store.records" in modules or argv != ("sessions",)
    assert "briefing_app.store.record_types" not in modules
    assert "briefing_app.store.record_details" not in modules


def test_every_reading_command_has_its_store_areas_counted() -> None:
    assert set(READING) <= set(READING_AREAS)


def test_sync_answered_304_loads_no_calendar_writer(
    used_dir: Path, feed_server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = json.loads(read_resource_bytes(SAMPLE_FEED))
    doc["series"]["id"] = "remote"
    url = feed_server.serve(
        "/f.json", Reply(body=json.dumps(doc).encode(), headers={"ETag": '"a"'}, conditional=True)
    )
    assert main(["--data-dir", str(used_dir), "feeds", "add", url], setup_logs=False) == 0
    live = used_dir / "agenda.ics"
    written = live.read_bytes()
    live.write_bytes(written + b"\n")  # were it rewritten, this line would go
    capsys.readouterr()
    code, out, modules = _run(used_dir, "sync")
    assert code == 0, out
    assert "not modified" in out
    assert [r.headers.get("If-None-Match") for r in feed_server.hits("/f.json")][-1] == '"a"'
    assert "briefing_app.sync.http" in modules  # it did download
    assert _loaded(modules, ("icalendar", "briefing_app.calendar.export", "PySide6")) == []
    # Nothing to parse: no parser, no feed model, no schema (issue 14: 30 ms of each such sync).
    assert _loaded(modules, (*PARSERS, *FEED_READING, "sqlite_utils")) == []
    # Nothing applied: no record details, no kept materials' refresh, no my data's area.
    assert _loaded(modules, NOT_FOR_A_304) == []
    app = [m for m in modules if m.startswith("briefing_app")]
    assert len(modules) <= SYNC_304_MODULES[0], sorted(modules)
    assert len(app) <= SYNC_304_MODULES[1], sorted(app)
    assert live.read_bytes() == written + b"\n"


#: What a feed's bytes need read: a sync that has none to read loads none of it.
FEED_READING = (
    "briefing_app.feeds.briefing_stream",
    "briefing_app.feeds.model",
    "briefing_app.feeds.frab_xml",
    "defusedxml",
    "xml.etree",
)
#: What a sync that applied nothing needs none of (issue 14: 20-30 ms of such a process).
NOT_FOR_A_304 = (
    "briefing_app.store.record_details",
    "briefing_app.usecases.prereads",
    "briefing_app.store.mydata",
    "fastjsonschema",
)
#: At most so many modules (and of the app's) for a `sync` answered 304, and for
#: `feeds add URL` of a frab feed into a new data folder: what they loaded when
#: written + 8 (+ 4 of the app's), as READING_AREAS.
SYNC_304_MODULES = (380, 58)
FEEDS_ADD_MODULES = (440, 82)
FOSDEM = Path(__file__).resolve().parents[1] / "data" / "fosdem-2026.xml"


def test_feeds_add_into_a_new_data_folder_loads_no_migration_library_nor_calendar(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    """A first `feeds add` creates the store (every step), loads the sample and the feed:
    the steps without sqlite_utils (click, dateutil, pluggy: 70 ms), no calendar writer,
    no window, no other feed format's parser."""
    url = feed_server.serve("/fosdem.xml", Reply(body=FOSDEM.read_bytes()))
    code, out, modules = _run(tmp_path / "data", "feeds", "add", url)
    assert code == 0, out
    assert "imported 883 sessions" in out
    assert "briefing_app.feeds.frab_xml" in modules  # it did parse
    heavy = ("sqlite_utils", "click", "dateutil", "icalendar", "briefing_app.calendar.export")
    assert _loaded(modules, (*heavy, "PySide6", "briefing_app.feeds.ical")) == []
    # No imported item waits for a session the feed brings: my data's area stays unloaded.
    assert _loaded(modules, ("briefing_app.store.mydata",)) == []
    app = [m for m in modules if m.startswith("briefing_app")]
    assert len(modules) <= FEEDS_ADD_MODULES[0], sorted(modules)
    assert len(app) <= FEEDS_ADD_MODULES[1], sorted(app)


@pytest.mark.parametrize(
    "package", ["briefing_app.store", "briefing_app.sync", "briefing_app.workspace"]
)
def test_packages_load_their_modules_on_first_use(package: str) -> None:
    code = f"""
import importlib, json, sys
before = set(sys.modules)
package = importlib.import_module({package!r})
loaded = sorted(m for m in set(sys.modules) - before if m.startswith({package!r} + "."))
exports = {{}}
for name in package.__all__:
    value = getattr(package, name)
    exports[name] = getattr(value, "__module__", None) or type(value).__module__
print(json.dumps({{"loaded": loaded, "exports": exports}}))
"""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    result = json.loads(done.stdout)
    # Importing the package alone loads at most the helper that makes it lazy.
    assert result["loaded"] == []
    # Every export resolves, to what a module of the package defines (or a plain value).
    assert set(result["exports"]) == set(importlib.import_module(package).__all__)
    assert {
        name: module
        for name, module in result["exports"].items()
        if not module.startswith(package + ".") and module not in ("builtins", "typing")
    } == {}


def test_every_command_is_found_on_dispatch_and_named_for_the_bundle() -> None:
    """Each command's module is imported by name when it runs: the name must be right, and
    the module must also appear in an import statement of cli/main.py (under
    TYPE_CHECKING), or PyInstaller's analysis would leave it out of the frozen bundle."""
    import ast

    from briefing_app.cli.main import _COMMANDS, _OnDispatch

    source = Path(sys.modules[_OnDispatch.__module__].__file__ or "").read_text("utf-8")
    named: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module:
            named |= {node.module, *(f"{node.module}.{alias.name}" for alias in node.names)}
    for name, command in _COMMANDS.items():
        assert isinstance(command, _OnDispatch), name
        assert callable(getattr(importlib.import_module(command.module), command.function))
        assert command.module in named, f"{name}: import {command.module} in cli/main.py"


def test_feed_formats_load_on_first_use() -> None:
    from briefing_app import feeds
    from briefing_app.feeds import c3voc_json, frab_xml, ical

    assert (c3voc_json, frab_xml, ical) == feeds.FORMATS
    assert feeds.Feed.__module__ == "briefing_app.feeds.model"
    with pytest.raises(AttributeError):
        _ = feeds.no_such_name  # type: ignore[attr-defined]  # the error, not a lazy load


def test_the_version_is_what_the_package_metadata_says() -> None:
    from importlib.metadata import version

    assert briefing_app._metadata_version() == version("briefing-app")


ZONES = ("UTC", "America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kolkata")


@given(
    st.integers(min_value=631_152_000, max_value=2_208_988_800),  # 1990 to 2040, in seconds
    st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=3)),
    st.sampled_from(ZONES),
)
def test_format_range_reads_as_strftime_wrote_it(
    seconds: int, length: timedelta, zone_name: str
) -> None:
    """format_range writes hours and minutes itself: the text is what %H:%M made."""
    start = datetime.fromtimestamp(seconds - seconds % 60, UTC)
    local_start, local_end = in_zone(start, zone_name), in_zone(start + length, zone_name)
    end_text = (
        f"{local_end:%H:%M}" if local_start.date() == local_end.date() else f"{local_end:%a %H:%M}"
    )
    day = local_start.strftime("%a %d %b %Y")
    if local_start.tzname() != local_end.tzname():
        expected = (
            f"{day} {local_start:%H:%M} {local_start.tzname()}–{end_text} {local_end.tzname()}"
        )
    else:
        expected = f"{day} {local_start:%H:%M}–{end_text} {local_start.tzname()}"
    assert format_range(start, start + length, zone_name) == expected


def _by_the_rules(text: str, one_line: bool) -> str:
    text = textutil._LINE_BREAKS.sub(" " if one_line else "\n", text)
    if one_line:
        text = text.replace("\t", " ")
    return textutil._UNSAFE.sub(textutil._visible, text)


@given(st.text(), st.booleans())
def test_printable_fast_path_changes_nothing(text: str, one_line: bool) -> None:
    """terminal_text skips its regexes for printable text: the result is the regexes'."""
    for candidate in (text, text + "\n", "Title " + text, text + "\r\n"):
        assert textutil.terminal_text(candidate, one_line=one_line) == _by_the_rules(
            candidate, one_line
        )
    assert textutil.terminal_text("Wed 15 Apr \u202e10:00\n") == "Wed 15 Apr 10:00\n"
