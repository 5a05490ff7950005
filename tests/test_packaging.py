"""What shipping relies on: one version from the package metadata, resources that
load from a wheel as from the checkout, and logs in the platform log directory."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from importlib.metadata import version
from pathlib import Path

import pytest
from icalendar import Calendar

from briefing_app import __version__
from briefing_app.calendar.export import PRODID, calendar_bytes
from briefing_app.platform.resources_util import (
    BRIEFING_FEED_SCHEMA,
    DESKTOP_FILE,
    ICON_SIZES,
    ICON_SVG,
    SAMPLE_FEED,
    icon_png,
    translation_qm,
)
from briefing_app.sync.http import USER_AGENT, make_session
from briefing_app.util.i18n import catalog_name

ROOT = Path(__file__).resolve().parents[1]
RESOURCE_NAMES = [SAMPLE_FEED, BRIEFING_FEED_SCHEMA, DESKTOP_FILE, ICON_SVG]
RESOURCE_NAMES += [icon_png(size) for size in ICON_SIZES]
RESOURCE_NAMES += [translation_qm("fr"), f"i18n/{catalog_name('fr')}"]
#: Files of resources/ that are sources of what ships, not shipped: the .ts a .qm is made from.
SOURCES_ONLY = {".py", ".ts"}


def test_version_comes_from_the_package_metadata() -> None:
    assert __version__ == version("briefing-app")
    assert not __version__.startswith("0.0.0")


def test_user_agent_carries_the_version() -> None:
    assert USER_AGENT.startswith(f"BriefingCompanion/{__version__} ")
    assert make_session().headers["User-Agent"] == USER_AGENT


def test_prodid_carries_the_version() -> None:
    assert f"-//Briefing Companion//briefing-app {__version__}//EN" == PRODID
    assert str(Calendar.from_ical(calendar_bytes([]))["PRODID"]) == PRODID


def test_every_resource_is_in_the_package_data() -> None:
    import tomllib

    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"][
        "package-data"
    ]["briefing_app.resources"]
    shipped = {
        path.relative_to(ROOT / "resources").as_posix()
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in SOURCES_ONLY
    }
    unmatched = {name for name in shipped if not any(Path(name).match(p) for p in patterns)}
    assert not unmatched, f"add these to [tool.setuptools.package-data]: {unmatched}"
    assert set(RESOURCE_NAMES) <= shipped


@pytest.mark.slow
def test_resources_and_version_load_from_the_wheel(tmp_path: Path) -> None:
    source = tmp_path / "src"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("briefing_app", "resources"):
        shutil.copytree(ROOT / name, source / name, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(source)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("briefing_app-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {f"briefing_app/resources/{name}" for name in RESOURCE_NAMES} <= names
    # Import straight from the zip (no site-packages, no checkout): importlib.resources
    # and importlib.metadata must find everything inside the wheel.
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); "
        "import briefing_app, briefing_app.platform.resources_util as r; "
        "assert briefing_app.__file__.startswith(sys.argv[1]), briefing_app.__file__; "
        "print(briefing_app.__version__); "
        "print(*[len(r.read_resource_bytes(n)) > 0 for n in sys.argv[2:]])"
    )
    result = subprocess.run(
        [sys.executable, "-S", "-c", code, str(wheel), *RESOURCE_NAMES],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [__version__, *["True"] * len(RESOURCE_NAMES)]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG paths")
def test_logs_go_to_the_platform_log_directory_and_rotate(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFING_APP_", "XDG_"))}
    env.update(HOME=str(tmp_path), XDG_STATE_HOME=str(tmp_path / "state"))
    code = (
        "import logging; from briefing_app.platform import logging_setup as s; "
        "print(s.setup_logging()); "
        "[logging.getLogger('t').info('%d %s', n, 'x' * 4000) "
        " for n in range(s.LOG_MAX_BYTES // 4000 * (s.LOG_BACKUPS + 2))]; "
        "print(*sorted(p.name for p in s.current_log_file().parent.iterdir()))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    log_file, files = result.stdout.splitlines()
    assert log_file == str(tmp_path / "state" / "briefing-app" / "log" / "briefing-app.log")
    # Rotated: the current file and five older ones, none past the size limit; the newest
    # record in the current file, the one before it at the end of .1.
    names = ["briefing-app.log", *(f"briefing-app.log.{n}" for n in range(1, 6))]
    assert files.split() == names
    folder = Path(log_file).parent
    sizes = [(folder / name).stat().st_size for name in names]
    assert all(0 < size <= 1_000_000 for size in sizes), sizes
    last = int((folder / names[0]).read_text("utf-8").splitlines()[-1].split()[-2])
    assert last == 1_000_000 // 4000 * 7 - 1
    before = int((folder / names[1]).read_text("utf-8").splitlines()[-1].split()[-2])
    first = int((folder / names[0]).read_text("utf-8").splitlines()[0].split()[-2])
    assert before == first - 1


def test_the_bundle_carries_every_module_the_app_loads_on_first_use() -> None:
    """Commands, feed readers and package exports load through importlib, which PyInstaller's
    analysis cannot follow: build.spec names every module of the app (the tools aside), and the
    self-test loads every feed reader, so a bundle without one fails its self-test in CI."""
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert 'collect_submodules("briefing_app", filter=' in spec
    assert 'DEV_ONLY = "briefing_app.tools"' in spec
    from briefing_app.usecases import selftest

    assert "feed-formats" in dict(selftest.STEPS)
