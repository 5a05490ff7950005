"""Desktop integration: the .desktop entry, the icons and the .ics handler."""

from __future__ import annotations

import configparser
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from briefing_app.cli import main
from briefing_app.errors import UsageError
from briefing_app.platform.desktop import (
    desktop_entry_text,
    exec_value,
    install_desktop_entry,
    launch_command,
    quote_exec_argument,
)
from briefing_app.platform.resources_util import DESKTOP_FILE, ICON_SIZES, read_resource_bytes


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


class FakeTools:
    """Stands in for update-desktop-database and xdg-mime."""

    def __init__(self, default_for_ics: str = "", fail: str = "") -> None:
        self.calls: list[list[str]] = []
        self.default_for_ics = default_for_ics
        self.fail = fail

    def which(self, name: str) -> str | None:
        return f"/usr/bin/{name}"

    def run(self, command: Sequence[str]) -> subprocess.CompletedProcess[str]:
        self.calls.append(list(command))
        if self.fail and command[0].endswith(self.fail):
            raise OSError("exec format error")
        out = self.default_for_ics + "\n" if command[1:3] == ["query", "default"] else ""
        return subprocess.CompletedProcess(command, 0, out, "")


def test_the_shipped_entry_opens_calendar_files() -> None:
    entry = read_resource_bytes(DESKTOP_FILE).decode("utf-8")
    assert "\nExec=briefing-app %f\n" in entry
    assert "\nMimeType=text/calendar;\n" in entry
    assert "\nIcon=briefing-app\n" in entry


def test_the_installed_entry_is_valid(tmp_path: Path) -> None:
    path = tmp_path / DESKTOP_FILE
    path.write_text(desktop_entry_text(["/opt/Briefing Companion/briefing-app"]), "utf-8")
    result = subprocess.run(
        ["desktop-file-validate", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_install_writes_entry_and_icons_and_claims_ics_if_unclaimed(tmp_path: Path) -> None:
    tools = FakeTools(default_for_ics="")
    install = install_desktop_entry(
        tmp_path, command=["/opt/briefing-app/briefing-app"], run=tools.run, which=tools.which
    )
    assert install.desktop_file == tmp_path / "applications" / "briefing-app.desktop"
    entry = _entry(install.desktop_file)
    assert entry["Exec"] == "/opt/briefing-app/briefing-app %f"
    assert entry["TryExec"] == "/opt/briefing-app/briefing-app"
    assert entry["MimeType"] == "text/calendar;"
    assert entry["Icon"] == "briefing-app"
    hicolor = tmp_path / "icons" / "hicolor"
    assert (hicolor / "scalable" / "apps" / "briefing-app.svg").read_bytes().startswith(b"<?xml")
    for size in ICON_SIZES:
        png = hicolor / f"{size}x{size}" / "apps" / "briefing-app.png"
        assert png.read_bytes().startswith(b"\x89PNG")
    assert tools.calls == [
        ["/usr/bin/update-desktop-database", "-q", str(tmp_path / "applications")],
        ["/usr/bin/xdg-mime", "query", "default", "text/calendar"],
        ["/usr/bin/xdg-mime", "default", "briefing-app.desktop", "text/calendar"],
    ]
    assert install.notes == ["briefing-app now opens .ics files"]


def test_install_leaves_another_apps_ics_default_alone(tmp_path: Path) -> None:
    tools = FakeTools(default_for_ics="thunderbird.desktop")
    install = install_desktop_entry(tmp_path, run=tools.run, which=tools.which)
    assert ["/usr/bin/xdg-mime", "default", "briefing-app.desktop", "text/calendar"] not in (
        tools.calls
    )
    assert "still open in thunderbird.desktop" in install.notes[0]


def test_missing_or_broken_desktop_tools_never_fail_the_install(tmp_path: Path) -> None:
    install = install_desktop_entry(tmp_path, which=lambda _name: None)
    assert install.desktop_file.exists()
    assert len(install.notes) == 2 and "not found" in install.notes[0]
    tools = FakeTools(fail="update-desktop-database")
    install = install_desktop_entry(tmp_path / "again", run=tools.run, which=tools.which)
    assert install.desktop_file.exists()
    assert install.notes[0] == "/usr/bin/update-desktop-database failed: exec format error"


def test_not_offered_where_there_are_no_desktop_entries(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="Linux"):
        install_desktop_entry(tmp_path, platform="win32")
    assert not (tmp_path / "applications").exists()


def test_exec_points_at_this_installation() -> None:
    assert launch_command() == [str(Path(sys.executable).absolute()), "-m", "briefing_app"]


@pytest.mark.parametrize(
    ("argument", "quoted"),
    [
        ("/usr/bin/briefing-app", "/usr/bin/briefing-app"),
        ("/opt/My Apps/briefing-app", '"/opt/My Apps/briefing-app"'),
        ('/tmp/a"b$c`d\\e', '"/tmp/a\\"b\\$c\\`d\\\\e"'),
        ("/opt/100%/app", "/opt/100%%/app"),
    ],
)
def test_exec_arguments_are_quoted_as_the_spec_says(argument: str, quoted: str) -> None:
    assert quote_exec_argument(argument) == quoted


def test_exec_value_escapes_backslashes_once_more_for_the_string_type() -> None:
    assert exec_value(["/a b\\c"]) == '"/a b\\\\\\\\c" %f'


def test_cli_installs_into_xdg_data_home(
    capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("PATH", str(tmp_path / "no-tools"))  # no xdg-mime, no update-desktop-db
    code = main(["--install-desktop-entry"], setup_logs=False)
    out = capsys.readouterr().out
    desktop_file = tmp_path / "share" / "applications" / "briefing-app.desktop"
    assert code == 0
    assert f"installed {desktop_file}" in out
    assert _entry(desktop_file)["Exec"].endswith(" -m briefing_app %f")
    assert (
        tmp_path / "share" / "icons" / "hicolor" / "256x256" / "apps" / "briefing-app.png"
    ).exists()
